"""Lets ``python -m pim_desktop`` start the program."""

from pim_desktop.app import main

raise SystemExit(main())
