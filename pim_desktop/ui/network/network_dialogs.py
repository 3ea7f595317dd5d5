"""Dialogs of the network page: a city of the network, and a network meeting or study visit.
They edit and return a value; the page stores it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pim_desktop.domain.city import VOIVODESHIP_NAMES, Voivodeship
from pim_desktop.domain.meeting import (
    MEETING_TYPE_LABELS,
    NETWORK_MEETING_TYPES,
    MeetingDetails,
    MeetingType,
)
from pim_desktop.domain.network import (
    CITY_ROLE_LABELS,
    LETTER_STATUS_LABELS,
    CityRole,
    LetterStatus,
    NetworkCity,
)
from pim_desktop.ui.common.checklist import checked_ids, make_checklist
from pim_desktop.ui.common.dates import polish_date_edit
from pim_desktop.ui.common.dialog_buttons import accept_cancel_buttons
from pim_desktop.ui.common.look import mark_problem_text
from pim_desktop.ui.common.rows_editor import enum_choices
from pim_desktop.ui.labels import domain_text


class FormDialog(QDialog):
    """A dialog with a form, an error line and Zapisz / Anuluj."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.error = QLabel()
        self.error.setObjectName("dialog_error")
        self.error.setWordWrap(True)
        mark_problem_text(self.error)
        self.error.hide()

    def add_field(self, widget: QWidget, name: str, label: str) -> QWidget:
        widget.setObjectName(name)
        widget.setAccessibleName(label)
        caption = QLabel(label + ":")
        caption.setBuddy(widget)
        self.form.addRow(caption, widget)
        return widget

    def finish(self) -> None:
        self.layout_.addWidget(self.error)
        buttons, _save = accept_cancel_buttons(self, self.tr("Zapisz"), "save")
        self.layout_.addWidget(buttons)

    def show_problem(self, text: str) -> None:
        self.error.setText("⚠ " + text)
        self.error.setVisible(bool(text))

    @staticmethod
    def combo(choices: Sequence[tuple[str, str]], current: str | None) -> QComboBox:
        combo = QComboBox()
        for value, label in choices:
            combo.addItem(label, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo


class NetworkCityDialog(FormDialog):
    def __init__(self, city: NetworkCity, parent: QWidget | None = None) -> None:
        title = self.tr("Miasto sieci") if city.id else self.tr("Nowe miasto sieci")
        super().__init__(title, parent)
        self._city = city
        self.name = QLineEdit(city.name)
        voivodeships = [("", self.tr("— nie wybrano —"))]
        voivodeships += [(v.value, VOIVODESHIP_NAMES[v]) for v in Voivodeship]
        current = city.voivodeship.value if city.voivodeship else ""
        self.voivodeship = self.combo(voivodeships, current)
        self.role = self.combo(enum_choices(CITY_ROLE_LABELS), city.role.value)
        self.contact_name = QLineEdit(city.contact_name)
        self.contact_email = QLineEdit(city.contact_email)
        self.contact_phone = QLineEdit(city.contact_phone)
        self.letter = self.combo(enum_choices(LETTER_STATUS_LABELS), city.letter_status.value)
        self.add_field(self.name, "city_name", self.tr("Nazwa miasta"))
        self.add_field(self.voivodeship, "city_voivodeship", self.tr("Województwo"))
        self.add_field(self.role, "city_role", self.tr("Rola w sieci"))
        self.add_field(self.contact_name, "contact_name", self.tr("Osoba kontaktowa"))
        self.add_field(self.contact_email, "contact_email", self.tr("E-mail"))
        self.add_field(self.contact_phone, "contact_phone", self.tr("Telefon"))
        self.add_field(self.letter, "letter_status", self.tr("List intencyjny"))
        self.finish()

    def value(self) -> NetworkCity:
        code = self.voivodeship.currentData()
        return NetworkCity(
            name=self.name.text().strip(),
            voivodeship=Voivodeship(code) if code else None,
            role=CityRole(self.role.currentData()),
            contact_name=self.contact_name.text().strip(),
            contact_email=self.contact_email.text().strip(),
            contact_phone=self.contact_phone.text().strip(),
            letter_status=LetterStatus(self.letter.currentData()),
            contribution=self._city.contribution,
            id=self._city.id,
        )

    def accept(self) -> None:
        if not self.name.text().strip():
            self.show_problem(self.tr("Podaj nazwę miasta."))
            return
        super().accept()


class NetworkMeetingDialog(FormDialog):
    def __init__(
        self,
        details: MeetingDetails,
        city_ids: Sequence[int],
        cities: Sequence[NetworkCity],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Spotkanie sieci"), parent)
        self._details = details
        kinds = [(t.value, domain_text(MEETING_TYPE_LABELS[t])) for t in NETWORK_MEETING_TYPES]
        self.kind = self.combo(kinds, details.meeting_type.value)
        self.title = QLineEdit(details.title)
        self.starts = self._moment(details.starts_at)
        self.ends = self._moment(details.ends_at or details.starts_at + dt.timedelta(hours=4))
        self.place = QLineEdit(details.place)
        self.cities = make_checklist(
            "meeting_cities",
            self.tr("Miasta obecne"),
            [(c.id or 0, c.name) for c in cities],
            city_ids,
        )
        self.add_field(self.kind, "meeting_kind", self.tr("Rodzaj"))
        self.add_field(self.title, "meeting_title", self.tr("Tytuł"))
        self.add_field(self.starts, "meeting_starts", self.tr("Początek"))
        self.add_field(self.ends, "meeting_ends", self.tr("Koniec"))
        self.add_field(self.place, "meeting_place", self.tr("Miejsce"))
        self.add_field(self.cities, "meeting_cities", self.tr("Miasta obecne"))
        self.finish()

    def _moment(self, moment: dt.datetime) -> QDateTimeEdit:
        local = moment.astimezone()
        edit = QDateTimeEdit(
            QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
        )
        return polish_date_edit(edit, with_time=True)

    def value(self) -> tuple[MeetingDetails, tuple[int, ...]]:
        starts = _aware(self.starts)
        ends = _aware(self.ends)
        details = MeetingDetails(
            meeting_type=MeetingType(self.kind.currentData()),
            title=self.title.text().strip(),
            starts_at=starts,
            ends_at=ends,
            place=self.place.text().strip(),
            online_link=self._details.online_link,
            agenda=self._details.agenda,
        )
        return details, checked_ids(self.cities)

    def accept(self) -> None:
        details, _cities = self.value()
        if not details.title:
            self.show_problem(self.tr("Podaj tytuł spotkania."))
            return
        if details.ends_at is not None and details.ends_at <= details.starts_at:
            self.show_problem(self.tr("Spotkanie musi kończyć się później, niż się zaczyna."))
            return
        super().accept()


def _aware(edit: QDateTimeEdit) -> dt.datetime:
    """The edited moment in the computer's local time, with its zone."""
    moment = edit.dateTime()
    date, time = moment.date(), moment.time()
    local = dt.datetime(date.year(), date.month(), date.day(), time.hour(), time.minute())
    return local.astimezone()
