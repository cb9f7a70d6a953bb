"""warta.pipeline"""
