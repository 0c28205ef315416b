"""Themes: group posts by meaning, name the groups, search by meaning."""
