"""Under each question of a page, quietly, the previous round's answer, with a link that
copies it; in a table, a mark in the corner of each cell whose value differs from the same
row's (by key) last time, the previous value in every cell's tooltip and accessible
description, and under the table the rows that existed last time and are missing now.

Hints are made as the page lays its questions out (a screenful at a time), each just
before its question is shown, so a long section opens about as fast with them as without.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget

from desktop.jsonvalue import JSONObject
from desktop.survey import Kind
from desktop.survey.lineage import row_key
from desktop.survey.previous_values import PreviousAnswers
from desktop.survey.values import display_value
from desktop.ui.form.field_row import FieldRow
from desktop.ui.form.section_page import SectionPage
from desktop.ui.previous.hint_access import expose_as_button
from desktop.ui.translations import fill
from desktop.untrusted import escape as escape_data

if TYPE_CHECKING:
    # Built by PySide6 when first touched: the events' classes wait for the first event.
    from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent

# A hint's colour: a placeholder's, quiet in whatever palette (none of its own to resolve).
QUIET = QPalette.ColorRole.PlaceholderText
ONE_LINE = 50  # characters of a hint that fit one line however narrow the page
_LINKS = (
    Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
)


class HintLabel(QLabel):
    """A question's previous answer. Plain text, which lays out several times faster than
    rich text on a page of hundreds; a click, Enter or Space copies it when it can be copied.
    A table's missing rows are links of their own (rich text, on the few tables)."""

    def __init__(self, parent: QWidget, on_copy: Callable[[], None]) -> None:
        super().__init__(parent)
        self.on_copy = on_copy
        self.copyable = False

    def set_copyable(self, copyable: bool) -> None:
        self.copyable = copyable
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus if copyable else Qt.FocusPolicy.NoFocus)
        shape = Qt.CursorShape.PointingHandCursor if copyable else Qt.CursorShape.ArrowCursor
        self.setCursor(shape)

    def focusInEvent(self, event: QFocusEvent) -> None:  # Qt's name
        # Reached by Tab, Enter copies: it shows as chosen, as a chosen line of a list does.
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Highlight)
        self.setForegroundRole(QPalette.ColorRole.HighlightedText)
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # Qt's name
        self.setAutoFillBackground(False)
        self.setBackgroundRole(QPalette.ColorRole.Window)
        self.setForegroundRole(QUIET)
        super().focusOutEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # Qt's name
        if (
            self.copyable
            and event.button() == Qt.MouseButton.LeftButton
            and not self.hasSelectedText()
        ):
            self.on_copy()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt's name
        if self.copyable and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.on_copy()
            return
        super().keyPressEvent(event)


expose_as_button(HintLabel)  # a copyable hint is a button to a screen reader


def _after_its_question(row: FieldRow, label: QWidget) -> None:
    """Put ``label`` next in the Tab order after its question's input: a widget made later
    goes to the end of the window's order, past the problem list, where Enter on a hint
    scrolled out of sight would copy an answer the user never saw."""
    if not label.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return  # Qt places only a widget that takes the focus: a hint that cannot copy stays out
    inputs: list[QWidget] = [row.editor, *row.editor.findChildren(QWidget)]
    if row.none_box is not None:
        inputs.append(row.none_box)
    reachable = [
        w
        for w in inputs
        # A list's popup is a child of its input but a window of its own.
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.window() is label.window()
    ]
    if reachable:
        QWidget.setTabOrder(reachable[-1], label)


class PreviousHints(QObject):
    """The previous answers of one page; ``copy(pointer, rows)`` copies one question's (a
    table's chosen rows, by key, or all of them)."""

    def __init__(
        self,
        page: SectionPage,
        previous: PreviousAnswers,
        copy: Callable[[str, list[str] | None], None],
    ) -> None:
        super().__init__(page)
        self.page = page
        self.previous = previous
        self.copy = copy
        self.labels: dict[str, HintLabel] = {}
        self._rows: dict[str, list[str]] = {}  # the keys of the missing rows each label names
        self._shown: set[str] = set()
        self._linked: set[str] = set()  # the labels whose links are connected
        self._hint_tables()
        page.answer_changed.connect(self._changed)
        page.answers_shown.connect(self.refresh)
        # Each question's previous answer is added as the page lays the question out (a
        # screenful at a time), while the question is still hidden: the label is laid out
        # with its question, at no cost of its own, and nothing on screen moves after.
        page.revealing.connect(self._make)
        self._make(page.revealed_keys())

    def _hint_tables(self) -> None:
        """Each table's cells tell their previous values."""
        page = self.page
        for key, row in page.rows.items():
            if row.field.kind is Kind.TABLE and self.previous.link(page.pointer(key)) is not None:
                model = getattr(row.editor, "model", None)
                if model is not None:
                    model.set_hint(lambda cells, column, k=key: self._cell(k, cells, column))

    def set_previous(self, previous: PreviousAnswers) -> None:
        """Other previous answers (an earlier round's package imported): shown at once."""
        self.previous = previous
        self._hint_tables()
        self.refresh()

    def _make(self, keys: list[str]) -> None:
        for key in keys:
            if key not in self._shown:
                self._shown.add(key)
                self._update(key)

    @property
    def settled(self) -> bool:
        """Every question has its previous answer under it."""
        return len(self._shown) == len(self.page.rows)

    def _changed(self, key: str) -> None:
        if key in self._shown and self.page.rows[key].field.kind is Kind.TABLE:
            self._update(key)  # a row added or keyed anew: the missing rows change

    def refresh(self) -> None:
        for key in self._shown:
            self._update(key)

    def _missing(self, key: str) -> list[tuple[str, str]]:
        """(key as the previous row had it, as shown) of the rows there last time, not now."""
        row = self.page.rows[key]
        current = self.page.answers.get(key)
        if row.field.kind is not Kind.TABLE or not isinstance(current, list) or not current:
            return []  # an empty table shows the previous one whole, to copy at once
        column = row.field.column(row_key(row.field))
        if column is None:
            return []
        missing = self.previous.missing_rows(self.page.pointer(key), current)
        return [
            (str(r[column.key]), escape_data(display_value(column, r[column.key], self.page.lang)))
            for r in missing
            if r.get(column.key) is not None
        ]

    def _update(self, key: str) -> None:
        row = self.page.rows[key]
        if row.field.read_only:
            return  # the municipality: from the profile, never answered by hand
        said = self.previous.describe(self.page.pointer(key), self.page.lang)
        missing = self._missing(key)
        label = self.labels.get(key)
        legend = self._legend(key)
        if not said and not missing:
            if label is not None:
                label.hide()
            return
        if label is None:
            label = HintLabel(row, functools.partial(self._activated, key, "copy"))
            label.setObjectName(f"previous_{key}")
            label.setForegroundRole(QUIET)
            layout = row.layout()
            assert layout is not None
            index = layout.indexOf(row.editor) + (2 if row.none_box is not None else 1)
            layout.insertWidget(index, label)  # type: ignore[attr-defined]
            self.labels[key] = label
        link = self.previous.link(self.page.pointer(key))
        copyable = link is not None and link.copyable and not row.locked
        spoken = [fill(self.tr("Edellinen %1"), said)] if said else []
        self._rows[key] = [k for k, _shown in missing]
        if not missing:
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            label.set_copyable(copyable)
            lines = [spoken[0] + (" · " + self.tr("Kopioi") if copyable else "")]
            shown = "\n".join([*lines, legend] if legend else lines)
            # A short hint is one line on the narrowest page; wrapping costs the layout.
            label.setWordWrap(len(shown) > ONE_LINE)
            label.setText(shown)
            label.setToolTip(self.tr("Kopioi edellinen vastaus tähän") if copyable else "")
            # Said as a button that Enter copies; the corner mark's legend is its description.
            copies = fill(self.tr("%1 – Enter kopioi sen tähän"), spoken[0])
            label.setAccessibleName(copies if copyable else spoken[0])
            label.setAccessibleDescription(legend)
            _after_its_question(row, label)
            label.show()
            return
        # Each missing row by name: a click copies that row alone.
        label.set_copyable(False)
        if key not in self._linked:
            self._linked.add(key)
            label.linkActivated.connect(lambda link, k=key: self._activated(k, link))
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(_LINKS)
        # A Tab stop whenever it has links, every time: Qt gives the focus back only when the
        # flags change, and ``set_copyable(False)`` above took it.
        label.setFocusPolicy(Qt.FocusPolicy.StrongFocus if copyable else Qt.FocusPolicy.NoFocus)
        lines = []
        if said:
            copy = escape(self.tr("Kopioi"))
            lines.append(
                escape(spoken[0]) + (f' &nbsp;<a href="copy">{copy}</a>' if copyable else "")
            )
        names = [
            f'<a href="row:{index}">{escape(shown)}</a>' if copyable else escape(shown)
            for index, (_key, shown) in enumerate(missing)
        ]
        line = self.tr("Edellisellä kierroksella, ei nyt: %1")
        spoken.append(fill(line, ", ".join(shown for _key, shown in missing)))
        lines.append(fill(escape(line), ", ".join(names)))
        if legend:
            lines.append(escape(legend))
        label.setText("<br>".join(lines))
        label.setAccessibleName(" ".join(spoken))
        label.setAccessibleDescription(legend)  # what the marked corners mean, not read as a name
        _after_its_question(row, label)
        label.show()

    def _activated(self, key: str, link: str) -> None:
        pointer = self.page.pointer(key)
        if link == "copy":
            self.copy(pointer, None)
        elif link.startswith("row:"):
            index = int(link.removeprefix("row:"))
            keys = self._rows.get(key, [])
            if 0 <= index < len(keys):
                self.copy(pointer, [keys[index]])

    def _legend(self, key: str) -> str:
        """What the marked corners of a table's cells mean, when some cell is marked."""
        row = self.page.rows[key]
        current = self.page.answers.get(key)
        if row.field.kind is not Kind.TABLE or not isinstance(current, list):
            return ""
        pointer = self.page.pointer(key)
        keyed = row_key(row.field)
        for cells in current:
            previous = self.previous.row_for(pointer, cells)
            if previous is None or not isinstance(cells, dict):
                continue
            if any(_differs(previous, cells, c.key) for c in row.field.columns if c.key != keyed):
                said = self.tr(
                    "◥ = arvo eroaa kierroksen %1 vastauksesta (edellinen arvo näkyy, kun "
                    "osoitin on solun päällä)"
                )
                return fill(said, self.previous.source.label(self.page.lang))
        return ""

    def _cell(self, key: str, cells: JSONObject, column: str) -> tuple[str, bool] | None:
        row = self.page.rows[key]
        question = row.field.column(column)
        if question is None:
            return None
        pointer = self.page.pointer(key)
        previous = self.previous.row_for(pointer, cells)
        if previous is None or previous.get(column) is None:
            return None
        said = self.previous.describe_cell(pointer, cells, question, self.page.lang)
        if not said:
            return None
        differs = column != row_key(row.field) and _differs(previous, cells, column)
        return fill(self.tr("Edellinen %1"), said), differs


def _differs(previous: JSONObject, cells: JSONObject, column: str) -> bool:
    """A cell answered last time whose value now is another (or none)."""
    before = previous.get(column)
    return before is not None and cells.get(column) != before
