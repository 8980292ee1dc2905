"""A follow-up's answer does not quote again what the answer before it quoted, unless that statement speaks to what
the follow-up asks anew.

A follow-up asks something the question before it did not: the next step where the first one gave no relief ("and if
she gets no relief from those?"), another state of the patient ("what if he has now started dialysis?"), how often or
what dose. Read as the question before with the change made, it is searched with that question's words, and the
statements that answered that question come first again: "and if she gets no relief from those?" quoted the same two
first-line options that the answer before had just given, where the source's next step (a trial of another drug for
those not responding) answers. A statement quoted before answers the follow-up only where it names a word the
follow-up adds (``own_terms``: "the pain at the fracture level" said again of a rule that requires it), or gives in
other words what its frame asks (``regimen.frame_stated``: "which dose?" answered by the dose the quote states) or
what to do where treatment failed (``after_failure.for_the_failed``); any other is left out of the candidates, so
that what the follow-up asks anew leads."""
from __future__ import annotations

from service.answer.after_failure import asks_after_failure, for_the_failed
from service.answer.case_values import asked_age, falls_inside
from service.answer.concepts import same_word
from service.answer.question import Question
from service.answer.regimen import frame_stated
from service.answer.scoring import Candidate, asked_terms

# Words a follow-up says that name nothing it asks anew: pronouns for the patient or for what was given, and the
# little words of its grammar ("and if she gets ... from those?"). A statement naming "from" or "she" does not speak
# to the new question by that. A small closed class of general English, stemmed as ``asked_terms`` gives them.
_FUNCTION_WORDS = frozenset({
    "he", "she", "they", "him", "her", "them", "hi", "his", "their", "it", "its", "those", "these", "this", "that",
    "from", "now", "then", "still", "also", "just", "ok", "okay", "get", "becom", "gone", "go", "goe", "come",
    "instead", "anyth", "someth", "els", "extra", "pt", "patient", "one", "there", "what", "about",
})


def own_terms(follow_up: str, asked_before: str) -> frozenset[str]:
    """The terms a follow-up adds to the question it follows (``asked_terms``, less that question's and the function
    words of ``_FUNCTION_WORDS``): "haemodialysi" of "what if he has now started haemodialysis?" after "... should I
    start a statin?"."""
    return frozenset(asked_terms(follow_up)) - frozenset(asked_terms(asked_before)) - _FUNCTION_WORDS


def _new_age(follow_up: str, own: frozenset[str]) -> str | None:
    """The age a follow-up gives anew, as its term (``case_values.asked_age``: "8" of "and if he were 8 years old
    instead?" after a question on a 4-year-old), where it is one of the terms it adds (``own``): a statement whose age
    band holds it names it in other words ("children age five to eleven years"), as the band of the advice for that
    age does, and the band for the earlier age, which shares more of the question before, led. None otherwise."""
    age = asked_age(follow_up)
    term = f"{age:g}" if age is not None else None
    return term if term in own else None


def _named_count(own: frozenset[str], text: str) -> int:
    """How many of the terms a follow-up adds (``own``) ``text`` names, as the same term or a stem of the same word
    (``concepts.same_word``: "pregnancy" names the "pregnant" of "and if she is now pregnant?")."""
    terms = frozenset(asked_terms(text))
    return sum(any(s == t or same_word(s, t) for s in terms) for t in own)


def answers_anew(text: str, follow_up: str, own: frozenset[str]) -> bool:
    """Whether a statement quoted before speaks to what a follow-up asks anew: it names a term the follow-up adds
    (``own``, ``_named_count``), gives what its frame asks in other words (how long, how often, what dose, when to stop:
    ``regimen.frame_stated``), or, where the follow-up asks after a failure, says what to do for those in whom
    treatment failed (``after_failure.for_the_failed``)."""
    if _named_count(own, text):
        return True
    frame = frame_stated(follow_up)
    if frame is not None and frame(text):
        return True
    return asks_after_failure(follow_up) and for_the_failed(text)


def not_quoted_again(q: Question, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` less the lead of the answer ``q`` follows (the first of ``Question.quoted_before``) where it
    does not speak to what the follow-up asks anew (``answers_anew``), and, where the follow-up asks what to do after
    what was given failed (``after_failure.asks_after_failure``, of a question that asked after no failure), each
    other statement that answer quoted that does not either: what failed is not the next step. The other statements
    quoted before stay otherwise: advice against starting a statin in "stage 5d" kidney disease stood beside the
    advice for stage 4, and answers "what if he has now started haemodialysis?" without naming it. All of
    ``candidates`` for a question that follows none, or a follow-up that adds no term of its own and asks no frame or
    failure (it asks the same again: nothing to tell apart)."""
    if not q.quoted_before or q.asked_before is None:
        return candidates
    follow_up = q.as_asked or q.text
    own = own_terms(follow_up, q.asked_before)
    failed = asks_after_failure(follow_up) and not asks_after_failure(q.asked_before)
    if not failed:
        # Only after a failure: a lead that names none of a new state may still hold for it ("Vitamin K
        # supplementation is not recommended ... in chronic kidney disease" for "What about patients on
        # haemodialysis?"), and left out, the default corpus's follow-ups lost such answers ("A total antibiotic
        # course of five days ..." for "How long should treatment last?").
        return candidates
    before = frozenset(q.quoted_before if failed else q.quoted_before[:1])
    # (After a failure, the words the follow-up adds name mostly what failed, "8 weeks of swallowed gizmocort": a
    # quote on starting it names them too, and by them the first-line advice led again over the advice for those it
    # did not help. Only what is said of the failed, or what the follow-up's frame asks, is quoted again.)
    again = _after_failure_anew if failed else answers_anew
    return [c for c in candidates if c.text not in before or again(c.text, follow_up, own)]


def _after_failure_anew(text: str, follow_up: str, own: frozenset[str]) -> bool:
    """``answers_anew`` for a follow-up asking after a failure: a statement quoted before speaks to it only where it
    says what to do for those in whom treatment failed, or gives what its frame asks; naming what failed is not
    enough (``own`` is unused: the follow-up's added words name the failed treatment)."""
    del own
    frame = frame_stated(follow_up)
    return (frame is not None and frame(text)) or for_the_failed(text)



def new_named_first(q: Question, pool: list[Candidate], closest: list[Candidate], most: int) -> list[Candidate]:
    """A follow-up's closest statements (``closest``, chosen from ``pool``) led by those of them or of ``pool`` naming
    the most of the terms it adds (``own_terms``), where the first chosen names fewer; ``most`` in all. "and if he
    becomes delirious, not from alcohol withdrawal?" after a question on two sedatives quoted the rows of their
    adverse effects, which the first question's words rank first, over the advice for patients with delirium
    unrelated to alcohol withdrawal, which names all three of its words: what it asks anew leads. ``closest`` itself
    for a question that follows none, a follow-up that adds no term, or where none is quoted."""
    if q.asked_before is None or not closest:
        return closest
    own = own_terms(q.as_asked or q.text, q.asked_before)
    if not own:
        return closest

    earlier = frozenset(asked_terms(q.asked_before)) - _FUNCTION_WORDS
    thing = frozenset(asked_terms(q.intervention)) if q.intervention else frozenset()
    age = _new_age(q.as_asked or q.text, own)

    def named(c: Candidate) -> int:
        # (Only a statement that also names something of the question before, or the thing the follow-up asks of:
        # "Psychological therapies ... are recommended for mild to moderate depression" names the "depression" of "Is
        # it safe in people with depression?" asked after varenicline, but says nothing of varenicline; "no specific
        # antidote for drugy", naming all the follow-up adds, answers "what if he was on drugy instead?". A question
        # before that names no topic of its own, "And for how long?", asks for nothing of it.)
        terms = frozenset(asked_terms(c.text))
        count = _named_count(own, c.text)
        if age and age not in terms and falls_inside(q.as_asked or q.text, c.text):
            count += 1  # the new age, held by an age band the statement gives ("children aged five to eleven")
        return count if (len(earlier) < 2 or terms & earlier or (thing and thing <= terms)
                         or count == len(own)) else 0
    best = max(map(named, [*pool, *closest]), default=0)
    if best == 0 or named(closest[0]) == best:
        return closest
    first = [c for c in [*closest, *pool] if named(c) == best]
    first = [c for n, c in enumerate(first) if all(c.text != f.text for f in first[:n])]
    return (first + [c for c in closest if all(c.text != f.text for f in first)])[:most]
