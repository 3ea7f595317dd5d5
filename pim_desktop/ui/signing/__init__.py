"""Podpis elektroniczny: the signing wizard, the signing actions and the verification report."""
