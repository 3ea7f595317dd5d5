"""The longest the UI thread stops answering while the window writes every kind of PDF and backs
up: a heartbeat timer ticks every millisecond, and the widest gap between two ticks is the stall.

Run on demand: ``uv run pytest tests/benchmarks/test_ui_stalls.py --benchmark-only -s``.
Goal: no stall over 50 ms (on a loaded machine the figure includes time other processes took).
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from benchmarks.shipped_bytecode import compiled_libraries
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytest_benchmark.fixture import BenchmarkFixture
from pytestqt.qtbot import QtBot

from pim_desktop.app import open_database
from pim_desktop.context import AppContext
from pim_desktop.paths import AppPaths
from pim_desktop.ui.app_events import AppEvents
from pim_desktop.ui.common.task_runner import TaskRunner
from pim_desktop.ui.main_window import MainWindow
from pim_desktop.ui.qt_application import prepare_application

WARM_UP_STALLS: list[float] = []


@pytest.fixture(scope="module", autouse=True)
def bytecode(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    with compiled_libraries(tmp_path_factory.mktemp("bytecode")):
        yield


class Heartbeat:
    """Ticks as often as the event loop lets it; ``longest()`` is the widest gap in ms."""

    def __init__(self) -> None:
        self.ticks: list[float] = []
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(1)
        self.timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))

    def __enter__(self) -> Heartbeat:
        self.ticks = [time.perf_counter()]
        self.timer.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.timer.stop()
        self.ticks.append(time.perf_counter())

    def longest(self) -> float:
        return max(b - a for a, b in zip(self.ticks, self.ticks[1:], strict=False)) * 1000


@pytest.fixture
def window(
    qtbot: QtBot, qapp: QApplication, paths: AppPaths
) -> Iterator[tuple[MainWindow, AppContext]]:
    translators = prepare_application(qapp, "pl", paths.cache_dir)
    context = open_database(paths, read_only=False)
    context.sample_data.create()
    shown = MainWindow(context, AppEvents(), paths.log_dir / "log.txt", runner=TaskRunner())
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    # The signing libraries load through the runner once the applications page has been drawn
    # (its first drawing is measured with them); their stall is measured apart, then every
    # page is built: the stall is the work, not the page.
    shown.page("applications")
    with Heartbeat() as beat:
        with qtbot.waitSignal(shown.runner.busy_changed):
            shown.show_page_key("applications")
        qtbot.waitUntil(lambda: not shown.runner.is_busy(), timeout=60000)
    WARM_UP_STALLS.append(beat.longest())
    for key in shown.page_keys():
        shown.show_page_key(key)
    yield shown, context
    shown.runner.wait()
    context.close()
    for translator in translators:
        qapp.removeTranslator(translator)


def _steps(
    qtbot: QtBot, window: MainWindow, context: AppContext, out: Path
) -> dict[str, Callable[[], object]]:
    application_id = context.applications.summaries()[0].id
    meeting_id = context.meetings.meetings()[0].id
    done: list[object] = []

    def application_pdf() -> object:
        # What "Zapisz PDF…" does once the file is chosen.
        window.runner.run(
            lambda: context.exports.export_pdf(application_id, out / "wniosek.pdf", draft=True),
            done.append,
            description="PDF",
        )
        qtbot.waitUntil(lambda: bool(done), timeout=60000)
        return done.pop()

    def meeting(printer: Callable[[Path], None], name: str) -> Callable[[], object]:
        def step() -> object:
            window.meetings.select_meeting(meeting_id)
            printer(out / name)
            return (out / name).stat().st_size

        return step

    def python_beside() -> object:
        # Any work on another thread shares the GIL and the processor with the window: a
        # thread that only computes in Python for a second is the floor of every step below.
        def spin() -> None:
            end = time.perf_counter() + 1
            while time.perf_counter() < end:
                sum(range(1000))

        thread = threading.Thread(target=spin)
        thread.start()
        qtbot.waitUntil(lambda: not thread.is_alive(), timeout=60000)
        return None

    return {
        "nothing (the machine's own noise)": lambda: qtbot.wait(1000),
        "a thread computing in Python (the floor)": python_beside,
        "application PDF": application_pdf,
        "MID PDF": lambda: window.action_plan.export_pdf_to(out / "mid.pdf"),
        "attendance list PDF": meeting(window.meetings.print_attendance_sheet, "lista.pdf"),
        "minutes PDF": meeting(window.meetings.print_minutes, "protokol.pdf"),
        "Improvement Plan PDF": lambda: window.network.improvement.export_pdf_to(out / "pu.pdf"),
        "backup (Settings)": window.settings.backups.create_now,
    }


def test_longest_ui_thread_stall_while_printing_and_backing_up(
    benchmark: BenchmarkFixture,
    qtbot: QtBot,
    window: tuple[MainWindow, AppContext],
    tmp_path: Path,
) -> None:
    main, context = window
    stalls: dict[str, float] = {}

    def run_all() -> None:
        for round_name in ("first", "again"):
            for name, step in _steps(qtbot, main, context, tmp_path).items():
                with Heartbeat() as beat:
                    step()
                stalls[f"{name} ({round_name})"] = beat.longest()

    benchmark.pedantic(run_all, rounds=1, iterations=1)
    stalls["signing libraries loading in the background"] = WARM_UP_STALLS[-1]
    for name, stall in stalls.items():
        sys.stdout.write(f"longest UI-thread stall during {name}: {stall:.1f} ms\n")
    benchmark.extra_info.update({name: round(stall, 1) for name, stall in stalls.items()})
    assert all((tmp_path / name).stat().st_size > 0 for name in ("mid.pdf", "pu.pdf"))
