"""Frozen dataclass instances built on hot paths.

A frozen dataclass's generated ``__init__`` cannot assign its fields and calls ``object.__setattr__`` once per
field instead: about 1 µs per instance of six to ten fields on CPython 3.11, three times a plain class's.
Search builds a ``Hit`` per ranked passage and answer scoring a ``Candidate`` per kept statement (some 85 per
answer), so ``frozen_instance`` fills the instance's ``__dict__`` directly: the same object, equal, hashable
and still frozen afterwards, at the cost of a plain class.
"""
from __future__ import annotations

from typing import Any, TypeVar

T = TypeVar("T")


def frozen_instance(cls: type[T], **values: Any) -> T:
    """An instance of the frozen dataclass ``cls`` with ``values``, which must name every field (defaults are
    not filled in) of a class without ``__post_init__`` or ``__slots__``: what ``cls(**values)`` builds, without
    its per-field ``object.__setattr__``. Callers are checked against ``cls(**values)`` in the tests."""
    instance = object.__new__(cls)
    object.__setattr__(instance, "__dict__", values)  # the call's own new keyword dict becomes the instance's
    return instance
