"""A bad or newer roster backup is refused with the reason, and what was there stays (#26)."""

from __future__ import annotations

import json

import pytest

from core.ambassadors.roster import SCHEMA_VERSION, Roster, RosterError


@pytest.fixture
def roster(tmp_path) -> Roster:
    store = Roster(tmp_path / "ambassadors.json")
    store.add({"name": "Anne de Vries", "handles": [{"handle": "@anne.devries"}]})
    return store


def _backup(records, schema=SCHEMA_VERSION) -> bytes:
    return json.dumps({"schema": schema, "ambassadors": records}).encode()


GOOD = {"name": "Bram Bos", "status": "candidate"}


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (_backup([GOOD | {"created_at": 5}]), "record"),
        (_backup([GOOD], schema="two"), "not_export"),
        (_backup([GOOD], schema=0), "not_export"),
        (_backup([5]), "record"),
        (_backup([GOOD], schema=99), "newer"),
        (b"[" * 100_000 + b"]" * 100_000, "not_export"),
        (_backup([{"name": "x", "handles": [[[[[[[[["deep"]]]]]]]]]}]), "record"),
        (b'{"schema": 2}', "not_export"),
        (b"not json", "not_export"),
    ],
    ids=[
        "created-at-number",
        "schema-text",
        "schema-zero",
        "record-number",
        "newer",
        "deep-nesting",
        "nested-handles",
        "no-list",
        "not-json",
    ],
)
def test_a_bad_backup_is_refused_and_the_roster_stays(roster, data, code):
    before = roster.all()
    with pytest.raises(RosterError) as caught:
        roster.import_json(data, replace=True)
    assert caught.value.code == code
    assert roster.all() == before
    roster.export_json()  # and the roster still works for everything that reads it


def test_a_good_backup_round_trips(roster):
    data = roster.export_json()
    assert roster.import_json(data, replace=True) == 1
    assert [a["name"] for a in roster.all()] == ["Anne de Vries"]
