"""Each shared concept, defined once in core.concepts, against a small table worked out by hand;
and on the demo, every module that counts mentions or replies counts the same ones."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import polars as pl
import pytest

from core import concepts
from core.competitors import Choice, Period, ranking
from core.listening import queue, reputation
from core.listening.continuity import continuity
from core.overview import overview
from core.schema import conform

T0 = datetime(2026, 3, 2, 10, tzinfo=UTC)


def post(pid, author_type, employer="A", post_type="post", text="Mooi bedrijf.", **extra):
    return {
        "post_id": pid,
        "platform": "x",
        "published_at": extra.pop("at", T0),
        "author_type": author_type,
        "post_type": post_type,
        "employer": employer,
        "text": text,
        **extra,
    }


ROWS = [
    post("own1", "own", text="Wij zoeken monteurs."),
    post("emp1", "employee", text="Trots op mijn team.", author_handle="@sanne",
         author_name="Sanne Bakker"),
    post("pub1", "public", text="Is de vacature nog open?", author_handle="@kim",
         author_name="Kim"),
    post("pub2", "public", post_type="share", text="Hebben jullie stages?"),
    post("pub3", "public", text="Wat een mooie dag bij A"),
    post("rep1", "own", post_type="reply", text="Ja, nog open!", in_reply_to_id="pub1",
         at=T0 + timedelta(hours=3)),
    post("rep2", "own", post_type="reply", text="Zie de site.", in_reply_to_id="pub1",
         at=T0 + timedelta(hours=1)),
    post("b1", "public", employer="B", text="Hoe is het werken bij B?"),
    post("brep", "own", employer="B", post_type="reply", text="Goed!", in_reply_to_id="b1",
         at=T0 + timedelta(hours=2)),
]  # fmt: skip
FRAME = conform(pl.DataFrame(ROWS)).collect()


def test_a_mention_is_any_post_not_by_the_employers_own_accounts_shares_included():
    assert sorted(concepts.mentions(FRAME, "A")["post_id"]) == ["emp1", "pub1", "pub2", "pub3"]
    assert sorted(concepts.mentions(FRAME)["post_id"]) == ["b1", "emp1", "pub1", "pub2", "pub3"]
    lazy = concepts.mentions(FRAME.lazy(), "B").collect()
    assert lazy["post_id"].to_list() == ["b1"]


def test_a_question_is_a_mention_not_a_share_that_asks():
    asked = FRAME.filter(concepts.question())["post_id"].to_list()
    assert asked == ["pub1", "b1"]  # the share asks too, but a share is not a question to answer


def test_first_reply_is_the_earliest_own_reply():
    first = concepts.first_replies(FRAME, ["A"]).sort("post_id")
    assert first.rows() == [("pub1", T0 + timedelta(hours=1))]
    both = concepts.first_replies(FRAME).sort("post_id")
    assert both["post_id"].to_list() == ["b1", "pub1"]


def test_speaker_segment():
    frame = FRAME.with_columns(
        pl.when(pl.col("employer") == "B")
        .then(pl.lit("competitor"))
        .otherwise(pl.lit("own"))
        .alias("employer_role")
    )
    segments = dict(frame.select("post_id", concepts.speaker_segment()).iter_rows())
    assert segments["own1"] == "own_account" and segments["emp1"] == "own_employees"
    assert segments["brep"] == "competitor_accounts" and segments["pub1"] == "public"


def test_privacy_rule_pseudonymises_employees_until_they_consent():
    people = [
        {"name": "Sanne Bakker", "handles": [{"platform": "x", "handle": "@Sanne"}],
         "consent_date": None},
    ]  # fmt: skip
    hidden = concepts.private(FRAME, concepts.consented_handles(people), "medewerker")
    row = hidden.filter(pl.col("post_id") == "emp1").row(0, named=True)
    assert row["author_name"].startswith("medewerker #") and row["author_handle"] == "—"
    assert "Sanne" not in row["author_name"]
    public = hidden.filter(pl.col("post_id") == "pub1").row(0, named=True)
    assert public["author_name"] == "Kim"  # the public is shown as it publishes
    people[0]["consent_date"] = "2026-01-01"
    shown = concepts.private(FRAME, concepts.consented_handles(people), "medewerker")
    assert shown.filter(pl.col("post_id") == "emp1")["author_name"].item() == "Sanne Bakker"
    # Stable: the same person gets the same pseudonym on every page and every run.
    assert concepts.pseudonym("@sanne", "x") == concepts.pseudonym(" Sanne", "x")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Wij zoeken een enthousiaste collega voor ons team in Utrecht.", "nl"),
        ("We are looking for an enthusiastic colleague for our team.", "en"),
        ("Nous cherchons un collègue enthousiaste pour notre équipe à Bruxelles.", "fr"),
        ("", None),
    ],
)
def test_one_language_detector(text, code):
    assert concepts.language(text) == code


def test_on_the_demo_every_module_counts_the_same_mentions_and_replies(demo_posts):
    """The counts Start, Listening and Competitors show stand on one definition."""
    own = "Veldhuis Techniek"
    tz = "Europe/Amsterdam"
    first = demo_posts["published_at"].min().astimezone(UTC).date() - timedelta(days=1)
    last = demo_posts["published_at"].max().astimezone(UTC).date() + timedelta(days=1)
    start_page = overview(demo_posts.lazy()).mentions_of(own)
    listening = reputation.mentions(demo_posts, own).height
    table = ranking(demo_posts.lazy(), [own], Period(first, last), Choice(), tz)
    competitors = table.filter(pl.col("metric") == "mentions")["value"].item()
    timing_page = continuity(demo_posts.lazy(), tz, [own]).mentions
    assert start_page == listening == competitors == timing_page > 1000
    # The queue's questions are the continuity figure's questions.
    items = queue.candidates(demo_posts, own, [])
    asked = items.filter(pl.col("reason") == "question").height
    assert asked == continuity(demo_posts.lazy(), tz, [own]).questions > 10
