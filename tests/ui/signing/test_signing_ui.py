"""An officer signs an application in the real window: with a .p12 file and with a card."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from conftest import SoftHsm
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot
from qt_dialogs import pick_file, when_dialog_opens
from qt_typing import send_text
from signing_pki import P12_PASSWORD, SIGNER_NAME, TOKEN_PIN, SigningPki

from pim_desktop.context import AppContext
from pim_desktop.domain.application import ApplicationStatus
from pim_desktop.services.token_discovery import FoundLibrary
from pim_desktop.ui.main_window import MainWindow
from pim_desktop.ui.signing.sign_dialog import SignDialog
from pim_desktop.ui.signing.verify_dialog import VerifyDialog

WindowFactory = Callable[[AppContext], MainWindow]


def leader_selected(context: AppContext, window: MainWindow) -> int:
    context.sample_data.create()
    leader = next(s for s in context.applications.summaries() if s.application.role == "lider")
    context.applications.mark_ready(leader.id)
    window.show_page_key("applications")
    window.applications.refresh()
    window.applications.select_application(leader.id)
    return leader.id


def type_secret(wizard: SignDialog, secret: str) -> None:
    field = wizard.secret_page.findChild(QLineEdit, "secret")
    assert field.echoMode() is QLineEdit.EchoMode.Password
    send_text(field, secret)


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_sign_with_a_p12_file_through_the_dialog(
    qtbot: QtBot,
    context: AppContext,
    make_window: WindowFactory,
    *,
    pki: SigningPki,
    final_pdf: Path,
    tmp_path: Path,
) -> None:
    window = make_window(context)
    application_id = leader_selected(context, window)
    target = tmp_path / "do wysłania.pdf"
    seen: dict[str, str] = {}

    def drive_wizard(dialog: QWidget) -> None:
        assert isinstance(dialog, SignDialog)
        dialog.source_page.file.setChecked(True)
        dialog.next()
        dialog.file_page.findChild(QLineEdit, "p12_path").setText(str(pki.signer.p12))
        dialog.next()
        type_secret(dialog, "złe hasło")
        dialog.next()
        seen["wrong"] = dialog.secret_page.findChild(QLabel, "secret_message").text()
        assert dialog.currentId() == 3, "a wrong password keeps the dialog on the PIN step"
        type_secret(dialog, P12_PASSWORD)
        dialog.next()
        assert dialog.currentId() == 4
        seen["signer"] = dialog.summary_page.findChild(QLabel, "summary_signer").text()
        seen["level"] = dialog.summary_page.findChild(QLabel, "summary_level").text()
        seen["notes"] = dialog.summary_page.findChild(QLabel, "summary_notes").text()
        dialog.summary_page.findChild(QLineEdit, "target").setText(str(target))
        dialog.button(QWizard.WizardButton.FinishButton).click()

    def answer_file(dialog: QWidget) -> None:
        when_dialog_opens(drive_wizard)
        pick_file(final_pdf)(dialog)

    when_dialog_opens(answer_file)
    click(qtbot, window.applications.findChild(QPushButton, "sign"))

    assert "Nieprawidłowe hasło" in seen["wrong"]
    assert SIGNER_NAME in seen["signer"] and "Testowe CA Główne" in seen["signer"]
    assert "PAdES B-B" in seen["level"]
    assert seen["notes"] == "", "the sample signatory is the certificate's owner"
    assert context.applications.load(application_id).status is ApplicationStatus.SIGNED
    assert target.exists()
    assert "podpisano" in window.applications.message.text().lower()
    report = context.signing.verify(target)
    assert report.all_ok and report.signatures[0].signer.subject == SIGNER_NAME


def test_sign_with_a_card_in_softhsm(
    qtbot: QtBot,
    context: AppContext,
    make_window: WindowFactory,
    *,
    softhsm: SoftHsm,
    final_pdf: Path,
    tmp_path: Path,
) -> None:
    window = make_window(context)
    application_id = leader_selected(context, window)
    context.signing.record_final_pdf(application_id, final_pdf)
    target = tmp_path / "z karty.pdf"
    seen: dict[str, str] = {}
    library = FoundLibrary("SoftHSM (token programowy)", softhsm.library, 64)
    actions = window.applications.signature_actions
    assert actions is not None

    def drive_wizard(dialog: QWidget) -> None:
        assert isinstance(dialog, SignDialog)
        dialog.card_page.set_library(library.path)
        dialog.next()
        seen["certificates"] = dialog.card_page.certificates.item(0).text()
        assert dialog.card_page.isComplete()
        dialog.next()
        type_secret(dialog, "000000")
        dialog.next()
        seen["wrong_pin"] = dialog.secret_page.findChild(QLabel, "secret_message").text()
        type_secret(dialog, TOKEN_PIN)
        dialog.next()
        dialog.summary_page.findChild(QLineEdit, "target").setText(str(target))
        dialog.button(QWizard.WizardButton.FinishButton).click()

    when_dialog_opens(drive_wizard)
    actions.sign_electronically()

    assert SIGNER_NAME in seen["certificates"] and "Testowe CA Główne" in seen["certificates"]
    assert "Nieprawidłowy PIN" in seen["wrong_pin"]
    assert context.applications.load(application_id).status is ApplicationStatus.SIGNED
    assert context.signing.verify(target).all_ok


def test_check_signature_shows_the_report(
    qtbot: QtBot,
    context: AppContext,
    make_window: WindowFactory,
    *,
    pki: SigningPki,
    final_pdf: Path,
    tmp_path: Path,
) -> None:
    from pim_desktop.signing.pades import SigningOptions, load_pkcs12, sign_pdf

    signed = tmp_path / "podpisany.pdf"
    with load_pkcs12(pki.signer.p12, P12_PASSWORD) as key:
        sign_pdf(final_pdf, signed, key, SigningOptions(location="Przykładowo"))
    window = make_window(context)
    window.show_page_key("applications")
    shown: dict[str, str] = {}

    def read_report(dialog: QWidget) -> None:
        assert isinstance(dialog, VerifyDialog)
        shown["text"] = dialog.report_text()
        dialog.accept()

    def answer_file(dialog: QWidget) -> None:
        when_dialog_opens(read_report)
        pick_file(signed)(dialog)

    when_dialog_opens(answer_file)
    click(qtbot, window.applications.findChild(QPushButton, "check_signature"))

    text = shown["text"]
    assert "Każdy podpis jest nienaruszony" in text
    assert SIGNER_NAME in text
    assert "nie sprawdzono (praca bez internetu)" in text
    assert "nie prowadzi do zaufanego certyfikatu" in text, "the test CA is not trusted yet"


def test_load_a_file_signed_elsewhere(
    qtbot: QtBot,
    context: AppContext,
    make_window: WindowFactory,
    *,
    pki: SigningPki,
    final_pdf: Path,
    tmp_path: Path,
) -> None:
    from services.test_signing_service import sign_externally

    window = make_window(context)
    application_id = leader_selected(context, window)
    context.signing.record_final_pdf(application_id, final_pdf)
    exported = tmp_path / "do podpisu.pdf"
    actions = window.applications.signature_actions
    assert actions is not None
    when_dialog_opens(pick_file(exported))
    actions.save_for_signing()
    assert exported.read_bytes() == final_pdf.read_bytes()
    signed = tmp_path / "podpisany.pdf"
    sign_externally(exported, signed, pki.signer.p12)
    shown: dict[str, str] = {}

    def read_report(dialog: QWidget) -> None:
        assert isinstance(dialog, VerifyDialog)
        shown["text"] = dialog.report_text()
        dialog.accept()

    def answer_file(dialog: QWidget) -> None:
        when_dialog_opens(read_report)
        pick_file(signed)(dialog)

    when_dialog_opens(answer_file)
    actions.load_signed()
    assert "podpisano dokładnie wyeksportowaną wersję" in shown["text"]
    assert context.applications.load(application_id).status is ApplicationStatus.SIGNED

    # A further signature asks first.
    def refuse(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        dialog.button(QMessageBox.StandardButton.No).click()

    asked = when_dialog_opens(refuse)
    actions.sign_electronically()
    assert asked


def test_settings_keep_the_timestamp_server(
    qtbot: QtBot, context: AppContext, make_window: WindowFactory, pki: SigningPki
) -> None:
    window = make_window(context)
    page = window.show_page_key("settings")
    field = page.findChild(QLineEdit, "timestamp_url")
    assert field.text() == ""
    field.setText("tsa.example")
    field.editingFinished.emit()
    assert "http://" in page.findChild(QLabel, "signature_settings_message").text()
    field.setText("http://127.0.0.1:3180/tsa")
    field.editingFinished.emit()
    assert context.signing.timestamp_url() == "http://127.0.0.1:3180/tsa"
    page.add_trusted_certificate(pki.ca_pem)
    assert "Testowe CA Główne" in page.findChild(QWidget, "trusted_certificates").item(0).text()
