"""Employer Radar's pure logic. Nothing in this package imports streamlit."""
