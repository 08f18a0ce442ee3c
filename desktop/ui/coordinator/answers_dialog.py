"""One received package's answers, read-only: each section's questions in order with their answers."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.collect.printable import printable
from desktop.i18n import Lang, pick
from desktop.jsonvalue import JSONObject, JSONValue
from desktop.survey import Field, Kind, Round
from desktop.survey.formatting import format_date, format_number
from desktop.ui.translations import fill


class AnswersDialog(QDialog):
    """The answers of ``rnd`` as a tree: section → question → answer (table rows below it)."""

    def __init__(
        self,
        rnd: Round,
        title: str,
        answers: JSONObject,
        lang: Lang,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setObjectName("receivedAnswersDialog")
        self.setWindowTitle(fill(self.tr("Vastaukset – %1"), title))
        note = QLabel(self.tr("Vastaanotetun paketin vastaukset, vain luettavissa."), self)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("receivedAnswers")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Kysymys"), self.tr("Vastaus")])
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setWordWrap(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.header().setStretchLastSection(True)
        for section in rnd.sections:
            given = answers.get(section.id, {})
            top = QTreeWidgetItem(self.tree, [pick(section.title, lang), ""])
            top.setFirstColumnSpanned(True)
            if not isinstance(given, dict):
                continue
            for question in section.fields:
                value = given.get(question.key)
                item = QTreeWidgetItem(top, [question.title(lang), self._shown(question, value)])
                item.setToolTip(1, item.text(1))
                if question.kind is Kind.TABLE and isinstance(value, list):
                    self._rows(item, question, value)
            top.setExpanded(True)
        self.tree.setColumnWidth(0, 360)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(900, 640)

    def _rows(self, parent: QTreeWidgetItem, table: Field, rows: list[JSONValue]) -> None:
        for number, row in enumerate(rows, start=1):
            if not isinstance(row, dict):
                continue
            cells = [
                f"{column.title(self.lang)}: {self._shown(column, row.get(column.key))}"
                for column in table.columns
                if row.get(column.key) is not None
            ]
            item = QTreeWidgetItem(parent, [fill(self.tr("Rivi %1"), number), "; ".join(cells)])
            item.setToolTip(1, item.text(1))
        parent.setExpanded(True)

    def _shown(self, question: Field, value: JSONValue | None) -> str:
        """An answer as the official saw it: labels for choices, numbers in the locale."""
        if value is None:
            return "–"
        if isinstance(value, bool):
            return self.tr("Kyllä") if value else self.tr("Ei")
        if isinstance(value, int | float):
            if question.options:
                return printable(question.option_label(value, self.lang))
            return format_number(value, self.lang)
        if isinstance(value, str):
            if question.options:
                return printable(question.option_label(value, self.lang))
            if question.kind is Kind.DATE:
                try:
                    return format_date(value)
                except ValueError:
                    return printable(value)
            return printable(value, limit=4000).replace("\\n", "\n")
        if isinstance(value, list):
            if question.kind is Kind.TABLE:
                return fill(self.tr("%1 riviä"), len(value))
            return "; ".join(printable(question.option_label(v, self.lang)) for v in value)
        return printable(value)
