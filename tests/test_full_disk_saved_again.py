"""A full disk met when a draft is saved, or a sent round's files are saved again, is told
as what it stopped: not a submission that was never made."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop import cli
from desktop.commands.demo import fill_round
from desktop.paths import DataPaths
from desktop.signing.keys import Organisation, create_key
from desktop.storage import Profile, Store
from desktop.submission.service import Submissions
from desktop.workbook import Workbook
from tests.environment import fill_disk, small_disk

NOT_SUBMITTED = ("ei merkitty lähetetyksi", "markerades inte som inskickad", "not marked as")
DRAFT_NOT_SAVED = {
    "fi": "luonnosta ei tallennettu",
    "sv": "utkastet sparades inte",
    "en": "the draft was not saved",
}
SAVED_AGAIN = {
    "fi": "Lähetyksen 1 tiedostoja ei tallennettu uudelleen; lähetys on tallessa ennallaan",
    "sv": "Filerna för inskickning 1 sparades inte på nytt; inskickningen finns kvar som den var",
    "en": "The files of submission 1 were not saved again; the submission is kept as it was",
}


@pytest.fixture
def full(tmp_path: Path) -> Iterator[Path]:
    with small_disk(tmp_path / "small") as disk:
        yield disk


def _main(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = cli.main(list(args))
    return code, " ".join(capsys.readouterr().err.split())


@pytest.mark.parametrize("unwritable", [False, True], ids=["full", "unwritable"])
def test_a_draft_that_cannot_be_saved_says_so(
    full: Path,
    data_paths: DataPaths,
    capsys: pytest.CaptureFixture[str],
    unwritable: bool,
) -> None:
    root = str(data_paths.root)
    assert _main(capsys, "--data-dir", root, "profile", "--municipality", "211")[0] == 0
    target = full
    if unwritable:
        (full / "file").write_bytes(b"")
        target = full / "file"  # a file where the folder should be
    fill_disk(full)
    for lang, said in DRAFT_NOT_SAVED.items():
        args = ("--lang", lang, "export", "2022-1", "--draft", "--out", str(target))
        code, err = _main(capsys, "--data-dir", root, *args)
        assert code == 2 and said in err, err
        assert not any(wrong in err for wrong in NOT_SUBMITTED), err


def test_the_files_of_a_sent_round_saved_again_on_a_full_disk(
    full: Path, data_paths: DataPaths, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    with Store.open(data_paths) as store:
        store.save_profile(Profile("211", contact_name="Anna Mäkelä"))
        workbook = Workbook(store)
        fill_round(workbook, "2022-1")
        key = create_key(Organisation("Kangasala", "Kangasala"))
        Submissions(workbook).export(
            "2022-1", tmp_path / "sent", key=key, lang="fi", after_closing=True
        )
    fill_disk(full)
    root = str(data_paths.root)
    for lang, said in SAVED_AGAIN.items():
        args = ("--lang", lang, "submissions", "2022-1", "--out", str(full))
        code, err = _main(capsys, "--data-dir", root, *args)
        assert code == 2 and said in err, err
        assert not any(wrong in err for wrong in NOT_SUBMITTED), err
