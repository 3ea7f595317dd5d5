"""Cards and tokens through a vendor's PKCS#11 library: list them, list their certificates, sign.

Every fault of a library or a card becomes a ``SignatureError`` that says in plain Polish what to
do: a library of the wrong bitness, no card, a wrong or locked PIN. The PIN is handed straight to
the library and kept nowhere. python-pkcs11 and pyHanko are imported inside the functions.
"""

from __future__ import annotations

import logging
import struct
from pathlib import Path
from typing import Any

from pim_desktop.domain.signature import SignatureError, SignatureErrorCode
from pim_desktop.domain.signing_devices import TokenCertificate, TokenInfo
from pim_desktop.signing.certificates import load_certificate, summarise
from pim_desktop.signing.pades import SigningKey

log = logging.getLogger(__name__)

PROGRAM_BITS = struct.calcsize("P") * 8


def library_bits(library: Path) -> int | None:
    """32 or 64 for a Windows DLL or a Linux shared object; None when the header says neither.

    Reading the header first lets the program name the bitness trap before Windows answers
    LoadLibrary with error 193.
    """
    try:
        with library.open("rb") as stream:
            head = stream.read(4096)
    except OSError:
        return None
    if head[:4] == b"\x7fELF" and len(head) > 4:
        return {1: 32, 2: 64}.get(head[4])
    if head[:2] == b"MZ" and len(head) >= 0x40:
        (pe_offset,) = struct.unpack_from("<I", head, 0x3C)
        if pe_offset + 6 <= len(head) and head[pe_offset : pe_offset + 4] == b"PE\0\0":
            (machine,) = struct.unpack_from("<H", head, pe_offset + 4)
            return {0x14C: 32, 0x8664: 64, 0xAA64: 64}.get(machine)
    return None


def _load(library: Path) -> Any:
    import pkcs11

    if not library.is_file():
        raise SignatureError(SignatureErrorCode.LIBRARY_MISSING, library=str(library))
    bits = library_bits(library)
    if bits is not None and bits != PROGRAM_BITS:
        raise SignatureError(
            SignatureErrorCode.LIBRARY_BITNESS,
            library=library.name,
            library_bits=bits,
            program_bits=PROGRAM_BITS,
        )
    try:
        return pkcs11.lib(str(library))
    except (pkcs11.PKCS11Error, OSError) as error:
        text = str(error)
        if "193" in text or "not a valid Win32" in text or "wrong ELF class" in text:
            other = 32 if PROGRAM_BITS == 64 else 64
            raise SignatureError(
                SignatureErrorCode.LIBRARY_BITNESS,
                text,
                library=library.name,
                library_bits=other,
                program_bits=PROGRAM_BITS,
            ) from error
        raise SignatureError(
            SignatureErrorCode.LIBRARY_FAILED, text or type(error).__name__, library=library.name
        ) from error


def list_tokens(library: Path) -> list[TokenInfo]:
    """The initialised cards the library sees now (an empty list when none is inserted)."""
    import pkcs11
    from pkcs11 import TokenFlag

    lib = _load(library)
    tokens: list[TokenInfo] = []
    try:
        slots = lib.get_slots(token_present=True)
    except pkcs11.PKCS11Error as error:
        raise translate(error) from error
    for slot in slots:
        try:
            token = slot.get_token()
        except pkcs11.PKCS11Error as error:
            log.info("Slot %s: no usable token (%s)", slot.slot_id, type(error).__name__)
            continue
        flags = TokenFlag(token.flags)
        if not flags & TokenFlag.TOKEN_INITIALIZED:
            continue
        tokens.append(
            TokenInfo(
                label=token.label.strip(),
                serial=_serial(token.serial),
                manufacturer=token.manufacturer_id.strip(),
                model=str(getattr(token, "model", "")).strip(),
                slot_id=int(slot.slot_id),
                pin_locked=bool(flags & TokenFlag.USER_PIN_LOCKED),
                pin_final_try=bool(flags & TokenFlag.USER_PIN_FINAL_TRY),
                pin_count_low=bool(flags & TokenFlag.USER_PIN_COUNT_LOW),
                pin_pad=bool(flags & TokenFlag.PROTECTED_AUTHENTICATION_PATH),
            )
        )
    return tokens


def _serial(value: object) -> str:
    if isinstance(value, bytes):
        return value.decode("ascii", "replace").strip()
    return str(value).strip()


def _find_token(library: Path, token: TokenInfo | str | None) -> Any:
    import pkcs11

    lib = _load(library)
    tokens = list_tokens(library)
    if not tokens:
        raise SignatureError(SignatureErrorCode.NO_TOKEN)
    if token is None:
        if len(tokens) > 1:
            raise SignatureError(
                SignatureErrorCode.TOKEN_AMBIGUOUS, tokens=", ".join(t.display_name for t in tokens)
            )
        chosen = tokens[0]
    else:
        wanted_label = token.label if isinstance(token, TokenInfo) else token
        wanted_serial = token.serial if isinstance(token, TokenInfo) else None
        matches = [
            t
            for t in tokens
            if t.label == wanted_label and (wanted_serial is None or t.serial == wanted_serial)
        ]
        if not matches:
            raise SignatureError(SignatureErrorCode.TOKEN_NOT_FOUND, token=wanted_label)
        chosen = matches[0]
    try:
        for slot in lib.get_slots(token_present=True):
            if int(slot.slot_id) == chosen.slot_id:
                return slot.get_token(), chosen
    except pkcs11.PKCS11Error as error:
        raise translate(error) from error
    raise SignatureError(SignatureErrorCode.TOKEN_NOT_FOUND, token=chosen.display_name)


def list_certificates(library: Path, token: TokenInfo | str | None) -> list[TokenCertificate]:
    """The certificates on a card that have a private key beside them (read without the PIN)."""
    import pkcs11
    from pkcs11 import Attribute, ObjectClass

    p11_token, _info = _find_token(library, token)
    found: list[TokenCertificate] = []
    try:
        with p11_token.open() as session:
            key_ids = {
                bytes(obj[Attribute.ID])
                for obj in session.get_objects({Attribute.CLASS: ObjectClass.PUBLIC_KEY})
            }
            for obj in session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE}):
                object_id = bytes(obj[Attribute.ID])
                try:
                    certificate = load_certificate(bytes(obj[Attribute.VALUE]))
                except (ValueError, TypeError, KeyError):
                    continue
                summary = summarise(certificate)
                if summary.is_ca:
                    continue
                found.append(
                    TokenCertificate(
                        object_id=object_id.hex(),
                        label=str(obj[Attribute.LABEL]),
                        summary=summary,
                        # Private keys may stay hidden until the PIN is given; a public key
                        # with the same identifier tells that a key pair is there.
                        has_key=not key_ids or object_id in key_ids,
                    )
                )
    except pkcs11.PKCS11Error as error:
        raise translate(error) from error
    return found


def open_key(
    library: Path,
    token: TokenInfo | str | None,
    certificate_id: str | None,
    pin: str,
) -> SigningKey:
    """Log in to the card with ``pin`` and hold the session open until the key is closed.

    With ``certificate_id`` None the card must hold one certificate meant for signing.
    """
    import pkcs11
    from pyhanko.sign.pkcs11 import PKCS11Signer

    p11_token, info = _find_token(library, token)
    if info.pin_locked:
        raise SignatureError(SignatureErrorCode.PIN_LOCKED)
    if not pin and not info.pin_pad:
        raise SignatureError(SignatureErrorCode.PIN_EMPTY)
    if certificate_id is None:
        certificate_id = _signing_certificate_id(library, info)
    try:
        session = p11_token.open(user_pin=pkcs11.PROTECTED_AUTH if info.pin_pad else pin)
    except pkcs11.PKCS11Error as error:
        raise translate(error, info) from error
    try:
        object_id = bytes.fromhex(certificate_id)
        signer = PKCS11Signer(session, cert_id=object_id, key_id=object_id)
        certificate = signer.signing_cert  # loads the certificate and finds the key now
    except pkcs11.PKCS11Error as error:
        session.close()
        if (
            "certificate" in str(error)
            or "private key" in str(error)
            or isinstance(error, pkcs11.NoSuchKey)
        ):
            raise SignatureError(
                SignatureErrorCode.NO_CERTIFICATE_ON_TOKEN, str(error), token=info.display_name
            ) from error
        raise translate(error, info) from error
    except ValueError as error:
        session.close()
        raise SignatureError(
            SignatureErrorCode.NO_CERTIFICATE_ON_TOKEN, str(error), token=info.display_name
        ) from error
    return SigningKey(
        signer,
        certificate,
        close=session.close,
        translate_error=lambda failure: (
            translate(failure, info) if isinstance(failure, pkcs11.PKCS11Error) else None
        ),
    )


def _signing_certificate_id(library: Path, token: TokenInfo) -> str:
    candidates = [
        c for c in list_certificates(library, token) if c.summary.non_repudiation and c.has_key
    ] or [c for c in list_certificates(library, token) if c.has_key]
    if not candidates:
        raise SignatureError(SignatureErrorCode.NO_CERTIFICATE_ON_TOKEN, token=token.display_name)
    if len(candidates) > 1:
        raise SignatureError(
            SignatureErrorCode.CERTIFICATE_AMBIGUOUS,
            certificates=", ".join(f"{c.summary.subject} ({c.object_id})" for c in candidates),
        )
    return candidates[0].object_id


def translate(error: Exception, token: TokenInfo | None = None) -> SignatureError:
    """A PKCS#11 fault in the words an officer understands."""
    import pkcs11

    name = type(error).__name__
    if isinstance(error, pkcs11.PinIncorrect):
        final = token is not None and (token.pin_count_low or token.pin_final_try)
        code = SignatureErrorCode.PIN_FINAL_TRY if final else SignatureErrorCode.PIN_INCORRECT
        return SignatureError(code, name)
    if isinstance(error, pkcs11.PinLocked):
        return SignatureError(SignatureErrorCode.PIN_LOCKED, name)
    if isinstance(error, pkcs11.PinExpired):
        return SignatureError(SignatureErrorCode.PIN_EXPIRED, name)
    if isinstance(error, pkcs11.PinLenRange | pkcs11.PinInvalid):
        return SignatureError(SignatureErrorCode.PIN_INCORRECT, name)
    if isinstance(error, pkcs11.TokenNotPresent | pkcs11.DeviceRemoved | pkcs11.TokenNotRecognised):
        return SignatureError(SignatureErrorCode.CARD_REMOVED, name)
    if isinstance(error, pkcs11.NoSuchToken | pkcs11.SlotIDInvalid):
        return SignatureError(SignatureErrorCode.NO_TOKEN, name)
    detail = str(error) or name
    log.warning("PKCS#11 fault: %s", detail)
    return SignatureError(SignatureErrorCode.TOKEN_ERROR, detail, reason=detail)
