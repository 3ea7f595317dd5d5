"""Certificates as a person recognises them: whose, issued by whom, valid from when until when.

The ``signing`` layer reads certificates and fills ``CertificateSummary``; the dates are shown the
way Polish documents write them, in the computer's zone.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from pim_desktop.domain.dates import local_day_text, moment_text

EXPIRY_WARNING_DAYS = 30


def format_moment(moment: dt.datetime) -> str:
    """A moment as Polish documents write it, in the computer's zone: ``01.03.2025 12:30``."""
    return moment_text(moment)


def format_day(moment: dt.datetime) -> str:
    """A day as Polish documents write it, in the computer's zone: ``01.03.2025``."""
    return local_day_text(moment)


class CertificateValidity(StrEnum):
    VALID = "valid"
    EXPIRES_SOON = "expires_soon"
    EXPIRED = "expired"
    NOT_YET_VALID = "not_yet_valid"


@dataclass(frozen=True)
class CertificateSummary:
    """What a person needs to recognise a certificate: whose it is, who issued it, until when."""

    subject: str
    issuer: str
    not_before: dt.datetime
    not_after: dt.datetime
    serial: str = ""
    fingerprint: str = ""  # SHA-256 of the certificate, upper-case hex
    given_name: str = ""
    surname: str = ""
    organisation: str = ""
    non_repudiation: bool = False
    qualified: bool = False  # the certificate declares itself qualified (QcCompliance)
    is_ca: bool = False

    def validity(self, now: dt.datetime) -> CertificateValidity:
        if now < self.not_before:
            return CertificateValidity.NOT_YET_VALID
        if now > self.not_after:
            return CertificateValidity.EXPIRED
        if self.not_after - now <= dt.timedelta(days=EXPIRY_WARNING_DAYS):
            return CertificateValidity.EXPIRES_SOON
        return CertificateValidity.VALID

    def days_left(self, now: dt.datetime) -> int:
        return (self.not_after - now).days

    @property
    def person_name(self) -> str:
        """The owner as a person: given name and surname when the certificate has them."""
        joined = " ".join(part for part in (self.given_name, self.surname) if part)
        return joined or self.subject

    def validity_text(self) -> str:
        return f"{format_day(self.not_before)} – {format_day(self.not_after)}"
