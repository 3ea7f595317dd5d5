"""Stopping a signature: before it starts, and while the timestamp server keeps silent."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from signing_pki import P12_PASSWORD, SigningPki, SilentServer

from pim_desktop.domain.signature import SignatureError
from pim_desktop.signing.pades import SigningCancelled, SigningOptions, load_pkcs12, sign_pdf


def test_cancel_stops_the_wait_for_a_silent_timestamp_server(
    pki: SigningPki, final_pdf: Path, tmp_path: Path
) -> None:
    target = tmp_path / "podpisany.pdf"
    cancel = threading.Event()
    outcome: dict[str, object] = {}

    with SilentServer() as server, load_pkcs12(pki.signer.p12, P12_PASSWORD) as key:
        options = SigningOptions(timestamp_url=server.url, cancelled=cancel.is_set)

        def sign() -> None:
            try:
                sign_pdf(final_pdf, target, key, options)
            except BaseException as error:  # handed to the test thread
                outcome["error"] = error

        worker = threading.Thread(target=sign)
        worker.start()
        assert server.connected.wait(20), "the signature never asked the timestamp server"
        cancelled_at = time.monotonic()
        cancel.set()
        worker.join(timeout=5)
        stopped_after = time.monotonic() - cancelled_at

    assert not worker.is_alive(), "the wait for the server did not stop"
    assert isinstance(outcome.get("error"), SigningCancelled)
    assert stopped_after < 2, f"the cancel took {stopped_after:.1f} s (the timeout is 15 s)"
    assert not target.exists()


def test_a_signature_cancelled_before_it_starts_writes_nothing(
    pki: SigningPki, final_pdf: Path, tmp_path: Path
) -> None:
    target = tmp_path / "podpisany.pdf"
    with load_pkcs12(pki.signer.p12, P12_PASSWORD) as key, pytest.raises(SigningCancelled):
        sign_pdf(final_pdf, target, key, SigningOptions(cancelled=lambda: True))
    assert not target.exists()


def test_a_signature_not_cancelled_signs(pki: SigningPki, final_pdf: Path, tmp_path: Path) -> None:
    target = tmp_path / "podpisany.pdf"
    with load_pkcs12(pki.signer.p12, P12_PASSWORD) as key:
        sign_pdf(final_pdf, target, key, SigningOptions(cancelled=lambda: False))
    assert target.exists()


def test_a_silent_server_without_cancel_ends_in_the_timeout(
    pki: SigningPki, final_pdf: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pim_desktop.signing import pades

    monkeypatch.setattr(pades, "TIMESTAMP_TIMEOUT_S", 1)
    with (
        SilentServer() as server,
        load_pkcs12(pki.signer.p12, P12_PASSWORD) as key,
        pytest.raises(SignatureError) as caught,
    ):
        sign_pdf(final_pdf, tmp_path / "x.pdf", key, SigningOptions(timestamp_url=server.url))
    assert caught.value.code == "timestamp_failed"
