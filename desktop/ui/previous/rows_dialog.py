"""Choosing which of last round's rows of a table to copy: each row by its key, with a check
box; every row is checked except those the table already has."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.review.copying import ChoosableRow
from desktop.ui.tooltips import data_tip
from desktop.ui.translations import fill
from desktop.ui.window_size import resize_within_screen


class RowsDialog(QDialog):
    """Last round's rows of one table; ``on_chosen(keys)`` when the user copies."""

    def __init__(
        self,
        table: str,
        source: str,
        rows: Sequence[ChoosableRow],
        on_chosen: Callable[[list[str]], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rowsDialog")
        self.setWindowTitle(fill(self.tr("Kopioi rivejä kierrokselta %1"), source))
        resize_within_screen(self, 520, 420)
        self.on_chosen = on_chosen
        layout = QVBoxLayout(self)
        said = QLabel(
            fill(
                self.tr(
                    "Taulukko %1: valitse kopioitavat rivit. Rivin, joka on jo taulukossa, "
                    "tyhjät solut täytetään; annetuista vastauksista kysytään ensin."
                ),
                table,
            ),
            self,
        )
        said.setWordWrap(True)
        layout.addWidget(said)
        self.rows = QListWidget(self)
        self.rows.setObjectName("previousRows")
        self.rows.setAccessibleName(self.tr("Edellisen kierroksen rivit"))
        for row in rows:
            shown = row.shown
            if row.present:
                shown = fill(self.tr("%1 (on jo taulukossa)"), row.shown)
            item = QListWidgetItem(shown, self.rows)
            item.setData(Qt.ItemDataRole.UserRole, row.key)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(Qt.CheckState.Unchecked if row.present else Qt.CheckState.Checked)
            item.setToolTip(data_tip(row.details))
        self.rows.itemChanged.connect(lambda _item: self._enable())
        label = QLabel(self.tr("&Rivit"), self)
        label.setBuddy(self.rows)
        layout.addWidget(label)
        layout.addWidget(self.rows, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.all_button = QPushButton(self.tr("Valitse &kaikki"), self)
        self.none_button = QPushButton(self.tr("&Tyhjennä valinnat"), self)
        buttons.addButton(self.all_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.addButton(self.none_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.copy_button = buttons.addButton(
            self.tr("K&opioi valitut"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.copy_button.setDefault(True)
        self.all_button.clicked.connect(lambda: self._check_all(Qt.CheckState.Checked))
        self.none_button.clicked.connect(lambda: self._check_all(Qt.CheckState.Unchecked))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.rows.setFocus()
        if self.rows.count():
            self.rows.setCurrentRow(0)
        self._enable()

    def chosen(self) -> list[str]:
        """The keys of the checked rows, in last round's order."""
        items = (self.rows.item(i) for i in range(self.rows.count()))
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def _check_all(self, state: Qt.CheckState) -> None:
        for index in range(self.rows.count()):
            self.rows.item(index).setCheckState(state)

    def _enable(self) -> None:
        self.copy_button.setEnabled(bool(self.chosen()))

    def accept(self) -> None:
        chosen = self.chosen()
        if not chosen:
            return
        super().accept()
        self.on_chosen(chosen)
