"""Sound, signed packages whose answers are valid but odd: the largest numbers a package may
hold, texts with control and bidi characters. For the national picture's tests."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, datetime, time
from pathlib import Path

from desktop.jsonvalue import JSONObject
from desktop.municipalities import Register
from desktop.signing.keys import Organisation, create_key
from desktop.survey import shipped_catalog
from tests.fixtures.received.generate import answers_for, package

ROUND = "2022-1"
# Figures near the largest a package may hold (``desktop.safejson`` refuses a number beyond
# ±(2^53 − 1) as too large to be read exactly, however it is written; the export refuses one, and
# a computed total of one, that RFC 8785 cannot write): the round's schemas set no maximum.
HUGE = 2**49
# A valid JSON number beyond that, refused when read.
BEYOND = 1.7e308
ESCAPES = "\x1b[2J\x1b[31mPUNAINEN\x1b[0m"
NUL = "Nolla\x00tavu\x07"
RTL = "tiedosto\u202efdp.exe \u2066abc\u2069"

Change = Callable[[JSONObject], None]


def huge(answers: JSONObject, value: float = HUGE) -> None:
    premises = answers["premises"]
    assert isinstance(premises, dict)
    premises["estimated_annual_rent"] = value
    premises["area_to_give_up"] = value
    rows = premises["premises"]
    assert isinstance(rows, list)
    for row in rows:
        assert isinstance(row, dict)
        row["floor_area"] = value


def beyond(answers: JSONObject) -> None:
    huge(answers, BEYOND)


def texts(answers: JSONObject) -> None:
    background, premises = answers["background"], answers["premises"]
    assert isinstance(background, dict) and isinstance(premises, dict)
    background["respondent_name"] = ESCAPES
    background["respondent_title"] = NUL
    rows = premises["premises"]
    assert isinstance(rows, list) and isinstance(rows[0], dict)
    rows[0]["building"] = RTL
    premises["lease_not_started_reason"] = f"{NUL} {RTL}"


def inbox(root: Path, changes: dict[str, Change], round_id: str = ROUND) -> Path:
    """``root``/inbox with a package of each municipality (code → change of its answers) and
    ``root``/trusted.csv registering their keys."""
    register, rnd = Register.load(), shipped_catalog().round(round_id)
    folder = root / "inbox"
    folder.mkdir(parents=True)
    lines = ["code,fingerprint"]
    # Made while the round was open: 1.2.2022 for 2022-1, a later round's first day.
    when = max(datetime(2022, 2, 1, 9, 0, tzinfo=UTC), datetime.combine(rnd.opens, time(9), UTC))
    for code, change in changes.items():
        m = register.get(code)
        key = create_key(Organisation(m.name_fi, m.name_fi))
        answers = answers_for(rnd, m, random.Random(code))
        change(answers)
        data = package(rnd, answers, m, key, number=1, when=when)
        (folder / f"{round_id}_{code}.asice").write_bytes(data)
        lines.append(f"{code},{key.fingerprint}")
    (root / "trusted.csv").write_text("\n".join(lines) + "\n", "utf-8")
    return folder
