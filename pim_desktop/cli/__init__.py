"""The command-line verbs, over the same services as the window.

Messages go to the terminal in Polish; exit codes: 0 done, 1 the check or the work failed, 2 the
command was wrong or the data folder is busy, 3 the database is damaged (the message names the
newest good backup and how to restore it). Each verb's module is imported only when the verb
runs, so a verb pays for the services it uses and no more.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TextIO

from pim_desktop import APP_NAME, __version__
from pim_desktop.cli.common import EXIT_DAMAGED, EXIT_FAILED, EXIT_OK, EXIT_USAGE
from pim_desktop.cli.grammar import build_parser, command_writes

if TYPE_CHECKING:
    from pim_desktop.context import AppContext

__all__ = [
    "EXIT_DAMAGED",
    "EXIT_FAILED",
    "EXIT_OK",
    "EXIT_USAGE",
    "FILE_COMMANDS",
    "build_parser",
    "command_writes",
    "handler",
    "parse_arguments",
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
}
# Verbs that work on the database file before it is opened (a damaged one, too).
FILE_COMMANDS = frozenset({"restore"})


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def handler(command: str) -> Callable[..., int]:
    """The function that carries out ``command``, its module imported now."""
    module = importlib.import_module(f"{__name__}.{VERB_MODULES[command]}")
    verb: Callable[..., int] = module.COMMANDS[command]
    return verb


def run(args: argparse.Namespace, context: AppContext, out: TextIO | None = None) -> int:
    return handler(args.command)(args, context, out or sys.stdout)


def version_text() -> str:
    return f"{APP_NAME} {__version__}\n"
