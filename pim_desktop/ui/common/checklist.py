"""A list of things to tick (partner cities, members, meetings), keyboard-operable with Space."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem


def make_checklist(
    name: str, label: str, choices: Sequence[tuple[int, str]], checked: Iterable[int]
) -> QListWidget:
    widget = QListWidget()
    widget.setObjectName(name)
    widget.setAccessibleName(label)
    ticked = set(checked)
    for choice_id, text in choices:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, choice_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(
            Qt.CheckState.Checked if choice_id in ticked else Qt.CheckState.Unchecked
        )
        widget.addItem(item)
    if not choices:
        widget.addItem(QCoreApplication.translate("Checklist", "(brak pozycji do wyboru)"))
    return widget


def checked_ids(widget: QListWidget) -> tuple[int, ...]:
    found = []
    for row in range(widget.count()):
        item = widget.item(row)
        value = item.data(Qt.ItemDataRole.UserRole)
        if value is not None and item.checkState() == Qt.CheckState.Checked:
            found.append(int(value))
    return tuple(found)


def set_checked(widget: QListWidget, label: str, checked: bool = True) -> None:
    """Tick the item whose text starts with ``label`` (for tests and keyboard helpers)."""
    for row in range(widget.count()):
        item = widget.item(row)
        if item.text().startswith(label):
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            return
    raise LookupError(label)
