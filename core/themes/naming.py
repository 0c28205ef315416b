"""Names a person understands: distinctive keywords per theme and its most typical posts.

Keywords are class-based TF-IDF (BERTopic's c-TF-IDF): a word scores high in a theme when it is
frequent there and rare elsewhere. Stop words come from the Stopwords ISO lists (package
``stopwordsiso``) for Dutch and English, plus any extra words given (e.g. employer names, which
would otherwise name every theme).
"""

from __future__ import annotations

import re
from functools import cache

import numpy as np
from sklearn.feature_extraction.text import CountVectorizer

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


def keywords(
    texts: list[str], labels: np.ndarray, top: int = 6, extra_stop: tuple[str, ...] = ()
) -> dict[int, list[str]]:
    """The most distinctive words (and word pairs) per theme.

    Args:
        texts: One text per post.
        labels: Theme per post (-1 = unassigned, ignored).
        top: How many keywords per theme.
        extra_stop: More words to ignore, e.g. the employers' names.

    Returns:
        ``{theme: [keyword, ...]}``, best first.
    """
    themes = sorted(int(k) for k in np.unique(labels) if k >= 0)
    if not themes:
        return {}
    extra = {w.lower() for phrase in extra_stop for w in re.findall(TOKEN, phrase.lower())}
    documents = [
        " ".join(t for t, lab in zip(texts, labels, strict=True) if lab == k and t) for k in themes
    ]
    vectorizer = CountVectorizer(analyzer=_analyzer(stop_words() | extra), min_df=1)
    try:
        counts = vectorizer.fit_transform(documents)
    except ValueError:  # only stop words
        return {k: [] for k in themes}
    tf = counts.toarray().astype(np.float64)
    words_per_class = tf.sum(axis=1, keepdims=True)
    tf = tf / np.where(words_per_class == 0, 1, words_per_class)
    frequency = counts.toarray().sum(axis=0)
    average = counts.toarray().sum() / len(themes)
    idf = np.log(1 + average / np.maximum(frequency, 1))
    scores = tf * idf
    vocabulary = np.array(vectorizer.get_feature_names_out())
    out = {}
    for row, theme in enumerate(themes):
        order = np.argsort(-scores[row], kind="stable")
        chosen: list[str] = []
        for index in order:
            if scores[row, index] <= 0 or len(chosen) == top:
                break
            word = vocabulary[index]
            if any(word in c or c in word for c in chosen):  # no 'open' next to 'open dag'
                continue
            chosen.append(word)
        out[theme] = chosen
    return out


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


def label(words: list[str], fallback: str) -> str:
    """A short name from the best keywords: 'vacature · monteur · solliciteer'."""
    return " · ".join(words[:3]) if words else fallback
