"""A signed application and its sending, shared by the tests of the proof of sending: the
sample city's Leader application signed with a test certificate, and an ePUAP envelope and UPP
made over that signed PDF."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from epuap_receipts import envelope, upp, write
from signing_pki import P12_PASSWORD, SigningPki

from pim_desktop.context import AppContext
from pim_desktop.signing.pades import load_pkcs12


@dataclass(frozen=True)
class SentApplication:
    application_id: int
    signed_pdf: bytes
    receipt: Path
    sent: Path


def signed_application(context: AppContext, pki: SigningPki, final_pdf: Path) -> tuple[int, bytes]:
    context.sample_data.create()
    leader = next(s for s in context.applications.summaries() if s.application.role == "lider")
    context.applications.mark_ready(leader.id)
    context.signing.record_final_pdf(leader.id, final_pdf)
    with load_pkcs12(pki.signer.p12, P12_PASSWORD) as key:
        record = context.signing.sign(leader.id, key)
    return leader.id, context.signing.path_of(record).read_bytes()


def send(
    context: AppContext, pki: SigningPki, final_pdf: Path, folder: Path, *, pdf: bytes | None = None
) -> SentApplication:
    """``pdf`` replaces the signed PDF inside the envelope (a file other than the signed one)."""
    application_id, signed = signed_application(context, pki, final_pdf)
    sent = envelope([("Wniosek_podpisany.pdf", pdf or signed), ("List_intencyjny.pdf", b"%PDF-1")])
    return SentApplication(
        application_id,
        signed,
        write(folder, "UPP_ePUAP.xml", upp(pki.other_person, sent)),
        write(folder, "Dokument wysłany.xml", sent),
    )
