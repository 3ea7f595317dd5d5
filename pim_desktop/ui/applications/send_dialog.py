"""Wyślij…: prepares a folder for sending the application by the chosen channel.

It shows the files under their safe names, their sizes and the total against the channel's
limit, the subject line and the address to copy, and a short checklist. The program never
sends anything itself.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pim_desktop.domain.application import CHANNEL_LABELS, SubmissionChannel
from pim_desktop.domain.attachment import size_text
from pim_desktop.domain.sending import ADDRESS_FROM_NOTICE, SendingPlan
from pim_desktop.domain.signature import SignatureError
from pim_desktop.domain.submission_proof import ReceiptRefused
from pim_desktop.ui.common.file_dialogs import choose_folder
from pim_desktop.ui.labels import domain_text

PlanFor = Callable[[SubmissionChannel], SendingPlan]
Prepare = Callable[[SendingPlan, Path], Path]


class SendDialog(QDialog):
    def __init__(self, plan_for: PlanFor, prepare: Prepare, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan_for = plan_for
        self._prepare = prepare
        self.plan: SendingPlan | None = None
        self.prepared: Path | None = None
        self.setWindowTitle(self.tr("Wyślij wniosek"))
        self.setAccessibleName(self.tr("Wyślij wniosek"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Program nie wysyła wniosku: przygotowuje folder z plikami i podpowiada, co "
                    "zrobić w wybranym kanale."
                ),
                wordWrap=True,
            )
        )
        self.channel = QComboBox()
        self.channel.setObjectName("send_channel")
        self.channel.setAccessibleName(self.tr("Kanał wysyłki"))
        for channel in SubmissionChannel:
            self.channel.addItem(domain_text(CHANNEL_LABELS[channel]), channel.value)
        form = QFormLayout()
        form.addRow(self.tr("Kanał:"), self.channel)
        self.subject = self._copyable(form, self.tr("Temat:"), "send_subject")
        self.address = self._copyable(form, self.tr("Adres:"), "send_address")
        layout.addLayout(form)
        layout.addWidget(self._build_files())
        self.total = QLabel()
        self.total.setObjectName("send_total")
        self.total.setWordWrap(True)
        layout.addWidget(self.total)
        self.checklist = QLabel()
        self.checklist.setObjectName("send_checklist")
        self.checklist.setWordWrap(True)
        layout.addWidget(self.checklist)
        self.prepared_label = QLabel()
        self.prepared_label.setObjectName("send_result")
        self.prepared_label.setWordWrap(True)
        layout.addWidget(self.prepared_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.prepare_button = buttons.addButton(
            self.tr("&Przygotuj folder…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.prepare_button.setObjectName("prepare_folder")
        self.prepare_button.clicked.connect(self._on_prepare_clicked)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.channel.currentIndexChanged.connect(self._on_channel_changed)
        self._on_channel_changed()

    def _copyable(self, form: QFormLayout, label: str, name: str) -> QLineEdit:
        row = QHBoxLayout()
        field = QLineEdit()
        field.setObjectName(name)
        field.setReadOnly(True)
        field.setAccessibleName(label.rstrip(":"))
        copy = QPushButton(self.tr("Kopiuj"))
        copy.setObjectName(f"copy_{name}")
        copy.setAccessibleName(self.tr("Kopiuj: {what}").format(what=label.rstrip(":")))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(field.text()))
        row.addWidget(field, 1)
        row.addWidget(copy)
        form.addRow(label, row)
        return field

    def _build_files(self) -> QTableWidget:
        self.files = QTableWidget(0, 3)
        self.files.setObjectName("send_files")
        self.files.setAccessibleName(self.tr("Pliki do wysłania"))
        self.files.setHorizontalHeaderLabels(
            [self.tr("Nazwa w folderze"), self.tr("Plik przy wniosku"), self.tr("Rozmiar")]
        )
        self.files.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.files.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.files.verticalHeader().setVisible(False)
        return self.files

    def selected_channel(self) -> SubmissionChannel:
        return SubmissionChannel(self.channel.currentData())

    def _on_channel_changed(self) -> None:
        self.prepared_label.clear()
        try:
            self.plan = self._plan_for(self.selected_channel())
        except (ReceiptRefused, SignatureError) as error:
            self.plan = None
            self._show_refusal(domain_text(error.message).format(**error.params))
            return
        self._show_plan(self.plan)

    def _show_refusal(self, text: str) -> None:
        self.files.setRowCount(0)
        self.subject.clear()
        self.address.clear()
        self.checklist.clear()
        self.total.setText("⚠ " + text)
        self.prepare_button.setEnabled(False)

    def _show_plan(self, plan: SendingPlan) -> None:
        self.files.setRowCount(len(plan.files))
        for row, item in enumerate(plan.files):
            for column, text in enumerate((item.name, item.original_name, size_text(item.size))):
                self.files.setItem(row, column, QTableWidgetItem(text))
        self.subject.setText(plan.subject)
        self.address.setText(plan.address or domain_text(ADDRESS_FROM_NOTICE))
        self.checklist.setText(
            "\n".join(f"{n}. {domain_text(line)}" for n, line in enumerate(plan.checklist, 1))
        )
        self.total.setText(self._total_text(plan))
        self.prepare_button.setEnabled(True)

    def _total_text(self, plan: SendingPlan) -> str:
        total = size_text(plan.total)
        if plan.limit_mb is None:
            return self.tr("Razem: {total}.").format(total=total)
        if plan.over_limit:
            return "⚠ " + self.tr(
                "Razem: {total}, więcej niż limit {limit} MB ustawiony dla tego kanału. Sprawdź "
                "limit urzędu (Ustawienia) albo podziel przesyłkę."
            ).format(total=total, limit=plan.limit_mb)
        return self.tr("Razem: {total} z {limit} MB dopuszczalnych w tym kanale.").format(
            total=total, limit=plan.limit_mb
        )

    def _on_prepare_clicked(self) -> None:
        if self.plan is None:
            return
        parent = choose_folder(
            self, self.tr("Gdzie przygotować folder do wysłania"), purpose="send-folder"
        )
        if parent is None:
            return
        try:
            self.prepared = self._prepare(self.plan, parent)
        except OSError as error:
            self.prepared_label.setText(
                "⚠ "
                + self.tr("Nie udało się zapisać plików: {reason}").format(
                    reason=error.strerror or str(error)
                )
            )
            return
        self.prepared_label.setText(
            "✓ "
            + self.tr(
                "Przygotowano folder {folder}. Po wysłaniu wczytaj dowód przyciskiem „Dowód "
                "złożenia…”."
            ).format(folder=self.prepared)
        )
