"""The rules about certificates and reports, without any cryptography."""

from __future__ import annotations

import datetime as dt

from pim_desktop.domain.signature import (
    CertificateSummary,
    CertificateValidity,
    certificate_notes,
    compare_with_export,
    same_person,
)

NOW = dt.datetime(2025, 3, 1, 12, 0, tzinfo=dt.UTC)


def certificate(
    days_before: int = 100, days_after: int = 300, **extra: object
) -> CertificateSummary:
    values: dict[str, object] = {
        "subject": "Małgorzata Żółkiewska",
        "issuer": "Testowe CA",
        "not_before": NOW - dt.timedelta(days=days_before),
        "not_after": NOW + dt.timedelta(days=days_after),
        "non_repudiation": True,
        **extra,
    }
    return CertificateSummary(**values)  # type: ignore[arg-type]


def test_validity_in_time() -> None:
    assert certificate().validity(NOW) is CertificateValidity.VALID
    assert certificate(days_after=-1).validity(NOW) is CertificateValidity.EXPIRED
    assert certificate(days_before=-1).validity(NOW) is CertificateValidity.NOT_YET_VALID
    assert certificate(days_after=30).validity(NOW) is CertificateValidity.EXPIRES_SOON
    assert certificate(days_after=31).validity(NOW) is CertificateValidity.VALID


def test_notes_block_what_cannot_sign_and_warn_about_the_rest() -> None:
    assert certificate_notes(certificate(), NOW, "Małgorzata Żółkiewska") == []
    expired = certificate_notes(certificate(days_after=-2), NOW)
    assert [(n.code, n.blocking) for n in expired] == [("expired", True)]
    assert "27.02.2025" in expired[0].text()
    future = certificate_notes(certificate(days_before=-3), NOW)
    assert [(n.code, n.blocking) for n in future] == [("not_yet_valid", True)]
    soon = certificate_notes(certificate(days_after=12), NOW)
    assert [(n.code, n.blocking) for n in soon] == [("expires_soon", False)]
    assert "za 12 dni" in soon[0].text()
    login_only = certificate_notes(certificate(non_repudiation=False), NOW)
    assert [(n.code, n.blocking) for n in login_only] == [("not_for_signing", True)]
    other = certificate_notes(certificate(), NOW, "Jan Kowalski")
    assert [(n.code, n.blocking) for n in other] == [("name_mismatch", False)]
    assert "Jan Kowalski" in other[0].text() and "upoważnienie" in other[0].text()


def test_same_person_ignores_order_case_accents_and_spacing_but_not_letters() -> None:
    assert same_person("ŻÓŁKIEWSKA  Małgorzata", "Małgorzata Żółkiewska")
    assert same_person("Malgorzata ZOLKIEWSKA", "Małgorzata Żółkiewska")
    assert not same_person("Małgorzata Żółkowska", "Małgorzata Żółkiewska")
    assert not same_person("Małgorzata", "Małgorzata Żółkiewska")
    assert not same_person("Małgorzata Żółkiewska", "")


def test_export_comparison() -> None:
    exported = b"%PDF-1.4 wniosek"
    assert compare_with_export(exported, exported + b" podpis").matches
    different = compare_with_export(exported, b"%PDF-1.4 wnioseK podpis")
    assert not different.matches and different.first_difference == 15
    shorter = compare_with_export(exported, exported[:5])
    assert not shorter.matches and shorter.first_difference is None
    assert "krótszy" in shorter.statement().text()[1]
