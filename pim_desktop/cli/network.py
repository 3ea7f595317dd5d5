"""The command-line verbs of the network's activities and capacity: the list of activities, the
network's report for the Secretariat (PDF or CSV) and the capacity charts."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, TextIO

from pim_desktop.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    Handler,
    cannot_write,
    write_document,
)
from pim_desktop.domain.money import format_money
from pim_desktop.domain.network_activity import ACTIVITY_KIND_LABELS, ACTIVITY_STATUS_LABELS
from pim_desktop.services.errors import StorageError
from pim_desktop.services.network_report import date_text

if TYPE_CHECKING:
    from pim_desktop.context import AppContext


def _activities(args: argparse.Namespace, context: AppContext, out: TextIO) -> int:
    service = context.network_activities
    try:
        if args.json:
            out.write(service.listing_json(args.year) + "\n")
            return EXIT_OK
        overview = service.overview(args.year)
    except StorageError as error:
        sys.stderr.write(f"{error.message}\n")
        return EXIT_FAILED
    names = {city.id: city.name for city in overview.network.cities}
    for activity in overview.activities:
        spent = activity.spent
        out.write(
            f"{activity.id}. {date_text(activity)} · {ACTIVITY_KIND_LABELS[activity.kind]} · "
            f"{activity.title} · {names.get(activity.host_city_id, '—')} · "
            f"{ACTIVITY_STATUS_LABELS[activity.status]} · "
            f"plan {format_money(activity.planned, separator=' ')} · "
            f"wydano {'—' if spent is None else format_money(spent, separator=' ')}\n"
        )
        for problem in overview.warnings.get(activity.id or 0, ()):
            out.write(f"   Uwaga: {problem.text()}\n")
    out.write(f"Działań: {len(overview.activities)}.\n")
    return EXIT_OK


def _network_report(args: argparse.Namespace, context: AppContext, out: TextIO) -> int:
    service = context.network_activities
    try:
        if args.csv:
            try:
                count = service.report_csv(args.out, args.year)
            except OSError as error:
                return cannot_write(args.out, error)
            out.write(f"Zapisano {count} działań w pliku {args.out}.\n")
            return EXIT_OK
        return write_document(
            out, args.out, "Sprawozdanie sieci", lambda: service.report_pdf(args.out, args.year)
        )
    except StorageError as error:
        sys.stderr.write(f"{error.message}\n")
        return EXIT_FAILED


def _capacity_pdf(args: argparse.Namespace, context: AppContext, out: TextIO) -> int:
    try:
        return write_document(
            out,
            args.out,
            "Samoocenę potencjału miast",
            lambda: context.capacity.print_pdf(args.out),
        )
    except StorageError as error:
        sys.stderr.write(f"{error.message}\n")
        return EXIT_FAILED


def _network(args: argparse.Namespace, context: AppContext, out: TextIO) -> int:
    return _activities(args, context, out)


COMMANDS: dict[str, Handler] = {
    "network": _network,
    "network-report": _network_report,
    "capacity-pdf": _capacity_pdf,
}
