"""Formats of the platforms' own exports: X, LinkedIn, Meta (Facebook, Instagram), TikTok.

Header names follow the vendors' documentation and code that reads real files, as noted per
profile; ``ignore`` lists the columns each format has that are deliberately not used.
"""

from __future__ import annotations

from core.i18n import N_
from core.ingest.formats.base import Profile

_X_COUNTS = (
    "engagements", "engagement rate", "user profile clicks", "hashtag clicks", "detail expands",
    "permalink clicks", "app opens", "app installs", "follows", "email tweet", "dial phone",
    "media engagements",
)  # fmt: skip
_X_IGNORE = _X_COUNTS + tuple(f"promoted {c}" for c in ("impressions", *_X_COUNTS, "retweets",
                                                        "replies", "likes", "url clicks",
                                                        "media views"))  # fmt: skip
_LINKEDIN_POSTS = {
    "text": ("Post title", "Update title"),
    "url": ("Post link", "Update link"),
    "post_id": ("Post link", "Update link"),
    "post_type": ("Content Type", "Post type", "Update type"),
    "published_at": ("Created date",),
    "impressions": ("Impressions",),
    "clicks": ("Clicks",),
    "reactions": ("Likes", "Reactions"),
    "comments": ("Comments",),
    "shares": ("Reposts", "Shares"),
    "video_views": ("Views (excluding off-site video views)", "Video views", "Views"),
}
_LINKEDIN_IGNORE = (
    "Posted by", "Campaign name", "Campaign start date", "Campaign end date", "Audience",
    "Click through rate (CTR)", "Follows", "Engagement rate", "Off-site views", "Post type",
    "Update type", "Content Type",
)  # fmt: skip
_LINKEDIN_LINE_QUOTES = ((r'"(\r?\n)"', "$1"), (r'^"(\r?\n)', "$1"), (r'(\r?\n)"$', "$1"))
"""LinkedIn's member archive writes each line break inside a text as ``""⏎""``: a stray quote
on each side of every break (and at the start or end of the text when it begins or ends with
one)."""
_META_IGNORE = (
    "Page ID", "Account ID", "Duration (sec)", "Caption type", "Is crosspost", "Is share",
    "Custom labels", "Funded content status", "Data comment", "Date", "Follows", "Saves",
    "Reactions, comments and shares", "Other clicks", "Profile visits", "Link clicks",
    "Total clicks", "Seconds viewed", "Average Seconds viewed", "Estimated earnings (USD)",
    "Ad impressions", "Ad CPM (USD)", "Matched audience targeting consumption (Photo click)",
    "Negative feedback from users: Hide all", "Sticker taps", "Navigation", "Replies",
)  # fmt: skip

SOCIAL: tuple[Profile, ...] = (
    Profile(
        "x-analytics",
        N_("X (Twitter) analytics export"),
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
        ignore=_X_IGNORE,
        note="analytics.twitter.com 'Export data' (tweet_activity_metrics_*.csv, 40 columns); "
        "checked against 36 real monthly exports.",
    ),
    Profile(
        "x-archive",
        N_("X (Twitter) archive (tweets.js)"),
        ("id_str", "full_text", "created_at"),
        {
            "post_id": ("id_str",),
            "text": ("full_text",),
            "published_at": ("created_at",),
            "reactions": ("favorite_count",),
            "shares": ("retweet_count",),
            "in_reply_to_id": ("in_reply_to_status_id_str",),
            "language": ("lang",),
            "author_handle": ("author_handle",),
            "author_name": ("author_name",),
            "url": ("url",),
        },
        platform="x",
        author_type="own",
        ignore=(
            "id",
            "source",
            "in_reply_to_status_id",
            "in_reply_to_user_id",
            "in_reply_to_user_id_str",
            "in_reply_to_screen_name",
            "display_text_range",
            "truncated",
            "favorited",
            "retweeted",
            "possibly_sensitive",
        ),
        note="'Download an archive of your data': data/tweets.js, "
        'window.YTD.tweets.part0 = [{"tweet": {...}}]; created_at like '
        "'Wed Oct 10 20:19:24 +0000 2018'.",
    ),
    Profile(
        "x-archive-csv",
        N_("X (Twitter) archive before 2019 (tweets.csv)"),
        ("tweet_id", "in_reply_to_status_id", "timestamp", "text", "retweeted_status_id"),
        {
            "post_id": ("tweet_id",),
            "text": ("text",),
            "published_at": ("timestamp",),
            "in_reply_to_id": ("in_reply_to_status_id",),
        },
        platform="x",
        author_type="own",
        ignore=(
            "in_reply_to_user_id",
            "source",
            "retweeted_status_id",
            "retweeted_status_user_id",
            "retweeted_status_timestamp",
            "expanded_urls",
        ),
        note="The archive X (then Twitter) gave until 2018: tweets.csv with tweet_id, "
        "in_reply_to_status_id, timestamp ('2015-08-22 22:45:29 +0000'), source (the app, as "
        "HTML), text, retweeted_status_id (filled on a retweet: a repost), expanded_urls.",
    ),
    Profile(
        "linkedin-content",
        N_("LinkedIn page content export"),
        ("Post title", "Post link", "Created date"),
        _LINKEDIN_POSTS,
        platform="linkedin",
        author_type="own",
        day_first=False,
        zone="UTC",
        ignore=_LINKEDIN_IGNORE,
        note="Page admin > Analytics > Content > Export (.xls/.xlsx): sheet 'All posts' with a "
        "description row above the header; dates as mm/dd/yyyy; newest first. The daily sheet "
        "'Metrics' goes to the account figures.",
    ),
    Profile(
        "linkedin-content-2022",
        N_("LinkedIn page content export (before 2023)"),
        ("Update title", "Update link", "Created date"),
        _LINKEDIN_POSTS,
        platform="linkedin",
        author_type="own",
        day_first=False,
        zone="UTC",
        ignore=_LINKEDIN_IGNORE,
        note="Older page exports: sheet 'Update engagement' (Update title, Update link, Shares); "
        "the daily sheet 'Update metrics (aggregated)' goes to the account figures.",
    ),
    Profile(
        "linkedin-metrics",
        N_("LinkedIn page content export: daily metrics"),
        ("Date", "Impressions (organic)"),
        {"published_at": ("Date",)},
        platform="linkedin",
        author_type="own",
        day_first=False,
        kind="days",
        note="Sheet 'Metrics' (older: 'Update metrics (aggregated)') of the content export: one "
        "row per day, organic/sponsored/total impressions, clicks, reactions, comments, reposts.",
    ),
    Profile(
        "linkedin-followers",
        N_("LinkedIn page followers export: new followers per day"),
        ("Date", "Organic followers"),
        {"published_at": ("Date",)},
        platform="linkedin",
        author_type="own",
        day_first=False,
        kind="days",
        note="Page admin > Analytics > Followers > Export: sheet 'New followers' (sponsored, "
        "organic, auto-invited and total new followers per day).",
    ),
    Profile(
        "linkedin-shares",
        N_("LinkedIn member archive: Shares.csv"),
        ("Date", "ShareLink", "ShareCommentary"),
        {
            "published_at": ("Date",),
            "text": ("ShareCommentary",),
            "url": ("ShareLink",),
            "post_id": ("ShareLink",),
        },
        platform="linkedin",
        ignore=("SharedUrl", "MediaUrl", "Visibility", "Share Title", "Share Description", "Type"),
        zone="UTC",
        text_rewrite=_LINKEDIN_LINE_QUOTES,
        note="'Get a copy of your data' (member archive): Shares.csv or Shares_<id>.csv with "
        "Date (UTC), ShareLink, ShareCommentary (the text, may span lines or be empty; every "
        "line break written with a stray quote on each side, removed), SharedUrl, MediaUrl, "
        "Visibility; no metrics; one row per image of a post (merged). The 2017-2018 vintage is "
        "UTF-16 and tab-separated, with 'Share Commentary' and dates like "
        "'2017/06/08 08:15:44 UTC'; 'Share Title' and 'Share Description' are the link preview.",
    ),
    Profile(
        "linkedin-creator-top-posts",
        N_("LinkedIn creator analytics: top posts"),
        ("Post URL", "Post publish date"),
        {
            "post_id": ("Post URL",),
            "url": ("Post URL",),
            "published_at": ("Post publish date",),
            "impressions": ("Impressions",),
            "engagements_total": ("Engagements",),
        },
        platform="linkedin",
        author_type="own",
        day_first=False,
        note="Me > Analytics (creator) > Export (Content_<from>_<to>_<name>.xlsx): sheet 'TOP "
        "POSTS' holds two tables side by side, the 50 posts with most engagements (A-C) and "
        "with most impressions (E-G), read as two tables and joined per post; dates without a "
        "time; no text. Sheets 'ENGAGEMENT' and 'FOLLOWERS' are account figures per day, "
        "'DISCOVERY' and 'DEMOGRAPHICS' hold no posts.",
    ),
    Profile(
        "linkedin-creator-engagement",
        N_("LinkedIn creator analytics: impressions and engagements per day"),
        ("Date", "Impressions", "Engagements"),
        {"published_at": ("Date",)},
        platform="linkedin",
        author_type="own",
        day_first=False,
        kind="days",
        exact=True,
        note="Sheet 'ENGAGEMENT' of the creator analytics export: one row per day.",
    ),
    Profile(
        "linkedin-creator-followers",
        N_("LinkedIn creator analytics: new followers per day"),
        ("Date", "New followers"),
        {"published_at": ("Date",)},
        platform="linkedin",
        author_type="own",
        day_first=False,
        kind="days",
        exact=True,
        note="Sheet 'FOLLOWERS' of the creator analytics export: the total on its first line, "
        "then one row per day.",
    ),
    Profile(
        "linkedin-comments",
        N_("LinkedIn member archive: Comments.csv"),
        ("Date", "Link", "Message"),
        {
            "published_at": ("Date",),
            "text": ("Message",),
            "url": ("Link",),
        },
        platform="linkedin",
        post_type="reply",
        zone="UTC",
        exact=True,
        note="'Get a copy of your data' (member archive): Comments.csv or Comments_<id>.csv, the "
        "comments the member wrote: Date (UTC), Link (the post commented on), Message (quotes "
        "doubled, or backslash-escaped since 2025; a line break without quotes continues the "
        "message on the next line).",
    ),
    Profile(
        "meta-facebook",
        N_("Meta Business Suite: Facebook posts"),
        ("Post ID", "Page name", "Publish time", "Permalink"),
        {
            "post_id": ("Post ID",),
            "author_name": ("Page name",),
            "title": ("Title",),
            "text": ("Description",),
            "published_at": ("Publish time",),
            "url": ("Permalink",),
            "post_type": ("Post type",),
            "language": ("Languages",),
            "impressions": ("Views", "Impressions"),
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
        ignore=_META_IGNORE,
        note="Meta Business Suite > Insights > Content > Export data (CSV, UTF-8 with BOM): "
        "'Publish time' as mm/dd/yyyy hh:mm ('Date' holds 'Lifetime'); the text is in Title or "
        "Description depending on the kind of post; 'Impressions' before 2025, 'Views' since.",
    ),
    Profile(
        "meta-instagram",
        N_("Meta Business Suite: Instagram posts"),
        ("Post ID", "Account username", "Publish time", "Permalink"),
        {
            "post_id": ("Post ID",),
            "author_handle": ("Account username",),
            "author_name": ("Account name",),
            "text": ("Description",),
            "published_at": ("Publish time",),
            "url": ("Permalink",),
            "post_type": ("Post type",),
            "impressions": ("Views", "Impressions"),
            "reach": ("Reach",),
            "reactions": ("Likes",),
            "comments": ("Comments",),
            "shares": ("Shares",),
        },
        platform="instagram",
        author_type="own",
        day_first=False,
        ignore=_META_IGNORE,
        note="Meta Business Suite > Insights > Content > Export data (CSV) for an Instagram "
        "account: 'Account username' where Facebook has 'Page name'.",
    ),
    Profile(
        "meta-daily",
        N_("Meta Business Suite: one metric per day"),
        ("Date", "Primary"),
        {"published_at": ("Date",)},
        author_type="own",
        day_first=False,
        kind="days",
        note="Insights > Overview > Export (Views.csv, Reach.csv, Follows.csv, ...): UTF-16 with "
        "BOM, a 'sep=,' line, the metric's name, then Date and Primary; one row per day.",
    ),
    Profile(
        "facebook-insights",
        N_("Facebook Insights post export (classic)"),
        ("Post ID", "Permalink", "Post Message", "Posted"),
        {
            "post_id": ("Post ID",),
            "url": ("Permalink",),
            "text": ("Post Message",),
            "published_at": ("Posted",),
            "post_type": ("Type",),
            "language": ("Languages",),
            "location": ("Countries",),
            "reach": ("Lifetime Post Total Reach",),
            "impressions": ("Lifetime Post Total Impressions",),
            "clicks": ("Lifetime Post Consumers",),
            "reactions": ("Lifetime Talking About This (Post) by action type - like",),
            "comments": ("Lifetime Talking About This (Post) by action type - comment",),
            "shares": ("Lifetime Talking About This (Post) by action type - share",),
        },
        platform="facebook",
        author_type="own",
        day_first=False,
        ignore=(
            "Audience Targeting",
            "Lifetime Engaged Users",
            "Lifetime Post organic reach",
            "Lifetime Post Paid Reach",
            "Lifetime Post Organic Impressions",
            "Lifetime Post Paid Impressions",
        ),
        note="Facebook Insights > Export Data > Post data (before Meta Business Suite): a second "
        "header row of descriptions (skipped), metrics named 'Lifetime ...'; 'Posted' as "
        "mm/dd/yyyy hh:mm:ss AM/PM in Pacific time, as Facebook Insights kept its times (a San "
        "Diego page posting at 9 and 11 AM, checked on a real export).",
        zone="America/Los_Angeles",
    ),
    Profile(
        "facebook-archive",
        N_("Facebook 'download your information' archive: posts"),
        (),
        {
            "published_at": ("timestamp",),
            "text": ("text",),
            "url": ("url",),
            "post_type": ("post_type",),
            "author_name": ("author_name",),
        },
        platform="facebook",
        table_kind="facebook-archive",
        note="Settings > Download your information (JSON): your_posts_1.json or "
        "your_posts__check_ins__photos_and_videos_1.json; the text in data[].post, Unix seconds, "
        "text stored as mojibake (repaired). Upload the whole zip.",
    ),
    Profile(
        "instagram-archive",
        N_("Instagram 'download your information' archive: posts"),
        (),
        {
            "published_at": ("timestamp",),
            "text": ("text",),
            "post_type": ("post_type",),
            "author_handle": ("author_handle",),
            "author_name": ("author_name",),
        },
        platform="instagram",
        table_kind="instagram-archive",
        note="Accounts Centre > Download your information (JSON): posts_1.json and reels.json; "
        "the caption in media[0].title (single) or the post's title (carousel), Unix seconds, "
        "mojibake repaired. Upload the whole zip.",
    ),
    Profile(
        "tiktok-archive",
        N_("TikTok 'Download your data' file: your videos"),
        (),
        {
            "published_at": ("timestamp",),
            "text": ("text",),
            "url": ("url",),
            "reactions": ("reactions",),
            "post_type": ("post_type",),
            "author_handle": ("author_handle",),
            "author_name": ("author_name",),
        },
        platform="tiktok",
        table_kind="tiktok-archive",
        note="Settings > Account > Download your data (JSON): user_data_tiktok.json, alone or "
        "in its zip; the videos in Post > Posts > VideoList (before 2025: Video > Videos), "
        "dates in UTC, likes; captions are mostly not exported ('N/A'). Messages, comments "
        "and the rest of the file are never read.",
    ),
    Profile(
        "tiktok",
        N_("TikTok Studio content export"),
        ("Video title", "Video link", "Post time"),
        {
            "text": ("Video title",),
            "url": ("Video link",),
            "post_id": ("Video link",),
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
        ignore=("Time", "Average watch time", "Watched full video", "Total play time"),
        note="TikTok Studio > Analytics > Content > Download data (CSV/XLSX).",
    ),
    Profile(
        "tiktok-overview",
        N_("TikTok Studio: overview per day"),
        ("Date", "Video Views", "Profile Views"),
        {"published_at": ("Date",)},
        platform="tiktok",
        author_type="own",
        kind="days",
        note="TikTok Studio > Analytics > Overview > Download data (Overview.csv): one row per "
        "day, dates without a year ('October 1'); the year is taken from today backwards.",
    ),
    Profile(
        "tiktok-followers",
        N_("TikTok Studio: followers per day"),
        ("Date", "Followers", "Difference in followers from previous day"),
        {"published_at": ("Date",)},
        platform="tiktok",
        author_type="own",
        kind="days",
        note="TikTok Studio > Analytics > Followers > Download data (FollowerHistory.csv).",
    ),
)
