"""The one door to files under ``resources/``, in the source tree and in a frozen build alike."""

from __future__ import annotations

import sys
from pathlib import Path


def root() -> Path:
    """Return the folder that holds ``resources/``.

    A PyInstaller build unpacks its data next to the program (``sys._MEIPASS``); from source it is
    the repository root, the parent of the ``pim_desktop`` package.
    """
    if getattr(sys, "frozen", False):
        bundle = getattr(sys, "_MEIPASS", None)
        if bundle is not None:
            return Path(bundle)
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def path(*parts: str) -> Path:
    """Return ``<root>/resources/<parts>``; the file is not required to exist."""
    return root().joinpath("resources", *parts)
