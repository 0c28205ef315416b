"""The TinyDB layer loses nothing under threads and survives a crash mid-write."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

from core.db import atomic_write_bytes, lock_for, open_db

ROOT = Path(__file__).resolve().parents[2]


def test_threads_writing_to_one_file_lose_nothing(tmp_path):
    path = tmp_path / "db.json"

    def writer(n: int) -> None:
        for i in range(60):
            with open_db(path) as db:
                db.table("t").insert({"writer": n, "i": i})

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with open_db(path) as db:
        rows = db.table("t").all()
    assert len(rows) == 8 * 60
    assert len({(r["writer"], r["i"]) for r in rows}) == 8 * 60


def test_one_lock_per_file(tmp_path):
    assert lock_for(tmp_path / "a.json") is lock_for(tmp_path / "." / "a.json")
    assert lock_for(tmp_path / "a.json") is not lock_for(tmp_path / "b.json")


def test_atomic_write_leaves_no_temp_files(tmp_path):
    path = tmp_path / "x.json"
    atomic_write_bytes(path, b"{}")
    atomic_write_bytes(path, b'{"a": 1}')
    assert json.loads(path.read_text()) == {"a": 1}
    assert [p.name for p in tmp_path.iterdir()] == ["x.json"]


CRASHER = """
import os, sys
sys.path.insert(0, {root!r})
from core.db import open_db
path = {path!r}
with open_db(path) as db:
    db.table("t").insert({{"i": -1}})
i = 0
while True:
    with open_db(path) as db:
        db.table("t").insert({{"i": i, "pad": "x" * 2000}})
    i += 1
    if i == 50:
        print("ready", flush=True)
"""


def test_killed_writer_leaves_a_valid_database(tmp_path):
    path = tmp_path / "db.json"
    code = CRASHER.format(root=str(ROOT), path=str(path))
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready"
    proc.kill()
    proc.wait()
    with open_db(path) as db:
        rows = db.table("t").all()
    assert len(rows) >= 50
    assert rows[0]["i"] == -1
