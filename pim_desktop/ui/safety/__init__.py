"""Keeping data safe: backups, the data folder, the portable file, recovery, the instance lock."""
