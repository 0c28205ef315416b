"""The concepts every page counts with, each defined here once.

Pages disagreed when each wrote its own: Listening's mention count and its reply figures stood on
different bases, and Competitors counted mentions a third way. Everything below is the one
definition; :mod:`core.listening`, :mod:`core.competitors`, :mod:`core.continuous`, the Start
page and the Ambassadors page all use it.

- **Mention**: a post about an employer (its ``employer``) not written by that employer's own
  accounts — employees, candidates, fans, critics, media. Shares count: a share carries the
  message to a new audience, and the listening tools count them too (:func:`mention`).
- **Question**: a mention, not a share, whose text asks something (:func:`asks`). A share of a
  question is not a question to answer.
- **Reply** and **first reply**: a post by an employer's own accounts that replies to another
  post; the first reply to a post is the earliest of them (:func:`first_replies`).
- **Speaker segment**: who speaks — the own organisation's accounts, its employees, competitors'
  accounts, their employees, and everyone else (:data:`SEGMENTS`, :func:`speaker_segment`).
- **Privacy rule**: an employee is shown under a stable pseudonym until their consent is recorded
  in the ambassador roster; listening is not for watching staff (:func:`private`). Pages that
  profile individuals (Ambassadors) go further and pseudonymise everyone without consent.
- **Language** of a text: py3langid, among the languages asked for (:func:`language`).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
from functools import cache
from pathlib import Path
from typing import TypeVar

import polars as pl

Frame = TypeVar("Frame", pl.DataFrame, pl.LazyFrame)

# --- mention --------------------------------------------------------------------------------


def mention() -> pl.Expr:
    """True for a mention: a post its employer's own accounts did not write."""
    return pl.col("author_type").cast(pl.String) != "own"


def mentions(posts: Frame, employer: str | None = None) -> Frame:
    """The mentions of ``employer`` (of every employer when None)."""
    frame = posts.filter(mention())
    if employer is not None:
        frame = frame.filter(pl.col("employer") == employer)
    return frame


# --- question -------------------------------------------------------------------------------

QUESTION_NL = (
    r"hoe|wat|wanneer|waar|waarom|wie|welke|hoeveel|hoelang|kan|kun|kunnen|mag|moet|"
    r"is|zijn|heeft|hebben|biedt|bieden|weet|klopt|zoeken|werken|vraagje|graag\s+info"
)
QUESTION_EN = (
    r"how|what|when|where|why|who|which|can|could|do|does|did|is|are|will|would|should|"
    r"anyone\s+know|any\s+idea"
)
QUESTION_FR = (
    r"comment|quand|où|pourquoi|qui|quel|quelle|quels|quelles|combien|est-ce|peut-on|"
    r"pouvez-vous|avez-vous|y\s+a-t-il"
)
QUESTION_PATTERN = (
    r"(?i)\?|(?:^|[.!;:\n]\s*)(?:"
    + "|".join((QUESTION_NL, QUESTION_EN, QUESTION_FR))
    + r")\b[^.!\n]*$"
)
"""A question mark, or a question word or inverted verb opening the last sentence (Dutch,
English, French)."""
NOT_A_QUESTION_PATTERN = r"(?i)^\s*(?:wat een|what a|hoe leuk|how nice|quel(?:le)? belle?)\b"
"""Exclamations that open like a question ("Wat een mooie dag")."""

_QUESTION = re.compile(QUESTION_PATTERN)
_NOT_A_QUESTION = re.compile(NOT_A_QUESTION_PATTERN)


def is_question(text: str | None) -> bool:
    """Whether one text asks something (the same rule as :func:`asks`, for one text)."""
    if not text:
        return False
    text = text.strip()
    if "?" in text:
        return True
    return bool(_QUESTION.search(text)) and not _NOT_A_QUESTION.search(text)


def asks(text: pl.Expr | None = None) -> pl.Expr:
    """True where the text asks something (vectorised :func:`is_question`)."""
    text = (pl.col("text") if text is None else text).fill_null("").str.strip_chars()
    return text.str.contains("?", literal=True) | (
        text.str.contains(QUESTION_PATTERN) & ~text.str.contains(NOT_A_QUESTION_PATTERN)
    )


def question() -> pl.Expr:
    """True for a question: a mention, not a share, that asks something."""
    return mention() & (pl.col("post_type").cast(pl.String) != "share") & asks()


# --- reply and first reply ------------------------------------------------------------------


def reply(employers: list[str] | None = None) -> pl.Expr:
    """True for a reply by an employer's own accounts (of ``employers``; any when None)."""
    expr = (pl.col("author_type").cast(pl.String) == "own") & pl.col("in_reply_to_id").is_not_null()
    if employers is not None:
        expr = expr & pl.col("employer").is_in(employers)
    return expr


def first_replies(posts: Frame, employers: list[str] | None = None) -> Frame:
    """``post_id`` and ``replied_at``: the moment of the earliest own reply to each post."""
    return (
        posts.filter(reply(employers))
        .group_by(pl.col("in_reply_to_id").alias("post_id"))
        .agg(pl.col("published_at").min().alias("replied_at"))
    )


# --- speaker segment ------------------------------------------------------------------------

SEGMENTS: tuple[str, ...] = (
    "own_account",
    "own_employees",
    "competitor_accounts",
    "competitor_employees",
    "public",
)
"""Who speaks: the own organisation's accounts, its employees, competitors' accounts, their
employees, and everyone else."""


def speaker_segment() -> pl.Expr:
    """The speaker segment of each post (:data:`SEGMENTS`), from ``author_type`` and
    ``employer_role``; own or employee posts without an ``employer_role`` (no who-is-who yet)
    count as the own organisation's."""
    own_org = (pl.col("employer_role") == "own") | pl.col("employer_role").is_null()
    competitor = pl.col("employer_role") == "competitor"
    author = pl.col("author_type").cast(pl.String)
    return (
        pl.when(author == "public")
        .then(pl.lit("public"))
        .when((author == "own") & own_org)
        .then(pl.lit("own_account"))
        .when((author == "employee") & own_org)
        .then(pl.lit("own_employees"))
        .when((author == "own") & competitor)
        .then(pl.lit("competitor_accounts"))
        .when((author == "employee") & competitor)
        .then(pl.lit("competitor_employees"))
        .otherwise(pl.lit("public"))
        .cast(pl.Enum(SEGMENTS))
    )


# --- privacy rule ---------------------------------------------------------------------------


def handle_key(handle: str | None) -> str:
    """A handle as the roster and the posts are matched on: trimmed, lower case, no ``@``."""
    return (handle or "").strip().lower().lstrip("@")


SECRET_FILE = ".pseudonym-key"
"""The installation's secret for pseudonyms, in the data folder, made once, readable by the
owner only. Without it a handle cannot be turned into its pseudonym."""
_SECRETS: dict[Path, bytes] = {}


def _secret() -> bytes:
    from core import settings

    path = settings.data_dir() / SECRET_FILE
    if path not in _SECRETS:
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass
        else:
            with os.fdopen(fd, "w") as handle:
                handle.write(secrets.token_hex(32))
        _SECRETS[path] = bytes.fromhex(path.read_text().strip())
    return _SECRETS[path]


def pseudonym(key: str, word: str) -> str:
    """A stable stand-in for someone without consent, e.g. 'employee #4821' (never the handle).

    Keyed with the installation's secret (HMAC-SHA256): the same person gets the same number
    on every page and in every file of this installation, and nobody who has the handles but
    not the secret can compute the numbers (a plain hash of the handle could be reversed by
    hashing every handle in the file)."""
    digest = hmac.new(_secret(), handle_key(key).encode("utf-8"), hashlib.sha256).hexdigest()
    return f"{word} #{int(digest, 16) % 9000 + 1000}"


def consented(record: dict) -> bool:
    """Whether a roster record holds a recorded consent (date)."""
    return bool(record.get("consent_date"))


def consented_handles(roster: list[dict]) -> set[str]:
    """The handles (:func:`handle_key`) of everyone in the roster whose consent is recorded."""
    return {
        handle_key(h.get("handle"))
        for record in roster
        if consented(record)
        for h in record.get("handles") or []
        if handle_key(h.get("handle"))
    }


def private(
    frame: pl.DataFrame,
    consent: set[str],
    word: str,
    employee: pl.Expr | None = None,
) -> pl.DataFrame:
    """The privacy rule applied to a table of authors or posts.

    Employees without recorded consent get a stable pseudonym as ``author_name`` and no
    ``author_handle`` (shown as "—"); everyone else is shown as they publish.

    Args:
        frame: With ``author_name`` and ``author_handle``, and ``author_type`` unless
            ``employee`` says who is an employee.
        consent: :func:`consented_handles` of the roster; an unreadable roster means an empty set,
            which hides every employee (never shows more).
        word: The word for the pseudonym in the interface language ("medewerker").
    """
    if frame.is_empty():
        return frame
    is_employee = (
        pl.col("author_type").cast(pl.String) == "employee" if employee is None else employee
    )
    flags = frame.select(is_employee.fill_null(False)).to_series().to_list()
    handles = frame.get_column("author_handle").to_list()
    names = frame.get_column("author_name").to_list()
    hide = [
        flag and handle_key(handle) not in consent
        for flag, handle in zip(flags, handles, strict=True)
    ]
    return frame.with_columns(
        pl.Series(
            "author_name",
            [
                pseudonym(handle or name or "", word) if h else name
                for h, handle, name in zip(hide, handles, names, strict=True)
            ],
            dtype=pl.String,
        ),
        pl.Series(
            "author_handle",
            ["—" if h else x for h, x in zip(hide, handles, strict=True)],
            dtype=pl.String,
        ),
    )


# --- language -------------------------------------------------------------------------------

LANGUAGES = ("nl", "en", "fr", "de")
"""The languages a text is told apart among unless a caller asks otherwise."""


@cache
def _identifier(among: tuple[str, ...] | None):
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    if among:
        identifier.set_languages(list(among))
    return identifier


def language(text: str | None, among: tuple[str, ...] | None = LANGUAGES) -> str | None:
    """The language of a text (ISO 639-1), among ``among`` (every language py3langid knows when
    None); None for an empty text."""
    if not text or not text.strip():
        return None
    return _identifier(among).classify(text)[0]
