"""An application of the city to a PIM call: which form it follows, its values, its status.

An application remembers the form definition and version it was started on. Signed or sent,
it is frozen: a change starts a new version that copies it, and both stay.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP


class ApplicationStatus(StrEnum):
    DRAFT = "draft"
    READY = "ready"
    SIGNED = "signed"
    SENT = "sent"


STATUS_LABELS: dict[ApplicationStatus, str] = {
    ApplicationStatus.DRAFT: QT_TRANSLATE_NOOP("domain", "roboczy"),
    ApplicationStatus.READY: QT_TRANSLATE_NOOP("domain", "gotowy"),
    ApplicationStatus.SIGNED: QT_TRANSLATE_NOOP("domain", "podpisany"),
    ApplicationStatus.SENT: QT_TRANSLATE_NOOP("domain", "wysłany"),
}

FROZEN_STATUSES = frozenset({ApplicationStatus.SIGNED, ApplicationStatus.SENT})


class SubmissionChannel(StrEnum):
    EPUAP = "epuap"
    EDORECZENIA = "edoreczenia"
    PAPER = "paper"


CHANNEL_LABELS: dict[SubmissionChannel, str] = {
    SubmissionChannel.EPUAP: "ePUAP",
    SubmissionChannel.EDORECZENIA: "e-Doręczenia",
    SubmissionChannel.PAPER: QT_TRANSLATE_NOOP("domain", "papier (poczta lub kancelaria)"),
}

Values = dict[str, Any]


@dataclass(frozen=True)
class Submission:
    """How and when the application left the city, with the official receipt (for ePUAP the UPP)."""

    sent_on: dt.date
    channel: SubmissionChannel
    receipt: dict[str, Any] | None = None  # an attachment value: file_name, size, sha256


@dataclass(frozen=True)
class Application:
    id: int
    form_id: str
    form_version: str
    role: str
    network_id: str
    status: ApplicationStatus
    version_number: int
    lineage_id: int
    values: Values = field(default_factory=dict)
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    submission: Submission | None = None
    previous_id: int | None = None
    lineage_uid: str = ""
    # The version the last save wrote (a save names the one it started from) and its author.
    row_version: int = 1
    changed_by: str = ""

    @property
    def is_frozen(self) -> bool:
        return self.status in FROZEN_STATUSES


@dataclass(frozen=True)
class FieldChange:
    """One entry of an application's history: when, which field, what it was, what it became."""

    changed_at: dt.datetime
    field_id: str
    old_value: Any
    new_value: Any
    changed_by: str = ""


@dataclass(frozen=True)
class PrintRecord:
    """A final print of an application: the checksum it carried, when, and where it went.

    ``file_path`` is None for a print sent straight to a printer.
    """

    id: int
    application_id: int
    checksum: str
    printed_at: dt.datetime
    pages: int
    file_path: str | None = None
    file_size: int | None = None


class ApplicationFrozen(Exception):
    """A signed or sent application cannot change; start a new version instead."""

    def __init__(self, application_id: int) -> None:
        super().__init__(f"Application {application_id} is frozen")
        self.application_id = application_id
        self.message = QT_TRANSLATE_NOOP(
            "domain",
            "Ten wniosek jest podpisany lub wysłany i nie może się zmienić. "
            "Aby coś poprawić, utwórz nową wersję.",
        )
