"""What every question's input has in common: value in, value out, a changed signal, an error state.

``value()`` gives the answer as JSON (``None`` when unanswered) or raises
``AnswerError`` when the typed text does not fit the question (letters in
a number); ``set_value()`` shows a stored answer without emitting
``changed``; ``set_error()`` marks the input with a problem's message.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QCoreApplication, Signal
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
    # Where the input's accessible name is not its own (a drop-down list on Linux and macOS
    # is named by its current value), "required" is said in the description too.
    required_in_description: ClassVar[bool] = False

    def __init__(self, field: Field, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.lang: Lang = lang
        self._error: str | None = None
        self._required = False

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

    def set_required(self, required: bool) -> None:
        """An answer is needed now: a screen reader says so with the question."""
        if required != self._required:
            self._required = required
            self.describe()

    def describe(self) -> None:
        """Accessible name and description: the question (and whether an answer is needed),
        the problem with the answer while there is one, and the help, in the current language."""
        name = self.spoken_name()
        description = self.spoken_description()
        for widget in {self, self.focus_widget()}:
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(description)
        self._show_tooltip()

    def spoken_name(self) -> str:
        """The question, and "required" when an answer is needed: the visible label's "*" is
        not read, or is read as "star"."""
        name = pick(self.field.label, self.lang)
        if not self._required:
            return name
        return QCoreApplication.translate("FieldEditor", "%1 (pakollinen)").replace("%1", name)

    def spoken_description(self) -> str:
        """The problem with the answer first, while there is one, then the question's help:
        a screen reader does not see the red colour of a refused answer."""
        parts = [self._error, pick(self.field.help, self.lang)]
        if self._required and self.required_in_description:
            parts.insert(0, QCoreApplication.translate("FieldEditor", "Pakollinen."))
        return " ".join(part for part in parts if part)

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
        self.describe()

    def marked_widgets(self) -> list[QWidget]:
        """The widgets coloured when the answer has a problem."""
        return [self.focus_widget()]

    def _show_tooltip(self) -> None:
        tip = self._error or pick(self.field.help, self.lang)
        self.focus_widget().setToolTip(tip)
