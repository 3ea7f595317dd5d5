"""Edits one activity of the network: what, when, where, who came, its money by category and
payer, and which settling documents it keeps (added on the tab; opened or removed here)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtWidgets import QLineEdit, QWidget

from pim_desktop.domain.action_plan import DateTextError
from pim_desktop.domain.money import AmountError, format_money, parse_money
from pim_desktop.domain.network import NetworkCity, NetworkMeeting
from pim_desktop.domain.network_activity import (
    ACTIVITY_KIND_LABELS,
    ACTIVITY_STATUS_LABELS,
    COST_CATEGORY_LABELS,
    PAYER_KIND_LABELS,
    Activity,
    ActivityKind,
    ActivityStatus,
    CostCategory,
    CostLine,
    Participation,
    PayerKind,
    SettlingDocument,
    check_activity,
)
from pim_desktop.ui.common.date_fields import DateTextEdit
from pim_desktop.ui.common.rows_editor import Column, RowsEditor, enum_choices
from pim_desktop.ui.labels import domain_text, problem_text
from pim_desktop.ui.network.network_dialogs import FormDialog
from pim_desktop.ui.network.settling_documents import SettlingDocumentList


class ActivityDialog(FormDialog):
    def __init__(
        self,
        activity: Activity,
        cities: Sequence[NetworkCity],
        meetings: Sequence[NetworkMeeting],
        parent: QWidget | None = None,
        *,
        open_document: Callable[[SettlingDocument], None] = lambda _document: None,
    ) -> None:
        title = self.tr("Działanie sieci") if activity.id else self.tr("Nowe działanie sieci")
        super().__init__(title, parent)
        self.resize(900, 640)
        self._original = activity
        self._cities = [c.id or 0 for c in cities]
        none = ("", self.tr("— brak —"))
        city_choices = tuple((str(c.id), c.name) for c in cities)
        self.kind = self.combo(enum_choices(ACTIVITY_KIND_LABELS), activity.kind.value)
        self.title = QLineEdit(activity.title)
        self.starts = DateTextEdit(month_only=False)
        self.starts.set_value(activity.starts_on)
        self.ends = DateTextEdit(month_only=False)
        self.ends.set_value(activity.ends_on)
        self.host = self.combo((none, *city_choices), str(activity.host_city_id or ""))
        self.status = self.combo(enum_choices(ACTIVITY_STATUS_LABELS), activity.status.value)
        meeting_choices = tuple(
            (str(m.meeting_id), f"{m.starts_at:%d.%m.%Y} {m.title}") for m in meetings
        )
        self.meeting = self.combo((none, *meeting_choices), str(activity.meeting_id or ""))
        self.participants = self._participants_editor(city_choices)
        self.participants.set_rows(
            [{"city": str(p.city_id), "people": _count(p.people)} for p in activity.participants]
        )
        self.costs = self._costs_editor((none, *city_choices))
        self.costs.set_rows([_cost_values(line) for line in activity.costs])
        self.documents = SettlingDocumentList(activity.documents, open_document)
        for widget, name, label in (
            (self.kind, "activity_kind", self.tr("Rodzaj")),
            (self.title, "activity_title", self.tr("Nazwa")),
            (self.starts, "activity_starts", self.tr("Początek (DD.MM.RRRR)")),
            (self.ends, "activity_ends", self.tr("Koniec (DD.MM.RRRR)")),
            (self.host, "activity_host", self.tr("Miasto gospodarz")),
            (self.status, "activity_status", self.tr("Status")),
            (self.meeting, "activity_meeting", self.tr("Spotkanie sieci (uczestnicy z listy)")),
            (self.participants, "activity_participants", self.tr("Uczestnicy z miast")),
            (self.costs, "activity_costs", self.tr("Koszty")),
            (self.documents, "activity_documents", self.tr("Dokumenty rozliczające")),
        ):
            self.add_field(widget, name, label)
        self.finish()

    def _participants_editor(self, cities: tuple[tuple[str, str], ...]) -> RowsEditor:
        return RowsEditor(
            [
                Column("city", self.tr("Miasto"), "choice", cities, 3),
                Column("people", self.tr("Osób"), stretch=1),
            ],
            self.tr("uczestnicy"),
            self.tr("Dodaj &miasto"),
        )

    def _costs_editor(self, cities: tuple[tuple[str, str], ...]) -> RowsEditor:
        return RowsEditor(
            [
                Column("category", self.tr("Kategoria"), "choice",
                       enum_choices(COST_CATEGORY_LABELS), 2),
                Column("payer", self.tr("Płaci"), "choice", enum_choices(PAYER_KIND_LABELS), 2),
                Column("city", self.tr("Miasto (budżet własny)"), "choice", cities, 2),
                Column("planned", self.tr("Zaplanowano (zł)"), "money"),
                Column("spent", self.tr("Wydano (zł)"), "money"),
            ],
            self.tr("koszt"),
            self.tr("Dodaj &koszt"),
        )  # fmt: skip

    def value(self) -> Activity:
        """The edited activity; ``DateTextError`` or ``AmountError`` when a field is not valid."""
        starts = self.starts.value()
        if starts is None:
            raise DateTextError(self.starts.text(), self.tr("Podaj datę początku działania."))
        return replace(
            self._original,
            kind=ActivityKind(self.kind.currentData()),
            title=self.title.text().strip(),
            starts_on=starts,
            ends_on=self.ends.value(),
            host_city_id=_id(self.host.currentData()),
            status=ActivityStatus(self.status.currentData()),
            meeting_id=_id(self.meeting.currentData()),
            participants=tuple(
                Participation(int(row["city"]), int(row["people"]) if row["people"] else None)
                for row in self.participants.rows()
                if row["city"]
            ),
            costs=tuple(
                CostLine(
                    CostCategory(row["category"]),
                    PayerKind(row["payer"]),
                    parse_money(row["planned"]),
                    parse_money(row["spent"]) if row["spent"].strip() else None,
                    _id(row["city"]),
                )
                for row in self.costs.rows()
            ),
            documents=self.documents.documents(),
        )

    def accept(self) -> None:
        try:
            problems = [problem_text(p) for p in check_activity(self.value(), self._cities)]
        except (DateTextError, AmountError) as error:
            problems = [domain_text(error.reason)]
        except ValueError:
            problems = [self.tr("Liczba osób musi być liczbą całkowitą.")]
        if problems:
            self.show_problem(" ".join(problems))
            return
        super().accept()


def _id(data: object) -> int | None:
    return int(str(data)) if data else None


def _count(people: int | None) -> str:
    return "" if people is None else str(people)


def _cost_values(line: CostLine) -> dict[str, str]:
    return {
        "category": line.category.value,
        "payer": line.payer.value,
        "city": str(line.city_id or ""),
        "planned": format_money(line.planned, currency=False, separator=" "),
        "spent": ""
        if line.spent is None
        else format_money(line.spent, currency=False, separator=" "),
    }
