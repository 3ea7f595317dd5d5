"""Asks what to do when the data folder is already open in another copy of the program."""

from __future__ import annotations

from enum import Enum, auto
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from pim_desktop.instance_lock import LockHolder
from pim_desktop.ui.common.message_boxes import message_box


class LockChoice(Enum):
    READ_ONLY = auto()
    TAKE_OVER = auto()
    QUIT = auto()


def build_lock_question(
    holder: LockHolder | None, data_dir: Path, parent: QWidget | None = None
) -> tuple[QMessageBox, dict[QAbstractButton, LockChoice]]:
    who = (
        QCoreApplication.translate(
            "InstanceLockDialog", "przez program (proces {pid}) na komputerze „{host}”"
        ).format(pid=holder.pid, host=holder.hostname)
        if holder
        else QCoreApplication.translate("InstanceLockDialog", "przez inny program")
    )
    box = message_box(
        parent,
        "",
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("InstanceLockDialog", "Dane są już otwarte"),
        QCoreApplication.translate(
            "InstanceLockDialog",
            "Dane w folderze {folder} są otwarte {who}. Zapisywać może tylko jedna kopia "
            "programu naraz.",
        ).format(folder=data_dir, who=who),
        informative=QCoreApplication.translate(
            "InstanceLockDialog",
            "Możesz otworzyć dane tylko do odczytu. Przejmij je tylko wtedy, gdy tamten program "
            "na pewno już nie działa (np. komputer został wyłączony bez zamknięcia programu).",
        ),
    )
    read_only = box.addButton(
        QCoreApplication.translate("InstanceLockDialog", "Otwórz tylko do &odczytu"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    take_over = box.addButton(
        QCoreApplication.translate("InstanceLockDialog", "&Przejmij dane"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    quit_button = box.addButton(
        QCoreApplication.translate("InstanceLockDialog", "&Zakończ"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(read_only)
    box.setEscapeButton(quit_button)
    choices: dict[QAbstractButton, LockChoice] = {
        read_only: LockChoice.READ_ONLY,
        take_over: LockChoice.TAKE_OVER,
        quit_button: LockChoice.QUIT,
    }
    return box, choices


def ask_about_lock(holder: LockHolder | None, data_dir: Path) -> LockChoice:
    box, choices = build_lock_question(holder, data_dir)
    box.exec()
    return choices.get(box.clickedButton(), LockChoice.QUIT)
