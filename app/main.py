"""Entrypoint: page config, the shared sidebar, navigation. Nothing else lives here."""

from __future__ import annotations

import os
from pathlib import Path

# Offline by design: never reach for a model hub at run time.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import streamlit as st

from app import cache, components
from app.navigation import PAGES
from core import vocab
from core.i18n import t

# The icon is a file in the app, not a ":material/..." name: the browser would fetch that one as
# the favicon from Google's font server, and nothing may leave this computer.
ICON = Path(__file__).resolve().parent / "static" / "radar.png"
st.set_page_config(page_title="Employer Radar", page_icon=str(ICON), layout="wide")
lang = components.language_switch()
components.presentation_switch()

sections: dict[str, list] = {}
for spec in PAGES:
    page = st.Page(
        spec.script,
        title=t(vocab.NAV[spec.key], lang),
        icon=spec.icon,
        url_path=spec.url_path or None,
        default=not spec.url_path,
    )
    sections.setdefault(t(vocab.NAV_SECTION[spec.section], lang), []).append(page)

navigation = st.navigation(sections)
with components.guarded("sidebar", st.sidebar):
    components.dataset_badge(cache.active_dataset())
navigation.run()
