"""The table of submission proofs: a receipt and the sent document kept with an application."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from pim_desktop.persistence.tables.base import Base, utc_now


class SubmissionProofRow(Base):
    """The files live in the attachment store under their SHA-256; the receipt's facts are copied
    here as the receipt writes them, so lists and the history need not read the XML again."""

    __tablename__ = "submission_proof"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("application.id", ondelete="CASCADE"), index=True
    )
    channel: Mapped[str] = mapped_column(String(20))
    receipt_name: Mapped[str] = mapped_column(String(300))
    receipt_size: Mapped[int] = mapped_column(Integer)
    receipt_sha256: Mapped[str] = mapped_column(String(64))
    sent_name: Mapped[str] = mapped_column(String(300))
    sent_size: Mapped[int] = mapped_column(Integer)
    sent_sha256: Mapped[str] = mapped_column(String(64))
    signed_pdf_sha256: Mapped[str] = mapped_column(String(64), default="")
    identifier: Mapped[str] = mapped_column(Text, default="")
    addressee: Mapped[str] = mapped_column(Text, default="")
    sender: Mapped[str] = mapped_column(Text, default="")
    delivered_at: Mapped[str] = mapped_column(String(64), default="")
    produced_at: Mapped[str] = mapped_column(String(64), default="")
    document_id: Mapped[str] = mapped_column(Text, default="")
    signer: Mapped[str] = mapped_column(Text, default="")
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
