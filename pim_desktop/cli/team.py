"""The ``copy-data`` verb: moves a city's data into a team database and back (its grammar, and
the global ``--database`` option, are in ``grammar``)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TextIO

from pim_desktop.cli.common import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from pim_desktop.paths import AppPaths
from pim_desktop.persistence.engine import DatabaseUrlError, masked
from pim_desktop.persistence.migrator import MigrationError
from pim_desktop.services.errors import StorageError
from pim_desktop.services.team_database import (
    CopyReport,
    TeamDatabaseRefused,
    copy_from_team,
    copy_to_team,
)

# A verb that moves data between this computer's file and a team database, before either opens.
TeamHandler = Callable[[argparse.Namespace, AppPaths, TextIO], int]


def _copy_data(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    url = args.to or args.source
    try:
        report = copy_to_team(paths, args.to) if args.to else copy_from_team(args.source, paths)
    except DatabaseUrlError as error:
        out.write(f"{error}\n")
        return EXIT_USAGE
    except (TeamDatabaseRefused, MigrationError, StorageError) as error:
        out.write(_failure_text(error, url))
        return EXIT_FAILED
    return _report(report, out, to_team=bool(args.to))


def _failure_text(error: Exception, url: str) -> str:
    if isinstance(error, TeamDatabaseRefused):
        return f"{error}\n"
    reason = error.message if isinstance(error, StorageError) else str(error)
    return f"Nie udało się skopiować danych ({masked(url)}): {reason}\n"


def _report(report: CopyReport, out: TextIO, *, to_team: bool) -> int:
    where = "do bazy zespołu" if to_team else "do folderu danych tego komputera"
    out.write(
        f"Skopiowano {where}: wierszy {report.total_rows}, tabel {len(report.rows)}, "
        f"wniosków {len(report.checksums)}.\n"
    )
    if report.attachments_left:
        out.write(
            f"Załączniki ({report.attachments_left} plików) zostają w folderze danych tego "
            "komputera; baza zespołu ich nie przechowuje.\n"
        )
    differences = report.differences
    if differences:
        out.write("Porównanie wykazało różnice:\n")
        out.writelines(f"  - {line}\n" for line in differences)
        return EXIT_FAILED
    out.write("Porównanie: liczby wierszy każdej tabeli i sumy kontrolne wniosków są zgodne.\n")
    return EXIT_OK


COMMANDS: dict[str, TeamHandler] = {"copy-data": _copy_data}
