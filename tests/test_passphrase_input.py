"""A key made with a passphrase opens with the same passphrase however Windows hands it over.

On Windows a pipe reaches Python decoded with the console's code page (cp1252 in Finland),
PowerShell 5.1 saves a passphrase file as UTF-8 with a byte-order mark (``Out-File -Encoding
utf8``) or as UTF-16 (``>``), Notepad with CRLF line ends; the windowed program has no
standard input at all. Only Linux runs here: each is made as Windows makes it."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from tests.exported_round import INARI, Run

PASSPHRASE = "Säkkijärvi polkka – Åland"


@pytest.fixture
def key_made(run: Run, tmp_path: Path) -> Path:
    """A key made with ``PASSPHRASE`` typed into a UTF-8 file without a byte-order mark."""
    assert run("profile", "--municipality", INARI, "--business-id", "0201256-6")[0] == 0
    phrase = tmp_path / "made-with.txt"
    phrase.write_bytes(PASSPHRASE.encode("utf-8"))
    code, out, err = run("key", "create", "--passphrase-file", str(phrase))
    assert code == 0, out + err
    return phrase


def _windows_pipe(monkeypatch: pytest.MonkeyPatch, raw: bytes) -> None:
    """Standard input as Python has it on Windows for a pipe: bytes read through cp1252."""
    piped = io.TextIOWrapper(io.BytesIO(raw), encoding="cp1252", newline=None)
    monkeypatch.setattr(sys, "stdin", piped)


@pytest.mark.usefixtures("key_made")
def test_a_piped_passphrase_opens_the_key(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    _windows_pipe(monkeypatch, PASSPHRASE.encode("utf-8") + b"\r\n")
    code, out, err = run("key", "show", "--passphrase-file", "-")
    assert code == 0, err
    assert "O=Inari" in out


@pytest.mark.usefixtures("key_made")
@pytest.mark.parametrize(
    "written",
    [
        "\ufeff" + PASSPHRASE + "\r\n",  # Out-File -Encoding utf8, Notepad's "UTF-8 with BOM"
        PASSPHRASE + "\r\n",  # Notepad's UTF-8
    ],
)
def test_a_passphrase_file_saved_on_windows_opens_the_key(
    run: Run, tmp_path: Path, written: str
) -> None:
    phrase = tmp_path / "phrase.txt"
    phrase.write_bytes(written.encode("utf-8"))
    code, out, err = run("key", "show", "--passphrase-file", str(phrase))
    assert code == 0, err
    assert "O=Inari" in out


@pytest.mark.usefixtures("key_made")
def test_a_passphrase_file_saved_as_utf16_by_powershell_opens_the_key(
    run: Run, tmp_path: Path
) -> None:
    phrase = tmp_path / "phrase.txt"
    phrase.write_bytes((PASSPHRASE + "\r\n").encode("utf-16"))  # with its byte-order mark
    code, out, err = run("key", "show", "--passphrase-file", str(phrase))
    assert code == 0, err
    assert "O=Inari" in out


@pytest.mark.usefixtures("key_made")
def test_a_passphrase_file_in_the_old_windows_encoding_is_refused_plainly(
    run: Run, tmp_path: Path
) -> None:
    phrase = tmp_path / "ansi.txt"
    phrase.write_bytes(PASSPHRASE.replace("–", "-").encode("cp1252") + b"\r\n")
    code, _, err = run("key", "show", "--passphrase-file", str(phrase))
    assert code == 2
    assert str(phrase) in err and "UTF-8" in err
    assert "Traceback" not in err and "UnicodeDecodeError" not in err
    code, _, err = run("--lang", "sv", "key", "show", "--passphrase-file", str(phrase))
    assert code == 2 and "UTF-8" in err and "Lösenfras" in err


@pytest.mark.usefixtures("key_made")
def test_a_piped_passphrase_in_the_old_windows_encoding_is_refused_plainly(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    _windows_pipe(monkeypatch, PASSPHRASE.replace("–", "-").encode("cp1252") + b"\r\n")
    code, _, err = run("--lang", "en", "key", "show", "--passphrase-file", "-")
    assert code == 2
    assert "standard input" in err and "UTF-8" in err


@pytest.mark.usefixtures("key_made")
def test_the_windowed_program_without_standard_input_tells_what_to_give(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", None)
    code, _, err = run("key", "show")  # nowhere to ask
    assert code == 2 and "suojattu tunnuslauseella" in err
    code, _, err = run("--lang", "en", "key", "show", "--passphrase-file", "-")
    assert code == 2 and "standard input" in err
    assert "Traceback" not in err and "AttributeError" not in err


def test_a_restore_without_standard_input_asks_for_yes(
    run: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert run("profile", "--municipality", INARI)[0] == 0
    assert run("backup", "create", "--to", str(tmp_path / "stick"))[0] == 0
    (made,) = (tmp_path / "stick").glob("*.sqlite")
    monkeypatch.setattr(sys, "stdin", None)
    code, _, err = run("--lang", "en", "backup", "restore", str(made))
    assert code != 0 and "--yes" in err
    assert "Traceback" not in err and "AttributeError" not in err
