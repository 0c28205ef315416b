"""Computed sentiment: Dutch and English, offline; export values are kept."""

from __future__ import annotations

import polars as pl
import pytest

from core.listening import sentiment as s

CASES = [
    ("nl", "Wat een geweldige werkgever, super fijne collega's!", "positive"),
    ("nl", "Trots op ons team, mooi project opgeleverd.", "positive"),
    ("nl", "Top werkgever, ik hoor alleen maar goede verhalen.", "positive"),
    ("nl", "Gezellige teamdag gehad met mijn collega's.", "positive"),
    ("nl", "De werkdruk is echt niet normaal meer.", "negative"),
    ("nl", "Alweer overuren en het weekend moeten werken.", "negative"),
    ("nl", "Ze zijn structureel onderbezet, burn-out ligt op de loer.", "negative"),
    ("nl", "Slechte begeleiding en een waardeloze planning.", "negative"),
    ("nl", "Nooit iets teruggehoord na mijn sollicitatie, heel slecht.", "negative"),
    ("nl", "De vacature staat op de website.", "neutral"),
    ("en", "Great team culture, I love working here.", "positive"),
    ("en", "Proud of this project, amazing colleagues.", "positive"),
    ("en", "The workload is too much and the overtime never stops.", "negative"),
    ("en", "Terrible management, I was underpaid for years.", "negative"),
    ("en", "Applied three weeks ago and never heard back. Disappointing.", "negative"),
    ("en", "The office is in Utrecht.", "neutral"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_labels(lang, text, expected):
    assert s.label(s.score(text, lang)) == expected


def test_other_languages_and_empty_text_are_unknown():
    assert s.score("Les collègues sont formidables", "fr") is None
    assert s.score("", "nl") is None and s.label(None) is None


def test_export_values_are_kept_and_missing_ones_computed():
    posts = pl.DataFrame(
        {
            "text": ["Geweldige collega's!", "De werkdruk is niet normaal", "Great place", "Salut"],
            "sentiment": ["negative", None, None, None],
            "language": [None, "nl", None, "fr"],
        }
    ).with_columns(pl.col("sentiment").cast(pl.Enum(["positive", "neutral", "negative"])))
    out = s.with_sentiment(posts)
    assert out.get_column("sentiment").cast(pl.String).to_list() == [
        "negative",  # the export says so: kept
        "negative",
        "positive",  # language detected
        None,  # French: unknown, not guessed
    ]
    assert out.get_column("sentiment_source").to_list() == ["export", "computed", "computed", None]
    assert out.schema["sentiment"] == posts.schema["sentiment"]
