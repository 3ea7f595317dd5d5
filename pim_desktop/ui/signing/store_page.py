"""Step 2 of signing from the Windows certificate store: which of its certificates.

The store is read in the background, and the chosen certificate's key is opened there too:
Windows may show the card's own PIN dialog, over this window, and that dialog holds the thread
that asked until the officer answers. There is no PIN field here; the program never sees the PIN.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from pim_desktop.domain.signature import format_day
from pim_desktop.services.signing_service import SigningService
from pim_desktop.ui.signing.key_step import KeyStep
from pim_desktop.ui.signing.steps import SIGNING_PAGE
from pim_desktop.ui.signing.wizard_tasks import WizardTasks
from pim_desktop.ui.signing.wording import failure_text, info_label

if TYPE_CHECKING:
    from pim_desktop.services.signing_service import StoreCertificate


class StorePage(QWizardPage):
    def __init__(self, signing: SigningService, tasks: WizardTasks) -> None:
        super().__init__()
        self._signing = signing
        self._tasks = tasks
        self._listed: list[StoreCertificate] = []
        self._listing = False
        self.setTitle(self.tr("Krok 2 z 3: certyfikat z magazynu Windows"))
        layout = QVBoxLayout(self)
        self.certificates = QListWidget()
        self.certificates.setObjectName("store_certificates")
        self.certificates.setAccessibleName(self.tr("Certyfikaty w magazynie Windows"))
        self.certificates.setWordWrap(True)  # a long issuer's name wraps instead of hiding
        self.certificates.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.certificates.currentRowChanged.connect(lambda _row: self.completeChanged.emit())
        label = QLabel(self.tr("&Certyfikaty:"))
        label.setBuddy(self.certificates)
        refresh = QPushButton(self.tr("&Odśwież"))
        refresh.setObjectName("refresh_store")
        refresh.clicked.connect(self.refresh)
        row = QHBoxLayout()
        row.addWidget(label, 1)
        row.addWidget(refresh)
        layout.addLayout(row)
        layout.addWidget(self.certificates, 1)
        layout.addWidget(
            info_label(
                self.tr(
                    "Kwalifikowane certyfikaty są na początku listy. O PIN karty Windows zapyta "
                    "we własnym oknie; program go nie widzi i nie zapamiętuje."
                )
            )
        )
        self.message = info_label(name="store_message")
        layout.addWidget(self.message)
        self._key_step = KeyStep(self, tasks, self.message)
        tasks.busy_changed.connect(lambda _busy: self.completeChanged.emit())

    def initializePage(self) -> None:
        if not self._listed:
            self.refresh()

    def refresh(self) -> None:
        """Read the store's certificates again, in the background."""
        if self._tasks.is_busy():
            return
        self._show([])
        self._listing = True
        self.message.setText(self.tr("Odczytywanie certyfikatów z magazynu Windows…"))
        self._tasks.run(
            self._signing.store_certificates,
            self._on_listed,
            self._on_failed,
            description=self.tr("Odczytywanie magazynu certyfikatów"),
        )

    def _on_listed(self, listed: list[StoreCertificate]) -> None:
        self._listing = False
        self.message.setText(
            ""
            if listed
            else "⚠ "
            + self.tr(
                "W magazynie Windows nie ma certyfikatu do podpisu z kluczem prywatnym. "
                "Sprawdź, czy karta jest w czytniku, albo wybierz inne źródło certyfikatu."
            )
        )
        self._show(listed)

    def _show(self, listed: list[StoreCertificate]) -> None:
        self._listed = listed
        self.certificates.clear()
        for certificate in listed:
            text = self.describe(certificate)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.certificates.addItem(item)
        if listed:
            self.certificates.setCurrentRow(0)
        self.completeChanged.emit()

    def describe(self, certificate: StoreCertificate) -> str:
        """The holder first, with the word qualified where a narrow list still shows it."""
        summary = certificate.summary
        name = summary.subject
        if summary.qualified:
            name += " (" + self.tr("kwalifikowany") + ")"
        return self.tr("{name} — wystawca: {issuer}, ważny do {until}").format(
            name=name, issuer=summary.issuer, until=format_day(summary.not_after)
        )

    def selected(self) -> StoreCertificate | None:
        row = self.certificates.currentRow()
        return self._listed[row] if 0 <= row < len(self._listed) else None

    def isComplete(self) -> bool:
        return not self._tasks.is_busy() and self.selected() is not None

    def validatePage(self) -> bool:
        """Next opens the chosen key and stays; the page moves on once the key is open."""
        if self._key_step.leaving():
            return True
        chosen = self.selected()
        if chosen is None or self._tasks.is_busy():
            return False
        # The PIN dialog Windows may show belongs over this window, asked for on the UI thread.
        window = int(self.window().winId())
        self._key_step.open(
            partial(self._signing.open_store_handle, chosen.thumbprint, window_handle=window),
            self.tr("Otwieranie klucza certyfikatu…"),
            self._on_failed,
        )
        return False

    def _on_failed(self, error: BaseException) -> None:
        self._listing = False
        self.message.setText(failure_text(error))
        self.completeChanged.emit()

    def nextId(self) -> int:
        return SIGNING_PAGE
