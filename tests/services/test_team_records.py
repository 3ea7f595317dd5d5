"""Two officers saving members, meetings, attendance and plan actions on one database: what
both changed is kept, one field changed by both is a conflict that writes nothing, and the
history names who changed what."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from partnership_data import organisation
from sqlalchemy.engine import URL
from team_officers import FIRST_OFFICER, SECOND_OFFICER, colleague_on

from pim_desktop.context import AppContext
from pim_desktop.domain.edit_conflicts import EditConflict
from pim_desktop.domain.problems import Refused
from pim_desktop.domain.record_fields import resolved_record


@pytest.fixture
def other(context: AppContext, database_url: URL | None, tmp_path: Path) -> Iterator[AppContext]:
    with colleague_on(context, database_url, tmp_path / "ustawienia kolegi") as colleague:
        yield colleague


def test_two_officers_changing_different_fields_of_a_member_both_keep_them(
    context: AppContext, other: AppContext
) -> None:
    member = context.partnership.add_member(organisation("Fundacja Łąka", "Ewa Żak"))
    mine = context.partnership.member(member.id or 0)
    theirs = other.partnership.member(member.id or 0)

    other.partnership.update_member(
        dataclasses.replace(theirs, address="ul. Długa 5"), original=theirs
    )
    saved = context.partnership.update_member(
        dataclasses.replace(mine, notes="Dzwonić rano"), original=mine
    )

    assert (saved.address, saved.notes) == ("ul. Długa 5", "Dzwonić rano")
    assert saved.stamp.version == 3
    assert saved.stamp.changed_by == FIRST_OFFICER
    stored = other.partnership.member(member.id or 0)
    assert (stored.address, stored.notes) == ("ul. Długa 5", "Dzwonić rano")
    history = context.partnership.history(member.id or 0)
    assert [(c.changed_by, c.field_id, c.old, c.new) for c in history] == [
        (FIRST_OFFICER, "notes", "", "Dzwonić rano"),
        (SECOND_OFFICER, "address", "", "ul. Długa 5"),
    ]


def test_one_field_changed_by_both_is_a_conflict_that_writes_nothing_until_resolved(
    context: AppContext, other: AppContext
) -> None:
    member = context.partnership.add_member(organisation("Fundacja Łąka", "Ewa Żak"))
    mine = context.partnership.member(member.id or 0)
    theirs = other.partnership.member(member.id or 0)
    other.partnership.update_member(
        dataclasses.replace(theirs, notes="Ich uwaga", address="ul. Krótka 1"), original=theirs
    )

    edited = dataclasses.replace(
        mine,
        notes="Moja uwaga",
        representative=dataclasses.replace(mine.representative, phone="500 600 700"),
    )
    with pytest.raises(EditConflict) as conflict:
        context.partnership.update_member(edited, original=mine)

    error = conflict.value
    assert [c.field_id for c in error.outcome.conflicts] == ["notes"]
    assert error.labels == {"notes": "uwagi"}
    assert error.changed_by == SECOND_OFFICER
    assert (error.outcome.conflicts[0].theirs, error.outcome.conflicts[0].yours) == (
        "Ich uwaga",
        "Moja uwaga",
    )
    unchanged = context.partnership.member(member.id or 0)
    assert (unchanged.notes, unchanged.representative.phone) == ("Ich uwaga", "")
    assert unchanged.stamp.version == error.current_version == 2

    final = resolved_record(edited, error, {"notes": "Moja uwaga; ich uwaga"})
    saved = context.partnership.update_member(final, original=mine)
    assert saved.notes == "Moja uwaga; ich uwaga"
    assert saved.address == "ul. Krótka 1"
    assert saved.representative.phone == "500 600 700"
    officers = {c.changed_by for c in context.partnership.history(member.id or 0)}
    assert officers == {FIRST_OFFICER, SECOND_OFFICER}


def test_a_member_deleted_by_a_colleague_is_named_not_a_traceback(
    context: AppContext, other: AppContext
) -> None:
    member = context.partnership.add_member(organisation("Fundacja Łąka", "Ewa Żak"))
    mine = context.partnership.member(member.id or 0)
    other.partnership.remove_member(member.id or 0)

    with pytest.raises(Refused) as refused:
        context.partnership.update_member(dataclasses.replace(mine, notes="x"), original=mine)
    assert refused.value.text().startswith(f"Ten członek został usunięty przez {SECOND_OFFICER}")
