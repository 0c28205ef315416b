"""Impact, the five C's and the report button in AppTest, in Dutch and English; a GA4 export
loads through the Data page with no mapping and shows on Impact."""

from __future__ import annotations

import pytest

from app import state
from core.datasets import DatasetStore
from tests.app.conftest import open_page
from tests.app.test_data_upload import button, data_page, upload
from tests.core.ingest import exports as E


def number(text: str) -> int:
    """A whole number as the page writes it (1,240 or 1.240)."""
    return int(str(text).replace(",", "").replace(".", ""))


def channels(at, lang: str) -> dict[str, dict]:
    header = {"en": "Channel", "nl": "Kanaal"}[lang]
    frame = next(d.value for d in at.dataframe if header in d.value.columns)
    return {row[header]: row for row in frame.to_dict("records")}


@pytest.mark.usefixtures("data_dir")
@pytest.mark.parametrize(
    ("lang", "headline", "column", "applications", "per_1000"),
    [
        ("en", "Site visits", "Visits", "Applications", "Applications per 1,000 impressions"),
        ("nl", "Sitebezoeken", "Bezoeken", "Sollicitaties", "Sollicitaties per 1.000 impressies"),
    ],
)
def test_impact_on_the_demo(lang, headline, column, applications, per_1000):
    at = open_page("../pages/impact.py", lang)
    metrics = {m.label: m.value for m in at.metric}
    assert metrics[headline] not in ("n/a", "n.b.", "0")
    assert number(metrics[headline]) == sum(number(r[column]) for r in channels(at, lang).values())
    rows = channels(at, lang)
    linkedin, facebook = rows["LinkedIn"], rows["Facebook"]
    assert number(linkedin[column]) < number(facebook[column])
    assert number(linkedin[applications]) == max(number(r[applications]) for r in rows.values())
    search = {"en": "Search engines", "nl": "Zoekmachines"}[lang]
    assert linkedin[per_1000] != "—" and rows[search][per_1000] == "—"  # no posts: no ratio
    assert any(("vacatures" in str(d.value.values)) for d in at.dataframe)  # the utm campaign
    expander = at.expander[-1]
    assert expander.label in ("How is this computed?", "Hoe wordt dit berekend?")


@pytest.mark.usefixtures("data_dir")
@pytest.mark.parametrize(
    ("lang", "names"),
    [
        ("en", ["Connections", "Conversations", "Content", "Context", "Continuous"]),
        ("nl", ["Connections (verbindingen)", "Conversations (gesprekken)", "Content", "Context",
                "Continuous (altijd aan)"]),
    ],
)  # fmt: skip
def test_five_cs_on_the_demo(lang, names):
    at = open_page("../pages/scorecard.py", lang)
    assert [m.value for m in at.markdown if m.value.startswith("### ")] == [
        f"### {n}" for n in names
    ]
    scores = list(at.metric)
    assert len(scores) == 5
    assert all(m.value.endswith("/100") for m in scores)
    assert all(m.delta for m in scores)  # what moved since the previous period
    steps = [m.value for m in at.markdown if "arrow_forward" in m.value]
    assert len(steps) >= 3


@pytest.mark.usefixtures("data_dir")
def test_start_offers_the_report():
    for lang, label in (
        ("en", "Report to hand out (PDF)"),
        ("nl", "Rapport om uit te delen (PDF)"),
    ):
        at = open_page(None, lang)
        assert label in [b.label for b in at.get("download_button")]


def test_a_ga4_export_loads_through_the_data_page_and_shows_on_impact(data_dir):
    at = upload(
        data_page("nl"),
        ("werkenbij-traffic.csv", E.ga4_traffic_acquisition()),
        ("tweets.csv", E.sprout()),
    )
    assert not at.exception
    assert any(
        "Webanalyse van de werkenbij-site (bezoeken per kanaal)" in c.value for c in at.caption
    )
    assert not [
        s for s in at.selectbox if (s.key or "").startswith("data.map.") and "traffic" in s.key
    ]
    button(at, "Inlezen en als actieve dataset opslaan").click().run()
    assert not at.exception and not at.error
    store = DatasetStore(data_dir)
    info = store.active()
    assert info.visits > 0 and store.visits(info.id)["sessions"].sum() > 0
    impact = at.switch_page("../pages/impact.py").run()
    assert not impact.exception and not impact.error
    assert any("De export heeft geen dagen" in c.value for c in impact.caption)
    rows = channels(impact, "nl")
    assert rows["Zoekmachines"]["Bezoeken"] == "1.240"
    assert rows["Zoekmachines"]["Sollicitaties"] == "31"
    assert impact.date_input(key=state.IMPACT_PERIOD).value
