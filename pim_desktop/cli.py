"""The command-line verbs, over the same services as the window.

Messages go to the terminal in Polish; exit codes: 0 done, 1 the check or the work failed, 2 the
command was wrong or the data folder is busy, 3 the database is damaged (the message names the
newest good backup and how to restore it).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from pim_desktop import APP_ID, APP_NAME, __version__
from pim_desktop.context import AppContext
from pim_desktop.domain.application import STATUS_LABELS
from pim_desktop.domain.canonical import application_checksum, grouped, ungrouped
from pim_desktop.domain.form_check import describe_address
from pim_desktop.domain.form_definition import FormDefinition, Role
from pim_desktop.domain.meeting import MEETING_TYPE_LABELS
from pim_desktop.domain.problems import Problem, Refused, ValidationFailed
from pim_desktop.pdf.printed_values import NBSP, file_size_text
from pim_desktop.persistence.application_repository import ApplicationNotFound
from pim_desktop.persistence.meeting_repository import MeetingNotFound
from pim_desktop.platform_checks import DriveKind
from pim_desktop.services.application_export_service import MatchResult
from pim_desktop.services.application_service import ApplicationSummary
from pim_desktop.services.backup_service import Backup, BackupService
from pim_desktop.services.data_folder_service import DataFolderState
from pim_desktop.services.errors import StorageError
from pim_desktop.services.import_plan import ClashChoice, ImportPreview, LineageOutcome
from pim_desktop.services.improvement_plan_service import ContributionPreview
from pim_desktop.services.member_csv import CsvFormatError
from pim_desktop.services.network_contribution import ContributionError
from pim_desktop.services.sample_data_service import SampleDataRefused
from pim_desktop.signature_cli import SIGNATURE_COMMANDS, add_signature_verbs, signing_writes

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_DAMAGED = 3


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_ID,
        description=f"{APP_NAME}: wnioski PIM, Lokalne Partnerstwo i plan działań miasta.",
    )
    parser.add_argument("--version", action="store_true", help="pokaż wersję programu i zakończ")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="uruchom cały program bez ekranu na próbnych danych, otwórz każdą stronę i zakończ",
    )
    verbs = parser.add_subparsers(dest="command", metavar="POLECENIE")
    verbs.add_parser(
        "sample-data",
        help="wypełnij pusty folder danych przykładowym miastem (Gmina Miasto Przykładowo)",
    )
    listing = verbs.add_parser("list", help="wypisz wnioski miasta")
    listing.add_argument("--json", action="store_true", help="jako JSON (tablica obiektów)")
    check = verbs.add_parser("check", help="sprawdź wniosek (kod wyjścia 1, gdy ma problemy)")
    check.add_argument("application_id", type=int, metavar="APPLICATION_ID")
    check.add_argument("--json", action="store_true", help="jako JSON")
    add_signature_verbs(verbs)
    export = verbs.add_parser(
        "export-pdf",
        help="zapisz wniosek jako PDF; wersja ostateczna tylko dla wniosku bez problemów "
        "(kod wyjścia 1 i lista problemów)",
    )
    export.add_argument("application_id", type=int, metavar="APPLICATION_ID")
    export.add_argument("--out", required=True, type=Path, metavar="FILE.pdf", help="plik PDF")
    export.add_argument(
        "--draft",
        action="store_true",
        help="wersja robocza ze znakiem wodnym „WERSJA ROBOCZA” (zawsze dozwolona)",
    )
    match = verbs.add_parser(
        "match-pdf",
        help="sprawdź, do którego wniosku i wersji należy wydruk (kod wyjścia 1, gdy do żadnego)",
    )
    match.add_argument(
        "source", metavar="FILE.pdf", help="plik PDF wydruku albo przepisana z niego suma kontrolna"
    )
    _add_partnership_verbs(verbs)
    _add_action_plan_verbs(verbs)
    _add_safety_verbs(verbs)
    return parser


def _add_action_plan_verbs(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    for verb, what in (
        ("mid-pdf", "Miejską Inicjatywę Działań (plan działań miasta)"),
        ("improvement-plan-pdf", "Plan Ulepszeń sieci"),
    ):
        document = verbs.add_parser(verb, help=f"zapisz {what} jako PDF")
        document.add_argument("--out", type=Path, required=True, metavar="PLIK.pdf")
    table = verbs.add_parser(
        "mid-csv", help="zapisz tabelę działań MID do pliku CSV (średniki, UTF-8 dla Excela)"
    )
    table.add_argument("--out", type=Path, required=True, metavar="PLIK.csv")
    contribution = verbs.add_parser(
        "contribution", help="wkład miasta partnerskiego do sieci (plik .pim-wklad)"
    )
    actions = contribution.add_subparsers(dest="action", metavar="CZYNNOŚĆ", required=True)
    export = actions.add_parser(
        "export", help="zapisz rekomendacje i streszczenie MID tego miasta dla Miasta Lidera"
    )
    export.add_argument("--out", type=Path, required=True, metavar="PLIK.pim-wklad")
    load = actions.add_parser(
        "import",
        help="dołącz wkład miasta partnerskiego do sieci (w całości; wcześniejszy wkład tego "
        "miasta zostaje zastąpiony)",
    )
    load.add_argument("file", type=Path, metavar="PLIK.pim-wklad")
    load.add_argument("--dry-run", action="store_true", help="tylko pokaż, co zostałoby dołączone")


def _add_partnership_verbs(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    meetings = verbs.add_parser("meetings", help="spotkania Lokalnego Partnerstwa")
    meeting_actions = meetings.add_subparsers(dest="action", metavar="CZYNNOŚĆ", required=True)
    listing = meeting_actions.add_parser("list", help="wypisz spotkania, od najnowszego")
    listing.add_argument(
        "--json",
        action="store_true",
        help="jako tablica JSON obiektów z kluczami id, date (RRRR-MM-DD), type (kod rodzaju), "
        "title",
    )
    for verb, what in (("attendance-sheet", "listę obecności"), ("minutes", "protokół")):
        document = verbs.add_parser(verb, help=f"zapisz {what} spotkania jako PDF")
        document.add_argument("meeting_id", type=int, metavar="ID_SPOTKANIA")
        document.add_argument("--out", type=Path, required=True, metavar="PLIK.pdf")
    members = verbs.add_parser("members", help="członkowie Lokalnego Partnerstwa (CSV)")
    member_actions = members.add_subparsers(dest="action", metavar="CZYNNOŚĆ", required=True)
    export = member_actions.add_parser(
        "export", help="zapisz członków do pliku CSV (średniki, UTF-8 dla Excela)"
    )
    export.add_argument("file", type=Path, metavar="PLIK.csv")
    load = member_actions.add_parser(
        "import",
        help="dopisz członków z pliku CSV (UTF-8 lub Windows-1250); wiersze z błędami są "
        "pomijane i wypisane z powodem",
    )
    load.add_argument("file", type=Path, metavar="PLIK.csv")


def _add_safety_verbs(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backup = verbs.add_parser(
        "backup", help="utwórz sprawdzoną kopię zapasową bazy danych (w folderze kopii)"
    )
    backup.add_argument(
        "--out", metavar="PLIK", help="zapisz kopię w tym pliku (istniejący nie jest nadpisywany)"
    )
    restore = verbs.add_parser(
        "restore",
        help="przywróć dane z kopii zapasowej (najpierw zapisuje kopię obecnego stanu; "
        "uszkodzoną bazę odkłada obok)",
    )
    restore.add_argument("file", metavar="PLIK", help="plik kopii zapasowej (.sqlite3)")
    export = verbs.add_parser(
        "export-package",
        help="zapisz wniosek (ze wszystkimi wersjami) albo wszystkie dane w pliku .pim",
    )
    export.add_argument(
        "application_id", type=int, nargs="?", metavar="APPLICATION_ID", help="numer wniosku"
    )
    export.add_argument("--all", action="store_true", help="wszystkie dane miasta")
    export.add_argument("--out", required=True, metavar="PLIK.pim", help="plik do zapisania")
    imported = verbs.add_parser("import-package", help="wczytaj plik .pim (wszystko albo nic)")
    imported.add_argument("file", metavar="PLIK.pim")
    imported.add_argument(
        "--on-clash",
        choices=[choice.value for choice in ClashChoice],
        default=ClashChoice.KEEP_BOTH.value,
        help="gdy wniosek lub dane miasta już są, a różnią się: keep-both zachowuje oba "
        "wnioski (i dane miasta z tego komputera), replace zastępuje je danymi z pliku "
        "(domyślnie keep-both)",
    )
    imported.add_argument(
        "--dry-run", action="store_true", help="tylko sprawdź plik i pokaż, co zostałoby dodane"
    )


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def command_writes(args: argparse.Namespace) -> bool:
    """Whether the verb changes the data folder (and so needs the single-writer lock)."""
    if args.command == "export-pdf" and args.draft:
        return False  # a draft print is not recorded, so it may run beside an open window
    action = getattr(args, "action", None)
    return (
        args.command in WRITING_COMMANDS
        or f"{args.command} {action}" in WRITING_COMMANDS
        or signing_writes(args)
    )


def run(args: argparse.Namespace, context: AppContext, out: TextIO | None = None) -> int:
    stream = out or sys.stdout
    handler = COMMANDS[args.command]
    return handler(args, context, stream)


def version_text() -> str:
    return f"{APP_NAME} {__version__}\n"


def _sample_data(_args: argparse.Namespace, context: AppContext, out: TextIO) -> int:
    try:
        context.sample_data.create()
    except SampleDataRefused:
        out.write(
            "Folder danych zawiera już dane miasta; przykładowe dane dodaje się tylko do pustego "
            "folderu (ustaw PIM_DESKTOP_HOME na nowy folder).\n"
            f"Folder danych: {context.paths.data_dir}\n"
        )
        return EXIT_FAILED
    out.write("Dodano przykładowe dane: Gmina Miasto Przykładowo.\n")
    out.write(f"Folder danych: {context.paths.data_dir}\n")
    return EXIT_OK


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
    except ApplicationNotFound:
        out.write(f"Nie ma wniosku o numerze {args.application_id}.\n")
        return EXIT_USAGE
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
    except OSError as error:
        out.write(f"Nie udało się zapisać pliku {target}: {error.strerror or error}\n")
        return EXIT_FAILED
    kind = "wersja robocza ze znakiem wodnym" if result.draft else "wersja ostateczna"
    size = file_size_text(result.size).replace(NBSP, " ")
    out.write(f"Zapisano PDF – {kind}: {result.path}\n")
    out.write(f"Stron: {result.pages}, rozmiar pliku: {size}\n")
    out.write(f"Suma kontrolna: {grouped(result.checksum)}\n")
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


def _meetings(args: argparse.Namespace, context: AppContext, out: TextIO) -> int:
    meetings = context.meetings.meetings()
    if args.json:
        records = [
            {
                "id": meeting.id,
                "date": meeting.starts_at.astimezone().date().isoformat(),
                "type": meeting.meeting_type.value,
                "title": meeting.title,
            }
            for meeting in meetings
        ]
        # ASCII escapes keep the output valid JSON whatever the console's code page.
        out.write(json.dumps(records, indent=2) + "\n")
        return EXIT_OK
    if not meetings:
        out.write("Nie ma jeszcze żadnych spotkań.\n")
    for meeting in meetings:
        when = meeting.starts_at.astimezone().strftime("%Y-%m-%d %H:%M")
        kind = MEETING_TYPE_LABELS[meeting.meeting_type]
        out.write(f"{meeting.id:>4}  {when}  {kind:<16}  {meeting.title}\n")
    return EXIT_OK


def _print_meeting(args: argparse.Namespace, context: AppContext, out: TextIO) -> int:
    printer = (
        context.meetings.print_attendance_sheet
        if args.command == "attendance-sheet"
        else context.meetings.print_minutes
    )
    what = "Listę obecności" if args.command == "attendance-sheet" else "Protokół"
    try:
        pages = printer(args.meeting_id, args.out)
    except MeetingNotFound:
        sys.stderr.write(f"Nie ma spotkania o numerze {args.meeting_id}.\n")
        return EXIT_FAILED
    except OSError as error:
        sys.stderr.write(f"Nie można zapisać pliku {args.out}: {error.strerror or error}\n")
        return EXIT_FAILED
    out.write(f"{what} zapisano w pliku {args.out} (stron: {pages}).\n")
    return EXIT_OK


def _members(args: argparse.Namespace, context: AppContext, out: TextIO) -> int:
    try:
        if args.action == "export":
            count = context.partnership.export_csv(args.file)
            out.write(f"Zapisano {count} członków w pliku {args.file}.\n")
            return EXIT_OK
        return _import_members(args.file, context, out)
    except OSError as error:
        sys.stderr.write(f"Nie można użyć pliku {args.file}: {error.strerror or error}\n")
    except CsvFormatError as error:
        sys.stderr.write(f"{error.problem.text()}\n")
    except (StorageError, ValidationFailed) as error:
        sys.stderr.write(f"{error}\n")
    return EXIT_FAILED


def _import_members(source: Path, context: AppContext, out: TextIO) -> int:
    preview = context.partnership.preview_csv(source)
    added = context.partnership.import_members(preview)
    out.write(f"Plik {preview.file_name} ({preview.encoding}): dopisano {len(added)} członków.\n")
    if preview.ignored_columns:
        out.write("Pominięto nieznane kolumny: " + ", ".join(preview.ignored_columns) + ".\n")
    for row in preview.rejected:
        out.write(f"Wiersz {row.line} odrzucony: {row.reasons()}\n")
    if preview.rejected:
        out.write(f"Odrzucono wierszy: {len(preview.rejected)}; popraw je i zaimportuj ponownie.\n")
        return EXIT_FAILED
    return EXIT_OK


def _print_plan(args: argparse.Namespace, context: AppContext, out: TextIO) -> int:
    if args.command == "mid-pdf":
        printer, what = context.action_plan.print_pdf, "Miejską Inicjatywę Działań"
    else:
        printer, what = context.improvement_plan.print_pdf, "Plan Ulepszeń"
    try:
        pages = printer(args.out)
    except OSError as error:
        sys.stderr.write(f"Nie można zapisać pliku {args.out}: {error.strerror or error}\n")
        return EXIT_FAILED
    except StorageError as error:
        sys.stderr.write(f"{error.message}\n")
        return EXIT_FAILED
    out.write(f"{what} zapisano w pliku {args.out} (stron: {pages}).\n")
    return EXIT_OK


def _mid_csv(args: argparse.Namespace, context: AppContext, out: TextIO) -> int:
    try:
        count = context.action_plan.export_csv(args.out)
    except OSError as error:
        sys.stderr.write(f"Nie można zapisać pliku {args.out}: {error.strerror or error}\n")
        return EXIT_FAILED
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


Handler = Callable[[argparse.Namespace, AppContext, TextIO], int]


def _backup(args: argparse.Namespace, context: AppContext, out: TextIO) -> int:
    try:
        if args.out:
            backup: Backup | None = context.backups.create_at(Path(args.out))
        else:
            backup = context.backups.create().backup
    except Refused as error:
        out.write(error.text() + "\n")
        return EXIT_FAILED
    assert backup is not None
    out.write(f"Utworzono i sprawdzono kopię zapasową: {backup.path} ({_size(backup.size)}).\n")
    return EXIT_OK


def _restore(args: argparse.Namespace, backups: BackupService, out: TextIO) -> int:
    try:
        outcome = backups.restore(Path(args.file))
    except Refused as error:
        out.write(error.text() + "\n")
        return EXIT_FAILED
    out.write(f"Przywrócono dane z kopii {outcome.restored_from}.\n")
    if outcome.safety_backup is not None:
        out.write(f"Stan sprzed przywrócenia zapisano w kopii {outcome.safety_backup.path}.\n")
    if outcome.damaged_file is not None:
        out.write(f"Uszkodzony plik danych odłożono do zbadania jako {outcome.damaged_file}.\n")
    return EXIT_OK


def _export_package(args: argparse.Namespace, context: AppContext, out: TextIO) -> int:
    if args.all == (args.application_id is not None):
        out.write("Podaj numer wniosku albo --all (jedno z dwojga).\n")
        return EXIT_USAGE
    target = Path(args.out)
    try:
        if args.all:
            result = context.packages.export_all(target)
        else:
            result = context.packages.export_application(args.application_id, target)
    except ApplicationNotFound:
        out.write(f"Nie ma wniosku o numerze {args.application_id}.\n")
        return EXIT_USAGE
    except (Refused, StorageError) as error:
        out.write(_error_text(error) + "\n")
        return EXIT_FAILED
    out.write(
        f"Zapisano {result.path} ({_size(result.size)}): wnioski i wersje: "
        f"{result.applications}, załączniki: {result.attachments}.\n"
    )
    if result.missing_attachments:
        out.write(
            f"Uwaga: w folderze danych brakuje plików {result.missing_attachments} załączników; "
            "w pliku są tylko ich opisy.\n"
        )
    return EXIT_OK


def _import_package(args: argparse.Namespace, context: AppContext, out: TextIO) -> int:
    source = Path(args.file)
    try:
        preview = context.packages.preview(source)
        out.write(preview_text(preview))
        if args.dry_run:
            return EXIT_OK
        result = context.packages.import_package(source, ClashChoice(args.on_clash))
    except (Refused, StorageError) as error:
        out.write(_error_text(error) + "\n")
        return EXIT_FAILED
    out.write(
        f"Zaimportowano: dodane wersje wniosków: {result.added}, zastąpione wnioski: "
        f"{result.replaced}, zachowane obok: {result.kept_both}, już obecne: {result.skipped}; "
        f"dane miasta {'zmienione' if result.profile_changed else 'bez zmian'}.\n"
    )
    if result.backup is not None:
        out.write(f"Stan sprzed importu jest w kopii {result.backup.path}.\n")
    return EXIT_OK


_OUTCOME_WORDS = {
    LineageOutcome.NEW: "nowy",
    LineageOutcome.PRESENT: "już jest (pominięty)",
    LineageOutcome.CLASH: "jest już w innej postaci",
}
_PROFILE_WORDS = {
    "absent": "brak w pliku",
    "new": "zostaną wpisane",
    "same": "takie same",
    "different": "inne niż na tym komputerze",
}


def preview_text(preview: ImportPreview) -> str:
    lines = [
        f"Plik {preview.source} z {preview.created:%Y-%m-%d %H:%M} UTC "
        f"(PIM Desktop {preview.program_version}).",
        f"Dane miasta: {_PROFILE_WORDS[preview.profile.value]}"
        + (f" ({preview.profile_name})" if preview.profile_name else "")
        + ".",
    ]
    for plan in preview.lineages:
        versions = ", ".join(str(number) for number in plan.version_numbers)
        lines.append(
            f"  {plan.title} · {plan.role_label} · {plan.network_name} · wersje {versions}: "
            f"{_OUTCOME_WORDS[plan.outcome]}"
        )
    lines.append(
        f"Załączniki w pliku: {preview.attachments} (nowe: {preview.new_attachments})"
        + (
            f", brakujące u nadawcy: {preview.missing_attachments}"
            if preview.missing_attachments
            else ""
        )
        + "."
    )
    if preview.skipped_kinds:
        lines.append(
            "Plik zawiera też dane, których ta wersja programu nie zna (zostaną pominięte): "
            + ", ".join(preview.skipped_kinds)
            + "."
        )
    return "\n".join(lines) + "\n"


def damaged_text(database_file: Path, detail: str, newest: Backup | None) -> str:
    text = (
        f"Plik danych {database_file} jest uszkodzony ({detail}).\n"
        "Program nie otworzył go do zapisu, żeby nie pogłębić szkód.\n"
    )
    if newest is None:
        return text + (
            "Nie ma dobrej kopii zapasowej. Uruchom program w oknie, aby zacząć od pustych "
            "danych; uszkodzony plik zostanie wtedy odłożony obok.\n"
        )
    return text + (
        f"Najnowsza dobra kopia zapasowa: {newest.path} z {newest.taken_at:%Y-%m-%d %H:%M}.\n"
        f'Aby ją przywrócić: pim-desktop restore "{newest.path}"\n'
        "(uszkodzony plik zostanie odłożony obok jako …-uszkodzona-<data>.sqlite3).\n"
    )


def folder_warning(state: DataFolderState) -> str:
    if state.kind is DriveKind.NETWORK:
        where = "na dysku sieciowym"
    elif state.kind is DriveKind.REMOVABLE:
        where = "na dysku wymiennym"
    else:
        return ""
    return (
        f"Uwaga: folder danych {state.folder} leży {where}. Baza SQLite nie jest tam bezpieczna; "
        "przenieś dane na dysk tego komputera (Ustawienia → Folder danych).\n"
    )


def unavailable_folder_text(folder: Path) -> str:
    return (
        f"Folder danych {folder} (wybrany w Ustawieniach) jest niedostępny albo nie zawiera "
        "danych. Podłącz dysk, na którym leży, i spróbuj ponownie.\n"
    )


def _error_text(error: Refused | StorageError) -> str:
    return error.text() if isinstance(error, Refused) else error.message


def _size(size: int) -> str:
    if size >= 1 << 20:
        return f"{size / (1 << 20):.1f} MB".replace(".", ",")
    return f"{max(size // 1024, 1)} kB"


FileHandler = Callable[[argparse.Namespace, BackupService, TextIO], int]
COMMANDS: dict[str, Handler] = {
    "sample-data": _sample_data,
    "list": _list,
    "check": _check,
    "export-pdf": _export_pdf,
    "match-pdf": _match_pdf,
    **SIGNATURE_COMMANDS,
    "meetings": _meetings,
    "attendance-sheet": _print_meeting,
    "minutes": _print_meeting,
    "members": _members,
    "mid-pdf": _print_plan,
    "improvement-plan-pdf": _print_plan,
    "mid-csv": _mid_csv,
    "contribution": _contribution,
    "backup": _backup,
    "export-package": _export_package,
    "import-package": _import_package,
}
# Verbs that work on the database file before it is opened (a damaged one, too).
FILE_COMMANDS: dict[str, FileHandler] = {"restore": _restore}
# export-pdf records every final print on the application; export-package its export.
WRITING_COMMANDS = frozenset(
    {
        "sample-data",
        "export-pdf",
        "members import",
        "contribution import",
        "backup",
        "restore",
        "export-package",
        "import-package",
    }
)
