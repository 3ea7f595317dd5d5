"""The preferences file: the folders file choosers start in, per purpose, kept across starts;
the officer's name read once and kept, not read from the file on every save."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import MemoryKeyring

from pim_desktop.context import AppContext
from pim_desktop.domain.forms.definition import Role
from pim_desktop.persistence.settings_store import SettingsStore, UserSettings
from pim_desktop.services.settings_service import SettingsService
from pim_desktop.services.team_database import TeamAddress, TeamDatabaseSettings


class CountedStore(SettingsStore):
    """The real file store, counting how often the file is read."""

    def __init__(self, settings_file: Path) -> None:
        super().__init__(settings_file)
        self.loads = 0

    def load(self) -> UserSettings:
        self.loads += 1
        return super().load()


def test_the_last_folder_per_purpose_is_kept_for_the_next_start(tmp_path: Path) -> None:
    file = tmp_path / "ustawienia ąę" / "settings.json"
    settings = SettingsService(SettingsStore(file))
    assert settings.last_folder("package") == ""
    settings.remember_folder("package", str(tmp_path / "Pliki PIM"))
    settings.remember_folder("pdf-export", str(tmp_path / "Wydruki"))
    settings.set_language("en")

    again = SettingsService(SettingsStore(file))
    assert again.last_folder("package") == str(tmp_path / "Pliki PIM")
    assert again.last_folder("pdf-export") == str(tmp_path / "Wydruki")
    assert again.last_folder("members-csv") == ""
    assert again.load().language == "en"  # one preference does not push out another


def test_a_damaged_folder_list_is_dropped_not_fatal(tmp_path: Path) -> None:
    file = tmp_path / "settings.json"
    file.write_text(
        json.dumps({"language": "pl", "last_folders": {"package": 7, "pdf-export": "C:/Wydruki"}}),
        encoding="utf-8",
    )
    assert SettingsStore(file).load().last_folders == {"pdf-export": "C:/Wydruki"}
    file.write_text(json.dumps({"last_folders": ["nie", "słownik"]}), encoding="utf-8")
    assert SettingsStore(file).load().last_folders == {}


def test_the_officer_name_is_read_once_and_a_change_is_kept(tmp_path: Path) -> None:
    store = CountedStore(tmp_path / "settings.json")
    settings = SettingsService(store)
    for _ in range(50):
        settings.officer()
    assert store.loads == 1
    settings.set_officer_name("  Zofia   Łagoda ")
    assert [settings.officer() for _ in range(50)] == ["Zofia Łagoda"] * 50
    assert store.loads == 2  # the change read the file once, to keep what others wrote beside it
    assert SettingsService(SettingsStore(tmp_path / "settings.json")).officer() == "Zofia Łagoda"


def test_every_save_signs_with_the_kept_name_and_sees_a_change_in_settings(
    context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads: list[SettingsStore] = []
    original_load = SettingsStore.load

    def counted_load(store: SettingsStore) -> UserSettings:
        reads.append(store)
        return original_load(store)

    monkeypatch.setattr(SettingsStore, "load", counted_load)
    definition = context.applications.catalog.latest("pim2021")
    draft = context.applications.create(definition, Role.LEADER, "miasto_zielone")
    context.settings.set_officer_name("Anna Nowak")
    reads.clear()
    for number in range(5):
        saved = context.applications.save_values(draft.id, {"motivation": f"Razem {number}"})
        assert saved.changed_by == "Anna Nowak"
    assert reads == []  # neither the saves nor their notices to colleagues read the file

    context.settings.set_officer_name("Zofia Łagoda")
    saved = context.applications.save_values(draft.id, {"motivation": "Po zmianie"})
    assert saved.changed_by == "Zofia Łagoda"
    names = {change.changed_by for change in context.applications.history(draft.id)}
    assert names == {"Anna Nowak", "Zofia Łagoda"}
    assert len(reads) == 1  # the change in Settings, not the save


def test_a_change_keeps_the_team_address_written_beside_it(
    memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    file = tmp_path / "settings.json"
    settings = SettingsService(SettingsStore(file))
    assert settings.officer()  # the preferences are now kept
    TeamDatabaseSettings(SettingsStore(file)).remember(
        TeamAddress("serwer.gmina.pl", "pim", "urzednik", 5433), "hasło"
    )
    settings.remember_folder("package", str(tmp_path / "Pliki PIM"))
    kept = SettingsStore(file).load()
    assert "urzednik@serwer.gmina.pl:5433/pim" in kept.team_database_url
    assert kept.last_folders == {"package": str(tmp_path / "Pliki PIM")}
