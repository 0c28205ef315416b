"""Known export formats, one declarative profile each.

A profile is recognised when all of its ``signature`` headers are present (compared after
:func:`core.ingest.fields.normalise`). It then maps columns without asking. Adding a format is
adding a profile here; ``docs/FORMATS.md`` lists them for users (checked by a test).

Header names follow the vendors' documentation and real exports as noted per profile. Exports
change over time: a file that matches no profile still loads through the automatic mapping, and
the user confirms it once on the Data page.
"""

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
    _sig: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_sig", frozenset(normalise(h) for h in self.signature))

    def matches(self, headers: list[str]) -> bool:
        return self._sig <= {normalise(h) for h in headers}

    def mapping(self, headers: list[str]) -> dict[str, str]:
        """``target -> header`` for the headers this file actually has."""
        by_norm = {normalise(h): h for h in headers}
        out = {}
        for target, options in self.columns.items():
            found = next((by_norm[normalise(o)] for o in options if normalise(o) in by_norm), None)
            if found:
                out[target] = found
        return out


PROFILES: tuple[Profile, ...] = (
    Profile(
        "x-analytics",
        "X (Twitter) analytics export",
        ("Tweet id", "Tweet permalink", "Tweet text", "time", "impressions"),
        {
            "post_id": ("Tweet id",),
            "url": ("Tweet permalink",),
            "text": ("Tweet text",),
            "published_at": ("time",),
            "impressions": ("impressions",),
            "reactions": ("likes",),
            "comments": ("replies",),
            "shares": ("retweets",),
            "clicks": ("url clicks",),
            "video_views": ("media views",),
        },
        platform="x",
        author_type="own",
        note="analytics.twitter.com 'Export data' (tweet_activity_metrics_*.csv, 40 columns); "
        "checked against 36 real monthly exports.",
    ),
    Profile(
        "x-archive",
        "X (Twitter) archive (tweets.js)",
        ("id_str", "full_text", "created_at"),
        {
            "post_id": ("id_str",),
            "text": ("full_text",),
            "published_at": ("created_at",),
            "reactions": ("favorite_count",),
            "shares": ("retweet_count",),
            "in_reply_to_id": ("in_reply_to_status_id_str",),
            "language": ("lang",),
        },
        platform="x",
        author_type="own",
        note="'Download an archive of your data': data/tweets.js, "
        'window.YTD.tweets.part0 = [{"tweet": {...}}]; created_at like '
        "'Wed Oct 10 20:19:24 +0000 2018'.",
    ),
    Profile(
        "linkedin-content",
        "LinkedIn page content export",
        ("Post title", "Post link", "Created date", "Impressions"),
        {
            "title": ("Post title",),
            "url": ("Post link",),
            "post_type": ("Post type", "Content Type"),
            "author_name": ("Posted by",),
            "published_at": ("Created date",),
            "impressions": ("Impressions",),
            "clicks": ("Clicks",),
            "reactions": ("Likes", "Reactions"),
            "comments": ("Comments",),
            "shares": ("Reposts", "Shares"),
            "video_views": ("Views (excluding off-site video views)", "Views"),
        },
        platform="linkedin",
        author_type="own",
        day_first=False,
        note="Page admin > Analytics > Content > Export (.xls/.xlsx): sheet 'All posts' with a "
        "description row above the header; dates as mm/dd/yyyy.",
    ),
    Profile(
        "meta-facebook",
        "Meta Business Suite: Facebook posts",
        ("Post ID", "Page name", "Publish time", "Permalink"),
        {
            "post_id": ("Post ID",),
            "author_name": ("Page name",),
            "text": ("Description", "Title"),
            "published_at": ("Publish time",),
            "url": ("Permalink",),
            "post_type": ("Post type",),
            "language": ("Languages",),
            "impressions": ("Impressions", "Views"),
            "reach": ("Reach",),
            "reactions": ("Reactions",),
            "comments": ("Comments",),
            "shares": ("Shares",),
            "clicks": ("Total clicks", "Link clicks"),
            "video_views": ("3-second video views",),
        },
        platform="facebook",
        author_type="own",
        day_first=False,
        note="Meta Business Suite > Insights > Content > Export data (CSV): 'Publish time' as "
        "mm/dd/yyyy hh:mm.",
    ),
    Profile(
        "meta-instagram",
        "Meta Business Suite: Instagram posts",
        ("Post ID", "Account username", "Publish time", "Permalink"),
        {
            "post_id": ("Post ID",),
            "author_handle": ("Account username",),
            "author_name": ("Account name",),
            "text": ("Description",),
            "published_at": ("Publish time",),
            "url": ("Permalink",),
            "post_type": ("Post type",),
            "impressions": ("Impressions", "Views"),
            "reach": ("Reach",),
            "reactions": ("Likes",),
            "comments": ("Comments",),
            "shares": ("Shares",),
        },
        platform="instagram",
        author_type="own",
        day_first=False,
        note="Meta Business Suite > Insights > Content > Export data (CSV) for an Instagram "
        "account.",
    ),
    Profile(
        "tiktok",
        "TikTok Studio content export",
        ("Video title", "Video link", "Post time"),
        {
            "text": ("Video title",),
            "url": ("Video link",),
            "published_at": ("Post time",),
            "video_views": ("Total views", "Video views"),
            "reactions": ("Total likes", "Likes"),
            "comments": ("Total comments", "Comments"),
            "shares": ("Total shares", "Shares"),
            "reach": ("Reached audience",),
        },
        platform="tiktok",
        author_type="own",
        post_type="video",
        note="TikTok Studio > Analytics > Content > Download data (CSV/XLSX).",
    ),
    Profile(
        "coosto",
        "Coosto export",
        ("datum", "bericht", "auteur", "bron"),
        {
            "published_at": ("datum",),
            "published_time": ("tijd",),
            "text": ("bericht",),
            "title": ("titel",),
            "author_name": ("auteur",),
            "platform": ("bron", "type bron"),
            "url": ("url",),
            "sentiment": ("sentiment",),
            "reach": ("bereik", "views"),
            "followers": ("volgers",),
            "location": ("land", "locatie"),
            "language": ("taal",),
            "post_type": ("type",),
        },
        author_type="public",
        note="Coosto (Dutch listening tool) export in the Dutch interface: separate datum and "
        "tijd columns, ';' separated, dd-mm-yyyy.",
    ),
    Profile(
        "obi4wan",
        "OBI4wan export",
        ("Datum", "Bericht", "Auteur", "Kanaal"),
        {
            "published_at": ("Datum",),
            "published_time": ("Tijd",),
            "text": ("Bericht",),
            "title": ("Titel",),
            "author_name": ("Auteur",),
            "author_handle": ("Gebruikersnaam",),
            "platform": ("Kanaal", "Bron", "Medium"),
            "url": ("Url", "Link"),
            "sentiment": ("Sentiment",),
            "reach": ("Bereik",),
            "followers": ("Volgers",),
            "language": ("Taal",),
        },
        author_type="public",
        note="OBI4wan monitoring export (Dutch interface).",
    ),
    Profile(
        "brandwatch",
        "Brandwatch mentions export",
        ("Query Id", "Page Type", "Full Text", "Author"),
        {
            "published_at": ("Date",),
            "title": ("Title",),
            "text": ("Full Text", "Snippet"),
            "url": ("Url",),
            "platform": ("Page Type", "Domain"),
            "sentiment": ("Sentiment",),
            "language": ("Language",),
            "location": ("Country", "City"),
            "author_handle": ("Author",),
            "author_name": ("Full Name",),
            "reach": ("Reach (new)", "Reach"),
            "impressions": ("Impressions",),
            "followers": ("Twitter Followers", "Followers"),
            "reactions": ("Likes", "Twitter Likes", "Facebook Likes"),
            "comments": ("Comments", "Facebook Comments", "Twitter Replies"),
            "shares": ("Shares", "Twitter Retweets", "Facebook Shares"),
            "post_id": ("Resource Id", "Mention Id"),
            "thread_id": ("Thread Id",),
        },
        author_type="public",
        note="Brandwatch Consumer Research mentions export: several description rows above the "
        "header; Date as yyyy-mm-dd hh:mm:ss.",
    ),
    Profile(
        "talkwalker",
        "Talkwalker export",
        ("published", "content", "source_type", "author_name"),
        {
            "published_at": ("published",),
            "title": ("title",),
            "text": ("content",),
            "url": ("url",),
            "platform": ("source_type",),
            "author_name": ("author_name",),
            "author_handle": ("author_nickname", "author_handle"),
            "language": ("lang",),
            "location": ("extra_author_attributes.world_data.country", "country"),
            "reach": ("reach",),
            "sentiment": ("sentiment",),
            "reactions": ("likes",),
            "comments": ("comments",),
            "shares": ("shares",),
            "post_id": ("id", "url"),
        },
        author_type="public",
        note="Talkwalker results export (CSV/JSON); sentiment as a number from -5 to 5.",
    ),
    Profile(
        "meltwater",
        "Meltwater export",
        ("Headline", "Hit Sentence", "Source", "Influencer"),
        {
            "published_at": ("Date",),
            "published_time": ("Time",),
            "title": ("Headline",),
            "text": ("Opening Text", "Hit Sentence"),
            "url": ("URL",),
            "platform": ("Source",),
            "author_name": ("Influencer",),
            "location": ("Country", "City"),
            "language": ("Language",),
            "reach": ("Reach",),
            "sentiment": ("Sentiment",),
            "engagements_total": ("Engagement",),
            "video_views": ("Views",),
        },
        author_type="public",
        note="Meltwater Explore export: Date, Headline, URL, Opening Text, Hit Sentence, Source, "
        "Influencer, Country, ..., Reach, Sentiment, Engagement.",
    ),
    Profile(
        "sprout",
        "Sprout Social post performance",
        ("Date", "Network", "Profile", "Post"),
        {
            "published_at": ("Date",),
            "platform": ("Network",),
            "author_handle": ("Profile",),
            "text": ("Post",),
            "url": ("Link", "Permalink"),
            "post_id": ("Post ID",),
            "post_type": ("Post Type", "Content Type"),
            "impressions": ("Impressions",),
            "reach": ("Reach",),
            "reactions": ("Reactions", "Likes"),
            "comments": ("Comments",),
            "shares": ("Shares",),
            "clicks": ("Post Link Clicks", "Clicks"),
            "video_views": ("Video Views",),
        },
        author_type="own",
        day_first=False,
        note="Sprout Social Reports > Post Performance > Export as CSV.",
    ),
    Profile(
        "hootsuite",
        "Hootsuite post export",
        ("Date (GMT)", "Post Message", "Social Network"),
        {
            "published_at": ("Date (GMT)",),
            "text": ("Post Message",),
            "platform": ("Social Network",),
            "author_handle": ("Social Profile",),
            "url": ("Post Link", "Post Permalink"),
            "post_id": ("Post ID",),
            "impressions": ("Impressions",),
            "reach": ("Reach",),
            "reactions": ("Likes", "Reactions"),
            "comments": ("Comments",),
            "shares": ("Shares",),
            "clicks": ("Link Clicks", "Clicks"),
        },
        author_type="own",
        day_first=False,
        note="Hootsuite Analytics > post report > Export CSV; dates in GMT.",
    ),
    Profile(
        "employer-reviews",
        "Employer reviews (Glassdoor, Indeed, ...)",
        ("pros", "cons"),
        {
            "employer": ("firm", "company", "company name", "employer", "bedrijf", "werkgever"),
            "published_at": ("date_review", "review date", "date", "datum"),
            "rating": ("overall_rating", "rating", "overall rating", "score", "beoordeling"),
            "title": ("headline", "title", "review title", "titel"),
            "pros": ("pros", "voordelen"),
            "cons": ("cons", "nadelen"),
            "author_name": ("job_title", "job title", "functie"),
            "location": ("location", "locatie"),
            "post_id": ("review_id", "review id", "id"),
            "url": ("url", "link"),
        },
        platform="reviews",
        author_type="public",
        post_type="review",
        note="Review-site exports and datasets with company, date, rating, pros and cons "
        "(e.g. the public Glassdoor job-reviews dataset: firm, date_review, overall_rating, "
        "headline, pros, cons).",
    ),
)


def detect(headers: list[str]) -> Profile | None:
    """The most specific profile whose signature the headers carry, or None."""
    matching = [p for p in PROFILES if p.matches(headers)]
    return max(matching, key=lambda p: len(p._sig), default=None)


def formats_markdown() -> str:
    """The known formats as a Markdown table (docs/FORMATS.md holds it; a test checks)."""
    lines = ["| format | recognised by the columns | platform | follows |", "|---|---|---|---|"]
    for p in PROFILES:
        columns = ", ".join(f"`{c}`" for c in p.signature)
        lines.append(f"| {p.name} | {columns} | {p.platform or 'from a column'} | {p.note} |")
    return "\n".join(lines)
