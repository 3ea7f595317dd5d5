"""Form definitions as data: the typed, immutable model of an application form.

``form_loader`` reads the JSON files into this model and ``form_catalog`` keeps them by id and
version; the editor, the checker and the PDF are all built from it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from functools import cached_property

from pim_desktop.domain.city import VOIVODESHIP_NAMES
from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP

FORMAT_VERSION = 1
MONEY_DECIMALS = 2
MAX_DECIMALS = 6


class Role(StrEnum):
    """Who applies: the Leader city of a network or a partner city."""

    LEADER = "lider"
    PARTNER = "partner"


class FieldType(StrEnum):
    """The kinds of fields a form may hold; each has its own stored value shape."""

    SHORT_TEXT = "short_text"
    LONG_TEXT = "long_text"
    NUMBER = "number"
    MONEY = "money"
    DATE = "date"
    SINGLE_CHOICE = "single_choice"
    MULTIPLE_CHOICE = "multiple_choice"
    DECLARATION = "declaration"
    PERSON = "person"
    TABLE = "table"
    ATTACHMENT = "attachment"


class TextFormat(StrEnum):
    """Formats a short text may be required to follow."""

    EMAIL = "email"
    PHONE = "phone"
    NIP = "nip"
    REGON = "regon"
    TERYT = "teryt"
    EPUAP = "epuap"
    EDORECZENIA = "edoreczenia"


class PrefillKey(StrEnum):
    """Entries of the city profile a field may be filled from when an application starts."""

    OFFICIAL_NAME = "official_name"
    UNIT_TYPE = "unit_type"
    VOIVODESHIP = "voivodeship"
    POWIAT = "powiat"
    TERYT = "teryt"
    REGON = "regon"
    NIP = "nip"
    ADDRESS = "address"
    EPUAP_ADDRESS = "epuap_address"
    EDORECZENIA_ADDRESS = "edoreczenia_address"
    POPULATION = "population"
    POPULATION_YEAR = "population_year"
    SIGNATORY_NAME = "signatory_name"
    SIGNATORY_FUNCTION = "signatory_function"
    COORDINATOR = "coordinator"
    DEPUTY_COORDINATOR = "deputy_coordinator"


class ChoiceSource(StrEnum):
    """Choice lists a field may take from elsewhere instead of listing them itself."""

    NETWORKS = "networks"
    VOIVODESHIPS = "voivodeships"


class RowSource(StrEnum):
    """Registers of the program a table's rows may be taken from instead of retyped."""

    # The Local Partnership's members: columns "name" (text), and optionally "sector"
    # (a single choice) and "planned_role" (text).
    PARTNERSHIP_REGISTER = "partnership_register"


class PrintWidth(StrEnum):
    """How much of the printed line a field takes."""

    FULL = "full"
    HALF = "half"


TEXT_TYPES = frozenset({FieldType.SHORT_TEXT, FieldType.LONG_TEXT})
CHOICE_TYPES = frozenset({FieldType.SINGLE_CHOICE, FieldType.MULTIPLE_CHOICE})
COLUMN_TYPES = frozenset(
    {
        FieldType.SHORT_TEXT,
        FieldType.LONG_TEXT,
        FieldType.NUMBER,
        FieldType.MONEY,
        FieldType.DATE,
        FieldType.SINGLE_CHOICE,
    }
)
PERSON_PARTS = ("name", "position", "department", "phone", "email")
PERSON_PART_LABELS = {
    "name": QT_TRANSLATE_NOOP("domain", "imię i nazwisko"),
    "position": QT_TRANSLATE_NOOP("domain", "stanowisko"),
    "department": QT_TRANSLATE_NOOP("domain", "komórka organizacyjna"),
    "phone": QT_TRANSLATE_NOOP("domain", "telefon"),
    "email": QT_TRANSLATE_NOOP("domain", "adres e-mail"),
}


@dataclass(frozen=True)
class Choice:
    """One answer of a choice field: the stored value and the label shown and printed."""

    value: str
    label: str


def _choice_value(name: str) -> str:
    """An ASCII value for a Polish name: "warmińsko-mazurskie" → "warminsko_mazurskie"."""
    return name.translate(str.maketrans("ąćęłńóśźż", "acelnoszz")).replace("-", "_")


# The voivodeships a form offers, in the city profile's order and spelling.
VOIVODESHIPS = tuple(Choice(_choice_value(name), name) for name in VOIVODESHIP_NAMES.values())

_PREFILL_TYPES: dict[PrefillKey, frozenset[FieldType]] = {
    PrefillKey.UNIT_TYPE: frozenset({FieldType.SINGLE_CHOICE}),
    PrefillKey.VOIVODESHIP: frozenset({FieldType.SINGLE_CHOICE}),
    PrefillKey.SIGNATORY_FUNCTION: frozenset({FieldType.SINGLE_CHOICE}),
    PrefillKey.ADDRESS: TEXT_TYPES,
    PrefillKey.POPULATION: frozenset({FieldType.NUMBER}),
    PrefillKey.POPULATION_YEAR: frozenset({FieldType.NUMBER}),
    PrefillKey.COORDINATOR: frozenset({FieldType.PERSON}),
    PrefillKey.DEPUTY_COORDINATOR: frozenset({FieldType.PERSON}),
}


def prefill_types(key: PrefillKey) -> frozenset[FieldType]:
    """The field types a profile entry fits; plain entries fit a short text."""
    return _PREFILL_TYPES.get(key, frozenset({FieldType.SHORT_TEXT}))


@dataclass(frozen=True)
class VisibleWhen:
    """Shows a field only while another field holds one of ``values``.

    For a multiple choice the condition holds when any of ``values`` is selected.
    """

    field: str
    values: tuple[str | bool, ...]

    def matches(self, value: object) -> bool:
        """Whether the controlling field's stored ``value`` satisfies the condition."""
        if isinstance(value, list):
            return any(_same(item, wanted) for item in value for wanted in self.values)
        return any(_same(value, wanted) for wanted in self.values)


def _same(value: object, wanted: str | bool) -> bool:
    # True == 1 in Python; a checkbox must not match a stray number, so the types must agree too.
    return type(value) is type(wanted) and value == wanted


@dataclass(frozen=True)
class PrintOptions:
    """How a field prints: an optional shorter label, a page break before it, its width."""

    label: str | None = None
    page_break_before: bool = False
    width: PrintWidth = PrintWidth.FULL


@dataclass(frozen=True, kw_only=True)
class FieldDefinition:
    """One field of a form, or one column of a table field.

    ``roles`` is already resolved: the roles that see the field, after its section's roles and
    those of the fields it depends on. ``conditions`` holds its own ``visible_when`` and those
    inherited through the fields that control it, so visibility needs no other lookup.
    """

    id: str
    label: str
    type: FieldType
    section_id: str
    required: bool = False
    help: str = ""
    roles: frozenset[Role] = frozenset(Role)
    max_chars: int | None = None
    format: TextFormat | None = None
    decimals: int = 0
    min_value: Decimal | None = None
    max_value: Decimal | None = None
    min_date: date | None = None
    max_date: date | None = None
    unit: str = ""
    choices: tuple[Choice, ...] = ()
    choices_from: ChoiceSource | None = None
    max_selected: int | None = None
    text: str = ""
    columns: tuple[FieldDefinition, ...] = ()
    min_rows: int = 0
    max_rows: int | None = None
    rows_from: RowSource | None = None
    multiple: bool = False
    accept: tuple[str, ...] = ()
    visible_when: VisibleWhen | None = None
    conditions: tuple[VisibleWhen, ...] = ()
    prefill: PrefillKey | None = None
    print_options: PrintOptions = field(default_factory=PrintOptions)

    @property
    def is_text(self) -> bool:
        return self.type in TEXT_TYPES

    @property
    def print_label(self) -> str:
        return self.print_options.label or self.label

    def is_visible(self, values: Mapping[str, object], role: Role) -> bool:
        """Whether the officer in ``role`` sees this field, given the application's values."""
        if role not in self.roles:
            return False
        return all(condition.matches(values.get(condition.field)) for condition in self.conditions)

    def choice_label(self, value: str) -> str | None:
        """The label of a stored choice value, or None when the value is not offered."""
        return next((c.label for c in self.choices if c.value == value), None)

    def column(self, column_id: str) -> FieldDefinition:
        """A column of a table field; KeyError when there is none of that id."""
        for column in self.columns:
            if column.id == column_id:
                return column
        raise KeyError(column_id)


@dataclass(frozen=True)
class SectionDefinition:
    """A lettered part of the form (A, B, …) and its fields in order."""

    id: str
    number: str
    title: str
    help: str
    roles: frozenset[Role]
    fields: tuple[FieldDefinition, ...]

    def fields_for(self, role: Role) -> tuple[FieldDefinition, ...]:
        """Fields the role may see, before conditions on values are applied."""
        return tuple(f for f in self.fields if role in f.roles)


@dataclass(frozen=True)
class RoleDefinition:
    role: Role
    label: str


@dataclass(frozen=True)
class Network:
    id: str
    name: str


@dataclass(frozen=True)
class Edition:
    id: str
    name: str
    first_year: int
    last_year: int

    @property
    def years(self) -> str:
        return f"{self.first_year}–{self.last_year}"


@dataclass(frozen=True)
class Call:
    """The call for applications: when it opens, its deadline and an optional top-up deadline."""

    opens: date | None
    deadline: date
    top_up_deadline: date | None
    notes: str

    @property
    def last_day(self) -> date:
        return self.top_up_deadline or self.deadline


@dataclass(frozen=True)
class DateOrderRule:
    """``end`` may not fall before ``start`` (nor on it when ``strict``); per row in a table."""

    start: str
    end: str
    table: str | None = None
    strict: bool = False


@dataclass(frozen=True)
class NotInFutureRule:
    """A date, or a year held in an integer number field, may not lie after today."""

    field: str
    table: str | None = None


@dataclass(frozen=True)
class NotAfterDayRule:
    """A date may not fall after a fixed day (``day_label`` says which: "terminie naboru")."""

    field: str
    day: date
    day_label: str = ""


FormRule = DateOrderRule | NotInFutureRule | NotAfterDayRule


def version_key(version: str) -> tuple[int, ...]:
    """Orders versions numerically, so "1.10" comes after "1.9"."""
    return tuple(int(part) for part in version.split("."))


@dataclass(frozen=True)
class FormDefinition:
    """A whole form of one edition and network type, as read from one definition file."""

    format_version: int
    id: str
    version: str
    title: str
    edition: Edition
    network_type: str | None
    roles: tuple[RoleDefinition, ...]
    networks: tuple[Network, ...]
    one_network_per_city: bool
    call: Call
    notice: str
    sections: tuple[SectionDefinition, ...]
    rules: tuple[FormRule, ...] = ()
    source: str = ""

    @property
    def key(self) -> tuple[str, str]:
        return (self.id, self.version)

    @cached_property
    def _fields_by_id(self) -> dict[str, FieldDefinition]:
        return {f.id: f for section in self.sections for f in section.fields}

    def has_role(self, role: Role) -> bool:
        return any(r.role == role for r in self.roles)

    def role_label(self, role: Role) -> str:
        """The Polish label of a role in this form; KeyError when the form has no such role."""
        for definition in self.roles:
            if definition.role == role:
                return definition.label
        raise KeyError(role)

    def sections_for(self, role: Role) -> tuple[SectionDefinition, ...]:
        """Sections holding at least one field the role may see."""
        return tuple(s for s in self.sections if role in s.roles and s.fields_for(role))

    def fields_for(self, role: Role) -> tuple[FieldDefinition, ...]:
        """Top-level fields the role may see, in form order, before value conditions."""
        return tuple(f for s in self.sections_for(role) for f in s.fields_for(role))

    def all_fields(self) -> tuple[FieldDefinition, ...]:
        return tuple(self._fields_by_id.values())

    def field(self, field_id: str) -> FieldDefinition:
        """A top-level field by id; KeyError when there is none."""
        return self._fields_by_id[field_id]

    def section(self, section_id: str) -> SectionDefinition:
        """A section by id; KeyError when there is none."""
        for section in self.sections:
            if section.id == section_id:
                return section
        raise KeyError(section_id)


class FormDefinitionError(Exception):
    """A definition file that cannot be used; the message names the file, the place, the fault."""

    def __init__(self, source: str, fault: str, where: str = "") -> None:
        self.source = source
        self.where = where
        self.fault = fault
        super().__init__(f"{source}: {where}: {fault}" if where else f"{source}: {fault}")
