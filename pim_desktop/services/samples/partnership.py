"""The sample city's Local Partnership: 26 members in every sector and six meetings with
attendance, minutes, decisions and tasks, dated around the day the sample is made.

Every person and organisation here is made up; e-mail addresses use the reserved ``.example``
domain so nothing can ever reach a real inbox.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy.orm import Session

from pim_desktop.domain.meeting import (
    AttendanceStatus,
    Guest,
    Invitation,
    MeetingDetails,
    MeetingType,
    Task,
)
from pim_desktop.domain.partnership import (
    Consent,
    Member,
    MemberKind,
    MemberRole,
    Person,
    ProcessingBasis,
    Sector,
)
from pim_desktop.persistence.meeting_repository import MeetingRepository
from pim_desktop.persistence.partnership_repository import PartnershipRepository

S = Sector
R = MemberRole
# fmt: off
# organisation, sector, role, importance, influence, representative, substitute (or "")
ORGANISATIONS: tuple[tuple[str, Sector, MemberRole, int, int, str, str], ...] = (
    ("Urząd Miasta Przykładowo – Wydział Rozwoju i Funduszy Zewnętrznych", S.CITY_OFFICE,
     R.COORDINATOR, 5, 5, "Łukasz Wiśniewski", "Agnieszka Ćwiklińska"),
    ("Urząd Miasta Przykładowo – Wydział Gospodarki Komunalnej", S.CITY_OFFICE,
     R.MEMBER, 4, 4, "Tomasz Żmuda", "Renata Bielecka"),
    ("Miejski Ośrodek Pomocy Społecznej w Przykładowie", S.MUNICIPAL_UNIT,
     R.MEMBER, 4, 3, "Halina Gąsiorowska", ""),
    ("Przykładowskie Wodociągi i Kanalizacja sp. z o.o.", S.MUNICIPAL_UNIT,
     R.MEMBER, 3, 4, "Grzegorz Łętowski", "Iwona Sęk"),
    ("Miejski Zarząd Dróg i Zieleni", S.MUNICIPAL_UNIT, R.MEMBER, 5, 4, "Paweł Ślusarczyk", ""),
    ("Urząd Marszałkowski – Departament Rozwoju Regionalnego", S.MARSHAL_OFFICE,
     R.ADVISORY, 3, 5, "Joanna Kaźmierczak", "Piotr Olędzki"),
    ("Starostwo Powiatowe w Przykładowie", S.COUNTY, R.MEMBER, 3, 3, "Marek Wójcik", ""),
    ("Gmina Zalesie Przykładowskie", S.NEIGHBOUR_GMINA, R.MEMBER, 2, 3,
     "Elżbieta Mroczkowska", ""),
    ("Gmina Nowa Wólka", S.NEIGHBOUR_GMINA, R.OBSERVER, 2, 2, "Zbigniew Jędrzejczak", ""),
    ("Komenda Powiatowa Państwowej Straży Pożarnej w Przykładowie", S.GOVERNMENT,
     R.OBSERVER, 2, 3, "Rafał Dąbrowski", ""),
    ("Stowarzyszenie „Zielone Przykładowo”", S.NGO, R.MEMBER, 5, 2,
     "Magdalena Żurawska", "Kacper Łysiak"),
    ("Fundacja „Aktywni Razem”", S.NGO, R.MEMBER, 4, 2, "Bartłomiej Kołodziej", ""),
    ("Uniwersytet Trzeciego Wieku w Przykładowie", S.NGO, R.MEMBER, 3, 1, "Irena Szczęsna", ""),
    ("Przykładowska Izba Gospodarcza", S.BUSINESS, R.MEMBER, 3, 4, "Andrzej Pęcherski",
     "Dorota Czyż"),
    ("Cech Rzemiosł Różnych w Przykładowie", S.BUSINESS, R.OBSERVER, 2, 2, "Ryszard Świątek", ""),
    ("Łąkowa Energia sp. z o.o.", S.BUSINESS, R.MEMBER, 2, 3, "Dariusz Gołębiowski", ""),
    ("Politechnika Przykładowska – Wydział Architektury", S.UNIVERSITY, R.EXPERT, 4, 3,
     "Anna Nałęcz-Ślęzak", "Filip Grządziel"),
    ("Zespół Szkół Ponadpodstawowych nr 2 w Przykładowie", S.SCHOOL, R.MEMBER, 3, 2,
     "Beata Ożóg", ""),
    ("Szkoła Podstawowa nr 5 w Przykładowie", S.SCHOOL, R.MEMBER, 2, 1, "Wojciech Kłos", ""),
    ("Tygodnik „Głos Przykładowa”", S.MEDIA, R.OBSERVER, 2, 4, "Justyna Wróblewska-Łuczak", ""),
    ("Radio Przykładowo FM", S.MEDIA, R.OBSERVER, 1, 3, "Michał Ćwik", ""),
    ("Rada Osiedla Śródmieście", S.RESIDENTS, R.MEMBER, 4, 2, "Stanisław Żelazny", ""),
    ("Lokalna Grupa Działania „Dolina Przykładówki”", S.OTHER, R.MEMBER, 3, 3, "Teresa Bąk", ""),
)
# name, importance, influence, left the partnership (days before the sample is made) or None
RESIDENTS: tuple[tuple[str, int, int, int | None], ...] = (
    ("Zofia Łagoda", 3, 1, None),
    ("Jerzy Ślązak", 2, 1, 60),
    ("Urszula Ćmielewska", 3, 2, None),
)

MEETINGS: tuple[tuple[int, MeetingType, str, str, tuple[str, ...]], ...] = (
    (330, MeetingType.LP_MEETING, "Inauguracyjne spotkanie Lokalnego Partnerstwa",
     "Sala sesyjna Urzędu Miasta, ul. Źródlana 12",
     ("Powitanie i przedstawienie uczestników", "Partnerska Inicjatywa Miast i sieć tematyczna",
      "Zasady pracy Lokalnego Partnerstwa", "Wybór wyzwań miasta", "Sprawy różne")),
    (270, MeetingType.WORKSHOP, "Drzewo problemów: zieleń i woda w mieście",
     "Miejskie Centrum Kultury „Przystań”, ul. Nadrzeczna 3",
     ("Diagnoza: co już wiemy", "Drzewo problemów w grupach", "Wybór przyczyn do pracy")),
    (200, MeetingType.CONSULTATION, "Konsultacje: park nad Przykładówką",
     "Szkoła Podstawowa nr 5, ul. Łąkowa 8",
     ("Prezentacja koncepcji parku", "Pytania i uwagi mieszkańców", "Podsumowanie")),
    (140, MeetingType.STUDY_VISIT, "Wizyta studyjna w mieście partnerskim sieci",
     "Miasto partnerskie sieci „Miasto zielone”",
     ("Zwiedzanie parków kieszonkowych", "Spotkanie z zarządcą zieleni", "Wnioski dla MID")),
    (75, MeetingType.EXPERT_VISIT, "Macierz interesariuszy z ekspertem tematycznym",
     "Sala sesyjna Urzędu Miasta, ul. Źródlana 12",
     ("Analiza interesariuszy", "Macierz ważności i wpływu", "Plan angażowania partnerów")),
    (20, MeetingType.LP_MEETING, "Projekt Miejskiej Inicjatywy Działań",
     "Sala sesyjna Urzędu Miasta, ul. Źródlana 12",
     ("Omówienie tabeli działań", "Harmonogram i finansowanie", "Przyjęcie projektu MID")),
)
MINUTES = (
    "Spotkanie otworzył koordynator PIM, Łukasz Wiśniewski, witając przybyłych i przedstawiając "
    "cel Partnerskiej Inicjatywy Miast oraz rolę Lokalnego Partnerstwa.\n\n"
    "Uczestnicy omówili punkty porządku obrad. W dyskusji głos zabrali przedstawiciele organizacji "
    "pozarządowych, uczelni i spółek miejskich; zwrócono uwagę na potrzebę współpracy przy "
    "zagospodarowaniu terenów zielonych i retencji wody opadowej.\n\n"
    "Na zakończenie ustalono terminy kolejnych prac i podział zadań zapisany poniżej."
)
DECISIONS = (
    ("Lokalne Partnerstwo przyjmuje zasady pracy i spotyka się co najmniej raz na kwartał.",
     "Wyzwaniem miasta w sieci jest zielona i błękitna infrastruktura śródmieścia."),
    ("Za najważniejsze przyczyny uznano brak retencji wody i rozproszoną zieleń.",),
    ("Uwagi mieszkańców zostaną uwzględnione w koncepcji parku.",),
    ("Rozwiązania z miasta partnerskiego zostaną opisane w karcie dobrej praktyki.",),
    ("Macierz interesariuszy zostanie uzupełniona o organizacje senioralne.",),
    ("Lokalne Partnerstwo przyjmuje projekt MID i przekazuje go do konsultacji.",),
)
# description, owner (index into ORGANISATIONS), due (days after the meeting), done or not
TASKS: tuple[tuple[tuple[str, int, int, bool], ...], ...] = (
    (("Rozesłać regulamin pracy Lokalnego Partnerstwa", 0, 14, True),),
    (("Zebrać dane o terenach zielonych do diagnozy", 4, 30, True),
     ("Przygotować mapę terenów zalewowych", 3, 45, True)),
    (("Opublikować raport z konsultacji", 0, 21, True),
     ("Zinwentaryzować drzewa w parku", 4, 60, False)),
    (("Opisać kartę dobrej praktyki z wizyty", 16, 30, False),),
    (("Zaprosić organizacje senioralne do Partnerstwa", 11, 30, False),),
    (("Przekazać projekt MID do konsultacji społecznych", 0, 14, True),
     ("Przygotować harmonogram działań na rok", 1, 40, False)),
)
# fmt: on


def _email(name: str, domain: str) -> str:
    first, *rest = name.lower().split()
    plain = str.maketrans("ąćęłńóśźż", "acelnoszz")
    return f"{first[0]}.{rest[-1].split('-')[0]}@{domain}.example".translate(plain)


def _person(name: str, domain: str, basis: ProcessingBasis, joined: dt.date, number: int) -> Person:
    return Person(
        name=name,
        email=_email(name, domain),
        phone=f"+48 600 100 {100 + number:03d}",
        consent=Consent(
            basis=basis,
            given_on=joined if basis is ProcessingBasis.CONSENT else None,
            contact=True,
            publication=number % 7 != 3,  # a few people did not agree to be named in documents
            photos=number % 3 != 0,
        ),
    )


def sample_members(today: dt.date) -> list[Member]:
    joined = today - dt.timedelta(days=360)
    members: list[Member] = []
    for number, (name, sector, role, importance, influence, rep, sub) in enumerate(ORGANISATIONS):
        domain = "przykladowo" if sector is S.CITY_OFFICE else f"org{number}"
        basis = ProcessingBasis.PUBLIC_TASK if number < 10 else ProcessingBasis.CONSENT
        members.append(
            Member(
                kind=MemberKind.ORGANISATION,
                organisation_name=name,
                sector=sector,
                address="Przykładowo",
                role=role,
                representative=_person(rep, domain, basis, joined, number),
                substitute=_person(sub, domain, basis, joined, number + 40) if sub else Person(),
                joined_on=joined,
                importance=importance,
                influence=influence,
            )
        )
    for number, (name, importance, influence, left) in enumerate(RESIDENTS, start=50):
        members.append(
            Member(
                kind=MemberKind.INDIVIDUAL,
                sector=S.RESIDENTS,
                representative=_person(name, "poczta", ProcessingBasis.CONSENT, joined, number),
                joined_on=joined,
                left_on=None if left is None else today - dt.timedelta(days=left),
                importance=importance,
                influence=influence,
            )
        )
    return members


def add_sample_partnership(session: Session, today: dt.date) -> None:
    """Write the sample members and meetings into the caller's session."""
    repository = PartnershipRepository(session)
    members = [repository.add(member) for member in sample_members(today)]
    meetings = MeetingRepository(session)
    chance = random.Random(2025)  # the same attendance every time the sample is made
    for index, (days_ago, kind, title, place, agenda) in enumerate(MEETINGS):
        day = today - dt.timedelta(days=days_ago)
        day -= dt.timedelta(days=(day.weekday() - 1) % 7)  # the Tuesday before
        starts = dt.datetime.combine(day, dt.time(17, 0)).astimezone()
        details = MeetingDetails(
            kind, title, starts, starts + dt.timedelta(hours=2), place, "", agenda
        )
        invited = [m for m in members if m.left_on is None or m.left_on > day]
        meeting = meetings.add(details, [m.id or 0 for m in invited])
        meetings.set_invitations(meeting.id, [_attendance(m, chance) for m in invited])
        if kind is MeetingType.CONSULTATION:
            meetings.set_guests(
                meeting.id,
                [Guest("Krystyna Wąsowicz", "mieszkanka"), Guest("Henryk Żbik", "mieszkaniec")],
            )
        meetings.save_minutes(meeting.id, MINUTES, DECISIONS[index])
        for description, owner, due_after, done in TASKS[index]:
            due = day + dt.timedelta(days=due_after)
            meetings.save_task(
                meeting.id,
                Task(
                    description,
                    members[owner].id,
                    "",
                    due,
                    due - dt.timedelta(days=2) if done else None,
                ),
            )


def _attendance(member: Member, chance: random.Random) -> Invitation:
    roll = chance.random()
    if roll < 0.72:
        return Invitation(member.id or 0, AttendanceStatus.PRESENT)
    if roll < 0.82 and member.substitute.name:
        return Invitation(member.id or 0, AttendanceStatus.SUBSTITUTED, member.substitute.name)
    if roll < 0.92:
        return Invitation(member.id or 0, AttendanceStatus.EXCUSED)
    return Invitation(member.id or 0, AttendanceStatus.ABSENT)
