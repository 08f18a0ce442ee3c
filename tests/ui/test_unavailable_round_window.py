"""A round added from a package that no longer verifies is not offered in the window, and the
window says so: which round, and why, in the user's language, as the command line does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from desktop.paths import DataPaths
from desktop.storage import Store
from desktop.ui.shell.main_window import MainWindow
from desktop.workbook import Workbook
from tests.rounds_support import add, forge_added, package_2023, stranger_key, trust
from tests.ui.conftest import WindowFactory

ADDED = "2023-1"


def _rounds(window: MainWindow) -> list[str]:
    listing = window.navigation.round_list
    return [listing.item(row).text() for row in range(listing.count())]


def _told(window: MainWindow) -> str:
    """What the window says of rounds it cannot offer: the notice's text, if shown."""
    notice = window.findChild(QLabel, "unavailableRoundsText")
    if notice is None or not notice.isVisible():
        return ""
    assert notice.textFormat() == Qt.TextFormat.PlainText  # package data is shown as it is
    return notice.text()


def _close(window: MainWindow) -> None:
    for session in window.sessions.values():
        session.stop_checking()


def test_a_forged_added_round_is_told_in_the_users_language(
    make_window: WindowFactory, data_paths: DataPaths, qtbot: QtBot
) -> None:
    trust(data_paths)
    add(data_paths, package_2023())
    forge_added(data_paths.database)
    with Store.open(data_paths) as store:
        window = make_window(Workbook(store))
        assert len(_rounds(window)) == 3  # the forged round is not offered
        assert not any("VÄÄRENNETTY" in text for text in _rounds(window))
        said = _told(window)
        assert f"Kierros {ADDED} ei ole käytettävissä" in said, said
        assert "allekirjoitus ei kelpaa" in said and "Mitään ei poistettu" in said
        assert "Lisää kyselykierros" in said  # how to mend it
        for lang, words in (
            ("sv", f"Omgången {ADDED} är inte tillgänglig"),
            ("en", f"Round {ADDED} is unavailable"),
        ):
            window.set_language(lang)
            assert words in _told(window), _told(window)
        button = window.findChild(QPushButton, "hideUnavailableRounds")
        assert button is not None and button.text() == "Hide"
        assert f"Round {ADDED} is unavailable" in button.accessibleDescription()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert _told(window) == ""  # put away for this session
        _close(window)


def test_a_round_whose_signer_is_no_longer_trusted_is_told_with_the_signer(
    make_window: WindowFactory, data_paths: DataPaths
) -> None:
    trust(data_paths)
    add(data_paths, package_2023())
    trust(data_paths, stranger_key())  # the coordinator's key taken off the list
    with Store.open(data_paths) as store:
        window = make_window(Workbook(store))
        assert len(_rounds(window)) == 3
        said = _told(window)
        assert f"Kierros {ADDED} ei ole käytettävissä" in said
        assert "Kuntaliitto" in said and "ei luota" in said  # who signed it, and why not
        _close(window)


def test_a_round_id_that_a_database_holds_is_shown_escaped(
    make_window: WindowFactory, data_paths: DataPaths
) -> None:
    trust(data_paths)
    add(data_paths, package_2023())
    forge_added(data_paths.database, round_id="<b>2023-1</b>\x1b[8m\u202e")
    with Store.open(data_paths) as store:
        window = make_window(Workbook(store))
        said = _told(window)
        assert "<b>2023-1</b>\\x1b[8m\\u202e" in said, said
        assert "\x1b" not in said and "\u202e" not in said
        _close(window)


def test_no_notice_while_every_added_round_verifies(
    make_window: WindowFactory, data_paths: DataPaths
) -> None:
    trust(data_paths)
    add(data_paths, package_2023())
    with Store.open(data_paths) as store:
        window = make_window(Workbook(store))
        assert len(_rounds(window)) == 4
        assert _told(window) == ""
        _close(window)
