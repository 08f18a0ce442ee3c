"""Value classes without ``dataclasses``: compared, hashed, shown and replaced by their fields.

``@dataclass`` writes each class's ``__init__``, ``__eq__``, ``__hash__`` and
``__repr__`` as source text and compiles them when its module is imported,
and loads ``inspect`` and ``ast`` to do so: a fifth of a command's start
and much of the window's. A class here writes its own ``__init__``, one
parameter for each field, stored in a slot of the same name, and takes the
rest from ``Plain``, which reads the fields from that ``__init__``:

- ``==`` between two objects of the same class compares their fields (but
  those named in ``uncompared``); ``hash()`` hashes the same fields (but
  those named in ``unhashed`` too), so a value can key a dict or join a set;
- ``repr()`` reads like a dataclass's (without the fields in ``unshown``);
- ``replace(**changes)`` is a copy with some fields changed, as
  ``dataclasses.replace`` makes one.

A value class is read-only by agreement: its fields are declared ``Final``
in ``__init__``, and mypy refuses an assignment to one. A class whose
objects change (``mutable=True``) is compared, not hashed, as a dataclass
that is not frozen.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    from typing import Any, ClassVar, Self


class Plain:
    """The base of a value class: see the module."""

    __slots__ = ()

    # The parameters of the class's __init__, in their order; those compared, hashed, shown.
    _fields: ClassVar[tuple[str, ...]] = ()
    _compared: ClassVar[tuple[str, ...]] = ()
    _hashed: ClassVar[tuple[str, ...]] = ()
    _shown: ClassVar[tuple[str, ...]] = ()

    def __init_subclass__(
        cls,
        *,
        uncompared: tuple[str, ...] = (),
        unhashed: tuple[str, ...] = (),
        unshown: tuple[str, ...] = (),
        mutable: bool = False,
        **kwargs: Any,
    ) -> None:
        super().__init_subclass__(**kwargs)
        code = cls.__init__.__code__
        fields = code.co_varnames[1 : code.co_argcount + code.co_kwonlyargcount]
        slots = {name for klass in cls.__mro__ for name in klass.__dict__.get("__slots__", ())}
        unknown = set(fields) - slots
        if unknown or code.co_flags & 0x0C:  # no *args or **kwargs either
            raise TypeError(f"{cls.__name__}: every parameter of __init__ must be a slot")
        cls._fields = fields
        cls._compared = tuple(name for name in fields if name not in uncompared)
        cls._hashed = tuple(name for name in cls._compared if name not in unhashed)
        cls._shown = tuple(name for name in fields if name not in unshown)
        if mutable:
            cls.__hash__ = None  # type: ignore[assignment]

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        # As tuples, as a dataclass compares: a field holding the very same object is equal.
        names = self._compared
        return tuple([getattr(self, n) for n in names]) == tuple([getattr(other, n) for n in names])

    def __hash__(self) -> int:
        return hash(tuple([getattr(self, n) for n in self._hashed]))

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._shown)
        return f"{type(self).__qualname__}({shown})"

    def replace(self, **changes: Any) -> Self:
        """A copy with ``changes`` (field name → value); a name that is no field is refused."""
        values = {name: getattr(self, name) for name in self._fields}
        unknown = set(changes) - set(values)
        if unknown:
            raise TypeError(f"{type(self).__name__} has no field {', '.join(sorted(unknown))}")
        values.update(changes)
        return type(self)(**values)
