"""The mouse wheel never changes stored data by passing over a field: it scrolls the page, and
only a field the officer has focused takes it."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from pim_desktop.context import AppContext
from pim_desktop.ui.common.wheel_guard import is_guarded
from pim_desktop.ui.main_window import MainWindow


def wheel(widget: QWidget, steps: int = -1) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def bring_into_view(widget: QWidget) -> None:
    """Switch every tab and stacked page on the way to the widget, as clicking there would."""
    child: QWidget = widget
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QStackedWidget) and parent.indexOf(child) >= 0:
            tabs = parent.parentWidget()
            if isinstance(tabs, QTabWidget):
                tabs.setCurrentWidget(child)
            else:
                parent.setCurrentWidget(child)
        child, parent = parent, parent.parentWidget()


def nearest_scroll_area(widget: QWidget) -> QScrollArea:
    parent = widget.parentWidget()
    while not isinstance(parent, QScrollArea):
        assert parent is not None
        parent = parent.parentWidget()
    return parent


def stored_rows(database: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(database) as connection:
        tables = [
            row[0]
            for row in connection.execute("select name from sqlite_master where type = 'table'")
        ]
        return {t: sorted(map(repr, connection.execute(f'select * from "{t}"'))) for t in tables}


def wheel_over_every_field(qtbot: QtBot, root: QWidget) -> int:
    wheeled = 0
    for widget in root.findChildren(QWidget):
        if not is_guarded(widget) or not widget.isEnabled():
            continue
        bring_into_view(widget)
        if not widget.isVisible():
            continue  # a field the form hides for this role
        assert not widget.hasFocus()
        wheel(widget, -1)
        wheel(widget, +2)
        wheeled += 1
    return wheeled


def test_wheel_over_every_field_of_every_page_changes_nothing(
    qtbot: QtBot, context: AppContext, make_window: Callable[[AppContext], MainWindow]
) -> None:
    context.sample_data.create()
    window = make_window(context)
    window.navigation.setFocus()
    before = stored_rows(context.paths.database_file)
    wheeled = 0
    for key in window.page_keys():
        wheeled += wheel_over_every_field(qtbot, window.show_page_key(key))
    window.show_page_key("applications")
    for row in range(window.applications.model.rowCount()):
        editor = window.applications.open(window.applications.model.summary(row).id)
        window.navigation.setFocus()
        wheeled += wheel_over_every_field(qtbot, editor)
        assert window.applications.close_editor()
    assert wheeled >= 40
    assert window.save_everything()
    assert stored_rows(context.paths.database_file) == before


def test_a_focused_field_still_takes_the_wheel_and_an_unfocused_one_scrolls_the_page(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = window.show_page_key("city_profile")
    window.resize(900, 420)
    population = page.findChild(QSpinBox, "population")
    scroll = nearest_scroll_area(population)
    qtbot.waitUntil(lambda: scroll.verticalScrollBar().maximum() > 0)
    assert population.focusPolicy() == Qt.FocusPolicy.StrongFocus
    start = population.value()
    window.navigation.setFocus()
    wheel(population, -1)
    assert population.value() == start
    assert scroll.verticalScrollBar().value() > 0
    population.setFocus()
    qtbot.waitUntil(population.hasFocus)
    wheel(population, +1)
    assert population.value() == start + 1
