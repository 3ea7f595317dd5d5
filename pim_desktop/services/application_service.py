"""The city's applications: start one from a form, save its values, check it, move its status.

Each public method is one unit of work. A signed or sent application is frozen; the only way to
change it is ``new_version``, which copies it into a new draft. Several officers may edit one
application: a save names the version it started from, and one made against an older version is
merged field by field with what was stored meanwhile, or refused with the fields both changed.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from pim_desktop.domain.application import (
    Application,
    ApplicationFrozen,
    ApplicationStatus,
    FieldChange,
    Submission,
    Values,
)
from pim_desktop.domain.dates import days_left
from pim_desktop.domain.edit_conflicts import EditConflict, merge_fields
from pim_desktop.domain.forms.catalog import FormCatalog
from pim_desktop.domain.forms.check import check_application, completeness
from pim_desktop.domain.forms.definition import FormDefinition, Role
from pim_desktop.domain.forms.prefill import prefill_values
from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP
from pim_desktop.domain.problems import Problem, ValidationFailed
from pim_desktop.persistence.application_repository import ApplicationRepository
from pim_desktop.persistence.attachment_store import AttachmentStore, StoredFile
from pim_desktop.persistence.city_profile_repository import CityProfileRepository
from pim_desktop.services.errors import storage_errors

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ApplicationSummary:
    """One row of the applications list."""

    application: Application
    definition: FormDefinition
    completeness: float
    problem_count: int

    @property
    def id(self) -> int:
        return self.application.id

    @property
    def network_name(self) -> str:
        return next(
            (n.name for n in self.definition.networks if n.id == self.application.network_id),
            self.application.network_id,
        )

    def days_left(self, today: dt.date) -> int | None:
        return days_left(self.definition.call.deadline, today)


@dataclass(frozen=True)
class SavedValues:
    """What a save wrote; ``others_by`` names who stored the newer version it was merged into
    (``""``: the save started from the stored version)."""

    application: Application
    others_by: str = ""
    merged: bool = False


class ApplicationService:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        catalog: FormCatalog,
        attachments: AttachmentStore,
        officer: Callable[[], str] = lambda: "",
    ) -> None:
        """``officer`` names who makes the changes (asked at each change: Settings may move)."""
        self._session_factory = session_factory
        self.catalog = catalog
        self._attachments = attachments
        self._officer = officer

    # --- reading ------------------------------------------------------------------------

    def officer(self) -> str:
        """Who the changes made now are written by."""
        return self._officer()

    def summaries(self) -> list[ApplicationSummary]:
        with storage_errors(), self._session_factory() as session:
            applications = ApplicationRepository(session).all()
        return [self._summary(application) for application in applications]

    def load(self, application_id: int) -> Application:
        with storage_errors(), self._session_factory() as session:
            return ApplicationRepository(session).get(application_id)

    def definition_of(self, application: Application) -> FormDefinition:
        """The definition the application was started on, never a newer one."""
        return self.catalog.get(application.form_id, application.form_version)

    def check(self, application_id: int) -> list[Problem]:
        application = self.load(application_id)
        return check_application(
            self.definition_of(application), Role(application.role), application.values
        )

    def history(self, application_id: int) -> list[FieldChange]:
        with storage_errors(), self._session_factory() as session:
            return ApplicationRepository(session).history(application_id)

    def history_since_export(self, application_id: int) -> ApplicationHistory:
        with storage_errors(), self._session_factory() as session:
            repository = ApplicationRepository(session)
            return ApplicationHistory(
                repository.history(application_id), repository.last_export(application_id)
            )

    def allowed_networks(self, definition: FormDefinition) -> list[str]:
        """Networks a new application may choose; one only where the edition allows one."""
        all_ids = [network.id for network in definition.networks]
        if not definition.one_network_per_city:
            return all_ids
        with storage_errors(), self._session_factory() as session:
            taken = {
                a.network_id
                for a in ApplicationRepository(session).all()
                if a.form_id == definition.id
            }
        return sorted(taken) if taken else all_ids

    # --- changing -----------------------------------------------------------------------

    def create(self, definition: FormDefinition, role: Role, network_id: str) -> Application:
        """Start a draft pre-filled from the city profile."""
        if network_id not in self.allowed_networks(definition):
            raise ValidationFailed([_one_network_problem(definition)])
        with storage_errors(), self._session_factory.begin() as session:
            profile = CityProfileRepository(session).load()
            application = ApplicationRepository(session, self._officer()).add(
                form_id=definition.id,
                form_version=definition.version,
                role=role.value,
                network_id=network_id,
                values=prefill_values(definition, role, profile, network_id),
            )
        log.info("Application %s started on %s %s", application.id, definition.id, role.value)
        return application

    def save_values(
        self,
        application_id: int,
        changes: Values,
        *,
        base_version: int | None = None,
        original: Values | None = None,
    ) -> Application:
        """Store changed fields (``None`` clears one) and record them in the history; see
        ``save_edits`` for ``base_version`` and ``original``."""
        return self.save_edits(
            application_id, changes, base_version=base_version, original=original
        ).application

    def save_edits(
        self,
        application_id: int,
        changes: Values,
        *,
        base_version: int | None = None,
        original: Values | None = None,
    ) -> SavedValues:
        """Store an editor's changes made from ``base_version``, whose changed fields held
        ``original`` then. A newer stored version is merged with them field by field; a field
        both changed raises ``EditConflict`` and nothing is written. Without a base version
        (the command line, an import) the changes are written as they are."""
        with storage_errors(), self._session_factory.begin() as session:
            repository = ApplicationRepository(session, self._officer())
            stored = repository.get(application_id, for_update=True)
            if stored.is_frozen:
                raise ApplicationFrozen(application_id)
            moved_on = base_version is not None and stored.row_version != base_version
            if moved_on:
                changes = self._merged(stored, changes, original or {})
            application, recorded = repository.update_values(application_id, changes)
            if recorded and application.status is ApplicationStatus.READY:
                # A changed application must be checked again before it counts as ready.
                application = repository.set_status(application_id, ApplicationStatus.DRAFT)
        if moved_on:
            log.info("Application %s: saved into the newer version of another", application_id)
        return SavedValues(application, stored.changed_by if moved_on else "", moved_on)

    def _merged(self, stored: Application, changes: Values, original: Values) -> Values:
        """The changes merged into the stored values; ``EditConflict`` names the fields that
        both changed, with their labels from the form."""
        fields = set(changes)
        outcome = merge_fields(
            {field_id: original.get(field_id) for field_id in fields},
            {field_id: stored.values.get(field_id) for field_id in fields},
            changes,
            theirs_by=stored.changed_by,
        )
        if outcome.clean:
            return outcome.merged
        definition = self.definition_of(stored)
        raise EditConflict(
            "application",
            stored.id,
            stored.row_version,
            outcome,
            changed_by=stored.changed_by,
            labels={c.field_id: field_label(definition, c.field_id) for c in outcome.conflicts},
            changed_at=stored.updated_at,
        )

    def mark_ready(self, application_id: int) -> Application:
        problems = self.check(application_id)
        if problems:
            raise ValidationFailed(problems)
        return self._set_status(application_id, ApplicationStatus.READY)

    def mark_signed(
        self, application_id: int, record: Callable[[Session], object] | None = None
    ) -> Application:
        """Freeze the application as signed; ``record`` stores the signed file in the same
        transaction, so the status and the file it rests on change together or not at all."""
        return self._set_status(application_id, ApplicationStatus.SIGNED, record=record)

    def mark_sent(self, application_id: int, submission: Submission) -> Application:
        return self._set_status(application_id, ApplicationStatus.SENT, submission)

    def new_version(self, application_id: int) -> Application:
        """Copy a (frozen) application into a new draft of the same lineage."""
        with storage_errors(), self._session_factory.begin() as session:
            repository = ApplicationRepository(session, self._officer())
            source = repository.get(application_id)
            newest = max(a.version_number for a in repository.lineage(source.lineage_id))
            copy = repository.add(
                form_id=source.form_id,
                form_version=source.form_version,
                role=source.role,
                network_id=source.network_id,
                values=source.values,
                version_number=newest + 1,
                lineage_id=source.lineage_id,
                previous_id=source.id,
                lineage_uid=source.lineage_uid or None,
            )
        log.info(
            "Application %s: new version %s as %s", application_id, copy.version_number, copy.id
        )
        return copy

    def delete_draft(self, application_id: int) -> None:
        with storage_errors(), self._session_factory.begin() as session:
            repository = ApplicationRepository(session)
            if repository.get(application_id).is_frozen:
                raise ApplicationFrozen(application_id)
            repository.delete(application_id)

    def store_attachment(self, source: Path) -> StoredFile:
        """Keep a copy of ``source`` in the data folder; the caller puts the value in a field."""
        return self._attachments.add(source)

    def attachment_path(self, sha256: str) -> Path:
        return self._attachments.path_of(sha256)

    # --- helpers ------------------------------------------------------------------------

    def _set_status(
        self,
        application_id: int,
        status: ApplicationStatus,
        submission: Submission | None = None,
        record: Callable[[Session], object] | None = None,
    ) -> Application:
        with storage_errors(), self._session_factory.begin() as session:
            application = ApplicationRepository(session, self._officer()).set_status(
                application_id, status, submission
            )
            if record is not None:
                record(session)
        log.info("Application %s is now %s", application_id, status.value)
        return application

    def _summary(self, application: Application) -> ApplicationSummary:
        definition = self.definition_of(application)
        role = Role(application.role)
        return ApplicationSummary(
            application=application,
            definition=definition,
            completeness=completeness(definition, role, application.values),
            problem_count=len(check_application(definition, role, application.values)),
        )


@dataclass(frozen=True)
class ApplicationHistory:
    """An application's changes, oldest first, and when it last left in a portable file."""

    changes: list[FieldChange]
    last_export: dt.datetime | None

    def since_last_export(self, change: FieldChange) -> bool:
        """Whether ``change`` came after the last export (every change, when there was none)."""
        return self.last_export is None or change.changed_at > self.last_export


def field_label(definition: FormDefinition, field_id: str) -> str:
    """The field's label in the form (its id when the form has no such field)."""
    try:
        return definition.field(field_id).label
    except KeyError:
        return field_id


def _one_network_problem(definition: FormDefinition) -> Problem:
    message = QT_TRANSLATE_NOOP(
        "domain",
        "W naborze „{edition}” miasto może zgłosić się tylko do jednej sieci, a ma już wniosek "
        "do innej.",
    )
    return Problem("network", "one_network_per_city", message, {"edition": definition.edition.name})
