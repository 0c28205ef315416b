"""Every page runs in AppTest on the demo dataset without an exception."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from app import state
from app.navigation import PAGES
from core import fmt
from core.datasets import DatasetStore
from core.i18n import t
from core.overview import overview
from tests.app.conftest import open_page as shared_open_page

MAIN = str(Path(__file__).resolve().parents[2] / "app" / "main.py")


def open_page(script: str | None = None, lang: str | None = None) -> AppTest:
    at = shared_open_page(script, lang, timeout=60, clean=False)
    assert not at.exception, [e.value for e in at.exception]
    return at


@pytest.mark.usefixtures("data_dir")
def test_home_numbers_match_the_demo_dataset(demo_posts):
    at = open_page(lang="nl")
    o = overview(demo_posts.lazy())
    metrics = {m.label: m.value for m in at.metric}
    assert metrics[t("Posts", "nl")] == fmt.number(o.posts, "nl")
    assert metrics[t("From own accounts", "nl")] == fmt.number(o.segment_posts("own_account"), "nl")
    assert metrics[t("From the public", "nl")] == fmt.number(o.segment_posts("public"), "nl")
    assert metrics[t("Total engagements", "nl")] == fmt.number(o.engagements_total, "nl")
    charts = at.get("vega_lite_chart")
    assert charts, "posts-per-platform chart is missing"
    assert "LinkedIn" in charts[0].proto.spec  # the bar order lists the platforms


@pytest.mark.usefixtures("data_dir")
def test_language_switch_changes_the_interface():
    at = open_page()
    assert at.title[0].value == "Start"
    at.selectbox(key="lang").set_value("en").run()
    assert at.title[0].value == "Home"
    assert any(m.label == "Posts" for m in at.metric)


def test_data_page_switches_the_active_dataset(data_dir, demo_posts):
    at = open_page("../pages/data.py", "en")
    store = DatasetStore(data_dir)
    other = store.save(demo_posts.head(50), "Small sample")
    at.run()
    at.selectbox(key="data.dataset_pick").select(other.id).run()
    assert not at.exception
    assert store.active().id == other.id
    assert "Small sample" in at.success[0].value
    # The choice survives a restart of the app: a new session opens the same dataset.
    fresh = open_page(lang="en")
    assert fresh.metric[0].value == "50"


def test_a_failing_page_shows_a_message_not_a_traceback(data_dir):
    at = open_page("../pages/home.py", "en")
    (data_dir / "datasets" / "demo-2026.parquet").write_bytes(b"not parquet")
    from app import cache

    cache.clear()
    at.run()
    assert not at.exception
    assert at.error and "Something went wrong" in at.error[0].value


@pytest.mark.parametrize("brands", [False, True], ids=["no-who-is-who", "who-is-who"])
def test_every_page_on_an_uploaded_dutch_export(data_dir, brands):
    """A real-shaped upload (a Dutch monitoring export plus a LinkedIn page export with its
    daily sheet), with and without who-is-who: every page runs without an error box."""
    from core.ingest import BrandMap, ingest_all
    from tests.core.ingest import exports

    loaded = ingest_all(
        [
            ("monitoring.csv", exports.dutch_monitoring()),
            ("veldhuis_content_1700000000000.xls", exports.xls(exports.linkedin_sheets())),
        ]
    )
    store = DatasetStore(data_dir)
    who = BrandMap(
        "Veldhuis Techniek",
        ["@VeldhuisTechniek", "veldhuis"],
        {"Bremer Installaties": ["@BremerInstallaties"]},
    )
    info = store.save(loaded.posts, "Upload", days=loaded.days, brands=who if brands else None)
    store.set_active(info.id)
    for spec in PAGES:
        at = open_page(spec.script, "nl")
        assert not at.error, (spec.key, [e.value for e in at.error])
    home = open_page(None, "nl")
    text = " ".join(m.value for m in home.markdown)
    assert "2 werkgevers" in text
    assert any("Accountcijfers per dag" in s.value for s in home.subheader)


@pytest.mark.usefixtures("data_dir")
def test_start_says_what_stands_out_in_both_languages():
    for lang, heading, spike in (
        ("nl", "Wat valt op", "Reputatie: 187 vermeldingen"),
        ("en", "What stands out", "Reputation: 187 mentions"),
    ):
        at = open_page(lang=lang)
        assert heading in [s.value for s in at.subheader]
        texts = [m.value for m in at.markdown]
        assert any(text.startswith(spike) for text in texts)
        assert any("Bremer Installaties" in text for text in texts)  # out-posts, engages less
        links = [link.proto.page for link in at.get("page_link")]
        assert links[:4] == ["listening", "listening", "timing", "competitors"]  # ranked


@pytest.mark.usefixtures("data_dir")
def test_on_a_large_dataset_start_draws_at_once_and_the_findings_follow(monkeypatch):
    """Above FINDINGS_INLINE posts the findings are worked out in a thread shared by the
    sessions: Start says so and shows everything else; the next run shows them."""
    import time

    from app import cache

    monkeypatch.setattr(cache, "FINDINGS_INLINE", 0)
    cache.clear()
    at = open_page(lang="en")
    assert "What stands out" in [s.value for s in at.subheader]
    assert any("Working out what stands out in" in c.value for c in at.caption)
    assert at.metric, "the figures are drawn meanwhile"
    deadline = time.monotonic() + 60
    while None in cache._FOUND.values() and time.monotonic() < deadline:
        time.sleep(0.2)
    at.run()
    assert not at.exception
    assert not any("Working out what stands out" in c.value for c in at.caption)
    assert any(m.value.startswith("Reputation: 187 mentions") for m in at.markdown)
    cache.clear()


@pytest.mark.usefixtures("data_dir")
def test_presentation_mode_hides_controls_and_gives_the_page_back():
    at = open_page("../pages/listening.py", "nl")
    period = at.date_input(key=state.LISTEN_PERIOD).value
    assert not [h for h in at.get("html") if "stSidebar" in h.proto.body]
    at.toggle(key=state.PRESENT).set_value(True).run()
    assert not at.exception and not at.error
    styles = [h.proto.body for h in at.get("html") if "stSidebar" in h.proto.body]
    assert styles and "display: none" in styles[0] and "stMetricValue" in styles[0]
    assert at.toggle(key=state.PRESENT).label == "Presentatiemodus"
    at.toggle(key=state.PRESENT).set_value(False).run()
    assert not [h for h in at.get("html") if "stSidebar" in h.proto.body]
    assert at.date_input(key=state.LISTEN_PERIOD).value == period  # as it was
