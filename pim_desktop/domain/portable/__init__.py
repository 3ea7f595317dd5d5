"""The portable file (.pim) as data: its manifest, data.json, the records and rules it carries."""
