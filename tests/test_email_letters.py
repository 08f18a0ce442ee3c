"""An e-mail address with å, ä or ö is refused saying so, not with a hint about the @ sign."""

from __future__ import annotations

import pytest

from desktop.storage import Profile, Store
from desktop.workbook import Workbook

ROUND = "2022-1"
POINTER = "/background/respondent_email"


@pytest.fixture
def workbook(store: Store) -> Workbook:
    store.save_profile(Profile("445", contact_name="Åsa Östergård"))
    return Workbook(store)


def _told(workbook: Workbook, lang: str) -> str:
    (problem,) = [p for p in workbook.problems(ROUND) if p.pointer == POINTER]
    return problem.message(lang)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("fi", "Sähköpostiosoitteessa ei voi olla kirjaimia å, ä tai ö"),
        ("sv", "En e-postadress kan inte innehålla å, ä eller ö"),
        ("en", "An e-mail address cannot contain å, ä or ö"),
    ],
)
def test_nordic_letters_in_an_address_are_named(workbook: Workbook, lang: str, said: str) -> None:
    workbook.set_json(ROUND, POINTER, "åsa.östergård@pargas.fi", "sv")
    told = _told(workbook, lang)
    assert said in told, told
    assert "å, ö" in told  # the letters found in this address
    assert "@" not in told.replace("åsa.östergård@pargas.fi", "")


def test_a_missing_at_sign_is_still_told_as_before(workbook: Workbook) -> None:
    workbook.set_json(ROUND, POINTER, "asa.ostergard.pargas.fi", "sv")
    assert "@" in _told(workbook, "sv")
