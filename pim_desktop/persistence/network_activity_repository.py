"""Reads and writes the network's activities and the cities' capacity scores, inside a caller's
session."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload

from pim_desktop.domain.capacity import (
    AreaScore,
    AssessmentRound,
    CapacityArea,
    SelfAssessment,
)
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
from pim_desktop.persistence.tables.base import utc_now
from pim_desktop.persistence.tables.network_activities import (
    ActivityCostRow,
    ActivityDocumentRow,
    ActivityParticipantRow,
    CapacityScoreRow,
    NetworkActivityRow,
)


class ActivityNotFound(LookupError):
    """An activity that is not (or no longer) stored."""


class NetworkActivityRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def activities(self) -> list[Activity]:
        statement = (
            select(NetworkActivityRow)
            .options(
                selectinload(NetworkActivityRow.participants),
                selectinload(NetworkActivityRow.costs),
                selectinload(NetworkActivityRow.documents),
            )
            .order_by(NetworkActivityRow.starts_on, NetworkActivityRow.id)
        )
        return [_activity(row) for row in self._session.scalars(statement)]

    def get(self, activity_id: int) -> Activity:
        return _activity(self._row(activity_id))

    def save(self, activity: Activity) -> Activity:
        """Store the activity whole: its participants, costs and documents as given."""
        row = NetworkActivityRow() if activity.id is None else self._row(activity.id)
        row.kind = activity.kind.value
        row.title = activity.title.strip()
        row.starts_on = activity.starts_on
        row.ends_on = activity.ends_on
        row.host_city_id = activity.host_city_id
        row.meeting_id = activity.meeting_id
        row.status = activity.status.value
        row.description = activity.description
        row.updated_at = utc_now()
        row.participants = [
            ActivityParticipantRow(city_id=p.city_id, people=p.people)
            for p in activity.participants
        ]
        row.costs = [
            ActivityCostRow(
                position=n,
                category=line.category.value,
                payer=line.payer.value,
                city_id=line.city_id,
                planned_grosze=line.planned,
                spent_grosze=line.spent,
            )
            for n, line in enumerate(activity.costs)
        ]
        kept = {d.id: d for d in row.documents}
        row.documents = [
            kept[d.id] if d.id in kept else _document_row(d) for d in activity.documents
        ]
        self._session.add(row)
        self._session.flush()
        return _activity(row)

    def delete(self, activity_id: int) -> None:
        self._session.delete(self._row(activity_id))

    def clear(self) -> None:
        """Remove every activity with its participants, costs and documents (the files stay in
        the attachment store)."""
        self._session.execute(delete(NetworkActivityRow))

    def _row(self, activity_id: int) -> NetworkActivityRow:
        row = self._session.get(NetworkActivityRow, activity_id)
        if row is None:
            raise ActivityNotFound(activity_id)
        return row

    # --- capacity ---------------------------------------------------------------------------

    def assessments(self) -> list[SelfAssessment]:
        rows = self._session.scalars(select(CapacityScoreRow)).all()
        grouped: dict[tuple[int, str], list[CapacityScoreRow]] = {}
        for row in rows:
            grouped.setdefault((row.city_id, row.round), []).append(row)
        return [
            SelfAssessment(
                city_id=city_id,
                round=AssessmentRound(round_),
                scores={CapacityArea(r.area): AreaScore(r.score, r.comment) for r in group},
                source=group[0].source,
            )
            for (city_id, round_), group in sorted(grouped.items())
        ]

    def clear_assessments(self) -> None:
        self._session.execute(delete(CapacityScoreRow))

    def save_assessment(self, assessment: SelfAssessment) -> None:
        """Replace the city's answers of that round."""
        self._session.execute(
            delete(CapacityScoreRow).where(
                CapacityScoreRow.city_id == assessment.city_id,
                CapacityScoreRow.round == assessment.round.value,
            )
        )
        for area, entry in assessment.scores.items():
            self._session.add(
                CapacityScoreRow(
                    city_id=assessment.city_id,
                    round=assessment.round.value,
                    area=area.value,
                    score=entry.score,
                    comment=entry.comment,
                    source=assessment.source,
                )
            )
        self._session.flush()


def _document_row(document: SettlingDocument) -> ActivityDocumentRow:
    return ActivityDocumentRow(
        kind=document.kind.value,
        file_name=document.file_name,
        size=document.size,
        sha256=document.sha256,
    )


def _activity(row: NetworkActivityRow) -> Activity:
    return Activity(
        kind=ActivityKind(row.kind),
        title=row.title,
        starts_on=row.starts_on,
        ends_on=row.ends_on,
        host_city_id=row.host_city_id,
        status=ActivityStatus(row.status),
        meeting_id=row.meeting_id,
        description=row.description,
        participants=tuple(
            Participation(p.city_id, p.people)
            for p in sorted(row.participants, key=lambda p: p.city_id)
        ),
        costs=tuple(
            CostLine(
                CostCategory(c.category),
                PayerKind(c.payer),
                c.planned_grosze,
                c.spent_grosze,
                c.city_id,
            )
            for c in row.costs
        ),
        documents=tuple(
            SettlingDocument(DocumentKind(d.kind), d.file_name, d.size, d.sha256, d.id)
            for d in row.documents
        ),
        id=row.id,
    )
