"""Value vocabularies: the many ways exports spell a platform, post type, sentiment, language."""

from __future__ import annotations

import polars as pl

# Order matters: the first pattern that matches wins.
PLATFORM_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"linkedin|lnkd\.in", "linkedin"),
    (r"twitter|x\.com|^x$|tweet", "x"),
    (r"instagram|^ig$|insta", "instagram"),
    (r"facebook|^fb$|fb\.com|meta", "facebook"),
    (r"tiktok", "tiktok"),
    (r"youtube|youtu\.be", "youtube"),
    (r"telegram|t\.me/", "telegram"),
    (r"^threads$|threads\.net|threads\.com", "threads"),
    (r"bluesky|bsky\.app", "bluesky"),
    (r"mastodon", "mastodon"),
    (r"pinterest", "pinterest"),
    (r"snapchat", "snapchat"),
    (r"whatsapp", "whatsapp"),
    (r"glassdoor|indeed|review|werkzoeken|jobat|kununu|trustpilot", "reviews"),
    (r"forum|reddit|board", "forum"),
    (r"blog|medium\.com|wordpress", "blog"),
    (r"news|nieuws|online ?news|press|krant|media|nu\.nl|nos\.nl|rtv|\.nl$|\.be$", "news"),
)
POST_TYPE_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"repl|comment|reactie|antwoord|response", "reply"),
    (r"retweet|repost|share|gedeeld|quote", "share"),
    (r"video|reel|clip|live", "video"),
    (r"photo|image|foto|afbeelding|carousel|album|picture", "image"),
    (r"article|artikel|blog|document|pdf", "article"),
    (r"review", "review"),
    (r"tweet|post|status|link|text|tekst|bericht|update|poll", "post"),
)
SENTIMENT_WORDS = {
    "positive": ("positive", "positief", "pos", "+", "good", "goed"),
    "negative": ("negative", "negatief", "neg", "-", "bad", "slecht"),
    "neutral": ("neutral", "neutraal", "neu", "0", "mixed", "gemengd", "none"),
}
LANGUAGE_WORDS = {
    "nl": ("nl", "dutch", "nederlands", "nld", "nl-nl", "nl-be", "vlaams", "flemish"),
    "en": ("en", "english", "engels", "eng", "en-us", "en-gb"),
    "fr": ("fr", "french", "frans", "français", "fra", "fr-be", "fr-fr"),
    "de": ("de", "german", "duits", "deutsch", "deu", "de-de"),
}
AUTHOR_TYPE_WORDS = {
    "own": ("own", "eigen", "brand", "company", "organisation", "organisatie", "owned"),
    "employee": ("employee", "medewerker", "werknemer", "staff", "personeel", "ambassador",
                 "ambassadeur"),
    "public": ("public", "publiek", "other", "overig", "candidate", "kandidaat", "fan"),
}  # fmt: skip


def by_patterns(expr: pl.Expr, patterns: tuple[tuple[str, str], ...]) -> pl.Expr:
    """The value of the first pattern that matches the lower-cased text, else null."""
    text = expr.cast(pl.String).str.to_lowercase().str.strip_chars()
    result = pl.lit(None, dtype=pl.String)
    for pattern, value in reversed(patterns):
        result = pl.when(text.str.contains(pattern)).then(pl.lit(value)).otherwise(result)
    return result


def by_words(expr: pl.Expr, words: dict[str, tuple[str, ...]]) -> pl.Expr:
    """Map exact (lower-cased) spellings to their canonical value, else null."""
    mapping = {spelling: value for value, spellings in words.items() for spelling in spellings}
    text = expr.cast(pl.String).str.to_lowercase().str.strip_chars()
    return text.replace_strict(mapping, default=None, return_dtype=pl.String)


def sentiment(expr: pl.Expr) -> pl.Expr:
    """Sentiment from words (Dutch and English) or from a signed score such as -5..5."""
    words = by_words(expr, SENTIMENT_WORDS)
    score = expr.cast(pl.String).str.replace(",", ".").cast(pl.Float64, strict=False)
    signed = (
        pl.when(score > 0)
        .then(pl.lit("positive"))
        .when(score < 0)
        .then(pl.lit("negative"))
        .when(score == 0)
        .then(pl.lit("neutral"))
    )
    return pl.coalesce(words, signed)


def sentiment_from_rating(rating: pl.Expr) -> pl.Expr:
    """Reviews: 4–5 stars positive, 3 neutral, 1–2 negative (on a 1–5 scale)."""
    stars = rating.cast(pl.String).str.replace(",", ".").cast(pl.Float64, strict=False)
    return (
        pl.when(stars >= 4)
        .then(pl.lit("positive"))
        .when(stars >= 3)
        .then(pl.lit("neutral"))
        .when(stars >= 1)
        .then(pl.lit("negative"))
    )


def language(expr: pl.Expr) -> pl.Expr:
    """ISO 639-1 code from a code or a language name."""
    words = by_words(expr, LANGUAGE_WORDS)
    code = expr.cast(pl.String).str.to_lowercase().str.extract(r"^([a-z]{2})(?:[-_][a-z]{2})?$")
    return pl.coalesce(words, code)
