"""The one exception of signing and verifying, which says in Polish why it could not be done."""

from __future__ import annotations

from typing import Any

from pim_desktop.domain.signature.codes import SignatureErrorCode
from pim_desktop.domain.signature.wording import ERROR_TEXT


class SignatureError(Exception):
    """Signing or verifying could not be done; ``text()`` says why in Polish.

    ``code`` names the situation; ``detail`` is technical text for the log.
    """

    def __init__(self, code: SignatureErrorCode, detail: str = "", **params: Any) -> None:
        self.code = code
        self.message = ERROR_TEXT[code]
        self.params: dict[str, Any] = {"reason": detail, **params}
        self.detail = detail
        super().__init__(f"{code}: {detail}" if detail else str(code))

    def text(self) -> str:
        return self.message.format(**self.params)
