"""Lokalne Partnerstwo: the member register, its dialogs, charts and personal-data actions."""
