"""Grouping embeddings into themes: deterministic, automatic in number, bounded outliers.

Ward's method on normalised sentence embeddings found themes best in the measurements in
shared/MEASURED.md. It needs the pairwise distances, so up to :data:`DIRECT` points it runs on
the points themselves; above that on k-means micro-clusters (weighted by size), which keeps
memory linear at 100,000 posts. The number of themes is the cut of the tree with the best
silhouette, then scaled by a granularity the user sets; a few k-means steps from that cut move
posts to their closest theme. Posts far from their theme's centre can be left unassigned, up to
an outlier budget the user sets — never more.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from sklearn.cluster import MiniBatchKMeans
from sklearn.metrics import silhouette_score

DIRECT = 4000
MIN_THEMES = 4
"""The automatic choice never proposes fewer themes: the top split of post text is often just
language (Dutch vs English), true but not a useful overview. A fixed k can go lower."""
MICRO = 600
SAMPLE = 3000


@dataclass(frozen=True)
class Clustering:
    """Theme labels and how they were chosen.

    Attributes:
        labels: int array (n,): theme 0..k-1, or -1 for unassigned.
        k: Number of themes.
        k_auto: The number the dendrogram suggested, before granularity.
        unassigned: Share of posts left unassigned.
        centroids: float32 array (k, d), normalised centres of the themes.
    """

    labels: np.ndarray
    k: int
    k_auto: int
    unassigned: float
    centroids: np.ndarray


def _tree(vectors: np.ndarray, weights: np.ndarray, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """A Ward tree over the posts (small data) or over k-means micro-clusters (large data).

    Args:
        vectors: Distinct vectors.
        weights: How many posts share each vector: a sentence that 80 fans post is a bigger part
            of the conversation than one posted once, and weighs so.

    Returns:
        The linkage matrix and, per distinct vector, the index of its leaf in the tree.
    """
    n = len(vectors)
    if weights.sum() <= DIRECT:
        expanded = np.repeat(vectors.astype(np.float64), weights, axis=0)
        first = np.concatenate([[0], np.cumsum(weights)[:-1]])
        return linkage(expanded, method="ward"), first
    micro = MiniBatchKMeans(n_clusters=min(MICRO, n), random_state=seed, n_init=1, batch_size=8192)
    leaf = micro.fit_predict(vectors, sample_weight=weights)
    centres = micro.cluster_centers_.astype(np.float64)
    sizes = np.bincount(leaf, weights=weights, minlength=len(centres))
    # Repeat each centre by its size relative to the mean (1–4 times): big micro-clusters weigh
    # more while Ward sees at most 4 × MICRO rows (memory stays small).
    repeats = np.clip(np.round(sizes / sizes[sizes > 0].mean()), 1, 4).astype(int)
    expanded = np.repeat(centres, repeats, axis=0)
    owner = np.repeat(np.arange(len(centres)), repeats)
    tree = linkage(expanded, method="ward")
    first = np.searchsorted(owner, np.arange(len(centres)))
    return tree, first[leaf]


def _choose_k(
    tree: np.ndarray,
    leaves: np.ndarray,
    vectors: np.ndarray,
    weights: np.ndarray,
    k_range: tuple[int, int],
    seed: int,
) -> int:
    """The number of themes with the best cosine silhouette, cutting the same tree at each k.

    The silhouette compares how close a post is to its own theme with the nearest other theme.
    It is computed on a fixed sample of at most :data:`SAMPLE` distinct posts, drawn in proportion
    to how often each is posted (one distance matrix, reused for every k), so choosing costs
    well under a second. Measured on the labelled short-text sets
    (docs/BENCHMARKS.md) it lands near the true number of classes: Tweet (89) → ~50,
    StackOverflow (20) → ~29, AgNews (4) → 3. The largest dendrogram jump, used before, chose 6
    for Tweet.
    """
    n = len(vectors)
    rng = np.random.default_rng(seed)
    sample = np.sort(rng.choice(n, size=min(SAMPLE, n), replace=False, p=weights / weights.sum()))
    distances = np.clip(1.0 - vectors[sample] @ vectors[sample].T, 0.0, 2.0)
    np.fill_diagonal(distances, 0.0)
    best, best_score = k_range[0], -np.inf
    for k in range(k_range[0], min(k_range[1], n - 1) + 1):
        labels = fcluster(tree, t=k, criterion="maxclust")[leaves][sample]
        if len(np.unique(labels)) < 2:
            continue
        score = silhouette_score(distances, labels, metric="precomputed")
        if score > best_score + 1e-4:  # ties go to fewer themes
            best, best_score = k, score
    return best


def _refine(
    vectors: np.ndarray, weights: np.ndarray, labels: np.ndarray, iterations: int = 10
) -> np.ndarray:
    """A few k-means steps from the tree's themes: posts move to the closest theme centre.

    Ward's cut can leave a post with the theme its micro-cluster joined rather than the one it
    is nearest to; these steps fix that (AgNews accuracy 0.78 → 0.84, docs/BENCHMARKS.md).
    Deterministic: no random start, the tree gives it.
    """
    for _ in range(iterations):
        centroids = _centroids(vectors, labels, weights)
        moved = np.argmax(vectors @ centroids.T, axis=1)
        # A theme that loses all its posts disappears; the caller renumbers.
        if np.array_equal(moved, labels):
            break
        labels = moved
    return labels


def cluster(
    vectors: np.ndarray,
    granularity: float = 1.0,
    outlier_budget: float = 0.1,
    k: int | None = None,
    seed: int = 7,
) -> Clustering:
    """Group normalised embeddings into themes.

    Args:
        vectors: float32 array (n, d), rows L2-normalised.
        granularity: Multiplies the automatic number of themes (0.5 = fewer, 2 = more).
        outlier_budget: At most this share of posts is left unassigned (0 = none).
        k: Use exactly this many themes instead of choosing.
        seed: Random seed; the same data and settings always give the same themes.
    """
    n = len(vectors)
    if n < 3:
        labels = np.zeros(n, dtype=int)
        return Clustering(labels, 1 if n else 0, 1 if n else 0, 0.0, vectors[:1].copy())
    # Each distinct vector once, weighted by how many posts carry it.
    distinct, inverse, weights = np.unique(vectors, axis=0, return_inverse=True, return_counts=True)
    inverse = inverse.reshape(-1)
    if len(distinct) < 3:
        labels = np.zeros(n, dtype=int)
        return Clustering(labels, 1, 1, 0.0, _centroids(vectors, labels))
    tree, leaves = _tree(distinct, weights, seed)
    upper = int(min(60, max(MIN_THEMES, len(distinct) // 10)))
    k_auto = k or _choose_k(tree, leaves, distinct, weights, (min(MIN_THEMES, upper), upper), seed)
    k_final = k or int(
        np.clip(round(k_auto * granularity), 2, max(2, min(100, len(distinct) // 3)))
    )
    distinct_labels = _refine(
        distinct, weights, fcluster(tree, t=k_final, criterion="maxclust")[leaves] - 1
    )
    labels = _dense(distinct_labels[inverse])
    centroids = _centroids(vectors, labels)
    labels = _outliers(vectors, labels, centroids, outlier_budget)
    return Clustering(
        labels,
        int(labels.max()) + 1 if (labels >= 0).any() else 0,
        int(k_auto),
        float((labels < 0).mean()),
        centroids,
    )


def _dense(labels: np.ndarray) -> np.ndarray:
    """Renumber themes 0..k-1, largest first (ties by first appearance), so ids are stable."""
    ids, first, counts = np.unique(labels, return_index=True, return_counts=True)
    order = sorted(range(len(ids)), key=lambda i: (-counts[i], first[i]))
    mapping = {ids[i]: rank for rank, i in enumerate(order)}
    return np.array([mapping[x] for x in labels], dtype=int)


def _centroids(
    vectors: np.ndarray, labels: np.ndarray, weights: np.ndarray | None = None
) -> np.ndarray:
    from scipy.sparse import csr_matrix

    k = int(labels.max()) + 1
    keep = labels >= 0
    w = np.ones(int(keep.sum())) if weights is None else weights[keep].astype(np.float64)
    # Sums per theme as one sparse (k × n) @ (n × d) product; np.add.at was 10× slower.
    member = csr_matrix((w, (labels[keep], np.flatnonzero(keep))), shape=(k, len(labels)))
    sums = np.asarray(member @ vectors.astype(np.float64))
    norms = np.linalg.norm(sums, axis=1, keepdims=True)
    return (sums / np.where(norms == 0, 1, norms)).astype(np.float32)


def _outliers(
    vectors: np.ndarray,
    labels: np.ndarray,
    centroids: np.ndarray,
    budget: float,
    floor: float = 0.35,
) -> np.ndarray:
    """Leave unassigned the posts least like their theme: below `floor` cosine, at most `budget`."""
    if budget <= 0:
        return labels
    similarity = np.einsum("ij,ij->i", vectors, centroids[labels])
    candidates = np.where(similarity < floor)[0]
    allowed = int(np.floor(budget * len(labels)))
    drop = candidates[np.argsort(similarity[candidates], kind="stable")][:allowed]
    out = labels.copy()
    out[drop] = -1
    return out
