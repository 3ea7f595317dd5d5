"""The signing wizard's pages by number: a path through a card, a certificate file or the store.

A card or a file is four steps for the officer (where the certificate is; which one; the PIN or
password; check and sign); the Windows certificate store is three, as Windows itself asks for
the card's PIN. Each page's title says which step it is.
"""

from __future__ import annotations

SOURCE_PAGE, TOKEN_PAGE, PKCS12_PAGE, SECRET_PAGE, SIGNING_PAGE, STORE_PAGE = range(6)
