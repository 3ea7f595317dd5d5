"""Plans a meeting or changes its invitation: kind, title, date and time, place or link, agenda,
and who from the register is invited. The page stores what the dialog returns."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from pim_desktop.domain.collation import polish_sort_key
from pim_desktop.domain.meeting import (
    DEFAULT_TITLES,
    MEETING_TYPE_LABELS,
    MeetingDetails,
    MeetingType,
    check_meeting_details,
)
from pim_desktop.domain.partnership import Member
from pim_desktop.ui.common.dates import polish_date_edit
from pim_desktop.ui.common.dialog_buttons import accept_cancel_buttons
from pim_desktop.ui.common.problem_list import ProblemList
from pim_desktop.ui.common.screen_fit import fit_to_screen
from pim_desktop.ui.labels import domain_text


class MeetingDialog(QDialog):
    def __init__(
        self,
        members: list[Member],
        details: MeetingDetails | None = None,
        invited: list[int] | None = None,
        parent: QWidget | None = None,
        *,
        adding: bool | None = None,
    ) -> None:
        """``adding``: a new meeting (by default, when no ``details`` are given); a new one
        given back with what was typed is still new."""
        super().__init__(parent)
        adding = details is None if adding is None else adding
        self.setWindowTitle(self.tr("Nowe spotkanie") if adding else self.tr("Szczegóły spotkania"))
        self.setAccessibleName(self.windowTitle())
        self._title_touched = details is not None  # what was typed is kept
        self.problems = ProblemList()
        layout = QVBoxLayout(self)
        layout.addWidget(self.problems)
        form = QFormLayout()
        layout.addLayout(form)
        self._build_fields(form)
        layout.addWidget(QLabel(self.tr("Zaproszeni członkowie Partnerstwa:")))
        self.invited = self._build_invited(members, invited)
        layout.addWidget(self.invited, 1)
        layout.addLayout(self._build_invite_buttons())
        buttons, self.save_button = accept_cancel_buttons(
            self, self.tr("&Zapisz"), "save_meeting", kind=QDialogButtonBox.StandardButton.Save
        )
        layout.addWidget(buttons)
        # Room for a title and a place name at a glance, and for the list of invited members.
        line = self.fontMetrics()
        fit_to_screen(self, line.averageCharWidth() * 90, line.lineSpacing() * 32)
        self._show(details)

    def _build_fields(self, form: QFormLayout) -> None:
        self.meeting_type = QComboBox()
        for kind in MeetingType:
            self.meeting_type.addItem(domain_text(MEETING_TYPE_LABELS[kind]), kind.value)
        self.meeting_type.currentIndexChanged.connect(self._on_type_changed)
        self.title = QLineEdit()
        self.title.textEdited.connect(self._on_title_edited)
        self.date = QDateEdit()
        polish_date_edit(self.date)
        self.starts = QTimeEdit()
        self.starts.setDisplayFormat("HH:mm")
        self.ends = QTimeEdit()
        self.ends.setDisplayFormat("HH:mm")
        self.place = QLineEdit()
        self.link = QLineEdit()
        self.link.setPlaceholderText("https://…")
        self.agenda = QPlainTextEdit()
        self.agenda.setTabChangesFocus(True)
        self.agenda.setPlaceholderText(self.tr("Każdy punkt w osobnym wierszu"))
        times = QHBoxLayout()
        times.addWidget(self.starts)
        times.addWidget(QLabel(self.tr("do")))
        times.addWidget(self.ends)
        times.addStretch(1)
        for widget, label, name in (
            (self.meeting_type, self.tr("&Rodzaj:"), "meeting_type"),
            (self.title, self.tr("&Tytuł:"), "title"),
            (self.date, self.tr("&Data:"), "date"),
            (self.starts, self.tr("&Godzina:"), "starts"),
            (self.place, self.tr("&Miejsce:"), "place"),
            (self.link, self.tr("&Link do spotkania online:"), "online_link"),
            (self.agenda, self.tr("&Porządek obrad:"), "agenda"),
        ):
            widget.setObjectName(name)
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
            caption = QLabel(label)
            caption.setBuddy(widget)
            form.addRow(caption, times if widget is self.starts else widget)
        self.ends.setObjectName("ends")
        self.ends.setAccessibleName(self.tr("Godzina zakończenia"))
        self.starts.setAccessibleName(self.tr("Godzina rozpoczęcia"))

    def _build_invited(self, members: list[Member], invited: list[int] | None) -> QListWidget:
        chosen = set(invited or [])
        today = dt.date.today()
        listing = QListWidget()
        listing.setObjectName("invited_members")
        listing.setAccessibleName(self.tr("Zaproszeni członkowie Partnerstwa"))
        for member in sorted(members, key=lambda m: polish_sort_key(m.display_name)):
            if member.id is None or (not member.is_active(today) and member.id not in chosen):
                continue
            person = member.representative.name
            text = member.display_name + (
                f" ({person})" if person and person != member.display_name else ""
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, member.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = member.id in chosen if invited is not None else True
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            listing.addItem(item)
        return listing

    def _build_invite_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for text, state in (
            (self.tr("Zaznacz &wszystkich"), Qt.CheckState.Checked),
            (self.tr("&Odznacz wszystkich"), Qt.CheckState.Unchecked),
        ):
            button = QPushButton(text)
            button.setAccessibleName(text.replace("&", ""))
            button.clicked.connect(lambda _=False, s=state: self._check_all(s))
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _check_all(self, state: Qt.CheckState) -> None:
        for row in range(self.invited.count()):
            self.invited.item(row).setCheckState(state)

    # --- values ------------------------------------------------------------------------------

    def _show(self, details: MeetingDetails | None) -> None:
        if details is None:
            self.meeting_type.setCurrentIndex(0)
            self._on_type_changed()
            self.date.setDate(QDate.currentDate().addDays(14))
            self.starts.setTime(QTime(17, 0))
            self.ends.setTime(QTime(19, 0))
            return
        starts = details.starts_at.astimezone()
        self.meeting_type.setCurrentIndex(self.meeting_type.findData(details.meeting_type.value))
        self.title.setText(details.title)
        self.date.setDate(QDate(starts.year, starts.month, starts.day))
        self.starts.setTime(QTime(starts.hour, starts.minute))
        ends = details.ends_at.astimezone() if details.ends_at else starts + dt.timedelta(hours=2)
        self.ends.setTime(QTime(ends.hour, ends.minute))
        self.place.setText(details.place)
        self.link.setText(details.online_link)
        self.agenda.setPlainText("\n".join(details.agenda))

    def value(self) -> MeetingDetails:
        day = self.date.date()
        start, end = self.starts.time(), self.ends.time()
        starts_at = _local(day, start)
        ends_at = _local(day, end) if end > start else None
        agenda = tuple(
            line.strip() for line in self.agenda.toPlainText().splitlines() if line.strip()
        )
        return MeetingDetails(
            meeting_type=MeetingType(self.meeting_type.currentData()),
            title=self.title.text().strip(),
            starts_at=starts_at,
            ends_at=ends_at,
            place=self.place.text().strip(),
            online_link=self.link.text().strip(),
            agenda=agenda,
        )

    def invited_ids(self) -> list[int]:
        return [
            int(self.invited.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.invited.count())
            if self.invited.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _on_type_changed(self) -> None:
        if not self._title_touched:
            kind = MeetingType(self.meeting_type.currentData())
            self.title.setText(domain_text(DEFAULT_TITLES[kind]))

    def _on_title_edited(self) -> None:
        self._title_touched = True

    def accept(self) -> None:
        problems = check_meeting_details(self.value())
        if not problems:
            super().accept()
            return
        self.problems.show_problems(problems)


def _local(day: QDate, time: QTime) -> dt.datetime:
    """The moment in the computer's own time zone (the city's time), with that zone attached."""
    naive = dt.datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())
    return naive.astimezone()
