"""Applications in a real SQLite file: values as JSON, history of changes, version lineage; the
same application read through the ORM and with SQLite alone."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from pim_desktop.domain.application import ApplicationStatus, Submission, SubmissionChannel
from pim_desktop.persistence.application_repository import (
    ApplicationNotFound,
    ApplicationRepository,
)
from pim_desktop.persistence.application_rows import APPLICATION_COLUMNS
from pim_desktop.persistence.attachment_store import AttachmentStore, sha256_of
from pim_desktop.persistence.engine import create_database_engine, make_session_factory
from pim_desktop.persistence.file_snapshot import read_snapshot
from pim_desktop.persistence.migrator import upgrade_database
from pim_desktop.persistence.tables import ApplicationRow


@pytest.fixture
def sessions(tmp_path: Path) -> sessionmaker[Session]:
    database = tmp_path / "pim.sqlite3"
    upgrade_database(database, tmp_path / "kopie")
    return make_session_factory(create_database_engine(database))


def test_values_and_history_round_trip(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        added = ApplicationRepository(session).add(
            form_id="pim2021",
            form_version="1.0",
            role="lider",
            network_id="cyfrowe",
            values={"motywacja": "Źdźbło"},
        )
    assert added.lineage_id == added.id
    with sessions.begin() as session:
        repo = ApplicationRepository(session)
        _, recorded = repo.update_values(
            added.id, {"motywacja": "Zażółć gęślą jaźń", "kwota": "1234.56", "brak": None}
        )
        assert recorded == 2  # clearing a field that was never set is no change
        _, recorded = repo.update_values(added.id, {"kwota": "1234.56"})
        assert recorded == 0
    with sessions() as session:
        repo = ApplicationRepository(session)
        loaded = repo.get(added.id)
        history = repo.history(added.id)
    assert loaded.values == {"motywacja": "Zażółć gęślą jaźń", "kwota": "1234.56"}
    assert [(c.field_id, c.old_value, c.new_value) for c in history] == [
        ("motywacja", "Źdźbło", "Zażółć gęślą jaźń"),
        ("kwota", None, "1234.56"),
    ]
    assert history[0].changed_at.tzinfo is not None


def test_status_and_lineage(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        repo = ApplicationRepository(session)
        first = repo.add(form_id="f", form_version="1", role="partner", network_id="n", values={})
        repo.set_status(first.id, ApplicationStatus.SENT)
        second = repo.add(
            form_id="f",
            form_version="1",
            role="partner",
            network_id="n",
            values={},
            version_number=2,
            lineage_id=first.lineage_id,
            previous_id=first.id,
        )
    with sessions() as session:
        repo = ApplicationRepository(session)
        assert repo.get(first.id).is_frozen
        assert [a.id for a in repo.lineage(first.lineage_id)] == [first.id, second.id]
        with pytest.raises(ApplicationNotFound):
            repo.get(999)


def test_attachment_is_stored_once_by_content(tmp_path: Path) -> None:
    store = AttachmentStore(tmp_path / "załączniki")
    source = tmp_path / "Pełnomocnictwo burmistrza.pdf"
    source.write_bytes("%PDF-1.7 treść".encode())
    first = store.add(source)
    second = store.add(source)
    assert first == second
    assert first.file_name == "Pełnomocnictwo burmistrza.pdf"
    assert first.size == len("%PDF-1.7 treść".encode())
    assert sha256_of(store.path_of(first.sha256)) == first.sha256


def test_exports_are_recorded_and_a_lineage_is_removed_whole(
    sessions: sessionmaker[Session],
) -> None:
    with sessions.begin() as session:
        repo = ApplicationRepository(session)
        first = repo.add(
            form_id="pim2021", form_version="1.0", role="lider", network_id="a", values={}
        )
        second = repo.add(
            form_id="pim2021",
            form_version="1.0",
            role="lider",
            network_id="a",
            values={},
            version_number=2,
            lineage_id=first.lineage_id,
            previous_id=first.id,
            lineage_uid=first.lineage_uid,
        )
        other = repo.add(
            form_id="pim2021", form_version="1.0", role="lider", network_id="b", values={}
        )
    assert second.lineage_uid == first.lineage_uid != other.lineage_uid
    with sessions.begin() as session:
        repo = ApplicationRepository(session)
        assert repo.last_export(first.id) is None
        repo.record_export(first.id, "wniosek.pim", "A" * 64)
    with sessions.begin() as session:
        repo = ApplicationRepository(session)
        assert repo.last_export(first.id) is not None
        assert repo.delete_lineage(first.lineage_id) == 2
    with sessions() as session:
        assert [a.id for a in ApplicationRepository(session).all()] == [other.id]


def test_the_orm_and_sqlite_alone_read_the_same_application(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    assert set(APPLICATION_COLUMNS) == set(ApplicationRow.__table__.columns.keys())
    receipt = {"file_name": "UPP ąę.xml", "size": 12, "sha256": "ab" * 32}
    with sessions.begin() as session:
        repo = ApplicationRepository(session, officer="Zofia Łagoda")
        form = {"form_id": "pim2021", "form_version": "1.0", "network_id": "cyfrowe"}
        first = repo.add(
            **form,
            role="lider",
            values={"motywacja": "Źdźbło", "kwota": "1234.56"},
            status=ApplicationStatus.SENT,
            submission=Submission(dt.date(2021, 9, 20), SubmissionChannel.EPUAP, receipt),
        )
        draft = repo.add(**form, role="partner", values={}, previous_id=first.id)
    with sessions() as session:
        through_orm = [ApplicationRepository(session).get(a.id) for a in (first, draft)]
    with read_snapshot(tmp_path / "pim.sqlite3") as snapshot:
        alone = [snapshot.application(a.id) for a in (first, draft)]
    assert alone == through_orm
    assert alone[0].submission is not None and alone[0].submission.receipt == receipt
    assert alone[1].previous_id == first.id and alone[0].changed_by == "Zofia Łagoda"
