"""The program run as a user runs it, for the command line's tests: a real process on the test's
own data folder, offscreen, with no secret or officer's name of the person running the tests
unless the test gives one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

# Variables the program reads that the person running the tests may have set for themselves.
_LEFT_OUT = ("PIM_DESKTOP_SECRET", "PIM_DESKTOP_OFFICER")

# Runs the program in a fresh interpreter, prints the modules it imported and leaves with the
# program's own exit code.
PROBE = """
import json, sys
from pim_desktop.app import main
try:
    code = main(sys.argv[1:])
except SystemExit as leaving:
    code = leaving.code
sys.stdout.flush()
sys.stderr.write("MODULES " + json.dumps(sorted(sys.modules)) + "\\n")
sys.exit(code)
"""


def run_cli(
    home: Path, *args: str, env: Mapping[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``pim-desktop ARGS`` on the data folder ``home``; ``env`` adds or replaces variables."""
    return _run(home, ["-m", "pim_desktop", *args], env)


def run_probed(
    home: Path, *args: str, env: Mapping[str, str] | None = None
) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    """As ``run_cli``, and the modules the program imported on the way."""
    result = _run(home, ["-c", PROBE, *args], env)
    line = next(line for line in result.stderr.splitlines() if line.startswith("MODULES "))
    return result, set(json.loads(line.removeprefix("MODULES ")))


def families(modules: set[str]) -> set[str]:
    """The top-level packages of ``modules`` (``sqlalchemy``, ``PySide6``, …)."""
    return {name.split(".")[0] for name in modules}


def _run(
    home: Path, argv: list[str], env: Mapping[str, str] | None
) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in _LEFT_OUT}
    environment.update(PIM_DESKTOP_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, *argv],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        timeout=180,
        check=False,
    )
