"""Two officers on one database: the test's own context and a colleague's, each with a name."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.engine import URL

from pim_desktop.context import AppContext

FIRST_OFFICER = "Anna Nowak"
SECOND_OFFICER = "Jan Kowalski"


@contextmanager
def colleague_on(context: AppContext, database: URL | None, settings: Path) -> Iterator[AppContext]:
    """A second program on the same data (the same file, or the same team database), with
    its own settings: ``context`` saves as Anna Nowak, the colleague as Jan Kowalski."""
    context.settings.set_officer_name(FIRST_OFFICER)
    paths = dataclasses.replace(context.paths, config_dir=settings)
    paths.ensure()
    other = AppContext(paths, team_url=database, catalog=context.forms)
    other.settings.set_officer_name(SECOND_OFFICER)
    try:
        yield other
    finally:
        other.close()
