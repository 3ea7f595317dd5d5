"""Members and meetings for tests, with Polish names that exercise collation and fonts."""

from __future__ import annotations

import datetime as dt

from pim_desktop.context import AppContext
from pim_desktop.domain.meeting import Meeting, MeetingDetails, MeetingType
from pim_desktop.domain.partnership import (
    Consent,
    Member,
    MemberKind,
    Person,
    ProcessingBasis,
    Sector,
)

CONSENTED = Consent(ProcessingBasis.PUBLIC_TASK, contact=True, publication=True, photos=True)
MEETING_START = dt.datetime(2025, 3, 11, 17, 0).astimezone()


def organisation(
    name: str,
    representative: str,
    substitute: str = "",
    sector: Sector = Sector.NGO,
    publication: bool = True,
) -> Member:
    consent = Consent(ProcessingBasis.PUBLIC_TASK, contact=True, publication=publication)
    return Member(
        kind=MemberKind.ORGANISATION,
        organisation_name=name,
        sector=sector,
        representative=Person(representative, email="biuro@example.pl", consent=consent),
        substitute=Person(substitute, consent=consent) if substitute else Person(),
    )


def resident(name: str, publication: bool = True) -> Member:
    consent = Consent(ProcessingBasis.CONSENT, dt.date(2025, 1, 10), True, publication, False)
    return Member(
        kind=MemberKind.INDIVIDUAL,
        sector=Sector.RESIDENTS,
        representative=Person(name, phone="+48 600 100 200", consent=consent),
    )


def small_partnership(context: AppContext) -> list[Member]:
    members = [
        organisation("Stowarzyszenie „Zielone Łąki”", "Łucja Żółkiewska", "Iwona Sęk"),
        organisation(
            "Urząd Miasta – Wydział Rozwoju", "Lech Ślusarczyk", sector=Sector.CITY_OFFICE
        ),
        organisation("Gazeta Źródło", "Grzegorz Ćwik", sector=Sector.MEDIA, publication=False),
        resident("Zofia Łagoda"),
    ]
    return [context.partnership.add_member(member) for member in members]


def meeting_for(
    context: AppContext, members: list[Member], title: str = "Warsztat: drzewo problemów"
) -> Meeting:
    details = MeetingDetails(
        MeetingType.WORKSHOP,
        title,
        MEETING_START,
        MEETING_START + dt.timedelta(hours=2),
        "Sala sesyjna, ul. Źródlana 12",
        "",
        ("Powitanie", "Drzewo problemów w grupach", "Wnioski"),
    )
    return context.meetings.add_meeting(details, [m.id or 0 for m in members])
