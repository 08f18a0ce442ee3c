"""One input class per kind of question, all with the interface of ``FieldEditor``.

The table editor, with its model and cell delegate, is loaded when a page
first shows a table, so a window that opens on a page without one does not
wait for it.

The table's model (``table_model``), cell delegate (``cell_delegate``) and
view (``sheet_view``) live here because they serve the table editor alone.
This package may import the core and ``desktop.ui.translations``; it imports
nothing else of the window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeGuard

from PySide6.QtWidgets import QWidget

from desktop.i18n import Lang
from desktop.survey import Field, Kind
from desktop.ui.form.fields.base import FieldEditor
from desktop.ui.form.fields.choices import (
    ChoiceEditor,
    LongTextEditor,
    MultiChoiceEditor,
    YesNoEditor,
)
from desktop.ui.form.fields.lines import DateEditor, MunicipalityEditor, NumberEditor, TextEditor

if TYPE_CHECKING:
    from desktop.municipalities import Register
    from desktop.ui.form.fields.table import TableEditor

_LINE_EDITORS: dict[Kind, type[FieldEditor]] = {
    Kind.NUMBER: NumberEditor,
    Kind.INTEGER: NumberEditor,
    Kind.MONEY: NumberEditor,
    Kind.TEXT: TextEditor,
    Kind.EMAIL: TextEditor,
    Kind.PHONE: TextEditor,
    Kind.LONGTEXT: LongTextEditor,
    Kind.YESNO: YesNoEditor,
    Kind.CHOICE: ChoiceEditor,
    Kind.MULTICHOICE: MultiChoiceEditor,
    Kind.DATE: DateEditor,
    Kind.MUNICIPALITY: MunicipalityEditor,
}


def editor_class(kind: Kind) -> type[FieldEditor]:
    if kind is Kind.TABLE:
        from desktop.ui.form.fields.table import TableEditor

        return TableEditor
    return _LINE_EDITORS[kind]


def make_editor(
    field: Field,
    lang: Lang,
    parent: QWidget | None = None,
    register: Callable[[], Register] | None = None,
) -> FieldEditor:
    """The input of ``field``; a municipality's names it from the register ``register`` gives."""
    if field.kind is Kind.MUNICIPALITY:
        return MunicipalityEditor(field, lang, parent, register)
    return editor_class(field.kind)(field, lang, parent)


def is_table(editor: FieldEditor) -> TypeGuard[TableEditor]:
    """Whether ``editor`` is a table's, without loading the table editor to ask."""
    return editor.field.kind is Kind.TABLE


def __getattr__(name: str) -> object:
    if name == "TableEditor":
        return editor_class(Kind.TABLE)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["FieldEditor", "TableEditor", "editor_class", "is_table", "make_editor"]
