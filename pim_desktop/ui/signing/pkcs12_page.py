"""Step 2 of signing with a certificate file: which .p12/.pfx file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWizardPage

from pim_desktop.ui.common.file_dialogs import ask_open_file
from pim_desktop.ui.signing.steps import SECRET_PAGE
from pim_desktop.ui.signing.wording import info_label


class Pkcs12Page(QWizardPage):
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
            info_label(
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
        chosen = ask_open_file(
            self,
            self.tr("Wybierz plik certyfikatu"),
            self.tr("Certyfikaty z kluczem (*.p12 *.pfx);;Wszystkie pliki (*)"),
        )
        if chosen is not None:
            self.path_edit.setText(str(chosen))

    def isComplete(self) -> bool:
        return self.path().is_file()

    def nextId(self) -> int:
        return SECRET_PAGE
