"""Checks of Polish identifiers and contact data: NIP, REGON, TERYT, postal code, e-mail, phone.

NIP and REGON check digits come from python-stdnum; TERYT, postal codes, mailboxes and the rest
are format rules written here, since no library holds them. Forms and the city profile share them.
"""

from __future__ import annotations

import re

# python-stdnum is imported by the first check (its package import costs a start-up moment).

# A gmina's TERYT: an even voivodeship code 02–32, powiat and gmina, then the type of unit.
_TERYT = re.compile(r"(0[2468]|[12][02468]|3[02])[0-9]{4}[1-589]")
_POSTAL_CODE = re.compile(r"[0-9]{2}-[0-9]{3}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")
_PHONE = re.compile(r"\+?[0-9 ()/-]+((wew\.?|w\.) ?[0-9]{1,5})?")
_PHONE_EXTENSION = re.compile(r"(wew\.?|w\.) ?[0-9]+$")
_EPUAP = re.compile(r"/[^/\s]+/[^/\s]+")
_EDORECZENIA = re.compile(r"AE:PL-[0-9]{5}-[0-9]{5}-[A-Z]{5}-[0-9]{2}")


def digits_only(value: str) -> str:
    """Strip the separators people type (spaces, dashes, a ``PL`` prefix)."""
    text = value.strip().upper()
    text = text.removeprefix("PL")
    return re.sub(r"[\s-]", "", text)


def is_valid_nip(value: str) -> bool:
    """Ten digits with a correct check digit; dashes and spaces are allowed."""
    from stdnum import exceptions as stdnum_errors
    from stdnum.pl import nip as stdnum_nip

    try:
        stdnum_nip.validate(digits_only(value))
    except stdnum_errors.ValidationError:
        return False
    return True


def is_valid_regon(value: str) -> bool:
    """Nine or fourteen digits with correct check digits."""
    from stdnum import exceptions as stdnum_errors
    from stdnum.pl import regon as stdnum_regon

    try:
        stdnum_regon.validate(digits_only(value))
    except stdnum_errors.ValidationError:
        return False
    return True


def format_nip(value: str) -> str:
    """The usual printed form ``123-456-32-18``."""
    from stdnum.pl import nip as stdnum_nip

    return str(stdnum_nip.format(digits_only(value)))


def is_valid_teryt(value: str) -> bool:
    """A seven-digit TERYT code of a gmina: voivodeship, powiat, gmina, type of unit."""
    return _TERYT.fullmatch(re.sub(r"\s", "", value)) is not None


def teryt_voivodeship_code(value: str) -> str:
    """The two-digit voivodeship part of a TERYT code."""
    return value.strip()[:2]


def is_valid_postal_code(value: str) -> bool:
    return _POSTAL_CODE.fullmatch(value.strip()) is not None


def is_valid_email(value: str) -> bool:
    return _EMAIL.fullmatch(value.strip()) is not None


def is_valid_phone(value: str) -> bool:
    """9 to 15 digits in the usual notation, with an optional ``+`` and extension (``wew. 12``)."""
    text = value.strip()
    digits = sum(ch.isdigit() for ch in _PHONE_EXTENSION.sub("", text))
    return _PHONE.fullmatch(text) is not None and 9 <= digits <= 15


def is_valid_epuap_address(value: str) -> bool:
    """An ePUAP mailbox, ``/UMPrzykladowo/SkrytkaESP``."""
    return _EPUAP.fullmatch(value.strip()) is not None


def is_valid_edoreczenia_address(value: str) -> bool:
    """An address for electronic delivery, ``AE:PL-12345-67890-ABCDE-12``."""
    return _EDORECZENIA.fullmatch(value.strip()) is not None
