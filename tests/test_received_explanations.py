"""A received package's explanations must each be about a question of its round."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main
from desktop.signing.keys import Organisation, OrganisationKey, create_key
from tests.test_received_register_first import signed_package


@pytest.fixture(scope="module")
def key() -> OrganisationKey:
    return create_key(Organisation("Hollola", "Hollola"))


def _explained(pointer: str) -> Any:
    def edit(document: dict[str, Any]) -> None:
        document["explanations"] = [
            {"check": "rule:premises_area", "pointer": pointer, "text": "Näin on."}
        ]

    return edit


@pytest.mark.parametrize(
    ("pointer", "shown"),
    [
        ("/premises/no_such_question", "/premises/no_such_question"),
        ("/premises/x\x1b[31m<b>punainen</b>", "/premises/x\\x1b[31m<b>punainen</b>"),
        ("/premises/premises/0/no_such_column", "/premises/premises/0/no_such_column"),
        ("/premises/premises/first/floor_area", "/premises/premises/first/floor_area"),
        ("/premises/", "/premises/"),
    ],
)
def test_an_explanation_about_no_question_of_the_round_is_refused(
    key: OrganisationKey,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    pointer: str,
    shown: str,
) -> None:
    target = tmp_path / "2022-1_098_1.asice"
    target.write_bytes(signed_package(key, _explained(pointer)))
    assert main(["--data-dir", str(tmp_path / "d"), "--lang", "en", "verify", str(target)]) == 1
    out = capsys.readouterr().out
    (line,) = [x for x in out.splitlines() if x.startswith("✗")]
    assert "explanation" in line and "no question of round 2022-1" in line
    assert shown in line and "\x1b" not in out


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_the_refusal_is_said_in_the_users_language(
    key: OrganisationKey, tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    target = tmp_path / "2022-1_098_1.asice"
    target.write_bytes(signed_package(key, _explained("/premises/no_such_question")))
    assert main(["--data-dir", str(tmp_path / "d"), "--lang", lang, "verify", str(target)]) == 1
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("✗"))
    assert {"fi": "kysymystä", "sv": "fråga"}[lang] in line


def test_an_explanation_about_a_question_of_the_round_is_accepted(
    key: OrganisationKey, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "2022-1_098_1.asice"
    pointers = ["/premises/premises/0/floor_area", "/background/respondent_name"]

    def edit(document: dict[str, Any]) -> None:
        document["explanations"] = [
            {"check": "rule:x", "pointer": pointer, "text": "Näin on."} for pointer in pointers
        ]

    target.write_bytes(signed_package(key, edit))
    assert main(["--data-dir", str(tmp_path / "d"), "--lang", "en", "verify", str(target)]) == 0
    assert "✗" not in capsys.readouterr().out
