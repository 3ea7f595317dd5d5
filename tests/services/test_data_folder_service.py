"""Moving the data folder: a checked copy, the old folder kept, the new one used next start."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from safety_files import database_rows, folder_state

from pim_desktop.app import open_database
from pim_desktop.context import AppContext
from pim_desktop.domain.problems import Refused
from pim_desktop.paths import HOME_VARIABLE, AppPaths
from pim_desktop.persistence.settings_store import SettingsStore


@pytest.fixture
def user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The system's usual per-user folders (no PIM_DESKTOP_HOME), inside the test's folder."""
    monkeypatch.delenv(HOME_VARIABLE, raising=False)
    base = tmp_path / "profil użytkownika"
    for variable, name in (
        ("XDG_DATA_HOME", "share"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
    ):
        monkeypatch.setenv(variable, str(base / name))
    return base


@pytest.fixture
def user_context(user_folders: Path) -> Iterator[AppContext]:
    paths = AppPaths.from_environment().ensure()
    assert not paths.data_dir_fixed and str(paths.data_dir).startswith(str(user_folders))
    context = open_database(paths, read_only=False)
    context.sample_data.create()
    yield context
    context.close()


def attach(context: AppContext, tmp_path: Path, name: str, content: bytes) -> str:
    source = tmp_path / name
    source.write_bytes(content)
    return context.applications.store_attachment(source).sha256


def test_the_data_move_and_the_next_start_uses_them(
    user_context: AppContext, tmp_path: Path
) -> None:
    attach(user_context, tmp_path, "mapa.pdf", b"%PDF mapa " * 500)
    old = user_context.paths
    rows = database_rows(old.database_file)
    attachments = folder_state(old.attachments_dir)
    target = tmp_path / "D" / "Dane PIM ąę"

    outcome = user_context.data_folder.move_to(target)

    assert outcome.new_folder == target.resolve() and outcome.attachments == 1
    assert database_rows(target / "pim-desktop.sqlite3") == rows
    assert folder_state(target / "attachments") == attachments
    # The old folder is kept as it was.
    assert database_rows(old.database_file) == rows
    assert folder_state(old.attachments_dir) == attachments
    # The next start: the settings file names the new folder; backups stay where they were.
    user_context.close()
    again = AppPaths.from_environment()
    assert again.data_dir == target.resolve() and again.data_dir_chosen
    assert again.backup_dir == old.backup_dir
    reopened = open_database(again.ensure(), read_only=False)
    try:
        assert len(reopened.applications.summaries()) == 2
        assert reopened.city_profile.load() == user_context.city_profile.load()
    finally:
        reopened.close()


def test_a_missing_chosen_folder_is_not_made_anew(user_context: AppContext, tmp_path: Path) -> None:
    target = tmp_path / "pendrive" / "PIM"
    user_context.data_folder.move_to(target)
    user_context.close()
    (target / "pim-desktop.sqlite3").rename(tmp_path / "gdzie-indziej.sqlite3")
    paths = AppPaths.from_environment()
    assert paths.chosen_folder_unavailable()


def test_a_move_refuses_unsuitable_folders(user_context: AppContext, tmp_path: Path) -> None:
    busy = tmp_path / "zajęty"
    busy.mkdir()
    (busy / "cudzy plik.txt").write_text("nie ruszać", encoding="utf-8")
    with pytest.raises(Refused, match="nie jest pusty"):
        user_context.data_folder.move_to(busy)
    with pytest.raises(Refused, match="ani leżeć w nim"):
        user_context.data_folder.move_to(user_context.paths.data_dir / "podfolder")
    assert SettingsStore(user_context.paths.settings_file).load().data_dir == ""
    assert (busy / "cudzy plik.txt").read_text(encoding="utf-8") == "nie ruszać"


def test_a_failed_copy_leaves_nothing_and_changes_nothing(
    user_context: AppContext, tmp_path: Path
) -> None:
    sha256 = attach(user_context, tmp_path, "uchwała.pdf", b"%PDF uchwala")
    # The stored file rots on the disk: its content no longer matches its name.
    user_context.applications.attachment_path(sha256).write_bytes(b"%PDF zepsuty")
    target = tmp_path / "nowy folder"
    with pytest.raises(Refused, match="Nie udało się skopiować danych"):
        user_context.data_folder.move_to(target)
    assert not target.exists()
    assert SettingsStore(user_context.paths.settings_file).load().data_dir == ""


def test_pim_desktop_home_overrides_the_choice(context: AppContext, tmp_path: Path) -> None:
    assert context.paths.data_dir_fixed
    with pytest.raises(Refused, match="PIM_DESKTOP_HOME"):
        context.data_folder.move_to(tmp_path / "gdziekolwiek")
    context.settings.set_data_dir(str(tmp_path / "inny"))
    assert AppPaths.from_environment().data_dir == context.paths.data_dir
