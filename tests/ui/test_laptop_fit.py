"""On a municipal laptop (1366 × 700 of usable screen) and at 150 % on 1920 × 1080, walked
with the sample city: no page and no editor section scrolls sideways, no scroll area sits in
another, table titles are whole, lists get useful height, and every dialog fits its screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from laptop_walk import dialogs_of, walk_window
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from pim_desktop.context import AppContext
from pim_desktop.domain.action_plan_figures import chart_range
from pim_desktop.ui.action_plan.gantt_chart import GanttChart
from pim_desktop.ui.main_window import MainWindow

SIZES = [(1366, 700), (1280, 680)]
# Room a window frame and a title bar take on Windows.
FRAME = (20, 40)
WALK = Path(__file__).resolve().parents[1] / "laptop_walk.py"


@pytest.fixture
def sample_window(context: AppContext, make_window: object) -> MainWindow:
    context.sample_data.create()
    return make_window(context)  # type: ignore[no-any-return, operator]


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_no_page_and_no_editor_section_scrolls_sideways(
    sample_window: MainWindow, width: int, height: int
) -> None:
    sample_window.resize(width, height)
    assert walk_window(sample_window) == []


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_the_problem_list_and_the_lists_get_useful_height(
    sample_window: MainWindow, context: AppContext, width: int, height: int
) -> None:
    window = sample_window
    window.resize(width, height)
    page = window.applications
    window.show_page_key("applications")
    partner = next(s.id for s in context.applications.summaries() if s.problem_count)
    editor = page.open(partner)
    editor.run_check()
    QApplication.processEvents()
    line = editor.fontMetrics().lineSpacing()
    assert editor.problem_panel.problem_list.height() >= line * 4
    back = editor.findChild(QWidget, "back_to_list")
    assert back.mapTo(window, back.rect().bottomLeft()).y() < window.height()
    window.show_page_key("meetings")
    QApplication.processEvents()
    meetings = window.meetings.table
    assert meetings.viewport().height() >= meetings.verticalHeader().defaultSectionSize() * 4


def test_every_dialog_can_shrink_to_a_laptop_screen(
    qtbot: QtBot, sample_window: MainWindow, context: AppContext
) -> None:
    for dialog in dialogs_of(sample_window, context):
        needed = dialog.minimumSizeHint()
        name = type(dialog).__name__
        assert needed.width() <= 1366 - FRAME[0] and needed.height() <= 700 - FRAME[1], name
        dialog.deleteLater()


@pytest.mark.parametrize(
    ("screen", "scale"),
    [((1366, 700), "1"), ((1920, 1080), "1.5")],
    ids=["laptop-100", "full-hd-150"],
)
def test_pages_and_dialogs_fit_a_real_screen(
    tmp_path: Path, screen: tuple[int, int], scale: str
) -> None:
    """The program on an offscreen screen of that size and scale, maximised."""
    config = tmp_path / "screen.json"
    width, height = screen
    config.write_text(
        json.dumps(
            {"screens": [{"name": "laptop", "x": 0, "y": 0, "width": width, "height": height}]}
        ),
        encoding="utf-8",
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": scale,
        "PYTHONIOENCODING": "utf-8",
    }
    done = subprocess.run(
        [sys.executable, str(WALK), str(tmp_path / "dane")],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    scaled = [round(side / float(scale)) for side in screen]
    assert report["screen"] == scaled
    assert report["faults"] == []


def test_the_schedule_keeps_its_years_clear_of_the_status_column(
    qtbot: QtBot, context: AppContext
) -> None:
    """The sample plan ends in a year of one month: its number has no room and is left out."""
    context.sample_data.create()
    plan = context.action_plan.plan()
    actions = context.action_plan.actions()
    chart = GanttChart()
    qtbot.addWidget(chart)
    chart.set_schedule(actions, chart_range(plan, actions))
    base = chart.palette().base().color().rgb()
    row = chart.row_height()
    for width in (900, 1100, 1400):
        chart.resize(width, chart.sizeHint().height())
        image = chart.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        status_left = width - chart.status_width()
        gap_left = status_left - 12 + 2
        painted = [
            (x, y)
            for y in range(2, row * 2 - 2)
            for x in range(gap_left, status_left if y > row else width)
            if image.pixelColor(x, y).rgb() != base
        ]
        assert painted == [], f"header text in the status column at width {width}"
