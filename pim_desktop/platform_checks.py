"""Asks the system what kind of drive a folder is on: local, network or removable.

SQLite's locking is not safe on network shares, and a removable drive can vanish mid-write, so
the program warns about a data folder there. Windows answers through ``GetDriveTypeW``; on
other systems the mount table gives a best-effort answer. This is the one module with calls
that differ per operating system.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path, PureWindowsPath

log = logging.getLogger(__name__)


class DriveKind(StrEnum):
    LOCAL = "local"
    NETWORK = "network"
    REMOVABLE = "removable"
    UNKNOWN = "unknown"


# GetDriveTypeW's answers.
DRIVE_REMOVABLE = 2
DRIVE_FIXED = 3
DRIVE_REMOTE = 4
DRIVE_CDROM = 5
DRIVE_RAMDISK = 6

NETWORK_FILE_SYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "ncpfs",
        "afs",
        "9p",
        "ceph",
        "glusterfs",
        "davfs",
        "fuse.sshfs",
        "fuse.rclone",
        "fuse.davfs2",
        "fuse.glusterfs",
        "fuse.gvfsd-fuse",
        "fuse.s3fs",
    }
)
REMOVABLE_MOUNT_ROOTS = ("/media/", "/run/media/")
_OCTAL_ESCAPE = re.compile(r"\\([0-7]{3})")


def drive_kind(folder: Path) -> DriveKind:
    """What ``folder`` (or the nearest existing folder above it) lies on."""
    try:
        if sys.platform == "win32":
            return windows_drive_kind(str(folder.resolve()), _get_drive_type)
        mounts = Path("/proc/mounts")
        if mounts.is_file():
            return kind_from_mounts(folder.resolve(), mounts.read_text(encoding="utf-8"))
    except OSError as error:
        log.warning("Could not tell the drive kind of %s: %s", folder, error)
    return DriveKind.UNKNOWN


def windows_drive_kind(path: str, get_drive_type: Callable[[str], int]) -> DriveKind:
    """A UNC path (``\\\\serwer\\udział``) is a share; otherwise the drive root is asked."""
    windows_path = PureWindowsPath(path)
    drive = windows_path.drive
    if drive.startswith("\\\\"):
        return DriveKind.NETWORK
    if not drive:
        return DriveKind.UNKNOWN
    answer = get_drive_type(drive + "\\")
    if answer == DRIVE_REMOTE:
        return DriveKind.NETWORK
    if answer in (DRIVE_REMOVABLE, DRIVE_CDROM):
        return DriveKind.REMOVABLE
    if answer in (DRIVE_FIXED, DRIVE_RAMDISK):
        return DriveKind.LOCAL
    return DriveKind.UNKNOWN


def _get_drive_type(root: str) -> int:
    import ctypes

    windll = getattr(ctypes, "windll", None)
    if windll is None:
        return 0
    return int(windll.kernel32.GetDriveTypeW(root))


def kind_from_mounts(path: Path, mounts_text: str) -> DriveKind:
    """The kind of the longest mount point holding ``path``, from a ``/proc/mounts`` text."""
    best: tuple[str, str] | None = None
    target = path.as_posix()
    for line in mounts_text.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = _unescape(fields[1])
        if not _is_within(target, mount_point):
            continue
        if best is None or len(mount_point) > len(best[0]):
            best = (mount_point, fields[2])
    if best is None:
        return DriveKind.UNKNOWN
    mount_point, file_system = best
    if file_system in NETWORK_FILE_SYSTEMS or file_system.startswith("nfs"):
        return DriveKind.NETWORK
    if any((mount_point + "/").startswith(root) for root in REMOVABLE_MOUNT_ROOTS):
        return DriveKind.REMOVABLE
    return DriveKind.LOCAL


def _is_within(target: str, mount_point: str) -> bool:
    if mount_point == "/":
        return True
    return target == mount_point or target.startswith(mount_point.rstrip("/") + "/")


def _unescape(field: str) -> str:
    """``/mnt/dane\\040miasta`` → ``/mnt/dane miasta`` (the mount table escapes spaces)."""
    return _OCTAL_ESCAPE.sub(lambda m: chr(int(m.group(1), 8)), field)


def is_risky(kind: DriveKind) -> bool:
    return kind in (DriveKind.NETWORK, DriveKind.REMOVABLE)
