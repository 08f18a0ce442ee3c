"""Every message box and file dialog of the window, made in one place.

Each function builds the dialog, opens it window-modal without blocking
(``open()``, not ``exec()``) and returns it, so a test can find it and press
a button, and the caller reacts through a callback. ``opened`` is a hook the
tests use to see (and answer) each dialog as it appears.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

if TYPE_CHECKING:
    # PySide6 builds a class and its enums when first touched: the dialogs' classes load
    # when the first of them opens, not while the window starts.
    from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

# A text box's question wraps at about this width (Qt's own message boxes wrap too).
TEXT_INPUT_WIDTH = 520

# Tests append a callable here to be shown every dialog as it opens.
opened: list[Callable[[QWidget], None]] = []


def alive(widget: QObject | None) -> bool:
    """Whether a dialog the user may have closed meanwhile still exists."""
    return widget is not None and shiboken6.isValid(widget)


def _show(dialog: QWidget) -> None:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()  # type: ignore[attr-defined]
    for hook in list(opened):
        hook(dialog)


def present(dialog: QDialog) -> QDialog:
    """Open a dialog of the window's own (passphrase, key, submissions) the same way."""
    _show(dialog)
    return dialog


def message(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    *,
    details: str = "",
    on_finished: Callable[[], None] | None = None,
) -> QMessageBox:
    """An information, warning or error box with one OK button."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("messageBox")
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if details:
        box.setDetailedText(details)
    if on_finished is not None:
        box.finished.connect(lambda _result: on_finished())
    _show(box)
    return box


def error(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    details: str = "",
    on_finished: Callable[[], None] | None = None,
) -> QMessageBox:
    from PySide6.QtWidgets import QMessageBox

    return message(
        parent, QMessageBox.Icon.Critical, title, text, details=details, on_finished=on_finished
    )


def information(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    from PySide6.QtWidgets import QMessageBox

    return message(parent, QMessageBox.Icon.Information, title, text)


def warning(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    on_finished: Callable[[], None] | None = None,
) -> QMessageBox:
    from PySide6.QtWidgets import QMessageBox

    return message(parent, QMessageBox.Icon.Warning, title, text, on_finished=on_finished)


def text_input(
    parent: QWidget | None,
    title: str,
    label: str,
    text: str,
    on_done: Callable[[str], None],
) -> QInputDialog:
    """A short text to type; ``on_done(text)`` when the user accepts it."""
    from PySide6.QtWidgets import QInputDialog

    box = QInputDialog(parent)
    box.setObjectName("textInput")
    box.setWindowTitle(title)
    box.setLabelText(label)
    # QInputDialog puts its question on one line however long: a warning's sentence would
    # push the box and its buttons past the screen's edge.
    for shown in box.findChildren(QLabel):
        shown.setWordWrap(True)
    box.setMinimumWidth(TEXT_INPUT_WIDTH)
    box.setTextEchoMode(QLineEdit.EchoMode.Normal)
    box.setTextValue(text)
    box.textValueSelected.connect(on_done)
    _show(box)
    return box


def question(
    parent: QWidget | None,
    title: str,
    text: str,
    on_answer: Callable[[bool], None],
    *,
    yes: str = "",
    no: str = "",
) -> QMessageBox:
    """A yes/no question; ``on_answer(True)`` when the user says yes. ``yes`` and ``no``
    name the two choices by what they do, in place of plain "Yes" and "No"."""
    from PySide6.QtWidgets import QMessageBox

    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons, parent)
    box.setObjectName("questionBox")
    for button, label in (
        (QMessageBox.StandardButton.Yes, yes),
        (QMessageBox.StandardButton.No, no),
    ):
        if label:
            box.button(button).setText(label)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.finished.connect(
        lambda _result: on_answer(box.clickedButton() is box.button(QMessageBox.StandardButton.Yes))
    )
    _show(box)
    return box


def _file_dialog(
    parent: QWidget | None,
    title: str,
    directory: Path,
    name_filter: str,
    mode: QFileDialog.AcceptMode,
    on_chosen: Callable[[Path], None],
) -> QFileDialog:
    from PySide6.QtWidgets import QFileDialog

    dialog = QFileDialog(parent, title, str(directory), name_filter)
    dialog.setAcceptMode(mode)
    dialog.setFileMode(
        QFileDialog.FileMode.ExistingFile
        if mode is QFileDialog.AcceptMode.AcceptOpen
        else QFileDialog.FileMode.AnyFile
    )
    # Qt's own dialog behaves the same on every platform and under test.
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.fileSelected.connect(lambda chosen: on_chosen(Path(chosen)))
    _show(dialog)
    return dialog


def open_file(
    parent: QWidget | None,
    title: str,
    directory: Path,
    name_filter: str,
    on_chosen: Callable[[Path], None],
) -> QFileDialog:
    from PySide6.QtWidgets import QFileDialog

    return _file_dialog(
        parent, title, directory, name_filter, QFileDialog.AcceptMode.AcceptOpen, on_chosen
    )


def save_file(
    parent: QWidget | None,
    title: str,
    directory: Path,
    name_filter: str,
    on_chosen: Callable[[Path], None],
) -> QFileDialog:
    from PySide6.QtWidgets import QFileDialog

    return _file_dialog(
        parent, title, directory, name_filter, QFileDialog.AcceptMode.AcceptSave, on_chosen
    )


def choose_folder(
    parent: QWidget | None,
    title: str,
    directory: Path,
    on_chosen: Callable[[Path], None],
) -> QFileDialog:
    """A folder to write files into; ``on_chosen`` is not called when the user cancels."""
    from PySide6.QtWidgets import QFileDialog

    dialog = QFileDialog(parent, title, str(directory))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.fileSelected.connect(lambda chosen: on_chosen(Path(chosen)))
    _show(dialog)
    return dialog
