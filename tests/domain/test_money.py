"""Amounts typed the Polish way become exact grosze, and print back the same."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pim_desktop.domain.money import (
    AmountError,
    format_decimal,
    format_money,
    format_money_for_excel,
    format_percent,
    parse_decimal,
    parse_money,
)


@pytest.mark.parametrize(
    ("text", "grosze"),
    [
        ("1 234 567,89", 123_456_789),
        ("1\u00a0234\u00a0567,89 zł", 123_456_789),
        ("1234567.89", 123_456_789),
        ("1.234.567,89", 123_456_789),
        ("12.500", 1_250_000),
        ("0,5", 50),
        ("15 PLN", 1500),
        ("", 0),
    ],
)
def test_polish_amounts_are_read_exactly(text: str, grosze: int) -> None:
    assert parse_money(text) == grosze


@pytest.mark.parametrize("text", ["1,234", "abc", "1,2,3", "-5", "12 zł 50 gr"])
def test_what_is_not_an_exact_amount_is_refused(text: str) -> None:
    with pytest.raises(AmountError):
        parse_money(text)


def test_amounts_print_with_unbreakable_thousands() -> None:
    assert format_money(123_456_789) == "1\u00a0234\u00a0567,89\u00a0zł"
    assert format_money(5, currency=False, separator=" ") == "0,05"
    assert format_money_for_excel(123_456_789) == "1234567,89"


def test_decimals_and_shares() -> None:
    assert parse_decimal("12,5") == Decimal("12.5")
    assert format_decimal(Decimal("1200.50")) == "1\u00a0200,5"
    assert format_percent(Decimal(1) / Decimal(3)) == "33,3\u00a0%"
    assert format_percent(None) == "—"
