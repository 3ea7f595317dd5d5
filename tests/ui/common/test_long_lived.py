"""Once a library has loaded, its objects leave the garbage collector's sight, so a later full
collection, which holds the GIL and stops the window, walks only what is new."""

from __future__ import annotations

import gc
import importlib
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from pim_desktop.ui.common.long_lived import LIBRARY_MODULES, LongLivedObjects


@pytest.fixture
def unfrozen() -> Iterator[None]:
    gc.unfreeze()
    yield
    gc.unfreeze()  # the rest of the tests' objects stay collectable


def make_library(folder: Path, name: str, modules: int) -> None:
    package = folder / name
    package.mkdir()
    (package / "__init__.py").write_text(
        "".join(f"from . import part_{n}\n" for n in range(modules)), encoding="utf-8"
    )
    for n in range(modules):
        (package / f"part_{n}.py").write_text(f"class Part{n}:\n    pass\n", encoding="utf-8")


def test_objects_are_kept_for_good_after_a_library_loads_and_not_after_a_module(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, unfrozen: None
) -> None:
    make_library(tmp_path, "small_page", 1)
    make_library(tmp_path, "big_library", LIBRARY_MODULES)
    monkeypatch.syspath_prepend(str(tmp_path))
    objects = LongLivedObjects()
    importlib.import_module("small_page")
    assert not objects.settle()
    assert gc.get_freeze_count() == 0
    library = importlib.import_module("big_library")
    assert objects.settle()
    assert gc.get_freeze_count() > 0
    assert not any(library is found for found in gc.get_objects())  # out of the collector's walk
    assert not objects.settle()  # nothing new loaded since
    for name in [name for name in sys.modules if name.startswith(("small_page", "big_library"))]:
        del sys.modules[name]
