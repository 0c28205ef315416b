"""Roster, queue statuses and theme names belong to the dataset's organisation: switching to a
dataset about another employer never shows the demo's people or decisions; and the numbers the
pages show stand on one definition of a mention."""

from __future__ import annotations

import re

import polars as pl
import pytest

from app import state
from core import demo
from core.datasets import DatasetStore
from core.ingest.brands import BrandMap
from tests.app.conftest import open_page

AMBASSADORS = "../pages/ambassadors.py"
LISTENING = "../pages/listening.py"


def _click(at, label):
    next(b for b in at.button if b.label.startswith(label)).click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    return at


def _other_employer(data_dir) -> str:
    """Save and activate a dataset about one of the demo's competitors, as its own organisation."""
    rival = demo.COMPETITORS[1].name
    store = DatasetStore(data_dir)
    posts = demo.generate(2026).filter(pl.col("employer") == rival)
    info = store.save(posts, "Another employer", brands=BrandMap(own=rival), apply_brands=False)
    store.set_active(info.id)
    return rival


def _all_text(at) -> str:
    parts = [m.value for m in (*at.markdown, *at.warning, *at.info, *at.success, *at.caption)]
    parts += [str(d.value.to_dict()) for d in at.dataframe]
    return " ".join(parts)


def test_another_organisations_dataset_never_shows_the_demos_people_or_statuses(data_dir):
    at = _click(open_page(AMBASSADORS, "en"), "Load the example list")
    assert demo.LATE_NIGHT_AMBASSADOR in _all_text(at)
    # Hand the top queue item of the demo to "no reply needed".
    at = open_page(LISTENING, "en")
    at.session_state[state.LISTEN_TAB] = "Response queue"
    at.run()
    next(r for r in at.radio if r.label == "Status").set_value("no_reply")
    at = _click(at, "Save")
    saved = " ".join(m.value for m in at.markdown)
    assert re.search(r"no reply needed: \*\*1\*\*", saved, re.IGNORECASE), saved

    _other_employer(data_dir)
    other = open_page(AMBASSADORS, "en")
    text = _all_text(other)
    for person in demo.AMBASSADORS:
        assert person.name not in text
    assert not any("check-in" in w.value.lower() for w in other.warning)
    queue = open_page(LISTENING, "en")
    queue.session_state[state.LISTEN_TAB] = "Response queue"
    queue.run()
    assert not queue.exception and not queue.error
    counts = " ".join(m.value for m in queue.markdown)
    assert re.search(r"no reply needed: \*\*0\*\*", counts, re.IGNORECASE), counts


@pytest.mark.usefixtures("data_dir")
def test_start_listening_and_competitors_show_the_same_mention_count():
    start = open_page("../pages/home.py", "en")
    own = next(m for m in start.metric if m.label.startswith("Mentions of"))
    count = own.value

    listening = open_page(LISTENING, "en")
    picker = listening.date_input(key=state.LISTEN_PERIOD)
    first, last = picker.min, picker.max
    picker.set_value((first, last)).run()
    assert not listening.exception and not listening.error
    heard = next(m for m in listening.metric if m.label == "Mentions").value

    competitors = open_page("../pages/competitors.py", "en")
    competitors.date_input(key=state.COMP_PERIOD).set_value((first, last)).run()
    assert not competitors.exception and not competitors.error
    table = competitors.dataframe[0].value
    name = own.label.removeprefix("Mentions of ")
    row = table[table["Employer"] == f"{name} (own organisation)"]
    compared = row["Mentions"].iloc[0].split(" ")[0]
    assert count == heard == compared, (count, heard, compared)


@pytest.mark.usefixtures("data_dir")
def test_an_open_tab_keeps_its_place_after_a_language_switch_and_a_save():
    at = open_page(LISTENING, "en")
    at.session_state[state.LISTEN_TAB] = "Response queue"
    at.run()
    at.selectbox(key=state.LANG).set_value("nl_NL").run()
    assert not at.exception and not at.error
    assert at.session_state[state.LISTEN_TAB] == "Reageren"
    assert any(m.value.startswith("open:") for m in at.markdown)  # the queue is what shows
    next(r for r in at.radio if r.label == "Status").set_value("no_reply")
    at = _click(at, "Opslaan")
    assert at.session_state[state.LISTEN_TAB] == "Reageren"
    vacancy = open_page("../pages/vacancy.py", "nl")
    vacancy.session_state[state.VACANCY_TAB] = "Uit de dataset"
    vacancy.run()
    vacancy.selectbox(key=state.LANG).set_value("en").run()
    assert vacancy.session_state[state.VACANCY_TAB] == "From the dataset"
