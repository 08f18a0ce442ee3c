"""A JSON value refused by ``set … --json`` names where it came from: standard input when it
was read from there (``-``), the value when it was given on the command line; never a file."""

from __future__ import annotations

import contextlib
import io
import sys
from pathlib import Path

import pytest

from desktop import cli

POINTER = "/premises/premises"
DUPLICATE = b'[{"building": "A", "building": "B"}]'
DEEP = b"[" * 80 + b"]" * 80
FILE = ("JSON-tiedosto", "JSON-filen", "JSON file")
STDIN = {"fi": "Vakiosyöte", "sv": "Standard in", "en": "Standard input"}
ARGUMENT = {"fi": "Arvo", "sv": "Värdet", "en": "The value"}


def _set(
    root: Path, monkeypatch: pytest.MonkeyPatch, lang: str, value: str, stdin: bytes = b""
) -> tuple[int, str]:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(
            ["--data-dir", str(root), "--lang", lang, "set", "2022-1", POINTER, value, "--json"]
        )
    return code, " ".join((out.getvalue() + err.getvalue()).split())


@pytest.fixture
def root(tmp_path: Path) -> Path:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert cli.main(["--data-dir", str(tmp_path), "profile", "--municipality", "211"]) == 0
    return tmp_path


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
@pytest.mark.parametrize("given", [DUPLICATE, DEEP, b"[1, 2"], ids=["twice", "deep", "broken"])
def test_json_from_standard_input_is_named_so(
    root: Path, monkeypatch: pytest.MonkeyPatch, lang: str, given: bytes
) -> None:
    code, said = _set(root, monkeypatch, lang, "-", given + b"\n")
    assert code == 2, said
    assert said.startswith(STDIN[lang]) or f": {STDIN[lang]}" in said, said
    assert not any(name in said for name in FILE), said


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_json_given_on_the_command_line_is_the_value(
    root: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    code, said = _set(root, monkeypatch, lang, DUPLICATE.decode())
    assert code == 2, said
    assert ARGUMENT[lang] in said, said
    assert not any(name in said for name in FILE), said
