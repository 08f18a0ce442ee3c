"""What the coordinator's database counts: only packages that count speak for a
municipality, a refusal of the coordinator's own making is checked again, and a file no
longer received stops counting."""

from __future__ import annotations

import random
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main
from desktop.municipalities import Register
from desktop.paths import DataPaths
from desktop.signing.keys import Organisation, OrganisationKey, create_key
from desktop.survey import shipped_catalog
from tests.fixtures.received.generate import answers_for, cached, package

WHEN = datetime(2022, 2, 1, 9, 0, tzinfo=UTC)
HELSINKI = "091"


def signed(
    folder: Path, key: OrganisationKey, round_id: str, *, contact: str, name: str = ""
) -> Path:
    """A package for Helsinki signed by ``key``, naming ``contact`` as whom to call."""
    register = Register.load()
    rnd = shipped_catalog().round(round_id)
    m = register.get(HELSINKI)
    answers = answers_for(rnd, m, random.Random(1))
    answers["background"]["respondent_name"] = contact  # type: ignore[index]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / (name or f"{round_id}_{HELSINKI}_1.asice")
    path.write_bytes(package(rnd, answers, m, key, number=1, when=WHEN))
    return path


def trusted_csv(path: Path, key: OrganisationKey) -> Path:
    path.write_text(f"code,fingerprint\n{HELSINKI},{key.fingerprint}\n", "utf-8")
    return path


@pytest.fixture(scope="module")
def keys() -> tuple[OrganisationKey, OrganisationKey]:
    """Helsinki's own key and an impostor's, both named Helsinki."""
    return (
        create_key(Organisation("Helsinki", "Helsinki")),
        create_key(Organisation("Helsinki", "Helsinki")),
    )


def test_missing_never_names_a_refused_impostor_as_whom_to_call(
    tmp_path: Path,
    keys: tuple[OrganisationKey, OrganisationKey],
    capsys: pytest.CaptureFixture[str],
) -> None:
    genuine, impostor = keys
    inbox = tmp_path / "inbox"
    signed(inbox, impostor, "2022-2", contact="Matti Huijari")
    data = ["--data-dir", str(tmp_path / "d"), "--lang", "en"]
    # Collected while the register was still empty, then Helsinki's own key registered.
    assert main([*data, "collect", "2022-2", str(inbox)]) == 1
    assert main([*data, "trust", "import", str(trusted_csv(tmp_path / "t.csv", genuine))]) == 0
    assert main([*data, "collect", "2022-2", str(inbox)]) == 1
    capsys.readouterr()
    assert main([*data, "missing", "2022-1"]) == 0
    out = capsys.readouterr().out
    assert "Helsinki" in out and "Huijari" not in out
    # Helsinki's own package of that round does name its contact.
    signed(inbox, genuine, "2022-2", contact="Oikea Yhteyshenkilö", name="oikea.asice")
    assert main([*data, "collect", "2022-2", str(inbox)]) == 1
    capsys.readouterr()
    assert main([*data, "missing", "2022-1"]) == 0
    out = capsys.readouterr().out
    assert "Oikea Yhteyshenkilö" in out and "Huijari" not in out


def test_a_package_of_a_round_added_later_is_checked_again_when_collected_again(
    tmp_path: Path,
    keys: tuple[OrganisationKey, OrganisationKey],
    capsys: pytest.CaptureFixture[str],
) -> None:
    from desktop.rounds.library import added_in, catalog_with
    from tests import rounds_support

    genuine, _ = keys
    # A 2023-1 package, made where the round is known.
    elsewhere = DataPaths(tmp_path / "elsewhere")
    rounds_support.trust(elsewhere)
    rounds_support.add(elsewhere, rounds_support.package_2023())
    rnd = catalog_with(added_in(elsewhere)).round("2023-1")
    m = Register.load().get(HELSINKI)
    background = dict(
        answers_for(shipped_catalog().round("2022-1"), m, random.Random(1))["background"]
    )  # type: ignore[arg-type]
    background.pop("networks", None)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    data = package(rnd, {"background": background}, m, genuine, number=1, when=WHEN)
    (inbox / "2023-1_091_1.asice").write_bytes(data)
    # The coordinator collects it before adding round 2023-1, then adds the round.
    paths = DataPaths(tmp_path / "d")
    rounds_support.trust(paths)
    data_dir = ["--data-dir", str(paths.root), "--lang", "en"]
    assert main([*data_dir, "trust", "import", str(trusted_csv(tmp_path / "t.csv", genuine))]) == 0
    assert main([*data_dir, "collect", "2022-1", str(inbox)]) == 1
    assert "does not know" in capsys.readouterr().out
    round_file = tmp_path / "2023-1.tkround"
    round_file.write_bytes(rounds_support.package_2023())
    assert main([*data_dir, "round", "add", str(round_file)]) == 0
    capsys.readouterr()
    main([*data_dir, "collect", "2023-1", str(inbox)])
    again = capsys.readouterr().out
    assert "does not know" not in again
    # What a fresh data folder with the round added finds.
    fresh = DataPaths(tmp_path / "fresh")
    rounds_support.trust(fresh)
    fresh_dir = ["--data-dir", str(fresh.root), "--lang", "en"]
    assert main([*fresh_dir, "trust", "import", str(tmp_path / "t.csv")]) == 0
    assert main([*fresh_dir, "round", "add", str(round_file)]) == 0
    capsys.readouterr()
    main([*fresh_dir, "collect", "2023-1", str(inbox)])
    assert capsys.readouterr().out == again


@pytest.fixture(scope="module")
def generated(request: pytest.FixtureRequest) -> tuple[Path, dict[str, Any]]:
    return cached(request.config, 30)


def inbox_of_two(tmp_path: Path, generated: tuple[Path, dict[str, Any]]) -> tuple[Path, list[str]]:
    """An inbox with the first submissions of two municipalities that count."""
    folder, expected = generated
    codes = [c for c, o in expected["municipalities"].items() if o["status"] == "counted"][:2]
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for code in codes:
        shutil.copyfile(folder / "packages" / f"2022-1_{code}_1.asice", inbox / f"{code}.asice")
    return inbox, codes


def test_a_package_deleted_from_the_inbox_no_longer_counts_and_is_said_gone(
    tmp_path: Path, generated: tuple[Path, dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    inbox, codes = inbox_of_two(tmp_path, generated)
    data = ["--data-dir", str(tmp_path / "d"), "--lang", "en"]
    assert main([*data, "trust", "import", str(generated[0] / "trusted.csv")]) == 0
    main([*data, "collect", "2022-1", str(inbox)])
    assert "2 files, 2 municipalities counted" in capsys.readouterr().out
    (inbox / f"{codes[0]}.asice").unlink()
    main([*data, "collect", "2022-1", str(inbox)])
    out = capsys.readouterr().out
    assert "1 file, 1 municipality counted" in out
    assert f"{codes[0]}.asice" in out and "no longer" in out
    main([*data, "missing", "2022-1"])
    assert f"  {codes[0]}  " in capsys.readouterr().out


def test_the_same_inbox_through_a_link_is_the_same_files(
    tmp_path: Path, generated: tuple[Path, dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    inbox, _ = inbox_of_two(tmp_path, generated)
    link = tmp_path / "link"
    try:
        link.symlink_to(inbox, target_is_directory=True)
    except OSError:
        pytest.skip("no symbolic links here")
    data = ["--data-dir", str(tmp_path / "d"), "--lang", "en"]
    assert main([*data, "trust", "import", str(generated[0] / "trusted.csv")]) == 0
    capsys.readouterr()
    main([*data, "collect", "2022-1", str(inbox)])
    first = capsys.readouterr().out
    main([*data, "collect", "2022-1", str(link)])
    assert capsys.readouterr().out == first
    assert "duplicate" not in first and "2 files, 2 municipalities counted" in first


def test_a_folder_collected_by_mistake_can_be_forgotten(
    tmp_path: Path, generated: tuple[Path, dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    inbox, _ = inbox_of_two(tmp_path, generated)
    wrong = tmp_path / "wrong"
    (wrong / "deeper").mkdir(parents=True)
    (wrong / "notes.txt").write_text("x", "utf-8")
    (wrong / "deeper" / "old.asice").write_bytes(b"not a package")
    data = ["--data-dir", str(tmp_path / "d"), "--lang", "en"]
    assert main([*data, "trust", "import", str(generated[0] / "trusted.csv")]) == 0
    main([*data, "collect", "2022-1", str(inbox), str(wrong)])
    assert "4 files" in capsys.readouterr().out
    shutil.rmtree(wrong / "deeper")  # a folder gone since can be forgotten too
    assert main([*data, "collect", "2022-1", str(wrong), "--forget"]) == 0
    out = capsys.readouterr().out
    assert "notes.txt" in out and "old.asice" in out and "Forgotten" in out
    assert "2 files, 2 municipalities counted, 0 replaced submissions, 0 refused, 0 other" in out
    assert main([*data, "collect", "2022-1", str(inbox)]) == 0
    assert "notes.txt" not in capsys.readouterr().out
