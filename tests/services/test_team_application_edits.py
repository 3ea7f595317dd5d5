"""Two officers on one application, each with their own connection to the same database: edits
of different fields are both kept, the same field edited by both is a conflict that writes
nothing until resolved, and every change carries its author."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy.engine import URL

from pim_desktop.app import open_database
from pim_desktop.context import AppContext
from pim_desktop.domain.application import Application
from pim_desktop.domain.edit_conflicts import EditConflict, resolved
from pim_desktop.domain.forms.definition import Role
from pim_desktop.paths import AppPaths


@pytest.fixture
def anna(context: AppContext) -> AppContext:
    context.use_officer("Anna Nowak")
    return context


@pytest.fixture
def bartek(paths: AppPaths, database_url: URL | None) -> Iterator[AppContext]:
    """A second program on the same database: its own engine, so its own connection."""
    other = open_database(paths, read_only=False, team=database_url)
    other.use_officer("Bartosz Wiśniewski")
    yield other
    other.close()


@pytest.fixture
def draft(anna: AppContext) -> Application:
    definition = anna.applications.catalog.latest("pim2021")
    application = anna.applications.create(definition, Role.LEADER, "miasto_zielone")
    return anna.applications.save_values(
        application.id, {"motivation": "Chcemy", "challenges": "Smog"}
    )


def test_different_fields_from_one_version_are_both_kept(
    anna: AppContext, bartek: AppContext, draft: Application
) -> None:
    base = bartek.applications.load(draft.id)
    assert base.row_version == draft.row_version
    anna.applications.save_values(
        draft.id,
        {"motivation": "Chcemy razem"},
        base_version=draft.row_version,
        original={"motivation": "Chcemy"},
    )
    saved = bartek.applications.save_edits(
        draft.id,
        {"challenges": "Smog i hałas"},
        base_version=base.row_version,
        original={"challenges": "Smog"},
    )
    assert saved.merged and saved.others_by == "Anna Nowak"
    stored = anna.applications.load(draft.id)
    assert stored.values["motivation"] == "Chcemy razem"
    assert stored.values["challenges"] == "Smog i hałas"
    assert stored.row_version == draft.row_version + 2
    assert stored.changed_by == "Bartosz Wiśniewski"
    history = anna.applications.history_since_export(draft.id).changes
    assert [(c.field_id, c.changed_by) for c in history[-2:]] == [
        ("motivation", "Anna Nowak"),
        ("challenges", "Bartosz Wiśniewski"),
    ]


def test_the_same_field_is_a_conflict_that_writes_nothing_until_resolved(
    anna: AppContext, bartek: AppContext, draft: Application
) -> None:
    anna.applications.save_values(
        draft.id,
        {"motivation": "Chcemy razem"},
        base_version=draft.row_version,
        original={"motivation": "Chcemy"},
    )
    theirs = anna.applications.load(draft.id)
    with pytest.raises(EditConflict) as found:
        bartek.applications.save_values(
            draft.id,
            {"motivation": "Chcemy zmienić miasto", "challenges": "Smog i hałas"},
            base_version=draft.row_version,
            original={"motivation": "Chcemy", "challenges": "Smog"},
        )
    conflict = found.value
    assert [(c.field_id, c.original, c.theirs, c.yours) for c in conflict.outcome.conflicts] == [
        ("motivation", "Chcemy", "Chcemy razem", "Chcemy zmienić miasto")
    ]
    assert conflict.current_version == theirs.row_version
    assert conflict.changed_by == "Anna Nowak"
    assert (
        conflict.labels["motivation"]
        == anna.applications.definition_of(draft).field("motivation").label
    )
    assert conflict.changed_at == theirs.updated_at
    # Nothing of Bartosz's save was written, not even the field without a conflict.
    assert anna.applications.load(draft.id) == theirs
    choices = {"motivation": "Chcemy razem zmienić miasto"}
    bartek.applications.save_values(
        draft.id,
        resolved(conflict.outcome, choices),
        base_version=conflict.current_version,
        original={"motivation": "Chcemy razem", "challenges": "Smog"},
    )
    stored = anna.applications.load(draft.id)
    assert stored.values["motivation"] == "Chcemy razem zmienić miasto"
    assert stored.values["challenges"] == "Smog i hałas"
    assert stored.row_version == theirs.row_version + 1


def test_saves_without_a_version_and_status_changes_move_the_version_with_their_author(
    anna: AppContext, bartek: AppContext, draft: Application
) -> None:
    written = bartek.applications.save_values(draft.id, {"motivation": "Z wiersza poleceń"})
    assert written.row_version == draft.row_version + 1
    assert written.changed_by == "Bartosz Wiśniewski"
    copy = anna.applications.new_version(draft.id)
    assert (copy.row_version, copy.changed_by) == (1, "Anna Nowak")
    with pytest.raises(EditConflict):
        anna.applications.save_values(
            draft.id,
            {"motivation": "Z okna"},
            base_version=draft.row_version,
            original={"motivation": "Chcemy"},
        )
