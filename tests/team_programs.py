"""Two officers' programs on one team database, each with its own data folder and name, and a
way to wait for what one of them hears from the server."""

from __future__ import annotations

import queue
import time
from pathlib import Path

from sqlalchemy.engine import URL

from pim_desktop.app import open_database
from pim_desktop.context import AppContext
from pim_desktop.domain.team_notices import ChangeNotice
from pim_desktop.paths import AppPaths

# How soon a colleague's change must reach the other screens.
WITHIN_S = 2.0
# The promise, and a margin for a loaded test machine's threads (the window's tests give theirs).
HEARD_WITHIN_S = WITHIN_S + 0.5


def open_program(folder: Path, officer: str, team: URL) -> AppContext:
    """An officer's program on the team database, as if started on their own computer."""
    context = open_database(AppPaths.under(folder).ensure(), read_only=False, team=team)
    context.settings.set_officer_name(officer)
    return context


class Heard:
    """The notices a program's listener delivered, in the order they came."""

    def __init__(self) -> None:
        self.notices: queue.Queue[ChangeNotice] = queue.Queue()

    def __call__(self, notice: ChangeNotice) -> None:
        self.notices.put(notice)

    def next(self, timeout: float = HEARD_WITHIN_S) -> ChangeNotice:
        return self.notices.get(timeout=timeout)

    def nothing_for(self, seconds: float) -> bool:
        try:
            self.notices.get(timeout=seconds)
        except queue.Empty:
            return True
        return False


def listening(context: AppContext, heard: Heard) -> AppContext:
    """``context`` with its listener started and connected."""
    live = context.team_live
    assert live is not None
    live.listen(heard)
    assert live.listener is not None
    assert live.listener.listening.wait(10), "the listener did not connect"
    return context


def wait_for(condition: object, timeout: float = HEARD_WITHIN_S) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if callable(condition) and condition():
            return True
        time.sleep(0.02)
    return False
