"""The help is wrapped to the terminal's width, as argparse itself would wrap it."""

from __future__ import annotations

import shutil

import pytest

from desktop.cli import build_parser
from desktop.commands.arguments import terminal_columns


@pytest.mark.parametrize("columns", [None, "50", "132", "0", "wide"])
def test_the_width_is_the_one_shutil_tells(
    monkeypatch: pytest.MonkeyPatch, columns: str | None
) -> None:
    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    assert terminal_columns() == shutil.get_terminal_size().columns


@pytest.mark.parametrize("columns", [40, 100])
def test_the_help_lines_fit_the_terminal(monkeypatch: pytest.MonkeyPatch, columns: int) -> None:
    monkeypatch.setenv("COLUMNS", str(columns))
    helped = build_parser("fi", only="show").format_help()
    assert max(len(line) for line in helped.splitlines()) <= columns
    assert "tilannekuva" in helped
