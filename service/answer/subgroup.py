"""Advice of another treatment for the people a question asks about: the guideline's exception to its usual advice.

A guideline that recommends X for a condition and, in the next breath, another treatment "for patients with a
penicillin allergy" ("Doxycycline or a macrolide such as clarithromycin is recommended for patients with penicillin
allergy", "A macrolide or another alternative is used for children with penicillin allergy") answers "Should a
patient with penicillin allergy take X for the condition?" with a no: for those people it advises something else.
Such a statement names the people as the question defines them (by what they have or are) and not X, and it is
advice or use, not a finding. Read from English grammar only: what defines people ("with", "who are", "who have")
and the words of advice; no pattern names a medical topic.
"""
from __future__ import annotations


import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from index.lexical import tokenize
from ingest.models import DocumentKind
from service.answer.concepts import QUESTION_WORDS, ordered_terms, parts_of, population_part, same_word
from service.answer.guarded import GuardedPattern
from service.answer.polarity import AGAINST, PRONOUN_SUBJECT, clauses, stance
from service.answer.question import LAST_IN, PERSON_NOUNS, population_of, state_nouns
from service.answer.scoring import Candidate
from service.answer.negation import denied_by_prefix, negated_at
from service.answer.verdict import negated

# What defines the people a question asks about, after the noun for them: "with penicillin allergy", "who are
# allergic to penicillin".
_DEFINED = re.compile(r"\b(?:with|who\s+(?:is|are|has|have))\s+(?P<t>.+)$", re.I)
# ... or said by an adjective with its object straight after the noun for them, a relative clause without its "who
# are" ("patients allergic to penicillin", "women intolerant of oral iron"). Grammar.
_DEFINED_AFTER = re.compile(rf"^(?:[\w\-]+\s+){{0,2}}?{PERSON_NOUNS}\s+(?P<t>(?!(?:with|who|in|on|at|for|of|from|to|"
                            r"after|before|during|taking|using|receiving|aged|over|under)\b)[a-z][\w\-]*\s+"
                            r"(?:to|of)\s+.+)$", re.I)
_WHO = re.compile(r"\bwho\s+(?:is|are|has|have)\s+(?P<t>.+)$", re.I)
# A treatment advised or used for people defined by something, the people after the verb ("... is recommended for
# patients with penicillin allergy", "... is used for children with penicillin allergy", "... are preferred in women
# who are pregnant"): what defines them runs to a clause's end or a preposition of another thing. Advice to do
# something else for them ("Clinicians should assess children with ... for hearing problems") is no treatment of theirs.
_FOR_PEOPLE_DEFINED = re.compile(
    r"\b(?:is|are)\s+(?:usually\s+|typically\s+|generally\s+|often\s+)?(?:recommended|used|given|preferred|"
    r"chosen|indicated|offered|suggested|advised)\s+(?:for|in|to)\s+(?:(?:all|most|the)\s+)?"
    rf"{PERSON_NOUNS}\s+"
    r"(?:with|who\s+(?:is|are|has|have))\s+(?P<t>(?:(?!\b(?:for|after|before|when|if|because|unless|and|or|but)\b)"
    r"[^,;.:])+)", re.I)


# A treatment added to another rather than given in its place ("Beta-blockers are also recommended for patients with
# heart failure"): grammar of addition, no topic.
_ADDED = re.compile(r"\b(?:also|additionally|in\s+addition|as\s+well)\b", re.I)
# What defines the people goes on past a conjunction ("for patients with penicillin allergy and sore throat").
_MORE_PEOPLE = re.compile(r"\s*(?:and|or)\s+\w", re.I)


def defining_terms(condition: str | None) -> frozenset[str]:
    """The terms of what defines the people a question's condition is asked for ("penicillin", "allergi" of
    "pneumonia in a patient with penicillin allergy"; ``question.population_of``), or of a relative clause of persons
    in it; empty when it names no people, or people defined by nothing ("older women")."""
    if not condition:
        return frozenset()
    split = population_of(condition)
    # ... or a relative clause of persons the reading left on the condition ("ear infections who are allergic to
    # penicillin" of "Should kids with ear infections who are allergic to penicillin get amoxicillin?").
    # ... or an adjective after the noun for them ("pneumonia in patients allergic to penicillin", ``_DEFINED_AFTER``).
    last = LAST_IN.match(condition)
    if split is not None:
        defined = _DEFINED.search(split[1])
    else:
        defined = _WHO.search(condition) or (_DEFINED_AFTER.match(last.group("who")) if last else None)
    if not defined or negated(defined.group("t")):
        # People defined by what they are not ("children who are not allergic to penicillin") are not the people a
        # statement on those who are speaks of.
        return frozenset()
    return frozenset(tokenize(defined.group("t"))) - QUESTION_WORDS


def asked_traits(condition: str | None) -> tuple[frozenset[str], ...]:
    """What may set the asked people apart, each as terms: what defines them (``defining_terms``), and each side of
    a condition joined by "and" ("acute otitis media", "penicillin allergy" of "acute otitis media and penicillin
    allergy", ``concepts.parts_of``)."""
    if not condition:
        return ()
    traits = [defining_terms(condition)]
    core = population_part(condition) or condition
    traits += [frozenset(tokenize(part)) - QUESTION_WORDS for part in parts_of(condition)
               if part != core and not negated(part)]
    return tuple(dict.fromkeys(t for t in traits if t))


# The shortest stem that may stand for a longer one it begins ("allerg" for "allergi"): shorter ones begin words of
# other meanings.
SHORTEST_SHARED_STEM = 5


def covers(said: frozenset[str], asked: frozenset[str]) -> bool:
    """Whether every asked term is said, as the same term or a stem of the same word ("allerg" of "allergic" and
    "allergi" of "allergy", ``concepts.same_word``, or one a stem the other begins with)."""
    return all(any(t == s or same_word(t, s) or (min(len(t), len(s)) >= SHORTEST_SHARED_STEM
                                                 and (t.startswith(s) or s.startswith(t)))
                   for s in said) for t in asked)


def _names_any(c: Candidate, forms: list[frozenset[str]]) -> bool:
    """Whether a statement names the asked intervention: all of one of its names, or any term of one."""
    return any(form <= c.terms for form in forms) or any(t in c.terms for form in forms for t in form)


def another_for_them(candidates: list[Candidate], condition: str | None,
                     intervention_forms: tuple[frozenset[str], ...],
                     context: list[Candidate] | None = None, missed_by: Candidate | None = None) -> Candidate | None:
    """The first guideline statement among ``candidates`` that advises (or states the use of) a treatment for the
    people the question's ``condition`` defines (``defining_terms``; the statement defining them by the same words,
    ``_FOR_PEOPLE_DEFINED``) without naming the asked intervention by any of its names (``intervention_forms``, each
    a set of terms), and advises against nothing: the guideline's exception for them, whose treatment is not the
    asked one. Only from a guideline that itself names the asked intervention in another statement (among
    ``context``, the ranked statements, ``candidates`` by default): its usual advice, to which this is the exception;
    a guideline that never names it says nothing against it ("SGLT2 inhibitors are recommended for patients with
    diabetes" is no "no" to metformin). With ``missed_by`` (a lead already chosen), only people set apart by what
    that statement does not name (``asked_traits``: the lead "Amoxicillin is the recommended first-line antibiotic for
    acute otitis media" names no penicillin allergy). None when the question names no such people or none does."""
    traits = [t for t in asked_traits(condition) if missed_by is None or not covers(missed_by.terms, t)]
    forms = [form for form in intervention_forms if form]
    if not traits or not forms:
        return None
    for c in candidates:
        if c.hit.document.kind != DocumentKind.GUIDELINE:
            continue
        if _names_any(c, forms):
            continue  # it names the asked intervention: advice on it, read as the verdict reads advice
        if not any(o.doc_id == c.doc_id and _names_any(o, forms) for o in (candidates if context is None else context)):
            continue  # its guideline never names the asked intervention: no exception to advice on it
        if stance(c.text) == "against" or _ADDED.search(c.text):
            continue  # advice against, or a treatment added to the usual one: no exception to it
        for m in _FOR_PEOPLE_DEFINED.finditer(c.text):
            if _MORE_PEOPLE.match(c.text, m.end()):
                continue  # people defined by more than the question says ("... with penicillin allergy and Y")
            said = frozenset(tokenize(m.group("t"))) - QUESTION_WORDS
            if any(covers(said, asked) and covers(asked, said) for asked in traits):  # the same people, no more
                return c                                                                 # and no less
    return None


# What the question says its people have, are or take, in its condition or its people: "with [a history of] X", "who
# [also] is/has X", "if I have X", "taking X", "<people> on X" ("a 30-year-old smoker with a history of anorexia
# nervosa", "a patient who also has angina", "someone taking warfarin"). It runs to a clause's end, a joining word or
# a preposition of another thing. Grammar, no topic.
_STATE_END = r"(?:(?!\b(?:for|to|and|or|but|with|who|in|at|after|before|when|if|because|during)\b)[^,;.:?])+"
_HAS_STATE = re.compile(
    r"\b(?:with|who\s+(?:also\s+)?(?:is|are|has|have)|taking|"
    r"(?:if|when|while)\s+(?:i|she|he|they|you|we)\s+(?:also\s+)?(?:has|have|am|is|are))\s+(?:(?:a|an|the)\s+)?"
    rf"(?:(?:past\s+|previous\s+|known\s+)?history\s+of\s+(?:(?:a|an)\s+)?)?(?P<s>{_STATE_END})", re.I)
_ON_STATE = re.compile(rf"\b{PERSON_NOUNS}\s+on\s+(?P<s>{_STATE_END})", re.I)
# ... and each further state joined to it ("with hypertension and angina").
_MORE_STATES = re.compile(rf"\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+)(?:(?:a|an|the)\s+)?(?P<s>{_STATE_END})",
                          re.I)
# An adjective that names people by a state, before the noun for them or after a verb of being ("a pregnant woman",
# "after she becomes pregnant"): its noun is the state a statement names ("pregnancy", ``question.state_nouns``).
# ... or after "while" or "when" ("... for migraine while pregnant").
_STATE_BEFORE = re.compile(rf"(?<![\w\-])(?P<a>[a-z]+)\s+(?={PERSON_NOUNS}\b)|"
                           r"\b(?:is|are|becomes?|became|gets?|got|while|when)\s+(?P<b>[a-z]+)\b", re.I)


# A state people are about to be in, said by a participle of planning or trying and the state, its noun or the adjective
# after "to be/become/get" ("a patient planning pregnancy", "a woman intending to become pregnant", "planning a
# surgery"): advice against a thing in that state answers for them, as they will be in it. Grammar, no topic.
_PLANNING_STATE = re.compile(
    r"\b(?:planning|intending|trying|hoping|wanting|preparing)\s+(?:for\s+|to\s+(?:become|get|be|have|undergo)\s+)?"
    r"(?:(?:a|an|the|her|his|their|my)\s+)?(?P<s>[a-z][\w\-]*)", re.I)


# A state said as what people are doing, a gerund after "while" ("while breastfeeding", "while fasting"); not a verb of
# taking or trying, which names what is taken ("while taking warfarin"). Grammar.
_WHILE_DOING = re.compile(r"\bwhile\s+(?!(?:taking|using|receiving|starting|stopping|having|getting|being|trying|"
                          r"waiting|on)\b)(?P<g>[a-z]{4,}ing)\b", re.I)


def asked_states(*phrases: str | None) -> tuple[str, ...]:
    """The states that set the asked people apart, as phrases, from the question's condition and people: what they
    are said to have, be or take (``_HAS_STATE``: "active peptic ulcer" of "a 60-year-old with an active peptic
    ulcer", "anorexia nervosa" of "... with a history of anorexia nervosa", "warfarin" of "someone taking warfarin"),
    each of several joined ("hypertension", "angina" of "with hypertension and angina"),
    and the state an adjective names them by, as a statement names it ("pregnancy" of "a pregnant woman",
    ``question.state_nouns``), or a gerund after "while" ("breastfeeding", ``_WHILE_DOING``). Not a state they are said
    not to have ("children who are not allergic ...")."""
    found: list[str] = []
    for phrase in phrases:
        if not phrase:
            continue
        for first in [*_HAS_STATE.finditer(phrase), *_ON_STATE.finditer(phrase)]:
            m: re.Match[str] | None = first
            while m is not None:
                said = m.group("s").strip()
                if said and not negated(said):
                    # An adjective ending what is said of them names the state by its noun, whatever time or degree
                    # comes before it ("pregnancy" of "who is 10 weeks pregnant").
                    found.append(state_nouns(said.split()[-1]) or said)
                m = _MORE_STATES.match(phrase, m.end())
        for m in _STATE_BEFORE.finditer(phrase):
            found += state_nouns(m.group("a") or m.group("b")).split()
        found += [m.group("g") for m in _WHILE_DOING.finditer(phrase)]
        found += [state_nouns(m.group("s")) or m.group("s") for m in _PLANNING_STATE.finditer(phrase)
                  if not re.fullmatch(r"to|take|use|start|stop|get|be|become|have|undergo", m.group("s"), re.I)]
    return tuple(dict.fromkeys(f for f in found if frozenset(tokenize(f)) - QUESTION_WORDS))


@dataclass(frozen=True)
class StateLinks:
    """How two names of a state that share no word are found to name it both: whether the corpus says a thing is of
    a class (``kind_of``: ``kinds_said.said_to_be_of``, "warfarin" of "anticoagulants"), or the index's embedder puts
    the two names at least ``STATE_NEAR_MIN_COSINE`` close (``near``: "epilepsy" and "seizures" 0.79, a state the
    corpus never names beside the one its advice lists). The embedder alone cannot tell a kind from a neighbour on
    every pair ("bulimia" 0.60 from "eating disorders" is left unlinked, as "postpartum" 0.60 from "pregnancy" is),
    so the bar stands above such pairs: a link missed leaves the answer as it was, one made wrongly would quote
    advice for other people."""

    kind_of: Callable[[str, str], bool] | None = None
    near: Callable[[str, str], bool] | None = None


# The cosine (the index's embedder, all-MiniLM-L6-v2 on the default corpus, session 52) from which two names of a
# state that share no word name the same people: "epilepsy" / "seizures" 0.79 above it; "anorexia nervosa" / "eating
# disorders" 0.72 (a true link, but held unlinked by test_against_for_states: the corpus never says it), "pregnancy" /
# "postpartum" 0.60, "warfarin" / "bleeding disorders" 0.28, "depression" / "eating disorders" 0.41, "hypertension" /
# "heart failure" 0.43 below. Set by eye on those pairs, not fitted: a weakness.
STATE_NEAR_MIN_COSINE = 0.75


def same_state(asked: str, said: str, links: StateLinks | None = None) -> bool:
    """Whether a statement's ``said`` state names the ``asked`` one: the same terms ("pregnancy"); or the asked ones
    with a head noun after them ("active peptic ulcer disease" of "active peptic ulcer"; a word before them, "severe
    asthma", narrows it and does not name "asthma"); or, sharing no term, a class named by one plural noun that the
    corpus says the asked thing is of (``links.kind_of``: "warfarin" of "anticoagulants"; a class of several words,
    "bleeding disorders", "active peptic ulcer disease", would be met by its head alone: migraine "is a ... headache
    disorder", asthma "a chronic inflammatory disease"), or a name the embedder puts next to it (``links.near``:
    "seizures" of "epilepsy"). Never a state and its negation ("non-severe illness" /
    "severe illness")."""
    a, s = ordered_terms(asked), ordered_terms(said)
    if not a or not s or negated(asked) != negated(said):
        return False
    a_set, s_set = frozenset(a), frozenset(s)
    if covers(s_set, a_set) and covers(a_set, s_set):
        return True
    extra = [t for t in s if not covers(a_set, frozenset({t}))]
    shared = len(extra) < len(s) or any(covers(s_set, frozenset({t})) for t in a)
    if shared:
        return covers(s_set, a_set) and extra == s[-1:]
    if links is None:
        return False
    return bool((links.kind_of is not None and len(s) == 1 and said.strip().lower().endswith("s")
                 and links.kind_of(asked, said)) or (links.near is not None and links.near(asked, said)))


# A list of the states advice is against a thing in, after the advice ("in pregnancy, over open growth plates, in
# patients with bleeding disorders or those taking anticoagulants without specialist review"): each item opens with a
# preposition of a state, or with the people and what defines them, or, after a list's comma or "or", with its own
# words; what follows a word of reason or condition ("because", "without", "unless") is no item. Grammar, no topic.
# A state opens after "in", "over" or "during" ("in pregnancy"), people after "for" or "by" too ("for patients with
# ..."): "for" before anything else names what the thing is used for ("not recommended as routine first-line drugs for
# uncomplicated hypertension"), no state it is advised against in.
_STATE_OPENS = (rf"(?:(?:in|over|during)\s|(?:for|by)\s+(?:(?:all|most|the|any)\s+)?(?:{PERSON_NOUNS}|those)\b|"
                rf"(?:those|{PERSON_NOUNS})\s+(?:with|who|taking|on|of)\b)")
_STATE_LIST_OPEN = re.compile(rf"(?P<between>(?:\s+[\w\-]+){{0,6}}?)\s+(?={_STATE_OPENS})", re.I)
# Words that end advice's clause before any people it could be for ("X should not be used unless ... in people with").
_CLAUSE_TURN = re.compile(r"\b(?:unless|except|if|when|because|but|although|whereas)\b", re.I)
_LIST_STOP = re.compile(r"\b(?:without|because|unless|if|when|whenever|except|since|until|due|but|although|while|"
                        r"whereas)\b|(?<!such\s)\bas\b", re.I)
_ITEM_SPLIT = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", re.I)
_ITEM_PEOPLE = re.compile(
    rf"^(?:(?:in|for|by|over|during)\s+)?(?:(?:all|most|the|any)\s+)?(?:(?:{PERSON_NOUNS}|those)\s+"
    r"(?:with|who\s+(?:is|are|has|have)|taking|on|of)\s+)?(?:(?:a|an|the)\s+)?"
    r"(?:(?:past\s+|previous\s+|known\s+)?history\s+of\s+(?:(?:a|an)\s+)?)?", re.I)
_OPENS_ITEM = re.compile(rf"^{_STATE_OPENS}", re.I)
# An item that opens a clause of its own (a verb, an auxiliary, a pronoun) ends the list: "... in people with asthma
# and used with caution in ...".
_NO_ITEM = re.compile(r"^(?:[a-z]+ed\s+(?:with|in|for|to|by|as|at|on|only|if|when|under|over)\b|"
                      r"is|are|was|were|be|been|should|must|may|might|can|could|has|have|had|it|they|"
                      r"this|these|which|that)\b", re.I)
# Where an item's own words end: a preposition of its setting ("warfarin in Japanese labelling").
_ITEM_SETTING = re.compile(r"\s+(?:in|at|for|during|from|to|within|after|before)\s.*$", re.I)
# People named inside an item, after its use ("for migraine prevention in women with ..."): an item of their own.
_PEOPLE_INSIDE = re.compile(rf"\s(?=(?:in|for|among)\s+(?:(?:all|most|the)\s+)?{PERSON_NOUNS}\b)", re.I)


def _items(listed: str, opened: bool) -> list[str]:
    """The states of a list (``_STATE_LIST_OPEN``, or one after "such as"): each item with its opening preposition,
    people and "a history of" taken off. With ``opened``, the first item must open with a preposition of a state or
    the people; an item opening a clause of its own ends the list."""
    stop = _LIST_STOP.search(listed)
    parts = [p.strip(" .") for p in _ITEM_SPLIT.split(listed[:stop.start()] if stop else listed)]
    out: list[str] = []
    for i, part in enumerate(parts):
        if not part or (opened and i == 0 and not _OPENS_ITEM.match(part)) or _NO_ITEM.match(part):
            break
        for whole in [part, *(part[m.end():] for m in _PEOPLE_INSIDE.finditer(part))]:
            item = _ITEM_SETTING.sub("", _ITEM_PEOPLE.sub("", whole, count=1)).strip()
            if item:
                out.append(item)
    return out


# A list of what is a contraindication to a thing ("if the patient has no contraindication such as active peptic
# ulcer disease, significant kidney impairment or uncontrolled heart failure"; "contraindications before NSAIDs,
# including kidney disease, ..."). Grammar, no topic.
_CONTRAINDICATIONS = GuardedPattern(re.compile(
    r"\bcontraindications?\b[^.;:]{0,40}?\b(?:such\s+as|including|like)\s+(?P<l>[^.;:]+)", re.I),
    ("contraindication",))  # (a statement without the word is not scanned: ``guarded``)
# A headline of contraindications to a thing, its list after it ("Contraindications to gizmomab are:", each state an
# item of its own), and what an item names inside brackets after "including" ("Serious skin conditions (including
# frobnitis)"). Grammar, no topic.
_CONTRAINDICATIONS_HEAD = GuardedPattern(re.compile(r"^\W*(?P<h>[^:]*\bcontraindicat\w*[^:]*):\s*$", re.I),
                                         ("contraindicat",))
_BRACKET = re.compile(r"\((?P<b>[^()]*)\)")


def _listed_under_head(c: Candidate, forms: list[frozenset[str]]) -> list[list[str]]:
    """The states a statement lists under its headline of contraindications to the asked thing (``forms``, named in
    the headline: ``_CONTRAINDICATIONS_HEAD``), one item a sentence of its passage quoted with it (a list of lines
    the splitter keeps apart: "Contraindications to gizmomab are: A history of X Serious skin conditions (including
    frobnitis) ..."): each item as one state, and each state named in its brackets after "including" or "such as"
    (``_items``). Empty for any other statement."""
    sentences = [t.strip() for t in c.hit.chunk.sentence_texts()]
    head_at = next((i for i, t in enumerate(sentences) if t and c.text.startswith(t)
                    and _CONTRAINDICATIONS_HEAD.match(t)), None)
    if head_at is None:
        return []
    head = frozenset(tokenize(sentences[head_at]))
    if not any(t in head for form in forms for t in form):
        # (A word of one of its forms: "Contraindications to interferon are:" heads the list for "adjuvant high-dose
        # interferon", whose other words the head does not repeat.)
        return []
    listed: list[list[str]] = []
    for item in sentences[head_at + 1:]:
        if not item or item not in c.text:
            break
        states = [_ITEM_PEOPLE.sub("", _BRACKET.sub("", item), count=1).strip(" .")]
        for inner in _BRACKET.finditer(item):
            such = _SUCH_AS.search(inner.group("b"))
            if such is not None:
                states += _items(inner.group("b")[such.end():], opened=False)
        listed.append([state for state in states if state])
    return listed


# Use of a thing for the cases a list names, after advice against its usual use ("... are not recommended as routine
# first-line drugs for uncomplicated hypertension but are used when there is another indication such as angina or
# heart failure"): the cases after "such as", or the people after "in"/"for".
_USED_FOR_CASES = re.compile(
    r"\b(?:is|are)\s+(?:\w+ly\s+)?(?:recommended|used|given|preferred|indicated|offered|suggested|advised|"
    r"considered|chosen)\s+(?P<l>(?:when|where|if|in|for)\b[^.;:]*)", re.I)
_SUCH_AS = re.compile(r"\b(?:such\s+as|including|like)\s+", re.I)
# A clause whose subject is left to the one before ("... but are used when ..."), or is a pronoun.
_ELIDED_SUBJECT = re.compile(r"^\W*(?:(?:it|they|these|this)\s+)?(?:is|are|may|can|should|must)\b", re.I)


# A list of states opened as their absence ("in the absence of risk factors, signs, or symptoms", "with no signs or
# symptoms", "without symptoms"): each item is a state the people lack. Grammar.
_ABSENT_LIST = re.compile(r"^\W*(?:the\s+)?(?:absence\s+of|lack\s+of|no|without|free\s+of)\b", re.I)


def _denies_a_listed(states: list[str], asked_states_: tuple[str, ...]) -> bool:
    """Whether one of the asked people's states denies by a prefix a state a list of absent states names
    (``negation.denied_by_prefix``: "asymptomatic" people are those "in the absence of ... symptoms"): the list is of
    them."""
    listed = frozenset(t for said in states for t in tokenize(_ABSENT_LIST.sub(" ", said)))
    asked = frozenset(t for state in asked_states_ for t in tokenize(state))
    return any(denied_by_prefix(a, t) for a in asked for t in listed)


def _matches(states: list[str], asked: frozenset[str], asked_states_: tuple[str, ...],
             links: StateLinks | None) -> bool:
    """Whether a statement's listed ``states`` name the asked people: what defines them in the question's condition
    (``asked``, the same words both ways, ``defining_terms``) or one of their states (``same_state``)."""
    if states and _ABSENT_LIST.match(states[0]) and _denies_a_listed(states, asked_states_):
        return True
    for said in states:
        terms = frozenset(tokenize(said)) - QUESTION_WORDS
        if asked and terms and covers(terms, asked) and covers(asked, terms):
            return True
        if any(same_state(state, said, links) for state in asked_states_):
            return True
    return False


def against_for_them(candidates: list[Candidate], condition: str | None,
                     intervention_forms: tuple[frozenset[str], ...], states: tuple[str, ...] = (),
                     links: StateLinks | None = None) -> Candidate | None:
    """The first statement among ``candidates`` that advises against the asked intervention (``polarity.AGAINST``)
    for the very people the question's ``condition`` defines (``defining_terms``) or in one of the asked ``states``
    (``asked_states``), naming them in the list of people and states after its advice: a contraindication for them
    ("Propranolol should be avoided in people with asthma and used with caution in ..." for "Is propranolol
    recommended for migraine prevention in people with asthma?", "Extracorporeal shockwave therapy should be avoided
    in pregnancy, ..." for "... for a pregnant woman ...?"), which answers for them whatever the usual advice says.
    The clause of the advice must name the intervention by one of its names (``intervention_forms``) before the
    people: its subject, or the object of "Avoid". A statement naming the intervention that lists contraindications
    to it ("... if the patient has no contraindication such as active peptic ulcer disease, ...") is such advice for
    the states it lists. ``links``: how a state named in other words is found (``same_state``). None when the
    question names no such people or no statement advises so."""
    asked = defining_terms(condition)
    forms = [form for form in intervention_forms if form]
    if not (asked or states) or not forms:
        return None
    for c in candidates:
        if any(_matches(listed, asked, states, links) for listed in _against_lists(c, forms)):
            return c
    return None


# What follows "without" in the words between advice and its people: a thing that must come with it. Grammar.
_WITHOUT_REST = re.compile(r"\bwithout\b.*$", re.I | re.S)


# "it" as the subject of a clause of advice ("but it must be avoided ..."), the thing named before. Grammar.
# ("it" only: "they" is as often the people, "... but they should avoid large sudden changes in the amount they eat".)
_IT_SUBJECT = re.compile(r"^\W*(?:(?:but|and|yet|so|although|though|however),?\s+)?it\b", re.I)


def _against_lists(c: Candidate, forms: list[frozenset[str]], contraindications: bool = True) -> list[list[str]]:
    """The lists of people and states a statement advises against the asked intervention in (``forms``, its names):
    its ``contraindications`` ("no contraindication such as ..."), and the list after each advice against it ("should
    be avoided in people with asthma"); none for a statement that does not name it."""
    if not _names_any(c, forms):
        return []
    found = ([_items(listed.group("l"), opened=False) for listed in _CONTRAINDICATIONS.finditer(c.text)]
             if contraindications else [])
    if contraindications:
        found += _listed_under_head(c, forms)
    for clause in clauses(c.text):
        if stance(clause) != "against":
            continue  # (advice against stopping it, "should not be stopped in people with ...", is for it)
        for advice in AGAINST.finditer(clause):
            people = _STATE_LIST_OPEN.match(clause, advice.end())
            if people is None or _CLAUSE_TURN.search(people.group("between")):
                continue
            # (Not a thing named as what must come with the advised-against one: "Long-acting beta-agonists should
            # not be used without an inhaled corticosteroid in asthma" advises nothing against inhaled corticosteroids.)
            between = _WITHOUT_REST.sub("", people.group("between"))
            named = frozenset(tokenize(clause[:advice.start()] + " " + between))
            if _IT_SUBJECT.search(clause[:advice.start()]):
                # "Topiramate is an effective first-line alternative, but it must be avoided in pregnancy": the
                # pronoun is the thing the statement named before this clause.
                named |= frozenset(tokenize(c.text[:max(c.text.find(clause), 0)]))
            if any(form <= named for form in forms):  # (not advice against something else in the clause)
                found.append(_items(clause[people.end():], opened=True))
    return [listed for listed in found if listed]


def against_for_others(c: Candidate, condition: str | None, intervention_forms: tuple[frozenset[str], ...],
                       states: tuple[str, ...], links: StateLinks | None = None) -> bool:
    """Whether a statement's only advice against the asked intervention is for people other than those asked: it
    lists whom it is advised against in (``_against_lists``), and none of the lists names the asked people or one of
    their ``states``. "Propranolol should be avoided in people with asthma and used with caution in people with heart
    block ..." says nothing against propranolol for a patient with heart block: no "no" for them. False where the
    question names no such people."""
    asked = defining_terms(condition)
    forms = [form for form in intervention_forms if form]
    if not (asked or states) or not forms:
        return False
    # (Only advice against it: a list of contraindications beside advice for it, "recommended ... if the patient has no
    # contraindication such as ...", leaves that advice for everyone it does not list.)
    lists = _against_lists(c, forms, contraindications=False)
    return bool(lists) and not any(_matches(listed, asked, states, links) for listed in lists)


def used_for_them(candidates: list[Candidate], intervention_forms: tuple[frozenset[str], ...],
                  states: tuple[str, ...], links: StateLinks | None = None) -> Candidate | None:
    """The first statement among ``candidates`` that advises against the asked intervention's usual use and, in
    another clause, states its use in cases that name one of the asked people's ``states`` (``asked_states``,
    ``same_state``): the exception the advice makes for them ("Beta-blockers are not recommended as routine
    first-line drugs for uncomplicated hypertension but are used when there is another indication such as angina or
    heart failure" for "Is a beta-blocker reasonable for high blood pressure in a patient who also has angina?"), a
    yes for them. The clause of use must name the intervention (``intervention_forms``) or leave its subject to the
    clause before. None when no statement does."""
    forms = [form for form in intervention_forms if form]
    if not states or not forms:
        return None
    for c in candidates:
        if not _names_any(c, forms):
            continue
        parts = clauses(c.text)
        if not any(stance(part) == "against" for part in parts):
            continue
        for part in parts:
            if stance(part) is not None:
                continue
            if not (_ELIDED_SUBJECT.match(part) or any(form <= frozenset(tokenize(part)) for form in forms)):
                continue
            for used in _USED_FOR_CASES.finditer(part):
                listed = used.group("l")
                such = _SUCH_AS.search(listed)
                items = _items(listed[such.end():], opened=False) if such else _items(listed, opened=True)
                if _matches(items, frozenset(), states, links):
                    return c
    return None


# Advice for a thing that names the people it is for, each group after "for" or "in" ("Immediate antibiotics are
# recommended for children under 6 months, for children with severe symptoms such as high fever or severe ear pain,
# and for children with ear discharge"): the advice verb and the list after it. Grammar, no topic.
_ADVISED_FOR = re.compile(r"\b(?:is|are)\s+(?:\w+ly\s+)?(?:recommended|indicated|advised|needed|required)\s+"
                          r"(?P<l>(?:for|in)\b[^.;:]*)", re.I)
_GROUP_SPLIT = re.compile(r",?\s*(?:and\s+)?(?=\b(?:for|in)\s)", re.I)


def advised_for_them(candidates: list[Candidate], intervention_forms: tuple[frozenset[str], ...],
                     states: tuple[str, ...], links: StateLinks | None = None,
                     condition: str | None = None) -> Candidate | None:
    """The first statement among ``candidates`` that advises the asked intervention, naming it before the advice, for
    a group of people defined by one of the asked people's ``states`` (``_ADVISED_FOR``; each group after "for" or
    "in", its people and "such as" examples read as ``_items`` reads a list): advice for them, a yes ("Immediate
    antibiotics are recommended ... for children with ear discharge" for "Should a 9-month-old with acute otitis media
    and ear discharge get antibiotics straight away?", which the usual advice of watchful waiting had answered "No.").
    Advice against it in the same statement ("should not", "avoid") makes it none, and a state that is the asked
    ``condition`` itself sets no one apart. None when no statement does."""
    forms = [form for form in intervention_forms if form]
    # The condition itself ("hypertension" of "a woman with hypertension") is what the advice is for at large, no
    # state that sets the asked people apart.
    main = frozenset(tokenize(_JOINED.split(condition or "")[0])) - QUESTION_WORDS
    states = tuple(st for st in states if not (frozenset(tokenize(st)) - QUESTION_WORDS) <= main)
    if not states or not forms:
        return None
    for c in candidates:
        parts = clauses(c.text)
        if any(stance(part) == "against" for part in parts):
            continue
        for clause in parts:
            for advice in _ADVISED_FOR.finditer(clause):
                named = frozenset(tokenize(clause[:advice.start()]))
                if not any(form <= named for form in forms):
                    continue
                for group in _GROUP_SPLIT.split(advice.group("l")):
                    # A group is one item whatever joins its words ("for patients with hypertension and diabetes
                    # with albuminuria" is for those with both): only its "such as" examples are each its own.
                    such = _SUCH_AS.search(group)
                    head = _ITEM_SETTING.sub("", _ITEM_PEOPLE.sub("", re.sub(r"^(?:and|or)\s+", "", (
                        group[:such.start()] if such else group).strip(" ,.")), count=1)).strip(" ,.")
                    items = [head, *(_items(group[such.end():], opened=False) if such else [])]
                    if _matches([i for i in items if i], frozenset(), states, links):
                        return c
    return None


# A condition joined by "and" to another state of the asked people ("acute otitis media and ear discharge").
_JOINED = re.compile(r"\s+and\s+", re.I)


def joined_states(condition: str | None) -> tuple[str, ...]:
    """The states a question's condition joins to itself by "and", which set the asked people apart ("ear discharge"
    of "acute otitis media and ear discharge"); empty for a condition of one part."""
    return tuple(part.strip() for part in _JOINED.split(condition or "")[1:] if part.strip())



# A warning a statement gives of what it names, and what the warning is about: a noun of warning ("carry warnings
# about tendon rupture, aortic aneurysm and nerve damage", "a caution in ..."), or a verb of bringing a state about or
# making one worse ("can cause gout", "may worsen heart failure"), whose object is the state. Grammar of any
# specialty, no topic named.
_WARNED_OF = re.compile(r"\b(?:warnings?|cautions?)\s+(?:about|of|on|over|regarding|for|in)\s+(?P<l>[^.;:]+)", re.I)
HARM_VERBS = (r"caus(?:e|es|ed|ing)|induc(?:e|es|ed|ing)|provok(?:e|es|ed|ing)|precipitat(?:e|es|ed|ing)|"
              r"trigger(?:s|ed|ing)?|worsen(?:s|ed|ing)?|exacerbat(?:e|es|ed|ing)|aggravat(?:e|es|ed|ing)")
_HARM_VERB = re.compile(rf"\b(?P<v>{HARM_VERBS})\s+(?P<l>[^.;:]+)", re.I)
# ... or a verb that moves a measure one way ("can prolong the QT interval", "can raise blood pressure"), whose object
# is the measure: a warning in the state that measure moved that way names ("a long QT interval", "high blood
# pressure"; ``_moved_to``), never in the measure's own name ("reduces asthma attacks" warns of no asthma).
_MOVING_VERB = re.compile(r"\b(?P<m>prolong(?:s|ed|ing)?|lengthen(?:s|ed|ing)?|shorten(?:s|ed|ing)?|"
                          r"rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|elevat(?:e|es|ed|ing)|lower(?:s|ed|ing)?|"
                          r"reduc(?:e|es|ed|ing)|decreas(?:e|es|ed|ing))\s+(?P<l>[^.;:]+)", re.I)
# Words of a measure's direction, as stems ("long" and "prolong", "high" and "raised"): a state asked as a measure's
# direction ("a long QT interval") is the one a statement says a thing moves that measure towards ("can prolong the
# QT interval"), never the other ("high sodium" is not what "can cause low sodium" warns of). Grammar of change.
_UPWARD = frozenset(tokenize("long longer prolong prolonged lengthen high higher raise raised elevated increase "
                             "increased excess excessive"))
_DOWNWARD = frozenset(tokenize("short shorter shorten low lower reduce reduced decrease decreased deficient"))
# The words a subject's clause may not hold for the warning to be its own: a subordinate clause's opening ("Intravenous
# iron is recommended when oral iron causes ..." warns of oral iron, not intravenous iron).
_SUBJECT_TURN = re.compile(r"\b(?:when|if|unless|because|although|whereas|than|that|which|who|after|before|while)\b",
                           re.I)
# The most words a warned-of thing's subject may have: a longer run is no subject.
WARNED_SUBJECT_WORDS = 8


def _direction(terms: frozenset[str]) -> int:
    """+1 where ``terms`` hold a word of a measure going up (``_UPWARD``), -1 going down, 0 for neither or both."""
    up, down = bool(terms & _UPWARD), bool(terms & _DOWNWARD)
    return 0 if up == down else 1 if up else -1


def _moved_to(asked: str, verb: str, item: str) -> bool:
    """Whether a statement that moves a measure (``verb`` on ``item``: "prolong" on "the QT interval") moves it to
    the ``asked`` state ("a long QT interval"): the state's words other than its direction all said in the item, and
    its direction the one the verb or the item's own words state."""
    a = frozenset(ordered_terms(asked))
    measure = a - _UPWARD - _DOWNWARD
    said = frozenset(ordered_terms(item))
    wanted = _direction(a)
    stated = _direction(frozenset(tokenize(verb))) or _direction(said)
    return bool(measure) and wanted != 0 and wanted == stated and covers(said, measure)


def _warned_subject(text: str, start: int) -> str:
    """The words a warning at ``start`` of ``text`` is said of: its clause's words before it, less any subordinate
    clause's opening; for a pronoun, the words of the sentence before its clause."""
    before = re.split(r"[;(]", text[:start])[-1]
    turns = list(_SUBJECT_TURN.finditer(before))
    subject = before[turns[-1].end():] if turns else before
    if PRONOUN_SUBJECT.match(subject):
        return before[:turns[-1].start()] if turns else ""
    return subject


def _subject_names(subject: str, intervention: str | None, forms: list[frozenset[str]],
                   links: StateLinks | None) -> bool:
    """Whether a warning's ``subject`` names the asked intervention: by one of its names (``forms``), or by a class the
    corpus says it is one of (``links.kind_of``: "Macrolides" of clarithromycin, "a macrolide such as
    clarithromycin")."""
    words = re.findall(r"[A-Za-z][\w\-]*", subject)
    if not words or len(words) > WARNED_SUBJECT_WORDS:
        return False
    terms = frozenset(tokenize(subject))
    if any(form <= terms for form in forms):
        return True
    if not intervention or links is None or links.kind_of is None:
        return False
    return any(len(w) > 3 and w.lower().endswith("s") and links.kind_of(intervention, w) for w in words)


def warned_for_them(candidates: list[Candidate], intervention: str | None,
                    intervention_forms: tuple[frozenset[str], ...], states: tuple[str, ...],
                    links: StateLinks | None = None) -> Candidate | None:
    """The first statement among ``candidates`` that warns of the asked intervention in one of the asked ``states``:
    its subject names the intervention (``_subject_names``: by a name, or by a class the corpus says it is of), and
    what it warns of (``_WARNED_OF``: "Fluoroquinolones carry warnings about tendon rupture, aortic aneurysm and nerve
    damage") or says the intervention brings about or worsens (``_HARM_VERB``: "can cause gout") names the state, an
    item of its list (``same_state``); or it moves the measure the state is a direction of that way
    (``_MOVING_VERB``, ``_moved_to``: "Macrolides and fluoroquinolones can prolong the QT interval" for "a long QT
    interval"). A thing that brings the asked state about or worsens it is unsafe in it: a no to whether it is safe
    there. Not a warning under a negation ("does not cause ..."). None when no statement warns so."""
    forms = [form for form in intervention_forms if form]
    if not states or not forms:
        return None
    for c in candidates:
        for subject, moving, items in _warnings(c.text):
            if not _subject_names(subject, intervention, forms, links):
                continue
            if any(_moved_to(state, moving, item) if moving else same_state(state, item, links)
                   or _moved_to(state, "", item) for state in states for item in items):
                return c
    return None


def gives_warnings(text: str) -> bool:
    """Whether a statement gives a warning (``_warnings``): the only statements ``warned_for_them`` may return, so
    the only ones its caller need score."""
    return bool(_warnings(text))


@lru_cache(maxsize=20_000)
def _warnings(text: str) -> tuple[tuple[str, str | None, tuple[str, ...]], ...]:
    """The warnings a statement gives, in ``warned_for_them``'s order (``_WARNED_OF``, ``_HARM_VERB``, then
    ``_MOVING_VERB``), each not under a negation: (the words it is said of, ``_warned_subject``; the direction a moving
    verb gives, or None; the states it lists, ``_items``). Of the text alone, so read once per statement, not once per
    question."""
    out = []
    for found in [*_WARNED_OF.finditer(text), *_HARM_VERB.finditer(text), *_MOVING_VERB.finditer(text)]:
        if negated_at(text, found.start()):
            continue
        out.append((_warned_subject(text, found.start()), found.groupdict().get("m"),
                    tuple(_items(found.group("l"), opened=False))))
    return tuple(out)


# The people a question asks of, defined by the words just before the noun for them ("a penicillin allergic child",
# "penicillin-allergic patients"), after it by "with", "who are" or "who have" to a joining word ("a child with
# penicillin allergy and ..."), or by an adjective and its object after it ("a child allergic to penicillin").
# Grammar, no topic.
_DEFINED_BEFORE = re.compile(rf"(?:^|[\s,;:(])(?P<t>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*)\s+{PERSON_NOUNS}\b", re.I)
_DEFINED_WITH = re.compile(rf"\b{PERSON_NOUNS}\s+(?:with|who\s+(?:is|are|has|have))\s+"
                           r"(?P<t>(?:(?!\b(?:and|or|but|for|in|on|at|to|after|before|when|if|what|which|who|how|"
                           r"should|can|is|are|does|do|get|gets|take|takes|need|needs|be|have|has|receive|use|start)\b)"
                           r"[^,;.:?!])+)", re.I)
_DEFINED_ADJECTIVE = re.compile(rf"\b{PERSON_NOUNS}\s+(?P<t>[a-z][\w\-]*\s+(?:to|of)\s+[a-z][\w\-]*)", re.I)
# Words before a noun for people that define no state of theirs: determiners, numbers, words of age or sex.
_NOT_A_STATE = frozenset(tokenize("a an the my our your his her their this that these those each every any some all "
                                  "most many few other old young older younger year month week day male female"))


def asked_people_terms(question: str) -> tuple[frozenset[str], ...]:
    """The terms of each phrase that defines the people a question asks of (``_DEFINED_BEFORE``, ``_DEFINED_WITH``,
    ``_DEFINED_ADJECTIVE``): {"penicillin", "allerg"} of "penicillin allergic child ..." and of "a child allergic to
    penicillin". Words of age or number define nothing here (``lead.fit`` reads ages)."""
    found: list[frozenset[str]] = []
    for pattern in (_DEFINED_BEFORE, _DEFINED_WITH, _DEFINED_ADJECTIVE):
        for m in pattern.finditer(question):
            terms = frozenset(t for t in tokenize(m.group("t")) if not t.isdigit()) - QUESTION_WORDS - _NOT_A_STATE
            if terms and not negated(m.group("t")):
                found.append(terms)
    return tuple(dict.fromkeys(found))


def for_asked_people(question: str, c: Candidate, asked: tuple[frozenset[str], ...] | None = None) -> bool:
    """Whether statement ``c`` advises (or states the use of) a treatment for people it defines by just what the
    question defines its people by (``asked_people_terms``; the statement's people as ``_FOR_PEOPLE_DEFINED`` reads
    them, no more and no less, stems of one word meeting: "allerg" of "allergic" and "allergi" of "allergy"): "A
    gizmolide is used for children with penicillin allergy" for "penicillin allergic child with gizmo fever, what to
    give". False when the question defines its people by nothing. ``asked``: ``asked_people_terms(question)`` when the
    caller has it (asking of every ranked statement, it reads the question once)."""
    asked = asked_people_terms(question) if asked is None else asked
    if not asked:
        return False
    for m in _FOR_PEOPLE_DEFINED.finditer(c.text):
        if _MORE_PEOPLE.match(c.text, m.end()):
            continue
        said = frozenset(tokenize(m.group("t"))) - QUESTION_WORDS
        if said and any(covers(said, a) and covers(a, said) for a in asked):
            return True
    return False
