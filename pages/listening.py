"""Listening: what is said about us as an employer, and what still needs an answer."""

import streamlit as st

from app import cache, state
from app import components as c
from app.views import listening as view
from core import vocab

with c.page(vocab.NAV["listening"]):
    st.caption(
        c.t(
            "What is said about you as an employer (and about the competitors), "
            "what still needs an answer, who drives the conversation and on "
            "which themes."
        )
    )
    info = c.require_dataset()
    c.flash()
    labelled, report = cache.labelled(info)
    setup = view.controls(info, labelled)
    if setup is not None:
        view.sentiment_note(setup, report, info)
        c.lazy_tabs(
            [c.t(vocab.LISTEN_TAB[n]) for n in ("reputation", "queue", "voices", "topics")],
            state.LISTEN_TAB,
            [
                lambda: view.reputation_tab(setup),
                lambda: view.queue_tab(setup, info),
                lambda: view.voices_tab(setup),
                lambda: view.topics_tab(setup, info),
            ],
        )
