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
import polars as pl

from core import concepts
from core.embed import Embedder, EmbeddingCache, Progress
from core.themes.cluster import Clustering, Grouping, centroids_of, cluster, group, outliers
from core.themes.keywords import Terms, ranked, representatives, terms

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


_RUST_META = set("\\.+*?()|[]{}^$#&-~")


def _rust_escape(word: str) -> str:
    return "".join("\\" + ch if ch in _RUST_META else ch for ch in word)


def masked(texts: pl.Series, names: list[str]) -> pl.Series:
    """:func:`masker` on a whole column at once, in polars (Rust regex), for a million texts.

    The same result text by text (a test compares the two on the demo's texts): links, mentions
    and the names removed, ``#`` dropped, white space collapsed. Rust's regex has no look-around,
    so a name must stand between non-word characters or the ends: matched with the character on
    each side kept, twice, for names that follow each other with one character between.
    """
    words = sorted({n.strip() for n in names if n and n.strip()}, key=len, reverse=True)
    out = (
        texts.cast(pl.String)
        .fill_null("")
        .str.replace_all("(?i)" + URL.pattern, " ")
        .str.replace_all(MENTION.pattern, " ")
    )
    if words:
        alternatives = "|".join(_rust_escape(w) for w in words)
        name = rf"(?i)(^|\W)(?:{alternatives})(\W|$)"
        for _ in range(2):
            out = out.str.replace_all(name, "${1} ${2}")
    return (
        out.str.replace_all("#", " ", literal=True).str.replace_all(r"\s+", " ").str.strip_chars()
    )


@dataclass(frozen=True)
class Themes:
    """Themes of a list of posts, on two levels.

    Attributes:
        clustering: The fine themes: labels per post (-1 = unassigned), number, centroids.
        keywords: Fine theme → distinctive words, best first.
        examples: Fine theme → indices of its most typical posts (distinct texts).
        encoded: How many distinct texts had to be encoded (0 on a warm re-run).
        model_id: The embedding model (and precision) used.
        grouping: The main themes: ``grouping.parents[fine]`` is the main theme of each fine one.
        main_keywords: Main theme → distinctive words, best first.
        main_examples: Main theme → indices of its most typical posts.
        scored: ``{"fine"|"main": {theme: [(word, score), ...]}}``, for naming.
        base: What the cut was made from; :func:`recut` makes another cut without re-embedding.
    """

    clustering: Clustering
    keywords: dict[int, list[str]]
    examples: dict[int, list[int]]
    encoded: int
    model_id: str
    grouping: Grouping
    main_keywords: dict[int, list[str]]
    main_examples: dict[int, list[int]]
    scored: dict[str, dict[int, list[tuple[str, float]]]]
    base: Base

    @property
    def labels(self) -> np.ndarray:
        return self.clustering.labels

    @property
    def main_labels(self) -> np.ndarray:
        """Main theme per post (-1 = unassigned)."""
        parents = self.grouping.parents
        labels = self.clustering.labels
        return np.where(labels >= 0, parents[np.maximum(labels, 0)] if len(parents) else -1, -1)

    @property
    def main_centroids(self) -> np.ndarray:
        """Normalised centre of each main theme (size-weighted mean of its fine centres)."""
        return _group_centres(self.clustering, self.grouping)


@dataclass(frozen=True)
class Base:
    """The expensive part, done once per dataset and model: embeddings, fine themes (no
    outliers yet), word counts per fine theme.

    Everything is kept per *distinct* cleaned text (a row), not per post: a million posts
    that say a few thousand things cost a few thousand rows. ``inverse`` maps each post to
    its row (-1: no text), ``first`` each row to its first post, ``weights`` counts the posts
    per row (what the clustering, outliers and word counts weigh by).

    ``space`` holds the embeddings with each language's mean moved onto the common mean
    (:func:`align_languages`): what themes are found in, the map is drawn from and search
    compares with (a query is moved by its language's ``shifts`` the same way). Only this one
    matrix is kept: at a million distinct texts a second copy would cost 1.5 GiB.
    ``term_vectors`` hold the embedding of each theme's candidate name words, so names follow
    meaning and not only frequency.
    """

    space: np.ndarray
    shifts: dict[str, np.ndarray]
    inverse: np.ndarray
    first: np.ndarray
    weights: np.ndarray
    fine: Clustering
    """The fine theme of each row."""
    terms: Terms
    term_vectors: dict[str, np.ndarray]
    encoded: int
    model_id: str

    def per_post(self, values: np.ndarray, missing: int = -1) -> np.ndarray:
        """A value per row spread over the posts (``missing`` for posts without text)."""
        values = np.asarray(values)
        if len(values) == 0:
            return np.full(len(self.inverse), missing, dtype=values.dtype)
        return np.where(self.inverse >= 0, values[np.maximum(self.inverse, 0)], missing)

    def nearest(
        self, query: np.ndarray, language: str | None = None, top: int = 20
    ) -> tuple[np.ndarray, np.ndarray]:
        """The posts closest in meaning to a query vector in ``language`` (the first post of
        each distinct text): (post indices, cosine similarities), best first."""
        moved = query.astype(np.float32) + self.shifts.get(language or "", 0)
        moved = moved / max(float(np.linalg.norm(moved)), 1e-12)
        rows, scores = search(moved.astype(np.float32), self.space, top)
        return self.first[rows], scores


LANGUAGE_SHARE = 0.05
"""A language is aligned when at least this share of the posts (and 20 posts) is in it."""


def language_shifts(
    vectors: np.ndarray, languages: list[str | None], weights: np.ndarray | None = None
) -> dict[str, np.ndarray]:
    """What :func:`align_languages` adds to each language's vectors: mean(all) − mean(lang),
    for languages with at least :data:`LANGUAGE_SHARE` of the posts (and 20); none when fewer
    than two languages qualify. ``weights``: posts per row (means and shares count posts)."""
    if len(vectors) == 0:
        return {}
    w = np.ones(len(vectors)) if weights is None else np.asarray(weights, dtype=np.float64)
    codes = np.array([x or "" for x in languages], dtype=object)
    overall = _mean(vectors, w)
    shifts = {}
    for code in sorted(set(codes.tolist()) - {""}):
        members = codes == code
        if w[members].sum() >= max(20, LANGUAGE_SHARE * w.sum()):
            # The language's mean as a weighted mean of all rows (weight 0 for the others):
            # no copy of its rows.
            shifts[code] = (overall - _mean(vectors, np.where(members, w, 0.0))).astype(np.float32)
    return shifts if len(shifts) >= 2 else {}


def _mean(vectors: np.ndarray, weights: np.ndarray, chunk: int = 65_536) -> np.ndarray:
    """The weighted mean row, in chunks (no float64 copy of a million vectors)."""
    total = np.zeros(vectors.shape[1], np.float64)
    for start in range(0, len(vectors), chunk):
        total += weights[start : start + chunk] @ vectors[start : start + chunk]
    return total / max(float(weights.sum()), 1e-12)


def shifted(
    vectors: np.ndarray, languages: list[str | None], shifts: dict[str, np.ndarray]
) -> np.ndarray:
    """``vectors`` moved by their language's shift and normalised again, **in place** (the
    caller's matrix becomes the aligned one: no second copy); unchanged without shifts."""
    if not shifts:
        return vectors
    codes = np.array([x or "" for x in languages], dtype=object)
    for code, shift in shifts.items():
        members = np.flatnonzero(codes == code)
        for start in range(0, len(members), 65_536):
            part = members[start : start + 65_536]
            moved = vectors[part] + shift
            moved /= np.maximum(np.linalg.norm(moved, axis=1, keepdims=True), 1e-12)
            vectors[part] = moved
    return vectors


def align_languages(
    vectors: np.ndarray, languages: list[str | None], weights: np.ndarray | None = None
) -> np.ndarray:
    """Vectors with each language's mean moved onto the mean of all: v − mean(lang) + mean(all).

    A multilingual model puts a Dutch sentence next to its English translation, but over many
    posts it still adds a little of "this is Dutch" to every Dutch vector; clustering at the
    coarse level then splits by language (all English posts in one main theme). Moving each
    language's centre onto the common centre removes that shared offset and keeps everything
    else. Data in one language is unchanged. Languages with few posts, and unknown ones, are
    left as they are. Rows are normalised again. A new array (see :func:`shifted` for in place).
    """
    shifts = language_shifts(vectors, languages, weights)
    return shifted(vectors.astype(np.float32, copy=True), languages, shifts) if shifts else vectors


def _languages(texts: list[str], given: list[str | None] | None) -> list[str | None]:
    """The language of each text: as given (an export's language column), else detected."""
    out: list[str | None] = []
    for i, text in enumerate(texts):
        code = given[i] if given is not None else None
        if not code and text:
            code = concepts.language(text, among=None)
        out.append(code or None)
    return out


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
        granularity: Fewer (< 1) or more (> 1) main themes than the automatic choice.
        outlier_budget: At most this share of posts left unassigned.
        progress: Called as ``progress(done, total)`` while encoding.
    """
    return recut(prepare(texts, embedder, cache, names, progress), granularity, outlier_budget)


def distinct(
    texts: list[str | None] | pl.Series, names: list[str] = ()
) -> tuple[pl.DataFrame, np.ndarray]:
    """The distinct cleaned texts (:func:`masked`; empty ones left out) in order of first
    appearance, one row each: ``text``, ``first`` (its first post), ``weight`` (its posts);
    and each post's row (-1: no text)."""
    column = texts if isinstance(texts, pl.Series) else pl.Series(list(texts), dtype=pl.String)
    posts = pl.DataFrame({"text": masked(column, list(names))}).with_row_index("post")
    rows = (
        posts.filter(pl.col("text") != "")
        .group_by("text", maintain_order=True)
        .agg(pl.col("post").first().alias("first"), pl.len().alias("weight"))
        .with_row_index("row")
    )
    inverse = (
        posts.join(rows.select("text", "row"), on="text", how="left", maintain_order="left")
        .get_column("row")
        .cast(pl.Int64)
        .fill_null(-1)
    )
    return rows.drop("row"), inverse.to_numpy()


def prepare(
    texts: list[str | None] | pl.Series,
    embedder: Embedder,
    cache: EmbeddingCache,
    names: list[str] = (),
    progress: Progress | None = None,
    languages: list[str | None] | None = None,
    known: np.ndarray | None = None,
) -> Base:
    """Embed (cached) and find the fine themes; see :func:`find_themes`.

    Works on the distinct cleaned texts (:class:`Base`): each is embedded, language-aligned,
    clustered and word-counted once, weighted by its posts.

    Args:
        languages: Language code per post where known (others are detected).
        known: The fine theme of each post as found before on the same texts and model
            (:mod:`core.derived`): clustering is skipped, everything else is recomputed.
    """
    rows, inverse = distinct(texts, names)
    cleaned = rows.get_column("text").to_list()
    first = rows.get_column("first").to_numpy().astype(np.int64)
    weights = rows.get_column("weight").to_numpy().astype(np.int64)
    space, encoded, shifts = np.zeros((0, 0), np.float32), 0, {}
    if cleaned:
        space, encoded = cache.embed(cleaned, embedder, progress)
        given = [languages[i] for i in first] if languages is not None else None
        codes = _languages(cleaned, given)
        shifts = language_shifts(space, codes, weights)
        space = shifted(space, codes, shifts)  # in place: the looked-up matrix is ours
        usable = known is not None and len(known) == len(inverse)
        before = np.asarray(known)[first] if usable else None
        if before is not None and (before >= 0).all():
            k = int(before.max()) + 1
            centroids = centroids_of(space, before, weights)
            fine = Clustering(before.astype(int), k, k, 0.0, centroids)
        else:
            fine = cluster(space, outlier_budget=0.0, weights=weights)
    else:
        empty = np.zeros(0, dtype=int)
        fine = Clustering(empty, 0, 0, 1.0 if len(inverse) else 0.0, np.zeros((0, 0), np.float32))
    read = _words_from(fine.labels)
    counted = terms(
        [cleaned[i] for i in read], fine.labels[read], tuple(names), weights=weights[read]
    )
    candidates = sorted({w for v in ranked(counted, CANDIDATES).values() for w, _ in v})
    term_vectors = {}
    if candidates:
        found_terms, _ = cache.small().embed(candidates, embedder)
        term_vectors = dict(zip(candidates, found_terms, strict=True))
    return Base(
        space,
        shifts,
        inverse,
        first,
        weights,
        fine,
        counted,
        term_vectors,
        encoded,
        embedder.model_id,
    )


WORDS_FROM = 100_000
"""Distinct texts the words of the themes are counted from, at most: a fixed sample plus the
first :data:`WORDS_EACH` texts of every theme (so no theme goes without words). A theme's
distinctive words are stable on a sample; reading a million texts word by word is ~20 s."""
WORDS_EACH = 20


def _words_from(labels: np.ndarray, seed: int = 7) -> np.ndarray:
    """The rows whose words are counted (see :data:`WORDS_FROM`), in order."""
    if len(labels) <= WORDS_FROM:
        return np.arange(len(labels))
    sample = np.random.default_rng(seed).choice(len(labels), size=WORDS_FROM, replace=False)
    order = np.argsort(labels, kind="stable")
    starts = np.searchsorted(labels[order], np.unique(labels))
    firsts = [order[a : a + WORDS_EACH] for a in starts]
    return np.unique(np.concatenate([sample, *firsts]))


CANDIDATES = 10
"""Candidate name words per theme: the best by c-TF-IDF, then ordered by meaning."""


def by_meaning(
    scored: dict[int, list[tuple[str, float]]],
    centroids: np.ndarray,
    term_vectors: dict[str, np.ndarray],
) -> dict[int, list[tuple[str, float]]]:
    """Each theme's candidate words ordered by how well they say what the theme is about.

    Rank by c-TF-IDF (distinctive) plus rank by closeness of the word's embedding to the theme
    centre (about the theme's meaning, not a frequent filler such as 'laatste' or 'gaat');
    the lower sum wins, ties by c-TF-IDF. Words without a vector keep their c-TF-IDF rank
    and come after those with one.
    """
    out = {}
    for theme, words in scored.items():
        if theme >= len(centroids) or not words:
            out[theme] = words
            continue
        known = [(w, sc) for w, sc in words if w in term_vectors]
        closeness = {w: float(term_vectors[w] @ centroids[theme]) for w, _ in known}
        meaning_rank = {w: r for r, w in enumerate(sorted(closeness, key=lambda w: -closeness[w]))}
        ordered = sorted(range(len(known)), key=lambda i: (i + meaning_rank[known[i][0]], i))
        out[theme] = [known[i] for i in ordered] + [x for x in words if x[0] not in closeness]
    return out


def recut(base: Base, granularity: float = 1.0, outlier_budget: float = 0.1) -> Themes:
    """Main themes and outliers for these settings, from a :class:`Base`: no re-embedding, no
    re-clustering of posts (milliseconds to a second, whatever the model)."""
    fine = base.fine
    rows = fine.labels
    if len(rows) and fine.k:
        rows = outliers(base.space, rows, fine.centroids, outlier_budget, weights=base.weights)
    labels = base.per_post(rows)
    clustering = Clustering(
        labels,
        fine.k,
        fine.k_auto,
        float((labels < 0).mean()) if len(labels) else 0.0,
        fine.centroids,
    )
    assigned = fine.labels >= 0
    sizes = np.bincount(fine.labels[assigned], weights=base.weights[assigned], minlength=fine.k)
    grouping = group(fine.centroids, sizes, granularity=granularity)
    main_centres = _group_centres(clustering, grouping)
    fine_scored = by_meaning(ranked(base.terms, CANDIDATES), fine.centroids, base.term_vectors)
    parents = {int(k): int(grouping.parents[k]) for k in base.terms.themes}
    main_scored = (
        by_meaning(ranked(base.terms.grouped(parents), CANDIDATES), main_centres, base.term_vectors)
        if parents
        else {}
    )
    examples = _examples(base, rows, fine.centroids)
    main_rows = np.where(rows >= 0, grouping.parents[np.maximum(rows, 0)], -1) if fine.k else rows
    main_examples = _examples(base, main_rows, main_centres)
    return Themes(
        clustering,
        {k: [w for w, _ in v][:6] for k, v in fine_scored.items()},
        examples,
        base.encoded,
        base.model_id,
        grouping,
        {k: [w for w, _ in v][:6] for k, v in main_scored.items()},
        main_examples,
        {"fine": fine_scored, "main": main_scored},
        base,
    )


def _examples(base: Base, rows: np.ndarray, centroids: np.ndarray) -> dict[int, list[int]]:
    """The most typical posts of each theme (one per distinct text), as post indices."""
    if len(centroids) == 0 or len(rows) == 0:
        return {}
    found = representatives(base.space, rows, centroids, top=3)
    return {k: [int(base.first[i]) for i in v] for k, v in found.items()}


def _group_centres(clustering: Clustering, grouping: Grouping) -> np.ndarray:
    k = grouping.k
    if k == 0 or clustering.k == 0:
        return np.zeros(
            (0, clustering.centroids.shape[1] if clustering.centroids.ndim == 2 else 0), np.float32
        )
    sizes = np.bincount(clustering.labels[clustering.labels >= 0], minlength=clustering.k)
    sums = np.zeros((k, clustering.centroids.shape[1]), np.float64)
    np.add.at(sums, grouping.parents, clustering.centroids * sizes[:, None])
    norms = np.linalg.norm(sums, axis=1, keepdims=True)
    return (sums / np.where(norms == 0, 1, norms)).astype(np.float32)


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
