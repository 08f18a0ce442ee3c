"""The application, typing by itself: run by the crash test and killed while it types.

``python -m tests.ui.typist DATA_DIR`` starts the real application on
``DATA_DIR`` (offscreen) and types answers into the first section a key at
a time, with pauses. Every commit is printed as ``COMMIT <json>`` and every
time the status bar shows the answers as saved, ``SHOWN <text>``; both are
printed only after the fact, so the test knows what the user has seen; each
key pressed is told as ``TYPED <json>`` with the text it left in the field.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from desktop.jsonvalue import JSONValue
from desktop.paths import DataPaths
from desktop.ui.form.fields import TableEditor
from desktop.ui.form.section_page import SectionPage
from desktop.ui.shell.app import run
from desktop.ui.shell.main_window import MainWindow

# What is typed, question by question (section, question or table cell); each text grows
# a key at a time. The table cell comes first, so that some kills fall while its editor is open.
SCRIPT = [
    ("premises", "premises/0/building", "Ivalon terveysasema"),
    ("background", "respondent_name", "Anna Mäkelä-Virtanen"),
    ("background", "respondent_title", "Talous- ja hallintojohtaja"),
    ("background", "respondent_email", "anna.makela@kangasala.fi"),
    ("background", "respondent_phone", "040 123 4567"),
]
KEY_MS = 15
PAUSE_EVERY = 5  # keys; then a pause longer than the save delay
PAUSE_MS = 450


def say(kind: str, payload: object) -> None:
    sys.stdout.write(f"{kind} {json.dumps(payload, ensure_ascii=False)}\n")
    sys.stdout.flush()


class Typist(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.steps: list[tuple[str, str, str]] = [
            (section, key, text[:n])
            for section, key, text in SCRIPT
            for n in range(1, len(text) + 1)
        ]
        self.page: SectionPage | None = None
        assert window.session is not None
        window.session.committed.connect(self.committed)
        # Queued: the status text is told after the commits of this turn are printed.
        window.save_status.saved.connect(self.shown, Qt.ConnectionType.QueuedConnection)
        self.count = 0

    def committed(self, pointer: str, value: JSONValue) -> None:
        assert self.window.session is not None
        say("COMMIT", [self.window.session.round_id, pointer, value])

    def shown(self, text: str) -> None:
        say("SHOWN", text)

    def line(self, page: SectionPage, key: str) -> QLineEdit:
        """The line typed in: a question's, or the editor of a table cell, opened as by F2."""
        if "/" not in key:
            line = page.editor(key).focus_widget()
            assert isinstance(line, QLineEdit)
            return line
        table_key, row, column = key.split("/")
        table = page.editor(table_key)
        assert isinstance(table, TableEditor)
        while table.model.rowCount() <= int(row):
            table.add_row()
        open_line = table.open_line(int(row), column)
        if open_line is not None:
            return open_line
        index = table.model.index(int(row), [c.key for c in table.field.columns].index(column))
        table.view.setCurrentIndex(index)
        table.view.setFocus()
        table.view.edit(index)
        opened = table.open_line(int(row), column)
        assert opened is not None
        return opened

    def next_key(self) -> None:
        if not self.steps or not self.window.isVisible():
            say("DONE", self.count)
            return
        section, key, text = self.steps.pop(0)
        if self.page is None or self.page.section.id != section:
            self.page = self.window.open_section(section)
        assert self.page is not None
        line = self.line(self.page, key)
        if not line.hasFocus():
            line.setFocus()  # moving on flushes the previous question
            line.clear()
        char = text[-1]
        if char.isascii():
            QTest.keyClicks(line, char)
        else:
            line.insert(char)
            line.textEdited.emit(line.text())
        self.count += 1
        say("TYPED", [self.page.pointer(key), line.text()])
        delay = PAUSE_MS if self.count % PAUSE_EVERY == 0 else KEY_MS
        QTimer.singleShot(delay, self.next_key)


def main() -> int:
    paths = DataPaths(Path(sys.argv[1]))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    typists: list[Typist] = []

    def start() -> None:
        window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
        typists.append(Typist(window))
        say("READY", window.windowTitle())
        typists[0].next_key()

    QTimer.singleShot(0, start)
    return run(paths, "fi")


if __name__ == "__main__":
    sys.exit(main())
