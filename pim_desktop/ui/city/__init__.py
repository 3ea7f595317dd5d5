"""Pulpit and Dane miasta: the dashboard and the city profile."""
