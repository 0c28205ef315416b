"""Sections of the Listening page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import altair as alt
import polars as pl
import streamlit as st

from app import cache, state
from app.components import employers_of, lang, people, quote, recent, t, tn
from core import charts, concepts, fmt, settings, vocab
from core.datasets import DatasetInfo
from core.i18n import N_
from core.listening import queue as q
from core.listening import reputation, sentiment, voices
from core.listening.continuity import continuity

AUTO_THEMES = 20_000


@dataclass(frozen=True)
class Setup:
    employer: str
    start: date
    end: date
    previous: tuple[date, date]
    tz: str
    posts: pl.DataFrame
    """All posts, sentiment filled where computed, with ``theme_name`` when themes are known."""
    consent: frozenset[str] = frozenset()
    """Handles of the roster's people with consent (:func:`core.concepts.consented_handles`)."""
    ambassadors: tuple[str, ...] = ()
    """Names in the organisation's roster (they may not own a queue item)."""
    version: tuple = ()
    """The dataset's version (:func:`app.cache.version`): the key of what is cached."""


def controls(info: DatasetInfo, posts: pl.DataFrame) -> Setup | None:
    available = employers_of(info, posts)
    if not available:
        st.info(t("The data names no employer. Say who is who on the Data page."))
        return None
    tz = settings.get("timezone")
    last = posts.get_column("published_at").max().date()
    first = posts.get_column("published_at").min().date()
    left, right = st.columns([2, 3])
    employer = left.selectbox(t("Employer"), available, key=state.LISTEN_EMPLOYER)
    period = right.date_input(
        t("Period"),
        value=recent(first, last),
        min_value=first,
        max_value=last,
        key=state.LISTEN_PERIOD,
        format="DD-MM-YYYY",
    )
    start, end = (period[0], period[-1]) if isinstance(period, tuple) and period else (first, last)
    length = (end - start).days + 1
    previous = (start - timedelta(days=length), start - timedelta(days=1))
    filled = posts  # sentiment filled already (app.cache.labelled)
    # Themes explain spikes and make the Topics tab: computed here for datasets up to
    # AUTO_THEMES posts (seconds once the embeddings are cached); larger ones wait for a click.
    with_themes = cache.with_themes(info, lang())
    if with_themes is None and posts.height <= AUTO_THEMES and cache.themes(info, lang()):
        with_themes = cache.with_themes(info, lang())
    if with_themes is not None:
        filled = filled.join(with_themes.select("post_id", "theme_name"), on="post_id", how="left")
    roster = people(info)
    consent = frozenset(concepts.consented_handles(roster))
    names = tuple(p["name"] for p in roster)
    return Setup(employer, start, end, previous, tz, filled, consent, names, cache.version(info))


def _in(frame: pl.DataFrame, start: date, end: date, tz: str) -> pl.DataFrame:
    day = pl.col("published_at").dt.convert_time_zone(tz).dt.date()
    return frame.filter(day.is_between(start, end))


def sentiment_note(setup: Setup, report: dict, info: DatasetInfo) -> None:
    """Where the mentions' sentiment comes from, and how reliable each source measured."""
    mentions = reputation.mentions(setup.posts, setup.employer)
    counts = dict(mentions.group_by("sentiment_source").len().drop_nulls().iter_rows())
    language = lang()
    running = cache.reading(info) if report.get("reading") else None
    if running is not None:
        st.caption(
            ":material/hourglass_top: "
            + t(
                "Sentiment comes from word lists for now: the texts are being read "
                "in the background ({done} of {total}); then from meaning.",
                done=fmt.number(running.done, language),
                total=fmt.number(running.total, language),
            )
        )
    if not counts or set(counts) == {"export"}:
        return
    parts = []
    if counts.get("export"):
        parts.append(t("{n} from the export", n=fmt.number(counts["export"], language)))
    learned = report.get("learned")
    if counts.get("learned") and learned is not None:
        parts.append(
            t(
                "{n} learned from the {rows} posts with sentiment in this dataset "
                "(cross-validated: {accuracy} right)",
                n=fmt.number(counts["learned"], language),
                rows=fmt.number(learned.rows, language),
                accuracy=fmt.percent(learned.accuracy, language),
            )
        )
    if counts.get("meaning"):
        parts.append(
            t(
                "{n} computed from meaning (example sentences in Dutch, English and "
                "French plus word lists; measured {accuracy} right on Dutch reviews)",
                n=fmt.number(counts["meaning"], language),
                accuracy=fmt.percent(sentiment.MEASURED["meaning"], language, 0),
            )
        )
    if counts.get("lexicon"):
        parts.append(
            t(
                "{n} from word lists only (too many texts to read now; measured {accuracy} right)",
                n=fmt.number(counts["lexicon"], language),
                accuracy=fmt.percent(sentiment.MEASURED["lexicon"], language, 0),
            )
        )
    st.caption(":material/info: " + t("Sentiment of the mentions:") + " " + "; ".join(parts) + ".")


# --- reputation --------------------------------------------------------------------------
def reputation_tab(setup: Setup) -> None:
    everything = reputation.mentions(setup.posts, setup.employer)
    now = _in(everything, setup.start, setup.end, setup.tz)
    before = _in(everything, *setup.previous, setup.tz)
    language = lang()

    def counts(frame):
        s = frame.get_column("sentiment")
        return int((s == "positive").sum()), int((s == "negative").sum())

    pos, neg = counts(now)
    pos0, neg0 = counts(before)
    known = now.get_column("sentiment").drop_nulls().len()
    index, index0 = reputation.bhi(pos, neg), reputation.bhi(pos0, neg0)
    cells = st.columns(4)
    cells[0].metric(
        t("Mentions"),
        fmt.number(now.height, language),
        _delta(now.height, before.height),
        border=True,
    )
    cells[1].metric(
        t("Positive"), fmt.percent(pos / known if known else None, language, 0), border=True
    )
    cells[2].metric(
        t("Negative"), fmt.percent(neg / known if known else None, language, 0), border=True
    )
    cells[3].metric(
        t("Brand Health Index"),
        fmt.percent(index, language, 0),
        # ASCII minus: Streamlit colours a delta red by its leading '-'
        fmt.points(index - index0, language, 0, "-")
        if index is not None and index0 is not None
        else None,
        help=t(
            "Positive ÷ (positive + negative), of the period's mentions; the "
            "change is against the period before, in percentage points."
        ),
        border=True,
    )
    weeks = reputation.weekly(everything, setup.tz)
    if weeks.is_empty():
        st.info(t("No mentions in this period."))
        return
    st.altair_chart(_weekly_chart(weeks), width="stretch")
    st.caption(
        t(
            "Mentions per week (everyone but the own accounts), by sentiment. "
            "Dashed line: the expectation (median of the 8 weeks before). ▲ = "
            "spike: clearly more mentions, or more negative ones, than expected."
        )
    )
    key = (*setup.version, setup.employer)
    found = cache.spikes(key, everything, weeks, setup.tz, [setup.employer])
    st.subheader(t("Spikes and what is behind them"))
    if not found:
        st.write(t("No spikes: the number of mentions stayed within expectations."))
    for spike in found:
        _spike(spike, everything, setup)
    st.subheader(t("Silence"))
    quiet = reputation.silences(now, setup.start, setup.end, setup.tz)
    if quiet:
        for a, b in quiet:
            st.write(
                "• "
                + tn(
                    "{start} – {end}: {days} day without a single mention",
                    "{start} – {end}: {days} days without a single mention",
                    (b - a).days + 1,
                    start=fmt.day(a, language),
                    end=fmt.day(b, language),
                    days=fmt.number((b - a).days + 1, language),
                )
            )
        st.caption(
            t(
                "Silence says something too: nobody talks about you as an employer. "
                "Was there nothing to share, or is data missing from the export?"
            )
        )
    else:
        st.write(t("No silent periods of {days} days or longer.", days=reputation.SILENCE_DAYS))


def _delta(now: int, before: int) -> str | None:
    return fmt.signed_percent(now / before - 1, lang(), 0, "-") if before else None


def _weekly_chart(weeks: pl.DataFrame) -> alt.LayerChart:
    labels = {s: t(vocab.SENTIMENT[s]) for s in ("positive", "neutral", "negative", "unknown")}
    long = weeks.select("week", *labels).unpivot(
        index="week", variable_name="sentiment", value_name="mentions"
    )
    long = long.with_columns(pl.col("sentiment").replace_strict(labels, return_dtype=pl.String))
    colours = ["#0F6E6E", "#9AA9A9", "#C2465B", "#D9DEDE"]
    bars = (
        alt.Chart(long)
        .mark_bar()
        .encode(
            x=alt.X(
                "week:T",
                title=t("Week"),
                axis=alt.Axis(labelExpr=fmt.vega_date_expr(lang())),
            ),
            y=alt.Y("mentions:Q", title=t("Mentions"), stack=True, axis=charts.count_axis(lang())),
            color=alt.Color(
                "sentiment:N",
                title=None,
                scale=alt.Scale(domain=list(labels.values()), range=colours),
                legend=alt.Legend(orient="top"),
            ),
            tooltip=[
                alt.Tooltip("week:T", title=t("Week"), format="%d-%m-%Y"),
                alt.Tooltip("sentiment:N", title=" "),
                alt.Tooltip("mentions:Q", title=t("Mentions")),
            ],
        )
    )
    line = (
        alt.Chart(weeks.with_columns(pl.col("baseline").fill_nan(None)))
        .mark_line(color="#1D2A2A", strokeDash=[4, 3])
        .encode(x="week:T", y="baseline:Q")
    )
    marks = (
        alt.Chart(weeks.filter(pl.col("spike")))
        .mark_text(text="▲", color="#C2465B", dy=-10, fontSize=14)
        .encode(x="week:T", y="mentions:Q")
    )
    return (bars + line + marks).properties(height=300)


def _spike(spike: reputation.Spike, mentions: pl.DataFrame, setup: Setup) -> None:
    language = lang()
    with st.container(border=True):
        st.markdown(
            "**"
            + t(
                "Spike from {start} to {end}",
                start=fmt.day(spike.start, language),
                end=fmt.day(spike.end, language),
            )
            + "**"
        )
        st.write(
            t(
                "{mentions} mentions where {baseline} were expected; {negative} "
                "negative where {negative_baseline} were expected.",
                mentions=fmt.number(spike.mentions, language),
                baseline=fmt.number(round(spike.baseline), language),
                negative=fmt.number(spike.negative, language),
                negative_baseline=fmt.number(round(spike.negative_baseline), language),
            )
        )
        if spike.words:
            words = ", ".join(fmt.plain(w) for w in spike.words)
            st.write(t("What stands out in the words: {words}", words=words))
        if spike.themes:
            parts = [
                f"{fmt.plain(name)} ({fmt.number(n, language)}"
                + (f", ×{fmt.number(lift, language, 1)}" if lift else "")
                + ")"
                for name, n, lift in spike.themes
            ]
            st.write(t("Themes that came up more: {themes}", themes="; ".join(parts)))
        else:
            st.caption(t("Open the Themes page to explain spikes with themes as well."))
        top = _private(mentions.filter(pl.col("post_id").is_in(spike.posts)).head(3), setup)
        for row in top.iter_rows(named=True):
            quote(
                row["text"], row["author_name"], _platform(row["platform"]),
                row["published_at"].date(),
            )  # fmt: skip


# --- response queue ----------------------------------------------------------------------
def _queue_store(info: DatasetInfo) -> q.QueueStore:
    """Statuses, owners, notes and the team of the dataset's organisation."""
    return q.QueueStore(cache.organisation_dir(info) / "listening.json")


def queue_tab(setup: Setup, info: DatasetInfo) -> None:
    """Questions and complaints waiting for the team, with their status, owner and note."""
    handles = (
        setup.posts.filter(
            (pl.col("author_type") == "own") & (pl.col("employer") == setup.employer)
        )
        .get_column("author_handle")
        .drop_nulls()
        .unique()
        .to_list()
    )
    items = q.candidates(
        _in(setup.posts, setup.start, setup.end, setup.tz), setup.employer, handles
    )
    store = _queue_store(info)
    items = _private(q.with_status(items, store.entries()), setup)
    st.caption(
        t(
            "Questions to or about the employer (direct: a reply to your post or "
            "naming your account; indirect: about you) and complaints. Priority "
            "weighs the author's reach, negativity, waiting time and whether it "
            "was addressed to you."
        )
    )
    statuses = {s: t(vocab.LISTEN_STATUS[s]) for s in q.STATUSES}
    shown = _queue_filters(items, statuses)
    if shown.is_empty():
        st.info(t("Nothing in the queue with this choice."))
    else:
        _queue_table(shown, statuses, setup)
        _edit(shown, store, info, statuses, setup)
    _reply_times(setup)


def _queue_filters(items: pl.DataFrame, statuses: dict[str, str]) -> pl.DataFrame:
    """Status and kind chosen above the queue, with the count per status."""
    reasons = {r: t(vocab.LISTEN_REASON[r]) for r in ("question", "complaint")}
    left, right = st.columns(2)
    show = left.multiselect(
        t("Status"),
        list(statuses),
        default=["open"],
        format_func=statuses.__getitem__,
        key=state.LISTEN_STATUS,
        placeholder=t("Choose statuses"),
    )
    why = right.multiselect(
        t("Kind"),
        list(reasons),
        default=list(reasons),
        format_func=reasons.__getitem__,
        key=state.LISTEN_REASON,
        placeholder=t("Choose kinds"),
    )
    counts = items.group_by("status").len()
    count = dict(zip(counts.get_column("status"), counts.get_column("len"), strict=True))
    st.write(
        " · ".join(f"{statuses[s]}: **{fmt.number(count.get(s, 0), lang())}**" for s in statuses)
    )
    return items.filter(pl.col("status").is_in(show) & pl.col("reason").is_in(why))


def _queue_table(shown: pl.DataFrame, statuses: dict[str, str], setup: Setup) -> None:
    language = lang()
    levels = {x: t(vocab.LISTEN_LEVEL[x]) for x in ("high", "medium", "low")}
    reasons = {r: t(vocab.LISTEN_REASON[r]) for r in ("question", "complaint")}
    # The first 200 rows only: they are what the table shows (numbers formatted per row).
    table = shown.head(200).select(
        pl.int_range(1, pl.len() + 1).alias("nr"),
        pl.col("level").replace_strict(levels, return_dtype=pl.String),
        (pl.col("priority") * 100).round(0).alias("priority"),
        pl.col("reason").replace_strict(reasons, return_dtype=pl.String),
        pl.when(pl.col("direct"))
        .then(pl.lit(t("direct")))
        .otherwise(pl.lit(t("indirect")))
        .alias("direct"),
        "text",
        "author_name",
        pl.col("reach").map_elements(
            lambda v: fmt.number(v, language), return_dtype=pl.String, skip_nulls=False
        ),
        pl.col("published_at").dt.convert_time_zone(setup.tz).dt.replace_time_zone(None),
        (pl.col("waited_h") / 24).round(1).alias("waited_d"),
        pl.col("status").replace_strict(statuses, return_dtype=pl.String),
        "owner",
        "url",
    )
    st.dataframe(
        table,
        hide_index=True,
        width="stretch",
        column_config={
            "nr": st.column_config.NumberColumn("#", width="small"),
            "level": t("Priority"),
            "priority": st.column_config.ProgressColumn(
                t("Score"),
                min_value=0,
                max_value=100,
                format="%d",
                help=t(
                    "0–100: {reach} reach (log scale up to {most}), {negativity} negativity, "
                    "{waiting} waiting (full after {hours} hours), {direct} addressed to you "
                    "directly.",
                    most=fmt.number(q.REACH_FULL, language),
                    hours=q.WAIT_FULL_HOURS,
                    **{k: fmt.percent(w, language, 0) for k, w in q.WEIGHTS.items()},
                ),
            ),
            "reason": t("Kind"),
            "direct": t("Addressed"),
            "text": st.column_config.TextColumn(t("Text"), width="large"),
            "author_name": t("Name"),
            "reach": st.column_config.TextColumn(t("Reach"), alignment="right"),
            "published_at": st.column_config.DatetimeColumn(t("Posted"), format="DD-MM-YYYY HH:mm"),
            "waited_d": st.column_config.NumberColumn(t("Waiting (days)"), format="%.1f"),
            "status": t("Status"),
            "owner": t("Owner"),
            "url": st.column_config.LinkColumn(t("Link"), display_text="↗"),
        },
    )
    if shown.height > 200:
        st.caption(
            t(
                "The first {shown} of {total} shown.",
                shown=200,
                total=fmt.number(shown.height, language),
            )
        )


def _edit(
    shown: pl.DataFrame, store: q.QueueStore, info: DatasetInfo, statuses: dict, setup: Setup
) -> None:
    st.markdown("**" + t("Handle an item") + "**")
    ids = shown.get_column("post_id").to_list()[:200]
    # Numbered as in the table, with the author: the same complaint is often posted by several
    # people, and each label must point at one post.
    authors = shown.get_column("author_name").to_list()[:200]
    texts = shown.get_column("text").to_list()[:200]
    labels = {
        i: f"{n}. {author or '?'} — {(text or '')[:80]}"
        for n, (i, author, text) in enumerate(zip(ids, authors, texts, strict=True), start=1)
    }
    team = store.team()
    ambassadors = list(setup.ambassadors)
    with st.form(key=state.LISTEN_FORM, border=True):
        chosen = st.selectbox(t("Post"), ids, format_func=labels.__getitem__)
        current = shown.filter(pl.col("post_id") == chosen).row(0, named=True) if chosen else {}
        a, b = st.columns(2)
        status = a.radio(
            t("Status"),
            list(statuses),
            index=list(statuses).index(current.get("status", "open")),
            format_func=statuses.__getitem__,
            horizontal=True,
        )
        owners = ["", *team]
        owner_labels = {o: o or t("(nobody yet)") for o in owners}
        owner = b.selectbox(
            t("Owner"),
            owners,
            index=owners.index(current["owner"]) if current.get("owner") in owners else 0,
            format_func=owner_labels.__getitem__,
            help=t(
                "A colleague from communications or HR. Ambassadors are deliberately "
                "not listed: they should not be left alone with reactions to their "
                "posts."
            ),
        )
        note = st.text_area(t("Note"), value=current.get("note", ""), max_chars=2000)
        saved = st.form_submit_button(t("Save"), type="primary")
    if saved and chosen:
        try:
            store.set(info.id, chosen, status, owner, note, ambassadors)
        except q.QueueError as error:
            st.error(t("Not saved: {error}", error=_queue_error(error)))
        else:
            st.session_state[state.FLASH] = t("Saved: {status}.", status=statuses[status])
            st.rerun()
    with st.expander(t("Team that responds")):
        st.caption(
            t("The colleagues who pick up questions and complaints. An ambassador cannot be added.")
        )
        st.write(", ".join(fmt.plain(x) for x in team) if team else t("Nobody added yet."))
        with st.form(key=state.LISTEN_TEAM_FORM, border=False):
            name = st.text_input(t("Name"), max_chars=80)
            added = st.form_submit_button(t("Add"))
        if added:
            try:
                store.add_member(name, ambassadors)
            except q.QueueError as error:
                st.error(t("Not saved: {error}", error=_queue_error(error)))
            else:
                st.rerun()


def _reply_times(setup: Setup) -> None:
    language = lang()
    frame = _in(setup.posts, setup.start, setup.end, setup.tz)
    c = continuity(frame.lazy(), setup.tz, [setup.employer])
    st.subheader(t("Time to reply"))
    if c.answered_share is None:
        st.info(
            t("This data holds no replies by the own accounts: waiting times cannot be measured.")
        )
        return
    hours = [
        t("{value} h", value=fmt.number(v, language, 1)) if v is not None else "—"
        for v in (c.wait_office_h, c.wait_outside_h)
    ]
    cells = [
        (N_("Answered"), fmt.percent(c.answered_share, language, 0)),
        (N_("Within a day"), fmt.percent(c.within_day_share, language, 0)),
        (N_("Wait (office hours)"), hours[0]),
        (N_("Wait (outside)"), hours[1]),
    ]
    for col, (key, value) in zip(st.columns(len(cells)), cells, strict=True):
        col.metric(t(key), value, border=True)


# --- voices ------------------------------------------------------------------------------
def voices_tab(setup: Setup) -> None:
    language = lang()
    mentions = _in(
        reputation.mentions(setup.posts, setup.employer), setup.start, setup.end, setup.tz
    )
    table = voices.voices(mentions)
    if table.is_empty():
        st.info(t("No mentions in this period."))
        return
    names = {s: t(vocab.LISTEN_SEGMENT[s]) for s in voices.SEGMENTS}
    per = (
        table.group_by("segment")
        .agg(pl.col("mentions").sum(), pl.len().alias("authors"))
        .with_columns(pl.col("segment").replace_strict(names, return_dtype=pl.String))
        .sort("mentions", descending=True)
    )
    st.caption(
        t(
            "Who talks about you, sorted by reach. Groups: employees (as the "
            "data says), media (news sites, blogs and names like ‘news’ or "
            "‘magazine’), candidates (questions about vacancies or applying), "
            "influencers (10,000 followers or more), other."
        )
    )
    st.altair_chart(
        charts.bar(per, "segment", "mentions", (t("Group"), t("Mentions")), language),
        width="stretch",
    )
    top = _private(table.head(100), setup, pl.col("segment") == "employee")
    shares = {
        c: pl.Series(c, [fmt.percent(v, language, 0) for v in top.get_column(c)], pl.String)
        for c in ("positive", "negative")
    }
    shown = top.with_columns(
        pl.col("segment").replace_strict(names, return_dtype=pl.String),
        *shares.values(),
        *(
            pl.Series(c, [fmt.number(v, language) for v in top.get_column(c)], pl.String)
            for c in ("reach", "engagements")
        ),
        pl.col("theme", "location").fill_null("—"),
    )
    st.dataframe(
        shown,
        hide_index=True,
        width="stretch",
        column_config={
            "author_handle": t("Account"),
            "author_name": t("Name"),
            "segment": t("Group"),
            "mentions": st.column_config.NumberColumn(t("Mentions"), format="localized"),
            "reach": st.column_config.TextColumn(t("Reach"), alignment="right"),
            "engagements": st.column_config.TextColumn(t("Engagements"), alignment="right"),
            "positive": st.column_config.TextColumn(t("Positive"), alignment="right"),
            "negative": st.column_config.TextColumn(t("Negative"), alignment="right"),
            "theme": t("Theme"),
            "location": t("Place"),
            "platforms": t("Platforms"),
        },
    )
    places = voices.geography(mentions)
    if not places.is_empty():
        st.markdown("**" + t("Where (as the export says)") + "**")
        st.altair_chart(
            charts.bar(
                places.head(12),
                "location",
                "mentions",
                (t("Place"), t("Mentions")),
                language,
            ),
            width="stretch",
        )


def _private(table: pl.DataFrame, setup: Setup, employee: pl.Expr | None = None) -> pl.DataFrame:
    """The privacy rule (:func:`core.concepts.private`): employees under a stable pseudonym
    unless their consent is in the ambassador roster; listening is not for watching staff."""
    # An unreadable roster reads as empty (app.components.people): every employee is hidden.
    return concepts.private(table, set(setup.consent), t("employee"), employee)


# --- topics ------------------------------------------------------------------------------
def topics_tab(setup: Setup, info: DatasetInfo) -> None:
    if "theme_name" not in setup.posts.columns:
        st.info(
            t(
                "Topics use the themes of the Themes page. They have not been "
                "computed for this dataset yet."
            )
        )
        if st.button(t("Compute the themes now"), type="primary"):
            cache.themes(info, lang())
            st.rerun()
        return
    mentions = reputation.mentions(setup.posts, setup.employer)
    table = voices.topics(mentions, setup.start, setup.end, setup.previous, setup.tz)
    if table.is_empty():
        st.info(t("No mentions in this period."))
        return
    language = lang()
    left, right = st.columns(2)
    for column, key, side in (
        ("positive", N_("Themes of positive mentions"), left),
        ("negative", N_("Themes of negative mentions"), right),
    ):
        top = (
            table.filter(pl.col(column) > 0)
            .sort([column, "theme_name"], descending=[True, False])
            .head(8)
        )
        with side:
            st.markdown(f"**{t(key)}**")
            if top.is_empty():
                st.write("—")
            else:
                st.altair_chart(
                    charts.bar(
                        top,
                        "theme_name",
                        column,
                        (t("Theme"), t("Mentions")),
                        language,
                    ),
                    width="stretch",
                )
    new = table.filter(pl.col("new"))
    st.markdown("**" + t("New this period") + "**")
    if new.is_empty():
        st.write(t("No new themes compared with the period before."))
    else:
        st.write(
            ", ".join(f"{r['theme_name']} ({r['mentions']})" for r in new.iter_rows(named=True))
        )
    st.dataframe(
        table.with_columns((pl.col("change") * 100).alias("change")),
        hide_index=True,
        width="stretch",
        column_config={
            "theme_name": st.column_config.TextColumn(t("Theme"), width="large"),
            "mentions": t("Mentions"),
            "positive": t("Positive (count)"),
            "negative": t("Negative (count)"),
            "previous": t("Period before"),
            "change": st.column_config.NumberColumn(t("Change"), format="%+.0f%%"),
            "new": st.column_config.CheckboxColumn(t("New")),
        },
    )


def _queue_error(error: q.QueueError) -> str:
    """What to fix, in the interface language."""
    return t(
        vocab.QUEUE_ERROR[error.reason], field=t(vocab.QUEUE_FIELD[error.field]), value=error.value
    )


def _platform(platform: str | None) -> str:
    return t(vocab.PLATFORM[platform]) if platform in vocab.PLATFORM else platform or "—"
