"""Chart builders: pure functions from a polars frame to an Altair chart.

Pages only call ``st.altair_chart`` on what these return; tests check ``chart.to_dict()``.
Numbers on axes and labels follow the interface language (5.801 in Dutch, 5,801 in English).
"""

from __future__ import annotations

import altair as alt
import polars as pl

from core import fmt
from core.i18n import t

PALETTE = ("#0F6E6E", "#E07A1F", "#5B6CC2", "#C2465B", "#7A8C2E", "#8E6BB5", "#5A6B6B")


def count_axis(lang: str, **kwargs: object) -> alt.Axis:
    """An axis for counts: whole numbers only (never '0.5 mentions'), in the interface's
    number format."""
    return alt.Axis(format=",d", tickMinStep=1, labelExpr=fmt.vega_label_expr(lang), **kwargs)


def bar(
    frame: pl.DataFrame,
    label: str,
    value: str,
    titles: tuple[str, str],
    lang: str,
) -> alt.LayerChart:
    """A horizontal bar chart, bars in the order of the frame, the value at each bar's end.

    Args:
        frame: One row per bar, with the columns ``label`` (text) and ``value`` (number).
        label: Name of the column with the bar labels.
        value: Name of the column with the bar lengths.
        titles: Axis titles (label axis, value axis), already translated.
        lang: Interface language, for number formatting.
    """
    order = frame.get_column(label).to_list()
    data = frame.select(
        label,
        value,
        pl.Series("text", [fmt.number(v, lang) for v in frame.get_column(value)]),
    )
    base = alt.Chart(data).encode(
        y=alt.Y(f"{label}:N", sort=order, title=titles[0]),
        x=alt.X(
            f"{value}:Q",
            title=titles[1],
            axis=count_axis(lang)
            if frame.schema[value].is_integer()
            else alt.Axis(labelExpr=fmt.vega_label_expr(lang)),
        ),
        tooltip=[
            alt.Tooltip(f"{label}:N", title=titles[0]),
            alt.Tooltip("text:N", title=titles[1]),
        ],
    )
    bars = base.mark_bar(color=PALETTE[0], cornerRadiusEnd=3)
    text = base.mark_text(align="left", dx=4, color="#1D2A2A").encode(text="text:N")
    return (bars + text).properties(height=alt.Step(28))


def heatmap(frame: pl.DataFrame, value_title: str, lang: str, percent: bool = False) -> alt.Chart:
    """Weekday × hour heatmap; the tooltip shows the value and the number of posts behind it.

    Args:
        frame: :func:`core.timing.heatmap` output (``weekday``, ``hour``, ``value``, ``n``).
        value_title: Legend and tooltip title for the value, already translated.
        lang: Interface language (day names, number formats).
        percent: Format values as percentages (rates) instead of counts.
    """
    days = [_short_day(d, lang) for d in range(1, 8)]
    show = fmt.percent if percent else fmt.number
    data = frame.with_columns(
        pl.col("weekday")
        .replace_strict(dict(enumerate(days, start=1)), return_dtype=pl.String)
        .alias("day"),
        pl.Series("text", [show(v, lang) for v in frame.get_column("value")]),
        pl.Series("posts", [fmt.number(v, lang) for v in frame.get_column("n")]),
    )
    return (
        alt.Chart(data)
        .mark_rect(stroke="white", strokeWidth=0.5)
        .encode(
            x=alt.X(
                "hour:O",
                title=t("Hour", lang),
                axis=alt.Axis(labelAngle=0),
                scale=alt.Scale(domain=list(range(24))),  # every hour, also those without posts
            ),
            y=alt.Y("day:N", sort=days, title=None),
            color=alt.Color(
                "value:Q",
                title=value_title,
                scale=alt.Scale(scheme="tealblues"),
                legend=alt.Legend(
                    format=".1%" if percent else ",d",
                    tickMinStep=0.001 if percent else 1,  # no '0 1 1 2 2' on a count legend
                    labelExpr=fmt.vega_label_expr(lang),
                    orient="bottom",
                    titleLimit=400,
                ),
            ),
            tooltip=[
                alt.Tooltip("day:N", title=t("Day", lang)),
                alt.Tooltip("hour:O", title=t("Hour", lang)),
                alt.Tooltip("text:N", title=value_title),
                alt.Tooltip("posts:N", title=t("Posts", lang)),
            ],
        )
        .properties(height=alt.Step(22))
    )


def slot_lifts(slots: pl.DataFrame, lang: str, block_hours: int, top: int = 12) -> alt.LayerChart:
    """The best slots of one platform: lift with its interval, and a line at 1 (typical post)."""
    best = slots.filter(~pl.col("thin")).sort("rank").head(top)
    labels = [
        f"{_short_day(w, lang)} {b:02d}:00–{(b + block_hours) % 24:02d}:00"
        for w, b in zip(best.get_column("weekday"), best.get_column("block"), strict=True)
    ]
    data = best.with_columns(
        pl.Series("slot", labels),
        pl.Series("lift_text", [fmt.number(v, lang, 2) for v in best.get_column("lift")]),
        pl.Series("posts", [fmt.number(v, lang) for v in best.get_column("n")]),
    ).select("slot", "lift", "low", "high", "lift_text", "posts")
    base = alt.Chart(data).encode(y=alt.Y("slot:N", sort=labels, title=None))
    interval = base.mark_rule(color=PALETTE[0], strokeWidth=2).encode(
        x=alt.X("low:Q", title=t("Lift", lang)), x2="high:Q"
    )
    point = base.mark_circle(color=PALETTE[1], size=90).encode(
        x="lift:Q",
        tooltip=[
            alt.Tooltip("slot:N", title=t("Time", lang)),
            alt.Tooltip("lift_text:N", title=t("Lift", lang)),
            alt.Tooltip("posts:N", title=t("Posts", lang)),
        ],
    )
    one = (
        alt.Chart(pl.DataFrame({"x": [1.0]}))
        .mark_rule(strokeDash=[4, 4], color="#5A6B6B")
        .encode(x="x:Q")
    )
    return (interval + point + one).properties(height=alt.Step(24))


def hourly(frame: pl.DataFrame, labels: dict[bool, str], lang: str) -> alt.Chart:
    """Mentions per hour of the day, coloured by inside or outside office hours."""
    data = frame.with_columns(
        pl.col("office").replace_strict(labels, return_dtype=pl.String).alias("when"),
        pl.Series("text", [fmt.number(v, lang) for v in frame.get_column("mentions")]),
    )
    return (
        alt.Chart(data)
        .mark_bar()
        .encode(
            x=alt.X("hour:O", title=t("Hour", lang), axis=alt.Axis(labelAngle=0)),
            y=alt.Y("mentions:Q", title=t("Mentions", lang), axis=count_axis(lang)),
            color=alt.Color(
                "when:N",
                title=None,
                scale=alt.Scale(domain=list(labels.values()), range=[PALETTE[0], PALETTE[1]]),
                legend=alt.Legend(orient="top"),
            ),
            tooltip=[
                alt.Tooltip("hour:O", title=t("Hour", lang)),
                alt.Tooltip("when:N", title=" "),
                alt.Tooltip("text:N", title=t("Mentions", lang)),
            ],
        )
        .properties(height=280)
    )


def lines(
    frame: pl.DataFrame,
    x: str,
    y: str,
    color: str,
    titles: tuple[str, str],
    lang: str,
    percent: bool = False,
    highlight: str | None = None,
) -> alt.Chart:
    """One line per ``color`` value over ``x`` (e.g. weekly posts per employer).

    Args:
        highlight: A ``color`` value drawn thick and first in the legend (the own
            organisation); the others thinner.

    The y axis starts at 0 and never goes below it (counts and shares cannot).
    """
    show = fmt.percent if percent else fmt.number
    data = frame.select(x, y, color).with_columns(
        pl.Series("text", [show(v, lang) for v in frame.get_column(y)])
    )
    names = sorted(set(data.get_column(color).drop_nulls().to_list()))
    if highlight in names:
        names = [highlight, *(n for n in names if n != highlight)]
    width = (
        alt.condition(alt.datum[color] == highlight, alt.value(4), alt.value(1.5))
        if highlight in names
        else alt.value(2)
    )
    return (
        alt.Chart(data)
        .mark_line(point=True)
        .encode(
            x=alt.X(f"{x}:T", title=titles[0], axis=alt.Axis(labelExpr=fmt.vega_date_expr(lang))),
            y=alt.Y(
                f"{y}:Q",
                title=titles[1],
                scale=alt.Scale(domainMin=0, clamp=True),
                axis=alt.Axis(format=".0%", labelExpr=fmt.vega_label_expr(lang))
                if percent
                else count_axis(lang),
            ),
            color=alt.Color(
                f"{color}:N",
                title=None,
                scale=alt.Scale(domain=names, range=list(PALETTE)),
                legend=alt.Legend(orient="top"),
            ),
            strokeWidth=width,
            tooltip=[
                alt.Tooltip(f"{color}:N", title=" "),
                alt.Tooltip(f"{x}:T", title=titles[0], format="%d-%m-%Y"),
                alt.Tooltip("text:N", title=titles[1]),
            ],
        )
        .properties(height=260)
    )


def paired_bars(
    frame: pl.DataFrame, category: str, columns: dict[str, str], title: str, lang: str
) -> alt.Chart:
    """Per category two (or more) shares side by side: share of posts next to share of engagement.

    Args:
        frame: One row per category.
        category: Column with the (translated) category labels.
        columns: ``{column: label}`` of the share columns to put side by side.
        title: Title of the category axis.
        lang: Interface language.
    """
    long = frame.select(category, *columns).unpivot(
        index=category, variable_name="measure", value_name="share"
    )
    long = long.with_columns(
        pl.col("measure").replace_strict(columns, return_dtype=pl.String),
        pl.Series("text", [fmt.percent(v, lang, 0) for v in long.get_column("share")]),
    )
    order = frame.get_column(category).to_list()
    return (
        alt.Chart(long)
        .mark_bar()
        .encode(
            y=alt.Y(f"{category}:N", sort=order, title=title, axis=alt.Axis(labelLimit=240)),
            x=alt.X(
                "share:Q",
                title=None,
                axis=alt.Axis(format=".0%", labelExpr=fmt.vega_label_expr(lang)),
            ),
            yOffset=alt.YOffset("measure:N", sort=list(columns.values())),
            color=alt.Color(
                "measure:N",
                title=None,
                sort=list(columns.values()),
                scale=alt.Scale(range=[PALETTE[0], PALETTE[1]]),
                legend=alt.Legend(orient="top"),
            ),
            tooltip=[
                alt.Tooltip(f"{category}:N", title=title),
                alt.Tooltip("measure:N", title=" "),
                alt.Tooltip("text:N", title=" "),
            ],
        )
        .properties(height=alt.Step(14))
    )


def theme_map(frame: pl.DataFrame, titles: dict[str, str], height: int = 520) -> alt.Chart:
    """Posts as dots on a 2-D map, coloured by theme, the text on hover.

    Args:
        frame: ``x``, ``y``, ``theme_name``, ``text`` (and optionally ``employer``, ``date``).
        titles: Tooltip titles for ``theme_name``, ``text``, ``employer``, ``date``.
    """
    tooltip = [alt.Tooltip(f"{c}:N", title=titles[c]) for c in titles if c in frame.columns]
    return (
        alt.Chart(frame)
        .mark_circle(size=28, opacity=0.7)
        .encode(
            x=alt.X("x:Q", axis=None),
            y=alt.Y("y:Q", axis=None),
            color=alt.Color(
                "theme_name:N",
                title=None,
                scale=alt.Scale(scheme="tableau20"),
                legend=alt.Legend(orient="right", labelLimit=260, symbolLimit=20),
            ),
            tooltip=tooltip,
        )
        .properties(height=height)
        .interactive()
    )


def _short_day(day: int, lang: str) -> str:
    """'di', 'mar', 'Tue': CLDR's abbreviated weekday without its full stop."""
    return fmt.weekday(day, lang, "abbreviated").rstrip(".")
