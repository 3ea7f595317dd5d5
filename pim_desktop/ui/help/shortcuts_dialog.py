"""Pomoc → Skróty klawiszowe: every shortcut of the window, read from its actions and shortcuts,
so the list cannot fall behind the program."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

NATIVE = QKeySequence.SequenceFormat.NativeText


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """(what it does, keys) for each action and shortcut of ``window`` and its pages."""
    rows: dict[str, str] = {}
    for action in window.findChildren(QAction):
        keys = action.shortcut()
        if not keys.isEmpty():
            rows.setdefault(keys.toString(NATIVE), _plain(action.text()))
    for shortcut in window.findChildren(QShortcut):
        keys = shortcut.key()
        described = shortcut.whatsThis()
        if not keys.isEmpty() and described:
            rows.setdefault(keys.toString(NATIVE), described)
    return sorted(((what, keys) for keys, what in rows.items()), key=lambda row: row[0].lower())


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("shortcuts_dialog")
        title = self.tr("Skróty klawiszowe")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 2)
        self.table.setObjectName("shortcuts")
        self.table.setAccessibleName(title)
        self.table.setHorizontalHeaderLabels([self.tr("Polecenie"), self.tr("Klawisze")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for row, (what, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(what))
            key_item = QTableWidgetItem(keys)
            key_item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(row, 1, key_item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        room = self.screen().availableGeometry()
        self.resize(min(560, room.width() * 9 // 10), min(520, room.height() * 9 // 10))
