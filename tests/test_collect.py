"""The coordinator's side: trusted signers, collecting a round's packages, who is missing."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main
from desktop.collect import trust
from desktop.collect.collecting import collect
from desktop.collect.missing import missing
from desktop.collect.records import Records
from desktop.collect.standing import Status, standing
from desktop.municipalities import Register
from desktop.survey import shipped_catalog
from tests.fixtures.received.generate import cached

COUNT = 30
FINGERPRINT = " ".join(["ABCD"] * 16)


@pytest.fixture(scope="session")
def received(request: pytest.FixtureRequest) -> tuple[Path, dict[str, Any]]:
    """30 generated municipalities' packages with the hostile ones, cached between runs."""
    return cached(request.config, COUNT)


@pytest.fixture
def records(tmp_path: Path) -> Records:
    opened = Records.open(tmp_path / "coordinator" / "coordinator.sqlite")
    yield opened
    opened.close()


def collected(records: Records, folder: Path) -> Any:
    trust.import_csv(records, folder / "trusted.csv", Register.load())
    return collect(records, "2022-1", [folder], workers=2)


def test_each_municipality_counts_its_latest_valid_submission(
    received: tuple[Path, dict[str, Any]], records: Records
) -> None:
    folder, expected = received
    result = collected(records, folder)
    current = result.current()
    for code, outcome in expected["municipalities"].items():
        if outcome["status"] == "counted":
            assert current[code].package is not None
            assert current[code].package.submission == outcome["submission"], code
        else:
            assert code not in current, code
    assert set(current) == {
        code for code, o in expected["municipalities"].items() if o["status"] == "counted"
    }
    replaced = [e for e in result.entries if e.status is Status.REPLACED]
    assert replaced and all(e.package and e.package.submission == 1 for e in replaced)


def test_every_hostile_file_is_recorded_refused_with_its_reason(
    received: tuple[Path, dict[str, Any]], records: Records
) -> None:
    folder, expected = received
    result = collected(records, folder)
    refused = {
        Path(path).name: entry
        for entry in result.entries
        if entry.status not in (Status.CURRENT, Status.REPLACED, Status.IGNORED)
        for path in entry.paths
    }
    assert sorted(refused) == expected["refused_files"]
    roles = expected["roles"]
    reasons = {name: entry.reason("en") for name, entry in refused.items()}
    assert "zip bomb" in reasons["pommi.asice"]
    assert "too large" in reasons["liian-suuri.asice"]
    assert "not in the municipality register" in reasons["2022-1_999_1.asice"]
    assert "not round 2022-1" in reasons[f"2022-2_{roles['other_round']}_1.asice"]
    assert "Signer not confirmed" in reasons[f"2022-1_{roles['other_key']}_1.asice"]
    assert "changed" in reasons[f"2022-1_{roles['tampered']}_1_muutettu.asice"]
    assert "submission 2" in reasons[f"2022-1_{roles['conflict']}_2.asice"]
    ignored = [Path(p).name for e in result.entries if e.status is Status.IGNORED for p in e.paths]
    assert "lue minut.txt" in ignored


def test_the_same_package_twice_is_counted_once(
    received: tuple[Path, dict[str, Any]], records: Records
) -> None:
    folder, expected = received
    result = collected(records, folder)
    code = expected["roles"]["duplicate"]
    entries = [e for e in result.entries if e.code == code]
    assert len(entries) == 1
    assert len(entries[0].paths) == 2 and entries[0].status is Status.CURRENT


def test_collecting_twice_changes_nothing(
    received: tuple[Path, dict[str, Any]], records: Records, tmp_path: Path
) -> None:
    folder, _ = received
    first = collected(records, folder)
    again = collect(records, "2022-1", [folder, folder / "packages"], workers=1)
    assert again.entries == first.entries
    with sqlite3.connect(records.path) as conn:
        assert conn.execute("SELECT count(*) FROM received").fetchone()[0] == sum(
            len(e.paths) for e in first.entries
        )


def test_a_signer_registered_later_counts_without_collecting_again(
    received: tuple[Path, dict[str, Any]], records: Records
) -> None:
    folder, expected = received
    collect(records, "2022-1", [folder], workers=2)
    register = Register.load()
    assert standing(records, "2022-1", register).current() == {}
    trust.import_csv(records, folder / "trusted.csv", register)
    assert len(standing(records, "2022-1", register).current()) == len(
        [o for o in expected["municipalities"].values() if o["status"] == "counted"]
    )


def test_missing_lists_every_other_municipality_but_aland(
    received: tuple[Path, dict[str, Any]], records: Records
) -> None:
    folder, expected = received
    result = collected(records, folder)
    register = Register.load()
    absent = missing(records, result, register, shipped_catalog())
    codes = [item.municipality.code for item in absent]
    counted = {c for c, o in expected["municipalities"].items() if o["status"] == "counted"}
    reform = {m.code for m in register if not m.outside_reform}
    assert set(codes) == reform - counted
    assert len(codes) == len(set(codes))
    assert "478" not in codes  # Maarianhamina, Åland
    assert expected["roles"]["other_key"] in codes
    areas = [item.municipality.wellbeing_area.code for item in absent]
    assert areas == sorted(areas)


def test_missing_gives_the_contact_of_an_earlier_round(
    received: tuple[Path, dict[str, Any]], records: Records
) -> None:
    folder, expected = received
    trust.import_csv(records, folder / "trusted.csv", Register.load())
    collect(records, "2022-2", [folder / "other"], workers=1)
    result = collect(records, "2022-3", [folder / "other"], workers=1)
    assert result.current() == {}
    absent = missing(records, result, Register.load(), shipped_catalog())
    code = expected["roles"]["other_round"]
    contact = next(item.contact for item in absent if item.municipality.code == code)
    assert contact is not None and contact.round_id == "2022-2"
    assert contact.email.endswith(".example")


def test_trust_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = ["--data-dir", str(tmp_path / "d"), "--lang", "en"]
    assert main([*data, "trust", "add", "91", FINGERPRINT.lower()]) == 0
    assert main([*data, "trust", "list"]) == 0
    assert "091  Helsinki" in capsys.readouterr().out
    assert main([*data, "trust", "add", "999", FINGERPRINT]) == 2
    assert "not in the municipality register" in capsys.readouterr().err
    assert main([*data, "trust", "add", "091", "not a fingerprint"]) == 2
    assert "is not a key fingerprint" in capsys.readouterr().err
    bad = tmp_path / "keys.csv"
    bad.write_text(f"code,fingerprint\n211,{FINGERPRINT}\n212,ABC\n", "utf-8")
    assert main([*data, "trust", "import", str(bad)]) == 2
    assert "line 3" in capsys.readouterr().err
    assert main([*data, "trust", "list"]) == 0
    assert "211" not in capsys.readouterr().out  # all or nothing
    assert main([*data, "trust", "remove", "091"]) == 0
    assert main([*data, "trust", "list"]) == 0
    assert "No keys are registered" in capsys.readouterr().out


def test_one_key_registered_for_two_municipalities_is_warned_of(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A key for two municipalities lets either sign for the other: said at once, in the
    user's language, and registered all the same (a joint service may sign for several)."""
    data = ["--data-dir", str(tmp_path / "d"), "--lang", "en"]
    keys = tmp_path / "keys.csv"
    keys.write_text(f"code,fingerprint\n005,{FINGERPRINT}\n009,{FINGERPRINT.lower()}\n", "utf-8")
    assert main([*data, "trust", "import", str(keys)]) == 0
    out, err = capsys.readouterr()
    assert "registered 2 new keys" in out
    assert (
        f"Warning: the key {FINGERPRINT} is registered for more than one municipality: "
        "Alajärvi (005), Alavieska (009)." in err
    )
    assert "Traceback" not in err
    assert main([*data, "trust", "list"]) == 0
    assert "005" in capsys.readouterr().out
    # trust add says it too, naming the municipality already holding the key; in fi and sv.
    assert main(["--data-dir", str(tmp_path / "d"), "trust", "add", "10", FINGERPRINT]) == 0
    err = capsys.readouterr().err
    assert "Varoitus: avain" in err and "Alajärvi (005), Alavieska (009), Alavus (010)" in err
    assert (
        main(["--data-dir", str(tmp_path / "d"), "--lang", "sv", "trust", "import", str(keys)]) == 0
    )
    assert "Varning: nyckeln" in capsys.readouterr().err
    # A key of its own: nothing to warn of.
    other = " ".join(["BCDE"] * 16)
    assert main([*data, "trust", "add", "020", other]) == 0
    assert capsys.readouterr().err == ""


def test_collect_and_missing_commands(
    received: tuple[Path, dict[str, Any]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, expected = received
    data = ["--data-dir", str(tmp_path / "d"), "--lang", "en"]
    assert main([*data, "trust", "import", str(folder / "trusted.csv")]) == 0
    assert main([*data, "collect", "2022-1", str(folder)]) == 1
    out = capsys.readouterr().out
    assert "zip bomb" in out and "Signer not confirmed" in out
    counted = sum(1 for o in expected["municipalities"].values() if o["status"] == "counted")
    assert f"{counted} municipalities counted" in out
    assert main([*data, "missing", "2022-1"]) == 0
    out = capsys.readouterr().out
    assert "Maarianhamina" not in out and "Helsinki" in out
    out = tmp_path / "kooste" / "2022-1"
    assert main([*data, "collect", "2022-1", str(folder), "--out", str(out)]) == 1
    assert out.with_suffix(".xlsx").exists() and out.with_suffix(".pdf").exists()
    assert (out.parent / "2022-1-csv" / "summary.csv").exists()
    assert main([*data, "collect", "2099-1", str(folder)]) == 2
    assert main([*data, "collect", "2022-1", str(tmp_path / "nowhere")]) == 2


def test_a_file_name_cannot_write_to_the_terminal(
    received: tuple[Path, dict[str, Any]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, _ = received
    hostile = tmp_path / "in"
    hostile.mkdir()
    shutil.copyfile(folder / "other" / "rikki.asice", hostile / "x\x1b[2Jy.asice")
    assert main(["--data-dir", str(tmp_path / "d"), "collect", "2022-1", str(hostile)]) == 1
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\\x1b[2J" in out


def test_the_workbook_holds_the_sums_of_the_counted_submissions(
    received: tuple[Path, dict[str, Any]], records: Records, tmp_path: Path
) -> None:
    import openpyxl

    from desktop.collect.outputs import write_picture

    folder, expected = received
    result = collected(records, folder)
    target = tmp_path / "out" / "kooste"
    write_picture(records, result, Register.load(), shipped_catalog(), target, "en")
    book = openpyxl.load_workbook(target.with_suffix(".xlsx"), read_only=True)
    assert book.sheetnames[0] == "Summary"
    national = list(book["Whole country"].iter_rows(values_only=True))
    assert national[0] == (
        "Whole country",
        "Municipalities",
        "Section",
        "Question",
        "Measure",
        "Value",
    )
    rent = [r for r in national if "annual rent" in str(r[3]) and r[4] == "Sum"]
    counted = [o for o in expected["municipalities"].values() if o["status"] == "counted"]
    assert rent and rent[0][5] == sum(o["rent"] for o in counted)
    assert isinstance(rent[0][5], int | float)
    premises = list(book["Premises and assets"].iter_rows(values_only=True))
    assert len(premises) == 1 + len(counted)
    codes = [row[0] for row in premises[1:]]
    assert sorted(codes) == sorted(
        c for c, o in expected["municipalities"].items() if o["status"] == "counted"
    )
    counties = list(book["Wellbeing services county"].iter_rows(values_only=True))
    assert len(counties) > len(national)
    assert (target.parent / "kooste-csv" / "by-national.csv").exists()
    text = subprocess.run(
        ["pdftotext", str(target.with_suffix(".pdf")), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Summary" in text and "Pirkanmaa wellbeing services county" in text
    assert "Sum" in text and "Median" in text
    fonts = subprocess.run(
        ["pdffonts", str(target.with_suffix(".pdf"))], capture_output=True, text=True, check=True
    ).stdout
    assert "Helvetica" not in fonts  # the charts too use the embedded font


def test_a_received_text_is_never_a_formula(tmp_path: Path) -> None:
    import openpyxl

    from desktop.collect.picture import Sheet
    from desktop.collect.spreadsheet import write_csv, write_xlsx

    hostile = '=HYPERLINK("http://x.example","klik")'
    sheet = Sheet("texts", "Texts/[1]", ("a", "b"), [[hostile, 3], ["bell\x07", 2.5]])
    path = write_xlsx([sheet], tmp_path / "t.xlsx")
    rows = list(openpyxl.load_workbook(path).active.iter_rows())
    assert rows[1][0].data_type == "s" and rows[1][0].value == hostile
    assert rows[1][1].value == 3 and rows[2][0].value == "bell\\x07"
    (csv_file,) = write_csv([sheet], tmp_path / "csv")
    assert "'=HYPERLINK" in csv_file.read_text("utf-8-sig")


def test_a_file_replaced_by_a_correction_keeps_the_first_on_record(
    received: tuple[Path, dict[str, Any]], records: Records, tmp_path: Path
) -> None:
    folder, expected = received
    trust.import_csv(records, folder / "trusted.csv", Register.load())
    code = next(c for c, o in expected["municipalities"].items() if o.get("submission") == 2)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    target = inbox / "paketti.asice"
    shutil.copyfile(folder / "packages" / f"2022-1_{code}_1.asice", target)
    first = collect(records, "2022-1", [inbox], workers=1)
    assert first.current()[code].package.submission == 1  # type: ignore[union-attr]
    shutil.copyfile(folder / "packages" / f"2022-1_{code}_2.asice", target)
    again = collect(records, "2022-1", [inbox], workers=1)
    assert again.current()[code].package.submission == 2  # type: ignore[union-attr]
    statuses = sorted(e.status.value for e in again.entries)
    assert statuses == ["current", "replaced"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_among_the_packages_is_refused_without_waiting(
    records: Records, tmp_path: Path
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    os.mkfifo(inbox / "putki.asice")
    result = collect(records, "2022-1", [inbox], workers=1)
    (entry,) = result.entries
    assert entry.status is Status.UNREADABLE
    assert "named pipe" in entry.reason("en")


def test_the_summary_says_when_it_was_made_as_the_coordinator_reads_a_date(
    records: Records, tmp_path: Path
) -> None:
    import re

    import openpyxl

    from desktop.collect.outputs import write_picture
    from desktop.survey.formatting import local

    (tmp_path / "empty").mkdir()
    result = collect(records, "2022-1", [tmp_path / "empty"], workers=1)
    target = tmp_path / "out" / "kooste"
    write_picture(records, result, Register.load(), shipped_catalog(), target, "sv")
    book = openpyxl.load_workbook(target.with_suffix(".xlsx"), read_only=True)
    made = dict(list(book.worksheets[0].iter_rows(values_only=True))[1:3])
    today = local()
    stamp = str(made["Sammanställd"])
    assert re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{4} \d{2}:\d{2}", stamp), stamp
    assert stamp.startswith(f"{today.day}.{today.month}.{today.year} ")  # on the local clock
    text = subprocess.run(
        ["pdftotext", str(target.with_suffix(".pdf")), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "UTC" not in text and f"{today.day}.{today.month}.{today.year}" in text


@pytest.mark.parametrize(
    ("lang", "summary", "removed", "refused"),
    [
        ("fi", "1 tiedosto, 0 kuntaa laskettu", "Poistettu 1 avain", "2 hylättyä."),
        ("sv", "1 fil, 0 kommuner räknade", "1 nyckel borttagen", "2 underkända."),
        ("en", "1 file, 0 municipalities counted", "Removed 1 key ", "2 refused."),
    ],
)
def test_counts_of_one_are_said_in_the_singular(
    received: tuple[Path, dict[str, Any]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    lang: str,
    summary: str,
    removed: str,
    refused: str,
) -> None:
    folder, _ = received
    data = ["--data-dir", str(tmp_path / "d"), "--lang", lang]
    one = tmp_path / "in"
    one.mkdir()
    shutil.copyfile(folder / "other" / "rikki.asice", one / "rikki.asice")
    assert main([*data, "collect", "2022-1", str(one)]) == 1
    assert summary in capsys.readouterr().out
    assert main([*data, "trust", "add", "91", FINGERPRINT]) == 0
    assert main([*data, "trust", "remove", "091"]) == 0
    assert removed in capsys.readouterr().out
    shutil.copyfile(one / "rikki.asice", one / "toinen.asice")
    assert main([*data, "verify", str(one / "rikki.asice"), str(one / "toinen.asice")]) == 1
    assert refused in capsys.readouterr().out


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("fi", "Luettu 1 rivi, 1 uusi avain rekisteröity."),
        ("sv", "1 rad läst, 1 ny nyckel registrerad."),
        ("en", "Read 1 line, registered 1 new key."),
    ],
)
def test_one_imported_key_is_said_in_the_singular(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, said: str
) -> None:
    keys = tmp_path / "keys.csv"
    keys.write_text(f"code,fingerprint\n211,{FINGERPRINT}\n", "utf-8")
    data = ["--data-dir", str(tmp_path / "d"), "--lang", lang]
    assert main([*data, "trust", "import", str(keys)]) == 0
    assert said in capsys.readouterr().out


def test_the_summary_counts_every_file_it_names(
    received: tuple[Path, dict[str, Any]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same package found twice counts once, and the line says so: its numbers add up
    to the files."""
    import re

    folder, _ = received
    data = ["--data-dir", str(tmp_path / "d")]
    assert main([*data, "trust", "import", str(folder / "trusted.csv")]) == 0
    capsys.readouterr()
    assert main([*data, "collect", "2022-1", str(folder)]) == 1
    (line,) = [x for x in capsys.readouterr().out.splitlines() if x.startswith("Kierros 2022-1:")]
    assert "1 kaksoiskappale (sama paketti uudelleen)" in line
    files, *parts = (int(n) for n in re.findall(r"(\d+) ", line.split(":", 1)[1]))
    assert files == sum(parts), line


@pytest.mark.parametrize(
    ("lang", "apart", "refused"),
    [
        ("fi", "1 toisen kierroksen paketti", "0 hylättyä"),
        ("sv", "1 paket från en annan omgång", "0 avvisade"),
        ("en", "1 package of another round", "0 refused"),
    ],
)
def test_a_package_of_another_round_is_counted_apart_not_as_refused(
    received: tuple[Path, dict[str, Any]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    lang: str,
    apart: str,
    refused: str,
) -> None:
    """One inbox holds the packages of several rounds: the others are no rejections."""
    folder, expected = received
    code = expected["roles"]["other_round"]
    inbox = tmp_path / "in"
    inbox.mkdir()
    for found in (
        folder / "packages" / f"2022-1_{code}_1.asice",
        folder / "other" / f"2022-2_{code}_1.asice",
    ):
        shutil.copyfile(found, inbox / found.name)
    data = ["--data-dir", str(tmp_path / "d"), "--lang", lang]
    assert main([*data, "trust", "import", str(folder / "trusted.csv")]) == 0
    capsys.readouterr()
    assert main([*data, "collect", "2022-1", str(inbox)]) == 0
    out = capsys.readouterr().out
    assert "✗" not in out
    other = next(line for line in out.splitlines() if f"2022-2_{code}_1.asice" in line)
    assert other.startswith("– ")
    (line,) = [x for x in out.splitlines() if x.startswith(("Kierros", "Omgång", "Round"))]
    assert apart in line and refused in line


def test_a_file_name_that_is_not_utf8_is_recorded_and_shown_escaped(
    received: tuple[Path, dict[str, Any]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A Latin-1 "ä" in a file name (an old zip tool, a FAT stick): the package still
    counts, and its name is shown as verify shows it."""
    folder, expected = received
    code = expected["roles"]["duplicate"]
    inbox = tmp_path / "in"
    inbox.mkdir()
    name = os.fsdecode(b"2022-1_H\xe4meenlinna.asice")
    shutil.copyfile(folder / "packages" / f"2022-1_{code}_1.asice", inbox / name)
    shutil.copyfile(folder / "other" / "rikki.asice", inbox / os.fsdecode(b"rikki\xe4.asice"))
    data = ["--data-dir", str(tmp_path / "d"), "--lang", "en"]
    assert main([*data, "trust", "import", str(folder / "trusted.csv")]) == 0
    capsys.readouterr()
    assert main([*data, "collect", "2022-1", str(inbox)]) == 1  # the broken one is refused
    out = capsys.readouterr().out
    assert "rikki\\udce4.asice" in out
    assert "2 files, 1 municipality counted" in out
    assert main([*data, "collect", "2022-1", str(inbox)]) == 1  # again: the same
    assert "2 files, 1 municipality counted" in capsys.readouterr().out


def rezipped(source: Path, target: Path) -> None:
    """The same signed files in another zip: other dates, another compression level."""
    import zipfile

    with zipfile.ZipFile(source) as archive:
        items = [(info, archive.read(info)) for info in archive.infolist()]
    with zipfile.ZipFile(target, "w") as out:
        for info, data in items:
            new = zipfile.ZipInfo(info.filename, date_time=(2022, 2, 2, 10, 0, 0))
            new.compress_type = info.compress_type
            new.create_system = info.create_system
            new.external_attr = info.external_attr
            level = 1 if info.compress_type == zipfile.ZIP_DEFLATED else None
            out.writestr(new, data, compresslevel=level)
    assert source.read_bytes() != target.read_bytes()


def test_a_rezipped_copy_is_the_same_package_not_a_conflict(
    received: tuple[Path, dict[str, Any]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Anyone holding a copy could otherwise knock a municipality out without any key."""
    folder, expected = received
    code = expected["roles"]["duplicate"]
    inbox = tmp_path / "in"
    inbox.mkdir()
    original = inbox / f"2022-1_{code}_1.asice"
    shutil.copyfile(folder / "packages" / original.name, original)
    rezipped(original, inbox / f"2022-1_{code}_1 (uudelleen pakattu).asice")
    data = ["--data-dir", str(tmp_path / "d"), "--lang", "en"]
    assert main([*data, "trust", "import", str(folder / "trusted.csv")]) == 0
    capsys.readouterr()
    assert main([*data, "collect", "2022-1", str(inbox)]) == 0
    out = capsys.readouterr().out
    assert "neither is counted" not in out
    assert "2 files, 1 municipality counted" in out and "1 duplicate" in out
    with Records.open(tmp_path / "d" / "coordinator.sqlite") as records:
        result = standing(records, "2022-1", Register.load())
    (entry,) = result.entries
    assert entry.status is Status.CURRENT and len(entry.paths) == 2


def test_a_rezipped_copy_of_a_correction_keeps_the_correction_counted(
    received: tuple[Path, dict[str, Any]], records: Records, tmp_path: Path
) -> None:
    folder, expected = received
    code = next(c for c, o in expected["municipalities"].items() if o.get("submission") == 2)
    inbox = tmp_path / "in"
    inbox.mkdir()
    for number in (1, 2):
        shutil.copyfile(
            folder / "packages" / f"2022-1_{code}_{number}.asice",
            inbox / f"2022-1_{code}_{number}.asice",
        )
    rezipped(inbox / f"2022-1_{code}_2.asice", inbox / f"2022-1_{code}_2 kopio.asice")
    trust.import_csv(records, folder / "trusted.csv", Register.load())
    result = collect(records, "2022-1", [inbox], workers=2)
    assert result.current()[code].package.submission == 2  # type: ignore[union-attr]
    assert sorted(e.status.value for e in result.entries) == ["current", "replaced"]
    assert not [e for e in result.entries if e.status is Status.CONFLICT]


def test_two_different_signed_packages_with_one_number_are_still_a_conflict(
    received: tuple[Path, dict[str, Any]], records: Records, tmp_path: Path
) -> None:
    folder, expected = received
    code = expected["roles"]["conflict"]
    inbox = tmp_path / "in"
    inbox.mkdir()
    for found in (folder / "packages").glob(f"2022-1_{code}_2*.asice"):
        shutil.copyfile(found, inbox / found.name)
        rezipped(found, inbox / f"kopio {found.name}")
    trust.import_csv(records, folder / "trusted.csv", Register.load())
    result = collect(records, "2022-1", [inbox], workers=2)
    conflicts = [e for e in result.entries if e.status is Status.CONFLICT]
    assert len(conflicts) == 2 and all(len(e.paths) == 2 for e in conflicts)


def test_a_coordinator_database_of_version_1_is_upgraded_keeping_its_records(
    tmp_path: Path,
) -> None:
    from desktop.collect.records import VERSION

    database = tmp_path / "coordinator.sqlite"
    shutil.copyfile(Path(__file__).parent / "fixtures/databases/coordinator-v1.sqlite", database)
    with Records.open(database) as records:
        result = standing(records, "2022-1", Register.load())
        assert sorted(result.current()) == ["098", "165"]
        assert result.current()["098"].package.submission == 2  # type: ignore[union-attr]
        assert len(result.entries) == 5
    with sqlite3.connect(database) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == VERSION > 1


def test_a_municipalitys_files_are_forgotten_and_counted_again_when_collected(
    received: tuple[Path, dict[str, Any]], records: Records
) -> None:
    """What the window's "Forget received packages…" does: every file of one municipality
    forgotten (its correction and the first package it replaced), the others kept, and the
    files themselves left in place, so collecting the folder again counts it again."""
    from desktop.collect.collecting import forget_municipality, municipality_files

    folder, expected = received
    code = next(
        c for c, o in sorted(expected["municipalities"].items()) if o.get("submission") == 2
    )
    first = collected(records, folder)
    files = municipality_files(records, "2022-1", code)
    assert [Path(f).name for f in files] == [f"2022-1_{code}_1.asice", f"2022-1_{code}_2.asice"]
    assert forget_municipality(records, "2022-1", code) == files
    after = standing(records, "2022-1", Register.load())
    assert code not in after.current()
    assert set(after.current()) == set(first.current()) - {code}
    assert all(Path(f).is_file() for f in files)
    again = collect(records, "2022-1", [folder], workers=1)
    assert again.current()[code].package.submission == 2  # type: ignore[union-attr]
