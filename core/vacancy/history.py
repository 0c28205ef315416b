"""Earlier checks of the same vacancy (TinyDB), so a recruiter sees the score go up."""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime
from pathlib import Path

from tinydb import Query

from core.db import open_db
from core.vacancy import Result


def vacancy_key(name: str) -> str:
    """Versions of one vacancy share a key: its name (or first line), normalised."""
    return " ".join(re.findall(r"\w+", name.lower()))[:120]


class History:
    """Checked versions of vacancies in one TinyDB file."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def add(self, name: str, text: str, result: Result) -> bool:
        """Record a check; returns False when this exact text was already recorded."""
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        key = vacancy_key(name)
        with open_db(self.path) as db:
            table = db.table("versions")
            if table.contains((Query().key == key) & (Query().digest == digest)):
                return False
            table.insert(
                {
                    "key": key,
                    "name": name.strip()[:200],
                    "digest": digest,
                    "score": result.score,
                    "failed": result.failed,
                    "lang": result.lang,
                    "words": result.words,
                    "checked_at": datetime.now(UTC).isoformat(timespec="seconds"),
                }
            )
        return True

    def versions(self, name: str) -> list[dict]:
        """Every recorded version of a vacancy, oldest first."""
        with open_db(self.path) as db:
            rows = db.table("versions").search(Query().key == vacancy_key(name))
        return sorted(rows, key=lambda r: r["checked_at"])

    def names(self) -> list[str]:
        with open_db(self.path) as db:
            rows = db.table("versions").all()
        return sorted({r["name"] for r in rows})
