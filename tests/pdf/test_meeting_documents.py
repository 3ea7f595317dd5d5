"""The attendance list and the minutes, printed from a stored meeting and read back as text,
fonts and pages."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from partnership_data import meeting_for, organisation, small_partnership

from pim_desktop.context import AppContext
from pim_desktop.domain.meeting import AttendanceStatus, Guest, Invitation, Task
from pim_desktop.domain.partnership import Member
from pim_desktop.services.samples.sample_data_service import SAMPLE_CITY

pytestmark = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("pdftotext", "pdffonts")),
    reason="poppler-utils (pdftotext, pdffonts) is not installed",
)


def pdf_pages(pdf: Path) -> list[str]:
    out = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
        encoding="utf-8",
    ).stdout
    return out.split("\f")[:-1]


def embedded_fonts(pdf: Path) -> list[tuple[str, str]]:
    lines = subprocess.run(
        ["pdffonts", str(pdf)], check=True, capture_output=True, text=True
    ).stdout.splitlines()[2:]
    return [(line.split()[0], line.split()[-5]) for line in lines]


@pytest.fixture
def crowded(context: AppContext) -> tuple[AppContext, list[Member], int]:
    """A meeting of 40 invited members (more than a page) with a full record."""
    context.city_profile.save(SAMPLE_CITY)
    members = small_partnership(context)
    members += [
        context.partnership.add_member(organisation(f"Organizacja nr {n}", f"Ścibor Łęcki {n}"))
        for n in range(1, 37)
    ]
    meeting = meeting_for(context, members)
    context.meetings.record_attendance(
        meeting.id,
        [
            Invitation(members[0].id or 0, AttendanceStatus.SUBSTITUTED, "Iwona Sęk"),
            Invitation(members[1].id or 0, AttendanceStatus.PRESENT),
            Invitation(members[2].id or 0, AttendanceStatus.PRESENT),
            Invitation(members[3].id or 0, AttendanceStatus.EXCUSED),
        ],
    )
    context.meetings.set_guests(meeting.id, [Guest("Henryk Żbik", "Rada Seniorów")])
    context.meetings.save_minutes(
        meeting.id,
        "Spotkanie prowadziła Łucja Żółkiewska.\n\nZażółć gęślą jaźń — omówiono drzewo problemów.",
        ["Przyjęto drzewo problemów.", "Kolejne spotkanie w kwietniu."],
    )
    context.meetings.save_task(meeting.id, Task("Opisać przyczyny", members[1].id))
    return context, members, meeting.id


def test_attendance_list_names_everyone_invited_on_numbered_pages(
    crowded: tuple[AppContext, list[Member], int], tmp_path: Path
) -> None:
    context, members, meeting_id = crowded
    target = tmp_path / "lista obecności – Łódź.pdf"
    pages = context.meetings.print_attendance_sheet(meeting_id, target)
    texts = pdf_pages(target)
    assert pages == len(texts) >= 2
    everything = "\n".join(texts)
    for member in members:
        assert member.representative.name in everything, member.representative.name
    assert "zastępca: Iwona Sęk" in everything
    assert "Henryk Żbik" in everything and "Rada Seniorów" in everything
    assert "LISTA OBECNOŚCI" in texts[0] and "Podpis" in texts[0]
    assert "wtorek, 11.03.2025" in texts[0] and "17:00–19:00" in texts[0]
    for number, text in enumerate(texts, start=1):
        assert "Gmina Miasto Przykładowo" in text
        assert f"Strona {number} z {pages}" in text
    assert "40." in everything and "Goście (osoby spoza Lokalnego Partnerstwa)" in everything


def test_minutes_read_like_a_protocol_and_name_only_those_who_agreed(
    crowded: tuple[AppContext, list[Member], int], tmp_path: Path
) -> None:
    context, _members, meeting_id = crowded
    target = tmp_path / "protokół.pdf"
    context.meetings.print_minutes(meeting_id, target)
    text = "\n".join(pdf_pages(target))
    for heading in (
        "PROTOKÓŁ",
        "z warsztatu Lokalnego Partnerstwa",
        "1. Informacje o spotkaniu",
        "2. Obecność",
        "3. Porządek obrad",
        "4. Przebieg spotkania",
        "5. Ustalenia",
        "6. Zadania",
        "7. Załączniki",
        "Protokołował(a):",
        "Zatwierdził(a):",
    ):
        assert heading in text, heading
    assert "Zaproszono członków Partnerstwa: 40." in text
    assert "Obecni: 3 (w tym przez zastępców: 1)" in text
    assert "Zażółć gęślą jaźń" in text
    assert "Drzewo problemów w grupach" in text
    assert "Kolejne spotkanie w kwietniu." in text
    assert "Opisać przyczyny" in text and "Urząd Miasta – Wydział Rozwoju" in text
    assert "Lech Ślusarczyk" in text and "Zofia Łagoda" in text
    assert "Iwona Sęk" in text  # the registered substitute agreed to publication
    assert "Grzegorz Ćwik" not in text, "named without consent to publication"
    assert "bez zgody na publikację" in text


def test_both_documents_embed_only_noto_sans(
    crowded: tuple[AppContext, list[Member], int], tmp_path: Path
) -> None:
    context, _members, meeting_id = crowded
    for name, printer in (
        ("lista.pdf", context.meetings.print_attendance_sheet),
        ("protokół.pdf", context.meetings.print_minutes),
    ):
        target = tmp_path / name
        printer(meeting_id, target)
        fonts = embedded_fonts(target)
        assert fonts, name
        for font, embedded in fonts:
            assert font.split("+")[-1].startswith("NotoSans"), (name, font)
            assert embedded == "yes", (name, font)
