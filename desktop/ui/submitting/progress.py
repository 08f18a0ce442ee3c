"""The progress of an export: each step as it starts, and no way to close it before the end."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.i18n import Lang
from desktop.submission.steps import Step


class ExportProgress(QProgressDialog):
    """The steps of an export as they start; it cannot be closed until the export ends."""

    def __init__(self, parent: QWidget, title: str, lang: Lang) -> None:
        super().__init__(parent)
        self.setObjectName("exportProgress")
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setCancelButton(None)
        self.setRange(0, len(Step))
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(0)
        self.setMinimumWidth(380)
        self.lang = lang
        self.steps_shown: list[str] = []
        self._closable = False
        self.setLabelText(self.tr("Valmistellaan…"))

    def step(self, index: int, _total: int) -> None:
        text = list(Step)[index].text(self.lang)
        self.steps_shown.append(text)
        self.setLabelText(text)
        self.setValue(index)

    def finish(self) -> None:
        self._closable = True
        self.close()

    def reject(self) -> None:
        if self._closable:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closable:
            super().closeEvent(event)
        else:
            event.ignore()
