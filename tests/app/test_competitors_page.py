"""Competitors page: the planted competitor shows, definitions switch, reviews benchmark too."""

from __future__ import annotations

from datetime import date

import polars as pl
import pytest
from streamlit.testing.v1 import AppTest

from app import state
from core import competitors, demo, export
from tests.app.conftest import open_page


def ranking_table(at: AppTest):
    return at.dataframe[0].value


@pytest.mark.usefixtures("data_dir")
def test_planted_competitor_out_posts_but_under_engages():
    at = open_page("../pages/competitors.py", "en")
    table = ranking_table(at).set_index("Employer")
    bremer = demo.UNDER_ENGAGING_COMPETITOR
    posts = {e: float(v.split(" ")[0]) for e, v in table["Posts per week"].items()}
    rates = {e: float(v.split("%")[0]) for e, v in table["Engagement rate"].items()}
    assert max(posts, key=posts.get) == bremer
    assert min(rates, key=rates.get) == bremer
    assert any(e.label == "How is this computed?" for e in at.expander)
    assert len(at.get("vega_lite_chart")) >= 7  # four content mixes and three weekly charts


@pytest.mark.usefixtures("data_dir")
def test_definitions_switch_and_figures_match_the_core():
    at = open_page("../pages/competitors.py", "en")
    at.selectbox(key=state.COMP_SOV).select("own_posts").run()
    at.selectbox(key=state.COMP_AGG).select("ratio_of_totals").run()
    assert not at.exception and not at.error
    employers = [demo.OWN.name, *(c.name for c in demo.COMPETITORS)]
    period = competitors.Period(date(2026, 8, 2), date(2026, 10, 31))  # the last 13 weeks
    core = competitors.ranking(
        demo.generate(2026).lazy(),
        employers,
        period,
        competitors.Choice("own_posts", "er_impressions", "ratio_of_totals"),
        "Europe/Amsterdam",
    )
    sov = core.filter((pl.col("metric") == "sov") & (pl.col("employer") == demo.OWN.name))["value"][
        0
    ]
    own = f"{demo.OWN.name} (own organisation)"  # marked in the table
    shown = ranking_table(at).set_index("Employer").loc[own, "Share of voice"]
    assert shown.startswith(f"{sov * 100:.1f}%")


def test_xlsx_opens_with_one_sheet_per_view_and_the_same_numbers():
    employers = [demo.OWN.name, demo.COMPETITORS[0].name]
    posts = demo.generate(2026).lazy()
    period = competitors.Period(date(2026, 7, 1), date(2026, 9, 30))
    ranked = competitors.ranking(posts, employers, period, competitors.Choice(), "Europe/Amsterdam")
    weekly = competitors.weekly(posts, employers, period, "Europe/Amsterdam", "mentions")
    data = export.to_xlsx({"ranking": ranked, "weekly": weekly})
    sheets = pl.read_excel(data, sheet_id=0)
    assert list(sheets) == ["ranking", "weekly"]
    for shown, computed in zip(
        sheets["ranking"]["value"].to_list(), ranked["value"].to_list(), strict=True
    ):
        assert shown == computed or abs(shown - computed) < 1e-12 * max(
            1, abs(computed)
        )  # Excel keeps 15 digits
    assert sheets["weekly"].height == weekly.height
    assert export.chart_image(
        __import__("core.charts", fromlist=["x"]).lines(
            weekly, "week", "posts", "employer", ("w", "p"), "nl"
        ),
        "png",
    ).startswith(b"\x89PNG")


REVIEWS = (
    "firm,date_review,job_title,current,location,overall_rating,headline,pros,cons\n"
    "Veldhuis Techniek,2026-03-02,Monteur,Current Employee,Zwolle,5,Top werkgever,Fijne collega's,Veel reizen\n"
    "Veldhuis Techniek,2026-04-10,Planner,Former Employee,Utrecht,2,Matig,Salaris,Werkdruk\n"
    "Bremer Installaties,2026-03-15,Monteur,Current Employee,Breda,3,Gaat wel,Auto van de zaak,Planning\n"
    "Bremer Installaties,2026-05-01,Calculator,Current Employee,Breda,4,Prima,Opleiding,Salaris\n"
)


@pytest.mark.usefixtures("data_dir")
def test_an_employer_review_export_benchmarks_its_employers():
    at = open_page("../pages/data.py", "en")
    at.file_uploader(key=state.UPLOADS).set_value(
        [("glassdoor.csv", REVIEWS.encode(), "text/csv")]
    ).run()
    next(b for b in at.button if b.label == "Load and save as the active dataset").click().run()
    assert "is saved and active: 4 posts" in at.success[0].value
    at.switch_page("../pages/competitors.py").run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    table = ranking_table(at).set_index("Employer")
    assert set(table.index) == {"Veldhuis Techniek", "Bremer Installaties"}
    assert table.loc["Veldhuis Techniek", "Posts per week"].startswith(
        "n/a"
    )  # reviews are not account posts
    assert any("no account posts" in c.value or "no impressions" in c.value for c in at.caption)


@pytest.mark.usefixtures("data_dir")
def test_content_mix_by_theme_once_the_themes_page_ran():
    at = open_page("../pages/competitors.py", "en")
    assert not [r for r in at.radio if r.label == "Group by"]  # no themes yet: no choice
    at.switch_page("../pages/themes.py").run()
    assert not at.exception and not at.error
    at.switch_page("../pages/competitors.py").run()
    choice = next(r for r in at.radio if r.label == "Group by")
    choice.set_value("theme_name").run()
    assert not at.exception and not at.error
    assert len(at.get("vega_lite_chart")) >= 7
