"""A table's column widths as plain arithmetic: widths in, widths out (column_widths.py)."""

from __future__ import annotations

from desktop.ui.form.fields.column_widths import Needs, laid_out

LEAST = 48


def _premises(**first: int) -> list[Needs]:
    """The 2022-3 premises table in English as a 1024 × 700 window measures it: a name,
    two choices, a floor area, a yes/no and a rent."""
    name = {"readable": 152, "legible": 121, "scant": 110, **first}
    return [
        Needs(want=223, floor=63, weight=3.0, **name),
        Needs(want=208, floor=48, readable=96, legible=84, scant=71),  # Use
        Needs(want=210, floor=78, readable=102, legible=90, scant=78),  # Ownership
        Needs(want=72, whole=72, floor=48, weight=1.2),
        Needs(want=82, whole=82, floor=72, weight=1.6),
        Needs(want=103, whole=88, floor=93, weight=1.4),
    ]


def test_room_for_every_want_goes_by_weight_and_the_last_reaches_the_edge() -> None:
    columns = [Needs(want=100, weight=3.0), Needs(want=80, whole=80, weight=1.0)]
    assert laid_out(columns, 260, LEAST) == [160, 100]
    assert laid_out([], 500, LEAST) == []


def test_with_room_enough_every_text_reads_at_ease_and_the_widest_is_cut() -> None:
    widths = laid_out(_premises(), 700, LEAST)
    assert sum(widths) == 700
    assert widths[3:5] == [72, 82] and widths[5] >= 93  # figures whole, their headings too
    assert widths[0] >= 152 and widths[1] >= 96 and widths[2] >= 102


def test_short_of_room_the_texts_narrow_alike_towards_their_legible_widths() -> None:
    columns = _premises()
    widths = laid_out(columns, 580, LEAST)
    assert sum(widths) == 580
    assert widths[3:6] == [72, 82, 93]
    for width, needs in zip(widths[:3], columns[:3], strict=True):
        assert needs.legible <= width <= needs.readable


def test_a_heading_short_as_use_does_not_let_its_choice_shrink_to_nothing() -> None:
    """The regression: "Use" held only by its heading was cut to "Heal…" at 48 pixels."""
    widths = laid_out(_premises(), 488, LEAST)
    assert widths[1] >= 84  # "Health cen…", "Fire station"
    assert widths[2] >= 90
    assert widths[0] >= 121  # sixteen letters of the name


def test_at_a_pinch_a_letter_or_two_give_way_rather_than_a_column_scroll_out() -> None:
    columns = _premises()
    legible = 121 + 84 + 90 + 72 + 82 + 93
    widths = laid_out(columns, legible - 20, LEAST)
    assert sum(widths) == legible - 20  # all in view
    for width, needs in zip(widths[:3], columns[:3], strict=True):
        assert needs.scant <= width <= needs.legible


def test_what_cannot_fit_scrolls_sideways_every_column_still_legible() -> None:
    columns = _premises()
    widths = laid_out(columns, 488, LEAST)
    assert widths == [121, 84, 90, 72, 82, 93]  # 542 pixels: the table scrolls sideways


def test_a_heading_word_or_a_figure_is_never_narrowed() -> None:
    columns = [
        Needs(want=300, floor=250, readable=100, legible=80, scant=60),
        Needs(want=90, whole=90),
    ]
    assert laid_out(columns, 200, LEAST) == [250, 90]  # wider than the view: it scrolls
    assert laid_out(columns, 360, LEAST) == [270, 90]


def test_a_column_wanting_less_than_its_letters_gets_no_more_than_it_wants() -> None:
    columns = [Needs(want=70, readable=150, legible=120, scant=100), Needs(want=400)]
    widths = laid_out(columns, 300, LEAST)
    assert widths[0] == 70 and sum(widths) == 300
