"""The command-line verbs, over the same services as the window.

Messages go to the terminal in Polish; exit codes: 0 done, 1 the check or the work failed, 2 the
command was wrong or the data folder is busy.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

from pim_desktop import APP_ID, APP_NAME, __version__
from pim_desktop.context import AppContext
from pim_desktop.services.sample_data_service import SampleDataRefused

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


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
    return parser


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


Handler = Callable[[argparse.Namespace, AppContext, TextIO], int]
COMMANDS: dict[str, Handler] = {"sample-data": _sample_data}
WRITING_COMMANDS = frozenset({"sample-data"})
