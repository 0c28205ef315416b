"""From posts to themes: clean the text, embed (cached), cluster, name; plus map and search.

The text that is embedded leaves out what names *who* is talking rather than *what* is said:
the employers' names and handles, @mentions, web addresses, and the ``#`` of hashtags (the word
stays). Otherwise every post that names "Veldhuis Techniek" lands in one theme with the others
that do, whatever they say; the split per employer is shown next to each theme instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from core.embed import Embedder, EmbeddingCache, Progress
from core.themes.cluster import Clustering, cluster
from core.themes.naming import keywords, representatives

URL = re.compile(r"https?://\S+|\bwww\.\S+|\b[\w.-]+\.(?:nl|be|com|org|eu|io)\b(?:/\S*)?", re.I)
MENTION = re.compile(r"@\w+")
SPACE = re.compile(r"\s+")


def masker(names: list[str]):
    """A function that removes the given names (case-insensitive, longest first) from a text."""
    words = sorted({n.strip() for n in names if n and n.strip()}, key=len, reverse=True)
    pattern = (
        re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.I)
        if words
        else None
    )

    def clean(text: str) -> str:
        text = URL.sub(" ", text or "")
        text = MENTION.sub(" ", text)
        if pattern is not None:
            text = pattern.sub(" ", text)
        return SPACE.sub(" ", text.replace("#", " ")).strip()

    return clean


@dataclass(frozen=True)
class Themes:
    """Themes of a list of posts.

    Attributes:
        clustering: Labels per post (-1 = unassigned), number of themes, centroids.
        vectors: float32 (n, d) embedding per post (of its cleaned text).
        keywords: Theme → distinctive words, best first.
        examples: Theme → indices of its most typical posts (distinct texts).
        encoded: How many distinct texts had to be encoded (0 on a warm re-run).
        model_id: The embedding model (and precision) used.
    """

    clustering: Clustering
    vectors: np.ndarray
    keywords: dict[int, list[str]]
    examples: dict[int, list[int]]
    encoded: int
    model_id: str

    @property
    def labels(self) -> np.ndarray:
        return self.clustering.labels


def find_themes(
    texts: list[str],
    embedder: Embedder,
    cache: EmbeddingCache,
    names: list[str] = (),
    granularity: float = 1.0,
    outlier_budget: float = 0.1,
    progress: Progress | None = None,
) -> Themes:
    """Embed, cluster and name ``texts``.

    Args:
        texts: One text per post (None or empty allowed; they stay unassigned).
        embedder: The sentence model.
        cache: Where embeddings are kept between runs.
        names: Employer names and handles, left out of what is embedded and of the keywords.
        granularity: Fewer (< 1) or more (> 1) themes than the automatic choice.
        outlier_budget: At most this share of posts left unassigned.
        progress: Called as ``progress(done, total)`` while encoding.
    """
    clean = masker(list(names))
    cleaned = [clean(t or "") for t in texts]
    has_text = np.array([bool(t) for t in cleaned])
    vectors = np.zeros((len(texts), 0), np.float32)
    encoded = 0
    if has_text.any():
        present = [t for t in cleaned if t]
        found, encoded = cache.embed(present, embedder, progress)
        vectors = np.zeros((len(texts), found.shape[1]), np.float32)
        vectors[has_text] = found
    labels = np.full(len(texts), -1, dtype=int)
    if has_text.sum() >= 1:
        inner = cluster(vectors[has_text], granularity=granularity, outlier_budget=outlier_budget)
        labels[has_text] = inner.labels
        result = Clustering(
            labels, inner.k, inner.k_auto, float((labels < 0).mean()), inner.centroids
        )
    else:
        result = Clustering(labels, 0, 0, 1.0 if len(texts) else 0.0, np.zeros((0, 0)))
    words = keywords(cleaned, labels, extra_stop=tuple(names))
    distinct = _first_of_each(cleaned)
    examples = representatives(vectors[distinct], labels[distinct], result.centroids, top=3)
    examples = {k: [int(distinct[i]) for i in v] for k, v in examples.items()}
    return Themes(result, vectors, words, examples, encoded, embedder.model_id)


def _first_of_each(texts: list[str]) -> np.ndarray:
    """Index of the first post of each distinct text (examples should not repeat themselves)."""
    seen: dict[str, int] = {}
    for i, t in enumerate(texts):
        seen.setdefault(t, i)
    return np.array(sorted(seen.values()), dtype=int)


def project(vectors: np.ndarray, centroids: np.ndarray, seed: int = 7) -> np.ndarray:
    """2-D positions for a map of posts: PCA of each post's similarity to every theme centre.

    Posts of one theme land together because they are alike in the same way; the map is a
    picture, distances on it are approximate. Deterministic for a given input.
    """
    from sklearn.decomposition import PCA

    if len(vectors) == 0:
        return np.zeros((0, 2), np.float32)
    basis = vectors @ centroids.T if len(centroids) >= 3 else vectors
    if basis.shape[1] < 2 or len(basis) < 2:
        return np.zeros((len(vectors), 2), np.float32)
    return PCA(n_components=2, random_state=seed).fit_transform(basis).astype(np.float32)


def search(query: np.ndarray, vectors: np.ndarray, top: int = 20) -> tuple[np.ndarray, np.ndarray]:
    """The posts closest in meaning to a query vector: (indices, cosine similarities), best first.

    Posts with the same text are returned once (the first).
    """
    if len(vectors) == 0 or vectors.shape[1] != query.shape[-1]:
        return np.zeros(0, int), np.zeros(0, np.float32)
    scores = vectors @ query.reshape(-1)
    order = np.argsort(-scores, kind="stable")
    chosen: list[int] = []
    seen: set[bytes] = set()
    for i in order:
        key = vectors[i].tobytes()
        if key in seen or not vectors[i].any():
            continue
        seen.add(key)
        chosen.append(int(i))
        if len(chosen) == top:
            break
    index = np.array(chosen, dtype=int)
    return index, scores[index]
