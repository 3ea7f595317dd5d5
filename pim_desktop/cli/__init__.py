"""The command-line verbs, over the same services as the window.

Messages go to the terminal in Polish; exit codes: 0 done, 1 the check or the work failed, 2 the
command was wrong or the data folder is busy, 3 the database is damaged (the message names the
newest good backup and how to restore it).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from pim_desktop import APP_ID, APP_NAME, __version__
from pim_desktop.cli.applications import APPLICATION_COMMANDS, add_application_verbs
from pim_desktop.cli.common import EXIT_DAMAGED, EXIT_FAILED, EXIT_OK, EXIT_USAGE, Handler
from pim_desktop.cli.network import NETWORK_COMMANDS, add_network_verbs
from pim_desktop.cli.partnership import PARTNERSHIP_COMMANDS, add_partnership_verbs
from pim_desktop.cli.plan import PLAN_COMMANDS, add_action_plan_verbs
from pim_desktop.cli.receipts import RECEIPT_COMMANDS, add_receipt_verbs
from pim_desktop.cli.safety import (
    FILE_COMMANDS,
    SAFETY_COMMANDS,
    add_safety_verbs,
    damaged_text,
    folder_warning,
    unavailable_folder_text,
)
from pim_desktop.cli.signatures import SIGNATURE_COMMANDS, add_signature_verbs, signing_writes
from pim_desktop.context import AppContext
from pim_desktop.services.samples.sample_data_service import SampleDataRefused

__all__ = [
    "EXIT_DAMAGED",
    "EXIT_FAILED",
    "EXIT_OK",
    "EXIT_USAGE",
    "FILE_COMMANDS",
    "command_writes",
    "damaged_text",
    "folder_warning",
    "parse_arguments",
    "run",
    "unavailable_folder_text",
    "version_text",
]


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
    parser.add_argument(
        "--open",
        type=Path,
        metavar="PLIK",
        help="otwórz okno z plikiem: .pim — podgląd importu, .pdf — sprawdzenie podpisu",
    )
    verbs = parser.add_subparsers(dest="command", metavar="POLECENIE")
    verbs.add_parser(
        "sample-data",
        help="wypełnij pusty folder danych przykładowym miastem (Gmina Miasto Przykładowo)",
    )
    add_application_verbs(verbs)
    add_signature_verbs(verbs)
    add_partnership_verbs(verbs)
    add_action_plan_verbs(verbs)
    add_safety_verbs(verbs)
    add_receipt_verbs(verbs)
    add_network_verbs(verbs)
    return parser


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if len(arguments) == 1 and Path(arguments[0]).suffix.lower() in OPENED_SUFFIXES:
        # A file dropped on the program's icon arrives as the only argument.
        arguments = ["--open", arguments[0]]
    return build_parser().parse_args(arguments)


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


COMMANDS: dict[str, Handler] = {
    "sample-data": _sample_data,
    **APPLICATION_COMMANDS,
    **SIGNATURE_COMMANDS,
    **PARTNERSHIP_COMMANDS,
    **PLAN_COMMANDS,
    **SAFETY_COMMANDS,
    **RECEIPT_COMMANDS,
    **NETWORK_COMMANDS,
}
OPENED_SUFFIXES = frozenset({".pim", ".pdf"})
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
        "receipt import",
    }
)
