"""The PySide6 interface: main window, pages, dialogs, models and widgets."""
