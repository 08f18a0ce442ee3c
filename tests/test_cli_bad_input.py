"""Bad input on the command line: a plain message, exit 2, nothing changed, no program error.

One table sweeps each kind of bad value through every subcommand that takes
it. Each case runs the real ``main()`` on a data folder holding a profile
and an answer; afterwards the database file is byte for byte the same and
no error log holds a traceback.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import pytest

from desktop import cli
from desktop.paths import DataPaths
from desktop.storage import Store
from tests.environment import file_digest

HUGE_NUMBER = "9" * 100_000
DEEP_JSON = "[" * 60_000 + "]" * 60_000
NOT_UTF8 = b"Terveysasema \xff\xfe".decode("utf-8", "surrogateescape")  # as argv brings it
LONG_TEXT = "A" * 3_000


class Case(NamedTuple):
    args: tuple[str, ...]
    message: str


ROUND = "2022-1"
TABLE = "/premises/premises"

CASES: dict[str, Case] = {
    # Numbers
    "a number of 100 000 digits": Case(
        ("set", ROUND, "/premises/estimated_annual_rent", HUGE_NUMBER), "liian suuri"
    ),
    "a number of 100 000 digits in a cell": Case(
        ("set", ROUND, f"{TABLE}/0/floor_area", HUGE_NUMBER), "liian suuri"
    ),
    "a number of 100 000 digits as JSON": Case(
        ("set", ROUND, "/premises/estimated_annual_rent", HUGE_NUMBER, "--json"), "liian suuri"
    ),
    "a number beyond every reader as JSON": Case(
        ("set", ROUND, "/premises/estimated_annual_rent", "1e400", "--json"), "liian suuri"
    ),
    "a date in Arabic-Indic digits": Case(
        ("set", ROUND, "/premises/lease_planned_date", "١٥.٢.٢٠٢٢"), "ei ole päivämäärä"
    ),
    # Row numbers
    "a row in superscript digits": Case(
        ("set", ROUND, f"{TABLE}/²/building", "X"), "ei ole kysymystä"
    ),
    "a row in Arabic-Indic digits": Case(
        ("set", ROUND, f"{TABLE}/١/building", "X"), "ei ole kysymystä"
    ),
    "a row in Arabic-Indic digits, cleared": Case(
        ("clear", ROUND, f"{TABLE}/٠"), "ei ole kysymystä"
    ),
    "a row number of 5 000 digits": Case(
        ("set", ROUND, f"{TABLE}/{'9' * 5000}/building", "X"), "ei ole kysymystä"
    ),
    "a row number of 5 000 digits, cleared": Case(
        ("clear", ROUND, f"{TABLE}/{'9' * 5000}"), "ei ole kysymystä"
    ),
    # Text that is not text, or too much of it
    "bytes that are not UTF-8": Case(
        ("set", ROUND, "/premises/lease_not_started_reason", NOT_UTF8), "UTF-8"
    ),
    "bytes that are not UTF-8 in a cell": Case(
        ("set", ROUND, f"{TABLE}/0/building", NOT_UTF8), "UTF-8"
    ),
    "bytes that are not UTF-8 as JSON": Case(
        ("set", ROUND, "/premises/lease_not_started_reason", f'"{NOT_UTF8}"', "--json"), "UTF-8"
    ),
    "a lone surrogate in JSON": Case(
        ("set", ROUND, "/premises/lease_not_started_reason", '"\\ud800"', "--json"), "korvausmerkki"
    ),
    "a lone surrogate in a JSON row": Case(
        ("set", ROUND, f"{TABLE}/0", '{"building": "\\udfff"}'), "korvausmerkki"
    ),
    "a control character in a one-line answer as JSON": Case(
        ("set", ROUND, "/background/respondent_name", '"Anna\\u0000 M\\u001b[2J"', "--json"),
        "ohjausmerkki",
    ),
    "a control character in a cell as JSON": Case(
        ("set", ROUND, f"{TABLE}/0", '{"building": "Palo\\u0007asema"}'), "ohjausmerkki"
    ),
    "JSON nested 60 000 deep": Case(
        ("set", ROUND, TABLE, DEEP_JSON, "--json"), "liian monella tasolla"
    ),
    "JSON nested 60 000 deep as a row": Case(
        ("set", ROUND, f"{TABLE}/0", DEEP_JSON), "liian monella tasolla"
    ),
    "a table of 20 000 rows as JSON": Case(
        ("set", ROUND, TABLE, "[" + ",".join(['{"building": "x"}'] * 20_000) + "]", "--json"),
        "liian monta riviä",
    ),
    "a text of two megabytes": Case(
        ("set", ROUND, "/premises/lease_not_started_reason", "x" * 2_000_000), "liian pitkä"
    ),
    "a pointer that is not text": Case(
        ("set", ROUND, f"/premises/{NOT_UTF8}", "1"), "ei ole kysymystä"
    ),
    **{
        f"a round that is not text, to {command}": Case((command, NOT_UTF8), "Kyselykierrosta")
        for command in ("show", "validate", "history", "export", "submissions", "correct")
    },
    "a section that is not text": Case(("show", ROUND, NOT_UTF8), "ei ole osiota"),
    "a pointer that is not text, cleared": Case(
        ("clear", ROUND, f"/premises/{NOT_UTF8}"), "ei ole kysymystä"
    ),
    # The profile
    "a contact name of 3 000 characters": Case(("profile", "--name", LONG_TEXT), "liian pitkä"),
    "a job title of 3 000 characters": Case(("profile", "--title", LONG_TEXT), "liian pitkä"),
    "an e-mail address of 3 000 characters": Case(("profile", "--email", LONG_TEXT), "liian pitkä"),
    "a phone number of 3 000 characters": Case(("profile", "--phone", LONG_TEXT), "liian pitkä"),
    "a business id of 3 000 characters": Case(
        ("profile", "--business-id", LONG_TEXT), "liian pitkä"
    ),
    "a business id in Arabic-Indic digits": Case(
        ("profile", "--business-id", "٠١١٢٣٤٥-٦"), "ei kelpaa"
    ),
    "a contact name that is not UTF-8": Case(("profile", "--name", NOT_UTF8), "UTF-8"),
    "a municipality code in Arabic-Indic digits": Case(
        ("profile", "--municipality", "٢١١"), "ei ole kuntarekisterissä"
    ),
    # Backups
    "a backup written to /dev/null": Case(
        ("backup", "create", "--to", "/dev/null"), "ei voi kirjoittaa"
    ),
    "a backup restored from /dev/null": Case(
        ("backup", "restore", "/dev/null", "--yes"), "ei ole tavallinen tiedosto"
    ),
    "a backup restored from a folder": Case(
        ("backup", "restore", "/", "--yes"), "on kansio, ei varmuuskopiotiedosto"
    ),
    "a backup restored from notes": Case(
        ("backup", "restore", str(Path(__file__)), "--yes"), "eikä sitä palautettu"
    ),
    # Counts
    "a history limit of 100 000 digits": Case(
        ("history", ROUND, "--limit", HUGE_NUMBER), "kokonaisluku"
    ),
    "a history limit in Arabic-Indic digits": Case(
        ("history", ROUND, "--limit", "١٠"), "kokonaisluku"
    ),
    "a submission number beyond any": Case(
        ("submissions", ROUND, "--number", "99999999999999999999"), "kokonaisluku"
    ),
    "a search limit in superscript": Case(
        ("municipalities", "kanga", "--limit", "²"), "kokonaisluku"
    ),
    "no worker processes for collect": Case(
        ("collect", ROUND, str(Path(__file__).parent), "--workers", "-1"), "kokonaisluku"
    ),
    "collect's workers in Arabic-Indic digits": Case(
        ("collect", ROUND, str(Path(__file__).parent), "--workers", "٣"), "kokonaisluku"
    ),
}

# Where the data folder cannot be: each is tried with every command that opens it.
BAD_FOLDERS = {
    "a file": lambda tmp: _file(tmp / "notes.txt"),
    "below a file": lambda tmp: _file(tmp / "notes.txt") / "data",
    "/dev/null": lambda tmp: Path("/dev/null"),
    "/proc/self": lambda tmp: Path("/proc/self"),
}
FOLDER_COMMANDS = {
    "profile": ("profile", "--name", "Maija"),
    "rounds": ("rounds",),
    "show": ("show", ROUND),
    "set": ("set", ROUND, "/premises/lease_status", "signed"),
    "clear": ("clear", ROUND, "/premises/lease_status"),
    "validate": ("validate", ROUND),
    "history": ("history", ROUND),
    "export": ("export", ROUND, "--draft"),
    "key": ("key", "show"),
    "submissions": ("submissions", ROUND),
    "correct": ("correct", ROUND),
    "demo": ("demo",),
    "backup": ("backup", "list"),
    "trust": ("trust", "list"),
    "missing": ("missing", ROUND),
}


def _file(path: Path) -> Path:
    path.write_text("my notes\n")
    return path


@pytest.fixture
def filled(data_paths: DataPaths) -> DataPaths:
    with Store.open(data_paths) as store:
        from desktop.storage import Profile

        store.save_profile(Profile("211", contact_name="Maija Meikäläinen"))
        store.set_answer(ROUND, "/premises/lease_status", "signed")
        store.set_answer(ROUND, f"{TABLE}/0/building", "Terveysasema")
    return data_paths


def _assert_refused(code: int, out: str, err: str, message: str, logs: list[Path]) -> None:
    assert code == 2, (code, out, err)
    assert message in err, err[:2000]
    assert "Traceback" not in out + err and "Ohjelmavirhe" not in err
    for log in logs:
        assert not log.exists() or "Traceback" not in log.read_text(errors="replace")


def _run(args: tuple[str, ...], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = cli.main(list(args))
    except SystemExit as exc:  # argparse refuses a malformed option itself, with status 2
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_bad_input_is_refused_plainly_and_changes_nothing(
    filled: DataPaths, case: Case, capsys: pytest.CaptureFixture[str]
) -> None:
    before = file_digest(filled.database)
    code, out, err = _run(("--data-dir", str(filled.root), *case.args), capsys)
    _assert_refused(code, out, err, case.message, [filled.logs / "cli-error.log"])
    assert file_digest(filled.database) == before
    with Store.open(filled) as store:
        assert store.profile().contact_name == "Maija Meikäläinen"  # type: ignore[union-attr]
        assert store.get_answer(ROUND, "/premises/lease_status") == "signed"


@pytest.mark.parametrize("folder", BAD_FOLDERS.values(), ids=BAD_FOLDERS.keys())
@pytest.mark.parametrize("args", FOLDER_COMMANDS.values(), ids=FOLDER_COMMANDS.keys())
def test_a_data_folder_that_cannot_be_one_is_refused(
    tmp_path: Path,
    folder,
    args: tuple[str, ...],
    capsys: pytest.CaptureFixture[str],  # type: ignore[no-untyped-def]
) -> None:
    root = folder(tmp_path)
    existed = root.exists()
    code, out, err = _run(("--data-dir", str(root), *args), capsys)
    _assert_refused(code, out, err, "ei kelpaa", [root / "logs" / "cli-error.log"])
    assert root.exists() == existed
    if (tmp_path / "notes.txt").exists():
        assert (tmp_path / "notes.txt").read_text() == "my notes\n"


def test_the_refusals_are_in_the_user_s_language(
    filled: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    root = str(filled.root)
    code, _, err = _run(
        ("--data-dir", root, "--lang", "sv", "profile", "--name", LONG_TEXT), capsys
    )
    assert code == 2 and "för lång" in err
    code, _, err = _run(("--data-dir", "/dev/null", "--lang", "en", "rounds"), capsys)
    assert code == 2 and "cannot be the data folder" in err
    code, _, err = _run(
        (
            "--data-dir",
            root,
            "--lang",
            "sv",
            "set",
            ROUND,
            "/premises/estimated_annual_rent",
            HUGE_NUMBER,
        ),
        capsys,
    )
    assert code == 2 and "för stort tal" in err


def test_over_long_values_stored_before_the_caps_still_export(
    filled: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3
    import subprocess

    with Store.open(filled) as store:
        store.set_answer(ROUND, "/change_support/other_needs", "Pitkä selitys. " * 10_000)
        store.set_answer(ROUND, f"{TABLE}/0/building", "B" * 19_000)
    # Written by an older version, before names were capped where they are typed.
    conn = sqlite3.connect(filled.database)
    with conn:
        conn.execute(
            "UPDATE profile SET contact_name = ?, contact_title = ?", ("N" * 3000, "Title " * 500)
        )
    conn.close()
    out_dir = filled.root / "out"
    code, _, err = _run(
        ("--data-dir", str(filled.root), "export", ROUND, "--draft", "--out", str(out_dir)), capsys
    )
    assert code == 0, err
    [pdf] = out_dir.glob("*.pdf")
    shown = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "NNNNNNNN" in shown and "…" in shown
    assert shown.count("N") < 1000  # the name is cut on the cover, not printed in full
    assert "lyhennetty: vastauksessa on 150 000 merkkiä" in " ".join(shown.split())


def test_a_program_error_says_so_when_its_log_cannot_be_written(
    filled: DataPaths, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.commands import answers

    def broken(*_args: object) -> int:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(answers, "run_rounds", broken)
    filled.logs.mkdir(exist_ok=True)
    filled.logs.rmdir()
    filled.logs.write_text("a file where the logs folder should be\n")
    code, _, err = _run(("--data-dir", str(filled.root), "rounds"), capsys)
    assert code == 70
    assert "Ohjelmavirhe: ZeroDivisionError. Lokia ei voitu kirjoittaa" in err
