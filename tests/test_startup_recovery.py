"""A damaged database at start: never opened for writing, set aside, replaced by a good backup.

The damage is real: whole pages in the middle of a real database file are overwritten, so
SQLite's ``quick_check`` fails on it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from cli_runner import run_cli
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from qt_dialogs import when_dialog_opens
from safety_files import corrupt_database, database_rows, file_digest

from pim_desktop.app import DamagedDatabase, open_database, open_or_recover
from pim_desktop.paths import AppPaths
from pim_desktop.services.backup_service import RecoveryChoice
from pim_desktop.ui.safety.recovery_dialog import ask_about_damaged_database


def damaged_folder(paths: AppPaths, *, backups: int = 2) -> dict[str, object]:
    """A data folder with sample data, ``backups`` good backups, then its database damaged."""
    context = open_database(paths, read_only=False)
    context.sample_data.create()
    made = []
    for hour in range(backups):
        clock_backup = context.backups.create().backup
        assert clock_backup is not None
        renamed = clock_backup.path.with_name(f"pim-desktop-2026-11-2{hour}_10-00-00.sqlite3")
        clock_backup.path.rename(renamed)
        made.append(renamed)
    rows = database_rows(paths.database_file)
    context.close()
    corrupt_database(paths.database_file)
    return {"backups": made, "rows": rows, "digest": file_digest(paths.database_file)}


def side_files(paths: AppPaths) -> list[str]:
    return sorted(p.name for p in paths.data_dir.iterdir() if "uszkodzona" in p.name)


def click_button(dialog: QWidget, text: str) -> None:
    assert isinstance(dialog, QMessageBox)
    button = next(b for b in dialog.findChildren(QPushButton) if text in b.text())
    button.click()


def test_a_damaged_file_is_refused_and_left_exactly_as_it_was(paths: AppPaths) -> None:
    state = damaged_folder(paths)
    with pytest.raises(DamagedDatabase) as damage:
        open_database(paths, read_only=False)
    assert "malformed" in damage.value.detail or "not a database" in damage.value.detail
    assert file_digest(paths.database_file) == state["digest"]


def test_the_dialog_offers_the_newest_good_backup_and_restores_it(
    qtbot: QtBot, qapp: QApplication, paths: AppPaths
) -> None:
    state = damaged_folder(paths)
    older, newer = state["backups"]  # type: ignore[misc]
    corrupt_database(newer)  # the newest backup is bad too: the older one is offered
    seen: list[str] = []

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        seen.append(dialog.text() + dialog.informativeText())
        click_button(dialog, "Przywróć kopię z 20.11.2026 10:00")

    answered = when_dialog_opens(answer)
    context = open_or_recover(paths, ask_about_damaged_database)
    assert answered and context is not None
    try:
        assert "uszkodzony" in seen[0] and "20.11.2026 10:00" in seen[0]
        assert database_rows(paths.database_file) == database_rows(older)
        assert context.applications.summaries()  # the sample city is back
    finally:
        context.close()
    aside = side_files(paths)
    assert len(aside) == 1 and aside[0].startswith("pim-desktop-uszkodzona-")
    assert file_digest(paths.data_dir / aside[0]) == state["digest"]


def test_quitting_leaves_the_damaged_file_in_place(qapp: QApplication, paths: AppPaths) -> None:
    state = damaged_folder(paths)
    answered = when_dialog_opens(lambda dialog: click_button(dialog, "Zakończ"))
    assert open_or_recover(paths, ask_about_damaged_database) is None
    assert answered
    assert file_digest(paths.database_file) == state["digest"]
    assert side_files(paths) == []


def test_without_a_backup_the_officer_may_start_empty(paths: AppPaths) -> None:
    damaged_folder(paths, backups=0)
    offered: list[object] = []

    def ask(database_file: Path, detail: str, newest: object) -> RecoveryChoice:
        offered.append(newest)
        return RecoveryChoice.START_EMPTY

    context = open_or_recover(paths, ask)
    assert context is not None and offered == [None]
    try:
        assert context.applications.summaries() == []
    finally:
        context.close()
    assert len(side_files(paths)) == 1


def test_the_command_line_says_so_and_restores_on_request(tmp_path: Path) -> None:
    home = tmp_path / "dom ż"
    paths = AppPaths.under(home).ensure()
    state = damaged_folder(paths)
    newest = state["backups"][-1]  # type: ignore[index]

    listing = run_cli(home, "list")
    assert listing.returncode == 3
    assert "jest uszkodzony" in listing.stderr
    assert f'pim-desktop restore "{newest}"' in listing.stderr
    assert file_digest(paths.database_file) == state["digest"]

    restored = run_cli(home, "restore", str(newest))
    assert restored.returncode == 0, restored.stdout + restored.stderr
    assert "Uszkodzony plik danych odłożono" in restored.stdout
    assert len(side_files(paths)) == 1

    again = run_cli(home, "list")
    assert again.returncode == 0, again.stderr
    assert "Miasto kompaktowe" in again.stdout or "2024" in again.stdout
    assert dt.date.today().isoformat()  # the folder works again
