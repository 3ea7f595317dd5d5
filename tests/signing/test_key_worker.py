"""A .p12 file opened in the key-opening process gives the same key, and the same refusals, as
one opened in this process; a process that is gone or too slow leaves the file to this one."""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12
from signing_pki import P12_PASSWORD, SigningPki

from pim_desktop.domain.signature import SignatureError
from pim_desktop.signing.key_worker import KeyWorker, key_worker_self_check
from pim_desktop.signing.pades import SigningKey, load_pkcs12


@pytest.fixture(scope="module")
def worker() -> Iterator[KeyWorker]:
    started = KeyWorker()
    started.start()
    yield started
    started.stop()


def _same_key(one: SigningKey, other: SigningKey) -> bool:
    return bool(
        one.signer.signing_key.dump() == other.signer.signing_key.dump()
        and one.certificate.dump() == other.certificate.dump()
        and {c.dump() for c in one.signer.cert_registry}
        == {c.dump() for c in other.signer.cert_registry}
    )


def test_the_worker_opens_the_same_key_as_this_process(pki: SigningPki, worker: KeyWorker) -> None:
    answered = worker.answered
    through_worker = load_pkcs12(pki.signer.p12, P12_PASSWORD, worker=worker)
    assert worker.answered == answered + 1, "the worker opened it"
    here = load_pkcs12(pki.signer.p12, P12_PASSWORD)
    assert _same_key(through_worker, here)
    assert through_worker.summary == here.summary


def test_a_wrong_password_is_said_the_same_way(pki: SigningPki, worker: KeyWorker) -> None:
    answered = worker.answered
    with pytest.raises(SignatureError) as from_worker:
        load_pkcs12(pki.signer.p12, "nie to hasło", worker=worker)
    assert worker.answered == answered + 1
    with pytest.raises(SignatureError) as from_here:
        load_pkcs12(pki.signer.p12, "nie to hasło")
    assert from_worker.value.code == from_here.value.code == "wrong_password"
    assert from_worker.value.text() == from_here.value.text()
    assert "Nieprawidłowe hasło" in from_worker.value.text()


def test_a_file_without_a_key_is_said_the_same_way(
    pki: SigningPki, worker: KeyWorker, tmp_path: Path
) -> None:
    only_certificates = tmp_path / "same certyfikaty.p12"
    only_certificates.write_bytes(
        pkcs12.serialize_key_and_certificates(
            None,
            None,
            None,
            [pki.signer.certificate],
            serialization.BestAvailableEncryption(P12_PASSWORD.encode()),
        )
    )
    answered = worker.answered
    with pytest.raises(SignatureError) as caught:
        load_pkcs12(only_certificates, P12_PASSWORD, worker=worker)
    assert worker.answered == answered + 1
    assert caught.value.code == "no_key_in_file"
    assert only_certificates.name in caught.value.text()


def test_a_file_that_is_no_certificate_never_reaches_the_worker(
    final_pdf: Path, worker: KeyWorker
) -> None:
    answered = worker.answered
    with pytest.raises(SignatureError) as caught:
        load_pkcs12(final_pdf, P12_PASSWORD, worker=worker)
    assert caught.value.code == "not_pkcs12"
    assert worker.answered == answered


def test_a_worker_killed_from_outside_leaves_the_file_to_this_process(pki: SigningPki) -> None:
    worker = KeyWorker()
    worker.start()
    try:
        assert worker.pid is not None
        os.kill(worker.pid, signal.SIGTERM)
        key = load_pkcs12(pki.signer.p12, P12_PASSWORD, worker=worker)
        assert _same_key(key, load_pkcs12(pki.signer.p12, P12_PASSWORD))
        assert worker.answered == 0
        assert not worker.running
    finally:
        worker.stop()


def test_a_worker_too_slow_to_answer_is_ended_and_the_file_opened_here(pki: SigningPki) -> None:
    # Just started, the process is still importing cryptography: no answer within a millisecond.
    worker = KeyWorker(timeout=0.001)
    worker.start()
    try:
        key = load_pkcs12(pki.signer.p12, P12_PASSWORD, worker=worker)
        assert _same_key(key, load_pkcs12(pki.signer.p12, P12_PASSWORD))
        assert worker.answered == 0
        assert not worker.running, "a worker that did not answer is ended"
    finally:
        worker.stop()


def test_stopping_leaves_no_process_behind() -> None:
    worker = KeyWorker()
    worker.start()
    pid = worker.pid
    assert worker.running
    assert pid in {child.pid for child in multiprocessing.active_children()}
    worker.stop()
    worker.stop()
    assert not worker.running
    assert pid not in {child.pid for child in multiprocessing.active_children()}
    worker.start()
    assert not worker.running, "a stopped worker is not started again"


def test_a_worker_never_started_opens_nothing(pki: SigningPki) -> None:
    worker = KeyWorker()
    load_pkcs12(pki.signer.p12, P12_PASSWORD, worker=worker)
    assert worker.answered == 0


def test_the_self_test_sends_a_key_through_a_worker() -> None:
    assert key_worker_self_check() == []
