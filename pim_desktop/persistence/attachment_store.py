"""Keeps attached files in the data folder, named by their SHA-256 so a file is stored once."""

from __future__ import annotations

import hashlib
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

CHUNK = 1 << 20


@dataclass(frozen=True)
class StoredFile:
    file_name: str
    size: int
    sha256: str

    def as_value(self) -> dict[str, object]:
        """The value a form's attachment field stores."""
        return {"file_name": self.file_name, "size": self.size, "sha256": self.sha256}


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


class AttachmentStore:
    def __init__(self, folder: Path) -> None:
        self._folder = folder

    def path_of(self, sha256: str) -> Path:
        return self._folder / sha256[:2] / sha256

    def add(self, source: Path) -> StoredFile:
        """Copy ``source`` in (once per content) and describe it."""
        sha256 = sha256_of(source)
        target = self.path_of(sha256)
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_name(target.name + ".part")
            shutil.copyfile(source, partial)
            if sha256_of(partial) != sha256:
                partial.unlink(missing_ok=True)
                raise OSError(f"{source} changed while it was being copied")
            os.replace(partial, target)
        return StoredFile(source.name, source.stat().st_size, sha256)

    def discard(self, sha256: str) -> None:
        """Delete a stored file nothing points at any more (erased personal data)."""
        self.path_of(sha256).unlink(missing_ok=True)

    def export(self, sha256: str, target: Path) -> Path:
        shutil.copyfile(self.path_of(sha256), target)
        return target
