"""Makes the widget for a field from its type in the form definition."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from pim_desktop.domain.forms.definition import FieldDefinition, FieldType
from pim_desktop.ui.applications.form_fields.attachment_field import AttachmentField, StoreFile
from pim_desktop.ui.applications.form_fields.compound_fields import PersonField, TableField
from pim_desktop.ui.applications.form_fields.field_widget import FieldWidget
from pim_desktop.ui.applications.form_fields.text_fields import LongTextField, ShortTextField
from pim_desktop.ui.applications.form_fields.value_fields import (
    DateField,
    DeclarationField,
    MultipleChoiceField,
    NumberField,
    SingleChoiceField,
)

_SIMPLE: dict[FieldType, type[FieldWidget]] = {
    FieldType.SHORT_TEXT: ShortTextField,
    FieldType.LONG_TEXT: LongTextField,
    FieldType.NUMBER: NumberField,
    FieldType.MONEY: NumberField,
    FieldType.DATE: DateField,
    FieldType.SINGLE_CHOICE: SingleChoiceField,
    FieldType.MULTIPLE_CHOICE: MultipleChoiceField,
    FieldType.DECLARATION: DeclarationField,
    FieldType.PERSON: PersonField,
    FieldType.TABLE: TableField,
}


def create_field_widget(
    field: FieldDefinition, store_file: StoreFile, parent: QWidget | None = None
) -> FieldWidget:
    if field.type is FieldType.ATTACHMENT:
        return AttachmentField(field, store_file, parent)
    return _SIMPLE[field.type](field, parent)
