"""One question of a section as the form shows it: its label (with * when an answer
is needed now), its help, its input, its computed values and, under it, the
problem to fix.

The section page (``section_page``) lays these out and wires their inputs to
the session; the read-only view of a received package shows them too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.i18n import Lang, entry, pick, text
from desktop.jsonvalue import JSONObject, JSONValue
from desktop.survey import Field, Kind
from desktop.survey.rules import Computed, compute, display_computed
from desktop.ui.form.fields import FieldEditor, make_editor

if TYPE_CHECKING:
    from desktop.municipalities import Register

ERROR_COLOUR = QColor("#b3261e")
WARNING_COLOUR = QColor("#7a4f00")  # dark amber: to be checked, not necessarily wrong


def _tinted(role_colour: QColor) -> QPalette:
    # A palette, not a style sheet: style sheets make every widget of a big page slower to polish.
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.WindowText, role_colour)
    return palette


# Looked up once: a Qt enum member costs microseconds each time, and a big page asks often.
_PLAIN = Qt.TextFormat.PlainText
_LEFT = Qt.AlignmentFlag.AlignLeft
_FULL_WIDTH = Qt.AlignmentFlag(0)
_WIDE = frozenset({Kind.TABLE, Kind.LONGTEXT})
# A question's "none" choice, where its schema names none of its own (x-none).
_NONE_TEXT = {Kind.TABLE: "survey.value.no_rows", Kind.MULTICHOICE: "survey.value.none_chosen"}


class RowLook:
    """The fonts and colours every question of a page shares, made once per page."""

    # A plain class: a dataclass compiles its methods at every start (start-up time).
    __slots__ = ("help_palette", "label_font")

    def __init__(self, label_font: QFont, help_palette: QPalette) -> None:
        self.label_font = label_font
        self.help_palette = help_palette

    @classmethod
    def of(cls, widget: QWidget) -> RowLook:
        font = QFont(widget.font())
        font.setWeight(QFont.Weight.DemiBold)
        return cls(font, _tinted(widget.palette().color(QPalette.ColorRole.PlaceholderText)))


class FieldRow(QWidget):
    """A question: label, help, input and the problem message."""

    # The user asks to confirm the warning under the question (or to change its explanation).
    explain_requested = Signal()

    def __init__(
        self,
        field: Field,
        lang: Lang,
        look: RowLook,
        parent: QWidget | None = None,
        computed: tuple[Computed, ...] = (),
        register: Callable[[], Register] | None = None,
    ):
        super().__init__(parent)
        self.field = field
        self.lang: Lang = lang
        self.required = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.setSpacing(3)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(_PLAIN)
        self.label.setFont(look.label_font)
        layout.addWidget(self.label)
        self.help: QLabel | None = None
        if field.help:
            self.help = QLabel(self)
            self.help.setWordWrap(True)
            self.help.setTextFormat(_PLAIN)
            self.help.setPalette(look.help_palette)
            layout.addWidget(self.help)
        self.editor: FieldEditor = make_editor(field, lang, self, register)
        # Short inputs keep their own width, so a problem's colour marks only the input.
        layout.addWidget(self.editor, 0, _FULL_WIDTH if field.kind in _WIDE else _LEFT)
        # A table that may have no rows says so by a choice of its own, stored as [].
        self.none_box: QCheckBox | None = None
        if field.allows_none:
            self.none_box = QCheckBox(self)
            self.none_box.setObjectName(f"none_{field.key}")
            layout.addWidget(self.none_box)
        self.locked = False
        self.computed = [(item, QLabel(self)) for item in computed]
        for _item, shown in self.computed:
            shown.setTextFormat(_PLAIN)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(shown)
        self.message: QLabel | None = None  # made when the first problem shows
        self.explain_button: QPushButton | None = None  # made when the first warning shows
        self.look = look
        self._warned = False  # the message is a warning, which the user may confirm
        self._settled = False  # a warning the user confirmed with an explanation
        self.label.setBuddy(self.editor.focus_widget())
        self._texts()

    def _texts(self) -> None:
        label = pick(self.field.label, self.lang)
        self.label.setText(f"{label} *" if self.required else label)
        if self.help is not None:
            self.help.setText(pick(self.field.help, self.lang))
        if self.none_box is not None:
            self.none_box.setText(
                pick(self.field.none_label or entry(_NONE_TEXT[self.field.kind]), self.lang)
            )
        if self.explain_button is not None:
            self.explain_button.setText(
                self.tr("Muuta selitystä…") if self._settled else self.tr("Vahvista huomautus…")
            )
            self.explain_button.setToolTip(
                self.tr(
                    "Jos vastaus pitää paikkansa, kerro lyhyesti miksi. Selitys tallennetaan "
                    "ja lähetetään vastausten mukana."
                )
            )

    def show_computed(self, answers: JSONObject) -> None:
        """The values worked out from the answers, read-only under the question."""
        mark = text("survey.value.computed", self.lang)
        for item, shown in self.computed:
            value = display_computed(item, compute(item, answers), self.lang)
            shown.setText(f"{pick(item.label, self.lang)} ({mark}): {value}")

    def show_none(self, value: JSONValue) -> None:
        """Tick "none" when the stored answer is no rows; it can be chosen only while empty."""
        if self.none_box is None:
            return
        self.none_box.setChecked(value == [])
        self.none_box.setEnabled(not self.locked and not value)
        if self.field.kind is Kind.MULTICHOICE:  # "none of these" holds the options off
            self.editor.setEnabled(not self.locked and value != [])

    def set_locked(self, locked: bool) -> None:
        self.locked = locked
        self.editor.set_locked(locked)
        if self.none_box is not None:
            chosen = self.editor.value()  # rows, or the options ticked
            self.none_box.setEnabled(not locked and not chosen)
            if self.field.kind is Kind.MULTICHOICE and self.none_box.isChecked():
                self.editor.setEnabled(False)
        self._show_explain()

    def show_read_only(self, value: JSONValue) -> None:
        """Shown, never edited (a received package): the input locked and the controls that
        only edit hidden; a "none" that was chosen stays told, ticked."""
        self.set_locked(True)
        self.show_none(value)
        self.editor.hide_edit_controls()
        if self.none_box is not None:
            self.none_box.setVisible(value == [])

    def set_required(self, required: bool) -> None:
        if required != self.required:
            self.required = required
            self._texts()
            self.editor.set_required(required)

    def set_lang(self, lang: Lang) -> None:
        self.lang = lang
        self.editor.set_lang(lang)
        self._texts()

    def set_problem(
        self,
        message: str | None,
        *,
        mark: bool = True,
        warning: bool = False,
        settled: bool = False,
    ) -> None:
        """Show ``message`` under the question; ``mark`` colours the input too.

        A warning (to check, not necessarily wrong) is told in its own colour
        and leaves the input unmarked, with a button to confirm it; a warning
        the user confirmed with an explanation (``settled``) is told quietly."""
        self.editor.set_error(message if mark and not warning and not settled else None)
        self._warned = message is not None and (warning or settled)
        self._settled = settled
        if message is None:
            if self.message is not None:
                self.message.hide()
            self._show_explain()
            return
        if self.message is None:
            self.message = QLabel(self)
            self.message.setWordWrap(True)
            self.message.setTextFormat(Qt.TextFormat.PlainText)
            layout = self.layout()
            assert layout is not None
            layout.addWidget(self.message)
        if settled:
            self.message.setPalette(self.look.help_palette)
        else:
            self.message.setPalette(_tinted(WARNING_COLOUR if warning else ERROR_COLOUR))
        self.message.setText(message)
        self.message.show()
        self._show_explain()

    def _show_explain(self) -> None:
        """The button that confirms the warning, while there is one to confirm here."""
        wanted = self._warned and not self.locked
        if wanted and self.explain_button is None:
            self.explain_button = QPushButton(self)
            self.explain_button.setObjectName(f"explain_{self.field.key}")
            self.explain_button.clicked.connect(self.explain_requested)
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)
            layout.addWidget(self.explain_button, 0, _LEFT)
        if self.explain_button is not None:
            self.explain_button.setVisible(wanted)
            if wanted:
                self._texts()
