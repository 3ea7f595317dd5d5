"""The member register as a CSV file in the form Polish offices exchange with Excel.

Export writes semicolons and UTF-8 with a byte-order mark (so Excel shows Polish letters). Import
reads UTF-8 (with or without the mark) or Windows-1250, finds columns by their Polish headers
whatever their case and diacritics, and checks every row first: the result is a preview of the
rows that can be written and of each refused row with its line and reason. Nothing is stored here.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pim_desktop.domain.collation import fold_for_search
from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP
from pim_desktop.domain.partnership import (
    BASIS_LABELS,
    MEMBER_KIND_LABELS,
    ROLE_LABELS,
    SECTOR_LABELS,
    Member,
    Person,
    PersonSlot,
    check_member,
)
from pim_desktop.domain.problems import Problem
from pim_desktop.services.member_row_parser import RowParser, fold_header

DELIMITER = ";"
PERSON_COLUMNS = (
    ("name", "imię i nazwisko"),
    ("position", "stanowisko"),
    ("email", "e-mail"),
    ("phone", "telefon"),
    ("basis", "podstawa przetwarzania danych"),
    ("consent_on", "data zgody"),
    ("contact", "zgoda na kontakt"),
    ("publication", "zgoda na publikację imienia i nazwiska"),
    ("photos", "zgoda na zdjęcia"),
)
SLOT_HEADERS = {PersonSlot.REPRESENTATIVE: "Przedstawiciel", PersonSlot.SUBSTITUTE: "Zastępca"}
COLUMNS: tuple[tuple[str, str], ...] = (
    ("kind", "Rodzaj"),
    ("organisation_name", "Nazwa instytucji / organizacji"),
    ("sector", "Sektor"),
    ("address", "Adres"),
    ("role", "Rola"),
    ("joined_on", "Data przystąpienia"),
    ("left_on", "Data wystąpienia"),
    ("importance", "Ważność (1–5)"),
    ("influence", "Wpływ (1–5)"),
    *(
        (f"{slot.value}.{key}", f"{SLOT_HEADERS[slot]}: {label}")
        for slot in PersonSlot
        for key, label in PERSON_COLUMNS
    ),
    ("notes", "Uwagi"),
)
# Other headers offices use for the same columns (compared folded: no case, no diacritics).
ALIASES = {
    "kind": ("rodzaj członka", "typ"),
    "organisation_name": ("nazwa", "instytucja", "organizacja", "nazwa instytucji"),
    "role": ("rola w partnerstwie",),
    "joined_on": ("członek od", "od"),
    "left_on": ("członek do", "do"),
    "importance": ("ważność",),
    "influence": ("wpływ",),
    "representative.name": ("imię i nazwisko", "przedstawiciel", "osoba", "osoba kontaktowa"),
    "representative.position": ("stanowisko",),
    "representative.email": ("e-mail", "email", "adres e-mail"),
    "representative.phone": ("telefon", "tel."),
    "substitute.name": ("zastępca",),
}


def _header_map() -> dict[str, str]:
    headers = {fold_header(label): key for key, label in COLUMNS}
    for slot in PersonSlot:
        for key, label in PERSON_COLUMNS:
            headers.setdefault(fold_header(f"{SLOT_HEADERS[slot]} {label}"), f"{slot.value}.{key}")
    for key, aliases in ALIASES.items():
        for alias in aliases:
            headers.setdefault(fold_header(alias), key)
    return headers


HEADERS = _header_map()


@dataclass(frozen=True)
class ImportedRow:
    line: int
    member: Member


@dataclass(frozen=True)
class RejectedRow:
    line: int
    problems: tuple[Problem, ...]
    text: str  # the row as read, for the officer to recognise it

    def reasons(self, translate: Callable[[str], str] = lambda text: text) -> str:
        return " ".join(translate(p.message).format(**p.params) for p in self.problems)


@dataclass(frozen=True)
class ImportPreview:
    file_name: str
    encoding: str
    accepted: tuple[ImportedRow, ...]
    rejected: tuple[RejectedRow, ...]
    ignored_columns: tuple[str, ...] = ()


class CsvFormatError(Exception):
    """The file cannot be read as a member list at all (no known column, unknown encoding)."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.text())
        self.problem = problem


def write_members(target: Path, members: Iterable[Member]) -> int:
    """Write the register to ``target``; return the number of members written."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=DELIMITER, lineterminator="\r\n")
    writer.writerow([label for _key, label in COLUMNS])
    count = 0
    for member in members:
        writer.writerow([_guard(_cell(member, key)) for key, _label in COLUMNS])
        count += 1
    target.write_bytes(buffer.getvalue().encode("utf-8-sig"))
    return count


def _cell(member: Member, key: str) -> str:
    slot_name, _, attribute = key.partition(".")
    if attribute:
        return _person_cell(member.person(PersonSlot(slot_name)), attribute)
    value: Any = getattr(member, key)
    if key == "kind":
        return MEMBER_KIND_LABELS[member.kind]
    if key == "sector":
        return SECTOR_LABELS[member.sector]
    if key == "role":
        return ROLE_LABELS[member.role]
    if isinstance(value, dt.date):
        return value.isoformat()
    return "" if value is None else str(value)


def _person_cell(person: Person, attribute: str) -> str:
    consent = person.consent
    if attribute == "basis":
        return BASIS_LABELS[consent.basis] if consent.basis else ""
    if attribute == "consent_on":
        return consent.given_on.isoformat() if consent.given_on else ""
    if attribute in ("contact", "publication", "photos"):
        if person.is_empty():
            return ""
        return "tak" if getattr(consent, attribute) else "nie"
    return str(getattr(person, attribute))


def _guard(value: str) -> str:
    """Keep Excel from running a cell as a formula ("=HYPERLINK(…)" typed into a name)."""
    if value[:1] in ("=", "@") or (value[:1] in ("+", "-") and not value[1:2].isdigit()):
        return "'" + value
    return value


def decode(data: bytes) -> tuple[str, str]:
    """The text and the name of its encoding: UTF-8 (strict, mark or not), else Windows-1250."""
    try:
        return data.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1250"), "Windows-1250"
    except UnicodeDecodeError as error:
        message = QT_TRANSLATE_NOOP(
            "domain", "Pliku nie da się odczytać: nie jest zapisany w UTF-8 ani w Windows-1250."
        )
        raise CsvFormatError(Problem("file", "bad_encoding", message)) from error


def read_preview(
    source: Path, existing: Iterable[Member] = (), today: dt.date | None = None
) -> ImportPreview:
    """Check every row of ``source`` against the rules and against the register as it is."""
    text, encoding = decode(source.read_bytes())
    header_line = text.lstrip().split("\n", 1)[0]
    delimiter = next((d for d in (DELIMITER, "\t", ",") if d in header_line), DELIMITER)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = next(reader, [])
    keys = [HEADERS.get(fold_header(cell)) for cell in header]
    if "organisation_name" not in keys and "representative.name" not in keys:
        message = QT_TRANSLATE_NOOP(
            "domain",
            "W pierwszym wierszu pliku nie ma kolumny z nazwą członka "
            "(„Nazwa instytucji / organizacji” albo „Przedstawiciel: imię i nazwisko”).",
        )
        raise CsvFormatError(Problem("file", "no_name_column", message))
    seen = {_identity(member): 0 for member in existing}
    accepted: list[ImportedRow] = []
    rejected: list[RejectedRow] = []
    line = reader.line_num
    for cells in reader:
        start, line = line + 1, reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        member, problems = _parse_row(header, keys, cells, today or dt.date.today())
        if not problems:
            problems = _duplicate(member, seen, start)
        if problems:
            rejected.append(RejectedRow(start, tuple(problems), DELIMITER.join(cells)))
        else:
            seen[_identity(member)] = start
            accepted.append(ImportedRow(start, member))
    ignored = tuple(cell for cell, key in zip(header, keys, strict=True) if key is None and cell)
    return ImportPreview(source.name, encoding, tuple(accepted), tuple(rejected), ignored)


def _identity(member: Member) -> tuple[str, str]:
    return fold_for_search(member.organisation_name.strip()), fold_for_search(
        member.representative.name.strip()
    )


def _duplicate(member: Member, seen: dict[tuple[str, str], int], line: int) -> list[Problem]:
    earlier = seen.get(_identity(member))
    if earlier is None:
        return []
    if earlier == 0:
        message = QT_TRANSLATE_NOOP("domain", "Taki członek jest już w rejestrze.")
        return [Problem("row", "already_registered", message)]
    message = QT_TRANSLATE_NOOP("domain", "Ten sam członek jest już w wierszu {line} pliku.")
    return [Problem("row", "duplicate_row", message, {"line": earlier})]


def _parse_row(
    header: list[str], keys: list[str | None], cells: list[str], today: dt.date
) -> tuple[Member, list[Problem]]:
    values: dict[str, str] = {}
    columns: dict[str, str] = {}
    problems: list[Problem] = []
    for index, cell in enumerate(cells):
        key = keys[index] if index < len(keys) else None
        if index >= len(keys) and cell.strip():
            message = QT_TRANSLATE_NOOP("domain", "Wiersz ma więcej wartości, niż plik ma kolumn.")
            problems.append(Problem("row", "too_many_cells", message))
        if key is not None and key not in values:
            values[key] = _unguard(cell.strip())
            columns[key] = header[index]
    parser = RowParser(values, columns)
    member = parser.member()
    problems += parser.problems
    if not problems:
        problems += check_member(member, today)
    return member, problems


def _unguard(value: str) -> str:
    if value[:1] == "'" and value[1:2] in ("=", "@", "+", "-"):
        return value[1:]
    return value
