"""What the window's export tests share: a screen that answers dialogs, a filled round, a key.

The fixtures (``screen``, ``filled``, ``key``) are made known to the tests by ``conftest.py``.
"""

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.collect.receiving import verify_received
from desktop.commands.demo import fill_round
from desktop.municipalities import Register
from desktop.paths import DataPaths
from desktop.signing.keys import Organisation, OrganisationKey
from desktop.signing.keystore import create_key_file
from desktop.survey import shipped_catalog
from desktop.ui import dialogs
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.submitting.key_dialogs import PassphraseDialog
from desktop.ui.submitting.progress import ExportProgress
from desktop.workbook import Workbook
from tests.ui.conftest import ROUND
from tests.ui.user import type_text

WAIT_MS = 30_000  # signing and checking take a second or two; a loaded machine more
KANGASALA = Organisation("Kangasala", locality="Kangasala")


@dataclass
class Screen:
    """What opens on the screen, and how the user answers it."""

    folders: list[Path | None] = field(default_factory=list)  # chosen in turn; None cancels
    files: list[Path | None] = field(default_factory=list)  # chosen in file dialogs
    yes: bool = True  # the answer to a question
    no_to: str = ""  # a question with this in its text is answered no (when not empty)
    # The button pressed (its object name) when asked to make or import a key.
    key_choice: str = "cancel"
    boxes: list[tuple[str, str]] = field(default_factory=list)  # (title, text) of each box
    questions: list[str] = field(default_factory=list)
    dialogs: list[QWidget] = field(default_factory=list, repr=False)  # each, in order
    busy_while_exporting: list[bool] = field(default_factory=list)

    def last(self, kind: type[QWidget]) -> QWidget | None:
        found = [d for d in self.dialogs if isinstance(d, kind)]
        return found[-1] if found else None


@pytest.fixture
def screen(qtbot: QtBot) -> Iterator[Screen]:
    seen = Screen()

    def answer(dialog: QWidget) -> None:
        seen.dialogs.append(dialog)
        if isinstance(dialog, QFileDialog):
            queue = (
                seen.folders if dialog.fileMode() is QFileDialog.FileMode.Directory else seen.files
            )
            chosen = queue.pop(0) if queue else None

            def pick() -> None:
                if chosen is None:
                    dialog.reject()
                    return
                line = dialog.findChild(QLineEdit, "fileNameEdit")
                assert line is not None
                line.setText(str(chosen))
                dialog.accept()

            QTimer.singleShot(0, pick)
        elif isinstance(dialog, QMessageBox):
            if dialog.objectName() == "keyChoiceBox":
                seen.questions.append(dialog.text())
                chosen = dialog.findChild(QPushButton, seen.key_choice)
                assert chosen is not None, seen.key_choice
                QTimer.singleShot(0, chosen.click)
            elif dialog.objectName() == "questionBox":
                seen.questions.append(dialog.text())
                yes = seen.yes and not (seen.no_to and seen.no_to in dialog.text())
                button = dialog.button(
                    QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No
                )
                QTimer.singleShot(0, button.click)
            else:
                seen.boxes.append((dialog.windowTitle(), dialog.text()))
                QTimer.singleShot(0, dialog.accept)
        elif isinstance(dialog, ExportProgress):
            window = dialog.parentWidget()
            assert isinstance(window, MainWindow)
            seen.busy_while_exporting.append(
                not window.centralWidget().isEnabled() and not window.menuBar().isEnabled()
            )

    dialogs.opened.append(answer)
    yield seen
    dialogs.opened.clear()


@pytest.fixture
def filled(workbook: Workbook) -> Workbook:
    fill_round(workbook, ROUND)
    assert workbook.problems(ROUND) == []
    return workbook


@pytest.fixture
def key(data_paths: DataPaths) -> OrganisationKey:
    return create_key_file(data_paths.key_store, KANGASALA, None)


def verdict_of(path: Path, key: OrganisationKey) -> bool:
    data = path.read_bytes()
    verdict = verify_received(
        data,
        pdf=path.suffix == ".pdf",
        catalog=shipped_catalog(),
        register=Register.load(),
        trusted={key.fingerprint},
    )
    return verdict.ok


def gone(dialog: QWidget) -> bool:
    """Closed (a closed dialog of the window is deleted)."""
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def type_passphrase(qtbot: QtBot, dialog: PassphraseDialog, text: str) -> None:
    dialog.field.setFocus()
    type_text(qtbot, dialog.field, text)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)


def wait_for_box(qtbot: QtBot, screen: Screen, count: int = 1) -> tuple[str, str]:
    qtbot.waitUntil(lambda: len(screen.boxes) >= count, timeout=WAIT_MS)
    return screen.boxes[count - 1]


def steps_seen(screen: Screen) -> list[str]:
    progress = screen.last(ExportProgress)
    assert isinstance(progress, ExportProgress)
    return progress.steps_shown
