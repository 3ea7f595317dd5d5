"""A team database seen from the window: colleagues' changes and who else is editing."""
