"""Finds the PKCS#11 libraries of Polish qualified-signature providers where they usually install.

Smart-card setup is the hardest part of signing for an officer, so the program looks in the
usual places first and names each library's bitness: a 32-bit library beside a 64-bit program is
shown with the reason it cannot work, not silently skipped. The user may always point at another
library. The list is data: a vendor that moves its library needs one line changed here.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from pim_desktop.signing.pkcs11_tokens import PROGRAM_BITS, library_bits


@dataclass(frozen=True)
class KnownLibrary:
    vendor: str
    # Path patterns; {system32}, {syswow64}, {program_files} and {program_files_x86} are filled
    # from the environment, and a pattern may end in a glob.
    patterns: tuple[str, ...]


@dataclass(frozen=True)
class FoundLibrary:
    vendor: str
    path: Path
    bits: int | None

    @property
    def usable(self) -> bool:
        return self.bits is None or self.bits == PROGRAM_BITS


WINDOWS_LIBRARIES: tuple[KnownLibrary, ...] = (
    KnownLibrary(
        "Certum – karta kryptograficzna (proCertum CardManager)",
        (
            "{system32}/cryptoCertum3PKCS.dll",
            "{program_files}/Certum/proCertum CardManager/cryptoCertum3PKCS.dll",
            "{syswow64}/cryptoCertum3PKCS.dll",
        ),
    ),
    KnownLibrary(
        "Certum SimplySign – podpis w chmurze",
        (
            "{program_files}/Certum/SimplySign Desktop/SimplySignPKCS*.dll",
            "{system32}/SimplySignPKCS*.dll",
            "{program_files_x86}/Certum/SimplySign Desktop/SimplySignPKCS*.dll",
        ),
    ),
    KnownLibrary(
        "KIR Szafir – CryptoCard Suite",
        (
            "{system32}/crypto3PKCS.dll",
            "{program_files}/CryptoTech/CryptoCard Suite/crypto3PKCS.dll",
            "{syswow64}/crypto3PKCS.dll",
        ),
    ),
    KnownLibrary(
        "Eurocert – SafeNet Authentication Client",
        ("{system32}/eTPKCS11.dll", "{syswow64}/eTPKCS11.dll"),
    ),
    KnownLibrary(
        "Eurocert – Thales IDPrime",
        ("{system32}/IDPrimePKCS11.dll", "{syswow64}/IDPrimePKCS11.dll"),
    ),
    KnownLibrary(
        "PWPW Sigillum",
        (
            "{system32}/SigillumPKCS11.dll",
            "{program_files}/PWPW/Sigillum*/*pkcs11*.dll",
            "{program_files}/Sigillum*/*pkcs11*.dll",
            "{syswow64}/SigillumPKCS11.dll",
        ),
    ),
    KnownLibrary(
        "OpenSC (karty zgodne z PKCS#15, e-dowód)",
        ("{program_files}/OpenSC Project/OpenSC/pkcs11/opensc-pkcs11.dll",),
    ),
)

UNIX_LIBRARIES: tuple[KnownLibrary, ...] = (
    KnownLibrary(
        "SoftHSM (token programowy)",
        (
            "/usr/lib/softhsm/libsofthsm2.so",
            "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
            "/usr/local/lib/softhsm/libsofthsm2.so",
        ),
    ),
    KnownLibrary(
        "OpenSC (karty zgodne z PKCS#15, e-dowód)",
        (
            "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so",
            "/usr/lib/x86_64-linux-gnu/pkcs11/opensc-pkcs11.so",
            "/usr/lib/opensc-pkcs11.so",
            "/usr/local/lib/opensc-pkcs11.so",
            "/Library/OpenSC/lib/opensc-pkcs11.so",
        ),
    ),
)


def known_libraries(platform: str | None = None) -> tuple[KnownLibrary, ...]:
    return WINDOWS_LIBRARIES if (platform or sys.platform) == "win32" else UNIX_LIBRARIES


def windows_folders(environ: Mapping[str, str]) -> dict[str, str]:
    root = environ.get("SystemRoot") or environ.get("WINDIR") or "C:/Windows"
    return {
        "system32": f"{root}/System32",
        "syswow64": f"{root}/SysWOW64",
        "program_files": environ.get("ProgramW6432")
        or environ.get("ProgramFiles")
        or "C:/Program Files",
        "program_files_x86": environ.get("ProgramFiles(x86)") or "C:/Program Files (x86)",
    }


def discover(
    catalogue: tuple[KnownLibrary, ...] | None = None,
    environ: Mapping[str, str] | None = None,
) -> list[FoundLibrary]:
    """The known libraries present on this computer, usable ones first, each path once."""
    env = os.environ if environ is None else environ
    folders = windows_folders(env)
    found: list[FoundLibrary] = []
    seen: set[str] = set()
    for known in catalogue if catalogue is not None else known_libraries():
        for pattern in known.patterns:
            for path in _expand(pattern.format(**folders)):
                key = os.path.normcase(str(path))
                if key in seen or not path.is_file():
                    continue
                seen.add(key)
                found.append(FoundLibrary(known.vendor, path, library_bits(path)))
    return sorted(found, key=lambda library: not library.usable)


def _expand(pattern: str) -> list[Path]:
    path = Path(pattern)
    if not any(char in pattern for char in "*?["):
        return [path]
    anchor = Path(path.anchor) if path.anchor else Path()
    relative = str(path.relative_to(anchor)) if path.anchor else pattern
    try:
        return sorted(anchor.glob(relative))
    except (OSError, ValueError):
        return []
