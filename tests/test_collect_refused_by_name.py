"""A municipality whose received file was refused before the package said whose it is (a
damaged zip, a CRC error) is told as one whose package was refused, where the file's name
names it (``2022-1_837_tampere_1.asice``, as the program names the files it writes): not as
one that sent nothing. The name is a hint only: the code must be the register's, the file's
name is shown as data, and a municipality with a counted package stays counted."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.collect.overview import Answer, municipality_lines, named_code, summarise
from desktop.collect.standing import Entry, Standing, Status
from desktop.i18n import LANGS, Lang
from desktop.municipalities import Register

CRC = {lang: f"CRC ({lang})" for lang in LANGS}
REFUSED_BY_NAME = {
    "fi": ("2022-1_837_tampere_1.asice", "hylättiin", "tiedostonimen mukaan"),
    "sv": ("2022-1_837_tampere_1.asice", "avvisades", "enligt filnamnet"),
    "en": ("2022-1_837_tampere_1.asice", "was refused", "by its name"),
}


def _refused(path: str) -> Entry:
    return Entry((path,), Status.UNREADABLE, None, CRC)


def _line(lines: list, code: str):  # type: ignore[no-untyped-def,type-arg]
    (found,) = [line for line in lines if line.code == code]
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_a_file_refused_before_it_told_its_municipality_is_told_by_its_name(lang: Lang) -> None:
    register = Register.load()
    result = Standing("2022-1", (_refused("/in/2022-1_837_tampere_1.asice"),))
    lines = municipality_lines(result, register, lang)
    tampere = _line(lines, "837")
    assert tampere.answer is Answer.REFUSED
    for said in REFUSED_BY_NAME[lang]:
        assert said in tampere.reason, tampere.reason
    assert CRC[lang] in tampere.reason
    assert tampere.by_file_name
    assert _line(lines, "091").answer is Answer.MISSING  # nothing named it


def test_a_name_is_only_a_hint_of_a_municipality_in_the_register() -> None:
    register = Register.load()
    result = Standing(
        "2022-1",
        (
            _refused("/in/2022-1_999_nowhere_1.asice"),  # no such municipality
            _refused("/in/notes_2022.asice"),  # no code at all
            _refused("/in/2022-1_091_<b>x.asice"),
        ),
    )
    lines = municipality_lines(result, register, "en")
    assert not [line for line in lines if line.code == "999"]
    helsinki = _line(lines, "091")
    assert helsinki.answer is Answer.REFUSED
    assert "2022-1_091_<b>x.asice" in helsinki.reason  # the name as data, not markup
    assert named_code("2022-1_837_tampere_1.asice", register) == "837"
    assert named_code("tampere-837.asice", register) == "837"
    assert named_code("2022-1_999_x.asice", register) is None
    assert named_code("20221_x.asice", register) is None


def test_the_counts_tell_how_many_missing_municipalities_had_a_package_refused() -> None:
    register = Register.load()
    result = Standing(
        "2022-1",
        (_refused("/in/2022-1_837_tampere_1.asice"), _refused("/in/2022-1_091_x.asice")),
    )
    counts = summarise(result, register)
    assert counts.refused == 2
    assert counts.refused_municipalities == 2
    assert counts.missing == len([m for m in register if not m.outside_reform])


@pytest.mark.parametrize(
    ("lang", "row"),
    [
        ("fi", "– joista paketti hylättiin,1"),
        ("sv", "– varav paketet avvisades,1"),
        ("en", "– of which the package was refused,1"),
    ],
)
def test_the_summary_csv_and_pdf_tell_the_missing_whose_package_was_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, row: str
) -> None:
    from desktop import cli

    folder = tmp_path / "received"
    folder.mkdir()
    (folder / "2022-1_837_tampere_1.asice").write_bytes(b"junk")
    out = tmp_path / "picture"
    data = ["--data-dir", str(tmp_path / "data"), "--lang", lang]
    code = cli.main([*data, "collect", "2022-1", str(folder), "--out", str(out)])
    assert code == 1, capsys.readouterr()  # a file was refused
    summary = (tmp_path / "picture-csv" / "summary.csv").read_text(encoding="utf-8-sig")
    assert row in summary.splitlines(), summary
    from tests.test_picture_limits import pdf_text

    assert row.split(",")[0] in pdf_text(out.with_suffix(".pdf"))


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("fi", "837  Tampere – paketti hylättiin (2022-1_837_tampere_1.asice)"),
        ("sv", "837  Tammerfors – paketet avvisades (2022-1_837_tampere_1.asice)"),
        ("en", "837  Tampere – the package was refused (2022-1_837_tampere_1.asice)"),
    ],
)
def test_missing_tells_a_municipality_whose_package_was_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, said: str
) -> None:
    from desktop import cli

    folder = tmp_path / "received"
    folder.mkdir()
    (folder / "2022-1_837_tampere_1.asice").write_bytes(b"junk")
    data = ["--data-dir", str(tmp_path / "data"), "--lang", lang]
    cli.main([*data, "collect", "2022-1", str(folder)])
    capsys.readouterr()
    assert cli.main([*data, "missing", "2022-1"]) == 0
    out = capsys.readouterr().out
    assert said in out, out
