"""The form: filling in a round's sections.

Owns the session that takes each edit to the workbook, the section page, the
navigation, the problem list, the save status, the lock banner, explaining a
warning, and the inputs of each kind of question (``form.fields``, with the
table's model and delegate). May import the core, ``form.fields`` and the
ground floor of the window (``desktop.ui.translations``, ``dialogs``,
``tasks``); it imports no other room.
"""
