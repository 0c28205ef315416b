"""Grouping embeddings into themes: deterministic, automatic in number, bounded outliers.

Ward's method on normalised sentence embeddings found themes best in the measurements in
shared/MEASURED.md. It needs the pairwise distances, so up to :data:`DIRECT` points it runs on
the points themselves; above that on k-means micro-clusters (weighted by size), which keeps
memory linear at 100,000 posts. The number of themes is chosen by the silhouette (cosine) on a
sample, then scaled by a granularity the user sets. Posts far from their theme's centre can be
left unassigned, up to an outlier budget the user sets — never more.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from sklearn.cluster import MiniBatchKMeans
from sklearn.metrics import silhouette_score

DIRECT = 4000
MICRO = 600
SAMPLE = 3000


@dataclass(frozen=True)
class Clustering:
    """Theme labels and how they were chosen.

    Attributes:
        labels: int array (n,): theme 0..k-1, or -1 for unassigned.
        k: Number of themes.
        k_auto: The number the silhouette chose, before granularity.
        unassigned: Share of posts left unassigned.
        centroids: float32 array (k, d), normalised centres of the themes.
    """

    labels: np.ndarray
    k: int
    k_auto: int
    unassigned: float
    centroids: np.ndarray


def _tree(vectors: np.ndarray, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """A Ward tree over the points (small data) or over k-means micro-clusters (large data).

    Returns:
        The linkage matrix and, per point, the index of its leaf in the tree.
    """
    n = len(vectors)
    if n <= DIRECT:
        return linkage(vectors.astype(np.float64), method="ward"), np.arange(n)
    micro = MiniBatchKMeans(n_clusters=min(MICRO, n), random_state=seed, n_init=1, batch_size=8192)
    leaf = micro.fit_predict(vectors)
    centres = micro.cluster_centers_.astype(np.float64)
    sizes = np.bincount(leaf, minlength=len(centres)).astype(np.float64)
    # Repeat each centre by its size relative to the mean (1–4 times): big micro-clusters weigh
    # more while Ward sees at most 4 × MICRO rows (memory stays small).
    repeats = np.clip(np.round(sizes / sizes.mean()), 1, 4).astype(int)
    expanded = np.repeat(centres, repeats, axis=0)
    owner = np.repeat(np.arange(len(centres)), repeats)
    tree = linkage(expanded, method="ward")
    first = np.searchsorted(owner, np.arange(len(centres)))
    return tree, first[leaf]


def _choose_k(
    vectors: np.ndarray, tree: np.ndarray, leaves: np.ndarray, k_range: tuple[int, int], seed: int
) -> int:
    rng = np.random.default_rng(seed)
    pick = rng.choice(len(vectors), size=min(SAMPLE, len(vectors)), replace=False)
    best, best_score = k_range[0], -2.0
    for k in range(k_range[0], k_range[1] + 1):
        labels = fcluster(tree, t=k, criterion="maxclust")[leaves][pick]
        if len(np.unique(labels)) < 2:
            continue
        score = silhouette_score(vectors[pick], labels, metric="cosine")
        if score > best_score + 1e-9:
            best, best_score = k, score
    return best


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
    tree, leaves = _tree(vectors, seed)
    upper = int(min(40, max(2, n // 15)))
    k_auto = k or _choose_k(vectors, tree, leaves, (2, upper), seed)
    k_final = k or int(np.clip(round(k_auto * granularity), 2, max(2, min(80, n // 5))))
    labels = fcluster(tree, t=k_final, criterion="maxclust")[leaves] - 1
    labels = _dense(labels)
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


def _centroids(vectors: np.ndarray, labels: np.ndarray) -> np.ndarray:
    k = int(labels.max()) + 1
    sums = np.zeros((k, vectors.shape[1]), dtype=np.float64)
    np.add.at(sums, labels, vectors)
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
