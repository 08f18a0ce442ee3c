"""A submission's kept files are checked before they are saved again.

Who saves a submission's files again (the receiver lost them, a correction that changed
nothing was refused) sends what is written. A kept package or report damaged since it was
submitted (a disk fault, a damaged copy restored) is refused in the user's language, naming
why, and nothing is written; what is written is told by the SHA-256 of the written files.
"""

from __future__ import annotations

import re
import shlex
import sqlite3
import zipfile
from pathlib import Path

import pytest

from desktop import cli
from desktop.digests import sha256_hex
from desktop.i18n import Lang
from desktop.paths import DataPaths
from desktop.signing.keys import OrganisationKey
from desktop.storage import Store
from tests.exported_round import ROUND, Run, fill, install_key, outputs

EXPORTED = ["2022-1_148_inari_1.asice", "2022-1_148_inari_1.pdf"]

PACKAGE_DAMAGED = {
    "fi": "Kierroksen 2022-1 lähetyksen 1 tallessa oleva paketti on vahingoittunut, joten "
    "tiedostoja ei tallennettu:",
    "sv": "Det sparade paketet för inskickning 1 av omgången 2022-1 är skadat, så filerna "
    "sparades inte:",
    "en": "The kept package of submission 1 of round 2022-1 is damaged, so the files were not "
    "saved:",
}
NOTHING_WRITTEN = {
    "fi": "Mitään ei kirjoitettu.",
    "sv": "Inget skrevs.",
    "en": "Nothing was written.",
}
REPORT_DAMAGED = {
    "fi": "Kierroksen 2022-1 lähetyksen 1 tallessa oleva raportti on vahingoittunut, joten "
    "tiedostoja ei tallennettu:",
    "sv": "Den sparade rapporten för inskickning 1 av omgången 2022-1 är skadad, så filerna "
    "sparades inte:",
    "en": "The kept report of submission 1 of round 2022-1 is damaged, so the files were not "
    "saved:",
}


def _flip_middle_byte(paths: DataPaths, column: str, number: int = 1) -> None:
    """One bit of the stored file changed, as a disk fault changes it."""
    query = f"SELECT {column} FROM submissions WHERE round_id = ? AND number = ?"
    with sqlite3.connect(paths.database) as conn:
        (data,) = conn.execute(query, (ROUND, number)).fetchone()
        damaged = bytearray(data)
        damaged[len(damaged) // 2] ^= 1
        conn.execute(
            f"UPDATE submissions SET {column} = ? WHERE round_id = ? AND number = ?",
            (bytes(damaged), ROUND, number),
        )
    conn.close()


def _one_line(said: str) -> str:
    return " ".join(said.split())


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_a_damaged_kept_package_is_not_saved_again(
    run: Run, ready: DataPaths, tmp_path: Path, lang: Lang
) -> None:
    assert run("export", ROUND, "--yes", "--out", str(tmp_path / "first"))[0] == 0
    _flip_middle_byte(ready, "package")
    copy = tmp_path / "copy"

    code, out, err = run("--lang", lang, "submissions", ROUND, "--number", "1", "--out", str(copy))
    assert code == 2, (out, err)
    said = _one_line(err)
    assert PACKAGE_DAMAGED[lang] in said, said
    assert "CRC" in said  # why: the package's own check, as `show` and `verify` tell it
    assert NOTHING_WRITTEN[lang] in said
    assert outputs(copy) == []


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_a_damaged_kept_report_is_not_saved_again(
    run: Run, ready: DataPaths, tmp_path: Path, lang: Lang
) -> None:
    assert run("export", ROUND, "--yes", "--out", str(tmp_path / "first"))[0] == 0
    sent = sha256_hex((tmp_path / "first" / EXPORTED[1]).read_bytes())
    _flip_middle_byte(ready, "report")
    copy = tmp_path / "copy"

    code, out, err = run("--lang", lang, "submissions", ROUND, "--out", str(copy))
    assert code == 2, (out, err)
    said = _one_line(err)
    assert REPORT_DAMAGED[lang] in said, said
    assert sent in said  # the digest the report sent had
    assert NOTHING_WRITTEN[lang] in said
    assert outputs(copy) == []


def test_a_kept_package_that_is_not_the_one_submitted_is_not_saved_again(
    run: Run, ready: DataPaths, tmp_path: Path
) -> None:
    # Submission 1's package replaced by submission 2's: a package that verifies, but not the
    # one submission 1 recorded.
    assert run("export", ROUND, "--yes", "--out", str(tmp_path / "first"))[0] == 0
    assert run("correct", ROUND)[0] == 0
    assert run("set", ROUND, "/premises/estimated_annual_rent", "3200000")[0] == 0
    assert run("export", ROUND, "--yes", "--out", str(tmp_path / "second"))[0] == 0
    recorded = sha256_hex((tmp_path / "first" / EXPORTED[0]).read_bytes())
    second = sha256_hex((tmp_path / "second" / "2022-1_148_inari_2.asice").read_bytes())
    with sqlite3.connect(ready.database) as conn:
        conn.execute(
            "UPDATE submissions SET package = (SELECT package FROM submissions WHERE number = 2)"
            " WHERE number = 1"
        )
    conn.close()

    copy = tmp_path / "copy"
    code, out, err = run("--lang", "en", "submissions", ROUND, "--number", "1", "--out", str(copy))
    assert code == 2, (out, err)
    said = _one_line(err)
    assert (
        "The kept package of submission 1 of round 2022-1 is not the one submitted, so the "
        "files were not saved:"
    ) in said, said
    assert second in said and recorded in said
    assert outputs(copy) == []
    # Submission 2 is kept whole: saved again as it was sent.
    code, out, err = run("submissions", ROUND, "--number", "2", "--out", str(copy))
    assert code == 0, err


def test_the_files_saved_again_are_told_by_their_own_digests(
    run: Run, ready: DataPaths, tmp_path: Path
) -> None:
    assert run("export", ROUND, "--yes", "--out", str(tmp_path / "first"))[0] == 0
    copy = tmp_path / "copy"
    code, out, err = run("--lang", "en", "submissions", ROUND, "--out", str(copy))
    assert code == 0, err
    assert outputs(copy) == EXPORTED
    saved = out[out.index("The files of submission 1 were saved:") :]
    for name in EXPORTED:
        written = (copy / name).read_bytes()
        assert written == (tmp_path / "first" / name).read_bytes()
        assert f"{copy / name}\n    SHA-256 {sha256_hex(written)}" in saved, saved
    with zipfile.ZipFile(copy / EXPORTED[0]) as archive:
        assert archive.testzip() is None
    code, out, _ = run("verify", str(copy / EXPORTED[0]))
    assert code == 0, out


# -- the refusal of an unchanged correction names the data folder it was given ----------------


@pytest.mark.parametrize(("lang", "folder"), [("fi", "KANSIO"), ("sv", "MAPP"), ("en", "FOLDER")])
def test_the_unchanged_correction_s_hint_runs_as_written_on_the_same_data_folder(
    tmp_path: Path,
    organisation_key: OrganisationKey,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    lang: Lang,
    folder: str,
) -> None:
    paths = DataPaths(tmp_path / "kunnan tiedot $HOME")  # a space and a shell's special word
    fill(paths)
    install_key(paths, organisation_key)
    given = ["--data-dir", str(paths.root), "--lang", lang]
    assert cli.main([*given, "export", ROUND, "--yes", "--out", str(tmp_path / "first")]) == 0
    assert cli.main([*given, "correct", ROUND]) == 0
    capsys.readouterr()

    assert cli.main([*given, "export", ROUND, "--yes", "--out", str(tmp_path / "same")]) == 2
    err = capsys.readouterr().err
    found = re.search(rf"tilannekuva .* --out {folder}", err)
    assert found is not None, err
    words = shlex.split(found.group(0))
    assert words[:5] == ["tilannekuva", "--data-dir", str(paths.root), "--lang", lang]
    assert words[5:] == ["submissions", ROUND, "--number", "1", "--out", folder]

    # Run as written, from another folder: it saves the kept files of that data folder.
    elsewhere = tmp_path / "muualla"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert cli.main(words[1:]) == 0, capsys.readouterr()
    assert outputs(elsewhere / folder) == EXPORTED


def test_the_hint_names_no_data_folder_when_none_was_given(
    tmp_path: Path,
    organisation_key: OrganisationKey,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    paths = DataPaths(tmp_path / "data")
    monkeypatch.setenv("TILANNEKUVA_DATA_DIR", str(paths.root))
    fill(paths)
    install_key(paths, organisation_key)
    assert cli.main(["export", ROUND, "--yes", "--out", str(tmp_path / "first")]) == 0
    assert cli.main(["correct", ROUND]) == 0
    capsys.readouterr()
    assert cli.main(["export", ROUND, "--yes", "--out", str(tmp_path / "same")]) == 2
    err = capsys.readouterr().err
    assert f"tilannekuva submissions {ROUND} --number 1 --out KANSIO" in err, err


def test_a_kept_package_that_does_not_pass_the_check_is_not_saved_again(
    run: Run, ready: DataPaths, tmp_path: Path
) -> None:
    # Recorded with these very bytes (their digests match), but no package a receiver takes.
    with Store.open(ready) as store:
        store.record_submission(
            ROUND, package_name="p.asice", package=b"p", report=b"r", signer_fingerprint="0000"
        )
    copy = tmp_path / "copy"
    code, out, err = run("--lang", "sv", "submissions", ROUND, "--out", str(copy))
    assert code == 2, (out, err)
    said = _one_line(err)
    assert (
        "Det sparade paketet för inskickning 1 av omgången 2022-1 klarar inte kontrollen nu, så "
        "filerna sparades inte:"
    ) in said, said
    assert NOTHING_WRITTEN["sv"] in said
    assert outputs(copy) == []


def test_the_submissions_list_names_the_data_folder_in_the_command_it_suggests(
    run: Run, ready: DataPaths, tmp_path: Path
) -> None:
    assert run("export", ROUND, "--yes", "--out", str(tmp_path / "first"))[0] == 0
    code, out, _ = run("--lang", "en", "submissions", ROUND)
    assert code == 0
    assert (
        f"start a correction with: tilannekuva --data-dir {ready.root} --lang en correct {ROUND}"
    ) in out, out
