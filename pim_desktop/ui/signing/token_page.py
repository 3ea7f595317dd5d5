"""Step 2 of signing with a card: the vendor's library, the card, and the certificate on it.

The library talks to card readers, which can take seconds, so cards and their certificates are
listed in the background while the page says it is looking; the officer may still pick another
library meanwhile (the answer for the old one is then dropped).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from pim_desktop.domain.signature import SignatureError, SignatureErrorCode
from pim_desktop.domain.signing_devices import TokenCertificate, TokenInfo
from pim_desktop.services.signing_service import SigningService
from pim_desktop.services.token_discovery import FoundLibrary
from pim_desktop.ui.common.file_dialogs import ask_open_file
from pim_desktop.ui.signing.steps import SECRET_PAGE
from pim_desktop.ui.signing.wizard_tasks import WizardTasks
from pim_desktop.ui.signing.wording import error_text, failure_text, info_label

# Each card with its certificates, or with the fault met while reading them.
Listing = list[tuple[TokenInfo, list[TokenCertificate] | SignatureError]]


def list_cards(signing: SigningService, library: Path) -> Listing:
    """On the worker thread: every card the library sees, each with its certificates."""
    found: Listing = []
    for token in signing.list_tokens(library):
        try:
            found.append((token, signing.list_certificates(library, token)))
        except SignatureError as error:
            found.append((token, error))
    return found


class TokenPage(QWizardPage):
    def __init__(
        self, signing: SigningService, tasks: WizardTasks, libraries: list[FoundLibrary]
    ) -> None:
        super().__init__()
        self._signing = signing
        self._tasks = tasks
        self._listing: Listing = []
        self._generation = 0
        self._listing_now = False
        self._listed_library: str | None = None
        self.setTitle(self.tr("Krok 2 z 4: karta i certyfikat"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(*self._library_row(libraries))
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
        self.message = info_label(name="card_message")
        layout.addWidget(self.message)
        self.library_box.currentIndexChanged.connect(self.refresh)
        tasks.busy_changed.connect(lambda _busy: self.completeChanged.emit())

    def _library_row(self, libraries: list[FoundLibrary]) -> tuple[QLabel, QHBoxLayout]:
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
        label = QLabel(self.tr("&Biblioteka:"))
        label.setBuddy(self.library_box)
        return label, row

    def initializePage(self) -> None:
        if self._listed_library != str(self.library()):
            self.refresh()

    def library(self) -> Path:
        data = self.library_box.currentData()
        text = self.library_box.currentText()
        return Path(str(data)) if data and " — " in text else Path(text.strip())

    def set_library(self, path: Path) -> None:
        self.library_box.addItem(str(path), str(path))
        self.library_box.setCurrentIndex(self.library_box.count() - 1)

    def _on_browse_clicked(self) -> None:
        chosen = ask_open_file(
            self,
            self.tr("Wskaż bibliotekę PKCS#11 karty"),
            self.tr("Biblioteki (*.dll *.so *.dylib);;Wszystkie pliki (*)"),
        )
        if chosen is not None:
            self.set_library(chosen)

    def refresh(self) -> None:
        """List the cards of the chosen library again, in the background."""
        self._generation += 1
        self._show_listing([])
        if not self.library_box.currentText().strip():
            self._listed_library = None
            self.message.setText(
                self.tr(
                    "Nie znaleziono bibliotek kart w zwykłych miejscach. Zainstaluj "
                    "oprogramowanie dostawcy podpisu albo wskaż bibliotekę przyciskiem "
                    "„Inna biblioteka…”."
                )
            )
            return
        library = self.library()
        self._listed_library = str(library)
        self._listing_now = True
        self.message.setText(self.tr("Szukanie kart i certyfikatów…"))
        self.completeChanged.emit()
        generation = self._generation
        self._tasks.run(
            partial(list_cards, self._signing, library),
            partial(self._on_listed, generation),
            partial(self._on_list_failed, generation),
            description=self.tr("Szukanie kart"),
        )

    def is_listing(self) -> bool:
        return self._listing_now

    def _on_listed(self, generation: int, listing: Listing) -> None:
        if generation != self._generation:
            return
        self._listing_now = False
        self.message.clear()
        if not listing:
            self.message.setText("⚠ " + error_text(SignatureError(SignatureErrorCode.NO_TOKEN)))
        self._show_listing(listing)

    def _on_list_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._listing_now = False
        self.message.setText(failure_text(error))
        self.completeChanged.emit()

    def _show_listing(self, listing: Listing) -> None:
        self._listing = listing
        self.token_box.blockSignals(True)
        self.token_box.clear()
        for token, _certificates in listing:
            self.token_box.addItem(f"{token.display_name} ({token.manufacturer})", token.slot_id)
        self.token_box.blockSignals(False)
        self._on_token_changed()

    def _on_token_changed(self) -> None:
        self.certificates.clear()
        index = self.token_box.currentIndex()
        if not 0 <= index < len(self._listing):
            self.completeChanged.emit()
            return
        token, certificates = self._listing[index]
        if isinstance(certificates, SignatureError):
            self.message.setText("⚠ " + error_text(certificates))
        elif token.pin_locked:
            self.message.setText("⚠ " + error_text(SignatureError(SignatureErrorCode.PIN_LOCKED)))
        elif token.pin_final_try:
            self.message.setText(
                "⚠ " + self.tr("Została ostatnia próba wpisania PIN-u. Wpisz go uważnie.")
            )
        for certificate in self._certificates():
            summary = certificate.summary
            text = self.tr("{name} — wystawca: {issuer}, ważny {validity}").format(
                name=summary.subject, issuer=summary.issuer, validity=summary.validity_text()
            )
            if not summary.non_repudiation:
                text += " " + self.tr("(nie do podpisu)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.certificates.addItem(item)
        if self.certificates.count():
            self.certificates.setCurrentRow(0)
        self.completeChanged.emit()

    def _certificates(self) -> list[TokenCertificate]:
        index = self.token_box.currentIndex()
        if not 0 <= index < len(self._listing):
            return []
        certificates = self._listing[index][1]
        return [] if isinstance(certificates, SignatureError) else certificates

    def selected_token(self) -> TokenInfo | None:
        index = self.token_box.currentIndex()
        return self._listing[index][0] if 0 <= index < len(self._listing) else None

    def selected_certificate(self) -> TokenCertificate | None:
        row, certificates = self.certificates.currentRow(), self._certificates()
        return certificates[row] if 0 <= row < len(certificates) else None

    def isComplete(self) -> bool:
        token = self.selected_token()
        return (
            not self._listing_now
            and not self._tasks.is_busy()
            and token is not None
            and not token.pin_locked
            and self.selected_certificate() is not None
        )

    def nextId(self) -> int:
        return SECRET_PAGE
