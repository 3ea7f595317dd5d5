"""Step 1 of signing: where the officer's certificate is, on a card or in a file."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QRadioButton, QVBoxLayout, QWizardPage

from pim_desktop.ui.signing.steps import PKCS12_PAGE, TOKEN_PAGE
from pim_desktop.ui.signing.wording import info_label


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
            info_label(
                self.tr(
                    "Podpis kwalifikowany jest zwykle na karcie włożonej do czytnika albo "
                    "w chmurze (Certum SimplySign). Plik .p12/.pfx to certyfikat zapisany na "
                    "dysku."
                )
            )
        )
        layout.addStretch(1)

    def uses_card(self) -> bool:
        return self.card.isChecked()

    def nextId(self) -> int:
        return TOKEN_PAGE if self.uses_card() else PKCS12_PAGE
