"""Drives the signing wizard the way an officer does: buttons, typed secrets, waiting for it."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWizard
from pytestqt.qtbot import QtBot
from qt_typing import send_text

from pim_desktop.context import AppContext
from pim_desktop.ui.main_window import MainWindow
from pim_desktop.ui.signing.sign_wizard import SignWizard
from pim_desktop.ui.signing.steps import SECRET_PAGE, SIGNING_PAGE

# Listing a card, logging in and signing run on the worker; a loaded machine may take a while.
SLOW_MS = 30_000


def leader_ready(context: AppContext, window: MainWindow, **values: str) -> int:
    """The sample Leader application, checked and selected on the applications page."""
    context.sample_data.create()
    leader = next(s for s in context.applications.summaries() if s.application.role == "lider")
    if values:
        context.applications.save_values(leader.id, dict(values))
    context.applications.mark_ready(leader.id)
    window.show_page_key("applications")
    window.applications.refresh()
    window.applications.select_application(leader.id)
    return leader.id


def open_wizard(context: AppContext, window: MainWindow, application_id: int) -> SignWizard:
    wizard = SignWizard(
        context.signing.plan(application_id), context.signing, window.runner, window
    )
    wizard.show()
    return wizard


def press(qtbot: QtBot, wizard: QWizard, button: QWizard.WizardButton) -> None:
    widget = wizard.button(button)
    assert widget.isEnabled(), f"{widget.text()} is not enabled"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def title(wizard: QWizard) -> str:
    return wizard.currentPage().title()


def secret_message(wizard: SignWizard) -> str:
    return wizard.secret_page.findChild(QLabel, "secret_message").text()


def signing_message(wizard: SignWizard) -> str:
    return wizard.signing_page.findChild(QLabel, "summary_message").text()


def type_secret_and_go_on(qtbot: QtBot, wizard: SignWizard, secret: str) -> None:
    """Type the PIN or password and press Next; returns once the card or file has answered."""
    field = wizard.secret_page.findChild(QLineEdit, "secret")
    assert field.echoMode() is QLineEdit.EchoMode.Password
    send_text(field, secret)
    press(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert field.text() == "", "the secret leaves the field at once"
    qtbot.waitUntil(lambda: not wizard.tasks.is_busy(), timeout=SLOW_MS)


def open_file_key(qtbot: QtBot, wizard: SignWizard, p12: Path, password: str) -> None:
    """From the first step to the last with a certificate file."""
    wizard.source_page.file.setChecked(True)
    press(qtbot, wizard, QWizard.WizardButton.NextButton)
    wizard.pkcs12_page.findChild(QLineEdit, "p12_path").setText(str(p12))
    press(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == SECRET_PAGE
    type_secret_and_go_on(qtbot, wizard, password)
    qtbot.waitUntil(lambda: wizard.currentId() == SIGNING_PAGE, timeout=SLOW_MS)


def sign_to(qtbot: QtBot, wizard: SignWizard, target: Path) -> None:
    wizard.signing_page.findChild(QLineEdit, "target").setText(str(target))
    press(qtbot, wizard, QWizard.WizardButton.FinishButton)


def pdfsig_says_valid(path: Path) -> bool:
    """poppler's own reading of the signature (it exits 0 even on a broken one)."""
    output = subprocess.run(
        ["pdfsig", str(path)], capture_output=True, text=True, encoding="utf-8", check=False
    ).stdout
    return "Signature is Valid" in output and "Digest Mismatch" not in output
