"""What is computed from a dataset once and kept next to it: its fine themes and its sentiment.

A first visit to the Themes or Listening page after a restart would otherwise cluster the posts
and learn the sentiment again (seconds each). Results are kept per dataset file version and
embedding model in ``<data>/derived/`` and read back when both still match; the install step
(:mod:`app.warm`) writes the demo's. Deleting a dataset deletes its derived files.
"""

from __future__ import annotations

import hashlib
import io
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import polars as pl

from core.db import atomic_write_bytes

VERSION = "1"
"""Bumped when what is kept changes meaning (older files are then simply not read)."""


def folder(root: Path) -> Path:
    return Path(root) / "derived"


@dataclass(frozen=True)
class Version:
    """One version of one dataset's file, read with one embedding model: what kept results
    belong to."""

    root: Path
    dataset_id: str
    stamp: float
    """The dataset file's modification time."""
    model_id: str

    def path(self, kind: str, ext: str) -> Path:
        key = f"{VERSION}|{self.stamp!r}|{self.model_id}"
        digest = hashlib.sha1(key.encode()).hexdigest()[:16]
        return folder(self.root) / f"{self.dataset_id}.{kind}.{digest}.{ext}"


def load_fine(version: Version) -> np.ndarray | None:
    """The fine theme of each post, as found before for this file version and model."""
    path = version.path("themes", "npy")
    return np.load(path) if path.exists() else None


def save_fine(version: Version, labels: np.ndarray) -> None:
    buffer = io.BytesIO()
    np.save(buffer, np.asarray(labels, dtype=np.int32))
    path = version.path("themes", "npy")
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(path, buffer.getvalue())


def load_sentiment(version: Version) -> tuple[pl.DataFrame, dict] | None:
    """``sentiment`` and ``sentiment_source`` per post, and the report, as computed before."""
    path = version.path("sentiment", "parquet")
    meta = path.with_suffix(".json")
    if not (path.exists() and meta.exists()):
        return None
    return pl.read_parquet(path), json.loads(meta.read_text(encoding="utf-8"))


def save_sentiment(version: Version, labels: pl.DataFrame, report: dict) -> None:
    path = version.path("sentiment", "parquet")
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    labels.write_parquet(buffer)
    atomic_write_bytes(path.with_suffix(".json"), json.dumps(report).encode("utf-8"))
    atomic_write_bytes(path, buffer.getvalue())


def forget(root: Path, dataset_id: str) -> None:
    """Delete everything derived from a dataset."""
    for path in folder(root).glob(f"{dataset_id}.*"):
        path.unlink(missing_ok=True)


def labelled(
    root: Path, dataset_id: str, stamp: float, posts: pl.DataFrame, embedder, cache, names
) -> tuple[pl.DataFrame, dict]:
    """The posts with sentiment filled (:func:`core.listening.sentiment.with_sentiment`), read
    back when kept for this file version and model, else computed and kept."""
    from dataclasses import asdict

    from core.listening import sentiment

    version = Version(Path(root), dataset_id, stamp, embedder.model_id)
    found = load_sentiment(version)
    if found is not None and found[0].height == posts.height:
        labels, report = found
        if report.get("learned"):
            report["learned"] = sentiment.Learned(**report["learned"])
        frame = posts.with_columns(
            labels.get_column("sentiment").cast(posts.schema["sentiment"]),
            labels.get_column("sentiment_source"),
        )
        return frame, report
    report: dict = {}
    frame = sentiment.with_sentiment(posts, embedder, cache, names, report=report)
    kept = dict(report)
    kept["learned"] = asdict(report["learned"]) if report.get("learned") else None
    save_sentiment(
        version, frame.select(pl.col("sentiment").cast(pl.String), "sentiment_source"), kept
    )
    return frame, report


def fine_themes(
    root: Path,
    dataset_id: str,
    stamp: float,
    posts: pl.DataFrame,
    embedder,
    cache,
    names,
    progress=None,
):
    """:func:`core.themes.pipeline.prepare` on the posts, reusing the fine themes kept for this
    file version and model (clustering skipped), and keeping them when newly found."""
    from core.themes.pipeline import prepare

    version = Version(Path(root), dataset_id, stamp, embedder.model_id)
    known = load_fine(version)
    base = prepare(
        posts.get_column("text"),
        embedder,
        cache,
        names,
        progress=progress,
        languages=posts.get_column("language").to_list(),
        known=known if known is not None and len(known) == posts.height else None,
    )
    if known is None:
        save_fine(version, base.per_post(base.fine.labels))
    return base
