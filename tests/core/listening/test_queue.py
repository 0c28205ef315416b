"""Response queue: questions (nl/en), priority rules, the demo's candidate questions, statuses."""

from __future__ import annotations

from datetime import timedelta

import polars as pl
import pytest

from core import concepts, demo
from core.listening import queue as q

QUESTIONS = [
    "Is de vacature voor servicemonteur nog open?",
    "Hoe laat begint de open dag in Utrecht",
    "Weet iemand hoe de sollicitatieprocedure gaat? Heb volgende week een gesprek.",
    "Vraagje: moet je voor de functie planner een rijbewijs hebben",
    "Kan ik bij jullie ook parttime werken als calculator",
    "Wat is het startsalaris bij Veldhuis Techniek",
    "Mooi bericht. Hebben jullie ook stageplekken",
    "Biedt Bremer ook een BBL-traject aan voor zij-instromers?",
    "Hoeveel vakantiedagen krijg je daar eigenlijk",
    "Wanneer hoor ik iets over mijn sollicitatie?",
    "Is the position still open?",
    "Does anyone know the salary range for a planner",
    "How does the referral bonus work",
    "Can I apply without a Dutch diploma",
    "What is it like to work at Veldhuis Techniek? Thinking about applying.",
    "Do you sponsor work visas",
    "Any idea when the open day starts",
    "Great post. Are you hiring engineers in Gent",
    "Will there be a second round of interviews",
    "Why did so many people leave?",
]
NOT_QUESTIONS = [
    "Wat een mooi project!",
    "Top werkgever, ik hoor alleen maar goede verhalen.",
    "Vandaag mijn vijfjarig jubileum bij Veldhuis Techniek.",
    "De werkdruk bij Veldhuis is niet normaal.",
    "Hoe leuk om jullie op de beurs te zien!",
    "Trots op ons team: het zwembad draait nu gasloos.",
    "Solliciteer via werkenbij.veldhuis.nl",
    "Wij zoeken een monteur in Zwolle.",
    "Gezellige teamdag gehad.",
    "",
    "What a great team!",
    "Proud of this project.",
    "We're hiring: service engineer in Breda.",
    "Workload at Veldhuis is insane.",
    "Thanks for the quick answer.",
    "Finished the heat pump installation today.",
    "Apply today via our careers site.",
    "Heard good things about the team culture.",
    "Happy with the raise.",
    "Another 55-hour week.",
]


def _asks(text: str) -> bool:
    """The one question rule, for one text and vectorised: both must agree."""
    one = concepts.is_question(text)
    many = pl.DataFrame({"text": [text]}).select(concepts.asks()).item()
    assert one == many, text
    return one


@pytest.mark.parametrize("text", QUESTIONS)
def test_questions_are_recognised(text):
    assert _asks(text)


@pytest.mark.parametrize("text", NOT_QUESTIONS)
def test_statements_are_not_questions(text):
    assert not _asks(text)


@pytest.mark.parametrize(
    ("higher", "lower"),
    [
        # (reach, sentiment, hours waiting, direct)
        ((50_000, "neutral", 10, False), (50, "neutral", 10, False)),  # more reach
        ((500, "negative", 10, False), (500, "neutral", 10, False)),  # more negative
        ((500, "neutral", 60, False), (500, "neutral", 2, False)),  # waiting longer
        ((500, "neutral", 10, True), (500, "neutral", 10, False)),  # addressed to us
        ((500, None, 10, False), (500, "positive", 10, False)),  # unknown above positive
    ],
)
def test_priority_orders_by_reach_negativity_waiting_and_address(higher, lower):
    assert q.priority(*higher) > q.priority(*lower)


def test_priority_is_bounded_and_waiting_saturates():
    top = q.priority(10**9, "negative", 10**6, True)
    assert top == pytest.approx(1.0)
    assert q.priority(0, "positive", 0, False) == 0.0
    assert q.priority(100, "neutral", 72) == q.priority(100, "neutral", 500)
    assert q.level(0.7) == "high" and q.level(0.5) == "medium" and q.level(0.1) == "low"


def own_handles(posts):
    own = posts.filter((pl.col("author_type") == "own") & (pl.col("employer") == demo.OWN.name))
    return own.get_column("author_handle").unique().to_list()


def test_the_demo_candidate_questions_are_in_the_queue(demo_posts):
    truth = demo.planted_themes()
    items = q.candidates(demo_posts, demo.OWN.name, own_handles(demo_posts))
    asked = demo_posts.filter(
        (pl.col("employer") == demo.OWN.name)
        & (pl.col("author_type") == "public")
        & pl.col("post_id")
        .replace_strict(truth, default=None)
        .is_in(["vacancies", "salary", "referral"])
    )
    in_queue = set(items.get_column("post_id"))
    found = asked.filter(pl.col("post_id").is_in(in_queue)).height
    assert asked.height >= 250 and found / asked.height >= 0.95
    # The employer answered about half of them in the data: those count as answered, with time.
    answered = items.filter(pl.col("replied_at").is_not_null())
    assert 0.3 < answered.height / items.filter(pl.col("reason") == "question").height < 0.8
    assert (answered.get_column("waited_h") > 0).all()
    # Replies to its own vacancy posts are direct questions.
    assert items.filter(pl.col("direct")).height > 50
    # The planted workload complaints are there too, near the top.
    top = items.head(20)
    assert (top.get_column("reason") == "complaint").sum() >= 10
    assert items.get_column("priority").is_sorted(descending=True)


def test_waiting_is_measured_to_the_end_of_the_data_by_default(demo_posts):
    items = q.candidates(demo_posts, demo.OWN.name, [])
    end = demo_posts.get_column("published_at").max()
    open_ = items.filter(pl.col("replied_at").is_null()).row(0, named=True)
    expected = (end - open_["published_at"]) / timedelta(hours=1)
    assert open_["waited_h"] == pytest.approx(expected, abs=0.01)
    assert q.candidates(demo_posts, "Nobody BV", []).is_empty()


def test_status_owner_note_survive_a_new_store_and_decide_the_status(tmp_path, demo_posts):
    path = tmp_path / "listening.json"
    items = q.candidates(demo_posts, demo.OWN.name, [])
    first, second = items.get_column("post_id")[0], items.get_column("post_id")[1]
    store = q.QueueStore(path)
    store.add_member("Eva de Wit")
    store.set("demo", first, "answered", "Eva de Wit", "Gebeld, excuses aangeboden")
    store.set("demo", second, "no_reply", "", "spam")
    store.set("demo", second, "open", "Eva de Wit", "toch even reageren")  # updates, no duplicate
    again = q.QueueStore(path)
    entries = again.entries("demo")
    assert set(entries) == {first, second} and again.team() == ["Eva de Wit"]
    assert entries[first].note == "Gebeld, excuses aangeboden"
    assert entries[second].status == "open" and entries[second].note == "toch even reageren"
    assert again.entries("other-dataset") == {}
    shown = q.with_status(items, entries)
    assert shown.filter(pl.col("post_id") == first)["status"].item() == "answered"
    replied = shown.filter(
        pl.col("replied_at").is_not_null() & ~pl.col("post_id").is_in([first, second])
    )
    assert (replied.get_column("status") == "answered").all()


@pytest.mark.parametrize(
    ("status", "owner", "field"),
    [("done", "", "status"), ("open", "Sanne Bakker", "owner"), ("open", "x" * 81, "owner")],
)
def test_bad_decisions_are_refused_with_the_field_named(tmp_path, status, owner, field):
    store = q.QueueStore(tmp_path / "l.json")
    with pytest.raises(ValueError, match=field):
        store.set("demo", "p1", status, owner, ambassadors=["Sanne Bakker"])
    with pytest.raises(ValueError, match="owner"):
        store.add_member("sanne bakker", ambassadors=["Sanne Bakker"])
    assert store.entries("demo") == {}
