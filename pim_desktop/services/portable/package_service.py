"""Export to and import from the portable file (.pim).

An import reads and checks everything first (the zip's names and sizes, the manifest's hashes,
the format version, the JSON, every value against its form) and writes nothing until all of it
has passed; the database then changes in one transaction, after a backup. New attachment files
stored for an import that fails are removed again.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from pim_desktop.domain.application import Application
from pim_desktop.domain.canonical import application_checksum, normalised
from pim_desktop.domain.city import CityProfile
from pim_desktop.domain.forms.catalog import FormCatalog
from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP
from pim_desktop.domain.portable.application_rules import attachment_hashes
from pim_desktop.domain.portable.data_format import (
    PackagedApplication,
    PackageData,
    data_bytes,
    data_document,
    kind_counts,
)
from pim_desktop.domain.portable.manifest import (
    DATA_NAME,
    FORMAT_VERSION,
    MANIFEST_NAME,
    MIN_PROGRAM_VERSION,
    Manifest,
    Part,
    Scope,
    attachment_part_name,
    manifest_bytes,
)
from pim_desktop.domain.portable.partnership_records import (
    CityData,
    check_city_data,
    city_documents,
)
from pim_desktop.domain.portable.proof_records import KIND_SUBMISSION_PROOFS, proof_documents
from pim_desktop.domain.problems import Refused
from pim_desktop.persistence.application_repository import (
    ApplicationRepository,
    new_lineage_uid,
)
from pim_desktop.persistence.attachment_store import AttachmentStore, sha256_of
from pim_desktop.persistence.city_profile_repository import CityProfileRepository
from pim_desktop.persistence.package_archive import PackageLimits, open_package_archive
from pim_desktop.persistence.zip_archive import Archive, write_archive
from pim_desktop.services.backup_service import Backup, BackupService
from pim_desktop.services.errors import StorageError, storage_errors
from pim_desktop.services.portable.import_preview import (
    WRITING_STEPS,
    ClashChoice,
    ImportPreview,
    KindStep,
    LineageOutcome,
    LineagePlan,
    ProfileOutcome,
    kind_steps,
    plan_kinds,
    plan_lineages,
    profile_outcome,
)
from pim_desktop.services.portable.package_check import PackageChecker, sha256_of_bytes
from pim_desktop.services.portable.partnership_transfer import CityDataWriter, load_city_data
from pim_desktop.services.portable.proof_transfer import add_proofs, proofs_of

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    applications: int
    attachments: int
    size: int
    missing_attachments: int = 0  # referred to, but not in the data folder: not in the file
    kinds: Mapping[str, int] = field(default_factory=dict)  # records of each kind in the file


@dataclass(frozen=True)
class ImportResult:
    added: int  # application versions written
    replaced: int  # lineages here that the file replaced
    kept_both: int  # lineages added beside a clashing one
    skipped: int  # lineages already here
    profile_changed: bool
    backup: Backup | None
    kinds: Mapping[str, KindStep] = field(default_factory=dict)  # what became of each kind


class PackageService:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        catalog: FormCatalog,
        attachments: AttachmentStore,
        backups: BackupService,
        *,
        program_version: str,
        limits: PackageLimits | None = None,
        officer: Callable[[], str] = lambda: "",
    ) -> None:
        """``officer`` names who imports (written beside the applications it adds)."""
        self._officer = officer
        self._session_factory = session_factory
        self._catalog = catalog
        self._attachments = attachments
        self._backups = backups
        self._program_version = program_version
        self._limits = limits or PackageLimits()
        self._checker = PackageChecker(catalog, attachments, program_version, self._limits)

    # --- export -------------------------------------------------------------------------------

    def export_application(self, application_id: int, target: Path) -> ExportResult:
        """One application with every version of its lineage."""
        with storage_errors(), self._session_factory() as session:
            repository = ApplicationRepository(session)
            lineage = repository.lineage(repository.get(application_id).lineage_id)
        return self._export(lineage, None, Scope.APPLICATION, target)

    def export_all(self, target: Path) -> ExportResult:
        """The city profile, every application with all its versions, the partnership register,
        the meetings, the MID and the network."""
        with storage_errors(), self._session_factory() as session:
            applications = ApplicationRepository(session).all()
            profile = CityProfileRepository(session).load()
            city = load_city_data(session)
        check_city_data(city, _E_EXPORT_CITY_INVALID)
        return self._export(applications, profile, Scope.ALL, target, city_documents(city))

    def export_detached(self, applications: Sequence[Application], target: Path) -> ExportResult:
        """Applications as this computer holds them, written without asking the database (its
        server may be away): no proofs of sending (an editable draft has none), and the export
        is not recorded in their history."""
        return self._write_package(applications, None, Scope.APPLICATION, target, None)

    def _export(
        self,
        applications: Sequence[Application],
        profile: CityProfile | None,
        scope: Scope,
        target: Path,
        city: Mapping[str, Any] | None = None,
    ) -> ExportResult:
        with storage_errors(), self._session_factory() as session:
            proofs = proof_documents(proofs_of(session, applications))
        if proofs:
            city = {**(city or {}), KIND_SUBMISSION_PROOFS: proofs}
        result = self._write_package(applications, profile, scope, target, city)
        with storage_errors(), self._session_factory.begin() as session:
            repository = ApplicationRepository(session)
            for application in applications:
                repository.record_export(
                    application.id, target.name, application_checksum(application)
                )
        return result

    def _write_package(
        self,
        applications: Sequence[Application],
        profile: CityProfile | None,
        scope: Scope,
        target: Path,
        city: Mapping[str, Any] | None,
    ) -> ExportResult:
        for application in applications:
            self._checker.check_portable(application, _E_EXPORT_INVALID)
        files, missing = self._attachment_files(applications, attachment_hashes(city))
        document = normalised(data_document(profile, applications, city))
        data = data_bytes(document)
        parts = {DATA_NAME: Part(sha256_of_bytes(data), len(data))}
        for sha256, path in files.items():
            parts[attachment_part_name(sha256)] = Part(sha256, path.stat().st_size)
        kinds = kind_counts(document)
        manifest = Manifest(
            format_version=FORMAT_VERSION,
            min_program_version=MIN_PROGRAM_VERSION,
            program_version=self._program_version,
            created=dt.datetime.now(dt.UTC).replace(microsecond=0),
            scope=scope,
            kinds=kinds,
            parts=parts,
            missing_attachments=tuple(sorted(missing)),
        )
        contents: list[tuple[str, bytes | Path]] = [
            (MANIFEST_NAME, manifest_bytes(manifest)),
            (DATA_NAME, data),
        ]
        contents += [(attachment_part_name(sha), path) for sha, path in sorted(files.items())]
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            write_archive(target, contents)
        except OSError as error:
            raise Refused(_E_WRITE_FAILED, path=str(target), detail=str(error)) from error
        log.info("Exported %d applications to %s", len(applications), target)
        return ExportResult(
            target, len(applications), len(files), target.stat().st_size, len(missing), kinds
        )

    def _attachment_files(
        self, applications: Sequence[Application], others: set[str]
    ) -> tuple[dict[str, Path], set[str]]:
        """The attached files to carry, and those the data folder lacks (or holds damaged);
        ``others``: the files the partnership data refer to."""
        wanted = set(others)
        for application in applications:
            receipt = application.submission.receipt if application.submission else None
            wanted |= attachment_hashes([application.values, receipt])
        files: dict[str, Path] = {}
        missing: set[str] = set()
        for sha256 in sorted(wanted):
            path = self._attachments.path_of(sha256)
            if path.is_file() and sha256_of(path) == sha256:
                files[sha256] = path
            else:
                missing.add(sha256)
        if missing:
            log.warning("Exporting without %d attachment files missing here", len(missing))
        return files, missing

    # --- import -------------------------------------------------------------------------------

    def preview(self, source: Path) -> ImportPreview:
        """Read and check the whole file; say what an import would add. Nothing is written."""
        with open_package_archive(source, self._limits) as archive:
            package = self._checker.verify(archive)
        local, here, city = self._local_state()
        return ImportPreview(
            source=source,
            created=package.manifest.created,
            program_version=package.manifest.program_version,
            scope=package.manifest.scope,
            profile=profile_outcome(package.data.city_profile, here),
            profile_name=(package.data.city_profile or CityProfile()).official_name,
            lineages=plan_lineages(package.data, local, self._catalog),
            attachments=len(package.attachment_parts),
            new_attachments=sum(not self._attachments.has(sha) for sha in package.attachment_parts),
            missing_attachments=len(package.manifest.missing_attachments),
            skipped_kinds=package.data.unknown_kinds,
            kinds=plan_kinds(package.city_documents, city_documents(city)),
        )

    def import_package(
        self, source: Path, on_clash: ClashChoice = ClashChoice.KEEP_BOTH
    ) -> ImportResult:
        """All or nothing: after the checks and a backup, one transaction writes everything."""
        with open_package_archive(source, self._limits) as archive:
            package = self._checker.verify(archive)
            local, here, city = self._local_state()
            plans = plan_lineages(package.data, local, self._catalog)
            profile = profile_outcome(package.data.city_profile, here)
            kinds = plan_kinds(package.city_documents, city_documents(city))
            steps = kind_steps(kinds, on_clash)
            if _nothing_to_write(plans, profile, on_clash, steps):
                skipped = len(plans)
                return ImportResult(0, 0, 0, skipped, False, None, steps)
            backup = self._backups.create(only_if_changed=True).backup
            stored = self._store_attachments(archive, package.attachment_parts)
            try:
                result = self._write(package.data, plans, profile, on_clash, (city, steps))
            except (StorageError, Refused):
                for sha256 in stored:
                    self._attachments.remove(sha256)
                raise
        log.info("Imported %s: %s", source, result)
        return replace(result, backup=backup)

    def _write(
        self,
        data: PackageData,
        plans: Sequence[LineagePlan],
        profile: ProfileOutcome,
        on_clash: ClashChoice,
        city: tuple[CityData, Mapping[str, KindStep]],
    ) -> ImportResult:
        """``city``: the partnership data here, and the step for each kind of the file."""
        here, steps = city
        added = replaced = kept_both = skipped = 0
        uids: dict[str, str] = {}  # the file's lineage → the lineage it was added as here
        with storage_errors(), self._session_factory.begin() as session:
            repository = ApplicationRepository(session, self._officer())
            for plan in plans:
                if plan.outcome is LineageOutcome.PRESENT:
                    skipped += 1
                    continue
                uid = plan.lineage_uid
                if plan.outcome is LineageOutcome.CLASH:
                    if on_clash is ClashChoice.REPLACE and plan.local_lineage_id is not None:
                        repository.delete_lineage(plan.local_lineage_id)
                        replaced += 1
                    else:
                        kept_both += 1
                        if plan.same_lineage:
                            uid = new_lineage_uid()
                added += _add_lineage(repository, plan.versions, uid)
                uids[plan.lineage_uid] = uid
            add_proofs(session, data.proofs, uids)
            changed = profile is ProfileOutcome.NEW or (
                profile is ProfileOutcome.DIFFERENT and on_clash is ClashChoice.REPLACE
            )
            if changed and data.city_profile is not None:
                CityProfileRepository(session).save(data.city_profile, self._officer())
            CityDataWriter(session).write(data.city, here, steps)
        return ImportResult(added, replaced, kept_both, skipped, changed, None, steps)

    def _store_attachments(self, archive: Archive, hashes: Sequence[str]) -> list[str]:
        stored: list[str] = []
        try:
            for sha256 in hashes:
                if self._attachments.add_content(
                    sha256, partial(archive.copy_to, attachment_part_name(sha256))
                ):
                    stored.append(sha256)
        except (OSError, Refused) as error:
            for sha256 in stored:
                self._attachments.remove(sha256)
            if isinstance(error, Refused):
                raise
            raise Refused(_E_ATTACHMENT_WRITE, detail=str(error)) from error
        return stored

    def _local_state(self) -> tuple[list[Application], CityProfile, CityData]:
        with storage_errors(), self._session_factory() as session:
            return (
                ApplicationRepository(session).all(),
                CityProfileRepository(session).load(),
                load_city_data(session),
            )


def _nothing_to_write(
    plans: Sequence[LineagePlan],
    profile: ProfileOutcome,
    on_clash: ClashChoice,
    steps: Mapping[str, KindStep],
) -> bool:
    if any(plan.outcome is not LineageOutcome.PRESENT for plan in plans):
        return False
    if any(step in WRITING_STEPS for step in steps.values()):
        return False
    return profile is not ProfileOutcome.NEW and not (
        profile is ProfileOutcome.DIFFERENT and on_clash is ClashChoice.REPLACE
    )


def _add_lineage(
    repository: ApplicationRepository, versions: Sequence[PackagedApplication], uid: str
) -> int:
    lineage_id: int | None = None
    previous_id: int | None = None
    for version in versions:
        added = repository.add(
            form_id=version.form_id,
            form_version=version.form_version,
            role=version.role,
            network_id=version.network_id,
            values=version.values,
            version_number=version.version_number,
            lineage_id=lineage_id,
            previous_id=previous_id,
            lineage_uid=uid,
            status=version.status,
            submission=version.submission,
            created_at=version.created_at,
            updated_at=version.updated_at,
        )
        lineage_id, previous_id = added.lineage_id, added.id
    return len(versions)


_E_EXPORT_INVALID = QT_TRANSLATE_NOOP(
    "domain",
    "Wniosek nr {number} (wersja {version}) ma w polu „{where}” wartość, której nie można "
    "przenieść: {problem} Popraw ją przed eksportem.",
)
_E_EXPORT_CITY_INVALID = QT_TRANSLATE_NOOP(
    "domain",
    "Dane partnerstwa w miejscu „{where}” łamią zasady programu: {problem} Popraw je przed "
    "eksportem.",
)
_E_WRITE_FAILED = QT_TRANSLATE_NOOP(
    "domain",
    "Nie udało się zapisać pliku {path} ({detail}). Sprawdź miejsce na dysku i uprawnienia.",
)
_E_ATTACHMENT_WRITE = QT_TRANSLATE_NOOP(
    "domain", "Nie udało się zapisać załącznika z pliku ({detail}). Nic nie zaimportowano."
)
