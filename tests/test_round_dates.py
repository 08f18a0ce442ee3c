"""A round's dates as the user meets them: a late submission is confirmed naming the closing
date; Åland's municipalities, outside the reform, are never chosen to answer."""

from __future__ import annotations

import builtins
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop import cli
from desktop.commands import submit
from desktop.commands.demo import fill_round
from desktop.paths import DataPaths
from desktop.signing.keys import Organisation, create_key, to_pkcs12
from desktop.signing.keystore import write_new_file
from desktop.storage import Profile, Store
from desktop.workbook import Workbook

Run = Callable[..., tuple[int, str, str]]
ROUND = "2022-1"  # closed on 15.2.2022, long before today


@pytest.fixture
def run(data_paths: DataPaths, capsys: pytest.CaptureFixture[str]) -> Run:
    def invoke(*args: str) -> tuple[int, str, str]:
        code = cli.main(["--data-dir", str(data_paths.root), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


@pytest.fixture
def ready(data_paths: DataPaths) -> DataPaths:
    with Store.open(data_paths) as store:
        store.save_profile(Profile("211", contact_name="Kaisa Kuntalainen"))
        fill_round(Workbook(store), ROUND)
    write_new_file(
        data_paths.key_store, to_pkcs12(create_key(Organisation("Kangasala", "x")), None)
    )
    return data_paths


def _locked(paths: DataPaths) -> bool:
    with Store.open(paths) as store:
        return store.is_locked(ROUND)


def test_a_script_must_say_yes_to_submit_a_closed_round(
    run: Run, ready: DataPaths, tmp_path: Path
) -> None:
    code, _, err = run("export", ROUND, "--out", str(tmp_path / "out"))
    assert code == 2
    assert "päättyi 15.2.2022" in err
    assert f"tilannekuva --data-dir {ready.root} export 2022-1 --yes" in err
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
    assert not _locked(ready)
    # A draft needs no confirmation: it is not a submission.
    assert run("export", ROUND, "--draft", "--out", str(tmp_path / "draft"))[0] == 0

    code, out, _ = run("export", ROUND, "--yes", "--out", str(tmp_path / "out"))
    assert code == 0, out
    assert _locked(ready)


@pytest.mark.parametrize(("answer", "sent"), [("", False), ("ei", False), ("k", True)])
def test_at_a_terminal_the_closing_date_is_named_and_asked(
    run: Run,
    ready: DataPaths,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
    sent: bool,
) -> None:
    asked: list[str] = []

    def reply(question: str = "") -> str:
        asked.append(question)
        return answer

    monkeypatch.setattr(submit, "_interactive", lambda: True)
    monkeypatch.setattr(builtins, "input", reply)
    code, _, err = run("export", ROUND, "--out", str(tmp_path))
    assert len(asked) == 1 and "päättyi 15.2.2022" in asked[0]
    assert (code == 0) is sent and _locked(ready) is sent
    if not sent:
        assert "Kierrosta 2022-1 ei lähetetty." in err


def test_aland_s_municipalities_are_marked_and_never_chosen_to_answer(run: Run) -> None:
    code, _, err = run("profile", "--municipality", "478")
    assert code == 2
    assert "Ahvenanmaalla" in err and "sote-uudistuksessa" in err
    code, _, err = run("--lang", "sv", "profile", "--municipality", "478")
    assert code == 2 and "Åland" in err
    assert run("profile")[0] == 2  # nothing saved

    code, out, _ = run("municipalities", "Maarian")
    assert code == 0
    line = next(line for line in out.splitlines() if "Maarianhamina" in line)
    assert "sote-uudistuksen ulkopuolella" in line
    assert "ulkopuolella" not in run("municipalities", "Kangas")[1]
