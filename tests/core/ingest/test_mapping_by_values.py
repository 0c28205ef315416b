"""The mapping looks at the values, not only the names (issue #25's wrong picks, each one)."""

from __future__ import annotations

import csv
import io

import polars as pl

from core.ingest import ingest, prepare


def _csv(rows: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    return buffer.getvalue().encode()


def _plan(rows: list[list[str]]):
    prepared, errors = prepare([("export.csv", _csv(rows))])
    assert errors == []
    return prepared[0].plan


REVIEWS = [
    f"Review {i}: the colleagues are great but the workload in period {i} is very high"
    for i in range(12)
]


def test_a_status_column_is_never_the_text():
    rows = [["Date", "Employement Status", "Review"]]
    rows += [[f"2026-01-{i + 1:02d}", ["REGULAR", "FORMER"][i % 2], REVIEWS[i]] for i in range(12)]
    plan = _plan(rows)
    assert plan.mapping["text"] == "Review"


def test_without_a_text_header_the_free_text_that_varies_most_is_taken_and_shown_as_a_choice():
    rows = [["Date", "Kind", "Opinion"]]
    rows += [[f"2026-01-{i + 1:02d}", "employee", REVIEWS[i]] for i in range(12)]
    plan = _plan(rows)
    assert plan.mapping["text"] == "Opinion"
    assert plan.confidence["text"] < 0.9 and "uncertain" in plan.concerns


def test_pros_and_cons_columns_are_the_review_not_a_duration_sentence():
    rows = [["date", "Description_of_duration", "Positive_Review", "Negative_Review"]]
    rows += [
        [
            f"2026-01-{i + 1:02d}",
            "I have been working at Walmart full-time",
            f"good {i}",
            f"bad {i}",
        ]
        for i in range(12)
    ]
    posts, _ = ingest([("reviews.csv", _csv(rows))])
    assert posts["text"][0] == "+ good 0\n− bad 0"


def test_true_false_is_never_a_handle_and_a_count_is_never_a_thread():
    rows = [["Date", "Text", "username", "Threads", "is_verified"]]
    rows += [
        [f"2026-01-{i + 1:02d}", REVIEWS[i], "TRUE" if i % 2 else "FALSE", "1", "1"]
        for i in range(12)
    ]
    plan = _plan(rows)
    assert "author_handle" not in plan.mapping
    assert "thread_id" not in plan.mapping


def test_a_page_link_beats_a_cdn_link():
    rows = [["createTimeISO", "text", "mediaUrl", "webVideoUrl"]]
    rows += [
        [
            f"2026-01-{i + 1:02d}T10:00:00Z",
            REVIEWS[i],
            f"https://v16-webapp.tiktokcdn.com/video/{i}.mp4",
            f"https://www.tiktok.com/@veldhuis/video/75270000000000000{i:02d}",
        ]
        for i in range(12)
    ]
    plan = _plan(rows)
    assert plan.mapping["url"] == "webVideoUrl"


def test_reach_over_organic_reach_and_engaged_fans_are_not_followers():
    rows = [["Date", "Text", "Organic Reach", "Reach", "Engaged Fans"]]
    rows += [[f"2026-01-{i + 1:02d}", REVIEWS[i], "10", "12", "3"] for i in range(12)]
    plan = _plan(rows)
    assert plan.mapping["reach"] == "Reach"
    assert "followers" not in plan.mapping


def test_empty_ids_get_their_own_ids_and_quoted_ids_lose_their_quotes():
    rows = [["Date", "Tweet Id", "Hit Sentence", "Source"]]
    rows += [["2026-01-05 10:00", '"1978493014740000000"', "tweet", "Twitter"]]
    rows += [[f"2026-01-05 11:{i:02d}", "", f"news item {i}", "nu.nl"] for i in range(9)]
    posts, report = ingest([("mentions.csv", _csv(rows))])
    assert report.rows_loaded == 10 and report.duplicates == 0
    assert "1978493014740000000" in posts["post_id"].to_list()


def test_a_shared_tweet_does_not_make_its_author_the_facebook_posts_author():
    rows = [["Date", "Message", "Link", "Network"]]
    rows += [
        ["2026-01-05 10:00", "Look at this", "https://twitter.com/someone/status/1", "Facebook"],
        ["2026-01-05 11:00", "Our tweet", "https://x.com/veldhuis/status/2", "Twitter"],
    ]
    posts, _ = ingest([("posts.csv", _csv(rows))])
    by_text = dict(zip(posts["text"], posts["author_handle"], strict=True))
    assert by_text["Look at this"] is None
    assert by_text["Our tweet"] == "@veldhuis"


def test_backslash_escaped_quotes_and_line_breaks_in_a_field():
    data = (
        b"Date,Link,Message\n"
        b'2025-07-13 06:15:21,https://www.linkedin.com/feed/update/1,"He said \\"great\\" and\n'
        b'meant it"\n'
        b'2025-07-14 06:15:21,https://www.linkedin.com/feed/update/2,"plain, with a comma"\n'
    )
    posts, _ = ingest([("Comments.csv", data)])
    assert posts["text"].to_list() == ['He said "great" and\nmeant it', "plain, with a comma"]
    assert posts["published_at"][0].hour == 6  # LinkedIn's archive is UTC


def test_html_entities_are_decoded():
    rows = [["Date", "Text"], ["2026-01-05 10:00", "Tom &amp; Jerry &lt;3 &#39;hi&#39;"]]
    posts, _ = ingest([("x.csv", _csv(rows))])
    assert posts["text"][0] == "Tom & Jerry <3 'hi'"


def test_a_date_column_named_gmt_is_read_as_utc():
    rows = [["Date (GMT)", "Post Message", "Social Network"]]
    rows += [["2026-07-01 10:00", "zomer", "Twitter"]]
    posts, report = ingest([("hootsuite.csv", _csv(rows))])
    assert posts["published_at"][0].hour == 10
    assert report.files[0].zone == "UTC"


def test_rows_with_pros_and_cons_under_one_id_are_one_review():
    rows = [["review_id", "date", "pros", "cons"]]
    rows += [["r1", "2026-01-05", "great team", ""], ["r1", "2026-01-05", "", "long hours"]]
    posts, report = ingest([("glassdoor.csv", _csv(rows))])
    assert posts.height == 1
    assert "great team" in posts["text"][0] and "long hours" in posts["text"][0]
    assert report.rows_read == 2


def test_not_posts_are_named_and_not_loaded():
    data = b"Date,Type,Link\n2021-06-16 11:04:59,LIKE,https://www.linkedin.com/feed/update/1\n"
    posts, report = ingest([("Reactions.csv", data)])
    assert posts.height == 0
    assert any("reactions you gave" in e.text("en") for e in report.errors)


def test_posts_table_has_no_stray_platform():
    rows = [["Date", "Message", "Platform"], ["2026-01-05 10:00", "hallo", "Telegram"]]
    posts, _ = ingest([("x.csv", _csv(rows))])
    assert posts["platform"].cast(pl.String).to_list() == ["telegram"]
