"""Sections of the Competitors page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import partial

import polars as pl
import streamlit as st

from app import cache, state
from app.components import employers_of, kept_tabs, lang, recent, t
from core import charts, competitors, export, fmt, settings, vocab
from core.datasets import DatasetInfo
from core.i18n import N_

PERCENT = {"sov", "rate", "growth", "positive", "negative", "bhi"}


@dataclass(frozen=True)
class Setup:
    employers: list[str]
    period: competitors.Period
    choice: competitors.Choice
    tz: str
    own: str | None = None
    """The own organisation: highlighted in the table and the charts."""
    version: tuple = ()
    """The dataset's version (:func:`app.cache.version`): with the choices, the key of what is
    cached."""


def controls(info: DatasetInfo, posts: pl.DataFrame) -> Setup | None:
    available = employers_of(info, posts)
    if not available:
        st.info(
            t(
                "This dataset names no employers. Say on the Data page who the own "
                "organisation and the competitors are."
            )
        )
        return None
    tz = settings.get("timezone")
    last = posts.get_column("published_at").max().date()
    first = posts.get_column("published_at").min().date()
    default_start, _ = recent(first, last)
    with st.container(border=True):
        chosen = st.multiselect(
            t("Employers"),
            available,
            default=available,
            key=state.COMP_EMPLOYERS,
            placeholder=t("Choose employers"),
        )
        a, b, c, d = st.columns(4)
        period = a.date_input(
            t("Period"),
            value=(default_start, last),
            min_value=first,
            max_value=last,
            key=state.COMP_PERIOD,
            format="DD-MM-YYYY",
        )
        sov_labels = {x.id: t(vocab.COMP_DEF[x.id]) for x in competitors.SOV}
        rate_labels = {x.id: t(vocab.COMP_DEF[x.id]) for x in competitors.RATES}
        agg_labels = {x.id: t(vocab.COMP_DEF[x.id]) for x in competitors.AGGREGATIONS}
        sov = b.selectbox(
            t("Share of voice by"),
            list(sov_labels),
            format_func=sov_labels.__getitem__,
            key=state.COMP_SOV,
        )
        rate = c.selectbox(
            t("Engagement rate"),
            list(rate_labels),
            format_func=rate_labels.__getitem__,
            key=state.COMP_RATE,
        )
        agg = d.selectbox(
            t("Average"),
            list(agg_labels),
            format_func=agg_labels.__getitem__,
            key=state.COMP_AGG,
        )
    if not chosen:
        st.info(t("Choose at least one employer."))
        return None
    start, end = (*period, None, None)[:2] if isinstance(period, tuple) else (period, None)
    span = competitors.Period(start or default_start, end or start or last)
    before = span.before()
    st.caption(
        t(
            "Compared with {start} – {end}",
            start=fmt.day(before.start, lang()),
            end=fmt.day(before.end, lang()),
        )
    )
    choice = competitors.Choice(sov, rate, agg)
    return Setup(chosen, span, choice, tz, info.own_employer, cache.version(info))


def _cell(metric: str, value: float | None, change: float | None) -> str:
    """A figure with its change against the comparison period ('n/a' when unavailable)."""
    language = lang()
    if value is None:
        return t("n/a")
    if metric in PERCENT:
        delta = f" ({fmt.points(change, language, 1)})" if change is not None else ""
        return fmt.percent(value, language, 1) + delta
    digits = 1 if metric == "posts_per_week" else 0
    delta = f" ({fmt.signed(change, language, digits)})" if change is not None else ""
    return fmt.number(value, language, digits) + delta


def ranking(posts: pl.LazyFrame, setup: Setup, days: pl.DataFrame | None = None) -> pl.DataFrame:
    table = cache.computed(
        (repr(setup),),
        competitors.ranking,
        posts, setup.employers, setup.period, setup.choice, setup.tz, days,
    )  # fmt: skip
    st.subheader(t("Ranking"))
    shown = {
        t("Employer"): [
            t("{name} (own organisation)", name=e) if e == setup.own else e for e in setup.employers
        ]
    }
    for metric in competitors.METRICS:
        rows = table.filter(pl.col("metric") == metric)
        by = {r["employer"]: r for r in rows.iter_rows(named=True)}
        shown[t(vocab.COMP_M[metric])] = [
            _cell(metric, by[e]["value"], by[e]["change"]) for e in setup.employers
        ]
    st.dataframe(shown, hide_index=True, width="stretch")
    reasons = sorted({r for r in table.get_column("reason").drop_nulls()})
    if reasons:
        st.caption(
            t("Unavailable: {items}.", items="; ".join(t(vocab.COMP_REASON[r]) for r in reasons))
        )
    with st.expander(t("How is this computed?")):
        c = setup.choice
        per_week = t("Posts by the employer's accounts (replies left out) ÷ weeks in the period.")
        lines = [
            ("**" + t("Posts per week") + f"**: {per_week}"),
            (
                "**"
                + t("Mentions")
                + "**: "
                + t(
                    "Posts about the employer not by its own accounts (employees, "
                    "candidates, fans, critics, media; shares count) — the same count as "
                    "on Start and Listening."
                )
            ),
            ("**" + t("Share of voice") + f"**: {t(vocab.COMP_F_SOV[c.sov])}"),
            ("**" + t("Engagement rate") + "**: ")
            + t(
                "Engagements ÷ {denominator}, over the accounts' posts; {aggregation}.",
                denominator=t(vocab.COMP_F_DEN[c.rate]),
                aggregation=t(vocab.COMP_F_AGG[c.aggregation]),
            ),
            (
                "**"
                + t("Median engagements")
                + "**: "
                + t("Median of reactions + comments + shares per account post.")
            ),
            (
                "**"
                + t("Follower growth")
                + "**: "
                + t(
                    "Followers of the accounts at the end ÷ at the start of the period, "
                    "− 1 (per platform the first and last count, summed)."
                )
            ),
            (
                "**"
                + t("Brand Health Index")
                + "**: "
                + t(
                    "Share of positive and negative mentions among mentions with "
                    "sentiment. Brand Health Index = positive ÷ (positive + negative)."
                )
            ),
            t(
                "In brackets: the change against the comparison period (percentage "
                "points for percentages)."
            ),
        ]
        st.markdown("\n".join(f"- {line}" for line in lines))
    return table


def chart_downloads(chart, name: str) -> None:
    left, right, _ = st.columns([1, 1, 6])
    left.download_button(
        t("PNG"),
        partial(export.chart_image, chart, "png"),  # rendered only when clicked
        f"{name}.png",
        "image/png",
        key=f"comp.png.{name}",
    )
    right.download_button(
        t("SVG"),
        partial(export.chart_image, chart, "svg"),
        f"{name}.svg",
        "image/svg+xml",
        key=f"comp.svg.{name}",
    )


def platforms(posts: pl.LazyFrame, setup: Setup) -> pl.DataFrame:
    table = cache.computed(
        (repr(setup),), competitors.per_platform, posts, setup.employers, setup.period, setup.tz
    )
    order = {e: i for i, e in enumerate(setup.employers)}  # as chosen: own organisation first
    table = table.sort(pl.col("employer").replace_strict(order, return_dtype=pl.Int64))
    st.subheader(t("Posts per week per platform"))
    language = lang()
    shown = {t("Employer"): table.get_column("employer").to_list()}
    for column in table.columns[1:]:
        shown[t(vocab.PLATFORM[column])] = [
            fmt.number(v, language, 1) for v in table.get_column(column)
        ]
    st.dataframe(shown, hide_index=True, width="stretch")
    return table


def mix(posts: pl.LazyFrame, setup: Setup, themed: pl.DataFrame | None = None) -> pl.DataFrame:
    """Content mix per employer, by activity category or — once the Themes page has found
    them — by theme."""
    st.subheader(t("Content: where does who invest?"))
    by = "category"
    if themed is not None:
        kinds = {"category": t("kind of activity"), "theme_name": t("theme (Themes page)")}
        by = st.radio(
            t("Group by"),
            list(kinds),
            format_func=kinds.__getitem__,
            horizontal=True,
            key=state.COMP_MIX_BY,
        )
        if by == "theme_name":
            posts = themed.lazy()  # main themes (6-15)
    else:
        st.caption(t("Open the Themes page first to see the mix by theme as well."))
    # Per employer its 7 largest main themes and the rest as one bar: 8 at most in a chart.
    table = cache.computed(
        (repr(setup), by, lang()),
        competitors.content_mix,
        posts, setup.employers, setup.period, setup.tz, by=by, top=7,
    )  # fmt: skip
    st.caption(
        t(
            "Per employer the share of posts per kind of activity next to the "
            "share of engagement it brings. Kinds by fixed keywords (vacancies, "
            "stories, referrals, talent pool, events, ...); main themes as the "
            "Themes page found them (per employer the 7 largest, the rest "
            "together as other)."
        )
    )
    labels = {"posts_share": t("Share of posts"), "engagement_share": t("Share of engagement")}
    columns = st.columns(min(2, len(setup.employers)))
    for i, employer in enumerate(setup.employers):
        mine = (
            table.filter(pl.col("employer") == employer)
            .with_columns(
                pl.col("category")
                .replace_strict(
                    {
                        c: t(vocab.CATEGORY[c])
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
            st.markdown(f"**{fmt.plain(employer)}**")
            title = t("Kind") if by == "category" else t("Theme")
            chart = charts.paired_bars(mine, "label", labels, title, lang())
            st.altair_chart(chart, width="stretch")
            chart_downloads(chart, f"mix-{i}")
    return table


def over_time(posts: pl.LazyFrame, setup: Setup) -> pl.DataFrame:
    table = cache.computed(
        (repr(setup),),
        competitors.weekly,
        posts, setup.employers, setup.period, setup.tz, setup.choice.sov,
    )  # fmt: skip
    st.subheader(t("Over time"))
    for column, key, percent in (
        ("posts", N_("Posts per week"), False),
        ("engagements", N_("Engagement per week"), False),
        ("sov", N_("Share of voice per week"), True),
    ):
        st.markdown(f"**{t(key)}**")
        chart = charts.lines(
            table.drop_nulls(column),
            "week",
            column,
            "employer",
            (t("Week"), t(key)),
            lang(),
            percent,
            highlight=setup.own,
        )
        st.altair_chart(chart, width="stretch")
        chart_downloads(chart, f"weekly-{column}")
    return table


def top(posts: pl.LazyFrame, setup: Setup) -> dict[str, pl.DataFrame]:
    st.subheader(t("Top posts"))
    language = lang()
    tops = {}
    tabs = kept_tabs([fmt.plain(e) for e in setup.employers], state.COMP_TOP_TAB)
    for tab, employer in zip(tabs, setup.employers, strict=True):
        best = cache.computed(
            (repr(setup), employer), competitors.top_posts, posts, employer, setup.period, setup.tz
        )
        tops[employer] = best
        with tab:
            st.dataframe(
                {
                    t("Date"): [fmt.day(d, language) for d in best.get_column("published_at")],
                    t("Platform"): [t(vocab.PLATFORM[p]) for p in best.get_column("platform")],
                    t("Text"): best.get_column("text").to_list(),
                    t("Engagements"): [
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
        t("Download the benchmark (Excel, one sheet per view)"),
        partial(export.to_xlsx, sheets),
        f"benchmark-{date.today():%Y%m%d}.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        icon=":material/download:",
        type="primary",
    )
