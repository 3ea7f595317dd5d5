"""The team database's server goes away mid-edit and nothing is lost: the text stays in the
editor, the local journal holds it, the window says so; the server comes back and every edit
arrives. A small TCP relay stands between the program and the test server and is switched off
and on; the real server keeps running for everyone else."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit
from pytestqt.qtbot import QtBot
from qt_dialogs import answer_next_modal, pick_file, when_dialog_opens
from qt_typing import send_text
from sqlalchemy.engine import URL
from tcp_proxy import TcpProxy

from pim_desktop.app import StartupError, open_database
from pim_desktop.context import AppContext
from pim_desktop.paths import AppPaths
from pim_desktop.services.team_journal import journal_folder
from pim_desktop.ui.common.conflict_dialog import KEEP_YOURS, ConflictDialog
from pim_desktop.ui.main_window import MainWindow
from pim_desktop.ui.safety.connection_watch import CHECK_EVERY_MS

WindowFactory = Callable[[AppContext], MainWindow]
BACK_WITHIN_MS = 10_000
# After the check that finds the server back: a new connection through the relay and two
# writes, which a loaded test machine has taken up to three seconds to make.
WRITING_MARGIN_S = 4


@dataclass
class Outage:
    """The team database behind a relay that the test switches off and on, the sample city on
    it, and this computer's data folder."""

    proxy: TcpProxy
    direct: URL  # the test server itself, to read what arrived
    paths: AppPaths
    partner_id: int
    opened: list[AppContext] = field(default_factory=list)

    def open(self) -> AppContext:
        """The program's services over the relay, as a start of the program opens them."""
        context = open_database(self.paths, read_only=False, team=self.proxy.url_for(self.direct))
        self.opened.append(context)
        return context

    def stored_motivation(self) -> str:
        context = open_database(self.paths, read_only=False, team=self.direct)
        try:
            return str(context.applications.load(self.partner_id).values.get("motivation", ""))
        finally:
            context.close()

    def journal_files(self) -> list[Path]:
        folder = journal_folder(self.paths.data_dir)
        return sorted(folder.glob("*.json")) if folder.is_dir() else []


@pytest.fixture
def outage(team_database: URL, paths: AppPaths) -> Iterator[Outage]:
    context = open_database(paths, read_only=False, team=team_database)
    try:
        context.sample_data.create()
        partner_id = next(
            s.id for s in context.applications.summaries() if s.application.role == "partner"
        )
    finally:
        context.close()
    relay = TcpProxy(team_database.host or "127.0.0.1", team_database.port or 5432)
    relay.start()
    found = Outage(relay, team_database, paths, partner_id)
    yield found
    relay.stop()
    for opened in found.opened:
        opened.close()


def open_motivation(window: MainWindow, application_id: int) -> tuple[QPlainTextEdit, QLabel]:
    window.show_page_key("applications")
    editor = window.applications.open(application_id)
    editor.show_field("motivation")
    field = editor.findChild(QPlainTextEdit, "motivation")
    field.setFocus()
    return field, editor.findChild(QLabel, "editor_status")


def test_a_server_gone_mid_edit_keeps_every_keystroke_and_writes_it_when_back(
    qtbot: QtBot, make_window: WindowFactory, outage: Outage
) -> None:
    window = make_window(outage.open())
    line = window.team_connection
    assert line is not None and not line.isVisibleTo(window)
    field, status = open_motivation(window, outage.partner_id)
    field.clear()
    send_text(field, "Przed awarią. ")
    qtbot.waitUntil(lambda: "Zapisano o" in status.text())

    outage.proxy.stop()
    send_text(field, "Serwer zniknął, ")
    qtbot.waitUntil(lambda: len(outage.journal_files()) == 1, timeout=5000)
    send_text(field, "a ja piszę dalej.")
    qtbot.waitUntil(lambda: len(outage.journal_files()) == 2, timeout=5000)

    final = "Przed awarią. Serwer zniknął, a ja piszę dalej."
    assert field.toPlainText() == final
    assert "na tym komputerze" in status.text()
    files = outage.journal_files()
    entries = [json.loads(path.read_text(encoding="utf-8")) for path in files]
    assert entries[-1]["values"]["motivation"] == final
    assert entries[0]["original"]["motivation"] == "Przed awarią. "
    assert entries[0]["record_id"] == outage.partner_id
    assert "pim:***@" in entries[0]["database"]
    assert line.isVisibleTo(window)
    text = line.text.text()
    assert "Brak połączenia z bazą zespołu" in text and "oczekujące: 2" in text
    assert not line.icon_label.pixmap().isNull()
    assert line.accessibleDescription() == text
    assert outage.stored_motivation() == "Przed awarią. "

    answers: list[bool] = []
    line.watch.answered.connect(answers.append)
    outage.proxy.start()
    back = time.monotonic()
    qtbot.waitUntil(lambda: not outage.journal_files(), timeout=BACK_WITHIN_MS)
    written_after = time.monotonic() - back
    qtbot.waitUntil(lambda: not line.isVisibleTo(window))
    assert outage.stored_motivation() == final
    assert field.toPlainText() == final
    assert answers.count(True) == 1  # written by the first check that found the server back
    assert written_after < CHECK_EVERY_MS / 1000 + WRITING_MARGIN_S
    send_text(field, " Po powrocie.")
    qtbot.waitUntil(lambda: "Zapisano o" in status.text())
    assert outage.stored_motivation() == final + " Po powrocie."


def test_closed_while_the_server_is_down_the_edit_arrives_at_the_next_start(
    qtbot: QtBot, make_window: WindowFactory, outage: Outage, paths: AppPaths
) -> None:
    window = make_window(outage.open())
    field, _status = open_motivation(window, outage.partner_id)
    outage.proxy.stop()
    field.clear()
    send_text(field, "Napisane bez serwera, zamknięte od razu.")
    window.close()  # the timer has not stored it yet: closing stores it in the journal
    assert len(outage.journal_files()) >= 1

    # Started while the server is still away: the program says that the edits wait.
    with pytest.raises(StartupError, match="Zmiany czekające na tym komputerze"):
        outage.open()

    outage.proxy.start()
    again = make_window(outage.open())
    line = again.team_connection
    assert line is not None
    qtbot.waitUntil(lambda: not outage.journal_files(), timeout=BACK_WITHIN_MS)
    qtbot.waitUntil(lambda: not line.isVisibleTo(again))
    assert outage.stored_motivation() == "Napisane bez serwera, zamknięte od razu."


def test_a_journal_folder_that_cannot_be_written_is_told_and_the_text_stays(
    qtbot: QtBot, make_window: WindowFactory, outage: Outage
) -> None:
    blocked = journal_folder(outage.paths.data_dir)
    blocked.write_text("not a folder", encoding="utf-8")  # the journal's folder cannot be made
    window = make_window(outage.open())
    field, status = open_motivation(window, outage.partner_id)
    outage.proxy.stop()
    field.clear()
    send_text(field, "Tekst, którego nie ma gdzie zapisać.")
    qtbot.waitUntil(lambda: "folder danych nie pozwala na zapis" in status.text(), timeout=5000)
    assert "zostaje w oknie" in status.text() and "Traceback" not in status.text()
    assert field.toPlainText() == "Tekst, którego nie ma gdzie zapisać."

    blocked.unlink()  # access is back: the retry writes the journal
    qtbot.waitUntil(lambda: len(outage.journal_files()) == 1, timeout=5000)
    outage.proxy.start()
    qtbot.waitUntil(lambda: not outage.journal_files(), timeout=BACK_WITHIN_MS)
    assert outage.stored_motivation() == "Tekst, którego nie ma gdzie zapisać."


def test_the_waiting_edits_are_handed_over_as_a_file_while_the_server_is_away(
    qtbot: QtBot, make_window: WindowFactory, outage: Outage, tmp_path: Path
) -> None:
    window = make_window(outage.open())
    field, _status = open_motivation(window, outage.partner_id)
    outage.proxy.stop()
    field.clear()
    send_text(field, "Przekazane w pliku.")
    qtbot.waitUntil(lambda: len(outage.journal_files()) == 1, timeout=5000)
    line = window.team_connection
    assert line is not None

    target = tmp_path / "oczekujące zmiany.pim"
    answered = when_dialog_opens(pick_file(target))
    line.export_button.setFocus()
    qtbot.keyClick(line.export_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "Zapisano plik" in window.statusBar().currentMessage())
    assert answered

    colleague_home = tmp_path / "kolega"
    colleague = open_database(AppPaths.under(colleague_home).ensure(), read_only=False)
    try:
        colleague.packages.import_package(target)
        arrived = colleague.applications.summaries()
        assert [s.application.values.get("motivation") for s in arrived] == ["Przekazane w pliku."]
    finally:
        colleague.close()
    assert len(outage.journal_files()) == 1  # handing over keeps the journal until it is written


def test_a_colleague_s_change_of_the_same_field_meanwhile_is_shown_and_chosen(
    qtbot: QtBot, make_window: WindowFactory, outage: Outage
) -> None:
    window = make_window(outage.open())
    field, _status = open_motivation(window, outage.partner_id)
    field.clear()
    send_text(field, "Wspólny początek.")
    qtbot.waitUntil(lambda: outage.stored_motivation() == "Wspólny początek.")
    outage.proxy.stop()
    field.clear()
    send_text(field, "Moja wersja bez serwera.")
    qtbot.waitUntil(lambda: len(outage.journal_files()) == 1, timeout=5000)

    # Meanwhile a colleague, still connected, writes the same field and another one.
    colleague = open_database(outage.paths, read_only=False, team=outage.direct)
    try:
        colleague.use_officer("Anna Nowak")
        colleague.applications.save_values(
            outage.partner_id, {"motivation": "Wersja Anny.", "powiat": "powiat Anny"}
        )
    finally:
        colleague.close()

    def keep_mine(dialog: ConflictDialog) -> None:
        assert [choice.conflict.field_id for choice in dialog.fields] == ["motivation"]
        assert "Anna Nowak" in dialog.findChild(QLabel, "conflict_intro").text()
        dialog.fields[0].buttons[KEEP_YOURS].click()
        dialog.save_button.click()

    answer = answer_next_modal(ConflictDialog, keep_mine)
    outage.proxy.start()
    qtbot.waitUntil(lambda: answer.answered or answer.error is not None, timeout=BACK_WITHIN_MS)
    answer.check()
    qtbot.waitUntil(lambda: not outage.journal_files(), timeout=5000)
    assert outage.stored_motivation() == "Moja wersja bez serwera."
    context = open_database(outage.paths, read_only=False, team=outage.direct)
    try:
        stored = context.applications.load(outage.partner_id)
    finally:
        context.close()
    assert stored.values.get("powiat") == "powiat Anny"  # the colleague's other field kept
    assert field.toPlainText() == "Moja wersja bez serwera."
