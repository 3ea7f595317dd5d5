"""The faults of a person's e-mail address and phone number, wherever a person is entered.

The city's coordinators and the partnership's people are different records with the same two
contact details; both are checked, and worded, alike.
"""

from __future__ import annotations

from typing import Protocol

from pim_desktop.domain import identifiers
from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP
from pim_desktop.domain.problems import Problem

_M_BAD_EMAIL = QT_TRANSLATE_NOOP("domain", "Adres e-mail „{value}” jest niepoprawny.")
_M_BAD_PHONE = QT_TRANSLATE_NOOP(
    "domain", "Numer telefonu „{value}” jest niepoprawny: podaj co najmniej 9 cyfr."
)


class Reachable(Protocol):
    """Anyone with an e-mail address and a phone number, either of them possibly blank."""

    @property
    def email(self) -> str: ...

    @property
    def phone(self) -> str: ...


def contact_problems(person: Reachable, prefix: str) -> list[Problem]:
    """Faults in what is filled in; ``prefix`` names the field (``coordinator.email``)."""
    problems: list[Problem] = []
    if person.email.strip() and not identifiers.is_valid_email(person.email):
        params = {"value": person.email}
        problems.append(Problem(f"{prefix}.email", "bad_email", _M_BAD_EMAIL, params))
    if person.phone.strip() and not identifiers.is_valid_phone(person.phone):
        params = {"value": person.phone}
        problems.append(Problem(f"{prefix}.phone", "bad_phone", _M_BAD_PHONE, params))
    return problems
