"""PDF documents the program prints, built with reportlab on an embedded Noto Sans font."""
