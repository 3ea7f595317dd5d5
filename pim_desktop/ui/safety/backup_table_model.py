"""The dated backups as a table model: when each was taken and how big it is."""

from __future__ import annotations

from PySide6.QtCore import QObject

from pim_desktop.services.backup_service import Backup
from pim_desktop.ui.common.dates import moment_text
from pim_desktop.ui.common.rows_table_model import RIGHT, RowsTableModel, TableColumn


def file_size_text(size: int) -> str:
    """``4,6 MB`` / ``56 kB``: the size the Polish way, as a file manager shows it."""
    if size >= 1 << 20:
        return f"{size / (1 << 20):.1f}".replace(".", ",") + "\u00a0MB"
    return f"{max(round(size / 1024), 1)}\u00a0kB"


class BackupTableModel(RowsTableModel[Backup]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent=parent)

        def path(backup: Backup) -> str:
            return str(backup.path)

        self.set_columns(
            [
                TableColumn(
                    self.tr("Data utworzenia"),
                    lambda b: moment_text(b.taken_at, seconds=True),
                    tooltip=path,
                ),
                TableColumn(
                    self.tr("Rozmiar"),
                    lambda b: file_size_text(b.size),
                    alignment=RIGHT,
                    tooltip=path,
                ),
                TableColumn(self.tr("Plik"), lambda b: b.path.name, tooltip=path),
            ]
        )

    def backup(self, row: int) -> Backup:
        return self.row(row)
