"""All shipped form definitions, by id and version; an application finds its own version here."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from pim_desktop.domain.forms.definition import (
    Edition,
    FormDefinition,
    FormDefinitionError,
    version_key,
)
from pim_desktop.domain.forms.loader import load_form_definition
from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP


class FormCatalog:
    """Every form definition known to the program, keyed by (id, version).

    Old versions stay loadable next to new ones, so an application started on a version is always
    shown and checked with that version.
    """

    def __init__(self, definitions: Iterable[FormDefinition]) -> None:
        self._by_key: dict[tuple[str, str], FormDefinition] = {}
        for definition in definitions:
            other = self._by_key.get(definition.key)
            if other is not None:
                fault = _E_CATALOG_DUPLICATE.format(
                    id=definition.id, version=definition.version, other=other.source
                )
                raise FormDefinitionError(definition.source, fault)
            self._by_key[definition.key] = definition

    @classmethod
    def load(cls, directory: Path | str) -> FormCatalog:
        """Loads every ``*.json`` file of a folder; the first faulty file stops the loading."""
        directory = Path(directory)
        if not directory.is_dir():
            raise FormDefinitionError(directory.name, _E_NO_DIRECTORY)
        files = sorted(directory.glob("*.json"), key=lambda p: p.name.casefold())
        return cls(load_form_definition(path) for path in files)

    @classmethod
    def load_one(cls, directory: Path | str, form_id: str, version: str) -> FormCatalog:
        """A catalog of the one definition a printout needs; the other files are only glanced at
        for their id and version, not checked (``load`` checks them all).

        KeyError when no file holds that version of the form.
        """
        for path in sorted(Path(directory).glob("*.json"), key=lambda p: p.name.casefold()):
            try:
                header = json.loads(path.read_bytes().decode("utf-8-sig"))
            except (OSError, ValueError):
                continue  # ``load`` names the fault
            if (
                isinstance(header, dict)
                and header.get("id") == form_id
                and header.get("version") == version
            ):
                return cls([load_form_definition(path)])
        raise KeyError((form_id, version))

    def __len__(self) -> int:
        return len(self._by_key)

    def all(self) -> list[FormDefinition]:
        """All definitions, by edition, then id, then version."""
        return sorted(self._by_key.values(), key=_catalog_order)

    def find(self, form_id: str, version: str) -> FormDefinition | None:
        return self._by_key.get((form_id, version))

    def get(self, form_id: str, version: str) -> FormDefinition:
        """The exact version an application was started on; KeyError when it is missing."""
        return self._by_key[(form_id, version)]

    def versions(self, form_id: str) -> list[FormDefinition]:
        """All versions of one form, oldest first."""
        found = [d for d in self._by_key.values() if d.id == form_id]
        return sorted(found, key=lambda d: version_key(d.version))

    def latest(self, form_id: str) -> FormDefinition:
        """The newest version of a form; KeyError when there is no form of that id."""
        versions = self.versions(form_id)
        if not versions:
            raise KeyError(form_id)
        return versions[-1]

    def current(self) -> list[FormDefinition]:
        """The newest version of every form, in catalog order: what a new application offers."""
        ids = {d.id for d in self._by_key.values()}
        return sorted((self.latest(form_id) for form_id in ids), key=_catalog_order)

    def for_edition(self, edition_id: str) -> list[FormDefinition]:
        """The newest version of every form of one edition."""
        return [d for d in self.current() if d.edition.id == edition_id]

    def editions(self) -> list[Edition]:
        """The editions the catalog covers, oldest first."""
        seen: dict[str, Edition] = {}
        for definition in self.all():
            seen.setdefault(definition.edition.id, definition.edition)
        return list(seen.values())


_E_CATALOG_DUPLICATE = QT_TRANSLATE_NOOP(
    "domain", 'formularz "{id}" w wersji "{version}" jest już zdefiniowany w pliku {other}'
)
_E_NO_DIRECTORY = QT_TRANSLATE_NOOP("domain", "folder definicji formularzy nie istnieje")


def _catalog_order(definition: FormDefinition) -> tuple[int, str, tuple[int, ...]]:
    return (definition.edition.first_year, definition.id, version_key(definition.version))
