"""Names given in brackets or in a list after "also called" name one thing (service.answer.identity.naming_groups).
Session 48: "Is MK-7 the same as menaquinone-7?" and "Is percutaneous irrigation the same as barbotage?" answered
"does not settle" beside the sentence that names them alike."""
from __future__ import annotations

from index.lexical import tokenize
from service.answer.identity import IdentityAsked, identity_verdict


def _asked(x: str, y: str) -> IdentityAsked:
    return IdentityAsked(frozenset(tokenize(x)), frozenset(tokenize(y)))


def test_a_name_in_brackets_names_the_words_before_it() -> None:
    text = "Gizmozide-7 (GZ-7) is made by bacteria."
    assert identity_verdict(_asked("GZ-7", "gizmozide-7"), [text]) == ("yes", [0])
    # the word after the brackets belongs to both names
    text = "First-line classes include wobble-converting enzyme (WCE) inhibitors and diuretics."
    assert identity_verdict(_asked("WCE inhibitor", "wobble-converting enzyme inhibitor"), [text]) == ("yes", [0])


def test_each_name_of_an_also_called_list_names_the_thing() -> None:
    text = "Gizmo lavage, also called barbotine or percutaneous rinsing, removes deposits."
    assert identity_verdict(_asked("percutaneous rinsing", "barbotine"), [text]) == ("yes", [0])
    assert identity_verdict(_asked("gizmo lavage", "percutaneous rinsing"), [text]) == ("yes", [0])


def test_two_things_in_one_list_of_kinds_are_not_named_alike() -> None:
    text = "Gizmozide-7 (GZ-7) and gizmozide-4 (GZ-4) are two forms."
    assert identity_verdict(_asked("GZ-7", "GZ-4"), [text]) is None
