"""reportlab imported without the parts our documents never use, which a command-line print
would otherwise spend a good share of its time on.

Three things are left out while reportlab's modules load. Text shaping (uharfbuzz): the
documents never ask for it (every style keeps reportlab's ``shaping=0``) and Polish letters need
none. Pictures (Pillow): no document draws one. Neither library is hidden from anything imported
afterwards (pyHanko's signature stamp shapes its text). And the regular expressions reportlab
builds at import: each is compiled when first used rather than at once, so the costly ones that
only serve features we do not use (the address splitter of hyphenation above all) are never
compiled.
"""

from __future__ import annotations

import re
import sys
import types
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

_SHAPING_LIBRARY = "uharfbuzz"
_PICTURES_LIBRARY = "PIL"


class DeferredPattern:
    """A regular expression compiled the first time one of its methods is asked for."""

    def __init__(self, pattern: str | bytes, flags: int) -> None:
        self._pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        value = getattr(_compile(self._pattern, self._flags), name)
        # Kept on the instance, so the next use finds it without coming here again.
        setattr(self, name, value)
        return value


_compile = re.compile


def _deferred_compile(pattern: Any, flags: int = 0) -> Any:
    # Only reportlab's own modules get a deferred pattern; a module it imports on the way (or
    # another thread) gets the usual compiled one.
    caller = sys._getframe(1).f_globals.get("__name__", "")
    if isinstance(pattern, str | bytes) and caller.startswith("reportlab."):
        return DeferredPattern(pattern, flags)
    return _compile(pattern, flags)


@contextmanager
def _reportlab_loading() -> Iterator[None]:
    stand_ins: dict[str, types.ModuleType | None] = {}
    if _SHAPING_LIBRARY not in sys.modules:
        stand_ins[_SHAPING_LIBRARY] = None  # its import fails, and reportlab goes without it
    if _PICTURES_LIBRARY not in sys.modules:
        # reportlab takes ``Image`` from it and, finding None, draws no pictures.
        stand_ins[_PICTURES_LIBRARY] = types.ModuleType(_PICTURES_LIBRARY)
        stand_ins[_PICTURES_LIBRARY].Image = None  # type: ignore[union-attr]
    sys.modules.update(stand_ins)  # type: ignore[arg-type]
    re.compile = _deferred_compile
    try:
        yield
    finally:
        re.compile = _compile
        for name, stand_in in stand_ins.items():
            if sys.modules.get(name, 0) is stand_in:
                del sys.modules[name]


def import_reportlab() -> None:
    """Load the reportlab modules the documents draw with, the lighter way (once a process)."""
    if "reportlab.platypus" in sys.modules:
        return
    with _reportlab_loading():
        import reportlab.platypus  # noqa: F401  # the import is the work
