"""Reads one row of a member CSV file into a member, noting each cell it cannot understand.

Values are matched the way an officer would write them in Excel: labels or codes, any case, with
or without Polish letters, "tak"/"nie" for consents, ISO or Polish dates.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Any

from pim_desktop.domain.collation import fold_for_search
from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP
from pim_desktop.domain.partnership import (
    BASIS_LABELS,
    MEMBER_KIND_LABELS,
    ROLE_LABELS,
    SCORE_DEFAULT,
    SCORE_MAX,
    SCORE_MIN,
    SECTOR_LABELS,
    Consent,
    Member,
    MemberKind,
    MemberRole,
    Person,
    PersonSlot,
    ProcessingBasis,
    Sector,
)
from pim_desktop.domain.problems import Problem

_YES = frozenset({"tak", "t", "x", "1", "yes", "y", "prawda", "true"})
_NO = frozenset({"nie", "n", "0", "no", "false", "falsz", ""})
_DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d-%m-%Y", "%d/%m/%Y", "%Y.%m.%d")


def fold_header(text: str) -> str:
    """ "Ważność (1–5)" and "WAZNOSC 1-5" both become "waznosc 1 5"."""
    return " ".join(re.split(r"[^0-9a-z]+", fold_for_search(text))).strip()


class RowParser:
    """Turns one row's cells into a member, collecting a problem per cell it cannot read."""

    def __init__(self, values: dict[str, str], columns: dict[str, str]) -> None:
        self._values = values
        self._columns = columns
        self.problems: list[Problem] = []

    def member(self) -> Member:
        organisation = self._text("organisation_name")
        kind = self._choice("kind", MEMBER_KIND_LABELS, _KIND_WORDS)
        if kind is None:
            kind = MemberKind.ORGANISATION if organisation else MemberKind.INDIVIDUAL
        sector = self._choice("sector", SECTOR_LABELS, _SECTOR_WORDS)
        if sector is None:
            sector = Sector.RESIDENTS if kind is MemberKind.INDIVIDUAL else Sector.OTHER
        member = Member(
            kind=kind,
            organisation_name=organisation if kind is MemberKind.ORGANISATION else "",
            sector=sector,
            address=self._text("address"),
            role=self._choice("role", ROLE_LABELS, {}) or MemberRole.MEMBER,
            representative=self._person(PersonSlot.REPRESENTATIVE),
            joined_on=self._date("joined_on"),
            left_on=self._date("left_on"),
            importance=self._score("importance"),
            influence=self._score("influence"),
            notes=self._text("notes"),
        )
        if kind is MemberKind.ORGANISATION:
            member = replace(member, substitute=self._person(PersonSlot.SUBSTITUTE))
        return member

    def _person(self, slot: PersonSlot) -> Person:
        prefix = slot.value + "."
        return Person(
            name=self._text(prefix + "name"),
            position=self._text(prefix + "position"),
            email=self._text(prefix + "email"),
            phone=self._text(prefix + "phone"),
            consent=Consent(
                basis=self._choice(prefix + "basis", BASIS_LABELS, _BASIS_WORDS),
                given_on=self._date(prefix + "consent_on"),
                contact=self._yes_no(prefix + "contact"),
                publication=self._yes_no(prefix + "publication"),
                photos=self._yes_no(prefix + "photos"),
            ),
        )

    def _text(self, key: str) -> str:
        return self._values.get(key, "")

    def _fail(self, key: str, code: str, message: str) -> None:
        params = {"column": self._columns.get(key, key), "value": self._text(key)}
        self.problems.append(Problem(key, code, message, params))

    def _choice(self, key: str, labels: dict[Any, str], words: dict[str, Any]) -> Any:
        value = fold_header(self._text(key))
        if not value:
            return None
        for choice, label in labels.items():
            full = fold_header(label)
            if value in (full, fold_header(choice.value), fold_header(label.split("(")[0])):
                return choice
        if value in words:
            return words[value]
        message = QT_TRANSLATE_NOOP("domain", "Kolumna „{column}”: nieznana wartość „{value}”.")
        self._fail(key, "unknown_value", message)
        return None

    def _date(self, key: str) -> dt.date | None:
        value = self._text(key)
        if not value:
            return None
        for pattern in _DATE_FORMATS:
            try:
                return dt.datetime.strptime(value, pattern).date()
            except ValueError:
                continue
        message = QT_TRANSLATE_NOOP(
            "domain", "Kolumna „{column}”: „{value}” nie jest datą (RRRR-MM-DD albo DD.MM.RRRR)."
        )
        self._fail(key, "bad_date", message)
        return None

    def _score(self, key: str) -> int:
        value = self._text(key)
        if not value:
            return SCORE_DEFAULT
        if value.isdigit() and SCORE_MIN <= int(value) <= SCORE_MAX:
            return int(value)
        message = QT_TRANSLATE_NOOP(
            "domain", "Kolumna „{column}”: „{value}” nie jest oceną od 1 do 5."
        )
        self._fail(key, "bad_score", message)
        return SCORE_DEFAULT

    def _yes_no(self, key: str) -> bool:
        value = fold_header(self._text(key))
        if value in _YES:
            return True
        if value not in _NO:
            message = QT_TRANSLATE_NOOP(
                "domain", "Kolumna „{column}”: wpisz „tak” albo „nie” zamiast „{value}”."
            )
            self._fail(key, "bad_yes_no", message)
        return False


def _words(pairs: dict[str, Any]) -> dict[str, Any]:
    return {fold_header(word): value for word, value in pairs.items()}


_KIND_WORDS = _words(
    {
        "organizacja": MemberKind.ORGANISATION,
        "instytucja": MemberKind.ORGANISATION,
        "osoba": MemberKind.INDIVIDUAL,
        "mieszkaniec": MemberKind.INDIVIDUAL,
        "mieszkanka": MemberKind.INDIVIDUAL,
        "osoba prywatna": MemberKind.INDIVIDUAL,
    }
)
_SECTOR_WORDS = _words(
    {
        **{
            part.strip(): sector
            for sector, label in SECTOR_LABELS.items()
            for part in label.split("/")
        },
        "ngo": Sector.NGO,
        "biznes": Sector.BUSINESS,
        "firma": Sector.BUSINESS,
        "gmina sąsiednia": Sector.NEIGHBOUR_GMINA,
        "starostwo": Sector.COUNTY,
        "starostwo powiatowe": Sector.COUNTY,
        "spółka miejska": Sector.MUNICIPAL_UNIT,
        "jednostka miejska": Sector.MUNICIPAL_UNIT,
    }
)
_BASIS_WORDS = _words(
    {
        "zgoda": ProcessingBasis.CONSENT,
        "zadanie publiczne": ProcessingBasis.PUBLIC_TASK,
        "interes publiczny": ProcessingBasis.PUBLIC_TASK,
        "obowiązek prawny": ProcessingBasis.LEGAL_OBLIGATION,
        "umowa": ProcessingBasis.CONTRACT,
    }
)
