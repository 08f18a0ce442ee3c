"""A whole round filled through the widgets, then found again after a restart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot

from desktop.jsonvalue import JSONValue, split_pointer
from desktop.paths import DataPaths
from desktop.storage import Store
from desktop.ui.shell.main_window import MainWindow
from desktop.workbook import Workbook
from tests.ui.conftest import ROUND, WindowFactory
from tests.ui.user import TYPED, User


def fill_background_by_keyboard(user: User) -> None:
    """The first section with the keyboard alone: Tab from question to question."""
    window = user.window
    page = window.open_section("background")
    assert page is not None
    user.focus(window.navigation.sections)
    user.tab()  # the first question: the municipality, shown from the profile
    assert user.focused() is page.editor("municipality").focus_widget()
    for key in ("respondent_name", "respondent_title", "respondent_email", "respondent_phone"):
        user.tab()
        assert user.focused() is page.editor(key).focus_widget(), key
        text, value = TYPED[page.editor(key).field.kind]
        user.type(text)
        user.typed[page.pointer(key)] = value
    user.tab()
    box = user.focused()
    assert isinstance(box, QCheckBox)  # the first network
    user.press(Qt.Key.Key_Space)
    user.typed[page.pointer("networks")] = [page.editor("networks").field.options[0].value]
    user.tab()  # leaving the section's last question saves it


def stored(workbook: Workbook, pointer: str) -> JSONValue:
    section, key = split_pointer(pointer)[:2]
    return workbook.answers(ROUND).get(section, {}).get(key)


def test_a_whole_round_is_filled_and_found_after_restart(
    qtbot: QtBot,
    window: MainWindow,
    workbook: Workbook,
    store: Store,
    data_paths: DataPaths,
    make_window: WindowFactory,
) -> None:
    user = User(qtbot, window)
    fill_background_by_keyboard(user)
    for section in window.workbook.round(ROUND).sections[1:]:
        user.fill_section(section.id)
    window.flush()

    assert workbook.problems(ROUND) == []
    qtbot.waitUntil(lambda: window.panel.count == 0)  # checked on the next turn of the loop
    assert all(a == r for a, r in window.session.progress.values())  # type: ignore[union-attr]
    assert window.save_status.label.text().startswith("Tallennettu ")
    for pointer, value in user.typed.items():
        assert stored(workbook, pointer) == value, pointer
    audited = {entry.pointer for entry in store.audit_log(ROUND)}
    assert "/background/respondent_name" in audited

    window.close()
    store.close()
    with Store.open(data_paths) as reopened:
        again = Workbook(reopened)
        second = make_window(again)
        for pointer, value in user.typed.items():
            section_id, key = split_pointer(pointer)[:2]
            page = second.page(ROUND, section_id)
            assert page is not None
            assert page.editor(key).value() == value, pointer
            assert stored(again, pointer) == value, pointer
        assert second.panel.count == 0
        second.close()
