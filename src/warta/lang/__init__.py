"""warta.lang"""
