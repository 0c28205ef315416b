"""Sections of the Competitors page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import partial

import polars as pl
import streamlit as st

from app import state
from app.components import employers_of, kept_tabs, lang, recent, t
from core import charts, competitors, export, fmt, settings
from core.datasets import DatasetInfo

PERCENT = {"sov", "rate", "growth", "positive", "negative", "bhi"}


@dataclass(frozen=True)
class Setup:
    employers: list[str]
    period: competitors.Period
    choice: competitors.Choice
    tz: str
    own: str | None = None
    """The own organisation: highlighted in the table and the charts."""


def controls(info: DatasetInfo, posts: pl.DataFrame) -> Setup | None:
    available = employers_of(info, posts)
    if not available:
        st.info(t("comp.no_employers"))
        return None
    tz = settings.get("timezone")
    last = posts.get_column("published_at").max().date()
    first = posts.get_column("published_at").min().date()
    default_start, _ = recent(first, last)
    with st.container(border=True):
        chosen = st.multiselect(
            t("comp.employers"), available, default=available, key=state.COMP_EMPLOYERS
        )
        a, b, c, d = st.columns(4)
        period = a.date_input(
            t("comp.period"),
            value=(default_start, last),
            min_value=first,
            max_value=last,
            key=state.COMP_PERIOD,
            format="DD-MM-YYYY",
        )
        sov_labels = {x.id: t(f"comp.def.{x.id}") for x in competitors.SOV}
        rate_labels = {x.id: t(f"comp.def.{x.id}") for x in competitors.RATES}
        agg_labels = {x.id: t(f"comp.def.{x.id}") for x in competitors.AGGREGATIONS}
        sov = b.selectbox(
            t("comp.sov"), list(sov_labels), format_func=sov_labels.__getitem__, key=state.COMP_SOV
        )
        rate = c.selectbox(
            t("comp.rate"),
            list(rate_labels),
            format_func=rate_labels.__getitem__,
            key=state.COMP_RATE,
        )
        agg = d.selectbox(
            t("comp.aggregation"),
            list(agg_labels),
            format_func=agg_labels.__getitem__,
            key=state.COMP_AGG,
        )
    if not chosen:
        st.info(t("comp.need_two"))
        return None
    start, end = (*period, None, None)[:2] if isinstance(period, tuple) else (period, None)
    span = competitors.Period(start or default_start, end or start or last)
    before = span.before()
    st.caption(
        t("comp.compare", start=fmt.day(before.start, lang()), end=fmt.day(before.end, lang()))
    )
    return Setup(chosen, span, competitors.Choice(sov, rate, agg), tz, info.own_employer)


def _signed(value: float, language: str, digits: int, unit: str = "") -> str:
    sign = "+" if round(value, digits) >= 0 else "−"  # -0.04 rounds to 0.0: no minus sign
    return f" ({sign}{fmt.number(abs(value), language, digits)}{unit})"


def _cell(metric: str, value: float | None, change: float | None) -> str:
    """A figure with its change against the comparison period ('n/a' when unavailable)."""
    language = lang()
    if value is None:
        return t("comp.unavailable")
    if metric in PERCENT:
        delta = _signed(change * 100, language, 1, " pp") if change is not None else ""
        return fmt.percent(value, language, 1) + delta
    digits = 1 if metric == "posts_per_week" else 0
    delta = _signed(change, language, digits) if change is not None else ""
    return fmt.number(value, language, digits) + delta


def ranking(posts: pl.LazyFrame, setup: Setup, days: pl.DataFrame | None = None) -> pl.DataFrame:
    table = competitors.ranking(posts, setup.employers, setup.period, setup.choice, setup.tz, days)
    st.subheader(t("comp.ranking"))
    shown = {
        t("comp.col.employer"): [
            t("comp.own_mark", name=e) if e == setup.own else e for e in setup.employers
        ]
    }
    for metric in competitors.METRICS:
        rows = table.filter(pl.col("metric") == metric)
        by = {r["employer"]: r for r in rows.iter_rows(named=True)}
        shown[t(f"comp.m.{metric}")] = [
            _cell(metric, by[e]["value"], by[e]["change"]) for e in setup.employers
        ]
    st.dataframe(shown, hide_index=True, width="stretch")
    reasons = sorted({r for r in table.get_column("reason").drop_nulls()})
    if reasons:
        st.caption(
            t("comp.unavailable_note", items="; ".join(t(f"comp.reason.{r}") for r in reasons))
        )
    with st.expander(t("comp.how")):
        c = setup.choice
        lines = [
            f"**{t('comp.m.posts_per_week')}**: {t('comp.f.posts_per_week')}",
            f"**{t('comp.m.mentions')}**: {t('comp.f.mentions')}",
            f"**{t('comp.m.sov')}**: {t(f'comp.f.sov.{c.sov}')}",
            f"**{t('comp.m.rate')}**: "
            + t(
                "comp.f.rate",
                denominator=t(f"comp.f.den.{c.rate}"),
                aggregation=t(f"comp.f.agg.{c.aggregation}"),
            ),
            f"**{t('comp.m.median_engagements')}**: {t('comp.f.median_engagements')}",
            f"**{t('comp.m.growth')}**: {t('comp.f.growth')}",
            f"**{t('comp.m.bhi')}**: {t('comp.f.sentiment')}",
            t("comp.f.change"),
        ]
        st.markdown("\n".join(f"- {line}" for line in lines))
    return table


def chart_downloads(chart, name: str) -> None:
    left, right, _ = st.columns([1, 1, 6])
    left.download_button(
        t("comp.png"),
        partial(export.chart_image, chart, "png"),  # rendered only when clicked
        f"{name}.png",
        "image/png",
        key=f"comp.png.{name}",
    )
    right.download_button(
        t("comp.svg"),
        partial(export.chart_image, chart, "svg"),
        f"{name}.svg",
        "image/svg+xml",
        key=f"comp.svg.{name}",
    )


def platforms(posts: pl.LazyFrame, setup: Setup) -> pl.DataFrame:
    table = competitors.per_platform(posts, setup.employers, setup.period, setup.tz)
    order = {e: i for i, e in enumerate(setup.employers)}  # as chosen: own organisation first
    table = table.sort(pl.col("employer").replace_strict(order, return_dtype=pl.Int64))
    st.subheader(t("comp.per_platform"))
    language = lang()
    shown = {t("comp.col.employer"): table.get_column("employer").to_list()}
    for column in table.columns[1:]:
        shown[t(f"platform.{column}")] = [
            fmt.number(v, language, 1) for v in table.get_column(column)
        ]
    st.dataframe(shown, hide_index=True, width="stretch")
    return table


def mix(posts: pl.LazyFrame, setup: Setup, themed: pl.DataFrame | None = None) -> pl.DataFrame:
    """Content mix per employer, by activity category or — once the Themes page has found
    them — by theme."""
    st.subheader(t("comp.mix"))
    by = "category"
    if themed is not None:
        kinds = {"category": t("comp.mix_by_category"), "theme_name": t("comp.mix_by_theme")}
        by = st.radio(
            t("comp.mix_by"),
            list(kinds),
            format_func=kinds.__getitem__,
            horizontal=True,
            key=state.COMP_MIX_BY,
        )
        if by == "theme_name":
            posts = themed.lazy()  # main themes (6-15)
    else:
        st.caption(t("comp.mix_themes_hint"))
    # Per employer its 7 largest main themes and the rest as one bar: 8 at most in a chart.
    table = competitors.content_mix(posts, setup.employers, setup.period, setup.tz, by=by, top=7)
    st.caption(t("comp.mix_help"))
    labels = {"posts_share": t("comp.mix_posts"), "engagement_share": t("comp.mix_engagement")}
    columns = st.columns(min(2, len(setup.employers)))
    for i, employer in enumerate(setup.employers):
        mine = (
            table.filter(pl.col("employer") == employer)
            .with_columns(
                pl.col("category")
                .replace_strict(
                    {
                        c: t(f"category.{c}")
                        for c in table.get_column("category").unique()
                        if by == "category" or c == "other"
                    },
                    default=pl.col("category"),
                )
                .alias("label")
            )
            .sort("posts_share", descending=True)
        )
        if mine.is_empty():
            continue
        with columns[i % len(columns)]:
            st.markdown(f"**{employer}**")
            title = t("comp.category") if by == "category" else t("themes.theme")
            chart = charts.paired_bars(mine, "label", labels, title, lang())
            st.altair_chart(chart, width="stretch")
            chart_downloads(chart, f"mix-{i}")
    return table


def over_time(posts: pl.LazyFrame, setup: Setup) -> pl.DataFrame:
    table = competitors.weekly(posts, setup.employers, setup.period, setup.tz, setup.choice.sov)
    st.subheader(t("comp.over_time"))
    for column, key, percent in (
        ("posts", "comp.weekly_posts", False),
        ("engagements", "comp.weekly_engagement", False),
        ("sov", "comp.weekly_sov", True),
    ):
        st.markdown(f"**{t(key)}**")
        chart = charts.lines(
            table.drop_nulls(column),
            "week",
            column,
            "employer",
            (t("comp.week"), t(key)),
            lang(),
            percent,
            highlight=setup.own,
        )
        st.altair_chart(chart, width="stretch")
        chart_downloads(chart, f"weekly-{column}")
    return table


def top(posts: pl.LazyFrame, setup: Setup) -> dict[str, pl.DataFrame]:
    st.subheader(t("comp.top"))
    language = lang()
    tops = {}
    tabs = kept_tabs(setup.employers, state.COMP_TOP_TAB)
    for tab, employer in zip(tabs, setup.employers, strict=True):
        best = competitors.top_posts(posts, employer, setup.period, setup.tz)
        tops[employer] = best
        with tab:
            st.dataframe(
                {
                    t("comp.col.date"): [
                        fmt.day(d, language) for d in best.get_column("published_at")
                    ],
                    t("timing.platform"): [t(f"platform.{p}") for p in best.get_column("platform")],
                    t("comp.col.text"): best.get_column("text").to_list(),
                    t("comp.col.engagements"): [
                        fmt.number(v, language) for v in best.get_column("engagements")
                    ],
                },
                hide_index=True,
                width="stretch",
            )
    return tops


def download(
    ranked: pl.DataFrame,
    per_platform: pl.DataFrame,
    content: pl.DataFrame,
    weekly: pl.DataFrame,
    tops: dict,
) -> None:
    top_rows = (
        pl.concat(
            [frame.with_columns(pl.lit(e).alias("employer")) for e, frame in tops.items()],
            how="vertical",
        )
        if tops
        else pl.DataFrame()
    )
    sheets = {
        "ranking": ranked,
        "per platform": per_platform,
        "content mix": content,
        "weekly": weekly,
        "top posts": top_rows.with_columns(pl.col("published_at").dt.replace_time_zone(None))
        if top_rows.height
        else top_rows,
    }
    st.download_button(
        t("comp.download_xlsx"),
        partial(export.to_xlsx, sheets),
        f"benchmark-{date.today():%Y%m%d}.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        icon=":material/download:",
        type="primary",
    )
