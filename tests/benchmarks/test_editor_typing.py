"""How long the UI thread spends per keystroke in a long text, and per autosave.

Run on demand: ``uv run pytest tests/benchmarks --benchmark-only``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from pytest_benchmark.fixture import BenchmarkFixture
from pytestqt.qtbot import QtBot

from pim_desktop.app import open_database
from pim_desktop.context import AppContext
from pim_desktop.paths import AppPaths
from pim_desktop.ui.applications.application_editor import ApplicationEditor

TEXT = "Miasto uczy się od innych miast, a mieszkańcy współtworzą plan działań. " * 40


@pytest.fixture
def editor(qtbot: QtBot, paths: AppPaths) -> Iterator[ApplicationEditor]:
    context: AppContext = open_database(paths, read_only=False)
    context.sample_data.create()
    leader = next(s for s in context.applications.summaries() if s.application.role == "lider")
    widget = ApplicationEditor(context.applications, context.applications.load(leader.id))
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    widget.show_field("motivation")
    yield widget
    widget.flush()
    context.close()


def press(widget: QPlainTextEdit, char: str) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(
            widget, QKeyEvent(kind, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, char)
        )


def test_keystroke_in_a_long_text(benchmark: BenchmarkFixture, editor: ApplicationEditor) -> None:
    field = editor.findChild(QPlainTextEdit, "motivation")
    field.setPlainText(TEXT)
    field.moveCursor(field.textCursor().MoveOperation.End)
    benchmark(press, field, "ż")


def test_autosave_of_one_changed_field(
    benchmark: BenchmarkFixture, editor: ApplicationEditor
) -> None:
    counter = iter(range(1_000_000))

    def edit_and_save() -> None:
        editor._on_field_edited("motivation", f"{TEXT} {next(counter)}")
        editor.flush()

    benchmark(edit_and_save)
