"""Signing any PDF into a new file, without recording it with an application.

Needs no database: the command line signs a file this way without opening the data layer.
"""

from __future__ import annotations

from pathlib import Path

from pim_desktop.services.settings_service import SettingsService
from pim_desktop.signing.pades import SignedPdf, SigningKey, SigningOptions, sign_pdf


def sign_file(
    source: Path,
    target: Path,
    key: SigningKey,
    settings: SettingsService,
    *,
    location: str = "",
    timestamp_url: str | None = None,
) -> SignedPdf:
    """Sign ``source`` into ``target``; without ``timestamp_url`` the one in Settings is used
    (an empty one signs without a timestamp)."""
    url = settings.load().timestamp_url if timestamp_url is None else timestamp_url
    return sign_pdf(source, target, key, SigningOptions(location=location, timestamp_url=url))
