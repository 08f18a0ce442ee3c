"""The window's part in keeping a day's answers: a backup when it closes, a way out of a
damaged database, and a restore before the first profile (a new laptop)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop.paths import DataPaths
from desktop.storage import Profile, Store
from desktop.storage.backup import list_backups
from desktop.storage.restore import inspect_backup
from desktop.ui.shell.main_window import MainWindow
from tests.ui.test_startup import Seen, User, never, start  # noqa: F401

LEASE = "/premises/lease_status"


def _lease_in(path: Path, round_id: str) -> object:
    answers = inspect_backup(path).answers
    return answers.get(round_id, {}).get("premises", {}).get("lease_status")


def test_closing_the_window_leaves_a_backup_holding_the_days_answers(
    start: Callable[[User], int], data_paths: DataPaths
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
