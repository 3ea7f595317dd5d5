"""Adds or edits a task a meeting gave: what, who (a member or a name typed in), by when, done."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from pim_desktop.domain.collation import polish_sort_key
from pim_desktop.domain.meeting import Task, check_task
from pim_desktop.domain.partnership import Member
from pim_desktop.ui.common.dialog_buttons import accept_cancel_buttons
from pim_desktop.ui.common.look import mark_problem_text
from pim_desktop.ui.common.optional_date_edit import OptionalDateEdit
from pim_desktop.ui.labels import problems_text


class TaskDialog(QDialog):
    def __init__(
        self, members: list[Member], task: Task | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._original = task or Task("")
        self.setWindowTitle(self.tr("Nowe zadanie") if task is None else self.tr("Zadanie"))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        mark_problem_text(self.problems)
        self.problems.hide()
        layout.addWidget(self.problems)
        form = QFormLayout()
        layout.addLayout(form)
        self.description = QPlainTextEdit(self._original.description)
        self.description.setObjectName("task_description")
        self.description.setTabChangesFocus(True)
        self.owner = QComboBox()
        self.owner.setObjectName("task_owner")
        self.owner.addItem(self.tr("— ktoś spoza rejestru (wpisz niżej) —"), None)
        for member in sorted(members, key=lambda m: polish_sort_key(m.display_name)):
            self.owner.addItem(member.display_name, member.id)
        self.owner.setCurrentIndex(max(self.owner.findData(self._original.owner_member_id), 0))
        self.owner_name = QLineEdit(self._original.owner_name)
        self.owner_name.setObjectName("task_owner_name")
        self.due = OptionalDateEdit(self.tr("podano"), self.tr("Termin zadania"))
        self.due.set_value(self._original.due_on)
        self.done_on = OptionalDateEdit(self.tr("wykonane"), self.tr("Data wykonania zadania"))
        self.done_on.set_value(self._original.done_on)
        for widget, label in (
            (self.description, self.tr("Zad&anie:")),
            (self.owner, self.tr("&Odpowiada:")),
            (self.owner_name, self.tr("&Inna osoba:")),
        ):
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
            caption = QLabel(label)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        form.addRow(self.tr("Termin:"), self.due)
        form.addRow(self.tr("Wykonano:"), self.done_on)
        self.owner.currentIndexChanged.connect(self._on_owner_changed)
        self._on_owner_changed()
        buttons, _save = accept_cancel_buttons(
            self, self.tr("&Zapisz"), kind=QDialogButtonBox.StandardButton.Save
        )
        layout.addWidget(buttons)

    def _on_owner_changed(self) -> None:
        self.owner_name.setEnabled(self.owner.currentData() is None)

    def value(self) -> Task:
        owner = self.owner.currentData()
        return replace(
            self._original,
            description=self.description.toPlainText().strip(),
            owner_member_id=int(owner) if owner is not None else None,
            owner_name="" if owner is not None else self.owner_name.text().strip(),
            due_on=self.due.value(),
            done_on=self.done_on.value(),
        )

    def accept(self) -> None:
        problems = check_task(self.value())
        if problems:
            self.problems.setText("⚠ " + problems_text(problems))
            self.problems.show()
            return
        super().accept()
