"""An attachment field: files kept in the data folder, listed with their size and SHA-256."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from pim_desktop.domain.forms.definition import FieldDefinition
from pim_desktop.ui.applications.form_fields.field_widget import FieldWidget
from pim_desktop.ui.common.file_dialogs import ask_open_file
from pim_desktop.ui.translations import polish_locale

StoreFile = Callable[[Path], dict[str, object]]


def describe_file(reference: dict[str, object]) -> str:
    size = reference.get("size")
    size_text = polish_locale().formattedDataSize(int(size)) if isinstance(size, int) else ""
    sha = str(reference.get("sha256", ""))
    return f"{reference.get('file_name', '')} ({size_text}, SHA-256 {sha[:12]}…)"


class AttachmentField(FieldWidget):
    def __init__(
        self, field: FieldDefinition, store_file: StoreFile, parent: QWidget | None = None
    ) -> None:
        super().__init__(field, parent)
        self._store_file = store_file
        self._files: list[dict[str, object]] = []
        self.files = QListWidget()
        self.files.setObjectName(field.id)
        self.files.setAccessibleName(self.accessible_label())
        self.files.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        self.body.addWidget(self.files)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Dodaj &plik…"))
        self.add_button.setObjectName(f"{field.id}__add_file")
        self.add_button.setAccessibleName(self.tr("Dodaj plik: {label}").format(label=field.label))
        self.add_button.clicked.connect(self.choose_file)
        self.remove_button = QPushButton(self.tr("Usuń plik"))
        self.remove_button.setObjectName(f"{field.id}__remove_file")
        self.remove_button.setAccessibleName(
            self.tr("Usuń plik: {label}").format(label=field.label)
        )
        self.remove_button.clicked.connect(self.remove_file)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        self.body.addLayout(row)

    def choose_file(self) -> None:
        if self.field.accept:
            patterns = " ".join(f"*{ext}" for ext in self.field.accept)
            name_filter = self.tr("Dozwolone pliki ({patterns})").format(patterns=patterns)
        else:
            name_filter = self.tr("Wszystkie pliki (*)")
        source = ask_open_file(
            self,
            self.tr("Wybierz plik: {label}").format(label=self.field.label),
            name_filter,
            purpose="attachment",
        )
        if source is not None:
            self.add_file(source)

    def add_file(self, path: Path) -> None:
        reference = self._store_file(path)
        if self.field.multiple:
            self._files.append(reference)
        else:
            self._files = [reference]
        self._refresh()
        self._report()

    def remove_file(self) -> None:
        row = self.files.currentRow()
        if 0 <= row < len(self._files):
            del self._files[row]
            self._refresh()
            self._report()

    def _refresh(self) -> None:
        self.files.clear()
        for reference in self._files:
            self.files.addItem(QListWidgetItem(describe_file(reference)))

    def value(self) -> object:
        if self.field.multiple:
            return list(self._files)
        return dict(self._files[0]) if self._files else None

    def _show_value(self, value: object) -> None:
        if isinstance(value, dict):
            self._files = [value]
        elif isinstance(value, list):
            self._files = [item for item in value if isinstance(item, dict)]
        else:
            self._files = []
        self._refresh()

    def editors(self) -> list[QWidget]:
        return [self.files, self.add_button, self.remove_button]

    def focus_part(self, address: object) -> None:
        self.add_button.setFocus()
