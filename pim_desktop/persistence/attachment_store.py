"""Keeps attached files in the data folder, named by their SHA-256 so a file is stored once."""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

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

    def has(self, sha256: str) -> bool:
        return self.path_of(sha256).is_file()

    def add_content(self, sha256: str, write: Callable[[BinaryIO], str]) -> bool:
        """Store content that ``write`` puts into a stream (returning its SHA-256).

        The file is kept only when its hash is ``sha256``; returns whether it was new.
        """
        target = self.path_of(sha256)
        if target.exists():
            return False
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".part")
        try:
            with partial.open("wb") as stream:
                written = write(stream)
                stream.flush()
                os.fsync(stream.fileno())
            if written != sha256:
                raise OSError(f"content of {sha256} has another hash ({written})")
            os.replace(partial, target)
        finally:
            partial.unlink(missing_ok=True)
        return True

    def remove(self, sha256: str) -> None:
        """Only for undoing an import that failed after its new files were stored."""
        self.path_of(sha256).unlink(missing_ok=True)
