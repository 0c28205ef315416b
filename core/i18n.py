"""Interface text through gettext catalogues, read with Babel.

The source text is English and written where it is used: ``t("Active dataset")``, plurals with
``tn("{n} post", "{n} posts", count)``, and names of enumerated values marked with :func:`N_`
(:mod:`core.vocab`). ``pybabel extract`` collects them into ``core/locale/messages.pot``; each
language has a catalogue ``core/locale/<lang>/LC_MESSAGES/messages.po``:

- ``nl`` Dutch, as written in the Netherlands (interface locale ``nl_NL``);
- ``nl_BE`` only where Flemish differs; everything else falls back to ``nl``;
- ``fr`` French, for Brussels and Wallonia (interface locale ``fr_BE``);
- ``en`` needs no catalogue: it is the source.

A string a catalogue does not translate yet shows its source text, never a key. Numbers and dates
follow the interface locale's region (:mod:`core.fmt`). ``make catalogues`` runs
extract/update/compile; the tests check that the catalogues match the code.
"""

from __future__ import annotations

import io
import logging
import os
import string
from functools import cache
from itertools import pairwise
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po
from babel.support import NullTranslations, Translations

LOCALES: tuple[str, ...] = ("nl_NL", "nl_BE", "fr_BE", "en")
"""Interface locales: a language and the region whose formats it uses."""
LOCALE_NAMES = {
    "nl_NL": "Nederlands (Nederland)",
    "nl_BE": "Nederlands (België)",
    "fr_BE": "Français (Belgique)",
    "en": "English",
}
DEFAULT = "nl_NL"
ALIASES = {"nl": "nl_NL", "fr": "fr_BE", "fr_FR": "fr_BE", "en_GB": "en", "en_US": "en"}
"""Older settings and short codes, mapped onto an interface locale."""
CATALOGUES = {"nl_NL": ("nl",), "nl_BE": ("nl_BE", "nl"), "fr_BE": ("fr",), "en": ()}
"""The catalogues each interface locale reads, most specific first."""
LOCALE_DIR = Path(__file__).parent / "locale"
DOMAIN = "messages"

_log = logging.getLogger(__name__)


def N_(message: str) -> str:
    """Mark ``message`` for extraction without translating it here (``gettext_noop``)."""
    return message


def Nn_(singular: str, plural: str) -> tuple[str, str]:
    """Mark a singular/plural pair for extraction; translate it later with :func:`tn`."""
    return singular, plural


def translate_any(
    message: str | tuple[str, str], lang: str, number: int | None = None, **values: object
) -> str:
    """A message marked with :func:`N_` (translated with :func:`t`) or a pair marked with
    :func:`Nn_` (translated with :func:`tn` for ``number``; plural when it is unknown)."""
    if isinstance(message, tuple):
        return tn(*message, number if number is not None else 2, lang, **values)
    return t(message, lang, **values)


def normalise(code: str | None) -> str | None:
    """The interface locale for ``code`` ('nl' → 'nl_NL'); None when it is not one."""
    code = ALIASES.get(code or "", code)
    return code if code in LOCALES else None


def language(code: str | None) -> str:
    """The language of an interface locale: 'nl', 'fr' or 'en' (for content rules)."""
    return (normalise(code) or DEFAULT).split("_")[0]


def _read(name: str) -> Translations | None:
    """One catalogue: its compiled ``.mo`` when that is newer than the ``.po``; otherwise the
    ``.po`` compiled in memory (a fresh clone before ``make catalogues``)."""
    folder = LOCALE_DIR / name / "LC_MESSAGES"
    po, mo = folder / f"{DOMAIN}.po", folder / f"{DOMAIN}.mo"
    if mo.exists() and (not po.exists() or mo.stat().st_mtime >= po.stat().st_mtime):
        with mo.open("rb") as handle:
            return _untranslated_plurals_out(Translations(handle, domain=DOMAIN))
    if not po.exists():
        return None
    with po.open("rb") as handle:
        catalog = read_po(handle, locale=name)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return _untranslated_plurals_out(Translations(buffer, domain=DOMAIN))


def _untranslated_plurals_out(translations: Translations) -> Translations:
    """Babel compiles an untranslated plural entry as the English source, which would hide the
    fallback catalogue (nl_BE → nl); such entries are taken out again."""
    catalog = translations._catalog  # gettext keeps its table here
    untranslated = [
        key
        for key, text in catalog.items()
        if isinstance(key, tuple) and key[1] == 0 and text == key[0]
    ]
    for msgid, _ in untranslated:
        for form in range(2):
            catalog.pop((msgid, form), None)
    return translations


@cache
def translations(code: str) -> NullTranslations:
    """The translations of an interface locale, each catalogue falling back to the next and the
    last to the source text."""
    chain = [c for c in (_read(name) for name in CATALOGUES.get(code, ())) if c is not None]
    if not chain:
        return NullTranslations()
    for more_specific, fallback in pairwise(chain):
        more_specific.add_fallback(fallback)
    return chain[0]


def _fill(text: str, source: str, values: dict[str, object]) -> str:
    if not values:
        return text
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):
        _log.warning("translation of %r does not fit its placeholders", source)
        return source.format(**values)


def t(message: str, lang: str = DEFAULT, **values: object) -> str:
    """``message`` in the interface locale ``lang``, with ``values`` filled in.

    An unknown locale or an untranslated message never breaks a page: the source text is shown.
    """
    code = normalise(lang)
    if code is None:
        _log.warning("unknown interface language %s", lang)
        return _fill(message, message, values)
    return _fill(translations(code).gettext(message), message, values)


def tn(singular: str, plural: str, number: int, lang: str = DEFAULT, **values: object) -> str:
    """The singular or plural form for ``number``, by the rules of ``lang`` (French says
    '0 message', Dutch and English '0 posts'). ``values`` fill the placeholders."""
    code = normalise(lang)
    source = singular if number == 1 else plural
    if code is None:
        return _fill(source, source, values)
    return _fill(translations(code).ngettext(singular, plural, number), source, values)


def placeholders(text: str) -> set[str]:
    """The ``{name}`` placeholders used in a text."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


KEYWORDS = {"t": None, "tr": None, "tn": (1, 2), "N_": None, "Nn_": (1, 2)}
"""What ``pybabel extract`` looks for: ``t(message)``, ``tn(singular, plural, n)``, the markers."""
CATALOGUE_NAMES = ("nl", "nl_BE", "fr")


def pybabel(*command: str) -> None:
    """Run Babel's own command line (``pybabel``) with this project's settings.

    ``extract`` writes ``messages.pot`` from the code, ``update`` merges it into every catalogue,
    ``compile`` writes the ``.mo`` files the app reads. ``python -m core.i18n`` runs all three.
    """
    root = LOCALE_DIR.parent.parent
    pot = str((LOCALE_DIR / f"{DOMAIN}.pot").relative_to(root))
    locale_dir = str(LOCALE_DIR.relative_to(root))
    here = Path.cwd()
    os.chdir(root)  # locations in the catalogues relative to the project
    try:
        for step in command:
            _pybabel_step(step, pot, locale_dir)
    finally:
        os.chdir(here)


def _pybabel_step(step: str, pot: str, locale_dir: str) -> None:
    from babel.messages.frontend import CommandLineInterface

    if step == "extract":
        keywords = [
            f"-k{name}" + (":" + ",".join(map(str, spec)) if spec else "")
            for name, spec in KEYWORDS.items()
        ]
        args = ["extract", "-F", "babel.cfg", "--no-default-keywords", *keywords]
        args += ["--sort-by-file", "--omit-header", "--width", "100", "-o", pot, "."]
    elif step == "update":
        args = ["update", "-i", pot, "-d", locale_dir, "--ignore-obsolete", "-w", "100"]
    elif step == "compile":
        args = ["compile", "-d", locale_dir, "--statistics"]
    else:
        raise ValueError(f"unknown step {step!r}: extract, update or compile")
    CommandLineInterface().run(["pybabel", "-q", *args])
    if step == "extract":
        _brace_format_only(Path(pot))
    elif step == "update":
        for name in CATALOGUE_NAMES:
            _brace_format_only(Path(locale_dir) / name / "LC_MESSAGES" / f"{DOMAIN}.po", name)


def _brace_format_only(path: Path, locale: str | None = None) -> None:
    """Drop Babel's 'python-format' guess: the text uses ``{name}`` placeholders, and a
    literal '73% right' is not a '%r' placeholder."""
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=locale)
    for message in catalog:
        message.flags.discard("python-format")
    with path.open("wb") as handle:
        write_po(handle, catalog, width=100, omit_header=locale is None, sort_by_file=True)


def main(argv: list[str] | None = None) -> int:
    """``python -m core.i18n [extract] [update] [compile]`` (all three when none is named)."""
    import sys

    pybabel(*((sys.argv[1:] if argv is None else argv) or ["extract", "update", "compile"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
