"""warta.store"""
