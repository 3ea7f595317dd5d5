"""The command-line verbs of the proof of sending: ``receipt import``, ``receipt check`` and
``receipt pdf``.

``receipt check`` exits 0 only when the receipt's signature holds, it covers the sent document
and that document carries the application's signed PDF; 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
from typing import Any, TextIO

from pim_desktop.cli.common import EXIT_FAILED, EXIT_OK, Handler
from pim_desktop.context import AppContext
from pim_desktop.domain.application import CHANNEL_LABELS, SubmissionChannel
from pim_desktop.domain.submission_proof import ProofReport, ReceiptRefused, SubmissionProof
from pim_desktop.persistence.application_repository import ApplicationNotFound
from pim_desktop.services.errors import StorageError


def _receipt(args: argparse.Namespace, context: AppContext, out: TextIO) -> int:
    try:
        if args.action == "import":
            return _import(args, context, out)
        if args.action == "check":
            return _check(args, context, out)
        pages = context.proofs.print_proof(args.application_id, args.out)
        out.write(f"Zapisano {args.out} ({pages} str.).\n")
        return EXIT_OK
    except ReceiptRefused as error:
        out.write(f"Błąd: {error.text()}\n")
    except ApplicationNotFound:
        out.write(f"Nie ma wniosku o numerze {args.application_id}.\n")
    except (StorageError, OSError) as error:
        out.write(f"Błąd: {error}\n")
    return EXIT_FAILED


def _import(args: argparse.Namespace, context: AppContext, out: TextIO) -> int:
    result = context.proofs.import_proof(
        args.application_id, args.upp, args.sent, SubmissionChannel(args.channel)
    )
    write_report(result.report, out)
    if not result.kept:
        out.write("\nDowodu nie zapisano: poświadczenie dotyczy innego dokumentu lub pliku.\n")
        return EXIT_FAILED
    out.write("\nZapisano dowód przy wniosku; wniosek jest wysłany.\n")
    return EXIT_OK if result.report.proven else EXIT_FAILED


def _check(args: argparse.Namespace, context: AppContext, out: TextIO) -> int:
    checked = context.proofs.check(args.application_id)
    if checked is None:
        raise ReceiptRefused("no_proof")
    if args.json:
        json.dump(report_json(checked.proof, checked.report), out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        write_report(checked.report, out)
    return EXIT_OK if checked.report.proven else EXIT_FAILED


def write_report(report: ProofReport, out: TextIO) -> None:
    for label, value in report.facts.lines():
        out.write(f"{label}: {value or '—'}\n")
    out.write("\n")
    for check in report.checks:
        out.write(f"{check.title}: {check.label}\n  {check.text()}\n")
    verdict = "potwierdzony" if report.proven else "niepełny"
    out.write(f"\nDowód złożenia: {verdict}\n")


def report_json(proof: SubmissionProof, report: ProofReport) -> dict[str, Any]:
    facts = report.facts
    return {
        "application_id": proof.application_id,
        "channel": proof.channel.value,
        "channel_label": CHANNEL_LABELS[proof.channel],
        "proven": report.proven,
        "receipt": {"file": proof.receipt.file_name, "sha256": proof.receipt.sha256},
        "sent": {"file": proof.sent.file_name, "sha256": proof.sent.sha256},
        "signed_pdf_sha256": proof.signed_pdf_sha256 or None,
        "facts": {
            "identifier": facts.identifier,
            "addressee": facts.addressee,
            "sender": facts.sender,
            "delivered_at": facts.delivered_at,
            "produced_at": facts.produced_at,
            "document_id": facts.document_id,
            "signer": facts.signer,
        },
        "checks": [
            {"check": c.kind.value, "outcome": c.outcome.value, "reason": c.text()}
            for c in report.checks
        ],
        "revocation_checked": False,
    }


COMMANDS: dict[str, Handler] = {"receipt": _receipt}
