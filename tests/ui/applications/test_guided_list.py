"""The applications list leads through the steps: what is done, what is next, which actions
make sense now and why the others do not, and every change of status said on screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from qt_dialogs import pick_file, when_dialog_opens

from pim_desktop.context import AppContext
from pim_desktop.domain.application import ApplicationStatus, Submission, SubmissionChannel
from pim_desktop.domain.application_steps import Step
from pim_desktop.ui.applications.applications_page import ApplicationsPage
from pim_desktop.ui.applications.new_application_dialog import NewApplicationDialog
from pim_desktop.ui.main_window import MainWindow

SELECTION_FREE = {"new_application", "import_package", "match_printout", "check_signature"}


def list_page(window: MainWindow) -> ApplicationsPage:
    window.show_page_key("applications")
    page = window.applications
    page.table.clearSelection()
    return page


def action_buttons(page: ApplicationsPage) -> dict[str, QPushButton]:
    return page.list_actions.buttons


def test_with_nothing_selected_only_starting_and_file_checks_are_offered(
    sample: tuple[AppContext, int, int], window: MainWindow
) -> None:
    page = list_page(window)
    buttons = action_buttons(page)
    assert {"sign", "send_application", "final_pdf", "mark_ready"} <= set(buttons)
    enabled = {name for name, button in buttons.items() if button.isEnabled()}
    assert enabled == SELECTION_FREE
    for name in set(buttons) - SELECTION_FREE:
        assert buttons[name].toolTip() == "Najpierw wybierz wniosek na liście.", name
    assert "Wybierz wniosek" in page.steps.heading.text()
    assert not page.steps.labels[Step.FILL].isVisible()


def test_the_steps_of_a_selected_draft_say_what_is_done_and_what_is_next(
    sample: tuple[AppContext, int, int], window: MainWindow
) -> None:
    _context, leader, _partner = sample
    page = list_page(window)
    page.select_application(leader)
    labels = page.steps.labels
    assert labels[Step.FILL].text() == "✓ 1. Wypełnij — zrobione"
    assert "➜ 2. Sprawdź — teraz" in labels[Step.CHECK].text()
    assert labels[Step.SIGN].text() == "○ 4. Podpisz — później"
    assert labels[Step.CHECK].accessibleName() == "2. Sprawdź: teraz"
    assert "następny krok — Sprawdź" in page.steps.heading.text()
    buttons = action_buttons(page)
    assert buttons["mark_ready"].isEnabled() and buttons["open_application"].isEnabled()
    assert not buttons["send_application"].isEnabled()
    assert "podpisz" in buttons["send_application"].toolTip().lower()
    assert not buttons["new_version"].isEnabled()


def test_marking_ready_says_the_old_and_the_new_status(
    qtbot: QtBot, sample: tuple[AppContext, int, int], window: MainWindow
) -> None:
    context, leader, _partner = sample
    page = list_page(window)
    page.select_application(leader)
    qtbot.mouseClick(action_buttons(page)["mark_ready"], Qt.MouseButton.LeftButton)
    assert context.applications.load(leader).status is ApplicationStatus.READY
    said = page.findChild(QLabel, "status_change").text()
    assert f"Wniosek nr {leader}" in said and "„roboczy” na „gotowy”" in said
    assert not action_buttons(page)["mark_ready"].isEnabled()
    assert "już sprawdzony" in action_buttons(page)["mark_ready"].toolTip()
    assert page.steps.labels[Step.CHECK].text().startswith("✓")


def test_the_final_pdf_from_the_list_says_that_the_draft_became_ready(
    qtbot: QtBot, sample: tuple[AppContext, int, int], window: MainWindow, tmp_path: Path
) -> None:
    context, leader, _partner = sample
    page = list_page(window)
    page.select_application(leader)
    printing = page.printing
    assert printing is not None
    target = tmp_path / "wniosek ostateczny.pdf"
    answered = when_dialog_opens(pick_file(target))
    with qtbot.waitSignal(printing.saved, timeout=15000):
        qtbot.mouseClick(action_buttons(page)["final_pdf"], Qt.MouseButton.LeftButton)
    assert answered and target.read_bytes().startswith(b"%PDF-")
    assert context.applications.load(leader).status is ApplicationStatus.READY
    said = page.findChild(QLabel, "status_change").text()
    assert "„roboczy” na „gotowy”" in said
    assert "wniosek ostateczny.pdf" in page.message.text()
    assert page.steps.labels[Step.FINAL_PDF].text().startswith("✓ 3. PDF ostateczny")
    assert "następny krok — Podpisz" in page.steps.heading.text()


def test_a_sent_application_offers_no_signing_and_says_why(
    sample: tuple[AppContext, int, int], window: MainWindow
) -> None:
    import datetime as dt

    context, leader, _partner = sample
    context.applications.mark_ready(leader)
    context.applications.mark_sent(
        leader, Submission(dt.date(2026, 1, 10), SubmissionChannel.PAPER)
    )
    page = list_page(window)
    page.refresh()
    page.select_application(leader)
    buttons = action_buttons(page)
    for name in ("sign", "save_for_signing", "load_signed"):
        assert not buttons[name].isEnabled(), name
        assert "już wysłany" in buttons[name].toolTip()
    assert buttons["new_version"].isEnabled() and buttons["submission_proof"].isEnabled()
    assert "wszystkie kroki zrobione" in page.steps.heading.text()
    assert all(label.text().startswith("✓") for label in page.steps.labels.values())


def test_a_problem_keeps_the_final_pdf_back_with_the_reason(
    sample: tuple[AppContext, int, int], window: MainWindow
) -> None:
    _context, _leader, partner = sample
    page = list_page(window)
    page.select_application(partner)
    final = action_buttons(page)["final_pdf"]
    assert not final.isEnabled() and "problemy do poprawienia" in final.toolTip()
    assert "➜ 1. Wypełnij — teraz" in page.steps.labels[Step.FILL].text()


def test_tab_leaves_the_applications_table(
    qtbot: QtBot, sample: tuple[AppContext, int, int], window: MainWindow
) -> None:
    page = list_page(window)
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_Tab)
    assert not page.table.hasFocus()


def test_a_new_application_offers_the_newest_call_first(
    qtbot: QtBot, context: AppContext, window: MainWindow
) -> None:
    definitions = context.applications.catalog.current()
    assert len(definitions) > 1
    newest = max(definitions, key=lambda d: d.call.deadline.toordinal() if d.call.deadline else 0)
    seen: dict[str, object] = {}

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, NewApplicationDialog)
        edition = dialog.findChild(QComboBox, "edition")
        seen["first"] = edition.itemData(0)
        seen["chosen"] = edition.currentData()
        seen["deadlines"] = [d.call.deadline for d in dialog._definitions]
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).click()

    opened = when_dialog_opens(answer)
    window.show_page_key("applications")
    qtbot.mouseClick(
        action_buttons(window.applications)["new_application"], Qt.MouseButton.LeftButton
    )
    assert opened and isinstance(opened[0], QDialog)
    assert seen["first"] == seen["chosen"] == newest.key
    deadlines = [d for d in seen["deadlines"] if d is not None]  # type: ignore[attr-defined]
    assert deadlines == sorted(deadlines, reverse=True)
