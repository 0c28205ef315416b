"""Shared widgets and page frame. Each widget owns its session-state key (see app.state)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta

import polars as pl
import streamlit as st

from app import cache, state
from core import fmt, settings
from core.ambassadors.roster import Roster
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


def kept_tabs(labels: list[str], key: str) -> list:
    """Tabs that keep their place across reruns, a save and a language switch.

    Streamlit remembers the open tab by its label, and a language switch changes every label:
    so the open tab's position is kept beside it (``<key>.at``) and the label put back from it.
    """
    at = f"{key}.at"
    if st.session_state.get(key) not in labels:
        st.session_state[key] = labels[min(st.session_state.get(at, 0), len(labels) - 1)]
    tabs = st.tabs(labels, key=key, on_change="rerun")
    st.session_state[at] = next((i for i, tab in enumerate(tabs) if tab.open), 0)
    return list(tabs)


def lazy_tabs(labels: list[str], key: str, sections: list[Callable[[], None]]) -> None:
    """:func:`kept_tabs` that compute only the open one."""
    for tab, section in zip(kept_tabs(labels, key), sections, strict=True):
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


# --- shared by several pages --------------------------------------------------------------
RECENT_DAYS = 91
"""The period Listening and Competitors open on: the last 13 weeks of the data."""


def recent(first: date, last: date) -> tuple[date, date]:
    """The default period of the pages that look at a period: the last 13 weeks of the data."""
    return max(first, last - timedelta(days=RECENT_DAYS - 1)), last


def employers_of(info: DatasetInfo, posts: pl.DataFrame) -> list[str]:
    """The own organisation and its competitors; without a brand mapping, the employers named
    most in the data (e.g. a review export's companies)."""
    named = [e for e in [info.own_employer, *info.competitors] if e]
    if named:
        return named
    counts = posts.filter(pl.col("employer").is_not_null()).group_by("employer").len()
    return (
        counts.sort(["len", "employer"], descending=[True, False])
        .head(8)
        .get_column("employer")
        .to_list()
    )


def roster(info: DatasetInfo) -> Roster:
    """The ambassador roster of the dataset's organisation (another organisation's people never
    show)."""
    return Roster(cache.organisation_dir(info) / "ambassadors.json")


def people(info: DatasetInfo) -> list[dict]:
    """The roster's records; an unreadable roster is empty (a page must not break on it, and
    under the privacy rule an empty roster hides every employee: it never shows more)."""
    try:
        return roster(info).all()
    except Exception:
        logging.getLogger(__name__).exception("roster unreadable")
        return []
