"""Wnioski: the applications list, the form editor built from the definition, printing."""
