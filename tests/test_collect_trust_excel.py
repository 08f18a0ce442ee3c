"""A list of trusted keys saved by Finnish or Swedish Excel is imported as it is.

Excel in a Finnish or Swedish Windows separates the columns of "CSV" with ';' (the comma is
the decimal sign there), "CSV UTF-8" starts with a byte-order mark, lines end in CRLF, and
"Unicode text" separates them with tabs; a code like 091 loses its zero."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main

FIRST = " ".join(["ABCD"] * 16)
SECOND = " ".join(["BCDE"] * 16)


@pytest.mark.parametrize(
    ("written", "encoding"),
    [
        (f"kunta;sormenjälki\r\n91;{FIRST}\r\n211;{SECOND}\r\n", "utf-8-sig"),  # CSV UTF-8
        (f"kunta;sormenjälki\r\n91;{FIRST}\r\n211;{SECOND}\r\n", "cp1252"),  # CSV (;)
        (f"kommun\tfingeravtryck\r\n91\t{FIRST}\r\n211\t{SECOND}\r\n", "utf-8-sig"),  # tabs
        (f'code,fingerprint\r\n"91","{FIRST}"\r\n211,{SECOND}\r\n', "utf-8"),  # as before
        (f"91;{FIRST}\r\n211;{SECOND}\r\n", "utf-8-sig"),  # no header line
        # "Unicode text": UTF-16 with its byte-order mark, tabs, CRLF.
        (f"kunta\tsormenjälki\r\n91\t{FIRST}\r\n211\t{SECOND}\r\n", "utf-16"),
        # A column once used further right leaves every line with an empty last cell.
        (f"kunta;sormenjälki;\r\n91;{FIRST};\r\n211;{SECOND};\r\n", "utf-8-sig"),
    ],
)
def test_a_list_saved_by_excel_is_registered(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], written: str, encoding: str
) -> None:
    data = ["--data-dir", str(tmp_path / "d"), "--lang", "en"]
    keys = tmp_path / "avaimet.csv"
    keys.write_bytes(written.encode(encoding))
    assert main([*data, "trust", "import", str(keys)]) == 0, capsys.readouterr().err
    assert "registered 2 new keys" in capsys.readouterr().out
    assert main([*data, "trust", "list"]) == 0
    listed = capsys.readouterr().out
    assert "091  Helsinki" in listed and "211  Kangasala" in listed
    assert FIRST in listed and SECOND in listed


def test_a_semicolon_list_with_a_bad_line_names_the_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(tmp_path / "d"), "--lang", "en"]
    keys = tmp_path / "avaimet.csv"
    keys.write_bytes(f"kunta;sormenjälki\r\n91;{FIRST}\r\n212;ABC\r\n".encode("utf-8-sig"))
    assert main([*data, "trust", "import", str(keys)]) == 2
    assert "line 3" in capsys.readouterr().err
