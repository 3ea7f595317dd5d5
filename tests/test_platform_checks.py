"""Telling a network share or a removable drive from a local disk."""

from __future__ import annotations

from pathlib import Path

import pytest

from pim_desktop.platform_checks import (
    DRIVE_FIXED,
    DRIVE_REMOTE,
    DRIVE_REMOVABLE,
    DriveKind,
    drive_kind,
    kind_from_mounts,
    windows_drive_kind,
)

MOUNTS = """\
/dev/vda1 / ext4 rw,relatime 0 0
proc /proc proc rw 0 0
//serwer.urzad.local/wydzial /mnt/wydzial cifs rw,vers=3.0 0 0
serwer:/eksport /mnt/nfs nfs4 rw 0 0
/dev/sdb1 /media/urzednik/PENDRIVE vfat rw 0 0
/dev/sdc1 /run/media/anna/DYSK\\040ZEWNĘTRZNY exfat rw 0 0
sshfs#anna@host: /home/anna/zdalny fuse.sshfs rw 0 0
/dev/vda2 /home ext4 rw 0 0
"""


@pytest.mark.parametrize(
    ("folder", "kind"),
    [
        ("/home/anna/PIM", DriveKind.LOCAL),
        ("/mnt/wydzial/PIM Desktop/dane", DriveKind.NETWORK),
        ("/mnt/nfs/pim", DriveKind.NETWORK),
        ("/home/anna/zdalny/pim", DriveKind.NETWORK),
        ("/media/urzednik/PENDRIVE/pim", DriveKind.REMOVABLE),
        ("/run/media/anna/DYSK ZEWNĘTRZNY/pim", DriveKind.REMOVABLE),
        ("/mnt/wydzialowy", DriveKind.LOCAL),  # a sibling of the share, on the root disk
    ],
)
def test_linux_mount_table(folder: str, kind: DriveKind) -> None:
    assert kind_from_mounts(Path(folder), MOUNTS) is kind


@pytest.mark.parametrize(
    ("path", "answer", "kind"),
    [
        ("C:\\Users\\anna\\AppData\\Local\\pim-desktop", DRIVE_FIXED, DriveKind.LOCAL),
        ("H:\\Wydzial\\PIM", DRIVE_REMOTE, DriveKind.NETWORK),
        ("E:\\PIM", DRIVE_REMOVABLE, DriveKind.REMOVABLE),
        ("\\\\serwer\\udzial\\PIM", DRIVE_FIXED, DriveKind.NETWORK),
    ],
)
def test_windows_drive_types(path: str, answer: int, kind: DriveKind) -> None:
    asked: list[str] = []

    def get_drive_type(root: str) -> int:
        asked.append(root)
        return answer

    assert windows_drive_kind(path, get_drive_type) is kind
    if not path.startswith("\\\\"):
        assert asked == [path[:2] + "\\"]


def test_the_test_folder_is_local(tmp_path: Path) -> None:
    assert drive_kind(tmp_path) in (DriveKind.LOCAL, DriveKind.UNKNOWN)
