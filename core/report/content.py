"""What the report says: one section per page of the app, as plain blocks (text, figures,
tables, charts) in the interface language. :mod:`core.report.layout` lays them out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

import altair as alt
import polars as pl

from core import fmt, impact, scorecard, vocab
from core.ambassadors import discover
from core.charts import bar, lines, paired_bars
from core.competitors import Choice, Period, ranking
from core.competitors import weekly as competitor_weekly
from core.datasets import DatasetInfo
from core.findings import RECENT_DAYS, Finding, findings
from core.i18n import t
from core.listening import reputation
from core.listening.continuity import continuity
from core.overview import overview
from core.themes import summary
from core.timing import accounts, available_rates, recommend
from core.timing.advice import sentence
from core.vacancy.batch import check_many, vacancy_posts

CHART_WIDTH = 470


@dataclass
class Inputs:
    """Everything the report reads, as the app or the command line has it.

    Attributes:
        posts: The post table with sentiment filled (:func:`core.derived.labelled`).
        themed: The posts with ``theme_name``/``main_theme_name`` (None: themes not computed).
        roster: The organisation's ambassadors; entries: the response queue's statuses.
    """

    info: DatasetInfo
    posts: pl.DataFrame
    visits: pl.DataFrame
    days: pl.DataFrame
    lang: str
    tz: str
    start: date
    end: date
    themed: pl.DataFrame | None = None
    roster: list[dict] = field(default_factory=list)
    entries: dict = field(default_factory=dict)


@dataclass
class Table:
    header: list[str]
    rows: list[list[str]]
    widths: list[float] | None = None
    """Relative column widths (None: equal)."""


@dataclass
class Chart:
    png: bytes
    title: str = ""


@dataclass
class Section:
    """A heading and its blocks: ``str`` (a paragraph; ``**bold**`` allowed), ``list[str]``
    (bullets), :class:`Table`, :class:`Chart`."""

    title: str
    blocks: list = field(default_factory=list)


@dataclass
class Document:
    title: str
    subtitle: list[str]
    sections: list[Section]
    lang: str


def _png(chart: alt.TopLevelMixin) -> bytes:
    from core.export import chart_image

    return chart_image(chart.properties(width=CHART_WIDTH), "png")


def _named(names: dict[str, str], key: str, lang: str) -> str:
    """The translated name of an enumerated value (``vocab`` tables, formulas)."""
    return t(names[key], lang)


def _n(value, lang: str, digits: int = 0) -> str:
    return "—" if value is None else fmt.number(value, lang, digits)


def _pc(value, lang: str, digits: int = 1) -> str:
    return "—" if value is None else fmt.percent(value, lang, digits)


def build(inputs: Inputs) -> Document:
    """The whole report: findings, the five C's, then a section per page."""
    lang, info = inputs.lang, inputs.info
    sections = [
        _standing_out(inputs),
        _five_cs(inputs),
        _overview(inputs),
        _themes(inputs),
        _timing(inputs),
        _competitors(inputs),
        _listening(inputs),
        _impact(inputs),
        _ambassadors(inputs),
        _vacancy(inputs),
        _data(inputs),
    ]
    subtitle = [
        info.name,
        t("Own organisation: {name}", lang, name=info.own_employer or "—"),
        t(
            "Period: {start} – {end}",
            lang,
            start=fmt.day(inputs.start, lang),
            end=fmt.day(inputs.end, lang),
        ),
        t("Made on {day} with Employer Radar", lang, day=fmt.day(date.today(), lang)),
    ]
    return Document(t("Employer branding report", lang), subtitle, sections, lang)


def _standing_out(i: Inputs) -> Section:
    lang = i.lang
    found: list[Finding] = (
        findings(
            i.posts,
            i.info.own_employer,
            list(i.info.competitors),
            i.tz,
            entries=i.entries,
            roster=i.roster,
            visits=i.visits,
        )
        if i.info.own_employer
        else []
    )
    section = Section(t("What stands out", lang))
    if not found:
        section.blocks.append(
            t("Nothing stands out that the data can support (see each section).", lang)
        )
        return section
    section.blocks.append(t("Over the last 13 weeks of the data, most important first:", lang))
    section.blocks.append([f.text(lang) + " (" + t(vocab.NAV[f.page], lang) + ")" for f in found])
    return section


def _five_cs(i: Inputs) -> Section:
    lang = i.lang
    section = Section(_named(vocab.NAV, "scorecard", lang))
    scores = scorecard.scorecard(
        i.posts, i.info.own_employer, list(i.info.competitors), i.tz, i.start, i.end, i.days
    )
    if not scores:
        section.blocks.append(
            t("Say which organisation is your own: the scorecard is about it.", lang)
        )
        return section
    rows = []
    for s in scores:
        figures = []
        for f in s.figures:
            if f.score is None:
                shown = "n.b. (" + t(scorecard.REASONS[f.reason], lang) + ")"
            elif f.part.id == "reply_time":
                shown = t("{hours} h", lang, hours=fmt.number(f.value, lang, 1))
            elif f.part.percent:
                shown = fmt.percent(f.value, lang, 1)
            else:
                shown = fmt.number(f.value, lang)
            figures.append(f"{t(f.part.label, lang)}: {shown}")
        rows.append(
            [
                t(scorecard.NAMES[s.c], lang),
                "n.b." if s.score is None else fmt.number(s.score, lang) + "/100",
                fmt.signed(s.change, lang) if s.change is not None else "—",
                "; ".join(figures),
                t(s.step, lang) if s.step else "—",
            ]
        )
    header = [
        t("C", lang),
        t("Score", lang),
        t("Change", lang),
        t("Figures", lang),
        t("Next step", lang),
    ]
    section.blocks.append(Table(header, rows, [1.5, 0.8, 1.1, 3.3, 3.1]))
    section.blocks.append(
        t(
            "Each C is the mean of its figures' scores. A figure scores 100 when it "
            "reaches its target, proportionally less below it; n.b. figures are left "
            "out, with the reason. The change is against the period of the same length "
            "just before.",
            lang,
        )
    )
    section.blocks.append(
        [
            f"{t(scorecard.NAMES[p.c], lang)} · {t(p.label, lang)}: {t(p.formula, lang)}"
            for p in scorecard.PARTS
        ]
    )
    return section


def _overview(i: Inputs) -> Section:
    lang = i.lang
    o = overview(i.posts.lazy())
    section = Section(_named(vocab.NAV, "home", lang))
    section.blocks.append(
        t(
            "{start} – {end} · {weeks} weeks · {employers} employers",
            lang,
            start=fmt.day(o.start, lang),
            end=fmt.day(o.end, lang),
            weeks=o.weeks,
            employers=o.employers,
        )
    )
    own = i.info.own_employer
    section.blocks.append(
        Table(
            [
                t("Posts", lang),
                t("From own accounts", lang),
                t("From employees", lang),
                t("Mentions", lang),
                t("Total engagements", lang),
            ],
            [
                [
                    _n(o.posts, lang),
                    _n(o.segment_posts("own_account"), lang),
                    _n(o.segment_posts("own_employees"), lang),
                    _n(o.mentions_of(own), lang),
                    _n(o.engagements_total, lang),
                ]
            ],
        )
    )
    platforms = o.per_platform.with_columns(
        pl.col("platform")
        .replace_strict(
            {k: t(v, lang) for k, v in vocab.PLATFORM.items()}, default=pl.col("platform")
        )
        .alias("label")
    )
    section.blocks.append(
        Chart(
            _png(bar(platforms, "label", "posts", (t("Platform", lang), t("Posts", lang)), lang)),
            t("Posts per platform", lang),
        )
    )
    return section


def _themes(i: Inputs) -> Section:
    lang = i.lang
    section = Section(_named(vocab.NAV, "themes", lang))
    if i.themed is None:
        section.blocks.append(t("The themes are not computed for this dataset yet.", lang))
        return section
    rows, _ = summary.table(summary.at_level(i.themed, "main"), i.info.own_employer)
    if rows.is_empty():
        section.blocks.append(t("No themes found.", lang))
        return section
    top = rows.head(12)
    section.blocks.append(t("The main themes by number of posts, over the whole dataset:", lang))
    section.blocks.append(
        Table(
            [
                t("Theme", lang),
                t("Posts", lang),
                t("Share", lang),
                t("Own share", lang),
                t("Positive", lang),
                t("Negative", lang),
                t("Change", lang),
            ],
            [
                [
                    r["theme_name"] or "—",
                    _n(r["posts"], lang),
                    _pc(r["share"], lang),
                    _pc(r["own_share"], lang, 0),
                    _pc(r["positive"], lang, 0),
                    _pc(r["negative"], lang, 0),
                    fmt.signed_percent(r["change"], lang) if r["change"] is not None else "—",
                ]
                for r in top.iter_rows(named=True)
            ],
            [3.2, 0.8, 0.8, 0.9, 0.9, 0.9, 0.9],
        )
    )
    return section


def _timing(i: Inputs) -> Section:
    lang = i.lang
    section = Section(_named(vocab.NAV, "timing", lang))
    rates = available_rates(i.posts)
    if not rates:
        section.blocks.append(t("The exports give no figures to judge a posting time by.", lang))
        return section
    employers = [i.info.own_employer] if i.info.own_employer else None
    advice = recommend(accounts(i.posts.lazy(), employers), rates[0], i.tz)
    section.blocks.append(
        t(
            "The best time to post per platform: where the own accounts' posts did "
            "clearly better than their typical post.",
            lang,
        )
    )
    section.blocks.append([sentence(r, rates[0], lang, 5) for r in advice])
    return section


def _competitors(i: Inputs) -> Section:
    lang = i.lang
    section = Section(_named(vocab.NAV, "competitors", lang))
    employers = [e for e in [i.info.own_employer, *i.info.competitors] if e]
    if len(employers) < 2:
        section.blocks.append(t("No competitors named in who-is-who.", lang))
        return section
    from core.competitors import METRICS

    period = Period(i.start, i.end)
    choice = Choice()
    table = ranking(i.posts.lazy(), employers, period, choice, i.tz, i.days)
    header = [t("Employer", lang)] + [t(vocab.COMP_M[m], lang) for m in METRICS]
    rows = []
    for e in employers:
        row = [e]
        for m in METRICS:
            found = table.filter((pl.col("metric") == m) & (pl.col("employer") == e))
            value = found["value"][0] if found.height else None
            percent = m in {"sov", "rate", "growth", "positive", "negative", "bhi"}
            row.append(
                _pc(value, lang) if percent else _n(value, lang, 1 if m == "posts_per_week" else 0)
            )
        rows.append(row)
    section.blocks.append(Table(header, rows, [2.2] + [1.0] * len(METRICS)))
    weekly = competitor_weekly(i.posts.lazy(), employers, period, i.tz, choice.sov)
    if not weekly.is_empty() and "posts" in weekly.columns:
        chart = lines(
            weekly,
            "week",
            "posts",
            "employer",
            (t("Week", lang), t("Posts", lang)),
            lang,
            highlight=i.info.own_employer,
        )
        section.blocks.append(Chart(_png(chart), t("Posts per week", lang)))
    return section


def _listening(i: Inputs) -> Section:
    lang = i.lang
    section = Section(_named(vocab.NAV, "listening", lang))
    own = i.info.own_employer
    mentions = reputation.mentions(i.posts, own)
    if mentions.is_empty():
        section.blocks.append(t("No mentions of the own organisation.", lang))
        return section
    names = [n for n in [own, *i.info.competitors] if n]
    stop = [w for n in names for w in n.lower().split()]
    weeks = reputation.weekly(mentions, i.tz)
    episodes = reputation.spikes(mentions, weeks, i.tz, stop)
    lines_ = [
        t(
            "Spike {start} – {end}: {mentions} mentions against {baseline} expected; "
            "driven by: {words}.",
            lang,
            start=fmt.day(s.start, lang),
            end=fmt.day(s.end, lang),
            mentions=fmt.number(s.mentions, lang),
            baseline=fmt.number(round(s.baseline), lang),
            words=", ".join(s.words[:5]) or "—",
        )
        for s in sorted(episodes, key=lambda s: -(s.mentions - s.baseline))[:4]
    ]
    section.blocks.append(lines_ or [t("No spikes in the mentions.", lang)])
    if "mentions" in weeks.columns:
        chart = lines(
            weeks.with_columns(pl.lit(own).alias("employer")),
            "week",
            "mentions",
            "employer",
            (t("Week", lang), t("Mentions", lang)),
            lang,
        )
        section.blocks.append(Chart(_png(chart), t("Mentions per week", lang)))
    period = i.posts.filter(
        pl.col("published_at").dt.convert_time_zone(i.tz).dt.date().is_between(i.start, i.end)
    )
    c = continuity(period.lazy(), i.tz, [own] if own else None)
    section.blocks.append(
        Table(
            [
                t("Mentions", lang),
                t("Questions", lang),
                t("Outside office hours", lang),
                t("Answered", lang),
                t("Within a day", lang),
            ],
            [
                [
                    _n(c.mentions, lang),
                    _n(c.questions, lang),
                    _pc(c.outside_share, lang, 0),
                    _pc(c.answered_share, lang, 0),
                    _pc(c.within_day_share, lang, 0),
                ]
            ],
        )
    )
    return section


def _impact(i: Inputs) -> Section:
    lang = i.lang
    section = Section(_named(vocab.NAV, "impact", lang))
    every = impact.own_posts(
        i.posts.lazy(), i.info.own_employer, i.tz, date.min, date.max
    ).collect()
    own = every.filter(pl.col("day").is_between(i.start, i.end))
    kinds = impact.by_kind(own.lazy())
    if kinds.height:
        section.blocks.append(
            Table(
                [
                    t("Platform", lang),
                    t("Kind of post", lang),
                    t("Posts", lang),
                    t("Impressions", lang),
                    t("Engagements", lang),
                    t("Clicks", lang),
                    t("Engagement rate", lang),
                ],
                [
                    [
                        _named(vocab.PLATFORM, r["platform"], lang),
                        _named(vocab.POST_TYPE, r["post_type"], lang),
                        _n(r["posts"], lang),
                        _n(r["impressions"], lang),
                        _n(r["engagements"], lang),
                        _n(r["clicks"], lang),
                        _pc(r["rate"], lang),
                    ]
                    for r in kinds.head(12).iter_rows(named=True)
                ],
            )
        )
    rows, span = impact.channel_rows(i.visits, i.start, i.end)
    if span is None:
        section.blocks.append(t("No web-analytics export in this dataset.", lang))
        return section
    table = impact.channel_table(rows, span, every)

    def label(key: str) -> str:
        if key in vocab.PLATFORM:
            return t(vocab.PLATFORM[key], lang)
        return _named(vocab.CHANNEL, key if key in vocab.CHANNEL else "unassigned", lang)

    section.blocks.append(
        Table(
            [
                t("Channel", lang),
                t("Visits", lang),
                t("Applications", lang),
                t("Applications per visit", lang),
                t("Impressions of our posts", lang),
                t("Applications per 1,000 impressions", lang),
            ],
            [
                [
                    label(r["key"]),
                    _n(r["sessions"], lang),
                    _n(r["applications"], lang),
                    _pc(r["rate"], lang),
                    _n(r["impressions"], lang),
                    _n(r["per_1000"], lang, 2),
                ]
                for r in table.iter_rows(named=True)
            ],
            [2.6, 1, 1, 1, 1.2, 1.2],
        )
    )
    if table["applications"].is_not_null().any():
        labels = pl.Series("label", [label(k) for k in table["key"]])
        shown = table.with_columns(labels).fill_null(0)
        shares = {
            "share_sessions": t("Share of visits", lang),
            "share_applications": t("Share of applications", lang),
        }
        chart = paired_bars(shown, "label", shares, t("Channel", lang), lang)
        section.blocks.append(Chart(_png(chart), t("Visits and applications per channel", lang)))
    section.blocks.append(
        [
            t("Applications", lang) + ": " + _named(impact.FORMULAS, "applications", lang),
            t("Applications per 1,000 impressions", lang)
            + ": "
            + _named(impact.FORMULAS, "per_1000", lang),
        ]
    )
    return section


def _ambassadors(i: Inputs) -> Section:
    lang = i.lang
    section = Section(_named(vocab.NAV, "ambassadors", lang))
    words = {w: t(vocab.AMB_PSEUDO[w], lang) for w in ("employee", "person", "fan")}
    found = discover.candidates(
        i.posts.lazy(), i.info.own_employer, i.roster, limit=10, words=words
    )
    if found.height:
        section.blocks.append(
            t(
                "Possible ambassadors: employees who post often and positively about the "
                "organisation (under a pseudonym until their consent is recorded).",
                lang,
            )
        )
        section.blocks.append(
            Table(
                [t("Who", lang), t("Posts", lang), t("Positive", lang), t("Topics", lang)],
                [
                    [
                        r["label"],
                        _n(r["posts"], lang),
                        _pc(r["positive"], lang, 0),
                        r["topics"] or "—",
                    ]
                    for r in found.iter_rows(named=True)
                ],
                [2, 0.8, 0.8, 3],
            )
        )
    crowd = discover.fans(i.posts.lazy(), i.info.own_employer, i.roster, limit=10, words=words)
    if crowd.height:
        section.blocks.append(
            Table(
                [t("Fan", lang), t("Interactions", lang), t("Shares", lang)],
                [
                    [r["label"], _n(r["interactions"], lang), _n(r["shares"], lang)]
                    for r in crowd.iter_rows(named=True)
                ],
            )
        )
    if not found.height and not crowd.height:
        section.blocks.append(t("No ambassadors or fans found in this dataset.", lang))
    return section


def _vacancy(i: Inputs) -> Section:
    lang = i.lang
    section = Section(_named(vocab.NAV, "vacancy", lang))
    ads, announcements = vacancy_posts(i.posts)
    section.blocks.append(
        t(
            "{ads} job ads and {posts} short social posts announcing a vacancy by the "
            "own accounts in the dataset.",
            lang,
            ads=fmt.number(ads.height, lang),
            posts=fmt.number(announcements.height, lang),
        )
    )
    if ads.height:
        scored = check_many([(str(p), x) for p, x in ads.select("post_id", "text").iter_rows()])
        section.blocks.append(
            Table(
                [t("Post", lang), t("Score", lang), t("Words", lang), t("Failing checks", lang)],
                [
                    [r["name"], _n(r["score"], lang), _n(r["words"], lang), r["failing"] or "—"]
                    for r in scored.sort("score").head(10).iter_rows(named=True)
                ],
                [1.4, 0.7, 0.7, 4],
            )
        )
    return section


def _data(i: Inputs) -> Section:
    lang = i.lang
    info = i.info
    section = Section(_named(vocab.NAV, "data", lang))
    section.blocks.append(
        [
            t("Dataset: {name}", lang, name=info.name),
            t("Posts: {count}", lang, count=fmt.number(info.rows, lang)),
            t("Days of account figures: {count}", lang, count=fmt.number(i.days.height, lang)),
            t(
                "Rows of careers-site visits: {count}",
                lang,
                count=fmt.number(i.visits.height, lang),
            ),
            t("Sources: {names}", lang, names=", ".join(info.sources) or "—"),
            t("Competitors: {names}", lang, names=", ".join(info.competitors) or "—"),
        ]
    )
    return section


def default_period(posts: pl.DataFrame, tz: str) -> tuple[date, date]:
    """The last 13 weeks of the data, as the pages' default."""
    if posts.is_empty():
        return date.today() - timedelta(days=RECENT_DAYS - 1), date.today()
    end = posts.select(pl.col("published_at").max().dt.convert_time_zone(tz).dt.date()).item()
    return end - timedelta(days=RECENT_DAYS - 1), end
