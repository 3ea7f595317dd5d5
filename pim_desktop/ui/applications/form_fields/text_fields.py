"""Short and long text fields with a live "1 234 / 2 000 znaków" counter.

Nothing is ever cut: text over the limit stays whole and the counter says by how much it is over.
Undo keys go to the form's own undo stack (one stack for the whole application), so the widgets'
built-in undo is kept out of the way.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from pim_desktop.domain.forms.definition import FieldDefinition
from pim_desktop.domain.forms.values import count_chars
from pim_desktop.ui.applications.form_fields.field_widget import FieldWidget
from pim_desktop.ui.common.look import mark_problem_text
from pim_desktop.ui.labels import grouped


class UndoKeysToForm(QObject):
    """Lets Ctrl+Z / Ctrl+Y reach the form's undo actions instead of a text widget's own."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            assert isinstance(event, QKeyEvent)
            if event.matches(QKeySequence.StandardKey.Undo) or event.matches(
                QKeySequence.StandardKey.Redo
            ):
                if event.type() is QEvent.Type.ShortcutOverride:
                    event.ignore()
                return True
        return False


class _CountedText(FieldWidget):
    def _add_counter(self) -> None:
        self.counter = QLabel()
        self.counter.setObjectName(f"counter_{self.field.id}")
        self.body.addWidget(self.counter)

    def _update_counter(self, text: str) -> None:
        limit = self.field.max_chars
        count = count_chars(text)
        if limit is None:
            self.counter.setText(self.tr("Liczba znaków: {count}").format(count=grouped(count)))
            return
        shown = self.tr("{count} / {limit} znaków").format(
            count=grouped(count), limit=grouped(limit)
        )
        if count > limit:
            over = self.tr("przekroczono limit o {over}").format(over=grouped(count - limit))
            self.counter.setText(f"⚠ {shown} – {over}")
            mark_problem_text(self.counter)
        else:
            self.counter.setText(shown)
            mark_problem_text(self.counter, False)
        self.counter.setAccessibleName(self.counter.text())


class ShortTextField(_CountedText):
    def __init__(self, field: FieldDefinition, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.editor = QLineEdit()
        self.editor.setObjectName(field.id)
        self.editor.setAccessibleName(self.accessible_label())
        self.editor.installEventFilter(UndoKeysToForm(self.editor))
        self.body.addWidget(self.editor)
        self._add_counter()
        self.counter.setVisible(field.max_chars is not None)
        self.editor.textChanged.connect(self._on_text_changed)
        self._update_counter("")

    def _on_text_changed(self, text: str) -> None:
        self._update_counter(text)
        self._report()

    def value(self) -> object:
        return self.editor.text()

    def _show_value(self, value: object) -> None:
        text = value if isinstance(value, str) else ""
        if self.editor.text() != text:
            self.editor.setText(text)
        self._update_counter(text)

    def editors(self) -> list[QWidget]:
        return [self.editor]

    def focus_part(self, address: object) -> None:
        self.editor.setFocus()


class LongTextField(_CountedText):
    def __init__(self, field: FieldDefinition, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName(field.id)
        self.editor.setAccessibleName(self.accessible_label())
        self.editor.setUndoRedoEnabled(False)
        self.editor.setTabChangesFocus(True)
        self.editor.installEventFilter(UndoKeysToForm(self.editor))
        line = self.editor.fontMetrics().lineSpacing()
        self.editor.setMinimumHeight(line * 7)
        self.body.addWidget(self.editor)
        self._add_counter()
        self.editor.textChanged.connect(self._on_text_changed)
        self._update_counter("")

    def _on_text_changed(self) -> None:
        self._update_counter(self.editor.toPlainText())
        self._report()

    def value(self) -> object:
        return self.editor.toPlainText()

    def _show_value(self, value: object) -> None:
        text = value if isinstance(value, str) else ""
        if self.editor.toPlainText() != text:
            cursor = self.editor.textCursor().position()
            self.editor.setPlainText(text)
            moved = self.editor.textCursor()
            moved.setPosition(min(cursor, len(text)))
            self.editor.setTextCursor(moved)
        self._update_counter(text)

    def editors(self) -> list[QWidget]:
        return [self.editor]

    def focus_part(self, address: object) -> None:
        self.editor.setFocus()
