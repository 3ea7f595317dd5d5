"""A start on untouched data paints the dashboard of the last close at once, before the data
layer is imported, and reads the data right after; data changed since are read before the paint."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from pim_desktop.paths import AppPaths

# Starts the window, notes what the city's name showed when it was first painted and whether
# SQLAlchemy had been imported by then, and closes the window as an officer would.
START_AND_LOOK = """
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from pim_desktop.ui import main_window

seen = {}

class Watch(QObject):
    def eventFilter(self, watched, event):
        if (event.type() == QEvent.Type.Paint and not seen
                and watched.objectName() == "summary_official_name"):
            seen["name"] = watched.text()
            seen["data_layer_loaded"] = "sqlalchemy" in sys.modules
            QTimer.singleShot(0, watched.window().close)
        return False

watch = Watch()
shown = main_window.MainWindow.show

def show_and_watch(self):
    QApplication.instance().installEventFilter(watch)
    shown(self)

main_window.MainWindow.show = show_and_watch
from pim_desktop.app import main
code = main([])
sys.stdout.write(json.dumps({**seen, "code": code}))
"""


def start(home: Path) -> dict[str, object]:
    env = {**os.environ, "PIM_DESKTOP_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", START_AND_LOOK], env=env, capture_output=True, text=True, check=True
    )
    seen: dict[str, object] = json.loads(result.stdout)
    return seen


def sample_city(home: Path) -> AppPaths:
    env = {**os.environ, "PIM_DESKTOP_HOME": str(home)}
    command = [sys.executable, "-m", "pim_desktop", "sample-data"]
    subprocess.run(command, env=env, check=True, capture_output=True)
    return AppPaths.under(home)


def test_the_second_start_paints_the_city_before_loading_the_data_layer(tmp_path: Path) -> None:
    paths = sample_city(tmp_path)
    first = start(tmp_path)
    assert first["code"] == 0
    assert "Przykładowo" in str(first["name"])
    assert first["data_layer_loaded"]  # nothing kept yet: the data were read before the paint
    assert (paths.cache_dir / "pulpit.json").is_file()

    second = start(tmp_path)
    assert second["name"] == first["name"]
    assert not second["data_layer_loaded"]


def test_data_changed_since_the_last_close_are_read_before_the_paint(tmp_path: Path) -> None:
    paths = sample_city(tmp_path)
    start(tmp_path)
    with sqlite3.connect(paths.database_file) as connection:
        connection.execute("UPDATE city_profile SET official_name = 'Gmina Nowa Nazwa'")
    connection.close()

    changed = start(tmp_path)
    assert changed["name"] == "Gmina Nowa Nazwa"
    assert changed["data_layer_loaded"]
    again = start(tmp_path)
    assert again["name"] == "Gmina Nowa Nazwa"
    assert not again["data_layer_loaded"]


def test_a_kept_dashboard_of_another_program_version_is_not_shown(tmp_path: Path) -> None:
    paths = sample_city(tmp_path)
    start(tmp_path)
    kept = paths.cache_dir / "pulpit.json"
    stored = json.loads(kept.read_text(encoding="utf-8"))
    key = json.loads(stored["key"])
    key[0] = "0.0.1"
    stored["key"] = json.dumps(key)
    stored["look"]["texts"]["summary_official_name"] = "Nieaktualna nazwa"
    kept.write_text(json.dumps(stored), encoding="utf-8")

    seen = start(tmp_path)
    assert "Przykładowo" in str(seen["name"])
    assert seen["data_layer_loaded"]
