"""The services of one opened data folder, built by ``app.py`` for the window and the CLI."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.engine import URL

from pim_desktop import __version__, resources
from pim_desktop.domain.forms.catalog import FormCatalog
from pim_desktop.paths import AppPaths
from pim_desktop.persistence.attachment_store import AttachmentStore
from pim_desktop.persistence.engine import (
    create_database_engine,
    make_session_factory,
    masked,
)
from pim_desktop.persistence.settings_store import SettingsStore
from pim_desktop.persistence.trusted_certificates import TrustedCertificateStore
from pim_desktop.services.action_plan_service import ActionPlanService
from pim_desktop.services.application_export_service import ApplicationExportService
from pim_desktop.services.application_service import ApplicationService
from pim_desktop.services.backup_service import BackupService
from pim_desktop.services.city_profile_service import CityProfileService
from pim_desktop.services.data_folder_service import DataFolderService
from pim_desktop.services.improvement_plan_service import ImprovementPlanService
from pim_desktop.services.meeting_service import MeetingService
from pim_desktop.services.network_service import NetworkService
from pim_desktop.services.partnership_service import PartnershipService
from pim_desktop.services.portable.package_service import PackageService
from pim_desktop.services.samples.sample_data_service import SampleDataService
from pim_desktop.services.settings_service import SettingsService
from pim_desktop.services.signing_service import SigningService
from pim_desktop.services.team_database import ServerKeptBackups, TeamDatabaseSettings


@dataclass
class AppContext:
    paths: AppPaths
    read_only: bool
    engine: Engine
    settings: SettingsService
    city_profile: CityProfileService
    sample_data: SampleDataService
    applications: ApplicationService
    signing: SigningService
    exports: ApplicationExportService
    partnership: PartnershipService
    meetings: MeetingService
    action_plan: ActionPlanService
    network: NetworkService
    improvement_plan: ImprovementPlanService
    backups: BackupService
    packages: PackageService
    data_folder: DataFolderService
    team_settings: TeamDatabaseSettings
    # The team database's address without its password; "" for this computer's own file.
    team_database: str = ""
    # Why the data were opened read-only when the officer did not ask for it (Polish), or "".
    notice: str = ""

    @classmethod
    def open(
        cls,
        paths: AppPaths,
        *,
        read_only: bool = False,
        catalog: FormCatalog | None = None,
        team_url: URL | None = None,
        notice: str = "",
    ) -> AppContext:
        """Services over a database that is already at the newest schema: the data folder's
        file, or the team database at ``team_url``.

        Raises ``FormDefinitionError`` naming the file and the fault when a shipped form
        definition is malformed.
        """
        forms = catalog or FormCatalog.load(resources.path("forms"))
        database = paths.database_file if team_url is None else team_url
        engine = create_database_engine(database, read_only=read_only)
        session_factory = make_session_factory(engine)
        store = SettingsStore(paths.settings_file)
        settings = SettingsService(store)
        attachments = AttachmentStore(paths.attachments_dir)
        applications = ApplicationService(session_factory, forms, attachments)
        backups_kind = BackupService if team_url is None else ServerKeptBackups
        backups = backups_kind(paths.database_file, paths.backup_dir)
        return cls(
            paths=paths,
            read_only=read_only,
            engine=engine,
            settings=settings,
            city_profile=CityProfileService(session_factory),
            sample_data=SampleDataService(session_factory, resources.path("samples")),
            applications=applications,
            signing=SigningService(
                session_factory,
                applications,
                attachments,
                settings,
                TrustedCertificateStore(paths.trusted_certificates_dir),
            ),
            exports=ApplicationExportService(session_factory, forms),
            partnership=PartnershipService(session_factory, attachments),
            meetings=MeetingService(session_factory, attachments),
            action_plan=ActionPlanService(session_factory),
            network=NetworkService(session_factory),
            improvement_plan=ImprovementPlanService(session_factory),
            backups=backups,
            packages=PackageService(
                session_factory, forms, attachments, backups, program_version=__version__
            ),
            data_folder=DataFolderService(paths, settings),
            team_settings=TeamDatabaseSettings(store),
            team_database="" if team_url is None else masked(team_url),
            notice=notice,
        )

    def close(self) -> None:
        self.engine.dispose()
