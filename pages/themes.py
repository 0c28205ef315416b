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
    labels = [c.t(f"themes.tab.{name}") for name in ("overview", "detail", "map", "search")]
    # Stateful tabs: the open tab stays open across reruns (a search, a rename), and only the
    # open tab's content is computed.
    tabs = st.tabs(labels, key=state.THEMES_TAB, on_change="rerun")
    table = view.theme_table(result, info)
    if tabs[0].open:
        with tabs[0]:
            view.overview(table, info)
            view.download(result, table)
    if tabs[1].open:
        with tabs[1]:
            view.detail(result, table)
    if tabs[2].open:
        with tabs[2]:
            view.theme_map(result)
    if tabs[3].open:
        with tabs[3]:
            view.search_box(result)
