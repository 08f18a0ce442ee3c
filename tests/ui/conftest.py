"""Fixtures for the window: compiled translations, a profile, a window on a fresh database."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.paths import DataPaths
from desktop.storage import Profile, Store
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.settings import Preferences
from desktop.ui.translations import Translations, compile_all, source_dir
from desktop.workbook import Workbook

# The first round is open on this day, so the window opens on it.
TODAY = date(2022, 1, 20)
ROUND = "2022-1"


@pytest.fixture(scope="session")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("translations")
    compile_all(source_dir(), target)
    return target


@pytest.fixture
def translations(qapp: object, qm_dir: Path) -> Iterator[Translations]:
    installed = Translations(qm_dir)
    installed.install("fi")
    yield installed
    installed.install("fi")  # the next test starts in Finnish whatever this one chose


@pytest.fixture
def workbook(store: Store) -> Workbook:
    store.save_profile(Profile("211", contact_name="Anna Mäkelä", contact_title="Talousjohtaja"))
    return Workbook(store)


WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, data_paths: DataPaths, translations: Translations) -> WindowFactory:
    def make(workbook: Workbook) -> MainWindow:
        window = MainWindow(
            workbook, data_paths, translations, Preferences(data_paths), "fi", today=TODAY
        )
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        return window

    return make


@pytest.fixture
def window(make_window: WindowFactory, workbook: Workbook) -> Iterator[MainWindow]:
    made = make_window(workbook)
    yield made
    # The database closes before pytest-qt closes the window: no check may run after.
    for session in made.sessions.values():
        session.stop_checking()


_HERE = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform cannot pass on size limits, raise popups or grab the keyboard;
    # a real screen can. Every other warning still fails the test.
    ignore = pytest.mark.qt_log_ignore(
        r"^This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
    )
    for item in items:
        if _HERE in item.path.parents:
            item.add_marker(ignore)


# The export tests' fixtures, shared by their modules.
from tests.ui.exporting import filled, key, screen  # noqa: E402, F401
