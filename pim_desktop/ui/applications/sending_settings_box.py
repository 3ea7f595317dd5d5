"""The settings of sending an application: each electronic channel's size limit and address.

Offices set different limits (from a few megabytes to 150 MB), so the officer enters the one of
the office that receives the application; an empty address takes the program's default.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QSpinBox, QWidget

from pim_desktop.domain.application import CHANNEL_LABELS, SubmissionChannel
from pim_desktop.domain.sending import DEFAULT_ADDRESSES, DEFAULT_LIMITS_MB
from pim_desktop.services.settings_service import SettingsService

CHANNELS = (SubmissionChannel.EPUAP, SubmissionChannel.EDORECZENIA)


class SendingSettingsBox(QGroupBox):
    def __init__(
        self, settings: SettingsService, *, read_only: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Wysyłka wniosku"), parent)
        self._settings = settings
        form = QFormLayout(self)
        form.addRow(
            QLabel(
                self.tr(
                    "Limit rozmiaru załączników i adres ministerstwa dla każdego kanału. Sprawdź "
                    "je w ogłoszeniu naboru; program niczego nie wysyła sam."
                ),
                wordWrap=True,
            )
        )
        current = settings.load()
        self.limits: dict[SubmissionChannel, QSpinBox] = {}
        self.addresses: dict[SubmissionChannel, QLineEdit] = {}
        for channel in CHANNELS:
            default = DEFAULT_LIMITS_MB[channel] or 0
            limit = QSpinBox()
            limit.setObjectName(f"limit_{channel.value}")
            limit.setRange(1, 2000)
            limit.setSuffix(" MB")
            limit.setValue(current.channel_limits_mb.get(channel.value, default))
            limit.setAccessibleName(
                self.tr("Limit rozmiaru: {channel}").format(channel=CHANNEL_LABELS[channel])
            )
            address = QLineEdit(current.channel_addresses.get(channel.value, ""))
            address.setObjectName(f"address_{channel.value}")
            address.setPlaceholderText(
                DEFAULT_ADDRESSES[channel] or self.tr("adres z ogłoszenia naboru")
            )
            address.setAccessibleName(
                self.tr("Adres ministerstwa: {channel}").format(channel=CHANNEL_LABELS[channel])
            )
            for widget in (limit, address):
                widget.setEnabled(not read_only)
            limit.editingFinished.connect(lambda c=channel: self._on_channel_edited(c))
            address.editingFinished.connect(lambda c=channel: self._on_channel_edited(c))
            form.addRow(
                self.tr("{channel} – limit:").format(channel=CHANNEL_LABELS[channel]), limit
            )
            form.addRow(
                self.tr("{channel} – adres:").format(channel=CHANNEL_LABELS[channel]), address
            )
            self.limits[channel] = limit
            self.addresses[channel] = address

    def _on_channel_edited(self, channel: SubmissionChannel) -> None:
        limit = self.limits[channel].value()
        default = DEFAULT_LIMITS_MB[channel]
        self._settings.set_channel(
            channel.value, None if limit == default else limit, self.addresses[channel].text()
        )
