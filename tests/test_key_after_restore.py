"""Moving to a new computer with a backup: the organisation key is not in it.

The coordinator registers the municipality's key by its fingerprint and refuses a package
signed by another key. After a restore the command line names the key the restored
submissions were signed with, ``key show`` asks for that key instead of a new one, and
``export`` signs with another key only when told so (``--new-key``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop import cli
from desktop.paths import DataPaths
from desktop.signing.keys import Organisation, OrganisationKey, create_key, to_pkcs12
from desktop.storage import Store
from desktop.submission.signers import earlier_key, key_change, missing_key
from tests.exported_round import ROUND, fill, install_key

RENT = "/premises/estimated_annual_rent"


def _cli(paths: DataPaths, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(["--data-dir", str(paths.root), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def moved(
    tmp_path: Path, organisation_key: OrganisationKey, capsys: pytest.CaptureFixture[str]
) -> tuple[DataPaths, Path]:
    """The old computer submitted round 2022-1 and made a backup on a USB stick."""
    old = DataPaths(tmp_path / "old")
    fill(old)
    install_key(old, organisation_key)
    code, out, err = _cli(old, capsys, "export", ROUND, "--yes", "--out", str(tmp_path / "sent"))
    assert code == 0, out + err
    code, out, err = _cli(old, capsys, "backup", "create", "--to", str(tmp_path / "usb"))
    assert code == 0, out + err
    (backup,) = (tmp_path / "usb").glob("*.sqlite")
    return DataPaths(tmp_path / "new"), backup


@pytest.mark.parametrize(
    ("lang", "says"),
    [
        ("fi", "vanhalta tietokoneelta"),
        ("sv", "från den gamla datorn"),
        ("en", "from the old computer"),
    ],
)
def test_restore_names_the_key_the_restored_submissions_were_signed_with(
    moved: tuple[DataPaths, Path],
    organisation_key: OrganisationKey,
    capsys: pytest.CaptureFixture[str],
    lang: str,
    says: str,
) -> None:
    new, backup = moved
    code, out, err = _cli(new, capsys, "--lang", lang, "backup", "restore", str(backup), "--yes")
    assert code == 0, out + err
    assert organisation_key.fingerprint in err
    assert "organisation-key.p12" in err and says in err
    assert "key import" in err


def test_key_show_asks_for_the_earlier_key_not_a_new_one(
    moved: tuple[DataPaths, Path],
    organisation_key: OrganisationKey,
    capsys: pytest.CaptureFixture[str],
) -> None:
    new, backup = moved
    assert _cli(new, capsys, "backup", "restore", str(backup), "--yes")[0] == 0
    code, _out, err = _cli(new, capsys, "key", "show")
    assert code != 0
    assert "ei ole vielä luotu" not in err
    assert organisation_key.fingerprint in err
    assert "Kopioi organisation-key.p12 vanhalta tietokoneelta" in err


def test_export_refuses_a_new_key_unless_told_and_says_why(
    moved: tuple[DataPaths, Path],
    organisation_key: OrganisationKey,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    new, backup = moved
    assert _cli(new, capsys, "backup", "restore", str(backup), "--yes")[0] == 0
    code, _out, err = _cli(new, capsys, "key", "create")
    assert code == 0
    assert organisation_key.fingerprint in err and "--new-key" in err  # told when it is made
    code, _out, err = _cli(new, capsys, "key", "show")
    assert code == 0 and organisation_key.fingerprint in err  # and when it is shown
    assert _cli(new, capsys, "correct", ROUND)[0] == 0
    assert _cli(new, capsys, "set", ROUND, RENT, "3250000")[0] == 0  # what is corrected
    out_folder = tmp_path / "out"

    code, out, err = _cli(new, capsys, "export", ROUND, "--yes", "--out", str(out_folder))
    assert code != 0
    assert organisation_key.fingerprint in err
    assert "Vastaanottaja hylkää" in err and "--new-key" in err
    assert not out_folder.exists() or not list(out_folder.iterdir())
    with Store.open(new, backup=False) as store:
        assert len(store.submissions(ROUND)) == 1  # nothing recorded

    code, out, err = _cli(
        new, capsys, "export", ROUND, "--yes", "--out", str(out_folder), "--new-key"
    )
    assert code == 0, out + err
    with Store.open(new, backup=False) as store:
        assert len(store.submissions(ROUND)) == 2


def test_the_earlier_key_signs_again_without_a_question(
    moved: tuple[DataPaths, Path],
    organisation_key: OrganisationKey,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    new, backup = moved
    assert _cli(new, capsys, "backup", "restore", str(backup), "--yes")[0] == 0
    copied = tmp_path / "organisation-key.p12"
    copied.write_bytes(to_pkcs12(organisation_key, None))
    code, out, err = _cli(new, capsys, "key", "import", str(copied))
    assert code == 0, out + err
    assert "--new-key" not in err
    assert _cli(new, capsys, "correct", ROUND)[0] == 0
    assert _cli(new, capsys, "set", ROUND, RENT, "3250000")[0] == 0  # what is corrected
    code, out, err = _cli(new, capsys, "export", ROUND, "--yes", "--out", str(tmp_path / "out"))
    assert code == 0, out + err


def test_the_key_here_is_compared_with_the_latest_submission(
    moved: tuple[DataPaths, Path], organisation_key: OrganisationKey
) -> None:
    new, backup = moved
    other = create_key(Organisation("Inari", "Inari", "0201256-6"))
    with Store.open(new, backup=False) as store:
        assert earlier_key(store) is None
        assert missing_key(store) is None
        from desktop.storage.restore import restore_backup

        restore_backup(store, backup)
        found = missing_key(store)
        assert found is not None and found.missing
        assert found.fingerprint == organisation_key.fingerprint
        assert (found.round_id, found.number) == (ROUND, 1)
        assert key_change(store, organisation_key.fingerprint) is None
        changed = key_change(store, other.fingerprint)
        assert changed is not None and changed.fingerprint == organisation_key.fingerprint
