"""Sections of the Audience timing page: filters, heatmaps, best slots, schedule, continuity."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import polars as pl
import streamlit as st

from app import cache, state
from app.components import lang, t
from core import charts, export, fmt, settings, timing, vocab
from core.datasets import DatasetInfo
from core.i18n import N_
from core.listening.continuity import continuity
from core.timing import schedule
from core.timing.advice import block, sentence

ALL = "__all__"
ZONES = ("Europe/Amsterdam", "Europe/Brussels", "Europe/London", "UTC")
SETTINGS = timing.SlotSettings()
SCHEDULE = {"weeks": 4, "per_week": 2}


@dataclass(frozen=True)
class Filters:
    employers: list[str] | None
    pool: bool
    platform: str | None
    metric: str
    tz: str
    start: date | None
    end: date | None
    contains: str
    version: tuple = ()
    """The dataset's version (:func:`app.cache.version`): with the filters, the key of what is
    cached."""


def filters(posts: pl.DataFrame, info: DatasetInfo) -> Filters:
    """The page's controls; returns what the user chose."""
    employers = [e for e in [info.own_employer, *info.competitors] if e]
    options = [*employers, ALL] if employers else [ALL]
    labels = {ALL: t("All employers (normalised per account)")} | {e: e for e in employers}
    platforms = [p for p in posts.get_column("platform").cast(pl.String).unique().sort().to_list()]
    platform_labels = {ALL: t("All platforms")} | {p: t(vocab.PLATFORM[p]) for p in platforms}
    metrics = ["posts", "engagements", *timing.available_rates(posts)]
    metric_labels = {m: t(vocab.METRIC[m]).capitalize() for m in metrics}
    first, last = posts.get_column("published_at").min(), posts.get_column("published_at").max()
    with st.container(border=True):
        a, b, c = st.columns(3)
        who = a.selectbox(
            t("Which accounts"), options, format_func=labels.__getitem__, key=state.TIMING_ACCOUNTS
        )
        platform = b.selectbox(
            t("Platform"),
            [ALL, *platforms],
            format_func=platform_labels.__getitem__,
            key=state.TIMING_PLATFORM,
        )
        default_metric = metrics[2] if len(metrics) > 2 else metrics[0]
        if st.session_state.get(state.TIMING_METRIC) not in metrics:
            st.session_state[state.TIMING_METRIC] = default_metric
        metric = c.selectbox(
            t("Metric"),
            metrics,
            format_func=metric_labels.__getitem__,
            key=state.TIMING_METRIC,
        )
        d, e, f = st.columns(3)
        zones = list(dict.fromkeys([settings.get("timezone"), *ZONES]))
        tz = d.selectbox(t("Time zone"), zones, key=state.TIMING_TZ)
        period = e.date_input(
            t("Period"),
            value=(first.date(), last.date()),
            min_value=first.date(),
            max_value=last.date(),
            key=state.TIMING_PERIOD,
            format="DD-MM-YYYY",
        )
        contains = f.text_input(
            t("Only posts containing this word (e.g. vacature)"),
            key=state.TIMING_CONTAINS,
            help=t("Filtering by theme comes with the Themes page; until then, filter on a word."),
        )
        pool = st.checkbox(
            t("Learn best slots from all employers (normalised per account)"),
            value=True,
            key=state.TIMING_POOL,
            help=t(
                "More posts give more reliable slots. Each post counts relative to "
                "its own account's typical post, so a large account does not drown "
                "out a small one."
            ),
        )
    start, end = (*period, None, None)[:2] if isinstance(period, tuple) else (period, None)
    return Filters(
        None if who == ALL else [who],
        pool,
        None if platform == ALL else platform,
        metric,
        tz,
        start,
        end,
        contains,
        cache.version(info),
    )


def _on_platform(frame: pl.LazyFrame, platform: str | None) -> pl.LazyFrame:
    return frame if platform is None else frame.filter(pl.col("platform") == platform)


def heatmaps(posts: pl.LazyFrame, f: Filters) -> None:
    """Audience activity next to our posting times."""
    left, right = st.columns(2)
    crowd = _on_platform(timing.audience(posts, f.employers), f.platform)
    ours = _on_platform(timing.accounts(posts, f.employers), f.platform)
    with left:
        st.subheader(t("When the audience is active"))
        st.caption(t("Posts, comments and mentions by the public (not by employers or employees)."))
        _heat(cache.computed((repr(f), "crowd"), timing.heatmap, crowd, "posts", f.tz), "posts")
    with right:
        st.subheader(t("When we post"))
        st.caption(
            t("Posts by the chosen accounts; empty cells: no posts then.")
            + " "
            + t(vocab.FORMULA[f.metric])
        )
        ours_map = cache.computed((repr(f), "ours"), timing.heatmap, ours, f.metric, f.tz)
        _heat(ours_map, f.metric)


def _heat(cells: pl.DataFrame, metric: str) -> None:
    if cells.get_column("n").sum() == 0:
        st.info(t("No posts with these filters."))
        return
    title = t(vocab.METRIC[metric]).capitalize()
    st.altair_chart(
        charts.heatmap(cells, title, lang(), percent=metric.startswith("er_")), width="stretch"
    )


def best(posts: pl.LazyFrame, f: Filters, rates: list[str]) -> str | None:
    """Advice per platform in sentences, and every slot of the chosen platform. Returns the
    platform the schedule should plan for."""
    st.subheader(t("Best slots per platform"))
    if not rates:
        st.info(
            t(
                "This data has no impressions, reach or followers: best slots cannot "
                "be computed. The heatmaps still show counts."
            )
        )
        return None
    metric = f.metric if f.metric in rates else rates[0]
    pool = timing.accounts(posts, None if f.pool else f.employers)
    st.caption(
        t(
            "Slot = weekday × {hours}-hour block. Lift = how much better than "
            "the same account's typical post (geometric mean, pulled towards 1 "
            "as if there were {prior} extra typical posts), with a {conf} "
            "confidence interval (bootstrap). Fewer than {min} posts: too thin "
            "to judge.",
            hours=SETTINGS.block_hours,
            prior=int(SETTINGS.prior_posts),
            conf=fmt.percent(SETTINGS.confidence, lang(), 0),
            min=SETTINGS.min_posts,
        )
        + " "
        + t(vocab.FORMULA[metric])
    )
    advice = cache.computed((repr(f), metric), timing.recommend, pool, metric, f.tz, SETTINGS)
    if f.platform:
        advice = [a for a in advice if a.platform == f.platform]
    if not advice:
        st.info(t("No posts with these filters."))
        return None
    for rec in advice:
        st.markdown(sentence(rec, metric, lang(), SETTINGS.min_posts))
    chosen = f.platform or advice[0].platform
    slots = cache.computed(
        (repr(f), metric, chosen),
        timing.best_slots,
        _on_platform(pool, chosen), metric, f.tz, SETTINGS,
    )  # fmt: skip
    with st.expander(
        t("All slots of {platform}", platform=t(vocab.PLATFORM[chosen])), expanded=False
    ):
        if slots.filter(~pl.col("thin")).height:
            st.altair_chart(charts.slot_lifts(slots, lang(), SETTINGS.block_hours), width="stretch")
        st.dataframe(_slot_table(slots), hide_index=True, width="stretch")
    return chosen


def _slot_table(slots: pl.DataFrame) -> dict:
    language = lang()
    return {
        t("Day"): [fmt.weekday(w, language) for w in slots.get_column("weekday")],
        t("Time"): [block(b, SETTINGS.block_hours) for b in slots.get_column("block")],
        t("Posts"): [fmt.number(n, language) for n in slots.get_column("n")],
        t("Median rate"): [fmt.percent(v, language, 2) for v in slots.get_column("median_rate")],
        t("Lift"): [fmt.number(v, language, 2) for v in slots.get_column("lift")],
        t("Interval"): [
            f"{fmt.number(lo, language, 2)}–{fmt.number(hi, language, 2)}"
            for lo, hi in zip(slots.get_column("low"), slots.get_column("high"), strict=True)
        ],
        t("Too thin"): ["●" if x else "" for x in slots.get_column("thin")],
    }


def test_schedule(posts: pl.LazyFrame, f: Filters, platform: str, metric: str) -> None:
    st.subheader(
        t(
            "Test schedule for {platform}: try slots not tested yet",
            platform=t(vocab.PLATFORM[platform]),
        )
    )
    st.caption(
        t(
            "Slots with fewer than {min} posts where the audience is most "
            "active, spread over the coming {weeks} weeks ({per_week} a week). "
            "That is how you learn whether they work.",
            min=SETTINGS.min_posts,
            **SCHEDULE,
        )
    )
    pool = _on_platform(timing.accounts(posts, None if f.pool else f.employers), platform)
    slots = cache.computed(
        (repr(f), metric, platform), timing.best_slots, pool, metric, f.tz, SETTINGS
    )
    crowd = cache.computed(
        (repr(f), platform, "crowd"),
        timing.heatmap,
        _on_platform(timing.audience(posts, f.employers), platform), "posts", f.tz,
    )  # fmt: skip
    candidates = schedule.untried_slots(
        slots, crowd, platform, SETTINGS.block_hours, SETTINGS.min_posts
    )
    plan = schedule.plan(
        candidates, platform, date.today(), block_hours=SETTINGS.block_hours, **SCHEDULE
    )
    if plan.is_empty():
        st.info(t("No untested slots found."))
        return
    language = lang()
    st.dataframe(
        {
            t("Date"): [fmt.day(d, language) for d in plan.get_column("date")],
            t("Day"): [fmt.weekday(w, language) for w in plan.get_column("weekday")],
            t("Time"): [
                f"{a}–{b}"
                for a, b in zip(plan.get_column("start"), plan.get_column("end"), strict=True)
            ],
            t("Platform"): [t(vocab.PLATFORM[p]) for p in plan.get_column("platform")],
            t("Posted so far"): [fmt.number(n, language) for n in plan.get_column("tried")],
        },
        hide_index=True,
        width="stretch",
    )
    name = t(vocab.PLATFORM[platform])
    left, right = st.columns(2)
    left.download_button(
        t("Test schedule (CSV)"),
        export.to_csv(plan),
        f"test-schedule-{platform}.csv",
        "text/csv",
        icon=":material/download:",
    )
    ics = schedule.to_ics(
        plan,
        f.tz,
        t("Test post {platform} (Employer Radar)", platform=name),
        t(
            "Test post in a slot not tried before. Compare the result afterwards "
            "on the Audience timing page."
        ),
    )
    right.download_button(
        t("Test schedule to calendar (ICS)"),
        ics,
        f"test-schedule-{platform}.ics",
        "text/calendar",
        icon=":material/event:",
    )


def continuous(posts: pl.LazyFrame, f: Filters) -> None:
    st.subheader(t("Continuous: social media has no opening hours"))
    st.caption(
        t(
            "Office hours = Monday to Friday 09:00–17:00 ({tz}). Question = a "
            "question mark or a question word first. Wait = median time to the "
            "first reply by an own account.",
            tz=f.tz,
        )
    )
    c = continuity(_on_platform(posts, f.platform), f.tz, f.employers)
    language = lang()
    cells = [
        (N_("Mentions"), fmt.number(c.mentions, language)),
        (N_("Outside office hours"), fmt.percent(c.outside_share, language, 0)),
        (N_("At weekends"), fmt.percent(c.weekend_share, language, 0)),
        (N_("Questions"), fmt.number(c.questions, language)),
    ]
    for col, (key, value) in zip(st.columns(len(cells)), cells, strict=True):
        col.metric(t(key), value, border=True)
    if c.answered_share is None:
        st.info(
            t("This data holds no replies by the own accounts: waiting times cannot be measured.")
        )
    else:
        hours = [
            (k, t("{value} h", value=fmt.number(v, language, 1)) if v is not None else "—")
            for k, v in (
                (N_("Wait (office hours)"), c.wait_office_h),
                (N_("Wait (outside)"), c.wait_outside_h),
            )
        ]
        cells = [
            (N_("Answered"), fmt.percent(c.answered_share, language, 0)),
            (N_("Within a day"), fmt.percent(c.within_day_share, language, 0)),
            *hours,
        ]
        for col, (key, value) in zip(st.columns(len(cells)), cells, strict=True):
            col.metric(t(key), value, border=True)
    if c.mentions:
        labels = {True: t("Office hours"), False: t("Outside office hours")}
        st.altair_chart(charts.hourly(c.by_hour, labels, lang()), width="stretch")
