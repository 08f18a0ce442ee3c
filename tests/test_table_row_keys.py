"""One rule says which column a table's rows are known by (``x-row-key``, else the first
column): the previous round's rows line up by it, and the coordinator sums rows by it when it
is a choice column (else by the table's first choice column, as ever)."""

from __future__ import annotations

from desktop.collect.aggregate import Aggregate, Answered, summed_by
from desktop.jsonvalue import JSONValue
from desktop.municipalities import Register
from desktop.survey import Field, Kind, Round, shipped_catalog
from desktop.survey.lineage import row_key

# What the coordinator's figures are summed by for each shipped table (unchanged by the rule).
SUMMED_BY = {
    "premises": "use",
    "joint_authorities": "fate",
    "contracts_by_kind": "kind",
    "information_systems": "use",
    "staff_groups": "group",
    "support_staff": "kind",
    "interface_areas": "interface",
}


def _tables() -> list[Field]:
    return [
        f
        for rnd in shipped_catalog().ordered_rounds()
        for s in rnd.sections
        for f in s.fields
        if f.kind is Kind.TABLE
    ]


def test_the_shipped_tables_are_summed_as_before() -> None:
    for table in _tables():
        column = summed_by(table)
        assert column is not None and column.key == SUMMED_BY[table.key], table.key
        # The key a row is known by is the summing column wherever that is a choice.
        if table.column(row_key(table)).kind is Kind.CHOICE:  # type: ignore[union-attr]
            assert column.key == row_key(table)


def _with_key(rnd: Round, column: str) -> tuple[Round, Field]:
    premises = rnd.section("premises")
    assert premises is not None
    table = premises.field("premises")
    assert table is not None
    keyed = table.replace(schema={**table.schema, "x-row-key": column})
    fields = tuple(keyed if f is table else f for f in premises.fields)
    sections = tuple(s.replace(fields=fields) if s is premises else s for s in rnd.sections)
    return rnd.replace(sections=sections), keyed


def _figures(rnd: Round, rows: list[JSONValue]) -> dict[str, float | int]:
    register = Register.load()
    municipality = register.get("211")
    aggregate = Aggregate(rnd, register)
    aggregate.add(Answered(municipality, 1, "2022-02-01", {"premises": {"premises": rows}}, ()))
    return {
        r.measure: r.value
        for r in aggregate.rows("en")
        if r.group.dimension == "national" and "premises used" in r.question
    }


ROWS: list[JSONValue] = [
    {"building": "Fire station", "use": "fire_station", "ownership": "own", "floor_area": 400},
    {"building": "Health centre", "use": "health_centre", "ownership": "own", "floor_area": 900},
    {
        "building": "Old fire station",
        "use": "fire_station",
        "ownership": "leased",
        "floor_area": 100,
    },
]


def test_a_table_known_by_a_text_column_is_still_summed_by_its_choice_column() -> None:
    rnd, table = _with_key(shipped_catalog().round("2022-1"), "building")
    assert row_key(table) == "building"
    assert summed_by(table) is not None and summed_by(table).key == "use"  # type: ignore[union-attr]
    figures = _figures(rnd, ROWS)
    unkeyed = _figures(shipped_catalog().round("2022-1"), ROWS)
    assert figures == unkeyed and any(v == 500 for v in figures.values())


def test_a_table_known_by_a_choice_column_is_summed_by_it() -> None:
    rnd, table = _with_key(shipped_catalog().round("2022-1"), "ownership")
    assert row_key(table) == "ownership"
    column = summed_by(table)
    assert column is not None and column.key == "ownership"
    figures = _figures(rnd, ROWS)
    assert any(v == 1300 for v in figures.values())  # the two own buildings together
