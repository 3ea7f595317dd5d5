"""Signing an application's final PDF, reading back a file signed elsewhere, checking signatures.

Each public method is one unit of work. A signed file is kept in the data folder (in the
attachment store, under its SHA-256) and recorded with the application in the same transaction
that freezes the application as signed. Signed files are never rewritten: a second signature is
added to a copy, as an incremental update.
"""

from __future__ import annotations

import datetime as dt
import logging
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session, sessionmaker

from pim_desktop.domain.application import Application, ApplicationStatus
from pim_desktop.domain.canonical import application_checksum
from pim_desktop.domain.problems import Problem
from pim_desktop.domain.signature import (
    CertificateNote,
    CertificateSummary,
    DocumentReport,
    ExportComparison,
    SignatureError,
    SignatureErrorCode,
    certificate_notes,
)
from pim_desktop.domain.signing_devices import TokenCertificate, TokenInfo
from pim_desktop.persistence.attachment_store import AttachmentStore
from pim_desktop.persistence.city_profile_repository import CityProfileRepository
from pim_desktop.persistence.print_repository import PrintRepository
from pim_desktop.persistence.signature_file_repository import (
    FileKind,
    FileOrigin,
    SignatureFile,
    SignatureFileRepository,
)
from pim_desktop.persistence.trusted_certificates import TrustedCertificateStore
from pim_desktop.services.application_service import ApplicationService
from pim_desktop.services.errors import storage_errors
from pim_desktop.services.settings_service import SettingsService
from pim_desktop.services.signing_keys import KeyHandle
from pim_desktop.signing import pkcs11_tokens, verification
from pim_desktop.signing.certificates import read_certificate_file, summarise_der
from pim_desktop.signing.key_worker import KeyWorker
from pim_desktop.signing.pades import (
    SignedPdf,
    SigningCancelled,
    SigningKey,
    SigningOptions,
    StampBox,
    load_pkcs12,
    read_pdf_bytes,
    sign_pdf,
)
from pim_desktop.signing.trust_roots import system_trust_roots

if TYPE_CHECKING:
    from pim_desktop.signing.store_signer import CertificateStoreBackend

    # Re-exported by name: the signing window lists these without reaching into signing.
    from pim_desktop.signing.store_signer import StoreCertificate as StoreCertificate  # noqa: PLC0414

# Opens the operating system's certificate store; its argument is the window (its ``winId()``)
# over which the card's own PIN dialog appears, 0 for none.
StoreOpener = Callable[[int], "CertificateStoreBackend"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SigningPlan:
    """What signing an application will do: which file, whose name is expected, where."""

    application: Application
    final: SignatureFile
    source: Path  # the final PDF, or the newest signed file when this is a further signature
    source_name: str
    already_signed: bool
    signatory_name: str
    location: str
    timestamp_url: str


@dataclass(frozen=True)
class ImportOutcome:
    """A file signed outside the program, checked against the exported final PDF."""

    report: DocumentReport
    comparison: ExportComparison | None
    recorded: SignatureFile | None

    @property
    def accepted(self) -> bool:
        return self.recorded is not None


class SigningService:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        applications: ApplicationService,
        attachments: AttachmentStore,
        settings: SettingsService,
        trusted: TrustedCertificateStore,
        *,
        certificate_store: StoreOpener | None = None,
    ) -> None:
        """``certificate_store`` defaults to the Windows store on Windows, and to none elsewhere."""
        self._session_factory = session_factory
        self._applications = applications
        self._attachments = attachments
        self._settings = settings
        self._trusted = trusted
        self._open_store: StoreOpener | None = certificate_store or (
            _windows_store if sys.platform == "win32" else None
        )
        # Opens .p12 files in its own process once started (the window starts it; a verb of
        # the command line does not, and opens them in this process).
        self.key_worker = KeyWorker()

    # --- the files of an application -----------------------------------------------------------

    def final_pdf(self, application_id: int) -> SignatureFile | None:
        """The newest final PDF known for the application.

        A final print saved by the program counts once it carries the application's current
        checksum and the file is still where it was saved; it is then kept for signing.
        """
        files = self._files(application_id, FileKind.FINAL)
        if files:
            return files[-1]
        return self._adopt_printed_final(application_id)

    def _adopt_printed_final(self, application_id: int) -> SignatureFile | None:
        current = application_checksum(self._applications.load(application_id))
        with storage_errors(), self._session_factory() as session:
            prints = PrintRepository(session).for_application(application_id)
        for record in reversed(prints):
            if record.checksum == current and record.file_path and Path(record.file_path).is_file():
                return self.record_final_pdf(application_id, Path(record.file_path))
        return None

    def problems(self, application_id: int) -> list[Problem]:
        """What the check finds: a final PDF, the only one that may be signed, needs none."""
        return self._applications.check(application_id)

    def status(self, application_id: int) -> ApplicationStatus:
        return self._applications.load(application_id).status

    def signed_files(self, application_id: int) -> list[SignatureFile]:
        return self._files(application_id, FileKind.SIGNED)

    def path_of(self, record: SignatureFile) -> Path:
        return self._attachments.path_of(record.sha256)

    def record_final_pdf(self, application_id: int, pdf: Path) -> SignatureFile:
        """Keep a copy of the application's final PDF (the file that will be signed)."""
        read_pdf_bytes(pdf)
        self._applications.load(application_id)
        stored = self._attachments.add(pdf)
        with storage_errors(), self._session_factory.begin() as session:
            return SignatureFileRepository(session).add(
                application_id=application_id,
                kind=FileKind.FINAL,
                file_name=stored.file_name,
                size=stored.size,
                sha256=stored.sha256,
            )

    def export_for_signing(self, application_id: int, target: Path) -> Path:
        """Save the final PDF where the officer's signing tool will open it."""
        final = self._require_final(application_id)
        if target.exists() and target.resolve() == self.path_of(final).resolve():
            raise SignatureError(SignatureErrorCode.SAME_FILE)
        try:
            shutil.copyfile(self.path_of(final), target)
        except OSError as error:
            raise SignatureError(
                SignatureErrorCode.WRITE_FAILED, str(error), file=str(target)
            ) from error
        log.info("Application %s: final PDF saved for signing elsewhere", application_id)
        return target

    # --- keys: cards, tokens and certificate files ----------------------------------------------

    def list_tokens(self, library: Path) -> list[TokenInfo]:
        """The cards a vendor's PKCS#11 library sees now (slow: the library talks to readers)."""
        return pkcs11_tokens.list_tokens(library)

    def list_certificates(self, library: Path, token: TokenInfo) -> list[TokenCertificate]:
        """The certificates on a card, the ones meant for signatures first."""
        found = pkcs11_tokens.list_certificates(library, token)
        return sorted(found, key=lambda certificate: not certificate.summary.non_repudiation)

    def open_token_key(
        self, library: Path, token: TokenInfo, certificate_id: str, pin: str
    ) -> KeyHandle:
        """Log in to the card; the PIN goes to the library and is kept nowhere."""
        return KeyHandle(pkcs11_tokens.open_key(library, token, certificate_id, pin))

    def open_pkcs12(self, path: Path, password: str) -> KeyHandle:
        """Open a .p12/.pfx file; the password is used for this call only."""
        return KeyHandle(load_pkcs12(path, password, worker=self.key_worker))

    def start_key_worker(self) -> None:
        """Start the process that opens .p12 files, so the caller's process never holds its
        interpreter through the key's check; takes a moment, so off the UI thread."""
        self.key_worker.start()

    def stop_key_worker(self) -> None:
        self.key_worker.stop()

    # --- signing in the program --------------------------------------------------------------

    def plan(self, application_id: int) -> SigningPlan:
        application = self._applications.load(application_id)
        if application.status is ApplicationStatus.DRAFT:
            raise SignatureError(SignatureErrorCode.APPLICATION_DRAFT)
        if application.status is ApplicationStatus.SENT:
            raise SignatureError(SignatureErrorCode.APPLICATION_SENT)
        final = self._require_final(application_id)
        signed = self.signed_files(application_id)
        source = signed[-1] if signed else final
        with storage_errors(), self._session_factory() as session:
            town = CityProfileRepository(session).load().post_town
        values = application.values
        return SigningPlan(
            application=application,
            final=final,
            source=self.path_of(source),
            source_name=source.file_name,
            already_signed=bool(signed),
            signatory_name=str(values.get("signatory_name") or "").strip(),
            location=str(values.get("sign_place") or "").strip() or town.strip(),
            timestamp_url=self._settings.load().timestamp_url,
        )

    def certificate_notes(
        self, plan: SigningPlan, certificate: CertificateSummary, now: dt.datetime | None = None
    ) -> list[CertificateNote]:
        return certificate_notes(certificate, now or dt.datetime.now(dt.UTC), plan.signatory_name)

    def sign(
        self,
        application_id: int,
        key: SigningKey | KeyHandle,
        copy_to: Path | None = None,
        *,
        stamp: StampBox | None = None,
        now: dt.datetime | None = None,
        timestamp_url: str | None = None,
        location: str | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> SignatureFile:
        """Sign the application's PDF, keep it, freeze the application as signed.

        ``copy_to`` also writes the signed file where the officer wants it for sending;
        ``timestamp_url`` and ``location`` override the settings and the application's place.
        ``cancelled`` is asked until the signature is recorded; True raises
        ``SigningCancelled`` and leaves the application as it was.
        """
        plan = self.plan(application_id)
        options = SigningOptions(
            location=plan.location if location is None else location,
            stamp=stamp or StampBox(),
            timestamp_url=plan.timestamp_url if timestamp_url is None else timestamp_url,
            now=now,
            cancelled=cancelled,
        )
        signing_key = key.key() if isinstance(key, KeyHandle) else key
        with tempfile.TemporaryDirectory(prefix="pim-sign-") as folder:
            name = _signed_name(plan.final.file_name)
            signed = sign_pdf(plan.source, Path(folder) / name, signing_key, options)
            if cancelled is not None and cancelled():
                raise SigningCancelled
            record = self._keep_signed(
                application_id,
                signed.path,
                origin=FileOrigin.PROGRAM,
                source_sha256=plan.final.sha256,
                signed=signed,
            )
            if copy_to is not None:
                _copy(signed.path, copy_to)
        log.info("Application %s signed (%s)", application_id, record.pades_level)
        return record

    # --- the Windows certificate store ---------------------------------------------------------

    def store_available(self) -> bool:
        """Whether this computer has a certificate store to sign with (Windows has one)."""
        return self._open_store is not None

    def store_certificates(
        self, store: CertificateStoreBackend | None = None
    ) -> list[StoreCertificate]:
        """The certificates of the Windows certificate store that can sign, qualified first.

        ``store`` defaults to the current user's store (``SignatureError`` off Windows).
        """
        from pim_desktop.signing.store_signer import signing_certificates

        backend = store or self._store(0)
        try:
            return signing_certificates(backend)
        finally:
            backend.close()

    def open_store_key(
        self,
        thumbprint: str,
        store: CertificateStoreBackend | None = None,
        *,
        window_handle: int = 0,
    ) -> SigningKey:
        """The key of the store's certificate ``thumbprint``, ready for a signature.

        Nothing asks for a PIN here: the card's own dialog appears when the signature is made,
        over the window whose ``winId()`` is ``window_handle`` when one is given.
        """
        from pim_desktop.signing.store_signer import open_store_key

        return open_store_key(store or self._store(window_handle), thumbprint)

    def open_store_handle(self, thumbprint: str, *, window_handle: int = 0) -> KeyHandle:
        """The store's key as the window holds it: opened, used and closed on one thread."""
        return KeyHandle(self.open_store_key(thumbprint, window_handle=window_handle))

    def _store(self, window_handle: int) -> CertificateStoreBackend:
        # Without a store of its own the Windows one is tried, which says plainly it is missing.
        return (self._open_store or _windows_store)(window_handle)

    # --- signed elsewhere --------------------------------------------------------------------

    def import_signed(self, application_id: int, signed_path: Path) -> ImportOutcome:
        """Check a file signed outside the program; keep it when it signs the exported PDF.

        The file is accepted when every signature is intact and covers the file, and when the
        bytes its first signature covers begin with the exported final PDF's bytes.
        """
        final = self._require_final(application_id)
        data = read_pdf_bytes(signed_path)
        report = verification.check_pdf_bytes(data, signed_path.name, self.trust_roots())
        if not report.signed:
            return ImportOutcome(report, None, None)
        exported = self.path_of(final).read_bytes()
        comparison = verification.compare_signed_with_export(data, exported, signed_path.name)
        if not (report.all_ok and comparison.matches):
            log.info("Application %s: signed file refused", application_id)
            return ImportOutcome(report, comparison, None)
        first = report.signatures[0]
        record = self._keep_signed(
            application_id,
            signed_path,
            origin=FileOrigin.EXTERNAL,
            source_sha256=final.sha256,
            signer_name=first.signer.subject,
            signer_issuer=first.signer.issuer,
            signed_at=first.signing_time,
            pades_level=first.pades_level.value,
        )
        return ImportOutcome(report, comparison, record)

    # --- checking ------------------------------------------------------------------------------

    def verify(self, pdf: Path) -> DocumentReport:
        return verification.check_pdf(pdf, self.trust_roots())

    def trust_roots(self) -> list[bytes]:
        """The system's trusted roots and the certificates the user added in Settings."""
        return [*system_trust_roots(), *self._trusted.all()]

    # --- settings ------------------------------------------------------------------------------

    def timestamp_url(self) -> str:
        return self._settings.load().timestamp_url

    def set_timestamp_url(self, url: str) -> str:
        return self._settings.set_timestamp_url(url).timestamp_url

    def trusted_certificates(self) -> list[CertificateSummary]:
        summaries = []
        for der in self._trusted.all():
            try:
                summaries.append(summarise_der(der))
            except (ValueError, TypeError, KeyError):
                log.warning("A trusted certificate file is unreadable")
        return sorted(summaries, key=lambda summary: summary.subject.casefold())

    def add_trusted_certificate(self, path: Path) -> CertificateSummary:
        der = read_certificate_file(path)
        self._trusted.add(der)
        return summarise_der(der)

    def remove_trusted_certificate(self, fingerprint: str) -> None:
        self._trusted.remove(fingerprint)

    # --- helpers -------------------------------------------------------------------------------

    def _files(self, application_id: int, kind: FileKind) -> list[SignatureFile]:
        with storage_errors(), self._session_factory() as session:
            return SignatureFileRepository(session).of_application(application_id, kind)

    def _require_final(self, application_id: int) -> SignatureFile:
        final = self.final_pdf(application_id)
        if final is None:
            raise SignatureError(SignatureErrorCode.NO_FINAL_PDF)
        return final

    def _keep_signed(
        self,
        application_id: int,
        path: Path,
        *,
        origin: FileOrigin,
        source_sha256: str,
        signed: SignedPdf | None = None,
        signer_name: str = "",
        signer_issuer: str = "",
        signed_at: dt.datetime | None = None,
        pades_level: str = "",
    ) -> SignatureFile:
        stored = self._attachments.add(path)
        if signed is not None:
            signer_name = signed.signer.subject
            signer_issuer = signed.signer.issuer
            signed_at = signed.signed_at
            pades_level = signed.level.value
        records: list[SignatureFile] = []

        def record(session: Session) -> None:
            records.append(
                SignatureFileRepository(session).add(
                    application_id=application_id,
                    kind=FileKind.SIGNED,
                    file_name=stored.file_name,
                    size=stored.size,
                    sha256=stored.sha256,
                    origin=origin.value,
                    source_sha256=source_sha256,
                    signer_name=signer_name,
                    signer_issuer=signer_issuer,
                    signed_at=signed_at,
                    pades_level=pades_level,
                )
            )

        self._applications.mark_signed(application_id, record)
        return records[0]


def _signed_name(final_name: str) -> str:
    stem = Path(final_name).stem
    return f"{stem} (podpisany).pdf"


def _copy(source: Path, target: Path) -> None:
    try:
        shutil.copyfile(source, target)
    except OSError as error:
        raise SignatureError(
            SignatureErrorCode.WRITE_FAILED, str(error), file=str(target)
        ) from error


def _windows_store(window_handle: int = 0) -> CertificateStoreBackend:
    from pim_desktop.signing.windows_store import WindowsCertificateStore

    return WindowsCertificateStore(window_handle)
