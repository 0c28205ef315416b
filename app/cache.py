"""All caching lives here: the dataset store as a resource, collected frames as data.

Keys are cheap values (data folder path, dataset id, file mtime), never the frames themselves.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl
import streamlit as st

from core import settings
from core.datasets import DatasetInfo, DatasetStore
from core.summary import Overview, overview


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


def clear() -> None:
    """Forget cached frames (after a dataset is rebuilt or replaced)."""
    _posts.clear()
    _days.clear()
    _overview.clear()
