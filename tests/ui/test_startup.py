"""The whole start of the program, as ``tilannekuva`` runs it: ``desktop.ui.shell.app.run``.

A fresh data folder asks for the municipality first and then opens the
window; the second start finds the profile and opens the window at once.
A user plays each start from a timer (the dialog and the window run their
own event loops) and closes the window the way a person would.
"""

from __future__ import annotations

import signal
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from desktop.paths import DataPaths
from desktop.storage import Profile, Store
from desktop.ui import dialogs
from desktop.ui.shell.app import run
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.profile_dialog import ProfileDialog

GIVE_UP_MS = 30_000  # a start that hangs fails the test instead of the whole run


@dataclass
class Seen:
    """What the user met during one start."""

    profile_dialogs: int = 0
    windows: list[dict[str, object]] = field(default_factory=list)
    boxes: list[str] = field(default_factory=list)
    gave_up: bool = False
    error: BaseException | None = None  # an assertion of the user's, kept for the test


@dataclass
class User:
    """Looks at the screen every few milliseconds and acts on what it finds there."""

    on_dialog: Callable[[ProfileDialog], None]
    on_window: Callable[[MainWindow], None]
    seen: Seen = field(default_factory=Seen)
    _handled: set[int] = field(default_factory=set)

    def look(self) -> None:
        try:
            for widget in QApplication.topLevelWidgets():
                if not widget.isVisible() or id(widget) in self._handled:
                    continue
                if isinstance(widget, ProfileDialog):
                    self._handled.add(id(widget))
                    self.seen.profile_dialogs += 1
                    self.on_dialog(widget)
                elif isinstance(widget, MainWindow) and widget.session is not None:
                    self._handled.add(id(widget))
                    self.on_window(widget)
        except Exception as exc:  # raised from a timer it would only reach the crash hook
            self.seen.error = exc
            self.give_up()

    def give_up(self) -> None:
        self.seen.gave_up = True
        for widget in QApplication.topLevelWidgets():
            widget.close()
        QApplication.exit(1)


@pytest.fixture
def start(qapp: QApplication, data_paths: DataPaths) -> Iterator[Callable[[User], int]]:
    """Runs the program once on ``data_paths`` with ``user`` at the screen; its exit status."""
    boxes: list[str] = []

    def message_box(dialog: QWidget) -> None:
        boxes.append(dialog.windowTitle())
        QTimer.singleShot(0, dialog.close)

    dialogs.opened.append(message_box)

    def run_once(user: User) -> int:
        eyes = QTimer()
        eyes.timeout.connect(user.look)
        eyes.start(10)
        patience = QTimer()
        patience.setSingleShot(True)
        patience.timeout.connect(user.give_up)
        patience.start(GIVE_UP_MS)
        try:
            return run(data_paths)
        finally:
            eyes.stop()
            patience.stop()
            user.seen.boxes = list(boxes)
            boxes.clear()

    yield run_once
    dialogs.opened.remove(message_box)


def answer_profile(dialog: ProfileDialog) -> None:
    """Types the municipality's code, picks it from the suggestions, a name, then OK."""
    picker = dialog.municipality
    picker.setFocus()
    QTest.keyClicks(picker, "211")
    suggestions = picker.completer_.popup()
    assert suggestions is not None and suggestions.isVisible()
    QTest.keyClick(suggestions, Qt.Key.Key_Down)
    QTest.keyClick(suggestions, Qt.Key.Key_Return)
    QTest.keyClicks(dialog.name, "Anna Makela")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled(), dialog.found.text()
    QTest.mouseClick(ok, Qt.MouseButton.LeftButton)


def look_and_close(seen: Seen) -> Callable[[MainWindow], None]:
    def act(window: MainWindow) -> None:
        assert window.session is not None
        page = window.current_page()
        seen.windows.append(
            {
                "round": window.session.round_id,
                "sections": window.navigation.sections.count(),
                "page": page.section.id if page is not None else None,
                "title": window.windowTitle(),
            }
        )
        window.close()  # as the user does: the window's own close, with its saving

    return act


def never(dialog: ProfileDialog) -> None:
    raise AssertionError("the profile was asked for again")


def test_the_first_start_asks_for_the_municipality_and_the_second_opens_the_window(
    start: Callable[[User], int], data_paths: DataPaths
) -> None:
    sigint_before = signal.getsignal(signal.SIGINT)

    first = Seen()
    assert start(User(answer_profile, look_and_close(first), first)) == 0
    if first.error is not None:
        raise first.error
    assert not first.gave_up and first.boxes == []
    assert first.profile_dialogs == 1
    ((window,),) = [first.windows]
    assert window["sections"] and window["page"] is not None
    assert window["title"] == "Tilannekuva – sote-uudistuksen tilannekuvakysely"
    with Store.open(data_paths) as store:  # the lock was let go when the window closed
        assert store.profile() == Profile("211", contact_name="Anna Makela")
    settings = data_paths.settings.read_text("utf-8")
    assert "geometry" in settings and f"round={window['round']}" in settings

    second = Seen()
    assert start(User(never, look_and_close(second), second)) == 0
    if second.error is not None:
        raise second.error
    assert not second.gave_up and second.boxes == []
    assert second.profile_dialogs == 0
    # The same round and section as when the window was closed.
    assert second.windows == first.windows
    # The program put back what it borrowed from the process.
    assert signal.getsignal(signal.SIGINT) is sigint_before


def test_cancelling_the_first_question_ends_the_program_without_a_window(
    start: Callable[[User], int], data_paths: DataPaths
) -> None:
    seen = Seen()

    def cancel(dialog: ProfileDialog) -> None:
        cancel_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        QTest.mouseClick(cancel_button, Qt.MouseButton.LeftButton)

    assert start(User(cancel, look_and_close(seen), seen)) == 0
    if seen.error is not None:
        raise seen.error
    assert not seen.gave_up and seen.profile_dialogs == 1 and seen.windows == []
    # The program says why it ends, instead of vanishing.
    assert seen.boxes == ["Tilannekuva suljetaan"]
    with Store.open(data_paths) as store:
        assert store.profile() is None


def test_a_coordinator_s_data_folder_opens_the_received_packages_without_a_municipality(
    start: Callable[[User], int], data_paths: DataPaths
) -> None:
    from desktop import cli
    from desktop.ui.coordinator.window import CoordinatorWindow

    # The coordinator registered a municipality's key on the command line (README); no
    # municipality of their own: the program does not ask for one, nor end for want of it.
    fingerprint = " ".join(["ABCD"] * 16)
    assert cli.main(["--data-dir", str(data_paths.root), "trust", "add", "211", fingerprint]) == 0
    seen = Seen()
    found: list[str] = []
    user = User(never, look_and_close(seen), seen)
    looked = user.look

    def look() -> None:
        looked()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, CoordinatorWindow) and widget.isVisible() and not found:
                found.append(widget.windowTitle())
                widget.close()

    user.look = look  # type: ignore[method-assign]
    assert start(user) == 0
    if seen.error is not None:
        raise seen.error
    assert not seen.gave_up and seen.profile_dialogs == 0 and seen.boxes == []
    assert found == ["Vastaanotetut paketit"]
    with Store.open(data_paths) as store:
        assert store.profile() is None
