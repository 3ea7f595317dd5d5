"""The proof that an application reached the ministry: the receipt's facts and what was checked.

A proof is the official receipt (for ePUAP the UPP, Urzędowe Poświadczenie Przedłożenia) and the
document that was sent. Each check says "potwierdzone", "niezgodne" or "nie da się sprawdzić" with
its reason, and never claims more than it knows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from pim_desktop.domain.application import SubmissionChannel
from pim_desktop.domain.attachment import AttachmentRef
from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP


class CheckOutcome(StrEnum):
    CONFIRMED = "confirmed"
    MISMATCH = "mismatch"
    UNKNOWN = "unknown"


OUTCOME_LABELS: dict[CheckOutcome, str] = {
    CheckOutcome.CONFIRMED: QT_TRANSLATE_NOOP("domain", "potwierdzone"),
    CheckOutcome.MISMATCH: QT_TRANSLATE_NOOP("domain", "niezgodne"),
    CheckOutcome.UNKNOWN: QT_TRANSLATE_NOOP("domain", "nie da się sprawdzić"),
}


class CheckKind(StrEnum):
    RECEIPT_SIGNATURE = "receipt_signature"
    SIGNER_TRUST = "signer_trust"
    SENT_DOCUMENT = "sent_document"
    ATTACHMENT = "attachment"


CHECK_TITLES: dict[CheckKind, str] = {
    CheckKind.RECEIPT_SIGNATURE: QT_TRANSLATE_NOOP("domain", "Podpis poświadczenia"),
    CheckKind.SIGNER_TRUST: QT_TRANSLATE_NOOP("domain", "Zaufanie do podpisującego"),
    CheckKind.SENT_DOCUMENT: QT_TRANSLATE_NOOP("domain", "Poświadczenie obejmuje wysłany dokument"),
    CheckKind.ATTACHMENT: QT_TRANSLATE_NOOP("domain", "Wysłany dokument zawiera podpisany wniosek"),
}

# The entry a kept proof writes into the application's history, beside its field changes.
HISTORY_ENTRY = "submission_proof"

# The checks that together prove the ministry received exactly the signed PDF; trust in the
# signer is reported beside them, since offline it can only be known against a configured root.
PROVING_CHECKS = (CheckKind.RECEIPT_SIGNATURE, CheckKind.SENT_DOCUMENT, CheckKind.ATTACHMENT)


@dataclass(frozen=True)
class ProofCheck:
    """One check: what was checked, its outcome and the reason (a template with its values)."""

    kind: CheckKind
    outcome: CheckOutcome
    reason: str
    params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def title(self) -> str:
        return CHECK_TITLES[self.kind]

    @property
    def label(self) -> str:
        return OUTCOME_LABELS[self.outcome]

    def text(self) -> str:
        return self.reason.format(**self.params)


@dataclass(frozen=True)
class ReceiptFacts:
    """What the receipt says, as written in it (dates stay as the receipt writes them)."""

    identifier: str = ""
    addressee: str = ""
    sender: str = ""
    delivered_at: str = ""
    produced_at: str = ""
    document_id: str = ""
    signer: str = ""

    def lines(self) -> list[tuple[str, str]]:
        """Label and value pairs for a screen or a page, in the receipt's order."""
        return [
            (QT_TRANSLATE_NOOP("domain", "Identyfikator poświadczenia"), self.identifier),
            (QT_TRANSLATE_NOOP("domain", "Nadawca"), self.sender),
            (QT_TRANSLATE_NOOP("domain", "Adresat"), self.addressee),
            (QT_TRANSLATE_NOOP("domain", "Data doręczenia"), self.delivered_at),
            (QT_TRANSLATE_NOOP("domain", "Data wytworzenia poświadczenia"), self.produced_at),
            (QT_TRANSLATE_NOOP("domain", "Identyfikator dokumentu"), self.document_id),
            (QT_TRANSLATE_NOOP("domain", "Poświadczenie podpisał"), self.signer),
        ]

    def delivered_on(self) -> dt.date | None:
        """The day of delivery, when the receipt's date can be read."""
        try:
            return dt.datetime.fromisoformat(self.delivered_at.strip()).date()
        except ValueError:
            return None


@dataclass(frozen=True)
class ProofReport:
    facts: ReceiptFacts
    checks: tuple[ProofCheck, ...]

    def check(self, kind: CheckKind) -> ProofCheck | None:
        return next((c for c in self.checks if c.kind is kind), None)

    @property
    def proven(self) -> bool:
        """The receipt's signature holds, it covers the sent document, and that carries the PDF."""
        found = [self.check(kind) for kind in PROVING_CHECKS]
        return all(c is not None and c.outcome is CheckOutcome.CONFIRMED for c in found)


@dataclass(frozen=True)
class SubmissionProof:
    """A receipt and the sent document, kept with one application."""

    id: int
    application_id: int
    channel: SubmissionChannel
    receipt: AttachmentRef
    sent: AttachmentRef
    facts: ReceiptFacts
    imported_at: dt.datetime
    signed_pdf_sha256: str = ""


REFUSALS: dict[str, str] = {
    "too_large": QT_TRANSLATE_NOOP(
        "domain",
        "Plik „{name}” ma {size} MB, więcej niż {limit} MB dopuszczalne dla tego rodzaju "
        "pliku; nie został otwarty.",
    ),
    "doctype": QT_TRANSLATE_NOOP(
        "domain",
        "Plik „{name}” zawiera deklarację DOCTYPE lub encje XML. Poświadczenia ePUAP ich nie "
        "mają, a mogą służyć do ataku, więc pliku nie otwarto.",
    ),
    "not_xml": QT_TRANSLATE_NOOP(
        "domain", "Plik „{name}” nie jest poprawnym dokumentem XML: {reason}"
    ),
    "not_upp": QT_TRANSLATE_NOOP(
        "domain",
        "Plik „{name}” nie jest Urzędowym Poświadczeniem Przedłożenia (UPP) ePUAP: brak "
        "elementu Dokument/UPP w przestrzeni nazw poświadczeń.",
    ),
    "no_attachment": QT_TRANSLATE_NOOP(
        "domain",
        "Plik „{name}” nie zawiera żadnego załącznika (DaneZalacznika); to nie jest wysłany "
        "dokument ePUAP z wnioskiem.",
    ),
    "no_signed_pdf": QT_TRANSLATE_NOOP(
        "domain",
        "Przy wniosku nie ma podpisanego pliku PDF. Najpierw podpisz wniosek albo wczytaj "
        "podpisany plik.",
    ),
    "no_proof": QT_TRANSLATE_NOOP(
        "domain",
        "Przy wniosku nie ma jeszcze dowodu złożenia (poświadczenia i wysłanego dokumentu).",
    ),
    "unreadable": QT_TRANSLATE_NOOP("domain", "Nie można odczytać pliku „{name}”: {reason}"),
}


class ReceiptRefused(Exception):
    """A receipt or sent document that is not read at all; ``text()`` says why in Polish."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.message = REFUSALS[code]
        self.params = params
        super().__init__(f"{code}: {params}")

    def text(self) -> str:
        return self.message.format(**self.params)
