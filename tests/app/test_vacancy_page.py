"""Vacancy checklist page: paste, score, highlights, history across versions, both languages."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from app import state
from tests.app.conftest import open_page

DRAFT = "Servicemonteur (m/v/x)\n\nMarktconform salaris en doorgroeimogelijkheden in een dynamische omgeving. Solliciteer via werkenbij.veldhuis.nl."
BETTER = (
    "Servicemonteur (m/v/x)\n\nSalaris € 3.200 – € 4.100 bruto per maand, vakantiegeld en een leaseauto. "
    "Na twee jaar groei je door naar eerste monteur. Vragen? Bel Eva de Jong, 010 123 4567. "
    "Solliciteer via werkenbij.veldhuis.nl."
)


def vacancy_page(lang: str) -> AppTest:
    return open_page("../pages/vacancy.py", lang)


def check(at: AppTest, text: str, name: str = "Servicemonteur") -> AppTest:
    at.text_input(key=state.VACANCY_NAME).input(name)
    at.text_area(key=state.VACANCY_TEXT).input(text)
    next(b for b in at.button if b.label in ("Controleren", "Check")).click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    return at


@pytest.mark.usefixtures("data_dir")
def test_paste_score_highlights_and_history():
    at = check(vacancy_page("nl"), DRAFT)
    first = at.metric[0].value
    labels = [e.label for e in at.expander]
    assert any("Salaris" in label and "0/20" in label for label in labels)
    highlighted = next(m.value for m in at.markdown if "<mark" in m.value)
    assert (
        ">Marktconform salaris</mark>" in highlighted
        and ">dynamische omgeving</mark>" in highlighted
    )
    at = check(at, BETTER)
    assert int(at.metric[0].value.split("/")[0]) > int(first.split("/")[0])
    assert any(s.value == "Eerdere versies van deze vacature" for s in at.subheader)
    # The history survives a restart of the app.
    again = check(vacancy_page("nl"), BETTER)
    assert any(s.value == "Eerdere versies van deze vacature" for s in again.subheader)


@pytest.mark.usefixtures("data_dir")
def test_english_interface_and_channels():
    at = vacancy_page("en")
    at.multiselect(key=state.VACANCY_CHANNELS).set_value(["facebook", "instagram"])
    at = check(
        at,
        "Service engineer\n\nCompetitive salary. Apply at https://careers.example.com",
        "Engineer",
    )
    labels = [e.label for e in at.expander]
    assert any("Channel" in label and "0/10" in label for label in labels)
    assert any("Salary" in label for label in labels)


def test_dataset_tab_scores_job_ads_and_not_social_posts(data_dir):
    at = vacancy_page("en")
    # The demo's vacancy posts are short social posts pointing to the careers site.
    assert any("Short social posts that announce a vacancy" in i.value for i in at.info)
    assert not any(b.label.startswith("Check the ") for b in at.button)
    # A dataset that holds a real job ad gets it checked.
    import polars as pl

    from core import demo
    from core.datasets import DatasetStore

    store = DatasetStore(data_dir)
    posts = demo.generate(2026).filter(pl.col("author_type") == "own").head(2)
    ad = BETTER + " Je werkt bij klanten thuis in de regio Zwolle en Deventer." * 12
    posts = posts.with_columns(
        pl.Series("text", [ad, "Wij zoeken monteurs! Solliciteer nu."]),
        pl.lit("post").cast(posts["post_type"].dtype).alias("post_type"),
    )
    store.set_active(store.save(posts, "Ads", own_employer=demo.OWN.name).id)
    at = vacancy_page("en")
    assert any("announce a vacancy: 1." in i.value for i in at.info)
    next(b for b in at.button if b.label.startswith("Check the 1 ")).click().run()
    assert not at.exception and not at.error
    assert any(s.value == "All texts" for s in at.subheader)
    assert len(at.dataframe[0].value) == 1
