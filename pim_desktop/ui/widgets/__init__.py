"""Reusable widgets: charts, editors and small inputs."""
