"""Backups in the window: the list (time, kind, size, each round's progress then), a backup
to a folder of the user's choice, and a restore that asks first and keeps the current state.

Checking, writing and restoring are storage's (``desktop.storage.restore``);
this dialog asks, shows and reloads the window's answers afterwards.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
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
)

from desktop.backups import BackupSummary, backup_list, summarise
from desktop.errors import UserError
from desktop.storage import Store
from desktop.storage.backup import KEEP_AUTOMATIC
from desktop.storage.restore import BackupError, restore_backup, write_backup
from desktop.survey.formatting import format_number, format_time
from desktop.ui import dialogs
from desktop.ui.tasks import Task, run_task
from desktop.ui.translations import fill

if TYPE_CHECKING:
    from desktop.ui.shell.main_window import MainWindow


class BackupsDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("backupsDialog")
        self.window_ = window
        self.task: Task | None = None
        self.summaries: list[BackupSummary] = []
        self.setWindowTitle(self.tr("Varmuuskopiot"))
        self.resize(820, 460)
        intro = QLabel(
            fill(
                self.tr(
                    "Ohjelma ottaa varmuuskopion kerran päivässä ja säilyttää %1 uusinta; "
                    "itse otettuja ei poisteta. Palautus korvaa nykyiset vastaukset, ja niistä "
                    "otetaan ensin varmuuskopio."
                ),
                KEEP_AUTOMATIC,
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("backupsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Aika"), self.tr("Laji"), self.tr("Koko"), self.tr("Kierrosten tilanne")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self.tr("&Palauta valittu…"), self)
        self.restore_file_button = QPushButton(self.tr("Palauta &tiedostosta…"), self)
        self.to_folder_button = QPushButton(self.tr("Tee varmuuskopio &kansioon…"), self)
        for button in (self.restore_button, self.restore_file_button, self.to_folder_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button.clicked.connect(self.choose_file)
        self.to_folder_button.clicked.connect(self.choose_folder)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.refresh()

    @property
    def store(self) -> Store:
        return self.window_.workbook.store

    # -- the list ------------------------------------------------------------

    def kind_text(self, kind: str) -> str:
        texts = {
            "auto": self.tr("automaattinen"),
            "manual": self.tr("itse otettu"),
            "restore": self.tr("ennen palautusta"),
            "migration": self.tr("ennen päivitystä"),
        }
        return texts.get(kind, self.tr("muu"))

    def progress_text(self, summary: BackupSummary) -> str:
        lang = self.window_.lang
        if summary.problem is not None:
            return fill(self.tr("ei käytettävissä: %1"), summary.problem.message(lang))
        if not summary.progress:
            return self.tr("ei vastauksia")
        parts = []
        for round_id, (answered, required) in summary.progress.items():
            part = fill(self.tr("%1: %2/%3"), round_id, answered, required)
            if round_id in summary.submitted:
                part += " " + self.tr("(lähetetty)")
            parts.append(part)
        return ", ".join(parts)

    def refresh(self) -> None:
        lang = self.window_.lang
        self.summaries = backup_list(self.store.paths.backups, self.window_.workbook.catalog)
        self.table.setRowCount(len(self.summaries))
        for row, summary in enumerate(self.summaries):
            size = f"{format_number(summary.file.size / 1024, lang, decimals=0)} kB"
            cells = (
                format_time(summary.file.taken_at.astimezone()),
                self.kind_text(summary.file.kind),
                size,
                self.progress_text(summary),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(summary.file.path) if column == 0 else text)
                self.table.setItem(row, column, item)
        if self.summaries:
            self.table.selectRow(0)
        self.restore_button.setEnabled(bool(self.summaries))

    # -- writing to a folder --------------------------------------------------

    def choose_folder(self) -> QDialog:
        return dialogs.choose_folder(
            self, self.tr("Kansio varmuuskopiolle"), Path.home(), self.backup_to
        )

    def backup_to(self, folder: Path) -> None:
        self.window_.flush()
        paths = self.store.paths

        def work(_report: object) -> Path:
            # Its own connection: sqlite3 connections stay in the thread that made them.
            attached = Store.attach(paths)
            try:
                return write_backup(attached, folder)
            finally:
                attached.close()

        def done(path: object) -> None:
            dialogs.information(
                self, self.tr("Varmuuskopio"), fill(self.tr("Varmuuskopio tallennettu: %1"), path)
            )

        self.task = run_task(work, done, self._failed, parent=self)

    def _failed(self, error: BaseException) -> None:
        text = error.message(self.window_.lang) if isinstance(error, UserError) else repr(error)
        dialogs.error(self, self.tr("Varmuuskopio epäonnistui"), text)

    # -- restoring -------------------------------------------------------------

    def restore_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.summaries):
            self.ask_restore(self.summaries[row])

    def choose_file(self) -> QDialog:
        return dialogs.open_file(
            self,
            self.tr("Palautettava varmuuskopio"),
            Path.home(),
            self.tr("Varmuuskopiot (*.sqlite);;Kaikki tiedostot (*)"),
            lambda path: self.ask_restore(summarise(path, self.window_.workbook.catalog)),
        )

    def ask_restore(self, summary: BackupSummary) -> None:
        lang = self.window_.lang
        if summary.problem is not None:
            # Refused before asking: nothing would be restored from it.
            dialogs.error(self, self.tr("Palautus ei onnistu"), summary.problem.message(lang))
            return
        question = fill(
            self.tr(
                "Palautetaanko varmuuskopio %1 (%2)? Nykyiset vastaukset korvataan; niistä "
                "otetaan ensin varmuuskopio."
            ),
            format_time(summary.file.taken_at.astimezone()),
            self.progress_text(summary),
        )
        dialogs.question(
            self,
            self.tr("Palauta varmuuskopio"),
            question,
            lambda yes: self.restore(summary.file.path) if yes else None,
        )

    def restore(self, path: Path, *, other_municipality: bool = False) -> None:
        lang = self.window_.lang
        self.window_.flush()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            _contents, kept = restore_backup(
                self.store, path, other_municipality=other_municipality
            )
        except BackupError as error:
            QGuiApplication.restoreOverrideCursor()
            if error.key == "other_municipality":
                dialogs.question(
                    self,
                    self.tr("Toisen kunnan varmuuskopio"),
                    error.message(lang) + "\n\n" + self.tr("Palautetaanko silti?"),
                    lambda yes: self.restore(path, other_municipality=True) if yes else None,
                )
                return
            dialogs.error(self, self.tr("Palautus ei onnistu"), error.message(lang))
            return
        except UserError as error:
            QGuiApplication.restoreOverrideCursor()
            dialogs.error(self, self.tr("Palautus ei onnistu"), error.message(lang))
            return
        QGuiApplication.restoreOverrideCursor()
        self.window_.reload_answers()
        self.refresh()
        dialogs.information(
            self,
            self.tr("Varmuuskopio palautettu"),
            fill(self.tr("Vastaukset palautettiin. Aiemmat vastaukset ovat tallessa: %1"), kept),
        )
