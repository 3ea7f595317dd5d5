"""The sample network's year of activities (its three meetings, an expertise, an expert visit,
a promotional publication and a meeting still planned), with money and settling documents, and
three rounds of the cities' capacity self-assessment."""

from __future__ import annotations

import datetime as dt
import hashlib

from sqlalchemy.orm import Session

from pim_desktop.domain.capacity import AREAS, ROUNDS, AreaScore, SelfAssessment
from pim_desktop.domain.network_activity import (
    Activity,
    ActivityKind,
    ActivityStatus,
    CostCategory,
    CostLine,
    DocumentKind,
    Participation,
    PayerKind,
    SettlingDocument,
)
from pim_desktop.persistence.meeting_repository import MeetingRepository
from pim_desktop.persistence.network_activity_repository import NetworkActivityRepository
from pim_desktop.persistence.network_repository import NetworkRepository
from pim_desktop.services.samples.network import MEETINGS

K, S, C, P = ActivityKind, ActivityStatus, CostCategory, PayerKind
Cost = tuple[
    CostCategory, PayerKind, int, int | None
]  # category, payer, planned and spent in złoty
# fmt: off
Docs = tuple[DocumentKind, ...]
MEETING_COSTS: tuple[tuple[ActivityStatus, int, tuple[Cost, ...], Docs], ...] = (
    (S.SETTLED, 0, ((C.VENUE, P.HOST, 2_000, 2_000), (C.CATERING, P.PROGRAMME, 6_500, 6_180),
                    (C.TRAVEL, P.PROGRAMME, 9_000, 8_745), (C.ACCOMMODATION, P.PROGRAMME, 12_000,
                                                             12_960)),
     (DocumentKind.INVOICE, DocumentKind.ATTENDANCE_LIST, DocumentKind.REPORT)),
    (S.DONE, 1, ((C.TRAVEL, P.PROGRAMME, 7_500, 7_120), (C.CATERING, P.HOST, 1_800, 1_650),
                 (C.ACCOMMODATION, P.PROGRAMME, 8_400, 8_400)),
     (DocumentKind.INVOICE,)),
    (S.DONE, 0, ((C.OTHER, P.PROGRAMME, 600, 590),),
     (DocumentKind.INVOICE, DocumentKind.ATTENDANCE_LIST)),
)
# kind, title, days ago (start, end), host index, status, costs, documents, counts per city
OTHERS: tuple[tuple[ActivityKind, str, int, int, int | None, ActivityStatus, tuple[Cost, ...],
                    tuple[DocumentKind, ...], tuple[tuple[int, int], ...]], ...] = (
    (K.EXPERTISE, "Ekspertyza: potencjał zabudowy plombowej w centrach miast sieci", 250, 120,
     None, S.SETTLED, ((C.EXPERT_FEE, P.PROGRAMME, 24_000, 24_000),),
     (DocumentKind.INVOICE, DocumentKind.REPORT), ()),
    (K.EXPERT_VISIT, "Wizyta ekspertki w Próbniku i Modelowie", 90, 89, 2, S.DONE,
     ((C.EXPERT_FEE, P.PROGRAMME, 4_500, 4_500), (C.TRAVEL, P.PROGRAMME, 800, 1_140),
      (C.TRANSLATION, P.CITY, 0, 0)),
     (DocumentKind.INVOICE, DocumentKind.ATTENDANCE_LIST), ((2, 6), (6, 4))),
    (K.OTHER, "Broszura sieci „Zwarte centra” z tłumaczeniem na angielski", 30, 10, None,
     S.CONFIRMED, ((C.TRANSLATION, P.PROGRAMME, 3_200, None), (C.OTHER, P.CITY, 1_500, None)),
     (), ()),
    (K.NETWORK_MEETING, "Spotkanie sieci w Testowicach: monitorowanie MID", -40, -41, 3,
     S.PLANNED, ((C.VENUE, P.HOST, 1_500, None), (C.TRAVEL, P.PROGRAMME, 8_000, None),
                 (C.ACCOMMODATION, P.PROGRAMME, 9_000, None)), (), ()),
)
# Scores per city in three rounds: the weaker cities catch up, so the spread narrows.
CAPACITY: tuple[tuple[tuple[int, ...], ...], ...] = (
    ((4, 3, 4, 3, 3), (4, 4, 4, 4, 4), (5, 4, 5, 4, 4)),
    ((3, 3, 3, 3, 2), (4, 3, 3, 3, 3), (4, 4, 4, 4, 3)),
    ((2, 2, 3, 2, 1), (3, 3, 3, 3, 2), (4, 3, 4, 3, 3)),
    ((3, 2, 2, 2, 2), (3, 3, 3, 3, 3), (4, 4, 3, 4, 3)),
    ((1, 2, 2, 1, 1), (2, 3, 2, 2, 2), (3, 3, 3, 3, 3)),
    ((2, 3, 2, 2, 2), (3, 3, 3, 3, 3), (4, 4, 3, 3, 4)),
    ((3, 3, 3, 2, 2), (3, 4, 3, 3, 3), (4, 4, 4, 4, 3)),
)
COMMENTS = {
    (4, 0, 0): "Partnerstwo dopiero się zawiązuje; spotkania rzadkie.",
    (4, 2, 4): "Po szkoleniu z danych GUS miasto samo liczy wskaźniki.",
    (0, 2, 1): "Konsultacje MID z udziałem ponad 300 mieszkańców.",
}
# fmt: on


def add_sample_activities(session: Session, today: dt.date) -> None:
    """Write the activities, linked to the sample's network meetings, and the self-assessments."""
    cities = [c.id or 0 for c in NetworkRepository(session).load().cities]
    titles = {title for _days, _kind, title, _place, _came in MEETINGS}
    meetings = [m for m in MeetingRepository(session).summaries() if m.title in titles]
    repository = NetworkActivityRepository(session)
    for meeting, (status, host, costs, documents) in zip(
        sorted(meetings, key=lambda m: m.starts_at), MEETING_COSTS, strict=False
    ):
        day = meeting.starts_at.date()
        kind = K(meeting.meeting_type.value)
        repository.save(
            Activity(
                kind,
                meeting.title,
                day,
                day,
                cities[host],
                status,
                meeting.id,
                costs=_costs(costs, cities),
                documents=_documents(documents, day),
            )
        )
    for kind, title, start, end, host_index, status, costs, documents, counts in OTHERS:
        first = today - dt.timedelta(days=start)
        repository.save(
            Activity(
                kind,
                title,
                first,
                today - dt.timedelta(days=end),
                None if host_index is None else cities[host_index],
                status,
                participants=tuple(Participation(cities[c], n) for c, n in counts),
                costs=_costs(costs, cities),
                documents=_documents(documents, first),
            )
        )
    for number, rounds in enumerate(CAPACITY):
        for round_, scores in zip(ROUNDS, rounds, strict=True):
            answers = {
                area: AreaScore(score, COMMENTS.get((number, ROUNDS.index(round_), a), ""))
                for a, (area, score) in enumerate(zip(AREAS, scores, strict=True))
            }
            source = "leader" if number == 0 else "contribution"
            repository.save_assessment(SelfAssessment(cities[number], round_, answers, source))


def _costs(costs: tuple[Cost, ...], cities: list[int]) -> tuple[CostLine, ...]:
    return tuple(
        CostLine(
            category,
            payer,
            planned * 100,
            None if spent is None else spent * 100,
            cities[1] if payer is P.CITY else None,
        )
        for category, payer, planned, spent in costs
    )


def _documents(kinds: tuple[DocumentKind, ...], day: dt.date) -> tuple[SettlingDocument, ...]:
    """Documents listed by name, size and checksum; like the sample applications' attachments,
    their files are not shipped with the sample."""
    names = {
        DocumentKind.INVOICE: "faktura",
        DocumentKind.ATTENDANCE_LIST: "lista obecności",
        DocumentKind.REPORT: "sprawozdanie",
    }
    documents = []
    for kind in kinds:
        content = f"Przykładowy dokument: {names[kind]} z dnia {day:%d.%m.%Y}.\n".encode()
        name = f"{names[kind]} {day:%Y-%m-%d}.pdf"
        documents.append(
            SettlingDocument(kind, name, len(content), hashlib.sha256(content).hexdigest())
        )
    return tuple(documents)
