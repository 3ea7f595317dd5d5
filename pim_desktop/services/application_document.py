"""What an application's printout shows, made from the application wherever it was read, and
the draft print of a command that reads the database file without opening the data layer.

``ApplicationExportService`` reads through the ORM inside its transactions;
``export_draft_from_file`` reads one application from a file snapshot. Both build the printout
here, so the two give the same PDF and the same checksum.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from pim_desktop import APP_NAME, __version__
from pim_desktop.domain.application import Application
from pim_desktop.domain.canonical import application_checksum
from pim_desktop.domain.forms.catalog import FormCatalog
from pim_desktop.domain.forms.definition import FormDefinition, PrefillKey, Role
from pim_desktop.domain.problems import ValidationFailed
from pim_desktop.pdf.application_pdf import ApplicationDocument, build_application_pdf
from pim_desktop.persistence.file_snapshot import read_snapshot

CREATOR = f"{APP_NAME} {__version__}"


def local_now() -> dt.datetime:
    return dt.datetime.now().astimezone()


@dataclass(frozen=True)
class ExportResult:
    path: Path
    size: int
    checksum: str
    pages: int
    draft: bool


def application_document(
    catalog: FormCatalog,
    application: Application,
    official_name: Callable[[], str],
    *,
    draft: bool,
    printed_at: dt.datetime,
    creator: str = CREATOR,
) -> ApplicationDocument:
    """The printout of ``application``; a final one is refused with its problems
    (``ValidationFailed``). ``official_name`` gives the city profile's name, asked only when
    the application does not name the applicant itself."""
    definition = catalog.get(application.form_id, application.form_version)
    role = Role(application.role)
    if not draft:
        # Imported here: a draft print, often a command of its own, checks nothing.
        from pim_desktop.domain.forms.check import check_application

        problems = check_application(definition, role, application.values)
        if problems:
            raise ValidationFailed(problems)
    return ApplicationDocument(
        definition=definition,
        role=role,
        network_id=application.network_id,
        values=application.values,
        city_name=applicant_name(definition, application.values) or official_name(),
        application_id=application.id,
        version_number=application.version_number,
        checksum=application_checksum(application),
        draft=draft,
        printed_at=printed_at,
        creator=creator,
    )


def export_result(target: Path, document: ApplicationDocument, pages: int) -> ExportResult:
    return ExportResult(target, target.stat().st_size, document.checksum, pages, document.draft)


def export_draft_from_file(
    database_file: Path,
    forms_dir: Path,
    application_id: int,
    target: Path,
    *,
    clock: Callable[[], dt.datetime] = local_now,
) -> ExportResult:
    """Write the draft PDF of an application read from the database file with SQLite alone;
    only its own form definition is read from ``forms_dir``.

    Raises ``SnapshotUnavailable`` when the file must be opened the usual way first, and
    ``KeyError`` or ``FormDefinitionError`` when the form must be loaded the usual way.
    """
    with read_snapshot(database_file) as snapshot:
        application = snapshot.application(application_id)
        city = snapshot.city_names()
    catalog = FormCatalog.load_one(forms_dir, application.form_id, application.form_version)
    document = application_document(
        catalog, application, lambda: city.official_name, draft=True, printed_at=clock()
    )
    pages = build_application_pdf(target, document)
    return export_result(target, document, pages)


def applicant_name(definition: FormDefinition, values: Mapping[str, object]) -> str:
    """The applicant's name as the application gives it ("" when it does not)."""
    for field in definition.all_fields():
        value = values.get(field.id)
        is_name = field.prefill is PrefillKey.OFFICIAL_NAME
        if is_name and isinstance(value, str) and value.strip():
            return value.strip()
    return ""
