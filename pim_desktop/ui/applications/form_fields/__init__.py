"""Widgets for the field types of a form definition; the editor builds itself from them."""
