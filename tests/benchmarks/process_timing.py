"""Times whole processes in pairs: the program's step and its floor or rival, run by turns in the
same session so that both meet the same machine, and reports medians and their ratio.

Besides the wall-clock time each run's processor time (user + system, the process and the
children it waited for) is reported: on a machine shared with other work it moves far less.
"""

from __future__ import annotations

import os
import resource
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
class Run:
    wall: float
    cpu: float


@dataclass(frozen=True)
class Pair:
    what: str
    ours: list[Run]
    theirs: list[Run]

    @property
    def ratio(self) -> float:
        return _median(self.ours, "wall") / _median(self.theirs, "wall")

    @property
    def cpu_ratio(self) -> float:
        return _median(self.ours, "cpu") / _median(self.theirs, "cpu")

    def report(self) -> str:
        return (
            f"{self.what}: wall PIM Desktop {_median(self.ours, 'wall'):.3f} s, floor "
            f"{_median(self.theirs, 'wall'):.3f} s, ratio {self.ratio:.2f}×; processor time "
            f"{_median(self.ours, 'cpu'):.3f} s vs {_median(self.theirs, 'cpu'):.3f} s, ratio "
            f"{self.cpu_ratio:.2f}× (medians of {len(self.ours)}; wall ours "
            f"{_list(self.ours)}; floor {_list(self.theirs)})"
        )


def _median(runs: list[Run], field: str) -> float:
    return statistics.median(getattr(run, field) for run in runs)


def _list(runs: list[Run]) -> str:
    return ", ".join(f"{run.wall:.3f}" for run in runs)


def program_env(home: Path) -> dict[str, str]:
    """The program's environment as on a user's machine: bytecode written and reused."""
    env = {**os.environ, "PIM_DESKTOP_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_run(args: Sequence[str], env: dict[str, str], *, stop_mark: bool = False) -> Run:
    """From starting the process to its end, or to its ``STOPPED`` line (wall clock)."""
    cpu_before = _children_cpu()
    start = time.perf_counter()
    result = subprocess.run(list(args), env=env, capture_output=True, text=True, check=False)
    end = time.perf_counter()
    cpu = _children_cpu() - cpu_before
    if result.returncode != 0:
        raise RuntimeError(f"{args[:4]} failed ({result.returncode}): {result.stderr[-2000:]}")
    if not stop_mark:
        return Run(end - start, cpu)
    line = next(line for line in result.stderr.splitlines() if line.startswith(STOP_MARK))
    return Run(float(line.removeprefix(STOP_MARK)) - start, cpu)


def pair(
    what: str, ours: Callable[[], Run], theirs: Callable[[], Run], rounds: int = ROUNDS
) -> Pair:
    """Warm both once (the file cache: "cold" means a new process), then alternate."""
    ours()
    theirs()
    mine: list[Run] = []
    floor: list[Run] = []
    for _ in range(rounds):
        mine.append(ours())
        floor.append(theirs())
    result = Pair(what, mine, floor)
    sys.stdout.write(result.report() + "\n")
    return result


def program(*argv: str) -> list[str]:
    return [sys.executable, "-m", "pim_desktop", *argv]
