"""What the command line says, in the user's language: help, counts, the change history."""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from datetime import datetime

import pytest

from desktop import cli
from desktop.i18n import LANGS, Lang
from desktop.jsonvalue import MISSING
from desktop.paths import DataPaths

Run = Callable[..., tuple[int, str, str]]
ENGLISH_OF_ARGPARSE = ("usage:", "positional arguments", "options:", "show this help message")


@pytest.fixture
def run(data_paths: DataPaths, capsys: pytest.CaptureFixture[str]) -> Run:
    def invoke(*args: str) -> tuple[int, str, str]:
        code = cli.main(["--data-dir", str(data_paths.root), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


def _help(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    with pytest.raises(SystemExit) as ended:
        cli.main([*args, "--help"])
    assert ended.value.code == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("lang", ["fi", "sv"])
@pytest.mark.parametrize("command", [[], ["show"], ["export"], ["key", "import"], ["profile"]])
def test_help_is_in_the_chosen_language(
    capsys: pytest.CaptureFixture[str], lang: Lang, command: list[str]
) -> None:
    shown = _help(capsys, "--lang", lang, *command)
    for english in ENGLISH_OF_ARGPARSE:
        assert english not in shown
    assert {"fi": "käyttö: ", "sv": "användning: "}[lang] in shown
    assert {"fi": "näytä tämä ohje ja lopeta", "sv": "visa den här hjälpen"}[lang] in shown


def test_english_help_keeps_english(capsys: pytest.CaptureFixture[str]) -> None:
    assert "usage: tilannekuva show" in _help(capsys, "--lang", "en", "show")


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["show"], "puuttuu: KIERROS"),
        (["shw"], "KOMENTO: 'shw' ei ole vaihtoehto"),
        (["rounds", "--bogus"], "tuntemattomia argumentteja: --bogus"),
        (["--lang", "sv", "show"], "saknas: OMGÅNG"),
        (["municipalities", "--limit", "paljon"], "municipalities: virhe: --limit: "),
    ],
)
def test_argparse_s_errors_are_in_the_chosen_language(
    capsys: pytest.CaptureFixture[str], args: list[str], said: str
) -> None:
    with pytest.raises(SystemExit) as ended:
        cli.main(args)
    assert ended.value.code == 2
    err = capsys.readouterr().err
    assert said in err
    for english in ("usage:", "error:", "the following", "invalid choice", "unrecognized"):
        assert english not in err


def _parsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    found = [parser]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):
                found += _parsers(sub)
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_every_argument_of_every_command_is_described(lang: Lang) -> None:
    undescribed = [
        f"{parser.prog}: {'/'.join(action.option_strings) or action.dest}"
        for parser in _parsers(cli.build_parser(lang))
        for action in parser._actions
        if not (action.help or "").strip()
    ]
    assert undescribed == []


@pytest.mark.parametrize("lang", LANGS)
def test_every_argument_is_named_in_the_chosen_language(lang: Lang) -> None:
    """The help names what to give (KUNTANUMERO, SORMENJÄLKI), never the program's own name
    of it ("code", "fingerprint"); an argument of fixed choices lists them instead."""
    unnamed = [
        f"{parser.prog}: {'/'.join(action.option_strings) or action.dest}"
        for parser in _parsers(cli.build_parser(lang))
        for action in parser._actions
        if action.nargs != 0 and action.metavar is None and not action.choices
    ]
    assert unnamed == []


@pytest.mark.parametrize(
    ("lang", "shown"),
    [("fi", "KUNTANUMERO SORMENJÄLKI"), ("sv", "KOMMUNNUMMER FINGERAVTRYCK")],
)
def test_trust_add_names_its_arguments_in_the_chosen_language(
    capsys: pytest.CaptureFixture[str], lang: Lang, shown: str
) -> None:
    said = _help(capsys, "--lang", lang, "trust", "add")
    assert shown in said and "code" not in said and "fingerprint" not in said


def test_show_counts_one_row_in_the_singular(run: Run) -> None:
    assert run("profile", "--municipality", "211")[0] == 0
    row = '[{"building": "Terveysasema", "use": "health_centre"}]'
    assert run("set", "2022-1", "/premises/premises", row, "--json")[0] == 0
    assert "1 rivi\n" in run("show", "2022-1", "premises")[1]
    assert "1 rad\n" in run("--lang", "sv", "show", "2022-1", "premises")[1]
    assert run("set", "2022-1", "/premises/premises/1/building", "Paloasema")[0] == 0
    assert "2 riviä\n" in run("show", "2022-1", "premises")[1]


def test_history_shows_local_time_and_the_labels_chosen(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "Europe/Helsinki")
    import time

    time.tzset()
    try:
        assert run("profile", "--municipality", "211")[0] == 0
        assert run("set", "2022-2", "/staff/staff_lists_confirmed", "kyllä")[0] == 0
        assert run("set", "2022-2", "/interfaces/interface_areas/0/interface", "hyte")[0] == 0
        assert run("set", "2022-2", "/interfaces/interface_areas/0/status", "agreed")[0] == 0
        code, out, _ = run("history", "2022-2")
        now = datetime.now().astimezone()
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
    assert code == 0
    assert "True" not in out and " agreed" not in out and "→ hyte" not in out
    assert "— → Kyllä" in out
    assert "— → Sovittu" in out
    assert "Hyvinvoinnin ja terveyden edistäminen (hyte)" in out
    assert "Yhdyspintojen tilanne, rivi 1, Tilanne" in out
    # The local clock (Helsinki is 2 or 3 hours ahead of UTC), not an ISO UTC stamp.
    stamp = re.search(r"^(\d{1,2})\.(\d{1,2})\.(\d{4}) (\d{2}):(\d{2})  ", out, re.M)
    assert stamp is not None and "+00:00" not in out and "T" not in out.split("  ")[0]
    assert now.utcoffset() and int(stamp.group(4)) in {now.hour, (now.hour - 1) % 24}


def test_the_swedish_help_spells_the_demo_municipality_in_swedish(
    capsys: pytest.CaptureFixture[str],
) -> None:
    listed = " ".join(_help(capsys, "--lang", "sv").split())  # the lines as wrapped, joined
    assert "fyll i demokommunens första omgång" in listed


@pytest.mark.parametrize(("lang", "yes"), [("fi", "Kyllä"), ("sv", "Ja"), ("en", "Yes")])
def test_show_says_yes_as_the_form_does(run: Run, lang: str, yes: str) -> None:
    assert run("profile", "--municipality", "211")[0] == 0
    assert run("set", "2022-1", "/premises/model_lease_used", "k")[0] == 0
    code, out, _ = run("--lang", lang, "show", "2022-1", "premises")
    assert code == 0
    assert re.search(rf"\s{yes}$", out, re.M), out


@pytest.mark.parametrize(
    "given",
    [("leased",), ('"leased"',), ('"leased"', "--json"), ("Kunnan vuokraama",), ('"Leased"',)],
)
def test_a_choice_is_taken_as_plain_text_or_as_json(run: Run, given: tuple[str, ...]) -> None:
    assert run("profile", "--municipality", "211")[0] == 0
    code, out, err = run("set", "2022-1", "/premises/premises/0/ownership", *given)
    assert (code, err) == (0, "")
    assert "= Kunnan vuokraama" in out


@pytest.mark.parametrize(
    "given", [("bogus",), ('"bogus"',), ('"bogus"', "--json"), ('["bogus"]', "--json")]
)
def test_a_wrong_choice_is_refused_with_the_choices_whichever_way_it_is_given(
    run: Run, given: tuple[str, ...]
) -> None:
    assert run("profile", "--municipality", "211")[0] == 0
    pointer = "/premises/premises/0/ownership"
    if given[0].startswith("["):
        pointer = "/change_support/support_needed"
    code, _, err = run("set", "2022-1", pointer, *given)
    assert code == 2
    assert "ei ole vaihtoehto" in err and "Vaihtoehdot:" in err


def test_many_choices_are_taken_as_a_json_list_too(run: Run) -> None:
    assert run("profile", "--municipality", "211")[0] == 0
    pointer = "/change_support/support_needed"
    assert run("set", "2022-1", pointer, "law, ict_systems")[0] == 0
    plain = run("show", "2022-1", "change_support")[1]
    assert run("set", "2022-1", pointer, '["law", "ict_systems"]')[0] == 0
    assert run("show", "2022-1", "change_support")[1] == plain


def test_history_tells_submissions_corrections_and_explanations_in_words(
    run: Run, data_paths: DataPaths
) -> None:
    """The round's own events read as sentences, not as the stored pointers and JSON."""
    from desktop.storage import Store, audit_rows

    assert run("profile", "--municipality", "211")[0] == 0
    explained = "/_explanations/change:~1staff~1staff_groups~10~1headcount"
    said = {"check": "change", "pointer": "/staff/staff_groups/0/headcount", "text": "Yhdistyi"}
    with Store.open(data_paths, backup=False) as store:
        conn = store.connection
        with conn:
            audit_rows.write(conn, "maija", "2022-3", "/submissions/1", MISSING, "7ce1f58b" * 8)
            audit_rows.write(conn, "maija", "2022-3", "/locked", True, False)
            audit_rows.write(conn, "maija", "2022-3", explained, MISSING, said)
    code, out, _ = run("history", "2022-3")
    assert code == 0
    for internal in ("/locked", "/submissions", "_explanations", "7ce1f58b", '{"check"'):
        assert internal not in out
    assert "Lähetys 1 allekirjoitettiin ja vietiin" in out
    assert "Kierros avattiin korjausta varten" in out
    assert "Selitys: Hyvinvointialueelle 1.1.2023 siirtyvä henkilöstö" in out
    assert "— → Yhdistyi" in out
    _, swedish, _ = run("--lang", "sv", "history", "2022-3")
    assert "Inlämning 1 signerades och exporterades" in swedish


def test_history_tells_a_row_added_empty_in_words(run: Run) -> None:
    assert run("profile", "--municipality", "211")[0] == 0
    assert run("set", "2022-3", "/premises/joint_authorities/0", "{}")[0] == 0
    expected = {"fi": "— → tyhjä rivi", "sv": "— → tom rad", "en": "— → empty row"}
    for lang, said in expected.items():
        code, out, _ = run("--lang", lang, "history", "2022-3")
        assert code == 0
        assert said in out, out
