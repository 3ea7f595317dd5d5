"""Pure-Python domain of PIM Desktop: no Qt, no SQLAlchemy."""
