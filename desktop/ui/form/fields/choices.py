"""Questions answered by choosing: yes/no, one option, several options; and long text."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QHBoxLayout, QVBoxLayout, QWidget

from desktop.i18n import Lang, pick
from desktop.jsonvalue import JSONValue
from desktop.survey import Field
from desktop.survey.values import clean_text
from desktop.ui.form.fields.base import FieldEditor

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent, QPaintEvent

CHOICE_WIDTH = 420
RING = 2  # the frame round a group of buttons while one of them has the keyboard focus


# PySide6 builds a class with its enums when first touched: the classes of these
# questions load with the first question that shows them, not with every window.
def _key_event() -> type[QKeyEvent]:
    from PySide6.QtGui import QKeyEvent

    return QKeyEvent


_watching: list[bool] = []


def _watch_focus() -> None:
    """Repaint a group's frame when the focus comes to or leaves one of its buttons: one
    connection for the whole application (an event filter on each button would build the
    class of every event it sees in Python, at the first screen's cost)."""
    if _watching:
        return
    _watching.append(True)
    from PySide6.QtCore import QTimer

    # Connected once the window is up: a focus change delivers its two widgets to Python,
    # and one of a class PySide6 has not built yet makes it build every widget class to
    # find its own, at the first screen's cost (no button of a group has the focus then).
    QTimer.singleShot(0, _connect_focus)


def _connect_focus() -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.focusChanged.connect(_focus_moved)


def _focus_moved(old: QWidget | None, new: QWidget | None) -> None:
    for widget in (old, new):
        group = widget.parentWidget() if widget is not None else None
        if isinstance(group, _Ringed):
            group.update()


class _Ringed(FieldEditor):
    """A group of buttons framed in the selection's colour while one of them has the focus:
    a radio button's or tick box's own focus mark is faint, and on the pink of a question
    left unanswered it is not seen at all. The frame's margin is there focused or not, so
    nothing moves when the focus comes or goes."""

    def buttons(self) -> list[QAbstractButton]:
        raise NotImplementedError

    def describe(self) -> None:
        """The group is named by the question; each button by its own option ("Yes", "No"),
        with the question, its problem and its help as the button's description, so a screen
        reader on any one button says which option it is and what is asked."""
        name = self.spoken_name()
        description = self.spoken_description()
        self.setAccessibleName(name)
        self.setAccessibleDescription(description)
        said = f"{name}. {description}" if description else name
        for button in self.buttons():
            button.setAccessibleDescription(said)
        self._show_tooltip()

    def _ring(self, layout: QHBoxLayout | QVBoxLayout) -> None:
        layout.setContentsMargins(RING + 1, RING + 1, RING + 1, RING + 1)
        _watch_focus()

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt's name
        super().paintEvent(event)
        if not any(button.hasFocus() for button in self.buttons()):
            return
        from PySide6.QtGui import QPainter, QPalette

        painter = QPainter(self)
        colour = self.palette().color(QPalette.ColorRole.Highlight)
        width, height = self.width(), self.height()
        for x, y, w, h in (
            (0, 0, width, RING),
            (0, height - RING, width, RING),
            (0, 0, RING, height),
            (width - RING, 0, RING, height),
        ):
            painter.fillRect(x, y, w, h, colour)


class YesNoEditor(_Ringed):
    """Two radio buttons; Delete or Backspace on them takes the answer back."""

    def __init__(self, field: Field, lang: Lang, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QButtonGroup, QRadioButton

        super().__init__(field, lang, parent)
        self.yes = QRadioButton(self)
        self.no = QRadioButton(self)
        self.yes.setObjectName(f"yes_{field.key}")
        self.no.setObjectName(f"no_{field.key}")
        self.group = QButtonGroup(self)
        for button in (self.yes, self.no):
            self.group.addButton(button)
            button.installEventFilter(self)
        self.group.buttonClicked.connect(lambda _button: self.changed.emit())
        layout = QHBoxLayout(self)
        layout.addWidget(self.yes)
        layout.addWidget(self.no)
        self._ring(layout)
        self.setFocusProxy(self.yes)
        self.retranslate()
        self.describe()

    def value(self) -> JSONValue:
        if self.yes.isChecked():
            return True
        if self.no.isChecked():
            return False
        return None

    def set_value(self, value: JSONValue) -> None:
        self.group.setExclusive(False)  # an exclusive group cannot have nothing checked
        self.yes.setChecked(value is True)
        self.no.setChecked(value is False)
        self.group.setExclusive(True)

    def retranslate(self) -> None:
        self.yes.setText(self.tr("Kyllä"))
        self.no.setText(self.tr("Ei"))

    def marked_widgets(self) -> list[QWidget]:
        return [self]

    def buttons(self) -> list[QAbstractButton]:
        return [self.yes, self.no]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        from PySide6.QtCore import QEvent  # built with the first event filtered here

        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, _key_event())
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.value() is not None
        ):
            self.set_value(None)
            self.changed.emit()
            return True
        return super().eventFilter(watched, event)


class ChoiceEditor(FieldEditor):
    """One option from a drop-down list; the first, empty entry means unanswered."""

    # Qt names a drop-down list by its value outside Windows, and its question by its label.
    required_in_description = sys.platform != "win32"

    def __init__(self, field: Field, lang: Lang, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QComboBox

        super().__init__(field, lang, parent)
        self.combo = QComboBox(self)
        self.combo.setObjectName(f"input_{field.key}")
        self.combo.addItem("", None)
        for option in field.options:
            self.combo.addItem("", option.value)
        self.combo.setMinimumContentsLength(20)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.setMaximumWidth(CHOICE_WIDTH * 2)
        self.combo.activated.connect(lambda _index: self.changed.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        self.setFocusProxy(self.combo)
        self.retranslate()
        self.describe()

    def value(self) -> JSONValue:
        data = self.combo.currentData()
        return data if isinstance(data, str | int) else None

    def set_value(self, value: JSONValue) -> None:
        index = self.combo.findData(value) if value is not None else 0
        self.combo.setCurrentIndex(max(index, 0))

    def retranslate(self) -> None:
        self.combo.setItemText(0, self.tr("– valitse –"))
        for index, option in enumerate(self.field.options, start=1):
            self.combo.setItemText(index, pick(option.label, self.lang))


class MultiChoiceEditor(_Ringed):
    """Several options, one check box each."""

    def __init__(self, field: Field, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(field, lang, parent)
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        self.boxes: list[tuple[QCheckBox, str | int]] = []
        for option in field.options:
            box = QCheckBox(self)
            box.setObjectName(f"option_{field.key}_{option.value}")
            box.clicked.connect(lambda _checked: self.changed.emit())
            layout.addWidget(box)
            self.boxes.append((box, option.value))
        self._ring(layout)
        if self.boxes:
            self.setFocusProxy(self.boxes[0][0])
        self.retranslate()
        self.describe()

    def value(self) -> JSONValue:
        chosen: list[JSONValue] = [value for box, value in self.boxes if box.isChecked()]
        return chosen or None

    def set_value(self, value: JSONValue) -> None:
        chosen = value if isinstance(value, list) else []
        for box, option in self.boxes:
            box.setChecked(option in chosen)

    def retranslate(self) -> None:
        for (box, _value), option in zip(self.boxes, self.field.options, strict=True):
            box.setText(pick(option.label, self.lang))

    def marked_widgets(self) -> list[QWidget]:
        return [self]

    def buttons(self) -> list[QAbstractButton]:
        return [box for box, _value in self.boxes]


class LongTextEditor(FieldEditor):
    """Several lines of text; Tab moves on to the next question, as elsewhere."""

    typing = True

    def __init__(self, field: Field, lang: Lang, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy

        super().__init__(field, lang, parent)
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName(f"input_{field.key}")
        self.edit.setTabChangesFocus(True)
        self.edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        lines = 4
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * lines + 14)
        self._loading = False
        self.edit.textChanged.connect(self._edited)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)
        self.describe()

    def _edited(self) -> None:
        if not self._loading:
            self.changed.emit()

    def value(self) -> JSONValue:
        # Pasted control characters are dropped; the lines and tabs are kept.
        text = clean_text(self.field, self.edit.toPlainText()).strip()
        return text or None

    def set_value(self, value: JSONValue) -> None:
        self._loading = True
        try:
            self.edit.setPlainText("" if value is None else str(value))
        finally:
            self._loading = False

    def set_locked(self, locked: bool) -> None:
        self.edit.setReadOnly(locked)
