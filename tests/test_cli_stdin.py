"""``tilannekuva set ROUND POINTER -`` reads the value from standard input."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from desktop.paths import DataPaths
from desktop.storage import Store


def _tilannekuva(
    data: DataPaths, *args: str, stdin: bytes = b""
) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ, TILANNEKUVA_LANG="fi")
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(data.root), *args],
        input=stdin,
        capture_output=True,
        env=env,
        timeout=120,
    )


def test_a_whole_table_too_long_for_an_argument_is_read_from_stdin(data_paths: DataPaths) -> None:
    assert _tilannekuva(data_paths, "profile", "--municipality", "211").returncode == 0
    rows = [
        {
            "building": f"Rakennus {n}, Keskuskatu {n} – Sámi Ivgu, "
            + "terveysasema ja vuodeosasto " * 4,
            "floor_area": 100.5 + n,
        }
        for n in range(1000)
    ]
    text = json.dumps(rows, ensure_ascii=False).encode("utf-8")
    assert len(text) > 128 * 1024  # more than one command-line argument may hold
    done = _tilannekuva(
        data_paths, "set", "2022-1", "/premises/premises", "-", "--json", stdin=text + b"\n"
    )
    assert done.returncode == 0, done.stderr.decode()
    typed = _tilannekuva(data_paths, "set", "2022-1", "/premises/lease_status", "-", stdin=b"")
    assert typed.returncode == 2  # an empty answer is refused as before, with a message
    with Store.open(data_paths) as store:
        assert store.round_answers("2022-1")["premises"]["premises"] == rows


def test_text_from_stdin_and_bytes_that_are_not_text(data_paths: DataPaths) -> None:
    assert _tilannekuva(data_paths, "profile", "--municipality", "211").returncode == 0
    pointer = "/premises/lease_not_started_reason"
    done = _tilannekuva(data_paths, "set", "2022-1", pointer, "-", stdin=b"Odotamme & <pian>\n")
    assert done.returncode == 0, done.stderr.decode()
    refused = _tilannekuva(data_paths, "set", "2022-1", pointer, "-", stdin=b"\xff\xfe rikki")
    assert refused.returncode == 2
    assert "ei ole UTF-8-tekstiä" in refused.stderr.decode("utf-8")
    with Store.open(data_paths) as store:
        assert store.get_answer("2022-1", pointer) == "Odotamme & <pian>"
