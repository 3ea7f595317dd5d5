"""``sign`` and ``verify`` run as a user runs them: real processes, secrets from the environment."""

from __future__ import annotations

import json
from pathlib import Path

from cli_runner import run_cli
from conftest import SoftHsm
from signing_pki import P12_PASSWORD, SIGNER_NAME, TOKEN_LABEL, TOKEN_PIN, SigningPki


def test_sign_with_a_p12_then_verify(pki: SigningPki, final_pdf: Path, tmp_path: Path) -> None:
    home = tmp_path / "dane"
    signed = tmp_path / "podpisany wniosek.pdf"
    result = run_cli(
        home,
        "sign",
        str(final_pdf),
        "--out",
        str(signed),
        "--pkcs12",
        str(pki.signer.p12),
        "--location",
        "Przykładowo",
        env={"PIM_DESKTOP_SECRET": P12_PASSWORD},
    )
    assert result.returncode == 0, result.stderr
    assert "Podpisano" in result.stdout and SIGNER_NAME in result.stdout
    assert P12_PASSWORD not in result.stdout + result.stderr

    verified = run_cli(home, "verify", str(signed))
    assert verified.returncode == 0, verified.stdout
    assert "Każdy podpis jest nienaruszony" in verified.stdout
    assert "Nie sprawdzono, czy certyfikat nie został unieważniony" in verified.stdout
    as_json = json.loads(run_cli(home, "verify", str(signed), "--json").stdout)
    assert as_json["ok"] is True and as_json["revocation_checked"] is False
    assert as_json["signatures"][0]["signer"]["subject"] == SIGNER_NAME
    assert as_json["signatures"][0]["pades_level"] == "B-B"
    assert "Traceback" not in verified.stderr

    data = bytearray(signed.read_bytes())
    data[data.index(b"Wniosek") + 2] ^= 1
    tampered = tmp_path / "zmieniony.pdf"
    tampered.write_bytes(bytes(data))
    broken = run_cli(home, "verify", str(tampered))
    assert broken.returncode == 1
    assert "co najmniej jeden podpis jest naruszony" in broken.stdout
    unsigned = run_cli(home, "verify", str(final_pdf))
    assert unsigned.returncode == 1 and "nie zawiera podpisu" in unsigned.stdout


def test_sign_errors_are_plain_polish(pki: SigningPki, final_pdf: Path, tmp_path: Path) -> None:
    home = tmp_path / "dane"
    out = str(tmp_path / "x.pdf")
    no_secret = run_cli(home, "sign", str(final_pdf), "--out", out, "--pkcs12", str(pki.signer.p12))
    assert no_secret.returncode == 2 and "PIM_DESKTOP_SECRET" in no_secret.stderr
    wrong = run_cli(
        home,
        "sign",
        str(final_pdf),
        "--out",
        out,
        "--pkcs12",
        str(pki.signer.p12),
        "--secret-env",
        "MOJE_HASLO",
        env={"MOJE_HASLO": "złe hasło"},
    )
    assert wrong.returncode == 1 and "Nieprawidłowe hasło" in wrong.stderr
    expired = run_cli(
        home,
        "sign",
        str(final_pdf),
        "--out",
        out,
        "--pkcs12",
        str(pki.expired.p12),
        env={"PIM_DESKTOP_SECRET": P12_PASSWORD},
    )
    assert expired.returncode == 1 and "wygasł" in expired.stderr
    fake = tmp_path / "tekst.pdf"
    fake.write_text("zwykły tekst", encoding="utf-8")
    not_pdf = run_cli(
        home,
        "sign",
        str(fake),
        "--out",
        out,
        "--pkcs12",
        str(pki.signer.p12),
        env={"PIM_DESKTOP_SECRET": P12_PASSWORD},
    )
    assert not_pdf.returncode == 1 and "nie jest plikiem PDF" in not_pdf.stderr
    assert run_cli(home, "verify", str(fake)).returncode == 1
    for result in (no_secret, wrong, expired, not_pdf):
        assert "Traceback" not in result.stderr


def test_sign_with_softhsm_for_an_application(
    softhsm: SoftHsm, final_pdf: Path, tmp_path: Path
) -> None:
    home = tmp_path / "dane"
    assert run_cli(home, "sample-data").returncode == 0
    listing = json.loads(run_cli(home, "list", "--json").stdout)
    leader = next(row for row in listing if row["role"] == "lider")
    env = {"SOFTHSM2_CONF": str(softhsm.config), "PIN_KARTY": TOKEN_PIN}
    signed = tmp_path / "z karty.pdf"
    draft = run_cli(
        home,
        "sign",
        str(final_pdf),
        "--out",
        str(signed),
        "--pkcs11-lib",
        str(softhsm.library),
        "--token",
        TOKEN_LABEL,
        "--secret-env",
        "PIN_KARTY",
        "--application",
        str(leader["id"]),
        env=env,
    )
    assert draft.returncode == 1 and "roboczy" in draft.stderr
    assert run_cli(home, "check", str(leader["id"])).returncode == 0
    from pim_desktop.app import open_database
    from pim_desktop.paths import AppPaths

    context = open_database(AppPaths.under(home), read_only=False)
    context.applications.mark_ready(leader["id"])
    context.close()
    result = run_cli(
        home,
        "sign",
        str(final_pdf),
        "--out",
        str(signed),
        "--pkcs11-lib",
        str(softhsm.library),
        "--token",
        TOKEN_LABEL,
        "--secret-env",
        "PIN_KARTY",
        "--application",
        str(leader["id"]),
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert "podpisany i zamrożony" in result.stdout
    rows = json.loads(run_cli(home, "list", "--json").stdout)
    assert next(r for r in rows if r["id"] == leader["id"])["status"] == "signed"
