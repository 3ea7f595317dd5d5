"""The command-line verbs of the action plan and the network: PDFs, CSV, contributions."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, TextIO

from pim_desktop.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    Handler,
    cannot_write,
    write_document,
)
from pim_desktop.domain.problems import ValidationFailed
from pim_desktop.services.errors import StorageError
from pim_desktop.services.improvement_plan_service import ContributionPreview
from pim_desktop.services.portable.contribution_file import ContributionError

if TYPE_CHECKING:
    from pim_desktop.context import AppContext


def _print_plan(args: argparse.Namespace, context: AppContext, out: TextIO) -> int:
    if args.command == "mid-pdf":
        printer, what = context.action_plan.print_pdf, "Miejską Inicjatywę Działań"
    else:
        printer, what = context.improvement_plan.print_pdf, "Plan Ulepszeń"
    try:
        return write_document(out, args.out, what, lambda: printer(args.out))
    except StorageError as error:
        sys.stderr.write(f"{error.message}\n")
        return EXIT_FAILED


def _mid_csv(args: argparse.Namespace, context: AppContext, out: TextIO) -> int:
    try:
        count = context.action_plan.export_csv(args.out)
    except OSError as error:
        return cannot_write(args.out, error)
    out.write(f"Zapisano {count} działań w pliku {args.out}.\n")
    return EXIT_OK


def _contribution(args: argparse.Namespace, context: AppContext, out: TextIO) -> int:
    service = context.improvement_plan
    target = args.out if args.action == "export" else args.file
    try:
        if args.action == "export":
            digest = service.export_contribution(args.out)
            out.write(f"Wkład miasta zapisano w pliku {args.out}.\nSHA-256: {digest}\n")
            return EXIT_OK
        preview = service.preview_contribution(args.file)
        _describe_preview(preview, out)
        if not args.dry_run:
            city = service.import_contribution(preview)
            out.write(f"Dołączono wkład miasta {city.name} do sieci.\n")
        return EXIT_OK
    except OSError as error:
        sys.stderr.write(f"Nie można użyć pliku {target}: {error.strerror or error}\n")
    except ContributionError as error:
        sys.stderr.write(f"{error.text()}\n")
    except (StorageError, ValidationFailed) as error:
        sys.stderr.write(f"{getattr(error, 'message', error)}\n")
    return EXIT_FAILED


def _describe_preview(preview: ContributionPreview, out: TextIO) -> None:
    content = preview.content
    out.write(f"Plik {preview.file_name}: wkład miasta {content.city_name}")
    out.write(f" (zapisany {preview.created_at}).\n")
    if preview.existing_city is None:
        out.write("Miasta nie ma jeszcze w sieci: zostanie dopisane jako miasto partnerskie.\n")
    out.write(f"Rekomendacje: {len(content.recommendations)}")
    if preview.replaced:
        out.write(f" (zastąpią {preview.replaced} z poprzedniego wkładu tego miasta)")
    out.write(".\n")
    if content.mid.title:
        out.write(f"MID: {content.mid.title}, działań: {content.mid.actions}.\n")
    if preview.unknown_cities:
        names = ", ".join(preview.unknown_cities)
        out.write(f"Miasta spoza sieci wymienione w rekomendacjach: {names}.\n")


COMMANDS: dict[str, Handler] = {
    "mid-pdf": _print_plan,
    "improvement-plan-pdf": _print_plan,
    "mid-csv": _mid_csv,
    "contribution": _contribution,
}
