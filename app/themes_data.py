"""Themes of the active dataset, computed once per dataset and settings and shared by pages.

The embeddings live on disk (core.embed.EmbeddingCache), so a second visit, a restart, or an
overlapping upload encodes only new texts. The finished themes are kept in memory per dataset
file, model, granularity and outlier budget; another page asking for them gets them at once.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from dataclasses import dataclass

import polars as pl
import streamlit as st

from app import cache
from app.components import lang, t
from core import fmt, settings
from core.datasets import DatasetInfo
from core.embed import Embedder, EmbeddingCache, embedder_for
from core.themes import summary
from core.themes.names import ThemeNames
from core.themes.pipeline import Themes, find_themes

KEEP = 3
"""Themes kept in memory (each holds the embeddings: ~150 MB at 100,000 posts)."""


@dataclass(frozen=True)
class Result:
    themes: Themes
    posts: pl.DataFrame
    """The dataset's posts with ``theme`` and ``theme_name``."""
    seconds: float


@st.cache_resource(show_spinner=False)
def _memo() -> OrderedDict:
    return OrderedDict()


@st.cache_resource(show_spinner=False)
def _embedder(model: str) -> Embedder:
    return embedder_for(model)


def names_store() -> ThemeNames:
    return ThemeNames(settings.data_dir() / "themes.json")


def employer_names(info: DatasetInfo, posts: pl.DataFrame) -> list[str]:
    """Names to leave out of the embedded text: the employers, as configured and as in the data."""
    in_data = posts.get_column("employer").drop_nulls().unique().to_list()
    return sorted({n for n in [info.own_employer, *info.competitors, *in_data] if n})


def _key(info: DatasetInfo, granularity: float, budget: float) -> tuple:
    store = cache.store()
    mtime = store.path(info.id).stat().st_mtime
    return (str(store.root), info.id, mtime, settings.get("model"), granularity, budget)


def ready(info: DatasetInfo, granularity: float = 1.0, budget: float = 0.1) -> Result | None:
    """The themes if they were computed already (in this process), else None. Never computes."""
    return _memo().get(_key(info, granularity, budget))


def compute(info: DatasetInfo, granularity: float = 1.0, budget: float = 0.1) -> Result:
    """The dataset's themes; the first time with a progress bar and an estimate of time left."""
    key = _key(info, granularity, budget)
    memo = _memo()
    if key in memo:
        memo.move_to_end(key)
        return memo[key]
    posts = cache.posts(info)
    bar = st.empty()
    started = time.monotonic()

    def progress(done: int, total: int) -> None:
        elapsed = time.monotonic() - started
        left = elapsed / max(done, 1) * (total - done)
        bar.progress(
            done / max(total, 1),
            text=t(
                "themes.encoding",
                done=fmt.number(done, lang()),
                total=fmt.number(total, lang()),
                left=fmt.number(round(left), lang()),
            ),
        )

    with st.spinner(t("themes.working")):
        found = find_themes(
            posts.get_column("text").to_list(),
            _embedder(settings.get("model")),
            EmbeddingCache(settings.embedding_cache_dir()),
            employer_names(info, posts),
            granularity=granularity,
            outlier_budget=budget,
            progress=progress,
        )
    bar.empty()
    result = _assign(found, posts, time.monotonic() - started)
    memo[key] = result
    while len(memo) > KEEP:
        memo.popitem(last=False)
    return result


def _assign(found: Themes, posts: pl.DataFrame, seconds: float) -> Result:
    applied = names_store().apply(found.model_id, found.clustering.centroids)
    return Result(found, summary.assign(posts, found, applied, t("themes.theme")), seconds)


def refresh_names(result: Result) -> Result:
    """The same themes with the stored names and merges applied again (after a rename)."""
    return _assign(result.themes, result.posts.drop("theme", "theme_name"), result.seconds)


def with_themes(info: DatasetInfo) -> pl.DataFrame | None:
    """Posts with their theme for other pages, when the Themes page computed them already."""
    result = ready(info)
    return refresh_names(result).posts if result else None
