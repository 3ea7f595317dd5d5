"""Podpisz elektronicznie: a step-by-step dialog from the certificate's place to the signature.

Steps: where the certificate is (a card or a file); which library, card and certificate (or which
file); the PIN or password, asked every time and dropped as soon as the key is open; a summary
with the checks, then the signature. The dialog opens the key; the caller's ``sign`` callback
signs and stores, so the dialog never saves anything itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from pim_desktop.domain.signature import SignatureError, SignatureErrorCode, format_day
from pim_desktop.services.signing_service import SigningPlan
from pim_desktop.services.token_discovery import FoundLibrary, discover
from pim_desktop.signing import pkcs11_tokens
from pim_desktop.signing.pades import SigningKey, load_pkcs12
from pim_desktop.ui.labels import domain_text

SOURCE_PAGE, CARD_PAGE, FILE_PAGE, SECRET_PAGE, SUMMARY_PAGE = range(5)
SignCallback = Callable[[SigningKey, Path], object]
NotesCallback = Callable[[SigningKey], list]  # type: ignore[type-arg]


def error_text(error: SignatureError) -> str:
    return domain_text(error.message).format(**error.params)


def _label(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


class SignDialog(QWizard):
    def __init__(
        self,
        plan: SigningPlan,
        notes: NotesCallback,
        sign: SignCallback,
        parent: QWidget | None = None,
        libraries: list[FoundLibrary] | None = None,
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self._notes = notes
        self._sign = sign
        self.key: SigningKey | None = None
        self.result_value: object = None
        self.setWindowTitle(self.tr("Podpisz elektronicznie"))
        self.setAccessibleName(self.tr("Podpisz elektronicznie"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Dalej >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Wstecz"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Anuluj"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Podpisz"))
        self.source_page = SourcePage()
        self.card_page = CardPage(libraries if libraries is not None else discover())
        self.file_page = FilePage()
        self.secret_page = SecretPage()
        self.summary_page = SummaryPage(plan)
        for number, page in (
            (SOURCE_PAGE, self.source_page),
            (CARD_PAGE, self.card_page),
            (FILE_PAGE, self.file_page),
            (SECRET_PAGE, self.secret_page),
            (SUMMARY_PAGE, self.summary_page),
        ):
            self.setPage(number, page)
        self.rejected.connect(self.close_key)

    def uses_card(self) -> bool:
        return self.source_page.card.isChecked()

    def open_key(self, secret: str) -> SigningKey:
        """Open the chosen key with ``secret``; the secret is not kept."""
        self.close_key()
        if self.uses_card():
            token = self.card_page.selected_token()
            certificate = self.card_page.selected_certificate()
            self.key = pkcs11_tokens.open_key(
                self.card_page.library(),
                token,
                certificate.object_id if certificate else None,
                secret,
            )
        else:
            self.key = load_pkcs12(self.file_page.path(), secret)
        return self.key

    def notes_for_key(self) -> list:  # type: ignore[type-arg]
        return self._notes(self.key) if self.key is not None else []

    def sign_now(self, target: Path) -> object:
        assert self.key is not None
        return self._sign(self.key, target)

    def close_key(self) -> None:
        if self.key is not None:
            key, self.key = self.key, None
            key.close()


class SourcePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Krok 1 z 4: gdzie jest certyfikat?"))
        layout = QVBoxLayout(self)
        self.card = QRadioButton(self.tr("&Karta kryptograficzna lub token (także SimplySign)"))
        self.card.setObjectName("source_card")
        self.file = QRadioButton(self.tr("Plik &certyfikatu (.p12 lub .pfx)"))
        self.file.setObjectName("source_file")
        group = QButtonGroup(self)
        for button in (self.card, self.file):
            group.addButton(button)
            layout.addWidget(button)
        self.card.setChecked(True)
        layout.addWidget(
            _label(
                self.tr(
                    "Podpis kwalifikowany jest zwykle na karcie włożonej do czytnika albo "
                    "w chmurze (Certum SimplySign). Plik .p12/.pfx to certyfikat zapisany na "
                    "dysku."
                )
            )
        )
        layout.addStretch(1)

    def nextId(self) -> int:
        return CARD_PAGE if self.card.isChecked() else FILE_PAGE


class CardPage(QWizardPage):
    """Library, card and certificate: each listed with what a person recognises it by."""

    def __init__(self, libraries: list[FoundLibrary]) -> None:
        super().__init__()
        self.setTitle(self.tr("Krok 2 z 4: karta i certyfikat"))
        self._tokens: list[pkcs11_tokens.TokenInfo] = []
        self._certificates: list[pkcs11_tokens.TokenCertificate] = []
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.library_box = QComboBox()
        self.library_box.setObjectName("library")
        self.library_box.setAccessibleName(self.tr("Biblioteka karty"))
        self.library_box.setEditable(True)
        for library in libraries:
            text = f"{library.vendor} — {library.path}"
            if not library.usable:
                text += " " + self.tr("(wersja {bits}-bitowa, nie zadziała)").format(
                    bits=library.bits
                )
            self.library_box.addItem(text, str(library.path))
        browse = QPushButton(self.tr("&Inna biblioteka…"))
        browse.setObjectName("browse_library")
        browse.clicked.connect(self._on_browse_clicked)
        refresh = QPushButton(self.tr("&Odśwież"))
        refresh.setObjectName("refresh_tokens")
        refresh.clicked.connect(self.refresh)
        row = QHBoxLayout()
        row.addWidget(self.library_box, 1)
        row.addWidget(browse)
        row.addWidget(refresh)
        library_label = QLabel(self.tr("&Biblioteka:"))
        library_label.setBuddy(self.library_box)
        form.addRow(library_label, row)
        self.token_box = QComboBox()
        self.token_box.setObjectName("token")
        self.token_box.setAccessibleName(self.tr("Karta"))
        self.token_box.currentIndexChanged.connect(self._on_token_changed)
        token_label = QLabel(self.tr("&Karta:"))
        token_label.setBuddy(self.token_box)
        form.addRow(token_label, self.token_box)
        layout.addLayout(form)
        self.certificates = QListWidget()
        self.certificates.setObjectName("certificates")
        self.certificates.setAccessibleName(self.tr("Certyfikaty na karcie"))
        self.certificates.currentRowChanged.connect(lambda _row: self.completeChanged.emit())
        certificates_label = QLabel(self.tr("&Certyfikaty:"))
        certificates_label.setBuddy(self.certificates)
        layout.addWidget(certificates_label)
        layout.addWidget(self.certificates, 1)
        self.message = _label(name="card_message")
        layout.addWidget(self.message)
        self.library_box.currentIndexChanged.connect(self.refresh)

    def initializePage(self) -> None:
        if not self._tokens:
            self.refresh()

    def library(self) -> Path:
        data = self.library_box.currentData()
        text = self.library_box.currentText()
        return Path(str(data)) if data and " — " in text else Path(text.strip())

    def set_library(self, path: Path) -> None:
        self.library_box.addItem(str(path), str(path))
        self.library_box.setCurrentIndex(self.library_box.count() - 1)

    def _on_browse_clicked(self) -> None:
        dialog = QFileDialog(self, self.tr("Wskaż bibliotekę PKCS#11 karty"))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setNameFilter(self.tr("Biblioteki (*.dll *.so *.dylib);;Wszystkie pliki (*)"))
        if dialog.exec() and dialog.selectedFiles():
            self.set_library(Path(dialog.selectedFiles()[0]))

    def refresh(self) -> None:
        self._tokens, self._certificates = [], []
        self.token_box.blockSignals(True)
        self.token_box.clear()
        self.token_box.blockSignals(False)
        self.certificates.clear()
        self.message.clear()
        if not self.library_box.currentText().strip():
            self.message.setText(
                self.tr(
                    "Nie znaleziono bibliotek kart w zwykłych miejscach. Zainstaluj "
                    "oprogramowanie dostawcy podpisu albo wskaż bibliotekę przyciskiem "
                    "„Inna biblioteka…”."
                )
            )
            self.completeChanged.emit()
            return
        try:
            self._tokens = pkcs11_tokens.list_tokens(self.library())
        except SignatureError as error:
            self.message.setText("⚠ " + error_text(error))
            self.completeChanged.emit()
            return
        if not self._tokens:
            self.message.setText("⚠ " + error_text(SignatureError(SignatureErrorCode.NO_TOKEN)))
        for token in self._tokens:
            self.token_box.addItem(f"{token.display_name} ({token.manufacturer})", token.slot_id)
        self._on_token_changed()

    def _on_token_changed(self) -> None:
        self.certificates.clear()
        self._certificates = []
        token = self.selected_token()
        if token is None:
            self.completeChanged.emit()
            return
        if token.pin_locked:
            self.message.setText("⚠ " + error_text(SignatureError(SignatureErrorCode.PIN_LOCKED)))
        elif token.pin_final_try:
            self.message.setText(
                "⚠ " + self.tr("Została ostatnia próba wpisania PIN-u. Wpisz go uważnie.")
            )
        try:
            found = pkcs11_tokens.list_certificates(self.library(), token)
        except SignatureError as error:
            self.message.setText("⚠ " + error_text(error))
            self.completeChanged.emit()
            return
        self._certificates = sorted(found, key=lambda c: not c.summary.non_repudiation)
        for certificate in self._certificates:
            summary = certificate.summary
            text = self.tr("{name} — wystawca: {issuer}, ważny {validity}").format(
                name=summary.subject, issuer=summary.issuer, validity=summary.validity_text()
            )
            if not summary.non_repudiation:
                text += " " + self.tr("(nie do podpisu)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.certificates.addItem(item)
        if self._certificates:
            self.certificates.setCurrentRow(0)
        self.completeChanged.emit()

    def selected_token(self) -> pkcs11_tokens.TokenInfo | None:
        index = self.token_box.currentIndex()
        return self._tokens[index] if 0 <= index < len(self._tokens) else None

    def selected_certificate(self) -> pkcs11_tokens.TokenCertificate | None:
        row = self.certificates.currentRow()
        return self._certificates[row] if 0 <= row < len(self._certificates) else None

    def isComplete(self) -> bool:
        token = self.selected_token()
        return (
            token is not None and not token.pin_locked and self.selected_certificate() is not None
        )

    def nextId(self) -> int:
        return SECRET_PAGE


class FilePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Krok 2 z 4: plik certyfikatu"))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("p12_path")
        self.path_edit.setAccessibleName(self.tr("Plik certyfikatu"))
        self.path_edit.textChanged.connect(lambda _text: self.completeChanged.emit())
        browse = QPushButton(self.tr("&Wybierz…"))
        browse.setObjectName("browse_p12")
        browse.clicked.connect(self._on_browse_clicked)
        label = QLabel(self.tr("&Plik .p12 / .pfx:"))
        label.setBuddy(self.path_edit)
        row.addWidget(label)
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        layout.addWidget(
            _label(
                self.tr(
                    "Dane certyfikatu (właściciel, wystawca, ważność) program pokaże po "
                    "otwarciu pliku hasłem w następnym kroku."
                )
            )
        )
        layout.addStretch(1)

    def path(self) -> Path:
        return Path(self.path_edit.text().strip())

    def _on_browse_clicked(self) -> None:
        dialog = QFileDialog(self, self.tr("Wybierz plik certyfikatu"))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setNameFilter(self.tr("Certyfikaty z kluczem (*.p12 *.pfx);;Wszystkie pliki (*)"))
        if dialog.exec() and dialog.selectedFiles():
            self.path_edit.setText(dialog.selectedFiles()[0])

    def isComplete(self) -> bool:
        return self.path().is_file()

    def nextId(self) -> int:
        return SECRET_PAGE


class SecretPage(QWizardPage):
    """The PIN or password: typed each time, handed to the key and cleared at once."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Krok 3 z 4: PIN lub hasło"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.secret = QLineEdit()
        self.secret.setObjectName("secret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("PIN lub hasło"))
        self.secret_label = QLabel()
        self.secret_label.setBuddy(self.secret)
        form.addRow(self.secret_label, self.secret)
        layout.addLayout(form)
        layout.addWidget(
            _label(self.tr("Program nie zapamiętuje PIN-u ani hasła i nie zapisuje ich nigdzie."))
        )
        self.message = _label(name="secret_message")
        layout.addWidget(self.message)
        layout.addStretch(1)

    def initializePage(self) -> None:
        wizard = self.wizard()
        card = isinstance(wizard, SignDialog) and wizard.uses_card()
        self.secret_label.setText(self.tr("&PIN karty:") if card else self.tr("&Hasło do pliku:"))
        self.secret.clear()
        self.message.clear()
        self.secret.setFocus()

    def validatePage(self) -> bool:
        wizard = self.wizard()
        assert isinstance(wizard, SignDialog)
        try:
            wizard.open_key(self.secret.text())
        except SignatureError as error:
            self.message.setText("⚠ " + error_text(error))
            return False
        finally:
            self.secret.clear()
        return True

    def nextId(self) -> int:
        return SUMMARY_PAGE


class SummaryPage(QWizardPage):
    def __init__(self, plan: SigningPlan) -> None:
        super().__init__()
        self._plan = plan
        self._blocked = False
        self.setTitle(self.tr("Krok 4 z 4: sprawdź i podpisz"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.document = _label(name="summary_document")
        self.signer = _label(name="summary_signer")
        self.level = _label(name="summary_level")
        self.place = _label(name="summary_place")
        form.addRow(self.tr("Dokument:"), self.document)
        form.addRow(self.tr("Podpisujący:"), self.signer)
        form.addRow(self.tr("Rodzaj podpisu:"), self.level)
        form.addRow(self.tr("Powód i miejsce:"), self.place)
        target_row = QHBoxLayout()
        self.target = QLineEdit()
        self.target.setObjectName("target")
        self.target.setAccessibleName(self.tr("Zapisz podpisany plik jako"))
        change = QPushButton(self.tr("&Zmień…"))
        change.setObjectName("change_target")
        change.clicked.connect(self._on_change_clicked)
        target_row.addWidget(self.target, 1)
        target_row.addWidget(change)
        target_label = QLabel(self.tr("Zapi&sz jako:"))
        target_label.setBuddy(self.target)
        form.addRow(target_label, target_row)
        layout.addLayout(form)
        self.notes = _label(name="summary_notes")
        layout.addWidget(self.notes)
        self.message = _label(name="summary_message")
        layout.addWidget(self.message)
        layout.addStretch(1)

    def initializePage(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, SignDialog) and wizard.key is not None
        plan, summary = self._plan, wizard.key.summary
        self.document.setText(
            plan.source_name + (" " + self.tr("(kolejny podpis)") if plan.already_signed else "")
        )
        self.signer.setText(
            self.tr("{name}; wystawca: {issuer}; ważny do {until}").format(
                name=summary.subject, issuer=summary.issuer, until=format_day(summary.not_after)
            )
        )
        self.level.setText(
            self.tr("PAdES B-T ze znacznikiem czasu z serwera {url}").format(url=plan.timestamp_url)
            if plan.timestamp_url
            else self.tr("PAdES B-B (bez znacznika czasu; program pracuje bez internetu)")
        )
        self.place.setText(f"Wniosek o udział w Partnerskiej Inicjatywie Miast — {plan.location}")
        if not self.target.text():
            stem = Path(plan.final.file_name).stem
            self.target.setText(str(Path.home() / f"{stem} (podpisany).pdf"))
        notes = wizard.notes_for_key()
        self._blocked = any(note.blocking for note in notes)
        self.notes.setText(
            "\n".join(
                ("⛔ " if note.blocking else "⚠ ") + domain_text(note.message).format(**note.params)
                for note in notes
            )
        )
        self.message.clear()
        self.completeChanged.emit()

    def _on_change_clicked(self) -> None:
        dialog = QFileDialog(self, self.tr("Zapisz podpisany plik"))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.setNameFilter(self.tr("Pliki PDF (*.pdf)"))
        dialog.selectFile(self.target.text())
        if dialog.exec() and dialog.selectedFiles():
            self.target.setText(dialog.selectedFiles()[0])

    def isComplete(self) -> bool:
        return not self._blocked and bool(self.target.text().strip())

    def validatePage(self) -> bool:
        wizard = self.wizard()
        assert isinstance(wizard, SignDialog)
        self.message.setText(self.tr("Podpisywanie…"))
        try:
            wizard.result_value = wizard.sign_now(Path(self.target.text().strip()))
        except SignatureError as error:
            self.message.setText("⚠ " + error_text(error))
            return False
        wizard.close_key()
        self.message.setText(
            self.tr("Podpisano {moment}.").format(
                moment=dt.datetime.now().strftime("%d.%m.%Y %H:%M")
            )
        )
        return True
