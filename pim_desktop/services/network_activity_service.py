"""The network's activities as the Leader runs them: storing an activity with its participants
and money, settling it with documents kept in the attachment store, and the report for the
Secretariat (PDF and CSV) with its totals."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from pim_desktop.domain.attachment import AttachmentRef
from pim_desktop.domain.network import Network, NetworkMeeting
from pim_desktop.domain.network_activity import (
    Activity,
    ActivityTotals,
    DocumentKind,
    SettlingDocument,
    activity_warnings,
    check_activity,
    totals,
    with_meeting_cities,
)
from pim_desktop.domain.problems import Problem
from pim_desktop.pdf.network_report_pdf import build_network_report
from pim_desktop.persistence.attachment_store import AttachmentStore
from pim_desktop.persistence.city_profile_repository import CityProfileRepository
from pim_desktop.persistence.network_activity_repository import NetworkActivityRepository
from pim_desktop.persistence.network_repository import NetworkRepository
from pim_desktop.services.errors import storage_errors
from pim_desktop.services.network_report import listing_json, report_document, write_report_csv
from pim_desktop.services.network_service import NetworkService
from pim_desktop.services.record_keeping import copy_for_opening, raise_if


@dataclass(frozen=True)
class ActivitiesOverview:
    network: Network
    activities: tuple[Activity, ...]
    warnings: dict[int, tuple[Problem, ...]]  # by activity id
    totals: ActivityTotals
    meetings: tuple[NetworkMeeting, ...]


class NetworkActivityService:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        attachments: AttachmentStore,
        network: NetworkService,
    ) -> None:
        self._session_factory = session_factory
        self._attachments = attachments
        self._network = network

    def overview(self, year: int | None = None) -> ActivitiesOverview:
        network = self._network.overview()
        activities = tuple(self.activities(year))
        return ActivitiesOverview(
            network.network,
            activities,
            {a.id or 0: tuple(activity_warnings(a)) for a in activities},
            totals(activities),
            network.meetings,
        )

    def activities(self, year: int | None = None) -> list[Activity]:
        """Every activity (of ``year``), with a linked meeting's cities as its participants."""
        with storage_errors(), self._session_factory() as session:
            stored = NetworkActivityRepository(session).activities()
            came = NetworkRepository(session).meeting_cities()
        return [
            with_meeting_cities(a, came.get(a.meeting_id, ())) if a.meeting_id else a
            for a in stored
            if year is None or a.year() == year
        ]

    def get(self, activity_id: int) -> Activity:
        with storage_errors(), self._session_factory() as session:
            return NetworkActivityRepository(session).get(activity_id)

    def save(self, activity: Activity) -> Activity:
        with storage_errors(), self._session_factory.begin() as session:
            cities = [c.id or 0 for c in NetworkRepository(session).load().cities]
            raise_if(check_activity(activity, cities))
            return NetworkActivityRepository(session).save(activity)

    def delete(self, activity_id: int) -> None:
        with storage_errors(), self._session_factory.begin() as session:
            NetworkActivityRepository(session).delete(activity_id)

    def add_document(self, activity_id: int, kind: DocumentKind, source: Path) -> Activity:
        """Copy ``source`` into the attachment store and list it as settling the activity."""
        stored = self._attachments.add(source)
        document = SettlingDocument(kind, stored.file_name, stored.size, stored.sha256)
        with storage_errors(), self._session_factory.begin() as session:
            repository = NetworkActivityRepository(session)
            activity = repository.get(activity_id)
            return repository.save(replace(activity, documents=(*activity.documents, document)))

    def remove_document(self, activity_id: int, document_id: int) -> Activity:
        with storage_errors(), self._session_factory.begin() as session:
            repository = NetworkActivityRepository(session)
            activity = repository.get(activity_id)
            kept = tuple(d for d in activity.documents if d.id != document_id)
            return repository.save(replace(activity, documents=kept))

    def export_document(self, sha256: str, target: Path) -> Path:
        return self._attachments.export(sha256, target)

    def document_copy(self, document: SettlingDocument, folder: Path) -> Path:
        """A copy of a settling document under its own name, for the system's viewer."""
        file = AttachmentRef(document.file_name, document.size, document.sha256)
        with storage_errors():
            return copy_for_opening(self._attachments, file, folder)

    def document_stored(self, sha256: str) -> bool:
        return self._attachments.has(sha256)

    # --- the report -------------------------------------------------------------------------

    def report_pdf(
        self, target: Path, year: int | None = None, created: dt.datetime | None = None
    ) -> int:
        """Write the network's report (of ``year``, else of every activity); return its pages."""
        network = self._network.network()
        with storage_errors(), self._session_factory() as session:
            prepared_by = CityProfileRepository(session).load().official_name
        period = f"rok {year}" if year else "cały okres"
        document = report_document(network, self.activities(year), period, prepared_by)
        return build_network_report(target, replace(document, created=created))

    def report_csv(self, target: Path, year: int | None = None) -> int:
        return write_report_csv(target, self._network.network(), self.activities(year))

    def listing_json(self, year: int | None = None) -> str:
        return listing_json(self.activities(year), self._network.network())
