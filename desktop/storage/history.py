"""What the answers database hands out about the past: a line of the audit log, a copy of
previous answers. Loaded when the log or a copy is first asked for, not with the window
(a dataclass compiles its methods when its module loads).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.jsonvalue import JSONValue, _Missing


@dataclass(frozen=True)
class AuditEntry:
    """One change: when, by whom, where (a pointer), the value before and after."""

    id: int
    at: str | None  # None: the stored time is no time (shown as unknown)
    actor: str
    round_id: str | None
    pointer: str
    old: JSONValue | _Missing
    new: JSONValue | _Missing
    # Copied forward: the submission the answer came from ("2022-1#1", or "2022-1" for
    # saved answers never sent); "undo:" before it when a copy was undone.
    source: str | None = None


@dataclass(frozen=True)
class Copy:
    """One copy of previous answers into a round: what ``Store.undo_copy`` takes back."""

    id: int
    round_id: str
    at: str
    actor: str
    source: str
    count: int  # the answers it changed
