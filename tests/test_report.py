"""The PDF report, read back as a recipient would: with poppler's pdftotext and pdfinfo."""

from __future__ import annotations

import copy
import json
import re
import shutil
import subprocess
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from desktop.export import render_report
from desktop.i18n import Lang, pick
from desktop.i18n import text as text_of
from desktop.municipalities import Register
from desktop.paths import resources_dir
from desktop.signing.fingerprints import fingerprint_lines
from desktop.storage import Profile
from desktop.survey import Kind, Round, shipped_catalog, validate_round

ROUND = "2022-1"
FINGERPRINT = "3F2A9C01" + "B4E7D2A8" * 7
HELSINKI = timezone(timedelta(hours=2))
GENERATED = datetime(2022, 2, 10, 14, 5, tzinfo=HELSINKI)


@pytest.fixture(scope="module", autouse=True)
def _poppler() -> None:
    missing = [tool for tool in ("pdftotext", "pdfinfo", "pdftoppm") if not shutil.which(tool)]
    if missing:
        pytest.fail(f"{', '.join(missing)} not found: install Debian's poppler-utils")


def demo_answers(round_id: str, code: str) -> dict[str, Any]:
    data = json.loads((resources_dir() / "demo" / f"answers-{round_id}.json").read_text("utf-8"))
    answers: dict[str, Any] = copy.deepcopy(data["answers"])
    # As Workbook.answers gives them: the municipality comes from the profile.
    answers.setdefault("background", {})["municipality"] = code
    return answers


def render(
    answers: dict[str, Any],
    *,
    code: str = "148",
    lang: Lang = "fi",
    draft: bool = False,
    round_id: str = ROUND,
    generated_at: datetime = GENERATED,
    signer: str = "Anna Mäkelä",
    profile: Profile | None = None,
    submission: int | None = None,
) -> bytes:
    rnd = shipped_catalog().round(round_id)
    profile = profile or Profile(
        code, "Anna Mäkelä", "Talousjohtaja", "anna.makela@example.fi", "040 123 4567", "0190064-7"
    )
    return render_report(
        rnd,
        answers,
        profile,
        Register.load().get(code),
        lang=lang,
        signer_name=signer,
        fingerprint=FINGERPRINT,
        generated_at=generated_at,
        draft=draft,
        generator_version="0.1.0",
        submission=submission,
    )


def pdf_text(pdf: bytes, tmp_path: Path, *, page: int | None = None) -> str:
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    pages = ["-f", str(page), "-l", str(page)] if page else []
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *pages, str(path), "-"],
        capture_output=True,
        check=True,
        text=True,
    )
    return result.stdout


def flat(text: str) -> str:
    """Text with every run of white space (line breaks, no-break spaces) as one space."""
    return " ".join(text.replace("\u00a0", " ").split())


def pdf_info(pdf: bytes, tmp_path: Path) -> dict[str, str]:
    path = tmp_path / "info.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(
        ["pdfinfo", "-enc", "UTF-8", "-isodates", str(path)],
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


def page_count(pdf: bytes, tmp_path: Path) -> int:
    return int(pdf_info(pdf, tmp_path)["Pages"])


def visible_titles(rnd: Round, answers: dict[str, Any], lang: Lang) -> list[str]:
    return [
        field.title(lang)
        for section in rnd.sections
        for field in section.visible_fields(answers.get(section.id, {}))
    ]


def test_full_round_has_cover_questions_tables_pages_and_summary(tmp_path: Path) -> None:
    answers = demo_answers(ROUND, "148")
    pdf = render(answers)
    text = flat(pdf_text(pdf, tmp_path))
    rnd = shipped_catalog().round(ROUND)
    pages = page_count(pdf, tmp_path)
    assert pages >= 3

    # Cover: the municipality with its Sámi names, county, round, people, time, key, generator.
    assert "Inari – Anár – Aanaar – Aanar (148)" in text
    assert "Lapin hyvinvointialue" in text
    assert pick(rnd.title, "fi") in text
    assert "17.1.2022 – 15.2.2022" in text
    assert "Kuntaliitto Valtiovarainministeriö Sosiaali- ja terveysministeriö" in text
    # The contact is the round's respondent (filled from the profile, changeable per round).
    assert "Anna Mäkelä Talousjohtaja anna.makela@kangasala.example 040 123 4567" in text
    assert "0190064-7" in text
    assert "10.2.2022 14:05" in text
    assert " ".join(fingerprint_lines(FINGERPRINT)) in text
    assert "3F2A 9C01 B4E7 D2A8" in text
    assert "Tilannekuva 0.1.0" in text

    # Every question shown in the form, in form order, and the section headings.
    for number, section in enumerate(rnd.sections, start=1):
        assert f"{number}. {pick(section.title, 'fi')}" in text
    for title in visible_titles(rnd, answers, "fi"):
        if shipped_field_kind(rnd, title) is not Kind.TABLE:
            assert title in text, title
    # Repeated rows: the table's question, its column headers and its cells.
    premises = rnd.section("premises")
    assert premises is not None
    table = premises.field("premises")
    assert table is not None
    assert table.title("fi") in text
    for column in table.columns:
        for word in column.title("fi").split():
            assert word in text, column.key
    assert "Kangasalan paloasema" in text
    assert "Pirkanmaan sairaanhoitopiirin kuntayhtymä" in text
    assert "6 800" in text
    assert "Terveyskeskus tai terveysasema" in text  # a choice cell shown by its label
    assert "3 100 000 €" in text
    assert "4.4.2022" in text

    # Footer on every page with the right total, header with round and municipality.
    assert "sivu 1 / " + str(pages) in text
    assert f"sivu {pages} / {pages}" in text
    for page in range(1, pages + 1):
        assert f"sivu {page} / {pages}" in flat(pdf_text(pdf, tmp_path, page=page))
    assert "2022-1 · Inari – Anár – Aanaar – Aanar" in flat(pdf_text(pdf, tmp_path, page=2))

    # The validation summary closes the report.
    assert text.rindex("Tarkistuksen tulos") > text.index("5. Muutostuki")
    assert "Vastauksista ei löytynyt puutteita." in text


def shipped_field_kind(rnd: Round, title: str) -> Kind | None:
    for section in rnd.sections:
        for field in section.fields:
            if field.title("fi") == title:
                return field.kind
    return None


@pytest.mark.parametrize(
    ("code", "names"),
    [
        ("148", ["Inari", "Anár", "Aanaar", "Aanar"]),
        ("890", ["Utsjoki", "Ohcejohka", "Uccjuuhâ"]),
        ("758", ["Sodankylä", "Soađegilli", "Suáđigil", "Suäʹđjel"]),
        ("047", ["Enontekiö", "Eanodat"]),
    ],
)
def test_sami_names_print(code: str, names: list[str], tmp_path: Path) -> None:
    pdf = render(demo_answers(ROUND, code), code=code)
    cover = flat(pdf_text(pdf, tmp_path, page=1))
    assert " – ".join(names) in cover
    assert " – ".join(names) in flat(pdf_text(pdf, tmp_path, page=2))  # the page header


def test_fonts_are_embedded_and_licence_is_shipped(tmp_path: Path) -> None:
    path = tmp_path / "fonts.pdf"
    path.write_bytes(render(demo_answers(ROUND, "148")))
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, check=True, text=True)
    rows = fonts.stdout.splitlines()[2:]
    assert rows, fonts.stdout
    assert all(" yes yes yes " in row and "DejaVuSans" in row for row in rows), fonts.stdout
    folder = resources_dir() / "fonts"
    licence = (folder / "LICENSE-DejaVu.txt").read_text("utf-8")
    assert "Bitstream Vera" in licence
    assert "Arev" in licence
    assert (folder / "DejaVuSans.ttf").is_file()
    assert (folder / "DejaVuSans-Bold.ttf").is_file()


def test_hidden_follow_ups_are_left_out(tmp_path: Path) -> None:
    answers = demo_answers(ROUND, "148")
    premises = answers["premises"]
    # Triggers changed after the follow-ups were typed: their values stay stored but hidden.
    premises["lease_status"] = "signed"
    premises["lease_not_started_reason"] = "Piilotettu perustelu 7319"
    premises["movable_inventory_done"] = True
    premises["movable_inventory_planned_date"] = "2022-04-30"
    support = answers["change_support"]
    support["support_needed"] = ["hr_transfer"]
    support["ict_support_details"] = "Piilotettu tukitarve 4471"
    text = flat(pdf_text(render(answers), tmp_path))
    rnd = shipped_catalog().round(ROUND)
    for section_id, key in [
        ("premises", "lease_not_started_reason"),
        ("premises", "lease_planned_date"),
        ("premises", "movable_inventory_planned_date"),
        ("change_support", "ict_support_details"),
    ]:
        section = rnd.section(section_id)
        assert section is not None
        field = section.field(key)
        assert field is not None
        assert field.title("fi") not in text, key
    assert "Piilotettu perustelu 7319" not in text
    assert "Piilotettu tukitarve 4471" not in text
    assert "30.4.2022" not in text
    assert "4.4.2022" not in text
    # A follow-up whose trigger holds is printed.
    assert "Keneltä kunta ensisijaisesti toivoo tukea?" in text
    assert "Kehyskuntaverkosto ja Tampereen kaupunkiseudun" in text


def test_unanswered_questions_and_problems_are_listed(tmp_path: Path) -> None:
    answers = demo_answers(ROUND, "148")
    del answers["background"]["respondent_title"]
    answers["background"]["respondent_email"] = "ei sähköpostiosoite"
    answers["premises"]["premises"][1]["floor_area"] = -5
    del answers["contracts"]
    rnd = shipped_catalog().round(ROUND)
    problems = validate_round(rnd, answers)
    assert len(problems) >= 4
    pdf = render(answers)
    text = flat(pdf_text(pdf, tmp_path))
    assert "Tehtävänimike — (vastaamatta)" in text
    assert f"Vastauksista löytyi {len(problems)} puutetta." in text
    summary = text[text.rindex("Tarkistuksen tulos") :]
    for problem in problems:
        assert flat(problem.describe("fi")) in summary
    for section_id in ("background", "premises", "contracts"):
        section = rnd.section(section_id)
        assert section is not None
        assert pick(section.title, "fi") in summary
    assert f"{len(problems)} puutetta" in flat(pdf_text(pdf, tmp_path, page=1))


def test_swedish_report_has_swedish_labels(tmp_path: Path) -> None:
    answers = demo_answers(ROUND, "148")
    pdf = render(answers, lang="sv")
    text = flat(pdf_text(pdf, tmp_path))
    pages = page_count(pdf, tmp_path)
    rnd = shipped_catalog().round(ROUND)
    assert "Kommunens svar" in text
    assert "Enare – Anár – Aanaar – Aanar (148)" in text
    assert "Lapplands välfärdsområde" in text
    for label in (
        "Välfärdsområde",
        "Svarstid",
        "Kontaktperson",
        "Undertecknare",
        "Kontrollresultat",
    ):
        assert label in text
    assert f"sida 1 / {pages}" in text
    assert f"sida {pages} / {pages}" in text
    for section in rnd.sections:
        assert pick(section.title, "sv") in text
    premises = rnd.section("premises")
    assert premises is not None
    question = premises.field("lease_status")
    assert question is not None
    assert question.title("sv") in text
    # (the answers themselves are in Finnish; the report's own texts are not)
    for finnish in (
        "Vastausaika",
        "Lapin hyvinvointialue",
        "sivu 1",
        "vastaamatta",
        "Tarkistuksen",
    ):
        assert finnish not in text


def test_english_report_pages(tmp_path: Path) -> None:
    pdf = render(demo_answers(ROUND, "148"), lang="en")
    text = flat(pdf_text(pdf, tmp_path))
    pages = page_count(pdf, tmp_path)
    assert f"page 1 / {pages}" in text
    assert "Wellbeing services county" in text
    assert "Validation summary" in text


def _red_pixels(pdf: bytes, tmp_path: Path, page: int) -> int:
    path = tmp_path / "draft.pdf"
    path.write_bytes(pdf)
    prefix = tmp_path / f"page{page}"
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "20",
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            str(path),
            str(prefix),
        ],
        check=True,
    )
    with Image.open(f"{prefix}.png") as image:
        rgb = image.convert("RGB")
        data = rgb.tobytes()
    # The watermark is a light translucent red: clearly redder than grey or blue ink.
    return sum(
        1
        for i in range(0, len(data), 3)
        if data[i] > data[i + 1] + 12 and data[i] > data[i + 2] + 12
    )


@pytest.mark.parametrize(("lang", "word"), [("fi", "LUONNOS"), ("sv", "UTKAST"), ("en", "DRAFT")])
def test_draft_is_watermarked_on_every_page(lang: Lang, word: str, tmp_path: Path) -> None:
    answers = demo_answers(ROUND, "148")
    draft = render(answers, lang=lang, draft=True)
    final = render(answers, lang=lang)
    pages = page_count(draft, tmp_path)
    for page in range(1, pages + 1):
        assert word in pdf_text(draft, tmp_path, page=page)
        # The diagonal word: a large translucent red area in the middle of the page.
        assert _red_pixels(draft, tmp_path, page) > 1000
    assert word not in pdf_text(final, tmp_path)
    assert _red_pixels(final, tmp_path, 2) == 0


HOSTILE = [
    "<b>lihava</b> & <i>kursiivi",
    "<font name=x>",
    "<font name='Courier' size=40>iso</font>",
    "<para>avoin <b>tagi & &amp; &lt; &#x41; ]]>",
    "<img src='x'/> <br> <a href=\"javascript:alert(1)\">linkki",
    "</td></tr></table>",
]


def test_hostile_answer_text_is_printed_literally(tmp_path: Path) -> None:
    answers = demo_answers(ROUND, "148")
    background = answers["background"]
    background["respondent_name"] = HOSTILE[0]
    background["respondent_title"] = HOSTILE[1]
    premises = answers["premises"]
    premises["premises"][0]["building"] = HOSTILE[2]
    premises["lease_not_started_reason"] = HOSTILE[3] + "\nrivi kaksi\x00\x07\ud800"
    answers["change_support"]["other_needs"] = HOSTILE[4]
    answers["contracts"]["contracts_by_kind"][0]["details"] = HOSTILE[5]
    profile = Profile("148", "<b>Yhteys</b>", "<i>", "a&b@example.fi", "<br/>", "")
    pdf = render(answers, profile=profile, signer="Matti <Meikäläinen> & co")
    text = flat(pdf_text(pdf, tmp_path))
    for hostile in HOSTILE:
        assert flat(hostile) in text, hostile
    assert "rivi kaksi" in text
    assert "Matti <Meikäläinen> & co" in text
    # Without a respondent in the round, the cover names the profile's contact: literally too.
    for key in ("respondent_name", "respondent_title"):
        del background[key]
    del background["respondent_email"], background["respondent_phone"]
    text = flat(pdf_text(render(answers, profile=profile), tmp_path))
    assert "<b>Yhteys</b> <i> a&b@example.fi <br/>" in text


def test_huge_answers_flow_over_pages(tmp_path: Path) -> None:
    answers = demo_answers(ROUND, "148")
    long_text = " ".join(f"sana{i}" for i in range(6000))
    answers["change_support"]["other_needs"] = long_text + " " + "x" * 5000 + " loppu"
    answers["premises"]["premises"][0]["building"] = "Rakennus " * 1500 + "viimeinen"
    answers["premises"]["premises"] += [
        {"building": f"Lisärakennus {i}", "use": "other", "ownership": "own", "floor_area": i}
        for i in range(200)
    ]
    pdf = render(answers)
    text = flat(pdf_text(pdf, tmp_path))
    pages = page_count(pdf, tmp_path)
    assert pages > 10
    assert "sana0 sana1" in text
    assert "sana5999" in text
    assert "loppu" in text
    assert "viimeinen" in text
    assert "Lisärakennus 199" in text
    assert f"sivu {pages} / {pages}" in text


def test_empty_answers_render(tmp_path: Path) -> None:
    pdf = render({})
    text = flat(pdf_text(pdf, tmp_path))
    assert "— (vastaamatta)" in text
    assert re.search(r"Vastauksista löytyi \d+ puutetta\.", text)


def test_same_input_gives_same_bytes_and_metadata(tmp_path: Path) -> None:
    answers = demo_answers(ROUND, "148")
    first = render(answers)
    assert render(answers) == first
    assert render(answers, generated_at=GENERATED + timedelta(minutes=1)) != first
    info = pdf_info(first, tmp_path)
    assert info["Author"] == "Inari – Anár – Aanaar – Aanar"
    assert info["Title"] == "Sote-uudistuksen toimeenpanon tilannekuvakysely 1/2022 – Inari"
    assert info["Subject"] == "Inari: vastaukset tilannekuvakyselyyn 2022-1"
    assert info["Creator"] == "Tilannekuva 0.1.0"
    assert info["CreationDate"].startswith("2022-02-10T14:05:00+02")
    assert b"/Lang (fi-FI)" in first
    assert b"/Lang (sv-FI)" in render(answers, lang="sv")


def test_fingerprint_lines() -> None:
    lines = fingerprint_lines(FINGERPRINT.lower())
    assert lines == [
        "3F2A 9C01 B4E7 D2A8 B4E7 D2A8 B4E7 D2A8",
        "B4E7 D2A8 B4E7 D2A8 B4E7 D2A8 B4E7 D2A8",
    ]
    spaced = " ".join(lines)
    assert fingerprint_lines(spaced) == lines
    assert fingerprint_lines(spaced.replace(" ", ":")) == lines
    assert fingerprint_lines("not hex") == ["not hex"]


@pytest.mark.parametrize(
    ("lang", "none"), [("fi", "Ei siirtyviä toimitiloja"), ("sv", "Inga lokaler som övergår")]
)
def test_a_table_answered_none_prints_its_none_and_totals_print_marked_computed(
    tmp_path: Path, lang: Lang, none: str
) -> None:
    answers = demo_answers("2022-3", "148")
    answers["premises"]["premises"] = []
    text = " ".join(pdf_text(render(answers, round_id="2022-3", lang=lang), tmp_path).split())
    assert none in text
    computed = {
        "fi": "Henkilömäärä yhteensä (laskettu)",
        "sv": "Antal personer sammanlagt (beräknat)",
    }
    assert computed[lang] in text


@pytest.mark.parametrize(
    ("lang", "yes", "no"), [("fi", "Kyllä", "Ei"), ("sv", "Ja", "Nej"), ("en", "Yes", "No")]
)
def test_yes_and_no_print_as_the_form_says_them(
    lang: Lang, yes: str, no: str, tmp_path: Path
) -> None:
    # The form's buttons say "Kyllä" and "Ei"; the report said "kyllä" and "ei".
    answers = demo_answers(ROUND, "148")
    rnd = shipped_catalog().round(ROUND)
    premises = rnd.section("premises")
    assert premises is not None
    text = flat(pdf_text(render(answers, lang=lang), tmp_path))
    for key, word in (("model_lease_used", yes), ("movable_inventory_done", no)):
        field = premises.field(key)
        assert field is not None
        assert f"{field.title(lang)} {word} " in text, key
    area = "6,800" if lang == "en" else "6 800"
    assert f" {area} {no} " in text  # a table's yes/no cell


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_a_total_of_nothing_answered_prints_a_dash_not_zero(tmp_path: Path, lang: Lang) -> None:
    answers = demo_answers("2022-3", "148")
    del answers["premises"]["premises"]
    text = flat(pdf_text(render(answers, round_id="2022-3", lang=lang), tmp_path))
    rnd = shipped_catalog().round("2022-3")
    premises = rnd.section("premises")
    assert premises is not None
    computed = text_of("survey.value.computed", lang)
    for item in premises.computed:
        assert f"{pick(item.label, lang)} ({computed}) – " in text, item.id
    assert "0,00 €" not in text and "0.00 €" not in text
