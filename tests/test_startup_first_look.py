"""A start on untouched data paints the dashboard of the last close at once, before the data
layer is imported, and reads the data right after; data changed since are read before the paint."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

from pim_desktop.paths import AppPaths

# Starts the window, notes what the city's name showed when it was first painted and whether
# SQLAlchemy had been imported by then, and closes the window as an officer would.
START_AND_LOOK = """
import datetime, json, os, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel
from pim_desktop.ui import main_window
from pim_desktop.ui.city import dashboard_look

if os.environ.get("DASHBOARD_TODAY"):
    dashboard_look.today = lambda: datetime.date.fromisoformat(os.environ["DASHBOARD_TODAY"])

seen = {}

class Watch(QObject):
    def eventFilter(self, watched, event):
        if (event.type() == QEvent.Type.Paint and not seen
                and watched.objectName() == "summary_official_name"):
            seen["name"] = watched.text()
            seen["progress"] = watched.window().findChild(QLabel, "applications_progress").text()
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


def start(home: Path, today: dt.date | None = None) -> dict[str, object]:
    """One start of the window; ``today``: the day its dashboard counts deadlines from."""
    env = {**os.environ, "PIM_DESKTOP_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    if today is not None:
        env["DASHBOARD_TODAY"] = today.isoformat()
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


def test_a_dashboard_kept_on_another_day_paints_at_once_with_the_days_counted_from_today(
    tmp_path: Path,
) -> None:
    sample_city(tmp_path)
    first = start(tmp_path)
    found = re.search(r"termin (\d\d)\.(\d\d)\.(\d{4})", str(first["progress"]))
    assert found is not None
    day, month, year = (int(part) for part in found.groups())
    deadline = dt.date(year, month, day)

    yesterday = start(tmp_path, deadline - dt.timedelta(days=10))
    assert not yesterday["data_layer_loaded"]
    assert "zostało dni: 10" in str(yesterday["progress"])
    today = start(tmp_path, deadline - dt.timedelta(days=9))
    assert not today["data_layer_loaded"]
    assert today["name"] == first["name"]
    assert "zostało dni: 9" in str(today["progress"])
    assert "zostało dni: 10" not in str(today["progress"])
