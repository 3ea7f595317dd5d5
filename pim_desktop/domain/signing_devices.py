"""The cards and tokens a signature can come from, as the officer chooses among them.

Plain records: the ``signing`` layer fills them from a vendor's PKCS#11 library, the interface
lists them, and neither needs to know the other.
"""

from __future__ import annotations

from dataclasses import dataclass

from pim_desktop.domain.signature import CertificateSummary


@dataclass(frozen=True)
class TokenInfo:
    """A card or token the library sees, and the state of its PIN."""

    label: str
    serial: str
    manufacturer: str
    model: str
    slot_id: int
    pin_locked: bool = False
    pin_final_try: bool = False
    pin_count_low: bool = False
    pin_pad: bool = False  # the PIN is typed on the reader's own keypad

    @property
    def display_name(self) -> str:
        return self.label or self.model or self.manufacturer


@dataclass(frozen=True)
class TokenCertificate:
    """A certificate on a card, with the identifier that ties it to its private key."""

    object_id: str  # hex of CKA_ID
    label: str
    summary: CertificateSummary
    has_key: bool = True
