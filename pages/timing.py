"""Audience timing: when the audience is online, when we post, and when we should post."""

import streamlit as st

from app import cache
from app import components as c
from app.views import timing as view
from core import timing, vocab

with c.page(vocab.NAV["timing"]):
    st.caption(
        c.t(
            "When is the audience online, when do we post, and when does a post "
            "work best? Every post is compared with the same account's typical "
            "post, so a slot cannot win just because much is posted in it."
        )
    )
    info = c.require_dataset()
    posts = cache.posts(info)
    chosen = view.filters(posts, info)
    selected = timing.select(posts.lazy(), chosen.start, chosen.end, chosen.contains, chosen.tz)
    view.heatmaps(selected, chosen)
    rates = timing.available_rates(posts)
    platform = view.best(selected, chosen, rates)
    if platform:
        metric = chosen.metric if chosen.metric in rates else rates[0]
        view.test_schedule(selected, chosen, platform, metric)
    view.continuous(selected, chosen)
