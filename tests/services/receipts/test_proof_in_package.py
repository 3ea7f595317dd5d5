"""A proof of sending travels in the .pim file with its application: exported with it, imported
onto it on another computer, and checked there from the carried files."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from receipt_setup import send
from signing_pki import SigningPki

from pim_desktop.context import AppContext
from pim_desktop.domain.application import ApplicationStatus
from pim_desktop.domain.problems import Refused
from pim_desktop.domain.submission_proof import CheckKind, CheckOutcome


def exported_with_proof(
    context: AppContext, pki: SigningPki, final_pdf: Path, tmp_path: Path
) -> tuple[Path, int]:
    sent = send(context, pki, final_pdf, tmp_path)
    assert context.proofs.import_proof(sent.application_id, sent.receipt, sent.sent).kept
    target = tmp_path / "wniosek z dowodem.pim"
    context.packages.export_application(sent.application_id, target)
    return target, sent.application_id


def test_the_proof_travels_with_its_application(
    context: AppContext, colleague: AppContext, pki: SigningPki, final_pdf: Path, tmp_path: Path
) -> None:
    target, application_id = exported_with_proof(context, pki, final_pdf, tmp_path)
    (proof,) = context.proofs.proofs(application_id)
    with zipfile.ZipFile(target) as archive:
        data = json.loads(archive.read("data.json"))
        manifest = json.loads(archive.read("manifest.json"))
        names = set(archive.namelist())
    (entry,) = data["submission_proofs"]
    assert entry["receipt"]["sha256"] == proof.receipt.sha256
    assert entry["facts"]["identifier"] == proof.facts.identifier
    assert manifest["contents"]["kinds"]["submission_proofs"] == 1
    assert {f"attachments/{proof.receipt.sha256}", f"attachments/{proof.sent.sha256}"} <= names

    colleague.packages.import_package(target)

    (arrived,) = colleague.applications.summaries()
    assert arrived.application.status is ApplicationStatus.SENT
    (copy,) = colleague.proofs.proofs(arrived.id)
    assert copy.facts == proof.facts and copy.imported_at == proof.imported_at
    checked = colleague.proofs.check(arrived.id)
    assert checked is not None
    # The signed PDF itself does not travel in a .pim file: the receipt still verifies, and
    # the check says it cannot compare the attachment rather than claiming a match.
    outcomes = {c.kind: c.outcome for c in checked.report.checks}
    assert outcomes[CheckKind.RECEIPT_SIGNATURE] is CheckOutcome.CONFIRMED
    assert outcomes[CheckKind.SENT_DOCUMENT] is CheckOutcome.CONFIRMED
    assert outcomes[CheckKind.ATTACHMENT] is CheckOutcome.UNKNOWN


def test_a_proof_of_a_version_the_file_lacks_is_refused(
    context: AppContext, colleague: AppContext, pki: SigningPki, final_pdf: Path, tmp_path: Path
) -> None:
    target, _application_id = exported_with_proof(context, pki, final_pdf, tmp_path)
    changed = tmp_path / "zmieniony.pim"
    with zipfile.ZipFile(target) as source, zipfile.ZipFile(changed, "w") as copy:
        for item in source.infolist():
            content = source.read(item)
            if item.filename == "data.json":
                data = json.loads(content)
                data["submission_proofs"][0]["version"] = 7
                content = json.dumps(data, ensure_ascii=False).encode()
            copy.writestr(item, content)
    with pytest.raises(Refused):
        colleague.packages.preview(changed)
