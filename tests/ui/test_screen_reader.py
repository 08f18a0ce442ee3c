"""What a screen reader says of the questions: read through Qt's accessibility interfaces,
as NVDA and Orca get them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
)
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.i18n import Lang, pick
from desktop.survey import Kind
from desktop.ui.form.field_row import FieldRow
from desktop.ui.form.fields.choices import MultiChoiceEditor, YesNoEditor
from desktop.ui.form.fields.lines import DateEditor
from desktop.ui.shell.main_window import MainWindow
from desktop.workbook import Workbook
from tests.ui.conftest import ROUND, WindowFactory
from tests.ui.test_previous_tables import ROWS, TABLE, _premises, _sent_first_round
from tests.ui.test_previous_window import _premises_with_previous, _second_round_open
from tests.ui.user import User

REQUIRED = {"fi": "pakollinen", "sv": "obligatorisk", "en": "required"}
YES_NO = {"fi": ("Kyllä", "Ei"), "sv": ("Ja", "Nej"), "en": ("Yes", "No")}


def name(widget: QWidget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def description(widget: QWidget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Description)


def spoken(widget: QWidget) -> str:
    """All a screen reader may say of the widget: its name, its description and the labels
    it is related to (Orca names a drop-down list by its label)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    labels = [
        other.text(QAccessible.Text.Name)
        for other, relation in interface.relations(QAccessible.RelationFlag.Label)
    ]
    said = [interface.text(QAccessible.Text.Name), interface.text(QAccessible.Text.Description)]
    return " ".join(said + labels).lower()


def role(widget: QWidget) -> QAccessible.Role:
    return QAccessible.queryAccessibleInterface(widget).role()


def rows(window: MainWindow) -> Iterator[FieldRow]:
    for section in window.workbook.round(ROUND).sections:
        page = window.page(ROUND, section.id)
        assert page is not None
        yield from page.rows.values()


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_a_required_question_is_announced_as_required(window: MainWindow, lang: Lang) -> None:
    window.set_language(lang)
    required = [row for row in rows(window) if row.required and not row.isHidden()]
    optional = [row for row in rows(window) if not row.required]
    assert required and optional
    for row in required:
        said = spoken(row.editor.focus_widget())
        assert REQUIRED[lang] in said, row.field.key
        assert pick(row.field.label, lang).lower() in said, row.field.key
    for row in optional:
        said = spoken(row.editor.focus_widget())
        assert REQUIRED[lang] not in said, row.field.key


def test_a_follow_up_is_announced_required_when_it_becomes_required(window: MainWindow) -> None:
    page = window.open_section("premises")
    assert page is not None
    row = page.rows["lease_not_started_reason"]
    assert not row.required
    assert "pakollinen" not in name(row.editor.focus_widget())
    row.set_required(True)
    assert name(row.editor.focus_widget()).endswith("(pakollinen)")
    row.set_required(False)
    assert "pakollinen" not in name(row.editor.focus_widget())


def _number_with_help(window: MainWindow) -> tuple[str, FieldRow]:
    for section in window.workbook.round(ROUND).sections:
        page = window.page(ROUND, section.id)
        assert page is not None
        for row in page.rows.values():
            if row.field.kind is Kind.NUMBER and row.field.help and not row.isHidden():
                return section.id, row
    raise AssertionError("no number question with help")


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_a_refused_answer_is_told_with_the_help_kept(
    qtbot: QtBot, window: MainWindow, lang: Lang
) -> None:
    window.set_language(lang)
    section, row = _number_with_help(window)
    window.open_section(section)
    user = User(qtbot, window)
    user.focus(row.editor.focus_widget())
    user.type("abc")
    user.tab()
    qtbot.waitUntil(lambda: row.editor.error() is not None, timeout=3000)
    error = row.editor.error()
    assert error is not None
    said = description(row.editor.focus_widget())
    assert error in said
    assert pick(row.field.help, lang) in said  # the help is still there

    user.focus(row.editor.focus_widget())
    user.type("12")
    user.tab()
    qtbot.waitUntil(lambda: row.editor.error() is None, timeout=3000)
    assert description(row.editor.focus_widget()) == pick(row.field.help, lang)


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_yes_and_no_are_named_by_their_option_and_tell_the_question(
    window: MainWindow, lang: Lang
) -> None:
    window.set_language(lang)
    editors = [row.editor for row in rows(window) if isinstance(row.editor, YesNoEditor)]
    assert editors
    for editor in editors:
        question = pick(editor.field.label, lang)
        for button, option in zip((editor.yes, editor.no), YES_NO[lang], strict=True):
            assert role(button) == QAccessible.Role.RadioButton
            assert name(button) == option
            assert question in description(button)


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_each_tick_box_is_named_by_its_option_and_tells_the_question(
    window: MainWindow, lang: Lang
) -> None:
    window.set_language(lang)
    editors = [row.editor for row in rows(window) if isinstance(row.editor, MultiChoiceEditor)]
    assert editors
    for editor in editors:
        question = pick(editor.field.label, lang)
        for (box, _value), option in zip(editor.boxes, editor.field.options, strict=True):
            assert role(box) == QAccessible.Role.CheckBox
            assert name(box) == pick(option.label, lang)
            assert question in description(box)


@pytest.fixture
def spoken_aloud(
    monkeypatch: pytest.MonkeyPatch,
) -> list[tuple[str, QAccessible.AnnouncementPoliteness]]:
    """What a screen reader listening to the window would be asked to announce."""
    heard: list[tuple[str, QAccessible.AnnouncementPoliteness]] = []

    def update(event: QAccessibleEvent) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            heard.append((event.message(), event.politeness()))

    monkeypatch.setattr(QAccessible, "isActive", staticmethod(lambda: True))
    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(update))
    return heard


def test_a_save_a_refusal_and_the_count_to_fix_are_announced(
    qtbot: QtBot,
    window: MainWindow,
    spoken_aloud: list[tuple[str, QAccessible.AnnouncementPoliteness]],
) -> None:
    window.menu.show_problems.trigger()
    qtbot.waitUntil(lambda: bool(window.panel.entries))
    before = window.panel.count
    assert not spoken_aloud  # the state the window opens in is not news
    page = window.open_section("background")
    assert page is not None
    user = User(qtbot, window)
    user.answer(page, "respondent_name")
    qtbot.waitUntil(lambda: window.panel.count == before - 1, timeout=3000)
    qtbot.waitUntil(lambda: window.save_status.label.text().startswith("Tallennettu "))
    said = [message for message, _politeness in spoken_aloud]
    assert any(message.startswith("Tallennettu ") for message in said), said
    assert f"Korjattavaa ({before - 1})" in " ".join(said), said

    # A refused answer is told.
    spoken_aloud.clear()
    section, row = _number_with_help(window)
    window.open_section(section)
    user.focus(row.editor.focus_widget())
    user.type("abc")
    user.tab()
    qtbot.waitUntil(lambda: row.editor.error() is not None, timeout=3000)
    qtbot.waitUntil(lambda: "ei kelpaa" in window.save_status.label.text())
    said = [message for message, _politeness in spoken_aloud]
    assert any("ei kelpaa: 1" in message for message in said), said


CALENDAR = {"fi": "Valitse kalenterista", "sv": "Välj i kalendern", "en": "Pick from the calendar"}


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_calendar_button_of_a_date_says_what_it_does_and_for_which_question(
    window: MainWindow, lang: Lang
) -> None:
    window.set_language(lang)
    editors = [row.editor for row in rows(window) if isinstance(row.editor, DateEditor)]
    assert editors
    for editor in editors:
        assert role(editor.pick) == QAccessible.Role.Button
        assert name(editor.pick) == f"{CALENDAR[lang]}: {pick(editor.field.label, lang)}"


PREVIOUS = {"fi": "Edellinen 2022-1: ", "sv": "Föregående 2022-1: ", "en": "Previous 2022-1: "}
COPIES = {
    "fi": " – Enter kopioi sen tähän",
    "sv": " – Enter kopierar det hit",
    "en": " – Enter copies it here",
}


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_a_previous_answer_that_copies_is_a_button_that_says_enter_copies_it(
    make_window: WindowFactory,
    workbook: Workbook,
    qtbot: QtBot,
    tmp_path: Path,
    lang: Lang,
) -> None:
    window = _second_round_open(make_window, workbook, tmp_path)
    window.set_language(lang)
    page = _premises_with_previous(window, qtbot, "lease_status")
    lease = page.findChild(QLabel, "previous_lease_status")
    assert lease is not None
    qtbot.waitUntil(lambda: name(lease).startswith(PREVIOUS[lang]))
    assert role(lease) == QAccessible.Role.Button
    said = name(lease)
    assert said.endswith(COPIES[lang]) and "·" not in said, said
    # A screen reader's "press" copies it, as Enter does.
    actions = QAccessible.queryAccessibleInterface(lease).actionInterface()
    assert actions is not None
    assert QAccessibleActionInterface.pressAction() in actions.actionNames()
    actions.doAction(QAccessibleActionInterface.pressAction())
    qtbot.waitUntil(lambda: "lease_status" in workbook.answers("2022-2")["premises"])


def test_a_table_hint_keeps_the_corner_mark_out_of_its_name(
    make_window: WindowFactory, workbook: Workbook, qtbot: QtBot, tmp_path: Path
) -> None:
    _sent_first_round(workbook, tmp_path)
    workbook.set_json("2022-2", TABLE, ROWS)
    page = _premises(make_window, workbook, qtbot)
    label = page.findChild(QLabel, "previous_premises")
    assert label is not None
    assert "◥" in label.text()  # the legend is shown
    assert "◥" not in name(label)
    assert "Edellisellä kierroksella, ei nyt:" in name(label)
    assert description(label).startswith("◥ = arvo eroaa kierroksen")


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_the_shortcuts_are_read_as_keys_with_their_command(window: MainWindow, lang: Lang) -> None:
    window.set_language(lang)
    box = window.show_shortcuts()
    label = box.findChild(QLabel, "qt_msgbox_label")
    assert label is not None
    lines = name(label).splitlines()
    save = {"fi": "Ctrl+S: ", "en": "Ctrl+S: "}[lang]
    assert any(line.startswith(save) and len(line) > len(save) for line in lines), lines
    copy = window.previous.copy_section
    keys = copy.shortcut().toString(copy.shortcut().SequenceFormat.NativeText)
    assert f"{keys}: {copy.text().replace('&', '')}" in lines
    assert "<" not in name(label)  # no markup read out
    box.close()
