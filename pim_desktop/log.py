"""Sets up logging to a rotating file in the log folder (and to stderr for the command line)."""

from __future__ import annotations

import logging
from pathlib import Path

LOG_FILE_NAME = "pim-desktop.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_MAX_BYTES = 2_000_000
_BACKUP_COUNT = 5


class _RotatingFileOnFirstRecord(logging.Handler):
    """The rotating log file, opened with the first record.

    A command that logs nothing (a draft print) then neither opens the file nor imports
    ``logging.handlers``, whose sockets, pickling and queues cost it more than its own work.
    """

    def __init__(self, log_file: Path) -> None:
        super().__init__()
        self._log_file = log_file
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            import logging.handlers

            self._file = logging.handlers.RotatingFileHandler(
                self._log_file, maxBytes=_MAX_BYTES, backupCount=_BACKUP_COUNT, encoding="utf-8"
            )
            self._file.setFormatter(self.formatter)
        self._file.emit(record)

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def configure_logging(log_dir: Path, *, to_stderr: bool = False, level: int = logging.INFO) -> Path:
    """Route every logger to ``log_dir``; return the log file's path."""
    log_file = log_dir / LOG_FILE_NAME
    close_logging()
    root = logging.getLogger()
    handlers: list[logging.Handler] = [_RotatingFileOnFirstRecord(log_file)]
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
