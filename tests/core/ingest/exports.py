"""Export files shaped like the ones the vendors really produce, built in memory for tests.

Each builder follows the facts gathered from code that reads real files (see issue #13 and
docs/FORMATS.md): encodings, preamble lines, description rows, date formats, column names per
vintage, where the text lives. Nothing here is copied from a real export; the content is made up.
"""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date, datetime, timedelta

import xlsxwriter
import xlwt

START = datetime(2026, 9, 1, 8, 15)


def _csv(rows: list[list], sep: str = ",") -> str:
    out = io.StringIO()
    import csv

    csv.writer(out, delimiter=sep, lineterminator="\n").writerows(rows)
    return out.getvalue()


# --- LinkedIn page content export (.xls and .xlsx) ----------------------------------------------

LINKEDIN_POST_HEADERS = [
    "Post title", "Post link", "Post type", "Campaign name", "Posted by", "Created date",
    "Campaign start date", "Campaign end date", "Audience", "Impressions",
    "Views (excluding off-site video views)", "Off-site views", "Clicks",
    "Click through rate (CTR)", "Likes", "Comments", "Reposts", "Follows", "Engagement rate",
    "Content Type",
]  # fmt: skip
LINKEDIN_OLD_POST_HEADERS = [
    "Update title", "Update link", "Update type", "Campaign name", "Posted by", "Created date",
    "Campaign start date", "Campaign end date", "Audience", "Impressions", "Video views",
    "Clicks", "Click through rate (CTR)", "Likes", "Comments", "Shares", "Follows",
    "Engagement rate",
]  # fmt: skip
LINKEDIN_METRIC_HEADERS = [
    "Date", "Impressions (organic)", "Impressions (sponsored)", "Impressions (total)",
    "Unique impressions (organic)", "Clicks (organic)", "Clicks (sponsored)", "Clicks (total)",
    "Reactions (organic)", "Reactions (sponsored)", "Reactions (total)", "Comments (organic)",
    "Comments (sponsored)", "Comments (total)", "Reposts (organic)", "Reposts (sponsored)",
    "Reposts (total)", "Engagement rate (organic)", "Engagement rate (sponsored)",
    "Engagement rate (total)",
]  # fmt: skip


def linkedin_sheets(posts: int = 24, days: int = 31, old: bool = False) -> dict[str, list[list]]:
    """The two sheets of a LinkedIn page content export, newest first, mm/dd/yyyy."""
    metric_headers = [h.replace("Reposts", "Shares") if old else h for h in LINKEDIN_METRIC_HEADERS]
    metrics = [["Aggregated metrics for all posts, by day"], metric_headers]
    for i in range(days):
        day = (START + timedelta(days=days - 1 - i)).strftime("%m/%d/%Y")
        values = [100 + i, 0, 100 + i, 80 + i, 5, 0, 5, 7, 0, 7, 1, 0, 1, 1, 0, 1, 0.07, 0, 0.07]
        metrics.append([day, *values])
    headers = LINKEDIN_OLD_POST_HEADERS if old else LINKEDIN_POST_HEADERS
    rows = [["All posts: posts published in the selected period"], headers]
    for i in range(posts):
        when = START + timedelta(days=posts - 1 - i)
        link = f"https://www.linkedin.com/feed/update/urn:li:activity:71{i:05d}"
        text = f"Vacature {i}: monteur gezocht in Zwolle, kom langs op de open dag"
        record = dict.fromkeys(headers, "")
        record |= {
            headers[0]: text,
            headers[1]: link,
            headers[2]: "Organic",
            "Posted by": "Sanne de Vries",
            "Created date": when.strftime("%m/%d/%Y"),
            "Audience": "All followers",
            "Impressions": 1000 + 10 * i,
            "Clicks": 30 + i,
            "Click through rate (CTR)": 0.031,
            "Likes": 20 + i,
            "Comments": 2,
            ("Shares" if old else "Reposts"): 1,
            "Follows": 0,
            "Engagement rate": 0.0523,
        }
        rows.append([record[h] for h in headers])
    first, second = (
        ("Update metrics (aggregated)", "Update engagement")
        if old
        else (
            "Metrics",
            "All posts",
        )
    )
    return {first: metrics, second: rows}


def xls(sheets: dict[str, list[list]]) -> bytes:
    """A binary Excel 97 (.xls) workbook, as LinkedIn's export is."""
    book = xlwt.Workbook()
    for name, rows in sheets.items():
        sheet = book.add_sheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value not in (None, ""):
                    sheet.write(r, c, value)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def xlsx(sheets: dict[str, list[list]]) -> bytes:
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    for name, rows in sheets.items():
        sheet = book.add_worksheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value not in (None, ""):
                    sheet.write(r, c, value)
    book.close()
    return buffer.getvalue()


# --- LinkedIn member archive Shares.csv -----------------------------------------------------------


def linkedin_shares(n: int = 30) -> bytes:
    rows = [["Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl", "Visibility"]]
    for i in range(n):
        when = (START + timedelta(days=i, hours=i % 5)).strftime("%Y-%m-%d %H:%M:%S")
        link = f"https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7{i:018d}"
        text = "" if i % 10 == 9 else f'Trots op ons team! "Samen" bouwen we.\nRegel twee {i}'
        rows.append([when, link, text, "", "", "MEMBER_NETWORK"])
    return _csv(rows).encode("utf-8")


# --- Meta Business Suite ------------------------------------------------------------------------

META_FB_HEADERS = [
    "Post ID", "Page ID", "Page name", "Title", "Description", "Duration (sec)", "Publish time",
    "Caption type", "Permalink", "Is crosspost", "Is share", "Post type", "Languages",
    "Custom labels", "Funded content status", "Data comment", "Date", "Views", "Reach",
    "Reactions, comments and shares", "Reactions", "Comments", "Shares", "Total clicks",
    "Link clicks", "Other clicks", "Matched audience targeting consumption (Photo click)",
    "Negative feedback from users: Hide all", "Seconds viewed", "Average Seconds viewed",
    "Estimated earnings (USD)", "Ad CPM (USD)",
]  # fmt: skip


def meta_facebook(n: int = 25, before_2025: bool = False) -> bytes:
    headers = (
        [("Impressions" if h == "Views" else h) for h in META_FB_HEADERS]
        if (before_2025)
        else META_FB_HEADERS
    )
    rows = [headers]
    for i in range(n):
        video = i % 5 == 0
        record = dict.fromkeys(headers, "")
        record |= {
            "Post ID": f"1234_{i}",
            "Page ID": "1234",
            "Page name": "Veldhuis Techniek",
            "Title": "" if video else f"Onze monteurs aan het werk in Deventer #{i}",
            "Description": f"Video: een dag op de bouw {i}" if video else "",
            "Publish time": (START + timedelta(days=i, hours=i % 9)).strftime("%m/%d/%Y %H:%M"),
            "Permalink": f"https://www.facebook.com/1234/posts/{i}",
            "Is crosspost": "No",
            "Is share": "No",
            "Post type": "Videos" if video else "Photos",
            "Date": "Lifetime",
            "Impressions" if before_2025 else "Views": 2000 + i,
            "Reach": 1500 + i,
            "Reactions, comments and shares": 40,
            "Reactions": 30,
            "Comments": 6,
            "Shares": 4,
            "Total clicks": 50,
            "Link clicks": 10,
        }
        rows.append([record[h] for h in headers])
    return b"\xef\xbb\xbf" + _csv(rows).encode("utf-8")


def meta_instagram(n: int = 20) -> bytes:
    headers = [
        "Post ID", "Account ID", "Account username", "Account name", "Description",
        "Duration (sec)", "Publish time", "Permalink", "Post type", "Data comment", "Date",
        "Views", "Reach", "Likes", "Shares", "Follows", "Comments", "Saves",
    ]  # fmt: skip
    rows = [headers]
    for i in range(n):
        when = (START + timedelta(days=i, hours=3)).strftime("%m/%d/%Y %H:%M")
        rows.append(
            [f"1790{i}", "9876", "veldhuistechniek", "Veldhuis Techniek", f"Caption {i} ✨",
             "", when, f"https://www.instagram.com/p/C{i}x/", "IG image", "", "Lifetime",
             900 + i, 700, 80, 3, 1, 5, 9]
        )  # fmt: skip
    return b"\xef\xbb\xbf" + _csv(rows).encode("utf-8")


def meta_daily(metric: str = "Views", days: int = 31, quoted: bool = True) -> bytes:
    """A Meta daily metric file: UTF-16 LE with BOM, sep line, metric name, Date/Primary."""
    name = f'"{metric}"' if quoted else metric
    lines = ["sep=,", name, '"Date","Primary"']
    for i in range(days):
        day = (START + timedelta(days=i)).strftime("%Y-%m-%dT00:00:00")
        lines.append(f'"{day}","{100 + i}"')
    return "\ufeff".encode("utf-16-le") + "\r\n".join(lines).encode("utf-16-le")


def facebook_insights_classic(n: int = 12) -> bytes:
    headers = [
        "Post ID", "Permalink", "Post Message", "Type", "Countries", "Languages", "Posted",
        "Audience Targeting", "Lifetime Post Total Reach", "Lifetime Post organic reach",
        "Lifetime Post Total Impressions", "Lifetime Engaged Users", "Lifetime Post Consumers",
        "Lifetime Talking About This (Post) by action type - comment",
        "Lifetime Talking About This (Post) by action type - like",
        "Lifetime Talking About This (Post) by action type - share",
    ]  # fmt: skip
    describe = [
        "", "The permanent link to the post", "The message of the post", "The type of post",
        "Countries targeted", "Languages targeted", "The time the post was published",
        "Targeting of the post", "Lifetime: The number of people who saw your post.",
        "Lifetime: The number of people who saw it through unpaid distribution.",
        "Lifetime: The number of times your post was seen.",
        "Lifetime: The number of people who clicked anywhere in your post.",
        "Lifetime: The number of people who clicked anywhere in your post.",
        "Lifetime: The number of stories created about your post, by action type.",
        "Lifetime: The number of stories created about your post, by action type.",
        "Lifetime: The number of stories created about your post, by action type.",
    ]  # fmt: skip
    rows = [headers, describe]
    for i in range(n):
        when = (START + timedelta(days=i, hours=6)).strftime("%m/%d/%Y %I:%M:%S %p")
        rows.append(
            [f"1234_{i}", f"https://www.facebook.com/1234/posts/{i}", f"Bericht {i}", "Photo",
             "", "", when, "", 900, 850, 1200, 40, 30, 3, 25, 2]
        )  # fmt: skip
    return _csv(rows).encode("utf-8")


# --- TikTok -----------------------------------------------------------------------------------


def tiktok_overview(start: date = date(2025, 12, 20), days: int = 30) -> bytes:
    rows = [["Date", "Video Views", "Profile Views", "Likes", "Comments", "Shares"]]
    for i in range(days):
        day = start + timedelta(days=i)
        rows.append([day.strftime("%B ") + str(day.day), 500 + i, 20, 40, 3, 1])
    return _csv(rows).encode("utf-8")


def tiktok_followers(start: date = date(2025, 12, 20), days: int = 30) -> bytes:
    rows = [["Date", "Followers", "Difference in followers from previous day"]]
    for i in range(days):
        day = start + timedelta(days=i)
        rows.append([day.strftime("%B ") + str(day.day), 1200 + 3 * i, 3])
    return _csv(rows).encode("utf-8")


# --- Sprout Social, Brandwatch, Meltwater -------------------------------------------------------


def sprout(n: int = 15) -> bytes:
    headers = [
        "Date", "Post ID", "Network", "Post Type", "Content Type", "Profile", "Sent by", "Link",
        "Post", "Impressions", "Reach", "Engagement Rate (per Impression)", "Engagements",
        "Reactions", "Comments", "Shares", "Post Link Clicks", "Video Views", "Tags",
    ]  # fmt: skip
    rows = [headers]
    networks = ("LinkedIn", "Instagram", "X", "Facebook", "TikTok")
    for i in range(n):
        when = START + timedelta(days=i, hours=i % 7)
        stamp = when.strftime("%m/%d/%Y %I:%M ") + when.strftime("%p").lower()
        network = networks[i % 5]
        rows.append(
            [stamp, f"sp{i}", network, "Post", "Photo", "VeldhuisTechniek", "Sanne",
             f"https://example.org/p/{i}", f"Werken bij Veldhuis {i}", f"{1234 + i:,}",
             f"{900 + i:,}", "3.45%", "43", "30", "8", "5", "12",
             "" if network != "TikTok" else "2,345", ""]
        )  # fmt: skip
    return _csv(rows).encode("utf-8")


def brandwatch(n: int = 12) -> bytes:
    preamble = [
        ["Report:", "Mentions"],
        ["Brand:", "Veldhuis Techniek"],
        ["From:", "2026-09-01"],
        ["To:", "2026-09-30"],
        ["Label:", "all"],
        [""],
    ]
    headers = [
        "Query Id", "Query Name", "Date", "Title", "Url", "Domain", "Sentiment", "Page Type",
        "Language", "Country", "Author", "Full Name", "Full Text", "Snippet", "Reach (new)",
        "Impressions", "Twitter Followers", "Twitter Likes", "Twitter Retweets",
        "Twitter Reply Count", "Resource Id", "Thread Id", "Impact", "Engagement Type",
    ]  # fmt: skip
    rows = [*preamble, headers]
    for i in range(n):
        when = (START + timedelta(days=i, minutes=7 * i)).strftime("%Y-%m-%d %H:%M:%S.0")
        rows.append(
            [2001, "Werkgever", when, "", f"https://x.com/jan{i}/status/{9000 + i}", "x.com",
             "negative" if i % 3 == 0 else "neutral", "twitter", "nl", "Netherlands", f"jan{i}",
             f"Jan {i}", f"Veldhuis Techniek reageert niet op mijn sollicitatie {i}", "", 1300,
             2000, 450, 3, 1, "", f"{9000 + i}", "", 12, ""]
        )  # fmt: skip
    return _csv(rows).encode("utf-8")


MELTWATER_HEADERS = [
    "Date", "Time", "Document ID", "URL", "Input Name", "Keywords", "Information Type",
    "Source Type", "Source Name", "Source Domain", "Content Type", "Author Name",
    "Author Handle", "Title", "Opening Text", "Hit Sentence", "Image", "Hashtags", "Links",
    "Country", "Region", "State", "City", "Language", "Sentiment", "Keyphrases", "Reach",
    "Global Reach", "National Reach", "Local Reach", "AVE", "Social Echo", "Editorial Echo",
    "Engagement", "Shares", "Quotes", "Likes", "Replies", "Reposts", "Comments", "Reactions",
    "Views", "Estimated Views", "Document Tags", "Custom Categories", "Custom Fields",
]  # fmt: skip


def meltwater(n: int = 16) -> bytes:
    """UTF-16 LE, tab-separated, named .csv; text in Hit Sentence, Opening Text or Title."""
    rows = [MELTWATER_HEADERS]
    for i in range(n):
        when = START + timedelta(days=i, hours=i % 10)
        record = dict.fromkeys(MELTWATER_HEADERS, "")
        social = i % 2 == 0
        record |= {
            "Date": when.strftime("%d-%b-%Y"),
            "Time": when.strftime("%I:%M %p"),
            "Document ID": f"mw{i}",
            "URL": f"https://x.com/user{i}/status/{i}" if social else f"https://nos.nl/a/{i}",
            "Source Type": "Social" if social else "News",
            "Source Name": "Twitter" if social else "NOS",
            "Author Name": f"Auteur {i}",
            "Author Handle": f"@user{i}" if social else "",
            "Title": "" if social else f"Kop {i}: Veldhuis breidt uit",
            "Opening Text": "" if social or i % 4 == 1 else f"Opening {i} over Veldhuis",
            "Hit Sentence": f"Veldhuis Techniek zoekt collega's {i}" if social else "",
            "Language": "nl",
            "Sentiment": "Positive",
            "Reach": 5000 + i,
            "Likes": 4,
            "Replies": 1,
            "Reposts": 2,
        }
        rows.append([record[h] for h in MELTWATER_HEADERS])
    return "\ufeff".encode("utf-16-le") + _csv(rows, "\t").encode("utf-16-le")


# --- download-your-information archives -------------------------------------------------------


def _mojibake(text: str) -> str:
    return text.encode("utf-8").decode("latin-1")


def facebook_archive(n: int = 10, vintage: str = "new") -> bytes:
    posts = []
    for i in range(n):
        stamp = int((START + timedelta(days=i)).timestamp())
        item = {
            "timestamp": stamp,
            "data": [{"update_timestamp": stamp}, {"post": _mojibake(f"Café-bezoek {i} 🎉")}],
            "title": _mojibake("Jan Jansen heeft zijn status bijgewerkt."),
        }
        if i % 3 == 0:
            item["attachments"] = [{"data": [{"media": {"uri": f"media/{i}.jpg"}}]}]
        posts.append(item)
    path = (
        "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json"
        if vintage == "new"
        else "posts/your_posts_1.json"
    )
    files = {
        path: json.dumps(posts),
        "personal_information/profile_information/profile_information.json": json.dumps(
            {"profile_v2": {"name": {"full_name": _mojibake("Jan Jänsen")}}}
        ),
        "your_facebook_activity/messages/inbox/a/message_1.json": json.dumps({"messages": []}),
        "your_facebook_activity/posts/media/1.jpg": "JPEG",
    }
    return _zip(files)


def instagram_archive(singles: int = 15, carousels: int = 5, vintage: str = "new") -> bytes:
    posts = []
    for i in range(singles):
        stamp = int((START + timedelta(days=i, hours=2)).timestamp())
        posts.append(
            {"media": [{"uri": f"media/posts/{i}.jpg", "creation_timestamp": stamp,
                        "title": _mojibake(f"Één dag bij Veldhuis {i}")}]}
        )  # fmt: skip
    for i in range(carousels):
        stamp = int((START + timedelta(days=30 + i)).timestamp())
        media = [{"uri": f"media/posts/c{i}_{k}.jpg", "creation_timestamp": stamp, "title": ""}
                 for k in range(3)]  # fmt: skip
        posts.append({"media": media, "title": f"Carrousel {i}", "creation_timestamp": stamp})
    base = "your_instagram_activity/content" if vintage == "new" else "content"
    files = {
        f"{base}/posts_1.json": json.dumps(posts),
        "personal_information/personal_information/personal_information.json": json.dumps(
            {"profile_user": [{"string_map_data": {"Username": {"value": "veldhuistechniek"}}}]}
        ),
        "your_instagram_activity/likes/liked_posts.json": json.dumps({"likes_media_likes": []}),
        "media/posts/0.jpg": "JPEG",
    }
    return _zip(files)


def _zip(files: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path, text in files.items():
            archive.writestr(path, text)
    return buffer.getvalue()


# --- reviews and a Dutch monitoring export -----------------------------------------------------


def review_scrape(n: int = 40) -> bytes:
    rows = [["", "Employeer Name", "reviewdate", "rating Overall", "summary", "pros", "Cons",
             "advice", "JobTitle", "location"]]  # fmt: skip
    for i in range(n):
        when = (START + timedelta(days=i)).strftime("%b %d, %Y")
        rows.append(
            [i, "Veldhuis Techniek" if i % 2 else "Bremer Installaties", when,
             (i % 5) + 1, f"Review {i}", "Leuke collega's", "Hoge werkdruk", "", "Monteur",
             "Zwolle"]
        )  # fmt: skip
    return _csv(rows).encode("utf-8")


def dutch_monitoring(english: bool = False) -> bytes:
    """`Datum;Tijd;Kanaal;Auteur;Bericht;Weergaven;Interacties;Werkgever`, cp1252."""
    headers = (
        "Date;Time;Channel;Author;Message;Views;Interactions;Employer"
        if english
        else "Datum;Tijd;Kanaal;Auteur;Bericht;Weergaven;Interacties;Werkgever"
    )
    lines = [headers]
    for i in range(12):
        when = START + timedelta(days=i // 2, hours=(i % 2) * 10)
        employer = "Veldhuis Techniek" if i % 3 else "Bremer Installaties"
        author = "@VeldhuisTechniek" if i % 3 else "@BremerInstallaties"
        lines.append(
            f"{when:%d-%m-%Y};{when:%H:%M};LinkedIn;{author};Bericht {i} – café;"
            f"1.{i % 10}00;{12 + i};{employer}"
        )
    # The same author at the same day and time twice with other texts: never one post.
    lines.append(f"{START:%d-%m-%Y};23:30;LinkedIn;@piet;Nachtdienst;10;1;Veldhuis Techniek")
    lines.append(f"{START:%d-%m-%Y};23:45;LinkedIn;@piet;Nog wakker;12;2;Veldhuis Techniek")
    return "\r\n".join(lines).encode("cp1252")


# --- Web analytics of the careers site: GA4 and Matomo ------------------------------------------
# GA4's "Download file › CSV" writes '#' comment lines (report, account, property, date range),
# then the chart's series ('Nth day' and a column per channel group) and the report table,
# separated by blank lines. Matomo exports CSV as UTF-16 (little endian, with a BOM) and uses its
# API names ('label', 'nb_visits') or, translated, the report's column titles.

GA4_BANNER = [
    "# ----------------------------------------",
    "# {title}",
    "# Account: Veldhuis Techniek",
    "# Property: werkenbij.veldhuis-techniek.nl - GA4",
    "# ----------------------------------------",
    "#",
    "# All Users",
    "# Start date: 20260301",
    "# End date: 20260331",
]
GA4_CHANNELS = [
    # channel group, sessions, engaged sessions, key events
    ("Organic Search", 1240, 801, 31),
    ("Direct", 880, 532, 22),
    ("Organic Social", 412, 198, 18),
    ("Referral", 95, 61, 4),
    ("Unassigned", 7, 0, 0),
]


def ga4_traffic_acquisition() -> bytes:
    """GA4 'Traffic acquisition: Session primary channel group' for March 2026, as downloaded."""
    lines = [
        line.format(
            title="Traffic acquisition: Session primary channel group (Default Channel Group)"
        )
        for line in GA4_BANNER
    ]
    lines.append("Nth day,Organic Search,Direct,Organic Social,Referral,Unassigned")
    lines += [f"{n:04d},{40 + n % 5},{28 + n % 3},{13 + n % 4},3,0" for n in range(31)]
    lines.append("")
    lines.append(
        "Session primary channel group (Default Channel Group),Sessions,Engaged sessions,"
        "Engagement rate,Average engagement time per session,Events per session,Event count,"
        "Key events,Session key event rate,Total revenue"
    )
    for name, sessions, engaged, key in GA4_CHANNELS:
        rate = round(engaged / sessions, 4)
        lines.append(
            f"{name},{sessions},{engaged},{rate},41.2,5.3,{sessions * 5},{key},{round(key / sessions, 4)},0"
        )
    return ("\n".join(lines) + "\n").encode("utf-8")


def ga4_source_medium_dutch() -> bytes:
    """The same report in GA4's Dutch interface, by session source / medium, per day."""
    lines = [
        "# ----------------------------------------",
        "# Verkeersacquisitie: Bron/medium van sessie",
        "# Account: Veldhuis Techniek",
        "# Property: werkenbij.veldhuis-techniek.nl - GA4",
        "# ----------------------------------------",
        "# Startdatum: 20260301",
        "# Einddatum: 20260302",
        "Datum,Bron/medium van sessie,Sessies,Totaal aantal gebruikers,Belangrijke gebeurtenissen",
        "20260301,linkedin / social,20,18,4",
        "20260301,m.facebook.com / referral,50,44,1",
        "20260301,google / organic,100,90,2",
        "20260302,linkedin / social,30,25,5",
        "20260302,l.instagram.com / referral,40,35,0",
        "20260302,(direct) / (none),60,50,3",
    ]
    return ("\n".join(lines) + "\n").encode("utf-8")


def ga4_landing_pages() -> bytes:
    """GA4 'Landing page' report: landing page + query string, with utm tags in the links."""
    lines = [line.format(title="Landing page: Landing page + query string") for line in GA4_BANNER]
    lines += [
        "Landing page + query string,Sessions,Active users,New users,Average engagement time per session,Key events,Total revenue",
        "/vacatures?utm_source=linkedin&utm_medium=social&utm_campaign=vacatures,210,190,150,62.1,21,0",
        "/vacatures,480,400,300,40.2,12,0",
        "/over-ons?utm_source=facebook&utm_medium=social&utm_campaign=cultuur,90,85,70,20.0,1,0",
        "(not set),4,4,4,0,0,0",
    ]
    return ("\n".join(lines) + "\n").encode("utf-8")


def matomo_channel_type(translated: bool = True) -> bytes:
    """Matomo 'Channel Type' report exported as CSV: UTF-16 with a BOM."""
    header = (
        "Channel Type,Visits,Unique visitors,Actions,Conversions,Revenue"
        if translated
        else "label,nb_visits,nb_uniq_visitors,nb_actions,nb_conversions,revenue"
    )
    rows = [
        header,
        "Search Engines,1500,1320,4200,30,0",
        "Direct Entry,700,650,1800,25,0",
        "Websites,210,200,500,9,0",
        "Social Networks,380,350,700,12,0",
        "Campaigns,60,58,120,6,0",
    ]
    return ("\n".join(rows) + "\n").encode("utf-16")


def matomo_social_networks_xlsx() -> bytes:
    """Matomo 'Social Networks' report exported as Excel, with a date per row (several periods)."""
    return xlsx(
        {
            "Social Networks": [
                ["Date", "Social Network", "Visits", "Unique visitors", "Conversions"],
                ["2026-03-01", "LinkedIn", 30, 28, 6],
                ["2026-03-01", "Facebook", 55, 50, 1],
                ["2026-03-02", "LinkedIn", 25, 22, 4],
                ["2026-03-02", "Instagram", 41, 39, 0],
            ]
        }
    )
