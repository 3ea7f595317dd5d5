"""The zip container of a portable file, read with our own limits and never extracted whole.

Nothing in an archive names a place on the disk: entry names are checked against the few a
package may hold (``manifest.json``, ``data.json``, ``attachments/<sha256>``), so ``../``,
absolute paths, drive letters and backslashes are refused before anything is read. Sizes,
the number of entries and the compression ratio are checked from the directory first, and
every read counts the bytes it really gets, so a zip bomb cannot fill the disk or the memory.
"""

from __future__ import annotations

import hashlib
import os
import re
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP
from pim_desktop.domain.portable.manifest import DATA_NAME, MANIFEST_NAME, is_attachment_part
from pim_desktop.domain.problems import Refused

MIB = 1 << 20
CHUNK = MIB
_DRIVE = re.compile(r"^[A-Za-z]:")
_ENCRYPTED = 0x1


@dataclass(frozen=True)
class PackageLimits:
    max_entries: int = 5_000
    max_manifest_bytes: int = 1 * MIB
    max_data_bytes: int = 64 * MIB
    max_attachment_bytes: int = 300 * MIB
    max_total_bytes: int = 2048 * MIB
    # Text compresses perhaps 10:1; a ratio of hundreds is a bomb. Small entries are let be.
    max_ratio: int = 100
    ratio_floor_bytes: int = 1 * MIB


def write_archive(target: Path, parts: list[tuple[str, bytes | Path]]) -> None:
    """Write the parts (bytes, or a file to copy) in order, under a temporary name first."""
    partial = target.with_name(target.name + ".part")
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, content in parts:
                if isinstance(content, bytes):
                    archive.writestr(name, content)
                else:
                    archive.write(content, name)
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


class PackageArchive:
    """An opened package whose directory has passed every check; read parts by name."""

    def __init__(self, archive: zipfile.ZipFile, limits: PackageLimits) -> None:
        self._archive = archive
        self._limits = limits
        self._entries = {info.filename: info for info in archive.infolist()}

    def names(self) -> set[str]:
        return set(self._entries)

    def size_of(self, name: str) -> int:
        return self._entries[name].file_size

    def read(self, name: str, limit: int) -> bytes:
        """A small part whole (the manifest, the data), never more than ``limit`` bytes."""
        chunks: list[bytes] = []
        for chunk in self._chunks(name, limit):
            chunks.append(chunk)
        return b"".join(chunks)

    def sha256(self, name: str) -> tuple[str, int]:
        """Hash and size of a part, read through without keeping it."""
        digest = hashlib.sha256()
        size = 0
        for chunk in self._chunks(name, self._limits.max_attachment_bytes):
            digest.update(chunk)
            size += len(chunk)
        return digest.hexdigest(), size

    def copy_to(self, name: str, stream: BinaryIO) -> str:
        """Copy a part into ``stream``; returns its SHA-256."""
        digest = hashlib.sha256()
        for chunk in self._chunks(name, self._limits.max_attachment_bytes):
            digest.update(chunk)
            stream.write(chunk)
        return digest.hexdigest()

    def _chunks(self, name: str, limit: int) -> Iterator[bytes]:
        info = self._entries.get(name)
        if info is None:
            raise Refused(_E_MISSING_PART, name=name)
        allowed = min(limit, info.file_size)
        read = 0
        try:
            with self._archive.open(info) as stream:
                while chunk := stream.read(CHUNK):
                    read += len(chunk)
                    if read > allowed:
                        raise Refused(_E_TOO_BIG, name=name)
                    yield chunk
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError) as error:
            raise Refused(_E_DAMAGED, detail=str(error)[:200]) from error
        except RuntimeError as error:  # zipfile's word for an encrypted entry
            raise Refused(_E_DAMAGED, detail=str(error)[:200]) from error


@contextmanager
def open_package_archive(path: Path, limits: PackageLimits) -> Iterator[PackageArchive]:
    """Open and check a package's directory; ``Refused`` says why it cannot be read."""
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError as error:
        raise Refused(_E_NO_FILE, path=str(path)) from error
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as error:
        raise Refused(_not_a_zip_reason(path), path=str(path)) from error
    with archive:
        check_directory(archive.infolist(), limits)
        yield PackageArchive(archive, limits)


def check_directory(entries: list[zipfile.ZipInfo], limits: PackageLimits) -> None:
    if len(entries) > limits.max_entries:
        raise Refused(_E_TOO_MANY, count=len(entries), limit=limits.max_entries)
    seen: set[str] = set()
    total = 0
    for info in entries:
        name = info.filename
        if unsafe_name(name) or unsafe_name(info.orig_filename.replace("\\", "\\\\")):
            raise Refused(_E_UNSAFE_NAME, name=info.orig_filename)
        if name in seen:
            raise Refused(_E_DUPLICATE, name=name)
        seen.add(name)
        if name not in (MANIFEST_NAME, DATA_NAME) and not is_attachment_part(name):
            raise Refused(_E_UNEXPECTED, name=name)
        if info.flag_bits & _ENCRYPTED:
            raise Refused(_E_ENCRYPTED, name=name)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise Refused(_E_METHOD, name=name)
        if info.file_size > _limit_for(name, limits):
            raise Refused(_E_TOO_BIG, name=name)
        if info.file_size > limits.ratio_floor_bytes and info.file_size > limits.max_ratio * max(
            info.compress_size, 1
        ):
            raise Refused(_E_RATIO, name=name)
        total += info.file_size
        if total > limits.max_total_bytes:
            raise Refused(_E_TOTAL, limit=limits.max_total_bytes // MIB)
    if MANIFEST_NAME not in seen:
        raise Refused(_E_NO_MANIFEST)


def _limit_for(name: str, limits: PackageLimits) -> int:
    if name == MANIFEST_NAME:
        return limits.max_manifest_bytes
    if name == DATA_NAME:
        return limits.max_data_bytes
    return limits.max_attachment_bytes


def _not_a_zip_reason(path: Path) -> str:
    try:
        with path.open("rb") as stream:
            starts_like_zip = stream.read(4) == b"PK\x03\x04"
    except OSError:
        starts_like_zip = False
    return _E_TRUNCATED if starts_like_zip else _E_NOT_ZIP


_E_NO_FILE = QT_TRANSLATE_NOOP("domain", "Nie ma pliku {path}.")
_E_NOT_ZIP = QT_TRANSLATE_NOOP(
    "domain", "Plik {path} nie jest plikiem przenośnym PIM Desktop (.pim)."
)
_E_TRUNCATED = QT_TRANSLATE_NOOP(
    "domain",
    "Plik {path} jest niekompletny lub uszkodzony (np. nie został do końca pobrany albo "
    "skopiowany). Poproś o ponowne przesłanie pliku.",
)
_E_DAMAGED = QT_TRANSLATE_NOOP(
    "domain", "Plik jest uszkodzony i nie da się go odczytać ({detail})."
)
_E_TOO_MANY = QT_TRANSLATE_NOOP(
    "domain", "Plik zawiera zbyt wiele części ({count}, dopuszczalne: {limit}). Import przerwano."
)
_E_UNSAFE_NAME = QT_TRANSLATE_NOOP(
    "domain",
    "Plik zawiera część o niebezpiecznej nazwie „{name}”, wskazującą miejsce poza folderem "
    "danych. Import przerwano; nic nie zapisano.",
)
_E_DUPLICATE = QT_TRANSLATE_NOOP(
    "domain", "Plik zawiera dwie części o tej samej nazwie „{name}”. Import przerwano."
)
_E_UNEXPECTED = QT_TRANSLATE_NOOP(
    "domain",
    "Plik zawiera nieoczekiwaną część „{name}”. Pliki PIM Desktop mają tylko opis zawartości, "
    "dane i załączniki. Import przerwano.",
)
_E_ENCRYPTED = QT_TRANSLATE_NOOP(
    "domain", "Część „{name}” pliku jest zaszyfrowana; program nie przyjmuje takich plików."
)
_E_METHOD = QT_TRANSLATE_NOOP(
    "domain", "Część „{name}” pliku jest spakowana nieobsługiwaną metodą."
)
_E_TOO_BIG = QT_TRANSLATE_NOOP(
    "domain",
    "Część „{name}” pliku jest większa, niż pozwala program, albo jej opis nie zgadza się "
    "z zawartością. Import przerwano, aby nie zapełnić dysku.",
)
_E_RATIO = QT_TRANSLATE_NOOP(
    "domain",
    "Część „{name}” pliku rozpakowałaby się do rozmiaru nieproporcjonalnie dużego (tzw. bomba "
    "zip). Import przerwano, aby nie zapełnić dysku.",
)
_E_TOTAL = QT_TRANSLATE_NOOP(
    "domain",
    "Zawartość pliku po rozpakowaniu przekroczyłaby {limit} MB. Import przerwano, aby nie "
    "zapełnić dysku.",
)
_E_NO_MANIFEST = QT_TRANSLATE_NOOP(
    "domain", "W pliku brakuje opisu zawartości (manifest.json); to nie jest plik PIM Desktop."
)
_E_MISSING_PART = QT_TRANSLATE_NOOP(
    "domain", "W pliku brakuje części „{name}” wymienionej w opisie zawartości."
)
