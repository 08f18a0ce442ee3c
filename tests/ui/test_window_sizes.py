"""Windows open within the screen: on a small laptop nothing starts beyond its edge."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from desktop.commands.demo import fill_round
from desktop.paths import DataPaths
from desktop.ui.coordinator.window import CoordinatorWindow
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.translations import Translations
from desktop.ui.window_size import fitted
from desktop.workbook import Workbook
from tests.ui.conftest import WindowFactory


def _within_screen(size: QSize, widget: QWidget) -> None:
    screen = widget.screen()
    assert screen is not None
    available = screen.availableGeometry()
    assert size.width() <= available.width(), (size, available)
    assert size.height() <= available.height(), (size, available)


def test_the_window_at_first_start_fits_the_screen(window: MainWindow) -> None:
    # No size saved yet: the window's own first size, on the test screen of 800 × 800.
    _within_screen(window.size(), window)


def test_the_coordinators_window_fits_the_screen(
    qtbot: QtBot, window: MainWindow, data_paths: DataPaths
) -> None:
    coordinator = window.open_received()
    qtbot.addWidget(coordinator)
    assert isinstance(coordinator, CoordinatorWindow)
    _within_screen(coordinator.size(), coordinator)


def test_a_small_laptops_screen_takes_the_frame_into_account() -> None:
    laptop = QRect(0, 0, 1024, 700)
    size = fitted(QSize(1280, 800), laptop)
    assert size.width() < 1024 and size.height() < 700
    assert fitted(QSize(640, 480), laptop) == QSize(640, 480)  # smaller stays as asked
    assert fitted(QSize(640, 480), QRect()) == QSize(640, 480)  # no screen known


def test_comparing_rounds_fits_the_screen_with_long_question_titles(
    qtbot: QtBot, make_window: WindowFactory, workbook: Workbook, translations: Translations
) -> None:
    fill_round(workbook, "2022-1")
    fill_round(workbook, "2022-2")
    translations.install("sv")  # the longest titles
    window = make_window(workbook)
    window.set_language("sv")
    window.open_round("2022-2")
    dialog = window.previous.show_compare()
    assert isinstance(dialog, QDialog)
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    _within_screen(dialog.size(), dialog)


def test_confirming_a_long_warning_fits_the_screen(
    qtbot: QtBot, window: MainWindow, workbook: Workbook
) -> None:
    from PySide6.QtWidgets import QInputDialog

    from desktop.ui import dialogs
    from desktop.ui.form.explaining import explain_warning

    workbook.set_json("2022-1", "/premises/estimated_annual_rent", 3_100_000, "fi")
    workbook.set_json("2022-2", "/premises/estimated_annual_rent", 5_000_000, "fi")
    window.open_round("2022-2")
    session = window.session
    assert session is not None
    session.check()
    pointer = "/premises/estimated_annual_rent"
    qtbot.waitUntil(lambda: any(p.pointer == pointer for p in session.problems))
    seen: list[QInputDialog] = []
    dialogs.opened.append(lambda d: seen.append(d) if isinstance(d, QInputDialog) else None)
    try:
        explain_warning(window, session, pointer)
    finally:
        dialogs.opened.clear()
    (dialog,) = seen
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    # The warning's long sentence wraps: the box and its OK button stay on the screen.
    _within_screen(dialog.size(), dialog)
    assert "+61 %" in dialog.labelText()
    dialog.reject()


def test_the_profile_dialogs_labels_keep_clear_of_their_fields(
    qtbot: QtBot, window: MainWindow
) -> None:
    from PySide6.QtGui import QFontMetrics

    window.resize(1024, 700)
    for lang in ("fi", "sv", "en"):
        window.set_language(lang)  # type: ignore[arg-type]
        dialog = window.edit_profile()
        qtbot.waitExposed(dialog)
        for label in dialog.labels:
            buddy = label.buddy()
            assert buddy is not None
            shown = label.text().replace("&", "")
            text_end = label.x() + QFontMetrics(label.font()).horizontalAdvance(shown)
            # A few pixels of room: "Tehtävänimike" must not run into its field.
            assert text_end + 8 <= buddy.x(), (lang, shown)
        dialog.close()
