"""The signing wizard's pages by number: one path through a card, one through a certificate file.

Either path is four steps for the officer (where the certificate is; which one; the PIN or
password; check and sign), and each page's title says which step it is.
"""

from __future__ import annotations

SOURCE_PAGE, TOKEN_PAGE, PKCS12_PAGE, SECRET_PAGE, SIGNING_PAGE = range(5)
