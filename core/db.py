"""TinyDB, made safe for Streamlit.

Streamlit runs every browser session in its own thread and TinyDB is not thread-safe. So every
database file gets exactly one lock, and every write goes to a temporary file that is fsynced and
renamed over the old one: a crash mid-write leaves the previous, valid file in place.

Use :func:`open_db` for every access::

    with open_db(path) as db:
        db.table("datasets").insert({...})
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.storages import Storage

_LOCKS: dict[Path, threading.RLock] = {}
_LOCKS_GUARD = threading.Lock()


def lock_for(path: Path) -> threading.RLock:
    """The one lock of a database file (re-entrant, so nested use in one thread is fine)."""
    key = Path(path).resolve()
    with _LOCKS_GUARD:
        return _LOCKS.setdefault(key, threading.RLock())


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old or the new file, never half."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


class AtomicJSONStorage(Storage):
    """TinyDB storage that writes the whole JSON document atomically."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)

    def read(self) -> dict[str, Any] | None:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        if not raw.strip():
            return None
        return json.loads(raw)

    def write(self, data: dict[str, Any]) -> None:
        atomic_write_bytes(self.path, json.dumps(data, ensure_ascii=False).encode("utf-8"))

    def close(self) -> None:
        pass


@contextmanager
def open_db(path: Path) -> Iterator[TinyDB]:
    """Open a TinyDB file under its lock, for the duration of the ``with`` block."""
    with lock_for(path):
        db = TinyDB(path, storage=AtomicJSONStorage)
        try:
            yield db
        finally:
            db.close()
