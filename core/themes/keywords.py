"""Names a person understands: distinctive keywords per theme and its most typical posts.

Keywords are class-based TF-IDF (BERTopic's c-TF-IDF): a word scores high in a theme when it is
frequent there and rare elsewhere. Stop words come from the Stopwords ISO lists (package
``stopwordsiso``) for Dutch and English, plus any extra words given (e.g. employer names, which
would otherwise name every theme).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # scipy and scikit-learn are imported where used: the Start page needs neither
    from scipy import sparse

TOKEN = r"(?u)\b[^\W\d_][^\W\d_]{2,}\b"


@cache
def stop_words(languages: tuple[str, ...] = ("nl", "en")) -> frozenset[str]:
    import stopwordsiso

    words: set[str] = set()
    for language in languages:
        words |= set(stopwordsiso.stopwords(language))
    # Only entries that are whole tokens ("ain't" is not one), as the vectoriser compares tokens.
    return frozenset(w for w in words if re.fullmatch(r"[^\W\d_]+", w))


def _analyzer(stop: frozenset[str] | set[str]):
    """Words and word pairs of a text, without stop words. A pair is two words that stand next
    to each other in the text ('goede verhalen'), not two that became neighbours because a stop
    word between them was removed ('hoor goede' from 'hoor alleen maar goede')."""
    pattern = re.compile(TOKEN)

    def analyse(text: str) -> list[str]:
        tokens = pattern.findall(text.lower())
        keep = [tok not in stop for tok in tokens]
        out = [tok for tok, k in zip(tokens, keep, strict=True) if k]
        out += [
            f"{tokens[i]} {tokens[i + 1]}"
            for i in range(len(tokens) - 1)
            if keep[i] and keep[i + 1]
        ]
        return out

    return analyse


@dataclass(frozen=True)
class Terms:
    """Word and word-pair counts per theme (sparse, themes × vocabulary), counted once.

    Keywords of any grouping of these themes come from summing rows (:meth:`grouped`), so main
    themes get their words without reading the posts again.
    """

    themes: list[int]
    counts: sparse.csr_matrix
    vocabulary: np.ndarray

    def grouped(self, parents: dict[int, int]) -> Terms:
        """Counts per group: ``parents`` maps each theme to its group."""
        from scipy import sparse

        groups = sorted(set(parents.values()))
        index = {g: i for i, g in enumerate(groups)}
        rows = [index[parents[k]] for k in self.themes]
        member = sparse.csr_matrix(
            (np.ones(len(rows)), (rows, np.arange(len(rows)))), shape=(len(groups), len(rows))
        )
        return Terms(groups, (member @ self.counts).tocsr(), self.vocabulary)


def terms(
    texts: list[str],
    labels: np.ndarray,
    extra_stop: tuple[str, ...] = (),
    weights: np.ndarray | None = None,
) -> Terms:
    """Count words and adjacent word pairs per theme (unassigned posts left out).

    Each text is counted on its own (a pair never spans two posts) and ``weights`` times
    (posts per text: one row per distinct text counts as all its posts); default once."""
    from scipy import sparse
    from sklearn.feature_extraction.text import CountVectorizer

    labels = np.asarray(labels)
    themes = sorted(int(k) for k in np.unique(labels) if k >= 0)
    empty = Terms(themes, sparse.csr_matrix((len(themes), 0)), np.array([], dtype=str))
    if not themes:
        return empty
    extra = {w.lower() for phrase in extra_stop for w in re.findall(TOKEN, phrase.lower())}
    rows = np.flatnonzero((labels >= 0) & np.array([bool(t) for t in texts], dtype=bool))
    vectorizer = CountVectorizer(analyzer=_analyzer(stop_words() | extra), min_df=1)
    try:
        counts = vectorizer.fit_transform([texts[i] for i in rows])
    except ValueError:  # only stop words
        return empty
    w = np.ones(len(rows)) if weights is None else np.asarray(weights, dtype=np.float64)[rows]
    member = sparse.csr_matrix(
        (w, (np.searchsorted(themes, labels[rows]), np.arange(len(rows)))),
        shape=(len(themes), len(rows)),
    )
    return Terms(themes, (member @ counts).tocsr(), np.array(vectorizer.get_feature_names_out()))


def ranked(found: Terms, top: int = 6) -> dict[int, list[tuple[str, float]]]:
    """The most distinctive words and pairs per theme with their c-TF-IDF score, best first.

    A word that is part of a better-scoring pair (or the other way round) is not repeated:
    no 'open' next to 'open dag'.
    """
    if found.counts.shape[1] == 0:
        return {k: [] for k in found.themes}
    tf = found.counts.toarray().astype(np.float64)
    words_per_class = tf.sum(axis=1, keepdims=True)
    frequency = tf.sum(axis=0)
    tf = tf / np.where(words_per_class == 0, 1, words_per_class)
    average = frequency.sum() / max(len(found.themes), 1)
    idf = np.log(1 + average / np.maximum(frequency, 1))
    scores = tf * idf
    out = {}
    for row, theme in enumerate(found.themes):
        order = np.argsort(-scores[row], kind="stable")
        chosen: list[tuple[str, float]] = []
        for index in order[: top * 8]:
            if scores[row, index] <= 0 or len(chosen) == top:
                break
            word = str(found.vocabulary[index])
            if any(word in c or c in word for c, _ in chosen):
                continue
            chosen.append((word, float(scores[row, index])))
        out[theme] = chosen
    return out


def keywords(
    texts: list[str],
    labels: np.ndarray,
    top: int = 6,
    extra_stop: tuple[str, ...] = (),
    weights: np.ndarray | None = None,
) -> dict[int, list[str]]:
    """The most distinctive words (and word pairs) per theme (class-based TF-IDF).

    Args:
        texts: One text per post.
        labels: Theme per post (-1 = unassigned, ignored).
        top: How many keywords per theme.
        extra_stop: More words to ignore, e.g. the employers' names.
        weights: How many times each text counts (one row per distinct text); default once.

    Returns:
        ``{theme: [keyword, ...]}``, best first.
    """
    found = ranked(terms(texts, labels, extra_stop, weights), top)
    return {k: [w for w, _ in v] for k, v in found.items()}


def representatives(
    vectors: np.ndarray, labels: np.ndarray, centroids: np.ndarray, top: int = 3
) -> dict[int, list[int]]:
    """Indices of the posts closest to each theme's centre (distinct texts assumed upstream)."""
    out = {}
    for theme in range(len(centroids)):
        members = np.where(labels == theme)[0]
        if len(members) == 0:
            out[theme] = []
            continue
        similarity = vectors[members] @ centroids[theme]
        out[theme] = members[np.argsort(-similarity, kind="stable")[:top]].tolist()
    return out


PAIR_AT_LEAST = 0.5
"""A word pair names a theme instead of its best single word when it scores at least this
share of that word's c-TF-IDF ('open dag' rather than 'dag')."""


def phrase(scored: list[tuple[str, float]]) -> list[str]:
    """The words of a theme's name, best first: its best word pair when that pair is nearly as
    distinctive as its best word, then the remaining keywords in order (to tell names apart)."""
    if not scored:
        return []
    best_word, best_score = scored[0]
    pairs = [(w, sc) for w, sc in scored[:4] if " " in w and sc >= PAIR_AT_LEAST * best_score]
    head = pairs[0][0] if pairs and " " not in best_word else best_word
    return [head] + [w for w, _ in scored if w != head]


def names(
    scored: dict[int, list[tuple[str, float]]], fallback: str, taken: set[str] = frozenset()
) -> dict[int, str]:
    """A short, distinct name per theme in the data's own words: 'Open dag', 'Nieuwe cao'.

    The name is the theme's key phrase (:func:`phrase`); where two themes — or a theme and a
    name in ``taken`` — would be called alike, the next keyword is added ('Vacature · monteur',
    'Vacature · Gent') until they differ; a theme with no words gets ``fallback`` and its number.
    Themes are named largest first (lowest number), so the largest keeps the plain phrase.
    """
    used = {n.casefold() for n in taken}
    out: dict[int, str] = {}
    for theme in sorted(scored):
        words = phrase(scored[theme])
        name = f"{fallback} {theme + 1}"
        for length in range(1, len(words) + 1):
            candidate = " · ".join(words[:length])
            candidate = candidate[:1].upper() + candidate[1:]
            if candidate.casefold() not in used:
                name = candidate
                break
        else:
            if words:
                name = f"{' · '.join(words[:2])} ({theme + 1})"
                name = name[:1].upper() + name[1:]
        used.add(name.casefold())
        out[theme] = name
    return out
