"""The open signing key as the interface holds it: an opaque handle, and how a signature stops.

The interface never touches a private key or a card session: it keeps a ``KeyHandle`` that says
whose certificate it is and can be closed, and hands it back to ``SigningService.sign``.
"""

from __future__ import annotations

import threading

from pim_desktop.domain.signature import CertificateSummary
from pim_desktop.signing.pades import SigningCancelled, SigningKey

__all__ = ["KeyHandle", "SigningCancelled"]


class KeyHandle:
    """An open key: a certificate file read with its password, or a card logged in with its PIN.

    Some vendors' PKCS#11 libraries are not thread-safe, so a card session is used only on the
    thread that opened it: the interface opens, signs and closes through its one task runner,
    whose single worker thread stays alive, and a call from any other thread is refused here
    rather than left to crash inside a vendor's library.
    """

    def __init__(self, key: SigningKey) -> None:
        self._key: SigningKey | None = key
        self._thread = threading.get_ident()
        self.summary: CertificateSummary = key.summary

    @property
    def is_open(self) -> bool:
        return self._key is not None

    def key(self) -> SigningKey:
        """The key itself, for the signing service, on the thread that opened it."""
        self._check_thread()
        if self._key is None:
            raise RuntimeError("the signing key is already closed")
        return self._key

    def close(self) -> None:
        """End the card session (logging out); closing twice does nothing."""
        if self._key is None:
            return
        self._check_thread()
        key, self._key = self._key, None
        key.close()

    def _check_thread(self) -> None:
        if threading.get_ident() != self._thread:
            raise RuntimeError("a signing key is used only on the thread that opened it")
