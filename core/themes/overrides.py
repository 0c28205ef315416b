"""Theme names and merges that users chose, kept in TinyDB and carried over to new runs.

A re-run (new upload, other granularity, overlapping data) numbers themes afresh, so what a
user decided is stored with the theme's *centre* (its mean embedding), not its number. On the
next run each new theme is matched to the stored centres; a match at cosine similarity
:data:`MATCH` or more takes over the name, and new themes that match centres of one merge are
merged again. Each stored centre is used once (best matches first), so two new themes never
both inherit one old name unless the user merged them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from core.db import lock_for, open_db

MATCH = 0.9
"""Cosine similarity between a new and a stored theme centre that counts as the same theme.
Re-running on the same data gives 1.0; adding a month of data to the demo moves centres by
less than 0.05."""

TABLE = "themes"


@dataclass(frozen=True)
class Decision:
    """A name and/or a merge the user made: one group of theme centres with one name."""

    id: str
    model_id: str
    name: str
    centroids: list[list[float]]
    level: str = "fine"


@dataclass(frozen=True)
class Applied:
    """Themes after the user's decisions.

    Attributes:
        group: Theme → the theme it is shown as (itself unless merged into another).
        names: Shown theme → the user's name for it (absent when it has none).
        decision: Shown theme → the id of the stored decision behind it.
    """

    group: dict[int, int]
    names: dict[int, str]
    decision: dict[int, str]


class ThemeNames:
    """The decisions of one data folder, per embedding model (centres of models differ)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def decisions(self, model_id: str, level: str = "fine") -> list[Decision]:
        with lock_for(self.path), open_db(self.path) as db:
            rows = db.table(TABLE).all()
        return [
            Decision(r["id"], r["model_id"], r["name"], r["centroids"], r.get("level", "fine"))
            for r in rows
            if r.get("model_id") == model_id and r.get("level", "fine") == level
        ]

    def save(
        self,
        model_id: str,
        name: str,
        centroids: np.ndarray,
        replaces: list[str] = (),
        level: str = "fine",
    ) -> str:
        """Store a name for a group of theme centres (one centre = a rename, more = a merge).

        Args:
            replaces: Ids of decisions this one supersedes (e.g. renaming a merged theme).
            level: ``main`` for main themes, ``fine`` for sub-themes (matched separately).

        Returns:
            The new decision's id.
        """
        name = " ".join(name.split())
        if not name:
            raise ValueError("empty name")
        from tinydb import Query

        new_id = uuid.uuid4().hex
        row = {
            "id": new_id,
            "model_id": model_id,
            "name": name[:80],
            "centroids": np.asarray(centroids, dtype=float).round(5).tolist(),
            "level": level,
        }
        with lock_for(self.path), open_db(self.path) as db:
            table = db.table(TABLE)
            for old in replaces:
                table.remove(Query().id == old)
            table.insert(row)
        return new_id

    def forget(self, decision_id: str) -> None:
        """Drop a decision: the themes behind it get their automatic names back, unmerged."""
        from tinydb import Query

        with lock_for(self.path), open_db(self.path) as db:
            db.table(TABLE).remove(Query().id == decision_id)

    def apply(self, model_id: str, centroids: np.ndarray, level: str = "fine") -> Applied:
        """Match this run's theme centres (of one level) to the stored decisions."""
        decisions = self.decisions(model_id, level)
        k = len(centroids)
        group = {i: i for i in range(k)}
        if not decisions or k == 0:
            return Applied(group, {}, {})
        stored = np.array([c for d in decisions for c in d.centroids], dtype=np.float32)
        owner = [d for d in decisions for _ in d.centroids]
        if stored.shape[1] != centroids.shape[1]:
            return Applied(group, {}, {})
        similarity = centroids @ stored.T
        pairs = sorted(
            (
                (float(similarity[i, j]), int(i), int(j))
                for i, j in np.argwhere(similarity >= MATCH)
            ),
            key=lambda p: (-p[0], p[1], p[2]),
        )
        taken_theme: set[int] = set()
        taken_centre: set[int] = set()
        matched: dict[int, Decision] = {}
        for _, i, j in pairs:
            if i in taken_theme or j in taken_centre:
                continue
            taken_theme.add(i)
            taken_centre.add(j)
            matched[i] = owner[j]
        names: dict[int, str] = {}
        decision: dict[int, str] = {}
        head: dict[str, int] = {}
        for theme in sorted(matched):
            d = matched[theme]
            if d.id not in head:
                head[d.id] = theme
                names[theme] = d.name
                decision[theme] = d.id
            group[theme] = head[d.id]
        return Applied(group, names, decision)
