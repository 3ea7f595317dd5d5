"""Prints applications: the PDF with its checksum, final prints recorded, printouts matched back.

Each public method is one unit of work. A draft print is always allowed and carries the
"WERSJA ROBOCZA" watermark; a final print needs an application without problems and is recorded
with its checksum, time and file, so a printout can later be traced to the application and
version it came from, even after the data changed.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from pim_desktop.domain.application import Application, ApplicationStatus, PrintRecord
from pim_desktop.domain.canonical import application_checksum, ungrouped
from pim_desktop.domain.file_names import ascii_name_part, edition_name_part
from pim_desktop.domain.forms.catalog import FormCatalog
from pim_desktop.domain.forms.definition import FormDefinition, Role
from pim_desktop.pdf.application_pdf import ApplicationDocument, build_application_pdf
from pim_desktop.pdf.checksum_reader import checksums_in_pdf, checksums_in_text
from pim_desktop.persistence.application_repository import ApplicationRepository
from pim_desktop.persistence.city_profile_repository import CityProfileRepository
from pim_desktop.persistence.print_repository import PrintRepository
from pim_desktop.services.application_document import (
    CREATOR,
    ExportResult,
    applicant_name,
    application_document,
    export_result,
    local_now,
)
from pim_desktop.services.errors import StorageError, storage_errors

__all__ = [
    "DRAFT_SUFFIX",
    "ApplicationExportService",
    "ExportResult",
    "MatchResult",
    "PrintMatch",
    "RenderedPdf",
    "local_now",
]

log = logging.getLogger(__name__)

DRAFT_SUFFIX = "wersja_robocza"


@dataclass(frozen=True)
class RenderedPdf:
    """A PDF made in memory, for the preview and the printer."""

    application_id: int
    version_number: int
    data: bytes
    pages: int
    checksum: str
    draft: bool


@dataclass(frozen=True)
class PrintMatch:
    """An application version whose data has, or had when it was printed, the checksum."""

    application: Application
    definition: FormDefinition
    current: bool
    prints: tuple[PrintRecord, ...] = ()

    @property
    def role_label(self) -> str:
        return self.definition.role_label(Role(self.application.role))

    @property
    def network_name(self) -> str:
        return next(
            (n.name for n in self.definition.networks if n.id == self.application.network_id),
            self.application.network_id,
        )


@dataclass(frozen=True)
class MatchResult:
    """What was compared (empty when no checksum could be read) and what it matched."""

    checksums: tuple[str, ...]
    matches: tuple[PrintMatch, ...]


class ApplicationExportService:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        catalog: FormCatalog,
        *,
        creator: str = CREATOR,
        clock: Callable[[], dt.datetime] = local_now,
        officer: Callable[[], str] = lambda: "",
    ) -> None:
        """``officer`` names who prints (a final print marks the application checked)."""
        self._officer = officer
        self._session_factory = session_factory
        self._catalog = catalog
        self._creator = creator
        self._clock = clock

    # --- printing -------------------------------------------------------------------------

    def render_pdf(self, application_id: int, *, draft: bool) -> RenderedPdf:
        """The PDF in memory; a final one only for an application without problems."""
        with storage_errors(), self._session_factory() as session:
            document = self._document(session, application_id, draft=draft)
        stream = io.BytesIO()
        pages = build_application_pdf(stream, document)
        return RenderedPdf(
            application_id,
            document.version_number,
            stream.getvalue(),
            pages,
            document.checksum,
            draft,
        )

    def export_pdf(self, application_id: int, target: Path, *, draft: bool) -> ExportResult:
        """Write the PDF to ``target``; a final one is refused with the check's problems
        (``ValidationFailed``) and, once written, recorded on the application."""
        if draft:
            with storage_errors(), self._session_factory() as session:
                document = self._document(session, application_id, draft=True)
            pages = build_application_pdf(target, document)
            return export_result(target, document, pages)
        written = False
        try:
            with storage_errors(), self._session_factory.begin() as session:
                document = self._document(session, application_id, draft=False)
                pages = build_application_pdf(target, document)
                written = True
                result = export_result(target, document, pages)
                PrintRepository(session).add(
                    application_id=application_id,
                    checksum=document.checksum,
                    printed_at=document.printed_at.astimezone(dt.UTC),
                    pages=pages,
                    file_path=str(target.resolve()),
                    file_size=result.size,
                )
                _mark_checked(ApplicationRepository(session, self._officer()), application_id)
        except StorageError:
            # A final PDF that was not recorded must not be taken for one that was.
            if written:
                target.unlink(missing_ok=True)
            raise
        log.info("Application %s printed to %s (%s pages)", application_id, target, pages)
        return result

    def record_paper_print(self, rendered: RenderedPdf) -> PrintRecord:
        """Record a final PDF sent to a printer (it has no file)."""
        if rendered.draft:
            raise ValueError("draft prints are not recorded")
        with storage_errors(), self._session_factory.begin() as session:
            return PrintRepository(session).add(
                application_id=rendered.application_id,
                checksum=rendered.checksum,
                printed_at=self._clock().astimezone(dt.UTC),
                pages=rendered.pages,
            )

    def prints(self, application_id: int) -> list[PrintRecord]:
        with storage_errors(), self._session_factory() as session:
            return PrintRepository(session).for_application(application_id)

    def suggested_file_name(self, application_id: int, *, draft: bool, today: dt.date) -> str:
        """City, edition, role and date in ASCII: ``Gmina_Miasto_Przykladowo_PIM3_Lider_….pdf``."""
        with storage_errors(), self._session_factory() as session:
            application = ApplicationRepository(session).get(application_id)
            definition = self._catalog.get(application.form_id, application.form_version)
            city = applicant_name(definition, application.values)
            city = city or CityProfileRepository(session).load().official_name
        parts = [
            ascii_name_part(city),
            edition_name_part(definition.edition.name),
            ascii_name_part(application.role.capitalize()),
            today.isoformat(),
        ]
        if draft:
            parts.append(DRAFT_SUFFIX)
        return "_".join(part for part in parts if part) + ".pdf"

    # --- matching a printout ------------------------------------------------------------------

    def match(self, source: Path | str) -> MatchResult:
        """Which applications a PDF file (a Path) or a typed checksum (a str) belongs to."""
        if isinstance(source, Path):
            return self.match_file(source)
        typed = ungrouped(source)
        found = checksums_in_text(source) or ([typed] if len(typed) == 64 else [])
        return self._matching(found)

    def match_file(self, path: Path) -> MatchResult:
        """Reads the checksum from the file's metadata, or from its page text."""
        return self._matching(checksums_in_pdf(path.read_bytes()))

    def match_text(self, text: str) -> MatchResult:
        """For text a PDF reader extracted from a printout's file."""
        return self._matching(checksums_in_text(text))

    def _matching(self, checksums: Iterable[str]) -> MatchResult:
        wanted = tuple(dict.fromkeys(checksums))
        if not wanted:
            return MatchResult((), ())
        with storage_errors(), self._session_factory() as session:
            applications = ApplicationRepository(session).all()
            prints = PrintRepository(session)
            recorded = [record for checksum in wanted for record in prints.with_checksum(checksum)]
        matches = []
        for application in applications:
            current = application_checksum(application) in wanted
            own = tuple(r for r in recorded if r.application_id == application.id)
            if current or own:
                definition = self._catalog.get(application.form_id, application.form_version)
                matches.append(PrintMatch(application, definition, current, own))
        return MatchResult(wanted, tuple(matches))

    # --- helpers --------------------------------------------------------------------------

    def _document(
        self, session: Session, application_id: int, *, draft: bool
    ) -> ApplicationDocument:
        return application_document(
            self._catalog,
            ApplicationRepository(session).get(application_id),
            lambda: CityProfileRepository(session).load().official_name,
            draft=draft,
            printed_at=self._clock(),
            creator=self._creator,
        )


def _mark_checked(applications: ApplicationRepository, application_id: int) -> None:
    """A final print passed the check: a draft becomes ready (the status the check gives)."""
    if applications.get(application_id).status is ApplicationStatus.DRAFT:
        applications.set_status(application_id, ApplicationStatus.READY)
