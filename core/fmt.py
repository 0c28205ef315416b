"""Numbers and dates formatted the way each language writes them (via Babel's CLDR data).

Dutch writes 5.801 and 2,6%; English 5,801 and 2.6%.
"""

from __future__ import annotations

from datetime import date, datetime

from babel.dates import format_date, format_datetime
from babel.lists import format_list
from babel.numbers import format_decimal, format_percent, get_decimal_symbol, get_group_symbol

LOCALES = {"nl": "nl_NL", "en": "en_GB"}


def number(value: float | int | None, lang: str, digits: int = 0) -> str:
    """A number with the language's separators; an em dash for a missing value."""
    if value is None:
        return "—"
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    return format_decimal(value, format=pattern, locale=LOCALES[lang])


def percent(value: float | None, lang: str, digits: int = 1) -> str:
    """A share (0.026 → 2,6%) with the language's separators."""
    if value is None:
        return "—"
    pattern = "#,##0" + ("." + "0" * digits if digits else "") + "%"
    return format_percent(value, format=pattern, locale=LOCALES[lang])


def day(value: date | datetime | None, lang: str) -> str:
    """A date such as '1 nov 2025' / '1 Nov 2025'."""
    if value is None:
        return "—"
    return format_date(value, format="d MMM y", locale=LOCALES[lang]).replace(".", "")


def moment(value: datetime | None, lang: str) -> str:
    """A date and time such as '1 sep 2026 08:15' (24-hour clock in both languages)."""
    if value is None:
        return "—"
    return format_datetime(value, format="d MMM y HH:mm", locale=LOCALES[lang]).replace(".", "")


def listing(items: list[str], lang: str) -> str:
    """Items as a sentence: 'A, B en C' / 'A, B and C'."""
    return format_list(list(items), locale=LOCALES[lang]) if items else ""


def vega_label_expr(lang: str) -> str:
    """A Vega ``labelExpr`` that rewrites d3's English number labels in the language's style."""
    group = get_group_symbol(LOCALES[lang])
    decimal = get_decimal_symbol(LOCALES[lang])
    return (
        f"replace(replace(replace(datum.label, /,/g, '§'), /\\./g, '{decimal}'), /§/g, '{group}')"
    )


def vega_date_expr(lang: str) -> str:
    """A Vega ``labelExpr`` for time axes with the language's month names (d3's are English):
    '2026' at a new year, 'mrt' at a new month, '9 mrt' for other days."""
    from babel.dates import get_month_names

    names = get_month_names("abbreviated", locale=LOCALES[lang])
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
