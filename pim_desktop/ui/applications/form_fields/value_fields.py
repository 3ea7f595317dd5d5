"""Fields for numbers, money, dates, choices and declarations.

Numbers and amounts are typed the Polish way ("1 234,56") and stored exactly as canonical
decimal text ("1234.56"); what cannot be read is kept as typed, so the check can point at it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from pim_desktop.domain.forms.definition import FieldDefinition, FieldType
from pim_desktop.ui.applications.form_fields.field_widget import FieldWidget
from pim_desktop.ui.applications.form_fields.text_fields import UndoKeysToForm

_TYPED_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")
EMPTY_DATE = QDate(1900, 1, 1)


def canonical_number(typed: str) -> str:
    """``"1 234,56"`` → ``"1234.56"``; anything unreadable comes back as typed."""
    text = typed.strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
    return text if _TYPED_NUMBER.match(text) else typed.strip()


def shown_number(value: object) -> str:
    return value.replace(".", ",") if isinstance(value, str) else ""


class NumberField(FieldWidget):
    """Numbers and amounts in PLN."""

    def __init__(self, field: FieldDefinition, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        row = QHBoxLayout()
        self.editor = QLineEdit()
        self.editor.setObjectName(field.id)
        self.editor.setAccessibleName(self.accessible_label())
        self.editor.installEventFilter(UndoKeysToForm(self.editor))
        self.editor.setPlaceholderText("1 234,56" if field.type is FieldType.MONEY else "")
        row.addWidget(self.editor, 1)
        unit = "zł" if field.type is FieldType.MONEY else field.unit
        if unit:
            row.addWidget(QLabel(unit))
        self.body.addLayout(row)
        self.editor.textEdited.connect(lambda _text: self._report())

    def value(self) -> object:
        text = self.editor.text()
        return canonical_number(text) if text.strip() else ""

    def _show_value(self, value: object) -> None:
        if canonical_number(self.editor.text()) != value:
            self.editor.setText(shown_number(value))

    def editors(self) -> list[QWidget]:
        return [self.editor]

    def focus_part(self, address: object) -> None:
        self.editor.setFocus()


class DateField(FieldWidget):
    def __init__(self, field: FieldDefinition, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        row = QHBoxLayout()
        self.editor = QDateEdit()
        self.editor.setObjectName(field.id)
        self.editor.setAccessibleName(self.accessible_label())
        self.editor.setDisplayFormat("dd.MM.yyyy")
        self.editor.setCalendarPopup(True)
        self.editor.setMinimumDate(EMPTY_DATE)
        self.editor.setSpecialValueText(self.tr("nie podano"))
        self.editor.setDate(EMPTY_DATE)
        row.addWidget(self.editor)
        self.clear = QPushButton(self.tr("Wyczyść"))
        self.clear.setAccessibleName(self.tr("Wyczyść datę: {label}").format(label=field.label))
        self.clear.clicked.connect(lambda: self.editor.setDate(EMPTY_DATE))
        row.addWidget(self.clear)
        row.addStretch(1)
        self.body.addLayout(row)
        self.editor.dateChanged.connect(lambda _date: self._report())

    def value(self) -> object:
        date = self.editor.date()
        return "" if date == EMPTY_DATE else date.toString("yyyy-MM-dd")

    def _show_value(self, value: object) -> None:
        date = QDate.fromString(value, "yyyy-MM-dd") if isinstance(value, str) else QDate()
        self.editor.setDate(date if date.isValid() else EMPTY_DATE)

    def editors(self) -> list[QWidget]:
        return [self.editor, self.clear]

    def focus_part(self, address: object) -> None:
        self.editor.setFocus()


class SingleChoiceField(FieldWidget):
    def __init__(self, field: FieldDefinition, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.editor = QComboBox()
        # A long choice must not widen the section beyond a laptop screen; the list shows it whole.
        self.editor.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.editor.setMinimumContentsLength(24)
        self.editor.setObjectName(field.id)
        self.editor.setAccessibleName(self.accessible_label())
        self.editor.addItem(self.tr("— wybierz —"), None)
        for choice in field.choices:
            self.editor.addItem(choice.label, choice.value)
        self.body.addWidget(self.editor)
        self.editor.currentIndexChanged.connect(lambda _index: self._report())

    def value(self) -> object:
        data = self.editor.currentData()
        return "" if data is None else str(data)

    def _show_value(self, value: object) -> None:
        index = self.editor.findData(value) if isinstance(value, str) and value else 0
        if index < 0:
            # A value no longer offered stays visible rather than silently vanishing.
            self.editor.addItem(str(value), value)
            index = self.editor.count() - 1
        self.editor.setCurrentIndex(index)

    def editors(self) -> list[QWidget]:
        return [self.editor]

    def focus_part(self, address: object) -> None:
        self.editor.setFocus()


class MultipleChoiceField(FieldWidget):
    def __init__(self, field: FieldDefinition, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.boxes: list[tuple[str, QCheckBox]] = []
        for choice in field.choices:
            box = QCheckBox(choice.label)
            box.setObjectName(f"{field.id}__{choice.value}")
            box.setAccessibleName(f"{field.label}: {choice.label}")
            box.toggled.connect(lambda _checked: self._report())
            self.body.addWidget(box)
            self.boxes.append((choice.value, box))

    def value(self) -> object:
        return [value for value, box in self.boxes if box.isChecked()]

    def _show_value(self, value: object) -> None:
        chosen = set(value) if isinstance(value, list) else set()
        for choice_value, box in self.boxes:
            box.setChecked(choice_value in chosen)

    def editors(self) -> list[QWidget]:
        return [box for _value, box in self.boxes]

    def framed(self) -> list[QWidget]:
        return self.editors()

    def focus_part(self, address: object) -> None:
        if self.boxes:
            self.boxes[0][1].setFocus()


class DeclarationField(FieldWidget):
    def __init__(self, field: FieldDefinition, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        text = QLabel(field.text)
        text.setWordWrap(True)
        self.body.addWidget(text)
        self.editor = QCheckBox(self.tr("Składam to oświadczenie"))
        self.editor.setObjectName(field.id)
        self.editor.setAccessibleName(f"{field.label}: {field.text}")
        self.body.addWidget(self.editor)
        self.editor.toggled.connect(lambda _checked: self._report())

    def value(self) -> object:
        return self.editor.isChecked()

    def _show_value(self, value: object) -> None:
        self.editor.setChecked(value is True)

    def editors(self) -> list[QWidget]:
        return [self.editor]

    def framed(self) -> list[QWidget]:
        return self.editors()

    def focus_part(self, address: object) -> None:
        self.editor.setFocus()
