"""What the verification of a signed PDF found, signature by signature, as plain data.

The ``signing`` layer fills these reports; ``report_wording`` turns them into Polish lines.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from pim_desktop.domain.signature.certificates import CertificateSummary

# The reason every signature made by the program states.
SIGNATURE_REASON = "Wniosek o udział w Partnerskiej Inicjatywie Miast"


class PadesLevel(StrEnum):
    NOT_PADES = "none"
    B_B = "B-B"
    B_T = "B-T"
    B_LT = "B-LT"
    B_LTA = "B-LTA"


class Coverage(StrEnum):
    WHOLE_FILE = "whole_file"
    # The signature covers its revision; later revisions only add signatures or validation data.
    SIGNATURES_ADDED = "signatures_added"
    # Later revisions change more than signatures: the content may differ from what was signed.
    CHANGED_AFTER = "changed_after"
    PARTIAL = "partial"


class TimeSource(StrEnum):
    TIMESTAMP = "timestamp"
    SIGNER = "signer"  # the signer's computer clock, as the signature claims
    NONE = "none"


class TrustProblem(StrEnum):
    NONE = ""
    NO_TRUSTED_ROOT = "no_trusted_root"
    EXPIRED = "expired"
    NOT_YET_VALID = "not_yet_valid"
    REVOKED = "revoked"
    KEY_USAGE = "key_usage"
    OTHER = "other"


@dataclass(frozen=True)
class SignatureReport:
    """Everything the verification says about one signature in a PDF."""

    field_name: str
    signer: CertificateSummary
    intact: bool
    coverage: Coverage
    pades_level: PadesLevel
    trusted: bool
    signing_time: dt.datetime | None = None
    time_source: TimeSource = TimeSource.NONE
    timestamp_trusted: bool = False
    timestamp_authority: str = ""
    trust_problem: TrustProblem = TrustProblem.NONE
    revocation_checked: bool = False
    reason: str = ""
    location: str = ""
    signed_length: int = 0  # bytes of the file this signature covers, from its start
    error: str = ""  # technical detail when the signature could not be read at all

    @property
    def covers_file(self) -> bool:
        return self.coverage in (Coverage.WHOLE_FILE, Coverage.SIGNATURES_ADDED)

    @property
    def ok(self) -> bool:
        return self.intact and self.covers_file


@dataclass(frozen=True)
class DocumentReport:
    file_name: str
    size: int
    sha256: str
    signatures: tuple[SignatureReport, ...] = ()

    @property
    def signed(self) -> bool:
        return bool(self.signatures)

    @property
    def all_ok(self) -> bool:
        """Every signature is intact and covers the file (and there is at least one)."""
        return self.signed and all(signature.ok for signature in self.signatures)


@dataclass(frozen=True)
class Statement:
    """One line of a report: a label, a value (both templates) and whether it is good news."""

    label: str
    value: str
    params: Mapping[str, Any] = field(default_factory=dict)
    good: bool | None = None

    def text(self) -> tuple[str, str]:
        return self.label, self.value.format(**self.params)
