"""warta.lang.en"""
