"""Vacancy checklist: is this job post ready to publish?"""

import streamlit as st

from app import state
from app import vacancy_view as view
from app.components import kept_tabs, page, t

with page("nav.vacancy"):
    st.caption(t("vacancy.intro"))
    language, channels = view.options()
    paste, files, dataset = kept_tabs(
        [t("vacancy.tab.paste"), t("vacancy.tab.files"), t("vacancy.tab.dataset")],
        state.VACANCY_TAB,
    )
    with paste:
        view.paste(language, channels)
    with files:
        view.files(language, channels)
    with dataset:
        view.from_dataset(language, channels)
