"""A user at the keyboard and mouse: fills questions the way a person would."""

from __future__ import annotations

from dataclasses import dataclass, field

import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from desktop.jsonvalue import JSONValue
from desktop.survey import Field, Kind
from desktop.ui.form.fields import FieldEditor, TableEditor
from desktop.ui.form.fields.choices import (
    ChoiceEditor,
    LongTextEditor,
    MultiChoiceEditor,
    YesNoEditor,
)
from desktop.ui.form.fields.lines import LineEditor
from desktop.ui.form.section_page import SectionPage
from desktop.ui.shell.main_window import MainWindow

# What a person types for each kind of question, and the answer it becomes.
# Cells the rounds' rules tie to others: permanent + fixed-term = headcount (12 + 0),
# person-years at most the headcount.
RULED_CELLS: dict[str, str] = {"fixed_term": "0", "person_years": "10,5"}

TYPED: dict[Kind, tuple[str, JSONValue]] = {
    Kind.TEXT: ("Sähköinen ä-testi", "Sähköinen ä-testi"),
    Kind.EMAIL: ("anna.makela@kangasala.fi", "anna.makela@kangasala.fi"),
    Kind.PHONE: ("040 123 4567", "040 123 4567"),
    Kind.NUMBER: ("12,5", 12.5),
    Kind.INTEGER: ("12", 12),
    Kind.MONEY: ("2 500,75", 2500.75),
    Kind.DATE: ("15.3.2022", "2022-03-15"),
    Kind.LONGTEXT: (
        "Selitys, jossa on pilkku ja ääkköset.",
        "Selitys, jossa on pilkku ja ääkköset.",
    ),
}


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Key presses for ``text``; QTest's own typing knows only ASCII, and Finnish needs ä and ö."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        key = Qt.Key(ord(char.upper())) if len(char.upper()) == 1 else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            )


def first_option(question: Field) -> JSONValue:
    return question.options[0].value


@dataclass
class User:
    qtbot: QtBot
    window: MainWindow
    typed: dict[str, JSONValue] = field(default_factory=dict)  # pointer → answer given

    def focused(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def focus(self, widget: QWidget) -> None:
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        self.qtbot.waitUntil(widget.hasFocus, timeout=2000)

    def press(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        self.qtbot.keyClick(self.focused(), key, modifier)

    def tab(self) -> None:
        self.press(Qt.Key.Key_Tab)

    def type(self, text: str) -> None:
        """Replace the focused line's text by typing ``text``."""
        widget = self.focused()
        self.qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text(self.qtbot, widget, text)

    # -- one question ---------------------------------------------------------

    def answer(self, page: SectionPage, key: str) -> None:
        """Answer one question by the means its kind offers, and remember the answer."""
        editor = page.editor(key)
        question = editor.field
        pointer = page.pointer(key)
        if isinstance(editor, TableEditor):
            self.add_table_row(page, editor)
            self.typed[pointer] = editor.value()
            return
        if isinstance(editor, LineEditor | LongTextEditor):
            text, value = TYPED[question.kind]
            self.focus(editor.focus_widget())
            self.type(text)
            self.tab()  # leaving the question saves it at once
        elif isinstance(editor, ChoiceEditor):
            self.focus(editor.combo)
            self.press(Qt.Key.Key_Down)  # the first option, chosen by keyboard
            value = first_option(question)
        elif isinstance(editor, YesNoEditor):
            self.qtbot.mouseClick(editor.yes, Qt.MouseButton.LeftButton)
            value = True
        elif isinstance(editor, MultiChoiceEditor):
            self.qtbot.mouseClick(editor.boxes[0][0], Qt.MouseButton.LeftButton)
            value = [first_option(question)]
        else:
            raise AssertionError(f"no way to answer {type(editor).__name__}")
        self.typed[pointer] = value

    def add_table_row(self, page: SectionPage, editor: TableEditor) -> None:
        self.qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
        row = editor.model.rowCount() - 1
        for column, question in enumerate(editor.field.columns):
            self.edit_cell(editor, row, column, question)

    def edit_cell(self, editor: TableEditor, row: int, column: int, question: Field) -> None:
        view = editor.view
        view.setCurrentIndex(editor.model.index(row, column))
        self.focus(view)
        self.qtbot.keyClick(view, Qt.Key.Key_F2)
        cell = self.focused()
        if isinstance(cell, QComboBox):
            self.qtbot.keyClick(cell, Qt.Key.Key_Down)  # the first option
            self.qtbot.keyClick(cell, Qt.Key.Key_Return)
        else:
            assert isinstance(cell, QLineEdit)
            text = RULED_CELLS.get(question.key, TYPED[question.kind][0])
            type_text(self.qtbot, cell, text)
            self.qtbot.keyClick(cell, Qt.Key.Key_Return)
        # Qt commits a typed cell on its next turn of the event loop, as it would for a person.
        self.qtbot.waitUntil(lambda: not shiboken6.isValid(cell) or not cell.isVisible())

    # -- a whole section ------------------------------------------------------

    def fill_section(self, section_id: str) -> SectionPage:
        """Answer every visible question, and the follow-ups the answers bring."""
        page = self.window.open_section(section_id)
        assert page is not None
        done: set[str] = set()
        while True:
            todo = [
                key
                for key, row in page.rows.items()
                if page.is_shown(key) and key not in done and not row.field.read_only
            ]
            if not todo:
                return page
            for key in todo:
                self.answer(page, key)
                done.add(key)


def editor_value(editor: FieldEditor) -> JSONValue:
    return editor.value()
