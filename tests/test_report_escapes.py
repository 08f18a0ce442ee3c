"""Control and bidi characters in an answer are shown in the report as the terminal and the
window show them (``desktop.untrusted``): escaped, never dropped or left to act. The invisible
characters of pasted text are not printed, and a character the font lacks prints as its code."""

from __future__ import annotations

import re
import subprocess
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


PASTED = (
    "Word-teksti: sosiaali\u00adja terveys\u00adpalvelut; verkosta\u200bkopioitu; \ufeffBOM; "
    "Excel\u200e-solu; oikealta\u200fvasemmalle; ara\u061cbia; sana\u2060liitos; "
    "ei\u200cliitosta"
)
# What a reader sees of PASTED: the invisible characters are invisible, as in a word processor.
SEEN = (
    "Word-teksti: sosiaalija terveyspalvelut; verkostakopioitu; BOM; Excel-solu; "
    "oikealtavasemmalle; arabia; sanaliitos; eiliitosta"
)


def test_invisible_characters_of_pasted_text_are_not_printed_as_codes(tmp_path: Path) -> None:
    answers = demo_answers(ROUND, "148")
    answers["premises"]["lease_not_started_reason"] = PASTED
    answers["premises"]["premises"][0]["building"] = "sosiaali\u00adja\u200bterveys"
    text = flat(pdf_text(render(answers), tmp_path))
    assert SEEN in text
    assert "sosiaalijaterveys" in text
    assert "\\x" not in text and "\\u" not in text


def test_a_soft_hyphen_is_where_a_long_word_breaks(tmp_path: Path) -> None:
    word = "\u00ad".join(["sosiaali", "ja", "terveys", "palvelujen", "järjestämis", "vastuu"])
    answers = demo_answers(ROUND, "148")
    answers["premises"]["premises"][0]["building"] = word
    path = tmp_path / "report.pdf"
    path.write_bytes(render(answers))
    command = ["pdftotext", "-enc", "UTF-8", "-layout", str(path), "-"]
    text = subprocess.run(command, capture_output=True, check=True, text=True).stdout
    # The narrow column breaks the word at a soft hyphen, where a hyphen ends the line.
    assert re.search(r"\b1 sosiaalijaterveyspalvelujen- ", text)
    assert re.search(r"^ +järjestämisvastuu ", text, re.MULTILINE)
    assert "\\xad" not in text


def test_bidi_controls_and_controls_stay_escaped_beside_dropped_invisibles(
    tmp_path: Path,
) -> None:
    answers = demo_answers(ROUND, "148")
    answers["premises"]["lease_not_started_reason"] = (
        "a\u202ab \u202bc \u202cd \u202de \u202ef \u2066g \u2067h \u2068i \u2069j \rk\u200bl"
    )
    text = flat(pdf_text(render(answers), tmp_path))
    assert (
        "a\\u202ab \\u202bc \\u202cd \\u202de \\u202ef \\u2066g \\u2067h \\u2068i \\u2069j \\x0dkl"
    ) in text


def test_a_character_no_embedded_font_has_prints_as_its_code(tmp_path: Path) -> None:
    answers = demo_answers(ROUND, "148")
    answers["premises"]["lease_not_started_reason"] = (
        "Teams: kiitos 👍\ufe0f perhe 👨\u200d👩\u200d👧 ✓ Anár"
    )
    answers["premises"]["premises"][0]["building"] = "Palvelukoti 👵 ja ” lainaus ”"
    text = flat(pdf_text(render(answers), tmp_path))
    assert "Teams: kiitos [U+1F44D] perhe [U+1F468][U+1F469][U+1F467] ✓ Anár" in text
    assert "Palvelukoti [U+1F475] ja ” lainaus ”" in text
