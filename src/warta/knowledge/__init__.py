"""warta.knowledge"""
