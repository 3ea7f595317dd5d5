"""Reusable widgets: the Gantt chart, editors of lists, money fields, read-only tables."""
