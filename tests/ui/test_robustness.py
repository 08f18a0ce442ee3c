"""Second instance, newer database, crashes, Qt's warnings, long work off the UI thread."""

from __future__ import annotations

import logging
import sqlite3
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, qInstallMessageHandler, qWarning
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.paths import DataPaths
from desktop.storage import Store
from desktop.ui import dialogs
from desktop.ui.shell.app import run
from desktop.ui.shell.crash import CrashHandler
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.qtlog import route_qt_messages
from desktop.ui.tasks import run_task
from tests.environment import file_digest
from tests.ui.exporting import Screen


@pytest.fixture
def boxes() -> Iterator[list[tuple[str, str]]]:
    """Every message box that opens: its title and text; each is closed as a user would."""
    seen: list[tuple[str, str]] = []

    def close(dialog: QWidget) -> None:
        if isinstance(dialog, QMessageBox):
            seen.append((dialog.windowTitle(), dialog.text()))
            QTimer.singleShot(0, dialog.accept)

    dialogs.opened.append(close)
    yield seen
    dialogs.opened.clear()


def test_a_second_instance_gets_a_clear_dialog(
    qapp: object, data_paths: DataPaths, boxes: list[tuple[str, str]]
) -> None:
    with Store.open(data_paths):
        assert run(data_paths, "fi") == 2
    assert boxes == [
        (
            "Tilannekuva on jo käynnissä",
            f"Tilannekuva on jo käynnissä tällä tietokansiolla ({data_paths.root}): toisessa "
            "ikkunassa tai komennossa, joka ei ole vielä päättynyt. Sulje toinen ikkuna tai "
            "yritä uudelleen, kun komento on päättynyt.",
        )
    ]


def test_a_database_from_a_newer_version_is_left_untouched(
    qapp: object, data_paths: DataPaths, boxes: list[tuple[str, str]]
) -> None:
    data_paths.root.mkdir(parents=True)
    conn = sqlite3.connect(data_paths.database)
    conn.execute("CREATE TABLE future (x)")
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    before = file_digest(data_paths.database)
    assert run(data_paths, "sv") == 2
    assert file_digest(data_paths.database) == before
    assert not Path(f"{data_paths.database}-wal").exists()
    ((title, text),) = boxes
    assert title == "Databasen är från en nyare version"
    assert "999" in text and "Filen lämnades orörd" in text


def test_a_crash_is_logged_the_answers_rescued_and_the_user_told(
    qapp: object, data_paths: DataPaths, boxes: list[tuple[str, str]], qtbot: QtBot
) -> None:
    rescued: list[bool] = []
    handler = CrashHandler(data_paths, rescue=lambda: rescued.append(True))
    try:
        raise ZeroDivisionError("division by zero in a test")
    except ZeroDivisionError:
        kind, error, tb = sys.exc_info()
    assert kind is not None and error is not None
    handler.handle(kind, error, tb)
    qtbot.waitUntil(lambda: handler.box is None)
    log = data_paths.crash_log.read_text("utf-8")
    assert "ZeroDivisionError: division by zero in a test" in log
    assert rescued == [True]
    ((title, text),) = boxes
    assert title == "Ohjelmavirhe"
    assert str(data_paths.crash_log) in text and "ZeroDivisionError" in text


def test_the_crash_hook_is_installed_and_removed(data_paths: DataPaths) -> None:
    handler = CrashHandler(data_paths)
    before = sys.excepthook
    handler.install()
    try:
        assert sys.excepthook == handler.handle
    finally:
        handler.uninstall()
    assert sys.excepthook is before


def test_qt_warnings_go_to_logging(qapp: object, caplog: pytest.LogCaptureFixture) -> None:
    previous = route_qt_messages()
    try:
        with caplog.at_level(logging.DEBUG, logger="qt"):
            qWarning("a warning from Qt in a test")
    finally:
        qInstallMessageHandler(previous)
    assert [(r.name, r.levelno) for r in caplog.records] == [("qt", logging.WARNING)]
    assert "a warning from Qt in a test" in caplog.records[0].getMessage()


def test_long_work_runs_off_the_ui_thread_with_progress(qtbot: QtBot) -> None:
    ui_thread = threading.get_ident()
    seen: dict[str, object] = {}

    def work(report: object) -> int:
        seen["thread"] = threading.get_ident()
        for step in range(3):
            report(step + 1, 3)  # type: ignore[operator]
        return 42

    progress: list[tuple[int, int]] = []
    task = run_task(
        work,
        on_success=lambda result: seen.setdefault("result", result),
        on_failure=lambda error: seen.setdefault("error", error),
        on_progress=lambda done, total: progress.append((done, total)),
    )
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert seen["result"] == 42
    assert seen["thread"] != ui_thread
    assert progress == [(1, 3), (2, 3), (3, 3)]


def test_a_failing_task_reports_on_the_ui_thread(qtbot: QtBot) -> None:
    failures: list[BaseException] = []

    def work(report: object) -> None:
        raise OSError("disk went away")

    task = run_task(work, lambda _r: None, failures.append)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert [str(f) for f in failures] == ["disk went away"]


def test_a_backup_is_made_off_the_ui_thread(
    qtbot: QtBot, window: MainWindow, data_paths: DataPaths, boxes: list[tuple[str, str]]
) -> None:
    window.menu.backup.trigger()
    assert window.task is not None
    with qtbot.waitSignal(window.task.finished, timeout=10000):
        pass
    made = sorted(data_paths.backups.glob("manual-*.sqlite"))
    assert len(made) == 1
    qtbot.waitUntil(lambda: bool(boxes))
    assert boxes[0][0] == "Varmuuskopio" and str(made[0]) in boxes[0][1]


def test_a_closed_window_checks_nothing_after_its_database_is_closed(
    qtbot: QtBot, window: MainWindow, workbook: object, screen: Screen
) -> None:
    from desktop.ui.form.session import CHECK_MS

    session = window.session
    assert session is not None
    session.set_typed_error("/premises/premises/0/floor_area", "ei luku")  # asks for a check
    screen.yes = True  # asked about the refused text: close without it
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert screen.questions  # it was asked
    window.workbook.store.close()  # the window is gone; the program closes its store
    with qtbot.captureExceptions() as raised:
        qtbot.wait(CHECK_MS * 3)
    assert raised == []


def test_garbage_collection_waits_for_a_running_task_and_resumes_after(qtbot: QtBot) -> None:
    import gc

    started, release = threading.Event(), threading.Event()
    results: list[object] = []

    def work(_report: object) -> str:
        started.set()
        release.wait(10)
        return "valmis"

    task = run_task(work, results.append, results.append)
    assert started.wait(10)
    assert not gc.isenabled()
    release.set()
    qtbot.waitUntil(lambda: results == ["valmis"])
    assert gc.isenabled() and not task.running
