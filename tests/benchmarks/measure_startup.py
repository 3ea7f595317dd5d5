"""Cold start to a shown main window, measured from outside the program.

Run: ``uv run python tests/benchmarks/measure_startup.py`` (add ``--importtime`` for the import
profile). It starts the real program on a sample data folder, stops it once the window is shown
and prints the time from starting the process to the shown window.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DRIVER = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import pim_desktop.ui.main_window as main_window

shown = main_window.MainWindow.show

def show_and_leave(self):
    shown(self)
    def leave():
        sys.stderr.write(f"SHOWN {time.perf_counter():.6f}\\n")
        QApplication.quit()
    QTimer.singleShot(0, leave)

main_window.MainWindow.show = show_and_leave
from pim_desktop.app import main
sys.exit(main([]))
"""


def run_once(home: Path, importtime: bool) -> float:
    env = {**os.environ, "PIM_DESKTOP_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    # As on a user's machine, bytecode is written and reused between starts.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    args = [sys.executable, *(["-X", "importtime"] if importtime else []), "-c", DRIVER]
    start = time.perf_counter()
    result = subprocess.run(args, env=env, capture_output=True, text=True, check=True)
    # perf_counter is the system's monotonic clock, shared by both processes.
    shown = next(line for line in result.stderr.splitlines() if line.startswith("SHOWN "))
    elapsed = float(shown.split()[1]) - start
    if importtime:
        slowest = sorted(
            (
                line
                for line in result.stderr.splitlines()
                if line.startswith("import time:") and "cumulative" not in line
            ),
            key=lambda line: int(line.split("|")[1]),
            reverse=True,
        )
        sys.stdout.write("\n".join(slowest[:25]) + "\n")
    return elapsed


def main() -> None:
    importtime = "--importtime" in sys.argv
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        env = {**os.environ, "PIM_DESKTOP_HOME": str(home)}
        subprocess.run(
            [sys.executable, "-m", "pim_desktop", "sample-data"],
            env=env,
            check=True,
            capture_output=True,
        )
        run_once(home, importtime=False)  # warm the file cache: "cold" means a new process
        times = [run_once(home, importtime) for _ in range(1 if importtime else 7)]
    sys.stdout.write(
        "start to shown window: "
        + ", ".join(f"{t:.3f}" for t in times)
        + f" s; median {statistics.median(times):.3f} s\n"
    )


if __name__ == "__main__":
    main()
