"""The longest the UI thread stalls while an officer signs through the wizard; goal: under 50 ms.

A timer on the UI thread asks to tick every 5 ms; a gap between two ticks longer than that is
time the window could not draw. It runs from Next on the password step (the key opens) until
the wizard has closed after a PAdES B-T signature with a timestamp from 127.0.0.1, answered by
another process (a timestamp authority in this process would stall it with its own signing).
The floor is the same timer left idle for as long, in the same run. Opening the key and signing are
measured apart. The wizard opens once the window has loaded the signing libraries and started the
process that opens .p12 files, as when an officer reads the applications page first.

Run on demand: ``uv run pytest tests/benchmarks/test_signing_wizard_stall.py --benchmark-only -s``.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QWizard
from pytest_benchmark.fixture import BenchmarkFixture
from pytestqt.qtbot import QtBot
from qt_typing import send_text
from signing_pki import P12_PASSWORD, SigningPki
from ui.signing.wizard_steps import SLOW_MS, leader_ready, open_wizard, press

from pim_desktop.context import AppContext
from pim_desktop.paths import AppPaths
from pim_desktop.ui.app_events import AppEvents
from pim_desktop.ui.common.task_runner import TaskRunner
from pim_desktop.ui.main_window import MainWindow
from pim_desktop.ui.qt_application import prepare_application
from pim_desktop.ui.signing.steps import SECRET_PAGE, SIGNING_PAGE

TICK_MS = 5
GOAL_MS = 50.0


class StallMeter(QObject):
    """The longest gap between two ticks of a UI-thread timer, beyond the tick itself."""

    def __init__(self) -> None:
        super().__init__()
        self.longest_ms = 0.0
        self._last = 0.0
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._on_tick)

    def start(self) -> None:
        self.longest_ms = 0.0
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> float:
        self._on_tick()
        self._timer.stop()
        return self.longest_ms

    def _on_tick(self) -> None:
        now = time.perf_counter()
        self.longest_ms = max(self.longest_ms, (now - self._last) * 1000 - TICK_MS)
        self._last = now


SERVER = """
import sys
from pathlib import Path

sys.path.insert(0, {tests!r})
from signing_pki import TimestampServer


class Tsa:
    der = Path({tsa!r}).read_bytes()

    def key_der(self):
        return Path({key!r}).read_bytes()


with TimestampServer(Tsa(), Path({ca!r}).read_bytes()) as server:
    print(server.url, flush=True)
    sys.stdin.read()
"""


@pytest.fixture
def timestamp_url(pki: SigningPki, tmp_path: Path) -> Iterator[str]:
    """A timestamp authority on 127.0.0.1 in its own process, running until stdin closes."""
    files = {"tsa": pki.tsa.der, "key": pki.tsa.key_der(), "ca": pki.ca_der}
    for name, data in files.items():
        (tmp_path / f"{name}.der").write_bytes(data)
    script = SERVER.format(
        tests=str(Path(__file__).parents[1]), **{n: str(tmp_path / f"{n}.der") for n in files}
    )
    server = subprocess.Popen(
        [sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert server.stdout is not None and server.stdin is not None
    yield server.stdout.readline().strip()
    server.stdin.close()
    server.wait(timeout=10)


@pytest.fixture
def window(
    qtbot: QtBot, qapp: QApplication, paths: AppPaths, context: AppContext
) -> Iterator[MainWindow]:
    translators = prepare_application(qapp, "pl", paths.cache_dir)
    shown = MainWindow(context, AppEvents(), paths.log_dir / "pim-desktop.log", runner=TaskRunner())
    qtbot.addWidget(shown)
    shown.show()
    yield shown
    for translator in translators:
        qapp.removeTranslator(translator)


def test_longest_ui_stall_while_signing(
    benchmark: BenchmarkFixture,
    qtbot: QtBot,
    context: AppContext,
    window: MainWindow,
    *,
    pki: SigningPki,
    timestamp_url: str,
    final_pdf: Path,
    tmp_path: Path,
) -> None:
    application_id = leader_ready(context, window)
    # Starting the key-opening process is the last step of the window's warm-up.
    qtbot.waitUntil(lambda: context.signing.key_worker.running, timeout=SLOW_MS)
    context.signing.record_final_pdf(application_id, final_pdf)
    context.signing.set_timestamp_url(timestamp_url)
    meter = StallMeter()
    opening: list[float] = []
    signing: list[float] = []
    durations: list[float] = []

    def sign_once() -> None:
        wizard = open_wizard(context, window, application_id)
        wizard.source_page.file.setChecked(True)
        press(qtbot, wizard, QWizard.WizardButton.NextButton)
        wizard.pkcs12_page.findChild(QLineEdit, "p12_path").setText(str(pki.signer.p12))
        press(qtbot, wizard, QWizard.WizardButton.NextButton)
        assert wizard.currentId() == SECRET_PAGE
        wizard.signing_page.target.setText(str(tmp_path / f"podpisany {len(signing)}.pdf"))
        send_text(wizard.secret_page.secret, P12_PASSWORD)
        started = time.perf_counter()
        meter.start()
        press(qtbot, wizard, QWizard.WizardButton.NextButton)
        qtbot.waitUntil(lambda: wizard.currentId() == SIGNING_PAGE, timeout=SLOW_MS)
        opening.append(meter.stop())
        meter.start()
        press(qtbot, wizard, QWizard.WizardButton.FinishButton)
        qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=SLOW_MS)
        signing.append(meter.stop())
        durations.append(time.perf_counter() - started)
        assert wizard.result() == QWizard.DialogCode.Accepted

    benchmark.pedantic(sign_once, rounds=4, iterations=1)

    meter.start()
    qtbot.wait(int(max(durations) * 1000))
    floor = max(meter.stop(), 0.1)
    benchmark.extra_info["opening_stall_ms"] = [round(ms, 1) for ms in opening]
    benchmark.extra_info["signing_stall_ms"] = [round(ms, 1) for ms in signing]
    benchmark.extra_info["idle_floor_ms"] = round(floor, 1)
    print(  # noqa: T201 - a benchmark prints its figures
        "\nLongest UI stall: "
        f"opening the .p12 key {', '.join(f'{ms:.0f}' for ms in opening)} ms; "
        f"signing with a timestamp {', '.join(f'{ms:.0f}' for ms in signing)} ms; "
        f"idle floor {floor:.1f} ms, so signing's worst is {max(signing[1:]) / floor:.1f}× "
        f"the floor; goal under {GOAL_MS:.0f} ms"
    )
    # Opening a .p12 file: cryptography's full RSA key check (60-190 ms with the GIL held when
    # it ran here) runs in the key-opening process; the window only reads the checked key back
    # (7-14 ms stalls against a 3-5 ms floor when measured). Signing meets the goal on a quiet
    # machine (11-26 ms). The bounds below fail on the old 0.3 s key check per signature and the
    # worker's use is asserted, without failing on a machine whose idle floor is itself tens of
    # milliseconds.
    assert context.signing.key_worker.answered == len(opening), "every key opened in the worker"
    benchmark.extra_info["opening_goal_met"] = max(opening) < GOAL_MS
    benchmark.extra_info["signing_goal_met"] = max(signing[1:]) < GOAL_MS
    assert max(opening) < 3 * GOAL_MS, "opening the key stalled the window"
    assert max(signing[1:]) < 3 * GOAL_MS, "a signature stalled the window (not the first)"
