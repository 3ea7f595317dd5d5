"""Keeps the garbage collector's pauses short as the program loads its libraries.

What a library leaves behind when it loads (modules, classes, functions, font tables) lives as
long as the program, yet a full collection walks every object the collector tracks while
holding the GIL, whichever thread triggers it: the window stops for as long. With the signing
libraries loaded that is about 200 000 objects and 0.35 s on the machine the stall benchmark
ran on, and it struck the first PDF after the start. Once a task has loaded a library, the objects
alive then are frozen out of the collector's sight (``gc.freeze``), so later collections walk
only what is new; a library loaded ahead of need is loaded with the collector paused.
"""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Callable

log = logging.getLogger(__name__)

# A library, not a page module: pyHanko brings some 400 modules, reportlab's documents 60.
LIBRARY_MODULES = 20


class LongLivedObjects:
    """Notices the loading of a library between two calls of ``settle``."""

    def __init__(self) -> None:
        self._modules = len(sys.modules)

    def settle(self) -> bool:
        """Freeze what is alive now if a library was loaded since the last call (True then)."""
        loaded = len(sys.modules) - self._modules
        self._modules = len(sys.modules)
        if loaded < LIBRARY_MODULES:
            return False
        gc.collect(1)  # the young garbage goes first: a frozen object is never freed
        gc.freeze()
        log.debug("%d modules loaded; the objects alive now are kept for good", loaded)
        return True


def loaded_for_good(load: Callable[[], None]) -> Callable[[], None]:
    """``load`` (importing a library) with the collector paused, its objects frozen after.

    An import makes tens of thousands of objects that all live on; every full collection on
    the way would walk them, and the first signature's libraries took 0.2 s pauses that way.
    """

    def run() -> None:
        gc.disable()
        try:
            load()
        finally:
            gc.freeze()
            gc.enable()

    return run
