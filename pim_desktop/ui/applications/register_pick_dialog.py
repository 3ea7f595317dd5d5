"""Picks members of the Local Partnership register to enter into an application's table.

Every present member is listed with its sector and role; those the table already names are
shown as such and left unticked, the others are ticked. Space ticks, Enter adds.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pim_desktop.domain.forms.register_rows import Candidate
from pim_desktop.domain.partnership import ROLE_LABELS, SECTOR_LABELS
from pim_desktop.ui.common.dialog_buttons import accept_cancel_buttons
from pim_desktop.ui.common.screen_fit import fit_to_screen
from pim_desktop.ui.labels import domain_text


class RegisterPickDialog(QDialog):
    def __init__(
        self, candidates: list[Candidate], room: int | None, parent: QWidget | None = None
    ) -> None:
        """``room``: how many rows the table can still take (None: no limit)."""
        super().__init__(parent)
        self._candidates = candidates
        self._room = room
        self.setObjectName("register_pick")
        title = self.tr("Członkowie z rejestru Lokalnego Partnerstwa")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Zaznacz członków, których wpisać do tabeli. Nazwa, sektor i rola przechodzą "
                "z rejestru; mieszkańca bez zgody na publikację nazwiska wpisuje się bez niego."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.members = QListWidget()
        self.members.setObjectName("register_members")
        self.members.setAccessibleName(self.tr("Członkowie rejestru"))
        for candidate in candidates:
            self.members.addItem(self._item(candidate))
        label = QLabel(self.tr("&Członkowie:"))
        label.setBuddy(self.members)
        layout.addWidget(label)
        layout.addWidget(self.members, 1)
        self.summary = QLabel()
        self.summary.setObjectName("register_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        row = QHBoxLayout()
        self.all_button = QPushButton(self.tr("Zaznacz &wszystkich"))
        self.all_button.clicked.connect(lambda: self._tick_all(Qt.CheckState.Checked))
        self.none_button = QPushButton(self.tr("&Odznacz wszystkich"))
        self.none_button.clicked.connect(lambda: self._tick_all(Qt.CheckState.Unchecked))
        row.addWidget(self.all_button)
        row.addWidget(self.none_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.buttons, self.add_button = accept_cancel_buttons(self, accept_name="register_add")
        layout.addWidget(self.buttons)
        self.members.itemChanged.connect(lambda _item: self._update())
        if self.members.count():
            self.members.setCurrentRow(0)
        self._update()
        fit_to_screen(
            self, self.fontMetrics().averageCharWidth() * 80, self.fontMetrics().height() * 28
        )

    def _item(self, candidate: Candidate) -> QListWidgetItem:
        member = candidate.member
        parts = [
            str(candidate.row.get("name", member.display_name)),
            domain_text(SECTOR_LABELS[member.sector]),
            domain_text(ROLE_LABELS[member.role]),
        ]
        text = " — ".join(parts)
        if candidate.already_in_table:
            text += " " + self.tr("(już w tabeli)")
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        ticked = not candidate.already_in_table
        item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
        return item

    def _tick_all(self, state: Qt.CheckState) -> None:
        for index in range(self.members.count()):
            self.members.item(index).setCheckState(state)

    def chosen(self) -> list[Candidate]:
        return [
            candidate
            for index, candidate in enumerate(self._candidates)
            if self.members.item(index).checkState() is Qt.CheckState.Checked
        ]

    def _update(self) -> None:
        count = len(self.chosen())
        self.add_button.setText(self.tr("&Dodaj zaznaczonych: {count}").format(count=count))
        self.add_button.setEnabled(count > 0)
        if self._room is not None and count > self._room:
            self.summary.setText(
                "⚠ "
                + self.tr(
                    "Zaznaczono {count}, a tabela zmieści jeszcze tylko tyle wierszy: {room}. "
                    "Pozostali nie zostaną dodani."
                ).format(count=count, room=self._room)
            )
        else:
            self.summary.setText("")
