"""Signing from the applications list, as the officer meets it: the final PDF comes first.

Only the final, checked version of an application may be signed. When the program has none,
"Podpisz elektronicznie…" says so and offers to make it; an application with problems is sent
to the check instead; every change of status is said on the page.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QWidget, QWizard
from pytestqt.qtbot import QtBot
from qt_dialogs import pick_file, when_dialog_opens
from signing_pki import P12_PASSWORD, SIGNER_NAME, SigningPki
from ui.signing.wizard_steps import (
    SLOW_MS,
    leader_ready,
    open_file_key,
    sign_to,
    title,
)

from pim_desktop.context import AppContext
from pim_desktop.domain.application import ApplicationStatus
from pim_desktop.ui.main_window import MainWindow
from pim_desktop.ui.signing.sign_wizard import SignWizard

WindowFactory = Callable[[AppContext], MainWindow]
# Making the final PDF runs on the worker before the wizard opens.
WAIT_FOR_DIALOG = SLOW_MS // 10


def draft_leader(context: AppContext, window: MainWindow) -> int:
    context.sample_data.create()
    leader = next(s for s in context.applications.summaries() if s.application.role == "lider")
    window.show_page_key("applications")
    window.applications.refresh()
    window.applications.select_application(leader.id)
    return leader.id


def page_message(window: MainWindow) -> str:
    return window.applications.findChild(QLabel, "applications_message").text()


def click_sign(qtbot: QtBot, window: MainWindow) -> None:
    button = window.applications.findChild(QPushButton, "sign")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose(name: str, then: Callable[[QWidget], None] | None = None) -> Callable[[QWidget], None]:
    """Answer the question about the final PDF with the button ``name``, after reading it."""

    def answer(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        if then is not None:
            when_dialog_opens(then, attempts=WAIT_FOR_DIALOG)
        box.findChild(QPushButton, name).click()

    seen: list[str] = []
    answer.seen = seen  # type: ignore[attr-defined]
    return answer


def test_signing_without_a_final_pdf_offers_to_make_it_first(
    qtbot: QtBot, context: AppContext, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window(context)
    application_id = draft_leader(context, window)
    final = tmp_path / "wersja ostateczna.pdf"
    wizard_seen: dict[str, str] = {}

    def look_and_close(dialog: QWidget) -> None:
        assert isinstance(dialog, SignWizard)
        wizard_seen["title"] = title(dialog)
        dialog.reject()

    question = choose("make_final", pick_file(final, then=look_and_close))
    when_dialog_opens(question)
    click_sign(qtbot, window)
    qtbot.waitUntil(lambda: "title" in wizard_seen, timeout=SLOW_MS)

    (text,) = question.seen  # type: ignore[attr-defined]
    assert "Podpisać można tylko wersję ostateczną" in text, "the officer is told why"
    assert "Krok 1 z 4" in wizard_seen["title"], "the wizard opens at its first step"
    assert final.exists()
    recorded = context.signing.final_pdf(application_id)
    assert recorded is not None
    assert context.signing.path_of(recorded).read_bytes() == final.read_bytes()
    assert context.applications.load(application_id).status is ApplicationStatus.READY
    message = page_message(window)
    assert "Zapisano wersję ostateczną" in message and "oznaczono jako gotowy" in message


def test_an_application_with_problems_is_sent_to_the_check(
    qtbot: QtBot, context: AppContext, make_window: WindowFactory
) -> None:
    window = make_window(context)
    application_id = draft_leader(context, window)
    context.applications.save_values(application_id, {"signatory_name": ""})
    question = choose("show_problems")
    when_dialog_opens(question)
    click_sign(qtbot, window)

    (text,) = question.seen  # type: ignore[attr-defined]
    assert "problemy do poprawienia: 1" in text
    editor = window.applications.editor
    assert editor is not None and editor.application.id == application_id
    assert "pokazano je w edytorze" in page_message(window)
    assert context.signing.final_pdf(application_id) is None
    assert context.applications.load(application_id).status is ApplicationStatus.DRAFT


def test_a_checked_application_may_point_at_its_final_pdf_and_sign(
    qtbot: QtBot,
    context: AppContext,
    make_window: WindowFactory,
    *,
    pki: SigningPki,
    final_pdf: Path,
    tmp_path: Path,
) -> None:
    window = make_window(context)
    application_id = leader_ready(context, window)
    target = tmp_path / "podpisany.pdf"
    signed: dict[str, object] = {}

    def sign(dialog: QWidget) -> None:
        assert isinstance(dialog, SignWizard)
        open_file_key(qtbot, dialog, pki.signer.p12, P12_PASSWORD)
        sign_to(qtbot, dialog, target)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=SLOW_MS)
        signed["result"] = dialog.result()

    when_dialog_opens(choose("point_at_final", pick_file(final_pdf, then=sign)))
    click_sign(qtbot, window)

    assert signed["result"] == QWizard.DialogCode.Accepted
    assert context.applications.load(application_id).status is ApplicationStatus.SIGNED
    assert "Wniosek podpisano" in page_message(window)
    assert context.signing.verify(target).signatures[0].signer.subject == SIGNER_NAME

    # Signed and frozen: a further signature asks first, and No leaves it as it is.
    def refuse(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.No).click()

    asked = when_dialog_opens(refuse)
    click_sign(qtbot, window)
    assert asked
