"""Reads form definition files: JSON in, a checked ``FormDefinition`` out, or a precise fault.

Every reference, limit and choice is checked when a file is read, so the editor, the checker and
the PDF can trust the definition; a fault names the file, the place and what is wrong, in Polish.
This module reads the form's header and sections; its fields, conditions and rules are read by
``load_fields``, ``load_visibility`` and ``load_rules``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from pim_desktop.domain.forms.definition import (
    FORMAT_VERSION,
    Call,
    Choice,
    Edition,
    FormDefinition,
    FormDefinitionError,
    Network,
    Role,
    RoleDefinition,
    SectionDefinition,
)
from pim_desktop.domain.forms.load_fields import (
    E_UNKNOWN_ROLE,
    FormContext,
    parse_field,
    parse_role_list,
    role_or_none,
)
from pim_desktop.domain.forms.load_node import (
    E_MISSING_KEY,
    FORM_ID,
    Node,
    field_nodes,
    listing,
    numbered,
    read_json,
)
from pim_desktop.domain.forms.load_rules import parse_rules
from pim_desktop.domain.forms.load_visibility import RawSection, resolve_visibility
from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP

_E_READ = QT_TRANSLATE_NOOP("domain", "nie można odczytać pliku: {error}")
_E_ENCODING = QT_TRANSLATE_NOOP("domain", "plik nie jest zapisany w kodowaniu UTF-8")
_E_FORMAT_VERSION = QT_TRANSLATE_NOOP(
    "domain", "nieobsługiwana wersja formatu {value} (obsługiwana: {supported})"
)
_E_BAD_VERSION = QT_TRANSLATE_NOOP(
    "domain", 'wersja "{value}" musi składać się z liczb rozdzielonych kropkami, np. "1.0"'
)
_E_YEARS = QT_TRANSLATE_NOOP(
    "domain", 'klucz "years" musi być parą lat [pierwszy, ostatni], np. [2021, 2023]'
)
_E_CALL_ORDER = QT_TRANSLATE_NOOP(
    "domain", 'data "{later}" nie może być wcześniejsza niż data "{earlier}"'
)
_E_DUPLICATE = QT_TRANSLATE_NOOP("domain", 'identyfikator "{value}" powtarza się na liście')
_W_SECTION = QT_TRANSLATE_NOOP("domain", 'sekcja "{section}"')

_VERSION = re.compile(r"\d+(\.\d+)*")


def load_form_definition(path: Path | str) -> FormDefinition:
    """Reads and checks one definition file; FormDefinitionError names any fault in Polish."""
    path = Path(path)
    source = path.name
    try:
        raw = path.read_bytes().decode("utf-8-sig")  # a BOM from Windows Notepad is harmless
    except UnicodeDecodeError:
        raise FormDefinitionError(source, _E_ENCODING) from None
    except OSError as error:
        raise FormDefinitionError(source, _E_READ.format(error=error.strerror)) from error
    return parse_form_definition(raw, source)


def parse_form_definition(text: str, source: str) -> FormDefinition:
    """Parses a definition from its JSON text; ``source`` names it in error messages."""
    return _parse_form(read_json(text, source))


# --- The form, its header parts and its sections -------------------------------------------------

_FORM_REQUIRED = (
    "format_version",
    "id",
    "version",
    "title",
    "edition",
    "roles",
    "networks",
    "call",
    "notice",
    "sections",
)
_FORM_OPTIONAL = ("network_type", "one_network_per_city", "rules")


def _parse_form(root: Node) -> FormDefinition:
    root.expect_keys(_FORM_REQUIRED, _FORM_OPTIONAL)
    format_version = root.integer("format_version")
    if format_version != FORMAT_VERSION:
        root.fail(_E_FORMAT_VERSION, value=format_version, supported=FORMAT_VERSION)
    roles = _parse_roles(root)
    networks = _parse_networks(root)
    one_network = root.flag("one_network_per_city")
    context = FormContext(
        source=root.source,
        roles=frozenset(r.role for r in roles),
        networks=tuple(Choice(n.id, n.name) for n in networks),
        one_network_per_city=one_network,
    )
    raw = [_parse_section(node, context, n) for n, node in numbered(root.children("sections"))]
    sections = resolve_visibility(raw, context.source)
    definition = FormDefinition(
        format_version=FORMAT_VERSION,
        id=root.identifier("id", FORM_ID),
        version=_parse_version(root),
        title=root.text("title"),
        edition=_parse_edition(root.child("edition")),
        network_type=root.optional_text("network_type") or None,
        roles=roles,
        networks=networks,
        one_network_per_city=one_network,
        call=_parse_call(root.child("call")),
        notice=root.text("notice"),
        sections=sections,
        source=root.source,
    )
    rules = parse_rules(root, definition) if root.has("rules") else ()
    return replace(definition, rules=rules)


def _parse_version(root: Node) -> str:
    value = root.text("version")
    if not _VERSION.fullmatch(value):
        root.fail(_E_BAD_VERSION, value=value)
    return value


def _parse_edition(node: Node) -> Edition:
    node.expect_keys(("id", "name", "years"))
    years = node.data["years"]
    if not (
        isinstance(years, list)
        and len(years) == 2
        and all(isinstance(y, int) and not isinstance(y, bool) for y in years)
        and years[0] <= years[1]
    ):
        node.fail(_E_YEARS)
    return Edition(node.identifier("id", FORM_ID), node.text("name"), years[0], years[1])


def _parse_roles(root: Node) -> tuple[RoleDefinition, ...]:
    return root.unique_children("roles", _read_role, _role_of, _E_DUPLICATE)


def _read_role(node: Node) -> RoleDefinition:
    node.expect_keys(("id", "label"))
    value = node.text("id")
    role = role_or_none(value) or node.fail(E_UNKNOWN_ROLE, role=value, allowed=listing(Role))
    return RoleDefinition(role, node.text("label"))


def _role_of(definition: RoleDefinition) -> Role:
    return definition.role


def _parse_networks(root: Node) -> tuple[Network, ...]:
    return root.unique_children("networks", _read_network, _network_id, _E_DUPLICATE)


def _read_network(node: Node) -> Network:
    node.expect_keys(("id", "name"))
    return Network(node.identifier("id"), node.text("name"))


def _network_id(network: Network) -> str:
    return network.id


def _parse_call(node: Node) -> Call:
    node.expect_keys(("deadline",), ("opens", "top_up_deadline", "notes"))
    call = Call(
        opens=node.iso_date("opens"),
        deadline=node.iso_date("deadline") or node.fail(E_MISSING_KEY, key="deadline"),
        top_up_deadline=node.iso_date("top_up_deadline"),
        notes=node.optional_text("notes"),
    )
    if call.opens and call.opens > call.deadline:
        node.fail(_E_CALL_ORDER, later="deadline", earlier="opens")
    if call.top_up_deadline and call.top_up_deadline < call.deadline:
        node.fail(_E_CALL_ORDER, later="top_up_deadline", earlier="deadline")
    return call


def _parse_section(node: Node, context: FormContext, position: int) -> RawSection:
    label = node.data.get("number") or node.data.get("id") or str(position)
    node.where = _W_SECTION.format(section=label)
    node.expect_keys(("id", "number", "title", "fields"), ("help", "roles"))
    section_id = node.identifier("id")
    roles = parse_role_list(node, context.roles) or context.roles
    fields = tuple(
        parse_field(child, context, section_id, roles) for child in field_nodes(node, "fields")
    )
    section = SectionDefinition(
        id=section_id,
        number=node.text("number"),
        title=node.text("title"),
        help=node.optional_text("help"),
        roles=roles,
        fields=fields,
    )
    return RawSection(section, node.where)
