"""The autosave controller on its own: when it stores, how it retries, what it reports."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QElapsedTimer, QObject, QTimer
from pytestqt.qtbot import QtBot

from pim_desktop.services.errors import StorageError
from pim_desktop.ui.common.autosave import (
    MAX_WAIT_MS,
    RETRY_DELAYS_MS,
    SAVE_DELAY_MS,
    Autosave,
    SaveRefused,
    SaveState,
    SaveStatus,
    status_text,
)

DISK_FULL = "Nie udało się zapisać: na dysku zabrakło miejsca."


class Store:
    """Stands for a service: counts the saves and fails while ``failing`` says so."""

    def __init__(self) -> None:
        self.saves = 0
        self.failing: Exception | None = None

    def __call__(self) -> None:
        if self.failing is not None:
            raise self.failing
        self.saves += 1


@pytest.fixture
def owner() -> QObject:
    """The editor that owns the controller, alive for the whole test."""
    return QObject()


def make(owner: QObject, store: Store) -> tuple[Autosave, list[SaveStatus]]:
    autosave = Autosave(store, owner)
    seen: list[SaveStatus] = []
    autosave.status_changed.connect(seen.append)
    return autosave, seen


def test_edits_in_a_burst_are_stored_once_after_the_pause(qtbot: QtBot, owner: QObject) -> None:
    store = Store()
    autosave, seen = make(owner, store)
    clock = QElapsedTimer()
    clock.start()
    for _ in range(5):
        autosave.edited()
    assert autosave.has_unsaved_changes()
    assert seen[-1].state is SaveState.UNSAVED
    with qtbot.waitSignal(autosave.saved, timeout=3000):
        pass
    assert clock.elapsed() >= SAVE_DELAY_MS - 50
    assert store.saves == 1
    assert not autosave.has_unsaved_changes()
    assert seen[-1].state is SaveState.SAVED and seen[-1].saved_at is not None


def test_steady_typing_is_still_stored_within_the_longest_wait(
    qtbot: QtBot, owner: QObject
) -> None:
    store = Store()
    autosave, _seen = make(owner, store)
    typing = QTimer()
    typing.timeout.connect(autosave.edited)
    clock = QElapsedTimer()
    clock.start()
    autosave.edited()
    typing.start(SAVE_DELAY_MS // 5)  # keys come faster than the pause ever runs out
    try:
        with qtbot.waitSignal(autosave.saved, timeout=MAX_WAIT_MS + 2000):
            pass
    finally:
        typing.stop()
    assert MAX_WAIT_MS - 100 <= clock.elapsed() < MAX_WAIT_MS + 1000
    assert store.saves == 1


def test_a_failed_save_keeps_the_edit_and_retries_less_and_less_often(
    qtbot: QtBot, owner: QObject
) -> None:
    store = Store()
    store.failing = StorageError(DISK_FULL)
    autosave, seen = make(owner, store)
    autosave.edited()
    assert not autosave.flush()
    assert autosave.has_unsaved_changes()
    assert seen[-1] == SaveStatus(
        SaveState.FAILED, reason=DISK_FULL, retry_in_ms=RETRY_DELAYS_MS[0]
    )
    assert DISK_FULL in status_text(seen[-1]) and status_text(seen[-1]).startswith("⚠")
    assert not autosave.flush()
    assert seen[-1].retry_in_ms == RETRY_DELAYS_MS[1]
    for _ in RETRY_DELAYS_MS:
        autosave.flush()
    assert seen[-1].retry_in_ms == RETRY_DELAYS_MS[-1]  # the back-off stops growing

    # An edit while saving fails waits for the retry rather than hammering the disk.
    autosave.edited()
    assert seen[-1].state is SaveState.FAILED

    store.failing = None
    assert autosave.flush()
    assert store.saves == 1 and not autosave.has_unsaved_changes()
    store.failing = StorageError(DISK_FULL)
    autosave.edited()
    autosave.flush()
    assert seen[-1].retry_in_ms == RETRY_DELAYS_MS[0]  # a success starts the back-off afresh


def test_the_retry_stores_the_edit_by_itself_once_the_fault_is_gone(
    qtbot: QtBot, owner: QObject
) -> None:
    store = Store()
    store.failing = StorageError(DISK_FULL)
    autosave, seen = make(owner, store)
    autosave.edited()
    qtbot.waitUntil(lambda: bool(seen) and seen[-1].state is SaveState.FAILED, timeout=3000)
    store.failing = None
    with qtbot.waitSignal(autosave.saved, timeout=RETRY_DELAYS_MS[0] + 2000):
        pass
    assert store.saves == 1 and not autosave.has_unsaved_changes()


def test_a_refused_edit_is_dropped_with_its_reason(qtbot: QtBot, owner: QObject) -> None:
    store = Store()
    store.failing = SaveRefused("Wniosek jest zamrożony.")
    autosave, seen = make(owner, store)
    autosave.edited()
    assert not autosave.flush()
    assert seen[-1] == SaveStatus(SaveState.REFUSED, reason="Wniosek jest zamrożony.")
    assert not autosave.has_unsaved_changes()
    assert autosave.flush()  # nothing left to store


def test_discard_forgets_the_edit_so_it_is_never_written(qtbot: QtBot, owner: QObject) -> None:
    store = Store()
    autosave, seen = make(owner, store)
    autosave.edited()
    autosave.discard()
    assert not autosave.has_unsaved_changes()
    assert seen[-1].state is SaveState.CLEAN
    assert status_text(seen[-1], clean="Zmiany zapisują się same.") == "Zmiany zapisują się same."
    with qtbot.assertNotEmitted(autosave.saved, wait=SAVE_DELAY_MS + 200):
        pass  # a timer still running would store the edit now
    assert store.saves == 0


def test_a_save_whose_own_events_flush_again_stores_once(qtbot: QtBot, owner: QObject) -> None:
    store = Store()
    calls: list[bool] = []

    def save() -> None:
        store()
        calls.append(autosave.flush())  # a page refreshed by the save flushes the editor

    autosave = Autosave(save, owner)
    autosave.edited()
    assert autosave.flush()
    assert store.saves == 1 and calls == [True]


def test_filling_the_editor_and_a_read_only_editor_report_no_edits(
    qtbot: QtBot, owner: QObject
) -> None:
    store = Store()
    autosave, seen = make(owner, store)
    autosave.edited()  # typed, then the editor is refilled from the store
    with autosave.filling():
        autosave.edited()  # the widgets' change signals while their text is set
    assert not autosave.has_unsaved_changes()
    assert seen[-1].state is SaveState.CLEAN
    autosave.set_read_only(True)
    autosave.edited()
    assert not autosave.has_unsaved_changes()
    with qtbot.assertNotEmitted(autosave.saved, wait=SAVE_DELAY_MS + 200):
        pass
    assert store.saves == 0
    autosave.set_read_only(False)
    autosave.edited()
    assert autosave.flush() and store.saves == 1
