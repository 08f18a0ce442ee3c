"""The window's log file: rotated by size, a few old ones kept."""

from __future__ import annotations

import logging
from pathlib import Path

from desktop.ui.shell.qtlog import RotatingLog


def test_the_log_moves_aside_when_full_and_keeps_only_so_many(tmp_path: Path) -> None:
    path = tmp_path / "logs" / "tilannekuva.log"
    path.parent.mkdir()
    handler = RotatingLog(path, max_bytes=200, backups=2)
    handler.setFormatter(logging.Formatter("%(message)s"))
    try:
        for number in range(80):
            record = logging.LogRecord(
                "test", logging.INFO, __file__, 1, f"line {number:02}", None, None
            )
            handler.emit(record)
    finally:
        handler.close()
    kept = sorted(p.name for p in path.parent.iterdir())
    assert kept == ["tilannekuva.log", "tilannekuva.log.1", "tilannekuva.log.2"]
    newest = path.read_text("utf-8").splitlines()
    assert newest[-1] == "line 79"
    previous = (path.parent / "tilannekuva.log.1").read_text("utf-8").splitlines()
    assert int(previous[-1].split()[1]) + 1 == int(newest[0].split()[1])  # nothing lost between
    for name in kept:
        assert (path.parent / name).stat().st_size <= 200 + len("line 00\n")
