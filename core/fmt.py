"""Numbers and dates formatted the way each interface locale writes them (Babel's CLDR data).

Dutch writes 5.801 and 2,6%; Belgian French 5 801 and 2,6 %; English 5,801 and 2.6%. Day and
month names come from CLDR too, never typed by hand. ``lang`` is an interface locale
(:data:`core.i18n.LOCALES`) or a short code ('nl', 'fr', 'en').
"""

from __future__ import annotations

import re
from datetime import date, datetime

from babel import Locale
from babel.dates import format_date, format_datetime, get_day_names, get_month_names
from babel.lists import format_list
from babel.numbers import format_decimal, format_percent, get_decimal_symbol, get_group_symbol

from core.i18n import t

LOCALES = {"nl": "nl_NL", "nl_NL": "nl_NL", "nl_BE": "nl_BE", "fr": "fr_BE", "fr_BE": "fr_BE"}
"""Babel locale per interface locale; English (and anything unknown) writes as in Britain."""


def locale(lang: str) -> str:
    """The Babel locale that formats for ``lang``."""
    return LOCALES.get(lang, "en_GB")


def number(value: float | int | None, lang: str, digits: int = 0) -> str:
    """A number with the language's separators; an em dash for a missing value."""
    if value is None:
        return "—"
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    return format_decimal(value, format=pattern, locale=locale(lang))


def percent(value: float | None, lang: str, digits: int = 1) -> str:
    """A share (0.026 → 2,6%) with the language's separators."""
    if value is None:
        return "—"
    # The locale's own pattern ('#,##0%' in Dutch, '#,##0 %' in French) with fixed decimals.
    pattern = Locale.parse(locale(lang)).percent_formats[None].pattern.split(";")[0]
    pattern = re.sub(r"0(?=[^0]*$)", "0" + ("." + "0" * digits if digits else ""), pattern, count=1)
    return format_percent(value, format=pattern, locale=locale(lang))


def signed(value: float, lang: str, digits: int = 0, minus: str = "−") -> str:
    """A change with its sign: '+2', '−0,5' (no minus sign for what rounds to 0)."""
    sign = "+" if round(value, digits) >= 0 else minus
    return sign + number(abs(value), lang, digits)


def signed_percent(value: float, lang: str, digits: int = 0, minus: str = "−") -> str:
    """A relative change with its sign, as the language writes percentages: '+2%', '+2 %'."""
    sign = "+" if round(value * 100, digits) >= 0 else minus
    return sign + percent(abs(value), lang, digits)


def points(value: float, lang: str, digits: int = 0, minus: str = "−") -> str:
    """A change in percentage points ('+1,5 pp', '+1,5 pt'), ``value`` as a share (0.015)."""
    return t("{value} pp", lang, value=signed(value * 100, lang, digits, minus))


def day(value: date | datetime | None, lang: str) -> str:
    """A date such as '1 nov 2025' / '1 Nov 2025'."""
    if value is None:
        return "—"
    return format_date(value, format="d MMM y", locale=locale(lang)).replace(".", "")


def moment(value: datetime | None, lang: str) -> str:
    """A date and time such as '1 sep 2026 08:15' (24-hour clock in both languages)."""
    if value is None:
        return "—"
    return format_datetime(value, format="d MMM y HH:mm", locale=locale(lang)).replace(".", "")


def listing(items: list[str], lang: str) -> str:
    """Items as a sentence: 'A, B en C' / 'A, B and C'."""
    return format_list(list(items), locale=locale(lang)) if items else ""


def weekday(day: int, lang: str, width: str = "wide") -> str:
    """The name of a weekday (1 = Monday … 7 = Sunday): 'dinsdag', 'mardi', 'Tuesday'; with
    ``width="abbreviated"`` 'di', 'mar.', 'Tue'."""
    return get_day_names(width, locale=locale(lang))[day - 1]


def vega_label_expr(lang: str) -> str:
    """A Vega ``labelExpr`` that rewrites d3's English number labels in the language's style:
    separators, and the space French puts before a percent sign (5,0 %)."""
    group = get_group_symbol(locale(lang))
    decimal = get_decimal_symbol(locale(lang))
    swapped = f"replace(datum.label, /,/g, '§'), /\\./g, '{decimal}'"
    expr = f"replace(replace({swapped}), /§/g, '{group}')"
    if percent(0.5, lang, 0).endswith("\u00a0%"):
        expr = f"replace({expr}, /%/g, '\u00a0%')"
    return expr


def vega_date_expr(lang: str) -> str:
    """A Vega ``labelExpr`` for time axes with the language's month names (d3's are English):
    '2026' at a new year, 'mrt' at a new month, '9 mrt' for other days."""
    names = get_month_names("abbreviated", locale=locale(lang))
    months = "[" + ",".join(f"'{names[m].rstrip('.')}'" for m in range(1, 13)) + "]"
    name = f"{months}[month(datum.value)]"
    return (
        f"date(datum.value) == 1 ? (month(datum.value) == 0 ? timeFormat(datum.value, '%Y') : "
        f"{name}) : date(datum.value) + ' ' + {name}"
    )


def duration(seconds: float, lang: str) -> str:
    """A time left, rounded as a person says it: '45 s', '3 min', '1 h 20 min'."""
    seconds = max(0.0, float(seconds))
    if seconds < 90:
        return f"{number(round(seconds), lang)} s"
    minutes = round(seconds / 60)
    if minutes < 60:
        return f"{number(minutes, lang)} min"
    return f"{minutes // 60} h {minutes % 60} min"


_MARKUP = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$&:=])")


def plain(value: object, one_line: bool = False) -> str:
    """A value from a file or a user, to show inside anything that renders Markdown (Streamlit's
    markdown, captions, messages, labels): every character Markdown or HTML could act on is
    escaped, so it shows as itself — no image or link is made (no request to another host), no
    HTML, no bold. ``one_line`` turns line breaks into spaces (inside a quote or a table)."""
    text = "" if value is None else str(value)
    if one_line:
        text = " ".join(text.split())
    return _MARKUP.sub(r"\\\1", text)
