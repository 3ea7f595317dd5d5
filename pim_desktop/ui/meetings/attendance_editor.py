"""Who came: a row per invited member with the attendance in words, who stood in for them, and
the guests from outside the register. Every change is reported at once, so nothing waits to be
saved."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pim_desktop.domain.meeting import (
    ATTENDANCE_LABELS,
    NOT_RECORDED_LABEL,
    AttendanceStatus,
    Guest,
    MeetingAttendance,
)
from pim_desktop.domain.partnership import MemberKind
from pim_desktop.ui.labels import domain_text

STATUS_COLUMN, SUBSTITUTE_COLUMN = 2, 3


class AttendanceEditor(QWidget):
    # The edited Invitation (at the version it was shown) and the one shown before the edit.
    attendance_edited = Signal(object, object)
    all_present_requested = Signal()
    guests_edited = Signal(object)  # a list of Guests

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[MeetingAttendance] = []
        self._guests: list[Guest] = []
        self._loading = False
        layout = QVBoxLayout(self)
        self.hint = QLabel()
        self.hint.setObjectName("attendance_hint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("attendance_table")
        self.table.setAccessibleName(self.tr("Obecność zaproszonych członków"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Członek"), self.tr("Osoba"), self.tr("Obecność"), self.tr("Kto zastępował")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        char = self.fontMetrics().averageCharWidth()
        self.table.setColumnWidth(1, char * 24)
        self.table.setColumnWidth(3, char * 24)
        # Enough rows to take attendance without scrolling row by row.
        self.table.setMinimumHeight(self.fontMetrics().lineSpacing() * 12)
        layout.addWidget(self.table, 4)
        self.all_present = QPushButton(self.tr("Wszyscy nieodnotowani o&becni"))
        self.all_present.setObjectName("all_present")
        self.all_present.setAccessibleName(
            self.tr("Oznacz wszystkich nieodnotowanych jako obecnych")
        )
        self.all_present.clicked.connect(self.all_present_requested)
        row = QHBoxLayout()
        row.addWidget(self.all_present)
        row.addStretch(1)
        layout.addLayout(row)
        guests = self._build_guest_inputs()
        guests.insertWidget(0, QLabel(self.tr("Goście spoza Partnerstwa:")))
        layout.addLayout(guests)
        self.guest_list = QListWidget()
        self.guest_list.setObjectName("guest_list")
        self.guest_list.setAccessibleName(self.tr("Goście spoza Partnerstwa"))
        self.guest_list.setMaximumHeight(self.fontMetrics().height() * 3)
        layout.addWidget(self.guest_list, 1)

    def _build_guest_inputs(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.guest_name = QLineEdit()
        self.guest_name.setObjectName("guest_name")
        self.guest_name.setPlaceholderText(self.tr("imię i nazwisko gościa"))
        self.guest_name.setAccessibleName(self.tr("Imię i nazwisko gościa"))
        self.guest_organisation = QLineEdit()
        self.guest_organisation.setObjectName("guest_organisation")
        self.guest_organisation.setPlaceholderText(self.tr("instytucja (nieobowiązkowo)"))
        self.guest_organisation.setAccessibleName(self.tr("Instytucja gościa"))
        self.add_guest = QPushButton(self.tr("Dodaj &gościa"))
        self.add_guest.setObjectName("add_guest")
        self.add_guest.clicked.connect(self._on_add_guest)
        self.guest_name.returnPressed.connect(self._on_add_guest)
        self.remove_guest = QPushButton(self.tr("Usuń gościa"))
        self.remove_guest.setObjectName("remove_guest")
        self.remove_guest.clicked.connect(self._on_remove_guest)
        for widget in (self.guest_name, self.guest_organisation, self.add_guest, self.remove_guest):
            row.addWidget(widget)
        return row

    def set_attendance(self, rows: list[MeetingAttendance], guests: list[Guest]) -> None:
        self._loading = True
        try:
            self._rows = list(rows)
            self.table.setRowCount(len(rows))
            for number, row in enumerate(rows):
                self._fill_row(number, row)
            self._guests = list(guests)
            self._show_guests()
        finally:
            self._loading = False
        if not rows:
            self.hint.setText(self.tr("Na to spotkanie nie zaproszono nikogo z rejestru."))
        else:
            self.hint.setText(
                self.tr("Zmiany obecności zapisują się od razu. Zastępstwo wymaga nazwiska.")
            )

    def _fill_row(self, number: int, row: MeetingAttendance) -> None:
        member = row.member
        person = "" if member.kind is MemberKind.INDIVIDUAL else member.representative.name
        for column, text in ((0, member.display_name), (1, person)):
            self.table.setItem(number, column, QTableWidgetItem(text))
        combo = QComboBox()
        combo.setObjectName(f"status_{member.id}")
        combo.setAccessibleName(self.tr("Obecność: {name}").format(name=member.display_name))
        combo.addItem(domain_text(NOT_RECORDED_LABEL), None)
        for choice in AttendanceStatus:
            combo.addItem(domain_text(ATTENDANCE_LABELS[choice]), choice.value)
        status = row.invitation.status
        combo.setCurrentIndex(combo.findData(status.value) if status else 0)
        combo.currentIndexChanged.connect(lambda _i, n=number: self._on_status_changed(n))
        self.table.setCellWidget(number, STATUS_COLUMN, combo)
        substitute = QLineEdit(row.invitation.substitute_name)
        substitute.setObjectName(f"substitute_{member.id}")
        substitute.setAccessibleName(
            self.tr("Kto zastępował: {name}").format(name=member.display_name)
        )
        substitute.setEnabled(status is AttendanceStatus.SUBSTITUTED)
        substitute.editingFinished.connect(lambda n=number: self._report(n))
        self.table.setCellWidget(number, SUBSTITUTE_COLUMN, substitute)

    def status_combo(self, member_id: int) -> QComboBox:
        combo = self.findChild(QComboBox, f"status_{member_id}")
        assert combo is not None
        return combo

    def substitute_edit(self, member_id: int) -> QLineEdit:
        edit = self.findChild(QLineEdit, f"substitute_{member_id}")
        assert edit is not None
        return edit

    def _on_status_changed(self, number: int) -> None:
        if self._loading:
            return
        member = self._rows[number].member
        combo, substitute = self.status_combo(member.id or 0), self.substitute_edit(member.id or 0)
        substituted = combo.currentData() == AttendanceStatus.SUBSTITUTED.value
        substitute.setEnabled(substituted)
        if substituted and not substitute.text().strip():
            substitute.setText(member.substitute.name)
            if not substitute.text():
                substitute.setFocus()
                self.hint.setText(
                    self.tr("Wpisz, kto zastępował: {name}.").format(name=member.display_name)
                )
                return
        self._report(number)

    def _report(self, number: int) -> None:
        if self._loading:
            return
        member = self._rows[number].member
        data = self.status_combo(member.id or 0).currentData()
        status = AttendanceStatus(data) if data else None
        name = self.substitute_edit(member.id or 0).text().strip()
        if status is AttendanceStatus.SUBSTITUTED and not name:
            return
        shown = self._rows[number].invitation
        invitation = replace(
            shown,
            status=status,
            substitute_name=name if status is AttendanceStatus.SUBSTITUTED else "",
        )
        if invitation != shown:
            self._rows[number] = MeetingAttendance(invitation, member)
            self.attendance_edited.emit(invitation, shown)

    def _show_guests(self) -> None:
        self.guest_list.clear()
        for guest in self._guests:
            text = guest.name + (f" — {guest.organisation}" if guest.organisation else "")
            self.guest_list.addItem(text)

    def _on_add_guest(self) -> None:
        name = self.guest_name.text().strip()
        if not name:
            self.guest_name.setFocus()
            return
        self._guests.append(Guest(name, self.guest_organisation.text().strip()))
        self.guest_name.clear()
        self.guest_organisation.clear()
        self._show_guests()
        self.guest_name.setFocus()
        self.guests_edited.emit(list(self._guests))

    def _on_remove_guest(self) -> None:
        row = self.guest_list.currentRow()
        if 0 <= row < len(self._guests):
            del self._guests[row]
            self._show_guests()
            self.guests_edited.emit(list(self._guests))
