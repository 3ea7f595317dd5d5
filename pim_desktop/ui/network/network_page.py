"""Sieć: the thematic network, its cities with the programme's rules, its meetings and study
visits with the cities that came, and the Plan Ulepszeń."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pim_desktop.domain.city import VOIVODESHIP_NAMES
from pim_desktop.domain.meeting import MEETING_TYPE_LABELS, MeetingDetails, MeetingType
from pim_desktop.domain.network import (
    CITY_ROLE_LABELS,
    LETTER_STATUS_LABELS,
    Network,
    NetworkCity,
)
from pim_desktop.domain.problems import ValidationFailed
from pim_desktop.services.capacity_service import CapacityService
from pim_desktop.services.errors import StorageError
from pim_desktop.services.improvement_plan_service import ImprovementPlanService
from pim_desktop.services.network_activity_service import NetworkActivityService
from pim_desktop.services.network_service import NetworkOverview, NetworkService
from pim_desktop.ui.app_events import AppEvents
from pim_desktop.ui.common.record_table import RecordTable
from pim_desktop.ui.labels import domain_text, problem_text
from pim_desktop.ui.network.activities_tab import ActivitiesTab
from pim_desktop.ui.network.capacity_tab import CapacityTab
from pim_desktop.ui.network.improvement_plan_tab import ImprovementPlanTab
from pim_desktop.ui.network.network_dialogs import NetworkCityDialog, NetworkMeetingDialog

AUTOSAVE_DELAY_MS = 700
HEADER_FIELDS = ("name", "theme", "edition", "expert_name", "expert_contact", "tutor_name",
                 "tutor_contact")  # fmt: skip


class NetworkPage(QWidget):
    def __init__(
        self,
        network: NetworkService,
        improvement_plan: ImprovementPlanService,
        events: AppEvents,
        *,
        activities: NetworkActivityService | None = None,
        capacity: CapacityService | None = None,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._network = network
        self._events = events
        self._read_only = read_only
        self._dirty = False
        self._loading = False
        self._overview: NetworkOverview | None = None
        self.setAccessibleName(self.tr("Sieć"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h1>{}</h1>".format(self.tr("Sieć tematyczna"))))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Części strony sieci"))
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(self._network_tab(), self.tr("&Sieć i miasta"))
        self.tabs.addTab(self._meetings_tab(), self.tr("Spo&tkania sieci"))
        self.improvement = ImprovementPlanTab(
            improvement_plan, network, events, read_only=read_only
        )
        self.tabs.addTab(self.improvement, self.tr("&Plan Ulepszeń"))
        if activities is not None and capacity is not None:
            self.activities = ActivitiesTab(activities, events, read_only=read_only)
            self.tabs.addTab(self.activities, self.tr("&Działania i wydatki"))
            self.capacity = CapacityTab(capacity, events, read_only=read_only)
            self.tabs.addTab(self.capacity, self.tr("Potencjał &miast"))
        events.network_changed.connect(self.refresh)
        events.data_replaced.connect(self._on_data_replaced)
        self.refresh()
        self._load_header()

    # --- building ---------------------------------------------------------------------------

    def _button(self, layout: QHBoxLayout, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        button.setEnabled(not self._read_only)
        layout.addWidget(button)
        return button

    def _network_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        box = QGroupBox(self.tr("Sieć"))
        form = QFormLayout(box)
        self.header: dict[str, QLineEdit] = {}
        for key, label in zip(HEADER_FIELDS, self._header_labels(), strict=True):
            edit = QLineEdit()
            edit.setObjectName(f"network_{key}")
            edit.setAccessibleName(label)
            edit.setEnabled(not self._read_only)
            edit.textEdited.connect(self._on_header_edited)
            caption = QLabel(label + ":")
            caption.setBuddy(edit)
            form.addRow(caption, edit)
            self.header[key] = edit
        self.save_status = QLabel()
        self.save_status.setObjectName("network_save_status")
        self.save_status.setAccessibleName(self.tr("Stan zapisu sieci"))
        form.addRow(self.save_status)
        layout.addWidget(box)
        self.cities = RecordTable(
            [
                self.tr("Miasto"),
                self.tr("Województwo"),
                self.tr("Rola"),
                self.tr("Osoba kontaktowa"),
                self.tr("List intencyjny"),
                self.tr("Wkład"),
            ],
            self.tr("Miasta sieci"),
        )
        self.cities.setObjectName("cities")
        self.cities.activated.connect(self.edit_city)
        layout.addWidget(self.cities, 1)
        row = QHBoxLayout()
        self._button(row, self.tr("Dodaj &miasto…"), "add_city", self.add_city)
        self._button(row, self.tr("&Edytuj miasto…"), "edit_city", self.edit_city)
        self._button(row, self.tr("&Usuń miasto"), "delete_city", self.delete_city)
        row.addStretch(1)
        layout.addLayout(row)
        self.rules = QLabel()
        self.rules.setObjectName("network_rules")
        self.rules.setWordWrap(True)
        self.rules.setAccessibleName(self.tr("Zasady programu"))
        layout.addWidget(self.rules)
        return page

    def _header_labels(self) -> list[str]:
        return [
            self.tr("Nazwa sieci"),
            self.tr("Temat"),
            self.tr("Edycja PIM"),
            self.tr("Ekspert tematyczny"),
            self.tr("Kontakt do eksperta"),
            self.tr("Opiekun z Sekretariatu PIM"),
            self.tr("Kontakt do opiekuna"),
        ]

    def _meetings_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.meetings = RecordTable(
            [
                self.tr("Data"),
                self.tr("Rodzaj"),
                self.tr("Tytuł"),
                self.tr("Miejsce"),
                self.tr("Miasta obecne"),
            ],
            self.tr("Spotkania i wizyty studyjne sieci"),
        )
        self.meetings.setObjectName("network_meetings")
        self.meetings.activated.connect(self.edit_meeting)
        layout.addWidget(self.meetings, 1)
        row = QHBoxLayout()
        self._button(row, self.tr("Dodaj spotka&nie sieci…"), "add_meeting", self.add_meeting)
        self._button(row, self.tr("&Edytuj spotkanie…"), "edit_meeting", self.edit_meeting)
        self._button(row, self.tr("&Usuń spotkanie"), "delete_meeting", self.delete_meeting)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    # --- showing ----------------------------------------------------------------------------

    def refresh(self) -> None:
        overview = self._network.overview()
        self._overview = overview
        network = overview.network
        self.cities.set_records([(c.id or 0, self._city_row(c)) for c in network.cities])
        if overview.warnings:
            self.rules.setText("\n".join("⚠ " + problem_text(p) for p in overview.warnings))
            self.rules.setStyleSheet("color: #a4000f;")
        else:
            self.rules.setText(
                "✓ "
                + self.tr(
                    "Sieć spełnia zasady programu: jest Miasto Lider, miast partnerskich: "
                    "{partners}, województw: {spread}."
                ).format(
                    partners=len(network.partners),
                    spread=len(
                        {c.voivodeship for c in network.cities if c.counts and c.voivodeship}
                    ),
                )
            )
            self.rules.setStyleSheet("")
        self.meetings.set_records(
            [
                (
                    m.meeting_id,
                    [
                        m.starts_at.astimezone().strftime("%d.%m.%Y"),
                        domain_text(MEETING_TYPE_LABELS[m.meeting_type]),
                        m.title,
                        m.place,
                        ", ".join(network.city_names(m.city_ids)),
                    ],
                )
                for m in overview.meetings
            ]
        )

    def _city_row(self, city: NetworkCity) -> list[str]:
        contribution = city.contribution
        received = (
            contribution.received_at.astimezone().strftime("%d.%m.%Y")
            if contribution and contribution.received_at
            else "—"
        )
        return [
            city.name,
            VOIVODESHIP_NAMES[city.voivodeship] if city.voivodeship else "—",
            domain_text(CITY_ROLE_LABELS[city.role]),
            ", ".join(p for p in (city.contact_name, city.contact_email) if p),
            domain_text(LETTER_STATUS_LABELS[city.letter_status]),
            received,
        ]

    def _on_data_replaced(self) -> None:
        # The window saved every edit before the data were replaced: the header on screen is the
        # old network's, and must not be written over the new one.
        self.refresh()
        self._load_header()

    def _load_header(self) -> None:
        """Show the stored header; an edit not yet saved is dropped, never written later."""
        self._timer.stop()
        self._dirty = False
        network = self._network.network()
        self._loading = True
        for key, edit in self.header.items():
            edit.setText(str(getattr(network, key)))
        self._loading = False
        self.save_status.setText(self.tr("Zmiany zapisują się same chwilę po wpisaniu."))

    # --- saving the header ------------------------------------------------------------------

    def _on_header_edited(self) -> None:
        if self._loading or self._read_only:
            return
        self._dirty = True
        self.save_status.setText(self.tr("Zapisywanie…"))
        self._timer.start()

    def save_now(self) -> bool:
        """Store the header now; ``False`` while it could not be written (it stays on screen)."""
        self._timer.stop()
        if not self._dirty or self._read_only:
            return True
        text = {key: edit.text() for key, edit in self.header.items()}
        header = Network(
            name=text["name"],
            theme=text["theme"],
            edition=text["edition"],
            expert_name=text["expert_name"],
            expert_contact=text["expert_contact"],
            tutor_name=text["tutor_name"],
            tutor_contact=text["tutor_contact"],
        )
        try:
            self._network.save_header(header)
        except StorageError as error:
            self.save_status.setText("⚠ " + domain_text(error.message))
            self._timer.start(5000)
            return False
        self._dirty = False
        time = dt.datetime.now().strftime("%H:%M:%S")
        self.save_status.setText("✓ " + self.tr("Zapisano o {time}.").format(time=time))
        self._events.network_changed.emit()
        return True

    def showEvent(self, event: QShowEvent) -> None:
        # Members and meetings change on other pages: names and counts are read afresh.
        self.refresh()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_now()
        super().hideEvent(event)

    # --- cities and meetings ----------------------------------------------------------------

    def add_city(self) -> None:
        self._edit_city(NetworkCity(name=""))

    def edit_city(self) -> None:
        chosen = self.cities.selected_id()
        city = self._overview.network.city(chosen) if self._overview else None
        if city is not None and not self._read_only:
            self._edit_city(city)

    def _edit_city(self, city: NetworkCity) -> None:
        dialog = NetworkCityDialog(city, self)
        accepted = dialog.exec() == NetworkCityDialog.DialogCode.Accepted
        edited = dialog.value()
        dialog.deleteLater()
        if not accepted:
            return
        try:
            stored = self._network.save_city(edited)
        except (ValidationFailed, StorageError) as error:
            self._warn(error)
            return
        self._events.network_changed.emit()
        self.cities.select_id(stored.id or 0)

    def delete_city(self) -> None:
        chosen = self.cities.selected_id()
        if chosen is None or self._read_only:
            return
        answer = QMessageBox.question(
            self, self.tr("Usuń miasto"), self.tr("Usunąć wybrane miasto z sieci?")
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._network.delete_city(chosen)
            self._events.network_changed.emit()

    def add_meeting(self) -> None:
        starts = dt.datetime.combine(dt.date.today(), dt.time(10, 0)).astimezone()
        details = MeetingDetails(
            MeetingType.NETWORK_MEETING, "", starts, starts + dt.timedelta(hours=4)
        )
        self._edit_meeting(None, details, ())

    def edit_meeting(self) -> None:
        chosen = self.meetings.selected_id()
        if chosen is not None and not self._read_only:
            details, cities = self._network.meeting(chosen)
            self._edit_meeting(chosen, details, cities)

    def _edit_meeting(
        self, meeting_id: int | None, details: MeetingDetails, cities: tuple[int, ...]
    ) -> None:
        network = self._overview.network if self._overview else Network()
        dialog = NetworkMeetingDialog(details, cities, network.cities, self)
        accepted = dialog.exec() == NetworkMeetingDialog.DialogCode.Accepted
        new_details, new_cities = dialog.value()
        dialog.deleteLater()
        if not accepted:
            return
        try:
            if meeting_id is None:
                meeting_id = self._network.add_meeting(new_details, new_cities)
            else:
                self._network.update_meeting(meeting_id, new_details, new_cities)
        except (ValidationFailed, StorageError) as error:
            self._warn(error)
            return
        self._events.network_changed.emit()
        self.meetings.select_id(meeting_id)

    def delete_meeting(self) -> None:
        chosen = self.meetings.selected_id()
        if chosen is None or self._read_only:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Usuń spotkanie"),
            self.tr("Usunąć wybrane spotkanie sieci wraz z jego zapisami?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._network.delete_meeting(chosen)
            self._events.network_changed.emit()

    def _warn(self, error: Exception) -> None:
        if isinstance(error, ValidationFailed):
            text = " ".join(problem_text(p) for p in error.problems)
        else:
            text = domain_text(getattr(error, "message", str(error)))
        QMessageBox.warning(self, self.tr("Nie zapisano"), text)
