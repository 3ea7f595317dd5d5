"""Money and numbers the Polish way: "1 234 567,89 zł" in, integer grosze out, and back.

Amounts are kept as whole grosze so that totals add up exactly; nothing is ever rounded. Text
that cannot be read exactly (three decimal places, letters) is refused, never guessed.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP

GROSZE_PER_ZLOTY = 100
NBSP = "\u00a0"
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']")
_CURRENCY = re.compile(r"(zł|zl|pln)\.?$", re.IGNORECASE)
_PLAIN_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")


class AmountError(ValueError):
    """The text is not an amount; ``reason`` says why in Polish (a domain-context template)."""

    def __init__(self, text: str, reason: str) -> None:
        super().__init__(f"{text!r}: {reason}")
        self.text = text
        self.reason = reason


def _plain(text: str) -> str:
    """Strip separators and currency: "1 234,50 zł" → "1234.50"; "1.234,5" → "1234.5"."""
    value = _CURRENCY.sub("", _SPACES.sub("", text.strip()))
    if "," in value:
        if value.count(",") > 1:
            raise AmountError(
                text,
                QT_TRANSLATE_NOOP("domain", "Liczba może mieć tylko jeden przecinek dziesiętny."),
            )
        value = value.replace(".", "").replace(",", ".")
    elif value.count(".") > 1 or re.search(r"\.\d{3}$", value):
        # "1.234.567" and "12.500" are thousands written with dots.
        value = value.replace(".", "")
    if not _PLAIN_NUMBER.match(value):
        raise AmountError(text, QT_TRANSLATE_NOOP("domain", "Wpisz liczbę, np. 1 234 567,89."))
    return value


def parse_decimal(text: str, max_places: int = 4) -> Decimal:
    """A number typed the Polish way ("12,5", "1 200"), exact, with at most ``max_places``."""
    value = _plain(text)
    try:
        number = Decimal(value)
    except InvalidOperation as error:
        raise AmountError(
            text, QT_TRANSLATE_NOOP("domain", "Wpisz liczbę, np. 1 234 567,89.")
        ) from error
    exponent = number.as_tuple().exponent
    if isinstance(exponent, int) and -exponent > max_places:
        raise AmountError(text, QT_TRANSLATE_NOOP("domain", "Za dużo cyfr po przecinku."))
    return number


def parse_money(text: str) -> int:
    """An amount in złoty typed the Polish way, as whole grosze; refuses grosz fractions."""
    if not text.strip():
        return 0
    number = parse_decimal(text, max_places=2)
    if number < 0:
        raise AmountError(text, QT_TRANSLATE_NOOP("domain", "Kwota nie może być ujemna."))
    return int(number * GROSZE_PER_ZLOTY)


def group_thousands(digits: str, separator: str = NBSP) -> str:
    groups: list[str] = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    groups.insert(0, digits)
    return separator.join(groups)


def format_money(grosze: int, *, currency: bool = True, separator: str = NBSP) -> str:
    """ "1 234 567,89 zł" with a non-breaking space between thousands, so it never splits."""
    sign = "-" if grosze < 0 else ""
    zloty, rest = divmod(abs(grosze), GROSZE_PER_ZLOTY)
    text = f"{sign}{group_thousands(str(zloty), separator)},{rest:02d}"
    return f"{text}{NBSP}zł" if currency else text


def format_money_for_excel(grosze: int) -> str:
    """ "1234567,89": what Excel with Polish settings reads as a number."""
    sign = "-" if grosze < 0 else ""
    zloty, rest = divmod(abs(grosze), GROSZE_PER_ZLOTY)
    return f"{sign}{zloty},{rest:02d}"


def format_decimal(number: Decimal | None) -> str:
    """ "12,5" for Decimal("12.50"), "1 200" for 1200; empty for no value."""
    if number is None:
        return ""
    text = format(number.normalize(), "f")
    whole, _, fraction = text.partition(".")
    sign = "-" if whole.startswith("-") else ""
    grouped = group_thousands(whole.lstrip("-"))
    return f"{sign}{grouped},{fraction}" if fraction else f"{sign}{grouped}"


def format_percent(share: Decimal | None) -> str:
    """A share (0.4567) as "45,7 %"; a dash where there is nothing to divide."""
    if share is None:
        return "—"
    value = (share * 100).quantize(Decimal("0.1"))
    return f"{format(value, 'f').replace('.', ',')}{NBSP}%"
