"""What comes after a treatment that failed: a question stating that its case was not controlled, not tolerated or did
not respond on a treatment ("gizmo asthma not controlled on low-dose gizmocort, what next", "failed 4 months of
gizmotherapy - what next") asks for the step after that failure, which a source states for the people in whom it
failed ("For patients whose X is not controlled on Y ...", "... whose symptoms persist despite ...", "... when Y is
not tolerated"). A statement on reducing or first starting that treatment ("Treatment can be stepped down once ... is
well controlled", "Y is recommended first-line") answers the opposite question. Grammar: the words English states a
treatment's failure or a state's persistence with, none of any topic."""
from __future__ import annotations

import re

from service.answer.guarded import GuardedPattern

# A failure of what was given, or a state that persists on it. (Not "well controlled": no negation, no failure.)
_FAILED = GuardedPattern(re.compile(
    r"\b(?:(?:not|poorly|in(?:adequately|sufficiently))\s+(?:well\s+|adequately\s+|fully\s+)?controlled|uncontrolled|"
    r"not\s+(?:been\s+)?tolerated|failed|fails|"
    r"not\s+(?:be\s+)?(?:responding|responded|respond)|(?:no|inadequate|poor)\s+response|unresponsive|"
    r"refractory|despite|persist(?:s|ing|ent|ed)?|still\s+(?:high|raised|elevated|uncontrolled|symptomatic|painful)|"
    # "still has urgency ...", "men who still have ... symptoms after ...": what was there before is there yet
    r"still\s+(?:has|have|having|had|gets|get|getting)|"
    # "without symptomatic and histologic improvement after ...", "no clinical improvement": it did not help
    r"(?:without|no|lack\s+of)\s+(?:[\w\-]+\s+){0,3}?improvement|"
    r"(?:is|was|are|were|been|remains?)\s+ineffective|(?:did|does|do)\s*n[o']t\s+work|not\s+work(?:ing|ed)|"
    r"not\s+(?:helped|improved|improving)|"
    # "and if she gets no relief from those?", "... not relieved by ...": what was given did not work
    r"(?:no|little|inadequate|insufficient)\s+relief|not\s+(?:been\s+)?relieved|"
    # "... 4 mo physio + gizmofen no better - next step?" (not a comparison: "no better than placebo")
    r"(?:no|not\s+any)\s+better(?!\s+than))\b", re.I),
    # A word each alternative above holds ("respon" of "respond", "response", "unresponsive"; "improv" of "improved",
    # "improving"; "relie" of "relief", "relieved"): a text with none of them is not scanned (``guarded``).
    ("controlled", "tolerated", "fail", "respon", "refractory", "despite", "persist", "still", "ineffective", "work",
     "helped", "improv", "relie", "better"))


# What opens a list of examples or of contraindications ("no contraindication such as ... uncontrolled gizmo
# failure"): a failure word after it names something else that is not controlled, not the failure of a treatment.
_LISTED = re.compile(r"\b(?:such\s+as|including|contraindicat\w*|e\.g\.)\s+(?:[\w\-]+,?\s+){0,8}$", re.I)


def states_failure(text: str) -> bool:
    """Whether ``text`` states that a treatment failed or a state persists on it (``_FAILED``), outside a list of
    examples or contraindications (``_LISTED``): in a question, its case is one in which what was given failed; in a
    statement, its advice is for the people in whom it failed."""
    return any(not _LISTED.search(text[:m.start()]) for m in _FAILED.finditer(text))


# Treatments a case lists as already failed or tried: "failed gizmofen, gizmolol and gizmotriptan", "despite X and Y".
# The advice for such a case names them as a group ("... in whom several drugs have failed"), if at all
# (``question.without_case_context``). Grammar: a list after a word of failure.
_LIST_ITEM = r"[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*)?"
FAILED_LIST = re.compile(rf"\b(?:failed|despite|tried|(?:did\s+not|didn't)\s+respond\s+to|not\s+tolerat\w+)\s+"
                         rf"(?:on\s+)?{_LIST_ITEM}(?:\s*,\s*{_LIST_ITEM})*\s*,?\s+(?:and|or|nor)\s+{_LIST_ITEM}\b",
                         re.I)
# Advice for people in whom several treatments failed: a count above one, then within a few words a word of failure
# ("in whom several oral drugs have failed", "after two or more treatments were not tolerated"). Grammar: English's
# words of a count above one, no topic.
_SEVERAL = r"(?:several|multiple|two\s+or\s+more|three\s+or\s+more|at\s+least\s+two|more\s+than\s+one)"
_SEVERAL_FAILED = re.compile(rf"\b{_SEVERAL}\s+(?:[\w\-]+\s+){{0,4}}?(?:(?:have|has|had)\s+)?(?:(?:been\s+)?failed|"
                             r"were\s+not\s+tolerated|(?:been\s+)?ineffective)\b", re.I)


def asks_after_several_failed(question: str) -> bool:
    """Whether a question's case lists several treatments as already failed (``FAILED_LIST``)."""
    return bool(FAILED_LIST.search(question))


def states_several_failed(text: str) -> bool:
    """Whether a statement's advice is for people in whom several treatments failed (``_SEVERAL_FAILED``)."""
    return bool(_SEVERAL_FAILED.search(text))


# A patient said not to get better ("he's no better after 3 days", "not improving", "... who do not improve within 48 to
# 72 hours", "does not get better"; not "no better than placebo"): whom advice after a failed treatment is for. Not
# among the failures a lead is chosen by (``_FAILED``): "seek review if the child does not improve" then led over the
# hearing check asked of fluid that persists. Grammar.
_NOT_IMPROVING = re.compile(r"\b(?:no|not\s+any)\s+better\b(?!\s+than)|\bnot\s+(?:improv\w*|get(?:ting)?\s+better)\b",
                            re.I)


def not_improving(text: str) -> bool:
    """Whether ``text`` says a patient does not get better (``_NOT_IMPROVING``)."""
    return bool(_NOT_IMPROVING.search(text))


def for_the_failed(text: str) -> bool:
    """Whether a statement speaks of people in whom treatment failed (``states_failure``) or who do not get better
    (``not_improving``): what a follow-up saying the patient is no better ("he's no better after 3 days, what now?")
    asks of, in other words than its own."""
    return states_failure(text) or not_improving(text)


# "Persistent" said of a condition in a question names a kind of it ("persistent gizmo asthma"), not a failure.
_KIND_PERSISTENT = re.compile(r"\bpersistent\b", re.I)


def asks_after_failure(question: str) -> bool:
    """Whether a question asks what to do after a treatment failed (``states_failure``, not "persistent" naming a
    kind of the condition: ``_KIND_PERSISTENT``) rather than whether to give it."""
    return states_failure(_KIND_PERSISTENT.sub(" ", question))


# A course taken a while ago, as a question says it ("had gizmocillin 3 weeks ago", "took X recently") and as advice for
# those people does ("... has received gizmocillin in the previous 30 days"). Grammar of a past course, no topic.
_PAST_COURSE_ASKED = re.compile(r"\b(?:had|took|received|was\s+given|(?:has|have)\s+(?:had|taken|received|been\s+on))\b"
                                r"[^.?,;]{0,40}?\b(?:ago|recently)\b", re.I)
_PAST_COURSE_STATED = re.compile(r"\b(?:received|taken|had|used|been\s+(?:given|on))\b[^.;]{0,40}?"
                                 r"\b(?:in|within|during)\s+the\s+(?:previous|last|past|preceding)\b", re.I)


def asks_after_past_course(question: str) -> bool:
    """Whether a question's case took a course a while ago (``_PAST_COURSE_ASKED``: "had gizmocillin 3 weeks ago,
    which antibiotic now"): what is advised for those people is the answer, not the first choice for anyone."""
    return bool(_PAST_COURSE_ASKED.search(question))


def states_past_course(text: str) -> bool:
    """Whether a statement's advice is for people who took a course in a span before (``_PAST_COURSE_STATED``:
    "... if the child has received gizmocillin in the previous 30 days")."""
    return bool(_PAST_COURSE_STATED.search(text))


def before_failure(condition: str | None) -> str | None:
    """A condition read with the failure of its treatment (``states_failure``: "gizmo asthma not controlled on
    gizmocort") as the condition alone ("gizmo asthma"), what a follow-up asks about; any other condition as it is."""
    if not condition:
        return condition
    m = next((m for m in _FAILED.finditer(condition) if not _LISTED.search(condition[:m.start()])), None)
    if m is None:
        return condition
    cut = re.sub(r"[\s,;:\-]+(?:still|and|but|that|which|who)?\s*$", "", condition[:m.start()]).strip()
    return cut or condition
