"""Grouping embeddings into themes: deterministic, automatic in number, bounded outliers.

Ward's method on normalised sentence embeddings found themes best in the measurements in
shared/MEASURED.md. It needs the pairwise distances, so up to :data:`DIRECT` points it runs on
the points themselves; above that on k-means micro-clusters (weighted by size), which keeps
memory linear at 100,000 posts. The number of themes is where the dendrogram jumps most, then
scaled by a granularity the user sets. Posts far from their theme's centre can be
left unassigned, up to an outlier budget the user sets — never more.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from sklearn.cluster import MiniBatchKMeans

DIRECT = 4000
MIN_THEMES = 4
"""The automatic choice never proposes fewer themes: the top split of post text is often just
language (Dutch vs English), true but not a useful overview. A fixed k can go lower."""
MICRO = 600


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


def _choose_k(tree: np.ndarray, k_range: tuple[int, int]) -> int:
    """The number of themes where the dendrogram has its largest relative jump.

    Cutting just below a merge that is much higher than the one before separates groups that
    are clearly apart. On the demo this finds the eight planted themes; on blobs with known
    centres, their number. (The silhouette kept rising with k on template-like post text.)
    """
    heights = tree[:, 2]
    n = len(heights) + 1
    best, best_jump = k_range[0], -1.0
    for k in range(k_range[0], min(k_range[1], n - 1) + 1):
        jump = heights[n - k] / max(heights[n - k - 1], 1e-12)
        if jump > best_jump:
            best, best_jump = k, jump
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
    # Distinct vectors only: a repost or a template used a hundred times is not a theme.
    distinct, inverse = np.unique(vectors, axis=0, return_inverse=True)
    inverse = inverse.reshape(-1)
    if len(distinct) < 3:
        labels = np.zeros(n, dtype=int)
        return Clustering(labels, 1, 1, 0.0, _centroids(vectors, labels))
    tree, leaves = _tree(distinct, seed)
    upper = int(min(60, max(MIN_THEMES, len(distinct) // 10)))
    k_auto = k or _choose_k(tree, (min(MIN_THEMES, upper), upper))
    k_final = k or int(
        np.clip(round(k_auto * granularity), 2, max(2, min(100, len(distinct) // 3)))
    )
    labels = (fcluster(tree, t=k_final, criterion="maxclust")[leaves] - 1)[inverse]
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
