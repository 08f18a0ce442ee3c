"""Each kind of question's input, the table model, and the first-run profile dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.jsonvalue import JSONValue
from desktop.municipalities import Register
from desktop.survey import Field, Kind, shipped_catalog
from desktop.survey.values import AnswerError
from desktop.ui.form.fields import make_editor
from desktop.ui.form.fields.lines import DateEditor, NumberEditor
from desktop.ui.form.fields.table_model import VALUE_ROLE, RowsModel
from desktop.ui.shell.profile_dialog import ProfileDialog
from tests.ui.user import TYPED, type_text


def question(section: str, key: str, round_id: str = "2022-1") -> Field:
    found = shipped_catalog().round(round_id).section(section)
    assert found is not None
    field = found.field(key)
    assert field is not None
    return field


# (section, question, an answer) for every kind the 2022 rounds use
SAMPLES: list[tuple[str, str, JSONValue]] = [
    ("background", "respondent_name", "Anna Mäkelä"),
    ("background", "respondent_email", "anna@kangasala.fi"),
    ("background", "respondent_phone", "040 123 4567"),
    ("background", "networks", ["frame_municipalities", "none"]),
    ("background", "municipality", "211"),
    ("premises", "lease_status", "signed"),
    ("premises", "lease_not_started_reason", "Pitkä\nselitys"),
    ("premises", "lease_planned_date", "2022-04-01"),
    ("premises", "model_lease_used", False),
    ("premises", "estimated_annual_rent", 1250000.5),
    ("premises", "area_to_give_up", 120),
    ("contracts", "contracts_to_split", 7),
    ("premises", "premises", [{"building": "Terveyskeskus", "floor_area": 6800}]),
]


def _question_of(kind: Kind) -> Field:
    """The first question of ``kind`` in the shipped rounds."""
    for rnd in shipped_catalog().ordered_rounds():
        for section in rnd.sections:
            for field in section.fields:
                if field.kind is kind:
                    return field
    raise AssertionError(f"no shipped question is of kind {kind}")


@pytest.mark.parametrize("kind", list(Kind), ids=str)
def test_every_kind_opens_an_input_that_gives_back_its_answer(qtbot: QtBot, kind: Kind) -> None:
    field = _question_of(kind)
    answers = [v for s, k, v in SAMPLES if question(s, k).kind is kind]
    assert answers, f"SAMPLES has no answer of kind {kind}"
    editor = make_editor(field, "fi")
    qtbot.addWidget(editor)
    assert editor.field is field
    for answer in answers:
        editor.set_value(answer)
        assert editor.value() == answer
    if kind in TYPED:  # typed as a person types it, read back as its answer
        text, answer = TYPED[kind]
        editor.set_value(None)
        type_text(qtbot, editor.focus_widget(), text)
        assert editor.value() == answer


@pytest.mark.parametrize(("section", "key", "value"), SAMPLES, ids=[s[1] for s in SAMPLES])
def test_value_in_is_value_out(qtbot: QtBot, section: str, key: str, value: JSONValue) -> None:
    editor = make_editor(question(section, key), "fi")
    qtbot.addWidget(editor)
    with qtbot.assertNotEmitted(editor.changed):
        editor.set_value(value)
    assert editor.value() == value
    editor.set_value(None)
    assert editor.value() in (None, value if key == "municipality" else None)
    editor.set_error("Korjaa tämä.")
    assert editor.error() == "Korjaa tämä."
    assert editor.focus_widget().toolTip() == "Korjaa tämä."
    editor.set_error(None)
    assert editor.error() is None


def test_numbers_take_the_finnish_decimal_comma_and_show_the_unit(qtbot: QtBot) -> None:
    editor = make_editor(question("premises", "area_to_give_up"), "fi")
    qtbot.addWidget(editor)
    assert isinstance(editor, NumberEditor)
    assert editor.unit is not None and editor.unit.text() == "m²"
    with qtbot.waitSignal(editor.changed):
        type_text(qtbot, editor.line, "1 250,75")
    assert editor.value() == 1250.75
    editor.line.setText("12,5,3")
    with pytest.raises(AnswerError) as refused:
        editor.value()
    assert "ei ole luku" in refused.value.message("fi")
    money = make_editor(question("premises", "estimated_annual_rent"), "fi")
    qtbot.addWidget(money)
    money.set_value(2500.5)
    assert money.focus_widget().text() == "2\u00a0500,50"  # type: ignore[attr-defined]


def test_dates_are_written_day_month_year(qtbot: QtBot) -> None:
    editor = make_editor(question("premises", "lease_planned_date"), "fi")
    qtbot.addWidget(editor)
    assert isinstance(editor, DateEditor)
    editor.set_value("2022-03-01")
    assert editor.line.text() == "1.3.2022"
    assert editor.line.placeholderText() == "p.k.vvvv"
    editor.line.setText("31.2.2022")
    with pytest.raises(AnswerError):
        editor.value()


def test_yes_no_can_be_taken_back_from_the_keyboard(qtbot: QtBot) -> None:
    editor = make_editor(question("premises", "model_lease_used"), "fi")
    qtbot.addWidget(editor)
    editor.set_value(True)
    with qtbot.waitSignal(editor.changed):
        qtbot.keyClick(editor.yes, Qt.Key.Key_Delete)
    assert editor.value() is None


def test_a_read_only_question_is_not_typed_into(qtbot: QtBot) -> None:
    # The form hands the editor the workbook's register, which names the municipality.
    editor = make_editor(question("background", "municipality"), "sv", register=Register.load)
    qtbot.addWidget(editor)
    editor.set_value("091")
    line = editor.focus_widget()
    qtbot.waitUntil(lambda: line.text() == "Helsingfors (091)")  # type: ignore[attr-defined]
    assert editor.focus_widget().isReadOnly()  # type: ignore[attr-defined]


def rows_model() -> RowsModel:
    model = RowsModel(question("premises", "premises"), "fi")
    model.set_rows(
        [
            {
                "building": "Terveyskeskus",
                "use": "health_centre",
                "floor_area": 6800,
                "shared": False,
            },
            {"building": "Paloasema", "use": "fire_station"},
        ]
    )
    return model


def test_the_table_model_passes_qt_s_model_checks(qtmodeltester: ModelTester) -> None:
    model = rows_model()
    qtmodeltester.check(model, force_py=True)
    model.append_row()
    model.setData(model.index(2, 0), "Uusi rivi")
    model.setData(model.index(2, 3), "12,5")
    model.removeRows(0, 1)
    model.set_problems({(0, "ownership"): "Vastaa tähän kysymykseen."})
    model.set_lang("sv")
    assert model.rowCount() == 2


def test_the_table_model_shows_and_parses_cells() -> None:
    model = rows_model()
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Pinta-ala (m²)"
    assert model.index(0, 1).data() == "Terveyskeskus tai terveysasema"
    assert model.index(0, 3).data() == "6\u00a0800"
    assert model.index(0, 4).data() == "Ei"  # as the yes/no buttons say it
    assert model.index(0, 1).data(VALUE_ROLE) == "health_centre"
    edited: list[tuple[int, str]] = []
    model.cell_edited.connect(lambda row, key: edited.append((row, key)))
    assert model.setData(model.index(1, 3), "1 250,5")
    assert model.rows[1]["floor_area"] == 1250.5
    assert model.setData(model.index(1, 3), "")
    assert "floor_area" not in model.rows[1]
    assert model.setData(model.index(1, 3), "iso")
    assert model.index(1, 3).data() == "iso"
    assert "ei ole luku" in model.index(1, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert edited == [(1, "floor_area"), (1, "floor_area")]  # the refused text is not stored


def test_the_municipality_is_found_by_name_swedish_name_sami_name_and_code(qtbot: QtBot) -> None:
    dialog = ProfileDialog(Register.load(), "fi")
    qtbot.addWidget(dialog)
    picker = dialog.municipality
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    for typed, expected in (
        ("kanga", "Kangasala (211)"),
        ("Helsingfors", "Helsinki (091)"),
        ("Anár", "Inari – Anár – Aanaar – Aanar (148)"),
        ("211", "Kangasala (211)"),
    ):
        picker.clear()
        picker.setFocus()
        type_text(qtbot, picker, typed)
        assert expected in picker.suggestions.stringList(), typed
    picker.completer_.activated.emit("Kangasala (211)")
    assert ok.isEnabled()
    type_text(qtbot, dialog.name, "Anna Mäkelä")
    profile = dialog.profile()
    assert profile is not None
    assert (profile.municipality_code, profile.contact_name) == ("211", "Anna Mäkelä")
    assert "Pirkanma" in dialog.found.text()
