"""Rows SQLite keeps but the program cannot read (a time that is no time, a value that is
no JSON, a number beyond any float): a backup holding one is refused as damaged, naming
what is wrong, and a database already holding one still opens, shows and lets the rest
be fixed. The command line never ends in a program error (exit 70)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.cli import main

# (table, the change, the round it is in, what the refusal names)
DAMAGE = {
    "sent-time": ("UPDATE submissions SET submitted_at = 'garbage' WHERE round_id = '2022-1'"),
    "audit-value": (
        "UPDATE audit_log SET old_value = '{bad' WHERE id = (SELECT max(id) FROM audit_log "
        "WHERE round_id = '2022-2' AND pointer = '/premises/estimated_annual_rent')"
    ),
    "audit-time": (
        "UPDATE audit_log SET at = 'not a date' WHERE id = "
        "(SELECT max(id) FROM audit_log WHERE round_id = '2022-2')"
    ),
    "answer-number": (
        "UPDATE answers SET value = '1e999' WHERE round_id = '2022-2' "
        "AND section = 'premises' AND field = 'area_to_give_up'"
    ),
    "answer-markup": (
        "UPDATE answers SET value = '<b>{x' WHERE round_id = '2022-2' "
        "AND section = 'premises' AND field = 'area_to_give_up'"
    ),
}
NAMED = {
    "sent-time": ("submissions", "2022-1"),
    "audit-value": ("audit_log", "2022-2"),
    "audit-time": ("audit_log", "2022-2"),
    "answer-number": ("answers", "2022-2"),
    "answer-markup": ("answers", "2022-2"),
}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("demo") / "data"
    assert main(["--data-dir", str(root), "demo"]) == 0
    (root / "tilannekuva.lock").unlink(missing_ok=True)
    return root


def _copy(demo: Path, to: Path, damage: str | None = None) -> Path:
    shutil.copytree(demo, to)
    if damage is not None:
        with sqlite3.connect(to / "tilannekuva.sqlite") as conn:
            assert conn.execute(DAMAGE[damage]).rowcount == 1
        conn.close()
    return to


def _run(
    capsys: pytest.CaptureFixture[str], root: Path, lang: str, *args: str
) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--data-dir", str(root), "--lang", lang, *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_a_backup_with_a_row_the_program_cannot_read_is_refused_naming_it(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], damage: str
) -> None:
    bad = _copy(demo, tmp_path / "bad", damage) / "tilannekuva.sqlite"
    here = _copy(demo, tmp_path / "here")
    before = (here / "tilannekuva.sqlite").read_bytes()
    code, _out, err = _run(capsys, here, "en", "backup", "restore", str(bad), "--yes")
    assert code == 2, err
    table, round_id = NAMED[damage]
    assert "is damaged" in err and "was not restored" in err
    assert table in err and round_id in err
    assert "<b>" not in err
    assert (here / "tilannekuva.sqlite").read_bytes() == before  # nothing replaced
    for lang, said in (("fi", "vioittunut"), ("sv", "skadad")):
        code, _out, err = _run(capsys, here, lang, "backup", "restore", str(bad), "--yes")
        assert code == 2 and said in err and table in err


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_a_database_holding_such_a_row_still_answers_every_command(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], damage: str
) -> None:
    root = _copy(demo, tmp_path / "data", damage)
    for args in (
        ("rounds",),
        ("history", "2022-1"),
        ("history", "2022-2"),
        ("validate", "2022-2"),
        ("validate", "2022-3"),
        ("submissions", "2022-1"),
        ("show", "2022-2", "premises"),
    ):
        code, _out, err = _run(capsys, root, "en", *args)
        assert code in (0, 1), (args, err)
        assert "Program error" not in err


def test_an_unreadable_time_is_shown_as_unknown(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _copy(demo, tmp_path / "time", "audit-time")
    for lang, unknown in (("en", "time unknown"), ("fi", "aika ei tiedossa"), ("sv", "okänd tid")):
        code, out, _err = _run(capsys, root, lang, "history", "2022-2")
        assert code == 0 and unknown in out.splitlines()[0]
    root = _copy(demo, tmp_path / "sent", "sent-time")
    code, out, _err = _run(capsys, root, "en", "rounds")
    assert code == 0 and "time unknown" in out


def test_an_unreadable_answer_is_a_problem_of_its_question_and_can_be_fixed(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _copy(demo, tmp_path / "data", "answer-number")
    with sqlite3.connect(root / "tilannekuva.sqlite") as conn:
        conn.execute("UPDATE rounds SET locked_at = NULL WHERE round_id = '2022-2'")
    conn.close()
    code, out, err = _run(capsys, root, "en", "validate", "2022-2")
    assert code == 1, err
    assert "area_to_give_up" in out or "give up" in out
    code, _out, err = _run(capsys, root, "en", "set", "2022-2", "/premises/area_to_give_up", "1000")
    assert code == 0, err
    code, out, err = _run(capsys, root, "en", "validate", "2022-2")
    assert "area_to_give_up" not in out


def test_an_unreadable_previous_value_in_the_history_is_shown_as_stored(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _copy(demo, tmp_path / "data", "audit-value")
    code, out, err = _run(capsys, root, "en", "history", "2022-2")
    assert code == 0, err
    assert "{bad" in out


def test_a_cell_typed_into_an_unreadable_row_begins_it_anew_and_keeps_the_old_text(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _copy(demo, tmp_path / "data")
    cell = "/premises/premises/0/building"
    assert _run(capsys, root, "en", "set", "2022-3", cell, "Talo")[0] == 0
    with sqlite3.connect(root / "tilannekuva.sqlite") as conn:
        conn.execute("UPDATE answer_rows SET value = '{bad' WHERE round_id = '2022-3'")
    conn.close()
    code, _out, err = _run(capsys, root, "en", "set", "2022-3", cell, "Uusi talo")
    assert code == 0, err
    code, out, err = _run(capsys, root, "en", "history", "2022-3")
    assert code == 0, err
    assert "{bad" in out and "Uusi talo" in out
