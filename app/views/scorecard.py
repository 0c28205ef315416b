"""The five C's scorecard: one card per C."""

from __future__ import annotations

import streamlit as st

from app.components import lang, t
from core import fmt, scorecard
from core.scorecard import Figure, Score


def value_text(figure: Figure, language: str) -> str:
    """A part's figure as the page shows it: a share, a count or hours."""
    if figure.value is None:
        return "n.b."
    if figure.part.id == "reply_time":
        return t("{hours} h", hours=fmt.number(figure.value, language, 1))
    if figure.part.percent:
        return fmt.percent(figure.value, language, 1)
    return fmt.number(figure.value, language)


def score_text(score: float | None, language: str) -> str:
    return "n.b." if score is None else fmt.number(score, language) + "/100"


def card(score: Score) -> None:
    language = lang()
    with st.container(border=True):
        st.markdown(f"### {t(scorecard.NAMES[score.c])}")
        st.caption(t(scorecard.MEANING[score.c]))
        # An ASCII minus: Streamlit reads the delta's direction from a leading '-'.
        delta = fmt.signed(score.change, language, minus="-") if score.change is not None else None
        st.metric(
            t("Score"),
            score_text(score.score, language),
            delta=delta,
            help=t("The mean of the scores of the figures below; n.b. ones are left out."),
        )
        lines = []
        for figure in score.figures:
            shown = value_text(figure, language)
            if figure.score is None:
                shown += " — " + t(scorecard.REASONS[figure.reason])
            else:
                shown += " (" + t("score {score}", score=fmt.number(figure.score, language)) + ")"
            lines.append(f"- **{t(figure.part.label)}**: {shown}")
        st.markdown("\n".join(lines))
        if score.step:
            st.markdown(":material/arrow_forward: " + t(score.step))
        elif score.score is None:
            st.caption(t("n.b.: the data cannot support this C yet."))


def formulas() -> None:
    with st.expander(t("How is this computed?")):
        st.markdown(
            t(
                "Each C is the mean of its figures' scores. A figure scores 100 when it "
                "reaches its target, proportionally less below it; n.b. figures are left "
                "out, with the reason. The change is against the period of the same length "
                "just before."
            )
        )
        st.markdown(
            "\n".join(
                f"- **{t(scorecard.NAMES[p.c])} · {t(p.label)}**: {t(p.formula)}"
                for p in scorecard.PARTS
            )
        )
