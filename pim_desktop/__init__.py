"""PIM Desktop: applications, Local Partnership and action plan of a PIM city.

Importing the package does nothing; it only names the program and its version.
"""

__version__ = "0.1.0"
APP_NAME = "PIM Desktop"
APP_ID = "pim-desktop"
ORGANIZATION = "PIM Desktop"
