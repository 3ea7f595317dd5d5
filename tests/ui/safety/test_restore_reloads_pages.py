"""A backup restored from Ustawienia while the officer works: every page shows the restored data
at once, keeps the record chosen while it still exists, and nothing typed before the restore is
written over the restored data afterwards."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot
from qt_dialogs import click_message_button, when_dialog_opens
from qt_steps import answered, choose, open_page, retype
from qt_typing import send_text

from pim_desktop.context import AppContext
from pim_desktop.domain.action_plan import PlanPart
from pim_desktop.ui.action_plan.action_plan_page import ActionPlanPage
from pim_desktop.ui.main_window import MainWindow
from pim_desktop.ui.meetings.meeting_dialog import MeetingDialog
from pim_desktop.ui.meetings.meetings_page import MeetingsPage
from pim_desktop.ui.network.network_page import NetworkPage
from pim_desktop.ui.partnership.member_dialog import MemberDialog
from pim_desktop.ui.partnership.partnership_page import PartnershipPage

WindowFactory = Callable[[AppContext], MainWindow]


def backed_up_window(context: AppContext, make_window: WindowFactory) -> MainWindow:
    """The sample city with a backup of it taken, then the window opened on it."""
    context.sample_data.create()
    context.backups.create()
    return make_window(context)


def click(qtbot: QtBot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_row(qtbot: QtBot, table: QAbstractItemView, row: int) -> None:
    table.setFocus()
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def answer_yes(dialog: QWidget) -> None:
    assert isinstance(dialog, QMessageBox)
    click_message_button(dialog, QMessageBox.StandardButton.Yes)


def type_at_end(qtbot: QtBot, editor: QPlainTextEdit, text: str) -> None:
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    send_text(editor, text)


def restore_the_backup(qtbot: QtBot, window: MainWindow) -> None:
    """Ustawienia → Kopie zapasowe: choose the one backup taken before, restore it, confirm."""
    open_page(qtbot, window, "Ustawienia")
    box = window.settings.backups
    table = box.findChild(QTableView, "backups")
    assert table.model().rowCount() == 1
    click_row(qtbot, table, 0)

    def confirm(dialog: QWidget) -> None:
        restore = next(b for b in dialog.findChildren(QPushButton) if "Przywróć" in b.text())
        restore.click()

    confirmed = when_dialog_opens(answered(confirm))
    click(qtbot, box.findChild(QPushButton, "restore_backup"))
    assert confirmed
    assert "Przywrócono dane z kopii" in box.findChild(QLabel, "backups_message").text()


def test_the_register_and_the_dashboard_lose_a_member_added_after_the_backup(
    qtbot: QtBot, context: AppContext, make_window: WindowFactory
) -> None:
    window = backed_up_window(context, make_window)
    figure = window.dashboard.findChild(QLabel, "partnership_members")
    members_before = figure.text()
    page = open_page(qtbot, window, "Lokalne Partnerstwo")
    assert isinstance(page, PartnershipPage)
    names = page.register.visible_names()
    summary = page.summary.text()

    def add(dialog: QWidget) -> None:
        assert isinstance(dialog, MemberDialog)
        retype(qtbot, dialog.organisation_name, "Klub Seniora „Złota Jesień”")
        choose(qtbot, dialog.sector, "organizacja pozarządowa")
        click(qtbot, dialog.save_button)

    when_dialog_opens(answered(add))
    click(qtbot, page.add_button)
    assert "Klub Seniora „Złota Jesień”" in page.register.visible_names()
    assert page.selected_member().display_name == "Klub Seniora „Złota Jesień”"  # type: ignore[union-attr]
    assert figure.text() != members_before

    restore_the_backup(qtbot, window)

    assert page.register.visible_names() == names
    assert page.summary.text() == summary
    assert figure.text() == members_before
    assert page.selected_member() is None, "the member chosen is not in the backup"
    assert page.status.text() == "", "the message about the added member is gone with it"
    open_page(qtbot, window, "Lokalne Partnerstwo")
    click(qtbot, page.edit_button)  # nothing chosen: nothing opens, nothing fails
    assert "Klub Seniora „Złota Jesień”" not in [
        s.member.display_name for s in context.partnership.members()
    ]


def test_the_meeting_shown_is_read_again_and_minutes_typed_before_are_not_written_back(
    qtbot: QtBot, context: AppContext, make_window: WindowFactory
) -> None:
    window = backed_up_window(context, make_window)
    consultation = next(m for m in context.meetings.meetings() if m.title.startswith("Konsult"))
    minutes_in_backup = context.meetings.meeting(consultation.id).minutes
    page = open_page(qtbot, window, "Spotkania")
    assert isinstance(page, MeetingsPage)
    source_row = page.model.index(page.model.row_of(consultation.id) or 0, 0)
    click_row(qtbot, page.table, page.proxy.mapFromSource(source_row).row())
    assert page.selected_meeting_id() == consultation.id

    def rename(dialog: QWidget) -> None:
        assert isinstance(dialog, MeetingDialog)
        retype(qtbot, dialog.title, "Konsultacje przeniesione do ratusza")
        click(qtbot, dialog.save_button)

    when_dialog_opens(answered(rename))
    click(qtbot, page.buttons["edit_meeting"])
    assert "Konsultacje przeniesione do ratusza" in page.editor.heading.text()
    minutes = page.editor.minutes
    page.editor.tabs.setCurrentWidget(minutes)
    type_at_end(qtbot, minutes.minutes, " Dopisek sprzed przywrócenia.")
    assert minutes.has_unsaved_changes()

    restore_the_backup(qtbot, window)

    assert page.selected_meeting_id() == consultation.id, "the same meeting stays chosen"
    assert consultation.title in page.editor.heading.text()
    assert "przeniesione do ratusza" not in page.editor.heading.text()
    assert minutes.minutes.toPlainText() == minutes_in_backup
    assert not minutes.has_unsaved_changes()

    open_page(qtbot, window, "Spotkania")
    type_at_end(qtbot, minutes.minutes, " Dopisek po przywróceniu.")
    qtbot.waitUntil(lambda: "Protokół zapisany" in minutes.status.text(), timeout=3000)
    stored = context.meetings.meeting(consultation.id)
    assert stored.details.title == consultation.title
    assert stored.minutes == minutes_in_backup + " Dopisek po przywróceniu."


def test_a_meeting_the_backup_lacks_leaves_the_editor_and_its_minutes_are_not_written(
    qtbot: QtBot, context: AppContext, make_window: WindowFactory
) -> None:
    window = backed_up_window(context, make_window)
    in_backup = {m.id: m.title for m in context.meetings.meetings()}
    page = open_page(qtbot, window, "Spotkania")
    assert isinstance(page, MeetingsPage)

    def plan(dialog: QWidget) -> None:
        assert isinstance(dialog, MeetingDialog)
        retype(qtbot, dialog.title, "Spotkanie dopisane po kopii")
        click(qtbot, dialog.save_button)

    when_dialog_opens(answered(plan))
    click(qtbot, page.buttons["add_meeting"])
    added = page.selected_meeting_id()
    assert added is not None and added not in in_backup
    minutes = page.editor.minutes
    page.editor.tabs.setCurrentWidget(minutes)
    type_at_end(qtbot, minutes.minutes, "Protokół spotkania, którego kopia nie zna.")

    restore_the_backup(qtbot, window)

    assert {m.id: m.title for m in context.meetings.meetings()} == in_backup
    shown = page.selected_meeting_id()
    assert shown in in_backup, "the newest restored meeting is shown instead"
    assert page.editor.meeting is not None and page.editor.meeting.id == shown
    assert in_backup[shown] in page.editor.heading.text()
    assert minutes.minutes.toPlainText() == context.meetings.meeting(shown).minutes
    assert window.save_everything()
    assert not any(
        "kopia nie zna" in context.meetings.meeting(meeting_id).minutes for meeting_id in in_backup
    )


def test_the_mid_document_and_actions_are_read_again_and_a_pending_edit_is_dropped(
    qtbot: QtBot, context: AppContext, make_window: WindowFactory
) -> None:
    window = backed_up_window(context, make_window)
    in_backup = context.action_plan.plan()
    actions_in_backup = len(context.action_plan.actions())
    page = open_page(qtbot, window, "Plan działań (MID)")
    assert isinstance(page, ActionPlanPage)
    document = page.document
    retype(qtbot, document.title, "Tytuł zmieniony po kopii")
    qtbot.waitUntil(lambda: "zapisane" in document.status_label.text(), timeout=3000)
    assert context.action_plan.plan().title == "Tytuł zmieniony po kopii"

    page.tabs.setCurrentIndex(1)
    click_row(qtbot, page.table, 0)
    when_dialog_opens(answered(answer_yes))
    click(qtbot, page.delete_button)
    assert page.table.model().rowCount() == actions_in_backup - 1
    click_row(qtbot, page.table, 2)
    chosen = page.table.selected_id()

    page.tabs.setCurrentIndex(0)
    vision = document.parts[PlanPart.VISION]
    type_at_end(qtbot, vision, " Dopisek sprzed przywrócenia.")
    assert document.has_unsaved_changes()

    restore_the_backup(qtbot, window)

    assert document.title.text() == in_backup.title
    assert vision.toPlainText() == in_backup.part(PlanPart.VISION)
    assert not document.has_unsaved_changes()
    assert page.table.model().rowCount() == actions_in_backup
    assert page.table.selected_id() == chosen, "the same action stays chosen"

    open_page(qtbot, window, "Plan działań (MID)")
    retype(qtbot, document.version, "1.3")
    qtbot.waitUntil(lambda: "zapisane" in document.status_label.text(), timeout=3000)
    stored = context.action_plan.plan()
    assert stored.version == "1.3"
    assert stored.title == in_backup.title
    assert stored.parts == in_backup.parts


def test_the_network_header_cities_and_recommendations_are_read_again(
    qtbot: QtBot, context: AppContext, make_window: WindowFactory
) -> None:
    window = backed_up_window(context, make_window)
    in_backup = context.network.network()
    recommendations = len(context.improvement_plan.recommendations())
    page = open_page(qtbot, window, "Sieć")
    assert isinstance(page, NetworkPage)
    retype(qtbot, page.header["name"], "Sieć zmieniona po kopii")
    qtbot.waitUntil(lambda: "Zapisano" in page.save_status.text(), timeout=3000)
    assert context.network.network().name == "Sieć zmieniona po kopii"
    click_row(qtbot, page.cities, 3)
    chosen = page.cities.selected_id()

    page.tabs.setCurrentWidget(page.improvement)
    click_row(qtbot, page.improvement.table, 0)
    when_dialog_opens(answered(answer_yes))
    click(qtbot, page.improvement.findChild(QPushButton, "delete_recommendation"))
    assert page.improvement.table.model().rowCount() == recommendations - 1

    page.tabs.setCurrentIndex(0)
    retype(qtbot, page.header["theme"], "Temat sprzed przywrócenia")  # saved a moment later

    restore_the_backup(qtbot, window)

    assert page.header["name"].text() == in_backup.name
    assert page.header["theme"].text() == in_backup.theme
    assert page.cities.selected_id() == chosen, "the same city stays chosen"
    assert page.improvement.table.model().rowCount() == recommendations

    open_page(qtbot, window, "Sieć")
    retype(qtbot, page.header["expert_name"], "dr Jan Nowak")
    qtbot.waitUntil(lambda: "Zapisano" in page.save_status.text(), timeout=3000)
    stored = context.network.network()
    assert (stored.name, stored.theme, stored.expert_name) == (
        in_backup.name,
        in_backup.theme,
        "dr Jan Nowak",
    )
