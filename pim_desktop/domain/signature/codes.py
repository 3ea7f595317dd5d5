"""The codes that name why signing or verifying failed, and what a certificate check found.

The codes' values are stored and printed (``verify --json``), so a value never changes; a new
situation gets a new code and its Polish wording in ``wording``.
"""

from __future__ import annotations

from enum import StrEnum


class SignatureErrorCode(StrEnum):
    """Why signing or verifying could not be done; ``SignatureError.code``."""

    NOT_PDF = "not_pdf"
    PDF_ENCRYPTED = "pdf_encrypted"
    FILE_UNREADABLE = "file_unreadable"
    WRITE_FAILED = "write_failed"
    SAME_FILE = "same_file"
    WOULD_REWRITE = "would_rewrite"
    CHANGES_FORBIDDEN = "changes_forbidden"
    WRONG_PASSWORD = "wrong_password"
    NOT_PKCS12 = "not_pkcs12"
    NO_KEY_IN_FILE = "no_key_in_file"
    CERTIFICATE_EXPIRED = "certificate_expired"
    CERTIFICATE_NOT_YET_VALID = "certificate_not_yet_valid"
    CERTIFICATE_NOT_FOR_SIGNING = "certificate_not_for_signing"
    LIBRARY_MISSING = "library_missing"
    LIBRARY_BITNESS = "library_bitness"
    LIBRARY_FAILED = "library_failed"
    NO_TOKEN = "no_token"
    TOKEN_NOT_FOUND = "token_not_found"
    TOKEN_AMBIGUOUS = "token_ambiguous"
    PIN_INCORRECT = "pin_incorrect"
    PIN_FINAL_TRY = "pin_final_try"
    PIN_LOCKED = "pin_locked"
    PIN_EXPIRED = "pin_expired"
    PIN_EMPTY = "pin_empty"
    CARD_REMOVED = "card_removed"
    NO_CERTIFICATE_ON_TOKEN = "no_certificate_on_token"
    CERTIFICATE_AMBIGUOUS = "certificate_ambiguous"
    TOKEN_ERROR = "token_error"
    STORE_UNAVAILABLE = "store_unavailable"
    STORE_CERTIFICATE_MISSING = "store_certificate_missing"
    STORE_NO_KEY = "store_no_key"
    STORE_CANCELLED = "store_cancelled"
    STORE_KEY_UNSUPPORTED = "store_key_unsupported"
    STORE_ERROR = "store_error"
    TIMESTAMP_FAILED = "timestamp_failed"
    TIMESTAMP_URL_INVALID = "timestamp_url_invalid"
    SIGNING_FAILED = "signing_failed"
    NOT_CERTIFICATE = "not_certificate"
    NOT_SIGNED = "not_signed"
    NO_FINAL_PDF = "no_final_pdf"
    APPLICATION_DRAFT = "application_draft"
    APPLICATION_SENT = "application_sent"
    NOT_LATEST_VERSION = "not_latest_version"
    SECRET_MISSING = "secret_missing"
    EXPORT_MISMATCH = "export_mismatch"
    SIGNATURE_INVALID = "signature_invalid"


class CertificateNoteCode(StrEnum):
    """What the check of a certificate chosen for signing found; ``CertificateNote.code``."""

    EXPIRED = "expired"
    NOT_YET_VALID = "not_yet_valid"
    EXPIRES_SOON = "expires_soon"
    NOT_FOR_SIGNING = "not_for_signing"
    NAME_MISMATCH = "name_mismatch"


# A certificate note that forbids signing, and the error signing with that certificate raises.
BLOCKING_NOTES: dict[CertificateNoteCode, SignatureErrorCode] = {
    CertificateNoteCode.EXPIRED: SignatureErrorCode.CERTIFICATE_EXPIRED,
    CertificateNoteCode.NOT_YET_VALID: SignatureErrorCode.CERTIFICATE_NOT_YET_VALID,
    CertificateNoteCode.NOT_FOR_SIGNING: SignatureErrorCode.CERTIFICATE_NOT_FOR_SIGNING,
}
