"""Step 4 of signing: what will be signed, by whom, where the copy goes; then the signature.

The signature (with the request to the timestamp server) runs in the background: the page shows
that it is signing, the window keeps drawing, and Cancel stops the wait for the timestamp
server at once. A certificate of another person than the signatory named in part G of the
application is said plainly, and signing then waits for the officer's explicit choice.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from pim_desktop.domain.signature import CertificateNote, format_day
from pim_desktop.services.signing_keys import SigningCancelled
from pim_desktop.services.signing_service import SigningPlan, SigningService
from pim_desktop.ui.common.file_dialogs import ask_save_file, documents_folder
from pim_desktop.ui.labels import domain_text
from pim_desktop.ui.signing.wizard_tasks import WizardTasks
from pim_desktop.ui.signing.wording import failure_text, info_label

NAME_MISMATCH = "name_mismatch"


class SigningPage(QWizardPage):
    signing_changed = Signal(bool)

    def __init__(
        self,
        plan: SigningPlan,
        signing: SigningService,
        tasks: WizardTasks,
        without_pin_step: Callable[[], bool],
    ) -> None:
        """``without_pin_step()``: the path came through the store, one step shorter."""
        super().__init__()
        self._without_pin_step = without_pin_step
        self._plan = plan
        self._signing = signing
        self._tasks = tasks
        self._blocked = False
        self._mismatch = False
        self._busy = False
        self._cancel = threading.Event()
        self.record: object = None  # the signed file, once recorded with the application
        self.setTitle(self.tr("Krok 4 z 4: sprawdź i podpisz"))
        layout = QVBoxLayout(self)
        layout.addLayout(self._summary_form())
        self.notes = info_label(name="summary_notes")
        layout.addWidget(self.notes)
        self.confirm_name = QCheckBox(
            self.tr("Podpisuję mimo to: podpisuje osoba upoważniona przez wnioskodawcę")
        )
        self.confirm_name.setObjectName("confirm_name")
        self.confirm_name.toggled.connect(lambda _on: self.completeChanged.emit())
        layout.addWidget(self.confirm_name)
        self.progress = QProgressBar()
        self.progress.setObjectName("signing_progress")
        self.progress.setAccessibleName(self.tr("Podpisywanie"))
        self.progress.setRange(0, 0)  # busy: the length of a card's or a server's answer is unknown
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.message = info_label(name="summary_message")
        layout.addWidget(self.message)
        layout.addStretch(1)

    def _summary_form(self) -> QFormLayout:
        form = QFormLayout()
        self.document = info_label(name="summary_document")
        self.signer = info_label(name="summary_signer")
        self.level = info_label(name="summary_level")
        self.place = info_label(name="summary_place")
        form.addRow(self.tr("Dokument:"), self.document)
        form.addRow(self.tr("Podpisujący:"), self.signer)
        form.addRow(self.tr("Rodzaj podpisu:"), self.level)
        form.addRow(self.tr("Powód i miejsce:"), self.place)
        row = QHBoxLayout()
        self.target = QLineEdit()
        self.target.setObjectName("target")
        self.target.setAccessibleName(self.tr("Zapisz podpisany plik jako"))
        self.target.textChanged.connect(lambda _text: self.completeChanged.emit())
        self.change = QPushButton(self.tr("&Zmień…"))
        self.change.setObjectName("change_target")
        self.change.clicked.connect(self._on_change_clicked)
        row.addWidget(self.target, 1)
        row.addWidget(self.change)
        label = QLabel(self.tr("Zapi&sz jako:"))
        label.setBuddy(self.target)
        form.addRow(label, row)
        return form

    def initializePage(self) -> None:
        key = self._tasks.key
        assert key is not None, "the secret page opens the key before this page"
        plan, summary = self._plan, key.summary
        self.setTitle(
            self.tr("Krok 3 z 3: sprawdź i podpisz")
            if self._without_pin_step()
            else self.tr("Krok 4 z 4: sprawdź i podpisz")
        )
        self.document.setText(
            plan.source_name + (" " + self.tr("(kolejny podpis)") if plan.already_signed else "")
        )
        self.signer.setText(
            self.tr("{name}; wystawca: {issuer}; ważny do {until}").format(
                name=summary.subject, issuer=summary.issuer, until=format_day(summary.not_after)
            )
        )
        self.level.setText(
            self.tr("PAdES B-T ze znacznikiem czasu z serwera {url}").format(url=plan.timestamp_url)
            if plan.timestamp_url
            else self.tr("PAdES B-B (bez znacznika czasu; program pracuje bez internetu)")
        )
        self.place.setText(f"Wniosek o udział w Partnerskiej Inicjatywie Miast — {plan.location}")
        if not self.target.text():
            stem = Path(plan.final.file_name).stem
            self.target.setText(str(documents_folder() / f"{stem} (podpisany).pdf"))
        self._show_notes(self._signing.certificate_notes(plan, summary))
        self.message.clear()
        self.completeChanged.emit()

    def _show_notes(self, notes: list[CertificateNote]) -> None:
        self._blocked = any(note.blocking for note in notes)
        self._mismatch = any(note.code == NAME_MISMATCH for note in notes)
        self.notes.setText(
            "\n".join(
                ("⛔ " if note.blocking else "⚠ ") + domain_text(note.message).format(**note.params)
                for note in notes
            )
        )
        self.confirm_name.setChecked(False)
        self.confirm_name.setVisible(self._mismatch and not self._blocked)

    def _on_change_clicked(self) -> None:
        chosen = ask_save_file(
            self,
            self.tr("Zapisz podpisany plik"),
            Path(self.target.text().strip()).name,
            self.tr("Pliki PDF (*.pdf)"),
        )
        if chosen is not None:
            self.target.setText(str(chosen))

    def is_signing(self) -> bool:
        return self._busy

    def isComplete(self) -> bool:
        return (
            not self._busy
            and not self._tasks.is_busy()
            and not self._blocked
            and (not self._mismatch or self.confirm_name.isChecked())
            and bool(self.target.text().strip())
        )

    def validatePage(self) -> bool:
        """Podpisz starts the signature and stays; the wizard closes once it is recorded."""
        if self.record is not None:
            return True
        if not self._busy and self.isComplete():
            self._start()
        return False

    def _start(self) -> None:
        key = self._tasks.key
        assert key is not None
        self._cancel.clear()
        self._set_busy(True)
        self.message.setText(
            self.tr("Podpisywanie… Czekam na znacznik czasu z serwera {url}.").format(
                url=self._plan.timestamp_url
            )
            if self._plan.timestamp_url
            else self.tr("Podpisywanie…")
        )
        work = partial(
            self._signing.sign,
            self._plan.application.id,
            key,
            copy_to=Path(self.target.text().strip()),
            cancelled=self._cancel.is_set,
        )
        self._tasks.run(
            work, self._on_signed, self._on_failed, description=self.tr("Podpisywanie wniosku")
        )

    def cancel(self) -> None:
        """Stop waiting: the worker drops the timestamp request and records nothing."""
        if self._busy:
            self._cancel.set()
            self.message.setText(self.tr("Przerywanie podpisywania…"))

    def _on_signed(self, record: object) -> None:
        self.record = record
        self._set_busy(False)
        self.message.setText(
            "✓ "
            + self.tr("Podpisano {moment}.").format(
                moment=dt.datetime.now().strftime("%d.%m.%Y %H:%M")
            )
        )
        wizard = self.wizard()
        if wizard is not None:
            wizard.accept()

    def _on_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, SigningCancelled):
            self.message.setText(
                self.tr(
                    "Podpisywanie przerwano: wniosek nie jest podpisany i nic nie zapisano. "
                    "Możesz podpisać ponownie albo zamknąć okno."
                )
            )
        else:
            self.message.setText(failure_text(error))

    def nextId(self) -> int:
        return -1  # the last step on every path, whatever page numbers follow it

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self.target.setEnabled(not busy)
        self.change.setEnabled(not busy)
        self.confirm_name.setEnabled(not busy)
        self.signing_changed.emit(busy)
        self.completeChanged.emit()
