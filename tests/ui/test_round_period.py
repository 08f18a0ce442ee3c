"""In the window: a late submission asks first, naming the closing date; a date question's
calendar opens on the round's period; Åland is not offered in the profile."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop.municipalities import Register
from desktop.paths import DataPaths
from desktop.signing.keys import OrganisationKey
from desktop.ui.form.fields.lines import DateEditor
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.profile_dialog import ProfileDialog
from desktop.ui.shell.settings import Preferences
from desktop.ui.translations import Translations
from desktop.workbook import Workbook
from tests.ui.conftest import ROUND
from tests.ui.exporting import Screen, wait_for_box
from tests.ui.user import type_text

AFTER_CLOSING = date(2022, 3, 1)  # round 2022-1 closed on 15.2.2022


def test_submitting_after_the_closing_date_asks_first_and_names_the_date(
    qtbot: QtBot,
    filled: Workbook,
    key: OrganisationKey,
    screen: Screen,
    data_paths: DataPaths,
    translations: Translations,
    tmp_path: Path,
) -> None:
    window = MainWindow(
        filled, data_paths, translations, Preferences(data_paths), "fi", today=AFTER_CLOSING
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.open_round(ROUND)
    assert window.session is not None and window.session.round_id == ROUND

    screen.yes = False
    window.menu.submit.trigger()
    qtbot.waitUntil(lambda: len(screen.questions) == 1)
    assert "15.2.2022" in screen.questions[0]
    qtbot.wait(50)
    assert not any(isinstance(d, QFileDialog) for d in screen.dialogs)
    assert not filled.store.is_locked(ROUND)

    screen.yes = True
    screen.folders.append(tmp_path)
    window.menu.submit.trigger()
    wait_for_box(qtbot, screen)
    assert filled.store.is_locked(ROUND)
    assert len(screen.questions) == 3  # late, then the summary before the folder
    assert screen.questions[2].startswith("Kierros 2022-1 on valmis lähetettäväksi.")


def test_a_date_question_s_calendar_opens_on_the_round_s_period(window: MainWindow) -> None:
    page = window.open_section("premises")
    assert page is not None
    editor = page.editor("lease_planned_date")
    assert isinstance(editor, DateEditor)
    calendar = editor.open_calendar()
    assert (calendar.yearShown(), calendar.monthShown()) == (2022, 1)
    calendar.hide()


def test_the_profile_does_not_offer_aland_s_municipalities(qtbot: QtBot) -> None:
    dialog = ProfileDialog(Register.load(), "fi")
    qtbot.addWidget(dialog)
    picker = dialog.municipality
    picker.setFocus()
    type_text(qtbot, picker, "Maarian")
    assert not any("Maarianhamina" in s for s in picker.suggestions.stringList())
    picker.clear()
    type_text(qtbot, picker, "478")
    picker.editingFinished.emit()
    assert picker.chosen is None
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    picker.clear()
    type_text(qtbot, picker, "Mariehamn")
    assert picker.suggestions.stringList() == []
