"""The window's part in keeping a day's answers: a backup when it closes, a way out of a
damaged database, and a restore before the first profile (a new laptop)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QWidget,
)

from desktop.paths import DataPaths
from desktop.storage import Profile, Store
from desktop.storage.backup import list_backups
from desktop.storage.restore import inspect_backup
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.profile_dialog import ProfileDialog
from tests.ui.test_startup import Seen, User, never, start  # noqa: F401

LEASE = "/premises/lease_status"


def _lease_in(path: Path, round_id: str) -> object:
    answers = inspect_backup(path).answers
    return answers.get(round_id, {}).get("premises", {}).get("lease_status")


def test_closing_the_window_leaves_a_backup_holding_the_days_answers(
    start: Callable[[User], int],  # noqa: F811
    data_paths: DataPaths,
) -> None:
    with Store.open(data_paths) as store:  # the day's backup at the first start: no answers
        store.save_profile(Profile("211", contact_name="Anna Mäkelä"))
    seen = Seen()
    answered: list[str] = []

    def type_and_close(window: MainWindow) -> None:
        assert window.session is not None
        answered.append(window.session.round_id)
        window.session.save_now(LEASE, "signed")
        window.close()

    assert start(User(never, type_and_close, seen)) == 0
    if seen.error is not None:
        raise seen.error
    autos = [b for b in list_backups(data_paths.backups) if b.kind == "auto"]
    assert len(autos) == 1 and _lease_in(autos[0].path, answered[0]) == "signed"


def _damage(database: Path) -> int:
    size = database.stat().st_size // 2 // 4096 * 4096 or 4096
    with database.open("rb+") as handle:
        handle.truncate(size)
    return size


def _a_day_in_a_backup(paths: DataPaths) -> None:
    from desktop.backups import after_work

    with Store.open(paths) as store:
        store.save_profile(Profile("211", contact_name="Anna Mäkelä"))
        store.set_answer("2022-1", LEASE, "signed")
        store.set_answer("2022-1", "/premises/estimated_annual_rent", 3100000)
        assert after_work(store) is not None


class Screen:
    """What the user met and did: every dialog by its object name and text."""

    def __init__(self, actions: dict[str, Callable[[QWidget], None]]) -> None:
        self.actions = actions
        self.seen: list[tuple[str, str]] = []

    def __call__(self, dialog: QWidget) -> None:
        text = dialog.text() if isinstance(dialog, QMessageBox) else dialog.windowTitle()
        self.seen.append((dialog.objectName(), text))
        act = self.actions.get(dialog.objectName(), lambda d: d.close())
        QTimer.singleShot(0, lambda: act(dialog))


def _click(name: str) -> Callable[[QWidget], None]:
    def click(dialog: QWidget) -> None:
        button = dialog.findChild(QPushButton, name)
        assert button is not None, name
        button.click()

    return click


def _run_with(
    paths: DataPaths,
    screen: Screen,
    on_window: Callable[[MainWindow], None],
    on_profile: Callable[[ProfileDialog], None] | None = None,
) -> int:
    from desktop.ui import dialogs
    from desktop.ui.shell.app import run

    asked: set[int] = set()

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible() and widget.session:
                eyes.stop()
                on_window(widget)
            elif (
                isinstance(widget, ProfileDialog) and widget.isVisible() and id(widget) not in asked
            ):
                asked.add(id(widget))
                assert on_profile is not None, "the profile was asked for"
                on_profile(widget)

    eyes = QTimer()
    eyes.timeout.connect(look)
    eyes.start(10)
    patience = QTimer()
    patience.setSingleShot(True)
    patience.timeout.connect(lambda: QApplication.exit(1))
    patience.start(30_000)
    dialogs.opened.append(screen)
    try:
        return run(paths, "fi")
    finally:
        dialogs.opened.remove(screen)
        eyes.stop()
        patience.stop()


def test_a_damaged_database_offers_the_newest_backup_and_opens_with_its_answers(
    qapp: QApplication, data_paths: DataPaths
) -> None:
    from desktop.survey.formatting import format_local_time

    _a_day_in_a_backup(data_paths)
    (backup,) = [b for b in list_backups(data_paths.backups) if b.kind == "auto"]
    cut = _damage(data_paths.database)
    shown: list[object] = []

    def look_and_close(window: MainWindow) -> None:
        shown.append(window.workbook.stored("2022-1", LEASE))
        window.close()

    screen = Screen({"damagedDatabase": _click("restoreNewest")})
    assert _run_with(data_paths, screen, look_and_close) == 0
    ((name, text), *_) = screen.seen
    assert name == "damagedDatabase"
    # The way out is named: the backup's time and how many answers it holds.
    assert format_local_time(backup.taken_at) in text and "2022-1: 3/25" in text
    assert shown == ["signed"], "the window opened on the backup's answers"
    # The damaged file is kept aside, not deleted.
    (kept,) = data_paths.root.glob("tilannekuva-damaged-*.sqlite")
    assert kept.stat().st_size == cut


def test_a_damaged_database_dialog_opens_the_list_of_backups(
    qapp: QApplication, data_paths: DataPaths
) -> None:
    _a_day_in_a_backup(data_paths)
    _damage(data_paths.database)
    before = data_paths.database.read_bytes()
    asked = []

    def list_then_close(dialog: QWidget) -> None:
        asked.append(dialog)
        _click("closeProgram" if len(asked) > 1 else "showBackups")(dialog)

    def restore_nothing(dialog: QWidget) -> None:
        table = dialog.findChild(QTableWidget, "backupsTable")
        assert table is not None and table.rowCount() == 1
        dialog.close()

    screen = Screen({"damagedDatabase": list_then_close, "backupsDialog": restore_nothing})
    assert _run_with(data_paths, screen, lambda window: window.close()) == 2
    assert [name for name, _ in screen.seen] == [
        "damagedDatabase",
        "backupsDialog",
        "damagedDatabase",
    ]
    assert data_paths.database.read_bytes() == before, "nothing changed unless asked"


def test_a_new_laptop_restores_a_backup_from_the_first_question(
    qapp: QApplication, data_paths: DataPaths, tmp_path: Path
) -> None:
    from desktop.storage.restore import write_backup

    # On the old laptop: a day's answers, backed up to a USB stick.
    old = DataPaths(tmp_path / "old-laptop")
    _a_day_in_a_backup(old)
    with Store.open(old) as store:
        on_stick = write_backup(store, tmp_path / "usb")
    # The new laptop: the program asks for the municipality first; the user restores instead.
    shown: list[object] = []

    def restore_instead(dialog: ProfileDialog) -> None:
        button = dialog.findChild(QPushButton, "restoreFromBackup")
        assert button is not None and button.isVisible()
        button.click()

    def pick_the_file(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        line = dialog.findChild(QLineEdit, "fileNameEdit")
        assert line is not None
        line.setText(str(on_stick))
        dialog.accept()

    def look_and_close(window: MainWindow) -> None:
        shown.append(window.workbook.stored("2022-1", LEASE))
        shown.append(window.workbook.profile())
        window.close()

    screen = Screen({"QFileDialog": pick_the_file})
    assert _run_with(data_paths, screen, look_and_close, restore_instead) == 0
    assert shown == ["signed", Profile("211", contact_name="Anna Mäkelä")]


def test_a_backup_chosen_from_the_list_takes_the_damaged_databases_place(
    qapp: QApplication, data_paths: DataPaths
) -> None:
    from desktop.ui.shell.backups_dialog import BackupsDialog

    _a_day_in_a_backup(data_paths)
    _damage(data_paths.database)
    shown: list[object] = []

    def restore_the_first(dialog: QWidget) -> None:
        assert isinstance(dialog, BackupsDialog)
        dialog.restore_button.click()

    def yes(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        dialog.button(QMessageBox.StandardButton.Yes).click()

    def look_and_close(window: MainWindow) -> None:
        shown.append(window.workbook.stored("2022-1", LEASE))
        window.close()

    screen = Screen(
        {
            "damagedDatabase": _click("showBackups"),
            "backupsDialog": restore_the_first,
            "questionBox": yes,
        }
    )
    assert _run_with(data_paths, screen, look_and_close) == 0
    asked = [text for name, text in screen.seen if name == "questionBox"]
    assert len(asked) == 1 and "vioittuneen tietokannan tilalle" in asked[0]
    assert shown == ["signed"]
    assert len(list(data_paths.root.glob("tilannekuva-damaged-*.sqlite"))) == 1
