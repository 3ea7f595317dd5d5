"""The command-line verb ``sample-data``: fill an empty data folder with the sample city."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, TextIO

from pim_desktop.cli.common import EXIT_FAILED, EXIT_OK, Handler
from pim_desktop.services.samples.sample_data_service import SampleDataRefused

if TYPE_CHECKING:
    from pim_desktop.context import AppContext


def _sample_data(_args: argparse.Namespace, context: AppContext, out: TextIO) -> int:
    try:
        context.sample_data.create()
    except SampleDataRefused:
        out.write(
            "Folder danych zawiera już dane miasta; przykładowe dane dodaje się tylko do pustego "
            "folderu (ustaw PIM_DESKTOP_HOME na nowy folder).\n"
            f"Folder danych: {context.paths.data_dir}\n"
        )
        return EXIT_FAILED
    out.write("Dodano przykładowe dane: Gmina Miasto Przykładowo.\n")
    out.write(f"Folder danych: {context.paths.data_dir}\n")
    return EXIT_OK


COMMANDS: dict[str, Handler] = {"sample-data": _sample_data}
