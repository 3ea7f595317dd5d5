"""Spotkania: the meetings list, a meeting's record (attendance, minutes, tasks, files), dialogs."""
