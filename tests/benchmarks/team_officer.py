"""One officer of the ten-officer benchmark, as a process of its own: for the given time it opens
an application of the team database, changes one of its text fields as an officer does (a moment
of typing between reading and saving), and saves against the version it read. A conflict is
resolved as the officer who keeps their own text would, against the newer version. Each save is
written to a JSON log the benchmark reads afterwards.

Run by ``test_team_officers.py``: ``python team_officer.py URL HOME NAME SECONDS SEED LOG``.
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

from sqlalchemy.engine import make_url

from pim_desktop.app import open_database
from pim_desktop.domain.edit_conflicts import EditConflict
from pim_desktop.paths import AppPaths

# Longest wait for a save that keeps meeting newer versions before the officer gives up.
ATTEMPTS = 20


def main(url: str, home: str, name: str, *, seconds: float, seed: int, log: str) -> None:
    context = open_database(
        AppPaths.under(Path(home)).ensure(), read_only=False, team=make_url(url)
    )
    context.use_officer(name)
    rng = random.Random(seed)
    fields = json.loads(Path(log).with_suffix(".fields.json").read_text(encoding="utf-8"))
    saves: list[dict[str, object]] = []
    context.applications.load(int(sorted(fields)[0]))  # the services made, as in a running window
    # Everyone starts together, once every officer's program is open.
    Path(log).with_suffix(".ready").touch()
    go = Path(log).parent / "go"
    while not go.exists():
        time.sleep(0.01)
    deadline = time.monotonic() + seconds
    number = 0
    while time.monotonic() < deadline:
        number += 1
        application_id = int(rng.choice(sorted(fields)))
        field_id = rng.choice(fields[str(application_id)])
        read = context.applications.load(application_id)
        base, original = read.row_version, {field_id: read.values.get(field_id)}
        time.sleep(rng.uniform(0.02, 0.25))
        value = f"{name}: zmiana {number} ąćęłńóśźż"
        conflicts = 0
        started = time.perf_counter()
        for _ in range(ATTEMPTS):
            try:
                saved = context.applications.save_edits(
                    application_id, {field_id: value}, base_version=base, original=original
                )
                break
            except EditConflict as conflict:
                # "Zostaw moją": the officer keeps their text, saved against the newer version.
                conflicts += 1
                base = conflict.current_version
                original = {field_id: conflict.outcome.conflicts[0].theirs}
        else:
            raise RuntimeError(f"{name}: no save after {ATTEMPTS} attempts")
        saves.append(
            {
                "application": application_id,
                "field": field_id,
                "value": value,
                "base": base,
                "version": saved.application.row_version,
                "conflicts": conflicts,
                "seconds": time.perf_counter() - started,
            }
        )
    context.close()
    Path(log).write_text(json.dumps(saves, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    url, home, name, seconds, seed, log = sys.argv[1:7]
    main(url, home, name, seconds=float(seconds), seed=int(seed), log=log)
