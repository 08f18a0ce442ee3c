"""What the coordinator's database counts: only packages that count speak for a
municipality, a refusal of the coordinator's own making is checked again, and a file no
longer received stops counting."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.municipalities import Register
from desktop.paths import DataPaths
from desktop.signing.keys import Organisation, OrganisationKey, create_key
from desktop.survey import shipped_catalog
from tests.fixtures.received.generate import answers_for, package

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
