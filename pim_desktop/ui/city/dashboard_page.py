"""Pulpit: the city at a glance, and the deadlines and progress of its applications.

The page can open on what it showed when the program last closed (its "first look"), kept only
while the data are untouched since: the texts that hold on any day and the dates the day's texts
are counted from (``dashboard_look.py``); it reads the services when ``refresh`` is first called.
The domain's labels and the forms are imported then too: a first look paints without them.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pim_desktop.domain.dates import days_left
from pim_desktop.ui.app_events import AppEvents
from pim_desktop.ui.city import dashboard_look
from pim_desktop.ui.city.dashboard_look import ApplicationLine, DashboardLook, PartnershipDays
from pim_desktop.ui.common.dates import day_text
from pim_desktop.ui.labels import domain_text
from pim_desktop.ui.partnership.partnership_summary import PartnershipSummary
from pim_desktop.ui.translations import polish_locale

if TYPE_CHECKING:
    import datetime as dt

    from pim_desktop.domain.city import CityProfile
    from pim_desktop.services.application_service import ApplicationService
    from pim_desktop.services.city_profile_service import CityProfileService
    from pim_desktop.services.meeting_service import MeetingService

EMPTY = "—"


@dataclass(frozen=True)
class DashboardSources:
    """The services the dashboard reads; asked for when the page first reads its data."""

    profiles: CityProfileService
    applications: ApplicationService
    meetings: MeetingService


class DashboardPage(QWidget):
    edit_profile_requested = Signal()

    def __init__(
        self,
        sources: Callable[[], DashboardSources],
        events: AppEvents,
        parent: QWidget | None = None,
        *,
        first_look: dict[str, object] | None = None,
    ) -> None:
        """``first_look``: the dashboard of the last close, shown until ``refresh`` is called."""
        super().__init__(parent)
        self._sources = sources
        self._named = False
        self._partnership_days = PartnershipDays()
        self._applications: tuple[ApplicationLine, ...] = ()
        self.setAccessibleName(self.tr("Pulpit"))
        layout = QVBoxLayout(self)
        self._heading = QLabel()
        self._heading.setObjectName("dashboard_heading")
        self._heading.setWordWrap(True)
        layout.addWidget(self._heading)

        city_box = QGroupBox(self.tr("Dane wnioskodawcy"))
        self._city_form = QFormLayout(city_box)
        self._values: dict[str, QLabel] = {}
        for key, label in self._summary_rows():
            value = QLabel(EMPTY)
            value.setObjectName(f"summary_{key}")
            value.setWordWrap(True)
            value.setAccessibleName(label)
            self._values[key] = value
            self._city_form.addRow(label + ":", value)
        edit = QPushButton(self.tr("&Edytuj dane miasta…"))
        edit.setObjectName("edit_profile")
        edit.setAccessibleName(self.tr("Edytuj dane miasta"))
        edit.clicked.connect(self.edit_profile_requested)
        self._city_form.addRow(edit)
        layout.addWidget(city_box)
        layout.addWidget(self._build_partnership_summary(events))

        progress_box = QGroupBox(self.tr("Wnioski: terminy i postęp"))
        progress_layout = QVBoxLayout(progress_box)
        self._progress = QLabel()
        self._progress.setObjectName("applications_progress")
        self._progress.setWordWrap(True)
        self._progress.setTextFormat(Qt.TextFormat.RichText)
        progress_layout.addWidget(self._progress)
        layout.addWidget(progress_box)
        layout.addStretch(1)

        events.city_profile_saved.connect(self.refresh)
        events.application_saved.connect(self.refresh)
        events.data_replaced.connect(self.refresh)
        if first_look is None or not self._show_first_look(first_look):
            self.refresh()

    def _build_partnership_summary(self, events: AppEvents) -> PartnershipSummary:
        self.partnership = PartnershipSummary()
        events.members_changed.connect(self._refresh_partnership)
        events.meetings_changed.connect(self._refresh_partnership)
        return self.partnership

    def _refresh_partnership(self) -> None:
        figures = self._sources().meetings.figures()
        self._partnership_days = self.partnership.set_figures(figures, dashboard_look.today())

    # --- the first look -------------------------------------------------------------------------

    def _texts(self) -> list[QLabel]:
        """The labels whose texts hold on any day; the others are counted from dates."""
        partnership = self.partnership.values
        return [
            self._heading,
            *self._values.values(),
            partnership["quarters"],
            partnership["attendance"],
        ]

    def names_the_city(self) -> bool:
        """Whether the city's name is on the page (a first start has none yet)."""
        return self._named

    def first_look(self) -> dict[str, object] | None:
        """What the page shows now, to be shown at the next start; ``None`` while the city
        has no name (a first start leads to the city's data instead)."""
        if not self._named:
            return None
        texts = {label.objectName(): label.text() for label in self._texts()}
        return DashboardLook(texts, self._partnership_days, self._applications).to_json()

    def _show_first_look(self, stored: dict[str, object]) -> bool:
        look = DashboardLook.from_json(stored)
        labels = self._texts()
        if look is None or {label.objectName() for label in labels} != set(look.texts):
            return False
        for label in labels:
            label.setText(look.texts[label.objectName()])
        today = dashboard_look.today()
        self._partnership_days = look.partnership
        self.partnership.show_days(look.partnership, today)
        self._applications = look.applications
        self._progress.setText(self._progress_html(today))
        self._named = True
        return True

    def _summary_rows(self) -> list[tuple[str, str]]:
        return [
            ("official_name", self.tr("Nazwa")),
            ("unit_type", self.tr("Rodzaj jednostki")),
            ("location", self.tr("Województwo i powiat")),
            ("identifiers", self.tr("TERYT / REGON / NIP")),
            ("population", self.tr("Liczba mieszkańców")),
            ("signatory", self.tr("Podpisuje")),
            ("coordinator", self.tr("Koordynator PIM")),
        ]

    def refresh(self) -> None:
        """Read the city, the partnership's figures and the applications from the services."""
        profile = self._sources().profiles.load()
        self._named = bool(profile.official_name.strip())
        if self._named:
            self._heading.setText(f"<h1>{profile.official_name}</h1>")
        else:
            self._heading.setText(
                "<h1>{}</h1><p>{}</p>".format(
                    self.tr("Witaj w programie PIM Desktop"),
                    self.tr("Zacznij od wpisania danych miasta: trafią do każdego wniosku."),
                )
            )
        for key, text in self._summary_values(profile).items():
            self._values[key].setText(text or EMPTY)
        self._applications = self._application_lines()
        self._progress.setText(self._progress_html(dashboard_look.today()))
        self._refresh_partnership()

    def _application_lines(self) -> tuple[ApplicationLine, ...]:
        from pim_desktop.domain.application import STATUS_LABELS
        from pim_desktop.domain.forms.definition import Role

        lines = []
        for summary in self._sources().applications.summaries():
            application, definition = summary.application, summary.definition
            head = "<b>{}</b> – {} – {} ({})".format(
                html.escape(definition.edition.name),
                html.escape(definition.role_label(Role(application.role))),
                html.escape(summary.network_name),
                self.tr("wersja {number}").format(number=application.version_number),
            )
            tail = "{}; {}".format(
                self.tr("kompletność {percent} %").format(
                    percent=round(summary.completeness * 100)
                ),
                self.tr("stan: {status}").format(
                    status=domain_text(STATUS_LABELS[application.status])
                ),
            )
            lines.append(ApplicationLine(head, definition.call.deadline, tail))
        return tuple(lines)

    def _progress_html(self, today: dt.date) -> str:
        """The applications with the days left to their deadlines counted from ``today``."""
        if not self._applications:
            return self.tr("Nie ma jeszcze wniosków. Utwórz pierwszy na stronie „Wnioski”.")
        items = (
            f"<li>{line.head}: {self.deadline_text(line.deadline, today)}; {line.tail}</li>"
            for line in self._applications
        )
        return "<ul>" + "".join(items) + "</ul>"

    def deadline_text(self, deadline: dt.date | None, today: dt.date) -> str:
        """``termin 30.06.2026, zostało dni: 12``, or that it has passed or is not known."""
        days = days_left(deadline, today)
        if deadline is None or days is None:
            return self.tr("termin nieznany")
        if days < 0:
            return self.tr("termin {date} minął").format(date=day_text(deadline))
        return self.tr("termin {date}, zostało dni: {days}").format(
            date=day_text(deadline), days=days
        )

    def _summary_values(self, profile: CityProfile) -> dict[str, str]:
        from pim_desktop.domain.city import (
            SIGNATORY_FUNCTION_LABELS,
            UNIT_TYPE_LABELS,
            VOIVODESHIP_NAMES,
        )

        locale = polish_locale()
        population = ""
        if profile.population:
            population = locale.toString(profile.population)
            if profile.population_year:
                population += " " + self.tr("(dane z {year} r.)").format(
                    year=profile.population_year
                )
        voivodeship = VOIVODESHIP_NAMES[profile.voivodeship] if profile.voivodeship else ""
        powiat = self.tr("powiat {name}").format(name=profile.powiat) if profile.powiat else ""
        function = (
            domain_text(SIGNATORY_FUNCTION_LABELS[profile.signatory_function])
            if profile.signatory_function
            else ""
        )
        return {
            "official_name": profile.official_name,
            "unit_type": domain_text(UNIT_TYPE_LABELS[profile.unit_type])
            if profile.unit_type
            else "",
            "location": ", ".join(part for part in (voivodeship, powiat) if part),
            "identifiers": " / ".join(
                part or EMPTY for part in (profile.teryt, profile.regon, profile.nip)
            )
            if any((profile.teryt, profile.regon, profile.nip))
            else "",
            "population": population,
            "signatory": ", ".join(p for p in (profile.signatory_name, function) if p),
            "coordinator": ", ".join(
                p
                for p in (
                    profile.coordinator.name,
                    profile.coordinator.phone,
                    profile.coordinator.email,
                )
                if p
            ),
        }
