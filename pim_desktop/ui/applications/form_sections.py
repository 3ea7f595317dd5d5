"""The application's sections in a list beside their pages of fields, built from the form
definition: the officer moves between sections, each says in a word and an icon how complete it
is, and any field can be brought into view with the focus in it."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pim_desktop.domain.forms.addresses import parse_address
from pim_desktop.domain.forms.check import SectionStatus
from pim_desktop.domain.forms.definition import FieldDefinition, FormDefinition, Role
from pim_desktop.ui.applications.form_fields.field_widget import FieldWidget
from pim_desktop.ui.common.icons import icon

STATUS_ICONS = {
    SectionStatus.COMPLETE: "complete",
    SectionStatus.HAS_PROBLEMS: "problem",
    SectionStatus.NOT_STARTED: "not_started",
}


class FormSections(QSplitter):
    """``make_field`` makes a field's widget, its value set and its edits heard."""

    section_shown = Signal(str)  # the number of the section now on screen

    def __init__(
        self,
        definition: FormDefinition,
        role: Role,
        make_field: Callable[[FieldDefinition], FieldWidget],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._definition = definition
        self._role = role
        self.sections = QListWidget()
        self.sections.setObjectName("sections")
        self.sections.setAccessibleName(self.tr("Sekcje wniosku"))
        self.sections.setWordWrap(True)
        self.sections.setIconSize(QSize(18, 18))
        self.section_pages = QStackedWidget()
        self.addWidget(self.sections)
        self.addWidget(self.section_pages)
        self.setStretchFactor(1, 1)
        self.setSizes([260, 800])
        self.fields: dict[str, FieldWidget] = {}
        self._field_section: dict[str, int] = {}
        for index, section in enumerate(definition.sections_for(role)):
            content = QWidget()
            column = QVBoxLayout(content)
            column.addWidget(QLabel(f"<h2>{section.number}. {section.title}</h2>"))
            for field in section.fields_for(role):
                widget = make_field(field)
                column.addWidget(widget)
                self.fields[field.id] = widget
                self._field_section[field.id] = index
            column.addStretch(1)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            # Fields wrap to the width there is: a section never scrolls sideways.
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setWidget(content)
            self.section_pages.addWidget(scroll)
            item = QListWidgetItem(f"{section.number}. {section.title}")
            item.setData(Qt.ItemDataRole.UserRole, section.id)
            self.sections.addItem(item)
        self.sections.currentRowChanged.connect(self._on_sections_current_row_changed)

    def show_statuses(self, statuses: Mapping[str, SectionStatus]) -> None:
        for row in range(self.sections.count()):
            item = self.sections.item(row)
            section_id = item.data(Qt.ItemDataRole.UserRole)
            status = statuses.get(section_id, SectionStatus.NOT_STARTED)
            section = self._definition.section(section_id)
            # An icon and a word: the state is never told by a mark or a colour alone.
            item.setIcon(icon(STATUS_ICONS[status]))
            word = self._status_word(status)
            item.setText(f"{section.number}. {section.title} — {word}")
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, word)
            item.setToolTip(word)

    def update_visibility(self, values: Mapping[str, object]) -> None:
        """Show the fields the values make relevant, hide the others."""
        for widget in self.fields.values():
            widget.setVisible(widget.field.is_visible(values, self._role))

    def show_field(self, address: str) -> FieldWidget:
        """Open the field's section, scroll to it and put the focus in it."""
        where = parse_address(address)
        widget = self.fields[where.field_id]
        row = self._field_section[where.field_id]
        self.sections.setCurrentRow(row)
        scroll = self.section_pages.widget(row)
        if isinstance(scroll, QScrollArea):
            scroll.ensureWidgetVisible(widget)
        widget.focus_part(where)
        return widget

    def _status_word(self, status: SectionStatus) -> str:
        return {
            SectionStatus.COMPLETE: self.tr("kompletna"),
            SectionStatus.HAS_PROBLEMS: self.tr("do poprawy"),
            SectionStatus.NOT_STARTED: self.tr("nierozpoczęta"),
        }[status]

    def _on_sections_current_row_changed(self, row: int) -> None:
        self.section_pages.setCurrentIndex(row)
        if row >= 0:
            section_id = self.sections.item(row).data(Qt.ItemDataRole.UserRole)
            self.section_shown.emit(self._definition.section(section_id).number)
