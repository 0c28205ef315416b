"""TinyDB, made safe for Streamlit and for several processes on one data folder.

Streamlit runs every browser session in its own thread, two app windows or the command line may
run as separate processes next to it, and TinyDB is safe for none of that. So every database file
gets exactly one lock that holds across threads *and* processes (:func:`lock_for`: a thread lock
in front of a ``filelock`` lock file beside the database), and every write goes to a temporary
file that is fsynced and renamed over the old one: a crash mid-write leaves the previous, valid
file in place. :func:`open_db` holds the lock for its whole block, so a read, change and write in
one block is one step for every process.

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

from filelock import FileLock, Timeout
from tinydb import TinyDB
from tinydb.storages import Storage

LOCK_TIMEOUT_S = 60.0
"""How long a writer waits for another process before giving up with :class:`StoreBusy`."""


class StoreBusy(RuntimeError):
    """Another process held a store's lock for longer than :data:`LOCK_TIMEOUT_S`."""


class StoreLock:
    """The one lock of a file: a re-entrant thread lock, then an inter-process file lock.

    Re-entrant in the thread that holds it (nested use is fine); other threads wait on the
    thread lock, other processes on the lock file ``.<name>.lock`` beside the file.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._thread = threading.RLock()
        lock_file = path.with_name(f".{path.name}.lock")
        self._process = FileLock(lock_file, timeout=LOCK_TIMEOUT_S, thread_local=False)

    def __enter__(self) -> StoreLock:
        self._thread.acquire()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._process.acquire()
        except Timeout:
            self._thread.release()
            raise StoreBusy(
                f"{self.path.name} is busy in another window or process; try again"
            ) from None
        except BaseException:
            self._thread.release()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            self._process.release()
        finally:
            self._thread.release()


_LOCKS: dict[Path, StoreLock] = {}
_LOCKS_GUARD = threading.Lock()


def lock_for(path: Path) -> StoreLock:
    """The one lock of a stored file (the same object for every spelling of its path)."""
    key = Path(path).resolve()
    with _LOCKS_GUARD:
        if key not in _LOCKS:
            _LOCKS[key] = StoreLock(key)
        return _LOCKS[key]


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
    """Open a TinyDB file under its lock (threads and processes), for the ``with`` block."""
    with lock_for(path):
        db = TinyDB(path, storage=AtomicJSONStorage)
        try:
            yield db
        finally:
            db.close()
