"""Sieć: the thematic network, its cities with the programme's rules, its meetings and study
visits with the cities that came, and the Plan Ulepszeń."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

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
from pim_desktop.ui.common.autosave import Autosave, SaveStatus, status_text
from pim_desktop.ui.common.buttons import named_button
from pim_desktop.ui.common.dates import local_day_text
from pim_desktop.ui.common.look import mark_problem_text
from pim_desktop.ui.common.record_table import RecordTable
from pim_desktop.ui.common.task_runner import TaskRunner
from pim_desktop.ui.labels import domain_text, problem_text, problems_text
from pim_desktop.ui.network.activities_tab import ActivitiesTab
from pim_desktop.ui.network.capacity_tab import CapacityTab
from pim_desktop.ui.network.improvement_plan_tab import ImprovementPlanTab
from pim_desktop.ui.network.network_dialogs import NetworkCityDialog, NetworkMeetingDialog

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
        runner: TaskRunner,
        open_folder: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._network = network
        self._events = events
        self._read_only = read_only
        self._overview: NetworkOverview | None = None
        self.setAccessibleName(self.tr("Sieć"))
        self.autosave = Autosave(self._store_header, self, read_only=read_only)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h1>{}</h1>".format(self.tr("Sieć tematyczna"))))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Części strony sieci"))
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(self._network_tab(), self.tr("&Sieć i miasta"))
        self.tabs.addTab(self._meetings_tab(), self.tr("Spo&tkania sieci"))
        self.improvement = ImprovementPlanTab(
            improvement_plan, network, events, read_only=read_only, runner=runner
        )
        self.tabs.addTab(self.improvement, self.tr("&Plan Ulepszeń"))
        if activities is not None and capacity is not None:
            self.activities = ActivitiesTab(
                activities, events, open_folder=open_folder, runner=runner, read_only=read_only
            )
            self.tabs.addTab(self.activities, self.tr("&Działania i wydatki"))
            self.capacity = CapacityTab(capacity, events, runner=runner, read_only=read_only)
            self.tabs.addTab(self.capacity, self.tr("Potencjał &miast"))
        events.network_changed.connect(self.refresh)
        events.data_replaced.connect(self._on_data_replaced)
        self.autosave.status_changed.connect(self._on_autosave_status_changed)
        self.refresh()
        self._load_header()

    # --- building ---------------------------------------------------------------------------

    def _button(
        self, layout: QHBoxLayout, text: str, name: str, slot: Callable[[], object]
    ) -> QPushButton:
        return named_button(text, name, slot, enabled=not self._read_only, layout=layout)

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
            edit.textEdited.connect(self.autosave.edited)
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
            mark_problem_text(self.rules)
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
            mark_problem_text(self.rules, False)
        self.meetings.set_records(
            [
                (
                    m.meeting_id,
                    [
                        local_day_text(m.starts_at),
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
            local_day_text(contribution.received_at)
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
        network = self._network.network()
        with self.autosave.filling():
            for key, edit in self.header.items():
                edit.setText(str(getattr(network, key)))

    # --- saving the header ------------------------------------------------------------------

    def flush(self) -> bool:
        """Store the header now; ``False`` while it could not be written (it stays on screen)."""
        return self.autosave.flush()

    def _store_header(self) -> None:
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
        self._network.save_header(header)
        self._events.network_changed.emit()

    def _on_autosave_status_changed(self, status: SaveStatus) -> None:
        clean = self.tr("Zmiany zapisują się same chwilę po wpisaniu.")
        self.save_status.setText(status_text(status, clean=clean))

    def showEvent(self, event: QShowEvent) -> None:
        # Members and meetings change on other pages: names and counts are read afresh.
        self.refresh()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()
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
            text = problems_text(error.problems)
        else:
            text = domain_text(getattr(error, "message", str(error)))
        QMessageBox.warning(self, self.tr("Nie zapisano"), text)
