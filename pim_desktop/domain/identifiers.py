"""Checks of Polish identifiers and contact data: NIP, REGON, TERYT, postal code, e-mail, phone.

NIP and REGON check digits come from python-stdnum; TERYT, postal codes and the rest are format
rules written here, since no library holds them.
"""

from __future__ import annotations

import re

from stdnum import exceptions as stdnum_errors
from stdnum.pl import nip as stdnum_nip
from stdnum.pl import regon as stdnum_regon

_TERYT = re.compile(r"^\d{7}$")
_POSTAL_CODE = re.compile(r"^\d{2}-\d{3}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE_ALLOWED = re.compile(r"^\+?[\d\s()-]+$")
_EDORECZENIA = re.compile(r"^AE:PL-\d{5}-\d{5}-[A-Z]{5}-\d{2}$")
TERYT_GMINA_TYPES = frozenset("1234589")


def digits_only(value: str) -> str:
    """Strip the separators people type (spaces, dashes, a ``PL`` prefix)."""
    text = value.strip().upper()
    text = text.removeprefix("PL")
    return re.sub(r"[\s-]", "", text)


def is_valid_nip(value: str) -> bool:
    """Ten digits with a correct check digit; dashes and spaces are allowed."""
    try:
        stdnum_nip.validate(digits_only(value))
    except stdnum_errors.ValidationError:
        return False
    return True


def is_valid_regon(value: str) -> bool:
    """Nine or fourteen digits with correct check digits."""
    try:
        stdnum_regon.validate(digits_only(value))
    except stdnum_errors.ValidationError:
        return False
    return True


def format_nip(value: str) -> str:
    """The usual printed form ``123-456-32-18``."""
    return str(stdnum_nip.format(digits_only(value)))


def is_valid_teryt(value: str) -> bool:
    """A seven-digit TERYT code of a gmina: voivodeship, powiat, gmina, type of unit."""
    code = value.strip().replace(" ", "")
    if not _TERYT.match(code):
        return False
    voivodeship = int(code[:2])
    return voivodeship % 2 == 0 and 2 <= voivodeship <= 32 and code[6] in TERYT_GMINA_TYPES


def teryt_voivodeship_code(value: str) -> str:
    """The two-digit voivodeship part of a TERYT code."""
    return value.strip()[:2]


def is_valid_postal_code(value: str) -> bool:
    return bool(_POSTAL_CODE.match(value.strip()))


def is_valid_email(value: str) -> bool:
    return bool(_EMAIL.match(value.strip()))


def is_valid_phone(value: str) -> bool:
    """At least nine digits, written with the usual separators and an optional ``+``."""
    text = value.strip()
    return bool(_PHONE_ALLOWED.match(text)) and sum(ch.isdigit() for ch in text) >= 9


def is_valid_edoreczenia_address(value: str) -> bool:
    """An address for electronic delivery, ``AE:PL-12345-67890-ABCDE-12``."""
    return bool(_EDORECZENIA.match(value.strip().upper()))
