"""The dated backups as a table model: when each was taken and how big it is."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from pim_desktop.services.backup_service import Backup
from pim_desktop.ui.common.dates import moment_text

AnyIndex = QModelIndex | QPersistentModelIndex


def file_size_text(size: int) -> str:
    """``4,6 MB`` / ``56 kB``: the size the Polish way, as a file manager shows it."""
    if size >= 1 << 20:
        return f"{size / (1 << 20):.1f}".replace(".", ",") + "\u00a0MB"
    return f"{max(round(size / 1024), 1)}\u00a0kB"


class BackupTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Backup] = []

    def headers(self) -> list[str]:
        return [self.tr("Data utworzenia"), self.tr("Rozmiar"), self.tr("Plik")]

    def set_rows(self, rows: list[Backup]) -> None:
        """``rows`` newest first, as the service lists them."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def backup(self, row: int) -> Backup:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        backup = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (
                moment_text(backup.taken_at, seconds=True),
                file_size_text(backup.size),
                backup.path.name,
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(backup.path)
        return None
