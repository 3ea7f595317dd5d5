"""What every command-line verb shares: exit codes and the shape of a handler."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO, TypeAlias

if TYPE_CHECKING:
    from pim_desktop.context import AppContext
    from pim_desktop.services.backup_service import BackupService

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_DAMAGED = 3

Handler = Callable[[argparse.Namespace, "AppContext", TextIO], int]
# A verb that works on the database file before it is opened (a damaged one, too).
FileHandler = Callable[[argparse.Namespace, "BackupService", TextIO], int]
# Only for annotations: argparse's class cannot be subscripted at run time on Python 3.11.
Verbs: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def cannot_write(target: Path, error: OSError) -> int:
    """Say why a file could not be written; the exit code for it."""
    sys.stderr.write(f"Nie można zapisać pliku {target}: {error.strerror or error}\n")
    return EXIT_FAILED


def write_document(out: TextIO, target: Path, what: str, write: Callable[[], int]) -> int:
    """Write a PDF with ``write`` (which returns its page count) and say where it went."""
    try:
        pages = write()
    except OSError as error:
        return cannot_write(target, error)
    out.write(f"{what} zapisano w pliku {target} (stron: {pages}).\n")
    return EXIT_OK
