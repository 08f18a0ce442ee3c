"""One input class per kind of question, all with the interface of ``FieldEditor``."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.i18n import Lang
from desktop.survey import Field, Kind
from desktop.ui.fields.base import FieldEditor
from desktop.ui.fields.choices import ChoiceEditor, LongTextEditor, MultiChoiceEditor, YesNoEditor
from desktop.ui.fields.lines import DateEditor, MunicipalityEditor, NumberEditor, TextEditor
from desktop.ui.fields.table import TableEditor

EDITORS: dict[Kind, type[FieldEditor]] = {
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
    Kind.TABLE: TableEditor,
}


def make_editor(field: Field, lang: Lang, parent: QWidget | None = None) -> FieldEditor:
    return EDITORS[field.kind](field, lang, parent)


__all__ = ["EDITORS", "FieldEditor", "TableEditor", "make_editor"]
