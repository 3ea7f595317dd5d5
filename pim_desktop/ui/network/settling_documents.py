"""The documents that settle one activity, in its dialog: the officer opens one in the system's
viewer or removes one (after a question), with the mouse or the keyboard (Enter opens, Delete
removes). A removal takes effect when the activity is saved."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pim_desktop.domain.attachment import size_text
from pim_desktop.domain.network_activity import DOCUMENT_KIND_LABELS, SettlingDocument
from pim_desktop.ui.common.delete_key import DeleteKeyFilter
from pim_desktop.ui.labels import domain_text


class SettlingDocumentList(QWidget):
    def __init__(
        self,
        documents: Sequence[SettlingDocument],
        open_document: Callable[[SettlingDocument], None],
        *,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._documents = list(documents)
        self._open_document = open_document
        self._read_only = read_only
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.listing = QListWidget()
        self.listing.setObjectName("settling_documents")
        self.listing.setAccessibleName(self.tr("Dokumenty rozliczające działanie"))
        self.listing.setMaximumHeight(110)
        self.listing.itemActivated.connect(lambda _item: self.open_current())
        layout.addWidget(self.listing)
        self.empty = QLabel(self.tr("Brak dokumentów. Dołącza się je na liście działań."))
        self.empty.setObjectName("no_settling_documents")
        layout.addWidget(self.empty)
        row = QHBoxLayout()
        self.open_button = self._button(row, self.tr("&Otwórz dokument"), "open_document")
        self.open_button.clicked.connect(self.open_current)
        self.remove_button = self._button(row, self.tr("Usuń &dokument…"), "remove_document")
        self.remove_button.clicked.connect(self.remove_current)
        row.addStretch(1)
        layout.addLayout(row)
        # Delete on the list removes the chosen document, as the button does.
        DeleteKeyFilter(self.listing, self.remove_current)
        self._show()

    def _button(self, row: QHBoxLayout, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        row.addWidget(button)
        return button

    def documents(self) -> tuple[SettlingDocument, ...]:
        return tuple(self._documents)

    def _show(self) -> None:
        self.listing.clear()
        for document in self._documents:
            kind = domain_text(DOCUMENT_KIND_LABELS[document.kind])
            self.listing.addItem(f"{kind}: {document.file_name} ({size_text(document.size)})")
            self.listing.item(self.listing.count() - 1).setToolTip(f"SHA-256: {document.sha256}")
        if self._documents:
            self.listing.setCurrentRow(0)
        self.listing.setVisible(bool(self._documents))
        self.empty.setVisible(not self._documents)
        self.open_button.setEnabled(bool(self._documents))
        self.remove_button.setEnabled(bool(self._documents) and not self._read_only)

    def _current(self) -> SettlingDocument | None:
        row = self.listing.currentRow()
        return self._documents[row] if 0 <= row < len(self._documents) else None

    def open_current(self) -> None:
        document = self._current()
        if document is not None:
            self._open_document(document)

    def remove_current(self) -> None:
        document = self._current()
        if document is None or self._read_only:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Usunąć dokument?"),
            self.tr(
                "Usunąć dokument „{name}” z działania? Zniknie z listy dokumentów "
                "rozliczających po zapisaniu działania."
            ).format(name=document.file_name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            del self._documents[self.listing.currentRow()]
            self._show()
            self.listing.setFocus()
