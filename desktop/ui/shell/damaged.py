"""A damaged database at start: the way out, not a dead end.

The dialog says what is wrong and offers the newest sound backup by its time
and how far each round was in it, or the list of backups (another one, or one
from a file such as a USB stick). A restore puts the backup in place of the
damaged file, which is kept aside in the data folder under a new name, and
the program goes on to the window. Loaded only when the database is damaged.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QMessageBox, QPushButton

from desktop.backups import BackupSummary, newest_usable
from desktop.errors import UserError
from desktop.i18n import Lang
from desktop.paths import DataPaths
from desktop.rounds.library import package_check
from desktop.storage import StorageError, Store
from desktop.storage.restore import restore_over_damaged
from desktop.survey import shipped_catalog
from desktop.survey.formatting import format_local_time
from desktop.ui import dialogs
from desktop.ui.shell.backups_dialog import BackupsDialog, progress_text
from desktop.ui.translations import fill

log = logging.getLogger(__name__)

RESTORE, LIST, CLOSE = "restoreNewest", "showBackups", "closeProgram"


def recover(paths: DataPaths, error: StorageError, lang: Lang) -> Store | None:
    """Ask until the user restores a backup (the store opened on it) or closes (None)."""
    catalog = shipped_catalog()
    while True:
        # The newest backup a restore takes: its round packages verified as well.
        newest = newest_usable(paths, catalog)
        choice = _ask(error, newest, lang)
        if choice == RESTORE and newest is not None:
            restored = _restore(paths, newest.file.path, lang)
        elif choice == LIST:
            restored = _choose_from_list(paths, lang)
        else:
            return None
        if restored:
            try:
                return Store.open(paths)
            except StorageError as again:
                log.warning("restored database refused: %s", again.key)
                error = again
                if not again.damaged:
                    _wait(
                        dialogs.error(
                            None,
                            QCoreApplication.translate(
                                "DamagedDatabase", "Tietokantaa ei voi avata"
                            ),
                            again.message(lang),
                        )
                    )
                    return None


def _ask(error: StorageError, newest: BackupSummary | None, lang: Lang) -> str:
    text = error.message(lang)
    if newest is not None:
        text += "\n\n" + fill(
            QCoreApplication.translate(
                "DamagedDatabase",
                "Uusin ehjä varmuuskopio on ajalta %1, ja siinä on vastauksia: %2. "
                "Palautettaessa vioittunut tiedosto jää talteen tietokansioon uudella nimellä; "
                "mitään ei poisteta.",
            ),
            format_local_time(newest.file.taken_at),
            progress_text(newest, lang),
        )
    else:
        text += "\n\n" + QCoreApplication.translate(
            "DamagedDatabase",
            "Varmuuskopion voi palauttaa myös tiedostosta, esimerkiksi USB-tikulta: "
            "valitse Näytä varmuuskopiot.",
        )
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("DamagedDatabase", "Tietokanta on vioittunut"),
        text,
    )
    box.setObjectName("damagedDatabase")
    chosen = [CLOSE]
    if newest is not None:
        restore = box.addButton(
            QCoreApplication.translate("DamagedDatabase", "&Palauta uusin varmuuskopio"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        restore.setObjectName(RESTORE)
        box.setDefaultButton(restore)
    listing = box.addButton(
        QCoreApplication.translate("DamagedDatabase", "&Näytä varmuuskopiot…"),
        QMessageBox.ButtonRole.ActionRole,
    )
    listing.setObjectName(LIST)
    close = box.addButton(
        QCoreApplication.translate("DamagedDatabase", "&Sulje ohjelma"),
        QMessageBox.ButtonRole.RejectRole,
    )
    close.setObjectName(CLOSE)
    box.setEscapeButton(close)
    for button in box.findChildren(QPushButton):
        name = button.objectName()
        button.clicked.connect(lambda _checked=False, name=name: chosen.__setitem__(0, name))
    _wait(dialogs.present(box))
    return chosen[0]


def _restore(paths: DataPaths, backup: Path, lang: Lang) -> bool:
    try:
        _, kept = restore_over_damaged(paths, backup, check_package=package_check(paths))
    except UserError as failed:
        _wait(
            dialogs.error(
                None,
                QCoreApplication.translate("DamagedDatabase", "Palautus ei onnistu"),
                failed.message(lang),
            )
        )
        return False
    log.warning("damaged database kept as %s; restored %s", kept.name, backup.name)
    return True


def _choose_from_list(paths: DataPaths, lang: Lang) -> bool:
    listing = BackupsDialog(None, paths, lang, lambda: None)
    restored = [False]
    listing.restored.connect(lambda: restored.__setitem__(0, True))
    _wait(dialogs.present(listing))
    return restored[0]


def _wait(dialog: object) -> None:
    """Until ``dialog`` is closed: a loop of its own (the application's is for the window)."""
    waiting = QEventLoop()
    dialog.finished.connect(waiting.quit)  # type: ignore[attr-defined]
    waiting.exec()
