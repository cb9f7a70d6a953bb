"""warta.lang.id"""
