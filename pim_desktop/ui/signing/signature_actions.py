"""The signing buttons of the applications page and what each does.

"Podpisz elektronicznie…" signs in the program; "Zapisz do podpisu…" and "Wczytaj podpisany
plik…" are the path through another signing tool; "Sprawdź podpis…" verifies any PDF. When the
program does not yet know the application's final PDF, it asks for it first.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from pim_desktop.domain.signature import SignatureError
from pim_desktop.services.errors import StorageError
from pim_desktop.services.signing_service import SigningPlan, SigningService
from pim_desktop.signing.pades import SigningKey
from pim_desktop.ui.app_events import AppEvents
from pim_desktop.ui.common.task_runner import TaskRunner
from pim_desktop.ui.labels import domain_text
from pim_desktop.ui.signing.sign_dialog import SignDialog, error_text
from pim_desktop.ui.signing.verify_dialog import VerifyDialog


class ApplicationList(Protocol):
    def selected_id(self) -> int | None: ...
    def refresh(self) -> None: ...
    def say(self, text: str) -> None: ...


class SignatureActions(QObject):
    def __init__(
        self,
        signing: SigningService,
        events: AppEvents,
        page: QWidget,
        *,
        read_only: bool = False,
        runner: TaskRunner | None = None,
    ) -> None:
        """``runner`` checks signatures off the UI thread (the first check loads pyHanko,
        about two seconds)."""
        super().__init__(page)
        self._runner = runner or TaskRunner(page)
        self._signing = signing
        self._events = events
        self._page = page
        self._read_only = read_only
        self.buttons: dict[str, QPushButton] = {}

    def _list(self) -> ApplicationList:
        page = self._page
        assert hasattr(page, "selected_id")
        return page  # type: ignore[return-value]

    def build_buttons(self) -> list[QPushButton]:
        row: list[QPushButton] = []
        for name, text, slot, writes in (
            ("sign", self.tr("Podpi&sz elektronicznie…"), self.sign_electronically, True),
            ("save_for_signing", self.tr("&Zapisz do podpisu…"), self.save_for_signing, False),
            ("load_signed", self.tr("Wczytaj podpisany p&lik…"), self.load_signed, True),
            ("check_signature", self.tr("Sprawdź po&dpis…"), self.check_signature, False),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.setAccessibleName(text.replace("&", "").rstrip("…"))
            button.clicked.connect(slot)
            button.setEnabled(not (writes and self._read_only))
            self.buttons[name] = button
            row.append(button)
        return row

    # --- the four actions ----------------------------------------------------------------------

    def sign_electronically(self) -> None:
        application_id = self._list().selected_id()
        if application_id is None or self._read_only:
            return
        plan = self._plan(application_id)
        if plan is None:
            return
        if plan.already_signed:
            answer = QMessageBox.question(
                self._page,
                self.tr("Kolejny podpis"),
                self.tr(
                    "Wniosek jest już podpisany. Dodać kolejny podpis (np. drugiej osoby) do "
                    "podpisanego pliku? Dotychczasowe podpisy pozostaną ważne."
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return

        def sign(key: SigningKey, target: Path) -> object:
            return self._signing.sign(application_id, key, copy_to=target)

        dialog = SignDialog(
            plan,
            lambda key: self._signing.certificate_notes(plan, key.summary),
            sign,
            self._page,
        )
        self.last_dialog: QWidget = dialog
        if dialog.exec():
            self._changed()
            self._list().say(
                "✓ "
                + self.tr(
                    "Wniosek podpisano i zapisano przy nim podpisany plik; wniosek jest "
                    "zamrożony. Kopia do wysłania: {file}"
                ).format(file=dialog.summary_page.target.text())
            )

    def save_for_signing(self) -> None:
        application_id = self._list().selected_id()
        if application_id is None or not self._ensure_final(application_id):
            return
        final = self._signing.final_pdf(application_id)
        assert final is not None
        target = self.choose_file(
            self.tr("Zapisz wniosek do podpisu"),
            self.tr("Pliki PDF (*.pdf)"),
            final.file_name,
            True,
        )
        if target is None:
            return
        try:
            self._signing.export_for_signing(application_id, target)
        except SignatureError as error:
            self._list().say("⚠ " + error_text(error))
            return
        self._list().say(
            "✓ "
            + self.tr(
                "Zapisano {file}. Podpisz ten plik w programie dostawcy podpisu, Adobe Reader "
                "lub na podpis.gov.pl (jako PAdES, bez zmieniania treści), a potem wczytaj "
                "podpisany plik."
            ).format(file=target)
        )

    def load_signed(self) -> None:
        application_id = self._list().selected_id()
        if application_id is None or self._read_only or not self._ensure_final(application_id):
            return
        path = self.choose_file(self.tr("Wczytaj podpisany plik"), self.tr("Pliki PDF (*.pdf)"))
        if path is None:
            return
        try:
            outcome = self._runner.run_and_wait(
                partial(self._signing.import_signed, application_id, path),
                description=self.tr("Sprawdzanie podpisanego pliku"),
            )
        except (SignatureError, StorageError) as error:
            self._list().say("⚠ " + self._error(error))
            return
        if outcome.accepted:
            text = self.tr(
                "Podpisany plik zapisano przy wniosku; wniosek jest podpisany i zamrożony."
            )
            self._changed()
        elif not outcome.report.signed:
            text = error_text(SignatureError("not_signed", file=path.name))
        elif outcome.comparison is not None and not outcome.comparison.matches:
            text = domain_text(SignatureError("export_mismatch").message)
        else:
            text = domain_text(SignatureError("signature_invalid").message)
        self._list().say(("✓ " if outcome.accepted else "⚠ ") + text)
        dialog = VerifyDialog(outcome.report, outcome.comparison, text, self._page)
        self.last_dialog = dialog
        dialog.exec()

    def check_signature(self) -> None:
        path = self.choose_file(self.tr("Sprawdź podpis pliku"), self.tr("Pliki PDF (*.pdf)"))
        if path is None:
            return
        try:
            report = self._runner.run_and_wait(
                partial(self._signing.verify, path), description=self.tr("Sprawdzanie podpisu")
            )
        except SignatureError as error:
            self._list().say("⚠ " + error_text(error))
            return
        dialog = VerifyDialog(report, parent=self._page)
        self.last_dialog = dialog
        dialog.exec()

    # --- helpers -------------------------------------------------------------------------------

    def _plan(self, application_id: int) -> SigningPlan | None:
        if not self._ensure_final(application_id):
            return None
        try:
            return self._signing.plan(application_id)
        except SignatureError as error:
            self._list().say("⚠ " + error_text(error))
            return None

    def _ensure_final(self, application_id: int) -> bool:
        """Know the application's final PDF, asking for it when the program has none."""
        if self._signing.final_pdf(application_id) is not None:
            return True
        path = self.choose_file(
            self.tr("Wskaż gotowy plik PDF wniosku"), self.tr("Pliki PDF (*.pdf)")
        )
        if path is None:
            return False
        try:
            self._signing.record_final_pdf(application_id, path)
        except (SignatureError, StorageError) as error:
            self._list().say("⚠ " + self._error(error))
            return False
        return True

    def choose_file(
        self, title: str, name_filter: str, suggested: str = "", save: bool = False
    ) -> Path | None:
        dialog = QFileDialog(self._page, title)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setNameFilter(name_filter)
        if save:
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.setDefaultSuffix("pdf")
            dialog.selectFile(suggested)
        else:
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        if not dialog.exec() or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])

    def _error(self, error: SignatureError | StorageError) -> str:
        if isinstance(error, SignatureError):
            return error_text(error)
        return domain_text(error.message)

    def _changed(self) -> None:
        self._list().refresh()
        self._events.application_saved.emit()
