"""The command line as an official uses it: clear messages, nothing changed by bad input."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import cli
from desktop.paths import DataPaths
from desktop.storage import SCHEMA_VERSION, Store
from desktop.storage import store as store_module
from tests.environment import file_digest, read_only_directory


@pytest.fixture
def run(data_paths: DataPaths, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    def invoke(*args: str) -> tuple[int, str, str]:
        code = cli.main(["--data-dir", str(data_paths.root), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


def _audit_count(paths: DataPaths) -> int:
    conn = sqlite3.connect(paths.database)
    try:
        return int(conn.execute("SELECT count(*) FROM audit_log").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def with_profile(run) -> None:  # type: ignore[no-untyped-def]
    assert run("profile", "--municipality", "211", "--name", "Maija Meikäläinen")[0] == 0


def test_set_show_and_find_the_answer_after_restart(run, with_profile, data_paths) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run("set", "2022-1", "/premises/estimated_annual_rent", "3 100 000,50")
    assert code == 0 and "3\u00a0100\u00a0000,50 €" in out
    assert run("set", "2022-1", "/premises/premises/0/building", "Terveysasema")[0] == 0
    assert run("set", "2022-1", "/premises/premises/0/floor_area", "640,5")[0] == 0
    assert run("set", "2022-1", "/premises/premises/1/building", "Paloasema")[0] == 0
    code, out, _ = run("show", "2022-1", "premises")
    assert code == 0
    assert "3\u00a0100\u00a0000,50 €" in out
    assert "[0] Rakennus tai tila: Terveysasema; Pinta-ala: 640,5 m²" in out
    with Store.open(data_paths) as store:
        rows = store.round_answers("2022-1")["premises"]["premises"]
    assert rows == [{"building": "Terveysasema", "floor_area": 640.5}, {"building": "Paloasema"}]


def test_validate_lists_problems_and_exits_1(run, with_profile) -> None:  # type: ignore[no-untyped-def]
    run("set", "2022-1", "/background/respondent_email", "maija.example.fi")
    code, out, _ = run("validate", "2022-1")
    assert code == 1
    assert "/background/respondent_email" in out
    assert "Sähköpostiosoite ei kelpaa" in out
    code, out, _ = run("--lang", "sv", "validate", "2022-1")
    assert code == 1 and "E-postadressen duger inte" in out


def test_demo_fills_validates_and_submits_the_first_round(run, data_paths) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run("demo")
    assert code == 0
    assert "Kangasala (211)" in out
    assert "ei ongelmia" in out
    assert "Tulos: tiedosto on kunnossa, ja sen allekirjoittaja on luotettujen listalla." in out
    with Store.open(data_paths) as store:
        answers = store.round_answers("2022-1")
        assert [s.number for s in store.submissions("2022-1")] == [1]
    assert answers["premises"]["premises"][0]["building"]
    package = data_paths.root / "vienti" / "2022-1_211_kangasala_1.asice"
    assert run("verify", str(package))[0] == 0
    # A second demo finds the rounds sent with its answers: a correction would change nothing.
    code, out, _ = run("demo")
    assert code == 0, out
    assert "Kierros 2022-1 lähetettiin aiemmassa demossa (lähetys 1)." in out
    assert "Kierros 2022-2 lähetettiin aiemmassa demossa (lähetys 1)." in out
    assert "korjausta ei lähetetä" in out
    with Store.open(data_paths) as store:
        assert [s.number for s in store.submissions("2022-1")] == [1]
        assert store.is_locked("2022-1") and store.is_locked("2022-2")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("set", "2022-9", "/premises/lease_status", "signed"), "Kyselykierrosta 2022-9 ei ole"),
        (
            ("set", "2022-1", "/premises/no_such_question", "1"),
            "ei ole kysymystä /premises/no_such_question",
        ),
        (("set", "2022-1", "/premises/estimated_annual_rent", "paljon"), "”paljon” ei ole luku"),
        (("set", "2022-1", "/premises/lease_status", "ehkä"), "”ehkä” ei ole vaihtoehto"),
        (("set", "2022-1", "/premises/premises/5/building", "X"), "ei ole riviä 5"),
        (
            ("set", "2022-1", "/premises/premises/0/floor_area", '"iso"', "--json"),
            "ei voi tallentaa",
        ),
        (("set", "2022-1", "/background/municipality", "091"), "tulee profiilista"),
        (("set", "2022-1", "/premises/premises", "talo"), "on taulukko"),
        (("profile", "--municipality", "999"), "Kuntanumeroa 999 ei ole kuntarekisterissä"),
    ],
)
def test_bad_input_is_refused_and_changes_nothing(
    run, with_profile, data_paths, args, message
) -> None:  # type: ignore[no-untyped-def]
    run("set", "2022-1", "/premises/lease_status", "signed")
    before = _audit_count(data_paths)
    code, _, err = run(*args)
    assert code == 2
    assert message in err
    assert "Traceback" not in err
    assert _audit_count(data_paths) == before
    with Store.open(data_paths) as store:
        assert store.profile() is not None and store.profile().municipality_code == "211"  # type: ignore[union-attr]


def test_messages_follow_the_language(run, with_profile) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run("--lang", "sv", "set", "2022-1", "/premises/estimated_annual_rent", "mycket")
    assert code == 2 and "”mycket” är inte ett tal" in err
    code, _, err = run("set", "--lang", "en", "2022-1", "/premises/nothing", "1")
    assert code == 2 and "Round 2022-1 has no question /premises/nothing" in err


def test_second_instance_gets_a_clear_message(run, with_profile, data_paths) -> None:  # type: ignore[no-untyped-def]
    with Store.open(data_paths):
        code, _, err = run("set", "2022-1", "/premises/lease_status", "signed")
    assert code == 2 and "on jo käynnissä" in err


def test_corrupt_database_is_refused(run, with_profile, data_paths) -> None:  # type: ignore[no-untyped-def]
    data_paths.database.write_bytes(b"SQLite format 3\x00" + b"\x00\xff" * 3000)
    before = file_digest(data_paths.database)
    code, _, err = run("show", "2022-1")
    assert code == 2 and "vioittunut" in err
    assert file_digest(data_paths.database) == before


def test_database_from_newer_version_is_refused(run, with_profile, data_paths) -> None:  # type: ignore[no-untyped-def]
    conn = sqlite3.connect(data_paths.database)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    before = file_digest(data_paths.database)
    code, _, err = run("--lang", "sv", "rounds")
    assert code == 2 and "nyare version av Tilannekuva" in err
    assert file_digest(data_paths.database) == before


def test_read_only_data_directory_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "locked-folder"
    folder.mkdir()
    with read_only_directory(folder):
        code = cli.main(["--data-dir", str(folder / "data"), "profile", "--municipality", "211"])
    assert code == 2
    assert "ei voi kirjoittaa" in capsys.readouterr().err
    assert not (folder / "data").exists()


def test_full_disk_is_refused_and_keeps_earlier_answers(  # type: ignore[no-untyped-def]
    run, with_profile, data_paths, monkeypatch
) -> None:
    run("set", "2022-1", "/premises/lease_status", "signed")
    original = store_module.apply_pragmas

    def no_room_to_grow(conn: sqlite3.Connection) -> None:
        original(conn)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")

    monkeypatch.setattr(store_module, "apply_pragmas", no_room_to_grow)
    before = _audit_count(data_paths)
    code, _, err = run("set", "2022-1", "/premises/lease_not_started_reason", "x" * 300_000)
    assert code == 2 and "Levy on täynnä" in err
    monkeypatch.setattr(store_module, "apply_pragmas", original)
    assert _audit_count(data_paths) == before
    with Store.open(data_paths) as store:
        assert store.get_answer("2022-1", "/premises/lease_status") == "signed"


def test_without_a_display_the_program_runs_the_demo(tmp_path: Path) -> None:
    env = {
        "PATH": "/usr/bin:/bin",
        "TILANNEKUVA_DATA_DIR": str(tmp_path / "data"),
        "HOME": str(tmp_path),
    }
    proc = subprocess.run(
        [sys.executable, "-m", "desktop"], capture_output=True, text=True, env=env, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert "näyttöä ei ole" in proc.stderr
    assert "ei ongelmia" in proc.stdout
    assert (tmp_path / "data" / "demo" / "tilannekuva.sqlite").exists()


def test_demo_never_writes_over_someone_s_own_work(run, data_paths, tmp_path) -> None:  # type: ignore[no-untyped-def]
    # Answers typed by a person in the demo municipality's own folder.
    assert run("profile", "--municipality", "211", "--name", "Maija Meikäläinen")[0] == 0
    assert run("set", "2022-1", "/background/respondent_name", "Maija Meikäläinen")[0] == 0
    code, _, err = run("demo")
    assert code == 2 and "jonkun omaa työtä" in err
    with Store.open(data_paths) as store:
        assert store.get_answer("2022-1", "/background/respondent_name") == "Maija Meikäläinen"
        assert store.submissions("2022-1") == []
    # A folder with only an organisation key of its own is left alone too.
    keyed = tmp_path / "keyed"
    keyed.mkdir()
    (keyed / "organisation-key.p12").write_bytes(b"not ours to use")
    code = cli.main(["--data-dir", str(keyed), "demo"])
    assert code == 2
    assert (keyed / "organisation-key.p12").read_bytes() == b"not ours to use"


def test_the_command_line_adds_which_command_to_run_next(run, data_paths) -> None:  # type: ignore[no-untyped-def]
    # With the data folder and the language it was given: run as written, it runs on them.
    data = f"--data-dir {data_paths.root}"
    code, _, err = run("--lang", "en", "export", "2022-1", "--draft")
    assert code == 2 and "No municipality is chosen." in err
    assert f"tilannekuva {data} --lang en profile --municipality CODE" in err
    assert run("profile", "--municipality", "211")[0] == 0
    code, _, err = run("--lang", "en", "set", "2022-1", "/premises/nothing", "1")
    assert code == 2 and "Round 2022-1 has no question /premises/nothing" in err
    assert f"tilannekuva {data} --lang en show 2022-1" in err
    code, _, err = run("--lang", "sv", "set", "2022-1", "/premises/premises", "talo")
    assert code == 2 and "är en tabell" in err and "--json" in err
    code, _, err = run("explain", "2022-1", "/premises/lease_status", "syy")
    assert code == 2 and f"tilannekuva {data} validate 2022-1" in err


def test_show_prints_an_answer_s_terminal_codes_as_text(run, with_profile, data_paths) -> None:  # type: ignore[no-untyped-def]
    # An answer can come from a received package (imported, then copied forward): its
    # escape codes must not clear the screen, retitle the window or overwrite a line.
    # (Typed, they are not kept: the row is written as a package's value would be.)
    evil = "Johtaja\x1b]0;PWNED\x07\x1b[2J\x1b[1A\rFAKE\u202eOK\nrivi 2"
    assert run("set", "2022-1", "/background/respondent_title", "Johtaja")[0] == 0
    with sqlite3.connect(data_paths.database) as conn:
        conn.execute(
            "UPDATE answers SET value = ? WHERE field = 'respondent_title'", (json.dumps(evil),)
        )
    conn.close()
    code, out, err = run("show", "2022-1", "background")
    assert code == 0
    assert not {"\x1b", "\x07", "\r", "\u202e"} & set(out + err)
    assert "Johtaja\\x1b]0;PWNED\\x07\\x1b[2J\\x1b[1A\\x0dFAKE\\u202eOK\nrivi 2" in out


def test_show_names_the_municipality_as_the_form_and_the_report_do(run, with_profile) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run("show", "2022-1", "background")
    assert code == 0
    assert "Kunta: Kangasala (211)" in out
    code, out, _ = run("--lang", "sv", "show", "2022-1", "background")
    assert "Kommun: Kangasala (211)" in out


def test_reading_commands_work_on_a_read_only_data_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder the user may only read (a colleague's, a copy on a locked share): the
    reading commands show it; a command that writes is refused, and nothing is changed."""
    data = tmp_path / "data"
    base = ["--data-dir", str(data)]
    assert cli.main([*base, "profile", "--municipality", "211"]) == 0
    assert cli.main([*base, "set", "2022-1", "/premises/lease_status", "signed"]) == 0
    capsys.readouterr()
    before = file_digest(data / "tilannekuva.sqlite")
    with read_only_directory(data):
        assert cli.main([*base, "rounds"]) == 0
        out = capsys.readouterr().out
        assert out.startswith("2022-1  ") and "vastattu 1/" in out
        assert cli.main([*base, "show", "2022-1", "premises"]) == 0
        assert "Allekirjoitettu" in capsys.readouterr().out
        assert cli.main([*base, "set", "2022-1", "/premises/lease_status", "not_started"]) == 2
        assert "ei voi kirjoittaa" in capsys.readouterr().err
    assert file_digest(data / "tilannekuva.sqlite") == before


def test_the_commands_the_demo_prints_work_pasted_with_a_space_in_the_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A user folder with a space (C:\\Users\\Maija Meikäläinen) is common: the commands the
    demo prints to try next are quoted, so pasted as printed they name the same folder."""
    import shlex

    folder = tmp_path / "Maija Meikäläinen" / "demo"
    assert cli.main(["--data-dir", str(folder), "--lang", "en", "demo"]) == 0
    out = capsys.readouterr().out
    line = next(x for x in out.splitlines() if "show" in x and "--data-dir" in x)
    words = shlex.split(line.split(": ", 1)[1])
    assert words[words.index("--data-dir") + 1] == str(folder.resolve())
    assert cli.main(words[1:]) == 0


def test_a_folder_is_quoted_for_the_windows_command_line(monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.commands.demo import shell_word

    monkeypatch.setattr(sys, "platform", "win32")
    shown = shell_word(Path("C:/Users/Maija Meikäläinen/demo"))
    assert shown.startswith('"') and shown.endswith('"') and "Maija Meikäläinen" in shown
    assert shell_word(Path("C:/tiedot")) == str(Path("C:/tiedot"))  # nothing to quote
