"""Chart builders: pure functions from a polars frame to an Altair chart.

Pages only call ``st.altair_chart`` on what these return; tests check ``chart.to_dict()``.
Numbers on axes and labels follow the interface language (5.801 in Dutch, 5,801 in English).
"""

from __future__ import annotations

import altair as alt
import polars as pl

from core import fmt

PALETTE = ("#0F6E6E", "#E07A1F", "#5B6CC2", "#C2465B", "#7A8C2E", "#8E6BB5", "#5A6B6B")


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
        x=alt.X(f"{value}:Q", title=titles[1], axis=alt.Axis(labelExpr=fmt.vega_label_expr(lang))),
        tooltip=[
            alt.Tooltip(f"{label}:N", title=titles[0]),
            alt.Tooltip("text:N", title=titles[1]),
        ],
    )
    bars = base.mark_bar(color=PALETTE[0], cornerRadiusEnd=3)
    text = base.mark_text(align="left", dx=4, color="#1D2A2A").encode(text="text:N")
    return (bars + text).properties(height=alt.Step(28))
