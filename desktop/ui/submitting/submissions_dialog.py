"""The submissions of a round: when, by whom, with which key; their files saved again."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.signing.fingerprints import fingerprint_lines
from desktop.storage import Submission
from desktop.survey.formatting import local_stamp
from desktop.ui.translations import fill


class SubmissionsDialog(QDialog):
    """A table of the round's submissions; the chosen one's files can be saved again."""

    save_requested = Signal(object)  # the Submission whose files to save
    show_requested = Signal(object)  # the Submission to show in the window, as it was signed

    def __init__(
        self,
        title: str,
        submissions: Sequence[Submission],
        locked: bool,
        parent: QWidget | None = None,
        senders: Sequence[str] = (),
        next_number: int = 1,
    ) -> None:
        """``senders``: the contact person each submission names (its account without one);
        ``next_number``: the number the next submission gets."""
        super().__init__(parent)
        self.submissions = list(submissions)
        self.locked = locked
        self.setObjectName("submissionsDialog")
        self.setWindowTitle(fill(self.tr("Lähetykset – %1"), title))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.state = QLabel(self)
        self.state.setObjectName("submissionsState")
        self.state.setWordWrap(True)
        self.table = QTableWidget(len(self.submissions), 5, self)
        self.table.setObjectName("submissionsTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Nro"),
                self.tr("Aika"),
                self.tr("Lähettäjä"),
                self.tr("Avaimen sormenjälki"),
                self.tr("Paketti"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        for row, submission in enumerate(self.submissions):
            day, time = (
                local_stamp(submission.submitted_at) if submission.submitted_at else ("?", "?")
            )
            cells = [
                str(submission.number),
                fill(self.tr("%1 klo %2"), day, time),
                (senders[row] if row < len(senders) else "") or submission.actor,
                "\n".join(fingerprint_lines(submission.signer_fingerprint)),
                submission.package_name,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 3:
                    item.setFont(fixed)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.save = QPushButton(self.tr("&Tallenna tiedostot uudelleen…"), self)
        self.save.setObjectName("saveSubmission")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.addButton(self.save, QDialogButtonBox.ButtonRole.ActionRole)
        # A submitted round shows a chosen submission instead of its latest; a round being
        # corrected shows the answers being corrected.
        self.show_in_window = QPushButton(self.tr("&Näytä ikkunassa"), self)
        self.show_in_window.setObjectName("showSubmission")
        self.show_in_window.setToolTip(
            self.tr("Näytä lähetyksen vastaukset ikkunassa sellaisina kuin ne allekirjoitettiin.")
        )
        self.buttons.addButton(self.show_in_window, QDialogButtonBox.ButtonRole.ActionRole)
        self.show_in_window.clicked.connect(self._show)
        self.buttons.rejected.connect(self.reject)
        self.save.clicked.connect(self._save)
        self.table.itemSelectionChanged.connect(self._selection)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        if not self.submissions:
            self.state.setText(self.tr("Kierrosta ei ole lähetetty."))
            self.table.hide()
        elif locked:
            self.state.setText(
                self.tr(
                    "Kierros on lukittu viimeisimmän lähetyksen jälkeen. Jos vastauksia on "
                    "muutettava, aloita korjaus; aiemmat lähetykset säilyvät."
                )
            )
        else:
            self.state.setText(
                fill(
                    self.tr("Kierros on auki korjausta varten; seuraava lähetys on numero %1."),
                    next_number,
                )
            )
        if self.submissions:
            self.table.selectRow(len(self.submissions) - 1)
        self._selection()
        self.resize(max(self.sizeHint().width(), self._table_width()), 320)

    def _table_width(self) -> int:
        """Wide enough for every column, so no package name is cut short."""
        header = self.table.horizontalHeader()
        columns = sum(
            max(header.sectionSizeHint(c), self.table.sizeHintForColumn(c))
            for c in range(self.table.columnCount())
        )
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else None
        sides = margins.left() + margins.right() if margins is not None else 0
        return columns + 2 * self.table.frameWidth() + sides + 24

    def selected(self) -> Submission | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self.submissions[min(rows)] if rows else None

    def _selection(self) -> None:
        self.save.setEnabled(self.selected() is not None)
        self.show_in_window.setEnabled(self.locked and self.selected() is not None)

    def _show(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.show_requested.emit(chosen)
            self.accept()

    def _save(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.save_requested.emit(chosen)
