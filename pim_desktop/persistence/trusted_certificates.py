"""Certificates the user trusts for checking signatures, kept as files in the config folder.

Each is stored once, in DER form, named by its SHA-256; removing one deletes its file. They live
beside the settings, not in the database, because trust belongs to this user on this computer.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

SUFFIX = ".der"


class TrustedCertificateStore:
    def __init__(self, folder: Path) -> None:
        self._folder = folder

    def all(self) -> list[bytes]:
        if not self._folder.is_dir():
            return []
        return [path.read_bytes() for path in sorted(self._folder.glob(f"*{SUFFIX}"))]

    def add(self, der: bytes) -> str:
        """Keep ``der``; return its SHA-256 (upper-case hex), the name it is known by."""
        fingerprint = hashlib.sha256(der).hexdigest().upper()
        self._folder.mkdir(parents=True, exist_ok=True)
        target = self._folder / f"{fingerprint}{SUFFIX}"
        if not target.exists():
            partial = target.with_name(target.name + ".part")
            partial.write_bytes(der)
            os.replace(partial, target)
        return fingerprint

    def remove(self, fingerprint: str) -> None:
        (self._folder / f"{fingerprint.upper()}{SUFFIX}").unlink(missing_ok=True)
