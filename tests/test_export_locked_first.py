"""A final export of a round already submitted is refused before any passphrase is asked: a
wrong passphrase never hides that the round is locked."""

from __future__ import annotations

from pathlib import Path

from desktop.paths import DataPaths
from desktop.signing.keys import OrganisationKey
from tests.exported_round import PASSPHRASE, ROUND, Run, fill, install_key, outputs


def test_a_locked_round_is_refused_before_the_passphrase(
    run: Run, data_paths: DataPaths, organisation_key: OrganisationKey, tmp_path: Path
) -> None:
    fill(data_paths)
    install_key(data_paths, organisation_key, PASSPHRASE)
    wrong, right = tmp_path / "wrong.txt", tmp_path / "right.txt"
    wrong.write_text("ruska-aika 2022\n", "utf-8")
    right.write_text(PASSPHRASE + "\n", "utf-8")
    sent = tmp_path / "sent"
    code, _, err = run(
        "export", ROUND, "--yes", "--out", str(sent), "--passphrase-file", str(right)
    )
    assert code == 0, err
    again = tmp_path / "again"
    code, _, err = run(
        "--lang",
        "sv",
        "export",
        ROUND,
        "--yes",
        "--out",
        str(again),
        "--passphrase-file",
        str(wrong),
    )
    assert code == 2
    assert "Omgången 2022-1 är redan inskickad (inskickning 1) och låst." in err, err
    assert "lösenfras" not in err.casefold()
    assert outputs(again) == []
    # Without a passphrase file and no terminal to ask on: the same refusal, not the key's.
    code, _, err = run("--lang", "en", "export", ROUND, "--yes", "--out", str(again))
    assert code == 2 and "has already been submitted (submission 1) and is locked" in err, err
    assert "passphrase" not in err
