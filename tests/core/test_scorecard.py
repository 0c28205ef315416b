"""The five C's: scores from stated figures, n.b. with the reason, change and next step."""

from __future__ import annotations

from datetime import UTC, date, datetime

import polars as pl
import pytest

from core import demo, scorecard
from core.schema import conform

PERIOD = (date(2026, 8, 2), date(2026, 10, 31))


@pytest.fixture(scope="module")
def demo_scores(demo_posts):
    rivals = [e.name for e in demo.COMPETITORS]
    return scorecard.scorecard(demo_posts, demo.OWN.name, rivals, demo.TZ, *PERIOD)


def test_five_cs_on_the_demo(demo_scores):
    assert [s.c for s in demo_scores] == list(scorecard.CS)
    for s in demo_scores:
        assert s.score is not None and 0 <= s.score <= 100
        assert s.change is not None
        assert s.figures and all(f.score is not None for f in s.figures), s.reasons
        assert s.score == pytest.approx(sum(f.score for f in s.figures) / len(s.figures))
        weakest = min(s.figures, key=lambda f: f.score)
        assert s.step == (weakest.part.step if weakest.score < 100 else None)


def test_the_demo_story_shows_in_the_figures(demo_scores):
    figures = {f.part.id: f for s in demo_scores for f in s.figures}
    assert figures["weeks"].value == 1.0  # the accounts post every week
    assert 0 < figures["answered"].value < 0.5  # many questions wait (the planted backlog)
    assert figures["outside"].value < figures["within_day"].value + 0.2
    assert figures["versus"].value < 1.0  # a competitor engages more (Noordkade)


def post(i: int, hour: int, **fields) -> dict:
    return {
        "post_id": f"p{i}",
        "platform": fields.pop("platform", "linkedin"),
        "published_at": datetime(2026, 3, 2 + i % 20, hour, tzinfo=UTC),
        "author_type": fields.pop("author_type", "own"),
        "employer": fields.pop("employer", "Acme"),
        "post_type": fields.pop("post_type", "post"),
        **fields,
    }


def test_what_the_data_cannot_support_is_nb_with_the_reason():
    rows = [post(i, 9, text="Kom werken bij Acme") for i in range(6)]
    rows.append(post(7, 20, author_type="public", text="Is de vacature nog open?"))
    posts = conform(pl.DataFrame(rows, infer_schema_length=None)).collect()
    scores = {
        s.c: s
        for s in scorecard.scorecard(
            posts, "Acme", [], "Europe/Amsterdam", date(2026, 3, 1), date(2026, 3, 31)
        )
    }
    figures = {f.part.id: f for s in scores.values() for f in s.figures}
    assert figures["growth"].reason == "no_followers"
    assert figures["ambassadors"].reason == "no_employees"
    assert figures["answered"].reason == "no_replies"
    assert figures["mix"].reason == "no_rate"
    assert figures["versus"].reason == "no_rate"
    assert figures["tone"].reason == "no_voices"
    assert scores["content"].score is None and scores["content"].step is None
    assert figures["two_way"].value == 0.0 and figures["two_way"].score == 0.0
    assert figures["weeks"].value == pytest.approx(1 / 4)  # 2–7 March: one week of four
    for reason in scores["content"].reasons:
        assert reason in scorecard.REASONS


def test_without_an_own_organisation_there_is_no_scorecard(demo_posts):
    assert scorecard.scorecard(demo_posts, None, [], demo.TZ, *PERIOD) == []


def test_a_figure_scores_against_its_target():
    parts = {p.id: p for p in scorecard.PARTS}
    assert scorecard._figure(parts["two_way"], 0.15).score == pytest.approx(50)
    assert scorecard._figure(parts["two_way"], 0.6).score == 100  # never more
    assert scorecard._figure(parts["reply_time"], 6).score == pytest.approx(75)
    assert scorecard._figure(parts["reply_time"], 48).score == 0
