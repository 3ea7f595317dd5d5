"""The wizard opens a .p12 file in the key-opening process the window starts, says a wrong
password as before, opens the file itself when that process is gone, and ends it on close."""

from __future__ import annotations

import multiprocessing
import os
import signal
from pathlib import Path

from PySide6.QtWidgets import QLineEdit, QWizard
from pytestqt.qtbot import QtBot
from signing_pki import P12_PASSWORD, SigningPki
from ui.signing.conftest import ReadyToSign
from ui.signing.wizard_steps import (
    SLOW_MS,
    open_file_key,
    open_wizard,
    pdfsig_says_valid,
    press,
    secret_message,
    sign_to,
    type_secret_and_go_on,
)

from pim_desktop.context import AppContext
from pim_desktop.services.signing_service import SigningService
from pim_desktop.ui.signing.steps import SECRET_PAGE

NEXT = QWizard.WizardButton.NextButton


def _worker_started(qtbot: QtBot, signing: SigningService) -> int:
    """The window started the process when the applications page was drawn; its pid."""
    qtbot.waitUntil(lambda: signing.key_worker.running, timeout=SLOW_MS)
    pid = signing.key_worker.pid
    assert pid is not None
    return pid


def _children() -> set[int | None]:
    return {child.pid for child in multiprocessing.active_children()}


def test_the_wizard_opens_the_file_in_the_worker_and_signs(
    qtbot: QtBot, context: AppContext, ready: ReadyToSign, *, pki: SigningPki, tmp_path: Path
) -> None:
    _worker_started(qtbot, context.signing)
    wizard = open_wizard(context, ready.window, ready.application_id)
    open_file_key(qtbot, wizard, pki.signer.p12, P12_PASSWORD)
    assert context.signing.key_worker.answered == 1, "the key was opened in the worker"
    target = tmp_path / "podpisany przez proces.pdf"
    sign_to(qtbot, wizard, target)
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=SLOW_MS)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert context.signing.verify(target).all_ok
    assert pdfsig_says_valid(target)


def test_a_wrong_password_through_the_worker_is_said_as_before(
    qtbot: QtBot, context: AppContext, ready: ReadyToSign, *, pki: SigningPki
) -> None:
    _worker_started(qtbot, context.signing)
    wizard = open_wizard(context, ready.window, ready.application_id)
    wizard.source_page.file.setChecked(True)
    press(qtbot, wizard, NEXT)
    wizard.pkcs12_page.findChild(QLineEdit, "p12_path").setText(str(pki.signer.p12))
    press(qtbot, wizard, NEXT)
    type_secret_and_go_on(qtbot, wizard, "złe hasło")
    assert "Nieprawidłowe hasło" in secret_message(wizard)
    assert wizard.currentId() == SECRET_PAGE
    assert context.signing.key_worker.answered == 1, "the worker refused it"
    wizard.reject()


def test_the_file_is_opened_in_the_window_when_the_worker_is_gone(
    qtbot: QtBot, context: AppContext, ready: ReadyToSign, *, pki: SigningPki
) -> None:
    pid = _worker_started(qtbot, context.signing)
    os.kill(pid, signal.SIGTERM)
    qtbot.waitUntil(lambda: not context.signing.key_worker.running, timeout=SLOW_MS)
    wizard = open_wizard(context, ready.window, ready.application_id)
    open_file_key(qtbot, wizard, pki.signer.p12, P12_PASSWORD)
    assert wizard.tasks.key is not None and wizard.tasks.key.is_open
    assert context.signing.key_worker.answered == 0, "opened without the worker"
    wizard.reject()


def test_closing_the_window_ends_the_worker(
    qtbot: QtBot, context: AppContext, ready: ReadyToSign
) -> None:
    pid = _worker_started(qtbot, context.signing)
    assert pid in _children()
    assert ready.window.close()
    assert not context.signing.key_worker.running
    assert pid not in _children(), "no process is left behind"
