"""Miejska Inicjatywa Działań (MID): the city's action plan, its parts, objectives and actions.

An action carries its timing (whole months), cost in grosze, funding sources, indicators, risks,
the Local Partnership members who work on it and the meetings where it was discussed. What can be
computed (totals, the warnings) lives in ``action_plan_figures`` and is never typed twice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP
from pim_desktop.domain.problems import Problem
from pim_desktop.domain.record_fields import ChangeStamp


class PlanStatus(StrEnum):
    DRAFT = "draft"
    CONSULTED = "consulted"
    ADOPTED = "adopted"


PLAN_STATUS_LABELS: dict[PlanStatus, str] = {
    PlanStatus.DRAFT: QT_TRANSLATE_NOOP("domain", "roboczy"),
    PlanStatus.CONSULTED: QT_TRANSLATE_NOOP("domain", "konsultowany"),
    PlanStatus.ADOPTED: QT_TRANSLATE_NOOP("domain", "przyjęty"),
}


class PlanPart(StrEnum):
    """The written parts of the MID, in the order the document prints them."""

    SUMMARY = "summary"
    CONTEXT = "context"
    STAKEHOLDERS = "stakeholders"
    VISION = "vision"
    LESSONS = "lessons"


PART_LABELS: dict[PlanPart, str] = {
    PlanPart.SUMMARY: QT_TRANSLATE_NOOP("domain", "Streszczenie"),
    PlanPart.CONTEXT: QT_TRANSLATE_NOOP("domain", "Kontekst i diagnoza"),
    PlanPart.STAKEHOLDERS: QT_TRANSLATE_NOOP(
        "domain", "Interesariusze i udział Lokalnego Partnerstwa"
    ),
    PlanPart.VISION: QT_TRANSLATE_NOOP("domain", "Wizja i cele"),
    PlanPart.LESSONS: QT_TRANSLATE_NOOP("domain", "Wnioski z pracy w sieci"),
}

# Characters with spaces, the convention of Polish forms. Our own choice: the ministry's guide
# that set the parts was not found, so the limits follow the usual size of such documents.
PART_LIMITS: dict[PlanPart, int] = {
    PlanPart.SUMMARY: 3_000,
    PlanPart.CONTEXT: 12_000,
    PlanPart.STAKEHOLDERS: 6_000,
    PlanPart.VISION: 4_000,
    PlanPart.LESSONS: 6_000,
}


class ObjectiveKind(StrEnum):
    GENERAL = "general"
    SPECIFIC = "specific"


OBJECTIVE_KIND_LABELS: dict[ObjectiveKind, str] = {
    ObjectiveKind.GENERAL: QT_TRANSLATE_NOOP("domain", "cel ogólny"),
    ObjectiveKind.SPECIFIC: QT_TRANSLATE_NOOP("domain", "cel szczegółowy"),
}


class ActionType(StrEnum):
    INVESTMENT = "investment"
    SOFT = "soft"
    REGULATORY = "regulatory"
    PILOT = "pilot"


ACTION_TYPE_LABELS: dict[ActionType, str] = {
    ActionType.INVESTMENT: QT_TRANSLATE_NOOP("domain", "inwestycyjne"),
    ActionType.SOFT: QT_TRANSLATE_NOOP("domain", "miękkie / organizacyjne"),
    ActionType.REGULATORY: QT_TRANSLATE_NOOP("domain", "regulacyjne"),
    ActionType.PILOT: QT_TRANSLATE_NOOP("domain", "pilotażowe"),
}


class ActionStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    ABANDONED = "abandoned"


ACTION_STATUS_LABELS: dict[ActionStatus, str] = {
    ActionStatus.PLANNED: QT_TRANSLATE_NOOP("domain", "planowane"),
    ActionStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("domain", "w realizacji"),
    ActionStatus.DONE: QT_TRANSLATE_NOOP("domain", "zakończone"),
    ActionStatus.ABANDONED: QT_TRANSLATE_NOOP("domain", "zaniechane"),
}


class Level(StrEnum):
    """Priority of an action, likelihood and impact of a risk."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


LEVEL_LABELS: dict[Level, str] = {
    Level.LOW: QT_TRANSLATE_NOOP("domain", "niski"),
    Level.MEDIUM: QT_TRANSLATE_NOOP("domain", "średni"),
    Level.HIGH: QT_TRANSLATE_NOOP("domain", "wysoki"),
}


class FundingKind(StrEnum):
    CITY_BUDGET = "city_budget"
    EU_PROGRAMME = "eu_programme"
    NATIONAL_PROGRAMME = "national_programme"
    PRIVATE_PPP = "private_ppp"
    OTHER = "other"


FUNDING_KIND_LABELS: dict[FundingKind, str] = {
    FundingKind.CITY_BUDGET: QT_TRANSLATE_NOOP("domain", "budżet miasta"),
    FundingKind.EU_PROGRAMME: QT_TRANSLATE_NOOP("domain", "program UE"),
    FundingKind.NATIONAL_PROGRAMME: QT_TRANSLATE_NOOP("domain", "program krajowy"),
    FundingKind.PRIVATE_PPP: QT_TRANSLATE_NOOP("domain", "partner prywatny / PPP"),
    FundingKind.OTHER: QT_TRANSLATE_NOOP("domain", "inne"),
}
# Kinds whose programme must be named: "program UE" alone says nothing about where to apply.
NAMED_KINDS = frozenset({FundingKind.EU_PROGRAMME, FundingKind.NATIONAL_PROGRAMME})


class FundingStatus(StrEnum):
    PLANNED = "planned"
    APPLIED = "applied"
    SECURED = "secured"


FUNDING_STATUS_LABELS: dict[FundingStatus, str] = {
    FundingStatus.PLANNED: QT_TRANSLATE_NOOP("domain", "planowane"),
    FundingStatus.APPLIED: QT_TRANSLATE_NOOP("domain", "złożony wniosek"),
    FundingStatus.SECURED: QT_TRANSLATE_NOOP("domain", "zapewnione"),
}


class IndicatorKind(StrEnum):
    OUTPUT = "output"
    RESULT = "result"


INDICATOR_KIND_LABELS: dict[IndicatorKind, str] = {
    IndicatorKind.OUTPUT: QT_TRANSLATE_NOOP("domain", "produktu"),
    IndicatorKind.RESULT: QT_TRANSLATE_NOOP("domain", "rezultatu"),
}


@dataclass(frozen=True)
class Objective:
    kind: ObjectiveKind
    code: str
    text: str
    id: int | None = None


@dataclass(frozen=True)
class FundingSource:
    kind: FundingKind
    amount: int  # grosze
    status: FundingStatus = FundingStatus.PLANNED
    programme: str = ""  # the programme's name, e.g. "FEnIKS 2021–2027"

    @property
    def source_name(self) -> str:
        return self.programme.strip()


@dataclass(frozen=True)
class Indicator:
    kind: IndicatorKind
    name: str
    unit: str = ""
    baseline: Decimal | None = None
    baseline_year: int | None = None
    target: Decimal | None = None
    target_year: int | None = None
    data_source: str = ""


@dataclass(frozen=True)
class Risk:
    description: str
    likelihood: Level = Level.MEDIUM
    impact: Level = Level.MEDIUM
    mitigation: str = ""
    owner: str = ""


@dataclass(frozen=True)
class Action:
    code: str
    title: str
    start_month: dt.date
    end_month: dt.date
    description: str = ""
    objective_id: int | None = None
    action_type: ActionType = ActionType.SOFT
    responsible_unit: str = ""
    partner_ids: tuple[int, ...] = ()
    cost: int = 0  # grosze
    funding: tuple[FundingSource, ...] = ()
    indicators: tuple[Indicator, ...] = ()
    risks: tuple[Risk, ...] = ()
    priority: Level = Level.MEDIUM
    status: ActionStatus = ActionStatus.PLANNED
    meeting_ids: tuple[int, ...] = ()
    id: int | None = None
    stamp: ChangeStamp = field(default_factory=ChangeStamp, compare=False, repr=False)

    @property
    def funded(self) -> int:
        return sum(source.amount for source in self.funding)

    @property
    def counts_in_budget(self) -> bool:
        """An abandoned action stays in the table but no longer costs the plan anything."""
        return self.status is not ActionStatus.ABANDONED


@dataclass(frozen=True)
class ActionPlan:
    """The MID's document part; the actions are kept and loaded beside it."""

    title: str = ""
    version: str = "1.0"
    status: PlanStatus = PlanStatus.DRAFT
    adoption_act: str = ""  # e.g. "Uchwała nr XII/123/2026 Rady Miasta"
    adopted_on: dt.date | None = None
    horizon_start: dt.date | None = None
    horizon_end: dt.date | None = None
    parts: dict[PlanPart, str] = field(default_factory=dict)
    objectives: tuple[Objective, ...] = ()
    id: int | None = None

    def part(self, part: PlanPart) -> str:
        return self.parts.get(part, "")

    def objective(self, objective_id: int | None) -> Objective | None:
        return next((o for o in self.objectives if o.id == objective_id), None)


# --- months ---------------------------------------------------------------------------------


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def month_count(start: dt.date, end: dt.date) -> int:
    """Months from ``start`` to ``end`` inclusive (March to May is 3); 0 when end is before."""
    return max(0, (end.year - start.year) * 12 + end.month - start.month + 1)


def months(start: dt.date, end: dt.date) -> list[dt.date]:
    return [add_months(month_start(start), n) for n in range(month_count(start, end))]


def month_text(day: dt.date | None) -> str:
    """ "03.2026": a month as the action table prints it."""
    return "" if day is None else f"{day.month:02d}.{day.year}"


# --- checks that refuse ---------------------------------------------------------------------


def check_action(action: Action) -> list[Problem]:
    """Faults that keep an action out of the plan; the rest are warnings."""
    problems: list[Problem] = []
    if not action.code.strip():
        message = QT_TRANSLATE_NOOP("domain", "Podaj kod działania (np. D1).")
        problems.append(Problem("code", "code_missing", message))
    if not action.title.strip():
        message = QT_TRANSLATE_NOOP("domain", "Podaj tytuł działania.")
        problems.append(Problem("title", "title_missing", message))
    if month_start(action.end_month) < month_start(action.start_month):
        message = QT_TRANSLATE_NOOP(
            "domain", "Działanie nie może kończyć się przed miesiącem rozpoczęcia."
        )
        problems.append(Problem("end_month", "ends_before_start", message))
    if action.cost < 0:
        message = QT_TRANSLATE_NOOP("domain", "Koszt nie może być ujemny.")
        problems.append(Problem("cost", "negative_cost", message))
    for number, source in enumerate(action.funding, start=1):
        if source.kind in NAMED_KINDS and not source.source_name:
            message = QT_TRANSLATE_NOOP(
                "domain", "Źródło finansowania nr {number}: podaj nazwę programu."
            )
            problems.append(Problem("funding", "programme_missing", message, {"number": number}))
        if source.amount < 0:
            message = QT_TRANSLATE_NOOP(
                "domain", "Źródło finansowania nr {number}: kwota nie może być ujemna."
            )
            problems.append(Problem("funding", "negative_amount", message, {"number": number}))
    for number, indicator in enumerate(action.indicators, start=1):
        if not indicator.name.strip():
            message = QT_TRANSLATE_NOOP("domain", "Wskaźnik nr {number}: podaj jego nazwę.")
            problems.append(Problem("indicators", "name_missing", message, {"number": number}))
    for number, risk in enumerate(action.risks, start=1):
        if not risk.description.strip():
            message = QT_TRANSLATE_NOOP("domain", "Ryzyko nr {number}: opisz je.")
            problems.append(Problem("risks", "risk_missing", message, {"number": number}))
    return problems


def check_code_unique(action: Action, others: Iterable[Action]) -> list[Problem]:
    """An action's code may stand only once in the plan (``others``: the rest of the plan)."""
    code = action.code.strip().casefold()
    if code and any(other.code.strip().casefold() == code for other in others):
        message = QT_TRANSLATE_NOOP("domain", "Działanie o kodzie {code} już jest w planie.")
        return [Problem("code", "code_duplicate", message, {"code": action.code.strip()})]
    return []


def check_plan(plan: ActionPlan) -> list[Problem]:
    """Faults in the plan's header that cannot be stored (the texts are always kept)."""
    start, end = plan.horizon_start, plan.horizon_end
    if start is not None and end is not None and month_start(end) < month_start(start):
        message = QT_TRANSLATE_NOOP(
            "domain", "Horyzont planu musi kończyć się nie wcześniej, niż się zaczyna."
        )
        return [Problem("horizon_end", "horizon_reversed", message)]
    return []


def check_objective_codes(objectives: tuple[Objective, ...]) -> list[Problem]:
    seen: set[str] = set()
    problems: list[Problem] = []
    for objective in objectives:
        code = objective.code.strip().casefold()
        if not objective.text.strip():
            message = QT_TRANSLATE_NOOP("domain", "Cel {code}: wpisz jego treść.")
            params = {"code": objective.code}
            problems.append(Problem("objectives", "objective_empty", message, params))
        if code and code in seen:
            message = QT_TRANSLATE_NOOP("domain", "Kod celu {code} powtarza się.")
            params = {"code": objective.code}
            problems.append(Problem("objectives", "objective_duplicate", message, params))
        seen.add(code)
    return problems


class DateTextError(ValueError):
    """Text that is not a month or a date; ``reason`` is a Polish template (domain context)."""

    def __init__(self, text: str, reason: str) -> None:
        super().__init__(f"{text!r}: {reason}")
        self.reason = reason


def parse_month(text: str) -> dt.date | None:
    """ "03.2026", "3.2026" or "2026-03" as the first day of the month; "" as no month."""
    value = text.strip()
    if not value:
        return None
    separator = "-" if "-" in value else "."
    parts = value.split(separator)
    if separator == "-":
        parts.reverse()
    try:
        month, year = (int(part) for part in parts)
        return dt.date(year, month, 1)
    except ValueError as error:
        reason = QT_TRANSLATE_NOOP("domain", "Wpisz miesiąc jako MM.RRRR, np. 03.2026.")
        raise DateTextError(text, reason) from error


def parse_day(text: str) -> dt.date | None:
    """ "12.03.2026" or "2026-03-12"; "" as no date."""
    value = text.strip()
    if not value:
        return None
    try:
        if "-" in value:
            return dt.date.fromisoformat(value)
        day, month, year = (int(part) for part in value.split("."))
        return dt.date(year, month, day)
    except ValueError as error:
        reason = QT_TRANSLATE_NOOP("domain", "Wpisz datę jako DD.MM.RRRR, np. 12.03.2026.")
        raise DateTextError(text, reason) from error
