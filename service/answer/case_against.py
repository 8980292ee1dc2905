"""Advice against the asked thing for people in the state the question puts its patient in, which the answer has found
but left below a permissive or unrelated quote; and a lean read from quotes that never name the asked thing.

Asked "past hx of breast ca - is gizmolone an option?", a guideline's advice against gizmolone for women who
once had breast cancer answers it: the people it sets apart (women with that past) are the asked patient. Session
62's blind test found such advice under Practical Recommendations while the bottom line quoted the drug suggested as an
alternative to hormone therapy beside "insufficient", read by a clinician as "yes, an option". Such advice outranks
permissive or general advice on the thing for the bottom line and the verdict: it leads the closest evidence and its
"no" (as asked) is the lean. Only where every word of the state it names (less words of history, ``_HISTORY``) is a
word of the question, not negated there ("no cancer hx" is no history of cancer), and where it names the asked thing in
its advice.

And a yes or a no leaned from closest statements none of which names any word of the asked thing ("... start vaginal
progesterone?" above antenatal steroids and triplet reduction, "leans yes") leans on nothing said of it: insufficient.

Grammar of advice for people ("in|for <people> with|who have <state>"), the asked thing as the question reading
takes it; no topic.
"""
from __future__ import annotations

import re
from functools import lru_cache

from index.lexical import QUESTION_WORDS, tokenize
from ingest.models import DocumentKind
from service.answer.further_group import narrowed_past_the_case
from service.answer.lead import fit
from service.answer.negation import negated_at
from service.answer.qualifiers import qualifiers
from service.answer.question import PEOPLE_WORDS, Question
from service.answer.reserved_state import one_state
from service.answer.scoring import Candidate, sentence_terms
from index.search import Hit
from service.answer.verdict_closest_advice import advised_way, dashed_head, dashed_thing

# People set apart by a state: "in women with a past of womb cancer", "for patients who have X", "among adults
# with Y"; the state runs to the end of its phrase (a comma, a bracket, a stop, or a word that opens a reason or
# another clause). Grammar.
_PEOPLE_WITH = re.compile(rf"\b(?:in|for|among|to)\s+(?:(?:all|any|those|the)\s+)?(?:[\w\-]+\s+){{0,2}}?"
                          rf"{PEOPLE_WORDS}\s+(?:with|who\s+(?:have|has|had|are|were)|having)\s+"
                          r"(?P<state>[^,.;:()]+?)(?=\s*(?:[,.;:()]|$|\b(?:due|because|since|as|unless|who|which|"
                          r"and\s+therefore|therefore)\b))", re.I)
# Words that say a state was had once ("a history of", "previous", "known"): the question says the same state
# without them ("breast cancer survivor", "past hx of breast ca"). General English, a closed class.
_HISTORY = frozenset(tokenize("history previous prior past known"))
# Nouns of people, stemmed: they name who has the state, not the state.
_PEOPLE_TERMS = frozenset(tokenize(" ".join(re.findall(r"[a-z]+", PEOPLE_WORDS))))
# A thing asked of after a dash as "is X an option / ok / safe?" ("... - is tibolone an option?"), which the
# dash reading (``dashed_thing``) reads as a name of four words: X, up to three words. Grammar.
_IS_IT_FINE = re.compile(r"\s[-\u2013\u2014]+\s+(?:is|are)\s+(?P<x>(?:[\w\-]+\s+){0,2}?[\w\-]+)\s+(?:a|an|ok|okay|"
                         r"safe|fine|suitable|appropriate|reasonable|recommended|indicated|allowed|acceptable)\b",
                         re.I)
# How many of the first ranked statements advice for the case is looked for in, beside the closest quotes' sources:
# the answer's own statements (the sections quote from them), not the whole corpus.
_REACH = 20


def asked_thing(q: Question, intervention_forms: tuple[frozenset[str], ...]) -> tuple[frozenset[str], ...]:
    """The forms (each a set of terms) of the thing a yes/no question asks of: its intervention's, else the X of "- is
    X an option / ok?" (``_IS_IT_FINE``), else the thing a case, a dash and a question name after the dash
    (``verdict_closest_advice.dashed_thing``); none when none is read."""
    if q.intervention and intervention_forms:
        return tuple(f for f in (form - QUESTION_WORDS for form in intervention_forms) if f)
    for text in (q.as_asked or q.text, q.text):
        named = _IS_IT_FINE.search(text)
        found = (frozenset(tokenize(named.group("x"))) if named is not None
                 else (dashed_thing(text) or (frozenset(), frozenset()))[0]) - QUESTION_WORDS
        if found:
            return (found,)
    return ()


# Words of the route a thing is given by ("IV gizmone", "oral gizmone"): they say how, not what, so advice against the
# thing by its name alone ("Gizmone must not be given to ...") is advice against it by any route. A closed class of
# general clinical English.
_ROUTES = frozenset(tokenize("iv im po sc sq intravenous intravenously intramuscular oral orally subcutaneous "
                             "topical inhaled"))


def names_thing(forms: tuple[frozenset[str], ...], terms: frozenset[str]) -> bool:
    """Whether ``terms`` hold every term of one of the thing's ``forms`` ("long-acting beta-agonists" do not name a
    "short-acting beta-agonist"), less a word of its route (``_ROUTES``) where the form names more and ``terms`` name
    no route."""
    # (Only where the statement names no route itself: "Oral X is ..." does not name "intravenous X".)
    return any(form <= terms or (bool(form - _ROUTES) and form - _ROUTES <= terms and not terms & _ROUTES)
               for form in forms)


# Letters a question's term and a state's term must share from the start to be one word's forms where their stems
# differ ("pregnant" and "pregnancy": "pregnan"); seven, so that "breast" does not name "breastfeeding". All but the
# shorter stem's last letter must be shared too (``one_state``), so that "thrombosis" does not name
# "thrombocytopenia" nor "haemorrhoids" "haemorrhage".
_STATE_STEM = 7


def _one_word(a: str, b: str) -> bool:
    """Whether two terms are one word's forms: the same, or one state's stems (``one_state``) sharing at least
    ``_STATE_STEM`` letters."""
    return a == b or one_state(a, b, _STATE_STEM)


# A word naming a state before "risk" ("10-yr ASCVD risk 12%", "fracture risk"): the risk of the state, which a case
# with no such state has. Grammar.
_RISK_AFTER = re.compile(r"\s+(?:risks?|risk\s+scores?)\b", re.I)


def _state_stated(question: str, state: frozenset[str]) -> bool:
    """Whether the question names every term of ``state`` (itself or another form of its word, ``_one_word``), not
    as the state's risk ("ASCVD risk"), and negates none of them ("no cancer hx")."""
    words = list(re.finditer(r"[A-Za-z][\w\-]*", question))
    seen: set[str] = set()
    for m in words:
        terms = frozenset(s for s in state for t in tokenize(m.group(0)) if _one_word(s, t))
        if not terms or _RISK_AFTER.match(question, m.end()):
            continue  # (a state's risk, "ASCVD risk 12%", is no state the case has)
        if negated_at(question, m.start()):
            return False
        seen |= terms
    return seen >= state


# People set apart by a list of states a rule's lead-in announces, one item of it after the colon ("X must not be
# used in the following conditions: Gloom and fretting."): the state is the item, not "the following
# conditions". Each part of the item joined by "and" or "or" is a state of its own, as a list of contraindications
# means it (one is enough to withhold the thing). Grammar of a list's lead-in.
_PEOPLE_LISTED = re.compile(rf"\b(?:in|for|among|to)\s+(?:(?:all|any|those|the)\s+)?{PEOPLE_WORDS}\s+"
                            r"(?:with|who\s+(?:have|has|had|are|were)|having)\s+(?:any\s+of\s+)?the\s+following"
                            r"(?:\s+[\w\-]+){0,2}\s*:\s*(?P<state>[^.;:()\[\]]+)", re.I)
# A time of life or of illness a rule is for, after "during" ("Do not use X during gloom other than ..."): its people
# are those in that state as much as "in patients with" names them. At most two words; grammar.
_DURING_STATE = re.compile(r"\bduring\s+(?:an?\s+|the\s+)?(?P<state>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)??)"
                           r"(?=\s*(?:[,.;:()]|$|\b(?:other|unless|except|because|as|and|or|if|when|in|for|to|with)\b))",
                           re.I)
_STATE_PARTS = re.compile(r",|\band\b|\bor\b|/", re.I)


def _state_terms(phrase: str) -> frozenset[str]:
    """The terms of a state's phrase, less question words, words of history (``_HISTORY``) and nouns of people."""
    return frozenset(tokenize(phrase)) - QUESTION_WORDS - _HISTORY - _PEOPLE_TERMS


@lru_cache(maxsize=20_000)
def for_the_case(question: str, text: str) -> tuple[frozenset[str], str] | None:
    """The state a statement sets its people apart by (``_PEOPLE_WITH``, a part of the listed item of
    ``_PEOPLE_LISTED``, or a time after "during", ``_DURING_STATE``), where the question states it
    (``_state_stated``), and the statement without that phrase; None otherwise."""
    for m in _PEOPLE_LISTED.finditer(text):
        for part in _STATE_PARTS.split(m.group("state")):
            state = _state_terms(part)
            if state and _state_stated(question, state):
                return state, text[:m.start()] + " " + text[m.end():]
    for m in (*_PEOPLE_WITH.finditer(text), *_DURING_STATE.finditer(text)):
        state = _state_terms(m.group("state"))
        if state and _state_stated(question, state):
            return state, text[:m.start()] + " " + text[m.end():]
    return None


def against_for_the_case(q: Question, ranked: list[Candidate], closest: list[Candidate],
                         intervention_forms: tuple[frozenset[str], ...]) -> Candidate | None:
    """The first guideline statement among the answer's statements (the first ``_REACH`` ranked, or any from a closest
    quote's source) that advises against the asked thing (``advised_way``), names it outside its people, and sets
    those people apart by a state the question states (``for_the_case``), for people the question's do not contradict
    (``lead.fit``); None when there is none or no thing is read."""
    return advice_for_the_case(q, ranked, closest, intervention_forms, "against")


def advice_for_the_case(q: Question, ranked: list[Candidate], closest: list[Candidate],
                        intervention_forms: tuple[frozenset[str], ...], way: str) -> Candidate | None:
    """As ``against_for_the_case``, for advice the ``way`` given ("against", or "for": "Consider X for ... during
    pregnancy" for a pregnant patient, the exception to advice against X at large). Advice for the thing counts only
    in a state beyond the asked condition itself (advice for X "in adults with asthma" is the usual advice, not an
    exception for the case) and with no negation in it ("X should not be stopped in ..." is no advice to start it)."""
    thing = asked_thing(q, intervention_forms)
    if not thing:
        return None
    condition = frozenset(tokenize(q.condition or "")) if way == "for" else frozenset()
    sources = {c.doc_id for c in closest}
    asked = qualifiers(q.text)
    terms = frozenset(tokenize(q.text)) - QUESTION_WORDS
    for at, c in enumerate(ranked):
        if c.hit.document.kind != DocumentKind.GUIDELINE or (at >= _REACH and c.doc_id not in sources):
            continue
        if not names_thing(thing, c.terms):
            continue  # (read first: a set's look-up, where the state's patterns read the whole text; its terms hold
            # every term of its text, ``scoring.sentence_terms``)
        case = for_the_case(q.as_asked or q.text, c.text) or for_the_case(q.text, c.text)
        if case is None:
            continue
        state, rest = case
        if not names_thing(thing, frozenset(tokenize(rest))):
            continue
        if way == "for" and (state <= condition or _NEGATION.search(c.text)):
            continue
        if narrowed_past_the_case(q.as_asked or q.text, c):
            continue  # (advice for those of the people "who have" what the case never states: ``further_group``)
        if advised_way(c.text, frozenset().union(*thing)) == way and not fit(asked, c, terms).contradicts:
            return c
    return None


# A negation anywhere in advice "for" a thing: the advice may be on stopping it or doing without, not on starting it.
_NEGATION = re.compile(r"\b(?:not|never|no|avoid)\b|n't\b", re.I)


def source_sentences(hits: list[Hit], closest: list[Candidate], known: list[Candidate],
                     words: frozenset[str]) -> list[Candidate]:
    """Every sentence of the retrieved passages of a ``closest`` statement's guideline source that no ``known``
    statement holds, as a statement with no relevance score: advice against the thing for the case's state is looked
    for among them too (``against_for_the_case``), as the relevance floors weigh the question's words and may drop
    "X must not be given in the following conditions: Pregnancy ..." asked of "20 wks pregnant - IV
    X?". Read with patterns only, no model: a few passages, and of them only sentences holding a term of ``words``
    (the asked thing's, as they open a written word: "gorbamin" of "Gorbamine"), none where ``words`` is empty."""
    sources = {c.doc_id for c in closest if c.hit.document.kind == DocumentKind.GUIDELINE}
    # (A stem may end otherwise than the word written, "therapi" of "therapy": its letters but the last are looked for.)
    words = frozenset(w[:-1] if len(w) > 3 else w for w in words if w not in _ROUTES)
    if not sources or not words:
        return []
    seen = {c.text for c in known}
    out: list[Candidate] = []
    for h in hits:
        if h.document.id not in sources:
            continue
        for start, end in h.chunk.sentences:
            text = h.chunk.text[start:end].strip()
            lowered = text.lower()
            if text and text not in seen and any(w in lowered for w in words):
                seen.add(text)
                out.append(Candidate(text, h, 0.0, 0.0, sentence_terms(text), False, False))
    return out


def names_no_thing(q: Question, intervention_forms: tuple[frozenset[str], ...], behind: list[Candidate],
                   ranked: list[Candidate]) -> bool:
    """Whether a lean rests on statements none of which names any word of the thing asked of (``_named``), while a
    guideline statement among the first ``_REACH`` ranked names it and advises against it (``advised_way``): the
    source speaks of the thing, and not as the lean's quotes do. The thing is one to give (the question's
    intervention, or a thing after a dash and a verb of giving, ``_GIVING_AFTER_DASH``: not "- should I switch to a
    NOAC?", whose dash reading takes "switch"). Only so: synonyms the quotes use instead ("preventive" for
    "prophylaxis", "menatetrenone" for "vitamin K2") held back right leans where nothing advised against the thing."""
    if not (q.intervention and intervention_forms) and not _GIVING_AFTER_DASH.search(q.as_asked or q.text):
        return False
    forms = asked_thing(q, intervention_forms)
    words = frozenset().union(*forms) if forms else frozenset()
    if not words or not behind or any(_named(t, c.terms) for t in words for c in behind):
        return False
    # (Advice against the thing may name it by its head alone: "Progesterone" of "vaginal progesterone".)
    heads = forms if q.intervention and intervention_forms else (forms + (dashed_head(q.as_asked or q.text),))
    return any(c.hit.document.kind == DocumentKind.GUIDELINE and names_thing(tuple(h for h in heads if h), c.terms)
               and advised_way(c.text, words) == "against" for c in ranked[:_REACH])


# A dash and a verb of giving what follows ("... - start vaginal gizmone to ...?", "- can I give X?"): what follows is
# the thing asked of. Grammar.
_GIVING_AFTER_DASH = re.compile(r"\s[-\u2013\u2014]+\s+(?:(?:can|could|should|shall|may|do)\s+(?:i|we|you)\s+)?"
                                r"(?:(?:just|still|now|also)\s+)?(?:start|give|use|try|prescribe|offer|add|begin|"
                                r"commence|apply)\s", re.I)
# Letters a term and a statement's term must share, from the start, for one to name the other in another ending
# ("scds" and "scd"; also "progesteron" and "progestogen", kin enough here): the guard reads leniently, so that it
# holds back only leans on statements that name nothing like the thing.
_SHARED_START = 6


def _named(term: str, terms: frozenset[str]) -> bool:
    """Whether ``terms`` name ``term``: itself, or a term that opens with its first ``_SHARED_START`` letters (a plural
    acronym, another ending)."""
    if term in terms:
        return True
    start = term[:_SHARED_START]
    # (As it reads: a statement's term of three letters or more that opens the asked term counts too, so "pro" names
    # "progesterone": lenient, as this guard is meant to be; the brackets say the precedence the code always had.)
    return len(term) >= 3 and any(t.startswith(start) or (term.startswith(t[:_SHARED_START]) and len(t) >= 3)
                                  for t in terms)
