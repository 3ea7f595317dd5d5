"""The log file: written from the first record on, rotated when it grows, let go when closed;
a command that logs nothing neither opens it nor loads the rotating handler's module."""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from pim_desktop.log import LOG_FILE_NAME, close_logging, configure_logging

PROBE = """
import logging, sys
from pathlib import Path
from pim_desktop.log import configure_logging
log_file = configure_logging(Path(sys.argv[1]), to_stderr=True)
assert "logging.handlers" not in sys.modules, "loaded before any record"
assert not log_file.exists(), "opened before any record"
logging.getLogger("pim_desktop.probe").info("Zażółć gęślą jaźń")
assert "logging.handlers" in sys.modules
print(log_file.read_text(encoding="utf-8"), end="")
"""


@pytest.fixture
def program_logging(tmp_path: Path) -> Iterator[Path]:
    log_file = configure_logging(tmp_path)
    yield log_file
    close_logging()


def test_the_file_is_opened_with_the_first_record(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.endswith(" INFO pim_desktop.probe: Zażółć gęślą jaźń\n")
    assert result.stderr == ""  # the terminal gets warnings only


def test_the_file_rotates_and_is_let_go_when_closed(program_logging: Path) -> None:
    assert program_logging.name == LOG_FILE_NAME
    log = logging.getLogger("pim_desktop.test_log")
    for _ in range(3):
        log.warning("x" * 1_100_000)
    rotated = program_logging.with_name(f"{LOG_FILE_NAME}.1")
    assert rotated.exists() and program_logging.exists()
    assert program_logging.stat().st_size < 2_000_000
    close_logging()
    assert not [h for h in logging.getLogger().handlers if getattr(h, "_pim_desktop", False)]
    log.warning("after closing")
    assert "after closing" not in program_logging.read_text(encoding="utf-8")
