"""Home: the active dataset at a glance, and the way into every page."""

from datetime import date
from functools import partial

import streamlit as st

from app import cache
from app import components as c
from app.navigation import PAGES
from core import charts, fmt, report, vocab
from core.i18n import N_
from core.metrics import FORMULAS
from core.overview import day_figures

EXPLORE = [spec for spec in PAGES if spec.key != "home"]

with c.page(vocab.NAV["home"]):
    st.caption(
        c.t(
            "Employer branding on social media: what is said, when, by whom — "
            "and what we do about it."
        )
    )
    info = c.require_dataset()
    o = cache.dataset_overview(info)
    lang = c.lang()
    period = c.t(
        "{start} – {end} · {weeks} weeks · {employers} employers",
        start=fmt.day(o.start, lang),
        end=fmt.day(o.end, lang),
        weeks=o.weeks,
        employers=o.employers,
    )
    st.markdown(period)
    st.download_button(
        c.t("Report to hand out (PDF)"),
        partial(report.pdf, cache.report_inputs(info, lang)),
        f"employer-radar-{info.id}-{date.today():%Y%m%d}.pdf",
        "application/pdf",
        icon=":material/picture_as_pdf:",
        help=c.t(
            "What stands out, the five C's and each page's key tables and charts for the "
            "last 13 weeks, with a contents page, in the interface language."
        ),
    )
    if info.own_employer:
        rivals = c.t("Competitors: {names}", names=", ".join(info.competitors) or "—")
        st.markdown(c.t("Own organisation: **{name}**", name=info.own_employer) + " · " + rivals)
    else:
        st.info(
            c.t(
                "The own organisation is not set yet: pages that compare own and "
                "competitors show less until it is."
            ),
            icon=":material/groups:",
        )
        st.page_link("../pages/data.py", label=c.t("Set who is who"), icon=":material/tune:")
    if info.kind == "demo":
        st.info(
            c.t(
                "This is the built-in demo dataset: a fictional employer, Veldhuis "
                "Techniek, and three competitors. Upload your own exports on the "
                "Data page."
            ),
            icon=":material/science:",
        )

    # Drawn at the top, computed last: the figures below appear at once.
    stands_out = st.container()

    rival_posts = o.segment_posts("competitor_accounts") + o.segment_posts("competitor_employees")
    kpis = [
        (N_("Posts"), o.posts),
        (N_("From own accounts"), o.segment_posts("own_account")),
        (N_("From employees"), o.segment_posts("own_employees")),
        (N_("From competitors"), rival_posts),
        (N_("From the public"), o.segment_posts("public")),
    ]
    for col, (key, value) in zip(st.columns(len(kpis)), kpis, strict=True):
        col.metric(c.t(key), fmt.number(value, lang), border=True)
    mentioned, total, median = st.columns(3)
    mentioned.metric(
        c.t("Mentions of {name}", name=info.own_employer) if info.own_employer else c.t("Mentions"),
        fmt.number(o.mentions_of(info.own_employer), lang),
        border=True,
        help=c.t(
            "Posts about the employer not by its own accounts, over the whole "
            "dataset — the same count as on Listening and Competitors for the "
            "same period."
        ),
    )
    engagements = FORMULAS["engagements"]
    total.metric(
        c.t("Total engagements"),
        fmt.number(o.engagements_total, lang),
        border=True,
        help=c.t(engagements),
    )
    median.metric(
        c.t("Median per post"),
        fmt.number(o.engagements_median, lang, digits=1),
        border=True,
        help=c.t(
            "Engagements = reactions/likes + comments + shares. Median over "
            "posts whose source reports engagement."
        ),
    )

    left, right = st.columns(2)
    with left:
        st.subheader(c.t("Posts per platform"))
        platforms = c.labelled(o.per_platform, "platform", vocab.PLATFORM)
        titles = (c.t("Platform"), c.t("Posts"))
        chart = charts.bar(platforms, "label", "posts", titles, lang)
        st.altair_chart(chart, width="stretch")
    with right:
        st.subheader(c.t("Who is speaking"))
        segments = c.labelled(o.per_segment, "segment", vocab.SEGMENT)
        st.dataframe(
            {
                c.t("Speaker"): segments["label"],
                c.t("Posts"): [fmt.number(v, lang) for v in segments["posts"]],
                c.t("Share"): [fmt.percent(v, lang) for v in segments["share"]],
                c.t("Engagements"): [fmt.number(v, lang) for v in segments["engagements"]],
                c.t("Median"): [
                    fmt.number(v, lang, digits=1) for v in segments["median_engagements"]
                ],
            },
            hide_index=True,
        )

    days = cache.days(info)
    if not days.is_empty():
        st.subheader(c.t("Account figures per day"))
        st.caption(
            c.t(
                "From the exports' daily sheets (LinkedIn 'Metrics', Meta daily "
                "files, TikTok Overview): totals over the period; followers as the "
                "level at the end with the growth."
            )
        )
        figures = day_figures(days)
        st.dataframe(
            {
                c.t("Platform"): [
                    c.t(vocab.PLATFORM[p]) if p else "—" for p in figures["platform"]
                ],
                c.t("Account"): [
                    a or e or "—" for a, e in figures.select("account", "employer").rows()
                ],
                c.t("Figure"): [
                    c.t(vocab.METRIC[m]) if m in vocab.METRIC else m.replace("_", " ")
                    for m in figures["metric"]
                ],
                c.t("Period"): [
                    f"{fmt.day(a, lang)} – {fmt.day(b, lang)}"
                    for a, b in figures.select("first", "last").rows()
                ],
                c.t("Total or level"): [fmt.number(v, lang) for v in figures["value"]],
                c.t("Growth"): [
                    fmt.number(v, lang) if v is not None else "" for v in figures["change"]
                ],
            },
            hide_index=True,
        )

    st.subheader(c.t("Explore"))
    for start in range(0, len(EXPLORE), 4):
        for col, spec in zip(st.columns(4), EXPLORE[start : start + 4], strict=False):
            with col.container(border=True):
                st.page_link(spec.script, label=c.t(vocab.NAV[spec.key]), icon=spec.icon)
                st.caption(c.t(vocab.QUESTION[spec.key]))

    found = cache.what_stands_out(info) if info.own_employer else []
    if found is None:  # a large dataset: worked out in the background

        @st.fragment(run_every=1.0)
        def waiting() -> None:
            if cache.what_stands_out(info) is not None:
                st.rerun()
            st.subheader(c.t("What stands out"))
            st.caption(
                c.t(
                    "Working out what stands out in {posts} posts — it appears here by itself; "
                    "the other pages work meanwhile.",
                    posts=fmt.number(info.rows, lang),
                )
            )

        with stands_out:
            waiting()
    elif found:
        with stands_out:
            st.subheader(c.t("What stands out"))
            specs = {spec.key: spec for spec in PAGES}
            with st.container(border=True):
                for finding in found:
                    text, link = st.columns([5, 1], vertical_alignment="center")
                    text.markdown(finding.text(lang))
                    spec = specs[finding.page]
                    link.page_link(spec.script, label=c.t(vocab.NAV[spec.key]), icon=spec.icon)
