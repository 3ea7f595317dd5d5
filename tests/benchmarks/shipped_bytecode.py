"""Measure the UI thread with the libraries compiled, as the installed program has them.

The built program carries bytecode only, and Python run from source writes it on the first
import; a machine set never to write it (``PYTHONDONTWRITEBYTECODE``) compiles each library
module on every first import instead, holding the GIL for the whole module (0.1-0.3 s for
pyHanko's and reportlab's largest), and a stall benchmark would measure that compiler. This
compiles what the measured steps import into a cache of the run, in another process, and
points this process at it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

COMPILE = """
import importlib, pkgutil
import pim_desktop.pdf, pim_desktop.services
from pim_desktop.context import import_signing_libraries

import_signing_libraries()
for package in (pim_desktop.pdf, pim_desktop.services):
    for found in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        importlib.import_module(found.name)
"""


@contextmanager
def compiled_libraries(cache: Path) -> Iterator[None]:
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(cache)
    subprocess.run([sys.executable, "-c", COMPILE], env=env, check=True)
    before = sys.pycache_prefix
    sys.pycache_prefix = str(cache)
    try:
        yield
    finally:
        sys.pycache_prefix = before
