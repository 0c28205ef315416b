"""The vacancy checks. Each takes the text (and context) and returns a :class:`Check`.

A check passes, fails, or is not checked (``None``: e.g. the channels were not given), and
carries its evidence: character spans in the text marked ``good`` (what earns the points) or
``bad`` (what costs them), plus values for the message that explains it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from core.vacancy import lexicon as lex
from core.vacancy.readability import B1_THRESHOLD, SHORT_SENTENCE, WORD, measure

FLAGS = re.IGNORECASE | re.UNICODE


@dataclass(frozen=True)
class Evidence:
    """A span of the text that a check found: ``good`` earns points, ``bad`` costs them."""

    start: int
    end: int
    text: str
    kind: str


@dataclass(frozen=True)
class Check:
    """The outcome of one check."""

    passed: bool | None
    evidence: tuple[Evidence, ...] = ()
    details: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Context:
    """What the checks know besides the text: its language and where it will be posted."""

    lang: str
    channels: tuple[str, ...] | None = None


def _spans(pattern: str, text: str, kind: str) -> list[Evidence]:
    return [
        Evidence(m.start(), m.end(), m.group(0), kind)
        for m in re.finditer(pattern, text, FLAGS)
        if m.group(0).strip()
    ]


def _any(patterns: tuple[str, ...] | str, text: str, kind: str) -> list[Evidence]:
    patterns = (patterns,) if isinstance(patterns, str) else patterns
    found = [e for p in patterns for e in _spans(p, text, kind)]
    return sorted({(e.start, e.end): e for e in found}.values(), key=lambda e: e.start)


# --- salary ---------------------------------------------------------------------------------

CURRENCY = r"(?:€|eur(?:o|os)?\b|\$|£|usd\b|gbp\b|chf\b)"
NUMBER = r"\d{1,3}(?:[.,\s]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
AMOUNT = re.compile(
    rf"(?:{CURRENCY}\s?(?P<a>{NUMBER})(?:\s?(?P<ak>k\b))?(?:,-|,–)?|(?P<b>{NUMBER})(?:\s?(?P<bk>k))?\s?{CURRENCY}|"
    rf"(?P<c>{NUMBER})\s?(?P<ck>k)\b(?=\s*(?:-|–|to|tot|per|/|a\s+year|salary|annual|gross|bruto)))",
    FLAGS,
)
SCALE = re.compile(r"(?:salaris)?schaal\s+\d{1,2}\b|\bschaal\s+[A-H]\b|\bgrade\s+\d{1,2}\b", FLAGS)


def _value(number: str, thousands: bool) -> float | None:
    digits = re.sub(r"\s", "", number)
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?", digits):
        last = max(digits.rfind("."), digits.rfind(","))
        decimals = len(digits) - last - 1
        whole = digits if decimals == 3 else digits[:last]
        value = float(re.sub(r"[.,]", "", whole)) + (
            0 if decimals == 3 else float("0." + digits[last + 1 :])
        )
    else:
        value = float(digits.replace(",", "."))
    return value * 1000 if thousands else value


# 'Pay: 18.00 - 22.00 per hour', 'Salaris: 2800 tot 3200 bruto': a figure right after a pay
# word, without a currency sign; it counts when a period or a second figure follows.
BARE = re.compile(
    rf"(?:salaris|salary|pay|loon|uurloon|wage|compensation|rate)\s*(?:range|schaal|indicatie)?"
    rf"\s*[:=]?\s*(?:van|of|from|between|tussen|de|is)?\s*(?P<d>{NUMBER})(?:\s?(?P<dk>k)\b)?",
    FLAGS,
)


def _bare_amounts(text: str, taken: list[Evidence]) -> list[tuple[Evidence, float, bool]]:
    found = []
    for m in BARE.finditer(text):
        start, end = m.start("d"), m.end("dk") if m.group("dk") else m.end("d")
        if any(e.start <= start < e.end for e in taken):
            continue
        after = text[end : end + 40]
        ranged = re.match(rf"\s*(?:-|–|—|tot|to|and|en)\s*{CURRENCY}?\s?\d", after, FLAGS)
        period = re.search(lex.PERIOD, after, FLAGS)
        value = _value(m.group("d"), bool(m.group("dk")))
        if value and value >= 5 and (ranged or period or m.group("dk")):
            found.append((Evidence(start, end, text[start:end], "good"), value, True))
    return found


def salary_amounts(text: str) -> list[tuple[Evidence, float, bool]]:
    """Money amounts that are pay: (span, value, has a period or salary context)."""
    found = _currency_amounts(text)
    return found + _bare_amounts(text, [e for e, _, _ in found])


def _currency_amounts(text: str) -> list[tuple[Evidence, float, bool]]:
    found = []
    for m in AMOUNT.finditer(text):
        number = m.group("a") or m.group("b") or m.group("c")
        k = bool(m.group("ak") or m.group("bk") or m.group("ck"))
        value = _value(number, k)
        before, after = text[max(0, m.start() - 80) : m.start()], text[m.end() : m.end() + 40]
        near_before, near_after = (
            text[max(0, m.start() - 35) : m.start()],
            text[m.end() : m.end() + 30],
        )
        # 'a $500 signing bonus', 'aanbrengpremie van € 1.000': not pay. Only words attached to
        # the amount count, so '£30,000 a year plus bonus' stays a salary.
        attached_after = rf"^\s*(?:[\w-]+\s+)?(?:{lex.NOT_SALARY})"
        attached_before = rf"(?:{lex.NOT_SALARY})\w*\s+(?:[\w-]+\s+){{0,2}}$"
        if re.search(attached_after, near_after, FLAGS) or re.search(
            attached_before, near_before, FLAGS
        ):
            continue
        if value is None or value < 5:
            continue
        period = bool(re.search(lex.PERIOD, after, FLAGS)) or k
        context = bool(re.search(lex.SALARY_CONTEXT, before + " " + after, FLAGS))
        ranged = bool(
            re.match(rf"\s*(?:-|–|—|tot|to|à|a)\s*{CURRENCY}?\s?\d", text[m.end() :], FLAGS)
        ) or bool(re.search(r"(?:-|–|—|tot|to|à)\s*$", before[-6:], FLAGS))
        plausible = 1_000 <= value <= 1_000_000 and (ranged or value >= 10_000)
        found.append(
            (
                Evidence(m.start(), m.end(), m.group(0), "good"),
                value,
                period or context or plausible,
            )
        )
    return found


def salary(text: str, _ctx: Context) -> Check:
    amounts = [(e, v) for e, v, ok in salary_amounts(text) if ok]
    scales = [
        e
        for e in _spans(SCALE.pattern, text, "good")
        if re.search(lex.SALARY_CONTEXT, text[max(0, e.start - 60) : e.end + 40], FLAGS)
    ]
    vague = _any(lex.VAGUE_SALARY, text, "bad")
    good = [e for e, _ in amounts] + scales
    return Check(
        bool(good),
        tuple(good + vague),
        {"amounts": [e.text for e in good], "vague": [e.text for e in vague]},
    )


# --- the other checks ----------------------------------------------------------------------


def benefits(text: str, _ctx: Context) -> Check:
    found = _any(lex.BENEFITS, text, "good")
    distinct = sorted({e.text.lower() for e in found})
    vague = _any(lex.VAGUE_BENEFITS, text, "bad")
    return Check(
        len(distinct) >= 2,
        tuple(found + vague),
        {"benefits": distinct, "vague": [e.text for e in vague]},
    )


def career(text: str, _ctx: Context) -> Check:
    found = _any(lex.CAREER, text, "good")
    vague = _any(lex.VAGUE_CAREER, text, "bad")
    return Check(
        bool(found),
        tuple(found + vague),
        {"steps": [e.text for e in found], "vague": [e.text for e in vague]},
    )


def apply(text: str, _ctx: Context) -> Check:
    calls = _any(lex.APPLY, text, "good")
    routes = _any(lex.ROUTE, text, "good")
    return Check(
        bool(calls) and bool(routes),
        tuple(calls + routes),
        {"calls": [e.text for e in calls], "routes": [e.text for e in routes]},
    )


CUE_WORDS = (
    "Bel|Mail|Mailen|Vragen|Neem|Contact|Call|Email|Ask|Solliciteer|Stuur|Reageer|Questions|"
    "Apply|Send|Wij|We|Je|Jij|Bij|Met|Via|Onze|Our|Your|Meer|More|Informatie|Info|Of|Or|En|And"
)
NAME = (
    rf"(?<![\w@.])(?!(?:{CUE_WORDS})\b)[A-Z][a-zà-ÿ]+"
    r"(?:\s+(?:van|de|der|den|van de|van der|el|ten|ter|le|la|du|von)\s+|\s+)"
    r"[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?"
)
FIRST_NAME_CUE = (
    r"(?i:met|contact op met|bel|mail|naar|contact|ask|call|email|e-mail|reach out to)"
    r"\s+(?P<name>[A-Z][a-zà-ÿ]+)\b"
)


def questions(text: str, _ctx: Context) -> Check:
    contacts = _any((lex.EMAIL, lex.PHONE), text, "good")
    names = []
    for contact in contacts:
        window = text[max(0, contact.start - 160) : contact.end + 80]
        offset = max(0, contact.start - 160)
        for m in list(re.finditer(NAME, window)) + list(
            re.finditer(FIRST_NAME_CUE, window, re.UNICODE)
        ):
            start, end = (
                (m.start("name"), m.end("name"))
                if "name" in m.groupdict()
                else (m.start(), m.end())
            )
            names.append(Evidence(offset + start, offset + end, window[start:end], "good"))
    cue = _any(lex.CONTACT_CUE, text, "good")
    passed = bool(contacts) and bool(names) and bool(cue)
    unique = sorted({(e.start, e.end): e for e in names}.values(), key=lambda e: e.start)
    return Check(
        passed,
        tuple(contacts + unique[:2]),
        {"contacts": [e.text for e in contacts], "names": [e.text for e in unique[:2]]},
    )


def channel(_text: str, ctx: Context) -> Check:
    if not ctx.channels:
        return Check(None)
    personal = [c for c in ctx.channels if c in lex.PERSONAL_CHANNELS]
    professional = [c for c in ctx.channels if c not in lex.PERSONAL_CHANNELS]
    return Check(bool(professional), (), {"personal": personal, "professional": professional})


def _words(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in WORD.finditer(text)]


def gendered_language(text: str, ctx: Context) -> Check:
    masculine, feminine = [], []
    if ctx.lang == "en":
        m_stems, f_stems = lex.english_stems()
        for start, end, word in _words(text):
            lower = word.lower()
            if any(lower.startswith(s) for s in m_stems):
                masculine.append(Evidence(start, end, word, "bad"))
            elif any(lower.startswith(s) for s in f_stems):
                feminine.append(Evidence(start, end, word, "good"))
        alternatives = {
            e.text: next(
                (
                    alt
                    for stem, alt in lex.ENGLISH_ALTERNATIVES.items()
                    if e.text.lower().startswith(stem)
                ),
                None,
            )
            for e in masculine
        }
    else:
        for start, end, word in _words(text):
            lower = word.lower()
            if lower in lex.DUTCH_MASCULINE or lower.rstrip("e") in lex.DUTCH_MASCULINE:
                masculine.append(Evidence(start, end, word, "bad"))
            elif any(lower.startswith(f) for f in lex.DUTCH_FEMININE):
                feminine.append(Evidence(start, end, word, "good"))
        alternatives = {
            e.text: lex.DUTCH_MASCULINE.get(
                e.text.lower(), lex.DUTCH_MASCULINE.get(e.text.lower().rstrip("e"))
            )
            for e in masculine
        }
    title = text.strip().splitlines()[0] if text.strip() else ""
    neutral_title = ctx.lang == "en" or bool(re.search(lex.NEUTRAL_TITLE, title, FLAGS))
    balanced = len(masculine) <= len(feminine)
    details = {
        "masculine": [e.text for e in masculine],
        "feminine": [e.text for e in feminine],
        "alternatives": {k: v for k, v in alternatives.items() if v},
        "neutral_title": neutral_title,
    }
    return Check(balanced and neutral_title, tuple(masculine + feminine), details)


def length(text: str, _ctx: Context) -> Check:
    words = len(WORD.findall(text))
    return Check(300 <= words <= 700, (), {"words": words})


def readability(text: str, ctx: Context) -> Check:
    found = measure(text, ctx.lang)
    if found.score is None:
        return Check(False, (), {"score": None, "longest": []})
    longest = [(s, n) for s, n in found.longest if n >= 20]
    evidence = []
    for sentence, _ in longest:
        start = text.find(sentence)
        if start >= 0:
            evidence.append(Evidence(start, start + len(sentence), sentence, "bad"))
    per_sentence = found.words / found.sentences
    details = {
        "score": found.score,
        "longest": [s for s, _ in found.longest],
        "words_per_sentence": round(per_sentence, 1),
        # The advice names what pulls the score down: long sentences, or (when they average
        # SHORT_SENTENCE words or fewer already) long words.
        "fix": "readability" if per_sentence > SHORT_SENTENCE else "readability_words",
    }
    return Check(found.score >= B1_THRESHOLD, tuple(evidence), details)


def cliches(text: str, _ctx: Context) -> Check:
    found = _any(lex.CLICHES, text, "bad")
    return Check(not found, tuple(found), {"cliches": sorted({e.text.lower() for e in found})})
