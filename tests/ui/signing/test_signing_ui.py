"""Checking signatures, the path through another signing tool, and the signing settings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from qt_dialogs import pick_file, when_dialog_opens
from signing_pki import P12_PASSWORD, SIGNER_NAME, SigningPki
from ui.signing.conftest import ReadyToSign

from pim_desktop.context import AppContext
from pim_desktop.domain.application import ApplicationStatus
from pim_desktop.ui.main_window import MainWindow
from pim_desktop.ui.signing.verify_dialog import VerifyDialog

WindowFactory = Callable[[AppContext], MainWindow]


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


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
    ready: ReadyToSign,
    final_pdf: Path,
    *,
    pki: SigningPki,
    tmp_path: Path,
) -> None:
    from services.test_signing_service import sign_externally

    window, application_id = ready.window, ready.application_id
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
