"""The local journal on its own: entries written whole and read back in order, only this
database's, applied over the application they started from, and written to the server in order."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import URL

from pim_desktop.app import open_database
from pim_desktop.context import AppContext
from pim_desktop.domain.team_journal import (
    JournalEntry,
    application_from_snapshot,
    application_snapshot,
)
from pim_desktop.paths import AppPaths
from pim_desktop.persistence.journal_store import JournalStore
from pim_desktop.services.errors import StorageError
from pim_desktop.services.team_journal import journal_folder


def entry(record_id: int, values: dict[str, object], database: str = "baza") -> JournalEntry:
    return JournalEntry(
        kind="application",
        record_id=record_id,
        based_on_version=3,
        original={key: None for key in values},
        values=values,
        officer="Jan Kowalski",
        written_at=dt.datetime(2026, 12, 2, 9, 0, tzinfo=dt.UTC),
        database=database,
        base={},
    )


def test_entries_come_back_whole_in_the_order_written(tmp_path: Path) -> None:
    store = JournalStore(tmp_path / "team-journal")
    names = [store.write(entry(n % 3, {"motivation": f"tekst {n} ąę"})) for n in range(12)]
    assert names == sorted(names)
    read = store.entries()
    assert [e.values["motivation"] for e in read] == [f"tekst {n} ąę" for n in range(12)]
    assert read[0].written_at == dt.datetime(2026, 12, 2, 9, 0, tzinfo=dt.UTC)
    assert not list(store.folder.glob("*.part"))  # nothing half-written is left behind
    store.remove(names[0])
    assert [e.name for e in store.entries()] == names[1:]
    # A later write never takes the place of an earlier one, even after a removal.
    assert store.write(entry(1, {"motivation": "ostatni"})) > names[-1]


def test_an_unreadable_entry_is_left_in_place_and_the_rest_are_read(tmp_path: Path) -> None:
    store = JournalStore(tmp_path / "team-journal")
    store.write(entry(1, {"a": 1}))
    (store.folder / "000000002-application-1.json").write_text("{niepełny", encoding="utf-8")
    store.write(entry(1, {"a": 3}))
    assert [e.values["a"] for e in store.entries()] == [1, 3]
    assert (store.folder / "000000002-application-1.json").exists()


def test_an_application_travels_whole_in_its_snapshot(sample: tuple[AppContext, int, int]) -> None:
    context, _leader, partner = sample
    application = context.applications.load(partner)
    assert application_from_snapshot(application_snapshot(application)) == application


@pytest.fixture
def team_context(paths: AppPaths, team_database: URL) -> Iterator[AppContext]:
    context = open_database(paths, read_only=False, team=team_database)
    yield context
    context.close()


def test_the_journal_writes_back_in_order_and_only_its_own_database_s_entries(
    team_context: AppContext,
) -> None:
    context = team_context
    journal = context.team_journal
    assert journal is not None
    context.sample_data.create()
    partner = next(
        s.application for s in context.applications.summaries() if s.application.role == "partner"
    )
    journal.keep(partner, {"motivation": "pierwsza"})
    journal.keep(partner, {"motivation": "druga", "powiat": "nowy"})
    JournalStore(journal_folder(context.paths.data_dir)).write(
        entry(partner.id, {"motivation": "z innej bazy"}, database="inna")
    )
    first, second = journal.waiting()
    assert first.original == {"motivation": partner.values.get("motivation")}
    assert second.original == {"motivation": "pierwsza", "powiat": partner.values.get("powiat")}
    assert second.based_on_version == partner.row_version

    outcome = journal.replay()
    assert (outcome.waiting, outcome.stopped_because, outcome.refused) == (0, "", 0)
    stored = context.applications.load(partner.id)
    assert (stored.values["motivation"], stored.values["powiat"]) == ("druga", "nowy")
    assert [c.field_id for c in context.applications.history(partner.id)][-3:] == [
        "motivation",
        "motivation",
        "powiat",
    ]
    left = JournalStore(journal_folder(context.paths.data_dir)).entries()
    assert [e.database for e in left] == ["inna"]  # another database's edits are not touched


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs a device that is always full")
def test_a_full_disk_is_told_in_plain_polish_and_the_next_try_writes(
    team_context: AppContext,
) -> None:
    """The entry's side file is the system's always-full device: the write fails with the
    system's own "no space left", as on a full disk."""
    context = team_context
    journal = context.team_journal
    assert journal is not None
    context.sample_data.create()
    partner = next(
        s.application for s in context.applications.summaries() if s.application.role == "partner"
    )
    folder = journal_folder(context.paths.data_dir)
    folder.mkdir(parents=True)
    (folder / f"000000001-application-{partner.id}.json.part").symlink_to("/dev/full")
    with pytest.raises(StorageError) as refused:
        journal.keep(partner, {"motivation": "bez miejsca"})
    assert "na dysku zabrakło miejsca" in refused.value.message
    assert "zostaje w oknie" in refused.value.message
    assert journal.waiting() == []

    journal.keep(partner, {"motivation": "po zwolnieniu miejsca"})
    assert [e.values["motivation"] for e in journal.waiting()] == ["po zwolnieniu miejsca"]
