"""Verifies the signatures in a PDF with pyHanko and reports each in the domain's plain terms.

Offline by design: certificates are checked against the roots given (the system's and the user's),
nothing is fetched, and so revocation is not checked, which the report says. pyHanko is imported
inside the functions.
"""

from __future__ import annotations

import hashlib
import io
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pim_desktop.domain.signature import (
    Coverage,
    DocumentReport,
    ExportComparison,
    PadesLevel,
    SignatureError,
    SignatureErrorCode,
    SignatureReport,
    TimeSource,
    TrustProblem,
    compare_with_export,
)
from pim_desktop.signing.certificates import load_certificate, summarise
from pim_desktop.signing.pades import read_pdf_bytes

log = logging.getLogger(__name__)

_PADES_SUBFILTER = "/ETSI.CAdES.detached"


def check_pdf(path: Path, trust_roots: Sequence[bytes]) -> DocumentReport:
    """The report on every signature in the PDF at ``path``."""
    data = read_pdf_bytes(path)
    return check_pdf_bytes(data, path.name, trust_roots)


def check_pdf_bytes(data: bytes, file_name: str, trust_roots: Sequence[bytes]) -> DocumentReport:
    reader = _reader(data, file_name)
    roots = _certificates(trust_roots)
    try:
        embedded = list(reader.embedded_signatures)
    except Exception as error:  # a damaged signature dictionary: the file cannot be checked
        raise SignatureError(SignatureErrorCode.NOT_PDF, str(error), file=file_name) from error
    signature_fields = {sig.field_name for sig in embedded}
    document_timestamps = [
        sig.signed_revision for sig in embedded if sig.sig_object_type == "/DocTimeStamp"
    ]
    has_dss = "/DSS" in reader.root
    reports = tuple(
        _report(sig, roots, signature_fields, document_timestamps, has_dss)
        for sig in embedded
        if sig.sig_object_type != "/DocTimeStamp"
    )
    return DocumentReport(
        file_name=file_name,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        signatures=reports,
    )


def first_signed_revision(data: bytes, file_name: str = "") -> bytes:
    """The bytes the earliest signature in the file covers (the file as it was first signed)."""
    reader = _reader(data, file_name)
    signatures = sorted(reader.embedded_signatures, key=lambda sig: sig.signed_revision)
    if not signatures:
        raise SignatureError(SignatureErrorCode.NOT_SIGNED, file=file_name)
    _start, _first, second_start, second_length = (int(v) for v in signatures[0].byte_range)
    return data[: second_start + second_length]


def compare_signed_with_export(signed: bytes, exported: bytes, file_name: str) -> ExportComparison:
    return compare_with_export(exported, first_signed_revision(signed, file_name))


def _reader(data: bytes, file_name: str) -> Any:
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        reader.root  # noqa: B018  (a file without a catalogue is no PDF)
    except (PdfError, ValueError, KeyError, TypeError, IndexError) as error:
        raise SignatureError(SignatureErrorCode.NOT_PDF, str(error), file=file_name) from error
    if reader.encrypted:
        raise SignatureError(SignatureErrorCode.PDF_ENCRYPTED, file=file_name)
    return reader


def _certificates(ders: Sequence[bytes]) -> list[Any]:
    certificates = []
    for der in ders:
        try:
            certificates.append(load_certificate(der))
        except (ValueError, TypeError, KeyError):
            log.warning("Skipped an unreadable trusted certificate")
    return certificates


def _report(
    sig: Any,
    roots: list[Any],
    signature_fields: set[str],
    document_timestamps: list[int],
    has_dss: bool,
) -> SignatureReport:
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.settings import KeyUsageConstraints
    from pyhanko_certvalidator import ValidationContext

    context = ValidationContext(
        trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail"
    )
    _start, _first, second_start, second_length = (int(v) for v in sig.byte_range)
    signer = summarise(sig.signer_cert)
    common: dict[str, Any] = {
        "field_name": str(sig.field_name),
        "signer": signer,
        "reason": _text(sig.sig_object.get("/Reason")),
        "location": _text(sig.sig_object.get("/Location")),
        "signed_length": second_start + second_length,
        "pades_level": _pades_level(sig, document_timestamps, has_dss),
    }
    try:
        status = validate_pdf_signature(
            sig,
            context,
            key_usage_settings=KeyUsageConstraints(
                key_usage={"non_repudiation", "digital_signature"}, match_all_key_usages=False
            ),
        )
    except Exception as error:  # a signature pyHanko cannot even evaluate is not intact
        log.warning("Signature %s could not be validated: %s", sig.field_name, error)
        return SignatureReport(
            intact=False,
            coverage=Coverage.PARTIAL,
            trusted=False,
            trust_problem=TrustProblem.OTHER,
            error=str(error) or type(error).__name__,
            **common,
        )
    time_source, signing_time, ts_trusted, authority = _timing(status)
    return SignatureReport(
        intact=bool(status.intact and status.valid),
        coverage=_coverage(status, signature_fields),
        trusted=bool(status.trusted),
        trust_problem=_trust_problem(status),
        signing_time=signing_time,
        time_source=time_source,
        timestamp_trusted=ts_trusted,
        timestamp_authority=authority,
        **common,
    )


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _timing(status: Any) -> tuple[TimeSource, Any, bool, str]:
    timestamp = status.timestamp_validity
    if timestamp is not None:
        authority = summarise(timestamp.signing_cert).subject
        return TimeSource.TIMESTAMP, timestamp.timestamp, bool(timestamp.trusted), authority
    if status.signer_reported_dt is not None:
        return TimeSource.SIGNER, status.signer_reported_dt, False, ""
    return TimeSource.NONE, None, False, ""


def _coverage(status: Any, signature_fields: set[str]) -> Coverage:
    from pyhanko.sign.diff_analysis import DiffResult, ModificationLevel
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    if status.coverage == SignatureCoverageLevel.ENTIRE_FILE:
        return Coverage.WHOLE_FILE
    if status.coverage != SignatureCoverageLevel.ENTIRE_REVISION:
        return Coverage.PARTIAL
    diff = status.diff_result
    if (
        isinstance(diff, DiffResult)
        and diff.modification_level <= ModificationLevel.FORM_FILLING
        and set(diff.changed_form_fields) <= signature_fields
        and status.docmdp_ok is not False
    ):
        return Coverage.SIGNATURES_ADDED
    return Coverage.CHANGED_AFTER


def _trust_problem(status: Any) -> TrustProblem:
    from pyhanko.sign.ades.report import AdESIndeterminate

    if status.trusted:
        return TrustProblem.NONE
    if status.revoked:
        return TrustProblem.REVOKED
    indication = status.trust_problem_indic
    mapping = {
        AdESIndeterminate.NO_CERTIFICATE_CHAIN_FOUND: TrustProblem.NO_TRUSTED_ROOT,
        AdESIndeterminate.OUT_OF_BOUNDS_NO_POE: TrustProblem.EXPIRED,
        AdESIndeterminate.OUT_OF_BOUNDS_NOT_REVOKED: TrustProblem.EXPIRED,
        AdESIndeterminate.EXPIRED: TrustProblem.EXPIRED,
        AdESIndeterminate.NOT_YET_VALID: TrustProblem.NOT_YET_VALID,
        AdESIndeterminate.CHAIN_CONSTRAINTS_FAILURE: TrustProblem.KEY_USAGE,
    }
    if indication in mapping:
        return mapping[indication]
    if status.validation_path is None:
        return TrustProblem.NO_TRUSTED_ROOT
    return TrustProblem.OTHER


def _pades_level(sig: Any, document_timestamps: list[int], has_dss: bool) -> PadesLevel:
    """The baseline level the signature's structure meets (ETSI EN 319 142-1).

    B-B: a CAdES-detached signature that binds the signing certificate; B-T: plus a signature
    timestamp or a later document timestamp; B-LT: plus validation data in the document security
    store; B-LTA: plus a document timestamp over that data.
    """
    if str(sig.sig_object.get("/SubFilter")) != _PADES_SUBFILTER:
        return PadesLevel.NOT_PADES
    signed_attrs = {attr["type"].native for attr in sig.signer_info["signed_attrs"]}
    if not signed_attrs & {"signing_certificate", "signing_certificate_v2"}:
        return PadesLevel.NOT_PADES
    unsigned = sig.signer_info["unsigned_attrs"]
    unsigned_attrs = {attr["type"].native for attr in unsigned} if unsigned.native else set()
    later_timestamps = [rev for rev in document_timestamps if rev > sig.signed_revision]
    if "signature_time_stamp_token" not in unsigned_attrs and not later_timestamps:
        return PadesLevel.B_B
    if not has_dss:
        return PadesLevel.B_T
    return PadesLevel.B_LTA if later_timestamps else PadesLevel.B_LT
