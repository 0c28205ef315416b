"""The people in the demo dataset: ambassadors, other employees, fans, media and the public.

All names are fictional. The first ambassador posts late at night and at weekends on purpose:
the Ambassadors page should flag that as a possible strain.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from core.demo.text import CITIES

FIRST = (
    "Anouk", "Bram", "Chantal", "Dennis", "Emma", "Freek", "Gijs", "Hanna", "Ilse", "Jasper",
    "Kim", "Lars", "Mila", "Noah", "Olga", "Pieter", "Romy", "Sem", "Tessa", "Vincent",
    "Wouter", "Yara", "Zeynep", "Mohamed", "Priya", "Kevin", "Lisa", "Thijs", "Eline", "Ruben",
)  # fmt: skip
LAST = (
    "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser",
    "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks",
    "van Leeuwen", "Dekker", "Brouwer", "Yilmaz", "Claes", "Peeters", "Maes", "Willems",
)  # fmt: skip

WORK_DAYS = (1.0, 1.0, 1.0, 1.0, 0.9, 0.35, 0.3)
DAYTIME = {h: 1.0 for h in range(7, 23)} | {12: 2.0, 17: 1.5, 19: 2.0, 20: 2.0, 21: 1.5}
LATE_NIGHT = {22: 1.0, 23: 3.0, 0: 3.0, 1: 2.0, 8: 0.4, 12: 0.6, 19: 0.6}
AMBASSADOR_THEMES = {
    "culture": 0.3,
    "projects": 0.25,
    "training": 0.2,
    "events": 0.1,
    "vacancies": 0.1,
    "referral": 0.05,
}
EMPLOYEE_THEMES = {
    "culture": 0.28,
    "projects": 0.22,
    "training": 0.15,
    "vacancies": 0.15,
    "events": 0.05,
    "salary": 0.05,
    "workload": 0.10,
}
COMPETITOR_EMPLOYEE_COUNT = 8


@dataclass(frozen=True)
class Person:
    """Someone who posts in the demo, with the habits that shape their posts."""

    name: str
    handle: str
    followers: int
    posts: int = 0
    ambassador: bool = False
    english: float = 0.1
    location: str | None = None
    days: tuple[float, ...] = WORK_DAYS
    hours: dict[int, float] = field(default_factory=lambda: DAYTIME)
    themes: dict[str, float] = field(default_factory=lambda: EMPLOYEE_THEMES)
    platforms: tuple[float, ...] = (0.6, 0.2, 0.05, 0.05, 0.1)  # order of demo.SOCIAL


AMBASSADORS: tuple[Person, ...] = (
    Person(
        "Sanne Bakker",
        "@sannebakker",
        2400,
        170,
        True,
        0.05,
        "Rotterdam",
        days=(0.8, 0.8, 0.8, 0.8, 1.0, 1.6, 1.6),
        hours=LATE_NIGHT,
        themes=AMBASSADOR_THEMES,
        platforms=(0.45, 0.3, 0.05, 0.05, 0.15),
    ),
    Person("Daan Visser", "@daanvisser_tech", 1800, 120, True, 0.05, "Utrecht",
           themes=AMBASSADOR_THEMES),
    Person("Fatima El Amrani", "@fatima_elamrani", 3100, 110, True, 0.5, "Amersfoort",
           themes=AMBASSADOR_THEMES, platforms=(0.7, 0.2, 0.0, 0.1, 0.0)),
    Person("Joris Hendriks", "@jorishendriks", 950, 90, True, 0.05, "Zwolle",
           themes=AMBASSADOR_THEMES),
    Person("Lotte de Wit", "@lottedewit", 1300, 80, True, 0.1, "Eindhoven",
           themes=AMBASSADOR_THEMES, platforms=(0.4, 0.4, 0.0, 0.0, 0.2)),
)  # fmt: skip


def _name(rng: np.random.Generator) -> tuple[str, str]:
    first = FIRST[int(rng.integers(len(FIRST)))]
    last = LAST[int(rng.integers(len(LAST)))]
    handle = "@" + (first + last).lower().replace(" ", "")
    return f"{first} {last}", handle


def _location(rng: np.random.Generator) -> str | None:
    return CITIES[int(rng.integers(len(CITIES)))] if rng.random() < 0.7 else None


def regular_employees(rng: np.random.Generator, slug: str, n: int) -> list[Person]:
    """``n`` employees who post now and then (3–15 posts a year)."""
    people = []
    for _ in range(n):
        name, handle = _name(rng)
        people.append(
            Person(
                name,
                f"{handle}_{slug}",
                int(rng.lognormal(6.0, 0.8)),
                int(rng.integers(3, 16)),
                location=_location(rng),
            )
        )
    return people


def random_public_person(rng: np.random.Generator) -> Person:
    """A member of the public: a candidate, a critic, a passer-by."""
    name, handle = _name(rng)
    return Person(name, f"{handle}{int(rng.integers(10, 99))}", int(rng.lognormal(5.5, 1.1)),
                  location=_location(rng))  # fmt: skip


def fans(rng: np.random.Generator, n: int) -> tuple[list[Person], np.ndarray]:
    """``n`` fans with Zipf-like activity weights: a handful do most of the sharing."""
    people = []
    for _ in range(n):
        name, handle = _name(rng)
        people.append(Person(name, handle, int(rng.lognormal(6.2, 0.9)), location=_location(rng)))
    weights = 1.0 / np.arange(1, n + 1) ** 1.1
    return people, weights / weights.sum()


def media() -> tuple[list[Person], list[float]]:
    """Trade press, regional media and recruitment influencers: few, but with large reach."""
    voices = [
        Person("Installatie Vakblad", "@installatievakblad", 45000, location="Utrecht"),
        Person("RTV Regio Zuid", "@rtvregiozuid", 120000, location="Eindhoven"),
        Person("TechJobs NL", "@techjobsnl", 80000),
        Person("Bouwwereld Nieuws", "@bouwwereld", 60000, location="Rotterdam"),
        Person("Recruitment Rita", "@recruitmentrita", 25000, location="Antwerpen"),
    ]
    return voices, [0.25, 0.15, 0.3, 0.15, 0.15]
