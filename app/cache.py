"""All caching lives here: the dataset store as a resource, collected frames as data.

Keys are cheap values (data folder path, dataset id, file mtime), never the frames themselves.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl
import streamlit as st

from app import background
from core import derived, scopes, settings
from core.datasets import DatasetInfo, DatasetStore
from core.embed import Embedder, EmbeddingCache, embedder_for
from core.listening import sentiment
from core.summary import Overview, overview
from core.themes.pipeline import masker


@st.cache_resource(show_spinner=False)
def _store(root: str) -> DatasetStore:
    store = DatasetStore(Path(root))
    store.ensure_demo(int(settings.get("demo_seed")))
    return store


def store() -> DatasetStore:
    """The dataset store of the configured data folder, with the demo dataset in it."""
    return _store(str(settings.data_dir()))


def active_dataset() -> DatasetInfo | None:
    return store().active()


def organisation_dir(info: DatasetInfo) -> Path:
    """The folder of the dataset's organisation: its roster, queue and theme names
    (:mod:`core.scopes`)."""
    return scopes.folder(store().root, info.own_employer, info.id)


@st.cache_data(show_spinner=False, max_entries=8)
def _posts(root: str, dataset_id: str, mtime: float) -> pl.DataFrame:
    return DatasetStore(Path(root)).load(dataset_id).collect()


def posts(info: DatasetInfo) -> pl.DataFrame:
    """The post table of a dataset (cached until its file changes)."""
    s = store()
    return _posts(str(s.root), info.id, s.path(info.id).stat().st_mtime)


@st.cache_data(show_spinner=False, max_entries=8)
def _days(root: str, dataset_id: str, mtime: float) -> pl.DataFrame:
    return DatasetStore(Path(root)).days(dataset_id)


def days(info: DatasetInfo) -> pl.DataFrame:
    """The account figures per day of a dataset, with who-is-who applied (may be empty)."""
    s = store()
    return _days(str(s.root), info.id, s.path(info.id).stat().st_mtime)


@st.cache_data(show_spinner=False, max_entries=8)
def _overview(root: str, dataset_id: str, mtime: float) -> Overview:
    return overview(_posts(root, dataset_id, mtime).lazy())


def dataset_overview(info: DatasetInfo) -> Overview:
    s = store()
    return _overview(str(s.root), info.id, s.path(info.id).stat().st_mtime)


@st.cache_resource(show_spinner=False)
def _embedder(model: str) -> Embedder:
    return embedder_for(model)


def embedder() -> Embedder:
    """The configured sentence model, loaded once per process (lazily: on the first encode)."""
    return _embedder(settings.get("model"))


@st.cache_resource(show_spinner=False, max_entries=4)
def _labelled(
    root: str, dataset_id: str, mtime: float, model: str, names: tuple[str, ...]
) -> tuple[pl.DataFrame, dict]:
    return derived.labelled(
        Path(root),
        dataset_id,
        mtime,
        _posts(root, dataset_id, mtime),
        _embedder(model),
        EmbeddingCache(settings.embedding_cache_dir()),
        list(names),
    )


def employer_names(info: DatasetInfo, posts: pl.DataFrame) -> list[str]:
    """Names left out of embedded text: the employers, as configured and as in the data."""
    in_data = posts.get_column("employer").drop_nulls().unique().to_list()
    return sorted({n for n in [info.own_employer, *info.competitors, *in_data] if n})


def embedded_texts(info: DatasetInfo, frame: pl.DataFrame) -> list[str]:
    """The texts the Themes page and sentiment embed: employer names, handles and links left
    out (core.themes.pipeline.masker), empty ones dropped."""
    clean = masker(employer_names(info, frame))
    return [x for x in (clean(t or "") for t in frame.get_column("text").to_list()) if x]


def reading(info: DatasetInfo) -> background.Job | None:
    """The background job reading this dataset's texts, when there are more new texts than a
    page should wait for (started here if needed); None when they can be read at once."""
    s = store()
    mtime = s.path(info.id).stat().st_mtime
    key = ("encode", str(s.root), info.id, mtime, settings.get("model"))
    running = background.job(key)
    if running is not None:
        return None if running.finished and running.error is None else running
    frame = _posts(str(s.root), info.id, mtime)
    texts = embedded_texts(info, frame)
    cache = EmbeddingCache(settings.embedding_cache_dir())
    if cache.missing(texts, embedder().model_id) <= background.INLINE:
        return None
    return background.start(key, texts, embedder(), cache)


def labelled(info: DatasetInfo) -> tuple[pl.DataFrame, dict]:
    """The posts with sentiment filled where the export has none (``sentiment_source`` says
    from where) and a report of the sources: the one set of labels every page shows.

    While many new texts are still being read in the background, the word lists stand in
    (source ``lexicon``, not kept) and the page says so."""
    s = store()
    mtime = s.path(info.id).stat().st_mtime
    frame = _posts(str(s.root), info.id, mtime)
    if frame.get_column("sentiment").null_count() == 0:
        return frame.with_columns(pl.lit("export").alias("sentiment_source")), {}
    names = tuple(employer_names(info, frame))
    if reading(info) is not None:
        report: dict = {"reading": True}
        return sentiment.with_sentiment(
            frame, names=list(names), report=report, meaning=False
        ), report
    return _labelled(str(s.root), info.id, mtime, settings.get("model"), names)


def clear() -> None:
    """Forget cached frames (after a dataset is rebuilt or replaced)."""
    _posts.clear()
    _days.clear()
    _overview.clear()
    _labelled.clear()
