"""The Local Partnership (Lokalne Partnerstwo): its members, their people and their consents.

A member is an organisation with a representative and a substitute, or a resident on their own.
The people's names, e-mails and phones are personal data (RODO): each person carries the basis of
processing, the date of consent and its scope, and can be erased without losing the counts of
meetings the member took part in.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from enum import StrEnum

from pim_desktop.domain.attachment import AttachmentRef
from pim_desktop.domain.contact_checks import contact_problems
from pim_desktop.domain.dates import has_come
from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP
from pim_desktop.domain.problems import Problem
from pim_desktop.domain.record_fields import ChangeStamp

ERASED_NAME = "Osoba usunięta"
SCORE_MIN, SCORE_MAX, SCORE_DEFAULT = 1, 5, 3


class MemberKind(StrEnum):
    ORGANISATION = "organisation"
    INDIVIDUAL = "individual"


MEMBER_KIND_LABELS: dict[MemberKind, str] = {
    MemberKind.ORGANISATION: QT_TRANSLATE_NOOP("domain", "instytucja / organizacja"),
    MemberKind.INDIVIDUAL: QT_TRANSLATE_NOOP("domain", "osoba (mieszkaniec)"),
}


class Sector(StrEnum):
    CITY_OFFICE = "city_office"
    MUNICIPAL_UNIT = "municipal_unit"
    MARSHAL_OFFICE = "marshal_office"
    COUNTY = "county"
    NEIGHBOUR_GMINA = "neighbour_gmina"
    GOVERNMENT = "government"
    NGO = "ngo"
    BUSINESS = "business"
    UNIVERSITY = "university"
    SCHOOL = "school"
    MEDIA = "media"
    RESIDENTS = "residents"
    OTHER = "other"


SECTOR_LABELS: dict[Sector, str] = {
    Sector.CITY_OFFICE: QT_TRANSLATE_NOOP("domain", "urząd miasta / wydział"),
    Sector.MUNICIPAL_UNIT: QT_TRANSLATE_NOOP("domain", "jednostka lub spółka miejska"),
    Sector.MARSHAL_OFFICE: QT_TRANSLATE_NOOP("domain", "urząd marszałkowski"),
    Sector.COUNTY: QT_TRANSLATE_NOOP("domain", "powiat"),
    Sector.NEIGHBOUR_GMINA: QT_TRANSLATE_NOOP("domain", "sąsiednia gmina"),
    Sector.GOVERNMENT: QT_TRANSLATE_NOOP("domain", "administracja rządowa"),
    Sector.NGO: QT_TRANSLATE_NOOP("domain", "organizacja pozarządowa"),
    Sector.BUSINESS: QT_TRANSLATE_NOOP("domain", "przedsiębiorca / organizacja biznesu"),
    Sector.UNIVERSITY: QT_TRANSLATE_NOOP("domain", "uczelnia / instytut"),
    Sector.SCHOOL: QT_TRANSLATE_NOOP("domain", "szkoła"),
    Sector.MEDIA: QT_TRANSLATE_NOOP("domain", "media"),
    Sector.RESIDENTS: QT_TRANSLATE_NOOP("domain", "mieszkańcy / grupa nieformalna"),
    Sector.OTHER: QT_TRANSLATE_NOOP("domain", "inne"),
}


class MemberRole(StrEnum):
    COORDINATOR = "coordinator"
    MEMBER = "member"
    ADVISORY = "advisory"
    OBSERVER = "observer"
    EXPERT = "expert"


ROLE_LABELS: dict[MemberRole, str] = {
    MemberRole.COORDINATOR: QT_TRANSLATE_NOOP("domain", "koordynator"),
    MemberRole.MEMBER: QT_TRANSLATE_NOOP("domain", "członek"),
    MemberRole.ADVISORY: QT_TRANSLATE_NOOP("domain", "członek doradczy"),
    MemberRole.OBSERVER: QT_TRANSLATE_NOOP("domain", "obserwator"),
    MemberRole.EXPERT: QT_TRANSLATE_NOOP("domain", "ekspert"),
}


class ProcessingBasis(StrEnum):
    """The ground in art. 6(1) RODO on which the city keeps a person's data."""

    CONSENT = "consent"
    PUBLIC_TASK = "public_task"
    LEGAL_OBLIGATION = "legal_obligation"
    CONTRACT = "contract"


BASIS_LABELS: dict[ProcessingBasis, str] = {
    ProcessingBasis.CONSENT: QT_TRANSLATE_NOOP("domain", "zgoda osoby (art. 6 ust. 1 lit. a RODO)"),
    ProcessingBasis.PUBLIC_TASK: QT_TRANSLATE_NOOP(
        "domain", "zadanie w interesie publicznym (art. 6 ust. 1 lit. e RODO)"
    ),
    ProcessingBasis.LEGAL_OBLIGATION: QT_TRANSLATE_NOOP(
        "domain", "obowiązek prawny (art. 6 ust. 1 lit. c RODO)"
    ),
    ProcessingBasis.CONTRACT: QT_TRANSLATE_NOOP("domain", "umowa (art. 6 ust. 1 lit. b RODO)"),
}


class PersonSlot(StrEnum):
    REPRESENTATIVE = "representative"
    SUBSTITUTE = "substitute"


SLOT_LABELS: dict[PersonSlot, str] = {
    PersonSlot.REPRESENTATIVE: QT_TRANSLATE_NOOP("domain", "przedstawiciel"),
    PersonSlot.SUBSTITUTE: QT_TRANSLATE_NOOP("domain", "zastępca"),
}


@dataclass(frozen=True)
class Consent:
    """Why the person's data is kept, since when, and what they agreed to."""

    basis: ProcessingBasis | None = None
    given_on: dt.date | None = None
    contact: bool = False
    publication: bool = False
    photos: bool = False


@dataclass(frozen=True)
class Person:
    name: str = ""
    position: str = ""
    email: str = ""
    phone: str = ""
    consent: Consent = field(default_factory=Consent)
    erased: bool = False

    def is_empty(self) -> bool:
        return not (self.name.strip() or self.email.strip() or self.phone.strip()) and (
            not self.erased
        )


@dataclass(frozen=True)
class Member:
    """One entry of the partnership's register."""

    id: int | None = None
    kind: MemberKind = MemberKind.ORGANISATION
    organisation_name: str = ""
    sector: Sector = Sector.OTHER
    address: str = ""
    role: MemberRole = MemberRole.MEMBER
    representative: Person = field(default_factory=Person)
    substitute: Person = field(default_factory=Person)
    joined_on: dt.date | None = None
    left_on: dt.date | None = None
    importance: int = SCORE_DEFAULT
    influence: int = SCORE_DEFAULT
    letter_of_intent: AttachmentRef | None = None
    notes: str = ""
    # The stored version this member was read at and its author (not part of what is edited).
    stamp: ChangeStamp = field(default_factory=ChangeStamp, compare=False, repr=False)

    @property
    def display_name(self) -> str:
        """The organisation's name, or the resident's own name."""
        if self.kind is MemberKind.ORGANISATION and self.organisation_name.strip():
            return self.organisation_name.strip()
        return self.representative.name.strip()

    def person(self, slot: PersonSlot) -> Person:
        return self.representative if slot is PersonSlot.REPRESENTATIVE else self.substitute

    def people(self) -> list[tuple[PersonSlot, Person]]:
        """The people of this member that hold any data (a resident has only one)."""
        slots = [PersonSlot.REPRESENTATIVE]
        if self.kind is MemberKind.ORGANISATION:
            slots.append(PersonSlot.SUBSTITUTE)
        return [(slot, self.person(slot)) for slot in slots if not self.person(slot).is_empty()]

    def is_active(self, today: dt.date) -> bool:
        return not has_come(self.left_on, today)


@dataclass(frozen=True)
class MemberSummary:
    """A member as the register lists it, with how often it came to the meetings it was asked to."""

    member: Member
    recorded_invitations: int = 0
    attended: int = 0

    @property
    def attendance_rate(self) -> float | None:
        if not self.recorded_invitations:
            return None
        return self.attended / self.recorded_invitations


def erase_person(member: Member, slot: PersonSlot, today: dt.date) -> Member:
    """The member with one person's identifying data replaced by "Osoba usunięta".

    A resident is the person, so their address, notes and letter of intent go too, and they are
    marked as having left; an organisation stays as it was apart from the erased person.
    """
    erased = Person(name=ERASED_NAME, erased=True)
    if slot is PersonSlot.SUBSTITUTE:
        return replace(member, substitute=erased)
    if member.kind is MemberKind.INDIVIDUAL:
        return replace(
            member,
            representative=erased,
            substitute=Person(),
            address="",
            notes="",
            letter_of_intent=None,
            left_on=member.left_on or today,
        )
    return replace(member, representative=erased)


def check_member(member: Member, today: dt.date | None = None) -> list[Problem]:
    """Faults that keep a member out of the register."""
    problems: list[Problem] = []
    if member.kind is MemberKind.ORGANISATION and not member.organisation_name.strip():
        message = QT_TRANSLATE_NOOP("domain", "Podaj nazwę instytucji lub organizacji.")
        problems.append(Problem("organisation_name", "name_missing", message))
    if member.kind is MemberKind.INDIVIDUAL and not member.representative.name.strip():
        message = QT_TRANSLATE_NOOP("domain", "Podaj imię i nazwisko osoby.")
        problems.append(Problem("representative.name", "name_missing", message))
    for attribute in ("importance", "influence"):
        if not SCORE_MIN <= getattr(member, attribute) <= SCORE_MAX:
            message = QT_TRANSLATE_NOOP("domain", "Ocena musi być liczbą od 1 do 5.")
            problems.append(Problem(attribute, "bad_score", message))
    if member.joined_on and member.left_on and member.left_on < member.joined_on:
        message = QT_TRANSLATE_NOOP(
            "domain", "Data wystąpienia nie może być wcześniejsza niż data przystąpienia."
        )
        problems.append(Problem("left_on", "left_before_joined", message))
    for slot in PersonSlot:
        problems += check_person(member.person(slot), slot.value, today or dt.date.today())
    return problems


def check_person(person: Person, prefix: str, today: dt.date) -> list[Problem]:
    """Faults in one person's contact data and consent."""
    problems: list[Problem] = []
    if person.erased:
        return problems
    problems += contact_problems(person, prefix)
    consent = person.consent
    if consent.basis is ProcessingBasis.CONSENT and consent.given_on is None:
        message = QT_TRANSLATE_NOOP(
            "domain", "Dane są przetwarzane na podstawie zgody: podaj datę jej wyrażenia."
        )
        problems.append(Problem(f"{prefix}.consent", "consent_date_missing", message))
    if consent.given_on is not None and consent.given_on > today:
        message = QT_TRANSLATE_NOOP("domain", "Data zgody nie może być z przyszłości.")
        problems.append(Problem(f"{prefix}.consent", "consent_in_future", message))
    return problems


class StakeholderQuadrant(StrEnum):
    """The four fields of URBACT's importance/influence grid, with what to do with each group."""

    MANAGE_CLOSELY = "manage_closely"
    KEEP_SATISFIED = "keep_satisfied"
    KEEP_INFORMED = "keep_informed"
    MONITOR = "monitor"


QUADRANT_LABELS: dict[StakeholderQuadrant, str] = {
    StakeholderQuadrant.MANAGE_CLOSELY: QT_TRANSLATE_NOOP(
        "domain", "kluczowi partnerzy: angażować na co dzień"
    ),
    StakeholderQuadrant.KEEP_SATISFIED: QT_TRANSLATE_NOOP(
        "domain", "wpływowi: konsultować i dbać o poparcie"
    ),
    StakeholderQuadrant.KEEP_INFORMED: QT_TRANSLATE_NOOP(
        "domain", "zainteresowani: informować i wspierać"
    ),
    StakeholderQuadrant.MONITOR: QT_TRANSLATE_NOOP("domain", "pozostali: obserwować"),
}


def quadrant(importance: int, influence: int) -> StakeholderQuadrant:
    """Where a stakeholder sits: 4–5 counts as high, 1–3 as low."""
    important, influential = importance >= 4, influence >= 4
    if important and influential:
        return StakeholderQuadrant.MANAGE_CLOSELY
    if influential:
        return StakeholderQuadrant.KEEP_SATISFIED
    if important:
        return StakeholderQuadrant.KEEP_INFORMED
    return StakeholderQuadrant.MONITOR


def count_by_sector(members: list[Member], today: dt.date) -> dict[Sector, int]:
    """Active members per sector, every sector present (zero where none), in the list's order."""
    counts = dict.fromkeys(Sector, 0)
    for member in members:
        if member.is_active(today):
            counts[member.sector] += 1
    return counts
