"""Ambassadors page: add a candidate, record consent, log a check-in, restart, still there."""

from __future__ import annotations

from datetime import date

import pytest
from streamlit.testing.v1 import AppTest

from core.ambassadors.roster import Roster
from tests.app.conftest import open_page, organisation_file


def ambassadors_page(lang: str = "nl") -> AppTest:
    return open_page("../pages/ambassadors.py", lang)


def click(at: AppTest, prefix: str) -> AppTest:
    next(b for b in at.button if b.label.startswith(prefix)).click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    return at


def test_add_candidate_consent_checkin_and_restart(data_dir):
    at = ambassadors_page()
    assert any(s.value == "Kandidaat-ambassadeurs" for s in at.subheader)
    at = click(at, "Toevoegen aan ambassadeurs: medewerker #")
    assert "is toegevoegd als kandidaat" in at.success[0].value
    [person] = Roster(organisation_file(data_dir, "ambassadors.json")).all()
    assert person["status"] == "candidate" and person["consent_date"] is None
    assert person["handles"][0]["handle"] == "@sannebakker"  # the top candidate of the demo
    # Nothing is analysed before consent.
    assert any("Nog geen toestemming" in i.value for i in at.info)
    # Record consent and agreements in the profile form.
    profile_inputs = [w for w in at.text_input if w.label == "Naam"]
    profile_inputs[0].input("Sanne Bakker")
    next(c for c in at.checkbox if c.label == "Toestemming is vastgelegd").check()
    next(d for d in at.date_input if d.label == "Toestemming gegeven op").set_value(
        date(2025, 11, 1)
    )
    next(s for s in at.selectbox if s.label == "Status").select("active")
    at = click(at, "Opslaan")
    [person] = Roster(organisation_file(data_dir, "ambassadors.json")).all()
    assert (person["name"], person["status"]) == ("Sanne Bakker", "active") and person[
        "consent_date"
    ]
    # Log a check-in.
    next(w for w in at.text_input if w.label == "Hoe gaat het?").input("Leuk, maar veel avondwerk")
    at = click(at, "Check-in opslaan")
    # A fresh session (an app restart) shows the same roster, the check-in and the care signal.
    fresh = ambassadors_page()
    [person] = Roster(organisation_file(data_dir, "ambassadors.json")).all()
    assert person["checkins"][0]["how"] == "Leuk, maar veel avondwerk"
    assert any("Sanne Bakker" in str(v) for v in fresh.dataframe[0].value.iloc[:, 0])
    warnings = [w.value for w in fresh.warning]
    assert any("Sanne Bakker" in w and "laat op de avond" in w for w in warnings), warnings


@pytest.mark.usefixtures("data_dir")
def test_english_page_and_pseudonymised_fans():
    at = ambassadors_page("en")
    assert any(s.value == "Fans" for s in at.subheader)
    fans = at.dataframe[-1].value.iloc[:, 0].tolist()
    assert fans and all(name.startswith("fan #") for name in fans)


def test_demo_roster_tells_the_story(data_dir):
    at = click(ambassadors_page("en"), "Load the example list")
    assert len(Roster(organisation_file(data_dir, "ambassadors.json")).all()) == 5
    warnings = [w.value for w in at.warning]
    assert any(
        w.startswith("Sanne Bakker") and "outside the agreed hours" in w for w in warnings
    ), warnings
    assert not any(w.startswith(("Daan", "Fatima", "Joris")) and "hours" in w for w in warnings)
