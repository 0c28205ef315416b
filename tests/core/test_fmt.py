from __future__ import annotations

from datetime import date

import pytest

from core import fmt


@pytest.mark.parametrize(
    ("value", "lang", "digits", "expected"),
    [
        (5801, "nl", 0, "5.801"),
        (5801, "en", 0, "5,801"),
        (1234567, "nl", 0, "1.234.567"),
        (23.0, "nl", 1, "23,0"),
        (23.25, "en", 1, "23.2"),
        (0, "nl", 0, "0"),
        (None, "nl", 0, "—"),
    ],
)
def test_number(value, lang, digits, expected):
    assert fmt.number(value, lang, digits) == expected


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [(0.1474, "nl", "14,7%"), (0.1474, "en", "14.7%"), (1.0, "nl", "100,0%"), (None, "en", "—")],
)
def test_percent(value, lang, expected):
    assert fmt.percent(value, lang) == expected


@pytest.mark.parametrize(("lang", "expected"), [("nl", "31 okt 2026"), ("en", "31 Oct 2026")])
def test_day(lang, expected):
    assert fmt.day(date(2026, 10, 31), lang) == expected


def test_vega_label_expr_swaps_separators_for_dutch():
    assert "'.'" in fmt.vega_label_expr("nl") and "','" in fmt.vega_label_expr("nl")
    assert fmt.vega_label_expr("en").endswith("/§/g, ',')")


def test_time_axes_use_the_language_month_names():
    from core.fmt import vega_date_expr

    dutch, english = vega_date_expr("nl"), vega_date_expr("en")
    assert "'mrt'" in dutch and "'okt'" in dutch and "'Mar'" not in dutch
    assert "'Mar'" in english and "'Oct'" in english


def test_changes_carry_their_sign_in_each_language():
    assert fmt.signed(2.04, "nl_NL", 1) == "+2,0" and fmt.signed(-0.04, "nl_NL", 1) == "+0,0"
    assert fmt.signed(-1.5, "en", 1) == "−1.5"
    assert fmt.signed_percent(0.02, "nl_NL") == "+2%"
    assert fmt.signed_percent(0.02, "fr_BE") == "+2\u00a0%"
    assert fmt.points(-0.06, "fr_BE", 0, "-") == "-6 pts"
    assert fmt.points(0.015, "nl_BE", 1) == "+1,5 pp"
