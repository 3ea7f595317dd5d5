"""The services of one opened data folder, built by ``app.py`` for the window and the CLI.

Each service (and the engine under them) is built the first time it is asked for: a verb of the
command line, or the window's first page, imports and builds only what it uses.
"""

from __future__ import annotations

import importlib
import logging
import uuid
from functools import cached_property
from typing import TYPE_CHECKING

from pim_desktop import __version__, resources

if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlalchemy import Engine
    from sqlalchemy.engine import URL
    from sqlalchemy.orm import Session, sessionmaker

    from pim_desktop.domain.forms.catalog import FormCatalog
    from pim_desktop.paths import AppPaths
    from pim_desktop.persistence.attachment_store import AttachmentStore
    from pim_desktop.services.action_plan_service import ActionPlanService
    from pim_desktop.services.application_export_service import ApplicationExportService
    from pim_desktop.services.application_service import ApplicationService
    from pim_desktop.services.backup_service import BackupService
    from pim_desktop.services.capacity_service import CapacityService
    from pim_desktop.services.city_profile_service import CityProfileService
    from pim_desktop.services.data_folder_service import DataFolderService
    from pim_desktop.services.improvement_plan_service import ImprovementPlanService
    from pim_desktop.services.meeting_service import MeetingService
    from pim_desktop.services.network_activity_service import NetworkActivityService
    from pim_desktop.services.network_service import NetworkService
    from pim_desktop.services.partnership_service import PartnershipService
    from pim_desktop.services.portable.package_service import PackageService
    from pim_desktop.services.receipts.submission_proof_service import SubmissionProofService
    from pim_desktop.services.samples.sample_data_service import SampleDataService
    from pim_desktop.services.sending_service import SendingService
    from pim_desktop.services.settings_service import SettingsService
    from pim_desktop.services.signing_service import SigningService, StoreOpener
    from pim_desktop.services.team_database import TeamDatabaseSettings
    from pim_desktop.services.team_journal import TeamJournal
    from pim_desktop.services.team_live import TeamLive


log = logging.getLogger(__name__)

# What the first signature needs and takes a moment to import (pyHanko pulls in aiohttp).
_SIGNING_MODULES = (
    "pim_desktop.signing.pades",
    "pyhanko.sign.signers",
    "pyhanko.sign.validation",
    "pyhanko.pdf_utils.font.opentype",
)


class AppContext:
    """One data folder's engine and services, each made on first use and then kept."""

    def __init__(
        self,
        paths: AppPaths,
        *,
        read_only: bool = False,
        catalog: FormCatalog | None = None,
        certificate_store: StoreOpener | None = None,
        team_url: URL | None = None,
        notice: str = "",
    ) -> None:
        """Services over a database that is already at the newest schema: the data folder's
        file, or the team database at ``team_url``.

        Asking for a service whose forms are needed raises ``FormDefinitionError`` naming the
        file and the fault when a shipped form definition is malformed.
        """
        self.paths = paths
        self.read_only = read_only
        self._team_url = team_url
        # The team database's address without its password; "" for this computer's own file.
        self.team_database = "" if team_url is None else _masked(team_url)
        # Why the data were opened read-only when the officer did not ask for it (Polish), or "".
        self.notice = notice
        # None: the system's own store where there is one (Windows); tests hand in their own.
        self._certificate_store = certificate_store
        self._signing_warmed = False
        self._officer = ""
        # This running program, as notices and marks of who edits what name it.
        self.session_id = uuid.uuid4().hex
        if catalog is not None:
            self.forms = catalog

    @cached_property
    def forms(self) -> FormCatalog:
        from pim_desktop.domain.forms.catalog import FormCatalog

        return FormCatalog.load(resources.path("forms"))

    @cached_property
    def engine(self) -> Engine:
        from pim_desktop.persistence.engine import create_database_engine

        database = self.paths.database_file if self._team_url is None else self._team_url
        return create_database_engine(database, read_only=self.read_only)

    @cached_property
    def session_factory(self) -> sessionmaker[Session]:
        from pim_desktop.persistence.engine import make_session_factory

        factory = make_session_factory(self.engine)
        if self._team_url is not None:
            # Every committed change, from the window, a verb or an import, tells colleagues.
            from pim_desktop.persistence.change_notices import NoticeAuthor, announce_changes

            announce_changes(factory, NoticeAuthor(lambda: self.officer, self.session_id))
        return factory

    @cached_property
    def team_live(self) -> TeamLive | None:
        """Colleagues' changes and who edits what; ``None`` on this computer's own file."""
        if self._team_url is None:
            return None
        import platform

        from pim_desktop.services.team_live import TeamLive

        return TeamLive(
            self.engine.url,
            officer=lambda: self.officer,
            workstation=platform.node(),
            session=self.session_id,
            writes=not self.read_only,
        )

    @cached_property
    def attachments(self) -> AttachmentStore:
        from pim_desktop.persistence.attachment_store import AttachmentStore

        return AttachmentStore(self.paths.attachments_dir)

    @cached_property
    def settings(self) -> SettingsService:
        from pim_desktop.persistence.settings_store import SettingsStore
        from pim_desktop.services.settings_service import SettingsService

        return SettingsService(SettingsStore(self.paths.settings_file))

    @property
    def officer(self) -> str:
        """Who this program's changes are written by: the name given for this run, else the
        one in Settings, else the system login.

        Asked on every save and every notice to colleagues, so it reads no file: the settings
        service keeps the preferences it read once and what its Settings page last wrote.
        """
        return self._officer or self.settings.officer()

    def use_officer(self, name: str) -> None:
        """Write this run's changes under ``name`` (the command line's ``--officer``)."""
        self._officer = " ".join(name.split())[:200]

    @cached_property
    def city_profile(self) -> CityProfileService:
        from pim_desktop.services.city_profile_service import CityProfileService

        return CityProfileService(self.session_factory, officer=lambda: self.officer)

    @cached_property
    def sample_data(self) -> SampleDataService:
        from pim_desktop.services.samples.sample_data_service import SampleDataService

        return SampleDataService(
            self.session_factory, resources.path("samples"), lambda: self.officer
        )

    @cached_property
    def applications(self) -> ApplicationService:
        from pim_desktop.services.application_service import ApplicationService

        return ApplicationService(
            self.session_factory, self.forms, self.attachments, lambda: self.officer
        )

    @cached_property
    def signing(self) -> SigningService:
        from pim_desktop.persistence.trusted_certificates import TrustedCertificateStore
        from pim_desktop.services.signing_service import SigningService

        return SigningService(
            self.session_factory,
            self.applications,
            self.attachments,
            self.settings,
            TrustedCertificateStore(self.paths.trusted_certificates_dir),
            certificate_store=self._certificate_store,
        )

    @cached_property
    def exports(self) -> ApplicationExportService:
        from pim_desktop.services.application_export_service import ApplicationExportService

        return ApplicationExportService(
            self.session_factory, self.forms, officer=lambda: self.officer
        )

    @cached_property
    def partnership(self) -> PartnershipService:
        from pim_desktop.services.partnership_service import PartnershipService

        return PartnershipService(
            self.session_factory, self.attachments, officer=lambda: self.officer
        )

    @cached_property
    def meetings(self) -> MeetingService:
        from pim_desktop.services.meeting_service import MeetingService

        return MeetingService(self.session_factory, self.attachments, officer=lambda: self.officer)

    @cached_property
    def action_plan(self) -> ActionPlanService:
        from pim_desktop.services.action_plan_service import ActionPlanService

        return ActionPlanService(self.session_factory, officer=lambda: self.officer)

    @cached_property
    def network(self) -> NetworkService:
        from pim_desktop.services.network_service import NetworkService

        return NetworkService(self.session_factory)

    @cached_property
    def improvement_plan(self) -> ImprovementPlanService:
        from pim_desktop.services.improvement_plan_service import ImprovementPlanService

        return ImprovementPlanService(self.session_factory)

    @cached_property
    def network_activities(self) -> NetworkActivityService:
        from pim_desktop.services.network_activity_service import NetworkActivityService

        return NetworkActivityService(self.session_factory, self.attachments, self.network)

    @cached_property
    def capacity(self) -> CapacityService:
        from pim_desktop.services.capacity_service import CapacityService

        return CapacityService(self.session_factory)

    @cached_property
    def backups(self) -> BackupService:
        from pim_desktop.services.backup_service import BackupService

        if self._team_url is not None:
            # A team database is backed up on its server (pg_dump), not as a file here.
            from pim_desktop.services.team_database import ServerKeptBackups

            return ServerKeptBackups(self.paths.database_file, self.paths.backup_dir)
        return BackupService(self.paths.database_file, self.paths.backup_dir)

    @cached_property
    def packages(self) -> PackageService:
        from pim_desktop.services.portable.package_service import PackageService

        return PackageService(
            self.session_factory,
            self.forms,
            self.attachments,
            self.backups,
            program_version=__version__,
            officer=lambda: self.officer,
        )

    @cached_property
    def data_folder(self) -> DataFolderService:
        from pim_desktop.services.data_folder_service import DataFolderService

        return DataFolderService(self.paths, self.settings)

    @cached_property
    def sending(self) -> SendingService:
        from pim_desktop.services.sending_service import SendingService

        return SendingService(
            self.applications, self.signing, self.city_profile, self.settings, self.attachments
        )

    @cached_property
    def proofs(self) -> SubmissionProofService:
        from pim_desktop.services.receipts.submission_proof_service import (
            SubmissionProofService,
        )

        return SubmissionProofService(
            self.session_factory, self.applications, self.signing, self.attachments
        )

    def read_ahead(self) -> None:
        """Build the services the dashboard reads and read through each once: the first read
        imports the data layer and sets up its mappings, which then need not happen on the
        UI thread."""
        self.city_profile.load()
        self.meetings.figures()
        self.applications.summaries()

    def signing_warm_up(self) -> Callable[[], None] | None:
        """The work that imports the signing libraries before they are first needed, handed
        out once (``None`` afterwards) for the caller to run off the UI thread.

        The first signature then starts at once, and a .p12 file is then opened in its own
        process (``SigningService.start_key_worker``).
        """
        if self._signing_warmed:
            return None
        self._signing_warmed = True
        signing = self.signing  # built here, on the caller's thread, never on two at once

        def warm_up() -> None:
            import_signing_libraries()
            signing.start_key_worker()

        return warm_up

    def stop_signing_worker(self) -> None:
        """End the process that opens .p12 files, if it was started (the window closes)."""
        signing = self.__dict__.get("signing")
        if signing is not None:
            signing.stop_key_worker()

    @cached_property
    def team_settings(self) -> TeamDatabaseSettings:
        from pim_desktop.persistence.settings_store import SettingsStore
        from pim_desktop.services.team_database import TeamDatabaseSettings

        return TeamDatabaseSettings(SettingsStore(self.paths.settings_file))

    @cached_property
    def team_journal(self) -> TeamJournal | None:
        """The journal of edits waiting for the team database (``None`` on this computer's
        own file, which is always there)."""
        if self._team_url is None:
            return None
        from pim_desktop.persistence.journal_store import JournalStore
        from pim_desktop.services.record_journal import record_saves
        from pim_desktop.services.team_journal import TeamJournal, journal_folder

        return TeamJournal(
            JournalStore(journal_folder(self.paths.data_dir)),
            self.applications,
            self.packages,
            self.session_factory,
            database=self.team_database,
            officer=lambda: self.officer,
            records=record_saves(
                self.partnership, self.meetings, self.action_plan, self.city_profile
            ),
        )

    def close(self) -> None:
        self.stop_signing_worker()
        live = self.__dict__.get("team_live")
        if live is not None:
            live.stop()
        if "engine" in self.__dict__:
            self.engine.dispose()


def import_signing_libraries() -> None:
    """Import pyHanko's signing and checking modules (and the program's signing module)."""
    for module in _SIGNING_MODULES:
        try:
            importlib.import_module(module)
        except ImportError:  # the signature itself reports a missing library, in Polish
            log.warning("Could not import %s ahead of signing", module, exc_info=True)


def _masked(url: URL) -> str:
    from pim_desktop.persistence.engine import masked

    return masked(url)
