"""Opens .p12/.pfx files in a separate process, so the window's process never holds its GIL
through cryptography's full RSA key check (tens of milliseconds in one call it cannot interrupt).

The process is started with "spawn" (the same on Windows, Linux and a frozen build), imports
cryptography once and waits on a pipe. The file's bytes and its password travel only through that
pipe. The process answers with the key as unencrypted PKCS#8 DER and the certificates as DER; the
window's process loads the key without checking it again (the worker did). Whenever the process is
not there, dies or does not answer in time, ``open`` raises ``KeyWorkerUnavailable`` and the caller
opens the file itself as before.
"""

from __future__ import annotations

import logging
import multiprocessing
import threading
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes

log = logging.getLogger(__name__)

ANSWER_TIMEOUT_S = 10.0
_STOP_WAIT_S = 2.0
_OPEN = "open"
_OK = "ok"
_REFUSED = "refused"  # cryptography raised ValueError: a wrong password or damaged data
_FAILED = "failed"  # anything else: the caller repeats it in-process for the same exception


class KeyWorkerUnavailable(Exception):
    """The worker cannot answer (not started, gone, too slow): open the file in this process."""


class KeyWorker:
    """The key-opening process: ``start`` once, ``open`` from any one thread, ``stop`` at the end.

    Requests are taken one at a time; a worker that fails once is stopped for good.
    """

    def __init__(self, *, timeout: float = ANSWER_TIMEOUT_S) -> None:
        self._timeout = timeout
        self._lock = threading.Lock()
        self._process: BaseProcess | None = None
        self._connection: Connection | None = None
        self.answered = 0  # files the process answered for (opened or refused)

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.is_alive()

    @property
    def pid(self) -> int | None:
        return None if self._process is None else self._process.pid

    def start(self) -> None:
        """Start the process (once; a stopped worker is not started again)."""
        with self._lock:
            if self._process is not None:
                return
            context = multiprocessing.get_context("spawn")
            ours, theirs = context.Pipe()
            process = context.Process(
                target=serve, args=(theirs,), name="pim-desktop-keys", daemon=True
            )
            try:
                process.start()
            except (OSError, RuntimeError):
                log.warning("The key-opening process could not start", exc_info=True)
                ours.close()
                return
            finally:
                theirs.close()
            self._process, self._connection = process, ours

    def open(
        self, data: bytes, password: str
    ) -> tuple[PrivateKeyTypes | None, x509.Certificate | None, list[x509.Certificate]]:
        """What ``pkcs12.load_key_and_certificates`` returns for ``data``; a ``ValueError`` with
        cryptography's message when it refuses the password or the data."""
        with self._lock:
            if self._connection is None or not self.running:
                raise KeyWorkerUnavailable("the key-opening process is not running")
            try:
                self._connection.send((_OPEN, data, password))
                if not self._connection.poll(self._timeout):
                    raise KeyWorkerUnavailable("the key-opening process did not answer")
                answer = self._connection.recv()
            except (OSError, EOFError, KeyWorkerUnavailable) as error:
                log.warning("The key-opening process failed: %s", error)
                self._end()
                raise KeyWorkerUnavailable(str(error)) from error
        if answer[0] == _FAILED:
            raise KeyWorkerUnavailable(answer[1])
        self.answered += 1
        if answer[0] == _REFUSED:
            raise ValueError(answer[1])
        return _loaded(answer[1], answer[2], answer[3])

    def stop(self) -> None:
        """End the process; stopping twice does nothing.

        It holds nothing worth a graceful end (no file, no state), so it is killed at once: the
        window's close never waits for it to finish importing. A request under way on another
        thread then gets no answer and opens the file in its own process.
        """
        idle = self._lock.acquire(blocking=False)
        try:
            self._end(close_pipe=idle)
        finally:
            if idle:
                self._lock.release()

    def _end(self, *, close_pipe: bool = True) -> None:
        process = self._process
        if process is not None and process.is_alive():
            process.kill()
            process.join(_STOP_WAIT_S)
        if close_pipe and self._connection is not None:
            self._connection.close()
            self._connection = None


def _loaded(
    key_der: bytes | None, certificate_der: bytes | None, others_der: list[bytes]
) -> tuple[PrivateKeyTypes | None, x509.Certificate | None, list[x509.Certificate]]:
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import load_der_private_key

    # The worker ran cryptography's full check on this key; a second one here would hold the
    # GIL for as long as the worker spared.
    key = (
        None
        if key_der is None
        else load_der_private_key(key_der, None, unsafe_skip_rsa_key_validation=True)
    )
    certificate = (
        None if certificate_der is None else x509.load_der_x509_certificate(certificate_der)
    )
    return key, certificate, [x509.load_der_x509_certificate(der) for der in others_der]


def serve(connection: Connection) -> None:
    """The worker's loop: answer each request until asked to stop or the pipe closes."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12

    while True:
        try:
            request = connection.recv()
        except (EOFError, OSError):
            return
        if request[0] != _OPEN:
            return  # nothing else is asked: an unknown request ends the worker
        connection.send(_answer(request[1], request[2], pkcs12, serialization))


def _answer(data: bytes, password: str, pkcs12: Any, serialization: Any) -> tuple[Any, ...]:
    try:
        key, certificate, others = pkcs12.load_key_and_certificates(
            data, password.encode("utf-8") if password else None
        )
        key_der = (
            None
            if key is None
            else key.private_bytes(
                serialization.Encoding.DER,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
    except ValueError as error:
        return (_REFUSED, str(error))
    except Exception as error:  # the caller repeats it in-process, raising it there
        return (_FAILED, repr(error))
    der = serialization.Encoding.DER
    certificate_der = None if certificate is None else certificate.public_bytes(der)
    return (_OK, key_der, certificate_der, [other.public_bytes(der) for other in others])


def key_worker_self_check() -> list[str]:
    """For ``--self-test``: a key made here goes through a worker process and comes back whole."""
    import datetime as dt

    from cryptography import x509 as pyca_x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = pyca_x509.Name([pyca_x509.NameAttribute(NameOID.COMMON_NAME, "self-test")])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        pyca_x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    encryption = serialization.BestAvailableEncryption(b"self-test")
    data = pkcs12.serialize_key_and_certificates(b"self-test", key, certificate, None, encryption)
    worker = KeyWorker()
    try:
        worker.start()
        opened, opened_certificate, _others = worker.open(data, "self-test")
    except (KeyWorkerUnavailable, ValueError) as error:
        return [f"key worker: {error!r}"]
    finally:
        worker.stop()
    if (
        opened is None
        or opened.public_key() != key.public_key()
        or opened_certificate != certificate
    ):
        return ["key worker: the key came back changed"]
    return []
