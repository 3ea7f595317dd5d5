"""The choice an officer makes when a colleague saved the same fields of a record meanwhile.

Each field both changed is shown side by side: the value both started from, the colleague's,
the officer's own; the officer takes theirs, keeps their own, or (for text) writes the two
together. Nothing is saved here: the caller saves the choices against the newer version. Any
record that carries a version (an application, a member, a meeting, an action) uses this one
dialog.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pim_desktop.domain.dates import moment_text
from pim_desktop.domain.edit_conflicts import EditConflict, FieldConflict
from pim_desktop.ui.common.dialog_buttons import Button, accept_cancel_buttons
from pim_desktop.ui.common.screen_fit import fit_to_screen

Display = Callable[[str, Any], str]

TAKE_THEIRS, KEEP_YOURS, MERGE = 1, 2, 3
PANE_LINES = 6


def plain_display(field_id: str, value: Any) -> str:
    """A value as words when the caller has no better way: empty as "—", text as it is."""
    if value is None or value in ("", [], {}):
        return "—"
    if isinstance(value, bool):
        if value:
            return QCoreApplication.translate("ConflictDialog", "tak")
        return QCoreApplication.translate("ConflictDialog", "nie")
    if isinstance(value, str | int | float):
        return str(value)
    return json.dumps(value, ensure_ascii=False, indent=1)


def is_text(conflict: FieldConflict) -> bool:
    """Text can be written together by hand; other values are taken whole from one side."""
    sides = (conflict.theirs, conflict.yours)
    return all(side is None or isinstance(side, str) for side in sides) and any(
        isinstance(side, str) for side in sides
    )


def theirs_title(conflict: EditConflict) -> str:
    """ "Ich wersja (Anna Nowak, 14:05)": who wrote the stored version and when, as far as known."""
    parts = [conflict.changed_by] if conflict.changed_by else []
    if conflict.changed_at is not None:
        local = conflict.changed_at.astimezone()
        today = dt.datetime.now().astimezone().date()
        parts.append(
            local.strftime("%H:%M") if local.date() == today else moment_text(conflict.changed_at)
        )
    title = QCoreApplication.translate("ConflictDialog", "Ich wersja")
    return f"{title} ({', '.join(parts)})" if parts else title


class FieldChoice(QGroupBox):
    """One field both changed: the three values side by side and the officer's choice."""

    chosen = Signal()

    def __init__(
        self, conflict: FieldConflict, label: str, their_title: str, display: Display
    ) -> None:
        super().__init__(label)
        self.conflict = conflict
        self.setObjectName(f"conflict_{conflict.field_id}")
        self.setAccessibleName(label)
        layout = QGridLayout(self)
        panes = (
            (self.tr("Oryginał"), conflict.original, "original"),
            (their_title, conflict.theirs, "theirs"),
            (self.tr("Twoja wersja"), conflict.yours, "yours"),
        )
        for column, (title, value, name) in enumerate(panes):
            heading = QLabel(title)
            heading.setWordWrap(True)
            layout.addWidget(heading, 0, column)
            pane = self._pane(f"{title}: {label}", display(conflict.field_id, value))
            pane.setObjectName(f"conflict_{name}")
            pane.setReadOnly(True)
            heading.setBuddy(pane)
            layout.addWidget(pane, 1, column)
            layout.setColumnStretch(column, 1)
        self.group = QButtonGroup(self)
        self.buttons: dict[int, QRadioButton] = {}
        options = [(TAKE_THEIRS, self.tr("Weź ich")), (KEEP_YOURS, self.tr("Zostaw moją"))]
        if is_text(conflict):
            options.append((MERGE, self.tr("Połącz")))
        for column, (choice, text) in enumerate(options):
            button = QRadioButton(text)
            button.setObjectName(f"conflict_choice_{choice}")
            button.setAccessibleName(f"{text}: {label}")
            self.group.addButton(button, choice)
            self.buttons[choice] = button
            layout.addWidget(button, 2, column)
        self.merged: QPlainTextEdit | None = None
        if is_text(conflict):
            self.merged = self._pane(
                self.tr("Połączona wersja: {label}").format(label=label), conflict.yours or ""
            )
            self.merged.setObjectName("conflict_merged")
            self.merged.setEnabled(False)
            self.merged.setPlaceholderText(self.tr("Wybierz „Połącz”, aby napisać obie razem."))
            layout.addWidget(self.merged, 3, 0, 1, 3)
        self.group.idToggled.connect(self._on_group_toggled)

    def _pane(self, name: str, text: str) -> QPlainTextEdit:
        pane = QPlainTextEdit(text)
        pane.setAccessibleName(name)
        pane.setTabChangesFocus(True)
        lines = self.fontMetrics().lineSpacing()
        pane.setMinimumHeight(lines * 3)
        pane.setMaximumHeight(lines * PANE_LINES)
        return pane

    def _on_group_toggled(self, choice: int, checked: bool) -> None:
        if not checked:
            return
        if self.merged is not None:
            self.merged.setEnabled(choice == MERGE)
        self.chosen.emit()

    def is_chosen(self) -> bool:
        return self.group.checkedId() in self.buttons

    def value(self) -> Any:
        """The value chosen (the officer's own until a choice is made)."""
        choice = self.group.checkedId()
        if choice == TAKE_THEIRS:
            return self.conflict.theirs
        if choice == MERGE and self.merged is not None:
            return self.merged.toPlainText()
        return self.conflict.yours


class ConflictDialog(QDialog):
    """Asks, field by field, which value the save should write; ``choices()`` gives them."""

    def __init__(
        self,
        conflict: EditConflict,
        labels: Mapping[str, str],
        parent: QWidget | None = None,
        display: Display | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflict_dialog")
        title = self.tr("Te same pola zmieniła inna osoba")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        shown = display or plain_display
        layout = QVBoxLayout(self)
        intro = QLabel(self._intro_text(conflict))
        intro.setObjectName("conflict_intro")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        their_title = theirs_title(conflict)
        body = QWidget()
        fields = QVBoxLayout(body)
        self.fields: list[FieldChoice] = []
        for item in conflict.outcome.conflicts:
            label = labels.get(item.field_id) or conflict.labels.get(item.field_id, item.field_id)
            choice = FieldChoice(item, label, their_title, shown)
            choice.chosen.connect(self._on_field_chosen)
            fields.addWidget(choice)
            self.fields.append(choice)
        fields.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("conflict_fields")
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        self.status = QLabel()
        self.status.setObjectName("conflict_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons, self.save_button = accept_cancel_buttons(
            self, self.tr("&Zapisz wybrane"), "conflict_save", kind=Button.Save
        )
        layout.addWidget(buttons)
        fit_to_screen(self, 1040, 160 + 300 * min(len(self.fields), 3))
        self._on_field_chosen()
        if self.fields:
            first = self.fields[0].buttons[TAKE_THEIRS]
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _intro_text(self, conflict: EditConflict) -> str:
        who = conflict.changed_by or self.tr("Inna osoba")
        return self.tr(
            "{who} zapisał(a) w tym czasie zmiany tych samych pól. Nic jeszcze nie zapisano. "
            "Przy każdym polu wybierz: weź ich wersję, zostaw swoją albo połącz obie."
        ).format(who=who)

    def _on_field_chosen(self) -> None:
        left = sum(1 for field in self.fields if not field.is_chosen())
        self.save_button.setEnabled(left == 0)
        if left:
            self.status.setText(
                self.tr(
                    "Pola bez wybranej wersji: {count}. Zapis będzie możliwy po wyborze."
                ).format(count=left)
            )
        else:
            self.status.setText(self.tr("Każde pole ma wybraną wersję."))

    def choices(self) -> dict[str, Any]:
        """Field by field, the value the officer chose (their own where nothing was chosen)."""
        return {field.conflict.field_id: field.value() for field in self.fields}


def resolve_conflict(
    parent: QWidget | None,
    conflict: EditConflict,
    labels: Mapping[str, str],
    display: Display | None = None,
) -> dict[str, Any] | None:
    """Show the conflict and return the officer's choices (``None``: cancelled, nothing chosen;
    the caller keeps the officer's edits on screen, unsaved, and says so)."""
    dialog = ConflictDialog(conflict, labels, parent, display)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choices()
    finally:
        dialog.deleteLater()
