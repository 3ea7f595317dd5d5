"""A dashboard kept on one day and shown on the next counts its days left from the new day, with
the same texts the services give that day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from pim_desktop.context import AppContext
from pim_desktop.ui.app_events import AppEvents
from pim_desktop.ui.city import dashboard_look
from pim_desktop.ui.common.task_runner import TaskRunner
from pim_desktop.ui.main_window import MainWindow

DayPair = Callable[[AppContext], tuple[dt.date, dt.date]]


def ten_and_nine_days_before_the_deadline(context: AppContext) -> tuple[dt.date, dt.date]:
    deadline = context.applications.summaries()[0].definition.call.deadline
    assert deadline is not None
    return deadline - dt.timedelta(days=10), deadline - dt.timedelta(days=9)


def the_day_before_and_after_the_last_task_is_due(context: AppContext) -> tuple[dt.date, dt.date]:
    due = max(
        task.task.due_on
        for task in context.meetings.figures().open_tasks
        if task.task.due_on is not None
    )
    return due - dt.timedelta(days=1), due + dt.timedelta(days=1)


def texts(window: MainWindow) -> dict[str, str]:
    return {
        label.objectName(): label.text()
        for label in window.dashboard.findChildren(QLabel)
        if label.objectName()
    }


def kept_on_one_day_shown_on_the_next(
    context: AppContext, monkeypatch: pytest.MonkeyPatch, yesterday: dt.date, today: dt.date
) -> tuple[dict[str, str], MainWindow]:
    """What the dashboard said on ``yesterday`` at the close, and the window started ``today``
    on what was kept then (its city's name marked as the kept one)."""
    log_file = context.paths.log_dir / "pim-desktop.log"
    monkeypatch.setattr(dashboard_look, "today", lambda: yesterday)
    closed = MainWindow(context, AppEvents(), log_file, runner=TaskRunner())
    kept = closed.first_look_for_next_start()
    seen_yesterday = texts(closed)
    closed.close()
    assert kept is not None
    kept_texts = kept["texts"]
    assert isinstance(kept_texts, dict)
    kept_texts["summary_official_name"] = "Tekst z ostatniego zamknięcia"

    monkeypatch.setattr(dashboard_look, "today", lambda: today)
    window = MainWindow(context, AppEvents(), log_file, runner=TaskRunner(), first_look=kept)
    return seen_yesterday, window


@pytest.mark.parametrize(
    "days",
    [ten_and_nine_days_before_the_deadline, the_day_before_and_after_the_last_task_is_due],
)
def test_a_dashboard_kept_yesterday_counts_its_days_from_today(
    qtbot: QtBot,
    prepared_app: object,
    context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
    days: DayPair,
) -> None:
    context.sample_data.create()
    seen_yesterday, window = kept_on_one_day_shown_on_the_next(context, monkeypatch, *days(context))
    qtbot.addWidget(window)
    window.show()
    first_look = texts(window)
    assert first_look["summary_official_name"] == "Tekst z ostatniego zamknięcia"

    window.load_data_after_first_look()
    name = window.findChild(QLabel, "summary_official_name")
    qtbot.waitUntil(lambda: "Przykładowo" in name.text(), timeout=30000)
    from_the_services = texts(window)
    changed = {key for key, text in from_the_services.items() if seen_yesterday[key] != text}
    assert changed  # the new day says something the old one did not
    del first_look["summary_official_name"], from_the_services["summary_official_name"]
    assert first_look == from_the_services


def test_the_days_left_are_those_the_services_count(
    qtbot: QtBot, prepared_app: object, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    context.sample_data.create()
    yesterday, today = ten_and_nine_days_before_the_deadline(context)
    _seen, window = kept_on_one_day_shown_on_the_next(context, monkeypatch, yesterday, today)
    qtbot.addWidget(window)
    progress = window.findChild(QLabel, "applications_progress").text()
    left = context.applications.summaries()[0].days_left(today)
    assert left == 9
    assert f"zostało dni: {left}" in progress and "zostało dni: 10" not in progress
