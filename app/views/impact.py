"""Sections of the Impact page: what the posts bring in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import partial

import polars as pl
import streamlit as st

from app import cache, state
from app.components import lang, recent, t
from core import charts, export, fmt, impact, settings, vocab
from core.datasets import DatasetInfo

MEASURES = ("impressions", "reach", "engagements", "clicks")


@dataclass(frozen=True)
class Setup:
    start: date
    end: date
    tz: str
    version: tuple = ()
    """The dataset version and own organisation: with the rest, a key for kept results."""


def label(key: str | None) -> str:
    """A channel key (:func:`core.impact.channel_key`) in words."""
    if key in vocab.PLATFORM:
        return t(vocab.PLATFORM[key])
    known = key if key in vocab.CHANNEL else "unassigned"
    return t(vocab.CHANNEL[known])


def controls(posts: pl.DataFrame, visits: pl.DataFrame, version: tuple = ()) -> Setup:
    stamps = posts.get_column("published_at")
    days = pl.concat([visits["date"], visits["start"], visits["end"]]).drop_nulls()
    first = min([stamps.min().date(), *([days.min()] if len(days) else [])])
    last = max([stamps.max().date(), *([days.max()] if len(days) else [])])
    default_start, _ = recent(first, stamps.max().date())
    period = st.date_input(
        t("Period"),
        value=(default_start, stamps.max().date()),
        min_value=first,
        max_value=last,
        key=state.IMPACT_PERIOD,
        format="DD-MM-YYYY",
    )
    start, end = (*period, None, None)[:2] if isinstance(period, tuple) else (period, None)
    start = start or default_start
    return Setup(start, end or start, settings.get("timezone"), version)


def headline(own: pl.DataFrame, table: pl.DataFrame) -> None:
    language = lang()
    cells = st.columns(5)
    help_text = t("Visits to the careers site")
    figures = [
        (
            t("Impressions"),
            own["impressions"].sum() if own["impressions"].is_not_null().any() else None,
        ),
        (
            t("Engagements"),
            own["engagements"].sum() if own["engagements"].is_not_null().any() else None,
        ),
        (t("Clicks"), own["clicks"].sum() if own["clicks"].is_not_null().any() else None),
        (t("Site visits"), table["sessions"].sum() if table.height else None),
        (
            t("Applications"),
            table["applications"].sum() if table["applications"].is_not_null().any() else None,
        ),
    ]
    for number, (cell, (name, value)) in enumerate(zip(cells, figures, strict=True)):
        shown = fmt.number(value, language) if value is not None else t("n/a")
        cell.metric(name, shown, border=True, help=help_text if number == 3 else None)


def posts_section(own: pl.DataFrame, setup: Setup) -> pl.DataFrame:
    """Reach, engagement and clicks per platform and kind of post, per week."""
    language = lang()
    st.subheader(t("Reach, engagement and clicks of our posts"))
    if own.is_empty():
        st.info(t("The own accounts posted nothing in this period."))
        return impact.by_kind(own.lazy())
    left, right = st.columns(2)
    names = {
        "impressions": t("Impressions"),
        "reach": t("Reach"),
        "engagements": t("Engagements"),
        "clicks": t("Clicks"),
    }
    measure = left.selectbox(
        t("Figure"), MEASURES, format_func=names.__getitem__, key=state.IMPACT_MEASURE
    )
    groups = {"platform": t("Platform"), "post_type": t("Kind of post")}
    by = right.selectbox(
        t("Per"), list(groups), format_func=groups.__getitem__, key=state.IMPACT_BY
    )
    weeks = impact.weekly(own.lazy(), by, setup.start, setup.end)
    weeks = weeks.filter(pl.col(measure).is_not_null())
    names_of = vocab.PLATFORM if by == "platform" else vocab.POST_TYPE
    weeks = weeks.with_columns(
        pl.col("group").replace_strict(
            {k: t(v) for k, v in names_of.items()}, default=pl.col("group")
        )
    )
    if weeks.is_empty():
        st.caption(
            t("The exports give no {figure} for these posts.", figure=names[measure].lower())
        )
    else:
        chart = charts.lines(weeks, "week", measure, "group", (t("Week"), names[measure]), language)
        st.altair_chart(chart, width="stretch")
    kinds = impact.by_kind(own.lazy())

    def number(values) -> list[str]:
        return [fmt.number(v, language) if v is not None else "—" for v in values]

    st.dataframe(
        {
            t("Platform"): [t(vocab.PLATFORM[p]) for p in kinds["platform"]],
            t("Kind of post"): [t(vocab.POST_TYPE[k]) for k in kinds["post_type"]],
            t("Posts"): number(kinds["posts"]),
            t("Impressions"): number(kinds["impressions"]),
            t("Reach"): number(kinds["reach"]),
            t("Engagements"): number(kinds["engagements"]),
            t("Clicks"): number(kinds["clicks"]),
            t("Engagement rate"): [
                fmt.percent(v, language, 1) if v is not None else "—" for v in kinds["rate"]
            ],
            t("Click-through rate"): [
                fmt.percent(v, language, 2) if v is not None else "—" for v in kinds["ctr"]
            ],
        },
        hide_index=True,
        width="stretch",
    )
    return kinds


def channels_section(
    visits: pl.DataFrame, own: pl.DataFrame, setup: Setup
) -> tuple[pl.DataFrame, impact.Span | None]:
    """Visits and applications per channel, next to the posts on that platform."""
    language = lang()
    st.subheader(t("Visits and applications per channel"))
    rows, span = impact.channel_rows(visits, setup.start, setup.end)
    if span is None:
        st.info(
            t(
                "No web-analytics export in this dataset yet. Upload the careers site's "
                "Google Analytics 4 'Traffic acquisition' or 'Landing page' report, or "
                "Matomo's channel report (CSV or Excel), on the Data page: it is "
                "recognised without any mapping."
            ),
            icon=":material/query_stats:",
        )
        return impact.channel_table(rows, impact.Span(setup.start, setup.end, True), own), None
    if span.dated:
        st.caption(t("Per day from the export, for the chosen period."))
    else:
        st.caption(
            t(
                "The export has no days: its own range {start} – {end} is shown, and the "
                "posts are counted over the same days.",
                start=fmt.day(span.start, language) if span.start else "?",
                end=fmt.day(span.end, language) if span.end else "?",
            )
        )
    table = impact.channel_table(rows, span, own)
    if table.is_empty():
        st.caption(t("The export has no visits in this period."))
        return table, span
    shown = table.with_columns(pl.Series("label", [label(k) for k in table["key"]]))
    if table["applications"].is_not_null().any():
        chart = charts.paired_bars(
            shown.fill_null(0),
            "label",
            {
                "share_sessions": t("Share of visits"),
                "share_applications": t("Share of applications"),
            },
            t("Channel"),
            language,
        )
        st.altair_chart(chart, width="stretch")

    def number(values, digits: int = 0) -> list[str]:
        return [fmt.number(v, language, digits) if v is not None else "—" for v in values]

    st.dataframe(
        {
            t("Channel"): shown["label"],
            t("Visits"): number(shown["sessions"]),
            t("Users"): number(shown["users"]),
            t("Applications"): number(shown["applications"]),
            t("Applications per visit"): [
                fmt.percent(v, language, 1) if v is not None else "—" for v in shown["rate"]
            ],
            t("Impressions of our posts"): number(shown["impressions"]),
            t("Clicks on our posts"): number(shown["clicks"]),
            t("Applications per 1,000 impressions"): number(shown["per_1000"], 2),
            t("Visits per click"): number(shown["per_click"], 2),
        },
        hide_index=True,
        width="stretch",
    )
    weekly = impact.visits_over_time(visits, setup.start, setup.end)
    if span.dated and not weekly.is_empty():
        weekly = weekly.with_columns(pl.Series("label", [label(k) for k in weekly["key"]]))
        chart = charts.lines(
            weekly, "week", "sessions", "label", (t("Week"), t("Visits")), language
        )
        st.altair_chart(chart, width="stretch")
    return table, span


def campaigns_section(visits: pl.DataFrame, own: pl.DataFrame, setup: Setup) -> pl.DataFrame:
    found = cache.computed(
        (repr(setup),), impact.campaigns, visits, own, setup.start, setup.end
    )  # fmt: skip
    if found.is_empty():
        return found
    language = lang()
    st.subheader(t("Campaigns in the links of our posts"))

    def number(values) -> list[str]:
        return [fmt.number(v, language) if v is not None else "—" for v in values]

    st.dataframe(
        {
            t("Campaign"): found["campaign"],
            t("Sources"): found["sources"],
            t("Posts"): number(found["posts"]),
            t("Impressions"): number(found["impressions"]),
            t("Clicks"): number(found["clicks"]),
            t("Visits"): number(found["sessions"]),
            t("Applications"): number(found["applications"]),
        },
        hide_index=True,
        width="stretch",
    )
    return found


def followers_section(growth: pl.DataFrame) -> None:
    st.subheader(t("Follower growth"))
    if growth.is_empty():
        st.caption(t("The exports give no follower counts for the own accounts."))
        return
    language = lang()
    basis = {
        "account figures": t("account figures per day"),
        "posts": t("follower counts on the posts"),
    }
    st.dataframe(
        {
            t("Platform"): [t(vocab.PLATFORM.get(p, p)) for p in growth["platform"]],
            t("Start"): [
                fmt.number(v, language) if v is not None else "—" for v in growth["first"]
            ],
            t("End"): [fmt.number(v, language) if v is not None else "—" for v in growth["last"]],
            t("Growth"): [fmt.signed(v, language) for v in growth["growth"]],
            t("Growth %"): [
                fmt.signed_percent(v, language, 1) if v is not None else "—"
                for v in growth["growth_share"]
            ],
            t("From"): [basis[b] for b in growth["basis"]],
        },
        hide_index=True,
        width="stretch",
    )


def formulas() -> None:
    names = {
        "sessions": t("Visits"),
        "applications": t("Applications"),
        "rate": t("Applications per visit"),
        "share": t("Share of visits"),
        "per_1000": t("Applications per 1,000 impressions"),
        "per_click": t("Visits per click"),
        "er": t("Engagement rate"),
        "ctr": t("Click-through rate"),
        "growth": t("Follower growth"),
        "campaign": t("Campaign"),
    }
    with st.expander(t("How is this computed?")):
        st.markdown(
            "\n".join(f"- **{names[k]}**: {t(text)}" for k, text in impact.FORMULAS.items())
        )


def download(sheets: dict[str, pl.DataFrame], info: DatasetInfo) -> None:
    st.download_button(
        t("Download the impact figures (Excel, one sheet per view)"),
        partial(export.to_xlsx, sheets),
        f"impact-{info.id}-{date.today():%Y%m%d}.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        icon=":material/download:",
    )
