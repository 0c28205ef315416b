"""Private stays private: pseudonyms keyed with the installation's secret, and nothing beside a
pseudonym that names the person (#26)."""

from __future__ import annotations

import hashlib
import stat

from core import concepts
from core.ambassadors.roster import Roster, export_view

HANDLES = [f"@medewerker{i}" for i in range(20)]


def _numbers(word: str = "employee") -> list[str]:
    return [concepts.pseudonym(h, word) for h in HANDLES]


def test_pseudonyms_are_stable_in_one_installation_and_differ_in_another(tmp_path, monkeypatch):
    monkeypatch.setenv("EMPLOYER_RADAR_DATA_DIR", str(tmp_path / "one"))
    first = _numbers()
    assert _numbers() == first  # stable: the same person, the same number, on every page
    key = tmp_path / "one" / concepts.SECRET_FILE
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    monkeypatch.setenv("EMPLOYER_RADAR_DATA_DIR", str(tmp_path / "two"))
    assert _numbers() != first  # another installation, another secret


def test_a_pseudonym_cannot_be_computed_from_the_handle_alone(tmp_path, monkeypatch):
    """The old scheme was sha1(handle) mod 9000: anyone with the handles could reverse it."""
    monkeypatch.setenv("EMPLOYER_RADAR_DATA_DIR", str(tmp_path))
    plain = [
        f"employee #{int(hashlib.sha1(concepts.handle_key(h).encode()).hexdigest(), 16) % 9000 + 1000}"
        for h in HANDLES
    ]
    assert sum(a == b for a, b in zip(_numbers(), plain, strict=True)) <= 1


def test_the_roster_export_keeps_no_role_or_department_beside_a_pseudonym(tmp_path, monkeypatch):
    monkeypatch.setenv("EMPLOYER_RADAR_DATA_DIR", str(tmp_path))
    roster = Roster(tmp_path / "ambassadors.json")
    roster.add(
        {"name": "Anne de Vries", "role": "Monteur", "department": "Werkplaats Gent",
         "handles": [{"handle": "@anne.devries"}]}
    )  # fmt: skip
    roster.add(
        {"name": "Bram Bos", "role": "Planner", "department": "Planning",
         "consent_date": "2026-01-05", "status": "active", "handles": [{"handle": "@brambos"}]}
    )  # fmt: skip
    shown = {r["name"]: r for r in export_view(roster.all())}
    hidden = next(r for name, r in shown.items() if name != "Bram Bos")
    assert "Anne" not in str(hidden) and "anne.devries" not in str(hidden)
    assert hidden["role"] is None and hidden["department"] is None
    assert shown["Bram Bos"]["department"] == "Planning"  # consent given: shown as published


def test_the_privacy_rule_hides_name_and_handle_of_employees_without_consent(tmp_path, monkeypatch):
    import polars as pl

    monkeypatch.setenv("EMPLOYER_RADAR_DATA_DIR", str(tmp_path))
    frame = pl.DataFrame(
        {
            "author_name": ["Anne de Vries", "Bram Bos", "Krant"],
            "author_handle": ["@anne.devries", "@brambos", "@krant"],
            "author_type": ["employee", "employee", "public"],
        }
    )
    out = concepts.private(frame, {"brambos"}, "medewerker")
    assert out["author_name"].to_list()[1:] == ["Bram Bos", "Krant"]
    assert out["author_name"][0].startswith("medewerker #")
    assert out["author_handle"][0] == "—"
