"""Checks a certificate before it signs: validity, purpose, and whose name it carries.

A blocking note forbids signing; ``signing_refusal`` turns the first one into the error that
signing with that certificate raises.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from pim_desktop.domain.signature.certificates import (
    CertificateSummary,
    CertificateValidity,
    format_day,
    format_moment,
)
from pim_desktop.domain.signature.codes import BLOCKING_NOTES, CertificateNoteCode
from pim_desktop.domain.signature.errors import SignatureError
from pim_desktop.domain.signature.wording import NOTE_TEXT


@dataclass(frozen=True)
class CertificateNote:
    """A finding about a certificate chosen for signing; ``blocking`` ones forbid signing."""

    code: CertificateNoteCode
    message: str
    params: Mapping[str, Any] = field(default_factory=dict)
    blocking: bool = False

    def text(self) -> str:
        return self.message.format(**self.params)


def _note(code: CertificateNoteCode, **params: Any) -> CertificateNote:
    return CertificateNote(code, NOTE_TEXT[code], params, blocking=code in BLOCKING_NOTES)


# Letters that carry no combining mark to drop: "ł" does not decompose in Unicode.
_BASE_LETTERS = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "ß": "ss"})


def _words(name: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", name.casefold().translate(_BASE_LETTERS))
    plain = "".join(char for char in folded if not unicodedata.combining(char))
    return sorted(word for word in plain.replace(",", " ").split() if word)


def same_person(certificate_name: str, signatory_name: str) -> bool:
    """Whether two names are the same person's: the same words in any order, case and accents.

    "ŻÓŁKIEWSKA Małgorzata" on a certificate is "Małgorzata Żółkiewska" in the application, and
    so is "Malgorzata Zolkiewska": many certificates spell names without Polish letters. A
    missing or different letter is a different name, because that is what a reviewer will see.
    """
    return bool(_words(signatory_name)) and _words(certificate_name) == _words(signatory_name)


def certificate_notes(
    certificate: CertificateSummary, now: dt.datetime, signatory_name: str = ""
) -> list[CertificateNote]:
    """Check a certificate before it signs: validity, purpose, and whose name it carries."""
    notes: list[CertificateNote] = []
    name = certificate.person_name
    validity = certificate.validity(now)
    if validity is CertificateValidity.EXPIRED:
        notes.append(
            _note(CertificateNoteCode.EXPIRED, name=name, date=format_day(certificate.not_after))
        )
    elif validity is CertificateValidity.NOT_YET_VALID:
        moment = format_moment(certificate.not_before)
        notes.append(_note(CertificateNoteCode.NOT_YET_VALID, name=name, date=moment))
    elif validity is CertificateValidity.EXPIRES_SOON:
        days = max(certificate.days_left(now), 0)
        date = format_day(certificate.not_after)
        notes.append(_note(CertificateNoteCode.EXPIRES_SOON, date=date, days=days))
    if not certificate.non_repudiation:
        notes.append(_note(CertificateNoteCode.NOT_FOR_SIGNING, name=name))
    signatory = signatory_name.strip()
    if signatory and not (
        same_person(name, signatory) or same_person(certificate.subject, signatory)
    ):
        notes.append(
            _note(CertificateNoteCode.NAME_MISMATCH, certificate_name=name, signatory=signatory)
        )
    return notes


def signing_refusal(notes: list[CertificateNote]) -> SignatureError | None:
    """The error that refuses signing for the first blocking note, or None when none blocks."""
    blocking = [note for note in notes if note.blocking]
    if not blocking:
        return None
    return SignatureError(BLOCKING_NOTES[blocking[0].code], **blocking[0].params)
