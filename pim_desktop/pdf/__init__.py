"""PDF documents the program prints, built with reportlab on an embedded Noto Sans font.

The package loads reportlab first, without the parts the documents never use (see
``reportlab_import``), so every module here finds it loaded.
"""

from pim_desktop.pdf.reportlab_import import import_reportlab

import_reportlab()
