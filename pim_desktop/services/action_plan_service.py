"""The MID: its document part, objectives and actions; totals and warnings; PDF and CSV.

The texts of the plan are stored as they are, however long (a limit only warns), so autosave
never loses a paragraph. An action that breaks a rule is refused with the reasons.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from pim_desktop.domain.action_plan import (
    Action,
    ActionPlan,
    Objective,
    check_action,
    check_code_unique,
    check_objective_codes,
    check_plan,
)
from pim_desktop.domain.action_plan_figures import PlanTotals, compute_totals, plan_warnings
from pim_desktop.domain.collation import polish_sort_key
from pim_desktop.domain.problems import Problem
from pim_desktop.domain.record_fields import RecordChange
from pim_desktop.domain.record_labels import ACTION
from pim_desktop.pdf.action_plan_pdf import build_action_plan
from pim_desktop.persistence.action_plan_repository import ActionPlanRepository
from pim_desktop.persistence.city_profile_repository import CityProfileRepository
from pim_desktop.persistence.meeting_repository import MeetingRepository
from pim_desktop.persistence.partnership_repository import PartnershipRepository
from pim_desktop.persistence.record_change_repository import RecordChangeRepository
from pim_desktop.services import action_csv
from pim_desktop.services.action_plan_print import action_plan_document
from pim_desktop.services.errors import storage_errors
from pim_desktop.services.record_keeping import raise_if
from pim_desktop.services.versioned_save import Edit, gone, log_changes, merged


@dataclass(frozen=True)
class Choice:
    """Something to pick in a list: a partnership member or a meeting."""

    id: int
    label: str
    inactive: bool = False


@dataclass(frozen=True)
class PlanOverview:
    """Everything the Plan działań page shows, loaded at once."""

    plan: ActionPlan
    actions: tuple[Action, ...]
    totals: PlanTotals
    warnings: tuple[Problem, ...]
    partner_names: dict[int, str]
    meeting_labels: dict[int, str]


class ActionPlanService:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        today: Callable[[], dt.date] = dt.date.today,
        officer: Callable[[], str] = str,
    ) -> None:
        self._session_factory = session_factory
        self._today = today
        # Who this program's saves are written by (read at each save: Settings may change it).
        self._officer = officer

    def overview(self) -> PlanOverview:
        with storage_errors(), self._session_factory() as session:
            repository = ActionPlanRepository(session)
            plan = repository.load()
            actions = tuple(repository.actions())
            partners = PartnershipRepository(session).names()
            meetings = _meeting_labels(MeetingRepository(session))
        return PlanOverview(
            plan=plan,
            actions=actions,
            totals=compute_totals(actions),
            warnings=tuple(plan_warnings(plan, actions)),
            partner_names=partners,
            meeting_labels=meetings,
        )

    def plan(self) -> ActionPlan:
        with storage_errors(), self._session_factory() as session:
            return ActionPlanRepository(session).load()

    def save_plan(self, plan: ActionPlan) -> ActionPlan:
        """Store the header and the texts (never cut); a reversed horizon is refused."""
        raise_if(check_plan(plan))
        with storage_errors(), self._session_factory.begin() as session:
            return ActionPlanRepository(session).save(plan)

    def save_objectives(self, objectives: Iterable[Objective]) -> ActionPlan:
        wanted = tuple(o for o in objectives if o.code.strip() or o.text.strip())
        raise_if(check_objective_codes(wanted))
        with storage_errors(), self._session_factory.begin() as session:
            return ActionPlanRepository(session).save_objectives(wanted)

    def actions(self) -> list[Action]:
        with storage_errors(), self._session_factory() as session:
            return ActionPlanRepository(session).actions()

    def action(self, action_id: int) -> Action:
        with storage_errors(), self._session_factory() as session:
            return ActionPlanRepository(session).get(action_id)

    def add_action(self, action: Action) -> Action:
        with storage_errors(), self._session_factory.begin() as session:
            repository = ActionPlanRepository(session)
            raise_if(check_action(action) + _code_clash(action, repository.actions()))
            return repository.add(replace(action, id=None), self._officer())

    def update_action(self, action: Action, *, original: Action | None = None) -> Action:
        """Store an edited action with its funding, indicators and risks, against the version
        ``action.stamp`` names (see ``versioned_save``): raises ``EditConflict`` when someone
        else changed the same fields meanwhile, ``Refused`` when they deleted the action."""
        if action.id is None:
            raise ValueError("Only a stored action can be updated")
        with storage_errors(), self._session_factory.begin() as session:
            repository = ActionPlanRepository(session)
            stored = repository.locked(action.id)
            if stored is None:
                raise gone(session, ACTION, action.id)
            edit = Edit(ACTION, action.id, action.stamp.version, action, original)
            chosen = merged(edit, stored, stored.stamp)
            raise_if(check_action(chosen) + _code_clash(chosen, repository.actions()))
            officer = self._officer()
            saved = repository.update(chosen, officer)
            log_changes(session, ACTION, action.id, officer=officer, before=stored, after=saved)
            return saved

    def history(self, action_id: int) -> list[RecordChange]:
        """Who changed which field of an action, and when, newest first."""
        with storage_errors(), self._session_factory() as session:
            return RecordChangeRepository(session).history([ACTION], action_id)

    def delete_action(self, action_id: int) -> None:
        with storage_errors(), self._session_factory.begin() as session:
            repository = ActionPlanRepository(session)
            code = repository.get(action_id).code
            repository.delete(action_id)
            RecordChangeRepository(session).add_deletion(ACTION, action_id, self._officer(), code)

    def move_action(self, action_id: int, offset: int) -> None:
        with storage_errors(), self._session_factory.begin() as session:
            ActionPlanRepository(session).move(action_id, offset)

    def partner_choices(self) -> list[Choice]:
        """Members of the Local Partnership, by name; those who left are marked."""
        with storage_errors(), self._session_factory() as session:
            members = PartnershipRepository(session).all()
        today = self._today()
        choices = [Choice(m.id, m.display_name, not m.is_active(today)) for m in members if m.id]
        return sorted(choices, key=lambda c: polish_sort_key(c.label))

    def meeting_choices(self) -> list[Choice]:
        """The partnership's meetings, newest first, labelled with their date."""
        with storage_errors(), self._session_factory() as session:
            labels = _meeting_labels(MeetingRepository(session))
        return [Choice(meeting_id, label) for meeting_id, label in labels.items()]

    def export_csv(self, target: Path) -> int:
        """Write the action table for Excel; return the number of actions."""
        overview = self.overview()
        return action_csv.write_actions(
            target,
            overview.plan,
            overview.actions,
            overview.partner_names,
            overview.meeting_labels,
        )

    def print_pdf(self, target: Path, created: dt.datetime | None = None) -> int:
        """Write the whole MID as a PDF; return its page count."""
        overview = self.overview()
        with storage_errors(), self._session_factory() as session:
            city = CityProfileRepository(session).load()
        document = action_plan_document(
            overview.plan,
            overview.actions,
            city.official_name,
            overview.partner_names,
            overview.meeting_labels,
            created=created,
        )
        return build_action_plan(target, document)


def _meeting_labels(meetings: MeetingRepository) -> dict[int, str]:
    return {
        summary.id: f"{summary.starts_at.astimezone():%d.%m.%Y} – {summary.title}"
        for summary in meetings.summaries()
    }


def _code_clash(action: Action, stored: list[Action]) -> list[Problem]:
    return check_code_unique(action, [other for other in stored if other.id != action.id])
