"""Turning text cells into numbers and times, the way Dutch and English exports write them.

Everything here builds polars expressions: the formats are chosen once from a sample of the
column, then applied to the whole column in one vectorised pass.
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

NULL_TOKENS = ("", "-", "–", "—", "n/a", "na", "nan", "null", "none", "#n/a", "n.v.t.", "nvt")

# --- numbers ----------------------------------------------------------------------------------

# Values that only one convention can write, and the ambiguous '1,234' / '1.234'.
_DUTCH = r"^-?\d{1,3}(\.\d{3})+,\d+$|^-?\d+,(\d{1,2}|\d{4,})$|^-?\d{1,3}(\.\d{3}){2,}$"
_ENGLISH = r"^-?\d{1,3}(,\d{3})+\.\d+$|^-?\d+\.(\d{1,2}|\d{4,})$|^-?\d{1,3}(,\d{3}){2,}$"
_COMMA_THOUSANDS = r"^-?\d{1,3},\d{3}$"
_DOT_THOUSANDS = r"^-?\d{1,3}\.\d{3}$"


def _clean_number_text(expr: pl.Expr) -> pl.Expr:
    return expr.str.strip_chars().str.replace_all(r"[\s\u00a0\"'€$£%+]", "")


def number_convention(sample: pl.Series) -> str:
    """``comma`` when the column writes 1.234,5 (Dutch), else ``dot`` (1,234.5).

    Values only one convention writes decide. Otherwise an ambiguous ``1,234`` or ``1.234`` is
    read as thousands, in the convention that writes thousands that way: counts in exports are
    whole numbers far more often than they have three decimals.
    """
    text = _clean_number_text(pl.lit(sample.drop_nulls().cast(pl.String)))
    text = text.str.to_lowercase().str.strip_chars_end("km")
    flags = pl.select(
        text.str.contains(_DUTCH).sum().alias("dutch"),
        text.str.contains(_ENGLISH).sum().alias("english"),
        text.str.contains(_COMMA_THOUSANDS).sum().alias("comma_thousands"),
        text.str.contains(_DOT_THOUSANDS).sum().alias("dot_thousands"),
    ).row(0, named=True)
    if flags["dutch"] != flags["english"]:
        return "comma" if flags["dutch"] > flags["english"] else "dot"
    return "comma" if flags["dot_thousands"] > flags["comma_thousands"] else "dot"


def number_style(sample: pl.Series) -> tuple[str, bool]:
    """The convention of a number column and whether it needs cleaning (currency, spaces, K/M).

    Plain columns skip the regular-expression cleaning, which is most of the cost on a million
    rows; a value outside the sample that needs it is reported as not a number, never guessed.
    """
    text = sample.drop_nulls().cast(pl.String)
    messy = bool(text.str.contains(r"[^0-9.,\-]").any())  # spaces, currency, K/M, ...
    return number_convention(sample), messy


def _separators(digits: pl.Expr, convention: str) -> pl.Expr:
    if convention == "comma":
        return digits.str.replace_all(".", "", literal=True).str.replace(",", ".", literal=True)
    return digits.str.replace_all(",", "", literal=True)


def to_number(expr: pl.Expr, convention: str, messy: bool = True) -> pl.Expr:
    """Parse text to Float64; ``1,2K`` and ``3.4M`` suffixes are understood; junk becomes null."""
    if not messy:
        return _separators(expr, convention).cast(pl.Float64, strict=False)
    text = _clean_number_text(expr).str.to_lowercase()
    multiplier = (
        pl.when(text.str.ends_with("k"))
        .then(pl.lit(1_000.0))
        .when(text.str.ends_with("m"))
        .then(pl.lit(1_000_000.0))
        .otherwise(pl.lit(1.0))
    )
    digits = _separators(text.str.strip_chars_end("km"), convention)
    return digits.cast(pl.Float64, strict=False) * multiplier


_NULL_SPELLINGS = tuple({v for token in NULL_TOKENS for v in (token, token.upper(), token.title())})


def is_null_token(expr: pl.Expr) -> pl.Expr:
    """True where a cell is empty or one of the usual 'no value' spellings (any case)."""
    return expr.is_null() | expr.str.strip_chars().is_in(_NULL_SPELLINGS)


# --- dates ------------------------------------------------------------------------------------

MONTHS = {
    "januari": 1, "january": 1, "jan": 1, "februari": 2, "february": 2, "feb": 2,
    "maart": 3, "march": 3, "mrt": 3, "mar": 3, "april": 4, "apr": 4, "mei": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6, "juli": 7, "july": 7, "jul": 7, "augustus": 8,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "oktober": 10, "october": 10,
    "okt": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    # German (kununu) and French (Wallonia, Brussels)
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3,
    "dezember": 12, "dez": 12, "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2,
    "mars": 3, "avril": 4, "avr": 4, "juin": 6, "juillet": 7, "juil": 7, "août": 8,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
    "déc": 12,
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
    "%Y/%m/%d %H:%M:%S%z",
    "%Y/%m/%d %H:%M%z",
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
_TIMES = (" %H:%M:%S", " %H:%M", " %I:%M %p", " %I:%M:%S %p", " %I:%M%p", "")
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
    numbered = marked.str.replace_many(
        [f"§{name}§" for name in _MONTH_NAMES], [f"{MONTHS[name]:02d}" for name in _MONTH_NAMES]
    )
    # A month and a year ('Oktober 2025', as kununu dates reviews): the first of that month.
    return numbered.str.replace(r"^(\d{2}) (\d{4})$", "01 $1 $2")


YEARS = (1990, 2100)
"""Parsed times outside these years are treated as unreadable (e.g. '14-10-25' is not year 14)."""


def _plausible(parsed: pl.Expr) -> pl.Expr:
    return pl.when(parsed.dt.year().is_between(*YEARS)).then(parsed)


def _aware(expr: pl.Expr, fmt: str) -> pl.Expr:
    # 'Z', ' UTC' and ' GMT' at the end say UTC as plainly as '+00:00' ("2017/06/08 08:15:44 UTC")
    text = expr.str.strip_chars().str.replace(r"(?i)(\d)(?:\s*(?:utc|gmt)|z)$", "${1}+00:00")
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
        words: True when dates contain letters (month or weekday names) and need rewriting
            before parsing; numeric dates skip that (costly) step.
    """

    aware: tuple[str, ...]
    naive: tuple[str, ...]
    epoch: str | None
    excel_serial: bool
    day_first: bool
    ambiguous: bool
    words: bool = False

    @property
    def empty(self) -> bool:
        return not (self.aware or self.naive or self.epoch or self.excel_serial)


def _parsed(sample: pl.Series, build, formats: tuple[str, ...]) -> list[tuple[str, pl.Series]]:
    """Per format that reads at least one value: which sample values it reads."""
    frame = pl.DataFrame({"v": sample})
    masks = frame.select(
        [build(pl.col("v"), fmt).is_not_null().alias(str(i)) for i, fmt in enumerate(formats)]
    )
    return [(fmt, masks[str(i)]) for i, fmt in enumerate(formats) if masks[str(i)].any()]


def _needed(candidates: list[tuple[str, pl.Series]], height: int) -> tuple[str, ...]:
    """The formats, in priority order, that together read what all of them read.

    Parsing a million dates costs a pass per format, so a format that reads nothing new in the
    sample is left out; a column that mixes formats still gets all the ones it uses.
    """
    covered = pl.Series([False] * height)
    chosen = []
    for fmt, mask in candidates:
        if (mask & ~covered).any():
            chosen.append(fmt)
            covered = covered | mask
    return tuple(chosen)


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
    words = bool(values.str.contains(r"[A-Za-z]").any())
    aware = _parsed(values, _aware, AWARE_FORMATS)
    iso = _parsed(values, _naive, ISO_FORMATS)
    normal = pl.select(_normalise_date_text(pl.lit(values))).to_series() if words else values
    day = _parsed(normal, _naive, DAY_FIRST)
    month = _parsed(normal, _naive, MONTH_FIRST)
    day_n = int(sum(m.sum() for _, m in day))
    month_n = int(sum(m.sum() for _, m in month))
    day_first = prefer_day_first if day_n == month_n else day_n > month_n
    first, second = (day, month) if day_first else (month, day)
    chosen = _needed([*aware, *iso, *first, *second], len(values))
    ambiguous = bool(day and month) and day_n == month_n
    return DatePlan(
        tuple(f for f in chosen if f in AWARE_FORMATS),
        tuple(f for f in chosen if f not in AWARE_FORMATS),
        None,
        False,
        day_first,
        ambiguous,
        words,
    )


def aware_utc(expr: pl.Expr, plan: DatePlan) -> pl.Expr | None:
    """UTC times for values that carry their own offset (or are Unix timestamps), else None."""
    text = expr.cast(pl.String)
    if plan.epoch:
        seconds = text.cast(pl.Int64, strict=False)
        return pl.from_epoch(seconds, time_unit=plan.epoch).dt.replace_time_zone("UTC")
    if not plan.aware:
        return None
    return pl.coalesce([_aware(text, fmt) for fmt in plan.aware])


def naive_local(expr: pl.Expr, plan: DatePlan) -> pl.Expr | None:
    """Local wall-clock times without a zone (Excel day numbers included), else None."""
    text = expr.cast(pl.String)
    if plan.excel_serial:
        days = text.cast(pl.Float64, strict=False)
        micros = (days * 86_400e6).round().cast(pl.Int64)
        return pl.datetime(1899, 12, 30) + pl.duration(microseconds=micros)
    if not plan.naive:
        return None
    normal = _normalise_date_text(text) if plan.words else text.str.strip_chars()
    iso = [_naive(text.str.strip_chars(), f) for f in plan.naive if f in ISO_FORMATS]
    rest = [_naive(normal, f) for f in plan.naive if f not in ISO_FORMATS]
    return pl.coalesce(iso + rest)


def localise(naive: pl.Expr, tz: str) -> pl.Expr:
    """Naive local times in ``tz`` to UTC. The repeated DST hour takes its first occurrence;
    the skipped hour gives null here (see :func:`fix_dst_gap`)."""
    zoned = naive.dt.replace_time_zone(tz, ambiguous="earliest", non_existent="null")
    return zoned.dt.convert_time_zone("UTC")


def to_utc(aware: pl.Expr | None, naive: pl.Expr | None, tz: str) -> pl.Expr:
    """Combine :func:`aware_utc` and :func:`naive_local` results into one UTC time."""
    parts = [
        e for e in (aware, localise(naive, tz) if naive is not None else None) if e is not None
    ]
    utc = pl.Datetime("us", "UTC")
    return pl.coalesce(parts).cast(utc) if parts else pl.lit(None, dtype=utc)


def fix_dst_gap(frame: pl.DataFrame, column: str, naive: str, tz: str) -> pl.DataFrame:
    """Move times in the hour skipped when clocks go forward on by that hour.

    A separate step, so the second localisation runs only when such rows exist.
    """
    gap = pl.col(column).is_null() & pl.col(naive).is_not_null()
    if naive not in frame.columns or not frame.select(gap.any()).item():
        return frame
    moved = localise(pl.col(naive) + pl.duration(hours=1), tz)
    return frame.with_columns(pl.when(gap).then(moved).otherwise(pl.col(column)).alias(column))


def read_dates(values: pl.Series, plan: DatePlan, tz: str) -> pl.Series:
    """Parse a whole column of date text to UTC times, following ``plan``."""
    frame = pl.DataFrame({"v": values.cast(pl.String)})
    naive = naive_local(pl.col("v"), plan)
    frame = frame.with_columns(
        (naive if naive is not None else pl.lit(None, dtype=pl.Datetime("us"))).alias("naive")
    )
    aware = aware_utc(pl.col("v"), plan)
    frame = frame.with_columns(
        to_utc(aware, pl.col("naive") if naive is not None else None, tz).alias("utc")
    )
    return fix_dst_gap(frame, "utc", "naive", tz).get_column("utc")
