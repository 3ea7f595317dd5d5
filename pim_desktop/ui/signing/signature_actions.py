"""The signing buttons of the applications page and what each does.

"Podpisz elektronicznie…" signs in the program; "Zapisz do podpisu…" and "Wczytaj podpisany
plik…" are the path through another signing tool; "Sprawdź podpis…" verifies any PDF. The first
three need the application's final PDF: when the program has none, the guide makes it first.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from pim_desktop.domain.application import ApplicationStatus
from pim_desktop.domain.signature import SignatureError, SignatureErrorCode
from pim_desktop.services.application_export_service import ApplicationExportService
from pim_desktop.services.errors import StorageError
from pim_desktop.services.signing_service import SigningService
from pim_desktop.ui.app_events import AppEvents
from pim_desktop.ui.common.file_dialogs import ask_open_file, ask_save_file
from pim_desktop.ui.common.task_runner import TaskRunner
from pim_desktop.ui.labels import domain_text
from pim_desktop.ui.signing.final_pdf_guide import ApplicationList, FinalPdfGuide
from pim_desktop.ui.signing.sign_wizard import SignWizard
from pim_desktop.ui.signing.verify_dialog import VerifyDialog
from pim_desktop.ui.signing.wording import error_text


class SignatureActions(QObject):
    def __init__(
        self,
        signing: SigningService,
        events: AppEvents,
        page: QWidget,
        runner: TaskRunner,
        *,
        exports: ApplicationExportService | None = None,
        read_only: bool = False,
    ) -> None:
        """``runner`` is the program's one task runner: checks, final PDFs and the wizard's
        card calls and signatures all run on its worker thread."""
        super().__init__(page)
        self._runner = runner
        self._signing = signing
        self._events = events
        self._page = page
        self._read_only = read_only
        self.buttons: dict[str, QPushButton] = {}
        self.last_dialog: QWidget | None = None
        self.guide = FinalPdfGuide(
            signing, exports, runner, page, applications=self._list(), changed=self._changed
        )

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
        application_id = self._selected()
        if application_id is None or self._read_only:
            return
        if self._signing.status(application_id) is ApplicationStatus.SENT:
            self._list().say("⚠ " + error_text(SignatureError(SignatureErrorCode.APPLICATION_SENT)))
            return
        self.guide.ensure(application_id, partial(self._open_wizard, application_id))

    def _open_wizard(self, application_id: int) -> None:
        try:
            plan = self._signing.plan(application_id)
        except SignatureError as error:
            self._list().say("⚠ " + error_text(error))
            return
        if plan.already_signed and not self._further_signature_wanted():
            return
        wizard = SignWizard(plan, self._signing, self._runner, self._page)
        self.last_dialog = wizard
        if wizard.exec():
            self._changed()
            self._list().say(
                "✓ "
                + self.tr(
                    "Wniosek podpisano i zapisano przy nim podpisany plik; wniosek jest "
                    "zamrożony. Kopia do wysłania: {file}"
                ).format(file=wizard.signing_page.target.text())
            )

    def _further_signature_wanted(self) -> bool:
        answer = QMessageBox.question(
            self._page,
            self.tr("Kolejny podpis"),
            self.tr(
                "Wniosek jest już podpisany. Dodać kolejny podpis (np. drugiej osoby) do "
                "podpisanego pliku? Dotychczasowe podpisy pozostaną ważne."
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def save_for_signing(self) -> None:
        application_id = self._selected()
        if application_id is not None:
            self.guide.ensure(application_id, partial(self._save_for_signing, application_id))

    def _save_for_signing(self, application_id: int) -> None:
        final = self._signing.final_pdf(application_id)
        assert final is not None
        target = ask_save_file(
            self._page,
            self.tr("Zapisz wniosek do podpisu"),
            final.file_name,
            self.tr("Pliki PDF (*.pdf)"),
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
        application_id = self._selected()
        if application_id is not None and not self._read_only:
            self.guide.ensure(application_id, partial(self._load_signed, application_id))

    def _load_signed(self, application_id: int) -> None:
        path = ask_open_file(
            self._page, self.tr("Wczytaj podpisany plik"), self.tr("Pliki PDF (*.pdf)")
        )
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
            text = error_text(SignatureError(SignatureErrorCode.NOT_SIGNED, file=path.name))
        elif outcome.comparison is not None and not outcome.comparison.matches:
            text = domain_text(SignatureError(SignatureErrorCode.EXPORT_MISMATCH).message)
        else:
            text = domain_text(SignatureError(SignatureErrorCode.SIGNATURE_INVALID).message)
        self._list().say(("✓ " if outcome.accepted else "⚠ ") + text)
        dialog = VerifyDialog(outcome.report, outcome.comparison, text, self._page)
        self.last_dialog = dialog
        dialog.exec()

    def check_signature(self) -> None:
        path = ask_open_file(
            self._page, self.tr("Sprawdź podpis pliku"), self.tr("Pliki PDF (*.pdf)")
        )
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

    def _selected(self) -> int | None:
        application_id = self._list().selected_id()
        if application_id is None:
            self._list().say(self.tr("Wybierz wniosek z listy."))
        return application_id

    def _error(self, error: SignatureError | StorageError) -> str:
        if isinstance(error, SignatureError):
            return error_text(error)
        return domain_text(error.message)

    def _changed(self) -> None:
        self._list().refresh()
        self._events.application_saved.emit()
