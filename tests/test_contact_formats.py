"""E-mail, phone and business id are checked where they are typed, in plain words."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from desktop import cli
from desktop.paths import DataPaths

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(data_paths: DataPaths, capsys: pytest.CaptureFixture[str]) -> Run:
    def invoke(*args: str) -> tuple[int, str, str]:
        code = cli.main(["--data-dir", str(data_paths.root), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


@pytest.mark.parametrize(
    ("option", "value", "told"),
    [
        ("--email", "kaisa.kangasala.fi", "Sähköpostiosoite ei kelpaa"),
        ("--phone", "soita vaihteeseen", "Puhelinnumerossa voi olla vain numeroita"),
        ("--business-id", "0201256-7", "tarkistusnumero"),
        ("--business-id", "201256-6", "1234567-8"),
        ("--email", "anna@porvoo", "verkkotunnuksen pääte"),
    ],
)
def test_the_profile_command_refuses_a_malformed_contact_and_saves_nothing(
    run: Run, option: str, value: str, told: str
) -> None:
    code, _, err = run("profile", "--municipality", "211", option, value)
    assert code == 2
    assert told in err and "Profiilia ei tallennettu" in err
    assert "Traceback" not in err
    assert run("profile")[0] == 2  # no profile was saved


def test_the_profile_command_tells_in_swedish_and_takes_a_well_formed_contact(run: Run) -> None:
    code, _, err = run("--lang", "sv", "profile", "--municipality", "211", "--email", "a@@b")
    assert code == 2 and "E-postadressen duger inte" in err
    code, _, err = run(
        "profile",
        "--municipality",
        "211",
        "--email",
        "kaisa@kangasala.fi",
        "--phone",
        "+358 40 123 4567",
        "--business-id",
        "0201256-6",
    )
    assert code == 0, err
    assert "0201256-6" in run("profile")[1]


def test_an_answer_of_the_wrong_form_is_saved_and_its_problem_told_at_once(run: Run) -> None:
    assert run("profile", "--municipality", "211")[0] == 0
    code, out, err = run("set", "2022-1", "/background/respondent_email", "kaisa(at)kunta")
    assert code == 0 and "Tallennettu" in out
    assert "Sähköposti: Sähköpostiosoite ei kelpaa" in err
    code, out, err = run("set", "2022-1", "/background/respondent_email", "kaisa@kunta.fi")
    assert code == 0 and err == ""


@pytest.mark.parametrize(
    ("lang", "told"),
    [
        ("fi", "Y-tunnuksen ”1234567-8” tarkistusnumero ei täsmää"),
        ("sv", "FO-numrets ”1234567-8” kontrollsiffra stämmer inte"),
        ("en", "The check digit of the business ID “1234567-8” does not match"),
    ],
)
def test_a_business_id_of_the_right_form_is_told_its_check_digit_not_its_form(
    run: Run, lang: str, told: str
) -> None:
    """The format example is not repeated back to someone who typed exactly that."""
    code, _, err = run(
        "--lang", lang, "profile", "--municipality", "211", "--business-id", "1234567-8"
    )
    assert code == 2
    assert told in err
    assert err.count("1234567-8") == 1, err
