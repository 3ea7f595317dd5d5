"""Times whole processes in pairs: the program's step and its floor or rival, run by turns in the
same session so that both meet the same machine, and reports medians and their ratio."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROUNDS = 5
# A line a driver writes to stderr when its clock stops (perf_counter is the system's monotonic
# clock, shared by every process on the machine).
STOP_MARK = "STOPPED "


@dataclass(frozen=True)
class Pair:
    what: str
    ours: list[float]
    theirs: list[float]

    @property
    def ratio(self) -> float:
        return statistics.median(self.ours) / statistics.median(self.theirs)

    def report(self) -> str:
        return (
            f"{self.what}: PIM Desktop {statistics.median(self.ours):.3f} s, "
            f"floor {statistics.median(self.theirs):.3f} s, ratio {self.ratio:.2f}× "
            f"(medians of {len(self.ours)}; ours {_list(self.ours)}; floor {_list(self.theirs)})"
        )


def _list(times: list[float]) -> str:
    return ", ".join(f"{value:.3f}" for value in times)


def program_env(home: Path) -> dict[str, str]:
    """The program's environment as on a user's machine: bytecode written and reused."""
    env = {**os.environ, "PIM_DESKTOP_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def timed_run(args: Sequence[str], env: dict[str, str], *, stop_mark: bool = False) -> float:
    """Seconds from starting the process to its end, or to its ``STOPPED`` line."""
    start = time.perf_counter()
    result = subprocess.run(list(args), env=env, capture_output=True, text=True, check=False)
    end = time.perf_counter()
    if result.returncode != 0:
        raise RuntimeError(f"{args[:4]} failed ({result.returncode}): {result.stderr[-2000:]}")
    if not stop_mark:
        return end - start
    line = next(line for line in result.stderr.splitlines() if line.startswith(STOP_MARK))
    return float(line.removeprefix(STOP_MARK)) - start


def pair(
    what: str, ours: Callable[[], float], theirs: Callable[[], float], rounds: int = ROUNDS
) -> Pair:
    """Warm both once (the file cache: "cold" means a new process), then alternate."""
    ours()
    theirs()
    mine: list[float] = []
    floor: list[float] = []
    for _ in range(rounds):
        mine.append(ours())
        floor.append(theirs())
    result = Pair(what, mine, floor)
    sys.stdout.write(result.report() + "\n")
    return result


def program(*argv: str) -> list[str]:
    return [sys.executable, "-m", "pim_desktop", *argv]
