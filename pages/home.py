"""Home: the active dataset at a glance, and the way into every page."""

import streamlit as st

from app import cache
from app import components as c
from app.navigation import PAGES
from core import charts, fmt
from core.i18n import TEXTS
from core.metrics import FORMULAS
from core.summary import day_figures

EXPLORE = [spec for spec in PAGES if spec.key != "home"]

with c.page("nav.home"):
    st.caption(c.t("app.tagline"))
    info = c.require_dataset()
    o = cache.dataset_overview(info)
    lang = c.lang()
    period = c.t(
        "home.period",
        start=fmt.day(o.start, lang),
        end=fmt.day(o.end, lang),
        weeks=o.weeks,
        employers=o.employers,
    )
    st.markdown(period)
    if info.own_employer:
        rivals = c.t("home.competitors", names=", ".join(info.competitors) or "—")
        st.markdown(c.t("home.own_org", name=info.own_employer) + " · " + rivals)
    else:
        st.info(c.t("brands.unset"), icon=":material/groups:")
        st.page_link("../pages/data.py", label=c.t("home.set_brands"), icon=":material/tune:")
    if info.kind == "demo":
        st.info(c.t("home.demo_note"), icon=":material/science:")

    rival_posts = o.segment_posts("competitor_accounts") + o.segment_posts("competitor_employees")
    kpis = [
        ("home.kpi.posts", o.posts),
        ("home.kpi.own", o.segment_posts("own_account")),
        ("home.kpi.employees", o.segment_posts("own_employees")),
        ("home.kpi.competitors", rival_posts),
        ("home.kpi.public", o.segment_posts("public")),
    ]
    for col, (key, value) in zip(st.columns(len(kpis)), kpis, strict=True):
        col.metric(c.t(key), fmt.number(value, lang), border=True)
    mentioned, total, median = st.columns(3)
    mentioned.metric(
        c.t("home.kpi.mentions", name=info.own_employer)
        if info.own_employer
        else c.t("home.kpi.mentions_all"),
        fmt.number(o.mentions_of(info.own_employer), lang),
        border=True,
        help=c.t("home.kpi.mentions_help"),
    )
    total.metric(
        c.t("home.kpi.engagement_total"),
        fmt.number(o.engagements_total, lang),
        border=True,
        help=FORMULAS["engagements"],
    )
    median.metric(
        c.t("home.kpi.engagement_median"),
        fmt.number(o.engagements_median, lang, digits=1),
        border=True,
        help=c.t("home.engagement_help"),
    )

    left, right = st.columns(2)
    with left:
        st.subheader(c.t("home.per_platform"))
        platforms = c.labelled(o.per_platform, "platform", "platform")
        titles = (c.t("chart.platform"), c.t("chart.posts"))
        chart = charts.bar(platforms, "label", "posts", titles, lang)
        st.altair_chart(chart, width="stretch")
    with right:
        st.subheader(c.t("home.who_speaks"))
        segments = c.labelled(o.per_segment, "segment", "segment")
        st.dataframe(
            {
                c.t("home.table.segment"): segments["label"],
                c.t("home.table.posts"): [fmt.number(v, lang) for v in segments["posts"]],
                c.t("home.table.share"): [fmt.percent(v, lang) for v in segments["share"]],
                c.t("home.table.engagements"): [
                    fmt.number(v, lang) for v in segments["engagements"]
                ],
                c.t("home.table.median"): [
                    fmt.number(v, lang, digits=1) for v in segments["median_engagements"]
                ],
            },
            hide_index=True,
        )

    days = cache.days(info)
    if not days.is_empty():
        st.subheader(c.t("home.days"))
        st.caption(c.t("home.days_help"))
        figures = day_figures(days)
        st.dataframe(
            {
                c.t("home.days.platform"): [
                    c.t(f"platform.{p}") if p else "—" for p in figures["platform"]
                ],
                c.t("home.days.account"): [
                    a or e or "—" for a, e in figures.select("account", "employer").rows()
                ],
                c.t("home.days.metric"): [
                    c.t(f"metric.{m}") if f"metric.{m}" in TEXTS else m.replace("_", " ")
                    for m in figures["metric"]
                ],
                c.t("home.days.period"): [
                    f"{fmt.day(a, lang)} – {fmt.day(b, lang)}"
                    for a, b in figures.select("first", "last").rows()
                ],
                c.t("home.days.value"): [fmt.number(v, lang) for v in figures["value"]],
                c.t("home.days.change"): [
                    fmt.number(v, lang) if v is not None else "" for v in figures["change"]
                ],
            },
            hide_index=True,
        )

    st.subheader(c.t("home.explore"))
    for start in range(0, len(EXPLORE), 4):
        for col, spec in zip(st.columns(4), EXPLORE[start : start + 4], strict=False):
            with col.container(border=True):
                st.page_link(spec.script, label=c.t(f"nav.{spec.key}"), icon=spec.icon)
                st.caption(c.t(f"question.{spec.key}"))
