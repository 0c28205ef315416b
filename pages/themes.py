"""Themes: what is being said, grouped by meaning — and about whom, where, and how it lands."""

import streamlit as st

from app import background, cache, state
from app import components as c
from app.views import themes as view
from core import vocab

with c.page(vocab.NAV["themes"]):
    st.caption(
        c.t(
            "Posts grouped by meaning, in any wording and in Dutch, English or "
            "French: a handful of main themes, each with its sub-themes. Per "
            "theme: how many, how it performs, sentiment, trend, where and about "
            "whom."
        )
    )
    info = c.require_dataset()
    c.flash()
    granularity, budget = view.controls()
    result = cache.themes(info, c.lang(), granularity, budget)
    if result is None:
        background.show(cache.reading(info))
        st.stop()
    view.headline(result)
    view.model_hint(result)
    table = view.theme_table(result, info)
    c.lazy_tabs(
        [c.t(vocab.THEMES_TAB[name]) for name in ("overview", "detail", "map", "search")],
        state.THEMES_TAB,
        [
            lambda: (view.overview(table, info), view.download(result, table, info)),
            lambda: view.detail(result, table),
            lambda: view.theme_map(result),
            lambda: view.search_box(result),
        ],
    )
