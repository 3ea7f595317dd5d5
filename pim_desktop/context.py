"""The services of one opened data folder, built by ``app.py`` for the window and the CLI."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine

from pim_desktop import __version__, resources
from pim_desktop.domain.forms.catalog import FormCatalog
from pim_desktop.paths import AppPaths
from pim_desktop.persistence.attachment_store import AttachmentStore
from pim_desktop.persistence.engine import create_database_engine, make_session_factory
from pim_desktop.persistence.settings_store import SettingsStore
from pim_desktop.persistence.trusted_certificates import TrustedCertificateStore
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
from pim_desktop.services.signing_service import SigningService


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
    network_activities: NetworkActivityService
    capacity: CapacityService
    backups: BackupService
    packages: PackageService
    data_folder: DataFolderService
    sending: SendingService
    proofs: SubmissionProofService

    @classmethod
    def open(
        cls, paths: AppPaths, *, read_only: bool = False, catalog: FormCatalog | None = None
    ) -> AppContext:
        """Services over a database that is already at the newest schema.

        Raises ``FormDefinitionError`` naming the file and the fault when a shipped form
        definition is malformed.
        """
        forms = catalog or FormCatalog.load(resources.path("forms"))
        engine = create_database_engine(paths.database_file, read_only=read_only)
        session_factory = make_session_factory(engine)
        settings = SettingsService(SettingsStore(paths.settings_file))
        attachments = AttachmentStore(paths.attachments_dir)
        applications = ApplicationService(session_factory, forms, attachments)
        backups = BackupService(paths.database_file, paths.backup_dir)
        signing = SigningService(
            session_factory,
            applications,
            attachments,
            settings,
            TrustedCertificateStore(paths.trusted_certificates_dir),
        )
        city_profile = CityProfileService(session_factory)
        network = NetworkService(session_factory)
        return cls(
            paths=paths,
            read_only=read_only,
            engine=engine,
            settings=settings,
            city_profile=city_profile,
            sample_data=SampleDataService(session_factory, resources.path("samples")),
            applications=applications,
            signing=signing,
            exports=ApplicationExportService(session_factory, forms),
            partnership=PartnershipService(session_factory, attachments),
            meetings=MeetingService(session_factory, attachments),
            action_plan=ActionPlanService(session_factory),
            network=network,
            improvement_plan=ImprovementPlanService(session_factory),
            network_activities=NetworkActivityService(session_factory, attachments, network),
            capacity=CapacityService(session_factory),
            backups=backups,
            packages=PackageService(
                session_factory, forms, attachments, backups, program_version=__version__
            ),
            data_folder=DataFolderService(paths, settings),
            sending=SendingService(applications, signing, city_profile, settings, attachments),
            proofs=SubmissionProofService(session_factory, applications, signing, attachments),
        )

    def close(self) -> None:
        self.engine.dispose()
