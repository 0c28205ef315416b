"""Names of enumerated values (platforms, metrics, statuses, ...), marked for translation.

Each table maps a value as stored in the data or code to its English name; translate it with
:func:`core.i18n.t` where it is shown, or a (singular, plural) pair marked with
:func:`~core.i18n.Nn_` with :func:`core.i18n.tn`. Marked with :func:`~core.i18n.N_` so that
``pybabel extract`` finds every name.
"""

from __future__ import annotations

from core.i18n import N_, Nn_

ADVICE: dict[str, str] = {
    "empty_row": N_("Nothing to do: empty rows carry no post."),
    "no_date": N_(
        "Every post needs a publication date. Fill it in, or check that the "
        "right column is mapped to the date."
    ),
    "bad_date": N_(
        "Write dates as 31-01-2026 14:05 or 2026-01-31T14:05, or check that "
        "the right column is mapped to the date."
    ),
    "one_field": N_(
        "Save the file again with one delimiter throughout (Excel: 'Save as "
        "CSV'), or check for line breaks inside cells."
    ),
    "no_content": N_("Nothing to do: a row without text, media or figures is not a post."),
    "bad_line": N_(
        "Open the file in a text editor at that line: it has more fields than the header "
        "(a delimiter inside a text without quotes). Put the text in quotes, or fix it and "
        "load the file again."
    ),
}

AMB_KIND: dict[str, str] = {
    "employee": N_("employee"),
    "public": N_("public"),
}

AMB_PSEUDO: dict[str, str] = {
    "ambassador": N_("ambassador"),
    "employee": N_("employee"),
    "person": N_("person"),
    "fan": N_("fan"),
}

AMB_STATUS: dict[str, str] = {
    "candidate": N_("candidate"),
    "active": N_("active"),
    "paused": N_("paused"),
    "alumni": N_("alumni"),
}

CATEGORY: dict[str, str] = {
    "vacancy": N_("vacancies"),
    "referral": N_("referrals"),
    "event": N_("events"),
    "training": N_("training"),
    "pay": N_("pay"),
    "workload": N_("workload"),
    "talent_pool": N_("talent pool"),
    "project": N_("projects"),
    "story": N_("team stories"),
    "other": N_("other"),
}

COMP_DEF: dict[str, str] = {
    "mentions": N_("mentions"),
    "own_posts": N_("own posts"),
    "reach": N_("reach"),
    "engagement": N_("engagement"),
    "er_impressions": N_("per impression"),
    "er_reach": N_("per reach"),
    "er_followers": N_("per follower"),
    "mean_of_ratios": N_("mean of per-post ratios"),
    "ratio_of_totals": N_("ratio of totals"),
}

COMP_F_AGG: dict[str, str] = {
    "mean_of_ratios": N_("the average of each post's rate"),
    "ratio_of_totals": N_("all engagements ÷ all denominators together"),
}

COMP_F_DEN: dict[str, str] = {
    "er_impressions": N_("impressions"),
    "er_reach": N_("reach"),
    "er_followers": N_("followers of the account"),
}

COMP_M: dict[str, str] = {
    "posts_per_week": N_("Posts per week"),
    "mentions": N_("Mentions"),
    "sov": N_("Share of voice"),
    "rate": N_("Engagement rate"),
    "median_engagements": N_("Median engagements"),
    "growth": N_("Follower growth"),
    "positive": N_("Positive"),
    "negative": N_("Negative"),
    "bhi": N_("Brand Health Index"),
}

COMP_REASON: dict[str, str] = {
    "no_mentions": N_("no mentions in the data"),
    "no_own_posts": N_("no account posts"),
    "no_reach": N_("no reach in the data"),
    "no_engagement": N_("no engagement in the data"),
    "no_impressions": N_("no impressions in the data"),
    "no_followers": N_("no follower counts in the data"),
    "no_sentiment": N_("no sentiment in the data"),
    "no_polar": N_("only neutral mentions"),
}

CONCERN: dict[str, str] = {
    "no_time": N_(
        "no time of day: map a time column if there is one; otherwise Timing leaves these posts out"
    ),
    "dates_only": N_("this format gives the day but no time: Timing leaves these posts out"),
    "no_text": N_("no text: choose the column with the post's text"),
    "no_metrics": N_(
        "no figures (impressions, likes, comments…): choose them if the file has them"
    ),
    "no_author": N_("no author: choose the column with the name or account"),
    "no_employer": N_(
        "no employer column: the employer comes from who-is-who and names in the text"
    ),
    "uncertain": N_("some columns were matched on resemblance: please check them"),
}

DATA_KIND: dict[str, str] = {
    "demo": N_("demo"),
    "upload": N_("upload"),
}

ZONE_SOURCE: dict[str, str] = {
    "values": N_("every time carries its offset"),
    "format": N_("the format's convention"),
    "header": N_("the date column says so"),
    "ids": N_("proven by the posts' ids"),
    "user": N_("chosen for this file"),
    "chosen": N_("the time zone chosen for the upload"),
}
"""Why a file's times were read in the zone they were (see FileReport.zone_source)."""

DROP: dict[str, str] = {
    "empty_row": N_("empty row"),
    "no_date": N_("no date"),
    "bad_date": N_("date not readable"),
    "one_field": N_("only one field: a different delimiter or a broken line"),
    "no_content": N_("no text, media or figures: not a post (e.g. a service message)"),
    "bad_line": N_("line not readable as a row (line numbers in the file)"),
}

FIELD: dict[str, str] = {
    "post_id": N_("Post id"),
    "platform": N_("Platform / channel"),
    "published_at": N_("Date (and time) *"),
    "published_time": N_("Time (separate column)"),
    "author_handle": N_("Author account"),
    "author_name": N_("Author name"),
    "employer": N_("Employer"),
    "author_type": N_("Author type"),
    "text": N_("Text"),
    "title": N_("Title"),
    "url": N_("Link"),
    "language": N_("Language"),
    "post_type": N_("Post type"),
    "impressions": N_("Impressions"),
    "reach": N_("Reach"),
    "reactions": N_("Reactions / likes"),
    "comments": N_("Comments"),
    "shares": N_("Shares"),
    "clicks": N_("Clicks"),
    "video_views": N_("Video views"),
    "followers": N_("Followers"),
    "sentiment": N_("Sentiment"),
    "in_reply_to_id": N_("In reply to (id)"),
    "thread_id": N_("Thread (id)"),
    "location": N_("Location"),
    "rating": N_("Rating (stars)"),
    "pros": N_("Pros (review)"),
    "cons": N_("Cons (review)"),
    "engagements_total": N_("Total engagements"),
}

FORMULA: dict[str, str] = {
    "posts": N_("Number of posts in the hour."),
    "engagements": N_("Sum of reactions/likes + comments + shares in the hour."),
    "er_impressions": N_("Median over posts of engagements ÷ impressions."),
    "er_reach": N_("Median over posts of engagements ÷ reach."),
    "er_followers": N_("Median over posts of engagements ÷ the account's followers."),
}

INGEST: dict[str, str | tuple[str, str]] = {
    "empty_file": N_("{file}: the file is empty. Export it again and upload the new file."),
    "not_data": N_(
        "{file}: this is a {what} file, not a data export. Upload the CSV, "
        "Excel, JSON or Parquet file that the platform or tool exported."
    ),
    "binary": N_(
        "{file}: this looks like a binary file, not text. Upload the CSV, "
        "Excel, JSON or Parquet export."
    ),
    "json_object": N_(
        "{file}: the JSON holds a single object where a list of posts was "
        "expected. Export the posts as a list ([ ... ]) or as one JSON "
        "object per line (NDJSON)."
    ),
    "json_type": N_("{file}: the JSON holds a {what}, not a list of posts."),
    "json_item": N_(
        "{file}: item {item} of the JSON list is not an object with fields. Every post must be "
        'an object such as {{"date": ..., "text": ...}}.'
    ),
    "json_invalid": N_(
        "{file}: not valid JSON (line {line}, column {column}: {detail}). "
        "Export the file again, or save it as CSV."
    ),
    "ndjson_line": N_("{file}: line {line} is not a valid JSON object."),
    "parquet_damaged": N_("{file}: the Parquet file is damaged or incomplete ({detail})."),
    "unreadable": N_(
        "{file}: could not be read as {kind} ({detail}). Check that the file "
        "is a complete export; opening and saving it again in Excel often "
        "helps."
    ),
    "too_big": N_(
        "{file}: the file is {size} MB, over the limit of {limit} MB. Export "
        "a shorter period, or split the file."
    ),
    "no_sheets": N_("{file}: the workbook has no sheet with data."),
    "no_date": N_(
        "{file}: no date column found among {columns}. Map the column with "
        "the publication date on the Data page."
    ),
    "none_loaded": N_("{file}: none of its {rows} rows could be loaded; see the report for why."),
    "header_only": N_("{file}: the file has a header but no rows."),
    "failed": N_("{file}: could not be read ({detail}). Check the file and the column mapping."),
    "cannot_open": N_("{file}: cannot be opened ({detail})."),
    "skipped_lines": Nn_(
        "Skipped {count} line above the header (title or notes).",
        "Skipped {count} lines above the header (title or notes).",
    ),
    "renamed_column": N_("Column '{name}' appears more than once; the copy is named '{renamed}'."),
    "empty_tables": Nn_(
        "{count} table of this download has a header and no rows ({names}).",
        "{count} tables of this download have a header and no rows ({names}).",
    ),
    "continued_lines": Nn_(
        "{count} line without a date continued the text of the row above (a line break "
        "written without quotes; lines {lines}).",
        "{count} lines without a date continued the text of the row above (line breaks "
        "written without quotes; lines {lines}).",
    ),
    "stray_quotes": Nn_(
        "A quote that does not pair up on {count} line (lines {lines}): that line was read "
        "with the quote as a character; the rest of the file is read normally.",
        "Quotes that do not pair up on {count} lines (lines {lines}): each was read with the "
        "quote as a character; the rest of the file is read normally.",
    ),
    "ambiguous_dates_day_first": N_(
        "Dates such as 03/04 could be read either way; read as day-month (Dutch)."
    ),
    "ambiguous_dates_month_first": N_(
        "Dates such as 03/04 could be read either way; read as month-day "
        "(US), as this format writes them."
    ),
    "not_numbers": Nn_(
        "Column '{column}': {count} value is not a number (row {rows}); left empty.",
        "Column '{column}': {count} values are not numbers (e.g. rows {rows}); left empty.",
    ),
    "negative": Nn_(
        "Column '{column}': {count} negative value (row {rows}); counts cannot be negative, "
        "left empty.",
        "Column '{column}': {count} negative values (e.g. rows {rows}); counts cannot be "
        "negative, left empty.",
    ),
    "total_only": N_(
        "Only a total engagement column ('{column}') is available; it is counted as reactions."
    ),
    "no_impressions": N_("No impressions column: engagement rate per impression is unavailable."),
    "no_reach": N_("No reach column: engagement rate per reach is unavailable."),
    "no_followers": N_("No followers column: engagement rate per follower is unavailable."),
    "no_text": N_("No text column: themes, listening and question detection are unavailable."),
    "no_sentiment": N_("No sentiment column: sentiment will be computed where pages need it."),
    "zip_damaged": N_("{file}: the ZIP archive is damaged ({detail}). Download it again."),
    "zip_too_big": N_(
        "{file}: unpacks to more than {limit} MB of data, the limit. Unzip it and upload the "
        "export files you need."
    ),
    "zip_too_many": N_(
        "{file}: holds {count} files, more than the limit of {limit}. Unzip it and upload the "
        "export files you need."
    ),
    "zip_bomb": N_(
        "{file}: '{member}' would unpack to more than {ratio} times its packed size, which no "
        "export does; not read. Export the file again."
    ),
    "vacancy_too_long": N_(
        "{file}: {count} characters, more than the {limit} a vacancy text may have. Check one "
        "vacancy at a time."
    ),
    "zip_too_slow": N_(
        "{file}: reading the archive took longer than {seconds} seconds, the limit. Unzip it "
        "and upload the export files you need."
    ),
    "zip_encrypted": N_(
        "{file}: the archive is password-protected. Unzip it and upload the files."
    ),
    "zip_html": N_(
        "{file}: this archive is in HTML format ({count} files). Request the "
        "download again and choose JSON as the format."
    ),
    "zip_no_data": N_(
        "{file}: no CSV, Excel or JSON file among its {count} files. Upload the export itself."
    ),
    "zip_nested": N_(
        "{file}: an archive inside an archive is not unpacked. Unzip it and upload it."
    ),
    "skipped_system": N_("{file}: system file, skipped."),
    "skipped_owner": N_("{file}: read for the archive owner's name, not as posts."),
    "skipped_not_posts": N_("{file}: not posts (messages, settings, ads…), not read."),
    "skipped_known_not_posts": N_("{file}: {what}; not loaded."),
    "skipped_analytics_not_visits": N_(
        "{file}: a table of the web-analytics download that holds no visits, page views or "
        "events (countries, retention, averages); not loaded."
    ),
    "skipped_sheet_without_dates": N_(
        "{file}: no dates in this sheet (totals or demographics), so no posts; not loaded."
    ),
    "skipped_nested_zip": N_(
        "{file}: an archive inside the archive, not unpacked. Unzip it and upload it separately."
    ),
    "skipped_media": N_("{file}: photo, video or document, not data."),
    "skipped_empty_sheet": N_("{file}: empty sheet, nothing to read."),
    "skipped_not_data": N_("{file}: not a data file, not read."),
    "description_row": N_("Row {row} describes the columns in words and was skipped."),
    "archive_read": N_(
        "Posts from a 'download your information' archive ({kind}); characters repaired."
    ),
    "archive_owner": N_("The archive belongs to {owner}."),
    "years_inferred": N_(
        "The dates have no year; the year was inferred, with the last day on or before today."
    ),
    "day_bad_date": Nn_(
        "{count} day with an unreadable date was skipped (row {rows}).",
        "{count} days with an unreadable date were skipped (rows {rows}).",
    ),
    "total_rows": Nn_(
        "{count} total row left out: it repeats the sum of the other rows.",
        "{count} total rows left out: they repeat the sum of the other rows.",
    ),
}

LISTEN_LEVEL: dict[str, str] = {
    "high": N_("high"),
    "medium": N_("medium"),
    "low": N_("low"),
}

LISTEN_REASON: dict[str, str] = {
    "question": N_("question"),
    "complaint": N_("complaint"),
}

LISTEN_SEGMENT: dict[str, str] = {
    "employee": N_("employees"),
    "candidate": N_("candidates"),
    "media": N_("media"),
    "influencer": N_("influencers"),
    "other": N_("other"),
}

LISTEN_STATUS: dict[str, str] = {
    "open": N_("open"),
    "answered": N_("answered"),
    "no_reply": N_("no reply needed"),
}

LISTEN_TAB: dict[str, str] = {
    "reputation": N_("Reputation"),
    "queue": N_("Response queue"),
    "voices": N_("Voices"),
    "topics": N_("Topics"),
}

METRIC: dict[str, str] = {
    "followers": N_("followers"),
    "new_followers": N_("new followers"),
    "views": N_("views"),
    "reach": N_("reach"),
    "impressions_total": N_("impressions (total)"),
    "clicks_total": N_("clicks (total)"),
    "reactions_total": N_("reactions (total)"),
    "comments_total": N_("comments (total)"),
    "reposts_total": N_("reposts (total)"),
    "video_views": N_("video views"),
    "profile_views": N_("profile views"),
    "posts": N_("number of posts"),
    "engagements": N_("engagements (total)"),
    "er_impressions": N_("engagement rate per impression"),
    "er_reach": N_("engagement rate per reach"),
    "er_followers": N_("engagement rate per follower"),
}

NAV: dict[str, str] = {
    "home": N_("Home"),
    "data": N_("Data"),
    "themes": N_("Themes"),
    "timing": N_("Audience timing"),
    "competitors": N_("Competitors"),
    "ambassadors": N_("Ambassadors"),
    "vacancy": N_("Vacancy checklist"),
    "listening": N_("Listening"),
    "impact": N_("Impact"),
    "scorecard": N_("The five C's"),
}

NAV_SECTION: dict[str, str] = {
    "overview": N_("Overview"),
    "insights": N_("Insights"),
    "tools": N_("Tools"),
}

PLATFORM: dict[str, str] = {
    "linkedin": N_("LinkedIn"),
    "x": N_("X (Twitter)"),
    "facebook": N_("Facebook"),
    "instagram": N_("Instagram"),
    "tiktok": N_("TikTok"),
    "youtube": N_("YouTube"),
    "telegram": N_("Telegram"),
    "threads": N_("Threads"),
    "bluesky": N_("Bluesky"),
    "mastodon": N_("Mastodon"),
    "pinterest": N_("Pinterest"),
    "snapchat": N_("Snapchat"),
    "whatsapp": N_("WhatsApp"),
    "news": N_("News sites"),
    "blog": N_("Blogs"),
    "forum": N_("Forums"),
    "reviews": N_("Review sites"),
    "other": N_("Other"),
}

POST_TYPE: dict[str, str] = {
    "post": N_("text or link post"),
    "reply": N_("reply"),
    "share": N_("share"),
    "video": N_("video"),
    "image": N_("image"),
    "article": N_("article"),
    "review": N_("review"),
    "other": N_("other"),
}

CHANNEL: dict[str, str] = {
    "organic_social": N_("Social (platform unknown)"),
    "paid_social": N_("Paid social"),
    "organic_search": N_("Search engines"),
    "paid_search": N_("Paid search"),
    "direct": N_("Direct"),
    "referral": N_("Other websites (job sites, referrals)"),
    "email": N_("E-mail and newsletters"),
    "display": N_("Display ads"),
    "video": N_("Video"),
    "campaigns": N_("Campaigns"),
    "unassigned": N_("Unassigned"),
}

VISIT_REPORT: dict[str, str] = {
    "channel": N_("visits per channel"),
    "source": N_("visits per source / medium"),
    "campaign": N_("visits per campaign"),
    "landing_page": N_("visits per landing page"),
}

QUESTION: dict[str, str] = {
    "data": N_("Upload exports, and see what was read correctly."),
    "themes": N_("What are posts about, for us and for the competitors?"),
    "timing": N_("When is our audience online, and when should we post?"),
    "competitors": N_("How do we compare with the employers we compete with for talent?"),
    "ambassadors": N_("Who are our ambassadors and fans, and are we looking after them?"),
    "vacancy": N_("Is this vacancy post ready to publish?"),
    "listening": N_("What is said about us as an employer, and what still needs an answer?"),
    "impact": N_("What do our posts bring in: reach, visits to the careers site, applications?"),
    "scorecard": N_("Connections, Conversations, Content, Context, Continuous: where do we stand?"),
}

REPORT_WAY: dict[str, str] = {
    "auto": N_("automatic mapping"),
    "saved": N_("saved mapping"),
    "user": N_("confirmed mapping"),
}

SEGMENT: dict[str, str] = {
    "own_account": N_("Own accounts"),
    "own_employees": N_("Own employees"),
    "competitor_accounts": N_("Competitor accounts"),
    "competitor_employees": N_("Competitor employees"),
    "public": N_("Public"),
}

SENTIMENT: dict[str, str] = {
    "positive": N_("positive"),
    "neutral": N_("neutral"),
    "negative": N_("negative"),
    "unknown": N_("unknown"),
}

THEMES_TAB: dict[str, str] = {
    "overview": N_("Overview"),
    "detail": N_("Look at and name a theme"),
    "map": N_("Map"),
    "search": N_("Search by meaning"),
}

VACANCY_CHANNEL: dict[str, str] = {
    "linkedin": N_("LinkedIn"),
    "jobboard": N_("Job boards"),
    "careers_site": N_("Own careers site"),
    "facebook": N_("Facebook"),
    "instagram": N_("Instagram"),
    "tiktok": N_("TikTok"),
}

VACANCY_LANG: dict[str, str] = {
    "auto": N_("Detect automatically"),
    "nl": N_("Dutch"),
    "en": N_("English"),
    "fr": N_("French"),
}

VACANCY_RULE: dict[str, str] = {
    "salary": N_("Salary"),
    "benefits": N_("Benefits"),
    "career": N_("Career perspective"),
    "apply": N_("Apply button"),
    "questions": N_("Asking questions"),
    "channel": N_("Channel"),
    "gendered_language": N_("Gender-neutral"),
    "length": N_("Length"),
    "readability": N_("Readability (B1)"),
    "cliches": N_("Clichés"),
}

VACANCY_WHY: dict[str, str] = {
    "salary": N_(
        "State the salary: 'competitive salary' says nothing. The EU Pay "
        "Transparency Directive (2023/970, art. 5) asks for a figure or range."
    ),
    "benefits": N_("Show benefits upfront."),
    "career": N_("Make career perspectives concrete; 'growth opportunities' says nothing."),
    "apply": N_("A clearly visible 'Apply' button."),
    "questions": N_("Make interaction possible: 'Questions?'"),
    "channel": N_("Not only on personal networks such as Facebook: use professional networks."),
    "gendered_language": N_(
        "Masculine-coded words make job ads less appealing to women (Gaucher "
        "et al. 2011; University of Antwerp)."
    ),
    "length": N_("Posts of 300–700 words perform best (Textio)."),
    "readability": N_("Write at B1 level, so almost everyone understands you (Textmetrics)."),
    "cliches": N_("Empty phrases say nothing about the job."),
}

VACANCY_FIX: dict[str, str] = {
    "salary": N_("Give a figure or range with a period, e.g. '€3,200–€4,100 gross per month'."),
    "benefits": N_(
        "Name at least two concrete benefits: holiday allowance, 13th month, "
        "pension, lease car, training budget, hybrid work."
    ),
    "career": N_(
        "Describe a next step: 'grow into project lead within two years', or a training path."
    ),
    "apply": N_("Add a clear call with a link: 'Apply at careers.example.com/...'."),
    "questions": N_("Name a person with phone or email: 'Questions? Call Emma Smith, +44 20 ...'."),
    "channel": N_("Also post it on LinkedIn, a job board or your careers site."),
    "gendered_language": N_("Replace masculine-coded words with neutral ones (see below)."),
    "length": N_("Make the text 300 to 700 words."),
    "readability": N_("Shorten sentences (under 15 words on average) and use everyday words."),
    "readability_words": N_(
        "The sentences are short enough already; it is the long words. "
        "Choose shorter, everyday words and break up long compounds."
    ),
    "cliches": N_("Cut the clichés or make them concrete: what does the job really involve?"),
}

COMP_F_SOV: dict[str, str] = {
    "mentions": N_("Mentions of the employer ÷ mentions of all chosen employers."),
    "own_posts": N_("Posts by the employer's accounts ÷ posts by all chosen employers' accounts."),
    "reach": N_("Reach of posts by and about the employer ÷ that of all chosen employers."),
    "engagement": N_(
        "Engagements on posts by and about the employer ÷ those of all chosen employers."
    ),
}

AMB_SIGNAL: dict[str, str | tuple[str, str]] = {
    "checkin_overdue": Nn_(
        "{name}: check-in is {days} day overdue (planned {due}).",
        "{name}: check-in is {days} days overdue (planned {due}).",
    ),
    "checkin_due": Nn_(
        "{name}: check-in due within {days} day (planned {due}).",
        "{name}: check-in due within {days} days (planned {due}).",
    ),
    "over_hours": N_(
        "{name}: an estimated {hours} hours a week online over the last four "
        "weeks, against an agreed maximum of {max}. Worth asking how it is "
        "going?"
    ),
    "late_night": N_(
        "{name}: {share} of recent posts ({posts}) went out late in the "
        "evening or at night. Does that fit what was agreed?"
    ),
    "outside_hours": N_("{name}: {share} of recent posts ({posts}) fall outside the agreed hours."),
    "weekends": N_("{name}: {share} of recent posts ({posts}) at weekends, which was not agreed."),
    "drop": N_("{name}: suddenly less active ({now} a week, usually {usual}). All well?"),
    "thank": N_(
        "{name}: a recent post did well ({engagements} engagements, usually "
        "{usual}) and there has been no thank-you lately. Time for a small "
        "gesture or a word from management?"
    ),
}

QUEUE_FIELD: dict[str, str] = {
    "status": N_("Status"),
    "owner": N_("Owner"),
    "note": N_("Note"),
    "name": N_("Name"),
}

QUEUE_ERROR: dict[str, str] = {
    "unknown": N_("{field}: not one of the choices."),
    "ambassador": N_(
        "{field}: {value} is an ambassador. Choose a colleague from communications or HR."
    ),
    "too_long": N_("{field}: too long."),
    "empty": N_("{field}: fill it in."),
}

ROSTER_ERROR: dict[str, str] = {
    "invalid": N_("the field '{field}' does not fit."),
    "unknown_field": N_("unknown fields: {field}."),
    "not_export": N_("this file is not an ambassador list exported by Employer Radar."),
    "newer": N_("{file} was written by a newer version of Employer Radar; update it first."),
    "missing": N_("this ambassador is no longer in the list."),
    "record": N_("ambassador {record} in the file does not fit (field '{field}')."),
}
