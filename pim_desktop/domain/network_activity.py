"""The network's activities and their money: what the Leader organises (meetings, study visits,
expertise, expert visits), who took part, what was planned and spent by category and payer, the
documents that settle it, and the warnings when the spent outgrows the plan or proof is missing."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from enum import StrEnum

from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP, Label
from pim_desktop.domain.money import format_money
from pim_desktop.domain.problems import Problem


class ActivityKind(StrEnum):
    NETWORK_MEETING = "network_meeting"
    STUDY_VISIT = "study_visit"
    EXPERTISE = "expertise"
    EXPERT_VISIT = "expert_visit"
    OTHER = "other"


ACTIVITY_KIND_LABELS: dict[ActivityKind, str] = {
    ActivityKind.NETWORK_MEETING: QT_TRANSLATE_NOOP("domain", "spotkanie sieci"),
    ActivityKind.STUDY_VISIT: QT_TRANSLATE_NOOP("domain", "wizyta studyjna"),
    ActivityKind.EXPERTISE: QT_TRANSLATE_NOOP("domain", "ekspertyza"),
    ActivityKind.EXPERT_VISIT: QT_TRANSLATE_NOOP("domain", "wizyta eksperta"),
    ActivityKind.OTHER: QT_TRANSLATE_NOOP("domain", "inne działanie"),
}


class ActivityStatus(StrEnum):
    PLANNED = "planned"
    CONFIRMED = "confirmed"
    DONE = "done"
    SETTLED = "settled"


ACTIVITY_STATUS_LABELS: dict[ActivityStatus, str] = {
    ActivityStatus.PLANNED: QT_TRANSLATE_NOOP("domain", "planowane"),
    ActivityStatus.CONFIRMED: QT_TRANSLATE_NOOP("domain", "potwierdzone"),
    ActivityStatus.DONE: QT_TRANSLATE_NOOP("domain", "odbyło się"),
    ActivityStatus.SETTLED: QT_TRANSLATE_NOOP("domain", "rozliczone"),
}


class CostCategory(StrEnum):
    TRAVEL = "travel"
    ACCOMMODATION = "accommodation"
    CATERING = "catering"
    VENUE = "venue"
    EXPERT_FEE = "expert_fee"
    TRANSLATION = "translation"
    OTHER = "other"


COST_CATEGORY_LABELS: dict[CostCategory, str] = {
    CostCategory.TRAVEL: QT_TRANSLATE_NOOP("domain", "podróże"),
    CostCategory.ACCOMMODATION: QT_TRANSLATE_NOOP("domain", "noclegi"),
    CostCategory.CATERING: QT_TRANSLATE_NOOP("domain", "wyżywienie"),
    CostCategory.VENUE: QT_TRANSLATE_NOOP("domain", "sala"),
    CostCategory.EXPERT_FEE: QT_TRANSLATE_NOOP("domain", "honorarium eksperta"),
    CostCategory.TRANSLATION: QT_TRANSLATE_NOOP("domain", "tłumaczenie"),
    CostCategory.OTHER: QT_TRANSLATE_NOOP("domain", "inne koszty"),
}


class PayerKind(StrEnum):
    """Who pays a cost: the programme's support, the host city, or a city's own budget."""

    PROGRAMME = "programme"
    HOST = "host"
    CITY = "city"


PAYER_KIND_LABELS: dict[PayerKind, str] = {
    PayerKind.PROGRAMME: QT_TRANSLATE_NOOP("domain", "wsparcie programu PIM"),
    PayerKind.HOST: QT_TRANSLATE_NOOP("domain", "miasto gospodarz"),
    PayerKind.CITY: QT_TRANSLATE_NOOP("domain", "budżet własny miasta"),
}


class DocumentKind(StrEnum):
    INVOICE = "invoice"
    ATTENDANCE_LIST = "attendance_list"
    REPORT = "report"


DOCUMENT_KIND_LABELS: dict[DocumentKind, str] = {
    DocumentKind.INVOICE: QT_TRANSLATE_NOOP("domain", "faktura"),
    DocumentKind.ATTENDANCE_LIST: QT_TRANSLATE_NOOP("domain", "lista obecności"),
    DocumentKind.REPORT: QT_TRANSLATE_NOOP("domain", "sprawozdanie"),
}

# What settles an activity: costs are proved by invoices, a gathering by its attendance list, a
# study by its report. An activity with no spent money needs no invoice.
_GATHERINGS = frozenset(
    {ActivityKind.NETWORK_MEETING, ActivityKind.STUDY_VISIT, ActivityKind.EXPERT_VISIT}
)


@dataclass(frozen=True)
class CostLine:
    """Planned and spent grosze of one category, paid by one payer (``city_id`` for a city's
    own budget; the host city pays through ``PayerKind.HOST``)."""

    category: CostCategory
    payer: PayerKind
    planned: int = 0
    spent: int | None = None
    city_id: int | None = None


@dataclass(frozen=True)
class Participation:
    city_id: int
    people: int | None = None  # None: the city came, the count is not known


@dataclass(frozen=True)
class SettlingDocument:
    kind: DocumentKind
    file_name: str
    size: int
    sha256: str
    id: int | None = None


@dataclass(frozen=True)
class Activity:
    kind: ActivityKind
    title: str
    starts_on: dt.date
    ends_on: dt.date | None = None
    host_city_id: int | None = None
    status: ActivityStatus = ActivityStatus.PLANNED
    meeting_id: int | None = None  # the network meeting it belongs to, if any
    description: str = ""
    participants: tuple[Participation, ...] = ()
    costs: tuple[CostLine, ...] = ()
    documents: tuple[SettlingDocument, ...] = ()
    id: int | None = None

    @property
    def planned(self) -> int:
        return sum(line.planned for line in self.costs)

    @property
    def spent(self) -> int | None:
        """The spent grosze, or None while nothing has been spent on record."""
        known = [line.spent for line in self.costs if line.spent is not None]
        return sum(known) if known else None

    @property
    def people(self) -> int:
        return sum(p.people or 0 for p in self.participants)

    def year(self) -> int:
        return self.starts_on.year


def required_documents(activity: Activity) -> tuple[DocumentKind, ...]:
    """The documents a done or settled activity must have to be settled."""
    needed: list[DocumentKind] = []
    if activity.spent:
        needed.append(DocumentKind.INVOICE)
    if activity.kind in _GATHERINGS:
        needed.append(DocumentKind.ATTENDANCE_LIST)
    if activity.kind in (ActivityKind.EXPERTISE, ActivityKind.EXPERT_VISIT):
        needed.append(DocumentKind.REPORT)
    return tuple(needed)


def missing_documents(activity: Activity) -> tuple[DocumentKind, ...]:
    if activity.status not in (ActivityStatus.DONE, ActivityStatus.SETTLED):
        return ()
    present = {document.kind for document in activity.documents}
    return tuple(kind for kind in required_documents(activity) if kind not in present)


def activity_warnings(activity: Activity) -> list[Problem]:
    """Spent above planned; a done or settled activity without its settling documents."""
    warnings: list[Problem] = []
    spent = activity.spent
    if spent is not None and spent > activity.planned:
        message = QT_TRANSLATE_NOOP(
            "domain", "Wydano więcej, niż zaplanowano: {spent} wobec {planned}."
        )
        params = {"spent": format_money(spent), "planned": format_money(activity.planned)}
        warnings.append(Problem("costs", "overspent", message, params))
    for kind in missing_documents(activity):
        message = QT_TRANSLATE_NOOP("domain", "Brak dokumentu rozliczającego: {document}.")
        warnings.append(
            Problem(
                "documents",
                "missing_document",
                message,
                {"document": Label(DOCUMENT_KIND_LABELS[kind])},
            )
        )
    return warnings


def check_activity(activity: Activity, city_ids: Iterable[int]) -> list[Problem]:
    """Faults that stop an activity from being stored."""
    problems: list[Problem] = []
    known = set(city_ids)
    if not activity.title.strip():
        message = QT_TRANSLATE_NOOP("domain", "Podaj nazwę działania.")
        problems.append(Problem("title", "required", message))
    if activity.ends_on is not None and activity.ends_on < activity.starts_on:
        message = QT_TRANSLATE_NOOP(
            "domain", "Koniec działania nie może być przed jego początkiem."
        )
        problems.append(Problem("ends_on", "date_order", message))
    if activity.host_city_id is not None and activity.host_city_id not in known:
        message = QT_TRANSLATE_NOOP("domain", "Gospodarzem musi być miasto sieci.")
        problems.append(Problem("host_city", "not_in_network", message))
    for line in activity.costs:
        if line.planned < 0 or (line.spent is not None and line.spent < 0):
            message = QT_TRANSLATE_NOOP("domain", "Kwota nie może być ujemna.")
            problems.append(Problem("costs", "negative", message))
            break
    return problems


@dataclass(frozen=True)
class Amounts:
    planned: int = 0
    spent: int = 0

    def __add__(self, other: Amounts) -> Amounts:
        return Amounts(self.planned + other.planned, self.spent + other.spent)


@dataclass(frozen=True)
class PayerKey:
    """A payer as totals group it: the programme, or a city (host or own budget)."""

    kind: PayerKind
    city_id: int | None = None


def payer_of(line: CostLine, activity: Activity) -> PayerKey:
    if line.payer is PayerKind.HOST:
        return PayerKey(PayerKind.HOST, activity.host_city_id)
    if line.payer is PayerKind.CITY:
        return PayerKey(PayerKind.CITY, line.city_id)
    return PayerKey(PayerKind.PROGRAMME)


@dataclass(frozen=True)
class ActivityTotals:
    total: Amounts
    by_activity: Mapping[int, Amounts]  # by position in the list given
    by_kind: Mapping[ActivityKind, Amounts]
    by_category: Mapping[CostCategory, Amounts]
    by_payer: Mapping[PayerKey, Amounts]
    by_city: Mapping[int, Amounts]  # what each city pays, as host or from its own budget


def totals(activities: Iterable[Activity]) -> ActivityTotals:
    """Planned and spent summed every way the report needs; spent counts only what is known."""
    grand = Amounts()
    by_activity: dict[int, Amounts] = {}
    by_kind: dict[ActivityKind, Amounts] = defaultdict(Amounts)
    by_category: dict[CostCategory, Amounts] = defaultdict(Amounts)
    by_payer: dict[PayerKey, Amounts] = defaultdict(Amounts)
    by_city: dict[int, Amounts] = defaultdict(Amounts)
    for position, activity in enumerate(activities):
        subtotal = Amounts()
        for line in activity.costs:
            amounts = Amounts(line.planned, line.spent or 0)
            subtotal += amounts
            by_category[line.category] += amounts
            payer = payer_of(line, activity)
            by_payer[payer] += amounts
            if payer.city_id is not None:
                by_city[payer.city_id] += amounts
        by_activity[position] = subtotal
        by_kind[activity.kind] += subtotal
        grand += subtotal
    return ActivityTotals(
        grand, by_activity, dict(by_kind), dict(by_category), dict(by_payer), dict(by_city)
    )


def with_meeting_cities(activity: Activity, city_ids: Iterable[int]) -> Activity:
    """Participants of an activity linked to a network meeting: the cities of the meeting
    record, each with the head count entered for it (if any)."""
    counts = {p.city_id: p.people for p in activity.participants}
    participants = tuple(Participation(i, counts.get(i)) for i in city_ids)
    return replace(activity, participants=participants)
