"""The first start offers "I am the coordinator": the received packages' window opens without
a municipality of one's own, and the next start opens it again without asking."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QApplication

from desktop.paths import DataPaths
from desktop.storage import Store
from desktop.ui.shell.profile_dialog import ProfileDialog
from tests.ui.test_startup import Seen, User, look_and_close, never, start

__all__ = ["start"]  # the fixture that runs the program once


def _closes_the_coordinator_window(user: User, found: list[str]) -> None:
    looked = user.look

    def look() -> None:
        looked()
        from desktop.ui.coordinator.window import CoordinatorWindow

        for widget in QApplication.topLevelWidgets():
            shown = isinstance(widget, CoordinatorWindow) and widget.isVisible()
            if shown and (not found or found[-1] != str(id(widget))):
                found.append(str(id(widget)))
                assert widget.trust.keys.isEnabled()  # the trusted keys, from here
                widget.close()

    user.look = look  # type: ignore[method-assign]


def test_i_am_the_coordinator_opens_the_received_packages_and_the_next_start_does_too(
    start: Callable[[User], int], data_paths: DataPaths
) -> None:
    def coordinator(dialog: ProfileDialog) -> None:
        assert dialog.coordinator_button is not None
        assert dialog.coordinator_button.text().replace("&", "") == "Olen koordinaattori"
        dialog.coordinator_button.click()

    seen = Seen()
    found: list[str] = []
    user = User(coordinator, look_and_close(seen), seen)
    _closes_the_coordinator_window(user, found)
    assert start(user) == 0
    if seen.error is not None:
        raise seen.error
    assert not seen.gave_up and seen.profile_dialogs == 1 and seen.windows == []
    assert len(found) == 1 and seen.boxes == []
    with Store.open(data_paths) as store:
        assert store.profile() is None  # no municipality of one's own

    again = Seen()
    user = User(never, look_and_close(again), again)
    _closes_the_coordinator_window(user, found)
    assert start(user) == 0
    if again.error is not None:
        raise again.error
    assert not again.gave_up and again.profile_dialogs == 0 and len(found) == 2
