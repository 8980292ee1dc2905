"""Advice for the asked thing said only of other people, in a clause of contrast (session 48: "Does a 40-year-old with
low-severity pneumonia need hospital treatment?" leaned yes from "... while those with higher scores should be
considered for hospital ... treatment")."""
from __future__ import annotations

from index.lexical import tokenize
from service.answer.contrast import on_contrast, only_for_others

_SPLIT = ("Patients with a low gizmo score can usually be treated at home, while those with higher scores should be "
          "considered for zorbinol treatment.")
_ZORBINOL = frozenset(tokenize("zorbinol"))


def test_the_asked_thing_in_the_clause_on_other_people_only_is_for_them() -> None:
    assert only_for_others(_SPLIT, _ZORBINOL, frozenset(tokenize("low gizmo disease")))
    assert on_contrast("yes", _SPLIT, _ZORBINOL, frozenset(tokenize("low gizmo disease"))) == "uncertain"


def test_asked_of_the_people_the_thing_is_said_of_it_stays() -> None:
    # asked of higher scores: the clause naming zorbinol is theirs
    assert not only_for_others(_SPLIT, _ZORBINOL, frozenset(tokenize("higher gizmo score")))
    assert on_contrast("yes", _SPLIT, _ZORBINOL, frozenset(tokenize("higher gizmo score"))) == "yes"
    # no contrast, or the thing in both clauses
    assert not only_for_others("Zorbinol is recommended for low gizmo disease.", _ZORBINOL,
                               frozenset(tokenize("low gizmo disease")))
    assert not only_for_others("Zorbinol helps low scores, while zorbinol harms higher ones.", _ZORBINOL,
                               frozenset(tokenize("low gizmo disease")))
    assert on_contrast("no", _SPLIT, _ZORBINOL, frozenset(tokenize("low gizmo disease"))) == "no"
