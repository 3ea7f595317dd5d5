"""The command-line verbs ``sign`` and ``verify``.

``sign`` is a file operation: it signs FILE into the new file given by ``--out``. With
``--application ID`` it also does what the window does: FILE becomes that application's final PDF
(or must be its newest signed file, for a further signature), the signed file is kept with the
application and the application is frozen as signed. The password or PIN is read from the
environment variable named by ``--secret-env``, never from the command line, and never printed;
with ``--windows-store`` Windows itself asks for the card's PIN.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import hashlib
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from pim_desktop.cli.common import EXIT_FAILED, EXIT_OK, EXIT_USAGE, Handler
from pim_desktop.domain.signature import (
    REVOCATION_NOT_CHECKED,
    DocumentReport,
    SignatureError,
    SignatureErrorCode,
    SignatureReport,
    certificate_notes,
    signature_statements,
    verdict,
)
from pim_desktop.services.file_signing import sign_file

if TYPE_CHECKING:
    from pim_desktop.context import AppContext
    from pim_desktop.services.settings_service import SettingsService
    from pim_desktop.signing.pades import SigningKey


def _sign(args: argparse.Namespace, context: AppContext, out: TextIO) -> int:
    return sign_verb(
        args,
        lambda key: _sign_with(args, context, key, out),
        store=context.signing.open_store_key,
    )


def sign_verb(
    args: argparse.Namespace,
    sign_with: Callable[[SigningKey], int],
    *,
    store: Callable[[str], SigningKey] | None = None,
) -> int:
    """Open the key the options name, sign with ``sign_with`` and close the key; a fault is
    told in Polish. ``store`` opens a key of the Windows certificate store."""
    try:
        if args.windows_store is not None:
            if store is None:
                raise ValueError("the Windows certificate store is opened through its service")
            # Windows asks for the card's PIN in its own dialog; no secret passes through here.
            key = store(args.windows_store)
        else:
            secret = os.environ.get(args.secret_env)
            if secret is None:
                error = SignatureError(SignatureErrorCode.SECRET_MISSING, variable=args.secret_env)
                sys.stderr.write(error.text() + "\n")
                return EXIT_USAGE
            key = _open_key(args, secret)
            del secret
    except SignatureError as error:
        sys.stderr.write(f"Błąd: {error.text()}\n")
        return EXIT_FAILED
    with key:
        try:
            return sign_with(key)
        except SignatureError as error:
            sys.stderr.write(f"Błąd: {error.text()}\n")
            return EXIT_FAILED


def _open_key(args: argparse.Namespace, secret: str) -> SigningKey:
    if args.pkcs12 is not None:
        from pim_desktop.signing.pades import load_pkcs12

        return load_pkcs12(args.pkcs12, secret)
    from pim_desktop.signing.pkcs11_tokens import open_key

    return open_key(args.pkcs11_lib, args.token, args.cert_id, secret)


def _sign_with(args: argparse.Namespace, context: AppContext, key: SigningKey, out: TextIO) -> int:
    now = dt.datetime.now(dt.UTC)
    timestamp_url = "" if args.no_timestamp else args.timestamp_url
    if args.application is None:
        return sign_loose_file(
            args, key, out, context.settings, lambda: context.city_profile.load().post_town
        )
    signing = context.signing
    _adopt_as_final(context, args.application, args.file)
    plan = signing.plan(args.application)
    _warn(signing.certificate_notes(plan, key.summary, now))
    record = signing.sign(
        args.application,
        key,
        copy_to=args.out,
        now=now,
        timestamp_url=timestamp_url,
        location=args.location,
    )
    out.write(
        f"Podpisano: {args.out} (PAdES {record.pades_level}, podpisujący: {record.signer_name}). "
        f"Wniosek {args.application} jest podpisany i zamrożony.\n"
    )
    return EXIT_OK


def sign_loose_file(
    args: argparse.Namespace,
    key: SigningKey,
    out: TextIO,
    settings: SettingsService,
    post_town: Callable[[], str],
) -> int:
    """Sign FILE into ``--out`` without an application; the place defaults to ``post_town()``."""
    _warn(certificate_notes(key.summary, dt.datetime.now(dt.UTC)))
    signed = sign_file(
        args.file,
        args.out,
        key,
        settings,
        location=args.location or post_town(),
        timestamp_url="" if args.no_timestamp else args.timestamp_url,
    )
    out.write(
        f"Podpisano: {signed.path} (PAdES {signed.level.value}, podpisujący: "
        f"{signed.signer.subject}).\n"
    )
    return EXIT_OK


def _adopt_as_final(context: AppContext, application_id: int, pdf: Path) -> None:
    signing = context.signing
    digest = hashlib.sha256(pdf.read_bytes()).hexdigest() if pdf.is_file() else ""
    signed = signing.signed_files(application_id)
    if signed:
        if digest != signed[-1].sha256:
            raise SignatureError(SignatureErrorCode.NOT_LATEST_VERSION, file=signed[-1].file_name)
        return
    final = signing.final_pdf(application_id)
    if final is None or final.sha256 != digest:
        signing.record_final_pdf(application_id, pdf)


def _warn(notes: list[Any]) -> None:
    for note in notes:
        if not note.blocking:
            sys.stderr.write(f"Uwaga: {note.text()}\n")


def _verify(args: argparse.Namespace, context: AppContext, out: TextIO) -> int:
    try:
        report = context.signing.verify(args.file)
    except SignatureError as error:
        if args.json:
            out.write(
                json.dumps(
                    {"file": args.file.name, "ok": False, "error": error.text()},
                    ensure_ascii=False,
                    indent=2,
                )
                + "\n"
            )
        else:
            out.write(f"Błąd: {error.text()}\n")
        return EXIT_FAILED
    if args.json:
        out.write(json.dumps(report_json(report), ensure_ascii=False, indent=2) + "\n")
    else:
        _write_report(report, out)
    return EXIT_OK if report.all_ok else EXIT_FAILED


def _write_report(report: DocumentReport, out: TextIO) -> None:
    out.write(f"Plik: {report.file_name} ({report.size} bajtów)\nSHA-256: {report.sha256}\n")
    out.write(verdict(report) + "\n")
    total = len(report.signatures)
    for number, signature in enumerate(report.signatures, start=1):
        out.write(f"\nPodpis {number} z {total} (pole {signature.field_name}):\n")
        for statement in signature_statements(signature):
            label, value = statement.text()
            mark = {True: "✓ ", False: "✗ ", None: "  "}[statement.good]
            out.write(f"  {mark}{label}: {value}\n")
    if report.signed:
        out.write(f"\n{REVOCATION_NOT_CHECKED}\n")


def report_json(report: DocumentReport) -> dict[str, Any]:
    return {
        "file": report.file_name,
        "size": report.size,
        "sha256": report.sha256,
        "ok": report.all_ok,
        "revocation_checked": False,
        "signatures": [_signature_json(signature) for signature in report.signatures],
    }


def _signature_json(signature: SignatureReport) -> dict[str, Any]:
    signer = dataclasses.asdict(signature.signer)
    for key in ("not_before", "not_after"):
        signer[key] = signer[key].isoformat()
    return {
        "field": signature.field_name,
        "signer": signer,
        "signing_time": signature.signing_time.isoformat() if signature.signing_time else None,
        "time_source": signature.time_source.value,
        "timestamp_trusted": signature.timestamp_trusted,
        "timestamp_authority": signature.timestamp_authority,
        "intact": signature.intact,
        "coverage": signature.coverage.value,
        "covers_file": signature.covers_file,
        "pades_level": signature.pades_level.value,
        "trusted": signature.trusted,
        "trust_problem": signature.trust_problem.value or None,
        "revocation_checked": signature.revocation_checked,
        "reason": signature.reason,
        "location": signature.location,
    }


COMMANDS: dict[str, Handler] = {"sign": _sign, "verify": _verify}
