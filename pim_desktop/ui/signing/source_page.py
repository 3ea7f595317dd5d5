"""Step 1 of signing: where the officer's certificate is, on a card, in a file or in Windows."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QRadioButton, QVBoxLayout, QWizardPage

from pim_desktop.ui.signing.steps import PKCS12_PAGE, STORE_PAGE, TOKEN_PAGE
from pim_desktop.ui.signing.wording import info_label


class SourcePage(QWizardPage):
    def __init__(self, store_available: bool) -> None:
        """``store_available``: the computer has a certificate store to offer (Windows)."""
        super().__init__()
        layout = QVBoxLayout(self)
        self.card = QRadioButton(self.tr("&Karta kryptograficzna lub token (także SimplySign)"))
        self.card.setObjectName("source_card")
        self.file = QRadioButton(self.tr("Plik &certyfikatu (.p12 lub .pfx)"))
        self.file.setObjectName("source_file")
        self.store = QRadioButton(self.tr("Certyfikat z &magazynu Windows"))
        self.store.setObjectName("source_store")
        self.store.setVisible(store_available)
        self.store.setEnabled(store_available)
        group = QButtonGroup(self)
        for button in (self.card, self.file, self.store):
            group.addButton(button)
            layout.addWidget(button)
        self.card.setChecked(True)
        self._show_step_count()
        self.store.toggled.connect(lambda _on: self._show_step_count())
        layout.addWidget(
            info_label(
                self.tr(
                    "Podpis kwalifikowany jest zwykle na karcie włożonej do czytnika albo "
                    "w chmurze (Certum SimplySign). Plik .p12/.pfx to certyfikat zapisany na "
                    "dysku."
                )
            )
        )
        if store_available:
            layout.addWidget(
                info_label(
                    self.tr(
                        "Magazyn Windows zawiera certyfikaty, które sterownik karty zarejestrował "
                        "w systemie; o PIN karty zapyta wtedy sam Windows."
                    )
                )
            )
        layout.addStretch(1)

    def _show_step_count(self) -> None:
        # The store's path has no PIN step, so it is one step shorter.
        self.setTitle(
            self.tr("Krok 1 z 3: gdzie jest certyfikat?")
            if self.uses_store()
            else self.tr("Krok 1 z 4: gdzie jest certyfikat?")
        )

    def uses_card(self) -> bool:
        return self.card.isChecked()

    def uses_store(self) -> bool:
        return self.store.isChecked()

    def nextId(self) -> int:
        if self.uses_store():
            return STORE_PAGE
        return TOKEN_PAGE if self.uses_card() else PKCS12_PAGE
