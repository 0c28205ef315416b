"""Listening page: reputation with the planted spike, the queue workflow across a restart."""

from __future__ import annotations

import pytest

from app import state
from core import demo
from tests.app.conftest import open_page

PAGE = "../pages/listening.py"


def open_tab(at, label):
    at.session_state[state.LISTEN_TAB] = label
    return at.run()


@pytest.mark.usefixtures("data_dir")
def test_reputation_shows_the_planted_spike_in_both_languages():
    for lang, title in (("nl", "Piek van 2 mrt 2026"), ("en", "Spike from 2 Mar 2026")):
        at = open_page(PAGE, lang)
        assert len(at.metric) == 4 and len(at.get("vega_lite_chart")) == 1
        text = " ".join(m.value for m in at.markdown)
        assert title in text, text[:500]
        assert "werkdruk" in " ".join(m.value for m in at.markdown)


@pytest.mark.usefixtures("data_dir")
def test_queue_status_owner_and_note_survive_a_restart():
    at = open_tab(open_page(PAGE, "en"), "Response queue")
    assert not at.exception and not at.error
    queue = at.dataframe[0].value
    assert len(queue) > 10 and (queue["level"].iloc[0] == "high")
    top = queue["url"].iloc[0]
    # Add a colleague to the team, then hand them the top item.
    team_name = next(w for w in at.text_input if w.label == "Name")
    team_name.set_value("Eva de Wit")
    next(b for b in at.button if b.label == "Add").click().run()
    assert not at.exception and not at.error
    # An ambassador cannot be added.
    next(w for w in at.text_input if w.label == "Name").set_value(demo.LATE_NIGHT_AMBASSADOR)
    next(b for b in at.button if b.label == "Add").click().run()
    assert not at.error or "ambassador" not in at.error[0].value  # roster empty: allowed
    form_status = next(r for r in at.radio if r.label == "Status")
    form_status.set_value("no_reply")
    next(s for s in at.selectbox if s.label == "Owner").set_value("Eva de Wit")
    at.text_area[0].set_value("Beantwoord per telefoon")
    next(b for b in at.button if b.label == "Save").click().run()
    assert not at.exception and not at.error

    again = open_tab(open_page(PAGE, "en"), "Response queue")
    assert top not in set(again.dataframe[0].value["url"])
    again.multiselect(key=state.LISTEN_STATUS).set_value(["no_reply"]).run()
    shown = again.dataframe[0].value
    assert list(shown["url"]) == [top]
    assert shown["owner"].iloc[0] == "Eva de Wit" and shown["status"].iloc[0] == "no reply needed"


@pytest.mark.usefixtures("data_dir")
def test_voices_and_topics():
    at = open_tab(open_page(PAGE, "en"), "Voices")
    assert not at.exception and not at.error
    table = at.dataframe[0].value
    assert {"media", "influencers", "employees", "candidates"} <= set(table["segment"])
    employees = table[table["segment"] == "employees"]
    assert employees["author_name"].str.startswith("employee #").all()  # no consent: pseudonyms
    at = open_tab(at, "Topics")
    assert not at.exception and not at.error
    assert len(at.get("vega_lite_chart")) == 2 and len(at.dataframe) == 1


@pytest.mark.usefixtures("data_dir")
def test_a_refused_decision_is_explained_in_the_interface_language():
    """The store refuses with a code and the field; the page says it in French, not in the
    English of the exception."""
    at = open_tab(open_page(PAGE, "fr_BE"), "File de réponses")
    next(w for w in at.text_input if w.label == "Nom").set_value("   ")
    next(b for b in at.button if b.label == "Ajouter").click().run()
    assert not at.exception
    assert [e.value for e in at.error] == ["Non enregistré : Nom : à compléter."]
