"""Competitors: how do we compare with the employers we compete with for talent?"""

import streamlit as st

from app import cache
from app import components as c
from app.views import competitors as view
from core import vocab

with c.page(vocab.NAV["competitors"]):
    st.caption(
        c.t(
            "How do we compare with the employers we compete with for talent? "
            "Every definition is a choice, with its formula; what the data "
            "cannot support is shown as unavailable — never as zero."
        )
    )
    info = c.require_dataset()
    # Sentiment as on the Listening page: from the export, else learned or computed.
    posts = cache.labelled(info)[0]
    setup = view.controls(info, posts)
    if setup is not None:
        lazy = posts.lazy()
        ranked = view.ranking(lazy, setup, cache.days(info))
        per_platform = view.platforms(lazy, setup)
        content = view.mix(lazy, setup, cache.with_themes(info, c.lang()))
        weekly = view.over_time(lazy, setup)
        tops = view.top(lazy, setup)
        view.download(ranked, per_platform, content, weekly, tops)
