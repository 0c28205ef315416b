"""Shared widgets and page frame. Each widget owns its session-state key (see app.state)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

import polars as pl
import streamlit as st

from app import cache, state
from core import fmt, settings
from core.ambassadors.roster import Roster
from core.datasets import DatasetInfo
from core.i18n import LOCALE_NAMES, LOCALES, normalise
from core.i18n import t as translate
from core.i18n import tn as translate_plural

_log = logging.getLogger("employer_radar")
PRESENTATION_CSS = Path(__file__).with_name("presentation.css")


def lang() -> str:
    """The interface locale chosen in the sidebar (:data:`core.i18n.LOCALES`); 'nl' and 'en'
    from older settings or tests map onto nl_NL and en."""
    return (
        normalise(st.session_state.get(state.LANG))
        or normalise(settings.get("language"))
        or LOCALES[0]
    )


def t(message: str, **values: object) -> str:
    """``message`` in the current interface language (:func:`core.i18n.t`)."""
    return translate(message, lang(), **values)


def tn(singular: str, plural: str, number: int, **values: object) -> str:
    """The singular or plural of a message for ``number`` (:func:`core.i18n.tn`)."""
    return translate_plural(singular, plural, number, lang(), **values)


def language_switch(key: str = state.LANG) -> str:
    """The language switch in the sidebar: Dutch (Netherlands or Belgium), French (Belgium),
    English. Returns the chosen interface locale."""
    st.session_state[key] = normalise(st.session_state.get(key)) or lang()
    st.sidebar.selectbox(
        translate("Language", st.session_state[key]),
        LOCALES,
        format_func=LOCALE_NAMES.__getitem__,
        key=key,
    )
    return st.session_state[key]


def dataset_badge(info: DatasetInfo | None) -> None:
    """The active dataset, in the sidebar."""
    box = st.sidebar.container(border=True)
    box.caption(t("Active dataset"))
    if info is None:
        box.write(t("No dataset loaded."))
        return
    o = cache.dataset_overview(info)
    box.markdown(f"**{fmt.plain(info.name)}**")
    box.caption(
        tn(
            "{posts} post · {start} – {end}",
            "{posts} posts · {start} – {end}",
            o.posts,
            posts=fmt.number(o.posts, lang()),
            start=fmt.day(o.start, lang()),
            end=fmt.day(o.end, lang()),
        )
    )
    st.sidebar.caption(
        ":material/lock: " + t("Your data stays on this computer. Nothing is sent anywhere.")
    )


@contextmanager
def guarded(where: str, container=st) -> Iterator[None]:
    """Run a block; on any error, log it and show a friendly message instead of a traceback.

    Streamlit's own rerun/stop signals are BaseExceptions and pass through untouched.
    """
    try:
        yield
    except (Exception, pl.exceptions.PanicException):  # a panic inside polars is no Exception
        _log.exception("%s failed", where)
        container.error(
            t(
                "Something went wrong on this page. Your data was not changed. Try "
                "again, or choose another dataset on the Data page. (Details are in "
                "the log.)"
            ),
            icon=":material/error:",
        )


def presentation_switch() -> bool:
    """The presentation-mode switch: in the sidebar normally, at the top of the page while
    presenting (the sidebar is hidden then). Returns whether the mode is on."""
    where = st.container() if st.session_state.get(state.PRESENT) else st.sidebar
    on = where.toggle(
        t("Presentation mode"),
        key=state.PRESENT,
        help=t(
            "For a projector: hides the sidebar and the controls and enlarges the headline "
            "numbers and charts. Switch it off to get the page back as it was."
        ),
    )
    if on:
        st.html(f"<style>{PRESENTATION_CSS.read_text(encoding='utf-8')}</style>")
    return on


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
        st.info(t("No dataset is active yet. Choose one on the Data page."))
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


def labelled(
    frame: pl.DataFrame, column: str, names: dict[str, str], alias: str = "label"
) -> pl.DataFrame:
    """Add ``alias``: each value of ``column`` under its translated name from ``names`` (a
    :mod:`core.labels` table); a value without a name shows as itself."""
    values = frame.get_column(column).cast(pl.String).drop_nulls().unique().to_list()
    mapping = {value: t(names[value]) if value in names else value for value in values}
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
        t("Choose the active dataset"),
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
    st.session_state[state.FLASH] = t(
        "**{name}** is now the active dataset.", name=fmt.plain(info.name if info else chosen)
    )


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


def quote(text: str | None, *meta: object) -> None:
    """A post quoted on a page: its text, then who, where and when, all shown as text
    (:func:`core.fmt.plain`): nothing from a file becomes HTML, a link or an image."""
    st.markdown("> " + (fmt.plain(text, one_line=True) or "—"))
    parts = [
        fmt.day(m, lang()) if isinstance(m, date) else fmt.plain(m, one_line=True)
        for m in meta
        if m not in (None, "")
    ]
    if parts:
        st.caption(" · ".join(parts))


def people(info: DatasetInfo) -> list[dict]:
    """The roster's records; an unreadable roster is empty (a page must not break on it, and
    under the privacy rule an empty roster hides every employee: it never shows more)."""
    try:
        return roster(info).all()
    except Exception:
        logging.getLogger(__name__).exception("roster unreadable")
        return []
