"""Themes: what is being said, grouped by meaning — and about whom, where, and how it lands."""

import streamlit as st

from app import components as c
from app import state
from app import themes_data as data
from app import themes_view as view

with c.page("nav.themes"):
    st.caption(c.t("themes.intro"))
    info = c.require_dataset()
    flash = st.session_state.pop(state.FLASH, None)
    if flash:
        st.success(flash, icon=":material/check_circle:")
    granularity, budget = view.controls()
    result = data.refresh_names(data.compute(info, granularity, budget))
    view.headline(result)
    view.model_hint(result)
    overview_tab, detail_tab, map_tab, search_tab = st.tabs(
        [
            c.t("themes.tab.overview"),
            c.t("themes.tab.detail"),
            c.t("themes.tab.map"),
            c.t("themes.tab.search"),
        ]
    )
    with overview_tab:
        table = view.overview(result, info)
        view.download(result, table)
    with detail_tab:
        view.detail(result, table)
    with map_tab:
        view.theme_map(result)
    with search_tab:
        view.search_box(result)
