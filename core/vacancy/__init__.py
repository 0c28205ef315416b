"""Vacancy-post checklist: is this job post ready to publish?

Every check is a declarative :class:`Rule` (id, points, the check, why it matters) in
:data:`RULES`; :func:`check` runs them all and scores the post 0–100 over the checks that
could be made. Explanations and fixes are in the translation table under ``vacancy.<id>.*``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from core import concepts
from core.vacancy import checks as c
from core.vacancy.checks import Check, Context, Evidence


@dataclass(frozen=True)
class Rule:
    """One item of the checklist.

    Attributes:
        id: Stable id (``salary``, ``benefits``, ...), used in reports and the CLI.
        points: What passing it is worth; all rules together are worth 100.
        check: The function that checks a text.
        source: Where the rule comes from (seed tip, law or study), shown as its 'why'.
    """

    id: str
    points: int
    check: Callable[[str, Context], Check]
    source: str


SEED = "Seed article 004, vacancy tips"
RULES: tuple[Rule, ...] = (
    Rule("salary", 20, c.salary, f"{SEED} ('state the salary'); EU Directive 2023/970 art. 5"),
    Rule("benefits", 10, c.benefits, f"{SEED} ('show benefits upfront')"),
    Rule("career", 10, c.career, f"{SEED} ('concrete career perspectives')"),
    Rule("apply", 10, c.apply, f"{SEED} ('a clearly visible Apply button')"),
    Rule("questions", 10, c.questions, f"{SEED} ('make interaction possible: Questions?')"),
    Rule("channel", 10, c.channel, f"{SEED} ('use professional networks')"),
    Rule(
        "gendered_language",
        10,
        c.gendered_language,
        "Gaucher, Friesen & Kay 2011; University of Antwerp; EU Directive: gender-neutral ads",
    ),
    Rule("length", 5, c.length, "Textio: posts of 300–700 words perform best"),
    Rule("readability", 10, c.readability, "Textmetrics: vacancy texts should read at CEFR B1"),
    Rule("cliches", 5, c.cliches, "Empty phrases say nothing about the job"),
)
assert sum(r.points for r in RULES) == 100


@dataclass(frozen=True)
class RuleResult:
    """A rule applied to a text: passed (or None when it could not be checked), points earned."""

    id: str
    passed: bool | None
    points: int
    earned: int
    evidence: tuple[Evidence, ...]
    details: dict


@dataclass(frozen=True)
class Result:
    """The checklist for one vacancy text."""

    lang: str
    score: int
    results: tuple[RuleResult, ...]
    words: int

    @property
    def failed(self) -> list[str]:
        return [r.id for r in self.results if r.passed is False]

    def to_dict(self) -> dict:
        return {
            "lang": self.lang,
            "score": self.score,
            "words": self.words,
            "checks": [
                {
                    "id": r.id,
                    "passed": r.passed,
                    "points": r.points,
                    "earned": r.earned,
                    "evidence": [e.text for e in r.evidence],
                    "details": r.details,
                }
                for r in self.results
            ],
        }


def detect_language(text: str) -> str:
    """``nl``, ``en``, ``fr`` or ``de`` (:func:`core.concepts.language`); ``nl`` when empty."""
    return concepts.language(text, ("nl", "en", "fr", "de")) or "nl"


def check(
    text: str, lang: str = "auto", channels: tuple[str, ...] | list[str] | None = None
) -> Result:
    """Run every rule on a vacancy text.

    Args:
        text: The vacancy post.
        lang: ``auto`` to detect, or ``nl``/``en``/``fr``.
        channels: Where it will be posted (e.g. ``("linkedin", "instagram")``); the channel
            rule is not checked (and not scored) without them.

    Returns:
        The score (0–100 over the rules that could be checked) and every rule's outcome.
    """
    language = detect_language(text) if lang == "auto" else lang
    ctx = Context(language, tuple(channels) if channels else None)
    results = []
    for rule in RULES:
        outcome = rule.check(text, ctx)
        earned = rule.points if outcome.passed else 0
        results.append(
            RuleResult(
                rule.id, outcome.passed, rule.points, earned, outcome.evidence, outcome.details
            )
        )
    possible = sum(r.points for r in results if r.passed is not None)
    score = round(100 * sum(r.earned for r in results) / possible) if possible else 0
    words = c.length(text, ctx).details["words"]
    return Result(language, score, tuple(results), words)


__all__ = ["RULES", "Result", "Rule", "RuleResult", "check", "detect_language"]
