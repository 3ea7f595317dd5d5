"""The partnership's rules: what a member needs, how a person is erased, the stakeholder grid."""

from __future__ import annotations

import datetime as dt

from pim_desktop.domain.attachment import AttachmentRef, size_text
from pim_desktop.domain.meeting import (
    AttendanceRate,
    AttendanceStatus,
    Guest,
    Invitation,
    Meeting,
    MeetingDetails,
    MeetingType,
    Task,
    check_invitation,
    count_attendance,
    meetings_per_quarter,
)
from pim_desktop.domain.partnership import (
    ERASED_NAME,
    Consent,
    Member,
    MemberKind,
    Person,
    PersonSlot,
    ProcessingBasis,
    Sector,
    StakeholderQuadrant,
    check_member,
    count_by_sector,
    erase_person,
    quadrant,
)

TODAY = dt.date(2025, 6, 1)
RESIDENT = Member(
    id=7,
    kind=MemberKind.INDIVIDUAL,
    sector=Sector.RESIDENTS,
    address="ul. Łąkowa 3",
    representative=Person(
        "Zofia Łagoda", email="z@example.pl", consent=Consent(ProcessingBasis.CONSENT, TODAY)
    ),
    letter_of_intent=AttachmentRef("list.pdf", 10, "ab" * 32),
)


def test_a_member_needs_a_name_valid_contacts_and_scores_in_range() -> None:
    codes = {p.code for p in check_member(Member(), TODAY)}
    assert codes == {"name_missing"}
    bad = Member(
        organisation_name="Fundacja",
        importance=6,
        representative=Person("Jan", email="jan@", phone="12"),
        joined_on=TODAY,
        left_on=TODAY - dt.timedelta(days=1),
    )
    fields = {p.field_id for p in check_member(bad, TODAY)}
    assert fields == {"importance", "representative.email", "representative.phone", "left_on"}


def test_consent_as_the_basis_needs_its_date() -> None:
    person = Person("Jan Nowak", consent=Consent(ProcessingBasis.CONSENT))
    member = Member(organisation_name="Szkoła", representative=person)
    assert [p.code for p in check_member(member, TODAY)] == ["consent_date_missing"]


def test_erasing_a_resident_removes_everything_identifying() -> None:
    erased = erase_person(RESIDENT, PersonSlot.REPRESENTATIVE, TODAY)
    assert erased.representative == Person(name=ERASED_NAME, erased=True)
    assert erased.display_name == ERASED_NAME
    assert erased.address == "" and erased.letter_of_intent is None
    assert erased.left_on == TODAY
    assert erased.id == RESIDENT.id and erased.sector is Sector.RESIDENTS


def test_erasing_a_substitute_keeps_the_organisation() -> None:
    member = Member(
        organisation_name="Rada Osiedla",
        representative=Person("Stanisław Żelazny"),
        substitute=Person("Iwona Sęk"),
    )
    erased = erase_person(member, PersonSlot.SUBSTITUTE, TODAY)
    assert erased.representative.name == "Stanisław Żelazny"
    assert erased.substitute.name == ERASED_NAME
    assert erased.left_on is None
    assert [slot for slot, _ in erased.people()] == [
        PersonSlot.REPRESENTATIVE,
        PersonSlot.SUBSTITUTE,
    ]


def test_stakeholder_quadrants() -> None:
    assert quadrant(5, 5) is StakeholderQuadrant.MANAGE_CLOSELY
    assert quadrant(2, 4) is StakeholderQuadrant.KEEP_SATISFIED
    assert quadrant(4, 3) is StakeholderQuadrant.KEEP_INFORMED
    assert quadrant(3, 3) is StakeholderQuadrant.MONITOR


def test_sector_counts_include_every_sector_and_only_active_members() -> None:
    left = Member(organisation_name="A", sector=Sector.MEDIA, left_on=TODAY)
    counts = count_by_sector([RESIDENT, left], TODAY)
    assert list(counts) == list(Sector)
    assert counts[Sector.RESIDENTS] == 1 and counts[Sector.MEDIA] == 0


def test_meetings_per_quarter_shows_empty_quarters_between() -> None:
    days = [dt.date(2024, 11, 5), dt.date(2025, 5, 6), dt.date(2025, 6, 10)]
    counts = [(q.year, q.quarter, q.count) for q in meetings_per_quarter(days)]
    assert counts == [(2024, 4, 1), (2025, 1, 0), (2025, 2, 2)]
    assert meetings_per_quarter([]) == []


def test_attendance_counts_and_rates() -> None:
    details = MeetingDetails(
        MeetingType.WORKSHOP, "Warsztat", dt.datetime(2025, 5, 6, 15, tzinfo=dt.UTC)
    )
    meeting = Meeting(
        1,
        details,
        invitations=(
            Invitation(1, AttendanceStatus.PRESENT),
            Invitation(2, AttendanceStatus.SUBSTITUTED, "Iwona Sęk"),
            Invitation(3, AttendanceStatus.EXCUSED),
            Invitation(4),
        ),
        guests=(Guest("Krystyna Wąsowicz"),),
    )
    counts = count_attendance(meeting)
    assert (counts.present, counts.substituted, counts.excused, counts.not_recorded) == (1, 1, 1, 1)
    assert counts.guests == 1
    assert AttendanceRate(4, 3).rate == 0.75 and AttendanceRate().rate is None
    assert (AttendanceRate(2, 1) + AttendanceRate(1, 1)) == AttendanceRate(3, 2)


def test_a_substitution_names_who_stood_in() -> None:
    assert (
        check_invitation(Invitation(1, AttendanceStatus.SUBSTITUTED))[0].code
        == "substitute_missing"
    )
    assert check_invitation(Invitation(1, AttendanceStatus.SUBSTITUTED, "Iwona Sęk")) == []


def test_overdue_means_open_and_past_its_date() -> None:
    task = Task("Raport", due_on=dt.date(2025, 5, 31))
    assert task.is_overdue(TODAY)
    assert not Task("Raport", due_on=dt.date(2025, 5, 31), done_on=TODAY).is_overdue(TODAY)
    assert not Task("Raport").is_overdue(TODAY)


def test_file_sizes_read_the_polish_way() -> None:
    assert size_text(820) == "820 B"
    assert size_text(14_540) == "14,2 kB"
    assert size_text(3_250_000) == "3,1 MB"
