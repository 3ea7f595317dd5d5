"""The command-line verbs of applications: list, check, print to PDF, match a printout."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from pim_desktop.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    Handler,
)
from pim_desktop.cli.file_verbs import export_failed, write_export
from pim_desktop.domain.application import STATUS_LABELS
from pim_desktop.domain.canonical import application_checksum, grouped, ungrouped
from pim_desktop.domain.forms.addresses import describe_address
from pim_desktop.domain.forms.definition import FormDefinition, Role
from pim_desktop.domain.problems import Problem, ValidationFailed
from pim_desktop.persistence.application_repository import ApplicationNotFound
from pim_desktop.services.application_export_service import MatchResult
from pim_desktop.services.application_service import ApplicationSummary
from pim_desktop.services.errors import StorageError

if TYPE_CHECKING:
    from pim_desktop.context import AppContext


def _list(args: argparse.Namespace, context: AppContext, out: TextIO) -> int:
    summaries = context.applications.summaries()
    if args.json:
        rows = [application_json(summary) for summary in summaries]
        out.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    if not summaries:
        out.write("Brak wniosków.\n")
    for summary in summaries:
        application = summary.application
        out.write(
            f"{application.id:>4}  {summary.definition.edition.name:<8} "
            f"{summary.definition.role_label(Role(application.role)):<20} "
            f"{summary.network_name:<32} wersja {application.version_number}  "
            f"{STATUS_LABELS[application.status]:<10} {round(summary.completeness * 100):>3} %\n"
        )
    return EXIT_OK


def application_json(summary: ApplicationSummary) -> dict[str, object]:
    application = summary.application
    deadline = summary.definition.call.deadline
    return {
        "id": application.id,
        "edition": summary.definition.edition.id,
        "role": application.role,
        "network": application.network_id,
        "status": application.status.value,
        "form": application.form_id,
        "form_version": application.form_version,
        "version": application.version_number,
        "completeness": round(summary.completeness, 4),
        "deadline": deadline.isoformat() if deadline else None,
        "checksum": application_checksum(application),
    }


def _check(args: argparse.Namespace, context: AppContext, out: TextIO) -> int:
    try:
        application = context.applications.load(args.application_id)
    except ApplicationNotFound:
        out.write(f"Nie ma wniosku o numerze {args.application_id}.\n")
        return EXIT_USAGE
    definition = context.applications.definition_of(application)
    problems = context.applications.check(application.id)
    if args.json:
        report = {
            "id": application.id,
            "ok": not problems,
            "problems": [
                {
                    "field": problem.field_id,
                    "section": problem.section_id,
                    "code": problem.code,
                    "where": describe_address(definition, problem.field_id),
                    "message": problem.text(),
                }
                for problem in problems
            ],
        }
        out.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    elif problems:
        out.write(f"Wniosek {application.id} ma problemy ({len(problems)}):\n")
        _write_problems(out, definition, problems)
    else:
        out.write(f"Wniosek {application.id} nie ma problemów.\n")
    return EXIT_FAILED if problems else EXIT_OK


def _write_problems(out: TextIO, definition: FormDefinition, problems: list[Problem]) -> None:
    for problem in problems:
        section = definition.section(problem.section_id)
        where = describe_address(definition, problem.field_id)
        out.write(f"  {section.number}. {where}: {problem.text()}\n")


def _export_pdf(args: argparse.Namespace, context: AppContext, out: TextIO) -> int:
    target: Path = args.out
    try:
        result = context.exports.export_pdf(args.application_id, target, draft=args.draft)
    except ValidationFailed as error:
        application = context.applications.load(args.application_id)
        definition = context.applications.definition_of(application)
        out.write(
            f"Wniosek {application.id} ma problemy ({len(error.problems)}), więc wersja "
            "ostateczna PDF nie powstała:\n"
        )
        _write_problems(out, definition, error.problems)
        out.write("Wersję roboczą (ze znakiem wodnym) zapiszesz z opcją --draft.\n")
        return EXIT_FAILED
    except StorageError as error:
        out.write(f"{error.message}\n")
        return EXIT_FAILED
    except (ApplicationNotFound, OSError) as error:
        return export_failed(args, error, out)
    write_export(result, out)
    return EXIT_OK


def _match_pdf(args: argparse.Namespace, context: AppContext, out: TextIO) -> int:
    path = Path(args.source)
    if path.is_file():
        result = context.exports.match(path)
        if not result.checksums:
            out.write(f"W pliku {path} nie znaleziono sumy kontrolnej wniosku.\n")
            return EXIT_FAILED
    elif len(ungrouped(args.source)) == 64:
        result = context.exports.match(args.source)
    else:
        out.write(f"Nie ma pliku {path} (ani nie jest to suma kontrolna).\n")
        return EXIT_USAGE
    _write_matches(out, result)
    return EXIT_OK if result.matches else EXIT_FAILED


def _write_matches(out: TextIO, result: MatchResult) -> None:
    for checksum in result.checksums:
        out.write(f"Suma kontrolna wydruku: {grouped(checksum)}\n")
    if not result.matches:
        out.write("Wydruk nie pasuje do żadnego wniosku ani zapisanego wydruku.\n")
    for match in result.matches:
        application = match.application
        out.write(
            f"Wniosek nr {application.id}, wersja {application.version_number} "
            f"({match.definition.edition.name}, {match.role_label}, {match.network_name}): "
        )
        if match.current:
            out.write("wydruk zgodny z obecnymi danymi wniosku.\n")
        else:
            out.write("wydruk zgodny z danymi z chwili wydruku; od tego czasu wniosek zmieniono.\n")
        for record in match.prints:
            when = record.printed_at.astimezone().strftime("%d.%m.%Y %H:%M")
            where = record.file_path or "wydrukowano na drukarce"
            out.write(f"  wydruk ostateczny z {when}: {where}\n")


COMMANDS: dict[str, Handler] = {
    "list": _list,
    "check": _check,
    "export-pdf": _export_pdf,
    "match-pdf": _match_pdf,
}
