"""The Windows certificate store ("Osobisty", the user's MY store) as a signing backend.

Certificates and their chain come from crypt32; the private key from
``CryptAcquireCertificatePrivateKey`` preferring CNG, so both kinds of key work: a CNG key
signs through ``NCryptSignHash``, a legacy CryptoAPI key (older card drivers) through
``CryptSignHash``. No call asks to be silent: the card's driver shows its own PIN dialog.
The module imports everywhere; the DLLs are loaded on the first use, on Windows only.
"""

from __future__ import annotations

import ctypes
import logging
from ctypes import byref, c_size_t, c_ubyte, cast, sizeof
from ctypes import wintypes as w
from typing import Any

from pim_desktop.domain.signature import SignatureError, SignatureErrorCode
from pim_desktop.signing import windows_crypto as wc
from pim_desktop.signing.certificates import load_certificate
from pim_desktop.signing.store_signer import KeyFlavour, NativeSignature, StoreEntry, thumbprint_of

log = logging.getLogger(__name__)


class WindowsCertificateStore:
    """The current user's MY store until ``close()``.

    ``window_handle`` (a window's ``winId()``) is where the card's PIN dialog appears; without
    it Windows places the dialog itself, perhaps behind the program's window.
    """

    def __init__(self, window_handle: int = 0) -> None:
        self._window = window_handle
        try:
            self._api = wc.windows_api()
        except OSError as error:
            raise SignatureError(SignatureErrorCode.STORE_UNAVAILABLE, str(error)) from error
        self._store = self._api.crypt32.CertOpenSystemStoreW(0, "MY")
        if not self._store:
            raise _store_error(wc.last_error())

    def close(self) -> None:
        if self._store:
            self._api.crypt32.CertCloseStore(self._store, 0)
            self._store = None

    # --- finding -------------------------------------------------------------------------------

    def _contexts(self) -> Any:
        """Every certificate context of the store, each valid until the next one is asked for."""
        context = self._api.crypt32.CertEnumCertificatesInStore(self._store, None)
        while context:
            yield context
            context = self._api.crypt32.CertEnumCertificatesInStore(self._store, context)

    def entries(self) -> list[StoreEntry]:
        found = []
        for context in self._contexts():
            size = w.DWORD(0)
            has_key = bool(
                self._api.crypt32.CertGetCertificateContextProperty(
                    context, wc.CERT_KEY_PROV_INFO_PROP_ID, None, byref(size)
                )
            )
            found.append(StoreEntry(_der(context), has_key))
        return found

    def _find(self, thumbprint: str) -> Any:
        """The context of ``thumbprint``, owned by the caller (free it)."""
        for context in self._contexts():
            if thumbprint_of(_der(context)) == thumbprint:
                return context  # the enumeration stops here, so the context stays ours
        raise SignatureError(SignatureErrorCode.STORE_CERTIFICATE_MISSING, thumbprint=thumbprint)

    def chain(self, thumbprint: str) -> list[bytes]:
        crypt32 = self._api.crypt32
        context = self._find(thumbprint)
        try:
            para = wc.CERT_CHAIN_PARA()
            para.cbSize = sizeof(wc.CERT_CHAIN_PARA)
            chain = ctypes.POINTER(wc.CERT_CHAIN_CONTEXT)()
            if not crypt32.CertGetCertificateChain(
                None, context, None, None, byref(para), 0, None, byref(chain)
            ):
                raise _store_error(wc.last_error())
            try:
                return _issuers(chain.contents)
            finally:
                crypt32.CertFreeCertificateChain(chain)
        finally:
            crypt32.CertFreeCertificateContext(context)

    # --- signing -------------------------------------------------------------------------------

    def sign_digest(self, thumbprint: str, digest: bytes, digest_algorithm: str) -> NativeSignature:
        crypt32 = self._api.crypt32
        context = self._find(thumbprint)
        try:
            rsa = load_certificate(_der(context)).public_key.algorithm == "rsa"
            handle, key_spec, caller_frees = c_size_t(0), w.DWORD(0), w.BOOL(False)
            flags = wc.CRYPT_ACQUIRE_PREFER_NCRYPT_KEY_FLAG | wc.CRYPT_ACQUIRE_COMPARE_KEY_FLAG
            window = None
            if self._window:
                flags |= wc.CRYPT_ACQUIRE_WINDOW_HANDLE_FLAG
                window = byref(w.HWND(self._window))
            if not crypt32.CryptAcquireCertificatePrivateKey(
                context, flags, window, byref(handle), byref(key_spec), byref(caller_frees)
            ):
                raise _key_error(wc.last_error())
        finally:
            crypt32.CertFreeCertificateContext(context)
        is_cng = key_spec.value == wc.CERT_NCRYPT_KEY_SPEC
        try:
            if is_cng:
                data = self._sign_cng(handle.value, digest, digest_algorithm, rsa)
                return NativeSignature(data, KeyFlavour.CNG)
            data = self._sign_cryptoapi(handle.value, key_spec.value, digest, digest_algorithm)
            return NativeSignature(data, KeyFlavour.CRYPTOAPI)
        finally:
            if caller_frees:
                if is_cng:
                    self._api.ncrypt.NCryptFreeObject(handle.value)
                else:
                    self._api.advapi32.CryptReleaseContext(handle.value, 0)

    def _sign_cng(self, key: int, digest: bytes, digest_algorithm: str, rsa: bool) -> bytes:
        ncrypt = self._api.ncrypt
        padding: Any = None
        flags = 0
        if rsa:
            padding = wc.BCRYPT_PKCS1_PADDING_INFO(wc.CNG_HASH_NAMES[digest_algorithm])
            flags = wc.BCRYPT_PAD_PKCS1
        padding_pointer = byref(padding) if padding is not None else None
        digest_buffer = wc.byte_buffer(digest)
        size = w.DWORD(0)
        status = ncrypt.NCryptSignHash(
            key, padding_pointer, digest_buffer, len(digest), None, 0, byref(size), flags
        )
        if status:
            raise _key_error(status & 0xFFFFFFFF)
        signature = (c_ubyte * size.value)()
        status = ncrypt.NCryptSignHash(
            key, padding_pointer, digest_buffer, len(digest), signature, size, byref(size), flags
        )
        if status:
            raise _key_error(status & 0xFFFFFFFF)
        return bytes(signature[: size.value])

    def _sign_cryptoapi(self, provider: int, key_spec: int, digest: bytes, algorithm: str) -> bytes:
        advapi32 = self._api.advapi32
        hash_handle = c_size_t(0)
        if not advapi32.CryptCreateHash(provider, wc.CALG_IDS[algorithm], 0, 0, byref(hash_handle)):
            raise _key_error(wc.last_error())
        try:
            if not advapi32.CryptSetHashParam(
                hash_handle.value, wc.HP_HASHVAL, wc.byte_buffer(digest), 0
            ):
                raise _key_error(wc.last_error())
            size = w.DWORD(0)
            if not advapi32.CryptSignHashW(hash_handle.value, key_spec, None, 0, None, byref(size)):
                raise _key_error(wc.last_error())
            signature = (c_ubyte * size.value)()
            if not advapi32.CryptSignHashW(
                hash_handle.value, key_spec, None, 0, signature, byref(size)
            ):
                raise _key_error(wc.last_error())
            return bytes(signature[: size.value])
        finally:
            advapi32.CryptDestroyHash(hash_handle.value)


def _der(context: Any) -> bytes:
    certificate = context.contents
    return ctypes.string_at(certificate.pbCertEncoded, certificate.cbCertEncoded)


def _issuers(chain: wc.CERT_CHAIN_CONTEXT) -> list[bytes]:
    """The certificates of the first simple chain after the signer's own."""
    if chain.cChain == 0:
        return []
    simple = chain.rgpChain[0].contents
    elements = cast(simple.rgpElement, ctypes.POINTER(ctypes.POINTER(wc.CERT_CHAIN_ELEMENT)))
    return [_der(elements[index].contents.pCertContext) for index in range(1, simple.cElement)]


def _key_error(code: int) -> SignatureError:
    """A failure of the key or the card in the words an officer understands."""
    detail = f"0x{code:08X}"
    if code in wc.CANCELLED:
        return SignatureError(SignatureErrorCode.STORE_CANCELLED, detail)
    if code in wc.WRONG_PIN:
        return SignatureError(SignatureErrorCode.PIN_INCORRECT, detail)
    if code in wc.PIN_LOCKED:
        return SignatureError(SignatureErrorCode.PIN_LOCKED, detail)
    if code in wc.NO_CARD or code in wc.NO_KEY:
        return SignatureError(SignatureErrorCode.STORE_NO_KEY, detail)
    return _store_error(code)


def _store_error(code: int) -> SignatureError:
    detail = f"0x{code:08X}"
    log.warning("Windows certificate store fault %s", detail)
    return SignatureError(SignatureErrorCode.STORE_ERROR, detail)
