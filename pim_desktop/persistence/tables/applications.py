"""The applications' tables: each version, its history, exports, prints and signed files."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from pim_desktop.persistence.tables.base import Base, TeamEdited, utc_now


class ApplicationRow(TeamEdited, Base):
    """An application; its field values live in one JSON document (``values_json``)."""

    __tablename__ = "application"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    form_id: Mapped[str] = mapped_column(String(100))
    form_version: Mapped[str] = mapped_column(String(20))
    role: Mapped[str] = mapped_column(String(20))
    network_id: Mapped[str] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(20), index=True)
    version_number: Mapped[int] = mapped_column(Integer, default=1)
    lineage_id: Mapped[int | None] = mapped_column(Integer, index=True)
    # The lineage's name on every computer; ``lineage_id`` is only this database's row number.
    lineage_uid: Mapped[str | None] = mapped_column(String(32), index=True)
    previous_id: Mapped[int | None] = mapped_column(
        ForeignKey("application.id", ondelete="SET NULL")
    )
    values_json: Mapped[str] = mapped_column(Text, default="{}")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    sent_on: Mapped[dt.date | None] = mapped_column(Date)
    sent_channel: Mapped[str | None] = mapped_column(String(20))
    receipt_json: Mapped[str | None] = mapped_column(Text)

    changes: Mapped[list[ApplicationChangeRow]] = relationship(
        back_populates="application", cascade="all, delete-orphan", passive_deletes=True
    )
    exports: Mapped[list[ApplicationExportRow]] = relationship(
        back_populates="application", cascade="all, delete-orphan", passive_deletes=True
    )


class ApplicationChangeRow(Base):
    """One change of one field of an application (the history the editor shows)."""

    __tablename__ = "application_change"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("application.id", ondelete="CASCADE"), index=True
    )
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    field_id: Mapped[str] = mapped_column(String(200))
    old_value_json: Mapped[str | None] = mapped_column(Text)
    new_value_json: Mapped[str | None] = mapped_column(Text)
    changed_by: Mapped[str] = mapped_column(String(200), default="", server_default="")

    application: Mapped[ApplicationRow] = relationship(back_populates="changes")


class ApplicationExportRow(Base):
    """One export of an application in a portable file (the history marks what came after)."""

    __tablename__ = "application_export"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("application.id", ondelete="CASCADE"), index=True
    )
    exported_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    file_name: Mapped[str] = mapped_column(String(500))
    checksum: Mapped[str] = mapped_column(String(64))

    application: Mapped[ApplicationRow] = relationship(back_populates="exports")


class SignatureFileRow(Base):
    """A PDF of an application on its way to signing: the final export, or a signed file.

    The file itself is kept in the attachment store under its SHA-256. A signed file remembers
    the final export it was made from (``source_sha256``) and who signed it.
    """

    __tablename__ = "signature_file"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("application.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    file_name: Mapped[str] = mapped_column(String(300))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    origin: Mapped[str] = mapped_column(String(20), default="")
    source_sha256: Mapped[str | None] = mapped_column(String(64))
    signer_name: Mapped[str] = mapped_column(String(300), default="")
    signer_issuer: Mapped[str] = mapped_column(String(300), default="")
    signed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    pades_level: Mapped[str] = mapped_column(String(10), default="")


class ApplicationPrintRow(Base):
    """A final print of an application: the checksum it carried, when, and the file written.

    A print sent straight to a printer has no file. Rows go with their application.
    """

    __tablename__ = "application_print"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("application.id", ondelete="CASCADE"), index=True
    )
    checksum: Mapped[str] = mapped_column(String(64), index=True)
    printed_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    file_path: Mapped[str | None] = mapped_column(Text)
    file_size: Mapped[int | None] = mapped_column(Integer)
    pages: Mapped[int] = mapped_column(Integer)
