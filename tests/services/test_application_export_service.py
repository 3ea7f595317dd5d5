"""Printing applications through the service: drafts, final prints and their record, matching."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from pim_desktop.context import AppContext
from pim_desktop.domain.application import ApplicationStatus
from pim_desktop.domain.canonical import application_checksum, grouped
from pim_desktop.domain.forms.catalog import FormCatalog
from pim_desktop.domain.forms.definition import PrintOptions, PrintWidth
from pim_desktop.domain.problems import ValidationFailed
from pim_desktop.pdf.checksum_reader import checksums_in_pdf
from pim_desktop.persistence.print_repository import PrintRepository
from pim_desktop.services.application_export_service import ApplicationExportService
from pim_desktop.services.errors import StorageError

FIXED = dt.datetime(2026, 11, 28, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def test_a_draft_is_always_allowed_and_not_recorded(
    sample: tuple[AppContext, int, int], tmp_path: Path
) -> None:
    context, _leader, partner = sample
    assert context.applications.check(partner)
    target = tmp_path / "wersja robocza – partner.pdf"
    result = context.exports.export_pdf(partner, target, draft=True)
    assert result.path == target and result.draft
    assert result.size == target.stat().st_size > 0
    assert result.pages >= 2
    assert result.checksum == application_checksum(context.applications.load(partner))
    assert context.exports.prints(partner) == []


def test_a_final_print_is_refused_while_the_check_finds_problems(
    sample: tuple[AppContext, int, int], tmp_path: Path
) -> None:
    context, _leader, partner = sample
    target = tmp_path / "ostateczna.pdf"
    with pytest.raises(ValidationFailed) as refused:
        context.exports.export_pdf(partner, target, draft=False)
    assert refused.value.problems == context.applications.check(partner)
    assert not target.exists()
    with pytest.raises(ValidationFailed):
        context.exports.render_pdf(partner, draft=False)
    assert context.exports.prints(partner) == []


def test_a_final_print_is_written_and_recorded_on_the_application(
    sample: tuple[AppContext, int, int], tmp_path: Path
) -> None:
    context, leader, _partner = sample
    target = tmp_path / "Wniosek Lider – Przykładowo.pdf"
    result = context.exports.export_pdf(leader, target, draft=False)
    assert not result.draft
    assert checksums_in_pdf(target.read_bytes())[0] == result.checksum
    [record] = context.exports.prints(leader)
    assert record.checksum == result.checksum
    assert record.file_path == str(target.resolve())
    assert record.file_size == result.size == target.stat().st_size
    assert record.pages == result.pages
    assert record.printed_at.tzinfo is not None
    assert abs(record.printed_at - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=5)


def test_a_final_print_marks_a_draft_ready(
    sample: tuple[AppContext, int, int], tmp_path: Path
) -> None:
    context, leader, _partner = sample
    assert context.applications.load(leader).status is ApplicationStatus.DRAFT
    context.exports.export_pdf(leader, tmp_path / "draft.pdf", draft=True)
    assert context.applications.load(leader).status is ApplicationStatus.DRAFT
    context.exports.export_pdf(leader, tmp_path / "final.pdf", draft=False)
    assert context.applications.load(leader).status is ApplicationStatus.READY


def test_a_print_to_paper_is_recorded_without_a_file(
    sample: tuple[AppContext, int, int],
) -> None:
    context, leader, _partner = sample
    rendered = context.exports.render_pdf(leader, draft=False)
    assert rendered.data.startswith(b"%PDF-")
    record = context.exports.record_paper_print(rendered)
    assert record.file_path is None and record.pages == rendered.pages
    assert context.exports.prints(leader) == [record]
    with pytest.raises(ValueError, match="draft"):
        context.exports.record_paper_print(context.exports.render_pdf(leader, draft=True))


def test_same_data_same_checksum_any_change_another(
    sample: tuple[AppContext, int, int], tmp_path: Path
) -> None:
    context, leader, _partner = sample
    first = context.exports.export_pdf(leader, tmp_path / "1.pdf", draft=True)
    again = context.exports.export_pdf(leader, tmp_path / "2.pdf", draft=False)
    assert first.checksum == again.checksum
    values = context.applications.load(leader).values
    amount = values["leader_own_resources"]
    context.applications.save_values(leader, {"leader_own_resources": amount + "1"})
    changed = context.exports.export_pdf(leader, tmp_path / "3.pdf", draft=True)
    assert changed.checksum != first.checksum
    context.applications.save_values(leader, {"leader_own_resources": amount})
    restored = context.exports.export_pdf(leader, tmp_path / "4.pdf", draft=True)
    assert restored.checksum == first.checksum
    for number, result in enumerate((first, again, changed, restored), start=1):
        assert checksums_in_pdf((tmp_path / f"{number}.pdf").read_bytes())[0] == result.checksum


def test_program_version_time_and_layout_leave_the_checksum_alone(
    sample: tuple[AppContext, int, int], tmp_path: Path
) -> None:
    context, leader, _partner = sample
    session_factory = context.exports._session_factory
    catalog = context.applications.catalog
    today = ApplicationExportService(session_factory, catalog, creator="PIM Desktop 0.1.0")
    later = ApplicationExportService(
        session_factory, catalog, creator="PIM Desktop 9.4.2", clock=lambda: FIXED
    )
    # Another layout: every field printed full width and the Leader part on its own page.
    relaid = FormCatalog(
        dataclasses.replace(
            definition,
            sections=tuple(
                dataclasses.replace(
                    section,
                    fields=tuple(
                        dataclasses.replace(
                            field,
                            print_options=PrintOptions(
                                label=field.print_options.label,
                                page_break_before=True,
                                width=PrintWidth.FULL,
                            ),
                        )
                        for field in section.fields
                    ),
                )
                for section in definition.sections
            ),
        )
        for definition in catalog.all()
    )
    other_layout = ApplicationExportService(session_factory, relaid)
    made = [
        service.export_pdf(leader, tmp_path / f"{index}.pdf", draft=True)
        for index, service in enumerate((today, later, other_layout))
    ]
    contents = [(tmp_path / f"{index}.pdf").read_bytes() for index in range(3)]
    assert len(set(contents)) == 3
    assert made[2].pages > made[0].pages
    assert {result.checksum for result in made} == {made[0].checksum}
    assert {checksums_in_pdf(content)[0] for content in contents} == {made[0].checksum}


def test_match_names_the_application_and_version_or_none(
    sample: tuple[AppContext, int, int], tmp_path: Path
) -> None:
    context, leader, partner = sample
    printout = tmp_path / "wydruk.pdf"
    result = context.exports.export_pdf(leader, printout, draft=False)

    found = context.exports.match(printout)
    assert found.checksums == (result.checksum,)
    [match] = found.matches
    assert match.application.id == leader and match.current
    assert match.application.version_number == 1
    assert [r.file_path for r in match.prints] == [str(printout.resolve())]
    assert match.role_label == "Miasto Lider" and match.network_name == "Miasto kompaktowe"

    typed = context.exports.match(grouped(result.checksum).lower().replace("-", " "))
    assert [m.application.id for m in typed.matches] == [leader]

    nobody = context.exports.match("0" * 64)
    assert nobody.checksums == ("0" * 64,) and nobody.matches == ()
    assert context.exports.match("to nie jest suma").checksums == ()

    draft = tmp_path / "partner robocza.pdf"
    context.exports.export_pdf(partner, draft, draft=True)
    assert [m.application.id for m in context.exports.match(draft).matches] == [partner]


def test_a_changed_application_is_still_traced_through_its_recorded_print(
    sample: tuple[AppContext, int, int], tmp_path: Path
) -> None:
    context, leader, _partner = sample
    printout = tmp_path / "wydruk.pdf"
    context.exports.export_pdf(leader, printout, draft=False)
    copy = context.applications.new_version(leader)
    # A new version starts with the same data, so the printout matches both.
    both = context.exports.match(printout)
    assert sorted((m.application.version_number, m.current) for m in both.matches) == [
        (1, True),
        (2, True),
    ]
    context.applications.save_values(leader, {"sign_place": "Przykładowo Górne"})
    context.applications.save_values(copy.id, {"sign_place": "Przykładowo Dolne"})
    traced = context.exports.match(printout)
    [match] = traced.matches
    assert match.application.id == leader and not match.current
    assert len(match.prints) == 1


def test_a_final_pdf_that_cannot_be_recorded_is_removed(
    sample: tuple[AppContext, int, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    context, leader, _partner = sample

    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise OperationalError("INSERT", {}, Exception("database or disk is full"))

    monkeypatch.setattr(PrintRepository, "add", disk_full)
    target = tmp_path / "ostateczna.pdf"
    with pytest.raises(StorageError):
        context.exports.export_pdf(leader, target, draft=False)
    assert not target.exists()


def test_prints_go_with_their_application(
    sample: tuple[AppContext, int, int], tmp_path: Path
) -> None:
    context, leader, _partner = sample
    context.exports.export_pdf(leader, tmp_path / "a.pdf", draft=False)
    context.applications.delete_draft(leader)
    assert context.exports.prints(leader) == []


def test_suggested_file_name_is_ascii_city_edition_role_date(
    sample: tuple[AppContext, int, int],
) -> None:
    context, leader, partner = sample
    day = dt.date(2026, 11, 28)
    assert context.exports.suggested_file_name(leader, draft=False, today=day) == (
        "Gmina_Miasto_Przykladowo_PIM3_Lider_2026-11-28.pdf"
    )
    assert context.exports.suggested_file_name(partner, draft=True, today=day) == (
        "Gmina_Miasto_Przykladowo_PIM3_Partner_2026-11-28_wersja_robocza.pdf"
    )
