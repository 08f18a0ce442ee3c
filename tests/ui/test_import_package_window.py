"""File → Import package… in the window: checked as ``verify`` checks it, kept, or refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.commands.demo import fill_round
from desktop.paths import DataPaths
from desktop.signing.keys import Organisation, create_key
from desktop.storage import Profile, Store
from desktop.submission.service import Submissions
from desktop.workbook import Workbook
from tests.ui.conftest import WindowFactory
from tests.ui.exporting import WAIT_MS, Screen, wait_for_box

ROUND = "2022-1"


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Kangasala's 2022-1 as exported on another computer."""
    root = tmp_path_factory.mktemp("elsewhere")
    with Store.open(DataPaths(root / "data")) as store:
        store.save_profile(Profile("211", contact_name="Anna Mäkelä"))
        workbook = Workbook(store)
        fill_round(workbook, ROUND)
        key = create_key(Organisation("Kangasala", "Kangasala"))
        result = Submissions(workbook).export(
            ROUND, root / "out", key=key, lang="fi", after_closing=True
        )
    assert result.package is not None
    return result.package


def test_an_imported_package_is_kept_and_becomes_the_previous_round(
    qtbot: QtBot, make_window: WindowFactory, workbook: Workbook, screen: Screen, package: Path
) -> None:
    window = make_window(workbook)
    screen.files.append(package)
    window.menu.import_package.trigger()
    title, text = wait_for_box(qtbot, screen)
    assert title == "Paketti tuotu"
    assert f"Paketti {package.name} tuotiin kierroksen 2022-1 lähetykseksi 1." in text
    assert workbook.is_locked(ROUND)
    previous = workbook.previous("2022-2")
    assert previous is not None and previous.source.submission == 1

    screen.files.append(package)
    window.menu.import_package.trigger()
    title, text = wait_for_box(qtbot, screen, 2)
    assert "on jo tallessa" in text and "Mitään ei muutettu." in text
    assert len(workbook.store.submissions(ROUND)) == 1


def test_another_municipality_s_package_is_imported_only_when_confirmed(
    qtbot: QtBot, make_window: WindowFactory, workbook: Workbook, screen: Screen, package: Path
) -> None:
    workbook.save_profile(Profile("837", contact_name="Anna Mäkelä"))
    window = make_window(workbook)
    screen.yes = False
    screen.files.append(package)
    window.menu.import_package.trigger()
    qtbot.waitUntil(lambda: len(screen.questions) == 1, timeout=WAIT_MS)
    assert "Kangasala (211)" in screen.questions[0] and "Tampere (837)" in screen.questions[0]
    qtbot.wait(50)
    assert workbook.store.submissions(ROUND) == []

    screen.yes = True
    screen.files.append(package)
    window.menu.import_package.trigger()
    title, _ = wait_for_box(qtbot, screen)
    assert title == "Paketti tuotu"
    profile = workbook.profile()
    assert profile is not None and profile.municipality_code == "211"


def test_a_file_that_is_no_package_is_refused_and_nothing_is_kept(
    qtbot: QtBot, make_window: WindowFactory, workbook: Workbook, screen: Screen, tmp_path: Path
) -> None:
    window = make_window(workbook)
    notes = tmp_path / "notes.asice"
    notes.write_text("not a package\n", "utf-8")
    screen.files.append(notes)
    window.menu.import_package.trigger()
    title, text = wait_for_box(qtbot, screen)
    assert title == "Pakettia ei tuotu"
    assert "Pakettia notes.asice ei tuotu" in text and "Mitään ei tallennettu." in text
    assert workbook.store.submissions(ROUND) == []


def test_an_open_later_round_shows_the_imported_answers_as_previous_at_once(
    qtbot: QtBot, make_window: WindowFactory, workbook: Workbook, screen: Screen, package: Path
) -> None:
    """The next round's page, open before the import, shows last round's answers under its
    questions as soon as the package is in: no restart needed."""
    from PySide6.QtWidgets import QLabel

    window = make_window(workbook)
    window.open_round("2022-2")
    page = window.open_section("premises")
    assert page is not None
    assert page.findChild(QLabel, "previous_estimated_annual_rent") is None
    screen.files.append(package)
    window.menu.import_package.trigger()
    wait_for_box(qtbot, screen)
    hint = page.findChild(QLabel, "previous_estimated_annual_rent")
    assert hint is not None and hint.isVisibleTo(page)
    assert "Edellinen 2022-1" in hint.text()
