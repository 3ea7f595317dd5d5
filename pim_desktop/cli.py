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
from pim_desktop.domain.form_check import describe_address
from pim_desktop.domain.form_definition import Role
from pim_desktop.domain.problems import Refused
from pim_desktop.persistence.application_repository import ApplicationNotFound
from pim_desktop.platform_checks import DriveKind
from pim_desktop.services.application_service import ApplicationSummary
from pim_desktop.services.backup_service import Backup, BackupService
from pim_desktop.services.data_folder_service import DataFolderState
from pim_desktop.services.errors import StorageError
from pim_desktop.services.import_plan import ClashChoice, ImportPreview, LineageOutcome
from pim_desktop.services.sample_data_service import SampleDataRefused

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
    _add_safety_verbs(verbs)
    return parser


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
    return args.command in WRITING_COMMANDS


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
        for problem in problems:
            section = definition.section(problem.section_id)
            where = describe_address(definition, problem.field_id)
            out.write(f"  {section.number}. {where}: {problem.text()}\n")
    else:
        out.write(f"Wniosek {application.id} nie ma problemów.\n")
    return EXIT_FAILED if problems else EXIT_OK


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


Handler = Callable[[argparse.Namespace, AppContext, TextIO], int]
FileHandler = Callable[[argparse.Namespace, BackupService, TextIO], int]
COMMANDS: dict[str, Handler] = {
    "sample-data": _sample_data,
    "list": _list,
    "check": _check,
    "backup": _backup,
    "export-package": _export_package,
    "import-package": _import_package,
}
# Verbs that work on the database file before it is opened (a damaged one, too).
FILE_COMMANDS: dict[str, FileHandler] = {"restore": _restore}
WRITING_COMMANDS = frozenset(
    {"sample-data", "backup", "restore", "export-package", "import-package"}
)
