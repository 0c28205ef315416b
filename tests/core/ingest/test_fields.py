"""Header matching: properties that must hold for any spelling an export may use (Hypothesis)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.ingest.fields import TARGETS, auto_map, compact, normalise
from core.ingest.plan import signature

SYNONYMS = [(t.name, s) for t in TARGETS for s in t.synonyms]
EXACT = {t.name: {normalise(s) for s in t.synonyms} for t in TARGETS}


def _owners(words: str) -> set[str]:
    """Targets that list this spelling (a few words are synonyms of two fields)."""
    return {name for name, spellings in EXACT.items() if words in spellings or
            compact(words) in {compact(s) for s in spellings}}  # fmt: skip


@st.composite
def spelled(draw) -> tuple[str, str]:
    """A synonym as exports write it: any case, underscores, run together, padded."""
    target, synonym = draw(st.sampled_from(SYNONYMS))
    words = normalise(synonym).split()
    joiner = draw(st.sampled_from([" ", "_", "", "  ", " _ "]))
    styled = [draw(st.sampled_from([w, w.upper(), w.title()])) for w in words]
    pad = draw(st.sampled_from(["", " ", "\t"]))
    return target, pad + joiner.join(styled) + pad


@settings(max_examples=400, deadline=None)
@given(spelled())
def test_any_spelling_of_a_synonym_maps_to_its_field(case):
    target, header = case
    found = auto_map([header])
    assert found, header
    (chosen,) = found
    assert chosen in _owners(normalise(header)) or target in _owners(normalise(header))
    assert found[chosen].confidence == 1.0


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(min_size=0, max_size=30), max_size=25, unique=True))
def test_each_header_and_each_field_used_once(headers):
    found = auto_map(headers)
    used = [m.header for m in found.values()]
    assert len(used) == len(set(used))
    assert set(used) <= set(headers)
    assert all(0 < m.confidence <= 1 for m in found.values())


@settings(max_examples=200, deadline=None)
@given(st.permutations(["Datum", "Tijd", "Bericht", "Auteur", "Weergaven", "Werkgever", "Kanaal"]))
def test_column_order_does_not_change_the_mapping(headers):
    found = {t: m.header for t, m in auto_map(list(headers)).items()}
    assert found == {
        "published_at": "Datum",
        "published_time": "Tijd",
        "text": "Bericht",
        "author_name": "Auteur",
        "impressions": "Weergaven",
        "employer": "Werkgever",
        "platform": "Kanaal",
    }
    assert signature(list(headers)) == signature(sorted(headers))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_normalise_is_idempotent_and_words_only(header):
    once = normalise(header)
    assert normalise(once) == once
    assert all(c.isalnum() or c == " " for c in once)


@pytest.mark.parametrize(
    ("header", "target"),
    [
        ("reviewdate", "published_at"),
        ("rating Overall", "rating"),
        ("Employeer Name", "employer"),
        ("ShareCommentary", None),  # a format's column, not a generic synonym
        ("Engagement rate", None),  # a ratio is not a count of engagements
        ("Weergaven", "impressions"),
        ("Views", "impressions"),
        ("Video views", "video_views"),
        ("Interacties", "engagements_total"),
        ("Werkgever", "employer"),
        ("Cons", "cons"),
    ],
)
def test_real_headers(header, target):
    found = auto_map([header])
    assert (next(iter(found)) if found else None) == target
