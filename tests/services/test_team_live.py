"""Colleagues on one team database hear each other's committed changes within two seconds, and
see who else is editing what; two programs on the real test server."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from partnership_data import organisation
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL
from team_programs import Heard, listening, wait_for

from pim_desktop.app import main
from pim_desktop.context import AppContext
from pim_desktop.domain.team_notices import (
    MEMBERS,
    PRESENCE,
    PRESENCE_LIFETIME_S,
    RECORD_KINDS,
    ChangeNotice,
)
from pim_desktop.paths import HOME_VARIABLE
from pim_desktop.persistence.partnership_repository import PartnershipRepository


def test_a_colleagues_committed_change_arrives_with_its_kinds_ids_and_author(
    anna: AppContext, jan: AppContext
) -> None:
    heard = Heard()
    listening(jan, heard)

    member = anna.partnership.add_member(organisation("Fundacja Źródło", "Ewa Łęcka"))

    notice = heard.next()
    assert notice.kinds == {MEMBERS}
    assert notice.ids == {"member": (member.id,)}
    assert notice.by == "Anna Nowak"
    assert notice.session == anna.session_id


def test_a_rolled_back_change_is_never_heard_and_the_next_commit_is(
    anna: AppContext, jan: AppContext
) -> None:
    heard = Heard()
    listening(jan, heard)

    with pytest.raises(RuntimeError), anna.session_factory.begin() as session:
        PartnershipRepository(session).add(organisation("Nie zapisano", "Ewa Łęcka"))
        session.flush()
        raise RuntimeError("the officer's save failed half-way")
    assert heard.nothing_for(1.0)

    profile = anna.city_profile.load()
    anna.city_profile.save(replace(profile, official_name="Miasto Przykładowo"))
    assert heard.next().kinds == {"city_profile"}


def test_a_program_does_not_hear_its_own_changes(anna: AppContext, jan: AppContext) -> None:
    heard = Heard()
    listening(jan, heard)

    jan.partnership.add_member(organisation("Stowarzyszenie Jana", "Jan Kowalski"))
    member = anna.partnership.add_member(organisation("Klub Anny", "Anna Nowak"))

    assert heard.next().ids == {"member": (member.id,)}
    assert heard.nothing_for(0.5)


def test_the_listener_comes_back_after_its_connection_is_cut(
    anna: AppContext, jan: AppContext, team_database: URL
) -> None:
    heard = Heard()
    listening(jan, heard)
    assert jan.team_live is not None and jan.team_live.listener is not None
    listener = jan.team_live.listener
    cut = listener.backend_pid

    admin = create_engine(team_database, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": cut})
    finally:
        admin.dispose()

    assert wait_for(lambda: listener.listening.is_set() and listener.backend_pid != cut, 10)
    # What may have been missed meanwhile: every screen reads its data anew.
    assert heard.next().kinds == ChangeNotice.everything().kinds
    member = anna.partnership.add_member(organisation("Po przerwie", "Ewa Łęcka"))
    assert heard.next().ids == {"member": (member.id,)}


def test_a_command_line_verb_tells_the_open_windows(
    jan: AppContext, team_database: URL, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    heard = Heard()
    listening(jan, heard)
    monkeypatch.setenv(HOME_VARIABLE, str(tmp_path / "serwerownia"))

    address = team_database.render_as_string(hide_password=False)
    assert main(["--database", address, "sample-data"]) == 0

    notice = heard.next()
    assert set(RECORD_KINDS) - notice.kinds <= {"network_activities"}
    assert len(notice.ids["application"]) == 2


def test_a_colleague_editing_the_same_application_is_seen_and_then_gone(
    anna: AppContext, jan: AppContext
) -> None:
    heard = Heard()
    listening(jan, heard)
    assert anna.team_live is not None and jan.team_live is not None

    key = anna.team_live.enter("application:1", "C")
    assert PRESENCE in heard.next().kinds
    seen = jan.team_live.others("application:1")
    assert [(p.officer, p.section) for p in seen] == [("Anna Nowak", "C")]
    assert seen[0].workstation
    assert anna.team_live.others("application:1") == []  # one's own editor is not "someone else"
    assert jan.team_live.others("application:2") == []

    anna.team_live.move(key, "D")
    assert PRESENCE in heard.next().kinds
    assert [p.section for p in jan.team_live.others("application:1")] == ["D"]

    anna.team_live.leave(key)
    assert PRESENCE in heard.next().kinds
    assert jan.team_live.others("application:1") == []

    anna.team_live.enter("members")
    assert PRESENCE in heard.next().kinds
    anna.close()  # the program closes: its marks go with it
    assert PRESENCE in heard.next().kinds
    assert jan.team_live.others("members") == []


def test_a_mark_left_by_a_program_that_went_silent_is_ignored_and_cleared(
    jan: AppContext, team_database: URL
) -> None:
    assert jan.team_live is not None
    gone = create_engine(team_database)
    try:
        with gone.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO editing_presence "
                    "(session_id, officer, workstation, scope, section, last_seen) VALUES "
                    "('program-that-crashed/1', 'Ewa Łęcka', 'PC-7', 'members', '', "
                    f"now() - interval '{PRESENCE_LIFETIME_S + 5} seconds')"
                )
            )
        heard = Heard()
        listening(jan, heard)  # its first heartbeat clears what nobody keeps alive
        assert PRESENCE in heard.next().kinds
        assert jan.team_live.others("members") == []
        with gone.connect() as connection:
            left = connection.execute(text("SELECT count(*) FROM editing_presence"))
            assert left.scalar_one() == 0
    finally:
        gone.dispose()
