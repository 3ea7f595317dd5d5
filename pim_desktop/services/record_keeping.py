"""What the services keeping the city's records share: their database, the store of the files
attached to the records, today's date, the officer who saves, and handing a stored file out by
its own name."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from pim_desktop.domain.attachment import AttachmentRef
from pim_desktop.domain.problems import Problem, ValidationFailed
from pim_desktop.persistence.attachment_store import AttachmentStore


class RecordKeepingService:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        attachments: AttachmentStore,
        today: Callable[[], dt.date] = dt.date.today,
        officer: Callable[[], str] = str,
    ) -> None:
        self._session_factory = session_factory
        self._attachments = attachments
        self._today = today
        # Who this program's saves are written by (read at each save: Settings may change it).
        self._officer = officer

    def export_attachment(self, file: AttachmentRef, folder: Path) -> Path:
        """A copy of a stored file under its own name, for the system to open."""
        return copy_for_opening(self._attachments, file, folder)


def copy_for_opening(attachments: AttachmentStore, file: AttachmentRef, folder: Path) -> Path:
    """A copy of a stored file in ``folder`` under its own name: the store keeps files by their
    hash, without the name's extension a viewer needs, and a viewer must not change the kept one."""
    folder.mkdir(parents=True, exist_ok=True)
    return attachments.export(file.sha256, folder / Path(file.file_name).name)


def raise_if(problems: list[Problem]) -> None:
    """Refuse data that breaks the rules, naming every problem found."""
    if problems:
        raise ValidationFailed(problems)
