"""A guideline's rule read against a detail of the case that the rule itself sets apart.

Session 64's blind test: "Candida growing in blood cultures from a tunneled CVC - can I treat through the line?" got
"leans yes" beside a rule that most infections where the line leaves the skin clear up on drugs with the line kept
in, save those of a tunnel or a port pocket, for which taking the line out is the usual course: a rule for most cases
that sets some apart in its own words, one of them a word of the case ("tunnel"), is no yes for this case (the same
file's next paragraph has the case's own rule, removal for fungi). ``sets_apart_case`` reads a clause of concession or
exception ("although", "except", "unless" ...) that says something else is needed, advised or required for some cases
and names a word of the case that the rule's main clause does not. English grammar only, no topic.
"""
from __future__ import annotations

import re

from index.lexical import tokenize
from service.answer.concepts import QUESTION_WORDS
from service.answer.question import ASKED_AFTER_DASH
from service.answer.second_ask import TIME_WORDS
from service.answer.verdict_closest_advice import advised_way

# A clause that sets cases apart from the rule before it, from its word to the end of the clause: concession ("although
# removal is needed for ..."), contrast ("but X is required in ..."), exception ("except", "unless", "other than").
# A closed class of English conjunctions of concession, contrast and exception.
_SET_APART = re.compile(r"\b(?:although|though|but|except|unless|other\s+than|apart\s+from|excluding|whereas)\b"
                        r"(?P<clause>[^;.!?]*)", re.I)
# What makes that clause a rule of its own for the cases it names, not a mere remark ("although data are few"): a word
# of need or advice. A closed class of English words of obligation and advice.
_OTHER_RULE = re.compile(r"\b(?:needed|need|required|requires?|necessary|recommended|indicated|advised|advisable|"
                         r"should|must|warranted|mandatory|essential)\b", re.I)
# What a question names only to deny it ("no fever", "without a fistula", "not pregnant"): the word and up to four
# words after it, which name no detail of the case.
_DENIED = re.compile(r"\b(?:without|no|not|non)\b(?:\s+[\w\-]+){1,4}", re.I)
# Words that name no detail of a case nor what a rule is about: English prepositions, pronouns, articles and modal
# verbs, which the tokenizer keeps ("from", "through", "can", "i"). A closed class of function words.
_FUNCTION = frozenset(tokenize("a an the i we you he she it they them him her his its their this that these those "
                               "from through to of in on at by with for into onto over under about after before "
                               "and or but if can could may might must shall should will would do does did is are "
                               "was were be been am has have had"))
# (Not ``quoted_before._FUNCTION_WORDS`` nor ``second_ask._NOT_THING``'s function words nor
# ``verdict_closest_advice._FRAME_WORDS``: each is a different closed class for its own reading, no two the same set
# after ``tokenize``, so one shared set would change what each removes.)

# A clause whose subject is left out, the main clause's carried over ("X is not advised for A, but is advised for B"):
# it gives the rule's own thing for other cases, not something else for them. It opens with a verb: English auxiliaries.
_SUBJECT_ELIDED = re.compile(r"^\s*(?:is|are|was|were|should|can|could|may|might|must|will|would|has|have)\b", re.I)
# Units of measure after a number ("3 mg", "6 mm"): like numbers and times, they give the case's values, not the
# details a rule sets cases apart by ("a review is needed at 3 months"). A closed class of units of measure.
_UNITS = frozenset(tokenize("mg mcg ug g kg ml l mm cm m mmol iu units percent bpm mmhg"))


def _case_terms(question: str) -> frozenset[str]:
    """The terms of the details a case note gives of its case before the dash that opens what it asks
    (``question.ASKED_AFTER_DASH``), less question words, what it names only to deny and any term of the asked part:
    "tunnel" of "... from a tunneled CVC - can I treat through the line?". Empty for a question with no case before
    a dash: its words are what it asks ("eat" of "Can people on warfarin eat ...?"), and a clause that names the asked
    thing ("..., but women ... need effective contraception") answers it rather than setting the case apart.

    Not ``verdict_closest_advice._case_terms``, on purpose: that one reads the question as asked (``_DASHED``: no "?"
    in the asked part, none ending a sentence of the case) and keeps numbers, units, denied and asked words, removing
    nouns of people; this one reads the question given and keeps the nouns of people, a detail a rule may set apart
    by."""
    m = ASKED_AFTER_DASH.search(question)
    if m is None:
        return frozenset()
    case = frozenset(tokenize(_DENIED.sub(" ", question[:m.start()])))
    case = frozenset(t for t in case if not any(ch.isdigit() for ch in t)) - TIME_WORDS - _UNITS
    return case - frozenset(tokenize(m.group("asked"))) - QUESTION_WORDS - _FUNCTION


def sets_apart_case(question: str, text: str, way: str = "for") -> bool:
    """Whether a statement sets apart, in a clause of concession or exception that is a rule of its own
    (``_SET_APART`` with ``_OTHER_RULE``), cases named by a word of the question's case (``_case_terms``) that its main
    clause does not name, while that main clause shares a word with the question, a question word too ("treat": it is
    the rule asked of). "Most
    wibble sores heal with dressings alone, although surgery is usually needed for sores over a joint" sets apart
    "wibble sore over the knee joint - dressings alone?"; not "wibble sore on the shin - dressings alone?". A clause
    that is the rule for those cases itself, not another one, sets nothing apart: its subject left out
    (``_SUBJECT_ELIDED``: "..., but is advised for ...") or advice the same ``way`` as the verdict it is read against
    (``verdict_closest_advice.advised_way`` on what the question asks; "for" of a yes)."""
    asked = _case_terms(question)
    if not asked:
        return False
    said = frozenset(tokenize(question)) - _FUNCTION
    dash = ASKED_AFTER_DASH.search(question)
    topic = frozenset(tokenize(dash.group("asked") if dash else question)) - _FUNCTION
    for found in _SET_APART.finditer(text):
        clause = found.group("clause")
        if not _OTHER_RULE.search(clause) or _SUBJECT_ELIDED.match(clause) or advised_way(clause.strip(), topic) == way:
            continue
        main = frozenset(tokenize(text[:found.start()] + " " + text[found.end():]))
        if main & said and (frozenset(tokenize(clause)) - main) & asked:
            return True
    return False

