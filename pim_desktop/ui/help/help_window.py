"""The manual in a window of its own: offline HTML in a text browser, opened at a topic, with a
search box that finds a word anywhere in the text."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pim_desktop.ui.common.icons import icon
from pim_desktop.ui.help.help_topics import manual_path


class HelpWindow(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help_window")
        title = self.tr("Pomoc — podręcznik")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setModal(False)
        self.current_anchor = ""
        self.search = QLineEdit()
        self.search.setObjectName("help_search")
        self.search.setPlaceholderText(self.tr("Szukaj w podręczniku"))
        self.search.setAccessibleName(self.tr("Szukaj w podręczniku"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.returnPressed.connect(self.find_next)
        find = QPushButton(self.tr("&Znajdź następne"))
        find.setObjectName("help_find_next")
        find.clicked.connect(self.find_next)
        self.result_line = QLabel()
        self.result_line.setObjectName("help_result")
        self.browser = QTextBrowser()
        self.browser.setObjectName("help_text")
        self.browser.setAccessibleName(self.tr("Treść podręcznika"))
        self.browser.setOpenExternalLinks(False)
        # The manual's language follows the interface: its translation names the folder.
        language = self.tr("pl", "language folder of the manual")
        self.browser.setSource(QUrl.fromLocalFile(str(manual_path(language))))
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(find)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.result_line)
        layout.addWidget(self.browser, 1)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        room = self.screen().availableGeometry()
        self.resize(min(760, room.width() * 9 // 10), min(680, room.height() * 9 // 10))

    def show_topic(self, anchor: str) -> None:
        self.browser.scrollToAnchor(anchor)
        self.current_anchor = anchor

    def find_next(self) -> bool:
        """Select the next place the search text occurs (from the top again after the last)."""
        text = self.search.text().strip()
        if not text:
            self.result_line.clear()
            return False
        found = self.browser.find(text)
        if not found:
            cursor = self.browser.textCursor()
            cursor.movePosition(cursor.MoveOperation.Start)
            self.browser.setTextCursor(cursor)
            found = self.browser.find(text)
        if found:
            count = self.occurrences(text)
            self.result_line.setText(
                self.tr("Wystąpienia w podręczniku: {count}").format(count=count)
            )
        else:
            self.result_line.setText(self.tr("Nie znaleziono „{text}”.").format(text=text))
        return found

    def occurrences(self, text: str) -> int:
        """How many times ``text`` occurs in the manual."""
        document = self.browser.document()
        count, cursor = 0, document.find(text, 0, QTextDocument.FindFlag(0))
        while not cursor.isNull():
            count += 1
            cursor = document.find(text, cursor, QTextDocument.FindFlag(0))
        return count
