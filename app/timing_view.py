"""Sections of the Audience timing page: filters, heatmaps, best slots, schedule, continuity."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import polars as pl
import streamlit as st

from app import state
from app.components import lang, t
from core import charts, export, fmt, schedule, settings, timing
from core.continuous import continuity
from core.datasets import DatasetInfo
from core.timing_text import block, sentence

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


def filters(posts: pl.DataFrame, info: DatasetInfo) -> Filters:
    """The page's controls; returns what the user chose."""
    employers = [e for e in [info.own_employer, *info.competitors] if e]
    options = [*employers, ALL] if employers else [ALL]
    labels = {ALL: t("timing.all_employers")} | {e: e for e in employers}
    platforms = [p for p in posts.get_column("platform").cast(pl.String).unique().sort().to_list()]
    platform_labels = {ALL: t("timing.all_platforms")} | {p: t(f"platform.{p}") for p in platforms}
    metrics = ["posts", "engagements", *timing.available_rates(posts)]
    metric_labels = {m: t(f"metric.{m}").capitalize() for m in metrics}
    first, last = posts.get_column("published_at").min(), posts.get_column("published_at").max()
    with st.container(border=True):
        a, b, c = st.columns(3)
        who = a.selectbox(
            t("timing.employer"), options, format_func=labels.__getitem__, key=state.TIMING_ACCOUNTS
        )
        platform = b.selectbox(
            t("timing.platform"),
            [ALL, *platforms],
            format_func=platform_labels.__getitem__,
            key=state.TIMING_PLATFORM,
        )
        default_metric = metrics[2] if len(metrics) > 2 else metrics[0]
        if st.session_state.get(state.TIMING_METRIC) not in metrics:
            st.session_state[state.TIMING_METRIC] = default_metric
        metric = c.selectbox(
            t("timing.metric"),
            metrics,
            format_func=metric_labels.__getitem__,
            key=state.TIMING_METRIC,
        )
        d, e, f = st.columns(3)
        zones = list(dict.fromkeys([settings.get("timezone"), *ZONES]))
        tz = d.selectbox(t("timing.tz"), zones, key=state.TIMING_TZ)
        period = e.date_input(
            t("timing.period"),
            value=(first.date(), last.date()),
            min_value=first.date(),
            max_value=last.date(),
            key=state.TIMING_PERIOD,
            format="DD-MM-YYYY",
        )
        contains = f.text_input(
            t("timing.contains"), key=state.TIMING_CONTAINS, help=t("timing.theme_note")
        )
        pool = st.checkbox(
            t("timing.pool"), value=True, key=state.TIMING_POOL, help=t("timing.pool_help")
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
    )


def _on_platform(frame: pl.LazyFrame, platform: str | None) -> pl.LazyFrame:
    return frame if platform is None else frame.filter(pl.col("platform") == platform)


def heatmaps(posts: pl.LazyFrame, f: Filters) -> None:
    """Audience activity next to our posting times."""
    left, right = st.columns(2)
    crowd = _on_platform(timing.audience(posts, f.employers), f.platform)
    ours = _on_platform(timing.accounts(posts, f.employers), f.platform)
    with left:
        st.subheader(t("timing.audience"))
        st.caption(t("timing.audience_help"))
        _heat(timing.heatmap(crowd, "posts", f.tz), "posts")
    with right:
        st.subheader(t("timing.we_post"))
        st.caption(t("timing.we_post_help") + " " + t(f"formula.{f.metric}"))
        _heat(timing.heatmap(ours, f.metric, f.tz), f.metric)


def _heat(cells: pl.DataFrame, metric: str) -> None:
    if cells.get_column("n").sum() == 0:
        st.info(t("timing.no_posts"))
        return
    title = t(f"metric.{metric}").capitalize()
    st.altair_chart(
        charts.heatmap(cells, title, lang(), percent=metric.startswith("er_")), width="stretch"
    )


def best(posts: pl.LazyFrame, f: Filters, rates: list[str]) -> str | None:
    """Advice per platform in sentences, and every slot of the chosen platform. Returns the
    platform the schedule should plan for."""
    st.subheader(t("timing.best"))
    if not rates:
        st.info(t("timing.no_rates"))
        return None
    metric = f.metric if f.metric in rates else rates[0]
    pool = timing.accounts(posts, None if f.pool else f.employers)
    st.caption(
        t(
            "timing.best_help",
            hours=SETTINGS.block_hours,
            prior=int(SETTINGS.prior_posts),
            conf=int(SETTINGS.confidence * 100),
            min=SETTINGS.min_posts,
        )
        + " "
        + t(f"formula.{metric}")
    )
    advice = timing.recommend(pool, metric, f.tz, SETTINGS)
    if f.platform:
        advice = [a for a in advice if a.platform == f.platform]
    if not advice:
        st.info(t("timing.no_posts"))
        return None
    for rec in advice:
        st.markdown(sentence(rec, metric, lang(), SETTINGS.min_posts))
    chosen = f.platform or advice[0].platform
    slots = timing.best_slots(_on_platform(pool, chosen), metric, f.tz, SETTINGS)
    with st.expander(t("timing.slots_of", platform=t(f"platform.{chosen}")), expanded=False):
        if slots.filter(~pl.col("thin")).height:
            st.altair_chart(charts.slot_lifts(slots, lang(), SETTINGS.block_hours), width="stretch")
        st.dataframe(_slot_table(slots, metric), hide_index=True, width="stretch")
    return chosen


def _slot_table(slots: pl.DataFrame, metric: str) -> dict:
    language = lang()
    return {
        t("timing.col.day"): [t(f"weekday.{w}") for w in slots.get_column("weekday")],
        t("timing.col.time"): [block(b, SETTINGS.block_hours) for b in slots.get_column("block")],
        t("timing.col.posts"): [fmt.number(n, language) for n in slots.get_column("n")],
        t("timing.col.rate"): [
            fmt.percent(v, language, 2) for v in slots.get_column("median_rate")
        ],
        t("timing.col.lift"): [fmt.number(v, language, 2) for v in slots.get_column("lift")],
        t("timing.col.interval"): [
            f"{fmt.number(lo, language, 2)}–{fmt.number(hi, language, 2)}"
            for lo, hi in zip(slots.get_column("low"), slots.get_column("high"), strict=True)
        ],
        t("timing.col.thin"): ["●" if x else "" for x in slots.get_column("thin")],
    }


def test_schedule(posts: pl.LazyFrame, f: Filters, platform: str, metric: str) -> None:
    st.subheader(t("timing.schedule", platform=t(f"platform.{platform}")))
    st.caption(t("timing.schedule_help", min=SETTINGS.min_posts, **SCHEDULE))
    pool = _on_platform(timing.accounts(posts, None if f.pool else f.employers), platform)
    slots = timing.best_slots(pool, metric, f.tz, SETTINGS)
    crowd = timing.heatmap(
        _on_platform(timing.audience(posts, f.employers), platform), "posts", f.tz
    )
    candidates = schedule.untried_slots(
        slots, crowd, platform, SETTINGS.block_hours, SETTINGS.min_posts
    )
    plan = schedule.plan(
        candidates, platform, date.today(), block_hours=SETTINGS.block_hours, **SCHEDULE
    )
    if plan.is_empty():
        st.info(t("timing.schedule_none"))
        return
    language = lang()
    st.dataframe(
        {
            t("timing.col.date"): [fmt.day(d, language) for d in plan.get_column("date")],
            t("timing.col.day"): [t(f"weekday.{w}") for w in plan.get_column("weekday")],
            t("timing.col.time"): [
                f"{a}–{b}"
                for a, b in zip(plan.get_column("start"), plan.get_column("end"), strict=True)
            ],
            t("timing.platform"): [t(f"platform.{p}") for p in plan.get_column("platform")],
            t("timing.col.tried"): [fmt.number(n, language) for n in plan.get_column("tried")],
        },
        hide_index=True,
        width="stretch",
    )
    name = t(f"platform.{platform}")
    left, right = st.columns(2)
    left.download_button(
        t("timing.download_csv"),
        export.to_csv(plan),
        f"test-schedule-{platform}.csv",
        "text/csv",
        icon=":material/download:",
    )
    ics = schedule.to_ics(
        plan, f.tz, t("timing.ics_summary", platform=name), t("timing.ics_description")
    )
    right.download_button(
        t("timing.download_ics"),
        ics,
        f"test-schedule-{platform}.ics",
        "text/calendar",
        icon=":material/event:",
    )


def continuous(posts: pl.LazyFrame, f: Filters) -> None:
    st.subheader(t("timing.continuous"))
    st.caption(t("timing.continuous_help", tz=f.tz))
    c = continuity(_on_platform(posts, f.platform), f.tz, f.employers)
    language = lang()
    cells = [
        ("timing.mentions", fmt.number(c.mentions, language)),
        ("timing.outside", fmt.percent(c.outside_share, language, 0)),
        ("timing.weekend", fmt.percent(c.weekend_share, language, 0)),
        ("timing.questions", fmt.number(c.questions, language)),
    ]
    for col, (key, value) in zip(st.columns(len(cells)), cells, strict=True):
        col.metric(t(key), value, border=True)
    if c.answered_share is None:
        st.info(t("timing.no_replies"))
    else:
        hours = [
            (k, t("timing.hours", value=fmt.number(v, language, 1)) if v is not None else "—")
            for k, v in (
                ("timing.wait_office", c.wait_office_h),
                ("timing.wait_outside", c.wait_outside_h),
            )
        ]
        cells = [
            ("timing.answered", fmt.percent(c.answered_share, language, 0)),
            ("timing.within_day", fmt.percent(c.within_day_share, language, 0)),
            *hours,
        ]
        for col, (key, value) in zip(st.columns(len(cells)), cells, strict=True):
            col.metric(t(key), value, border=True)
    if c.mentions:
        labels = {True: t("timing.office"), False: t("timing.outside_office")}
        st.altair_chart(charts.hourly(c.by_hour, labels, lang()), width="stretch")
