"""The files of one meeting: photos, the scanned signed attendance list, presentations."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pim_desktop.domain.attachment import size_text
from pim_desktop.domain.meeting import ATTACHMENT_KIND_LABELS, AttachmentKind, MeetingAttachment
from pim_desktop.ui.labels import domain_text


class AttachmentList(QWidget):
    add_requested = Signal(object)  # the AttachmentKind chosen
    open_requested = Signal(object)  # the MeetingAttachment
    remove_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._attachments: list[MeetingAttachment] = []
        layout = QVBoxLayout(self)
        self.listing = QListWidget()
        self.listing.setObjectName("attachment_list")
        self.listing.setAccessibleName(self.tr("Załączniki spotkania"))
        self.listing.itemActivated.connect(lambda _item: self._emit(self.open_requested))
        layout.addWidget(self.listing, 1)
        row = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("attachment_kind")
        self.kind.setAccessibleName(self.tr("Rodzaj dołączanego pliku"))
        for kind in AttachmentKind:
            self.kind.addItem(domain_text(ATTACHMENT_KIND_LABELS[kind]), kind.value)
        self.add_button = QPushButton(self.tr("&Dołącz plik…"))
        self.add_button.setObjectName("add_attachment")
        self.add_button.clicked.connect(
            lambda: self.add_requested.emit(AttachmentKind(self.kind.currentData()))
        )
        self.open_button = QPushButton(self.tr("Otwórz"))
        self.open_button.setObjectName("open_attachment")
        self.open_button.clicked.connect(lambda: self._emit(self.open_requested))
        self.remove_button = QPushButton(self.tr("Usuń plik"))
        self.remove_button.setObjectName("remove_attachment")
        self.remove_button.clicked.connect(lambda: self._emit(self.remove_requested))
        for widget in (self.kind, self.add_button, self.open_button, self.remove_button):
            row.addWidget(widget)
        row.addStretch(1)
        layout.addLayout(row)

    def set_attachments(self, attachments: list[MeetingAttachment]) -> None:
        self._attachments = list(attachments)
        self.listing.clear()
        for attachment in attachments:
            kind = domain_text(ATTACHMENT_KIND_LABELS[attachment.kind])
            text = f"{kind}: {attachment.file.file_name} ({size_text(attachment.file.size)})"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, attachment.id)
            self.listing.addItem(item)

    def set_editable(self, editable: bool) -> None:
        for widget in (self.kind, self.add_button, self.remove_button):
            widget.setEnabled(editable)

    def _emit(self, signal: SignalInstance) -> None:
        row = self.listing.currentRow()
        if 0 <= row < len(self._attachments):
            signal.emit(self._attachments[row])
