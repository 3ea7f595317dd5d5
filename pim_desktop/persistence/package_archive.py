"""The ``.pim`` file as an archive: which parts it may hold and how big each may grow, opened
through the one hardened zip reader."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP
from pim_desktop.domain.portable.manifest import DATA_NAME, MANIFEST_NAME, is_attachment_part
from pim_desktop.persistence.zip_archive import (
    MIB,
    Archive,
    ArchiveLayout,
    ArchiveLimits,
    Fault,
    open_archive,
)


@dataclass(frozen=True)
class PackageLimits(ArchiveLimits):
    """The shared archive limits, with the most each kind of part of a package may expand to."""

    max_manifest_bytes: int = 1 * MIB
    max_data_bytes: int = 64 * MIB
    max_attachment_bytes: int = 300 * MIB

    def part_limit(self, name: str) -> int | None:
        if name == MANIFEST_NAME:
            return self.max_manifest_bytes
        if name == DATA_NAME:
            return self.max_data_bytes
        return self.max_attachment_bytes if is_attachment_part(name) else None


@contextmanager
def open_package_archive(path: Path, limits: PackageLimits) -> Iterator[Archive]:
    """Open and check a package's directory; ``Refused`` says why it cannot be read."""
    layout = ArchiveLayout(limits.part_limit, required=(MANIFEST_NAME,), messages=_MESSAGES)
    with open_archive(path, layout, limits) as archive:
        yield archive


_MESSAGES = {
    Fault.NOT_ZIP: QT_TRANSLATE_NOOP(
        "domain", "Plik {path} nie jest plikiem przenośnym PIM Desktop (.pim)."
    ),
    Fault.UNEXPECTED: QT_TRANSLATE_NOOP(
        "domain",
        "Plik zawiera nieoczekiwaną część „{name}”. Pliki PIM Desktop mają tylko opis zawartości, "
        "dane i załączniki. Import przerwano.",
    ),
    Fault.MISSING: QT_TRANSLATE_NOOP(
        "domain", "W pliku brakuje opisu zawartości (manifest.json); to nie jest plik PIM Desktop."
    ),
}
