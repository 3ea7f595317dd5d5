"""Shows what a portable file would add before anything is imported, and asks about clashes.

The dialog only returns the officer's choice; the caller asks the service to import.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pim_desktop.domain.application import STATUS_LABELS
from pim_desktop.domain.portable.partnership_records import COUNT_LABELS, KIND_LABELS
from pim_desktop.services.portable.import_preview import (
    KIND_OUTCOME_LABELS,
    KIND_STEP_LABELS,
    ClashChoice,
    ImportPreview,
    KindOutcome,
    LineageOutcome,
    ProfileOutcome,
)
from pim_desktop.ui.common.dates import moment_text
from pim_desktop.ui.common.screen_fit import fit_to_screen
from pim_desktop.ui.labels import domain_text


class ImportPreviewDialog(QDialog):
    def __init__(self, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_preview")
        title = self.tr("Import z pliku .pim")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        fit_to_screen(self, 900, 560)
        self._preview = preview
        layout = QVBoxLayout(self)
        header = QLabel(
            self.tr("Plik {name} utworzono {when} w programie PIM Desktop {version}.").format(
                name=preview.source.name,
                when=moment_text(preview.created),
                version=preview.program_version,
            )
        )
        header.setWordWrap(True)
        layout.addWidget(header)
        self.profile_label = QLabel(self._profile_text())
        self.profile_label.setObjectName("import_profile")
        self.profile_label.setWordWrap(True)
        layout.addWidget(self.profile_label)
        self.table = self._build_table()
        layout.addWidget(self.table, 1)
        self.kinds_table = self._build_kinds_table()
        self.kinds_table.setVisible(bool(preview.kinds))
        layout.addWidget(self.kinds_table)
        self.summary = QLabel(self._summary_text())
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.clash_box = self._build_clash_box()
        layout.addWidget(self.clash_box)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("&Importuj"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("do_import")
        self.import_button.setAccessibleName(self.tr("Importuj"))
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("&Anuluj"))
        cancel.setAccessibleName(self.tr("Anuluj"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.import_button.setEnabled(self.has_work())
        self.import_button.setDefault(self.has_work())

    def _build_table(self) -> QTableWidget:
        headers = [
            self.tr("Nabór"),
            self.tr("Rola"),
            self.tr("Sieć"),
            self.tr("Wersje"),
            self.tr("Stan"),
            self.tr("Co się stanie"),
        ]
        rows = [
            (
                plan.edition,
                plan.role_label,
                plan.network_name,
                ", ".join(str(n) for n in plan.version_numbers),
                domain_text(STATUS_LABELS[plan.newest.status]),
                self._outcome_text(plan.outcome),
            )
            for plan in self._preview.lineages
        ]
        table = _read_only_table(headers, rows, "import_applications", self.tr("Wnioski w pliku"))
        for row, plan in enumerate(self._preview.lineages):
            edition = table.item(row, 0)
            if edition is not None:
                edition.setToolTip(plan.title)
        return table

    def _build_kinds_table(self) -> QTableWidget:
        headers = [
            self.tr("Dane partnerstwa"),
            self.tr("W pliku"),
            self.tr("Porównanie z tym komputerem"),
            self.tr("Co się stanie"),
        ]
        rows = [
            (
                domain_text(KIND_LABELS[plan.kind]),
                f"{domain_text(COUNT_LABELS[plan.kind])}: {plan.records}",
                domain_text(KIND_OUTCOME_LABELS[plan.outcome]),
                "",
            )
            for plan in self._preview.kinds
        ]
        name = self.tr("Dane partnerstwa w pliku")
        table = _read_only_table(headers, rows, "import_partnership", name)
        self._fill_kind_steps(table, ClashChoice.KEEP_BOTH)
        return table

    def _fill_kind_steps(self, table: QTableWidget, choice: ClashChoice) -> None:
        steps = self._preview.kind_steps(choice)
        for row, plan in enumerate(self._preview.kinds):
            text = domain_text(KIND_STEP_LABELS[steps[plan.kind]])
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(row, 3, item)
        table.setFixedHeight(
            table.horizontalHeader().sizeHint().height()
            + sum(table.rowHeight(row) for row in range(table.rowCount()))
            + 2 * table.frameWidth()
        )

    def _show_kind_steps(self) -> None:
        self._fill_kind_steps(self.kinds_table, self.choice())

    def _build_clash_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Część danych już jest w programie w innej postaci"))
        box.setObjectName("clash_choice")
        box.setAccessibleName(box.title())
        column = QVBoxLayout(box)
        self.keep_both = QRadioButton(
            self.tr(
                "Zachowaj &oba: wnioski z pliku zostaną dodane obok obecnych; dane miasta "
                "i partnerstwa z tego komputera zostaną bez zmian"
            )
        )
        self.keep_both.setObjectName("keep_both")
        self.keep_both.setAccessibleName(self.tr("Zachowaj oba"))
        self.replace = QRadioButton(
            self.tr(
                "&Zastąp: dane z pliku zastąpią obecne wnioski (ze wszystkimi ich wersjami), "
                "dane miasta i te dane partnerstwa, które różnią się od tutejszych"
            )
        )
        self.replace.setObjectName("replace")
        self.replace.setAccessibleName(self.tr("Zastąp danymi z pliku"))
        group = QButtonGroup(self)
        group.addButton(self.keep_both)
        group.addButton(self.replace)
        self.keep_both.setChecked(True)
        self.keep_both.toggled.connect(self._show_kind_steps)
        column.addWidget(self.keep_both)
        column.addWidget(self.replace)
        note = QLabel(
            self.tr(
                "Przed importem program zapisuje kopię zapasową, więc każdą z tych decyzji "
                "można cofnąć w Ustawieniach → Kopie zapasowe."
            )
        )
        note.setWordWrap(True)
        column.addWidget(note)
        box.setVisible(self._preview.has_clash)
        return box

    def _outcome_text(self, outcome: LineageOutcome) -> str:
        return {
            LineageOutcome.NEW: self.tr("zostanie dodany"),
            LineageOutcome.PRESENT: self.tr("już jest – pominięty"),
            LineageOutcome.CLASH: self.tr("już jest w innej postaci"),
        }[outcome]

    def _profile_text(self) -> str:
        name = self._preview.profile_name or self.tr("bez nazwy")
        return {
            ProfileOutcome.ABSENT: self.tr("Plik nie zawiera danych miasta."),
            ProfileOutcome.NEW: self.tr("Dane miasta z pliku ({name}) zostaną wpisane."),
            ProfileOutcome.SAME: self.tr("Dane miasta w pliku ({name}) są takie same jak tutaj."),
            ProfileOutcome.DIFFERENT: self.tr(
                "Dane miasta w pliku ({name}) różnią się od danych na tym komputerze."
            ),
        }[self._preview.profile].format(name=name)

    def _summary_text(self) -> str:
        preview = self._preview
        parts = [
            self.tr("Nowe wnioski: {new}, już obecne: {present}, w innej postaci: {clash}.").format(
                new=preview.new, present=preview.present, clash=preview.clashes
            ),
            self.tr("Załączniki w pliku: {count} (nowe: {new}).").format(
                count=preview.attachments, new=preview.new_attachments
            ),
        ]
        if preview.missing_attachments:
            parts.append(
                self.tr(
                    "Załączniki, których plików brakowało u nadawcy: {count} (przeniesiono "
                    "tylko ich opisy)."
                ).format(count=preview.missing_attachments)
            )
        if preview.skipped_kinds:
            parts.append(
                self.tr(
                    "Plik zawiera też dane, których ta wersja programu nie zna; zostaną pominięte: "
                    "{kinds}."
                ).format(kinds=", ".join(preview.skipped_kinds))
            )
        if not self.has_work():
            parts.append(self.tr("Wszystko z tego pliku już jest w programie."))
        return " ".join(parts)

    def has_work(self) -> bool:
        preview = self._preview
        return (
            preview.new > 0
            or preview.clashes > 0
            or preview.profile in (ProfileOutcome.NEW, ProfileOutcome.DIFFERENT)
            or any(plan.outcome is not KindOutcome.SAME for plan in preview.kinds)
        )

    def choice(self) -> ClashChoice:
        return ClashChoice.REPLACE if self.replace.isChecked() else ClashChoice.KEEP_BOTH

    def outcome_texts(self) -> list[str]:
        return _column_texts(self.table, 5)

    def kind_step_texts(self) -> list[str]:
        return _column_texts(self.kinds_table, 3)


def _read_only_table(
    headers: list[str], rows: Sequence[Sequence[str]], name: str, accessible_name: str
) -> QTableWidget:
    """A table to read, row by row; each cell's full text is also its tooltip."""
    table = QTableWidget(len(rows), len(headers))
    table.setObjectName(name)
    table.setAccessibleName(accessible_name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    for row, cells in enumerate(rows):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(row, column, item)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(True)
    return table


def _column_texts(table: QTableWidget, column: int) -> list[str]:
    items = (table.item(row, column) for row in range(table.rowCount()))
    return [item.text() if item is not None else "" for item in items]
