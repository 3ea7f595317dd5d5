"""The preferences file: the folders file choosers start in, per purpose, kept across starts."""

from __future__ import annotations

import json
from pathlib import Path

from pim_desktop.persistence.settings_store import SettingsStore
from pim_desktop.services.settings_service import SettingsService


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
