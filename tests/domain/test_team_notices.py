"""A notice of a committed change as it travels between programs: small enough for the server,
and nothing but a notice of this program is taken for one."""

from __future__ import annotations

from pim_desktop.domain.team_notices import (
    APPLICATIONS,
    LARGEST_PAYLOAD,
    MEMBERS,
    ChangeNotice,
    collected,
)


def test_a_notice_travels_whole() -> None:
    notice = collected(
        [APPLICATIONS, MEMBERS],
        {"application": [12, 12, 3], "member": []},
        by="Łucja Żółć",
        session="abc",
    )
    again = ChangeNotice.from_payload(notice.to_payload())
    assert again == ChangeNotice(
        kinds=frozenset({APPLICATIONS, MEMBERS}),
        ids={"application": (3, 12)},
        by="Łucja Żółć",
        session="abc",
    )
    assert again.touches(APPLICATIONS, "application", 12)
    assert not again.touches(APPLICATIONS, "application", 4)
    assert again.touches(MEMBERS, "member", 4)  # no ids said: any member may have changed
    assert not again.touches("meetings")


def test_a_large_change_names_only_its_kinds() -> None:
    notice = collected([MEMBERS], {"member": range(1, 5000)}, by="Anna Nowak", session="abc")
    payload = notice.to_payload()
    assert len(payload.encode("utf-8")) <= LARGEST_PAYLOAD
    again = ChangeNotice.from_payload(payload)
    assert again is not None
    assert again.kinds == {MEMBERS} and again.ids == {} and again.by == "Anna Nowak"
    assert again.touches(MEMBERS, "member", 4999)


def test_anything_else_on_the_channel_is_not_a_notice() -> None:
    for payload in ("", "hello", "[1, 2]", '{"ids": {}}', '{"kinds": "members"}'):
        assert ChangeNotice.from_payload(payload) is None
    odd = ChangeNotice.from_payload('{"kinds": ["members"], "ids": {"member": ["x", 5]}}')
    assert odd is not None and odd.ids == {"member": (5,)}
