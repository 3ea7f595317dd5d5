"""Signs a PDF as PAdES with pyHanko: a visible stamp, an incremental update, a new file.

The key comes from a .p12/.pfx file here, or from a card through ``pdf.pkcs11_tokens``. A signature
is PAdES baseline B-B, or B-T when a timestamp server is given. The signed file is always written
as a new file: a file that already carries a signature is only ever appended to, so the earlier
signatures stay valid. pyHanko is imported inside the functions (a third of a second), never at
start-up.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import io
import logging
import os
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pim_desktop import resources
from pim_desktop.domain.signature import (
    SIGNATURE_REASON,
    CertificateSummary,
    PadesLevel,
    SignatureError,
    SignatureErrorCode,
    certificate_notes,
    format_moment,
    signing_refusal,
)
from pim_desktop.signing.certificates import summarise
from pim_desktop.signing.key_worker import KeyWorker, KeyWorkerUnavailable

if TYPE_CHECKING:
    from asn1crypto import x509

log = logging.getLogger(__name__)

STAMP_HEADING = "Podpisano elektronicznie"
FIELD_PREFIX = "Podpis"
_MM = 72 / 25.4
_PAGE_MARGIN = 20 * _MM
_PDF_HEADER_WINDOW = 1024


@dataclass(frozen=True)
class StampBox:
    """Where the visible stamp goes: a page counted from the end, a box in PDF points.

    Points run from the page's lower left corner. The default sits in the lower right of the last
    A4 page, above the footer, where the application's signature block ("podpis") is printed. A
    second signature's stamp goes to the left of the first, then a row higher.
    """

    page_from_end: int = 0
    x: float = 595.28 - _PAGE_MARGIN - 62 * _MM
    y: float = 30 * _MM
    width: float = 62 * _MM
    height: float = 21 * _MM
    gap: float = 3 * _MM

    def for_signature(self, index: int) -> StampBox:
        """The box of the ``index``-th signature in the file (0 for the first)."""
        if index <= 0:
            return self
        step = self.width + self.gap
        per_row = max(1, int((self.x + self.width - _PAGE_MARGIN) // step))
        row, column = divmod(index, per_row)
        return replace(self, x=self.x - column * step, y=self.y + row * (self.height + self.gap))


@dataclass(frozen=True)
class SigningOptions:
    """What the signature says besides the signer: reason, place, stamp, timestamp server."""

    location: str = ""
    reason: str = SIGNATURE_REASON
    stamp: StampBox | None = StampBox()
    timestamp_url: str = ""
    stamp_name: str = ""  # the name on the stamp; the certificate's owner when empty
    now: dt.datetime | None = None  # the moment checked against the certificate and stamped
    # Asked before signing and while waiting for the timestamp server; True stops the signature
    # with ``SigningCancelled`` (the officer pressed Cancel).
    cancelled: Callable[[], bool] | None = None


class SigningCancelled(Exception):
    """The officer stopped the signature before it was made; no file was written."""


@dataclass(frozen=True)
class SignedPdf:
    path: Path
    size: int
    sha256: str
    field_name: str
    level: PadesLevel
    signed_at: dt.datetime
    signer: CertificateSummary


class SigningKey:
    """A private key ready to sign, with its certificate; close it when done (a card session).

    ``translate_error`` turns a fault of the key's device into a ``SignatureError`` (or None).
    """

    def __init__(
        self,
        signer: Any,
        certificate: x509.Certificate,
        *,
        close: Callable[[], None] | None = None,
        translate_error: Callable[[Exception], SignatureError | None] | None = None,
    ) -> None:
        self.signer = signer
        self.certificate = certificate
        self.summary = summarise(certificate)
        self._close = close
        self._translate_error = translate_error

    def translate(self, error: Exception) -> SignatureError | None:
        return self._translate_error(error) if self._translate_error else None

    def close(self) -> None:
        if self._close is not None:
            close, self._close = self._close, None
            close()

    def __enter__(self) -> SigningKey:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def load_pkcs12(path: Path, password: str, *, worker: KeyWorker | None = None) -> SigningKey:
    """Open a .p12/.pfx file; a wrong password, a file that is none and a file without a key
    each raise their own ``SignatureError``.

    With a running ``worker`` the key is read (and checked in full) in its process; without one,
    or when it fails, here.
    """
    from asn1crypto import pkcs12 as asn1_pkcs12

    try:
        data = path.read_bytes()
    except OSError as error:
        raise SignatureError(
            SignatureErrorCode.FILE_UNREADABLE, str(error), file=path.name
        ) from error
    try:
        asn1_pkcs12.Pfx.load(data)["version"].native  # noqa: B018
    except (ValueError, TypeError) as error:
        raise SignatureError(SignatureErrorCode.NOT_PKCS12, str(error), file=path.name) from error
    try:
        key, certificate, others = _key_and_certificates(data, password, worker)
    except ValueError as error:
        # cryptography says "Invalid password or PKCS12 data"; the structure parsed above,
        # so it is the password.
        raise SignatureError(SignatureErrorCode.WRONG_PASSWORD, str(error)) from error
    if key is None or certificate is None:
        raise SignatureError(SignatureErrorCode.NO_KEY_IN_FILE, file=path.name)
    return _file_signing_key(key, certificate, others)


def _key_and_certificates(
    data: bytes, password: str, worker: KeyWorker | None
) -> tuple[Any, Any, list[Any]]:
    if worker is not None and worker.running:
        try:
            return worker.open(data, password)
        except KeyWorkerUnavailable:
            log.info("Opening the key file in this process instead")
    from cryptography.hazmat.primitives.serialization import pkcs12

    key, certificate, others = pkcs12.load_key_and_certificates(
        data, password.encode("utf-8") if password else None
    )
    return key, certificate, others


def _file_signing_key(key: Any, certificate: Any, others: list[Any]) -> SigningKey:
    """The ``SigningKey`` of a key and its certificates read from a file, however they were read."""
    from pyhanko.keys.internal import (
        translate_pyca_cryptography_cert_to_asn1,
        translate_pyca_cryptography_key_to_asn1,
    )
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    asn1_certificate = translate_pyca_cryptography_cert_to_asn1(certificate)
    registry = SimpleCertificateStore()  # type: ignore[no-untyped-call]
    registry.register_multiple([translate_pyca_cryptography_cert_to_asn1(c) for c in others])
    signer = _kept_key_signer(
        key,
        signing_key=translate_pyca_cryptography_key_to_asn1(key),
        signing_cert=asn1_certificate,
        cert_registry=registry,
    )
    return SigningKey(signer, asn1_certificate)


def _kept_key_signer(pyca_key: Any, **arguments: Any) -> Any:
    """pyHanko's ``SimpleSigner`` that signs with the key object already read from the file.

    ``SimpleSigner`` parses the private key again for every signature, and cryptography then
    checks an RSA key in full (about 0.3 s) while holding the GIL: the window could not draw
    meanwhile. The key read from the .p12 file was checked once already.
    """
    from cryptography.hazmat.primitives.asymmetric.ec import ECDSA, EllipticCurvePrivateKey
    from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey
    from pyhanko.sign.signers import SimpleSigner
    from pyhanko_certvalidator.util import get_pyca_cryptography_hash

    class KeptKeySigner(SimpleSigner):
        def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
            try:
                mechanism = self.get_signature_mechanism_for_digest(digest_algorithm).signature_algo
            except ValueError:  # a mechanism asn1crypto does not name: pyHanko's way
                return bytes(super().sign_raw(data, digest_algorithm))
            hash_algorithm = get_pyca_cryptography_hash(digest_algorithm)
            if mechanism == "rsassa_pkcs1v15" and isinstance(pyca_key, RSAPrivateKey):
                return pyca_key.sign(data, PKCS1v15(), hash_algorithm)
            if mechanism == "ecdsa" and isinstance(pyca_key, EllipticCurvePrivateKey):
                return pyca_key.sign(data, ECDSA(hash_algorithm))
            return bytes(super().sign_raw(data, digest_algorithm))  # rarer kinds: pyHanko's way

    return KeptKeySigner(**arguments)


def sign_pdf(source: Path, target: Path, key: SigningKey, options: SigningOptions) -> SignedPdf:
    """Sign ``source`` into the new file ``target``; ``source`` is never changed.

    Refuses a certificate that is expired, not yet valid or not meant for signatures.
    """
    now = options.now or dt.datetime.now(dt.UTC)
    refusal = signing_refusal(certificate_notes(key.summary, now))
    if refusal is not None:
        raise refusal
    if _same_file(source, target):
        raise SignatureError(SignatureErrorCode.SAME_FILE)
    if options.cancelled is not None and options.cancelled():
        raise SigningCancelled
    data = read_pdf_bytes(source)
    signed, field_name = _sign_bytes(data, source.name, key, options, now)
    _write_atomically(target, signed)
    return SignedPdf(
        path=target,
        size=len(signed),
        sha256=hashlib.sha256(signed).hexdigest(),
        field_name=field_name,
        level=PadesLevel.B_T if options.timestamp_url else PadesLevel.B_B,
        signed_at=now,
        signer=key.summary,
    )


def declared_stamp_box(reader: Any, pages: int) -> StampBox | None:
    """The signature box the document itself declares (``/PIMSignatureBox`` in its Info).

    The program's application PDF records where it printed the "podpis" box; a stamp placed
    there never covers the form's text. Other PDFs get the default place.
    """
    try:
        info = reader.trailer["/Info"]
        page, x, y, width, height = (float(part) for part in str(info["/PIMSignatureBox"]).split())
    except (KeyError, TypeError, ValueError):
        return None
    if not 1 <= page <= pages or width <= 0 or height <= 0:
        return None
    return StampBox(page_from_end=pages - int(page), x=x, y=y, width=width, height=height)


def read_pdf_bytes(path: Path) -> bytes:
    """The bytes of ``path``, refusing a file that does not even start like a PDF."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise SignatureError(
            SignatureErrorCode.FILE_UNREADABLE, str(error), file=path.name
        ) from error
    if b"%PDF-" not in data[:_PDF_HEADER_WINDOW]:
        raise SignatureError(SignatureErrorCode.NOT_PDF, file=path.name)
    return data


def _same_file(source: Path, target: Path) -> bool:
    if target.resolve() == source.resolve():
        return True
    try:
        return target.exists() and os.path.samefile(source, target)
    except OSError:
        return False


def _open_writer(data: bytes, file_name: str) -> Any:
    """An incremental writer over ``data``; a broken, already signed file is refused."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.misc import PdfError

    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=True)
    except (PdfError, ValueError, KeyError, TypeError, IndexError) as strict_error:
        if b"/ByteRange" in data:
            raise SignatureError(
                SignatureErrorCode.WOULD_REWRITE, str(strict_error), file=file_name
            ) from None
        try:
            writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
        except (PdfError, ValueError, KeyError, TypeError, IndexError) as error:
            raise SignatureError(SignatureErrorCode.NOT_PDF, str(error), file=file_name) from error
    if writer.prev.encrypted:
        raise SignatureError(SignatureErrorCode.PDF_ENCRYPTED, file=file_name)
    return writer


def _sign_bytes(
    data: bytes, file_name: str, key: SigningKey, options: SigningOptions, now: dt.datetime
) -> tuple[bytes, str]:
    from pyhanko.sign import fields, signers
    from pyhanko.sign.timestamps import TimestampRequestError

    writer = _open_writer(data, file_name)
    existing = list(fields.enumerate_sig_fields(writer.prev))
    names = {name for name, _value, _ref in existing}
    number = len(existing) + 1
    while f"{FIELD_PREFIX}{number}" in names:
        number += 1
    field_name = f"{FIELD_PREFIX}{number}"
    signed_before = sum(1 for _name, value, _ref in existing if value is not None)
    stamp_name = options.stamp_name.strip() or key.summary.person_name
    field_spec = None
    stamp_style = None
    text_params: dict[str, str] = {}
    if options.stamp is not None:
        pages = int(writer.prev.root["/Pages"]["/Count"])
        declared = declared_stamp_box(writer.prev, pages)
        box = (declared or options.stamp).for_signature(signed_before)
        page = max(0, pages - 1 - box.page_from_end)
        field_spec = fields.SigFieldSpec(
            field_name,
            on_page=page,
            box=(
                round(box.x),
                round(box.y),
                round(box.x + box.width),
                round(box.y + box.height),
            ),
        )
        text_params = {
            "heading": STAMP_HEADING,
            "name": _nfc(stamp_name),
            "date": format_moment(now),
        }
        stamp_style = _stamp_style("".join(text_params.values()))
    else:
        field_spec = fields.SigFieldSpec(field_name)
    metadata = signers.PdfSignatureMetadata(
        field_name=field_name,
        reason=_nfc(options.reason),
        location=_nfc(options.location) or None,
        name=_nfc(key.summary.person_name),
        subfilter=fields.SigSeedSubFilter.PADES,
        md_algorithm="sha256",
    )
    timestamper = (
        _timestamper(options.timestamp_url, options.cancelled) if options.timestamp_url else None
    )
    pdf_signer = signers.PdfSigner(
        metadata,
        key.signer,
        timestamper=timestamper,
        stamp_style=stamp_style,
        new_field_spec=field_spec,
    )
    output = io.BytesIO()
    try:
        pdf_signer.sign_pdf(writer, appearance_text_params=text_params or None, output=output)
    except (SignatureError, SigningCancelled):
        raise
    except TimestampRequestError as error:
        raise SignatureError(
            SignatureErrorCode.TIMESTAMP_FAILED, str(error), url=options.timestamp_url
        ) from error
    except Exception as error:  # the card, the network or pyHanko: each explained below
        raise _explain_failure(error, key, options) from error
    log.info("Signed %s as field %s", file_name, field_name)
    return output.getvalue(), field_name


TIMESTAMP_TIMEOUT_S = 15
_CANCEL_POLL_S = 0.05


def _timestamper(url: str, cancelled: Callable[[], bool] | None) -> Any:
    """pyHanko's HTTP client, whose wait for the server ends as soon as ``cancelled()`` says so.

    The request runs in the signing thread's event loop; the loop looks at ``cancelled`` every
    50 ms and drops the request (closing its connection) instead of waiting out the timeout.
    """
    import asyncio

    from pyhanko.sign.timestamps import HTTPTimeStamper

    class CancellableTimeStamper(HTTPTimeStamper):
        async def async_request_tsa_response(self, req: Any) -> Any:
            request = asyncio.ensure_future(super().async_request_tsa_response(req))
            while True:
                done, _pending = await asyncio.wait({request}, timeout=_CANCEL_POLL_S)
                if done:
                    return request.result()
                if cancelled is not None and cancelled():
                    request.cancel()
                    await asyncio.gather(request, return_exceptions=True)
                    log.info("Timestamp request to %s cancelled", url)
                    raise SigningCancelled

    return CancellableTimeStamper(url, timeout=TIMESTAMP_TIMEOUT_S)


def _explain_failure(error: Exception, key: SigningKey, options: SigningOptions) -> SignatureError:
    from pyhanko.sign.general import SigningError

    translated = key.translate(error)
    if translated is not None:
        return translated
    if options.timestamp_url and _network_error(error):
        return SignatureError(
            SignatureErrorCode.TIMESTAMP_FAILED,
            str(error) or type(error).__name__,
            url=options.timestamp_url,
        )
    if isinstance(error, SigningError) and "forbids all changes" in str(error):
        return SignatureError(SignatureErrorCode.CHANGES_FORBIDDEN, str(error))
    log.exception("Signing failed")
    return SignatureError(SignatureErrorCode.SIGNING_FAILED, str(error) or type(error).__name__)


def _network_error(error: BaseException) -> bool:
    import asyncio

    import aiohttp

    current: BaseException | None = error
    while current is not None:
        if isinstance(current, aiohttp.ClientError | asyncio.TimeoutError | OSError):
            return True
        current = current.__cause__ or current.__context__
    return False


def _stamp_style(text: str) -> Any:
    from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory
    from pyhanko.pdf_utils.text import TextBoxStyle
    from pyhanko.stamp import TextStampStyle

    font_file = stamp_font_for(text)
    return TextStampStyle(
        stamp_text="%(heading)s\n%(name)s\nData: %(date)s",
        text_box_style=TextBoxStyle(
            font=GlyphAccumulatorFactory(str(font_file), font_size=9),
            font_size=9,
            leading=12,
        ),
        border_width=1,
        background=None,
    )


def stamp_font_for(text: str) -> Path:
    """The small stamp font when it has every letter of ``text``, else the full Noto Sans.

    Both have 1000 units per em, which pyHanko needs to space Polish letters right.
    """
    subset = resources.path("fonts", "stamp", "NotoSans-Stamp.ttf")
    if subset.exists() and set(map(ord, _nfc(text))) <= _codepoints(str(subset)):
        return subset
    return resources.path("fonts", "NotoSans-Regular.ttf")


@functools.cache
def _codepoints(font_file: str) -> frozenset[int]:
    from fontTools.ttLib import TTFont

    font = TTFont(font_file, lazy=True)
    try:
        return frozenset(font.getBestCmap().keys())
    finally:
        font.close()


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _write_atomically(target: Path, data: bytes) -> None:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
        )
    except OSError as error:
        raise SignatureError(
            SignatureErrorCode.WRITE_FAILED, str(error), file=str(target)
        ) from error
    temp_path = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp_path, target)
    except OSError as error:
        temp_path.unlink(missing_ok=True)
        raise SignatureError(
            SignatureErrorCode.WRITE_FAILED, str(error), file=str(target)
        ) from error


def signing_self_check() -> list[str]:
    """For ``--self-test``: the signing stack and the stamp fonts are present in this build."""
    import importlib

    failures = []
    for module in (
        "pyhanko.sign.signers",
        "pyhanko.sign.pkcs11",
        "pyhanko.sign.timestamps",
        "pyhanko.sign.validation",
        "pyhanko.pdf_utils.font.opentype",
    ):
        try:
            importlib.import_module(module)
        except ImportError as error:
            failures.append(f"signing: {module}: {error}")
    if not stamp_font_for("Żółć").exists():
        failures.append("signing: stamp font missing")
    return failures
