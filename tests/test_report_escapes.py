"""Control and bidi characters in an answer are shown in the report as the terminal and the
window show them (``desktop.untrusted``): escaped, never dropped or left to act."""

from __future__ import annotations

from pathlib import Path

from tests.odd_answers import NUL, RTL
from tests.test_report import ROUND, demo_answers, flat, pdf_text, render

# The bidi and control characters the report must not carry raw.
_ACTING = ("\u202e", "\u2066", "\u2069", "\x00", "\x07", "\x1b")


def test_controls_and_bidi_in_answers_are_printed_escaped(tmp_path: Path) -> None:
    answers = demo_answers(ROUND, "148")
    background, premises = answers["background"], answers["premises"]
    background["respondent_name"] = NUL
    premises["premises"][0]["building"] = RTL
    premises["lease_not_started_reason"] = f"ESC\x1b[2J{RTL}\nrivi kaksi\x00"
    text = flat(pdf_text(render(answers), tmp_path))
    assert "Nolla\\x00tavu\\x07" in text  # not "Nollatavu"
    assert "tiedosto\\u202efdp.exe \\u2066abc\\u2069" in text
    assert "ESC\\x1b[2Jtiedosto\\u202efdp.exe" in text and "rivi kaksi\\x00" in text
    assert not any(char in text for char in _ACTING)
