"""The signing wizard step by step, with a .p12 file and with a SoftHSM2 card, on the real window.

Every slow call runs on the task runner's worker, so the tests press a button and then wait for
the page to say what happened, as the officer does.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import SoftHsm
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QProgressBar, QWizard
from pytestqt.qtbot import QtBot
from signing_pki import P12_PASSWORD, SIGNER_NAME, TOKEN_PIN, SigningPki, SilentServer
from ui.signing.conftest import ReadyToSign
from ui.signing.wizard_steps import (
    SLOW_MS,
    leader_ready,
    open_file_key,
    open_wizard,
    pdfsig_says_valid,
    press,
    secret_message,
    sign_to,
    signing_message,
    title,
    type_secret_and_go_on,
)

from pim_desktop.context import AppContext
from pim_desktop.domain.application import ApplicationStatus
from pim_desktop.domain.signature import SignatureError
from pim_desktop.services.signing_keys import KeyHandle
from pim_desktop.ui.main_window import MainWindow
from pim_desktop.ui.signing.secret_page import OneCall
from pim_desktop.ui.signing.steps import SECRET_PAGE, SIGNING_PAGE, TOKEN_PAGE

WindowFactory = Callable[[AppContext], MainWindow]
NEXT = QWizard.WizardButton.NextButton
FINISH = QWizard.WizardButton.FinishButton
CANCEL = QWizard.WizardButton.CancelButton


def test_sign_with_a_file_step_by_step(
    qtbot: QtBot,
    context: AppContext,
    ready: ReadyToSign,
    *,
    pki: SigningPki,
    tmp_path: Path,
) -> None:
    window, application_id = ready.window, ready.application_id
    wizard = open_wizard(context, window, application_id)
    assert title(wizard) == "Krok 1 z 4: gdzie jest certyfikat?"
    wizard.source_page.file.setChecked(True)
    press(qtbot, wizard, NEXT)
    assert title(wizard) == "Krok 2 z 4: plik certyfikatu"
    assert not wizard.button(NEXT).isEnabled(), "no file chosen yet"
    wizard.pkcs12_page.findChild(QLineEdit, "p12_path").setText(str(pki.signer.p12))
    press(qtbot, wizard, NEXT)
    assert title(wizard) == "Krok 3 z 4: PIN lub hasło"

    type_secret_and_go_on(qtbot, wizard, "złe hasło")
    assert "Nieprawidłowe hasło" in secret_message(wizard)
    assert wizard.currentId() == SECRET_PAGE, "a wrong password keeps the wizard on this step"
    type_secret_and_go_on(qtbot, wizard, P12_PASSWORD)
    qtbot.waitUntil(lambda: wizard.currentId() == SIGNING_PAGE, timeout=SLOW_MS)
    assert title(wizard) == "Krok 4 z 4: sprawdź i podpisz"
    page = wizard.signing_page
    signer = page.findChild(QLabel, "summary_signer").text()
    assert SIGNER_NAME in signer and "Testowe CA Główne" in signer
    assert "PAdES B-B" in page.findChild(QLabel, "summary_level").text()
    assert page.findChild(QLabel, "summary_notes").text() == ""
    assert not page.findChild(QCheckBox, "confirm_name").isVisible()
    for holder in (wizard, *(wizard.page(i) for i in wizard.pageIds())):
        assert P12_PASSWORD not in map(str, vars(holder).values()), "the password is not kept"
    key = wizard.tasks.key
    assert key is not None and key.is_open

    target = tmp_path / "do wysłania ąę.pdf"
    sign_to(qtbot, wizard, target)
    assert page.findChild(QProgressBar, "signing_progress").isVisible()
    assert signing_message(wizard).startswith("Podpisywanie…"), "said before the work is done"
    assert wizard.button(CANCEL).text() == "P&rzerwij podpisywanie"
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=SLOW_MS)
    assert wizard.result() == QWizard.DialogCode.Accepted
    qtbot.waitUntil(lambda: not key.is_open, timeout=SLOW_MS)
    assert wizard.tasks.key is None
    assert context.applications.load(application_id).status is ApplicationStatus.SIGNED
    report = context.signing.verify(target)
    assert report.all_ok and report.signatures[0].signer.subject == SIGNER_NAME
    assert pdfsig_says_valid(target)


def test_sign_with_a_card_in_softhsm(
    qtbot: QtBot,
    context: AppContext,
    ready: ReadyToSign,
    *,
    softhsm: SoftHsm,
    tmp_path: Path,
) -> None:
    window, application_id = ready.window, ready.application_id
    wizard = open_wizard(context, window, application_id)
    assert wizard.source_page.card.isChecked(), "a card is the usual place"
    wizard.token_page.set_library(softhsm.library)
    press(qtbot, wizard, NEXT)
    assert wizard.currentId() == TOKEN_PAGE
    assert title(wizard) == "Krok 2 z 4: karta i certyfikat"
    qtbot.waitUntil(lambda: wizard.token_page.certificates.count() == 1, timeout=SLOW_MS)
    listed = wizard.token_page.certificates.item(0).text()
    assert SIGNER_NAME in listed and "Testowe CA Główne" in listed
    qtbot.waitUntil(wizard.button(NEXT).isEnabled, timeout=SLOW_MS)
    press(qtbot, wizard, NEXT)
    assert title(wizard) == "Krok 3 z 4: PIN lub hasło"

    type_secret_and_go_on(qtbot, wizard, "000000")
    assert "Nieprawidłowy PIN" in secret_message(wizard)
    type_secret_and_go_on(qtbot, wizard, TOKEN_PIN)
    qtbot.waitUntil(lambda: wizard.currentId() == SIGNING_PAGE, timeout=SLOW_MS)
    assert title(wizard) == "Krok 4 z 4: sprawdź i podpisz"
    key = wizard.tasks.key
    assert key is not None

    target = tmp_path / "z karty.pdf"
    sign_to(qtbot, wizard, target)
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=SLOW_MS)
    # Signing used the card session on the thread that logged in (the handle refuses any
    # other), and closing the wizard logged out on that thread too.
    qtbot.waitUntil(lambda: not key.is_open, timeout=SLOW_MS)
    assert context.applications.load(application_id).status is ApplicationStatus.SIGNED
    assert context.signing.verify(target).all_ok
    assert pdfsig_says_valid(target)


def test_cancel_stops_waiting_for_a_silent_timestamp_server(
    qtbot: QtBot,
    context: AppContext,
    ready: ReadyToSign,
    *,
    pki: SigningPki,
    tmp_path: Path,
) -> None:
    window, application_id = ready.window, ready.application_id
    target = tmp_path / "ze znacznikiem.pdf"
    with SilentServer() as server:
        context.signing.set_timestamp_url(server.url)
        wizard = open_wizard(context, window, application_id)
        open_file_key(qtbot, wizard, pki.signer.p12, P12_PASSWORD)
        level = wizard.signing_page.findChild(QLabel, "summary_level").text()
        assert "PAdES B-T" in level and server.url in level
        sign_to(qtbot, wizard, target)
        qtbot.waitUntil(server.connected.is_set, timeout=SLOW_MS)
        assert "Czekam na znacznik czasu" in signing_message(wizard)
        assert wizard.signing_page.findChild(QProgressBar, "signing_progress").isVisible()

        press(qtbot, wizard, CANCEL)
        assert wizard.isVisible(), "Cancel while signing stops the signature, not the window"
        # The server's timeout is 15 s: ending well inside it proves the wait was dropped.
        qtbot.waitUntil(lambda: "przerwano" in signing_message(wizard), timeout=3_000)
    assert not wizard.signing_page.findChild(QProgressBar, "signing_progress").isVisible()
    assert wizard.button(CANCEL).text() == "Anuluj"
    assert wizard.button(FINISH).isEnabled(), "the officer may try again"
    assert context.applications.load(application_id).status is ApplicationStatus.READY
    assert context.signing.signed_files(application_id) == []
    assert not target.exists()
    press(qtbot, wizard, CANCEL)
    assert not wizard.isVisible()


def test_another_persons_certificate_asks_for_a_clear_choice(
    qtbot: QtBot,
    context: AppContext,
    ready: ReadyToSign,
    *,
    pki: SigningPki,
) -> None:
    window, application_id = ready.window, ready.application_id
    wizard = open_wizard(context, window, application_id)
    open_file_key(qtbot, wizard, pki.other_person.p12, P12_PASSWORD)
    page = wizard.signing_page
    notes = page.findChild(QLabel, "summary_notes").text()
    assert "Jan Kowalski" in notes and "Małgorzata Żółkiewska" in notes
    confirm = page.findChild(QCheckBox, "confirm_name")
    assert confirm.isVisible() and not confirm.isChecked()
    assert not wizard.button(FINISH).isEnabled(), "no signature without the officer's choice"
    confirm.click()
    assert wizard.button(FINISH).isEnabled()
    press(qtbot, wizard, CANCEL)


def test_the_same_name_without_polish_letters_is_no_other_person(
    qtbot: QtBot,
    context: AppContext,
    make_window: WindowFactory,
    *,
    pki: SigningPki,
    final_pdf: Path,
) -> None:
    window = make_window(context)
    application_id = leader_ready(context, window, signatory_name="ZOLKIEWSKA Malgorzata")
    context.signing.record_final_pdf(application_id, final_pdf)
    wizard = open_wizard(context, window, application_id)
    open_file_key(qtbot, wizard, pki.signer.p12, P12_PASSWORD)
    assert wizard.signing_page.findChild(QLabel, "summary_notes").text() == ""
    assert not wizard.signing_page.findChild(QCheckBox, "confirm_name").isVisible()
    assert wizard.button(FINISH).isEnabled()
    press(qtbot, wizard, CANCEL)
    assert not wizard.isVisible()


def test_the_secret_is_let_go_once_the_key_is_opened() -> None:
    received: list[str] = []

    def opener(secret: str) -> KeyHandle:
        received.append(secret)
        raise SignatureError("wrong_password")

    call = OneCall(opener, "Hasło-1")
    with pytest.raises(SignatureError):
        call()
    assert received == ["Hasło-1"]
    assert "Hasło-1" not in map(str, vars(call).values())


def test_a_missing_card_library_is_explained_without_freezing(
    qtbot: QtBot, context: AppContext, ready: ReadyToSign, tmp_path: Path
) -> None:
    wizard = open_wizard(context, ready.window, ready.application_id)
    wizard.token_page.set_library(tmp_path / "brak biblioteki.so")
    press(qtbot, wizard, NEXT)
    message = wizard.token_page.findChild(QLabel, "card_message")
    qtbot.waitUntil(lambda: "Nie ma pliku biblioteki" in message.text(), timeout=SLOW_MS)
    assert not wizard.button(NEXT).isEnabled(), "no card, no next step"
    assert wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    press(qtbot, wizard, CANCEL)
    assert not wizard.isVisible()
