"""One date format on screen and in print, the Polish one: 20.09.2021 (never 2021-09-20)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from pdf_reading import page_texts
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QAbstractItemView, QDateTimeEdit, QLabel, QWidget

import pim_desktop
from pim_desktop.context import AppContext
from pim_desktop.ui.main_window import MainWindow

ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
POLISH_DATE = re.compile(r"\b\d{2}\.\d{2}\.\d{4}\b")
SOURCES = Path(pim_desktop.__file__).parent


def shown_texts(root: QWidget) -> list[str]:
    texts = [label.text() for label in root.findChildren(QLabel) if label.isVisible()]
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        for row in range(min(model.rowCount(QModelIndex()), 50)):
            column = 0
            while (index := model.index(row, column, QModelIndex())).isValid():
                value = model.data(index)
                if isinstance(value, str):
                    texts.append(value)
                column += 1
    return texts


def test_no_page_shows_an_iso_date_and_dates_are_written_the_polish_way(
    context: AppContext, make_window: Callable[[AppContext], MainWindow]
) -> None:
    context.sample_data.create()
    window = make_window(context)
    seen: list[str] = []
    for key in window.page_keys():
        page = window.show_page_key(key)
        texts = shown_texts(page)
        assert not [t for t in texts if ISO_DATE.search(t)], key
        seen += texts
        for edit in page.findChildren(QDateTimeEdit):
            assert edit.displayFormat().startswith("dd.MM.yyyy"), (key, edit.objectName())
    assert sum(bool(POLISH_DATE.search(t)) for t in seen) >= 10


def test_printouts_write_dates_the_polish_way(context: AppContext, tmp_path: Path) -> None:
    context.sample_data.create()
    meeting = context.meetings.meetings()[0]
    printed = {
        "attendance": lambda target: context.meetings.print_attendance_sheet(meeting.id, target),
        "minutes": lambda target: context.meetings.print_minutes(meeting.id, target),
        "mid": context.action_plan.print_pdf,
    }
    for name, print_to in printed.items():
        target = tmp_path / f"{name}.pdf"
        print_to(target)
        text = "\n".join(page_texts(target))
        assert not ISO_DATE.search(text), name
        assert POLISH_DATE.search(text), name
    application = context.applications.summaries()[0].application.id
    rendered = context.exports.render_pdf(application, draft=True)
    target = tmp_path / "application.pdf"
    target.write_bytes(rendered.data)
    text = "\n".join(page_texts(target))
    assert not ISO_DATE.search(text) and POLISH_DATE.search(text)


def test_date_fields_of_the_interface_use_the_polish_format() -> None:
    """No date field of the interface asks for another display format."""
    offending = [
        f"{source.relative_to(SOURCES)}:{number}"
        for source in (SOURCES / "ui").rglob("*.py")
        for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1)
        if "setDisplayFormat(" in line and "yyyy-MM-dd" in line
    ]
    assert offending == []
