"""What the user types is what is stored, and the field shows what was stored."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from desktop.workbook import Workbook
from tests.ui.conftest import ROUND
from tests.ui.user import User


@pytest.mark.parametrize(
    ("lang", "typed", "stored", "shown"),
    [
        # Money: written back with its cents.
        ("en", "45,5", 45.5, "45.50"),
        ("en", "1,250", 1250, "1,250"),
        ("en", "1 250,5", 1250.5, "1,250.50"),
        ("fi", "1,250.5", 1250.5, "1\u00a0250,50"),
        ("sv", "45.5", 45.5, "45,50"),
    ],
)
def test_a_number_is_stored_as_typed_and_shown_back_as_stored(
    qtbot: QtBot,
    window: MainWindow,
    workbook: Workbook,
    lang: str,
    typed: str,
    stored: float,
    shown: str,
) -> None:
    window.set_language(lang)  # type: ignore[arg-type]
    page = window.open_section("staff")
    assert page is not None
    user = User(qtbot, window)
    line = page.editor("holiday_pay_liability").focus_widget()
    assert isinstance(line, QLineEdit)
    user.focus(line)
    user.type(typed)
    user.tab()
    assert line.text() == shown
    assert workbook.answers(ROUND)["staff"]["holiday_pay_liability"] == stored


def test_a_date_is_shown_back_as_stored(
    qtbot: QtBot, window: MainWindow, workbook: Workbook
) -> None:
    workbook.set_json(ROUND, "/premises/lease_status", "not_started", "fi")
    window.set_language("en")
    page = window.open_section("premises")
    assert page is not None and page.is_shown("lease_planned_date")
    page.reveal_all()
    user = User(qtbot, window)
    line = page.editor("lease_planned_date").focus_widget()
    assert isinstance(line, QLineEdit)
    user.focus(line)
    user.type("01.03.2022")
    user.tab()
    assert line.text() == "1.3.2022"
    assert workbook.answers(ROUND)["premises"]["lease_planned_date"] == "2022-03-01"
