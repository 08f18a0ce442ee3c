"""A submission saved again gets file names Windows accepts, whatever name was stored.

A submission's stored package name may come from elsewhere (a round added from a received
package, a file named on Linux): ':' or '?', a device name such as CON, a trailing dot or
space are not file names on Windows. The files saved again are named as an export names
them: round, municipality and the submission's number."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path, PureWindowsPath

import pytest

from desktop.paths import DataPaths
from tests.exported_round import ROUND, Run, outputs

EXPORTED = ["2022-1_148_inari_1.asice", "2022-1_148_inari_1.pdf"]
RESERVED = re.compile(r"(CON|PRN|AUX|NUL|COM\d|LPT\d)(\..*)?", re.IGNORECASE)


def _windows_accepts(name: str) -> bool:
    return (
        not set(name) & set('<>:"/\\|?*')
        and not any(ord(c) < 32 for c in name)
        and not name.endswith((".", " "))
        and RESERVED.fullmatch(name) is None
        and PureWindowsPath(name).name == name
    )


@pytest.mark.parametrize(
    "stored",
    [
        "Inari: lähetys 1?.asice",
        "CON.asice",
        "kopio. .asice",
        "nul",
        "..\\..\\muualle.asice",
        'lähetys "1" <inari>|*.asice',
    ],
)
def test_files_saved_again_have_names_windows_accepts(
    run: Run, ready: DataPaths, tmp_path: Path, stored: str
) -> None:
    assert run("export", ROUND, "--yes", "--out", str(tmp_path / "first"))[0] == 0
    with sqlite3.connect(ready.database) as conn:
        conn.execute("UPDATE submissions SET package_name = ?", (stored,))
    conn.close()
    copy = tmp_path / "copy"
    code, out, err = run("submissions", ROUND, "--out", str(copy))
    assert code == 0, err
    assert outputs(copy) == EXPORTED
    assert all(_windows_accepts(name) for name in outputs(copy))
    for name in EXPORTED:
        assert (copy / name).read_bytes() == (tmp_path / "first" / name).read_bytes()
        assert str(copy / name) in out
