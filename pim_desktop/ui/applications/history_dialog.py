"""Historia zmian: every recorded change of an application, newest first.

Changes since the application last left in a portable file are marked and can be shown alone,
so the officer sees what a colleague or the Leader city has not seen yet.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pim_desktop.domain.forms.definition import FormDefinition
from pim_desktop.services.application_service import ApplicationHistory
from pim_desktop.ui.applications.history_table_model import SINCE_EXPORT_ROLE, HistoryTableModel
from pim_desktop.ui.common.dates import moment_text
from pim_desktop.ui.common.screen_fit import fit_to_screen


class _SinceExportFilter(QSortFilterProxyModel):
    def __init__(self) -> None:
        super().__init__()
        self.only_since_export = False

    def set_only_since_export(self, only: bool) -> None:
        self.beginFilterChange()
        self.only_since_export = only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: object) -> bool:
        if not self.only_since_export:
            return True
        model = self.sourceModel()
        return bool(model.index(source_row, 0).data(SINCE_EXPORT_ROLE))


class HistoryDialog(QDialog):
    def __init__(
        self, definition: FormDefinition, history: ApplicationHistory, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("history")
        title = self.tr("Historia zmian wniosku")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        fit_to_screen(self, 900, 560)
        layout = QVBoxLayout(self)
        text = self._summary_text(history)
        self.summary = QLabel(text)
        self.summary.setObjectName("history_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.only_since = QCheckBox(self.tr("Pokaż tylko zmiany od ostatniego &eksportu"))
        self.only_since.setObjectName("only_since_export")
        self.only_since.setAccessibleName(self.tr("Pokaż tylko zmiany od ostatniego eksportu"))
        self.only_since.setEnabled(history.last_export is not None)
        layout.addWidget(self.only_since)
        self.model = HistoryTableModel(definition)
        self.model.set_history(history)
        self.proxy = _SinceExportFilter()
        self.proxy.setSourceModel(self.model)
        self.table = self._build_table()
        layout.addWidget(self.table, 1)
        self.details = QPlainTextEdit()
        self.details.setObjectName("history_details")
        self.details.setAccessibleName(self.tr("Szczegóły wybranej zmiany"))
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(self.fontMetrics().lineSpacing() * 8)
        self.details.setPlaceholderText(self.tr("Wybierz zmianę, aby zobaczyć pełne wartości."))
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Zamknij"))
        close.setAccessibleName(self.tr("Zamknij"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.only_since.toggled.connect(self.proxy.set_only_since_export)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_row_changed)
        if self.proxy.rowCount():
            self.table.selectRow(0)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_table_row_changed(self, current: QModelIndex) -> None:
        if not current.isValid():
            self.details.clear()
            return
        self.details.setPlainText(self.model.details(self.proxy.mapToSource(current).row()))

    def _summary_text(self, history: ApplicationHistory) -> str:
        if history.last_export is None:
            return self.tr(
                "Wniosek nie był jeszcze eksportowany do pliku .pim; pokazano wszystkie zmiany "
                "({count}), od najnowszej."
            ).format(count=len(history.changes))
        since = [change for change in history.changes if history.since_last_export(change)]
        return self.tr(
            "Ostatni eksport do pliku .pim: {when}. Zmiany od tamtej chwili ({count}) są "
            "oznaczone znakiem ● i pogrubione."
        ).format(when=moment_text(history.last_export), count=len(since))

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("history_table")
        table.setAccessibleName(self.tr("Zmiany wniosku"))
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.ResizeToContents)
        return table

    def visible_rows(self) -> list[list[str]]:
        """What the table shows, row by row (for tests and for reading aloud)."""
        return [
            [
                str(self.proxy.index(row, column).data() or "")
                for column in range(self.proxy.columnCount())
            ]
            for row in range(self.proxy.rowCount())
        ]
