"""The sending buttons of the applications page: "Wyślij…" prepares a folder for the chosen
channel, "Dowód złożenia…" imports the receipt and the sent document, or shows the kept proof
checked again."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPushButton, QWidget

from pim_desktop.domain.application import STATUS_LABELS, ApplicationStatus
from pim_desktop.domain.sending import SendingPlan
from pim_desktop.domain.submission_proof import ProofReport, ReceiptRefused
from pim_desktop.services.errors import StorageError
from pim_desktop.services.receipts.submission_proof_service import SubmissionProofService
from pim_desktop.services.sending_service import SendingService
from pim_desktop.ui.app_events import AppEvents
from pim_desktop.ui.applications.kept_proof_dialog import KeptProofDialog
from pim_desktop.ui.applications.proof_dialog import ProofDialog
from pim_desktop.ui.applications.send_dialog import SendDialog
from pim_desktop.ui.common.task_runner import TaskRunner
from pim_desktop.ui.labels import domain_text

# What the page hands over: the sending service and the proofs service.
SendingActionsServices = tuple[SendingService, SubmissionProofService]


class ApplicationList(Protocol):
    def selected_id(self) -> int | None: ...
    def refresh(self) -> None: ...
    def say(self, text: str) -> None: ...


class SendingActions(QObject):
    def __init__(
        self,
        sending: SendingService,
        proofs: SubmissionProofService,
        events: AppEvents,
        page: QWidget,
        *,
        read_only: bool = False,
        runner: TaskRunner,
    ) -> None:
        super().__init__(page)
        self._sending = sending
        self._proofs = proofs
        self._events = events
        self._page = page
        self._read_only = read_only
        self._runner = runner
        self.buttons: dict[str, QPushButton] = {}
        self.last_dialog: QWidget | None = None

    def _list(self) -> ApplicationList:
        page = self._page
        assert hasattr(page, "selected_id")
        return page  # type: ignore[return-value]

    def build_buttons(self) -> list[QPushButton]:
        for name, text, slot in (
            ("send_application", self.tr("W&yślij…"), self.send),
            ("submission_proof", self.tr("Dowód złożeni&a…"), self.proof),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.setAccessibleName(text.replace("&", "").rstrip("…"))
            button.clicked.connect(slot)
            self.buttons[name] = button
        self.buttons["submission_proof"].setEnabled(not self._read_only)
        return list(self.buttons.values())

    def send(self) -> None:
        application_id = self._list().selected_id()
        if application_id is None:
            return

        def prepare(plan: SendingPlan, parent: Path) -> Path:
            return self._runner.run_and_wait(
                partial(self._sending.prepare, application_id, plan, parent),
                description=self.tr("Przygotowywanie folderu do wysłania"),
            )

        dialog = SendDialog(partial(self._sending.plan, application_id), prepare, self._page)
        self.last_dialog = dialog
        dialog.exec()

    def proof(self) -> None:
        application_id = self._list().selected_id()
        if application_id is None:
            return
        try:
            if self._proofs.proofs(application_id):
                self._show_kept(application_id)
            elif not self._read_only:
                self._import(application_id)
        except (ReceiptRefused, StorageError) as error:
            self._list().say("⚠ " + _error_text(error))

    def _check(self, application_id: int, receipt: Path, sent: Path) -> ProofReport:
        return self._runner.run_and_wait(
            partial(self._proofs.preview, application_id, receipt, sent),
            description=self.tr("Sprawdzanie dowodu złożenia"),
        )

    def _import(self, application_id: int) -> None:
        dialog = ProofDialog(partial(self._check, application_id), self._page)
        self.last_dialog = dialog
        if not dialog.exec() or dialog.receipt is None or dialog.sent is None:
            return
        result = self._runner.run_and_wait(
            partial(
                self._proofs.import_proof,
                application_id,
                dialog.receipt,
                dialog.sent,
                dialog.selected_channel(),
            ),
            description=self.tr("Zapisywanie dowodu złożenia"),
        )
        if not result.kept:
            self._list().say("⚠ " + self.tr("Dowodu nie zapisano: coś w nim jest niezgodne."))
            return
        self._list().refresh()
        self._events.application_saved.emit()
        self._list().say(
            "✓ "
            + self.tr("Zapisano dowód złożenia; wniosek ma status „{status}”.").format(
                status=domain_text(STATUS_LABELS[ApplicationStatus.SENT])
            )
        )

    def _show_kept(self, application_id: int) -> None:
        checked = self._runner.run_and_wait(
            partial(self._proofs.check, application_id),
            description=self.tr("Sprawdzanie dowodu złożenia"),
        )
        if checked is None:
            return
        dialog = KeptProofDialog(
            checked.proof,
            checked.report,
            partial(self._proofs.print_proof, application_id),
            self._page,
        )
        self.last_dialog = dialog
        dialog.exec()


def _error_text(error: ReceiptRefused | StorageError) -> str:
    if isinstance(error, ReceiptRefused):
        return domain_text(error.message).format(**error.params)
    return domain_text(error.message)
