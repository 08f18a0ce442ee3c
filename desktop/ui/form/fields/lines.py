"""Questions answered on one line: numbers, money, text, e-mail, phone, dates, the municipality."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop.i18n import Lang, pick
from desktop.jsonvalue import JSONValue
from desktop.survey import Field, Kind
from desktop.survey.formatting import format_date
from desktop.survey.values import AnswerError, answer_text, parse_answer
from desktop.ui.form.fields.base import FieldEditor

if TYPE_CHECKING:
    # Built by PySide6 when first touched, with its enums: loaded with the first calendar.
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QCalendarWidget

    from desktop.municipalities import Register

NUMBER_WIDTH = 160
TEXT_WIDTH = 420
# Looked up once: a big section makes hundreds of these inputs.
_RIGHT = Qt.AlignmentFlag.AlignRight
_NUMBERS = Qt.InputMethodHint.ImhFormattedNumbersOnly
_HINTS = {
    Kind.EMAIL: Qt.InputMethodHint.ImhEmailCharactersOnly,
    Kind.PHONE: Qt.InputMethodHint.ImhDialableCharactersOnly,
}


class LineEditor(FieldEditor):
    """A QLineEdit, with the unit after it when the question has one."""

    typing = True

    def __init__(self, field: Field, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(field, lang, parent)
        self.line = QLineEdit(self)
        self.line.setObjectName(f"input_{field.key}")
        self.line.textEdited.connect(self.changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line)
        # Only questions with a unit get a label for it: a big section makes many of these.
        self.unit: QLabel | None = QLabel(self) if field.unit else None
        if self.unit is not None:
            layout.addWidget(self.unit)
        self.setFocusProxy(self.line)
        self.retranslate()
        self.describe()

    def text_of(self, value: JSONValue) -> str:
        return "" if value is None else str(value)

    def value(self) -> JSONValue:
        text = self.line.text().strip()
        if not text:
            return None
        return parse_answer(self.field, text, self.lang)

    def set_value(self, value: JSONValue) -> None:
        self.line.setText(self.text_of(value))

    def retranslate(self) -> None:
        if self.unit is not None:
            self.unit.setText(pick(self.field.unit, self.lang))

    def set_locked(self, locked: bool) -> None:
        self.line.setReadOnly(locked)


class WrittenBackEditor(LineEditor):
    """A line whose text is read as a value (a number, a date): once the user leaves it,
    it shows the value read written back the language's way, so what is seen is what is
    stored (``1,250`` typed in English shows ``1,250``; ``45,5`` shows ``45.5``)."""

    def __init__(self, field: Field, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(field, lang, parent)
        self.line.editingFinished.connect(self.write_back)

    def write_back(self) -> None:
        try:
            value = self.value()
        except AnswerError:
            return  # refused text stays as typed, marked with its reason
        text = self.text_of(value)
        if text != self.line.text():
            self.line.setText(text)


class NumberEditor(WrittenBackEditor):
    """Number, integer or money, with the Finnish decimal comma and the unit."""

    def __init__(self, field: Field, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(field, lang, parent)
        self.line.setAlignment(_RIGHT)
        self.line.setFixedWidth(NUMBER_WIDTH)
        self.line.setInputMethodHints(_NUMBERS)

    def text_of(self, value: JSONValue) -> str:
        return answer_text(self.field, value, self.lang)

    def set_lang(self, lang: Lang) -> None:
        # The same number written the new language's way (a comma becomes a point in English).
        try:
            current = self.value()
        except AnswerError:
            super().set_lang(lang)  # text that is not a number yet stays as typed
            return
        super().set_lang(lang)
        self.set_value(current)


class TextEditor(LineEditor):
    """Short text, e-mail address or phone number."""

    def __init__(self, field: Field, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(field, lang, parent)
        self.line.setFixedWidth(TEXT_WIDTH)
        if field.kind in _HINTS:
            self.line.setInputMethodHints(_HINTS[field.kind])


class DateEditor(WrittenBackEditor):
    """A date typed as d.M.yyyy, or picked from a calendar."""

    def __init__(self, field: Field, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(field, lang, parent)
        self.line.setFixedWidth(NUMBER_WIDTH)
        from PySide6.QtWidgets import QToolButton  # built with the first date question shown

        self.pick = QToolButton(self)
        self.pick.setObjectName(f"calendar_{field.key}")
        self.pick.setArrowType(Qt.ArrowType.DownArrow)
        # The line takes the date by keyboard; the button is off the tab chain, and Alt+Down
        # or F4 in the line opens the calendar, as they open a list.
        self.pick.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pick.clicked.connect(self.open_calendar)
        from PySide6.QtGui import QKeySequence, QShortcut

        for keys in ("Alt+Down", "F4"):
            shortcut = QShortcut(QKeySequence(keys), self.line)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self._open_by_keyboard)
        self.calendar: QCalendarWidget | None = None  # made on first use: it is a heavy widget
        # The day an empty answer's calendar opens on: the round's own period (its first
        # day), not the computer's today, which for an earlier round is years away.
        self.period_start: date | None = None
        layout = self.layout()
        assert isinstance(layout, QHBoxLayout)
        layout.insertWidget(1, self.pick)
        self.retranslate()

    def text_of(self, value: JSONValue) -> str:
        return answer_text(self.field, value, self.lang) if isinstance(value, str) else ""

    def retranslate(self) -> None:
        super().retranslate()
        self.line.setPlaceholderText(self.tr("p.k.vvvv"))
        if hasattr(self, "pick"):
            self.pick.setToolTip(self.tr("Valitse kalenterista"))
            # An arrow alone: a screen reader names it by what it does, and for which question.
            said = f"{self.pick.toolTip()}: {pick(self.field.label, self.lang)}"
            self.pick.setAccessibleName(said)

    def open_calendar(self) -> QCalendarWidget:
        if self.calendar is None:
            from PySide6.QtWidgets import QCalendarWidget

            self.calendar = QCalendarWidget(self)
            self.calendar.setWindowFlags(Qt.WindowType.Popup)
            self.calendar.setGridVisible(True)
            self.calendar.clicked.connect(self._chosen)
            self.calendar.activated.connect(self._chosen)
        try:
            current = self.value()
        except AnswerError:
            current = None
        if isinstance(current, str):
            from PySide6.QtCore import QDate

            day = date.fromisoformat(current)
            self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        elif self.period_start is not None:
            # The arrow keys start from the day chosen: the period's first, not today.
            start = self.period_start
            from PySide6.QtCore import QDate

            self.calendar.setSelectedDate(QDate(start.year, start.month, start.day))
        self.calendar.move(self.line.mapToGlobal(self.line.rect().bottomLeft()))
        self.calendar.show()
        return self.calendar

    def _open_by_keyboard(self) -> None:
        if self.pick.isEnabled() and not self.line.isReadOnly():
            self.open_calendar().setFocus(Qt.FocusReason.PopupFocusReason)

    def set_locked(self, locked: bool) -> None:
        super().set_locked(locked)
        self.pick.setEnabled(not locked)

    def _chosen(self, chosen: QDate) -> None:
        self.line.setText(format_date(date(chosen.year(), chosen.month(), chosen.day())))
        if self.calendar is not None:
            self.calendar.hide()
        self.line.setFocus()
        self.changed.emit()


class MunicipalityEditor(LineEditor):
    """The answering municipality: shown from the profile, never typed here."""

    def __init__(
        self,
        field: Field,
        lang: Lang,
        parent: QWidget | None = None,
        register: Callable[[], Register] | None = None,
    ) -> None:
        super().__init__(field, lang, parent)
        self.line.setReadOnly(True)
        self.line.setFixedWidth(TEXT_WIDTH)
        self._code: JSONValue = None
        # The workbook's register, asked for once the window is up; without one, the code alone.
        self._register = register

    def set_locked(self, locked: bool) -> None:
        """Never typed here, submitted or not."""

    def value(self) -> JSONValue:
        return self._code

    def set_value(self, value: JSONValue) -> None:
        self._code = value
        self.line.setText(value if isinstance(value, str) else "")
        # The register takes a moment to read: the name follows once the window is up.
        QTimer.singleShot(0, self, self._show_name)  # not after the input is gone

    def _show_name(self) -> None:
        # Loaded once the window is up, with the register.
        from desktop.municipalities import RegisterError

        if isinstance(self._code, str) and self._register is not None:
            try:
                name = self._register().get(self._code).display_name(self.lang)
            except RegisterError:
                return
            self.line.setText(f"{name} ({self._code})")

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "_code"):
            self._show_name()
