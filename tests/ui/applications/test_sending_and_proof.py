"""An officer sends the signed application and keeps the proof, in the real window: load the
file signed elsewhere, "Wyślij…" prepares the folder, "Dowód złożenia…" imports the UPP and the
sent document, and the application shows as sent with every check."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from epuap_receipts import envelope, upp, write
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from qt_dialogs import pick_file, when_dialog_opens
from signing_pki import SigningPki

from pim_desktop.context import AppContext
from pim_desktop.domain.application import ApplicationStatus
from pim_desktop.ui.applications.kept_proof_dialog import KeptProofDialog
from pim_desktop.ui.applications.proof_dialog import ProofDialog
from pim_desktop.ui.applications.send_dialog import SendDialog
from pim_desktop.ui.main_window import MainWindow
from pim_desktop.ui.signing.verify_dialog import VerifyDialog


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def pick_folder(folder: Path) -> Callable[[QWidget], None]:
    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.setDirectory(str(folder.parent))
        name_box = dialog.findChild(QLineEdit, "fileNameEdit")
        name_box.setText(str(folder))
        dialog.accept()

    return answer


def load_signed_file(
    qtbot: QtBot, context: AppContext, window: MainWindow, *, pki: SigningPki, final_pdf: Path
) -> int:
    from services.test_signing_service import sign_externally

    context.sample_data.create()
    leader = next(s for s in context.applications.summaries() if s.application.role == "lider")
    context.applications.mark_ready(leader.id)
    context.signing.record_final_pdf(leader.id, final_pdf)
    signed = final_pdf.with_name("Wniosek podpisany.pdf")
    sign_externally(final_pdf, signed, pki.signer.p12)
    window.show_page_key("applications")
    page = window.applications
    page.refresh()
    page.select_application(leader.id)

    def close_report(dialog: QWidget) -> None:
        assert isinstance(dialog, VerifyDialog)
        dialog.accept()

    def answer_file(dialog: QWidget) -> None:
        when_dialog_opens(close_report)
        pick_file(signed)(dialog)

    when_dialog_opens(answer_file)
    click(qtbot, page.findChild(QPushButton, "load_signed"))
    assert context.applications.load(leader.id).status is ApplicationStatus.SIGNED
    return leader.id


def prepare_folder(qtbot: QtBot, page: QWidget, outbox: Path) -> dict[str, str]:
    """Wyślij…: read what the dialog shows, then prepare the folder under ``outbox``."""
    shown: dict[str, str] = {}

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, SendDialog)
        shown["first_file"] = dialog.findChild(QTableWidget, "send_files").item(0, 0).text()
        for name in ("send_address", "send_subject"):
            shown[name] = dialog.findChild(QLineEdit, name).text()
        shown["total"] = dialog.findChild(QLabel, "send_total").text()
        when_dialog_opens(pick_folder(outbox))
        click(qtbot, dialog.findChild(QPushButton, "prepare_folder"))
        shown["prepared"] = dialog.findChild(QLabel, "send_result").text()
        dialog.reject()

    opened = when_dialog_opens(answer)
    click(qtbot, page.findChild(QPushButton, "send_application"))
    assert opened, "Wyślij… opened no dialog"
    return shown


def import_proof(qtbot: QtBot, page: QWidget, receipt: Path, sent: Path) -> dict[str, str]:
    """Dowód złożenia…: choose both files, read the checks, keep the proof."""
    shown: dict[str, str] = {}

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, ProofDialog)
        save = dialog.findChild(QPushButton, "save_proof")
        assert not save.isEnabled()
        when_dialog_opens(pick_file(receipt))
        click(qtbot, dialog.findChild(QPushButton, "choose_receipt"))
        when_dialog_opens(pick_file(sent))
        click(qtbot, dialog.findChild(QPushButton, "choose_sent"))
        qtbot.waitUntil(save.isEnabled)
        shown["verdict"] = dialog.findChild(QLabel, "proof_verdict").text()
        for kind in ("receipt_signature", "attachment"):
            shown[kind] = dialog.findChild(QLabel, f"check_{kind}").text()
        click(qtbot, save)

    opened = when_dialog_opens(answer)
    click(qtbot, page.findChild(QPushButton, "submission_proof"))
    assert opened
    return shown


def test_send_then_keep_the_proof_in_the_window(
    qtbot: QtBot,
    context: AppContext,
    window: MainWindow,
    *,
    pki: SigningPki,
    final_pdf: Path,
    tmp_path: Path,
) -> None:
    application_id = load_signed_file(qtbot, context, window, pki=pki, final_pdf=final_pdf)
    page = window.applications
    outbox = tmp_path / "do wysłania"
    outbox.mkdir()

    shown = prepare_folder(qtbot, page, outbox)

    assert shown["first_file"] == "Wniosek_podpisany.pdf"
    assert "150 MB" in shown["total"] and shown["send_address"] == "/MFiPR/SkrytkaESP"
    assert "Gmina Miasto Przykładowo" in shown["send_subject"]
    assert shown["prepared"].startswith("✓")
    (folder,) = outbox.iterdir()
    signed_pdf = (folder / "Wniosek_podpisany.pdf").read_bytes()
    assert "Temat:" in (folder / "DO_WYSLANIA.txt").read_text(encoding="utf-8-sig")

    sent = write(tmp_path, "Dokument wysłany.xml", envelope([("Wniosek.pdf", signed_pdf)]))
    receipt = write(tmp_path, "UPP.xml", upp(pki.other_person, sent.read_bytes()))
    shown = import_proof(qtbot, page, receipt, sent)

    assert "potwierdzony" in shown["verdict"]
    assert "potwierdzone" in shown["receipt_signature"] and "potwierdzone" in shown["attachment"]
    assert context.applications.load(application_id).status is ApplicationStatus.SENT
    row = next(
        r for r in range(page.model.rowCount()) if page.model.summary(r).id == application_id
    )
    columns = range(page.model.columnCount(QModelIndex()))
    assert "wysłany" in [str(page.model.data(page.model.index(row, c))) for c in columns]
    assert "wysłany" in page.findChild(QLabel, "applications_message").text()

    def read_kept(dialog: QWidget) -> None:
        assert isinstance(dialog, KeptProofDialog)
        shown["kept"] = dialog.findChild(QLabel, "check_sent_document").text()
        dialog.findChild(QDialogButtonBox).rejected.emit()

    opened = when_dialog_opens(read_kept)
    click(qtbot, page.findChild(QPushButton, "submission_proof"))
    assert opened and "potwierdzone" in shown["kept"]


def test_the_office_limit_set_in_settings_is_what_sending_measures_against(
    qtbot: QtBot,
    context: AppContext,
    window: MainWindow,
    *,
    pki: SigningPki,
    final_pdf: Path,
) -> None:
    from PySide6.QtWidgets import QSpinBox

    load_signed_file(qtbot, context, window, pki=pki, final_pdf=final_pdf)
    settings = window.show_page_key("settings")
    limit = settings.findChild(QSpinBox, "limit_epuap")
    assert limit.value() == 150
    limit.setFocus()
    limit.selectAll()
    qtbot.keyClicks(limit, "5")
    limit.editingFinished.emit()
    assert context.settings.load().channel_limits_mb == {"epuap": 5}

    window.show_page_key("applications")
    shown: dict[str, str] = {}

    def read_total(dialog: QWidget) -> None:
        assert isinstance(dialog, SendDialog)
        shown["total"] = dialog.findChild(QLabel, "send_total").text()
        dialog.reject()

    when_dialog_opens(read_total)
    click(qtbot, window.applications.findChild(QPushButton, "send_application"))
    assert "z 5 MB" in shown["total"]
