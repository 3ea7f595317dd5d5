"""The command-line verbs of the Local Partnership: meetings, their PDFs, members as CSV."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from pim_desktop.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    Handler,
    write_document,
)
from pim_desktop.domain.meeting import MEETING_TYPE_LABELS
from pim_desktop.domain.problems import ValidationFailed
from pim_desktop.persistence.meeting_repository import MeetingNotFound
from pim_desktop.services.errors import StorageError
from pim_desktop.services.member_csv import CsvFormatError

if TYPE_CHECKING:
    from pim_desktop.context import AppContext


def _meetings(args: argparse.Namespace, context: AppContext, out: TextIO) -> int:
    meetings = context.meetings.meetings()
    if args.json:
        records = [
            {
                "id": meeting.id,
                "date": meeting.starts_at.astimezone().date().isoformat(),
                "type": meeting.meeting_type.value,
                "title": meeting.title,
            }
            for meeting in meetings
        ]
        # ASCII escapes keep the output valid JSON whatever the console's code page.
        out.write(json.dumps(records, indent=2) + "\n")
        return EXIT_OK
    if not meetings:
        out.write("Nie ma jeszcze żadnych spotkań.\n")
    for meeting in meetings:
        when = meeting.starts_at.astimezone().strftime("%Y-%m-%d %H:%M")
        kind = MEETING_TYPE_LABELS[meeting.meeting_type]
        out.write(f"{meeting.id:>4}  {when}  {kind:<16}  {meeting.title}\n")
    return EXIT_OK


def _print_meeting(args: argparse.Namespace, context: AppContext, out: TextIO) -> int:
    printer = (
        context.meetings.print_attendance_sheet
        if args.command == "attendance-sheet"
        else context.meetings.print_minutes
    )
    what = "Listę obecności" if args.command == "attendance-sheet" else "Protokół"
    try:
        return write_document(out, args.out, what, lambda: printer(args.meeting_id, args.out))
    except MeetingNotFound:
        sys.stderr.write(f"Nie ma spotkania o numerze {args.meeting_id}.\n")
        return EXIT_FAILED


def _members(args: argparse.Namespace, context: AppContext, out: TextIO) -> int:
    try:
        if args.action == "export":
            count = context.partnership.export_csv(args.file)
            out.write(f"Zapisano {count} członków w pliku {args.file}.\n")
            return EXIT_OK
        return _import_members(args.file, context, out)
    except OSError as error:
        sys.stderr.write(f"Nie można użyć pliku {args.file}: {error.strerror or error}\n")
    except CsvFormatError as error:
        sys.stderr.write(f"{error.problem.text()}\n")
    except (StorageError, ValidationFailed) as error:
        sys.stderr.write(f"{error}\n")
    return EXIT_FAILED


def _import_members(source: Path, context: AppContext, out: TextIO) -> int:
    preview = context.partnership.preview_csv(source)
    added = context.partnership.import_members(preview)
    out.write(f"Plik {preview.file_name} ({preview.encoding}): dopisano {len(added)} członków.\n")
    if preview.ignored_columns:
        out.write("Pominięto nieznane kolumny: " + ", ".join(preview.ignored_columns) + ".\n")
    for row in preview.rejected:
        out.write(f"Wiersz {row.line} odrzucony: {row.reasons()}\n")
    if preview.rejected:
        out.write(f"Odrzucono wierszy: {len(preview.rejected)}; popraw je i zaimportuj ponownie.\n")
        return EXIT_FAILED
    return EXIT_OK


COMMANDS: dict[str, Handler] = {
    "meetings": _meetings,
    "attendance-sheet": _print_meeting,
    "minutes": _print_meeting,
    "members": _members,
}
