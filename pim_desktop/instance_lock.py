"""Lets only one running copy write the data folder, through Qt's ``QLockFile``.

QLockFile works the same on Windows and Linux and knows a lock left by a dead process on this
machine; a lock from another machine (a shared folder) or a live process needs the user's word.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LockHolder:
    pid: int
    hostname: str
    application: str


class InstanceLock:
    def __init__(self, lock_file: Path) -> None:
        self._path = lock_file
        self._lock = QLockFile(str(lock_file))
        # An age limit would let a second copy steal the lock of a program left open all day.
        self._lock.setStaleLockTime(0)

    def acquire(self) -> bool:
        return self._lock.tryLock(0)

    def holder(self) -> LockHolder | None:
        info = self._lock.getLockInfo()
        if not info or len(info) < 3:
            return None
        pid, hostname, application = info[-3:]
        if not pid:
            return None
        return LockHolder(int(pid), str(hostname), str(application))

    def take_over(self) -> bool:
        """Remove the other copy's lock (the user said it no longer runs) and take it."""
        holder = self.holder()
        log.warning("Taking over the data lock held by %s", holder)
        if not self._lock.removeStaleLockFile():
            self._path.unlink(missing_ok=True)
        return self.acquire()

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()
