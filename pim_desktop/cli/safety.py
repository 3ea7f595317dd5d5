"""The command-line verbs that keep the data safe: backups, restore, portable files; and
the plain-Polish texts the start-up shows about a damaged or unsafe data folder."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from pim_desktop.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    FileHandler,
    Handler,
)
from pim_desktop.domain.portable.partnership_records import COUNT_LABELS, KIND_LABELS
from pim_desktop.domain.problems import Refused
from pim_desktop.persistence.application_repository import ApplicationNotFound
from pim_desktop.services.backup_service import Backup, BackupService
from pim_desktop.services.errors import StorageError
from pim_desktop.services.portable.import_preview import (
    KIND_OUTCOME_LABELS,
    KIND_STEP_LABELS,
    ClashChoice,
    ImportPreview,
    LineageOutcome,
)

if TYPE_CHECKING:
    from pim_desktop.context import AppContext


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
    carried = [
        f"{KIND_LABELS[kind]} ({COUNT_LABELS[kind]}: {count})"
        for kind, count in result.kinds.items()
        if kind in KIND_LABELS
    ]
    if carried:
        out.write("Dane partnerstwa w pliku: " + "; ".join(carried) + ".\n")
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
        out.write(preview_text(preview, ClashChoice(args.on_clash)))
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
    for kind, step in result.kinds.items():
        out.write(f"{KIND_LABELS[kind]}: {KIND_STEP_LABELS[step]}.\n")
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


def preview_text(preview: ImportPreview, choice: ClashChoice) -> str:
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
    steps = preview.kind_steps(choice)
    for kind in preview.kinds:
        lines.append(
            f"{KIND_LABELS[kind.kind]} ({COUNT_LABELS[kind.kind]}: {kind.records}): "
            f"{KIND_OUTCOME_LABELS[kind.outcome]}; {KIND_STEP_LABELS[steps[kind.kind]]}."
        )
    if preview.skipped_kinds:
        lines.append(
            "Plik zawiera też dane, których ta wersja programu nie zna (zostaną pominięte): "
            + ", ".join(preview.skipped_kinds)
            + "."
        )
    return "\n".join(lines) + "\n"


def _error_text(error: Refused | StorageError) -> str:
    return error.text() if isinstance(error, Refused) else error.message


def _size(size: int) -> str:
    if size >= 1 << 20:
        return f"{size / (1 << 20):.1f} MB".replace(".", ",")
    return f"{max(size // 1024, 1)} kB"


COMMANDS: dict[str, Handler | FileHandler] = {
    "restore": _restore,
    "backup": _backup,
    "export-package": _export_package,
    "import-package": _import_package,
}
