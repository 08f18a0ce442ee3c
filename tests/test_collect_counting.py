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
