"""Themes of the active dataset, computed once per dataset and settings and shared by pages.

The embeddings live on disk (core.embed.EmbeddingCache), so a second visit, a restart, or an
overlapping upload encodes only new texts. The fine themes are kept in memory per dataset file
and model; a change of the number of main themes or of the outlier budget only re-cuts them
(core.themes.pipeline.recut: no re-embedding, no re-clustering). Another page asking for the
themes gets them at once.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from dataclasses import dataclass

import polars as pl
import streamlit as st

from app import cache
from app.components import lang, t
from core import derived, fmt, settings
from core.datasets import DatasetInfo
from core.embed import EmbeddingCache
from core.themes import summary
from core.themes.names import ThemeNames
from core.themes.pipeline import Base, Themes, recut

KEEP = 3
"""Themes kept in memory (each holds the embeddings: ~150 MB at 100,000 posts)."""


@dataclass(frozen=True)
class Result:
    themes: Themes
    posts: pl.DataFrame
    """The dataset's posts with ``theme`` and ``theme_name``."""
    seconds: float
    dataset: DatasetInfo
    """Whose themes these are: names and merges are kept with its organisation."""


@st.cache_resource(show_spinner=False)
def _memo() -> OrderedDict:
    return OrderedDict()


def names_store(info: DatasetInfo) -> ThemeNames:
    """The theme names and merges of the dataset's organisation (:mod:`core.scopes`)."""
    return ThemeNames(cache.organisation_dir(info) / "themes.json")


def _key(info: DatasetInfo) -> tuple:
    store = cache.store()
    mtime = store.path(info.id).stat().st_mtime
    return (str(store.root), info.id, mtime, settings.get("model"))


@st.cache_resource(show_spinner=False)
def _cuts() -> OrderedDict:
    return OrderedDict()


def _cut(
    info: DatasetInfo,
    key: tuple,
    base: Base,
    posts: pl.DataFrame,
    seconds: float,
    granularity: float,
    budget: float,
) -> Result:
    cuts = _cuts()
    full = (*key, info.own_employer, granularity, budget)
    if full not in cuts:
        cuts[full] = _assign(info, recut(base, granularity, budget), posts, seconds)
        while len(cuts) > KEEP * 2:
            cuts.popitem(last=False)
    return cuts[full]


def ready(info: DatasetInfo, granularity: float = 1.0, budget: float = 0.1) -> Result | None:
    """The themes if they were computed already (in this process), else None. Never computes
    embeddings or clusters; a re-cut for other settings is cheap and is made."""
    key = _key(info)
    found = _memo().get(key)
    if found is None:
        return None
    base, posts, seconds = found
    return _cut(info, key, base, posts, seconds, granularity, budget)


def compute(info: DatasetInfo, granularity: float = 1.0, budget: float = 0.1) -> Result | None:
    """The dataset's themes; the first time with a progress bar and an estimate of time left.

    None while many new texts are read in the background (app.background): the page shows
    that job's progress and comes back here when it is done."""
    key = _key(info)
    memo = _memo()
    if key in memo:
        memo.move_to_end(key)
        return ready(info, granularity, budget)
    if cache.reading(info) is not None:
        return None
    started = time.monotonic()
    with st.spinner(t("Finding themes…")):
        posts = cache.labelled(info)[0].drop("sentiment_source")
    bar = st.empty()

    def progress(done: int, total: int) -> None:
        elapsed = time.monotonic() - started
        left = elapsed / max(done, 1) * (total - done)
        bar.progress(
            done / max(total, 1),
            text=t(
                "Reading texts: {done} of {total} — about {left} s left",
                done=fmt.number(done, lang()),
                total=fmt.number(total, lang()),
                left=fmt.number(round(left), lang()),
            ),
        )

    with st.spinner(t("Finding themes…")):
        store = cache.store()
        base = derived.fine_themes(
            store.root,
            info.id,
            store.path(info.id).stat().st_mtime,
            posts,
            cache.embedder(),
            EmbeddingCache(settings.embedding_cache_dir()),
            cache.employer_names(info, posts),
            progress=progress,
        )
    bar.empty()
    memo[key] = (base, posts, time.monotonic() - started)
    while len(memo) > KEEP:
        memo.popitem(last=False)
    return ready(info, granularity, budget)


def _assign(info: DatasetInfo, found: Themes, posts: pl.DataFrame, seconds: float) -> Result:
    store = names_store(info)
    applied = store.apply(found.model_id, found.clustering.centroids)
    applied_main = store.apply(found.model_id, found.main_centroids, level="main")
    return Result(
        found,
        summary.assign(posts, found, applied, t("Sub-theme"), applied_main, t("Theme")),
        seconds,
        info,
    )


def refresh_names(result: Result) -> Result:
    """The same themes with the stored names and merges applied again (after a rename)."""
    posts = result.posts.drop("theme", "theme_name", "main_theme", "main_theme_name")
    return _assign(result.dataset, result.themes, posts, result.seconds)


def with_themes(info: DatasetInfo) -> pl.DataFrame | None:
    """Posts with their *main* theme as ``theme``/``theme_name`` (sub-theme as ``sub_theme``/
    ``sub_theme_name``) for other pages, when the themes were computed already."""
    result = ready(info)
    if result is None:
        return None
    posts = refresh_names(result).posts
    return summary.at_level(
        posts.with_columns(
            pl.col("theme").alias("sub_theme"), pl.col("theme_name").alias("sub_theme_name")
        ),
        "main",
    )
