"""Backups in the window: the list (time, kind, size, each round's progress then), a backup
to a folder of the user's choice, and a restore that asks first and keeps the current state.

Checking, writing and restoring are storage's (``desktop.storage.restore``,
reached through ``desktop.backups`` and the workbook); this dialog asks,
shows, and says ``restored`` so the window shows the answers brought back.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.backups import (
    BackupSummary,
    backup_list,
    summarise_for,
    unusable_text,
    write_backup_apart,
    written_unusable,
)
from desktop.errors import UserError
from desktop.i18n import Lang
from desktop.paths import DataPaths
from desktop.rounds.library import package_check
from desktop.storage.backup import KEEP_AUTOMATIC
from desktop.storage.restore import BackupError, UntrustedRound, restore_over_damaged
from desktop.survey import shipped_catalog
from desktop.survey.formatting import format_local_time, format_number
from desktop.ui import dialogs
from desktop.ui.tasks import Task, run_task
from desktop.ui.translations import fill
from desktop.workbook import Workbook


def progress_text(summary: BackupSummary, lang: Lang) -> str:
    """How far each round was in a backup ("2022-1: 12/25 (lähetetty)"), or why it cannot
    be used."""
    translate = QCoreApplication.translate
    if summary.problem is not None:
        return unusable_text(summary.problem, lang)
    if not summary.progress:
        return translate("BackupsDialog", "ei vastauksia")
    parts = []
    for round_id, (answered, required) in summary.progress.items():
        part = fill(translate("BackupsDialog", "%1: %2/%3"), round_id, answered, required)
        if round_id in summary.submitted:
            part += " " + translate("BackupsDialog", "(lähetetty)")
        parts.append(part)
    return ", ".join(parts)


def written(paths: DataPaths, folder: Path | None = None) -> tuple[Path, UntrustedRound | None]:
    """A backup written apart (off the window's thread), with why a restore would refuse it
    when a round package it took from the database does not verify."""
    made = write_backup_apart(paths, folder)
    return made, written_unusable(made, paths)


def saved_text(path: Path, refused: UntrustedRound | None, lang: Lang) -> str:
    """Where the backup went, and, when it cannot be restored, why and how to mend it."""
    translate = QCoreApplication.translate
    said = fill(translate("BackupsDialog", "Varmuuskopio tallennettu: %1"), path)
    if refused is None:
        return said
    warned = translate(
        "BackupsDialog",
        "Tätä varmuuskopiota ei voi palauttaa, koska sen kierroksen %1 kierrospaketti ei läpäise "
        "tarkistusta. %2 Lisää kierroksen %1 paketti uudelleen (Lisää kyselykierros): se "
        "korvaa tallennetun. Ota sitten uusi varmuuskopio.",
    )
    return said + "\n\n" + fill(warned, refused.values["round"], refused.cause.message(lang))


class BackupsDialog(QDialog):
    restored = Signal()  # the answers were replaced by a backup's

    def __init__(
        self,
        workbook: Workbook | None,
        paths: DataPaths,
        lang: Lang,
        flush: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        """``flush`` saves the edits still waiting before a backup is written or restored.

        Without a ``workbook`` the database could not be opened (damaged): a backup
        restored takes its place (the damaged file kept aside), and the dialog closes."""
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.workbook = workbook
        self.catalog = workbook.catalog if workbook is not None else shipped_catalog()
        self.paths = paths
        self.lang: Lang = lang
        self.flush = flush
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
        self.table.setAccessibleName(self.tr("Varmuuskopiot"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Aika"), self.tr("Laji"), self.tr("Koko"), self.tr("Kierrosten tilanne")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.itemSelectionChanged.connect(self._offer_restore)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self.tr("&Palauta valittu…"), self)
        # Enter does not restore: the question comes first, and only for a backup that can be.
        self.restore_button.setAutoDefault(False)
        self.restore_file_button = QPushButton(self.tr("Palauta &tiedostosta…"), self)
        self.to_folder_button = QPushButton(self.tr("Tee varmuuskopio &kansioon…"), self)
        for button in (self.restore_button, self.restore_file_button, self.to_folder_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button.clicked.connect(self.choose_file)
        self.to_folder_button.clicked.connect(self.choose_folder)
        if workbook is None:
            self.to_folder_button.hide()  # a damaged database is not backed up
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.refresh()

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
        return progress_text(summary, self.lang)

    def refresh(self) -> None:
        lang = self.lang
        self.summaries = backup_list(self.paths, self.catalog)
        self.table.setRowCount(len(self.summaries))
        for row, summary in enumerate(self.summaries):
            size = f"{format_number(summary.file.size / 1024, lang, decimals=0)} kB"
            cells = (
                format_local_time(summary.file.taken_at),
                self.kind_text(summary.file.kind),
                size,
                self.progress_text(summary),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(summary.file.path) if column == 0 else text)
                self.table.setItem(row, column, item)
        # Opened on the newest backup a restore takes; on none when none can be restored.
        usable = [row for row, summary in enumerate(self.summaries) if summary.usable]
        self.table.clearSelection()
        if usable:
            self.table.selectRow(usable[0])
        self._offer_restore()

    def _offer_restore(self) -> None:
        """ "Restore selected" only for a selected backup a restore takes."""
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        self.restore_button.setEnabled(
            any(0 <= row < len(self.summaries) and self.summaries[row].usable for row in rows)
        )

    # -- writing to a folder --------------------------------------------------

    def choose_folder(self) -> QDialog:
        return dialogs.choose_folder(
            self, self.tr("Kansio varmuuskopiolle"), Path.home(), self.backup_to
        )

    def backup_to(self, folder: Path) -> None:
        self.flush()
        paths = self.paths

        def work(_report: object) -> tuple[Path, UntrustedRound | None]:
            return written(paths, folder)

        def done(result: object) -> None:
            tell_saved(self, result, self.lang)

        self.task = run_task(work, done, self._failed, parent=self)

    def _failed(self, error: BaseException) -> None:
        text = error.message(self.lang) if isinstance(error, UserError) else repr(error)
        dialogs.error(self, self.tr("Varmuuskopio epäonnistui"), text)

    # -- restoring -------------------------------------------------------------

    def restore_selected(self) -> None:
        rows = [index.row() for index in self.table.selectionModel().selectedRows()]
        row = rows[0] if rows else -1
        if 0 <= row < len(self.summaries):
            self.ask_restore(self.summaries[row])

    def choose_file(self) -> QDialog:
        return dialogs.open_file(
            self,
            self.tr("Palautettava varmuuskopio"),
            Path.home(),
            self.tr("Varmuuskopiot (*.sqlite);;Kaikki tiedostot (*)"),
            lambda path: self.ask_restore(summarise_for(self.paths, path, self.catalog)),
        )

    def ask_restore(self, summary: BackupSummary) -> None:
        lang = self.lang
        if summary.problem is not None:
            # Refused before asking: nothing would be restored from it.
            dialogs.error(self, self.tr("Palautus ei onnistu"), summary.problem.message(lang))
            return
        if self.workbook is None:
            asked = self.tr(
                "Palautetaanko varmuuskopio %1 (%2) vioittuneen tietokannan tilalle? Vioittunut "
                "tiedosto jää talteen tietokansioon uudella nimellä."
            )
        else:
            asked = self.tr(
                "Palautetaanko varmuuskopio %1 (%2)? Nykyiset vastaukset korvataan; niistä "
                "otetaan ensin varmuuskopio."
            )
        question = fill(
            asked,
            format_local_time(summary.file.taken_at),
            self.progress_text(summary),
        )
        dialogs.question(
            self,
            self.tr("Palauta varmuuskopio"),
            question,
            lambda yes: self.restore(summary.file.path) if yes else None,
        )

    def restore(self, path: Path, *, other_municipality: bool = False) -> None:
        lang = self.lang
        self.flush()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if self.workbook is None:
                restore_over_damaged(self.paths, path, check_package=package_check(self.paths))
                QGuiApplication.restoreOverrideCursor()
                self.restored.emit()
                # Once the question that asked has gone: it is this dialog's child.
                QTimer.singleShot(0, self.accept)
                return
            kept = self.workbook.restore_backup(path, other_municipality=other_municipality)
        except BackupError as error:
            QGuiApplication.restoreOverrideCursor()
            if error.key == "storage.backup.other_municipality":
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
        self.restored.emit()
        self.refresh()
        title = self.tr("Varmuuskopio palautettu")
        said = fill(self.tr("Vastaukset palautettiin. Aiemmat vastaukset ovat tallessa: %1"), kept)
        # The key is not in a backup: the restored submissions' key, when it is not here.
        from desktop.submission.service import Submissions
        from desktop.ui.submitting.restored_key import restored_key_warning

        warned = restored_key_warning(Submissions(self.workbook))
        if warned is None:
            dialogs.information(self, title, said)
        else:
            dialogs.warning(self, title, f"{said}\n\n{warned[1]}")


def tell_saved(parent: QWidget, result: object, lang: Lang) -> None:
    """The box that tells a backup written (``written``'s result): a warning when it cannot be
    restored."""
    path, refused = result if isinstance(result, tuple) else (result, None)
    title = QCoreApplication.translate("BackupsDialog", "Varmuuskopio")
    show = dialogs.information if refused is None else dialogs.warning
    show(parent, title, saved_text(path, refused, lang))


def back_up_now(parent: QWidget, paths: DataPaths, lang: Lang) -> Task:
    """A backup into the data folder's backups, written off the window's thread while a
    progress dialog shows; then where it went, or why it failed."""

    progress = QProgressDialog(
        QCoreApplication.translate("BackupsDialog", "Tehdään varmuuskopiota…"), "", 0, 0, parent
    )
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)

    def work(_report: object) -> tuple[Path, UntrustedRound | None]:
        return written(paths)

    def done(result: object) -> None:
        progress.close()
        tell_saved(parent, result, lang)

    def failed(error: BaseException) -> None:
        progress.close()
        message = error.message(lang) if isinstance(error, UserError) else str(error)
        dialogs.error(
            parent, QCoreApplication.translate("BackupsDialog", "Varmuuskopio epäonnistui"), message
        )

    return run_task(work, done, failed, parent=parent)
