"""Electronic signatures as the officer meets them: certificates, checks, verification reports.

Pure data and rules, one job a module: ``certificates`` (summaries and their dates),
``certificate_checks`` (may this certificate sign?), ``codes`` and ``wording`` (why something
failed, in Polish), ``errors``, ``reports`` and ``report_wording`` (what verification found),
``export_match`` (was the exported file signed?). The ``signing`` layer fills the dataclasses;
the interface and the command line turn them into words. The names below are the package's
public door, so callers need not know which module holds what.
"""

from pim_desktop.domain.signature.certificate_checks import (
    CertificateNote,
    certificate_notes,
    same_person,
    signing_refusal,
)
from pim_desktop.domain.signature.certificates import (
    EXPIRY_WARNING_DAYS,
    CertificateSummary,
    CertificateValidity,
    format_day,
    format_moment,
)
from pim_desktop.domain.signature.codes import CertificateNoteCode, SignatureErrorCode
from pim_desktop.domain.signature.errors import SignatureError
from pim_desktop.domain.signature.export_match import ExportComparison, compare_with_export
from pim_desktop.domain.signature.report_wording import (
    NO,
    REVOCATION_NOT_CHECKED,
    YES,
    signature_statements,
    verdict,
)
from pim_desktop.domain.signature.reports import (
    SIGNATURE_REASON,
    Coverage,
    DocumentReport,
    PadesLevel,
    SignatureReport,
    Statement,
    TimeSource,
    TrustProblem,
)
from pim_desktop.domain.signature.wording import ERROR_TEXT, NOTE_TEXT

__all__ = [
    "ERROR_TEXT",
    "EXPIRY_WARNING_DAYS",
    "NO",
    "NOTE_TEXT",
    "REVOCATION_NOT_CHECKED",
    "SIGNATURE_REASON",
    "YES",
    "CertificateNote",
    "CertificateNoteCode",
    "CertificateSummary",
    "CertificateValidity",
    "Coverage",
    "DocumentReport",
    "ExportComparison",
    "PadesLevel",
    "SignatureError",
    "SignatureErrorCode",
    "SignatureReport",
    "Statement",
    "TimeSource",
    "TrustProblem",
    "certificate_notes",
    "compare_with_export",
    "format_day",
    "format_moment",
    "same_person",
    "signature_statements",
    "signing_refusal",
    "verdict",
]
