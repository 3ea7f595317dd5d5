"""Sets up logging to a rotating file in the log folder (and to stderr for the command line)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FILE_NAME = "pim-desktop.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure_logging(log_dir: Path, *, to_stderr: bool = False, level: int = logging.INFO) -> Path:
    """Route every logger to ``log_dir``; return the log file's path."""
    log_file = log_dir / LOG_FILE_NAME
    close_logging()
    root = logging.getLogger()
    file_handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handlers: list[logging.Handler] = [file_handler]
    if to_stderr:
        terminal = logging.StreamHandler()
        terminal.setLevel(logging.WARNING)
        # The terminal gets the program's own warnings; libraries' (pyHanko logs whole
        # tracebacks for an untrusted certificate) stay in the log file.
        terminal.addFilter(logging.Filter("pim_desktop"))
        handlers.append(terminal)
    for handler in handlers:
        handler.setFormatter(logging.Formatter(_FORMAT))
        handler._pim_desktop = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    root.setLevel(level)
    return log_file


def close_logging() -> None:
    """Close the program's log handlers (a folder about to be removed must not be held open)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_pim_desktop", False):
            root.removeHandler(handler)
            handler.close()
