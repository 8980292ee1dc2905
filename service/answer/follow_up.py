"""A follow-up that names only what changes ("What about weight loss?", "What about in people with osteoporosis?"),
read as the question it follows with that change made.

A clinician who has asked "Does exercise help knee osteoarthritis?" asks "What about weight loss?" of the same
condition, and "What about in people with osteoporosis?" after "Does vitamin D prevent fractures?" of the same
treatment for other people. Read alone, such a follow-up names no question; read as the previous question with the
new thing in the place of the one it stands for, it keeps that question's kind (a yes/no question stays one) and is
answered on the new topic. Which place the new thing takes is read from the words, the corpus and the embedder: the
place of the thing it is another kind of ("hip osteoarthritis" for "knee osteoarthritis"), else the one whose
question the corpus answers with more direct statements, else the one the embedder puts it closer to. (The embedder
alone put "amitriptyline" closer to "migraine" than to "propranolol" and "cancer" closer to "vitamin D" than to
"cardiovascular events"; where the corpus answers both readings alike it still decides, and put "a long-acting
beta-agonist alone" closer to "asthma" than to "inhaled corticosteroids".) A phrase of setting ("in ...", "for ...")
narrows the question instead, and people ("children") take the place of the people it names, or narrow it to them.
"And X?" names what changes as "What about X?" does ("And bupropion?", "And in people with diabetes?"), and "What if
the child is allergic to penicillin?" narrows the question to the people of whom that holds, as "What about in a child
who is allergic to penicillin?" would. A chain of follow-ups is read against the whole question the previous one was
read as (``Answer.read_as``), so that "And paracetamol?" after "What about weight loss?" after "Is exercise
recommended for knee osteoarthritis?" still asks whether paracetamol is recommended.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np

from index.lexical import tokenize
from service.answer.bounds import asked_values
from service.answer.concepts import EMPTY_LEXICON, QUESTION_WORDS, Lexicon
from service.answer.question import (AGED, BEST_OF_KIND, PERSON_NOUNS, Question, as_note_written, names_people,
                                     question_type, read_question)
from service.answer.restated import rest_of_clause, with_values_restated

# "What about X?", "How about X?", "And what about X?", and "And X?" ("And bupropion?", "And in people with
# diabetes?"): a follow-up naming only what changes. Not "And" before a question of its own ("And is it safe?", "And
# what dose?", "And if ...?"), which is read as asked. Grammar.
_ABOUT = re.compile(r"^\s*(?:(?:(?:and|but|so),?\s+)?(?:what|how)\s+about|and(?!\s+(?:what|which|how|why|when|where|"
                    r"who|whom|whose|whether|if|is|are|was|were|do|does|did|can|could|should|would|will|may|might|"
                    r"must|has|have|had|shall|it|its|they|their|this|that|these|those|then|also|so)\b))\s+"
                    r"(?P<x>\S.*?)\s*[?.!]*\s*$", re.I)
# "What if the child is allergic to penicillin?", "What if she is pregnant?": a follow-up that says something of the
# people asked about, which narrows the question to people of whom it holds, as "What about in children who are
# allergic to penicillin?" does. Who (``who``: people named by a noun for people, or a pronoun for a person) and what
# is said of them (``p``, from its verb). Grammar.
_WHAT_IF = re.compile(rf"^\s*(?:(?:and|but|so)\s+)?what\s+if\s+(?P<who>(?:(?:the|a|an|my|our|your|this|that|these|"
                      rf"those)\s+)?(?:[\w\-]+\s+){{0,2}}?{PERSON_NOUNS}|he|she|they)\s+"
                      r"(?P<p>(?P<v>is|are|was|were|has|have|had|takes|take|uses|use|gets|get|needs|need|"
                      r"becomes|become)\s+\S.*?)\s*[?.!]*\s*$", re.I)
# "And if it is not tolerated?", "What if it does not work?", "But what if that fails?": a follow-up that names an
# occasion of the previous intervention, by a pronoun for it (not for people: "What if she is pregnant?" is
# ``_WHAT_IF``). It asks what is done then, as "What if oral iron is not tolerated?" does, not whether the intervention
# itself is safe or works: read as "If it is not tolerated?", it inherited a yes/no on oral iron and answered "No. Oral
# iron commonly causes nausea ...". ``p`` is what is said of it. Grammar.
_IF_IT = re.compile(r"^\s*(?:(?:and|but|so),?\s+)?(?:what\s+(?:happens\s+)?)?(?:if|when)\s+"
                    r"(?P<it>it|this|that|they|these|those)\s+"
                    r"(?P<p>(?:is|are|was|were|do|does|did|has|have|had|can|cannot|can't|don't|doesn't|isn't|aren't|"
                    r"fail|fails|stop|stops|cause|causes|become|becomes|won't|will)\b.*?)\s*[?.!]*\s*$", re.I)
# "And if eGFR is 25?", "But if he also has diabetes?": a follow-up that names an occasion of its own (``c``), not of
# the previous intervention by a pronoun (``_IF_IT``). Not "What if ...", which may ask of a thing by name ("What if
# oral iron fails?") or of people (``_WHAT_IF``). Grammar.
_IF_CLAUSE = re.compile(r"^\s*(?:(?:and|but|so),?\s+)?if\s+(?P<c>\S.*?)\s*[?.!]*\s*$", re.I)
# "What if penicillin allergic?", "What if pregnant?", "what if allergic to gizmocillin": a state of the patient said
# without a verb (no auxiliary or verb of its own; a word of state that ends as an adjective does, "-ic", "-ant",
# "-ent"), which asks the previous question again for a patient in that state, as "And if penicillin allergic?" does
# (``_IF_CLAUSE``). Read as asked, it inherited the drug the answer before led with ("amoxicillin") as its intervention
# and dropped the state: it answered with that drug to a patient allergic to it. Not "What if oral iron fails?", which
# asks of a thing by name with a verb of its own. Grammar.
# (Each word read whole, "[\w\-]++": a word run with optional spaces, repeated, cut a long word every way.)
_WHAT_IF_STATE = re.compile(r"^\s*(?:(?:and|but|so),?\s+)?what\s+if\s+(?P<c>(?!(?:he|she|they|it|this|that|these|those|"
                            r"the|a|an|my|our|your|his|her|their|we|i|you)\b)"
                            r"(?:(?!(?:is|are|was|were|be|been|being|has|have|had|do|does|did|can|could|will|would|"
                            r"should|shall|may|might|must|can't|cannot|won't|don't|doesn't|didn't|isn't|aren't|not|"
                            r"fails?|failed|persists?|stops?|continues?|gets?|becomes?|takes?|needs?)\b)[\w\-]++\s*){0,5}?)"
                            r"\s*[?.!]*\s*$", re.I)
_STATE_WORD = re.compile(r"\b[a-z]{3,}(?:ic|ant|ent)\b", re.I)
# A clause that opens on a pronoun for something named before ("it is not tolerated", "they fail"). Grammar.
_POINTS_BACK = re.compile(r"^(?:it|this|that|they|these|those|so|not)\b", re.I)
# The article before the thing a follow-up's new thing takes the place of ("a" of "Is a thiazide-like diuretic ...?"):
# the new thing comes with its own, or none ("Is ACE inhibitors ...?", not "Is a ACE inhibitors ...?"). Grammar.
_ARTICLE_BEFORE = re.compile(r"(?<=\s)(?:a|an)\s+$", re.I)
# People named alone, with at most two words before the noun for them ("adults", "older adults", "the elderly").
# Grammar.
_BARE_PEOPLE = re.compile(rf"(?:(?:a|an|the)\s+)?(?:[\w\-]+\s+){{0,2}}?{PERSON_NOUNS}", re.I)
# A conjunction that joins a follow-up to the question before ("And ...", "But, ...", "So ..."). Grammar.
_CONJUNCTION = re.compile(r"^\s*(?:and|but|so|also|then)\b,?\s*", re.I)
# A person's pronoun, as a "What if" follow-up names whom it says something of. Grammar.
_PERSON_PRONOUN = re.compile(r"^(?:he|she|they)$", re.I)
# The verbs of one person ("the child is", "she has"), which take "a" before the noun for them. Grammar.
_ONE_PERSON_VERB = re.compile(r"^(?:is|was|has|takes|uses|gets|needs|becomes)$", re.I)
# The words that point at people already named ("the", "this", "my"): "a" or nothing in their place. Grammar.
_POINTING = re.compile(r"^(?:(?:the|a|an|my|our|your|this|that|these|those)\s+)", re.I)
# What is no new thing in a place of the question: a negation ("not exercising", "no treatment", "stopping it"), which
# would flip what is asked, or a pronoun. Grammar.
_NOT_A_THING = re.compile(r"^(?:not|no|without|never|stopping|avoiding|it|this|that|them|these|those|one)\b", re.I)
# A question word inside what a follow-up names ("for how long", "in which patients"): it asks something of the
# previous topic, not a thing or a setting to put in its question. Grammar.
# (Not "who", "when" or "where", which open the clauses that define people: "in people who are obese".)
_ASKS = re.compile(r"\b(?:how|what|which|why)\b", re.I)
# ... and, after a comma, "when", "where" or "who" opening a question of its own with its auxiliary ("if no effect, when
# should it be stopped?"), not a clause that defines people or an occasion ("in people who are obese"). Grammar.
_ASKS_AFTER_COMMA = re.compile(r"[,;]\s*(?:when|where|who|whom)\s+(?:should|must|can|could|do|does|did|is|are|was|"
                               r"were|would|will|may|might|shall)\b", re.I)
# A phrase of setting that narrows the question ("in people with osteoporosis", "during pregnancy"). Grammar.
_SETTING = re.compile(r"^(?:in|for|among|during|with|after|before|while|when|at|on|without)\b", re.I)
# People, named first ("adolescents", "older adults", "children allergic to penicillin"): at most two words before a
# noun for people. Grammar.
_PEOPLE_FIRST = re.compile(rf"^(?:[\w\-]+\s+){{0,2}}?{PERSON_NOUNS}\b", re.I)
# The people a question names, with the words that describe them back to the word that opens their phrase ("older
# adults" of "... fractures in older adults?", "adults" of "Should adults be screened ...?"), and the noun after an
# age that names them ("a 4-month-old baby"). Grammar.
_PEOPLE_NAMED = re.compile(rf"\b(?:in|for|among|of|should|do|does|are|can|may|must)\s+(?P<p>(?:(?:a|an|the)\s+)?"
                           rf"(?:(?!(?:in|for|among|of|the|a|an)\b)[\w\-]+\s+){{0,2}}?{PERSON_NOUNS}"
                           rf"(?:\s+{PERSON_NOUNS})?)\b", re.I)
# People defined by a condition ("people with hip osteoarthritis"): another kind of the asked condition takes its place;
# any other narrows the question to them ("people with osteoporosis" after "Does vitamin D prevent fractures?").
_PEOPLE_WITH = re.compile(rf"^(?:[\w\-]+\s+){{0,2}}?{PERSON_NOUNS}\s+(?:with|who\s+have|who\s+has)\s+(?P<c>\S.*)$",
                          re.I)


@dataclass(frozen=True)
class Previous:
    """What a follow-up is read against: the previous question as asked and what it was read to be about."""

    question: str
    intervention: str | None
    condition: str | None
    # The previous question as the clinician wrote it, where ``question`` is how it was read ("72M new AF, score 3 -
    # anticoagulate?" read as "Should a 72-year-old man with new AF, score 3 be anticoagulated?"): its case, said first,
    # is what a follow-up asking its own thing keeps (``case_context``).
    asked: str | None = None


# What a "What if" follow-up says of the people (``_WHAT_IF``'s ``p``) up to a comma, then a question of its own ("is
# pregnant, anything extra to test for?"): an opener of a question (a question word, an auxiliary, "any ..."). Grammar.
_STATE_THEN_ASK = re.compile(r"^(?P<p>[^,;]+?)\s*[,;]\s*(?P<ask>(?:anything|any|something|what|which|how|when|who|"
                             r"should|do|does|is|are|can|could|must|would|will|need)\b.*)$", re.I)
# Words by which a question asks what more there is ("anything extra to test for", "what else", "any other tests",
# "additional checks"): asked after a new state of the patient, what that state adds to the case, not the earlier
# question's thing again. A small closed class of general English.
_ANYTHING = re.compile(r"^(?:anything|something)\b", re.I)
_ADDED = re.compile(r"\b(?:extra|else|additional|other|further|more|also)\b", re.I)


def what_the_state_adds(text: str, previous: Previous) -> str | None:
    """A "What if" follow-up that says a new state of the patient and asks what more it calls for ("what if she is
    pregnant, anything extra to test for?", ``_STATE_THEN_ASK``, ``_ADDED``), as that question asked of the previous
    condition in the people of whom the state holds ("Anything extra to test for in acute gizmo failure in a person who
    is pregnant?"), without the previous question's thing: read as the previous question in that state, it asked again
    whether to send the first test, and answered that. None for any other follow-up, or where the previous question
    named no condition."""
    said = _WHAT_IF.match(text)
    split = _STATE_THEN_ASK.match(said.group("p")) if said else None
    if said is None or split is None or not _ADDED.search(split.group("ask")):
        return None
    condition = previous.condition or case_condition(previous.asked or previous.question)
    if not condition:
        return None
    # ("anything extra to test for" asked as "What extra to test for": read so, "anything extra to test" was taken for
    # the thing asked of.)
    ask = _ANYTHING.sub("What", split.group("ask").strip().rstrip("?.! "), count=1)
    return (f"{ask[:1].upper()}{ask[1:]} in {condition} in {_people(said.group('who'), said.group('v'))} who "
            f"{split.group('p')}?")


# A follow-up that is a condition alone, with or without a question of its own after a dash ("what if she were 45 - when
# should we plan delivery?", "and if it were only stage 0?"): the condition (``c``) and its own ask (``ask``). Grammar.
_CONDITION_THEN_ASK = re.compile(r"^\s*(?:(?:and|but|so),?\s+)?(?:what\s+)?if\s+(?P<c>[^?]+?)"
                                 r"(?:\s+[-\u2013\u2014]+\s+(?P<ask>[^?]+?))?\s*\?*\s*$", re.I)


def restated_case(text: str, previous: Previous) -> str | None:
    """A follow-up that says a value of the previous case anew (``restated``: "what if his BMI were 28 but he has type 2
    diabetes?" after "adult BMI 32, no comorbidities, ... - can I add gizmostat?") as that case note with the new value
    in place of the old, what else it says added to the case, and its own ask after a dash, else the previous one
    ("adult BMI 28, no comorbidities, ..., he has type 2 diabetes - can I add gizmostat?"). The case keeps what it does
    not restate (the thing asked of, the condition, the other values); the value said anew replaces the one it stands
    for. Read as asked, it named no topic and was searched with the case before, old value and all: the advice for
    another case (weight loss in diabetes) led, not the rule on gizmostat whose threshold the new value meets. None
    where the follow-up is no condition, the previous question no case note said before its ask
    (``_CASE_THEN_ASK``), or no value of it is said anew."""
    said = _CONDITION_THEN_ASK.match(text)
    # (The case as the clinician wrote it, else as the answer before read it: a restated case read before, so that a
    # chain of restatements keeps narrowing the same case note.)
    shaped = next((m for note in (previous.asked, previous.question) if said and note
                   and (m := _CASE_THEN_ASK.match(as_note_written(note)))), None)
    if said is None or shaped is None:
        return None
    case, clause = shaped.group("case"), said.group("c")
    new_case = with_values_restated(case, clause)
    if new_case == case:
        return None
    rest = rest_of_clause(clause, case)
    ask = (said.group("ask") or shaped.group("ask")).strip().rstrip("?.! ")
    return f"{new_case}{', ' + rest if rest else ''} - {ask}?"


def as_whole_question(text: str, previous: Previous | None, lexicon: Lexicon = EMPTY_LEXICON,
                      answered: Callable[[str], int] | None = None) -> str:
    """``text`` as a whole question: a follow-up that names only what changes ("What about X?") as the previous question
    with X in the place of its intervention or its condition, or with X added where X is a setting or people; ``text``
    itself for any other question, or where the previous question does not name what X takes the place of in its own
    words. An occasion of the previous intervention named by a pronoun ("And if it is not tolerated?", ``_IF_IT``) is
    asked of that intervention by name ("What if oral iron is not tolerated?"). Of the two places, the one of the thing
    X is another kind of (``_same_head``: "hip osteoarthritis" for "knee osteoarthritis"), else the one whose question
    the corpus answers with more direct statements (``answered``: "amitriptyline" in the place of "propranolol", not of
    "migraine"), else the one X is closer to in the embedder's space (``_closer``: "all-cause mortality" to
    "diabetes-related deaths")."""
    added = what_the_state_adds(text, previous) if previous is not None else None
    if added is not None:
        return added
    restated = restated_case(text, previous) if previous is not None else None
    if restated is not None:
        return restated
    said = _IT_IS_CASE.match(text)
    if said and previous is not None and not _BARE_PEOPLE.fullmatch(said.group("z")):
        if previous.intervention and previous.condition:
            text = f"What about {said.group('z')}?"  # in the place of the thing it is another of, as "What about X?"
        else:
            other_case = _other_case(said.group("z"), previous)
            if other_case is not None:
                return other_case
    occasion = _IF_IT.match(text)
    if occasion and previous is not None and previous.intervention and \
            occasion.group("it").lower() in ("they", "these", "those") and not previous.intervention.endswith("s"):
        occasion = None  # "they" names a plural thing ("topical NSAIDs"), else people ("What if they are pregnant?")
    if previous is not None and previous.intervention and occasion:
        return f"What if {previous.intervention} {occasion.group('p')}?"
    instead = _taken_instead(text, previous) if previous is not None else None
    if instead is not None:
        return instead
    new = named_change(text)
    clause = _IF_CLAUSE.match(text)
    state = _WHAT_IF_STATE.match(text)
    if new is None and clause is None and state and _STATE_WORD.search(state.group("c")):
        clause = state
    if (previous is not None and new is None and clause and not _POINTS_BACK.match(clause.group("c"))
            and not _ASKS.search(clause.group("c")) and not _ASKS_AFTER_COMMA.search(clause.group("c"))):
        # "And if eGFR is 25?", "And if still uncontrolled on ICS/LABA?": the previous question asked on that
        # occasion ("Is metformin first-line for type 2 diabetes if eGFR is 25?"). Read alone as "If eGFR is 25?" of
        # the inherited topic, it answered "uncertain" from the statements on metformin's first-line use, none of
        # which speaks of the occasion.
        asked = _whole(previous).strip().rstrip("?.! ") or previous.question.strip().rstrip("?.! ")
        # (A value of the case said anew, "if it were only stage 0", in place of the one asked: ``restated``.)
        asked = with_values_restated(without_earlier_age(asked, clause.group("c")), clause.group("c"))
        return f"{asked} if {clause.group('c')}?"
    # (An occasion followed by a question of its own, "And if she starts gizmo K, how often check the gizmo level?",
    # asks that question, not the previous one's yes or no on that occasion: read as the previous question "... if she
    # starts gizmo K how often check ...?", it took the previous question's verdict.)
    if previous is not None and new is None:
        return another_for_the_condition(text, previous) or text
    if previous is None or new is None:
        return text
    same = _FOR_THE_SAME.search(new)
    if same and same.start() > 0:
        new = new[:same.start()]  # "emergency contraception" of "emergency contraception for her": a thing for her
    if (_NOT_A_THING.match(new) or _ASKS.search(new) or not frozenset(tokenize(new)) - QUESTION_WORDS
            or _asks_an_aspect(new)):
        # Nothing to put in a place: the follow-up is read as asked, inheriting the previous topic ("What about side
        # effects?" asks them of the previous intervention).
        return text
    defined = _PEOPLE_WITH.match(new)
    if defined and previous.condition and _same_head(defined.group("c"), previous.condition):
        new = defined.group("c")  # "people with hip osteoarthritis": another kind of the condition in its place
    else:
        defined = None
    asked = _whole(previous).strip().rstrip("?.! ")
    setting = _SETTING.match(new)
    if setting:
        inner = new[setting.end():].strip()
        named = list(_PEOPLE_NAMED.finditer(asked))
        if previous.condition and _same_head(inner, previous.condition) and not _PEOPLE_FIRST.match(inner):
            new = inner  # "for hip osteoarthritis": another kind of the condition, in its place (below)
        elif (previous.intervention and new.lower().startswith("with ") and not _PEOPLE_FIRST.match(inner)
              and lexicon.written_joined(previous.intervention, _POINTING.sub("", inner))):
            # A thing the corpus gives together with the intervention ("And with calcium?" after "Does vitamin D
            # prevent fractures ...?", where it writes "vitamin D and calcium"): the two taken together, in the
            # intervention's place, not people with it ("... in older adults with calcium" read a statement on
            # vitamin D alone as the answer).
            found = re.search(re.escape(previous.intervention), asked, re.I)
            if found:
                return f"{asked[:found.end()]} with {_POINTING.sub('', inner)}{asked[found.end():]}?"
            return f"{asked} {new}?"
        elif named and ((_BARE_PEOPLE.fullmatch(inner) and not _same_kind(inner, named[-1].group("p")))
                        or (named[-1].end("p") == len(asked) and _POINTING.sub("", inner).lower().startswith(
                            _POINTING.sub("", named[-1].group("p")).lower() + " "))):
            # Other people, named alone ("in adults" after "... for a child with ..."), or the same people said more of
            # where the question ends on them ("in older adults with osteoporosis" after "... in older adults"): in the
            # place of those the previous question names, as "What about adults?" is; anything else said of people
            # narrows it instead ("in a child who is allergic to penicillin" after "... for a child with acute otitis
            # media?": put in its place, "... for a child who is allergic to penicillin with acute otitis media" was
            # read as one condition and found no direct answer).
            return f"{asked[:named[-1].start('p')]}{_POINTING.sub('', inner)}{asked[named[-1].end('p'):]}?"
        else:
            return f"{without_earlier_age(asked, new)} {new}?"
    if _PEOPLE_FIRST.match(new) and not defined:
        # Other people: in the place of those the previous question names, else added as its population.
        named = list(_PEOPLE_NAMED.finditer(asked))
        if named:
            return f"{asked[:named[-1].start('p')]}{new}{asked[named[-1].end('p'):]}?"
        return f"{asked} in {new}?"
    if previous.condition and not previous.intervention and not _same_head(new, previous.condition):
        # After a question on a condition alone ("How is iron deficiency anaemia treated?"), a thing that is no kind
        # of it ("intravenous iron") is a treatment asked for it.
        return f"{new[:1].upper()}{new[1:]} for {previous.condition}?"
    wholes = {old: f"{_ARTICLE_BEFORE.sub('', asked[:found.start()])}{new}{asked[found.end():]}?"
              for old in (previous.intervention, previous.condition)
              if old and (found := re.search(re.escape(old), asked, re.I))}
    if not wholes:
        return text
    if len(wholes) == 1:
        return next(iter(wholes.values()))
    if same and previous.intervention in wholes:
        # A thing said to be for the person asked about ("And what about gizmo pills for her?") is another thing to give
        # that person, in the intervention's place: put in the condition's, "Is drugx safe in gizmo pills for her?"
        # asked again of drugx, and its answer stood for the new thing's.
        return wholes[previous.intervention]
    kin = [old for old in wholes if _same_head(new, old)] or [old for old in wholes if _other_kind_of(new, old)]
    if len(kin) == 1:
        return wholes[kin[0]]  # another kind of the same thing ("hip osteoarthritis" for "knee osteoarthritis")
    counts = {old: answered(whole) if answered else 0 for old, whole in wholes.items()}
    best = [old for old, n in counts.items() if n == max(counts.values())]
    return wholes[best[0] if len(best) == 1 else _closer(new, best, lexicon)]


# A yes/no question that opens on its verb with a thing as its subject ("Is venlafaxine an option?", "Can weight loss
# help?"), not a pronoun for what was asked before ("Is it safe?", "Are they recommended?") nor "there". Grammar.
_THING_ASKED = re.compile(r"^\s*(?:(?:and|but|so),?\s+)?(?:is|are|was|were|does|do|did|can|could|should|would|will|"
                          r"may|might|must|has|have)\s+(?!(?:it|its|they|them|this|that|these|those|he|she|i|we|you|"
                          r"there|one|either|both|any|anything|something|the|such)\b)\S", re.I)
# ... or on a person taking a thing it names ("Can she take topiramate if she is planning pregnancy?" after "What drugs
# are first line for migraine prevention?" asks of topiramate, not of the propranolol the answer led with). Grammar.
_PERSON_TAKES_THING = re.compile(
    r"^\s*(?:(?:and|but|so),?\s+)?(?:is|are|does|do|can|could|should|would|will|may|might|must)\s+"
    r"(?:she|he|they|i|we|you|(?:the|my|this|our|a)\s+(?:patient|pt|child|woman|man|person))\s+"
    r"(?:take|use|have|try|start|get|continue|receive|be\s+given|be\s+prescribed|be\s+started\s+on)\s+"
    r"(?!(?:it|its|them|this|that|these|those|one|either|both|any|anything|something|the\s+same|more|less)\b)[a-z]",
    re.I)


# An age said as a number of years, months, weeks or days old ("4-year-old", "8 years old"), with an article or "a"
# before it where one stands. Grammar.
_AN_AGE = re.compile(rf"(?:\b(?P<article>a|an)\s+)?\b(?P<age>{AGED})\b", re.I)
# The number and unit of such an age ("8 years old": 8, year).
_AGE_PARTS = re.compile(r"(?P<n>\d+)[\s\-]+(?P<unit>year|month|week|day)", re.I)
# Nouns of people a follow-up may give an age to that are not the person asked of: kin and others about them
# ("his 2-year-old brother", "her baby", "the mother"), and the nouns of one or many people (``PERSON_NOUNS``). A closed
# class of general English.
_OTHER_PERSON = re.compile(rf"\b(?:brothers?|sisters?|siblings?|twins?|mothers?|fathers?|parents?|sons?|"
                           rf"daughters?|husbands?|wife|wives|partners?|friends?|cousins?|grand\w+|newborns?|"
                           rf"{PERSON_NOUNS.replace('|' + AGED, '')})\b", re.I)


def without_earlier_age(asked: str, said: str) -> str:
    """The previous question ``asked`` with the age it gives (``AGED``: "4-year-old") changed to the one a follow-up
    says (``said``: "he were 8 years old instead", ``bounds.asked_values``), as "and if he were 8 years old instead?"
    asks the question for an 8-year-old: with both ages in it, the question read as one for both, and advice on what
    the age bands of the source mean led above the advice for the new age's band. Only where ``asked`` gives one age
    and ``said`` gives it to the same person, naming no one ``asked`` does not ("his 2-year-old brother has it too"
    keeps the patient's age, and "a 3-month-old baby" of a mother asked of stays, ``_OTHER_PERSON``); ``asked`` itself
    otherwise. An age naming a person ("a 4-year-old") takes the new one in its place, so the person stays in the
    question; a case note's label ("4-year-old femoral ...") is dropped."""
    ages = [value for (what, _), value in asked_values(said) if what == "age"]
    found = list(_AN_AGE.finditer(asked))
    if len(ages) != 1 or len(found) != 1 or _names_someone_else(asked, said):
        return asked
    old = found[0]
    if not old.group("article"):
        # A case note's label ("4-year-old femoral shaft fracture, ..."), no person named by it: dropped, the age the
        # follow-up says standing after it. Put in, "8-year-old femoral shaft fracture ... if he were 8 years old"
        # was read as a condition with an age in its name, and the advice for the age band no longer led.
        return f"{asked[:old.start()]}{asked[old.end():]}".strip()
    told = _AGE_PARTS.match(m.group("age")) if (m := _AN_AGE.search(said)) else None
    if told is not None:
        number, unit = told.group("n"), told.group("unit").lower()
    elif ages[0] >= 1 and ages[0] == int(ages[0]):
        number, unit = str(int(ages[0])), "year"
    else:
        return asked
    article = "an " if re.match(r"8|1[18](?!\d)", number) else "a "
    return f"{asked[:old.start()]}{article}{number}-{unit}-old{asked[old.end():]}"


def _names_someone_else(asked: str, said: str) -> bool:
    """Whether ``said`` names a person (``_OTHER_PERSON``) that ``asked`` does not name: its age is that person's."""
    named = {m.group().lower() for m in _OTHER_PERSON.finditer(asked)}
    return any(m.group().lower() not in named for m in _OTHER_PERSON.finditer(said))


def another_for_the_condition(text: str, previous: Previous) -> str | None:
    """A yes/no follow-up that names another thing where the previous question named its intervention ("Is venlafaxine
    an option?" after "Can duloxetine be used for painful CIPN?"), asked in its own words of the previous question's
    condition and people ("Is venlafaxine an option for painful CIPN?"). Read alone it names no condition, and so no
    topic of its own: it inherited duloxetine, and answered "Yes." from the duloxetine statement while its own quotes
    said venlafaxine is not recommended for routine use. The thing takes the intervention's place where the follow-up,
    asked of the condition, reads it as its intervention; not where that is the previous intervention again, people,
    an aspect of the previous intervention ("Is the dose ...", ``_asks_an_aspect``) or a word that only frames a
    question ("Can treatment be reduced later?" asks of the treatment before). None where nothing of this holds, or
    the previous question named no intervention and condition."""
    if not previous.intervention or not previous.condition or not _THING_ASKED.match(text):
        return None
    alone = read_question(text)
    if alone.intervention or alone.condition:
        return None
    own = without_conjunction(text).strip().rstrip("?.! ")
    whole = _whole(previous).strip().rstrip("?.! ")
    people = [m.group("p") for m in _PEOPLE_NAMED.finditer(whole)
              if _POINTING.sub("", m.group("p")).lower() not in previous.condition.lower()]
    asked = f"{own} for {previous.condition}" + (f" in {people[-1]}" if people else "") + "?"
    q = read_question(asked)
    new = q.intervention
    if (not new or not q.condition or new.lower() not in own.lower() or new.lower() == previous.intervention.lower()
            or not frozenset(tokenize(new)) - QUESTION_WORDS or names_people(new) or _asks_an_aspect(new)):
        return None
    return asked


# A pronoun as the subject a question opens on ("Is it safe?", "Does it cause depression?", "Are they safe?"): in a
# follow-up, the thing asked before. Grammar.
_SUBJECT_PRONOUN = re.compile(r"^(?P<aux>(?:is|are|was|were|does|do|did|can|could|should|would|will|may|might|must|"
                              r"has|have)\s+)(?:it|they)\b", re.I)


def naming_it(text: str, intervention: str | None) -> str | None:
    """A follow-up that opens on a pronoun for its subject, with the previous intervention named in its place ("Is
    varenicline safe?" of "Is it safe?" after a question on varenicline); None where it opens otherwise or nothing was
    asked of before. Asked with the pronoun, the search had "it" and the name only appended, and "Is it safe?"
    answered "No." from "Varenicline commonly causes nausea ..." where "Is varenicline safe?" quotes the trial that
    found no increase in serious neuropsychiatric events."""
    match = _SUBJECT_PRONOUN.match(text)
    if match is None or not intervention:
        return None
    return f"{match.group('aux')[:1].upper()}{match.group('aux')[1:]}{intervention}{text[match.end():]}"


def asked_after(q: Question, previous: Previous, lexicon: Lexicon = EMPTY_LEXICON) -> Question:
    """A follow-up read as ``q``, asked after ``previous``: where the previous question read no topic that a follow-up
    could inherit, and the follow-up names none of its own or asks of the person asked about before by a pronoun
    ("Can she use nicotine patches?", ``_PERSON_ASKED``), with the previous question's words as its ``context``,
    searched with its own. A follow-up is about what the question before it was about: read alone, "How soon should
    the patient be reviewed?" after "Are SSRIs the first antidepressant for moderate depression?" found no relevant
    evidence, and "Can she use nicotine patches?" after "Should a pregnant smoker be offered help to stop?" lost the
    pregnancy. ``q`` itself where the previous question names a topic (inherited where the follow-up names none), or
    where the follow-up asks its own of no one before. ``lexicon`` tells which words of the case the corpus writes
    (``case_condition``)."""
    if previous.intervention or previous.condition:
        if (q.intervention and not q.condition and not q.inherited and previous.condition and q.type != "safety"
                and q.intervention.lower() != (previous.intervention or "").lower()):
            # A thing of its own asked of no condition ("How much gizmo loss is needed to make a difference?" after
            # a question on gizmo arthritis) is asked of the condition before: its name searched with the follow-up's
            # words, as the question names it ("... in gizmo arthritis"). Read alone, the statement that answers,
            # which names the thing and not the condition, was not found; the condition is not made the question's,
            # so a statement on the thing alone still answers. (Not its harms, asked wherever it is used.)
            return replace(q, context=previous.condition)
        return q
    own = q.as_asked or q.text
    core = (case_context(previous.asked or previous.question, lexicon) if _asks_its_own(own, previous.question)
            else None)
    # (Nor where what it reads as its condition is a state said of the person by a pronoun, "she cannot tolerate
    # methotrexate - is adalimumab alone ok?" after a case of a disease: a new state of that very case, not a topic of
    # its own. Read as its own, it lost the disease and found nothing.)
    # (... or its intervention: "she wants to try for a baby soon - when must she stop it?" read "she wants to try" as
    # the thing asked of, and the tamoxifen of the case before was lost.)
    said_of_them = any(part and _STATE_OF_THEM.match(part) for part in (q.condition, q.intervention)) or bool(
        q.condition and _CLAUSE_OF_CASE.search(q.condition))
    if (q.intervention or q.condition) and not _PERSON_ASKED.match(own) and not said_of_them:
        # (A thing of its own asked of no condition, "What if anticoagulation is contraindicated?" after a case, is
        # asked of the case's condition and ask: ``case_context``.)
        return replace(q, context=core) if core and not q.condition else q
    return replace(q, context=core or topic_of(previous.question))


# A clause that says a state of the person asked about by a pronoun ("she cannot tolerate X", "he is on dialysis"):
# read as a condition, it is a state of the case before, not a topic of its own. Grammar.
_STATE_OF_THEM = re.compile(r"^\s*(?:he|she|they)\s+\S", re.I)
# A condition read as a clause of the case's news, a state with its verb ("fracture found and needs fixation", "scan
# shows a bleed", "INR is 9"): what happened to the case before, not a topic of its own. A finite verb of being,
# having, needing, finding or showing; not the verb of a relative clause that says whom a topic is asked of ("women
# who have a high familial risk", "patients that are on dialysis": a topic of its own, asked of those people). Grammar.
_CLAUSE_OF_CASE = re.compile(r"(?<!\bwho )(?<!\bthat )(?<!\bwhich )(?<!\bwhom )"
                             r"\b(?:is|are|was|were|has|have|had|needs|needed|found|shows|showed|confirmed)\b", re.I)


# A case said first, then what is asked of it after a dash or a comma ("72M new AF, score 3 - should he be
# anticoagulated?", "child with gizmo disease on drugx - when can it be stopped?"): the case (``case``) and the ask
# (``ask``), at most eight words. Grammar.
_CASE_THEN_ASK = re.compile(r"^\s*(?P<case>\S[^?]*?)\s*(?:\s[-\u2013\u2014]+\s|[,;:]\s*(?=(?:what|which|how|when|why|"
                            r"should|can|could|is|are|do|does|would|will|may|must|any)\b))\s*"
                            r"(?P<ask>(?:\S+\s+){0,7}\S+?)\s*\??\s*$", re.I)
# The people a case opens on, with their age, and the word that joins what they have ("72-year-old man", "child
# with", "pt w", "a 3 year old with"): whom it is about, not its condition. Grammar.
_CASE_PEOPLE = re.compile(rf"^(?:(?:a|an|the|my|this|our)\s+)?(?:{AGED}\s*)?(?:(?:{PERSON_NOUNS}|pts?)\b\s*)?"
                          r"(?:(?:with|who\s+(?:has|have|had)|has|w)\b\s*)?", re.I)
# What the people of a case are said to take ("on drugx", "taking gizmo tablets"), up to a word that opens another
# phrase. Grammar.
_CASE_TAKING = re.compile(r"\s*\b(?:on|taking|using|receiving)\s+(?:[\w\-]+)(?:\s+(?!(?:with|and|or|who|for|in|at|to|"
                          r"but|of|from|has|have|had|is|was|wants?|needs?)\b)[\w\-]+){0,3}", re.I)
# A pronoun for a thing, in the ask of a case ("when can it be stopped?", "how do I reverse it?"): what the case says
# its people take is what is asked of. Grammar.
_ASK_POINTS_AT_A_THING = re.compile(r"\b(?:it|them)\b", re.I)


def case_condition(question: str, lexicon: Lexicon = EMPTY_LEXICON) -> str | None:
    """The condition a case said first names (``_CASE_THEN_ASK``: "new AF" of "72M new AF, score 3 - should he be
    anticoagulated?", "gizmo disease" of "child with gizmo disease on drugx - when can it be stopped?"): the first
    clause of the case, less its people (``_CASE_PEOPLE``) and, where the ask points at a thing by a pronoun, the
    thing they take (``_CASE_TAKING``), which was what that question asked of. A follow-up that asks its own thing asks
    it of that condition: searched with the whole question before, "What if anticoagulation is contraindicated?" found
    the advice on whom to anticoagulate by the score, and "from what age should gizmo eye screening start?" the
    advice on stopping drugx. Where the lexicon knows the corpus's words, the first clause naming a word the corpus
    writes (``_written_in``): "uncomplicated gizmo lie at 36 weeks" of "primigravida, uncomplicated gizmo lie at 36
    weeks - what to offer?" in a corpus that never writes "primigravida", which alone, as the context of "version
    tried and failed - next step?", kept nothing of the lie the advice on a failed version is for, and found no
    relevant evidence. None for a question of any other shape, or where nothing is left."""
    shaped = _CASE_THEN_ASK.match(question)
    if shaped is None:
        return None
    clauses = []
    for clause in re.split(r"\s*[,;]\s*", as_note_written(shaped.group("case"))):
        rest = clause[_CASE_PEOPLE.match(clause).end():].strip()  # type: ignore[union-attr]
        if _ASK_POINTS_AT_A_THING.search(shaped.group("ask")):
            rest = _CASE_TAKING.sub("", rest, count=1).strip()
        rest = re.sub(r"^(?:(?:with|w|and|a|an|the)\s+)+", "", rest, flags=re.I).strip()
        if frozenset(tokenize(rest)) - QUESTION_WORDS:
            clauses.append(rest)
    return next((c for c in clauses if _written_in(c, lexicon)), clauses[0] if clauses else None)


def _written_in(clause: str, lexicon: Lexicon) -> bool:
    """Whether the corpus writes a content word of ``clause`` (not a question's word nor a number); True where the
    lexicon does not know the corpus's words (``Lexicon.has_vocabulary``), which tells nothing apart."""
    if not lexicon.has_vocabulary():
        return True
    return any(lexicon.writes(t) for t in frozenset(tokenize(clause)) - QUESTION_WORDS if not t.isdigit())


# A pronoun for the person or the thing asked of before ("if she starts", "he's no better", "how long should it go
# on?"). Grammar.
_POINTS_BACK_AT_ALL = re.compile(r"\b(?:it|its|them|they|their|he|she|him|her|his|hers)\b|\b(?:he|she|it)'s\b", re.I)


def case_context(question: str, lexicon: Lexicon = EMPTY_LEXICON) -> str | None:
    """A case said first, as a follow-up asking its own thing is searched with it: its condition (``case_condition``)
    and what it asked ("new AF - should he be anticoagulated?" of "72M new AF, score 3 - should he be
    anticoagulated?"), without its people, its measured values, or the thing its ask points at. With the people and
    the score, the advice on whom to treat by the score led "What if anticoagulation is contraindicated?"; with the
    condition alone, "How often should eGFR be checked?" after "CKD 3 - should an ACE inhibitor be started?" lost the
    checks that go with starting it. None for a question of any other shape."""
    condition = case_condition(question, lexicon)
    shaped = _CASE_THEN_ASK.match(question)
    if condition is None or shaped is None:
        return None
    return f"{condition} - {shaped.group('ask')}?"


def _asks_its_own(follow_up: str, previous: str) -> bool:
    """Whether a follow-up asks a thing of its own, of the condition at large: it names a word the previous question
    does not (not a question's word), and points back at no person or thing by a pronoun. One that does ("what if
    she can't tolerate the tablets", "he's no better after 3 days, what now?") says something of that very case, and
    is searched with the whole of it: with the condition alone, the advice for those who do not improve was lost."""
    # (Not "for her" after what it names, "and what about gizmo screening for her?": the same person, to whom the new
    # thing is given, as "What about gizmo screening?" asks.)
    follow_up = _FOR_THE_SAME.sub("", follow_up.strip().rstrip("?.! "))
    own = frozenset(tokenize(follow_up)) - QUESTION_WORDS - frozenset(tokenize(previous))
    return bool(own) and not _POINTS_BACK_AT_ALL.search(follow_up)


# What a question asks named first and what it is asked of after it ("what's the target gizmo level for gizmocillin in
# gizmo fever": "gizmocillin in gizmo fever"): "what" or "which", a form of "be", at most four words naming what is
# asked, and a preposition. Grammar.
_ASKED_OF = re.compile(r"^\s*(?:what|which)(?:'s|\s+(?:is|are|was|were))\s+(?:(?:the|a|an)\s+)?"
                       r"(?:[\w\-]+\s+){1,4}?(?:for|of|in|on|with)\s+(?P<t>\S.*?)\s*[?.!]*\s*$", re.I)


def topic_of(question: str) -> str:
    """What a question asks something of, where it names what it asks first (``_ASKED_OF``: "gizmocillin in gizmo
    fever" of "What is the target gizmo level for gizmocillin in gizmo fever?"), which a follow-up asks something else
    of; the question itself for any other shape. Searched with the words of what the question before asked, "Pt wants
    to start a supplement, what should I do" quoted statements on checking that level, not the one on the
    supplement."""
    match = _ASKED_OF.match(question)
    return match.group("t") if match else question


# A person's pronoun as the subject a follow-up asks of, after a modal verb ("Can she use nicotine patches?", "Should
# he take it with food?"): the person the question before it asked about. Not "they", which as often names the
# things asked about before ("Can they be used in pregnancy?" after a question on ACE inhibitors). Grammar.
_PERSON_ASKED = re.compile(r"^\s*(?:(?:and|but|so),?\s+)?(?P<aux>can|could|should|would|will|may|might|must)\s+"
                           r"(?P<who>she|he)\b", re.I)


def naming_people(text: str, previous: Previous) -> str:
    """A follow-up that asks of a person by a pronoun (``_PERSON_ASKED``: "Can she use propranolol?") with the people
    the previous question named in its place ("Can pregnant women use propranolol?" after "Should pregnant women take
    topiramate for migraine?"): asked with "she", it kept no word of the pregnancy. ``text`` itself for any other
    question, or where the previous question names no people (``_PEOPLE_NAMED``)."""
    asked = _PERSON_ASKED.match(text)
    named = list(_PEOPLE_NAMED.finditer(_whole(previous).rstrip("?.! "))) if asked else []
    if not asked or not named:
        return text
    return f"{text[:asked.start('who')]}{named[-1].group('p')}{text[asked.end('who'):]}"


def without_conjunction(text: str) -> str:
    """A follow-up without the conjunction that joins it to the question before ("for how long?" of "And for how
    long?", "is it safe?" of "But is it safe?"), which is no part of what it asks: read with it, "And" was the
    intervention ("And and How Long"). ``text`` itself where none opens it."""
    stripped = _CONJUNCTION.sub("", text, count=1)
    return f"{stripped[:1].upper()}{stripped[1:]}" if stripped.strip() else text


def named_change(text: str) -> str | None:
    """What a follow-up that names only what changes names (``_ABOUT``: "weight loss" of "What about weight loss?" and
    of "And weight loss?"; ``_WHAT_IF``: "in a child who is allergic to penicillin" of "What if the child is allergic
    to penicillin?"); None for any other question."""
    match = _ABOUT.match(text)
    if match:
        return match.group("x")
    match = _WHAT_IF.match(text)
    if match is None:
        return None
    return f"in {_people(match.group('who'), match.group('v'))} who {match.group('p')}"


# "What if it is recurrent gizmitis with no effusion?", "And if it's a first episode in a toddler?": the case said to
# be another (``z``), a noun phrase of two words or more ("repeated gizmitis", a participle before a noun). Not a
# state of a thing said of "it" ("What if it is not tolerated?", "if it is still high", "if it is given at night"): a
# negation or an adverb first, or a participle before a preposition, an article or nothing (``_IF_IT``). Grammar.
_IT_IS_CASE = re.compile(r"^\s*(?:(?:and|but|so),?\s+)?(?:what\s+(?:about\s+)?)?if\s+(?:it|this|that)"
                         r"(?:\s+(?:is|was)|'s)\s+"
                         r"(?P<z>(?!(?:not|no|never|still|very|too|more|less|already|also|just|only|getting|becoming|"
                         r"being|now|again)\b)(?![a-z]+ly\b)"
                         r"(?![a-z]+(?:ed|en)\b(?:\s+(?:at|in|on|by|for|with|after|before|during|to|from|and|or|but|"
                         r"early|late|again|too|well|the|a|an)\b|\s*[?.!]*\s*$))"
                         r"[\w\-]+(?:\s+[\w\-]+)+?)\s*[?.!]*\s*$", re.I)
# The condition of the people a question names ("bilateral gizmitis for 4 months" of "... to a 3 year old with
# bilateral gizmitis for 4 months?"), up to the end of its clause. Grammar.
_PEOPLE_HAVING = re.compile(rf"\b(?:{PERSON_NOUNS}|pts?)\s+(?:with|who\s+(?:has|have|had))\s+"
                            r"(?P<c>[^,;?]+?)(?=\s*(?:[,;?]|\s[-\u2013\u2014]+\s|$))", re.I)


def _other_case(case: str, previous: Previous) -> str | None:
    """The previous question asked of the other ``case`` a follow-up says it is (``_IT_IS_CASE``: "Should gizmo tubes be
    given to a 3 year old with recurrent gizmitis but no effusion?" of "what if it is recurrent gizmitis but no
    effusion?" after "Should gizmo tubes be given to a 3 year old with chronic gizmitis for 4 months?"): the new case
    in the place of its condition, else of what its people are said to have (``_PEOPLE_HAVING``). Read as asked, it
    named no topic, and was searched with the whole question before: the advice for the first case led again. None
    where the previous question names no condition in its words."""
    asked = _whole(previous).strip().rstrip("?.! ")
    found = re.search(re.escape(previous.condition), asked, re.I) if previous.condition else None
    if found is not None:
        return f"{asked[:found.start()]}{case}{asked[found.end():]}?"
    having = list(_PEOPLE_HAVING.finditer(asked))
    if not having:
        return None
    start, end = having[-1].span("c")
    purpose = _FOR_A_PURPOSE.search(asked, start, end)
    end = purpose.start() if purpose else end  # (what they are tested or treated for stays: "... for asthma")
    return f"{asked[:start]}{case}{asked[end:]}?"


# "for" before what something is done for ("... with chronic cough for asthma"), not before a span ("for 4 months",
# "for a few weeks"). Grammar.
_FOR_A_PURPOSE = re.compile(r"\s+for\s+(?![\d]|(?:a|an|the|several|many|few|over|more|less|about|at|up)\b)[a-z]",
                            re.I)


# The person asked about before, named by a pronoun after what a follow-up names ("... for her", "... in him", "... for
# this patient"): the same person, to whom the new thing is given. Grammar.
_FOR_THE_SAME = re.compile(r"\s+(?:for|in|with|to)\s+(?:her|him|them|(?:this|that|the\s+same)\s+(?:patient|person|"
                           r"child|woman|man|baby|girl|boy))\s*$", re.I)


# What the people asked about take instead ("What about if she is on apixaban instead?", "what if he was on gizmarin
# instead?", "And if they are taking drugy?"): what they take (``x``). Grammar.
_TAKES_INSTEAD = re.compile(r"^\s*(?:(?:and|but|so),?\s+)?(?:(?:what|how)\s+about\s+|what\s+)?if\s+(?:he|she|they|"
                            r"(?:the|my|our|your)\s+[\w\-]+)\s+(?:is|are|was|were)\s+(?:on|taking|using|receiving)\s+"
                            r"(?P<x>\S.*?)(?:\s+instead)?\s*[?.!]*\s*$", re.I)
# What the previous question's people were defined by taking, where its condition names them ("patient on warfarin"),
# or, where it read none, where its words name people taking a thing ("patient on gizmarin with a major bleed - ...":
# at most three words after "on", up to a word that opens another phrase or a verb of the question). Grammar.
_DEFINED_BY_TAKING = re.compile(r"\b(?:on|taking|using|receiving)\s+(?P<y>.+)$", re.I)
_PEOPLE_TAKING = re.compile(rf"\b{PERSON_NOUNS}\s+(?:who\s+(?:is|was|are|were)\s+)?(?:on|taking|using|receiving)\s+"
                            r"(?P<y>(?!(?:the|a|an)\b)[\w\-]+(?:\s+(?!(?:with|and|or|who|for|in|at|to|but|because|"
                            r"after|since|of|from|has|have|had|is|was|be|wants?|needs?|takes?|uses?|starts?|stops?|gets?|"
                            r"can|could|should|may|must|will|would)\b)[\w\-]+){0,2})", re.I)


def _taken_instead(text: str, previous: Previous) -> str | None:
    """The previous question with what its people take replaced by what a follow-up says they take instead ("Is it safe
    to start a vitamin K2 supplement for a patient on apixaban?" of "What about if she is on apixaban instead?" after
    "... for a patient on warfarin?"; "patient on gizmarin with a major bleed - how do I reverse it?" of "what if he was
    on gizmaban instead?" after "patient on warfarin with ..."): put in as a setting, "if she is on apixaban" was read
    as the condition and the statement on apixaban was lost, and "in a person who was on gizmaban instead" kept nothing
    of the bleed nor of the reversal asked. None where the follow-up says no such thing, or the previous question's
    people are defined by no thing they take that its words name."""
    taken = _TAKES_INSTEAD.match(text)
    if taken is None:
        return None
    asked = _whole(previous).strip().rstrip("?.! ")
    condition = re.escape(previous.condition or "")
    defined = (_DEFINED_BY_TAKING.search(previous.condition or "")
               or (condition and re.search(rf"\b(?:on|taking|using|receiving)\s+(?P<y>{condition})\b", asked, re.I))
               or _PEOPLE_TAKING.search(asked))
    if defined is None:
        return None
    found = list(re.finditer(rf"\b{re.escape(defined.group('y'))}\b", asked, re.I))
    if not found:
        return None
    return f"{asked[:found[-1].start()]}{taken.group('x')}{asked[found[-1].end():]}?"


def _people(who: str, verb: str) -> str:
    """The people a "What if" follow-up speaks of, as a noun phrase that a relative clause can follow: "a child" of
    "the child is", "children" of "the children are", "people" of "they are", "a person" of "she is" (not "a woman":
    then "woman" was a word the answering statements had to name, and "What if she is pregnant?" after a question on
    topiramate for migraine lost its "No." from "... it must be avoided in pregnancy ...")."""
    if _PERSON_PRONOUN.match(who):
        return "a person" if _ONE_PERSON_VERB.match(verb) else "people"
    noun = _POINTING.sub("", who)
    return f"a {noun}" if _ONE_PERSON_VERB.match(verb) else noun


def _same_kind(a: str, b: str) -> bool:
    """Whether two phrases for people name the same kind of person by their nouns for people ("a child", "children
    under 2"): one noun's stem begins the other's."""
    first, second = (re.search(PERSON_NOUNS, phrase, re.I) for phrase in (a, b))
    if first is None or second is None:
        return False
    x, y = (next(iter(tokenize(noun.group(0))), "") for noun in (first, second))
    return bool(x and y) and (x.startswith(y) or y.startswith(x))


def _whole(previous: Previous) -> str:
    """The previous question as a whole question: as asked (or as read, ``Answer.read_as``), or, itself a follow-up
    that named only what changed ("What about weight loss?") or that names none of its topic in its own words ("For
    how long?", "Is it safe?"), as its topic reads ("weight loss for knee osteoarthritis?"), so that a chain of
    follow-ups keeps narrowing the same question."""
    parts = [p for p in (previous.intervention, previous.condition) if p]
    if not parts or (named_change(previous.question) is None
                     and any(re.search(re.escape(part), previous.question, re.I) for part in parts)):
        # (A question read as naming neither, "pt on gizmarin with a bleed - how do I reverse it?", is whole as asked:
        # read as its parts, it was "?", and "What if he was on Y instead?" was asked of nothing but Y.)
        return previous.question
    return " for ".join(parts) + "?"


def _asks_an_aspect(new: str) -> bool:
    """Whether what a follow-up names is an aspect of the previous question's topic, not a thing in its place: what
    its words cue as a safety or dosing question ("the risks", "side effects", "the dose"), read by the question
    reader's own cues (``question.question_type``), or a regimen ("how long", "the duration")."""
    return question_type(f"What about {new}?") in ("safety", "dosing") or bool(_REGIMEN_ASPECT.match(new))


# A regimen asked as an aspect ("how long", "the duration", "how often"). Grammar of a regimen.
_REGIMEN_ASPECT = re.compile(r"^(?:how\s+(?:long|often|much|many|soon)|(?:the|its)\s+(?:duration|length|frequency|"
                             r"timing|schedule))\b", re.I)


def _same_head(a: str, b: str) -> bool:
    """Whether two noun phrases have the same head, as two kinds of one thing do ("hip osteoarthritis", "knee
    osteoarthritis"; "iron deficiency anaemia in pregnancy", "iron deficiency anaemia"): the last word before any
    preposition."""
    return _head(a) == _head(b)


# A word with "non" before it ("non-gizmal", "non gizmal"): the kind that is not what the word names. Grammar.
_NON_KIND = re.compile(r"(?<![\w\-])non[\s\-](?P<w>[a-z]\w{2,})", re.I)


def _other_kind_of(new: str, old: str) -> bool:
    """Whether a follow-up's new thing names the other kind of a place's thing by "non-" before one of its words
    ("non-gizmal fractures" of "gizmal chest"): it takes that place. Put in the place of the intervention it shared
    another word with ("rib"), "What about non-flail ... fractures?" asked whether flail chest takes those fractures,
    and answered "Yes." from the advice for flail chest."""
    return any(re.search(rf"(?<![\w\-]){re.escape(m.group('w'))}(?!\w)", old, re.I)
               for m in _NON_KIND.finditer(new))


def _head(phrase: str) -> str:
    """The last word of a noun phrase before its first preposition ("anaemia" of "iron deficiency anaemia in
    pregnancy")."""
    words = re.split(r"\s+(?:in|of|for|with|during|among|after|before|without|at|on)\s+", phrase.strip(), maxsplit=1,
                     flags=re.I)[0].split()
    return words[-1].lower() if words else ""


def _closer(new: str, named: list[str], lexicon: Lexicon) -> str:
    """Which of ``named`` (the previous question's intervention and condition) ``new`` is closer to in the embedder's
    space; the first (the intervention) where the lexicon has no embedder: a follow-up asks of another treatment more
    often than of another condition."""
    vectors = lexicon.phrase_vectors([new, *named])
    if vectors is None:
        return named[0]
    return named[int(np.argmax(vectors[1:] @ vectors[0]))]


# A question that asks which thing of a kind to use: "which" or "what" before a noun for a kind of treatment or test
# ("Which antibiotics for ...?", "What drug helps ...?"), or a rank asked of it ("What is the best drug for ...?",
# "best single drug for quitting smoking", "the first-line treatment"). Grammar.
_KIND = (r"(?:treatments?|therap(?:y|ies)|drugs?|options?|choices?|agents?|medications?|medicines?|tablets?|tests?|"
         r"[a-z]+(?:ics?|ives?|ors?|ers?))")
_ASKS_WHICH = re.compile(rf"^\s*(?:which|what)\s+(?:(?:kinds?|types?|sorts?)\s+of\s+)?(?:[\w\-]+\s+){{0,2}}?{_KIND}\b|"
                         rf"\b(?:{BEST_OF_KIND}|(?:first|second|third)[\s\-](?:line|choice)|preferred)\b", re.I)
# What the asked intervention is where the question asked which one: nothing, or the kind with its rank ("best single
# drug"). Grammar.
_RANK_IN = re.compile(rf"\b(?:which|what|{BEST_OF_KIND}|(?:first|second|third)[\s\-](?:line|choice)|preferred)\b",
                      re.I)
# The subject a quoted statement opens on, up to its verb ("Varenicline" of "Varenicline is one of the most effective
# single medicines ...", "Amoxicillin" of "Amoxicillin is recommended ..."): at most five words with no punctuation
# between, after an article at most. Grammar.
_OPENING_SUBJECT = re.compile(r"^(?:(?:the|a|an)\s+)?(?P<s>[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,4}?)\s+"
                              r"(?:is|are|remains?|should|can|may|works?|helps?|reduces?|improves?)\b")
# Words that open no thing's name: a quantifier, a pronoun or a generic noun for what is done ("Most patients", "This",
# "Treatment", "Several options"). Grammar.
_NO_NAME = re.compile(r"^(?:all|most|many|some|several|few|both|each|either|neither|other|no|these|those|this|that|it|"
                      r"they|such|one|two|three|four|treatment|therapy|intervention|procedure|evidence|there|"
                      r"clinicians?|doctors?|guidelines?)\b", re.I)


# A pronoun a follow-up names a thing by, as what it acts on or asks of ("can pt on gizmo take it?", "is it safe?",
# "how do I give them?"). Grammar.
_POINTS_AT_A_THING = re.compile(r"\b(?:it|them)\b", re.I)
# The subject a lead statement opens on, up to any verb of being, having or advising ("Gizmozumab" of "Gizmozumab has
# been approved for wobble fever since ..."), after an article at most. Grammar.
_LEAD_SUBJECT = re.compile(r"^(?:(?:the|a|an)\s+)?(?P<s>[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,4}?)\s+"
                           r"(?:is|are|was|were|has|have|had|should|can|may|must|remains?|works?|helps?|reduces?|"
                           r"improves?|causes?)\b")


def thing_pointed_at(follow_up: str, question: str, intervention: str | None, lead: str | None) -> str | None:
    """The thing a follow-up names by a pronoun (``_POINTS_AT_A_THING``: "can pt on gizmo take it?") where the question
    before read none as its intervention ("gizmozumab wobble fever dose", a string of nouns): the subject its answer's
    lead opens on, where each word of it stands in that question ("Gizmozumab" of "Gizmozumab has been approved for
    ..."), so that the follow-up asks of the thing the clinician named. Read with "it" standing for nothing, "can pt on
    warfarin take it?" after a question on a vitamin K2 drug's dose answered of vitamin K supplements at large
    ("uncertain", then when to check the INR), where the statement on that drug in people on warfarin says it is
    contraindicated. None where the question before read an intervention (the follow-up inherits it), the follow-up
    points at nothing, or the lead opens on no thing the question named: people, a quantifier, a generic noun."""
    if intervention or not lead or not _POINTS_AT_A_THING.search(follow_up):
        return None
    opening = _LEAD_SUBJECT.match(lead.strip())
    if opening is None:
        return None
    subject = opening.group("s")
    own = frozenset(tokenize(subject)) - QUESTION_WORDS
    if not own or _NO_NAME.match(subject) or names_people(subject) or not own <= frozenset(tokenize(question)):
        return None
    return subject[:1].lower() + subject[1:] if subject[1:2].islower() else subject


def asks_of_a_thing(text: str) -> bool:
    """Whether a follow-up, or a clause of it after a comma or dash, is a yes/no question opening on a thing as its
    subject (``_THING_ASKED``: "is clarithromycin ok?" of "pt has long QT, is clarithromycin ok?"), or on a person
    taking a thing it names (``_PERSON_TAKES_THING``: "Can she take topiramate ...?"): it asks of that thing, not of
    what the answer before gave."""
    return any(_THING_ASKED.match(clause) or _PERSON_TAKES_THING.match(clause)
               for clause in re.split(r"[,;:]|\s[-\u2013\u2014]+\s", text))


def answered_choice(question: str, intervention: str | None, condition: str | None,
                    lead: str | None) -> str | None:
    """The thing an answer gave where its question asked which thing of a kind to use ("varenicline" of "Varenicline
    is one of the most effective single medicines for smoking cessation." after "best single drug for quitting
    smoking"): the subject its lead statement opens on. A follow-up that names no topic of its own asks of it: read
    with the question's own words for it, "How long should the course be?" asked "to set a dose of best single drug"
    and found no statement naming one, where "Treatment with varenicline or nicotine replacement usually lasts about
    12 weeks" answers. None where the question asked of a thing it named (its intervention holds no rank or question
    word), asked no choice (``_ASKS_WHICH``) or asked whether (a yes/no question), or the lead opens on no thing's
    name: people, a quantifier, a generic noun, or the condition."""
    if (not lead or (intervention and not _RANK_IN.search(intervention)) or not _ASKS_WHICH.search(question)
            or read_question(question).yes_no):
        return None  # (a yes/no question asks whether, not which: "Is propranolol a first-choice drug ...?")
    opening = _OPENING_SUBJECT.match(lead.strip())
    if opening is None:
        return None
    subject = opening.group("s")
    own = frozenset(tokenize(subject)) - QUESTION_WORDS
    if (not own or _NO_NAME.match(subject) or names_people(subject) or _RANK_IN.search(subject)
            or (condition and own <= frozenset(tokenize(condition)))):
        return None
    return subject[:1].lower() + subject[1:] if subject[1:2].islower() else subject


# A thing a statement says is advised, as the subject of a passive of advice ("the gizmo analogues (GAs) which have
# a high barrier ... are recommended", after the clause's comma) or the object of advice in the imperative ("Offer
# drugx to ..."). Grammar of advice, no topic.
_ADVISED_SUBJECT = re.compile(r"(?:^|[,;:]\s*)(?P<s>[^,;:.]+?)\s+(?:is|are)\s+(?:(?:the|a|an)\s+)?(?:\w+\s+)?"
                              r"(?:recommended|preferred|advised|suggested|indicated)\b", re.I)
_ADVISED_OBJECT = re.compile(r"^(?:offer|give|use|prescribe|start|recommend)\s+(?P<s>[^,;:.]+?)\s+(?:to|for|in|if|as|"
                             r"when|unless|until)\b", re.I)
# The end of a noun phrase: a relative clause or a phrase after it ("which have ...", "with ..."). Grammar.
_PHRASE_TAIL = re.compile(r"\s+(?:which|that|who|whose|with|for|in|at|when|if)\b.*$", re.I)


def recommended_thing(lead: str | None, condition: str | None) -> str | None:
    """The thing an answer's lead says is advised (``_ADVISED_SUBJECT``: "gizmo analogues" of "In adults in whom
    therapy is indicated, the gizmo analogues (GAs) which have a high barrier to resistance (drugx or drugy) are
    recommended."; ``_ADVISED_OBJECT``: "drugx" of "Offer drugx to ..."), without its relative clause and its
    brackets. A follow-up that names no topic of its own ("which drug?", "how long?") after a question that asked
    of no thing ("chronic gizmo hepatitis, ... - treat?") asks of it: read with the condition alone, "which drug?"
    led with the advice to keep monitoring those not treated. None where the lead advises no thing, or what it
    advises is people, a generic noun ("Treatment"), a quantifier, or the condition."""
    if not lead:
        return None
    said = [m for m in (_ADVISED_OBJECT.match(lead.strip()),) if m]
    said += list(_ADVISED_SUBJECT.finditer(lead.strip()))[::-1]
    for found in said:  # (the main clause's subject last: "... in whom therapy is indicated, X are recommended")
        thing = re.sub(r"\s+\([^()]*\)", "", _PHRASE_TAIL.sub("", found.group("s"))).strip()
        thing = re.sub(r"^(?:the|a|an)\s+", "", thing, flags=re.I)
        own = frozenset(tokenize(thing)) - QUESTION_WORDS
        if (own and len(thing.split()) <= _THING_WORDS and not _NO_NAME.match(thing) and not names_people(thing)
                and not (condition and own <= frozenset(tokenize(condition)))):
            return thing
    return None


# The most words of a thing's name an advice's subject is taken for: a longer span is a clause, not a name.
_THING_WORDS = 5


# A follow-up of two asks, which thing and then its regimen ("which drug and what dose?", "which drug, and for how
# long?", "what agent? what dose?"): the first ask (``first``) and the second (``second``). Grammar.
_WHICH_THEN_ASK = re.compile(r"^\s*(?:(?:and|but|so),?\s+)?(?P<first>(?:which|what)\b[^?]*?)\s*(?:,?\s+and\s+|\?\s*)"
                             r"(?P<second>(?:for\s+)?(?:what|which|how|when)\b[^?]*?)\s*\?*\s*$", re.I)


def regimen_of_two_asks(text: str) -> str | None:
    """The second ask of a follow-up that asks which thing and then its regimen (``_WHICH_THEN_ASK``: "What dose?" of
    "which drug and what dose?"), where that ask asks a dose, a course's length, how often or when to stop
    (``regimen.frame_stated``) and neither ask names a topic of its own: the statement that gives the regimen names the
    thing too ("The usual regimen is drugb 12 mg ..."). Read as its first ask alone, as a question of two asks is
    (``question.read_question``), "Which drug?" kept no word of the dose, and found no statement naming "drug".
    None for any other follow-up."""
    from service.answer.regimen import frame_stated  # (regimen reads scoring, which this module's readers import)
    asks = _WHICH_THEN_ASK.match(text)
    if asks is None or not _ASKS_WHICH.search(asks.group("first")) or frame_stated(asks.group("second")) is None:
        return None
    if any(read.intervention or read.condition for read in map(read_question, (f"{asks.group('first')}?",
                                                                               f"{asks.group('second')}?"))):
        return None
    second = asks.group("second").strip()
    return f"{second[:1].upper()}{second[1:]}?"
