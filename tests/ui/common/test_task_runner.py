"""Slow work runs off the UI thread; its result, or its failure, comes back on the UI thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget
from pytestqt.qtbot import QtBot
from qt_dialogs import when_dialog_opens

from pim_desktop.services.errors import StorageError
from pim_desktop.ui.common.task_runner import InlineTaskRunner, TaskRunner


def watch_busy_indicator(release: threading.Event) -> list[tuple[str, QWidget | None]]:
    """Note the busy indicator's text and window once it is on screen, then let the waiting work
    finish."""
    seen: list[tuple[str, QWidget | None]] = []

    def watch() -> None:
        busy = QApplication.activeModalWidget()
        if isinstance(busy, QProgressDialog) and busy.isVisible() and busy.windowOpacity() > 0:
            seen.append((busy.labelText(), busy.parentWidget()))
            release.set()
        elif not release.is_set():
            QTimer.singleShot(50, watch)

    QTimer.singleShot(0, watch)
    return seen


def test_work_runs_in_the_pool_and_the_result_comes_back_on_the_ui_thread(
    qtbot: QtBot, qapp: QApplication
) -> None:
    runner = TaskRunner()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    def done(result: object) -> None:
        seen["result"] = result
        seen["receiver"] = threading.get_ident()

    busy: list[tuple[bool, str]] = []
    runner.busy_changed.connect(lambda running, what: busy.append((running, what)))
    runner.run(work, done, description="Zapisywanie PDF")
    assert runner.is_busy()
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] == 42
    assert seen["worker"] != threading.get_ident()
    assert seen["receiver"] == threading.get_ident()
    assert busy == [(True, "Zapisywanie PDF"), (False, "")]
    assert not runner.is_busy()


def test_an_expected_error_goes_to_the_caller(qtbot: QtBot, qapp: QApplication) -> None:
    runner = TaskRunner()
    handled: list[BaseException] = []

    def fail() -> None:
        raise ValueError("odmowa")

    def expect(error: BaseException) -> bool:
        handled.append(error)
        return True

    runner.run(fail, lambda _r: None, description="Podgląd", on_error=expect)
    qtbot.waitUntil(lambda: bool(handled), timeout=5000)
    assert isinstance(handled[0], ValueError)
    qtbot.waitUntil(lambda: not runner.is_busy())


def test_any_other_error_goes_to_the_one_error_dialog(qtbot: QtBot, qapp: QApplication) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = TaskRunner(parent)

    def fail() -> None:
        raise StorageError("Nie udało się zapisać: na dysku zabrakło miejsca.", "disk full")

    texts: list[str] = []

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        texts.append(dialog.text())
        dialog.accept()

    answered = when_dialog_opens(answer, attempts=500)
    with qtbot.waitSignal(runner.failed, timeout=5000) as failed:
        runner.run(fail, lambda _r: None, description="Zapisywanie PDF", on_error=lambda _e: False)
    assert failed.args[0] == "Zapisywanie PDF"
    qtbot.waitUntil(lambda: bool(answered), timeout=5000)
    assert texts == ["Nie udało się zapisać: na dysku zabrakło miejsca."]


def test_the_inline_runner_does_the_same_at_once(qapp: QApplication) -> None:
    runner = InlineTaskRunner()
    results: list[object] = []
    runner.run(lambda: "gotowe", results.append, description="Zadanie")
    assert results == ["gotowe"] and not runner.is_busy()
    errors: list[BaseException] = []
    runner.run(
        lambda: 1 / 0,
        results.append,
        description="Zadanie",
        on_error=lambda error: errors.append(error) is None,
    )
    assert isinstance(errors[0], ZeroDivisionError)


def test_waiting_for_work_keeps_the_window_painting_and_shows_that_it_is_busy(
    qtbot: QtBot, qapp: QApplication
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    runner = TaskRunner(parent)
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))  # the UI thread's event loop keeps running
    timer.start(20)
    release = threading.Event()
    seen = watch_busy_indicator(release)

    def work() -> int:
        release.wait(5)  # until the busy indicator has been seen (or five seconds)
        return threading.get_ident()

    worker = runner.run_and_wait(work, description="Import z pliku .pim")
    timer.stop()
    assert worker != threading.get_ident()
    assert [text for text, _over in seen] == ["Import z pliku .pim"]
    assert len(ticks) >= 10  # about half a second went by with the loop alive
    assert not runner.is_busy()

    def fail() -> None:
        raise StorageError("Dysk pełny")

    with pytest.raises(StorageError):
        runner.run_and_wait(fail, description="Import z pliku .pim")
    assert InlineTaskRunner().run_and_wait(lambda: "od razu", description="Podgląd") == "od razu"


def test_a_runner_built_before_the_window_shows_its_busy_indicator_over_it(
    qtbot: QtBot, qapp: QApplication
) -> None:
    runner = TaskRunner()  # the composition root builds it first
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    runner.show_dialogs_over(window)
    release = threading.Event()
    seen = watch_busy_indicator(release)
    runner.run_and_wait(lambda: release.wait(5), description="Import z pliku .pim")
    assert [over for _text, over in seen] == [window]


def test_the_status_names_the_task_still_running_when_one_of_two_ends(
    qtbot: QtBot, qapp: QApplication
) -> None:
    runner = TaskRunner()
    busy: list[tuple[bool, str]] = []
    runner.busy_changed.connect(lambda running, what: busy.append((running, what)))
    runner.run(lambda: None, lambda _r: None, description="Przygotowanie podpisu")
    runner.run(lambda: None, lambda _r: None, description="Zapisywanie PDF")
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=5000)
    assert busy[-2:] == [(True, "Zapisywanie PDF"), (False, "")]
