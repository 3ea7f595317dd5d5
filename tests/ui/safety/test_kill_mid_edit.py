"""A kill in the middle of typing costs at most what was typed since the last save.

A real process runs the real editor offscreen (a small driver written here, importing the
program's own classes) and types into a field key by key. After each save the editor reports,
the driver prints an acknowledgement with what the database now holds. The test kills the
process with SIGKILL while it types, then opens the database: every acknowledged edit is there.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pim_desktop.app import open_database
from pim_desktop.paths import AppPaths
from pim_desktop.persistence.backups import quick_check

DRIVER = r"""
import json
import os
import sys

os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from pim_desktop.app import open_database
from pim_desktop.domain.forms.definition import Role
from pim_desktop.paths import AppPaths
from pim_desktop.ui.applications.application_editor import ApplicationEditor

KEY_INTERVAL_MS = 15
app = QApplication([])
context = open_database(AppPaths.under(Path(sys.argv[1])).ensure(), read_only=False)
definition = context.applications.catalog.latest("pim2021")
application = context.applications.create(definition, Role.LEADER, "miasto_zielone")
editor = ApplicationEditor(context.applications, application)
editor.resize(900, 700)
editor.show()
editor.show_field("motivation")
field = editor.findChild(QPlainTextEdit, "motivation")
field.setFocus()
print(f"READY {application.id}", flush=True)

# Words typed one key at a time: " słowo0 słowo1 ...", Polish letters included.
pending = []
counter = 0


def press_next_key():
    global counter
    if not pending:
        pending.extend(f" słowo{counter}")
        counter += 1
    char = pending.pop(0)
    key = Qt.Key(ord(char.upper())) if char.isascii() and char.isalnum() else Qt.Key.Key_unknown
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(field, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))
    print(f"TYPED {len(field.toPlainText())}", flush=True)


def acknowledge(application_id):
    # Emitted only after the service's transaction has committed: this text is in the file.
    stored = editor.application.values.get("motivation", "")
    print("ACK " + json.dumps(stored), flush=True)


editor.saved.connect(acknowledge)
typing = QTimer()
typing.timeout.connect(press_next_key)
typing.start(KEY_INTERVAL_MS)
app.exec()
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is a POSIX signal")
def test_every_acknowledged_edit_survives_a_kill(tmp_path: Path) -> None:
    home = tmp_path / "urząd po awarii"
    driver = tmp_path / "edytor_pod_obciazeniem.py"
    driver.write_text(DRIVER, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    process = subprocess.Popen(
        [sys.executable, str(driver), str(home)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=env,
    )
    assert process.stdout is not None
    acknowledged: list[str] = []
    typed_lines: list[str] = []
    deadline = time.monotonic() + 90
    try:
        ready = process.stdout.readline()
        assert ready.startswith("READY"), ready + (process.stderr.read() if process.stderr else "")
        application_id = int(ready.split()[1])
        while len(acknowledged) < 6 and time.monotonic() < deadline:
            line = process.stdout.readline()
            assert line, "the editor stopped: " + (process.stderr.read() if process.stderr else "")
            if line.startswith("ACK"):
                acknowledged.append(line)
            elif line.startswith("TYPED"):
                typed_lines.append(line)
        # Mid-stream: keys keep coming and the next save is pending when the kill lands.
        time.sleep(0.35)
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.kill()
        rest, _errors = process.communicate(timeout=30)
    acknowledged += [line for line in rest.splitlines() if line.startswith("ACK")]
    # A loaded machine may not give the editor a moment to type between the last line read
    # and the kill: the keys typed are counted from every line it printed.
    typed_lines += [line for line in rest.splitlines() if line.startswith("TYPED")]
    typed = max(int(line.split()[1]) for line in typed_lines)
    assert process.returncode == -signal.SIGKILL
    saved_texts = [json.loads(line.removeprefix("ACK ")) for line in acknowledged]
    assert len(saved_texts) >= 6 and len(saved_texts[-1]) > len(saved_texts[0])

    paths = AppPaths.under(home)
    assert quick_check(paths.database_file) is None  # the kill did not damage the file
    context = open_database(paths, read_only=False)
    try:
        stored = str(context.applications.load(application_id).values["motivation"])
    finally:
        context.close()
    # Typing only adds at the end, so every acknowledged text must begin what is stored:
    # each acknowledged edit is there, and only keys typed after the last save may be lost.
    for text in saved_texts:
        assert stored.startswith(text)
    assert len(stored) >= len(saved_texts[-1]) > 0
    # What is lost is only the last moment of typing: at 15 ms a key, 150 keys are 2.25 s.
    assert typed - len(stored) <= 150
