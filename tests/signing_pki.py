"""A small real PKI for the signing tests: a root CA, signers, a timestamp authority, a token.

Everything is made with ``cryptography`` at test time; nothing here is a stand-in for the crypto.
"""

from __future__ import annotations

import datetime as dt
import shutil
import socket
import subprocess
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID, ObjectIdentifier

SIGNER_NAME = "Małgorzata Żółkiewska"
P12_PASSWORD = "Hasło-do-pliku 1"
TOKEN_LABEL = "Karta testowa"
TOKEN_PIN = "123456"
TOKEN_SO_PIN = "87654321"
# QCStatements holding ETSI's QcCompliance: what a qualified signing certificate declares.
QC_STATEMENTS = ObjectIdentifier("1.3.6.1.5.5.7.1.3")
QC_COMPLIANCE_STATEMENTS = bytes.fromhex("300a3008060604008e460101")
SOFTHSM_CANDIDATES = (
    Path("/usr/lib/softhsm/libsofthsm2.so"),
    Path("/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so"),
)


def softhsm_library() -> Path | None:
    if shutil.which("softhsm2-util") is None:
        return None
    return next((path for path in SOFTHSM_CANDIDATES if path.is_file()), None)


def _key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _key_usage(*, signing: bool, ca: bool = False, non_repudiation: bool = True) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=signing,
        content_commitment=signing and non_repudiation,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=ca,
        crl_sign=ca,
        encipher_only=False,
        decipher_only=False,
    )


@dataclass
class Identity:
    """A certificate with its key, and the .p12 file that carries both."""

    certificate: x509.Certificate
    key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey
    p12: Path

    @property
    def der(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.DER)

    def key_der(self) -> bytes:
        return self.key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )


@dataclass
class SigningPki:
    folder: Path
    now: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))

    def __post_init__(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        self.ca_key = _key()
        self.ca_name = x509.Name(
            [
                x509.NameAttribute(NameOID.COUNTRY_NAME, "PL"),
                x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Testowe Centrum Certyfikacji"),
                x509.NameAttribute(NameOID.COMMON_NAME, "Testowe CA Główne"),
            ]
        )
        self.ca = (
            self._builder(self.ca_name, self.ca_key.public_key(), days_before=3650, days_after=3650)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(_key_usage(signing=False, ca=True), critical=True)
            .add_extension(
                x509.SubjectKeyIdentifier.from_public_key(self.ca_key.public_key()), critical=False
            )
            .sign(self.ca_key, hashes.SHA256())
        )
        self.ca_pem = self.folder / "ca.pem"
        self.ca_pem.write_bytes(self.ca.public_bytes(serialization.Encoding.PEM))
        self.signer = self.issue("podpis", SIGNER_NAME, days_before=1, days_after=365)
        self.expired = self.issue("wygasly", SIGNER_NAME, days_before=400, days_after=-5)
        self.not_yet_valid = self.issue("przyszly", SIGNER_NAME, days_before=-10, days_after=365)
        self.expiring = self.issue("wygasajacy", SIGNER_NAME, days_before=300, days_after=10)
        self.other_person = self.issue("inny", "Jan Kowalski", days_before=1, days_after=365)
        self.tsa = self.issue(
            "tsa", "Testowy Serwer Znaczników Czasu", days_before=1, days_after=365, tsa=True
        )

    @property
    def ca_der(self) -> bytes:
        return self.ca.public_bytes(serialization.Encoding.DER)

    def _builder(
        self, subject: x509.Name, public_key: object, *, days_before: int, days_after: int
    ) -> x509.CertificateBuilder:
        return (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(self.ca_name)
            .public_key(public_key)  # type: ignore[arg-type]
            .serial_number(x509.random_serial_number())
            .not_valid_before(self.now - dt.timedelta(days=days_before))
            .not_valid_after(self.now + dt.timedelta(days=days_after))
        )

    def issue(
        self,
        file_stem: str,
        name: str,
        *,
        days_before: int,
        days_after: int,
        tsa: bool = False,
        non_repudiation: bool = True,
        key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey | None = None,
        qualified: bool = False,
    ) -> Identity:
        key = key or _key()
        given, _, surname = name.partition(" ")
        attributes = [x509.NameAttribute(NameOID.COUNTRY_NAME, "PL")]
        if not tsa:
            attributes += [
                x509.NameAttribute(NameOID.GIVEN_NAME, given),
                x509.NameAttribute(NameOID.SURNAME, surname),
            ]
        attributes.append(x509.NameAttribute(NameOID.COMMON_NAME, name))
        builder = (
            self._builder(
                x509.Name(attributes),
                key.public_key(),
                days_before=days_before,
                days_after=days_after,
            )
            .add_extension(
                _key_usage(signing=True, non_repudiation=non_repudiation and not tsa),
                critical=True,
            )
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(self.ca_key.public_key()),
                critical=False,
            )
        )
        if qualified:
            builder = builder.add_extension(
                x509.UnrecognizedExtension(QC_STATEMENTS, QC_COMPLIANCE_STATEMENTS), critical=False
            )
        if tsa:
            builder = builder.add_extension(
                x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True
            )
        certificate = builder.sign(self.ca_key, hashes.SHA256())
        p12 = self.folder / f"{file_stem}.p12"
        p12.write_bytes(
            pkcs12.serialize_key_and_certificates(
                file_stem.encode(),
                key,
                certificate,
                [self.ca],
                serialization.BestAvailableEncryption(P12_PASSWORD.encode("utf-8")),
            )
        )
        return Identity(certificate, key, p12)


def make_softhsm_token(folder: Path, identity: Identity, library: Path) -> Path:
    """A SoftHSM2 token holding ``identity``; returns the configuration file to point at."""
    import pkcs11
    from pkcs11 import Attribute, CertificateType, ObjectClass
    from pkcs11.util.rsa import decode_rsa_private_key, decode_rsa_public_key

    tokens = folder / "tokens"
    tokens.mkdir(parents=True, exist_ok=True)
    config = folder / "softhsm2.conf"
    config.write_text(
        f"directories.tokendir = {tokens}\nobjectstore.backend = file\nlog.level = ERROR\n",
        encoding="utf-8",
    )
    env = {"SOFTHSM2_CONF": str(config), "PATH": "/usr/bin:/bin"}
    subprocess.run(
        [
            "softhsm2-util",
            "--init-token",
            "--free",
            "--label",
            TOKEN_LABEL,
            "--so-pin",
            TOKEN_SO_PIN,
            "--pin",
            TOKEN_PIN,
        ],
        check=True,
        capture_output=True,
        env=env,
    )
    key_der = identity.key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption(),
    )
    public_der = identity.key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.PKCS1
    )
    object_id = b"\x01"
    lib = pkcs11.lib(str(library))
    token = lib.get_token(token_label=TOKEN_LABEL)
    with token.open(rw=True, user_pin=TOKEN_PIN) as session:
        private = decode_rsa_private_key(key_der)
        private.update(
            {
                Attribute.ID: object_id,
                Attribute.LABEL: "Podpis kwalifikowany",
                Attribute.TOKEN: True,
                Attribute.PRIVATE: True,
                Attribute.SENSITIVE: True,
                Attribute.SIGN: True,
            }
        )
        session.create_object(private)
        public = decode_rsa_public_key(public_der)
        public.update(
            {
                Attribute.ID: object_id,
                Attribute.LABEL: "Podpis kwalifikowany",
                Attribute.TOKEN: True,
                Attribute.VERIFY: True,
            }
        )
        session.create_object(public)
        session.create_object(
            {
                Attribute.CLASS: ObjectClass.CERTIFICATE,
                Attribute.CERTIFICATE_TYPE: CertificateType.X_509,
                Attribute.ID: object_id,
                Attribute.LABEL: "Podpis kwalifikowany",
                Attribute.TOKEN: True,
                Attribute.VALUE: identity.der,
                Attribute.SUBJECT: identity.certificate.subject.public_bytes(),
            }
        )
    return config


class TimestampServer:
    """An RFC 3161 responder on 127.0.0.1: pyHanko's DummyTimeStamper behind http.server."""

    def __init__(self, tsa: Identity, ca_der: bytes) -> None:
        from asn1crypto import keys
        from asn1crypto import x509 as asn1_x509
        from pyhanko.sign.timestamps import DummyTimeStamper
        from pyhanko_certvalidator.registry import SimpleCertificateStore

        stamper = DummyTimeStamper(
            tsa_cert=asn1_x509.Certificate.load(tsa.der),
            tsa_key=keys.PrivateKeyInfo.load(tsa.key_der()),
            certs_to_embed=SimpleCertificateStore.from_certs([asn1_x509.Certificate.load(ca_der)]),
        )
        self.requests = 0
        server_self = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                from asn1crypto import tsp

                length = int(self.headers.get("Content-Length", "0"))
                request = tsp.TimeStampReq.load(self.rfile.read(length))
                answer = stamper.request_tsa_response(request).dump()
                server_self.requests += 1
                self.send_response(200)
                self.send_header("Content-Type", "application/timestamp-reply")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, *_args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/tsa"

    def __enter__(self) -> TimestampServer:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


class SilentServer:
    """A timestamp server that takes the connection and never answers, like one behind a
    firewall that drops replies: only a timeout or a cancel ends the wait."""

    def __init__(self) -> None:
        self._socket = socket.create_server(("127.0.0.1", 0))
        self.connected = threading.Event()
        self._connections: list[socket.socket] = []
        self._thread = threading.Thread(target=self._accept, daemon=True)

    def _accept(self) -> None:
        while True:
            try:
                connection, _address = self._socket.accept()
            except OSError:
                return  # closed
            self._connections.append(connection)
            self.connected.set()

    @property
    def url(self) -> str:
        host, port = self._socket.getsockname()[:2]
        return f"http://{host!s}:{port}/tsa"

    def __enter__(self) -> SilentServer:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._socket.close()
        for connection in self._connections:
            connection.close()
        self._thread.join(timeout=5)
