"""Reusable widgets: charts, the Gantt chart, editors of lists, money fields, small inputs."""
