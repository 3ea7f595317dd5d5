"""The network on a real SQLite file: cities, rule warnings, network meetings with cities."""

from __future__ import annotations

import datetime as dt

import pytest

from pim_desktop.context import AppContext
from pim_desktop.domain.city import Voivodeship
from pim_desktop.domain.meeting import MeetingDetails, MeetingType
from pim_desktop.domain.network import CityRole, Network, NetworkCity
from pim_desktop.domain.problems import ValidationFailed


def test_cities_rules_and_network_meetings(context: AppContext) -> None:
    service = context.network
    service.save_header(Network(name="Miasto kompaktowe", theme="zwarta zabudowa"))
    leader = service.save_city(
        NetworkCity("Gmina Miasto Przykładowo", Voivodeship.MAZOWIECKIE, CityRole.LEADER)
    )
    partner = service.save_city(NetworkCity("Miasto Próbnik", Voivodeship.WIELKOPOLSKIE))
    overview = service.overview()
    assert overview.network.name == "Miasto kompaktowe"
    assert {w.code for w in overview.warnings} == {"too_few_partners", "too_few_voivodeships"}
    with pytest.raises(ValidationFailed):
        service.save_city(NetworkCity("próbnik"))

    starts = dt.datetime(2026, 4, 1, 10, tzinfo=dt.UTC)
    details = MeetingDetails(MeetingType.STUDY_VISIT, "Wizyta w Próbniku", starts, place="Próbnik")
    meeting_id = service.add_meeting(details, [leader.id or 0, partner.id or 0])
    [shown] = service.overview().meetings
    assert shown.meeting_id == meeting_id
    assert shown.city_ids == (leader.id, partner.id)
    # The same record is a meeting in the shared meeting list.
    assert [m.title for m in context.meetings.meetings()] == ["Wizyta w Próbniku"]

    service.update_meeting(meeting_id, details, [partner.id or 0])
    assert service.meeting(meeting_id)[1] == (partner.id,)
    service.delete_city(partner.id or 0)
    assert service.meeting(meeting_id)[1] == ()
