"""Shows what a CSV import would do before anything is written: the rows that will be added and
every refused row with its line and reason. The page writes only when the officer confirms."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pim_desktop.domain.partnership import ROLE_LABELS, SECTOR_LABELS
from pim_desktop.services.member_csv import ImportPreview
from pim_desktop.ui.labels import domain_text


class MemberImportDialog(QDialog):
    def __init__(self, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Import członków z pliku CSV"))
        self.setAccessibleName(self.windowTitle())
        accepted, rejected = len(preview.accepted), len(preview.rejected)
        summary = QLabel(
            self.tr(
                "Plik {file} (kodowanie {encoding}): {accepted} wierszy można dopisać, "
                "{rejected} odrzucono. Nic nie zostało jeszcze zapisane."
            ).format(
                file=preview.file_name,
                encoding=preview.encoding,
                accepted=accepted,
                rejected=rejected,
            )
        )
        summary.setObjectName("import_summary")
        summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        if preview.ignored_columns:
            ignored = QLabel(
                self.tr("Pominięte kolumny (nieznane nagłówki): {columns}").format(
                    columns=", ".join(preview.ignored_columns)
                )
            )
            ignored.setWordWrap(True)
            layout.addWidget(ignored)
        layout.addWidget(self._build_tabs(preview), 1)
        layout.addWidget(self._build_buttons(accepted))

    def _build_tabs(self, preview: ImportPreview) -> QTabWidget:
        accepted, rejected = len(preview.accepted), len(preview.rejected)
        self.tabs = QTabWidget()
        self.rejected_table = self._table(
            "rejected_rows",
            [self.tr("Wiersz"), self.tr("Powód odrzucenia"), self.tr("Treść wiersza")],
            [(str(row.line), row.reasons(domain_text), row.text) for row in preview.rejected],
        )
        self.accepted_table = self._table(
            "accepted_rows",
            [self.tr("Wiersz"), self.tr("Członek"), self.tr("Sektor"), self.tr("Rola")],
            [
                (
                    str(row.line),
                    row.member.display_name,
                    domain_text(SECTOR_LABELS[row.member.sector]),
                    domain_text(ROLE_LABELS[row.member.role]),
                )
                for row in preview.accepted
            ],
        )
        self.tabs.addTab(
            self.rejected_table, self.tr("&Odrzucone ({count})").format(count=rejected)
        )
        self.tabs.addTab(
            self.accepted_table, self.tr("&Do dopisania ({count})").format(count=accepted)
        )
        self.tabs.setCurrentIndex(0 if rejected else 1)
        return self.tabs

    def _build_buttons(self, accepted: int) -> QDialogButtonBox:
        buttons = QDialogButtonBox()
        self.confirm = buttons.addButton(
            self.tr("&Dopisz {count} członków").format(count=accepted),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.confirm.setObjectName("confirm_import")
        self.confirm.setEnabled(accepted > 0)
        cancel = buttons.addButton(self.tr("Anuluj"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancel_import")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        return buttons

    def _table(self, name: str, titles: list[str], rows: list[tuple[str, ...]]) -> QTableWidget:
        table = QTableWidget(len(rows), len(titles))
        table.setObjectName(name)
        table.setAccessibleName(titles[1])
        table.setHorizontalHeaderLabels(titles)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        for row_number, values in enumerate(rows):
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                table.setItem(row_number, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()
        return table
