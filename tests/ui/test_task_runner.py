"""Slow work runs off the UI thread; its result, or its failure, comes back on the UI thread."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from qt_dialogs import when_dialog_opens

from pim_desktop.services.errors import StorageError
from pim_desktop.ui.task_runner import InlineTaskRunner, TaskRunner


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
