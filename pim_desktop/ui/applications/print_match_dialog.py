"""Sprawdź zgodność wydruku: which application and version a PDF or a typed checksum belongs to."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pim_desktop.domain.canonical import grouped
from pim_desktop.services.application_export_service import (
    ApplicationExportService,
    MatchResult,
)
from pim_desktop.services.errors import StorageError
from pim_desktop.ui.common.dates import moment_text
from pim_desktop.ui.common.file_dialogs import ask_open_file
from pim_desktop.ui.common.pdf_printing import pdf_document
from pim_desktop.ui.common.screen_fit import fit_to_screen
from pim_desktop.ui.labels import domain_text


class PrintMatchDialog(QDialog):
    def __init__(self, exports: ApplicationExportService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._exports = exports
        self.setWindowTitle(self.tr("Sprawdź zgodność wydruku"))
        self.setAccessibleName(self.tr("Sprawdź zgodność wydruku"))
        fit_to_screen(self, 640, 360)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Wybierz plik PDF wniosku albo przepisz sumę kontrolną ze stopki wydruku. "
                "Program powie, do którego wniosku i której wersji należy wydruk."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        file_row = QHBoxLayout()
        self.file_button = QPushButton(self.tr("&Wybierz plik PDF…"))
        self.file_button.setObjectName("match_choose_file")
        self.file_button.setAccessibleName(self.tr("Wybierz plik PDF wydruku"))
        self.file_button.clicked.connect(self._on_file_clicked)
        file_row.addWidget(self.file_button)
        file_row.addStretch(1)
        form.addRow(self.tr("Plik:"), file_row)
        checksum_row = QHBoxLayout()
        self.checksum = QLineEdit()
        self.checksum.setObjectName("match_checksum")
        self.checksum.setAccessibleName(self.tr("Suma kontrolna z wydruku"))
        self.checksum.setPlaceholderText("3F9A-1B2C-…")
        self.checksum.returnPressed.connect(self.check_typed)
        self.check_button = QPushButton(self.tr("&Sprawdź"))
        self.check_button.setObjectName("match_check")
        self.check_button.setAccessibleName(self.tr("Sprawdź wpisaną sumę kontrolną"))
        self.check_button.clicked.connect(self.check_typed)
        checksum_row.addWidget(self.checksum, 1)
        checksum_row.addWidget(self.check_button)
        checksum_label = QLabel(self.tr("Suma &kontrolna:"))
        checksum_label.setBuddy(self.checksum)
        form.addRow(checksum_label, checksum_row)
        layout.addLayout(form)
        self.outcome = QLabel()
        self.outcome.setObjectName("match_result")
        self.outcome.setAccessibleName(self.tr("Wynik sprawdzenia"))
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.RichText)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.outcome, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _on_file_clicked(self) -> None:
        source = ask_open_file(
            self,
            self.tr("Wybierz plik PDF wydruku"),
            self.tr("Dokument PDF (*.pdf)"),
            purpose="printed-pdf",
        )
        if source is not None:
            self.check_file(source)

    def check_file(self, path: Path) -> MatchResult | None:
        """Match a PDF; when its bytes hold no checksum, QtPdf reads the text of its pages."""
        try:
            result = self._exports.match_file(path)
            if not result.checksums:
                result = self._exports.match_text(_page_text(path))
        except OSError as error:
            self._show(
                self.tr("Nie można odczytać pliku: {reason}").format(
                    reason=error.strerror or str(error)
                )
            )
            return None
        except StorageError as error:
            self._show(domain_text(error.message))
            return None
        if not result.checksums:
            self._show(
                self.tr("W pliku {name} nie znaleziono sumy kontrolnej wniosku.").format(
                    name=path.name
                )
            )
            return result
        self._show_result(result, path.name)
        return result

    def check_typed(self) -> MatchResult | None:
        typed = self.checksum.text().strip()
        if not typed:
            return None
        try:
            result = self._exports.match(typed)
        except StorageError as error:
            self._show(domain_text(error.message))
            return None
        if not result.checksums:
            self._show(
                self.tr(
                    "To nie jest suma kontrolna: ma ona 64 znaki 0–9 i A–F, w stopce wydruku "
                    "zapisane w grupach po cztery."
                )
            )
            return result
        self._show_result(result, "")
        return result

    def _show_result(self, result: MatchResult, source: str) -> None:
        plain = [self.tr("Plik: {name}").format(name=source)] if source else []
        plain += [
            self.tr("Suma kontrolna: {checksum}").format(checksum=grouped(checksum))
            for checksum in result.checksums
        ]
        if not result.matches:
            plain.append(
                "✗ " + self.tr("Wydruk nie pasuje do żadnego wniosku ani zapisanego wydruku.")
            )
        lines = [html.escape(line) for line in plain]
        for match in result.matches:
            application = match.application
            where = self.tr(
                "Wniosek nr {id}, wersja {version} ({edition}, {role}, {network})"
            ).format(
                id=application.id,
                version=application.version_number,
                edition=match.definition.edition.name,
                role=match.role_label,
                network=match.network_name,
            )
            if match.current:
                verdict = self.tr("zgodny z obecnymi danymi wniosku")
            else:
                verdict = self.tr(
                    "zgodny z danymi z chwili wydruku; od tego czasu wniosek zmieniono"
                )
            lines.append(f"✓ <b>{html.escape(where)}</b>: {html.escape(verdict)}.")
            for record in match.prints:
                when = moment_text(record.printed_at)
                place = record.file_path or self.tr("wydrukowano na drukarce")
                text = self.tr("wydruk ostateczny z {when}: {place}").format(when=when, place=place)
                lines.append("&nbsp;&nbsp;&nbsp;" + html.escape(text))
        self.outcome.setText("<br>".join(lines))

    def _show(self, text: str) -> None:
        self.outcome.setText(html.escape(text))

    def result_text(self) -> str:
        return self.outcome.text()


def _page_text(path: Path) -> str:
    """The text of every page, as QtPdf extracts it (for PDFs re-saved by other programs)."""
    document = pdf_document(path.read_bytes())
    try:
        return "\n".join(document.getAllText(page).text() for page in range(document.pageCount()))
    finally:
        document.deleteLater()
