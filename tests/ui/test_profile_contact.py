"""The profile in the window: its contact fills Background, its formats are checked at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.profile_dialog import ProfileDialog
from desktop.workbook import Workbook
from tests.ui.conftest import ROUND
from tests.ui.user import editor_value, type_text


def _open_profile(qtbot: QtBot, window: MainWindow) -> ProfileDialog:
    dialog = window.edit_profile()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _retype(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(qtbot, edit, text)


def test_the_contact_chosen_in_the_profile_is_background_s_contact(
    qtbot: QtBot, window: MainWindow, workbook: Workbook
) -> None:
    dialog = _open_profile(qtbot, window)
    _retype(qtbot, dialog.name, "Liisa Läänilä")
    _retype(qtbot, dialog.email, "liisa@kangasala.fi")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    page = window.open_section("background")
    assert page is not None
    assert editor_value(page.editor("respondent_name")) == "Liisa Läänilä"
    assert editor_value(page.editor("respondent_email")) == "liisa@kangasala.fi"
    assert editor_value(page.editor("respondent_title")) == "Talousjohtaja"
    assert workbook.stored(ROUND, "/background/respondent_name") == "Liisa Läänilä"


def test_a_malformed_e_mail_or_business_id_is_told_in_the_dialog_and_not_saved(
    qtbot: QtBot, window: MainWindow, workbook: Workbook
) -> None:
    dialog = _open_profile(qtbot, window)
    _retype(qtbot, dialog.email, "liisa.kangasala.fi")
    qtbot.keyClick(dialog.email, Qt.Key.Key_Tab)  # leaving the field tells at once
    assert dialog.problems.isVisible()
    assert "Sähköpostiosoite ei kelpaa" in dialog.problems.text()

    _retype(qtbot, dialog.business_id, "0201256-7")
    qtbot.keyClick(dialog.business_id, Qt.Key.Key_Tab)
    assert "tarkistusnumero" in dialog.problems.text()

    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # OK does not close it while something is wrong
    assert dialog.focusWidget() is dialog.email
    saved = workbook.profile()
    assert saved is not None and saved.contact_email == "" and saved.business_id == ""

    _retype(qtbot, dialog.email, "liisa@kangasala.fi")
    _retype(qtbot, dialog.business_id, "0201256-6")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    saved = workbook.profile()
    assert saved is not None and saved.business_id == "0201256-6"
