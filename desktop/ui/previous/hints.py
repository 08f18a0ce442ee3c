"""Under each question of a page, quietly, the previous round's answer, with a link that
copies it; in a table, a cell's previous value in its tooltip and the rows that existed
last time and are missing now.

Hints are made as the page lays its questions out (a screenful at a time), so a long
section opens about as fast with them as without.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from html import escape

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel

from desktop.jsonvalue import JSONObject
from desktop.survey import Kind
from desktop.survey.lineage import row_key
from desktop.survey.previous_values import PreviousAnswers
from desktop.survey.values import display_value
from desktop.ui.form.section_page import SectionPage
from desktop.ui.translations import fill

_LINKS = (
    Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
)


class PreviousHints(QObject):
    """The previous answers of one page; ``copy(pointer)`` copies one question's."""

    def __init__(
        self, page: SectionPage, previous: PreviousAnswers, copy: Callable[[str], None]
    ) -> None:
        super().__init__(page)
        self.page = page
        self.previous = previous
        self.copy = copy
        self.labels: dict[str, QLabel] = {}
        self._shown: set[str] = set()
        palette = QPalette(page.palette())
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        palette.setColor(QPalette.ColorRole.WindowText, muted)
        self._palette = palette
        for key, row in page.rows.items():
            if row.field.kind is Kind.TABLE and previous.link(page.pointer(key)) is not None:
                model = getattr(row.editor, "model", None)
                if model is not None:
                    model.hint = lambda cells, column, k=key: self._cell(k, cells, column)
        page.revealed.connect(self._revealed)
        page.answer_changed.connect(self._changed)
        page.answers_shown.connect(self.refresh)
        self._revealed([k for k in page.rows if not page.rows[k].isHidden()])

    def _revealed(self, keys: Iterable[str]) -> None:
        for key in keys:
            self._shown.add(key)
            self._update(key)

    def _changed(self, key: str) -> None:
        if key in self._shown and self.page.rows[key].field.kind is Kind.TABLE:
            self._update(key)  # a row added or keyed anew: the missing rows change

    def refresh(self) -> None:
        for key in self._shown:
            self._update(key)

    def _lines(self, key: str) -> list[str]:
        if self.page.rows[key].field.read_only:
            return []  # the municipality: from the profile, never answered by hand
        lang = self.page.lang
        pointer = self.page.pointer(key)
        said = self.previous.describe(pointer, lang)
        lines = [fill(self.tr("Edellinen %1"), said)] if said else []
        row = self.page.rows[key]
        if row.field.kind is Kind.TABLE:
            current = self.page.answers.get(key)
            missing = self.previous.missing_rows(
                pointer, current if isinstance(current, list) else []
            )
            if missing and isinstance(current, list) and current:
                column = row.field.column(row_key(row.field))
                names = ", ".join(
                    display_value(column, r[column.key], lang)
                    for r in missing
                    if column is not None and r.get(column.key) is not None
                )
                lines.append(fill(self.tr("Edellisellä kierroksella, ei nyt: %1"), names))
        return lines

    def _update(self, key: str) -> None:
        row = self.page.rows[key]
        lines = self._lines(key)
        label = self.labels.get(key)
        if not lines:
            if label is not None:
                label.hide()
            return
        if label is None:
            label = QLabel(row)
            label.setObjectName(f"previous_{key}")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(_LINKS)
            label.setPalette(self._palette)
            label.linkActivated.connect(lambda _link, k=key: self.copy(self.page.pointer(k)))
            layout = row.layout()
            assert layout is not None
            index = layout.indexOf(row.editor) + (2 if row.none_box is not None else 1)
            layout.insertWidget(index, label)  # type: ignore[attr-defined]
            self.labels[key] = label
        html = "<br>".join(escape(line) for line in lines)
        link = self.previous.link(self.page.pointer(key))
        if link is not None and link.copyable and not row.locked and not row.field.read_only:
            said = escape(self.tr("Kopioi"))
            html += f' &nbsp;<a href="copy">{said}</a>'
        label.setText(html)
        label.setAccessibleName(" ".join(lines))
        label.show()

    def _cell(self, key: str, cells: JSONObject, column: str) -> str | None:
        row = self.page.rows[key]
        question = row.field.column(column)
        if question is None:
            return None
        said = self.previous.describe_cell(self.page.pointer(key), cells, question, self.page.lang)
        return fill(self.tr("Edellinen %1"), said) if said else None
