"""A file the system refuses to write is told as the same trouble wherever it happens: opening
the data folder, exporting into a chosen folder and saving the national picture each know every
case (a full disk, a read-only disk, a file another program holds, a name too long…), in the
user's language, and none of them is taken for a bug of the program (exit status 70). A bug's
log that cannot be written says why in the same words."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop import oserrors
from desktop.cli import EXIT_REFUSED, main
from desktop.commands.output import Console
from desktop.errors import UserError
from desktop.i18n import LANGS, Lang, text
from tests.odd_answers import inbox


def _posix(number: int) -> Callable[[], OSError]:
    return lambda: OSError(number, os.strerror(number))


def _windows(number: int, winerror: int) -> Callable[[], OSError]:
    def made() -> OSError:
        # As Python raises it on Windows: errno from its own table, Windows's code beside it.
        exc = OSError(number, os.strerror(number))
        exc.winerror = winerror  # type: ignore[attr-defined]
        return exc

    return made


# Each trouble and the kind of it the user is told.
CASES: dict[str, tuple[Callable[[], OSError], oserrors.Kind]] = {
    "EROFS": (_posix(errno.EROFS), "read_only"),
    "EACCES": (_posix(errno.EACCES), "no_right"),
    "EPERM": (_posix(errno.EPERM), "no_right"),
    "ENOSPC": (_posix(errno.ENOSPC), "disk_full"),
    "EDQUOT": (_posix(errno.EDQUOT), "disk_full"),
    "ENOENT": (_posix(errno.ENOENT), "no_folder"),
    "ENOTDIR": (_posix(errno.ENOTDIR), "not_a_folder"),
    "EISDIR": (_posix(errno.EISDIR), "is_a_folder"),
    "EBUSY": (_posix(errno.EBUSY), "in_use"),
    "ETXTBSY": (_posix(errno.ETXTBSY), "in_use"),
    "ENAMETOOLONG": (_posix(errno.ENAMETOOLONG), "name_too_long"),
    "ENODEV": (_posix(errno.ENODEV), "device_gone"),
    "EIO": (_posix(errno.EIO), "io_error"),
    "Windows sharing violation": (_windows(errno.EACCES, 32), "in_use"),
    "Windows lock violation": (_windows(errno.EACCES, 33), "in_use"),
    "Windows write-protected disk": (_windows(errno.EACCES, 19), "read_only"),
    "Windows drive not ready": (_windows(errno.EACCES, 21), "device_gone"),
    "Windows disk full": (_windows(errno.ENOSPC, 112), "disk_full"),
    "Windows file name too long": (_windows(errno.ENOENT, 206), "name_too_long"),
}

# Opening the data folder: what the user can do about each kind of trouble.
STORAGE = {
    "read_only": "storage.database.read_only",
    "no_right": "storage.database.read_only",
    "disk_full": "storage.database.disk_full_open",
    "in_use": "storage.database.in_use",
    "io_error": "storage.database.io_error",
    "no_folder": "storage.database.not_a_folder",
    "not_a_folder": "storage.database.not_a_folder",
    "is_a_folder": "storage.database.not_a_folder",
    "name_too_long": "storage.database.not_a_folder",
    "device_gone": "storage.database.not_a_folder",
}


def test_every_kind_is_told_in_each_language() -> None:
    for kind in {kind for _, kind in CASES.values()} | {"other"}:
        said = {
            lang: text(f"oserrors.{kind}", lang, detail="Disk quota exceeded") for lang in LANGS
        }
        assert len(set(said.values())) == 3, said


@pytest.fixture(scope="module")
def one(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A coordinator's inbox of one package, and a data folder that trusts its sender and
    has a municipality for a draft."""
    root = tmp_path_factory.mktemp("one")
    inbox(root, {"091": lambda answers: None})
    data = ["--data-dir", str(root / "data")]
    assert main([*data, "trust", "import", str(root / "trusted.csv")]) == 0
    assert main([*data, "profile", "--municipality", "211"]) == 0
    return root


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the messages the command line tells."""
    ids: list[str] = []
    telling = Console.told

    def recording(self: Console, error: UserError) -> str:
        ids.append(error.key)
        return telling(self, error)

    monkeypatch.setattr(Console, "told", recording)
    return ids


def _refusing(
    monkeypatch: pytest.MonkeyPatch,
    method: str,
    where: Callable[[Path], bool],
    make: Callable[[], OSError],
) -> None:
    done = getattr(Path, method)

    def refused(path: Path, *args: object, **kwargs: object) -> object:
        if where(path):
            raise make()
        return done(path, *args, **kwargs)

    monkeypatch.setattr(Path, method, refused)


def _reason(kind: oserrors.Kind, lang: Lang, make: Callable[[], OSError]) -> str:
    return text(f"oserrors.{kind}", lang, detail=make().strerror)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_opening_the_data_folder(
    case: tuple[Callable[[], OSError], oserrors.Kind],
    lang: Lang,
    tmp_path: Path,
    told: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make, kind = case
    data = tmp_path / "data"
    _refusing(monkeypatch, "mkdir", lambda path: path == data, make)
    code = main(["--data-dir", str(data), "--lang", lang, "rounds"])
    err = capsys.readouterr().err
    assert code == EXIT_REFUSED, err
    assert told == [STORAGE[kind]]
    if told[0] == "storage.database.not_a_folder":
        assert _reason(kind, lang, make) in err


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_exporting_into_a_folder(
    case: tuple[Callable[[], OSError], oserrors.Kind],
    lang: Lang,
    one: Path,
    tmp_path: Path,
    told: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make, kind = case
    out = tmp_path / "out"
    _refusing(monkeypatch, "mkdir", lambda path: path == out, make)
    data = ["--data-dir", str(one / "data"), "--lang", lang]
    code = main([*data, "export", "2022-1", "--draft", "--out", str(out)])
    err = capsys.readouterr().err
    assert code == EXIT_REFUSED, err
    if kind == "disk_full":  # a draft: no submission was to be made
        assert told == ["submission.refusal.draft_folder_full"]
    else:
        assert told == ["submission.refusal.draft_folder_unwritable"]
        assert _reason(kind, lang, make) in err
        if lang != "en":
            assert os.strerror(make().errno or 0) not in err


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_saving_the_national_picture(
    case: tuple[Callable[[], OSError], oserrors.Kind],
    lang: Lang,
    one: Path,
    tmp_path: Path,
    told: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make, kind = case
    _refusing(monkeypatch, "write_bytes", lambda path: path.name.endswith(".kesken"), make)
    data = ["--data-dir", str(one / "data"), "--lang", lang]
    target = tmp_path / "out" / "kooste"
    code = main([*data, "collect", "2022-1", str(one / "inbox"), "--out", str(target)])
    err = capsys.readouterr().err
    assert code == EXIT_REFUSED, err
    assert told == ["collect.picture.unwritable"]
    assert _reason(kind, lang, make) in err
    if lang != "en":
        assert os.strerror(make().errno or 0) not in err


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_a_program_error_whose_log_cannot_be_written_says_why(
    case: tuple[Callable[[], OSError], oserrors.Kind],
    lang: Lang,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop.commands import answers

    def broken(*_args: object) -> int:
        raise ZeroDivisionError("a bug")

    make, kind = case
    monkeypatch.setattr(answers, "run_rounds", broken)
    _refusing(monkeypatch, "mkdir", lambda path: path.name == "logs", make)
    code = main(["--data-dir", str(tmp_path / "data"), "--lang", lang, "rounds"])
    err = capsys.readouterr().err
    assert code == 70  # a bug it is, told as one
    reason = _reason(kind, lang, make)
    assert text("cli.bug_no_log", lang, error="ZeroDivisionError", reason=reason) in err
