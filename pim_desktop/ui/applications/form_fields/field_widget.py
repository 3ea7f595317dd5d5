"""The frame every form field shares: label, help, the editor, and the field's problems.

A field widget shows a value and reports each change the officer makes through ``edited``;
setting a value from code never reports it, so undo and reloading cannot echo back as edits.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractButton, QLabel, QVBoxLayout, QWidget

from pim_desktop.domain.forms.addresses import FieldAddress
from pim_desktop.domain.forms.definition import FieldDefinition
from pim_desktop.ui.common.look import mark_invalid, mark_problem_text, mark_secondary_text


class FieldWidget(QWidget):
    edited = Signal(object)

    def __init__(self, field: FieldDefinition, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self._updating = False
        self.setObjectName(f"field_{field.id}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        required = " *" if field.required else ""
        self.title = QLabel(f"<b>{field.label}</b>{required}")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        if field.help:
            help_label = QLabel(field.help)
            help_label.setWordWrap(True)
            help_label.setObjectName(f"help_{field.id}")
            mark_secondary_text(help_label)
            layout.addWidget(help_label)
        self.body = QVBoxLayout()
        layout.addLayout(self.body)
        self.problem_label = QLabel()
        self.problem_label.setObjectName(f"problem_{field.id}")
        self.problem_label.setWordWrap(True)
        mark_problem_text(self.problem_label)
        self.problem_label.hide()
        layout.addWidget(self.problem_label)

    # --- what subclasses provide ------------------------------------------------------------

    def value(self) -> object:
        raise NotImplementedError

    def _show_value(self, value: object) -> None:
        raise NotImplementedError

    def focus_part(self, address: FieldAddress) -> None:
        """Put the keyboard focus where ``address`` points (the field, a row, a part)."""
        self.setFocus()

    def editors(self) -> list[QWidget]:
        """The widgets that take input (they follow the read-only state)."""
        return []

    def framed(self) -> list[QWidget]:
        """The widgets that get the red frame of a field with problems (not its buttons)."""
        return [w for w in self.editors() if not isinstance(w, QAbstractButton)]

    # --- shared behaviour -------------------------------------------------------------------

    def set_value(self, value: object) -> None:
        self._updating = True
        try:
            self._show_value(value)
        finally:
            self._updating = False

    def _report(self) -> None:
        if not self._updating:
            self.edited.emit(self.value())

    def accessible_label(self) -> str:
        return self.field.label + (" (" + self.tr("wymagane") + ")" if self.field.required else "")

    def set_problems(self, messages: list[str]) -> None:
        for editor in self.framed():
            mark_invalid(editor, bool(messages))
            editor.setAccessibleDescription(" ".join(messages))
        if messages:
            self.problem_label.setText("\n".join("⚠ " + m for m in messages))
            self.problem_label.show()
        else:
            self.problem_label.hide()

    def problems_text(self) -> str:
        return "" if self.problem_label.isHidden() else self.problem_label.text()

    def set_read_only(self, read_only: bool) -> None:
        for editor in self.editors():
            editor.setEnabled(not read_only)
