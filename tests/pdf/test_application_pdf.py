"""The application PDF read back: every field of every shipped form, exact values, the checksum.

The worst failures of Polish application generators were fields missing from the print, amounts
rounded in it and a checksum on paper that disagreed with the file; each has a test here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from form_samples import fill_every_field
from pdf_reading import fonts, needs_poppler, page_texts, pdf_info, spaced, unspaced

from pim_desktop import resources
from pim_desktop.domain.canonical import application_data, checksum, grouped
from pim_desktop.domain.forms.catalog import FormCatalog
from pim_desktop.domain.forms.definition import (
    PERSON_PARTS,
    FieldDefinition,
    FieldType,
    FormDefinition,
    Role,
)
from pim_desktop.pdf.application_pdf import (
    ApplicationDocument,
    build_application_pdf,
    document_info,
)

CATALOG = FormCatalog.load(resources.path("forms"))
CASES = [(d.id, r.role) for d in CATALOG.current() for r in d.roles]
PRINTED_AT = datetime(2026, 11, 28, 10, 15, tzinfo=UTC)
CITY = "Gmina Miasto Przykładowo"


def make_document(
    definition: FormDefinition,
    role: Role,
    values: Mapping[str, object],
    *,
    draft: bool = False,
) -> ApplicationDocument:
    network = values.get("network")
    network_id = network if isinstance(network, str) else definition.networks[0].id
    data = application_data(definition.id, definition.version, role.value, network_id, dict(values))
    return ApplicationDocument(
        definition=definition,
        role=role,
        network_id=network_id,
        values=values,
        city_name=CITY,
        application_id=7,
        version_number=2,
        checksum=checksum(data),
        draft=draft,
        printed_at=PRINTED_AT,
    )


# --- What each value must read like, written independently of the program's formatting --------


def polish_number(stored: str, *, money: bool) -> str:
    whole, _, fraction = stored.partition(".")
    if money:
        fraction = fraction.ljust(2, "0")
    if len(whole) >= (4 if money else 5):
        whole = f"{int(whole):,}".replace(",", " ")
    return f"{whole},{fraction}" if fraction else whole


def printed(field: FieldDefinition, value: object) -> str:
    assert isinstance(value, str), (field.id, value)
    match field.type:
        case FieldType.MONEY:
            return polish_number(value, money=True) + " zł"
        case FieldType.NUMBER:
            number = polish_number(value, money=False)
            return f"{number} {field.unit}" if field.unit else number
        case FieldType.DATE:
            return date.fromisoformat(value).strftime("%d.%m.%Y")
        case FieldType.SINGLE_CHOICE:
            label = field.choice_label(value)
            assert label is not None
            return label
    return value


def expected_texts(
    definition: FormDefinition, role: Role, values: Mapping[str, object]
) -> list[tuple[str, str, bool]]:
    """(where, text as printed, whether it must also read whole on one line) for every value."""
    found: list[tuple[str, str, bool]] = []
    for field in definition.fields_for(role):
        if field.is_visible(values, role):
            found.append((f"{field.id} label", field.print_label, False))
            found += expected_for(field, values[field.id])
    return found


def expected_for(field: FieldDefinition, value: object) -> list[tuple[str, str, bool]]:
    found: list[tuple[str, str, bool]] = []
    match field.type:
        case FieldType.DECLARATION:
            found.append((field.id, "☒" + field.text, False))
        case FieldType.MULTIPLE_CHOICE:
            assert isinstance(value, list)
            for choice in field.choices:
                mark = "☒" if choice.value in value else "☐"
                found.append((f"{field.id}={choice.value}", mark + choice.label, False))
        case FieldType.PERSON:
            assert isinstance(value, dict)
            found += [(f"{field.id}.{part}", value[part], False) for part in PERSON_PARTS]
        case FieldType.TABLE:
            assert isinstance(value, list)
            for index, row in enumerate(value):
                for column in field.columns:
                    text = printed(column, row[column.id])
                    found.append((f"{field.id}[{index}].{column.id}", text, False))
        case FieldType.ATTACHMENT:
            items = value if isinstance(value, list) else [value]
            for item in items:
                size = f"{item['size']:,}".replace(",", " ") + " B"
                found.append((f"{field.id} name", item["file_name"], False))
                found.append((f"{field.id} sha256", "SHA-256: " + item["sha256"], False))
                found.append((f"{field.id} size", size, True))
        case FieldType.MONEY | FieldType.NUMBER | FieldType.DATE:
            found.append((field.id, printed(field, value), True))
        case _:
            found.append((field.id, printed(field, value), False))
    return found


def missing_from(pdf: Path, expected: list[tuple[str, str, bool]]) -> list[str]:
    """What cannot be found. Drawing order (-raw) keeps a wrapped table cell together; the
    reading-order and -layout modes must also show one-line values (amounts, dates) whole."""
    drawn = unspaced("\n".join(page_texts(pdf, "-raw")))
    reading = spaced("\n".join(page_texts(pdf)))
    layout = spaced("\n".join(page_texts(pdf, "-layout")))
    missing = []
    for where, value, one_line in expected:
        text = unicodedata.normalize("NFC", value)
        if unspaced(text) not in drawn:
            missing.append(f"{where}: {text!r}")
        elif one_line and not (spaced(text) in reading and spaced(text) in layout):
            missing.append(f"{where} (not whole on one line): {text!r}")
    return missing


# --- Every field, every form ---------------------------------------------------------------------


@needs_poppler
@pytest.mark.parametrize(("form_id", "role"), CASES, ids=[f"{f}-{r.value}" for f, r in CASES])
def test_every_field_is_printed_exactly(tmp_path: Path, form_id: str, role: Role) -> None:
    definition = CATALOG.latest(form_id)
    values = fill_every_field(definition, role)
    pdf = tmp_path / f"{form_id} {role.value} – wniosek.pdf"
    pages = build_application_pdf(pdf, make_document(definition, role, values))

    assert pages >= 2
    assert missing_from(pdf, expected_texts(definition, role, values)) == []
    text = "\n".join(page_texts(pdf))
    assert unicodedata.is_normalized("NFC", text)
    assert "zażółć gęślą jaźń" in text and "ŻÓŁTA ŁÓDŹ PŁYNIE PO ŚWIĘCIE" in text
    for section in definition.sections_for(role):
        assert f"{section.number}. {section.title}" in spaced(text)


@needs_poppler
def test_money_keeps_every_grosz_and_large_numbers_every_digit(tmp_path: Path) -> None:
    definition = CATALOG.latest("pim2024-planowanie")
    values = fill_every_field(definition, Role.LEADER)
    values["leader_own_resources"] = "1234567.89"
    values["population"] = "1234567"
    values["population_year"] = "2024"
    pdf = tmp_path / "kwoty.pdf"
    build_application_pdf(pdf, make_document(definition, Role.LEADER, values))
    for text in (
        spaced("\n".join(page_texts(pdf))),
        spaced("\n".join(page_texts(pdf, "-layout"))),
    ):
        assert "1 234 567,89 zł" in text
        assert "1 234 567 os." in text
        assert "2024" in text and "2 024" not in text


def test_amounts_are_never_rounded() -> None:
    from pim_desktop.pdf.printed_values import decimal_text, simple_value_text

    money = CATALOG.latest("pim2021").field("leader_own_resources")
    assert simple_value_text(money, "0.1") == "0,10\u00a0zł"
    assert simple_value_text(money, "1234") == "1\u00a0234,00\u00a0zł"
    assert simple_value_text(money, "99999999999999.99") == (
        "99\u00a0999\u00a0999\u00a0999\u00a0999,99\u00a0zł"
    )
    assert decimal_text("12345.678901") == "12\u00a0345,678901"
    assert decimal_text("-1500") == "-1500"
    # Not a canonical decimal: printed exactly as stored, never reinterpreted.
    assert simple_value_text(money, "12,5") == "12,5"
    assert Decimal("0.1") + Decimal("0.2") == Decimal("0.3")  # the test's own arithmetic is exact


@needs_poppler
def test_an_empty_field_shows_a_dash_and_its_label(tmp_path: Path) -> None:
    definition = CATALOG.latest("pim2021")
    pdf = tmp_path / "pusty.pdf"
    build_application_pdf(pdf, make_document(definition, Role.PARTNER, {}))
    text = "\n".join(page_texts(pdf))
    shown = [f for f in definition.fields_for(Role.PARTNER) if f.is_visible({}, Role.PARTNER)]
    for field in shown:
        assert unspaced(field.print_label) in unspaced(text), field.id
    dashed = [f for f in shown if f.type not in (FieldType.DECLARATION, FieldType.MULTIPLE_CHOICE)]
    persons = sum(f.type is FieldType.PERSON for f in shown)
    assert text.count("—") >= len(dashed) + persons * (len(PERSON_PARTS) - 1)
    declarations = sum(f.type is FieldType.DECLARATION for f in shown)
    assert text.count("☐") >= declarations and "☒" not in text


@needs_poppler
def test_fields_hidden_by_their_condition_are_left_out(tmp_path: Path) -> None:
    definition = CATALOG.latest("pim2024-planowanie")
    values = fill_every_field(definition, Role.LEADER)
    values["unit_type"] = "gmina_miejska"
    values["member_gminas"] = "Ukryta lista gmin obszaru – nie do druku"
    values["authority_basis"] = "ustawowe"
    pdf = tmp_path / "warunki.pdf"
    build_application_pdf(pdf, make_document(definition, Role.LEADER, values))
    text = unspaced("\n".join(page_texts(pdf)))
    assert unspaced("Ukryta lista gmin") not in text
    assert unspaced(definition.field("member_gminas").label) not in text
    assert unspaced(definition.field("authority_document").label) not in text
    assert unspaced(definition.field("teryt").label) in text


# --- The frame around the values --------------------------------------------------------------


@pytest.fixture(scope="module")
def leader_pdf(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, ApplicationDocument]:
    definition = CATALOG.latest("pim2024-planowanie")
    document = make_document(definition, Role.LEADER, fill_every_field(definition, Role.LEADER))
    pdf = tmp_path_factory.mktemp("wydruk") / "Wniosek Lider – Przykładowo.pdf"
    build_application_pdf(pdf, document)
    return pdf, document


@needs_poppler
def test_only_embedded_noto_fonts(leader_pdf: tuple[Path, ApplicationDocument]) -> None:
    listed = fonts(leader_pdf[0])
    assert listed
    for name, embedded in listed:
        assert name.split("+")[-1].startswith("NotoSans"), name
        assert embedded == "yes", name


@needs_poppler
def test_every_page_has_header_page_number_identifier_and_checksum(
    leader_pdf: tuple[Path, ApplicationDocument],
) -> None:
    pdf, document = leader_pdf
    pages = page_texts(pdf)
    assert int(pdf_info(pdf)["Pages"]) == len(pages)
    info = document_info(document)
    for number, text in enumerate(pages, start=1):
        assert f"Strona {number} z {len(pages)}" in text
        assert grouped(document.checksum) in text
        assert "Wniosek nr 7, wersja 2" in text
        for line in info.header_lines:
            assert spaced(line) in spaced(text)


@needs_poppler
def test_metadata_carries_the_checksum_and_the_city(
    leader_pdf: tuple[Path, ApplicationDocument],
) -> None:
    pdf, document = leader_pdf
    info = pdf_info(pdf)
    assert info["PIMChecksum"] == document.checksum
    assert document.checksum in info["Keywords"]
    assert document.checksum in info["Subject"]
    assert info["Author"] == CITY
    assert info["Title"].startswith(document.definition.title) and CITY in info["Title"]
    assert "2026" in info["CreationDate"]
    assert info["Creator"] == "PIM Desktop"
    assert b"/Lang (pl-PL)" in pdf.read_bytes()


@needs_poppler
def test_the_signature_block_has_its_box_and_every_part(
    leader_pdf: tuple[Path, ApplicationDocument],
) -> None:
    pdf, document = leader_pdf
    last_with_signature = next(t for t in page_texts(pdf) if "Podpis" in t and "podpis" in t)
    for field_id in ("signatory_name", "signatory_function", "authority_basis", "sign_place"):
        field = document.definition.field(field_id)
        assert unspaced(field.label) in unspaced(last_with_signature)
    assert "kwalifikowany podpis elektroniczny lub własnoręczny" in spaced(last_with_signature)


@needs_poppler
def test_draft_carries_the_watermark_on_every_page_and_final_none(tmp_path: Path) -> None:
    definition = CATALOG.latest("pim2021")
    values = fill_every_field(definition, Role.PARTNER)
    draft, final = tmp_path / "robocza.pdf", tmp_path / "ostateczna.pdf"
    build_application_pdf(draft, make_document(definition, Role.PARTNER, values, draft=True))
    build_application_pdf(final, make_document(definition, Role.PARTNER, values))
    assert all("WERSJA ROBOCZA" in text for text in page_texts(draft))
    assert "wersja robocza – nie służy do złożenia wniosku" in spaced(page_texts(draft)[0])
    assert not any("WERSJA ROBOCZA" in text for text in page_texts(final))
    assert "wersja ostateczna" in page_texts(final)[0]


# --- A long application ------------------------------------------------------------------------

SENTENCE = "Zdanie {n}: miasto wspólnie z mieszkańcami zażółca gęślą jaźń i łódź. "


def long_text(limit: int, seed: int) -> str:
    """Paragraphs of numbered sentences filling a field up to its limit."""
    paragraphs, text, n = [], "", seed * 1000
    while True:
        paragraph = "".join(SENTENCE.format(n=n + i) for i in range(6)).strip()
        n += 6
        candidate = "\n\n".join([*paragraphs, paragraph])
        if len(candidate) > limit:
            return text
        paragraphs.append(paragraph)
        text = candidate


@needs_poppler
def test_ten_page_application_flows_long_texts_and_repeats_table_headers(tmp_path: Path) -> None:
    definition = CATALOG.latest("pim2024-planowanie")
    role = Role.LEADER
    values = fill_every_field(definition, role)
    for seed, field in enumerate(definition.fields_for(role), start=1):
        if field.type is FieldType.LONG_TEXT and field.is_visible(values, role):
            assert field.max_chars is not None
            values[field.id] = long_text(field.max_chars, seed)
    members = definition.field("lp_members")
    assert members.max_rows is not None
    values["lp_members"] = [
        {
            "name": f"Członek Partnerstwa nr {n} – Stowarzyszenie Źródło",
            "sector": members.column("sector").choices[n % 3].value,
            "planned_role": f"Udział w warsztatach i konsultacjach, wiersz {n}",
        }
        for n in range(1, members.max_rows + 1)
    ]
    document = make_document(definition, role, values)
    pdf = tmp_path / "długi wniosek.pdf"
    pages = build_application_pdf(pdf, document)
    assert pages >= 10

    texts = page_texts(pdf)
    assert len(texts) == pages
    for number, text in enumerate(texts, start=1):
        assert f"Strona {number} z {pages}" in text
    # Long texts come back whole, sentence after sentence, across page breaks.
    info = document_info(document)
    noise = [*info.header_lines, info.footer_left, info.footer_right]
    body = "\n".join(texts)
    body = re.sub(r"Strona \d+ z \d+", "", body)
    for line in noise:
        body = body.replace(line, "")
    for field in definition.fields_for(role):
        if field.type is FieldType.LONG_TEXT and field.is_visible(values, role):
            # The field's number and label repeat at the top of each page its text runs onto.
            flowing = unspaced(body).replace(unspaced(field.print_label), "")
            flowing = re.sub(r"[A-Z]\.[0-9]+", "", flowing)
            assert unspaced(str(values[field.id])) in flowing, field.id
    # The long table runs over pages, each with its label and column header.
    table_pages = [t for t in texts if "Członek Partnerstwa nr" in t]
    assert len(table_pages) >= 2
    for text in table_pages:
        assert unspaced("Planowani członkowie Lokalnego Partnerstwa") in unspaced(text)
        assert unspaced("Planowana rola w Partnerstwie") in unspaced(text)
    everything = unspaced(body)
    for n in range(1, members.max_rows + 1):
        assert unspaced(f"Członek Partnerstwa nr {n} – Stowarzyszenie Źródło") in everything
