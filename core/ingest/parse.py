"""Turning text cells into numbers and times, the way Dutch and English exports write them.

Everything here builds polars expressions: the formats are chosen once from a sample of the
column, then applied to the whole column in one vectorised pass.
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

NULL_TOKENS = ("", "-", "–", "—", "n/a", "na", "nan", "null", "none", "#n/a", "n.v.t.", "nvt")

# --- numbers ----------------------------------------------------------------------------------

_DUTCH = r"^-?\d{1,3}(\.\d{3})+(,\d+)?$|^-?\d+,\d+$"
_ENGLISH = r"^-?\d{1,3}(,\d{3})+(\.\d+)?$|^-?\d+\.\d{1,2}$|^-?\d+\.\d{4,}$"


def _clean_number_text(expr: pl.Expr) -> pl.Expr:
    return expr.str.strip_chars().str.replace_all(r"[\s\u00a0\"'€$£%+]", "")


def number_convention(sample: pl.Series) -> str:
    """``comma`` when the column writes 1.234,5 (Dutch), else ``dot`` (1,234.5).

    A lone ``1.234`` is read as Dutch thousands: it only comes from counts in Dutch exports.
    """
    text = _clean_number_text(pl.lit(sample.drop_nulls().cast(pl.String)))
    text = text.str.to_lowercase().str.strip_chars_end("km")
    flags = pl.select(
        text.str.contains(_DUTCH).any().alias("dutch"),
        text.str.contains(_ENGLISH).any().alias("english"),
    ).row(0, named=True)
    if flags["english"] and not flags["dutch"]:
        return "dot"
    return "comma" if flags["dutch"] else "dot"


def to_number(expr: pl.Expr, convention: str) -> pl.Expr:
    """Parse text to Float64; ``1,2K`` and ``3.4M`` suffixes are understood; junk becomes null."""
    text = _clean_number_text(expr).str.to_lowercase()
    multiplier = (
        pl.when(text.str.ends_with("k"))
        .then(pl.lit(1_000.0))
        .when(text.str.ends_with("m"))
        .then(pl.lit(1_000_000.0))
        .otherwise(pl.lit(1.0))
    )
    digits = text.str.strip_chars_end("km")
    if convention == "comma":
        digits = digits.str.replace_all(r"\.", "").str.replace(",", ".", literal=True)
    else:
        digits = digits.str.replace_all(",", "", literal=True)
    return digits.cast(pl.Float64, strict=False) * multiplier


def is_null_token(expr: pl.Expr) -> pl.Expr:
    """True where a cell is empty or one of the usual 'no value' spellings."""
    return expr.is_null() | expr.str.strip_chars().str.to_lowercase().is_in(NULL_TOKENS)


# --- dates ------------------------------------------------------------------------------------

MONTHS = {
    "januari": 1, "january": 1, "jan": 1, "februari": 2, "february": 2, "feb": 2,
    "maart": 3, "march": 3, "mrt": 3, "mar": 3, "april": 4, "apr": 4, "mei": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6, "juli": 7, "july": 7, "jul": 7, "augustus": 8,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "oktober": 10, "october": 10,
    "okt": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_WEEKDAY = (
    r"^(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|ma|di|wo|do|vr|za|zo|mon|tue|wed|thu|fri|sat|sun)\.?,?\s+"
)

AWARE_FORMATS = (
    "%Y-%m-%dT%H:%M:%S%.f%z",
    "%Y-%m-%d %H:%M:%S%.f%z",
    "%Y-%m-%dT%H:%M%z",
    "%Y-%m-%d %H:%M %z",
    "%Y-%m-%d %H:%M%z",
    "%a %b %d %H:%M:%S %z %Y",
)
ISO_FORMATS = (
    "%Y-%m-%dT%H:%M:%S%.f",
    "%Y-%m-%d %H:%M:%S%.f",
    "%Y-%m-%dT%H:%M",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d",
    "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d %H:%M",
    "%Y/%m/%d",
)
_TIMES = (" %H:%M:%S", " %H:%M", " %I:%M %p", " %I:%M:%S %p", "")
DAY_FIRST = tuple(
    f"%d{sep}%m{sep}%Y{time}" for sep in ("-", "/", ".", " ") for time in _TIMES
) + tuple(f"%d{sep}%m{sep}%y{time}" for sep in ("-", "/") for time in _TIMES)
MONTH_FIRST = tuple(f"%m{sep}%d{sep}%Y{time}" for sep in ("/", "-") for time in _TIMES) + tuple(
    f"%m %d, %Y{time}" for time in _TIMES
)


_MONTH_NAMES = sorted(MONTHS, key=len, reverse=True)
_MONTH_PATTERN = r"\b(" + "|".join(_MONTH_NAMES) + r")\b\.?"


def _normalise_date_text(expr: pl.Expr) -> pl.Expr:
    """Lower-case, drop weekday names and 'om'/'at', write month names as numbers.

    '3 maart 2026 om 14.05' becomes '3 03 2026 14:05'; 'Mar 3, 2026' becomes '03 3, 2026'.
    """
    text = (
        expr.str.strip_chars()
        .str.to_lowercase()
        .str.replace(_WEEKDAY, "")
        .str.replace_all(r",?\s+(om|at|u\.?)\s+", " ")
        .str.replace_all(r"(\d)u(\d)", "$1:$2")
        .str.replace_all(r"(\s\d{1,2})\.(\d\d)$", "$1:$2")
        .str.replace_all(r"(\d{4}),", "$1")
    )
    marked = text.str.replace_all(_MONTH_PATTERN, "§$1§")
    return marked.str.replace_many(
        [f"§{name}§" for name in _MONTH_NAMES], [f"{MONTHS[name]:02d}" for name in _MONTH_NAMES]
    )


YEARS = (1990, 2100)
"""Parsed times outside these years are treated as unreadable (e.g. '14-10-25' is not year 14)."""


def _plausible(parsed: pl.Expr) -> pl.Expr:
    return pl.when(parsed.dt.year().is_between(*YEARS)).then(parsed)


def _aware(expr: pl.Expr, fmt: str) -> pl.Expr:
    text = expr.str.strip_chars().str.replace(r"(?i)z$", "+00:00")
    return _plausible(text.str.strptime(pl.Datetime("us", "UTC"), fmt, strict=False))


def _naive(expr: pl.Expr, fmt: str) -> pl.Expr:
    return _plausible(expr.str.strptime(pl.Datetime("us"), fmt, strict=False))


@dataclass(frozen=True)
class DatePlan:
    """How a date column will be read: the formats that matched its sample, in order.

    Attributes:
        aware: Formats with a UTC offset.
        naive: Formats without one; read in the chosen time zone.
        epoch: ``s`` or ``ms`` when the column holds Unix timestamps, else None.
        excel_serial: True when the column holds Excel day numbers.
        day_first: Whether ambiguous dates such as 03/04/2026 were read as day-month.
        ambiguous: True when the sample could not tell day-month from month-day.
    """

    aware: tuple[str, ...]
    naive: tuple[str, ...]
    epoch: str | None
    excel_serial: bool
    day_first: bool
    ambiguous: bool

    @property
    def empty(self) -> bool:
        return not (self.aware or self.naive or self.epoch or self.excel_serial)


def _hits(sample: pl.Series, build, formats: tuple[str, ...]) -> list[tuple[str, int]]:
    frame = pl.DataFrame({"v": sample})
    counts = frame.select(
        [build(pl.col("v"), fmt).is_not_null().sum().alias(str(i)) for i, fmt in enumerate(formats)]
    ).row(0)
    return [(fmt, n) for fmt, n in zip(formats, counts, strict=True) if n]


def plan_dates(sample: pl.Series, prefer_day_first: bool = True) -> DatePlan:
    """Choose the formats that read a sample of a date column."""
    values = sample.drop_nulls().cast(pl.String).str.strip_chars()
    values = values.filter(values != "")
    digits = values.str.contains(r"^\d+(\.\d+)?$")
    if len(values) and digits.all():
        numbers = values.cast(pl.Float64)
        if numbers.min() > 1e11:
            return DatePlan((), (), "ms", False, True, False)
        if numbers.min() > 1e8:
            return DatePlan((), (), "s", False, True, False)
        if numbers.min() > 20000 and numbers.max() < 80000:
            return DatePlan((), (), None, True, True, False)
    aware = tuple(f for f, _ in _hits(values, _aware, AWARE_FORMATS))
    iso = tuple(f for f, _ in _hits(values, _naive, ISO_FORMATS))
    normal = pl.select(_normalise_date_text(pl.lit(values))).to_series()
    day = _hits(normal, _naive, DAY_FIRST)
    month = _hits(normal, _naive, MONTH_FIRST)
    day_n, month_n = sum(n for _, n in day), sum(n for _, n in month)
    day_first = prefer_day_first if day_n == month_n else day_n > month_n
    first, second = (day, month) if day_first else (month, day)
    naive = iso + tuple(f for f, _ in first) + tuple(f for f, _ in second)
    ambiguous = bool(day and month) and day_n == month_n
    return DatePlan(aware, naive, None, False, day_first, ambiguous)


def to_utc(expr: pl.Expr, plan: DatePlan, tz: str) -> pl.Expr:
    """A Datetime(us, UTC) expression for a text column, following ``plan``.

    Naive times are read in ``tz``; a time in the hour skipped by daylight saving moves on by
    an hour, and a time in the repeated hour takes its first occurrence.
    """
    utc = pl.Datetime("us", "UTC")
    text = expr.cast(pl.String)
    if plan.epoch:
        return pl.from_epoch(
            text.cast(pl.Int64, strict=False), time_unit=plan.epoch
        ).dt.replace_time_zone("UTC")
    if plan.excel_serial:
        days = text.cast(pl.Float64, strict=False)
        local = pl.datetime(1899, 12, 30) + pl.duration(
            microseconds=(days * 86_400e6).round().cast(pl.Int64)
        )
        return _localise(local, tz)
    parts = [_aware(text, fmt) for fmt in plan.aware]
    if plan.naive:
        normal = _normalise_date_text(text)
        iso = [f for f in plan.naive if f in ISO_FORMATS]
        rest = [f for f in plan.naive if f not in ISO_FORMATS]
        naive = pl.coalesce(
            [_naive(text.str.strip_chars(), f) for f in iso] + [_naive(normal, f) for f in rest]
        )
        parts.append(_localise(naive, tz))
    if not parts:
        return pl.lit(None, dtype=utc)
    return pl.coalesce(parts).cast(utc)


def _localise(naive: pl.Expr, tz: str) -> pl.Expr:
    def zone(e: pl.Expr) -> pl.Expr:
        return e.dt.replace_time_zone(
            tz, ambiguous="earliest", non_existent="null"
        ).dt.convert_time_zone("UTC")

    return zone(naive).fill_null(zone(naive + pl.duration(hours=1)))
