"""A "no" from the class a numbered subtype is of, and a denial of "Does adding X make Y safe?" in its words
(session 51's blind testers: "insufficient" above "The current evidence does not support vitamin K supplementation to
slow aortic valve calcification" for vitamin K2, and "uncertain" above "... should not be relied on to make high-dose
vitamin D safe")."""
from __future__ import annotations

from index.search import Index
from service.answer.class_no import class_denial, subtype_class, writes_class
from service.answer.pipeline import _taken_as_said, answer_question
from service.answer.verdict import denies_claim
from service.api.render import verdict_label


def test_the_class_of_a_numbered_subtype() -> None:
    assert subtype_class("gizmin Z2 supplementation") == "gizmin Z"
    assert subtype_class("gizmin Z2") == "gizmin Z"
    assert subtype_class("drugx") is None
    assert subtype_class("gizmin Z2 and gizmin Y3") is None  # two subtypes: no one class
    assert subtype_class(None) is None


def test_a_statement_writes_the_class_itself() -> None:
    assert writes_class("Gizmin Z supplements do not interact with drugx.", "gizmin Z")
    assert not writes_class("Gizmin Z1 does not interact with drugx.", "gizmin Z")  # another subtype
    assert not writes_class("Gizmin Z-dependent proteins are not affected.", "gizmin Z")
    # a rival class the class's words only modify
    assert not writes_class("Gizmin Z antagonists should not be used in gizmosis.", "gizmin Z",
                            ["gizmin Z antagonists"])


def test_only_a_no_from_the_class() -> None:
    statements = ["Gizmin Z1 should not be used for gizmosis.", "Gizmin Z supplementation is effective in gizmosis.",
                  "Gizmin Z supplementation is not recommended for gizmosis."]
    says_no = {statements[0]: True, statements[1]: False, statements[2]: True}
    assert class_denial(statements, "gizmin Z", "gizmin Z2", (), says_no.__getitem__) == 2
    assert class_denial(statements[:2], "gizmin Z", "gizmin Z2", (), says_no.__getitem__) is None
    # a statement naming the asked subtype itself is no class statement
    assert class_denial(["Gizmin Z2 and gizmin Z are not recommended."], "gizmin Z", "gizmin Z2", (),
                        lambda _: True) is None


def test_a_denial_of_making_another_thing_safe() -> None:
    question = "Does adding drugx make high-dose zorb safe?"
    statement = "Drugx does not treat gizmosis and should not be relied on to make high-dose zorb safe."
    assert _taken_as_said(question) == "Does drugx make high-dose zorb safe?"
    assert denies_claim(_taken_as_said(question), statement)
    assert _taken_as_said("Does smoking cause gizmosis?") == "Does smoking cause gizmosis?"


def test_on_the_default_corpus(loaded_index: Index) -> None:
    for question in ("Does vitamin K2 supplementation slow aortic valve calcification?",
                     "Does vitamin K2 interact with apixaban?"):
        answer = answer_question(loaded_index, question)
        assert answer.verdict == "no", question
        assert verdict_label(answer) == "leans no, from indirect evidence only"
    assert answer_question(loaded_index, "Does adding vitamin K2 make high-dose vitamin D safe?").verdict == "no"
