"""Lets ``python -m pim_desktop`` start the program (and the frozen build, whose script this is)."""

import multiprocessing

# First: in a frozen build the process that opens key files is this same program started again,
# and must become that process here, before the program itself starts.
multiprocessing.freeze_support()

from pim_desktop.app import main  # noqa: E402

raise SystemExit(main())
