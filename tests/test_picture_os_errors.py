"""Why the national picture could not be saved is told in the user's language: a read-only
disk, a missing right, a full disk, a missing folder, a file in use; never the operating
system's English."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from desktop.cli import main
from tests.odd_answers import inbox

ERRORS = {
    errno.EROFS: (
        "vain luettavissa",
        "skrivskyddad",
        "read-only",
    ),
    errno.EACCES: (
        "ei ole oikeutta",
        "inte rätt",
        "no permission",
    ),
    errno.ENOSPC: ("levy on täynnä", "disken är full", "the disk is full"),
    errno.ENOENT: ("kansiota ei ole", "mappen finns inte", "the folder does not exist"),
    errno.EISDIR: ("kansio", "mapp", "folder"),
    errno.EBUSY: ("toisen ohjelman käytössä", "används av ett annat program", "in use"),
}


@pytest.fixture(scope="module")
def one(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("one")
    inbox(root, {"091": lambda answers: None})
    return root


@pytest.mark.parametrize("number", list(ERRORS))
@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_a_picture_that_cannot_be_written_says_why_in_the_user_s_language(
    number: int,
    lang: str,
    one: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = ["--data-dir", str(tmp_path / "data"), "--lang", lang]
    assert main([*data, "trust", "import", str(one / "trusted.csv")]) == 0
    writes = Path.write_bytes

    def refused(path: Path, content: bytes) -> int:
        if path.name.endswith(".kesken"):
            raise OSError(number, os.strerror(number), str(path))
        return writes(path, content)

    monkeypatch.setattr(Path, "write_bytes", refused)
    target = tmp_path / "out" / "kooste"
    code = main([*data, "collect", "2022-1", str(one / "inbox"), "--out", str(target)])
    err = capsys.readouterr().err
    assert code == 2, err
    said = ERRORS[number][("fi", "sv", "en").index(lang)]
    assert said in err
    if lang != "en":
        assert os.strerror(number) not in err
