"""The commonest reading commands, given simply, are read without building the parser: what they
are read as is what the parser reads, and anything else goes to the parser."""

from __future__ import annotations

import pytest

from desktop.cli import build_parser, simple_arguments

READ_ALIKE = [
    ["rounds"],
    ["show", "2022-1"],
    ["show", "2022-1", "premises"],
    ["validate", "2022-1"],
    ["--data-dir", "/tmp/kansio", "--lang", "sv", "show", "2022-1"],
    ["--lang=en", "validate", "2022-3"],
    ["--data-dir=C:\\Users\\Väinö\\data", "rounds"],
    ["--lang", "fi", "--lang", "en", "rounds"],  # the last one counts, as in the parser
    ["show", "2022-1", "Henkilöstö ja sopimukset"],
]

TO_THE_PARSER = [
    [],
    ["show"],
    ["show", "2022-1", "premises", "extra"],
    ["validate"],
    ["validate", "-h"],
    ["validate", "--help"],
    ["validate", "2022-1", "--lang", "sv"],  # an option after the command
    ["--lang", "xx", "rounds"],  # no such language: the parser says so
    ["--lang"],
    ["--data-dir", "--lang", "sv", "rounds"],
    ["rounds", "extra"],
    ["show", "--", "2022-1"],
    ["validate", "-1"],
    ["set", "2022-1", "/background/respondent_name", "Anna"],  # not a command read so
    ["--version"],
    ["--data", "x", "rounds"],  # an abbreviated option: the parser decides
    ["val", "2022-1"],
]


@pytest.mark.parametrize("argv", READ_ALIKE, ids=" ".join)
def test_read_as_the_parser_reads_them(argv: list[str]) -> None:
    simple = simple_arguments(argv)
    assert simple is not None
    parsed = build_parser("fi").parse_args(argv)
    assert vars(simple) == vars(parsed)


@pytest.mark.parametrize("argv", TO_THE_PARSER, ids=lambda a: " ".join(a) or "nothing")
def test_anything_else_goes_to_the_parser(argv: list[str]) -> None:
    assert simple_arguments(argv) is None
