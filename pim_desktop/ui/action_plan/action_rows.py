"""The list parts of an action as rows of fields: funding sources, indicators and risks, to the
editor and back to domain values (amounts and decimals read the Polish way)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from pim_desktop.domain.action_plan import (
    FUNDING_KIND_LABELS,
    FUNDING_STATUS_LABELS,
    INDICATOR_KIND_LABELS,
    LEVEL_LABELS,
    FundingKind,
    FundingSource,
    FundingStatus,
    Indicator,
    IndicatorKind,
    Level,
    Risk,
)
from pim_desktop.domain.money import (
    AmountError,
    format_decimal,
    format_money,
    parse_decimal,
    parse_money,
)
from pim_desktop.ui.common.rows_editor import Column, RowsEditor, Values, enum_choices
from pim_desktop.ui.labels import domain_text


def funding_editor(sources: Sequence[FundingSource]) -> RowsEditor:
    editor = RowsEditor(
        [
            Column(
                "kind",
                QCoreApplication.translate("ActionRows", "Źródło"),
                "choice",
                enum_choices(FUNDING_KIND_LABELS),
                2,
            ),
            Column(
                "programme", QCoreApplication.translate("ActionRows", "Nazwa programu"), stretch=3
            ),
            Column(
                "amount", QCoreApplication.translate("ActionRows", "Kwota w zł"), "money", stretch=2
            ),
            Column(
                "status",
                QCoreApplication.translate("ActionRows", "Stan"),
                "choice",
                enum_choices(FUNDING_STATUS_LABELS),
                2,
            ),
        ],
        QCoreApplication.translate("ActionRows", "źródło finansowania"),
        QCoreApplication.translate("ActionRows", "&Dodaj źródło finansowania"),
    )
    editor.setObjectName("funding")
    editor.set_rows(
        [
            {
                "kind": s.kind.value,
                "programme": s.programme,
                "amount": format_money(s.amount, currency=False, separator=" "),
                "status": s.status.value,
            }
            for s in sources
        ]
    )
    return editor


def indicator_editor(indicators: Sequence[Indicator]) -> RowsEditor:
    editor = RowsEditor(
        [
            Column(
                "kind",
                QCoreApplication.translate("ActionRows", "Rodzaj"),
                "choice",
                enum_choices(INDICATOR_KIND_LABELS),
            ),
            Column("name", QCoreApplication.translate("ActionRows", "Wskaźnik"), stretch=3),
            Column("unit", QCoreApplication.translate("ActionRows", "Jednostka")),
            Column("baseline", QCoreApplication.translate("ActionRows", "Wartość bazowa")),
            Column("baseline_year", QCoreApplication.translate("ActionRows", "Rok bazowy"), "year"),
            Column("target", QCoreApplication.translate("ActionRows", "Wartość docelowa")),
            Column("target_year", QCoreApplication.translate("ActionRows", "Rok docelowy"), "year"),
            Column(
                "data_source", QCoreApplication.translate("ActionRows", "Źródło danych"), stretch=2
            ),
        ],
        QCoreApplication.translate("ActionRows", "wskaźnik"),
        QCoreApplication.translate("ActionRows", "&Dodaj wskaźnik"),
    )
    editor.setObjectName("indicators")
    editor.set_rows(
        [
            {
                "kind": i.kind.value,
                "name": i.name,
                "unit": i.unit,
                "baseline": format_decimal(i.baseline),
                "baseline_year": str(i.baseline_year or ""),
                "target": format_decimal(i.target),
                "target_year": str(i.target_year or ""),
                "data_source": i.data_source,
            }
            for i in indicators
        ]
    )
    return editor


def risk_editor(risks: Sequence[Risk]) -> RowsEditor:
    levels = enum_choices(LEVEL_LABELS)
    editor = RowsEditor(
        [
            Column("description", QCoreApplication.translate("ActionRows", "Ryzyko"), stretch=3),
            Column(
                "likelihood",
                QCoreApplication.translate("ActionRows", "Prawdopodobieństwo"),
                "choice",
                levels,
            ),
            Column("impact", QCoreApplication.translate("ActionRows", "Wpływ"), "choice", levels),
            Column(
                "mitigation",
                QCoreApplication.translate("ActionRows", "Działania zaradcze"),
                stretch=3,
            ),
            Column("owner", QCoreApplication.translate("ActionRows", "Kto odpowiada"), stretch=2),
        ],
        QCoreApplication.translate("ActionRows", "ryzyko"),
        QCoreApplication.translate("ActionRows", "&Dodaj ryzyko"),
    )
    editor.setObjectName("risks")
    editor.set_rows(
        [
            {
                "description": r.description,
                "likelihood": r.likelihood.value,
                "impact": r.impact.value,
                "mitigation": r.mitigation,
                "owner": r.owner,
            }
            for r in risks
        ]
    )
    return editor


def money(text: str, what: str) -> int:
    """Whole grosze from Polish text; ``ValueError`` naming the field and the reason."""
    try:
        return parse_money(text)
    except AmountError as error:
        raise ValueError(f"{what}: {domain_text(error.reason)}") from error


def decimal(text: str, what: str) -> Decimal | None:
    if not text.strip():
        return None
    try:
        return parse_decimal(text)
    except AmountError as error:
        raise ValueError(f"{what}: {domain_text(error.reason)}") from error


def funding_values(rows: Sequence[Values]) -> list[FundingSource]:
    return [
        FundingSource(
            FundingKind(row["kind"]),
            money(
                row["amount"],
                QCoreApplication.translate("ActionRows", "Źródło finansowania nr {n}").format(n=n),
            ),
            FundingStatus(row["status"]),
            row["programme"].strip(),
        )
        for n, row in enumerate(rows, start=1)
    ]


def indicator_values(rows: Sequence[Values]) -> list[Indicator]:
    what = QCoreApplication.translate("ActionRows", "Wskaźnik nr {n}")
    return [
        Indicator(
            kind=IndicatorKind(row["kind"]),
            name=row["name"].strip(),
            unit=row["unit"].strip(),
            baseline=decimal(row["baseline"], what.format(n=n)),
            baseline_year=int(row["baseline_year"]) if row["baseline_year"] else None,
            target=decimal(row["target"], what.format(n=n)),
            target_year=int(row["target_year"]) if row["target_year"] else None,
            data_source=row["data_source"].strip(),
        )
        for n, row in enumerate(rows, start=1)
    ]


def risk_values(rows: Sequence[Values]) -> list[Risk]:
    return [
        Risk(
            row["description"].strip(),
            Level(row["likelihood"]),
            Level(row["impact"]),
            row["mitigation"].strip(),
            row["owner"].strip(),
        )
        for row in rows
    ]
