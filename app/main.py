"""Entrypoint: page config, the shared sidebar, navigation. Nothing else lives here."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# Offline by design: never reach for a model hub at run time.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import streamlit as st

from app import cache, components
from core.i18n import t

# (key, script, icon, section, url path); the first page is the default.
PAGES = (
    ("home", "home.py", ":material/home:", "overview", ""),
    ("data", "data.py", ":material/upload_file:", "overview", "data"),
    ("themes", "themes.py", ":material/bubble_chart:", "insights", "themes"),
    ("timing", "timing.py", ":material/schedule:", "insights", "timing"),
    ("competitors", "competitors.py", ":material/leaderboard:", "insights", "competitors"),
    ("listening", "listening.py", ":material/hearing:", "insights", "listening"),
    ("ambassadors", "ambassadors.py", ":material/campaign:", "tools", "ambassadors"),
    ("vacancy", "vacancy.py", ":material/fact_check:", "tools", "vacancy"),
)

st.set_page_config(page_title="Employer Radar", page_icon=":material/radar:", layout="wide")
lang = components.language_switch()

sections: dict[str, list] = {}
for key, script, icon, section, url_path in PAGES:
    page = st.Page(
        f"../pages/{script}",
        title=t(f"nav.{key}", lang),
        icon=icon,
        url_path=url_path or None,
        default=not url_path,
    )
    sections.setdefault(t(f"nav.section.{section}", lang), []).append(page)

navigation = st.navigation(sections)
components.dataset_badge(cache.active_dataset())
navigation.run()
