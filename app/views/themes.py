"""Sections of the Themes page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import partial

import numpy as np
import polars as pl
import streamlit as st

from app import cache, state
from app.components import lang, people, quote, t, tn
from core import charts, concepts, export, fmt, settings, vocab
from core.datasets import DatasetInfo
from core.i18n import N_
from core.themes import summary
from core.themes.pipeline import project

GRANULARITY = {0.5: N_("far fewer"), 0.75: N_("fewer"), 1.0: N_("automatic")}
GRANULARITY |= {1.5: N_("more"), 2.0: N_("far more")}
MAP_POSTS = 4000
MAP_COLOURS = 12


def controls() -> tuple[float, float]:
    labels = {g: t(key) for g, key in GRANULARITY.items()}
    left, right = st.columns(2)
    granularity = left.select_slider(
        t("Number of main themes"),
        list(GRANULARITY),
        value=1.0,
        format_func=labels.__getitem__,
        key=state.THEMES_GRANULARITY,
        help=t(
            "Automatic picks 6 to 15 main themes, the number at which the "
            "sub-themes fit their own main theme best (silhouette). Fewer joins "
            "related main themes, more splits them. The sub-themes and the "
            "reading of meaning stay the same, so this is instant."
        ),
    )
    budget = right.slider(
        t("At most unassigned"),
        0,
        30,
        10,
        step=5,
        format="%d%%",
        key=state.THEMES_BUDGET,
        help=t(
            "Posts that fit no theme well may stay outside the themes, but never "
            "more than this share. 0% assigns everything."
        ),
    )
    return float(granularity), budget / 100


def headline(result: cache.Themed) -> None:
    c = result.themes.clustering
    main = result.posts.get_column("main_theme").drop_nulls().n_unique()
    fine = result.posts.get_column("theme").drop_nulls().n_unique()
    a, b, d, e = st.columns(4)
    a.metric(t("Main themes"), fmt.number(main, lang()))
    b.metric(t("Sub-themes"), fmt.number(fine, lang()))
    d.metric(t("Posts"), fmt.number(result.posts.height, lang()))
    e.metric(t("Unassigned"), fmt.percent(c.unassigned, lang()))
    st.caption(
        t(
            "Model: {model}. Automatic choice: {auto} main themes holding {fine} "
            "sub-themes. {encoded} new texts read; done in {seconds} s (texts "
            "read before come from the cache).",
            model=result.themes.model_id.split("|")[0],
            auto=fmt.number(result.themes.grouping.k_auto, lang()),
            fine=fmt.number(c.k_auto, lang()),
            encoded=fmt.number(result.themes.encoded, lang()),
            seconds=fmt.number(round(result.seconds, 1), lang()),
        )
    )


def model_hint(result: cache.Themed) -> None:
    """The bundled model reads English; say so when most posts are not (and what to do)."""
    if settings.get("model") != "bundled" or "language" not in result.posts.columns:
        return
    languages = result.posts.get_column("language").drop_nulls()
    if languages.len() == 0:
        return
    other = float((languages != "en").mean())
    if other >= 0.3:
        st.info(
            t(
                "{share} of the posts are not in English, and the bundled model "
                "(all-MiniLM-L6-v2) reads English: it groups Dutch text mostly by "
                "shared words. A multilingual model (setting `model`, e.g. "
                "paraphrase-multilingual-MiniLM-L12-v2 in a local folder) gives "
                "themes closer to the meaning.",
                share=fmt.percent(other, lang(), 0),
            ),
            icon=":material/translate:",
        )


@dataclass(frozen=True)
class Table:
    rows: pl.DataFrame
    """Main themes, one row each, with ``subs`` (how many sub-themes)."""
    rate: str | None
    fine: pl.DataFrame
    """Sub-themes, one row each, with ``main_theme``."""


def theme_table(result: cache.Themed, info: DatasetInfo) -> Table:
    """The main themes and sub-themes as tables, kept per themes version (a rerun for a widget
    elsewhere on the page does not group a million posts again)."""
    return cache.computed((result.version, info.own_employer), _theme_table, result, info)


def _theme_table(result: cache.Themed, info: DatasetInfo) -> Table:
    posts = result.posts
    rows, rate = summary.table(summary.at_level(posts, "main"), info.own_employer)
    fine, _ = summary.table(posts, info.own_employer)
    if not fine.is_empty():
        parents = posts.group_by("theme").agg(pl.col("main_theme").mode().first())
        fine = fine.join(parents, on="theme", how="left")
        subs = fine.group_by("main_theme").len("subs").rename({"main_theme": "theme"})
        rows = rows.join(subs, on="theme", how="left")
    return Table(rows, rate, fine)


@dataclass(frozen=True)
class Level:
    """One level of themes as the page shows it."""

    name: str
    """``main`` or ``fine``."""
    column: str
    """The posts' column of shown theme numbers."""
    raw: np.ndarray
    """The clustering's theme per post (before merges)."""
    centroids: np.ndarray
    keywords: dict[int, list[str]]
    examples: dict[int, list[int]]


def level(result: cache.Themed, name: str) -> Level:
    found = result.themes
    if name == "main":
        return Level(
            name,
            "main_theme",
            found.main_labels,
            found.main_centroids,
            found.main_keywords,
            found.main_examples,
        )
    return Level(
        name, "theme", found.labels, found.clustering.centroids, found.keywords, found.examples
    )


def overview(result_table: Table, info: DatasetInfo) -> None:
    if result_table.rows.is_empty():
        st.info(t("No themes: the posts have no text."))
        return
    _theme_rows(result_table.rows, result_table.rate, info, subs=True)
    fine = result_table.fine
    mains = result_table.rows
    if fine.is_empty() or fine.height <= mains.height:
        return
    names = dict(zip(mains.get_column("theme"), mains.get_column("theme_name"), strict=True))
    chosen = st.selectbox(
        t("Show the sub-themes of"),
        list(names),
        format_func=names.__getitem__,
        key=state.THEMES_OPEN,
    )
    if chosen is not None:
        st.caption(
            t("Sub-themes of ‘{name}’ (share: of all posts).", name=fmt.plain(names[chosen]))
        )
        _theme_rows(
            fine.filter(pl.col("main_theme") == chosen), result_table.rate, info, subs=False
        )


def _theme_rows(table: pl.DataFrame, rate: str | None, info: DatasetInfo, subs: bool) -> None:

    def pct(column: str, digits: int = 0, signed: bool = False) -> pl.Series:
        values = table.get_column(column).to_list()
        text = [fmt.percent(v, lang(), digits) if v is not None else "—" for v in values]
        if signed:
            text = [
                ("+" + x if v is not None and v > 0 else x)
                for x, v in zip(text, values, strict=True)
            ]
        return pl.Series(column, text, dtype=pl.String)

    shown = table.select(
        "theme_name",
        *(["subs"] if subs and "subs" in table.columns else []),
        "posts",
        pct("share", 1),
        pct("median_rate", 2),
        pct("positive"),
        pct("negative"),
        pct("own_share"),
        pl.col("top_platform")
        .cast(pl.String)
        .replace_strict(
            {p: t(vocab.PLATFORM[p]) for p in table.get_column("top_platform").cast(pl.String)},
            default=pl.col("top_platform").cast(pl.String),
        ),
        "trend",
        pct("change", 0, signed=True),
    )
    right = {"alignment": "right"}
    st.dataframe(
        shown,
        hide_index=True,
        width="stretch",
        height=min(38 + 35 * len(shown), 560),
        column_config={
            "theme_name": st.column_config.TextColumn(
                t("Theme") if subs else t("Sub-theme"), width="large"
            ),
            "subs": st.column_config.NumberColumn(
                t("Sub-themes"),
                help=t("How many sub-themes this main theme holds; pick it below to see them."),
                format="localized",
            ),
            "posts": st.column_config.NumberColumn(t("Posts"), format="localized"),
            "share": st.column_config.TextColumn(t("Share"), **right),
            "median_rate": st.column_config.TextColumn(
                t("Median ER"),
                help=t(
                    "Median {rate} of the theme's posts.",
                    rate=t(vocab.METRIC[rate]) if rate else "—",
                ),
                **right,
            ),
            "positive": st.column_config.TextColumn(t("Positive"), **right),
            "negative": st.column_config.TextColumn(t("Negative"), **right),
            "own_share": st.column_config.TextColumn(
                t("About {own}", own=info.own_employer or "—"), **right
            ),
            "top_platform": st.column_config.TextColumn(t("Mostly on")),
            "trend": st.column_config.LineChartColumn(t("Per month"), y_min=0),
            "change": st.column_config.TextColumn(
                t("Last 90 days"),
                help=t("Posts in the last 90 days compared with the 90 days before."),
                **right,
            ),
        },
    )


def detail(result: cache.Themed, result_table: Table) -> None:
    table = result_table.rows
    if table.is_empty():
        return
    options = table.get_column("theme").to_list()
    names = dict(zip(options, table.get_column("theme_name").to_list(), strict=True))
    chosen = st.selectbox(
        t("Main theme"), options, format_func=names.__getitem__, key=state.THEMES_PICK
    )
    if chosen is None:
        return
    fine = result_table.fine.filter(pl.col("main_theme") == chosen)
    sub = None
    if fine.height > 1:
        sub_names = dict(zip(fine.get_column("theme"), fine.get_column("theme_name"), strict=True))
        labels = {
            -1: tn(
                "The whole main theme ({n} sub-theme)",
                "The whole main theme ({n} sub-themes)",
                len(sub_names),
                n=len(sub_names),
            ),
            **sub_names,
        }
        sub = st.selectbox(
            t("Sub-theme"),
            list(labels),
            format_func=labels.__getitem__,
            key=f"{state.THEMES_PICK_SUB}.{chosen}",
        )
    if sub is None or sub < 0:
        row = table.filter(pl.col("theme") == chosen).row(0, named=True)
        _show(result, level(result, "main"), chosen, row, names)
    else:
        row = fine.filter(pl.col("theme") == sub).row(0, named=True)
        _show(result, level(result, "fine"), sub, row, sub_names)


def _show(result: cache.Themed, at: Level, chosen: int, row: dict, names: dict[int, str]) -> None:
    members = _members(result, at, chosen)
    words: list[str] = []
    for m in members:
        words += [w for w in at.keywords.get(m, []) if w not in words]
    shown = ", ".join(fmt.plain(w) for w in words[:12])  # words from the texts: shown as text
    st.markdown(("**" + t("Distinctive words") + ":** ") + shown)
    st.caption(
        tn(
            "{posts} post, {share} of all posts.",
            "{posts} posts, {share} of all posts.",
            row["posts"],
            posts=fmt.number(row["posts"], lang()),
            share=fmt.percent(row["share"], lang()),
        )
    )
    st.markdown("**" + t("Typical posts") + "**")
    for m in members:
        for index in at.examples.get(m, []):
            post = result.posts.row(index, named=True)
            name = post.get("platform")
            platform = t(vocab.PLATFORM[name]) if name in vocab.PLATFORM else name or "—"
            quote(post["text"], post["employer"], platform, post["published_at"].date())
    mine = result.posts.filter(pl.col(at.column) == chosen)
    left, right = st.columns(2)
    with left:
        st.markdown("**" + t("By platform") + "**")
        by = mine.group_by("platform").len("posts").sort("posts", descending=True)
        by = by.with_columns(
            pl.col("platform")
            .cast(pl.String)
            .replace_strict(
                {p: t(vocab.PLATFORM[p]) for p in by.get_column("platform").cast(pl.String)},
                default=pl.col("platform").cast(pl.String),
            )
        )
        st.altair_chart(
            charts.bar(by, "platform", "posts", (t("Platform"), t("Posts")), lang()),
            width="stretch",
        )
    with right:
        st.markdown("**" + t("By employer") + "**")
        by = (
            mine.with_columns(pl.col("employer").fill_null(t("(none)")))
            .group_by("employer")
            .len("posts")
            .sort("posts", descending=True)
        )
        st.altair_chart(
            charts.bar(by, "employer", "posts", (t("Employer"), t("Posts")), lang()),
            width="stretch",
        )
    monthly = (
        mine.with_columns(pl.col("published_at").dt.truncate("1mo").alias("month"))
        .group_by("month")
        .len("posts")
        .sort("month")
        .with_columns(pl.lit(row["theme_name"]).alias("theme_name"))
    )
    st.altair_chart(
        charts.lines(monthly, "month", "posts", "theme_name", (t("Month"), t("Posts")), lang()),
        width="stretch",
    )
    edit(result, at, chosen, names)


def _members(result: cache.Themed, at: Level, shown: int) -> list[int]:
    """The clustering's themes shown as ``shown`` (more than one after a merge)."""
    shown_of = result.posts.get_column(at.column).to_numpy()
    keep = (at.raw >= 0) & (shown_of == shown)
    return sorted({int(x) for x in at.raw[keep]})


def edit(result: cache.Themed, at: Level, chosen: int, names: dict[int, str]) -> None:
    """Rename, merge, or undo: stored with the themes' centres so it survives a re-run.

    Plain widgets with keys, not a form: what is typed is kept in the session the moment the
    field loses focus, so a rerun for any other reason never puts the old name back.
    """
    store = cache.theme_names(result.dataset)
    applied = store.apply(result.themes.model_id, at.centroids, level=at.name)
    key = f"{state.THEMES_EDIT}.{at.name}.{chosen}"
    if f"{key}.name" not in st.session_state:
        st.session_state[f"{key}.name"] = names[chosen]
    with st.container(border=True):
        st.markdown("**" + t("Name and merge") + "**")
        new_name = st.text_input(t("Name"), max_chars=80, key=f"{key}.name")
        others = [o for o in names if o != chosen]
        merge = st.multiselect(
            t("Merge with"),
            others,
            format_func=names.__getitem__,
            help=t("The chosen themes become part of this theme, under the name above."),
            placeholder=t("Choose themes"),
            key=f"{key}.merge",
        )
        save = st.button(t("Save"), type="primary", key=f"{key}.save")
    if save:
        if not new_name.strip():
            st.error(t("Give the theme a name."))
            return
        members = [m for s in [chosen, *merge] for m in _members(result, at, s)]
        replaces = [applied.decision[s] for s in [chosen, *merge] if s in applied.decision]
        store.save(
            result.themes.model_id,
            new_name,
            at.centroids[members],
            replaces=replaces,
            level=at.name,
        )
        st.session_state.pop(f"{key}.merge", None)
        st.session_state[state.FLASH] = t(
            "Saved: ‘{name}’. The name stays through a re-run and through new data that overlaps.",
            name=new_name.strip(),
        )
        st.rerun()
    if chosen in applied.decision and st.button(
        t("Back to the automatic name (and undo the merge)"),
        icon=":material/undo:",
        key=f"{key}.reset",
    ):
        store.forget(applied.decision[chosen])
        st.session_state.pop(f"{key}.name", None)
        st.session_state[state.FLASH] = t("Automatic name restored.")
        st.rerun()


def theme_map(result: cache.Themed) -> None:
    posts = result.posts
    assigned = np.where(posts.get_column("theme").is_not_null().to_numpy())[0]
    if len(assigned) == 0:
        st.info(t("No themes: the posts have no text."))
        return
    rng = np.random.default_rng(7)
    sample = np.sort(rng.choice(assigned, size=min(MAP_POSTS, len(assigned)), replace=False))
    base = result.themes.base
    xy = project(base.space[base.inverse[sample]], result.themes.clustering.centroids)
    frame = summary.at_level(posts[sample], "main").select(
        "theme", "theme_name", "text", "employer"
    )
    top = posts.get_column("main_theme").drop_nulls().value_counts(sort=True).head(MAP_COLOURS)
    top = top["main_theme"]
    frame = frame.with_columns(
        pl.when(pl.col("theme").is_in(top.to_list()))
        .then(pl.col("theme_name"))
        .otherwise(pl.lit(t("other themes")))
        .alias("theme_name"),
        pl.col("text").str.slice(0, 160),
        pl.Series("x", xy[:, 0]),
        pl.Series("y", xy[:, 1]),
    )
    st.caption(
        t(
            "{shown} posts; each dot is a post, close together = alike. Colour "
            "for the {top} largest themes. Point at a dot for its text; scroll "
            "to zoom.",
            shown=fmt.number(len(sample), lang()),
            top=MAP_COLOURS,
        )
    )
    titles = {
        "theme_name": t("Theme"),
        "text": t("Text"),
        "employer": t("Employer"),
    }
    st.altair_chart(charts.theme_map(frame, titles), width="stretch")


def search_box(result: cache.Themed) -> None:
    query = st.text_input(
        t("Find posts that mean the same as…"),
        key=state.THEMES_QUERY,
        placeholder=t("e.g. too much overtime"),
    )
    if not query.strip():
        st.caption(
            t(
                "Type a sentence: you get the 20 posts closest to it in meaning, "
                "even when they use other words."
            )
        )
        return
    vector = cache.embedder().embed([query.strip()])[0]
    language = concepts.language(query.strip())
    index, scores = result.themes.base.nearest(vector, language, top=20)
    if len(index) == 0:
        st.info(t("Nothing found."))
        return
    found = (
        result.posts[index]
        .select("text", "main_theme_name", "theme_name", "employer", "platform", "published_at")
        .with_columns(
            pl.Series("score", scores * 100),
            pl.col("platform")
            .cast(pl.String)
            .replace_strict(
                {
                    p: t(vocab.PLATFORM[p])
                    for p in result.posts.get_column("platform")
                    .cast(pl.String)
                    .unique()
                    .drop_nulls()
                },
                default=None,
            ),
            pl.col("published_at").dt.date(),
        )
    )
    st.dataframe(
        found,
        hide_index=True,
        width="stretch",
        column_config={
            "score": st.column_config.ProgressColumn(
                t("Similarity"), format="%.0f%%", min_value=0, max_value=100
            ),
            "text": st.column_config.TextColumn(t("Text"), width="large"),
            "main_theme_name": t("Theme"),
            "theme_name": t("Sub-theme"),
            "employer": t("Employer"),
            "platform": t("Platform"),
            "published_at": st.column_config.DateColumn(t("Date"), format="DD-MM-YYYY"),
        },
        column_order=[
            "score",
            "text",
            "main_theme_name",
            "theme_name",
            "employer",
            "platform",
            "published_at",
        ],
    )


def download(result: cache.Themed, result_table: Table, info: DatasetInfo | None = None) -> None:
    table = result_table.rows
    # The privacy rule of the pages, in the file too: employees without recorded consent are
    # a pseudonym there, never their name or handle.
    consent = concepts.consented_handles(people(info)) if info is not None else set()
    shown = concepts.private(result.posts, consent, t("employee"))
    posts = shown.select(
        "post_id",
        pl.col("published_at").dt.replace_time_zone(None),
        pl.col("platform").cast(pl.String),
        "employer",
        "author_name",
        "text",
        "main_theme",
        "main_theme_name",
        "theme",
        "theme_name",
        "url",
    ).with_columns(
        (pl.col("theme") + 1).alias("theme"), (pl.col("main_theme") + 1).alias("main_theme")
    )
    overview_sheet = (
        table.drop("trend").with_columns((pl.col("theme") + 1).alias("theme"))
        if not table.is_empty()
        else table
    )
    fine_sheet = (
        result_table.fine.drop("trend").with_columns(
            (pl.col("theme") + 1).alias("theme"), (pl.col("main_theme") + 1).alias("main_theme")
        )
        if not result_table.fine.is_empty()
        else result_table.fine
    )
    left, right = st.columns(2)
    stamp = f"{date.today():%Y%m%d}"
    left.download_button(
        t("Posts with theme (CSV)"),
        partial(export.to_csv, posts),
        f"themes-posts-{stamp}.csv",
        "text/csv",
        icon=":material/download:",
    )
    right.download_button(
        t("Themes and posts (Excel)"),
        partial(
            export.to_xlsx, {"themes": overview_sheet, "sub-themes": fine_sheet, "posts": posts}
        ),
        f"themes-{stamp}.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        icon=":material/download:",
        type="primary",
    )
