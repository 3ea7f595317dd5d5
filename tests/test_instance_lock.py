"""Only one copy writes the data: a second is told, and may read or take over."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from pim_desktop.instance_lock import InstanceLock
from pim_desktop.ui.safety.instance_lock_dialog import LockChoice, build_lock_question


def test_second_lock_on_the_same_folder_is_refused(tmp_path: Path) -> None:
    first = InstanceLock(tmp_path / "pim.lock")
    second = InstanceLock(tmp_path / "pim.lock")
    assert first.acquire()
    assert not second.acquire()
    holder = second.holder()
    assert holder is not None and holder.pid == os.getpid()
    first.release()
    assert second.acquire()
    second.release()


def test_lock_of_a_dead_process_is_taken_without_asking(tmp_path: Path) -> None:
    lock_file = tmp_path / "pim.lock"
    script = textwrap.dedent(
        f"""
        import os
        from pim_desktop.instance_lock import InstanceLock
        lock = InstanceLock(__import__("pathlib").Path({str(lock_file)!r}))
        assert lock.acquire()
        os._exit(0)  # dies holding the lock, as after a crash
        """
    )
    subprocess.run([sys.executable, "-c", script], check=True)
    assert lock_file.exists()
    lock = InstanceLock(lock_file)
    assert lock.acquire()
    lock.release()


def test_take_over_removes_a_live_lock(tmp_path: Path) -> None:
    first = InstanceLock(tmp_path / "pim.lock")
    assert first.acquire()
    second = InstanceLock(tmp_path / "pim.lock")
    assert not second.acquire()
    assert second.take_over()
    second.release()


def test_the_question_offers_read_only_take_over_and_quit(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    first = InstanceLock(tmp_path / "pim.lock")
    assert first.acquire()
    box, choices = build_lock_question(InstanceLock(tmp_path / "pim.lock").holder(), tmp_path)
    qtbot.addWidget(box)
    assert "są otwarte" in box.text() and str(os.getpid()) in box.text()
    assert sorted(c.name for c in choices.values()) == ["QUIT", "READ_ONLY", "TAKE_OVER"]
    read_only = next(b for b, c in choices.items() if c is LockChoice.READ_ONLY)
    assert box.defaultButton() is read_only
    box.show()
    qtbot.mouseClick(read_only, __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton)
    assert choices[box.clickedButton()] is LockChoice.READ_ONLY
    assert isinstance(box, QMessageBox)
    first.release()
