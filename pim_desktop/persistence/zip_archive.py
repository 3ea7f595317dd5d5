"""The one door to zip archives: every file the program packs is written here, and every file it
opens is read here, under one set of limits and never extracted whole.

A format says which parts it holds (``ArchiveLayout``); nothing outside that list is read. Entry
names are checked first, so ``../``, absolute paths, drive letters and backslashes are refused
before anything is read. Sizes, the number of entries and the compression ratio are checked from
the directory, and every read counts the bytes it really gets, so a zip bomb cannot fill the disk
or the memory.
"""

from __future__ import annotations

import enum
import hashlib
import os
import re
import shutil
import zipfile
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP
from pim_desktop.domain.problems import Refused

MIB = 1 << 20
CHUNK = MIB
# Same content, same bytes: every entry carries this date instead of the moment of writing.
FIXED_DATE = (1980, 1, 1, 0, 0, 0)
_DRIVE = re.compile(r"^[A-Za-z]:")
_ENCRYPTED = 0x1


class Fault(enum.Enum):
    """Why an archive was refused; a format may word each in its own terms."""

    NO_FILE = "no_file"
    NOT_ZIP = "not_zip"
    TRUNCATED = "truncated"
    DAMAGED = "damaged"
    TOO_MANY = "too_many"
    UNSAFE_NAME = "unsafe_name"
    DUPLICATE = "duplicate"
    UNEXPECTED = "unexpected"
    ENCRYPTED = "encrypted"
    METHOD = "method"
    TOO_BIG = "too_big"
    RATIO = "ratio"
    TOTAL = "total"
    MISSING = "missing"
    NO_PART = "no_part"


@dataclass(frozen=True)
class ArchiveLimits:
    """The limits every archive is read under; a format's layout narrows the size of each part."""

    max_entries: int = 5_000
    max_total_bytes: int = 2048 * MIB
    # Text compresses perhaps 10:1; a ratio of hundreds is a bomb. Small entries are let be.
    max_ratio: int = 100
    ratio_floor_bytes: int = 1 * MIB


@dataclass(frozen=True)
class ArchiveLayout:
    """One format's parts: the most each name may expand to (``None``: not a part of it), the
    parts it cannot be without, and its own words for the faults that depend on the format
    (at least ``NOT_ZIP``, ``UNEXPECTED`` and ``MISSING``)."""

    part_limit: Callable[[str], int | None]
    required: tuple[str, ...]
    messages: Mapping[Fault, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        unworded = {Fault.NOT_ZIP, Fault.UNEXPECTED, Fault.MISSING} - set(self.messages)
        if unworded:
            raise ValueError(f"the layout does not word {sorted(f.value for f in unworded)}")

    def refusal(self, fault: Fault, **params: object) -> Refused:
        return Refused(self.messages.get(fault) or _MESSAGES[fault], **params)


def write_archive(target: Path, parts: list[tuple[str, bytes | Path]]) -> None:
    """Write the parts (bytes, or a file to copy) in order, under a temporary name first."""
    partial = target.with_name(target.name + ".part")
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, content in parts:
                info = zipfile.ZipInfo(name, date_time=FIXED_DATE)
                info.compress_type = zipfile.ZIP_DEFLATED
                if isinstance(content, bytes):
                    archive.writestr(info, content)
                else:
                    with content.open("rb") as source, archive.open(info, "w") as entry:
                        shutil.copyfileobj(source, entry, CHUNK)
        with partial.open("rb+") as stream:
            os.fsync(stream.fileno())
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def unsafe_name(name: str) -> bool:
    """Whether an entry name could point outside a folder it were extracted to."""
    if not name or "\\" in name or "\x00" in name or name.startswith("/"):
        return True
    if _DRIVE.match(name):
        return True
    return any(part in ("", ".", "..") for part in name.split("/"))


class Archive:
    """An opened archive whose directory has passed every check; read parts by name."""

    def __init__(self, archive: zipfile.ZipFile, layout: ArchiveLayout) -> None:
        self._archive = archive
        self._layout = layout
        self._entries = {info.filename: info for info in archive.infolist()}

    def names(self) -> set[str]:
        return set(self._entries)

    def size_of(self, name: str) -> int:
        return self._entries[name].file_size

    def read(self, name: str, limit: int | None = None) -> bytes:
        """A small part whole (a manifest, the data), never more than its limit."""
        return b"".join(self._chunks(name, limit))

    def sha256(self, name: str) -> tuple[str, int]:
        """Hash and size of a part, read through without keeping it."""
        digest = hashlib.sha256()
        size = 0
        for chunk in self._chunks(name):
            digest.update(chunk)
            size += len(chunk)
        return digest.hexdigest(), size

    def copy_to(self, name: str, stream: BinaryIO) -> str:
        """Copy a part into ``stream``; returns its SHA-256."""
        digest = hashlib.sha256()
        for chunk in self._chunks(name):
            digest.update(chunk)
            stream.write(chunk)
        return digest.hexdigest()

    def _chunks(self, name: str, limit: int | None = None) -> Iterator[bytes]:
        info = self._entries.get(name)
        if info is None:
            raise self._layout.refusal(Fault.NO_PART, name=name)
        allowed = min(limit or info.file_size, info.file_size, self._layout.part_limit(name) or 0)
        read = 0
        try:
            with self._archive.open(info) as stream:
                while chunk := stream.read(CHUNK):
                    read += len(chunk)
                    if read > allowed:
                        raise self._layout.refusal(Fault.TOO_BIG, name=name)
                    yield chunk
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError) as error:
            raise self._layout.refusal(Fault.DAMAGED, name=name, detail=str(error)[:200]) from error
        except RuntimeError as error:  # zipfile's word for an encrypted entry
            raise self._layout.refusal(Fault.DAMAGED, name=name, detail=str(error)[:200]) from error


@contextmanager
def open_archive(
    path: Path, layout: ArchiveLayout, limits: ArchiveLimits | None = None
) -> Iterator[Archive]:
    """Open and check an archive's directory; ``Refused`` says why it cannot be read."""
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError as error:
        raise layout.refusal(Fault.NO_FILE, path=str(path)) from error
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as error:
        raise layout.refusal(_not_a_zip_fault(path), path=str(path)) from error
    with archive:
        check_directory(archive.infolist(), layout, limits or ArchiveLimits())
        yield Archive(archive, layout)


def check_directory(
    entries: list[zipfile.ZipInfo], layout: ArchiveLayout, limits: ArchiveLimits
) -> None:
    """Refuse the archive on the first entry that breaks a rule, before any part is read."""
    if len(entries) > limits.max_entries:
        raise layout.refusal(Fault.TOO_MANY, count=len(entries), limit=limits.max_entries)
    seen: set[str] = set()
    total = 0
    for info in entries:
        _check_entry(info, seen, layout, limits)
        seen.add(info.filename)
        total += info.file_size
        if total > limits.max_total_bytes:
            raise layout.refusal(Fault.TOTAL, limit=limits.max_total_bytes // MIB)
    for name in layout.required:
        if name not in seen:
            raise layout.refusal(Fault.MISSING, name=name)


def _check_entry(
    info: zipfile.ZipInfo, seen: set[str], layout: ArchiveLayout, limits: ArchiveLimits
) -> None:
    name = info.filename
    if unsafe_name(name) or unsafe_name(info.orig_filename.replace("\\", "\\\\")):
        raise layout.refusal(Fault.UNSAFE_NAME, name=info.orig_filename)
    if name in seen:
        raise layout.refusal(Fault.DUPLICATE, name=name)
    part_limit = layout.part_limit(name)
    if part_limit is None:
        raise layout.refusal(Fault.UNEXPECTED, name=name)
    if info.flag_bits & _ENCRYPTED:
        raise layout.refusal(Fault.ENCRYPTED, name=name)
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise layout.refusal(Fault.METHOD, name=name)
    if info.file_size > part_limit:
        raise layout.refusal(Fault.TOO_BIG, name=name)
    if info.file_size > limits.ratio_floor_bytes and info.file_size > limits.max_ratio * max(
        info.compress_size, 1
    ):
        raise layout.refusal(Fault.RATIO, name=name)


def _not_a_zip_fault(path: Path) -> Fault:
    try:
        with path.open("rb") as stream:
            starts_like_zip = stream.read(4) == b"PK\x03\x04"
    except OSError:
        starts_like_zip = False
    return Fault.TRUNCATED if starts_like_zip else Fault.NOT_ZIP


_MESSAGES = {
    Fault.NO_FILE: QT_TRANSLATE_NOOP("domain", "Nie ma pliku {path}."),
    Fault.TRUNCATED: QT_TRANSLATE_NOOP(
        "domain",
        "Plik {path} jest niekompletny lub uszkodzony (np. nie został do końca pobrany albo "
        "skopiowany). Poproś o ponowne przesłanie pliku.",
    ),
    Fault.DAMAGED: QT_TRANSLATE_NOOP(
        "domain", "Plik jest uszkodzony i nie da się go odczytać ({detail})."
    ),
    Fault.TOO_MANY: QT_TRANSLATE_NOOP(
        "domain",
        "Plik zawiera zbyt wiele części ({count}, dopuszczalne: {limit}). Import przerwano.",
    ),
    Fault.UNSAFE_NAME: QT_TRANSLATE_NOOP(
        "domain",
        "Plik zawiera część o niebezpiecznej nazwie „{name}”, wskazującą miejsce poza folderem "
        "danych. Import przerwano; nic nie zapisano.",
    ),
    Fault.DUPLICATE: QT_TRANSLATE_NOOP(
        "domain", "Plik zawiera dwie części o tej samej nazwie „{name}”. Import przerwano."
    ),
    Fault.ENCRYPTED: QT_TRANSLATE_NOOP(
        "domain", "Część „{name}” pliku jest zaszyfrowana; program nie przyjmuje takich plików."
    ),
    Fault.METHOD: QT_TRANSLATE_NOOP(
        "domain", "Część „{name}” pliku jest spakowana nieobsługiwaną metodą."
    ),
    Fault.TOO_BIG: QT_TRANSLATE_NOOP(
        "domain",
        "Część „{name}” pliku jest większa, niż pozwala program, albo jej opis nie zgadza się "
        "z zawartością. Import przerwano, aby nie zapełnić dysku.",
    ),
    Fault.RATIO: QT_TRANSLATE_NOOP(
        "domain",
        "Część „{name}” pliku rozpakowałaby się do rozmiaru nieproporcjonalnie dużego (tzw. "
        "bomba zip). Import przerwano, aby nie zapełnić dysku.",
    ),
    Fault.NO_PART: QT_TRANSLATE_NOOP(
        "domain", "W pliku brakuje części „{name}” wymienionej w opisie zawartości."
    ),
    Fault.TOTAL: QT_TRANSLATE_NOOP(
        "domain",
        "Zawartość pliku po rozpakowaniu przekroczyłaby {limit} MB. Import przerwano, aby nie "
        "zapełnić dysku.",
    ),
}
