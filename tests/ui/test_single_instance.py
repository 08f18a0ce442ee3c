"""Starting the program again on a data folder whose window is open brings that window to
the front (with the package it was given, if any) and ends quietly; an open window that
cannot be reached keeps the message to close it first."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDir, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop import cli
from desktop.paths import DataPaths
from desktop.storage import Profile, StorageError, Store
from desktop.ui import dialogs
from desktop.ui.coordinator.received import ReceivedView
from desktop.ui.shell import single_instance
from desktop.ui.shell.app import run
from desktop.ui.shell.main_window import MainWindow
from desktop.workbook import Workbook
from tests.ui.conftest import WindowFactory
from tests.ui.exporting import WAIT_MS

ALREADY_OPEN = "Sulje toinen ikkuna tai yritä uudelleen, kun komento on päättynyt."


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A package exported by the demo, as a municipality would send it."""
    folder = tmp_path_factory.mktemp("sender")
    assert cli.main(["--data-dir", str(folder), "demo"]) == 0
    (made,) = (folder / "vienti").glob("2022-1_*.asice")
    return made


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


def _second_start(
    qtbot: QtBot, paths: DataPaths, received: Path | None = None
) -> single_instance.Answer | None:
    """What a second start asks the open window, from a process of its own (it waits for the
    answer as the second start does, while this process's window answers)."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from desktop.paths import DataPaths\n"
        "from desktop.ui.shell.single_instance import hand_over\n"
        "app = QCoreApplication([])\n"
        "received = Path(sys.argv[2]) if len(sys.argv) > 2 else None\n"
        "print(hand_over(DataPaths(Path(sys.argv[1])), received))\n"
    )
    args = [str(paths.root)] + ([] if received is None else [str(received)])
    asking = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=_environment()
    )
    qtbot.waitUntil(lambda: asking.poll() is not None, timeout=WAIT_MS)
    out, _err = asking.communicate()
    answer = out.strip()
    assert answer in ("ok", "raised", "None"), out
    return None if answer == "None" else answer  # type: ignore[return-value]


def _opens_in(window: MainWindow) -> Callable[[Path], bool]:
    def opening(path: Path) -> bool:
        window.received.open(path)
        return True

    return opening


def _listening(
    qtbot: QtBot,
    paths: DataPaths,
    front: Callable[[], QWidget | None],
    open_file: Callable[[Path], bool],
) -> single_instance.Listener:
    listener = single_instance.Listener.start(paths, front, open_file)
    assert listener is not None
    return listener


# -- in this process: the open window and what a second start asks of it --------------------


def test_the_open_window_comes_to_the_front_when_started_again(
    qtbot: QtBot, window: MainWindow, data_paths: DataPaths
) -> None:
    elsewhere = QWidget()
    qtbot.addWidget(elsewhere)
    elsewhere.show()
    elsewhere.activateWindow()
    window.showMinimized()
    qtbot.waitUntil(lambda: window.isMinimized() and not window.isActiveWindow())
    listener = _listening(qtbot, data_paths, lambda: window, _opens_in(window))
    try:
        assert _second_start(qtbot, data_paths) == "ok"
        qtbot.waitUntil(lambda: not window.isMinimized() and window.isActiveWindow())
        assert window.isVisible()
    finally:
        listener.close()
    # Closed: nothing answers any more, and a second start says so at once.
    started = time.monotonic()
    assert single_instance.hand_over(data_paths, None) is None
    assert time.monotonic() - started < 2


def test_a_package_given_to_a_second_start_opens_in_the_open_window(
    qtbot: QtBot, window: MainWindow, data_paths: DataPaths, package: Path
) -> None:
    listener = _listening(qtbot, data_paths, lambda: window, _opens_in(window))
    try:
        with qtbot.waitSignal(window.received.shown, timeout=WAIT_MS) as shown:
            assert _second_start(qtbot, data_paths, package) == "ok"
    finally:
        listener.close()
    view = shown.args[0]
    assert isinstance(view, ReceivedView)
    assert view.isVisible() and view.parentWidget() is window
    assert "2022-1" in view.windowTitle()


def test_a_window_that_takes_no_files_is_raised_and_the_package_shown_apart(
    qtbot: QtBot, data_paths: DataPaths, package: Path
) -> None:
    """The first start's question of the municipality is up: it comes to the front, and the
    package is left to the second start to show in a window of its own."""
    question = QWidget()
    qtbot.addWidget(question)
    question.show()
    listener = _listening(qtbot, data_paths, lambda: question, lambda _path: False)
    try:
        assert _second_start(qtbot, data_paths, package) == "raised"
    finally:
        listener.close()


def test_an_open_window_that_does_not_answer_keeps_the_message(
    qtbot: QtBot,
    data_paths: DataPaths,
    boxes: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Another process holds the folder and listens, but never answers (it hangs)."""
    from PySide6.QtNetwork import QLocalServer

    monkeypatch.setattr(single_instance, "REPLY_MS", 300)
    with Store.open(data_paths):
        hung = QLocalServer()
        assert hung.listen(single_instance.server_name(data_paths))
        try:
            assert run(data_paths, "fi") == 2
        finally:
            hung.close()
    ((title, text),) = boxes
    assert title == "Tilannekuva on jo käynnissä"
    assert text.endswith(ALREADY_OPEN)


def test_two_data_folders_answer_apart(tmp_path: Path) -> None:
    one, other = DataPaths(tmp_path / "one"), DataPaths(tmp_path / "other")
    assert single_instance.server_name(one) != single_instance.server_name(other)
    assert single_instance.server_name(one) == single_instance.server_name(
        DataPaths(tmp_path / "x" / ".." / "one")
    )


@pytest.mark.skipif(sys.platform == "win32", reason="a named pipe leaves no file behind")
def test_a_socket_left_by_a_killed_window_does_not_stop_the_next_one(
    qtbot: QtBot, window: MainWindow, data_paths: DataPaths
) -> None:
    name = single_instance.server_name(data_paths)
    left = Path(name) if Path(name).is_absolute() else Path(QDir.tempPath()) / name
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(str(left))
    stale.close()  # the file stays, as after a kill
    assert left.exists()
    listener = _listening(qtbot, data_paths, lambda: window, _opens_in(window))
    try:
        assert _second_start(qtbot, data_paths) == "ok"
    finally:
        listener.close()
    assert not left.exists()


# -- two real processes ------------------------------------------------------------------


def _environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TILANNEKUVA_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _log(paths: DataPaths) -> str:
    path = paths.logs / "tilannekuva.log"
    return path.read_text("utf-8") if path.exists() else ""


def _start(paths: DataPaths, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(paths.root), *args],
        capture_output=True,
        text=True,
        env=_environment(),
        timeout=120,
        check=False,
    )


@pytest.mark.skipif(sys.platform == "win32", reason="ends the first window by SIGTERM")
def test_a_second_start_brings_the_open_window_forward_and_ends_quietly(
    tmp_path: Path, package: Path
) -> None:
    paths = DataPaths(tmp_path / "data")
    with Store.open(paths, backup=False) as store:
        store.save_profile(Profile("211", contact_name="Anna Mäkelä"))
    first = subprocess.Popen(
        [sys.executable, "-m", "desktop", "--data-dir", str(paths.root)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_environment(),
    )
    try:
        deadline = time.monotonic() + 120
        while "listening for a second start" not in _log(paths):
            assert first.poll() is None, first.communicate()
            assert time.monotonic() < deadline, _log(paths)
            time.sleep(0.2)

        second = _start(paths)
        assert second.returncode == 0, second.stderr
        assert second.stdout == ""
        assert "brought to the front by a second start" in _log(paths)
        # The first still holds the folder, its lock naming it.
        with pytest.raises(StorageError) as refused:
            Store.open(paths, backup=False)
        assert refused.value.key == "storage.database.already_running"
        assert paths.lock.read_text("ascii").strip() == str(first.pid)

        # A package double-clicked meanwhile is handed to the open window.
        third = _start(paths, str(package))
        assert third.returncode == 0, third.stderr
        assert f"opened {package.name} given to a second start" in _log(paths)
    finally:
        first.send_signal(signal.SIGTERM)  # closed as the user would close it
        _out, err = first.communicate(timeout=120)
    assert first.returncode == 0, err
    # Closed: no one answers, and the folder is free for the next start.
    assert single_instance.hand_over(paths, None) is None
    with Store.open(paths, backup=False):
        pass


def test_the_first_question_comes_forward_before_the_window_exists(
    qtbot: QtBot, make_window: WindowFactory, workbook: Workbook
) -> None:
    """On the first start the municipality is asked before the window opens: a second
    start (the icon double-clicked twice) brings that question forward; once the window is
    open, the window, and a package opens there only."""
    from PySide6.QtWidgets import QDialog

    from desktop.ui.shell.app import _front_window, _open_in_window

    question = QDialog()
    qtbot.addWidget(question)
    question.show()
    assert _front_window() is question
    assert not _open_in_window(Path("/nonexistent.asice"))
    question.close()
    window = make_window(workbook)
    assert _front_window() is window


def test_a_window_on_a_folder_it_may_only_read_does_not_answer_for_it(
    qapp: object, data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Such a window holds no lock, so another may read the folder too: it leaves the
    folder's socket to the window that holds it."""
    from desktop.ui.shell import app
    from tests.environment import read_only_directory
    from tests.ui.test_backup_safety_window import Screen, _run_with

    with Store.open(data_paths) as store:
        store.save_profile(Profile("211", contact_name="Anna Mäkelä"))
    listened: list[DataPaths] = []
    real = app._answer_second_starts

    def recording(paths: DataPaths) -> Callable[[], None]:
        listened.append(paths)
        return real(paths)

    monkeypatch.setattr(app, "_answer_second_starts", recording)
    with read_only_directory(data_paths.root):
        assert _run_with(data_paths, Screen({}), lambda window: window.close()) == 0
    assert listened == []
    # A folder it may write to: the window answers for it.
    assert _run_with(data_paths, Screen({}), lambda window: window.close()) == 0
    assert listened == [data_paths]
