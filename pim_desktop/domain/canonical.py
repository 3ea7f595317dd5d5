"""The program's one canonical serialisation: behind an application's checksum, the ``.pim``
file's data and the partner city's contribution file.

The same data always gives the same bytes, whatever the program version, the layout of the PDF
or the computer: texts in NFC, keys sorted, no insignificant white space, empty fields left out.
Local database numbers, times and status are not data of the application and stay out.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from typing import Any

from pim_desktop.domain.application import Application, Values
from pim_desktop.domain.forms.values import is_empty

CANONICAL_FORMAT = 1
CHECKSUM_GROUP = 4


def normalised(value: Any) -> Any:
    """Texts in NFC, mappings without empty entries, everything else as it is.

    An entry is empty when ``is_empty`` says so: ``None``, a blank text, or a list or mapping of
    nothing but empty items. ``False`` and ``0`` are values and stay.
    """
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, dict):
        return {
            unicodedata.normalize("NFC", str(key)): normalised(item)
            for key, item in value.items()
            if not is_empty(item)
        }
    if isinstance(value, list | tuple):
        return [normalised(item) for item in value]
    return value


def application_document(application: Application) -> dict[str, Any]:
    """The application's data as the canonical JSON document holds it."""
    return application_data(
        application.form_id,
        application.form_version,
        application.role,
        application.network_id,
        application.values,
    )


def application_data(
    form_id: str, form_version: str, role: str, network_id: str, values: Values
) -> dict[str, Any]:
    return {
        "canonical_format": CANONICAL_FORMAT,
        "form": {"id": form_id, "version": form_version},
        "role": role,
        "network": network_id,
        "values": normalised(values),
    }


def canonical_bytes(document: Any) -> bytes:
    """UTF-8 JSON with sorted keys and no spaces between tokens."""
    return json.dumps(
        normalised(document), ensure_ascii=False, sort_keys=True, separators=(",", ":")
    ).encode("utf-8")


def checksum(document: Any) -> str:
    """SHA-256 of the canonical bytes, as 64 upper-case hex digits."""
    return hashlib.sha256(canonical_bytes(document)).hexdigest().upper()


def application_checksum(application: Application) -> str:
    return checksum(application_document(application))


def grouped(checksum_hex: str) -> str:
    """For reading aloud and comparing on paper: ``3F9A-1B2C-…`` in groups of four."""
    text = checksum_hex.upper()
    return "-".join(text[i : i + CHECKSUM_GROUP] for i in range(0, len(text), CHECKSUM_GROUP))


def ungrouped(typed: str) -> str:
    """A checksum as typed (groups, spaces, lower case) back to 64 hex digits."""
    return "".join(ch for ch in typed.upper() if ch in "0123456789ABCDEF")
