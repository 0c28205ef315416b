"""Grouping embeddings into themes: deterministic, automatic in number, bounded outliers.

Ward's method on normalised sentence embeddings found themes best in the measurements in
shared/MEASURED.md. It needs the pairwise distances, so up to :data:`DIRECT` points it runs on
the points themselves; above that on k-means micro-clusters (weighted by size), which keeps
memory linear at 100,000 posts. The number of themes is the cut of the tree with the best
silhouette — searched over the whole range the data supports, with no fixed cap, so data with
150 topics gets ~150 themes — then a few k-means steps from that cut move posts to their
closest theme. Posts far from their theme's centre can be left unassigned, up to an outlier
budget the user sets — never more.

Two levels (:func:`group`): the fine themes are grouped into 6–15 main themes by a second Ward
tree over their centres, so every fine theme sits inside exactly one main theme. Changing the
number of main themes only re-cuts that small tree: no re-embedding, no re-clustering of posts.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

DIRECT = 4000
MIN_THEMES = 4
"""The automatic choice never proposes fewer themes: the top split of post text is often just
language (Dutch vs English), true but not a useful overview. A fixed k can go lower."""
MICRO = 600
"""Fewest k-means micro-clusters under the tree on large data; more when more themes are
possible (three per theme the search may reach)."""
SAMPLE = 3000
MAX_SHARE = 8
"""The automatic search looks at up to one theme per this many distinct posts (and at most
:data:`SAMPLE` / 5, so every theme has points in the silhouette sample): a data-driven bound,
not a fixed cap. Measured: Tweet (89 classes in 2,472 posts) → up to 309 considered."""
NEAR_TIE = 0.2
"""The fine level is the most detailed peak of the silhouette curve within this share of the best.
Silhouette curves of real text often have a coarse peak (which data set, which language) and a
second one at the topics (a mix of five labelled sets: 0.093 at 7 clusters, 0.076 at 72 for its
141 classes); the main level sums the fine one up, so the fine one takes the detail. Measured
with 0.03 / 0.1 / 0.2 on six sets (docs/BENCHMARKS.md): 0.2 is the only value at or above
BERTopic's defaults on all of them (with :data:`PROMINENCE`)."""
PROMINENCE = 0.04
"""A second peak counts when the curve dips at least this share of its height before it
(Tweet: 0.2087 at 36 themes, down to 0.1877, up to 0.1968 at 62 — a 4.6% dip; its 89 classes
are found better at 62). Ten clean blobs do not get split into twelve (test)."""
MAX_THEMES = 300
"""Upper end of the automatic search on large data (two per micro-cluster): far above the 152
classes of the hardest many-topic sets measured, without a fixed cap at their size."""
MAIN = (6, 15)
"""Range of the automatic number of main themes."""


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


def _tree(
    vectors: np.ndarray, weights: np.ndarray, seed: int, micro: int = MICRO
) -> tuple[np.ndarray, np.ndarray]:
    """A Ward tree over the posts (small data) or over k-means micro-clusters (large data).

    Args:
        vectors: Distinct vectors.
        weights: How many posts share each vector: a sentence that 80 fans post is a bigger part
            of the conversation than one posted once, and weighs so.

    Returns:
        The linkage matrix and, per distinct vector, the index of its leaf in the tree.
    """
    from scipy.cluster.hierarchy import linkage
    from sklearn.cluster import MiniBatchKMeans

    n = len(vectors)
    if weights.sum() <= DIRECT:
        expanded = np.repeat(vectors.astype(np.float64), weights, axis=0)
        first = np.concatenate([[0], np.cumsum(weights)[:-1]])
        return linkage(expanded, method="ward"), first
    kmeans = MiniBatchKMeans(n_clusters=min(micro, n), random_state=seed, n_init=1, batch_size=8192)
    leaf = kmeans.fit_predict(vectors, sample_weight=weights)
    centres = kmeans.cluster_centers_.astype(np.float64)
    sizes = np.bincount(leaf, weights=weights, minlength=len(centres))
    # Repeat each centre by its size relative to the mean (1–4 times, fewer when there are many
    # centres): big micro-clusters weigh more while Ward sees at most ~2,400–4,000 rows.
    most = int(np.clip(2400 // len(centres), 1, 4)) + (1 if len(centres) > 1200 else 0)
    repeats = np.clip(np.round(sizes / sizes[sizes > 0].mean()), 1, most).astype(int)
    expanded = np.repeat(centres, repeats, axis=0)
    owner = np.repeat(np.arange(len(centres)), repeats)
    tree = linkage(expanded, method="ward")
    first = np.searchsorted(owner, np.arange(len(centres)))
    return tree, first[leaf]


def _silhouette(
    distances: np.ndarray,
    labels: np.ndarray,
    weights: np.ndarray | None = None,
    ordered: bool = False,
) -> float:
    """Mean silhouette for a precomputed distance matrix, vectorised over themes.

    Per point: a = mean distance to the others of its theme, b = the smallest mean distance to
    another theme, s = (b − a) / max(a, b); 0 for a point alone in its theme (as scikit-learn).
    ``weights`` count each point (and each distance to it) that many times. Sums per theme come
    from one pass over the columns grouped by theme. With ``ordered`` the points are already
    sorted so that every theme is one run of columns (true for any cut of a tree when the points
    follow the tree's leaf order), which saves reordering the matrix: ~10 ms for 3,000 points.
    """
    m = len(labels)
    w = np.ones(m) if weights is None else weights.astype(np.float64)
    if ordered:
        starts = np.flatnonzero(np.r_[True, labels[1:] != labels[:-1]])
        labels = np.cumsum(np.r_[0, (labels[1:] != labels[:-1]).astype(int)])
        if len(starts) < 2:
            return -1.0
        matrix = distances if weights is None else distances * w
    else:
        ids, labels = np.unique(labels, return_inverse=True)
        if len(ids) < 2:
            return -1.0
        order = np.argsort(labels, kind="stable")
        starts = np.searchsorted(labels[order], np.arange(len(ids)))
        matrix = distances[:, order] * w[order]
    sums = np.add.reduceat(matrix, starts, axis=1)
    counts = np.bincount(labels, weights=w)
    rows = np.arange(m)
    others_in_own = counts[labels] - w
    a = np.where(others_in_own > 0, sums[rows, labels] / np.maximum(others_in_own, 1e-12), 0.0)
    means = sums / counts
    means[rows, labels] = np.inf
    b = means.min(axis=1)
    s = np.where(others_in_own > 0, (b - a) / np.maximum(np.maximum(a, b), 1e-12), 0.0)
    return float(np.average(s, weights=w))


def _candidates(low: int, high: int, step: float = 1.08) -> list[int]:
    """Values of k from low to high, each ~8% above the previous (all of them while small)."""
    out, k = [], low
    while k <= high:
        out.append(k)
        k = max(k + 1, round(k * step))
    return out


def _choose_k(
    tree: np.ndarray,
    leaves: np.ndarray,
    vectors: np.ndarray,
    weights: np.ndarray,
    k_range: tuple[int, int],
    seed: int,
) -> int:
    """The most detailed peak of the cosine silhouette over cuts of the tree near the best.

    The silhouette compares how close a post is to its own theme with the nearest other theme.
    It is computed on a fixed sample of at most :data:`SAMPLE` distinct posts, drawn in proportion
    to how often each is posted (one distance matrix, reused for every k). The search runs over
    k in ~8% steps across the whole range, then every k between the best step's neighbours, so
    it stays near a second on any data size. Measured on labelled short-text sets
    (docs/BENCHMARKS.md).
    """
    from scipy.cluster.hierarchy import fcluster, leaves_list

    n = len(vectors)
    rng = np.random.default_rng(seed)
    sample = rng.choice(n, size=min(SAMPLE, n), replace=False, p=weights / weights.sum())
    # In the tree's leaf order every theme of every cut is one run of points.
    position = np.empty(len(tree) + 1, dtype=int)
    position[leaves_list(tree)] = np.arange(len(tree) + 1)
    sample = sample[np.argsort(position[leaves[sample]], kind="stable")]
    distances = np.clip(1.0 - vectors[sample] @ vectors[sample].T, 0.0, 2.0).astype(np.float32)
    np.fill_diagonal(distances, 0.0)
    low, high = k_range[0], min(k_range[1], n - 1)
    scores: dict[int, float] = {}

    def score(k: int) -> float:
        if k not in scores:
            labels = fcluster(tree, t=k, criterion="maxclust")[leaves][sample]
            scores[k] = _silhouette(distances, labels, ordered=True)
        return scores[k]

    grid = _candidates(low, high)
    if not grid:
        return low
    values = [score(k) for k in grid]
    at = int(np.argmax(values))
    lower = grid[at - 1] if at > 0 else grid[at]
    upper = grid[at + 1] if at + 1 < len(grid) else grid[at]
    stride = max(1, (upper - lower) // 16)
    for k in range(lower, upper + 1, stride):
        score(k)
    top = max(scores.values())
    best = min(k for k, v in scores.items() if v >= top - 1e-4)
    # The fine level takes the most detailed *second peak* of the curve that is near the best
    # (NEAR_TIE) and stands clear of the valley before it (PROMINENCE): topics under a coarse
    # split, not a wobble on a plateau or one clean group cut in two.
    peaks = [
        grid[i]
        for i in range(at + 1, len(grid))
        if values[i] >= values[i - 1]
        and (i + 1 == len(grid) or values[i] >= values[i + 1])
        and values[i] >= top - NEAR_TIE * abs(top)
        and values[i] - min(values[at : i + 1]) >= PROMINENCE * abs(values[i])
    ]
    return max(peaks, default=best)


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
    weights: np.ndarray | None = None,
) -> Clustering:
    """Group normalised embeddings into themes.

    Args:
        vectors: float32 array (n, d), rows L2-normalised.
        granularity: Multiplies the automatic number of themes (0.5 = fewer, 2 = more).
        outlier_budget: At most this share of posts is left unassigned (0 = none).
        k: Use exactly this many themes instead of choosing.
        seed: Random seed; the same data and settings always give the same themes.
        weights: How many posts each row stands for (one row per distinct text, say); the
            result is the same as for the rows repeated that many times. Default: one each.
    """
    n = len(vectors)
    rows = np.ones(n, dtype=np.int64) if weights is None else np.asarray(weights, dtype=np.int64)
    if n < 3:
        labels = np.zeros(n, dtype=int)
        return Clustering(labels, 1 if n else 0, 1 if n else 0, 0.0, vectors[:1].copy())
    if weights is not None and n > FIT:
        # Rows of distinct texts, many: sorting a million vectors to find equal ones would
        # copy them twice for the rare two texts the model reads alike.
        distinct, inverse, counts = vectors, np.arange(n), rows
    else:
        # Each distinct vector once, weighted by how many posts carry it.
        distinct, inverse = np.unique(vectors, axis=0, return_inverse=True)
        inverse = inverse.reshape(-1)
        counts = np.bincount(inverse, weights=rows, minlength=len(distinct)).astype(np.int64)
    if len(distinct) < 3:
        labels = np.zeros(n, dtype=int)
        return Clustering(labels, 1, 1, 0.0, _centroids(vectors, labels, rows))
    if len(distinct) > FIT:
        k_auto, distinct_labels = _fit_sample(distinct, counts, granularity, k, seed)
    else:
        k_auto, distinct_labels = _fit(distinct, counts, granularity, k, seed)
    labels = _dense(distinct_labels[inverse], rows)
    centroids = _centroids(vectors, labels, rows)
    labels = outliers(vectors, labels, centroids, outlier_budget, weights=rows)
    return Clustering(
        labels,
        int(labels.max()) + 1 if (labels >= 0).any() else 0,
        int(k_auto),
        float(rows[labels < 0].sum() / rows.sum()),
        centroids,
    )


CHUNK = 65_536
"""Rows per step where a whole-matrix temporary would cost gigabytes at a million rows."""
FIT = 20_000
"""Above this many distinct vectors the themes are found on a fixed random sample of this many
(each weighted by its posts) and every other vector joins its closest theme: the tree and the
silhouette search see a sample of at most :data:`SAMPLE` points either way, so a larger fit only
costs time (k-means over a million vectors: minutes)."""


def _fit(
    distinct: np.ndarray, weights: np.ndarray, granularity: float, k: int | None, seed: int
) -> tuple[int, np.ndarray]:
    """The automatic number of themes and a theme per distinct vector (not yet renumbered)."""
    from scipy.cluster.hierarchy import fcluster

    upper = search_limit(len(distinct))
    most = max(upper, round(upper * granularity), k or 0)
    tree, leaves = _tree(distinct, weights, seed, micro=max(MICRO, 2 * most))
    k_auto = k or _choose_k(tree, leaves, distinct, weights, (min(MIN_THEMES, upper), upper), seed)
    k_final = k or int(np.clip(round(k_auto * granularity), 2, max(2, len(distinct) // 3)))
    labels = _refine(distinct, weights, fcluster(tree, t=k_final, criterion="maxclust")[leaves] - 1)
    return int(k_auto), labels


def _fit_sample(
    distinct: np.ndarray, weights: np.ndarray, granularity: float, k: int | None, seed: int
) -> tuple[int, np.ndarray]:
    """:func:`_fit` on :data:`FIT` distinct vectors, then each vector to its closest theme."""
    pick = np.sort(np.random.default_rng(seed).choice(len(distinct), size=FIT, replace=False))
    k_auto, labels = _fit(distinct[pick], weights[pick], granularity, k, seed)
    centroids = _centroids(distinct[pick], labels, weights[pick])
    return k_auto, nearest(distinct, centroids)


def nearest(vectors: np.ndarray, centroids: np.ndarray) -> np.ndarray:
    """The closest centre of each vector (cosine), in chunks so memory stays small."""
    out = np.empty(len(vectors), dtype=int)
    for start in range(0, len(vectors), CHUNK):
        part = vectors[start : start + CHUNK].astype(np.float32)
        out[start : start + CHUNK] = np.argmax(part @ centroids.T, axis=1)
    return out


def search_limit(distinct: int) -> int:
    """The most themes the automatic choice considers for this many distinct posts."""
    return int(min(MAX_THEMES, max(MIN_THEMES, distinct // MAX_SHARE)))


@dataclass(frozen=True)
class Grouping:
    """Fine themes grouped into main themes.

    Attributes:
        parents: int array (k_fine,): the main theme of each fine theme, 0..k_main-1, largest
            main theme first.
        k: Number of main themes.
        k_auto: The number chosen automatically, before granularity.
    """

    parents: np.ndarray
    k: int
    k_auto: int


def group(
    centroids: np.ndarray,
    sizes: np.ndarray,
    granularity: float = 1.0,
    k: int | None = None,
    limits: tuple[int, int] = MAIN,
) -> Grouping:
    """Group fine themes into main themes: Ward over their centres, weighted by their sizes.

    The number of main themes is the cut with the best size-weighted silhouette among
    ``limits`` (6–15), times ``granularity``; never more than there are fine themes. With no
    more fine themes than the lower limit, each fine theme is its own main theme. Only the
    centres are used, so this takes milliseconds whatever the number of posts.
    """
    from scipy.cluster.hierarchy import fcluster, linkage

    n = len(centroids)
    if n == 0:
        return Grouping(np.zeros(0, dtype=int), 0, 0)
    if n <= limits[0] and k is None:
        k_auto = n
        wanted = int(np.clip(round(n * granularity), 1, n))
        if wanted >= n:
            return Grouping(_dense_by_size(np.arange(n), sizes), n, n)
    sizes = np.maximum(np.asarray(sizes, dtype=np.float64), 1)
    repeats = np.clip(np.round(sizes / sizes.mean()), 1, 4).astype(int)
    expanded = np.repeat(centroids.astype(np.float64), repeats, axis=0)
    first = np.searchsorted(np.repeat(np.arange(n), repeats), np.arange(n))
    tree = linkage(expanded, method="ward") if len(expanded) > 1 else np.zeros((0, 4))
    if n <= limits[0] and k is None:
        cut = fcluster(tree, t=wanted, criterion="maxclust")[first] - 1
        return Grouping(_dense_by_size(cut, sizes), int(cut.max()) + 1, k_auto)
    distances = np.clip(1.0 - centroids @ centroids.T, 0.0, 2.0).astype(np.float64)
    np.fill_diagonal(distances, 0.0)
    k_auto = k or max(
        range(limits[0], min(limits[1], n - 1) + 1),
        key=lambda m: (
            _silhouette(distances, fcluster(tree, t=m, criterion="maxclust")[first], sizes),
            -m,
        ),
        default=n,
    )
    wanted = k or int(np.clip(round(k_auto * granularity), 2, n))
    cut = fcluster(tree, t=min(wanted, n), criterion="maxclust")[first] - 1
    return Grouping(_dense_by_size(cut, sizes), int(cut.max()) + 1, int(k_auto))


def _dense_by_size(parents: np.ndarray, sizes: np.ndarray) -> np.ndarray:
    """Number main themes 0.. by total size, largest first (ties by lowest fine theme)."""
    ids = np.unique(parents)
    total = {int(i): float(np.sum(sizes[parents == i])) for i in ids}
    first = {int(i): int(np.flatnonzero(parents == i)[0]) for i in ids}
    order = sorted(total, key=lambda i: (-total[i], first[i]))
    mapping = {old: new for new, old in enumerate(order)}
    return np.array([mapping[int(p)] for p in parents], dtype=int)


def _dense(labels: np.ndarray, weights: np.ndarray | None = None) -> np.ndarray:
    """Renumber themes 0..k-1, largest first (ties by first appearance), so ids are stable.
    ``weights``: posts per row (default one)."""
    ids, first, inverse = np.unique(labels, return_index=True, return_inverse=True)
    inverse = inverse.reshape(-1)
    counts = np.bincount(inverse, weights=weights, minlength=len(ids))
    order = sorted(range(len(ids)), key=lambda i: (-counts[i], first[i]))
    rank = np.empty(len(ids), dtype=int)
    rank[order] = np.arange(len(ids))
    return rank[inverse]


def centroids_of(
    vectors: np.ndarray, labels: np.ndarray, weights: np.ndarray | None = None
) -> np.ndarray:
    """Normalised centre of each theme 0..k-1 (labels -1 ignored; ``weights``: posts per row)."""
    return _centroids(vectors, labels, weights)


def _centroids(
    vectors: np.ndarray, labels: np.ndarray, weights: np.ndarray | None = None
) -> np.ndarray:
    from scipy.sparse import csr_matrix

    k = int(labels.max()) + 1
    sums = np.zeros((k, vectors.shape[1]), np.float64)
    # Sums per theme as sparse (k × n) @ (n × d) products (np.add.at was 10× slower), in
    # chunks of rows: no float64 copy of a million vectors.
    for start in range(0, len(labels), CHUNK):
        part = labels[start : start + CHUNK]
        keep = part >= 0
        w = (
            np.ones(int(keep.sum()))
            if weights is None
            else np.asarray(weights[start : start + CHUNK])[keep].astype(np.float64)
        )
        member = csr_matrix((w, (part[keep], np.flatnonzero(keep))), shape=(k, len(part)))
        sums += member @ vectors[start : start + CHUNK].astype(np.float64)
    norms = np.linalg.norm(sums, axis=1, keepdims=True)
    return (sums / np.where(norms == 0, 1, norms)).astype(np.float32)


def outliers(
    vectors: np.ndarray,
    labels: np.ndarray,
    centroids: np.ndarray,
    budget: float,
    floor: float = 0.35,
    weights: np.ndarray | None = None,
) -> np.ndarray:
    """Leave unassigned the posts least like their theme, at most ``budget`` of them.

    A post fits no theme well when its cosine to its theme's centre is below ``floor`` or more
    than two standard deviations below the mean of all posts (never a theme's closest post):
    models differ in how close vectors lie (e5's cosines sit around 0.9, MiniLM's around 0.6),
    so a fixed floor alone left nothing out with e5. With ``weights`` (posts per row) a row
    is left out whole, and only while the posts left out stay within the budget.
    """
    if budget <= 0 or len(labels) == 0:
        return labels
    w = np.ones(len(labels)) if weights is None else np.asarray(weights, dtype=np.float64)
    similarity = np.concatenate(
        [
            np.einsum("ij,ij->i", vectors[a : a + CHUNK], centroids[labels[a : a + CHUNK]])
            for a in range(0, len(labels), CHUNK)
        ]
    )
    mean = float(np.average(similarity, weights=w))
    spread = float(np.sqrt(np.average((similarity - mean) ** 2, weights=w)))
    limit = max(floor, mean - 2 * spread)
    # Every theme keeps at least its closest post: a theme of odd posts is still a theme, and
    # an emptied one would leave a gap in the numbering that pages count as a theme.
    closest = np.argsort(-similarity, kind="stable")
    _, first = np.unique(labels[closest], return_index=True)
    kept = np.zeros(len(labels), dtype=bool)
    kept[closest[first]] = True
    candidates = np.where((similarity < limit) & ~kept)[0]
    allowed = int(np.floor(budget * w.sum()))
    ordered = candidates[np.argsort(similarity[candidates], kind="stable")]
    drop = ordered[np.cumsum(w[ordered]) <= allowed]
    out = labels.copy()
    out[drop] = -1
    return out
