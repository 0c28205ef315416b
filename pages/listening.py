"""Listening: what is said about us as an employer, and what still needs an answer."""

import streamlit as st

from app import cache, state
from app import components as c
from app import listening_view as view

with c.page("nav.listening"):
    st.caption(c.t("listen.intro"))
    info = c.require_dataset()
    flash = st.session_state.pop(state.FLASH, None)
    if flash:
        st.success(flash, icon=":material/check_circle:")
    setup = view.controls(info, cache.posts(info))
    if setup is not None:
        view.sentiment_note(setup)
        names = ("reputation", "queue", "voices", "topics")
        tabs = st.tabs(
            [c.t(f"listen.tab.{n}") for n in names], key=state.LISTEN_TAB, on_change="rerun"
        )
        if tabs[0].open:
            with tabs[0]:
                view.reputation_tab(setup)
        if tabs[1].open:
            with tabs[1]:
                view.queue_tab(setup, info)
        if tabs[2].open:
            with tabs[2]:
                view.voices_tab(setup)
        if tabs[3].open:
            with tabs[3]:
                view.topics_tab(setup, info)
