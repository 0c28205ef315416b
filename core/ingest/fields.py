"""What a column of an export can mean, and how to guess it from its header.

:data:`TARGETS` lists every field an export column can be mapped to, with Dutch and English
synonyms. Most are columns of the post table; a few are helpers that are combined on the way in
(a separate date and time, a title before the text, pros and cons of a review, a star rating).
Matching is exact on normalised synonyms first, then by word containment, then fuzzy
(:mod:`difflib`, the standard library's sequence matcher).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Target:
    """A field an export column can map to."""

    name: str
    synonyms: tuple[str, ...]
    doc: str


TARGETS: tuple[Target, ...] = (
    Target("post_id", ("post id", "tweet id", "id", "id str", "message id", "bericht id",
                       "berichtid", "mention id", "content id", "video id", "review id", "guid",
                       "resource id", "item id", "post_id"), "Unique id of the post."),
    Target("platform", ("platform", "network", "social network", "kanaal", "channel", "netwerk",
                        "source type", "page type", "sourcetype", "bron type", "medium",
                        "platform name", "social profile network", "bron", "source"),
           "Platform or kind of site."),
    Target("published_at", ("date", "datum", "time", "created", "created at", "created date",
                            "created time", "publish time", "published", "published at",
                            "publication date", "publicatiedatum", "post time", "posted",
                            "posted at", "date time", "datum tijd", "timestamp", "date gmt",
                            "date utc", "publish date", "gepubliceerd", "tijdstip", "date review",
                            "review date", "sent date", "datetime", "date published",
                            "publicatie datum", "datum en tijd"), "When it was published."),
    Target("published_time", ("tijd", "uur", "time of day", "hour", "tijdstip uur", "publish hour",
                              "post hour", "tijd van plaatsing"),
           "Time of day, when the export has date and time in separate columns."),
    Target("author_handle", ("author handle", "handle", "username", "user name", "screen name",
                             "gebruikersnaam", "account", "account username", "author username",
                             "twitter handle", "auteur handle", "account handle", "profile",
                             "social profile", "user screen name", "profiel"), "Account handle."),
    Target("author_name", ("author", "auteur", "author name", "name", "naam", "full name",
                           "display name", "page name", "account name", "influencer",
                           "posted by", "from", "afzender", "schrijver", "user name full",
                           "auteur naam"), "Display name of the author."),
    Target("employer", ("employer", "werkgever", "company", "bedrijf", "organisation",
                        "organization", "organisatie", "brand", "merk", "firm", "company name",
                        "employer name", "werkgever naam", "bedrijfsnaam", "organisatienaam"),
           "Employer the post is by or about."),
    Target("author_type", ("author type", "auteur type", "type auteur", "author category"),
           "own, employee or public."),
    Target("text", ("text", "tekst", "message", "bericht", "post", "content", "inhoud",
                    "tweet text", "full text", "body", "caption", "description", "beschrijving",
                    "post message", "snippet", "hit sentence", "review", "post text",
                    "bericht tekst", "mention", "video title", "review text", "comment text",
                    "opening text", "contents", "status"), "The text."),
    Target("title", ("title", "titel", "headline", "kop", "post title", "summary", "onderwerp",
                     "subject"), "A title, put before the text."),
    Target("url", ("url", "link", "permalink", "post link", "tweet permalink", "video link",
                   "post url", "bericht url", "mention url", "weblink"), "Link to the post."),
    Target("language", ("language", "taal", "lang", "languages"), "Language code."),
    Target("post_type", ("post type", "type", "berichttype", "bericht type", "content type",
                         "media type", "soort", "soort bericht", "message type"),
           "Kind of post."),
    Target("impressions", ("impressions", "impressies", "weergaven", "views", "impression count",
                           "total impressions", "lifetime post total impressions",
                           "post impressions", "aantal weergaven", "vertoningen"),
           "Times shown (Meta and LinkedIn call them views since 2025)."),
    Target("reach", ("reach", "bereik", "estimated reach", "reach new", "potential reach",
                     "potentieel bereik", "unique impressions", "post reach", "organic reach",
                     "geschat bereik"), "Unique accounts reached."),
    Target("reactions", ("reactions", "likes", "vind ik leuks", "vind-ik-leuks", "favorites",
                         "favorite count", "total likes", "hearts", "like count", "favourites",
                         "duimpjes", "likes count"), "Likes and reactions."),
    Target("comments", ("comments", "replies", "reacties", "opmerkingen", "commentaren",
                        "total comments", "reply count", "antwoorden", "comment count",
                        "comments count"), "Comments and replies."),
    Target("shares", ("shares", "retweets", "reposts", "gedeeld", "keer gedeeld", "delen",
                      "total shares", "retweet count", "shared", "share count", "shares count",
                      "repost count"), "Shares and reposts."),
    Target("clicks", ("clicks", "klikken", "link clicks", "url clicks", "total clicks", "kliks",
                      "post link clicks", "clicks count"), "Clicks."),
    Target("video_views", ("video views", "videoweergaven", "total video views", "plays",
                           "video plays", "media views", "3 second video views", "view count",
                           "play count", "videoweergaven totaal"), "Video views."),
    Target("followers", ("followers", "volgers", "followers count", "twitter followers",
                         "author followers", "fans", "subscribers", "abonnees",
                         "follower count", "aantal volgers"), "Followers of the author."),
    Target("sentiment", ("sentiment", "tone", "toon", "polarity", "sentiment label",
                         "tonaliteit"), "Sentiment."),
    Target("in_reply_to_id", ("in reply to", "in reply to id", "in reply to status id",
                              "in reply to status id str", "reply to", "parent id",
                              "antwoord op", "parent post id", "in reply to post id"),
           "Id of the post this one answers."),
    Target("thread_id", ("thread id", "conversation id", "thread", "gesprek id", "gesprek"),
           "Id of the conversation."),
    Target("location", ("location", "locatie", "country", "land", "city", "stad", "plaats",
                        "region", "regio", "provincie", "author location"), "Place or region."),
    Target("rating", ("rating", "overall rating", "score", "beoordeling", "sterren", "stars",
                      "overall", "cijfer", "star rating"), "Review rating (1–5)."),
    Target("pros", ("pros", "voordelen", "pluspunten", "positives", "positive review",
                    "review pros", "pros text", "what i like"), "Review: what is good."),
    Target("cons", ("cons", "nadelen", "minpunten", "negatives", "negative review",
                    "review cons", "cons text", "what i dislike"), "Review: what is bad."),
    Target("engagements_total", ("engagements", "engagement", "interacties", "interactions",
                                 "total engagement", "total engagements", "betrokkenheid",
                                 "reactions comments and shares"),
           "Total engagement, used only when the export has no separate counts."),
)  # fmt: skip
TARGET_NAMES: tuple[str, ...] = tuple(t.name for t in TARGETS)


def normalise(header: str) -> str:
    """Lower case, words only: 'Vind-ik-leuks (totaal)' → 'vind ik leuks totaal'.

    Words written together in camel case are split ('ShareCommentary' → 'share commentary').
    """
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", str(header))
    return " ".join(re.findall(r"[a-z0-9]+", spaced.lower().replace("_", " ")))


def compact(header: str) -> str:
    """:func:`normalise` without spaces: run-together names match ('reviewdate')."""
    return normalise(header).replace(" ", "")


_SYNONYMS = {t.name: {normalise(s) for s in t.synonyms} for t in TARGETS}
_COMPACT = {name: {s.replace(" ", "") for s in synonyms} for name, synonyms in _SYNONYMS.items()}


@dataclass(frozen=True)
class Match:
    """A proposed mapping of one header to one target, with how sure we are (0–1)."""

    target: str
    header: str
    confidence: float


COUNTS = frozenset(
    {"impressions", "reach", "reactions", "comments", "shares", "clicks", "video_views",
     "followers", "engagements_total"}
)  # fmt: skip
_NOT_WORDS = {
    "followers": frozenset({"engaged", "new", "lost", "gained", "net", "growth", "unfollows"}),
    "reach": frozenset({"paid", "viral"}),
    "impressions": frozenset({"paid", "viral"}),
    "author_name": frozenset({"file", "source", "query", "input", "tag", "campaign", "company"}),
}
"""Words that make a header something else than the target its other words match."""
_RATIO_WORDS = frozenset({"rate", "ratio", "percentage", "pct", "percent", "ctr", "gemiddeld"})


def score(header: str, target: str) -> float:
    """How well a header fits a target: 1 exact (normalised), 0.75–0.9 by words, else fuzzy."""
    words = normalise(header)
    if target in COUNTS and _RATIO_WORDS & set(words.split()):
        return 0.0  # 'Engagement rate' is not a count of engagements
    if _NOT_WORDS.get(target, frozenset()) & set(words.split()):
        return 0.0  # 'Engaged fans' are not followers, 'New followers' are not followers
    synonyms = _SYNONYMS[target]
    if words in synonyms or words.replace(" ", "") in _COMPACT[target]:
        return 1.0
    tokens = set(words.split())
    contained = [s for s in synonyms if set(s.split()) <= tokens and len(s) > 3]
    if contained:
        return 0.75 + 0.05 * min(max(len(s.split()) for s in contained), 3)
    best = max((difflib.SequenceMatcher(None, words, s).ratio() for s in synonyms), default=0)
    return best if best >= 0.84 else 0.0


def auto_map(
    headers: list[str],
    taken: frozenset[str] | set[str] = frozenset(),
    fits: Callable[[str, str], bool] | None = None,
) -> dict[str, Match]:
    """Propose a target for as many headers as possible; each header and target used once.

    Args:
        headers: The column names to match.
        taken: Targets that already have a column (e.g. claimed by a known format).
        fits: ``(target, header) -> bool``: whether the column's values allow the target
            (see :mod:`core.ingest.looks`); a header whose values do not fit is not proposed.

    Returns:
        ``{target: Match}`` for the targets that found a header.
    """
    candidates = [
        Match(target, header, fit)
        for header in headers
        for target in TARGET_NAMES
        if target not in taken
        and (fit := score(header, target)) > 0
        and (fits is None or fits(target, header))
    ]
    # Exact matches first; among equals, the earlier target in TARGETS and the earlier header.
    order = {name: i for i, name in enumerate(TARGET_NAMES)}
    # Among equally sure matches the plainer name wins: 'Reach' over 'Organic reach'.
    candidates.sort(
        key=lambda m: (
            -m.confidence,
            len(normalise(m.header).split()),
            order[m.target],
            headers.index(m.header),
        )
    )
    chosen: dict[str, Match] = {}
    used: set[str] = set()
    for match in candidates:
        if match.target not in chosen and match.header not in used:
            chosen[match.target] = match
            used.add(match.header)
    return chosen
