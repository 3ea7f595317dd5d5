"""Shared fixtures: an offscreen Qt, a fresh data folder with the real migrations per test."""

from __future__ import annotations

import os

# Before PySide6 is imported anywhere: without a display the whole run would abort.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from pim_desktop.app import open_database
from pim_desktop.context import AppContext
from pim_desktop.paths import HOME_VARIABLE, AppPaths


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "dane programu ąę"
    monkeypatch.setenv(HOME_VARIABLE, str(folder))
    return folder


@pytest.fixture
def paths(home: Path) -> AppPaths:
    return AppPaths.from_environment().ensure()


@pytest.fixture
def context(paths: AppPaths) -> Iterator[AppContext]:
    ctx = open_database(paths, read_only=False)
    yield ctx
    ctx.close()
