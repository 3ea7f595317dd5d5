"""Everything the program holds about one person, as a readable document (a RODO access request).

The keys are Polish words, since the file is handed to the person; dates are ISO, times local.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pim_desktop import APP_NAME
from pim_desktop.domain.meeting import (
    ATTENDANCE_LABELS,
    MEETING_TYPE_LABELS,
    NOT_RECORDED_LABEL,
    Meeting,
)
from pim_desktop.domain.partnership import (
    BASIS_LABELS,
    MEMBER_KIND_LABELS,
    ROLE_LABELS,
    SECTOR_LABELS,
    SLOT_LABELS,
    Member,
    MemberKind,
    Person,
    PersonSlot,
)


def _yes_no(value: bool) -> str:
    return "tak" if value else "nie"


def _date(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def person_record(
    member: Member, slot: PersonSlot, meetings: list[Meeting], exported_at: dt.datetime
) -> dict[str, Any]:
    person = member.person(slot)
    resident = member.kind is MemberKind.INDIVIDUAL
    return {
        "dokument": "Dane osobowe przechowywane w programie " + APP_NAME,
        "wytworzono": exported_at.astimezone().isoformat(timespec="seconds"),
        "informacja": (
            "Program działa na komputerze urzędu i nie przesyła danych nigdzie. "
            "Poniżej są wszystkie dane tej osoby zapisane w programie."
        ),
        "osoba": {
            "imię i nazwisko": person.name,
            "stanowisko": person.position,
            "e-mail": person.email,
            "telefon": person.phone,
            "występuje jako": "członek (osoba prywatna)" if resident else SLOT_LABELS[slot],
        },
        "podstawa przetwarzania i zgoda": _consent(person),
        "członkostwo w Lokalnym Partnerstwie": _membership(member, resident),
        "spotkania": [
            entry
            for meeting in meetings
            if (entry := _meeting_entry(member, person, slot, meeting))
        ],
        "zadania": _tasks(member, person, slot, meetings),
        "udział jako gość": _as_guest(person, meetings),
        "wzmianki w protokołach": [
            f"{_local_date(meeting)} {meeting.details.title}"
            for meeting in meetings
            if person.name.strip() and person.name.strip().casefold() in meeting.minutes.casefold()
        ],
    }


def _tasks(
    member: Member, person: Person, slot: PersonSlot, meetings: list[Meeting]
) -> list[dict[str, str]]:
    return [
        {
            "spotkanie": meeting.details.title,
            "zadanie": task.description,
            "termin": _date(task.due_on),
            "wykonano": _date(task.done_on),
        }
        for meeting in meetings
        for task in meeting.tasks
        if (slot is PersonSlot.REPRESENTATIVE and task.owner_member_id == member.id)
        or _same_name(task.owner_name, person.name)
    ]


def _as_guest(person: Person, meetings: list[Meeting]) -> list[dict[str, str]]:
    return [
        {
            "spotkanie": meeting.details.title,
            "data": _local_date(meeting),
            "instytucja": g.organisation,
        }
        for meeting in meetings
        for g in meeting.guests
        if _same_name(g.name, person.name)
    ]


def _consent(person: Person) -> dict[str, str]:
    consent = person.consent
    return {
        "podstawa prawna": BASIS_LABELS[consent.basis] if consent.basis else "nie podano",
        "data zgody": _date(consent.given_on),
        "zgoda na kontakt": _yes_no(consent.contact),
        "zgoda na publikację imienia i nazwiska w dokumentach": _yes_no(consent.publication),
        "zgoda na zdjęcia": _yes_no(consent.photos),
    }


def _membership(member: Member, resident: bool) -> dict[str, str]:
    membership = {
        "rodzaj członka": MEMBER_KIND_LABELS[member.kind],
        "instytucja / organizacja": member.organisation_name,
        "sektor": SECTOR_LABELS[member.sector],
        "rola": ROLE_LABELS[member.role],
        "data przystąpienia": _date(member.joined_on),
        "data wystąpienia": _date(member.left_on),
        "ważność (1–5)": str(member.importance),
        "wpływ (1–5)": str(member.influence),
    }
    if resident:
        membership["adres"] = member.address
        membership["uwagi"] = member.notes
        if member.letter_of_intent:
            membership["list intencyjny (plik)"] = member.letter_of_intent.file_name
    return membership


def _meeting_entry(
    member: Member, person: Person, slot: PersonSlot, meeting: Meeting
) -> dict[str, str] | None:
    invitation = meeting.invitation(member.id or 0)
    if invitation is None:
        return None
    substituted_by_person = _same_name(invitation.substitute_name, person.name)
    if slot is PersonSlot.SUBSTITUTE and not substituted_by_person:
        return None
    status = ATTENDANCE_LABELS[invitation.status] if invitation.status else NOT_RECORDED_LABEL
    return {
        "data": _local_date(meeting),
        "godzina": meeting.details.starts_at.astimezone().strftime("%H:%M"),
        "rodzaj": MEETING_TYPE_LABELS[meeting.details.meeting_type],
        "tytuł": meeting.details.title,
        "miejsce": meeting.details.place or meeting.details.online_link,
        "obecność": status,
        "zastępstwo": invitation.substitute_name,
    }


def _local_date(meeting: Meeting) -> str:
    return meeting.details.starts_at.astimezone().date().isoformat()


def _same_name(first: str, second: str) -> bool:
    return bool(first.strip()) and first.strip().casefold() == second.strip().casefold()
