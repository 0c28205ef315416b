"""Vacancy: not built yet; the navigation is final, so the page says what it will answer."""

from app import components as c

with c.page("nav.vacancy"):
    c.stub("question.vacancy")
