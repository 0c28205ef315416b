"""Shared widgets and page frame. Each widget owns its session-state key (see app.state)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import polars as pl
import streamlit as st

from app import cache, state
from core import fmt, settings
from core.datasets import DatasetInfo
from core.i18n import LANGUAGE_NAMES, LANGUAGES
from core.i18n import t as translate

_log = logging.getLogger("employer_radar")


def lang() -> str:
    """The interface language chosen in the sidebar."""
    value = st.session_state.get(state.LANG) or settings.get("language")
    return value if value in LANGUAGES else "nl"


def t(key: str, **values: object) -> str:
    """Translate ``key`` into the current interface language."""
    return translate(key, lang(), **values)


def language_switch(key: str = state.LANG) -> str:
    """The Nederlands / English switch in the sidebar. Returns the chosen language."""
    if key not in st.session_state:
        st.session_state[key] = lang()
    st.sidebar.radio(
        translate("sidebar.language", st.session_state[key]),
        LANGUAGES,
        format_func=LANGUAGE_NAMES.__getitem__,
        horizontal=True,
        key=key,
    )
    return st.session_state[key]


def dataset_badge(info: DatasetInfo | None) -> None:
    """The active dataset, in the sidebar."""
    box = st.sidebar.container(border=True)
    box.caption(t("sidebar.dataset"))
    if info is None:
        box.write(t("sidebar.no_dataset"))
        return
    o = cache.dataset_overview(info)
    box.markdown(f"**{info.name}**")
    box.caption(
        t(
            "sidebar.dataset_line",
            posts=fmt.number(o.posts, lang()),
            start=fmt.day(o.start, lang()),
            end=fmt.day(o.end, lang()),
        )
    )
    st.sidebar.caption(":material/lock: " + t("sidebar.privacy"))


@contextmanager
def guarded(where: str, container=st) -> Iterator[None]:
    """Run a block; on any error, log it and show a friendly message instead of a traceback.

    Streamlit's own rerun/stop signals are BaseExceptions and pass through untouched.
    """
    try:
        yield
    except Exception:
        _log.exception("%s failed", where)
        container.error(t("error.page"), icon=":material/error:")


@contextmanager
def page(title_key: str) -> Iterator[None]:
    """Frame of every page: its title, and the page body :func:`guarded`."""
    st.title(t(title_key))
    with guarded(title_key):
        yield


def require_dataset() -> DatasetInfo:
    """The active dataset; stops the page with a pointer to the Data page when there is none."""
    info = cache.active_dataset()
    if info is None:
        st.info(t("error.no_dataset"))
        st.stop()
    return info


def flash() -> None:
    """Show, once, the message a previous run left for after its rerun (e.g. 'saved')."""
    message = st.session_state.pop(state.FLASH, None)
    if message:
        st.success(message, icon=":material/check_circle:")


def lazy_tabs(labels: list[str], key: str, sections: list[Callable[[], None]]) -> None:
    """Tabs that stay on the open one across reruns (a search, a save) and compute only it."""
    tabs = st.tabs(labels, key=key, on_change="rerun")
    for tab, section in zip(tabs, sections, strict=True):
        if tab.open:
            with tab:
                section()


def labelled(frame: pl.DataFrame, column: str, prefix: str, alias: str = "label") -> pl.DataFrame:
    """Add ``alias``: the translated label ``<prefix>.<value>`` of each value of ``column``."""
    values = frame.get_column(column).cast(pl.String).drop_nulls().unique().to_list()
    mapping = {value: t(f"{prefix}.{value}") for value in values}
    label = (
        pl.col(column).cast(pl.String).replace_strict(mapping, default=None, return_dtype=pl.String)
    )
    return frame.with_columns(label.alias(alias))


def dataset_picker(key: str = state.DATASET_PICK) -> None:
    """Choose the active dataset. The widget follows the store, so a load elsewhere wins."""
    store = cache.store()
    datasets = store.list()
    active = store.active()
    if not datasets:
        return
    ids = [d.id for d in datasets]
    names = {d.id: d.name for d in datasets}
    st.session_state[key] = active.id if active and active.id in ids else ids[0]
    st.selectbox(
        t("data.choose"),
        ids,
        format_func=names.__getitem__,
        key=key,
        on_change=_activate,
        args=(key,),
    )


def _activate(key: str) -> None:
    store = cache.store()
    chosen = st.session_state[key]
    store.set_active(chosen)
    info = store.get(chosen)
    st.session_state[state.FLASH] = t("data.activated", name=info.name if info else chosen)
