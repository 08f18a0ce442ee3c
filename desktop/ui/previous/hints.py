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
        self.labels: dict[str, QLabel] = {}
        self._rows: dict[str, list[str]] = {}  # the keys of the missing rows each label names
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
            (str(r[column.key]), display_value(column, r[column.key], self.page.lang))
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
        if not said and not missing:
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
            label.linkActivated.connect(lambda link, k=key: self._activated(k, link))
            layout = row.layout()
            assert layout is not None
            index = layout.indexOf(row.editor) + (2 if row.none_box is not None else 1)
            layout.insertWidget(index, label)  # type: ignore[attr-defined]
            self.labels[key] = label
        link = self.previous.link(self.page.pointer(key))
        copyable = link is not None and link.copyable and not row.locked
        lines, spoken = [], []
        if said:
            line = fill(self.tr("Edellinen %1"), said)
            spoken.append(line)
            copy = escape(self.tr("Kopioi"))
            lines.append(escape(line) + (f' &nbsp;<a href="copy">{copy}</a>' if copyable else ""))
        if missing:
            # Each missing row by name: a click copies that row alone.
            names = [
                f'<a href="row:{index}">{escape(shown)}</a>' if copyable else escape(shown)
                for index, (_key, shown) in enumerate(missing)
            ]
            line = self.tr("Edellisellä kierroksella, ei nyt: %1")
            spoken.append(fill(line, ", ".join(shown for _key, shown in missing)))
            lines.append(fill(escape(line), ", ".join(names)))
        self._rows[key] = [k for k, _shown in missing]
        label.setText("<br>".join(lines))
        label.setAccessibleName(" ".join(spoken))
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

    def _cell(self, key: str, cells: JSONObject, column: str) -> str | None:
        row = self.page.rows[key]
        question = row.field.column(column)
        if question is None:
            return None
        said = self.previous.describe_cell(self.page.pointer(key), cells, question, self.page.lang)
        return fill(self.tr("Edellinen %1"), said) if said else None
