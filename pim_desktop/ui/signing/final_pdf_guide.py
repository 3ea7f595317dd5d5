"""Before signing: the application's final PDF, the only version that may be signed.

When the program knows none, the officer is told why it is needed and offered to make it now
(the check runs first; the file is saved where the officer says and kept with the application),
or, for an application already checked, to point at a final PDF saved earlier. An application
with problems is not printed: the officer is told so and offered the check in the editor.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from pim_desktop.domain.application import ApplicationStatus
from pim_desktop.domain.problems import ValidationFailed
from pim_desktop.domain.signature import SignatureError
from pim_desktop.services.application_export_service import (
    ApplicationExportService,
    ExportResult,
)
from pim_desktop.services.errors import StorageError
from pim_desktop.services.signing_service import SigningService
from pim_desktop.ui.common.file_dialogs import ask_open_file, ask_save_file
from pim_desktop.ui.common.task_runner import TaskRunner
from pim_desktop.ui.labels import domain_text
from pim_desktop.ui.signing.wording import error_text


class Checkable(Protocol):
    def run_check(self) -> object: ...


class ApplicationList(Protocol):
    """The applications page, as the signing actions use it."""

    def selected_id(self) -> int | None: ...
    def refresh(self) -> None: ...
    def say(self, text: str) -> None: ...
    def open(self, application_id: int) -> Checkable: ...


class FinalPdfGuide(QObject):
    def __init__(
        self,
        signing: SigningService,
        exports: ApplicationExportService | None,
        runner: TaskRunner,
        page: QWidget,
        *,
        applications: ApplicationList,
        changed: Callable[[], None],
    ) -> None:
        super().__init__(page)
        self._signing = signing
        self._exports = exports
        self._runner = runner
        self._page = page
        self._list = applications
        self._changed = changed
        self.last_box: QMessageBox | None = None

    def ensure(self, application_id: int, then: Callable[[], None]) -> None:
        """Call ``then`` once the application has its final PDF; say why when it cannot."""
        if self._signing.final_pdf(application_id) is not None:
            then()
            return
        problems = self._signing.problems(application_id)
        if problems:
            self.offer_check(application_id, len(problems))
            return
        choice = self._ask_for_final(self._signing.status(application_id))
        if choice == "make":
            self._make_final(application_id, then)
        elif choice == "point":
            self._point_at_final(application_id, then)
        else:
            self._say_no_final()

    def _ask_for_final(self, status: ApplicationStatus) -> str:
        box = self._box(
            self.tr("Najpierw wersja ostateczna"),
            self.tr(
                "Wniosek nie ma jeszcze wersji ostatecznej w pliku PDF. Podpisać można tylko "
                "wersję ostateczną: sprawdzoną, bez znaku wodnego „WERSJA ROBOCZA”, z sumą "
                "kontrolną danych w stopce. Wtedy podpis obejmuje dokładnie te dane, które są "
                "w programie. Program zapisze ją we wskazanym miejscu i zachowa przy wniosku."
            ),
        )
        choices: dict[QPushButton, str] = {}
        if self._exports is not None:
            make = box.addButton(
                self.tr("&Utwórz wersję ostateczną…"), QMessageBox.ButtonRole.AcceptRole
            )
            make.setObjectName("make_final")
            choices[make] = "make"
        if status is not ApplicationStatus.DRAFT:
            point = box.addButton(
                self.tr("&Wskaż gotowy plik PDF…"), QMessageBox.ButtonRole.ActionRole
            )
            point.setObjectName("point_at_final")
            choices[point] = "point"
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        return choices.get(clicked, "") if isinstance(clicked, QPushButton) else ""

    def _make_final(self, application_id: int, then: Callable[[], None]) -> None:
        exports = self._exports
        assert exports is not None
        target = ask_save_file(
            self._page,
            self.tr("Zapisz wersję ostateczną wniosku"),
            exports.suggested_file_name(application_id, draft=False, today=dt.date.today()),
            self.tr("Pliki PDF (*.pdf)"),
        )
        if target is None:
            self._say_no_final()
            return
        was_draft = self._signing.status(application_id) is ApplicationStatus.DRAFT

        def work() -> ExportResult:
            result = exports.export_pdf(application_id, target, draft=False)
            self._signing.final_pdf(application_id)  # keeps the copy that will be signed
            return result

        def done(result: ExportResult) -> None:
            text = self.tr("Zapisano wersję ostateczną wniosku: {file}. Ten plik będzie podpisany.")
            if was_draft:
                text += " " + self.tr("Wniosek sprawdzono i oznaczono jako gotowy.")
            self._list.say("✓ " + text.format(file=result.path))
            self._changed()
            QTimer.singleShot(0, then)  # after the runner has finished with this task

        self._runner.run(
            work,
            done,
            description=self.tr("Tworzenie wersji ostatecznej"),
            on_error=lambda error: self._refused(application_id, error),
        )

    def _refused(self, application_id: int, error: BaseException) -> bool:
        if isinstance(error, ValidationFailed):
            count = len(error.problems)
            QTimer.singleShot(0, lambda: self.offer_check(application_id, count))
            return True
        if isinstance(error, SignatureError | StorageError):
            self._list.say("⚠ " + _error(error))
            return True
        return False

    def _point_at_final(self, application_id: int, then: Callable[[], None]) -> None:
        path = ask_open_file(
            self._page,
            self.tr("Wskaż wersję ostateczną wniosku (PDF)"),
            self.tr("Pliki PDF (*.pdf)"),
        )
        if path is None:
            self._say_no_final()
            return
        try:
            self._signing.record_final_pdf(application_id, path)
        except (SignatureError, StorageError) as error:
            self._list.say("⚠ " + _error(error))
            return
        self._list.say(
            "✓ "
            + self.tr("Zapisano przy wniosku jego wersję ostateczną: {file}.").format(
                file=Path(path).name
            )
        )
        then()

    def _say_no_final(self) -> None:
        self._list.say(self.tr("Przerwano: wniosek nie ma jeszcze wersji ostatecznej."))

    def offer_check(self, application_id: int, count: int) -> None:
        box = self._box(
            self.tr("Wniosek ma problemy"),
            self.tr(
                "Podpisać można tylko wersję ostateczną wniosku, a powstaje ona tylko z wniosku "
                "bez problemów. Sprawdzenie znalazło problemy do poprawienia: {count}."
            ).format(count=count),
        )
        show = box.addButton(self.tr("&Pokaż problemy"), QMessageBox.ButtonRole.AcceptRole)
        show.setObjectName("show_problems")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is show:
            self._list.open(application_id).run_check()
            self._list.say(
                "⚠ "
                + self.tr(
                    "Wniosek ma problemy do poprawienia ({count}): pokazano je w edytorze. "
                    "Po ich poprawieniu wybierz znowu „Podpisz elektronicznie…”."
                ).format(count=count)
            )
        else:
            self._list.say(
                "⚠ "
                + self.tr("Przerwano: wniosek ma problemy do poprawienia ({count}).").format(
                    count=count
                )
            )

    def _box(self, title: str, text: str) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=self._page)
        box.setObjectName("final_pdf_question")
        self.last_box = box
        return box


def _error(error: SignatureError | StorageError) -> str:
    return error_text(error) if isinstance(error, SignatureError) else domain_text(error.message)
