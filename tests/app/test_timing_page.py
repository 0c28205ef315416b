"""The Audience timing page finds what the demo plants, in both languages."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from tests.app.conftest import open_page


def timing_page(lang: str) -> AppTest:
    return open_page("../pages/timing.py", lang)


def advice(at: AppTest) -> dict[str, str]:
    lines = [m.value for m in at.main.markdown if m.value.startswith("**") and "**:" in m.value]
    return {line.split("**")[1]: line for line in lines}


@pytest.mark.usefixtures("data_dir")
def test_planted_best_slots_show_up():
    at = timing_page("nl")
    lines = advice(at)
    assert lines["LinkedIn"].startswith("**LinkedIn**: dinsdag en woensdag 08:00–10:00;")
    assert "zaterdag en zondag 10:00–12:00" in lines["Facebook"]
    assert "vrijdag en zaterdag 20:00–22:00" in lines["TikTok"]
    assert "20:00–22:00" in lines["Instagram"]
    assert len(at.get("vega_lite_chart")) >= 3  # two heatmaps and the hourly chart
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Buiten kantoortijd"] == "69%"  # of all mentions (core.concepts.mention)


@pytest.mark.usefixtures("data_dir")
def test_english_and_own_accounts_only():
    at = timing_page("en")
    pooled = advice(at)["LinkedIn"]
    assert pooled.startswith("**LinkedIn**: Tuesday and Wednesday 08:00–10:00; 134 posts")
    at.checkbox(key="timing.pool").uncheck().run()
    assert not at.exception
    own = advice(at)["LinkedIn"]  # the own accounts alone: same slot, fewer posts to go on
    assert own.startswith("**LinkedIn**: Tuesday and Wednesday 08:00–10:00; 32 posts")
    at.selectbox(key="timing.platform").select("linkedin").run()
    assert list(advice(at)) == ["LinkedIn"]
    assert any("Test schedule for LinkedIn" in h.value for h in at.subheader)
