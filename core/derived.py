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
from pathlib import Path

import numpy as np
import polars as pl

from core.db import atomic_write_bytes

VERSION = "1"
"""Bumped when what is kept changes meaning (older files are then simply not read)."""


def folder(root: Path) -> Path:
    return Path(root) / "derived"


def _path(root: Path, kind: str, dataset_id: str, stamp: float, model_id: str, ext: str) -> Path:
    key = hashlib.sha1(f"{VERSION}|{stamp!r}|{model_id}".encode()).hexdigest()[:16]
    return folder(root) / f"{dataset_id}.{kind}.{key}.{ext}"


def load_fine(root: Path, dataset_id: str, stamp: float, model_id: str) -> np.ndarray | None:
    """The fine theme of each post, as found before for this file version and model."""
    path = _path(root, "themes", dataset_id, stamp, model_id, "npy")
    return np.load(path) if path.exists() else None


def save_fine(root: Path, dataset_id: str, stamp: float, model_id: str, labels: np.ndarray) -> None:
    buffer = io.BytesIO()
    np.save(buffer, np.asarray(labels, dtype=np.int32))
    path = _path(root, "themes", dataset_id, stamp, model_id, "npy")
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(path, buffer.getvalue())


def load_sentiment(
    root: Path, dataset_id: str, stamp: float, model_id: str
) -> tuple[pl.DataFrame, dict] | None:
    """``sentiment`` and ``sentiment_source`` per post, and the report, as computed before."""
    path = _path(root, "sentiment", dataset_id, stamp, model_id, "parquet")
    meta = path.with_suffix(".json")
    if not (path.exists() and meta.exists()):
        return None
    return pl.read_parquet(path), json.loads(meta.read_text(encoding="utf-8"))


def save_sentiment(
    root: Path, dataset_id: str, stamp: float, model_id: str, labels: pl.DataFrame, report: dict
) -> None:
    path = _path(root, "sentiment", dataset_id, stamp, model_id, "parquet")
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
    root: Path,
    dataset_id: str,
    stamp: float,
    posts: pl.DataFrame,
    embedder,
    cache,
    names: list[str],
) -> tuple[pl.DataFrame, dict]:
    """The posts with sentiment filled (:func:`core.listening.sentiment.with_sentiment`), read
    back when kept for this file version and model, else computed and kept."""
    from dataclasses import asdict

    from core.listening import sentiment

    found = load_sentiment(root, dataset_id, stamp, embedder.model_id)
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
        root,
        dataset_id,
        stamp,
        embedder.model_id,
        frame.select(pl.col("sentiment").cast(pl.String), "sentiment_source"),
        kept,
    )
    return frame, report


def fine_themes(
    root: Path,
    dataset_id: str,
    stamp: float,
    posts: pl.DataFrame,
    embedder,
    cache,
    names: list[str],
    progress=None,
):
    """:func:`core.themes.pipeline.prepare` on the posts, reusing the fine themes kept for this
    file version and model (clustering skipped), and keeping them when newly found."""
    from core.themes.pipeline import prepare

    known = load_fine(root, dataset_id, stamp, embedder.model_id)
    base = prepare(
        posts.get_column("text").to_list(),
        embedder,
        cache,
        names,
        progress=progress,
        languages=posts.get_column("language").to_list(),
        known=known if known is not None and len(known) == posts.height else None,
    )
    if known is None:
        save_fine(root, dataset_id, stamp, embedder.model_id, base.fine.labels)
    return base
