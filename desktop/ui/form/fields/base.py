"""What every question's input has in common: value in, value out, a changed signal, an error state.

``value()`` gives the answer as JSON (``None`` when unanswered) or raises
``AnswerError`` when the typed text does not fit the question (letters in
a number); ``set_value()`` shows a stored answer without emitting
``changed``; ``set_error()`` marks the input with a problem's message.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

from desktop.i18n import Lang, pick
from desktop.jsonvalue import JSONValue
from desktop.survey import Field

PROBLEM_COLOUR = QColor("#fde7e9")


class FieldEditor(QWidget):
    """The input for one question; one subclass per kind of field."""

    changed = Signal()
    # Typed answers are saved after a pause; a click (yes/no, an option) is saved at once.
    typing: ClassVar[bool] = False

    def __init__(self, field: Field, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.lang: Lang = lang
        self._error: str | None = None

    # -- the interface every kind implements --------------------------------

    def value(self) -> JSONValue:
        """The answer as JSON, ``None`` when empty; AnswerError when the text does not fit."""
        raise NotImplementedError

    def set_value(self, value: JSONValue) -> None:
        """Show ``value`` (a stored answer); does not emit ``changed``."""
        raise NotImplementedError

    def retranslate(self) -> None:
        """Texts of the kind's own (option labels, yes/no) in ``self.lang``."""

    def set_locked(self, locked: bool) -> None:
        """A submitted round is shown, not edited. Text stays selectable and copyable
        where the kind allows (lines, long text, table cells); choices are disabled."""
        self.setEnabled(not locked)

    def hide_edit_controls(self) -> None:
        """Shown only, never edited (a received package): the controls that only change the
        answer are not shown at all. The kinds with such controls of their own hide them."""

    # -- shared behaviour ----------------------------------------------------

    def set_lang(self, lang: Lang) -> None:
        self.lang = lang
        self.retranslate()
        self.describe()

    def describe(self) -> None:
        """Accessible name and description: the question and its help, in the current language."""
        name = pick(self.field.label, self.lang)
        description = pick(self.field.help, self.lang)
        for widget in {self, self.focus_widget()}:
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(description)
        self._show_tooltip()

    def focus_widget(self) -> QWidget:
        return self.focusProxy() or self

    def error(self) -> str | None:
        return self._error

    def set_error(self, message: str | None) -> None:
        if message == self._error:
            return
        self._error = message
        palette = QPalette()  # an empty palette: the widget inherits its parent's again
        if message is not None:
            for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Window):
                palette.setColor(role, PROBLEM_COLOUR)
        for widget in self.marked_widgets():
            widget.setPalette(palette)
            widget.setAutoFillBackground(message is not None)
        self._show_tooltip()

    def marked_widgets(self) -> list[QWidget]:
        """The widgets coloured when the answer has a problem."""
        return [self.focus_widget()]

    def _show_tooltip(self) -> None:
        tip = self._error or pick(self.field.help, self.lang)
        self.focus_widget().setToolTip(tip)
