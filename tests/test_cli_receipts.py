"""``receipt import``, ``receipt check`` and ``receipt pdf`` run as a user runs them: real
processes over a data folder holding a signed application."""

from __future__ import annotations

import json
from pathlib import Path

from cli_runner import run_cli
from epuap_receipts import UppFields
from receipt_setup import send
from signing_pki import SigningPki

from pim_desktop.context import AppContext


def test_import_then_check_a_proof_of_sending(
    home: Path, context: AppContext, pki: SigningPki, final_pdf: Path, tmp_path: Path
) -> None:
    sent = send(context, pki, final_pdf, tmp_path)
    application = str(sent.application_id)
    context.close()

    before = run_cli(home, "receipt", "check", application)
    assert before.returncode == 1 and "nie ma jeszcze dowodu" in before.stdout

    imported = run_cli(
        home, "receipt", "import", application, "--upp", str(sent.receipt), "--sent", str(sent.sent)
    )
    assert imported.returncode == 0, imported.stdout + imported.stderr
    assert "Podpis poświadczenia: potwierdzone" in imported.stdout
    assert "wniosek jest wysłany" in imported.stdout

    checked = run_cli(home, "receipt", "check", application, "--json")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    report = json.loads(checked.stdout)
    assert report["proven"] is True and report["revocation_checked"] is False
    assert report["facts"]["identifier"] == UppFields().identifier
    assert {c["check"]: c["outcome"] for c in report["checks"]} == {
        "receipt_signature": "confirmed",
        "signer_trust": "unknown",
        "sent_document": "confirmed",
        "attachment": "confirmed",
    }
    listing = json.loads(run_cli(home, "list", "--json").stdout)
    assert next(a for a in listing if a["id"] == sent.application_id)["status"] == "sent"

    page = tmp_path / "dowód.pdf"
    printed = run_cli(home, "receipt", "pdf", application, "--out", str(page))
    assert printed.returncode == 0 and page.read_bytes().startswith(b"%PDF")


def test_a_tampered_receipt_is_not_imported(
    home: Path, context: AppContext, pki: SigningPki, final_pdf: Path, tmp_path: Path
) -> None:
    sent = send(context, pki, final_pdf, tmp_path)
    context.close()
    sent.receipt.write_bytes(sent.receipt.read_bytes().replace(b"Gmina Miasto", b"Gmina Wiejska"))

    result = run_cli(
        home,
        "receipt",
        "import",
        str(sent.application_id),
        "--upp",
        str(sent.receipt),
        "--sent",
        str(sent.sent),
    )

    assert result.returncode == 1
    assert "Podpis poświadczenia: niezgodne" in result.stdout
    assert "Dowodu nie zapisano" in result.stdout
    assert run_cli(home, "receipt", "check", str(sent.application_id)).returncode == 1
