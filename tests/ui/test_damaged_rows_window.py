"""The window on a database holding rows the program cannot read (a sent time that is no
time, answers that are no JSON or a number beyond any float): it starts, shows every round
and section, and tells the unreadable answer as a problem of its question."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from desktop.cli import main
from desktop.paths import DataPaths
from desktop.ui.shell.main_window import MainWindow
from tests.ui.test_startup import Seen, User, never, start  # noqa: F401


def _damaged_demo(paths: DataPaths) -> None:
    assert main(["--data-dir", str(paths.root), "demo"]) == 0
    paths.lock.unlink(missing_ok=True)
    with sqlite3.connect(paths.database) as conn:
        conn.execute("UPDATE submissions SET submitted_at = 'garbage'")
        conn.execute("UPDATE audit_log SET at = 'not a date', old_value = '{bad'")
        conn.execute("UPDATE answers SET value = '1e999' WHERE field = 'estimated_annual_rent'")
        conn.execute("UPDATE answers SET value = '<b>{x' WHERE field = 'area_to_give_up'")
        conn.execute("UPDATE answer_rows SET value = '{bad' WHERE position = 0")
    conn.close()


def test_the_window_starts_and_shows_every_round_of_a_database_with_unreadable_rows(
    start: Callable[[User], int],  # noqa: F811
    data_paths: DataPaths,
) -> None:
    _damaged_demo(data_paths)
    seen = Seen()
    problems: dict[str, list[str]] = {}

    def look(window: MainWindow) -> None:
        for round_id in [r.id for r in window.workbook.catalog.ordered_rounds()]:
            window.open_round(round_id)
            for section in ("premises", "staff", "background"):
                assert window.open_section(section) is not None
            session = window.session
            assert session is not None
            problems[round_id] = [p.pointer for p in window.workbook.problems(round_id)]
        seen.windows.append({"rounds": len(problems)})
        window.close()

    assert start(User(never, look, seen)) == 0
    if seen.error is not None:
        raise seen.error
    assert not seen.gave_up and seen.boxes == []
    assert seen.windows == [{"rounds": len(problems)}]
    assert "/premises/area_to_give_up" in problems["2022-2"]
    assert "/premises/estimated_annual_rent" in problems["2022-2"]


def test_a_forged_round_in_the_database_is_not_offered_in_the_window(
    start: Callable[[User], int],  # noqa: F811
    data_paths: DataPaths,
) -> None:
    from tests.test_stored_round_signatures import ADDED, _forge

    assert main(["--data-dir", str(data_paths.root), "demo"]) == 0
    data_paths.lock.unlink(missing_ok=True)
    _forge(data_paths.database)
    seen = Seen()
    listed: list[str] = []

    def look(window: MainWindow) -> None:
        rounds = window.navigation.round_list
        listed.extend(rounds.item(row).text() for row in range(rounds.count()))
        window.close()

    assert start(User(never, look, seen)) == 0
    if seen.error is not None:
        raise seen.error
    assert not seen.gave_up and seen.boxes == []
    assert listed and not [t for t in listed if "VÄÄRENNETTY" in t or ADDED in t]
