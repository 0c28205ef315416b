"""Every page in every interface language shows no text of another language.

Each page is rendered with AppTest on the demo in nl_NL, nl_BE, fr_BE and en. Everything the
page shows — titles, text, captions, labels, options, placeholders, help, tab names, table
headers and chart specs — is collected from the element tree and searched for the interface
sentences of the other languages and for Streamlit's own English widget strings.
"""

from __future__ import annotations

import re
from functools import cache

import pytest
from babel.messages.pofile import read_po
from google.protobuf.message import Message

from app import state
from app.navigation import PAGES
from core import vocab
from core.i18n import DOMAIN, LOCALE_DIR, LOCALES, t, tn
from tests.app.conftest import open_page

STREAMLIT_DEFAULTS = ("Choose options", "Choose an option", "No options to select", "No results")
"""Streamlit's own widget text, which its parameters can replace (placeholders)."""
TABS = {
    "themes": (state.THEMES_TAB, 4),
    "listening": (state.LISTEN_TAB, 4),
    "ambassadors": (state.AMB_TAB, 3),
    "vacancy": (state.VACANCY_TAB, 2),
}
"""Pages with tabs: each tab is opened in turn (only the open one is computed)."""


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOPWORDS = {
    "en": words(
        "the and of is are when with not only from this that which all for by there they you "
        "your can cannot were was has have been missing empty"
    ),
    "nl": words(
        "de het een en van zijn niet met voor op aan dat die wat worden wordt geen nog ook maar "
        "als bij naar uit deze"
    ),
    "fr": words(
        "le la les des et du est sont pas avec pour sur que qui une dans ce cette aux vous nous ou"
    ),
}
"""Function words of each interface language: a sentence full of another language's is text
that was never translated (formulas in core, error strings, format names)."""


def _fragments(text: str) -> list[str]:
    """The literal stretches of a message long enough to be recognisable (no placeholders,
    no markdown marks)."""
    parts = re.split(r"\{[^}]*\}|\*\*|[«»‘’“”'\"()]", text)
    return [p.strip(" .,:;—–-") for p in parts if len(p.strip()) >= 18 and " " in p.strip()]


@cache
def sources() -> list[str | tuple[str, str]]:
    with (LOCALE_DIR / f"{DOMAIN}.pot").open("rb") as handle:
        return [m.id for m in read_po(handle) if m.id]


def render(message: str | tuple[str, str], lang: str) -> list[str]:
    if isinstance(message, tuple):
        return [tn(*message, n, lang) for n in (1, 2)]
    return [t(message, lang)]


@cache
def foreign(lang: str) -> tuple[str, ...]:
    """Fragments of other languages' texts that this language never shows."""
    own = {text for message in sources() for text in render(message, lang)}
    own_fragments = {f for text in own for f in _fragments(text)}
    other = {
        fragment
        for code in LOCALES
        if code != lang
        for message in sources()
        for text in render(message, code)
        if text not in own
        for fragment in _fragments(text)
    }
    return tuple(sorted(other - own_fragments))


def shown_text(at) -> str:
    """Every string field of every element proto on the page."""
    found: list[str] = []

    def walk(proto: Message) -> None:
        for field, value in proto.ListFields():
            items = [value] if isinstance(value, str | Message) else value
            if field.type == field.TYPE_STRING:
                found.extend(items)
            elif field.type == field.TYPE_MESSAGE:
                for item in items:
                    walk(item)

    def visit(node) -> None:
        proto = getattr(node, "proto", None)
        if isinstance(proto, Message):
            walk(proto)
        for child in getattr(node, "children", {}).values():
            visit(child)

    visit(at._tree)
    for frame in at.dataframe:
        found.extend(map(str, frame.value.columns))
    return "\n".join(found)


def quoted(sentence: str, data: str) -> bool:
    """Whether a sentence quotes the data: some 30 characters of it appear in a post."""
    return any(sentence[i : i + 30] in data for i in range(0, max(1, len(sentence) - 29), 5))


def untranslated(text: str, lang: str, data: str) -> list[str]:
    """Sentences written in another language than ``lang``'s, leaving out the data (posts,
    names) the page quotes."""
    mine = STOPWORDS[lang.split("_")[0]]
    found = []
    for sentence in set(re.split(r"\n|(?<=[.!?;:])\s+", text)):
        words = re.findall(r"[a-zà-ÿ']+", sentence.lower())
        for other, stop in STOPWORDS.items():
            hits = {w for w in words if w in stop and w not in mine}
            if (
                other != lang.split("_")[0]
                and len(hits) >= 3
                and len(hits) > len({w for w in words if w in mine})
                and not quoted(sentence, data)
            ):
                found.append(sentence.strip())
    return found


def leaks(at, lang: str, data: str) -> list[str]:
    text = shown_text(at)
    found = [fragment for fragment in foreign(lang) if fragment in text]
    found += [default for default in STREAMLIT_DEFAULTS if default in text]
    return found + untranslated(text, lang, data)


@pytest.mark.parametrize("lang", LOCALES)
@pytest.mark.parametrize("spec", PAGES, ids=lambda s: s.key)
@pytest.mark.usefixtures("data_dir")
def test_every_page_speaks_one_language(demo_posts, spec, lang):
    data = "\n".join(demo_posts.get_column("text").drop_nulls().unique().to_list())
    at = open_page(spec.script, lang)
    assert at.title[0].value == t(vocab.NAV[spec.key], lang)
    assert leaks(at, lang, data) == [], f"{spec.key} in {lang} shows another language"
    key, count = TABS.get(spec.key, (None, 1))
    for tab in range(1, count):  # the other tabs, each opened as a click would
        at.session_state[key] = ""
        at.session_state[f"{key}.at"] = tab
        at.run()
        assert at.session_state[f"{key}.at"] == tab
        assert not at.exception and not at.error, (tab, [e.value for e in at.error])
        assert leaks(at, lang, data) == [], f"{spec.key} tab {tab} in {lang}"


def test_the_check_finds_a_leak():
    """The check itself: an English sentence on a Dutch page is found, whether the catalogue
    knows it or not; quoted data is not a leak."""
    english = "Posts by the chosen accounts; empty cells: no posts then."
    assert any(fragment in english for fragment in foreign("nl_NL"))
    assert not any(fragment in t(english, "nl_NL") for fragment in foreign("nl_NL"))
    formula = "Clicks and video views are kept apart because not every platform reports them."
    assert untranslated(formula, "fr_BE", data="") == [formula]
    assert untranslated(formula, "fr_BE", data=formula) == []
    assert untranslated(t(english, "fr_BE"), "fr_BE", data="") == []
