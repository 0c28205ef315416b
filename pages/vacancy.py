"""Vacancy checklist: is this job post ready to publish?"""

import streamlit as st

from app import state
from app.components import kept_tabs, page, t
from app.views import vacancy as view
from core import vocab

with page(vocab.NAV["vacancy"]):
    st.caption(
        t(
            "Paste a vacancy text or upload files. You get a score from 0 to "
            "100, per item what is good and what could be better, and the text "
            "with what we found highlighted."
        )
    )
    language, channels = view.options()
    paste, files, dataset = kept_tabs(
        [t("Paste text"), t("Files"), t("From the dataset")],
        state.VACANCY_TAB,
    )
    with paste:
        view.paste(language, channels)
    with files:
        view.files(language, channels)
    with dataset:
        view.from_dataset(language, channels)
