"""The roster store is reliable: threads, crashes, validation, migration, backups, export."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from core.ambassadors.roster import (
    SCHEMA_VERSION,
    Roster,
    RosterError,
    pseudonym,
    tracked,
    validate,
)
from core.db import open_db

ROOT = Path(__file__).resolve().parents[3]


def person(**extra) -> dict:
    return {
        "name": "Sanne Bakker",
        "handles": [{"platform": "linkedin", "handle": "@sannebakker"}],
        **extra,
    }


def test_eight_threads_times_150_writes_lose_nothing(tmp_path):
    roster = Roster(tmp_path / "roster.json")
    ids = [roster.add(person(name=f"P{n}")) for n in range(8)]

    def writer(n: int) -> None:
        for i in range(150):
            roster.log_checkin(ids[n], {"date": "2026-01-01", "how": f"{n}-{i}"})

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for n, ident in enumerate(ids):
        logged = [c["how"] for c in Roster(tmp_path / "roster.json").get(ident)["checkins"]]
        assert logged == [f"{n}-{i}" for i in range(150)]


CHECKINS = """
import sys
sys.path.insert(0, {root!r})
from core.ambassadors.roster import Roster
roster = Roster({path!r})
print("ready", flush=True)
sys.stdin.readline()  # both processes start writing at the same moment
for i in range(300):
    roster.log_checkin({ident!r}, {{"date": "2026-01-01", "how": "{name}-" + str(i)}})
"""


def test_two_processes_times_300_checkins_on_one_roster_keep_600(tmp_path):
    """Two app windows, or the command line beside the app, are two processes on one file."""
    path = tmp_path / "roster.json"
    ident = Roster(path).add(person())
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                CHECKINS.format(root=str(ROOT), path=str(path), ident=ident, name=name),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for name in ("a", "b")
    ]
    for proc in procs:
        assert proc.stdout.readline().strip() == "ready"
    for proc in procs:
        proc.stdin.write("go\n")
        proc.stdin.flush()
    for proc in procs:
        assert proc.wait(timeout=300) == 0
    logged = [c["how"] for c in Roster(path).get(ident)["checkins"]]
    assert len(logged) == 600
    for name in ("a", "b"):
        assert [x for x in logged if x.startswith(f"{name}-")] == [
            f"{name}-{i}" for i in range(300)
        ]


CRASHER = """
import sys
sys.path.insert(0, {root!r})
from core.ambassadors.roster import Roster
roster = Roster({path!r})
ident = roster.add({{"name": "Crash Test", "handles": []}})
i = 0
while True:
    roster.log_checkin(ident, {{"date": "2026-01-01", "how": "x" * 500}})
    i += 1
    if i == 30:
        print("ready", flush=True)
"""


def test_a_killed_writer_leaves_a_valid_roster(tmp_path):
    path = tmp_path / "roster.json"
    proc = subprocess.Popen(
        [sys.executable, "-c", CRASHER.format(root=str(ROOT), path=str(path))],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout.readline().strip() == "ready"
    proc.kill()
    proc.wait()
    [survivor] = Roster(path).all()
    assert survivor["name"] == "Crash Test" and len(survivor["checkins"]) >= 30


@pytest.mark.parametrize(
    ("record", "field"),
    [
        ({"name": ""}, "name"),
        ({"name": "A", "status": "retired"}, "status"),
        ({"name": "A", "consent_date": "31-02-2026"}, "consent_date"),
        ({"name": "A", "max_hours_week": 80}, "max_hours_week"),
        ({"name": "A", "online_window": {"from": 8}}, "online_window"),
        ({"name": "A", "checkin_days": 2}, "checkin_days"),
        ({"name": "A", "handles": ["@a"]}, "handles"),
        ({"name": "A", "checkins": [{"how": "no date"}]}, "checkins"),
        ({"name": "A", "salary": 3000}, "salary"),
    ],
)
def test_records_are_validated_with_the_field_named(record, field, tmp_path):
    with pytest.raises(RosterError, match=field):
        validate(record)
    roster = Roster(tmp_path / "r.json")
    with pytest.raises(RosterError):
        roster.add(record)
    assert roster.all() == []


def test_update_keeps_other_fields_and_rejects_bad_changes(tmp_path):
    roster = Roster(tmp_path / "r.json")
    ident = roster.add(person(role="Monteur"))
    roster.update(ident, {"status": "active", "consent_date": "2026-01-10"})
    with pytest.raises(RosterError, match="status"):
        roster.update(ident, {"status": "gone"})
    record = roster.get(ident)
    assert (record["role"], record["status"], record["consent_date"]) == (
        "Monteur",
        "active",
        "2026-01-10",
    )
    assert tracked(record)


def test_migration_from_version_1(tmp_path):
    path = tmp_path / "roster.json"
    with open_db(path) as db:
        db.table("ambassadors").insert(
            {
                "id": "old1",
                "name": "Oud Record",
                "handle": "@oud",
                "platform": "x",
                "status": "active",
                "created_at": "2025-01-01T00:00:00",
            }
        )
        db.table("meta").insert({"version": 1})
    roster = Roster(path)
    assert roster.get("old1")["handles"] == [{"platform": "x", "handle": "@oud"}]
    with open_db(path) as db:
        assert db.table("meta").get(doc_id=1)["version"] == SCHEMA_VERSION
    assert list(tmp_path.glob("roster.json.bak-*")), "a backup is taken before migrating"


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "roster.json"
    with open_db(path) as db:
        db.table("meta").insert({"version": SCHEMA_VERSION + 1})
    with pytest.raises(RosterError, match="newer version"):
        Roster(path)


def test_rolling_backups(tmp_path):
    clock = [datetime(2026, 1, 1, tzinfo=UTC)]
    roster = Roster(tmp_path / "roster.json", clock=lambda: clock[0])
    for day in range(10):
        clock[0] += timedelta(days=1)
        roster.add(person(name=f"Dag {day}"))
    backups = sorted(tmp_path.glob("roster.json.bak-*"))
    assert len(backups) == 7
    assert json.loads(backups[-1].read_text())["ambassadors"]


def test_export_import_round_trip_and_all_or_nothing(tmp_path):
    source = Roster(tmp_path / "a.json")
    ident = source.add(
        person(consent_date="2026-01-02", checkins=[{"date": "2026-02-01", "how": "goed"}])
    )
    exported = source.export_json()
    target = Roster(tmp_path / "b.json")
    assert target.import_json(exported) == 1
    assert target.get(ident)["checkins"] == [{"date": "2026-02-01", "how": "goed"}]
    broken = json.loads(exported)
    broken["ambassadors"].append({"name": ""})
    with pytest.raises(RosterError, match="record 2"):
        target.import_json(json.dumps(broken).encode())
    assert len(target.all()) == 1, "nothing changed"
    with pytest.raises(RosterError, match="not a roster export"):
        target.import_json(b"[1, 2]")


def test_pseudonyms_are_stable_and_not_the_handle():
    assert pseudonym("@SanneBakker", "employee") == pseudonym("sannebakker", "employee")
    assert "sanne" not in pseudonym("@sannebakker", "employee").lower()


def test_private_export_pseudonymises_everyone_without_consent(tmp_path):
    from core.ambassadors.roster import display_name

    roster = Roster(tmp_path / "r.json")
    roster.add(person(name="Zonder Toestemming", handles=[{"platform": "x", "handle": "@zonder"}]))
    roster.add(
        person(
            name="Met Toestemming",
            handles=[{"platform": "x", "handle": "@met"}],
            consent_date="2026-01-01",
        )
    )
    text = roster.export_json(private=True).decode()
    assert "Zonder Toestemming" not in text and "@zonder" not in text
    assert "Met Toestemming" in text and "@met" in text
    names = [display_name(r) for r in roster.all()]
    assert names[0].startswith("ambassador #") and names[1] == "Met Toestemming"
