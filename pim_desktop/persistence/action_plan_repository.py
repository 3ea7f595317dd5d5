"""Reads and writes the MID, its objectives and its actions inside a caller's session."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.interfaces import ORMOption

from pim_desktop.domain.action_plan import (
    Action,
    ActionPlan,
    ActionStatus,
    ActionType,
    FundingKind,
    FundingSource,
    FundingStatus,
    Indicator,
    IndicatorKind,
    Level,
    Objective,
    ObjectiveKind,
    PlanPart,
    PlanStatus,
    Risk,
)
from pim_desktop.persistence.record_change_repository import locked_row, stamp_of, stamp_row
from pim_desktop.persistence.tables import (
    ActionFundingRow,
    ActionIndicatorRow,
    ActionMeetingRow,
    ActionPartnerRow,
    ActionPlanRow,
    ActionRiskRow,
    ObjectiveRow,
    PlanActionRow,
    utc_now,
)


class ActionNotFound(LookupError):
    def __init__(self, action_id: int) -> None:
        super().__init__(f"No action {action_id}")
        self.action_id = action_id


class ActionPlanRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def load(self) -> ActionPlan:
        """The stored plan, or an empty one when nothing was written yet."""
        row = self._plan_row()
        return ActionPlan() if row is None else _plan(row)

    def save(self, plan: ActionPlan) -> ActionPlan:
        """Store the header and the parts; the objectives are stored by ``save_objectives``."""
        row = self._plan_row(create=True)
        assert row is not None
        row.title = plan.title.strip()
        row.version = plan.version.strip()
        row.status = plan.status.value
        row.adoption_act = plan.adoption_act.strip()
        row.adopted_on = plan.adopted_on
        row.horizon_start = plan.horizon_start
        row.horizon_end = plan.horizon_end
        for part in PlanPart:
            setattr(row, part.value, plan.part(part))
        row.updated_at = utc_now()
        self._session.flush()
        return _plan(row)

    def save_objectives(self, objectives: Iterable[Objective]) -> ActionPlan:
        """Replace the list; an objective that keeps its id keeps the actions that serve it."""
        row = self._plan_row(create=True)
        assert row is not None
        existing = {objective.id: objective for objective in row.objectives}
        kept: list[ObjectiveRow] = []
        for position, objective in enumerate(objectives, start=1):
            target = existing.get(objective.id) if objective.id is not None else None
            if target is None:
                target = ObjectiveRow()
            target.position = position
            target.kind = objective.kind.value
            target.code = objective.code.strip()
            target.text = objective.text.strip()
            kept.append(target)
        row.objectives = kept
        row.updated_at = utc_now()
        self._session.flush()
        return _plan(row)

    def clear(self) -> None:
        """Remove the plan, its objectives and its actions: as if nothing had been written."""
        self._session.execute(delete(PlanActionRow))
        self._session.execute(delete(ActionPlanRow))

    def actions(self) -> list[Action]:
        query = select(PlanActionRow).options(*_children()).order_by(PlanActionRow.position)
        return [_action(row) for row in self._session.scalars(query)]

    def get(self, action_id: int) -> Action:
        return _action(self._action_row(action_id))

    def add(self, action: Action, officer: str = "") -> Action:
        plan = self._plan_row(create=True)
        assert plan is not None
        last = self._session.scalar(select(func.max(PlanActionRow.position))) or 0
        row = PlanActionRow(
            plan_id=plan.id, position=last + 1, created_at=utc_now(), changed_by=officer
        )
        self._session.add(row)
        _fill(row, action)
        self._session.flush()
        return _action(row)

    def locked(self, action_id: int) -> Action | None:
        """The stored action, its row locked until the transaction ends (``None``: gone)."""
        row = locked_row(self._session, PlanActionRow, action_id, _children())
        return None if row is None else _action(row)

    def update(self, action: Action, officer: str | None = None) -> Action:
        """Write the action; with ``officer``, as a new version written by them."""
        if action.id is None:
            raise ValueError("Only a stored action can be updated")
        row = self._action_row(action.id)
        _fill(row, action)
        if officer is not None:
            stamp_row(row, officer)
        self._session.flush()
        return _action(row)

    def delete(self, action_id: int) -> None:
        self._session.delete(self._action_row(action_id))

    def move(self, action_id: int, offset: int) -> None:
        """Move an action up (``-1``) or down (``+1``) the table."""
        rows = list(self._session.scalars(select(PlanActionRow).order_by(PlanActionRow.position)))
        index = next(n for n, row in enumerate(rows) if row.id == action_id)
        target = index + offset
        if 0 <= target < len(rows):
            rows[index], rows[target] = rows[target], rows[index]
            for position, row in enumerate(rows, start=1):
                row.position = position
            self._session.flush()

    def _plan_row(self, *, create: bool = False) -> ActionPlanRow | None:
        query = select(ActionPlanRow).options(selectinload(ActionPlanRow.objectives)).limit(1)
        row = self._session.scalars(query).first()
        if row is None and create:
            row = ActionPlanRow(status=PlanStatus.DRAFT.value, version="1.0", updated_at=utc_now())
            row.objectives = []
            self._session.add(row)
            self._session.flush()
        return row

    def _action_row(self, action_id: int) -> PlanActionRow:
        row = self._session.get(PlanActionRow, action_id, options=_children())
        if row is None:
            raise ActionNotFound(action_id)
        return row


def _children() -> list[ORMOption]:
    return [
        selectinload(PlanActionRow.funding),
        selectinload(PlanActionRow.indicators),
        selectinload(PlanActionRow.risks),
        selectinload(PlanActionRow.partners),
        selectinload(PlanActionRow.meetings),
    ]


def _plan(row: ActionPlanRow) -> ActionPlan:
    return ActionPlan(
        title=row.title,
        version=row.version,
        status=PlanStatus(row.status),
        adoption_act=row.adoption_act,
        adopted_on=row.adopted_on,
        horizon_start=row.horizon_start,
        horizon_end=row.horizon_end,
        parts={part: getattr(row, part.value) or "" for part in PlanPart},
        objectives=tuple(
            Objective(ObjectiveKind(o.kind), o.code, o.text, o.id) for o in row.objectives
        ),
        id=row.id,
    )


def _fill(row: PlanActionRow, action: Action) -> None:
    row.code = action.code.strip()
    row.title = action.title.strip()
    row.description = action.description.strip()
    row.objective_id = action.objective_id
    row.action_type = action.action_type.value
    row.responsible_unit = action.responsible_unit.strip()
    row.start_month = action.start_month.replace(day=1)
    row.end_month = action.end_month.replace(day=1)
    row.cost_grosze = action.cost
    row.priority = action.priority.value
    row.status = action.status.value
    row.updated_at = utc_now()
    _fill_lists(row, action)
    _fill_links(row, action)


def _fill_lists(row: PlanActionRow, action: Action) -> None:
    row.funding = [
        ActionFundingRow(
            position=n,
            kind=s.kind.value,
            programme=s.programme.strip(),
            amount_grosze=s.amount,
            status=s.status.value,
        )
        for n, s in enumerate(action.funding, start=1)
    ]
    row.indicators = [
        ActionIndicatorRow(
            position=n,
            kind=i.kind.value,
            name=i.name.strip(),
            unit=i.unit.strip(),
            baseline=_decimal_text(i.baseline),
            baseline_year=i.baseline_year,
            target=_decimal_text(i.target),
            target_year=i.target_year,
            data_source=i.data_source.strip(),
        )
        for n, i in enumerate(action.indicators, start=1)
    ]
    row.risks = [
        ActionRiskRow(
            position=n,
            description=r.description.strip(),
            likelihood=r.likelihood.value,
            impact=r.impact.value,
            mitigation=r.mitigation.strip(),
            owner=r.owner.strip(),
        )
        for n, r in enumerate(action.risks, start=1)
    ]


def _fill_links(row: PlanActionRow, action: Action) -> None:
    """Partners and meetings; links that stay keep their rows."""
    kept_partners = {p.member_id: p for p in row.partners}
    row.partners = [
        kept_partners.get(m) or ActionPartnerRow(member_id=m)
        for m in dict.fromkeys(action.partner_ids)
    ]
    kept_meetings = {m.meeting_id: m for m in row.meetings}
    row.meetings = [
        kept_meetings.get(m) or ActionMeetingRow(meeting_id=m)
        for m in dict.fromkeys(action.meeting_ids)
    ]


def _action(row: PlanActionRow) -> Action:
    return Action(
        id=row.id,
        stamp=stamp_of(row, row.updated_at),
        code=row.code,
        title=row.title,
        description=row.description,
        objective_id=row.objective_id,
        action_type=ActionType(row.action_type),
        responsible_unit=row.responsible_unit,
        start_month=row.start_month,
        end_month=row.end_month,
        cost=row.cost_grosze,
        priority=Level(row.priority),
        status=ActionStatus(row.status),
        partner_ids=tuple(p.member_id for p in row.partners),
        meeting_ids=tuple(m.meeting_id for m in row.meetings),
        funding=tuple(
            FundingSource(
                FundingKind(f.kind), f.amount_grosze, FundingStatus(f.status), f.programme
            )
            for f in row.funding
        ),
        indicators=tuple(
            Indicator(
                kind=IndicatorKind(i.kind),
                name=i.name,
                unit=i.unit,
                baseline=_decimal(i.baseline),
                baseline_year=i.baseline_year,
                target=_decimal(i.target),
                target_year=i.target_year,
                data_source=i.data_source,
            )
            for i in row.indicators
        ),
        risks=tuple(
            Risk(r.description, Level(r.likelihood), Level(r.impact), r.mitigation, r.owner)
            for r in row.risks
        ),
    )


def _decimal_text(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


def _decimal(text: str | None) -> Decimal | None:
    return None if text is None or text == "" else Decimal(text)
