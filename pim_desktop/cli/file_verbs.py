"""Verbs that only read the data folder, answered from the database file with SQLite alone.

A draft print (``export-pdf --draft``) and the signature of a file (``sign`` without
``--application``) read an application or the city's names and write nothing to the data folder.
Opening the data the usual way would import SQLAlchemy with every table and Qt for the folder's
lock, which costs more than the work itself; these verbs take neither. The file's check is the
same (``PRAGMA quick_check``); a file that is damaged, missing or not at this program's newest
revision is left to the usual way, which explains, restores or migrates.
"""

from __future__ import annotations

import argparse
import gc
import logging
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from pim_desktop.cli.common import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from pim_desktop.paths import AppPaths

if TYPE_CHECKING:
    from pim_desktop.services.application_document import ExportResult

log = logging.getLogger(__name__)


def run_on_file(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int | None:
    """The verb's exit code, or ``None`` when it needs the data opened the usual way."""
    if args.command == "export-pdf" and args.draft:
        verb = _export_draft
    elif args.command == "sign" and args.application is None and args.windows_store is None:
        verb = _sign_file
    else:
        return None
    if not _sound(paths.database_file):
        return None
    from pim_desktop.persistence.file_snapshot import SnapshotUnavailable

    # The verb is one short burst: the libraries it loads and the pages it lays out live until
    # it ends, so a collection on the way would walk them all and free next to nothing; frozen
    # afterwards, they are not walked again by the collections at the program's exit either.
    gc.disable()
    try:
        return verb(args, paths, out)
    except SnapshotUnavailable as reason:
        log.info("Opening the data for %s the usual way: %s", args.command, reason)
        return None
    finally:
        gc.freeze()
        gc.enable()


def _sound(database_file: Path) -> bool:
    from pim_desktop.persistence.backups import DatabaseFileError, quick_check

    try:
        return database_file.is_file() and quick_check(database_file) is None
    except DatabaseFileError:
        return False


def _export_draft(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int | None:
    from pim_desktop import resources
    from pim_desktop.domain.forms.definition import FormDefinitionError
    from pim_desktop.persistence.application_rows import ApplicationNotFound
    from pim_desktop.services.application_document import export_draft_from_file

    try:
        result = export_draft_from_file(
            paths.database_file, resources.path("forms"), args.application_id, args.out
        )
    except (ApplicationNotFound, OSError) as error:
        return export_failed(args, error, out)
    except (KeyError, FormDefinitionError):
        return None  # the usual way loads every form and says what is wrong
    write_export(result, out)
    return EXIT_OK


def _sign_file(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    from pim_desktop.cli.signatures import sign_loose_file, sign_verb
    from pim_desktop.persistence.file_snapshot import read_snapshot
    from pim_desktop.persistence.settings_store import SettingsStore
    from pim_desktop.services.settings_service import SettingsService

    location = args.location
    if not location:  # read before the key is opened, so a fall-back never asks twice
        with read_snapshot(paths.database_file) as snapshot:
            location = snapshot.city_names().post_town
    settings = SettingsService(SettingsStore(paths.settings_file))
    return sign_verb(args, lambda key: sign_loose_file(args, key, out, settings, lambda: location))


def export_failed(args: argparse.Namespace, error: LookupError | OSError, out: TextIO) -> int:
    """Say why the PDF was not written: no such application, or the file could not be."""
    if isinstance(error, OSError):
        out.write(f"Nie udało się zapisać pliku {args.out}: {error.strerror or error}\n")
        return EXIT_FAILED
    out.write(f"Nie ma wniosku o numerze {args.application_id}.\n")
    return EXIT_USAGE


def write_export(result: ExportResult, out: TextIO) -> None:
    """The written PDF: its kind, place, pages, size and checksum."""
    from pim_desktop.domain.canonical import grouped
    from pim_desktop.pdf.printed_values import NBSP, file_size_text

    kind = "wersja robocza ze znakiem wodnym" if result.draft else "wersja ostateczna"
    size = file_size_text(result.size).replace(NBSP, " ")
    out.write(f"Zapisano PDF – {kind}: {result.path}\n")
    out.write(f"Stron: {result.pages}, rozmiar pliku: {size}\n")
    out.write(f"Suma kontrolna: {grouped(result.checksum)}\n")
