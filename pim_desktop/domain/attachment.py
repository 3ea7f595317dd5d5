"""A reference to a file kept in the program's attachment store: name, size and SHA-256."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class AttachmentRef:
    file_name: str
    size: int
    sha256: str

    def as_value(self) -> dict[str, Any]:
        return {"file_name": self.file_name, "size": self.size, "sha256": self.sha256}

    @classmethod
    def from_value(cls, value: dict[str, Any]) -> AttachmentRef:
        return cls(str(value["file_name"]), int(value["size"]), str(value["sha256"]))


def size_text(size: int) -> str:
    """A file size as officers read it: "820 B", "14,2 kB", "3,1 MB" (Polish decimal comma)."""
    if size < 1024:
        return f"{size} B"
    value = size / 1024
    for unit in ("kB", "MB"):
        if value < 1024:
            return f"{value:.1f} {unit}".replace(".", ",")
        value /= 1024
    return f"{value:.1f} GB".replace(".", ",")
