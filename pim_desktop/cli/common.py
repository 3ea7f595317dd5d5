"""What every command-line verb shares: exit codes and the shape of a handler."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, TextIO

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
