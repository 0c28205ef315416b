"""The five C's: Connections, Conversations, Content, Context, Continuous — where do we stand?"""

from datetime import timedelta

import streamlit as st

from app import cache, state
from app import components as c
from app.views import scorecard as view
from core import fmt, scorecard, settings, vocab

with c.page(vocab.NAV["scorecard"]):
    st.caption(
        c.t(
            "The five C's of employer branding on social media, each scored 0–100 from "
            "the figures behind it, with what moved since the previous period and one "
            "next step."
        )
    )
    info = c.require_dataset()
    if not info.own_employer:
        st.info(
            c.t("Say on the Data page which organisation is your own: the scorecard is about it.")
        )
        st.stop()
    posts = cache.labelled(info)[0]
    stamps = posts.get_column("published_at")
    first, last = stamps.min().date(), stamps.max().date()
    default_start, _ = c.recent(first, last)
    period = st.date_input(
        c.t("Period"),
        value=(default_start, last),
        min_value=first,
        max_value=last,
        key=state.SCORE_PERIOD,
        format="DD-MM-YYYY",
    )
    start, end = (*period, None, None)[:2] if isinstance(period, tuple) else (period, None)
    start = start or default_start
    end = end or start
    tz = settings.get("timezone")
    # Kept per dataset version, labels (lexicon until the texts are read), choice and zone.
    read = cache.reading(info) is None
    scores = cache.computed(
        (cache.version(info), read, info.own_employer, tuple(info.competitors), tz, start, end),
        scorecard.scorecard,
        posts, info.own_employer, info.competitors, tz, start, end, cache.days(info),
    )  # fmt: skip
    before = (start - (end - start) - timedelta(days=1), start - timedelta(days=1))
    st.caption(
        c.t(
            "Compared with {start} – {end}",
            start=fmt.day(before[0], c.lang()),
            end=fmt.day(before[1], c.lang()),
        )
    )
    top = st.columns(3)
    bottom = st.columns(2)
    for column, score in zip([*top, *bottom], scores, strict=True):
        with column:
            view.card(score)
    view.formulas()
