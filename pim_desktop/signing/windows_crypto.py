"""The Windows API that the certificate store needs, declared for ctypes: crypt32, ncrypt, advapi32.

Only declarations and constants live here; ``signing.windows_store`` uses them. The DLLs load
on the first call of ``windows_api()``, so the module imports on any platform.
"""

from __future__ import annotations

import ctypes
import sys
from ctypes import POINTER, Structure, c_size_t, c_ubyte, c_void_p, c_wchar_p
from ctypes import wintypes as w
from dataclasses import dataclass
from typing import Any

# crypt32
X509_ASN_ENCODING = 0x1
PKCS_7_ASN_ENCODING = 0x10000
CERT_KEY_PROV_INFO_PROP_ID = 2
CRYPT_ACQUIRE_COMPARE_KEY_FLAG = 0x4
CRYPT_ACQUIRE_PREFER_NCRYPT_KEY_FLAG = 0x00020000
CRYPT_ACQUIRE_WINDOW_HANDLE_FLAG = 0x80  # pvParameters points to the HWND the PIN dialog sits on
CERT_NCRYPT_KEY_SPEC = 0xFFFFFFFF
# ncrypt / bcrypt
BCRYPT_PAD_PKCS1 = 0x2
# advapi32 (legacy CryptoAPI)
HP_HASHVAL = 0x2
CALG_IDS = {"sha1": 0x8004, "sha256": 0x800C, "sha384": 0x800D, "sha512": 0x800E}
CNG_HASH_NAMES = {"sha1": "SHA1", "sha256": "SHA256", "sha384": "SHA384", "sha512": "SHA512"}

# Error codes worth naming to the officer (HRESULT / SECURITY_STATUS, unsigned).
CANCELLED = {0x800704C7, 0x4C7, 0x8010006E, 0x80090036}  # ERROR_CANCELLED, SCARD_W_CANCELLED…
WRONG_PIN = {0x8010006B}  # SCARD_W_WRONG_CHV
PIN_LOCKED = {0x8010006C}  # SCARD_W_CHV_BLOCKED
NO_CARD = {0x8010000C, 0x80100069, 0x8010001D}  # SCARD_E_NO_SMARTCARD, …REMOVED_CARD, …NO_SERVICE
NO_KEY = {0x80090016, 0x8009200B, 0x8009000D}  # NTE_BAD_KEYSET, CRYPT_E_NO_KEY_PROPERTY…


class CERT_CONTEXT(Structure):  # noqa: N801  (the Windows name)
    _fields_ = [
        ("dwCertEncodingType", w.DWORD),
        ("pbCertEncoded", POINTER(c_ubyte)),
        ("cbCertEncoded", w.DWORD),
        ("pCertInfo", c_void_p),
        ("hCertStore", c_void_p),
    ]


PCCERT_CONTEXT = POINTER(CERT_CONTEXT)


class CERT_TRUST_STATUS(Structure):  # noqa: N801
    _fields_ = [("dwErrorStatus", w.DWORD), ("dwInfoStatus", w.DWORD)]


class CERT_ENHKEY_USAGE(Structure):  # noqa: N801
    _fields_ = [("cUsageIdentifier", w.DWORD), ("rgpszUsageIdentifier", c_void_p)]


class CERT_USAGE_MATCH(Structure):  # noqa: N801
    _fields_ = [("dwType", w.DWORD), ("Usage", CERT_ENHKEY_USAGE)]


class CERT_CHAIN_PARA(Structure):  # noqa: N801
    _fields_ = [("cbSize", w.DWORD), ("RequestedUsage", CERT_USAGE_MATCH)]


class CERT_CHAIN_ELEMENT(Structure):  # noqa: N801  (only the leading fields are read)
    _fields_ = [
        ("cbSize", w.DWORD),
        ("pCertContext", PCCERT_CONTEXT),
        ("TrustStatus", CERT_TRUST_STATUS),
    ]


class CERT_SIMPLE_CHAIN(Structure):  # noqa: N801
    _fields_ = [
        ("cbSize", w.DWORD),
        ("TrustStatus", CERT_TRUST_STATUS),
        ("cElement", w.DWORD),
        ("rgpElement", POINTER(POINTER(CERT_CHAIN_ELEMENT))),
    ]


class CERT_CHAIN_CONTEXT(Structure):  # noqa: N801
    _fields_ = [
        ("cbSize", w.DWORD),
        ("TrustStatus", CERT_TRUST_STATUS),
        ("cChain", w.DWORD),
        ("rgpChain", POINTER(POINTER(CERT_SIMPLE_CHAIN))),
    ]


class BCRYPT_PKCS1_PADDING_INFO(Structure):  # noqa: N801
    _fields_ = [("pszAlgId", c_wchar_p)]


@dataclass(frozen=True)
class WindowsApi:
    crypt32: Any
    ncrypt: Any
    advapi32: Any


def _declare(function: Any, restype: Any, *argtypes: Any) -> None:
    function.restype = restype
    function.argtypes = list(argtypes)


def _declare_crypt32(crypt32: Any) -> None:
    handle = c_void_p
    _declare(crypt32.CertOpenSystemStoreW, handle, c_size_t, c_wchar_p)
    _declare(crypt32.CertCloseStore, w.BOOL, handle, w.DWORD)
    _declare(crypt32.CertEnumCertificatesInStore, PCCERT_CONTEXT, handle, PCCERT_CONTEXT)
    _declare(crypt32.CertFreeCertificateContext, w.BOOL, PCCERT_CONTEXT)
    _declare(
        crypt32.CertGetCertificateContextProperty,
        w.BOOL,
        PCCERT_CONTEXT,
        w.DWORD,
        c_void_p,
        POINTER(w.DWORD),
    )
    _declare(
        crypt32.CertGetCertificateChain,
        w.BOOL,
        handle,
        PCCERT_CONTEXT,
        c_void_p,
        handle,
        POINTER(CERT_CHAIN_PARA),
        w.DWORD,
        c_void_p,
        POINTER(POINTER(CERT_CHAIN_CONTEXT)),
    )
    _declare(crypt32.CertFreeCertificateChain, None, POINTER(CERT_CHAIN_CONTEXT))
    _declare(
        crypt32.CryptAcquireCertificatePrivateKey,
        w.BOOL,
        PCCERT_CONTEXT,
        w.DWORD,
        c_void_p,
        POINTER(c_size_t),
        POINTER(w.DWORD),
        POINTER(w.BOOL),
    )


def _declare_ncrypt(ncrypt: Any) -> None:
    _declare(
        ncrypt.NCryptSignHash,
        w.LONG,
        c_size_t,
        c_void_p,
        POINTER(c_ubyte),
        w.DWORD,
        POINTER(c_ubyte),
        w.DWORD,
        POINTER(w.DWORD),
        w.DWORD,
    )
    _declare(ncrypt.NCryptFreeObject, w.LONG, c_size_t)


def _declare_advapi32(advapi32: Any) -> None:
    _declare(
        advapi32.CryptCreateHash,
        w.BOOL,
        c_size_t,
        w.DWORD,
        c_size_t,
        w.DWORD,
        POINTER(c_size_t),
    )
    _declare(advapi32.CryptSetHashParam, w.BOOL, c_size_t, w.DWORD, POINTER(c_ubyte), w.DWORD)
    _declare(
        advapi32.CryptSignHashW,
        w.BOOL,
        c_size_t,
        w.DWORD,
        c_wchar_p,
        w.DWORD,
        POINTER(c_ubyte),
        POINTER(w.DWORD),
    )
    _declare(advapi32.CryptDestroyHash, w.BOOL, c_size_t)
    _declare(advapi32.CryptReleaseContext, w.BOOL, c_size_t, w.DWORD)


_LOADED: list[WindowsApi] = []


def windows_api() -> WindowsApi:
    """The three DLLs with their functions declared; loaded once, on Windows only."""
    if sys.platform != "win32":
        raise OSError("the Windows certificate store exists only on Windows")
    if not _LOADED:
        loader = ctypes.WinDLL  # type: ignore[attr-defined,unused-ignore]
        api = WindowsApi(
            crypt32=loader("crypt32.dll", use_last_error=True),
            ncrypt=loader("ncrypt.dll", use_last_error=True),
            advapi32=loader("advapi32.dll", use_last_error=True),
        )
        _declare_crypt32(api.crypt32)
        _declare_ncrypt(api.ncrypt)
        _declare_advapi32(api.advapi32)
        _LOADED.append(api)
    return _LOADED[0]


def last_error() -> int:
    return int(ctypes.get_last_error()) & 0xFFFFFFFF  # type: ignore[attr-defined,unused-ignore]


def byte_buffer(data: bytes) -> Any:
    return (c_ubyte * len(data)).from_buffer_copy(data)
