"""Impact: what do our posts bring in — reach, visits to the careers site, applications?"""

from datetime import date

import streamlit as st

from app import cache
from app import components as c
from app.views import impact as view
from core import impact, vocab

with c.page(vocab.NAV["impact"]):
    st.caption(
        c.t(
            "What the own accounts' posts bring in: reach, engagement and clicks per "
            "platform and kind of post, visits to the careers site and applications per "
            "channel from the web-analytics export, and follower growth. Every formula is "
            "under 'How is this computed?'."
        )
    )
    info = c.require_dataset()
    posts = cache.posts(info)
    visits = cache.visits(info)
    setup = view.controls(posts, visits, (cache.version(info), info.own_employer))
    every = impact.own_posts(posts.lazy(), info.own_employer, setup.tz, date.min, date.max)
    every = every.collect()
    own = every.filter(every["day"].is_between(setup.start, setup.end))
    headline = st.container()
    kinds = view.posts_section(own, setup)
    table, span = view.channels_section(visits, every, setup)
    with headline:
        view.headline(own, table)
    found = view.campaigns_section(visits, every, setup)
    growth = impact.follower_growth(
        cache.days(info), own, info.own_employer, setup.start, setup.end
    )
    view.followers_section(growth)
    view.formulas()
    view.download(
        {"per kind": kinds, "channels": table, "campaigns": found, "followers": growth}, info
    )
