"""The command-line verbs, over the same services as the window.

Messages go to the terminal in Polish; exit codes: 0 done, 1 the check or the work failed, 2 the
command was wrong or the data folder is busy, 3 the database is damaged (the message names the
newest good backup and how to restore it). Each verb's module is imported only when the verb
runs, so a verb pays for the services it uses and no more.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import PurePath
from typing import TYPE_CHECKING, TextIO

from pim_desktop import APP_NAME, __version__
from pim_desktop.cli.common import EXIT_DAMAGED, EXIT_FAILED, EXIT_OK, EXIT_USAGE
from pim_desktop.cli.grammar import build_parser, command_writes, named_verb

if TYPE_CHECKING:
    from pim_desktop.context import AppContext

__all__ = [
    "EXIT_DAMAGED",
    "EXIT_FAILED",
    "EXIT_OK",
    "EXIT_USAGE",
    "FILE_COMMANDS",
    "TEAM_COMMANDS",
    "build_parser",
    "command_writes",
    "handler",
    "parse_arguments",
    "prepare",
    "run",
    "version_text",
]

# Which module of this package handles each verb (its ``COMMANDS`` table holds the function).
VERB_MODULES = {
    "sample-data": "sample_data",
    **dict.fromkeys(("list", "check", "export-pdf", "match-pdf"), "applications"),
    **dict.fromkeys(("sign", "verify"), "signatures"),
    **dict.fromkeys(("meetings", "attendance-sheet", "minutes", "members"), "partnership"),
    **dict.fromkeys(("mid-pdf", "improvement-plan-pdf", "mid-csv", "contribution"), "plan"),
    **dict.fromkeys(("backup", "export-package", "import-package", "restore"), "safety"),
    "receipt": "receipts",
    "copy-data": "team",
    **dict.fromkeys(("network", "network-report", "capacity-pdf"), "network"),
}
# Verbs that work on the database file before it is opened (a damaged one, too).
FILE_COMMANDS = frozenset({"restore"})
# Verbs that move data between this computer's file and a team database, before either opens.
TEAM_COMMANDS = frozenset({"copy-data"})
# What every verb over the data needs, and what some verbs need beyond their own module.
_DATA_LAYER = ("sqlalchemy.dialects.sqlite", "pim_desktop.persistence.migrator")
_SIGNING = ("pim_desktop.services.signing_service",)
_VERB_NEEDS = {
    "sign": _SIGNING,
    "verify": _SIGNING,
    "attendance-sheet": (
        "pim_desktop.services.meeting_service",
        "pim_desktop.pdf.attendance_sheet",
    ),
    "minutes": ("pim_desktop.services.meeting_service", "pim_desktop.pdf.minutes"),
    "mid-pdf": ("pim_desktop.services.action_plan_service",),
    "improvement-plan-pdf": ("pim_desktop.services.improvement_plan_service",),
}


# Files the window opens when one is given alone (a double click in the file manager).
OPENED_SUFFIXES = frozenset({".pim", ".pdf"})


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if len(arguments) == 1 and PurePath(arguments[0]).suffix.lower() in OPENED_SUFFIXES:
        # A file dropped on the program's icon arrives as the only argument.
        arguments = ["--open", arguments[0]]
    # No arguments opens the window: the verbs' grammar is not built for it; a command builds
    # its own verb's.
    verb = named_verb(arguments)
    return build_parser(with_verbs=bool(arguments), verb=verb).parse_args(arguments)


def handler(command: str) -> Callable[..., int]:
    """The function that carries out ``command``, its module imported now."""
    module = importlib.import_module(f"{__name__}.{VERB_MODULES[command]}")
    verb: Callable[..., int] = module.COMMANDS[command]
    return verb


def prepare(command: str) -> None:
    """Import what ``command`` will use, before the instance lock brings in Qt's core.

    Once PySide6 is loaded, its import hook reads the source of every module imported after it
    (to look for its own name), which adds a large share to SQLAlchemy's and pyHanko's import.
    Importing is not opening: the data are touched only after the lock is taken.
    """
    needs = () if command in FILE_COMMANDS else _DATA_LAYER
    for module in (*needs, *_VERB_NEEDS.get(command, ())):
        importlib.import_module(module)
    if _VERB_NEEDS.get(command) is _SIGNING:
        from pim_desktop.context import import_signing_libraries

        import_signing_libraries()
    handler(command)


OFFICER_VARIABLE = "PIM_DESKTOP_OFFICER"


def run(args: argparse.Namespace, context: AppContext, out: TextIO | None = None) -> int:
    # The name written beside this run's changes: --officer, else the environment, else the
    # one in Settings (or the system login).
    officer = getattr(args, "officer", None) or os.environ.get(OFFICER_VARIABLE, "")
    if officer.strip():
        context.use_officer(officer)
    return handler(args.command)(args, context, out or sys.stdout)


def version_text() -> str:
    return f"{APP_NAME} {__version__}\n"
