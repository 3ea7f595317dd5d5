"""Backups of a real database: dated, checked, pruned by the policy, restored in place."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from safety_files import corrupt_database, database_rows

from pim_desktop.context import AppContext
from pim_desktop.domain.forms.definition import Role
from pim_desktop.domain.problems import Refused
from pim_desktop.persistence.backups import (
    backup_name,
    list_backups,
    parse_backup_name,
    quick_check,
)
from pim_desktop.persistence.migrator import upgrade_database
from pim_desktop.services.backup_service import BackupService

# Backups are copies of this computer's file; a team database's are the server's (pg_dump).
pytestmark = pytest.mark.sqlite_only

START = dt.datetime(2026, 11, 28, 14, 5, 12)


class Clock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


def backups_at(context: AppContext, clock: Clock) -> BackupService:
    return BackupService(context.paths.database_file, context.paths.backup_dir, clock=clock)


def motivation(context: AppContext, application_id: int) -> object:
    return context.applications.load(application_id).values.get("motivation")


def test_a_backup_is_a_dated_checked_single_file(context: AppContext) -> None:
    context.sample_data.create()
    made = backups_at(context, Clock(START)).create()
    assert made.created and made.backup is not None
    assert made.backup.path.name == "pim-desktop-2026-11-28_14-05-12.sqlite3"
    assert parse_backup_name(made.backup.path.name) == START
    assert quick_check(made.backup.path) is None
    assert not made.backup.path.with_name(made.backup.path.name + "-wal").exists()
    rows = database_rows(made.backup.path)
    assert rows == database_rows(context.paths.database_file)
    # A second backup in the same second never overwrites the first.
    again = backups_at(context, Clock(START)).create()
    assert again.backup is not None and again.backup.path.name == backup_name(START, 1)
    listed = list_backups(context.paths.backup_dir)
    assert [b.path for b in listed] == [again.backup.path, made.backup.path]  # newest first


def test_automatic_backups_skip_unchanged_data(context: AppContext) -> None:
    clock = Clock(START)
    service = backups_at(context, clock)
    first = service.create(only_if_changed=True)
    assert first.created
    clock.now += dt.timedelta(hours=1)
    assert not service.create(only_if_changed=True).created
    context.sample_data.create()
    clock.now += dt.timedelta(hours=1)
    assert service.create(only_if_changed=True).created
    assert len(service.list()) == 2


def test_retention_keeps_the_last_ten_and_one_a_day_for_thirty_days(
    context: AppContext,
) -> None:
    clock = Clock(START)
    service = backups_at(context, clock)
    # Two backups a day for 45 days.
    taken = []
    for _ in range(90):
        taken.append(clock.now)
        service.create()
        clock.now += dt.timedelta(hours=12)
    kept = [b.taken_at for b in service.list()]
    newest = taken[-1]
    assert kept[0] == newest
    last_ten = set(taken[-10:])
    daily = {
        max(t for t in taken if t.date() == day)
        for day in {t.date() for t in taken}
        if (newest.date() - day).days < 30
    }
    assert set(kept) == last_ten | daily
    assert len({t.date() for t in kept}) == 30


def test_a_copy_that_fails_its_check_prunes_nothing(context: AppContext) -> None:
    clock = Clock(START)
    service = backups_at(context, clock)
    context.sample_data.create()
    for _ in range(12):
        service.create()
        clock.now += dt.timedelta(minutes=1)
    before = [b.path for b in service.list()]
    context.close()
    corrupt_database(context.paths.database_file)
    with pytest.raises(Refused) as error:
        service.create()
    assert "Nie udało się utworzyć kopii zapasowej" in error.value.text()
    assert [b.path for b in service.list()] == before
    assert not list(context.paths.backup_dir.glob("*.part"))


def test_restore_backs_up_the_present_first_and_replaces_in_place(
    context: AppContext,
) -> None:
    definition = context.applications.catalog.latest("pim2021")
    application = context.applications.create(definition, Role.LEADER, "miasto_zielone")
    context.applications.save_values(application.id, {"motivation": "Wersja z poniedziałku"})
    clock = Clock(START)
    service = backups_at(context, clock)
    monday = service.create().backup
    assert monday is not None
    context.applications.save_values(application.id, {"motivation": "Wersja z wtorku"})
    clock.now += dt.timedelta(days=1)

    outcome = service.restore(monday.path)

    # The open services see the restored data at once: no restart needed.
    assert motivation(context, application.id) == "Wersja z poniedziałku"
    assert outcome.safety_backup is not None
    assert outcome.safety_backup.taken_at == clock.now
    with sqlite3.connect(outcome.safety_backup.path) as saved:
        assert (
            "Wersja z wtorku" in saved.execute("SELECT values_json FROM application").fetchone()[0]
        )
    # And the restore itself can be undone.
    service.restore(outcome.safety_backup.path)
    assert motivation(context, application.id) == "Wersja z wtorku"


def test_restore_of_an_older_schema_migrates_it(context: AppContext, tmp_path: Path) -> None:
    old = tmp_path / "stara kopia.sqlite3"
    upgrade_database(old, tmp_path / "kopie", target="0002")
    with sqlite3.connect(old) as connection:
        connection.execute(
            "INSERT INTO application (form_id, form_version, role, network_id, status, "
            "version_number, lineage_id, values_json, created_at, updated_at) VALUES "
            "('pim2021', '1.0', 'lider', 'miasto_zielone', 'draft', 1, 1, "
            "'{\"motivation\": \"ze starej wersji\"}', '2025-01-01', '2025-01-01')"
        )
    backups_at(context, Clock(START)).restore(old)
    restored = context.applications.summaries()[0].application
    assert restored.values["motivation"] == "ze starej wersji"
    assert len(restored.lineage_uid) == 32  # filled in by revision 0005


def test_restore_refuses_damaged_and_foreign_files(context: AppContext, tmp_path: Path) -> None:
    context.sample_data.create()
    service = backups_at(context, Clock(START))
    good = service.create().backup
    assert good is not None
    damaged = tmp_path / "uszkodzona kopia.sqlite3"
    damaged.write_bytes(good.path.read_bytes())
    corrupt_database(damaged)
    foreign = tmp_path / "cudza.sqlite3"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE notatki (tekst TEXT)")
    rows = database_rows(context.paths.database_file)
    with pytest.raises(Refused, match="jest uszkodzona"):
        service.restore(damaged)
    with pytest.raises(Refused, match="nie jest kopią danych PIM Desktop"):
        service.restore(foreign)
    with pytest.raises(Refused, match="Nie ma pliku"):
        service.restore(tmp_path / "nie ma.sqlite3")
    assert database_rows(context.paths.database_file) == rows


def test_the_start_and_exit_backups_skip_unchanged_data_and_never_stop_the_program(
    context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pim_desktop.app import take_automatic_backup

    take_automatic_backup(context, "start")
    assert len(context.backups.list()) == 1
    take_automatic_backup(context, "exit")  # nothing changed in between
    assert len(context.backups.list()) == 1
    context.sample_data.create()
    take_automatic_backup(context, "exit")
    assert len(context.backups.list()) == 2
    # A backup folder that cannot be written is logged, and the program goes on.
    blocked = context.paths.backup_dir / "zajęte"
    blocked.write_text("plik zamiast folderu", encoding="utf-8")
    monkeypatch.setattr(context.backups, "backup_dir", blocked)
    take_automatic_backup(context, "exit")
