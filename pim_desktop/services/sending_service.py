"""Prepares a folder for sending an application by one channel; it never sends anything.

The folder holds the signed PDF (for paper: the final PDF to print) and every attachment of the
application under safe file names, and a short text with the checklist, the subject line and the
address to copy.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TypeVar

from pim_desktop.domain.application import Application, SubmissionChannel
from pim_desktop.domain.file_names import ascii_name_part
from pim_desktop.domain.forms.definition import FieldType, Role
from pim_desktop.domain.sending import (
    ADDRESS_FROM_NOTICE,
    SendingPlan,
    plan_sending,
    subject_line,
)
from pim_desktop.domain.signature import SignatureError, SignatureErrorCode
from pim_desktop.domain.submission_proof import ReceiptRefused
from pim_desktop.persistence.attachment_store import AttachmentStore
from pim_desktop.services.application_service import ApplicationService
from pim_desktop.services.city_profile_service import CityProfileService
from pim_desktop.services.settings_service import SettingsService
from pim_desktop.services.signing_service import SigningService

log = logging.getLogger(__name__)
_T = TypeVar("_T")
NOTES_FILE = "DO_WYSLANIA.txt"


class SendingService:
    def __init__(
        self,
        applications: ApplicationService,
        signing: SigningService,
        city_profile: CityProfileService,
        settings: SettingsService,
        attachments: AttachmentStore,
    ) -> None:
        self._applications = applications
        self._signing = signing
        self._city_profile = city_profile
        self._settings = settings
        self._attachments = attachments

    def plan(self, application_id: int, channel: SubmissionChannel) -> SendingPlan:
        """Raises ``ReceiptRefused`` when the application has no signed PDF yet (for paper:
        ``SignatureError`` when it has no final PDF)."""
        application = self._applications.load(application_id)
        main = self._main_file(application_id, channel)
        definition = self._applications.definition_of(application)
        city = self._city_profile.load().official_name or "—"
        settings = self._settings.load()
        return plan_sending(
            channel,
            main,
            list(self._attachments_of(application)),
            subject=subject_line(f"{definition.edition.name} – {definition.title}", city),
            limits_mb={SubmissionChannel(k): v for k, v in _known(settings.channel_limits_mb)},
            addresses={SubmissionChannel(k): v for k, v in _known(settings.channel_addresses)},
        )

    def prepare(self, application_id: int, plan: SendingPlan, parent: Path) -> Path:
        """Copy the plan's files into a new folder under ``parent`` and return it."""
        folder = _new_folder(parent, f"PIM_wniosek_{application_id}_{plan.channel.value}")
        for item in plan.files:
            shutil.copyfile(self._attachments.path_of(item.sha256), folder / item.name)
        (folder / NOTES_FILE).write_text(notes_text(plan), encoding="utf-8-sig")
        log.info("Application %s: sending folder prepared (%s)", application_id, plan.channel)
        return folder

    def _main_file(self, application_id: int, channel: SubmissionChannel) -> tuple[str, str, int]:
        if channel is SubmissionChannel.PAPER:
            final = self._signing.final_pdf(application_id)
            if final is None:
                raise SignatureError(SignatureErrorCode.NO_FINAL_PDF)
            return final.sha256, final.file_name, final.size
        signed = self._signing.signed_files(application_id)
        if not signed:
            raise ReceiptRefused("no_signed_pdf")
        newest = signed[-1]
        return newest.sha256, newest.file_name, newest.size

    def _attachments_of(self, application: Application) -> Iterator[tuple[str, str, int]]:
        definition = self._applications.definition_of(application)
        for field in definition.fields_for(Role(application.role)):
            if field.type is not FieldType.ATTACHMENT:
                continue
            value = application.values.get(field.id)
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, dict) and self._attachments.has(str(item.get("sha256", ""))):
                    yield str(item["sha256"]), str(item["file_name"]), int(item["size"])


def _known(entries: Mapping[str, _T]) -> Iterator[tuple[str, _T]]:
    channels = {c.value for c in SubmissionChannel}
    return ((k, v) for k, v in entries.items() if k in channels)


def _new_folder(parent: Path, name: str) -> Path:
    base = ascii_name_part(name)
    candidate, number = parent / base, 2
    while candidate.exists():
        candidate, number = parent / f"{base}_{number}", number + 1
    candidate.mkdir(parents=True)
    return candidate


def notes_text(plan: SendingPlan) -> str:
    """The folder's note in Polish, the language of the office it goes to."""
    lines = [f"Temat: {plan.subject}", f"Adres: {plan.address or ADDRESS_FROM_NOTICE}", ""]
    lines += [f"{number}. {item}" for number, item in enumerate(plan.checklist, 1)]
    lines += ["", "Pliki:"]
    lines += [f"- {item.name} ({item.size} B)" for item in plan.files]
    return "\r\n".join(lines) + "\r\n"
