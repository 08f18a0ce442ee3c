"""The profile dialog's municipality field takes, as it is left, what its own list shows and
what the command line takes: the label it wrote itself, a Sámi name, a code without its
leading zeros."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.i18n import Lang
from desktop.municipalities import Register
from desktop.storage import Profile
from desktop.ui.shell.profile_dialog import ProfileDialog
from tests.ui.user import type_text


def _dialog(qtbot: QtBot, lang: Lang, profile: Profile | None = None) -> ProfileDialog:
    dialog = ProfileDialog(Register.load(), lang, profile)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _ok(dialog: ProfileDialog) -> bool:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def _chosen(dialog: ProfileDialog) -> str | None:
    profile = dialog.profile()
    return None if profile is None else profile.municipality_code


def _type_and_leave(qtbot: QtBot, dialog: ProfileDialog, text: str) -> None:
    picker = dialog.municipality
    picker.setFocus()
    picker.selectAll()
    qtbot.keyClick(picker, Qt.Key.Key_Delete)
    type_text(qtbot, picker, text)
    picker.completer_.popup().hide()  # the list offered is not clicked: the field is left
    qtbot.keyClick(picker, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is not picker


def test_the_field_s_own_label_typed_back_is_taken_as_it_is_left(qtbot: QtBot) -> None:
    # As in the report: End, Backspace, ")" typed back, the field left.
    dialog = _dialog(qtbot, "fi", Profile("211", contact_name="Anna Mäkelä"))
    picker = dialog.municipality
    assert picker.text() == "Kangasala (211)" and _ok(dialog)
    picker.setFocus()
    qtbot.keyClick(picker, Qt.Key.Key_End)
    qtbot.keyClick(picker, Qt.Key.Key_Backspace)
    assert not _ok(dialog)
    type_text(qtbot, picker, ")")
    assert picker.suggestions.stringList() == ["Kangasala (211)"]  # the list offers it too
    picker.completer_.popup().hide()
    qtbot.keyClick(picker, Qt.Key.Key_Tab)
    assert picker.text() == "Kangasala (211)"
    assert _ok(dialog) and _chosen(dialog) == "211"
    assert dialog.found.text() == "Valittu: Kangasala (211), Pirkanmaan hyvinvointialue"


@pytest.mark.parametrize(
    ("lang", "typed", "code", "shown"),
    [
        ("fi", "Kangasala (211)", "211", "Kangasala (211)"),
        ("sv", "Helsingfors (091)", "091", "Helsingfors (091)"),
        ("en", "Helsinki (091)", "091", "Helsinki (091)"),
        ("fi", "Helsingfors (091)", "091", "Helsinki (091)"),  # its label in Swedish
        ("fi", "kangasala(211)", "211", "Kangasala (211)"),
        ("fi", "Inari – Anár – Aanaar – Aanar (148)", "148", "Inari – Anár – Aanaar – Aanar (148)"),
        ("sv", "Enare – Anár – Aanaar – Aanar (148)", "148", "Enare – Anár – Aanaar – Aanar (148)"),
        ("fi", "Anár", "148", "Inari – Anár – Aanaar – Aanar (148)"),
        ("fi", "Aanaar", "148", "Inari – Anár – Aanaar – Aanar (148)"),
        ("en", "Ohcejohka", "890", "Utsjoki – Ohcejohka – Uccjuuhâ (890)"),
        ("fi", "91", "091", "Helsinki (091)"),  # as `profile --municipality 91` takes it
        ("sv", "91", "091", "Helsingfors (091)"),
        ("en", "091", "091", "Helsinki (091)"),
        ("fi", "5", "005", "Alajärvi (005)"),
        ("fi", "Helsingfors", "091", "Helsinki (091)"),
        ("en", "ahtari", "989", "Ähtäri (989)"),  # one name, its letters without their accents
    ],
)
def test_what_the_list_shows_or_the_command_line_takes_is_chosen_as_the_field_is_left(
    qtbot: QtBot, lang: Lang, typed: str, code: str, shown: str
) -> None:
    dialog = _dialog(qtbot, lang)
    assert not _ok(dialog)
    _type_and_leave(qtbot, dialog, typed)
    assert _chosen(dialog) == code and _ok(dialog)
    assert dialog.municipality.text() == shown


@pytest.mark.parametrize(
    "typed",
    [
        "Helsinki (211)",  # a name and a code that disagree: which one was meant?
        "Kanga",  # a beginning only
        "999",  # no such municipality
        "Maarianhamina",  # Åland's municipalities do not answer the survey
        "478",
        "Maarianhamina – Mariehamn (478)",
        "Kangasala (211) x",
    ],
)
def test_what_names_no_one_municipality_that_answers_is_not_chosen(
    qtbot: QtBot, typed: str
) -> None:
    dialog = _dialog(qtbot, "fi")
    _type_and_leave(qtbot, dialog, typed)
    assert _chosen(dialog) is None and not _ok(dialog)
    assert dialog.found.text() == "Kirjoita kunnan nimi tai numero ja valitse listasta."
    assert dialog.municipality.text() == typed  # left as typed, to be corrected
