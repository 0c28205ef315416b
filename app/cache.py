"""All caching lives here: the dataset store as a resource, collected frames as data, the
sentence model, the labels and the themes.

Keys are cheap values (data folder path, dataset id, file mtime, model), never the frames
themselves. Streamlit's caches hold a lock per key, so two sessions asking for the same result
wait for one computation (the themes of a dataset are never embedded twice at once).
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import polars as pl
import streamlit as st

from app import background
from core import derived, scopes, settings
from core.ambassadors.roster import Roster
from core.datasets import DatasetInfo, DatasetStore, employer_names
from core.embed import Embedder, EmbeddingCache, embedder_for
from core.findings import Finding, findings
from core.i18n import t
from core.listening import reputation, sentiment
from core.listening.queue import QueueStore
from core.overview import Overview, overview
from core.report import Inputs, default_period
from core.themes import summary
from core.themes.overrides import ThemeNames
from core.themes.pipeline import Base, Themes, masked, recut


@st.cache_resource(show_spinner=False)
def _store(root: str) -> DatasetStore:
    store = DatasetStore(Path(root))
    store.clean_up()  # leftovers of a write that was interrupted (a kill, a power cut)
    store.ensure_demo(int(settings.get("demo_seed")))
    return store


@st.cache_resource(max_entries=8, show_spinner=False)
def read_upload(name: str, data: bytes):
    """An uploaded file read once for all the reruns while it sits in the uploader (every click
    on the Data page reruns it): its tables, kept by the file's name and content (#26)."""
    from core.ingest import read_file

    return read_file(name, data)


def store() -> DatasetStore:
    """The dataset store of the configured data folder, with the demo dataset in it."""
    return _store(str(settings.data_dir()))


def active_dataset() -> DatasetInfo | None:
    return store().active()


def organisation_dir(info: DatasetInfo) -> Path:
    """The folder of the dataset's organisation: its roster, queue and theme names
    (:mod:`core.scopes`)."""
    return scopes.folder(store().root, info.own_employer, info.id)


# Frames are kept as resources, not data: the same frame for every session and rerun, never a
# pickled copy per access (a million posts would be copied on every rerun of every page). A
# polars frame cannot be changed in place, so sharing it is safe.
@st.cache_resource(show_spinner=False, max_entries=4)
def _posts(root: str, dataset_id: str, mtime: float) -> pl.DataFrame:  # noqa: ARG001 (mtime: key)
    return DatasetStore(Path(root)).load(dataset_id).collect()


def posts(info: DatasetInfo) -> pl.DataFrame:
    """The post table of a dataset (cached until its file changes)."""
    s = store()
    return _posts(str(s.root), info.id, s.path(info.id).stat().st_mtime)


@st.cache_resource(show_spinner=False, max_entries=4)
def _days(root: str, dataset_id: str, mtime: float) -> pl.DataFrame:  # noqa: ARG001 (mtime: key)
    return DatasetStore(Path(root)).days(dataset_id)


def days(info: DatasetInfo) -> pl.DataFrame:
    """The account figures per day of a dataset, with who-is-who applied (may be empty)."""
    s = store()
    return _days(str(s.root), info.id, s.path(info.id).stat().st_mtime)


@st.cache_resource(show_spinner=False, max_entries=4)
def _visits(root: str, dataset_id: str, mtime: float) -> pl.DataFrame:  # noqa: ARG001 (mtime: key)
    return DatasetStore(Path(root)).visits(dataset_id)


def visits(info: DatasetInfo) -> pl.DataFrame:
    """The careers-site visits of a dataset (web analytics; may be empty)."""
    s = store()
    return _visits(str(s.root), info.id, s.path(info.id).stat().st_mtime)


@st.cache_data(show_spinner=False, max_entries=8)
def _overview(root: str, dataset_id: str, mtime: float) -> Overview:
    return overview(_posts(root, dataset_id, mtime).lazy())


def dataset_overview(info: DatasetInfo) -> Overview:
    s = store()
    return _overview(str(s.root), info.id, s.path(info.id).stat().st_mtime)


@st.cache_resource(show_spinner=False)
def _embedder(model: str, device: str = "auto") -> Embedder:
    return embedder_for(model, device)


def embedder() -> Embedder:
    """The configured sentence model on the configured device, loaded once per process
    (lazily: on the first encode)."""
    return _embedder(settings.get("model"), settings.get("device"))


@st.cache_resource(show_spinner=False, max_entries=4)
def _labelled(
    root: str, dataset_id: str, mtime: float, model: str, names: tuple[str, ...]
) -> tuple[pl.DataFrame, dict]:
    return derived.labelled(
        Path(root),
        dataset_id,
        mtime,
        _posts(root, dataset_id, mtime),
        _embedder(model, settings.get("device")),
        EmbeddingCache(settings.embedding_cache_dir()),
        list(names),
    )


def embedded_texts(info: DatasetInfo, frame: pl.DataFrame) -> list[str]:
    """The distinct texts the Themes page and sentiment embed: employer names, handles and
    links left out (:func:`core.themes.pipeline.masked`, the whole column at once), empty ones
    dropped."""
    texts = frame.get_column("text").drop_nulls().unique()
    cleaned = masked(texts, employer_names(info, frame)).unique()
    return cleaned.filter(cleaned != "").to_list()


_read: set[tuple] = set()
"""Dataset versions (and models) whose texts are all in the embedding cache: the cache only
grows, so they stay read, and :func:`reading` need not look again."""


def _kept(info: DatasetInfo, mtime: float) -> bool:
    """Whether the fine themes of this dataset version are kept for this model
    (:mod:`core.derived`): they were found from the embedding of every text this page set
    embeds, and the embedding cache only grows, so the texts are read — known without reading
    a million texts to ask the cache."""
    version = derived.Version(store().root, info.id, mtime, embedder().model_id)
    return version.path("themes", "npy").exists()


def reading(info: DatasetInfo) -> background.Job | None:
    """The background job reading this dataset's texts, when there are more new texts than a
    page should wait for (started here if needed); None when they can be read at once."""
    s = store()
    mtime = s.path(info.id).stat().st_mtime
    key = ("encode", str(s.root), info.id, mtime, settings.get("model"))
    if key in _read:
        return None
    running = background.job(key)
    if running is not None:
        return None if running.finished and running.error is None else running
    if _kept(info, mtime):
        _read.add(key)
        return None
    texts = embedded_texts(info, _posts(str(s.root), info.id, mtime))
    cache = EmbeddingCache(settings.embedding_cache_dir())
    missing = cache.missing(texts, embedder().model_id)
    if missing == 0:
        _read.add(key)
    if missing <= background.INLINE:
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


# --- Themes -------------------------------------------------------------------------------

THEMES_KEEP = 3
"""Datasets whose themes are kept in memory (each holds one vector per distinct text: 1.5 KiB
each, ~150 MB at 100,000 distinct texts). The fine themes are also kept on disk
(:mod:`core.derived`)."""


@dataclass(frozen=True)
class Themed:
    """A dataset's themes at one granularity and outlier budget, applied to its posts."""

    themes: Themes
    posts: pl.DataFrame
    """The dataset's posts with ``theme``/``theme_name`` and ``main_theme``/``main_theme_name``."""
    seconds: float
    dataset: DatasetInfo
    """Whose themes these are: names and merges are kept with its organisation."""
    version: tuple = ()
    """What ``posts`` depend on (dataset version, model, names, settings, language): a key for
    results computed from them (:func:`computed`)."""


_computed: set[tuple] = set()
"""Keys of the fine themes computed in this process (for :func:`themes_ready`)."""


def _themes_key(info: DatasetInfo) -> tuple:
    s = store()
    return (str(s.root), info.id, s.path(info.id).stat().st_mtime, settings.get("model"))


@st.cache_resource(show_spinner=False, max_entries=THEMES_KEEP)
def _fine_themes(root: str, dataset_id: str, mtime: float, model: str) -> tuple[Base, float]:
    """The fine themes of one dataset version, once per process: Streamlit's lock per key
    makes a second session wait for the first instead of embedding the same texts again."""
    started = time.monotonic()
    info = DatasetStore(Path(root)).get(dataset_id)
    posts = labelled(info)[0].drop("sentiment_source")
    base = derived.fine_themes(
        Path(root),
        dataset_id,
        mtime,
        posts,
        _embedder(model, settings.get("device")),
        EmbeddingCache(settings.embedding_cache_dir()),
        employer_names(info, posts),
    )
    return base, time.monotonic() - started


@st.cache_resource(show_spinner=False, max_entries=2 * THEMES_KEEP)
def _cut(key: tuple, granularity: float, budget: float) -> tuple[Themes, pl.DataFrame, float]:
    """A re-cut of the fine themes into main themes (no embedding, no clustering)."""
    base, seconds = _fine_themes(*key)
    info = store().get(key[1])
    posts = labelled(info)[0].drop("sentiment_source")
    return recut(base, granularity, budget), posts, seconds


def theme_names(info: DatasetInfo) -> ThemeNames:
    """The theme names and merges of the dataset's organisation (:mod:`core.scopes`)."""
    return ThemeNames(organisation_dir(info) / "themes.json")


def _themed(info: DatasetInfo, key: tuple, granularity: float, budget: float, lang: str) -> Themed:
    found, posts, seconds = _cut(key, granularity, budget)
    store_ = theme_names(info)
    applied = store_.apply(found.model_id, found.clustering.centroids)
    applied_main = store_.apply(found.model_id, found.main_centroids, level="main")
    sub, main = t("Sub-theme", lang), t("Theme", lang)
    assigned = summary.assign(posts, found, applied, sub, applied_main, main)
    read = reading(info) is None
    return Themed(found, assigned, seconds, info, (*version(info), granularity, budget, lang, read))


def themes_ready(
    info: DatasetInfo, lang: str, granularity: float = 1.0, budget: float = 0.1
) -> Themed | None:
    """The themes if they were computed already in this process, else None: never embeds or
    clusters (a re-cut for other settings is cheap and is made). Stored names are applied."""
    key = _themes_key(info)
    if key not in _computed:
        return None
    return _themed(info, key, granularity, budget, lang)


def themes(
    info: DatasetInfo, lang: str, granularity: float = 1.0, budget: float = 0.1
) -> Themed | None:
    """The dataset's themes, computed the first time (under a spinner).

    None while many new texts are read in the background (:func:`reading`): the page shows
    that job's progress and comes back here when it is done."""
    key = _themes_key(info)
    if key not in _computed:
        if reading(info) is not None:
            return None
        with st.spinner(t("Finding themes…", lang)):
            _fine_themes(*key)
        _computed.add(key)
    return _themed(info, key, granularity, budget, lang)


def with_themes(info: DatasetInfo, lang: str) -> pl.DataFrame | None:
    """Posts with their *main* theme as ``theme``/``theme_name`` (sub-theme as ``sub_theme``/
    ``sub_theme_name``) for other pages, when the themes were computed already."""
    result = themes_ready(info, lang)
    if result is None:
        return None
    return summary.at_level(
        result.posts.with_columns(
            pl.col("theme").alias("sub_theme"), pl.col("theme_name").alias("sub_theme_name")
        ),
        "main",
    )


# --- What stands out -----------------------------------------------------------------------


def _stamp(path: Path) -> float:
    return path.stat().st_mtime if path.exists() else 0.0


def _findings_inputs(root: str, dataset_id: str) -> tuple[DatasetInfo, dict]:
    """What :func:`core.findings.findings` reads, from the caches: the labelled posts, the
    roster, the queue and the visits."""
    info = DatasetStore(Path(root)).get(dataset_id)
    folder = organisation_dir(info)
    try:
        roster = Roster(folder / "ambassadors.json").all()
        entries = QueueStore(folder / "listening.json").entries()
    except Exception:  # an unreadable store must not take the Start page down
        roster, entries = [], {}
    posts = labelled(info)[0]
    return info, {"posts": posts, "entries": entries, "roster": roster, "visits": visits(info)}


def _found(info: DatasetInfo, tz: str, inputs: dict) -> list[Finding]:
    return findings(
        inputs["posts"],
        info.own_employer,
        list(info.competitors),
        tz,
        entries=inputs["entries"],
        roster=inputs["roster"],
        visits=inputs["visits"],
    )


@st.cache_data(show_spinner=False, max_entries=8)
def _findings(
    root: str,
    dataset_id: str,
    mtime: float,  # noqa: ARG001 (a key, as are the stamps)
    tz: str,
    roster_stamp: float,  # noqa: ARG001
    queue_stamp: float,  # noqa: ARG001
    read: bool,  # noqa: ARG001 (sentiment from meaning once the texts are read)
) -> list[Finding]:
    info, inputs = _findings_inputs(root, dataset_id)
    return _found(info, tz, inputs)


FINDINGS_INLINE = 100_000
"""Up to this many posts the findings are worked out while Start is drawn (under half a
second); above, in a thread shared by every session, while Start shows everything else."""
_FOUND: dict[tuple, list[Finding] | None] = {}
"""Findings worked out in the background, by key (None: being worked out)."""
_FOUND_LOCK = threading.Lock()


def _find_in_background(key: tuple, info: DatasetInfo, tz: str, inputs: dict) -> None:
    def work() -> None:
        try:
            found = _found(info, tz, inputs)
        except Exception:  # logged without data; Start then shows no findings, never a trace
            logging.getLogger(__name__).exception("working out the findings failed")
            found = []
        with _FOUND_LOCK:
            _FOUND[key] = found
            while len(_FOUND) > 8:
                _FOUND.pop(next(iter(_FOUND)))

    threading.Thread(target=work, name="findings", daemon=True).start()


def roster_stamp(info: DatasetInfo) -> float:
    """The version of the organisation's ambassador list (its file's time; 0 when none)."""
    return _stamp(organisation_dir(info) / "ambassadors.json")


def what_stands_out(info: DatasetInfo) -> list[Finding] | None:
    """The dataset's findings (:mod:`core.findings`), kept until the dataset, the roster or
    the queue changes. None while they are worked out in the background (large datasets:
    :data:`FINDINGS_INLINE`); ask again."""
    s = store()
    folder = organisation_dir(info)
    key = (
        str(s.root),
        info.id,
        s.path(info.id).stat().st_mtime,
        settings.get("timezone"),
        roster_stamp(info),
        _stamp(folder / "listening.json"),
        reading(info) is None,
    )
    if info.rows <= FINDINGS_INLINE:
        return _findings(*key)
    with _FOUND_LOCK:
        if key in _FOUND:
            return _FOUND[key]
        _FOUND[key] = None
    _find_in_background(key, info, key[3], _findings_inputs(key[0], key[1])[1])
    return None


def clear() -> None:
    """Forget cached frames (after a dataset is rebuilt or replaced)."""
    _posts.clear()
    _days.clear()
    _visits.clear()
    _spikes.clear()
    _memo.clear()
    _read.clear()
    _overview.clear()
    _findings.clear()
    with _FOUND_LOCK:
        _FOUND.clear()
    _labelled.clear()
    _fine_themes.clear()
    _cut.clear()
    _computed.clear()


def report_inputs(info: DatasetInfo, lang: str) -> Inputs:
    """What the one-click report reads, from what the pages have cached: the labelled posts,
    the themes when they are computed in this process (else the report says they are not),
    the visits, account figures, roster and queue; the pages' default period."""
    posts = labelled(info)[0].drop("sentiment_source")
    themed = themes_ready(info, lang)
    folder = organisation_dir(info)
    try:
        roster = Roster(folder / "ambassadors.json").all()
        entries = QueueStore(folder / "listening.json").entries()
    except Exception:  # an unreadable store must not stop the report
        roster, entries = [], {}
    tz = settings.get("timezone")
    start, end = default_period(posts, tz)
    return Inputs(
        info=info,
        posts=posts,
        visits=visits(info),
        days=days(info),
        lang=lang,
        tz=tz,
        start=start,
        end=end,
        themed=themed.posts if themed else None,
        roster=roster,
        entries=entries,
    )


def version(info: DatasetInfo) -> tuple:
    """What a result computed from a dataset depends on: the file's version, the model, and the
    theme names of its organisation (spikes are explained by themes)."""
    s = store()
    names = organisation_dir(info) / "themes.json"
    return (
        str(s.root),
        info.id,
        s.path(info.id).stat().st_mtime,
        settings.get("model"),
        _stamp(names),
    )


@st.cache_data(show_spinner=False, max_entries=32)
def _spikes(
    key: tuple,  # noqa: ARG001 (the dataset version, with the choices below: the cache key)
    themed: bool,  # noqa: ARG001
    tz: str,
    stop: tuple[str, ...],
    _mentions: pl.DataFrame,
    _weeks: pl.DataFrame,
) -> list[reputation.Spike]:
    return reputation.spikes(_mentions, _weeks, tz, list(stop))


def spikes(
    key: tuple, mentions: pl.DataFrame, weeks: pl.DataFrame, tz: str, stop: list[str]
) -> list[reputation.Spike]:
    """:func:`core.listening.reputation.spikes` of one employer's mentions, computed once per
    dataset version (``key``: :func:`version` and the employer), time zone and themes: the words
    and posts behind a spike are read from every mention, which a rerun need not repeat."""
    themed = "theme_name" in mentions.columns
    return _spikes(key, themed, tz, tuple(stop), mentions, weeks)


@st.cache_data(show_spinner=False, max_entries=64)
def _memo(key: tuple, _fn, _args: tuple, _kwargs: dict):  # noqa: ARG001 (key: the cache key)
    return _fn(*_args, **_kwargs)


def computed(key: tuple, fn, *args, **kwargs):
    """``fn(*args, **kwargs)``, kept for the same ``key`` (which must say everything the result
    depends on — the dataset's :func:`version` and the page's choices; the arguments themselves
    are not hashed: hashing a million posts on every rerun would cost what caching saves)."""
    return _memo((fn.__module__, fn.__qualname__, *key), fn, args, kwargs)
