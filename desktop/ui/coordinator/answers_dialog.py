"""One received package's answers, read-only, each section as the official's form shows it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop.i18n import Lang, pick
from desktop.jsonvalue import JSONObject
from desktop.municipalities import Register
from desktop.survey import Round
from desktop.ui.coordinator.received import ReadOnlySection
from desktop.ui.translations import fill
from desktop.ui.window_size import resize_within_screen


class AnswersDialog(QDialog):
    """The answers of ``rnd`` in the form's own fields, locked: one tab per section."""

    def __init__(
        self,
        rnd: Round,
        title: str,
        answers: JSONObject,
        lang: Lang,
        register: Register,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("receivedAnswersDialog")
        self.setWindowTitle(fill(self.tr("Vastaukset – %1"), title))
        note = QLabel(self.tr("Vastaanotetun paketin vastaukset, vain luettavissa."), self)
        self.tabs = QTabWidget(self)
        self.sections: dict[str, ReadOnlySection] = {}
        for section in rnd.sections:
            given = answers.get(section.id)
            shown = given if isinstance(given, dict) else {}
            page = ReadOnlySection(section, shown, lang, register, self)
            self.tabs.addTab(page, pick(section.title, lang))
            self.sections[section.id] = page
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        resize_within_screen(self, 900, 700)
