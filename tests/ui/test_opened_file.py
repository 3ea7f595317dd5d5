"""A file handed to the program at start, as Explorer hands it: .pim previews its import, a PDF
shows its signature check, anything else is explained."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget
from qt_dialogs import when_dialog_opens
from signing_pki import P12_PASSWORD, SIGNER_NAME, SigningPki

from pim_desktop.cli import parse_arguments
from pim_desktop.context import AppContext
from pim_desktop.signing.pades import SigningOptions, load_pkcs12, sign_pdf
from pim_desktop.ui.main_window import MainWindow
from pim_desktop.ui.safety.import_preview_dialog import ImportPreviewDialog
from pim_desktop.ui.signing.verify_dialog import VerifyDialog

WindowFactory = Callable[[AppContext], MainWindow]


def test_a_pim_file_opens_its_import_preview(
    context: AppContext, make_window: WindowFactory, tmp_path: Path
) -> None:
    context.sample_data.create()
    package = tmp_path / "dane miasta ąę.pim"
    context.packages.export_all(package)
    window = make_window(context)
    window.show_page_key("dashboard")
    seen: list[str] = []

    def preview(dialog: QWidget) -> None:
        assert isinstance(dialog, ImportPreviewDialog)
        seen.extend(dialog.outcome_texts())
        dialog.reject()  # the officer looks and closes: nothing changes

    answered = when_dialog_opens(preview)
    assert window.open_file(package) is False
    assert answered and seen
    assert window.current_page() is window.applications
    assert len(context.applications.summaries()) == 2


def test_a_pdf_opens_its_signature_check(
    context: AppContext, make_window: WindowFactory, pki: SigningPki, final_pdf: Path
) -> None:
    signed = final_pdf.with_name("podpisany wniosek.PDF")
    with load_pkcs12(pki.signer.p12, P12_PASSWORD) as key:
        sign_pdf(final_pdf, signed, key, SigningOptions(location="Przykładowo"))
    window = make_window(context)
    reports: list[str] = []

    def check(dialog: QWidget) -> None:
        assert isinstance(dialog, VerifyDialog)
        reports.append(dialog.report_text())
        dialog.accept()

    answered = when_dialog_opens(check)
    assert window.open_file(signed) is True
    assert answered and SIGNER_NAME in reports[0] and "podpisany wniosek.PDF" in reports[0]


def test_other_files_are_explained(
    context: AppContext, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window(context)
    text = tmp_path / "notatka.txt"
    text.write_text("nie PIM", encoding="utf-8")
    warnings: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        warnings.append(box.text())
        box.accept()

    for path in (text, tmp_path / "brak.pim"):
        answered = when_dialog_opens(read)
        assert window.open_file(path) is False
        assert answered
    assert "Program otwiera pliki .pim (import) i .pdf" in warnings[0]
    assert "Nie znaleziono pliku" in warnings[1] and len(warnings) == 2


def test_a_file_given_alone_is_opened_and_verbs_stay_verbs(tmp_path: Path) -> None:
    package = tmp_path / "Dane Miasta.PIM"
    assert parse_arguments([str(package)]).open == package
    assert parse_arguments(["--open", str(package)]).open == package
    assert parse_arguments(["--open", str(package)]).command is None
    assert parse_arguments(["list"]).open is None
    assert parse_arguments(["verify", "plik.pdf"]).command == "verify"
