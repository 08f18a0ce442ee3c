"""The question asked on closing with answers not saved is answered by keyboard: each of its
buttons has its own Alt letter, in every language."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui import dialogs
from desktop.ui.shell.main_window import MainWindow

LABELS = {
    "fi": ("Sulje tallentamatta", "Palaa lomakkeelle"),
    "sv": ("Stäng utan att spara", "Tillbaka till formuläret"),
    "en": ("Close without saving", "Back to the form"),
}


def _letter(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_each_button_of_the_closing_question_has_its_own_alt_letter(
    qtbot: QtBot, window: MainWindow, lang: str
) -> None:
    window.set_language(lang)  # type: ignore[arg-type]
    assert window.session is not None
    window.session.set_typed_error("/staff/holiday_pay_liability", "ei luku")
    opened: list[QWidget] = []
    dialogs.opened.append(opened.append)
    try:
        closed: list[bool] = []
        assert not window.save_status.ask_before_closing(lambda: closed.append(True))
        qtbot.waitUntil(lambda: bool(opened))
    finally:
        dialogs.opened.clear()
    box = opened[0]
    assert isinstance(box, QMessageBox)
    texts = [b.text() for b in box.buttons()]
    assert sorted(t.replace("&", "") for t in texts) == sorted(LABELS[lang])
    letters = [_letter(t) for t in texts]
    assert all(letters) and len(set(letters)) == len(letters), texts
    # Alt and the letter presses the button (Qt makes the letter its shortcut).
    for button in box.buttons():
        letter = _letter(button.text())
        assert letter is not None
        assert button.shortcut().toString() == f"Alt+{letter.upper()}", button.text()
    box.button(QMessageBox.StandardButton.No).click()
    qtbot.waitUntil(lambda: not box.isVisible())
    assert not closed and window.isVisible()
