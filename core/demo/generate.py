"""The built-in demo dataset: a fictional Dutch employer, three competitors, one year of posts.

Generated deterministically from a seed, so the same seed always gives the same frame, and with
structure planted on purpose so every page has a story to tell. ``docs/DEMO.md`` lists what is
planted; tests of the pages may assert that they find it. The planted facts are also exported
here as constants (``BEST_WINDOWS``, ``LATE_NIGHT_AMBASSADOR``, ...) so tests and docs agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import numpy as np
import polars as pl

from core.demo import text as T
from core.demo.people import (
    AMBASSADORS,
    COMPETITOR_EMPLOYEE_COUNT,
    Person,
    fans,
    media,
    random_public_person,
    regular_employees,
)
from core.ingest.brands import BrandMap
from core.schema import conform

START = date(2025, 11, 1)
DAYS = 365
TZ = "Europe/Amsterdam"
SOCIAL = ("linkedin", "instagram", "facebook", "x", "tiktok")
WORKLOAD_SPIKE = (date(2026, 3, 2), date(2026, 3, 22))
"""Three weeks in which complaints about workload at the own organisation pile up."""


CAREERS_SITE = "https://werkenbij.veldhuis-techniek.nl/vacatures"
TAGGED_PLATFORMS = ("linkedin", "facebook", "x")
"""Platforms whose vacancy posts by the own organisation link to the careers site with utm
tags (Instagram and TikTok posts carry no clickable link)."""


def careers_link(platform: str) -> str:
    """The link a vacancy post of the own organisation carries, tagged for web analytics."""
    return f"{CAREERS_SITE}?utm_source={platform}&utm_medium=social&utm_campaign=vacatures"


@dataclass(frozen=True)
class Window:
    """A weekly time window (local time): weekdays 0=Monday, hours ``[start, end)``."""

    weekdays: tuple[int, ...]
    start: int
    end: int
    uplift: float

    def contains(self, weekday: int, hour: int) -> bool:
        return weekday in self.weekdays and self.start <= hour < self.end


BEST_WINDOWS: dict[str, Window] = {
    "linkedin": Window((1, 2), 8, 10, 1.8),
    "instagram": Window((6, 0, 1, 2, 3), 20, 22, 1.7),
    "facebook": Window((5, 6), 10, 12, 1.6),
    "x": Window((0, 1, 2, 3, 4), 6, 8, 1.5),
    "tiktok": Window((4, 5), 20, 22, 2.0),
}
"""Per platform, the window in which the audience engages most with employer posts. Windows
start at even hours so they coincide with the Audience timing page's two-hour blocks."""

# platform -> (engagement rate per impression, impressions per follower, click-through rate)
PLATFORM_BASE: dict[str, tuple[float, float, float | None]] = {
    "linkedin": (0.022, 0.35, 0.008),
    "instagram": (0.040, 0.30, None),
    "facebook": (0.018, 0.25, 0.006),
    "x": (0.011, 0.20, 0.004),
    "tiktok": (0.055, 1.20, None),
}
THEME_UPLIFT = {
    "culture": 1.25,
    "projects": 1.15,
    "training": 1.1,
    "salary": 1.1,
    "events": 1.0,
    "workload": 1.0,
    "referral": 0.85,
    "vacancies": 0.8,
}


@dataclass(frozen=True)
class Employer:
    """An employer in the demo: its accounts, how much it posts, how well that lands."""

    name: str
    slug: str
    handle: str
    role: str
    posts: dict[str, int]
    followers: dict[str, tuple[int, int]]
    er_factor: float
    theme_mix: dict[str, float]


_MIX = {"vacancies": 0.30, "culture": 0.18, "training": 0.12, "events": 0.12, "projects": 0.16}
_MIX_REST = {"referral": 0.06, "salary": 0.06}

OWN = Employer(
    "Veldhuis Techniek",
    "veldhuis",
    "@VeldhuisTechniek",
    "own",
    {"linkedin": 230, "instagram": 150, "facebook": 110, "x": 120, "tiktok": 80},
    {
        "linkedin": (11800, 14900),
        "instagram": (5200, 7900),
        "facebook": (8300, 8700),
        "x": (3100, 3250),
        "tiktok": (1200, 4800),
    },
    1.0,
    _MIX | _MIX_REST,
)
COMPETITORS: tuple[Employer, ...] = (
    Employer(
        "Bremer Installaties",
        "bremer",
        "@BremerInstallaties",
        "competitor",
        {"linkedin": 520, "instagram": 300, "facebook": 330, "x": 300, "tiktok": 120},
        {
            "linkedin": (16500, 17400),
            "instagram": (6100, 6600),
            "facebook": (9900, 10100),
            "x": (4200, 4300),
            "tiktok": (900, 1300),
        },
        0.45,
        {"vacancies": 0.58, "culture": 0.08, "training": 0.06, "events": 0.1, "projects": 0.1}
        | {"referral": 0.06, "salary": 0.02},
    ),
    Employer(
        "Noordkade Engineering",
        "noordkade",
        "@NoordkadeEng",
        "competitor",
        {"linkedin": 200, "instagram": 110, "facebook": 60, "x": 80, "tiktok": 50},
        {
            "linkedin": (9200, 11600),
            "instagram": (3900, 5600),
            "facebook": (2100, 2300),
            "x": (2500, 2700),
            "tiktok": (700, 2600),
        },
        1.1,
        _MIX | _MIX_REST,
    ),
    Employer(
        "Lindeboom Bouw & Infra",
        "lindeboom",
        "@LindeboomBouw",
        "competitor",
        {"linkedin": 190, "instagram": 70, "facebook": 110, "x": 60, "tiktok": 20},
        {
            "linkedin": (7600, 8300),
            "instagram": (2400, 2900),
            "facebook": (5200, 5400),
            "x": (1900, 1950),
            "tiktok": (300, 500),
        },
        0.9,
        _MIX | _MIX_REST,
    ),
)
EMPLOYERS: tuple[Employer, ...] = (OWN, *COMPETITORS)
UNDER_ENGAGING_COMPETITOR = COMPETITORS[0].name
LATE_NIGHT_AMBASSADOR = AMBASSADORS[0].name

OFFICE_DAYS = (0.8, 1.0, 1.0, 1.4, 0.6, 0.0, 0.0)
OFFICE_HOURS = {9: 0.5, 10: 1.0, 11: 1.5, 12: 1.0, 13: 1.5, 14: 2.5, 15: 2.0, 16: 1.0}
# When the public is online: commute, lunch, and above all the evening; more at weekends.
AUDIENCE_DAYS = (0.9, 0.9, 0.9, 0.9, 0.9, 1.2, 1.4)
AUDIENCE_HOURS = {7: 1, 8: 1.5, 9: 1, 10: 1, 11: 1, 12: 2, 13: 1.5, 14: 1, 15: 1, 16: 1.2}
AUDIENCE_HOURS |= {17: 1.5, 18: 2, 19: 3, 20: 3.5, 21: 3, 22: 2, 23: 1, 0: 0.4, 6: 0.4}


class Generator:
    """Builds the demo posts. One instance per seed; :meth:`frame` returns the post table."""

    def __init__(self, seed: int) -> None:
        self.rng = np.random.default_rng(seed)
        self.rows: list[dict] = []
        self.employer_posts: dict[tuple[str, str], list[dict]] = {}
        self.truth: dict[str, str] = {}
        """post id -> the planted theme of its text (``reply``/``fan`` for those banks)."""
        self._theme = ""

    # --- sampling helpers -------------------------------------------------------------
    def pick(self, options, weights=None):
        """One element of ``options``, drawn with the generator's own random state."""
        if weights is None:
            return options[int(self.rng.integers(len(options)))]
        p = np.asarray(weights, dtype=float)
        return options[int(self.rng.choice(len(options), p=p / p.sum()))]

    def when(self, days=AUDIENCE_DAYS, hours=AUDIENCE_HOURS, span=(0, DAYS)) -> datetime:
        """A local time: a day weighted by weekday within ``span``, then an hour and minute."""
        offsets = np.arange(*span)
        weekday = (START.weekday() + offsets) % 7
        p = np.asarray(days)[weekday]
        day = START + timedelta(days=int(self.rng.choice(offsets, p=p / p.sum())))
        hour = self.pick(list(hours), list(hours.values()))
        return datetime(day.year, day.month, day.day, hour, int(self.rng.integers(60)))

    def in_window(self, window: Window) -> datetime:
        days = tuple(1.0 if d in window.weekdays else 0.0 for d in range(7))
        hours = {h: 1.0 for h in range(window.start, window.end)}
        return self.when(days, hours)

    def text(self, theme: str, voice: str, lang: str, employer: Employer) -> str:
        bank = T.THEMES[theme][voice]
        lang = lang if lang in bank else "nl"
        roles = T.ROLES_EN if lang == "en" else T.ROLES_NL
        fill = {
            "employer": employer.name,
            "slug": employer.slug,
            "role": self.pick(roles),
            "city": self.pick(T.CITIES),
            "n": int(self.rng.integers(2, 40)),
            "amount": self.pick(("1.000", "1.500", "2.800", "3.200")),
            "amount2": self.pick(("3.900", "4.100", "4.600")),
            "month": self.pick(T.MONTHS_NL),
            "handle": employer.handle,
        }
        sentence = self.pick(bank[lang]).format(**fill)
        self._theme = theme
        if voice == "own" and T.HASHTAGS[theme] and self.rng.random() < 0.5:
            sentence += " " + " ".join(self.rng.permutation(T.HASHTAGS[theme])[:2])
        return sentence

    def lang(self, english_share: float) -> str:
        return "en" if self.rng.random() < english_share else "nl"

    # --- rows ---------------------------------------------------------------------------
    def add(self, local: datetime, platform: str, author: Person | Employer, **fields) -> dict:
        row = {
            "post_id": f"demo-{len(self.rows) + 1:05d}",
            "platform": platform,
            "local_time": local,
            "author_handle": author.handle,
            "author_name": author.name,
            "post_type": "post",
            "source": "demo",
            **fields,
        }
        row["url"] = f"https://demo.employer-radar.invalid/{platform}/{row['post_id']}"
        self.truth[row["post_id"]] = self._theme or ("reply" if author_type_own(row) else "fan")
        self._theme = ""
        self.rows.append(row)
        return row

    def frame(self) -> pl.DataFrame:
        """The generated rows as the canonical post table, sorted by time."""
        df = pl.DataFrame(self.rows, infer_schema_length=None)

        def to_utc(local: pl.Expr) -> pl.Expr:
            zoned = local.dt.replace_time_zone(TZ, ambiguous="earliest", non_existent="null")
            return zoned.dt.convert_time_zone("UTC")

        # A time in the hour skipped when clocks go forward is moved on by that hour.
        published = to_utc(pl.col("local_time")).fill_null(
            to_utc(pl.col("local_time") + pl.duration(hours=1))
        )
        df = df.with_columns(published.alias("published_at")).sort("published_at", "post_id")
        return conform(df).collect()


def _employer_metrics(g: Generator, e: Employer, platform: str, local: datetime, theme: str):
    base_er, per_follower, ctr = PLATFORM_BASE[platform]
    lo, hi = e.followers[platform]
    followers = int(lo + (hi - lo) * (local.date() - START).days / DAYS)
    uplift = BEST_WINDOWS[platform].uplift
    slot = uplift if BEST_WINDOWS[platform].contains(local.weekday(), local.hour) else 1.0
    er = base_er * e.er_factor * slot * THEME_UPLIFT[theme] * g.rng.lognormal(0, 0.3)
    impressions = max(1, int(followers * per_follower * g.rng.lognormal(0, 0.45)))
    engagements = int(g.rng.poisson(impressions * er))
    reactions = int(g.rng.binomial(engagements, 0.8))
    comments = int(g.rng.binomial(engagements - reactions, 0.6))
    return {
        "impressions": impressions,
        "reach": int(impressions * g.rng.uniform(0.55, 0.8)),
        "reactions": reactions,
        "comments": comments,
        "shares": engagements - reactions - comments,
        "clicks": int(g.rng.poisson(impressions * ctr)) if ctr else None,
        "followers": followers,
    }


_POST_TYPES = {
    "linkedin": (("post", "image", "video", "article"), (0.45, 0.35, 0.12, 0.08)),
    "instagram": (("image", "video"), (0.6, 0.4)),
    "facebook": (("post", "image", "video"), (0.4, 0.45, 0.15)),
    "x": (("post", "image"), (0.7, 0.3)),
    "tiktok": (("video",), (1.0,)),
}


def _employer_accounts(g: Generator) -> None:
    for e in EMPLOYERS:
        themes = list(e.theme_mix)
        for platform, n in e.posts.items():
            for _ in range(n):
                # Accounts post in office hours; a small share lands in the best window.
                if g.rng.random() < 0.12:
                    local = g.in_window(BEST_WINDOWS[platform])
                else:
                    local = g.when(OFFICE_DAYS, OFFICE_HOURS)
                theme = g.pick(themes, list(e.theme_mix.values()))
                metrics = _employer_metrics(g, e, platform, local, theme)
                post_type = g.pick(*_POST_TYPES[platform])
                if post_type == "video":
                    metrics["video_views"] = int(metrics["impressions"] * g.rng.uniform(0.3, 0.7))
                lang = g.lang(0.12)
                text = g.text(theme, "own", lang, e)
                if e is OWN and theme == "vacancies" and platform in TAGGED_PLATFORMS:
                    text += "\n" + careers_link(platform)
                row = g.add(
                    local,
                    platform,
                    e,
                    employer=e.name,
                    employer_role=e.role,
                    author_type="own",
                    text=text,
                    language=lang,
                    post_type=post_type,
                    **metrics,
                )
                row["_theme"] = theme
                g.employer_posts.setdefault((e.name, platform), []).append(row)


def _employee_metrics(g: Generator, person: Person) -> dict:
    factor = 2.0 if person.ambassador else 1.0
    return {
        "reach": int(person.followers * g.rng.uniform(0.2, 0.6)),
        "reactions": int(g.rng.poisson(person.followers * 0.02 * factor)),
        "comments": int(g.rng.poisson(2 * factor)),
        "shares": int(g.rng.poisson(0.8 * factor)),
        "followers": person.followers,
    }


def _employees(g: Generator) -> None:
    own_people = [*AMBASSADORS, *regular_employees(g.rng, OWN.slug, 20)]
    staff = [(p, OWN) for p in own_people]
    for e in COMPETITORS:
        staff += [(p, e) for p in regular_employees(g.rng, e.slug, COMPETITOR_EMPLOYEE_COUNT)]
    for person, employer in staff:
        for _ in range(person.posts):
            local = g.when(person.days, person.hours)
            in_spike = WORKLOAD_SPIKE[0] <= local.date() <= WORKLOAD_SPIKE[1]
            theme = g.pick(list(person.themes), list(person.themes.values()))
            if employer is OWN and in_spike and not person.ambassador and g.rng.random() < 0.5:
                theme = "workload"
            sentiment = (
                "negative"
                if theme == "workload"
                else g.pick(
                    ("positive", "neutral"), (0.85, 0.15) if person.ambassador else (0.6, 0.4)
                )
            )
            lang = g.lang(person.english)
            g.add(
                local,
                g.pick(SOCIAL, person.platforms),
                person,
                employer=employer.name,
                employer_role=employer.role,
                author_type="employee",
                text=g.text(theme, "employee", lang, employer),
                language=lang,
                sentiment=sentiment,
                location=person.location,
                **_employee_metrics(g, person),
            )


def _public_metrics(g: Generator, person: Person) -> dict:
    return {
        "reach": int(person.followers * g.rng.uniform(0.1, 0.4)),
        "reactions": int(g.rng.poisson(2 + person.followers * 0.002)),
        "comments": int(g.rng.poisson(0.8)),
        "shares": int(g.rng.poisson(0.3 + person.followers * 0.0002)),
        "followers": person.followers,
    }


def _public_post(g, person, employer, theme, lang, sentiment, local=None, platform=None, **kw):
    return g.add(
        local or g.when(),
        platform or g.pick(SOCIAL, (0.25, 0.2, 0.2, 0.3, 0.05)),
        person,
        employer=employer.name,
        employer_role=employer.role,
        author_type="public",
        text=g.text(theme, "public", lang, employer),
        language=lang,
        sentiment=sentiment,
        location=person.location,
        **_public_metrics(g, person),
        **kw,
    )


def _candidates(g: Generator) -> list[dict]:
    """Candidates asking about working there; part of them as comments on vacancy posts."""
    questions = []
    plan = [(OWN, 300), (COMPETITORS[0], 40), (COMPETITORS[1], 70), (COMPETITORS[2], 30)]
    themes = {"vacancies": 0.75, "salary": 0.12, "training": 0.06, "referral": 0.07}
    for employer, n in plan:
        for _ in range(n):
            person = random_public_person(g.rng)
            theme = g.pick(list(themes), list(themes.values()))
            lang = g.lang(0.2)
            vacancies = [
                r
                for p in SOCIAL
                for r in g.employer_posts.get((employer.name, p), [])
                if r["_theme"] == "vacancies"
            ]
            if g.rng.random() < 0.4 and vacancies:
                parent = g.pick(vacancies)
                local = parent["local_time"] + timedelta(hours=float(g.rng.lognormal(2.0, 1.0)))
                extra = {"post_type": "reply", "in_reply_to_id": parent["post_id"]}
                extra["thread_id"] = parent["post_id"]
                row = _public_post(
                    g, person, employer, theme, lang, "neutral", local, parent["platform"], **extra
                )
            else:
                row = _public_post(g, person, employer, theme, lang, "neutral")
            if employer is OWN:
                questions.append(row)
    return questions


def _office(local: datetime) -> bool:
    return local.weekday() < 5 and 9 <= local.hour < 17


def _replies(g: Generator, questions: list[dict]) -> None:
    """The own account answers most questions: fast in office hours, slowly outside them."""
    for q in questions:
        asked = q["local_time"]
        if g.rng.random() > (0.78 if _office(asked) else 0.5):
            continue
        if _office(asked):
            local = asked + timedelta(hours=float(g.rng.lognormal(0.9, 0.6)))
        else:  # the next working morning: the same day before 9, else the next weekday
            day = datetime(asked.year, asked.month, asked.day, 9)
            if asked.hour >= 9 or asked.weekday() >= 5:
                day += timedelta(days=1)
            while day.weekday() >= 5:
                day += timedelta(days=1)
            local = day + timedelta(hours=float(g.rng.uniform(0.2, 3.0)))
        lang = q["language"]
        g.add(
            local,
            q["platform"],
            OWN,
            employer=OWN.name,
            employer_role="own",
            author_type="own",
            post_type="reply",
            text=g.pick(T.REPLIES[lang]).format(slug=OWN.slug),
            language=lang,
            in_reply_to_id=q["post_id"],
            thread_id=q.get("thread_id") or q["post_id"],
            reactions=int(g.rng.poisson(1)),
            comments=0,
            shares=0,
            followers=OWN.followers[q["platform"]][1],
        )


def _fans(g: Generator) -> None:
    """Fans share and praise the own organisation's posts (and a little the competitors')."""
    people, weights = fans(g.rng, 35)
    for _ in range(560):
        person = g.pick(people, weights)
        employer = OWN if g.rng.random() < 0.8 else g.pick(COMPETITORS)
        platform = g.pick(SOCIAL, (0.4, 0.25, 0.2, 0.1, 0.05))
        parents = (
            g.employer_posts.get((employer.name, platform))
            or g.employer_posts[(employer.name, "linkedin")]
        )
        parent = g.pick(parents)
        lang = g.lang(0.1)
        local = parent["local_time"] + timedelta(hours=float(g.rng.lognormal(1.5, 1.0)))
        g.add(
            local,
            parent["platform"],
            person,
            employer=employer.name,
            employer_role=employer.role,
            author_type="public",
            post_type=g.pick(("share", "reply")),
            text=g.pick(T.FAN_SHARES[lang]).format(employer=employer.name),
            language=lang,
            sentiment="positive",
            in_reply_to_id=parent["post_id"],
            thread_id=parent["post_id"],
            location=person.location,
            **_public_metrics(g, person),
        )


def _critics_and_media(g: Generator) -> None:
    spike = ((WORKLOAD_SPIKE[0] - START).days, (WORKLOAD_SPIKE[1] - START).days + 1)
    for employer, n, span in [
        (OWN, 45, (0, DAYS)),
        (OWN, 110, spike),
        (COMPETITORS[0], 35, (0, DAYS)),
        (COMPETITORS[1], 15, (0, DAYS)),
        (COMPETITORS[2], 20, (0, DAYS)),
    ]:
        for _ in range(n):
            local = g.when(span=span)
            lang = g.lang(0.1)
            _public_post(
                g, random_public_person(g.rng), employer, "workload", lang, "negative", local
            )
    voices, weights = media()
    themes = ("culture", "projects", "events", "training")
    for _ in range(240):
        employer = g.pick(EMPLOYERS, (0.4, 0.25, 0.2, 0.15))
        person = g.pick(voices, weights) if g.rng.random() < 0.5 else random_public_person(g.rng)
        sentiment = g.pick(("positive", "neutral"), (0.6, 0.4))
        _public_post(g, person, employer, g.pick(themes), g.lang(0.1), sentiment)


def author_type_own(row: dict) -> bool:
    return row.get("author_type") == "own"


def planted_themes(seed: int = 2026) -> dict[str, str]:
    """post id -> planted theme, for tests and benchmarks (does Themes find what we planted?)."""
    return _build(seed).truth


def brand_map() -> BrandMap:
    """Who is who in the demo: the own organisation and its competitors, with their accounts."""
    return BrandMap(
        own=OWN.name,
        own_handles=[OWN.handle],
        competitors={e.name: [e.handle] for e in COMPETITORS},
    )


def generate(seed: int = 2026) -> pl.DataFrame:
    """Generate the demo dataset.

    Args:
        seed: Random seed; the same seed always gives the same frame.

    Returns:
        The canonical post table (about 6,000 rows, 1 November 2025 – 31 October 2026).
    """
    return _build(seed).frame()


def _build(seed: int) -> Generator:
    g = Generator(seed)
    _employer_accounts(g)
    _employees(g)
    questions = _candidates(g)
    _replies(g, questions)
    _fans(g)
    _critics_and_media(g)
    return g


DEMO_BRANDS = {"own": OWN.name, "competitors": [e.name for e in COMPETITORS]}
