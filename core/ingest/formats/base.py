"""The shape of a known export format (see :mod:`core.ingest.profiles`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from core.ingest.fields import normalise


@dataclass(frozen=True)
class Profile:
    """A known export format.

    Attributes:
        id: Short identifier, e.g. ``x-analytics``.
        name: Name shown to users.
        signature: Headers that must all be present for the profile to apply.
        columns: ``target -> header alternatives``; the first header present is used.
        platform: Platform of every row, or None when a column says it.
        author_type: Default author type: ``own`` for an account's own analytics, ``public``
            for listening tools, or None when brand mapping decides.
        day_first: How to read ambiguous dates such as 03/04/2026 (False for US-style exports).
        post_type: Default post type when no column says it.
        note: The documentation or sample the profile follows.
        kind: ``posts`` (one row per post) or ``days`` (account figures, one row per day).
        ignore: Headers of this format that are known and deliberately not used (ratios,
            paid-only figures, a 'Date' column that holds the word 'Lifetime').
        coalesce: Targets whose alternatives are all used, first non-empty value wins (e.g.
            Meltwater's text is the first of Hit Sentence, Opening Text, Headline).
        table_kind: For archives read by a dedicated reader: the table kind it produces.
        zone: Time zone of times without an offset when the format fixes it (``UTC`` for
            Hootsuite's 'Date (GMT)'); None means the zone the user chose.
        text_rewrite: ``(pattern, replacement)`` pairs applied to the text, for quirks of how
            a vendor writes it (LinkedIn puts a stray quote on each side of every line break).
    """

    id: str
    name: str
    signature: tuple[str, ...]
    columns: dict[str, tuple[str, ...]]
    platform: str | None = None
    author_type: str | None = None
    day_first: bool = True
    post_type: str = "post"
    note: str = ""
    kind: str = "posts"
    ignore: tuple[str, ...] = ()
    coalesce: frozenset[str] = frozenset()
    table_kind: str | None = None
    zone: str | None = None
    text_rewrite: tuple[tuple[str, str], ...] = ()
    id_parts: tuple[str, ...] = ()
    """Headers whose values together are a post's id (a Telegram message id is unique within
    its channel only: channel and id)."""
    link: str | None = None
    """The post's link made from :attr:`id_parts` (``https://t.me/{}/{}``)."""
    content: tuple[str, ...] = ()
    """Headers of which one must be filled for a row to be a post (a Telegram service message
    has no text, media or views); other rows are reported and left out."""
    exact: bool = False
    """The file has exactly the signature's headers (a generic 'Date, Impressions,
    Engagements' sheet is LinkedIn's only when nothing else is beside it)."""
    _sig: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_sig", frozenset(normalise(h) for h in self.signature))

    def matches(self, headers: list[str], table_kind: str | None = None) -> bool:
        if self.table_kind is not None:
            return table_kind == self.table_kind
        have = {normalise(h) for h in headers}
        return self._sig == have if self.exact else self._sig <= have

    def mapping(self, headers: list[str]) -> dict[str, str]:
        """``target -> header`` for the headers this file actually has."""
        return {target: found[0] for target, found in self.found(headers).items()}

    def fallbacks(self, headers: list[str]) -> dict[str, list[str]]:
        """For :attr:`coalesce` targets: the further headers to use where the first is empty."""
        found = self.found(headers)
        return {t: found[t][1:] for t in self.coalesce if len(found.get(t, ())) > 1}

    def found(self, headers: list[str]) -> dict[str, list[str]]:
        by_norm = {normalise(h): h for h in headers}
        out = {}
        for target, options in self.columns.items():
            present = [by_norm[normalise(o)] for o in options if normalise(o) in by_norm]
            if present:
                out[target] = list(dict.fromkeys(present))
        return out

    def known(self, headers: list[str]) -> set[str]:
        """The headers of the file this format claims or knowingly leaves unused."""
        by_norm = {normalise(h): h for h in headers}
        options = [o for opts in self.columns.values() for o in opts]
        options += [*self.ignore, *self.id_parts, *self.content]
        return {by_norm[normalise(o)] for o in options if normalise(o) in by_norm}


@dataclass(frozen=True)
class NotPosts:
    """A known file that holds no posts: named in the report and not loaded.

    Attributes:
        id: Short identifier.
        name: What the file is, shown to users ('LinkedIn: reactions you gave').
        signature: Headers that must all be present (compared after normalising).
        exact: True when the file has exactly these headers and no others (LinkedIn's
            Reactions.csv is 'Date, Type, Link': a wider file with those three is something else).
    """

    id: str
    name: str
    signature: tuple[str, ...]
    exact: bool = False

    def matches(self, headers: list[str]) -> bool:
        wanted = {normalise(h) for h in self.signature}
        have = {normalise(h) for h in headers}
        return wanted == have if self.exact else wanted <= have
