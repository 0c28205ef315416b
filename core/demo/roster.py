"""A roster for the demo dataset: the five fictional ambassadors, with consent and agreements,
so the Ambassadors page has a story to tell in a workshop (see docs/DEMO.md)."""

from __future__ import annotations

from core.demo.generate import AMBASSADORS

_AGREEMENTS = {
    # Sanne: agreed daytime hours and no weekends, but posts late at night: flagged.
    "@sannebakker": {
        "role": "Servicemonteur",
        "max_hours_week": 3,
        "online_window": {"from": 8, "until": 20},
        "checkins": [
            {
                "date": "2026-08-01",
                "how": "Leuk om te doen",
                "hard": "Veel filmpjes 's avonds",
                "needs": "Tijd onder werktijd",
                "fits_hours": False,
            }
        ],
    },
    "@daanvisser_tech": {
        "role": "Projectleider",
        "max_hours_week": 2,
        "checkins": [{"date": "2026-10-10", "how": "Prima", "fits_hours": True}],
        "appreciation": [{"date": "2026-10-12", "what": "Lunch met de directie", "by": "Directie"}],
    },
    "@fatima_elamrani": {
        "role": "Engineer",
        "max_hours_week": 2,
        "training": ["Vloggen"],
        "materials": ["Selfiestick", "Montagesoftware"],
        "checkins": [{"date": "2026-09-20", "how": "Goed", "fits_hours": True}],
    },
    "@jorishendriks": {
        "role": "Werkvoorbereider",
        "max_hours_week": 1.5,
        "checkins": [{"date": "2026-10-25", "how": "Goed", "fits_hours": True}],
    },
    "@lottedewit": {
        "role": "HR-adviseur",
        "max_hours_week": 2,
        "weekends": True,
        "checkins": [
            {"date": "2026-07-01", "how": "Druk", "hard": "Combinatie met werk", "fits_hours": True}
        ],
    },
}


def records() -> list[dict]:
    """Roster records for the demo ambassadors (consent from the start of the demo year)."""
    out = []
    for person in AMBASSADORS:
        extra = _AGREEMENTS.get(person.handle, {})
        out.append(
            {
                "name": person.name,
                "handles": [{"platform": "linkedin", "handle": person.handle}],
                "status": "active",
                "consent_date": "2025-11-01",
                "consent_scope": ["openbare berichten analyseren", "naam tonen"],
                "monitor": "Eva de Jong (HR)",
                "checkin_days": 42,
                **extra,
            }
        )
    return out
