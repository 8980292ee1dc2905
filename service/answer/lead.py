"""Which statements open the bottom line: the lead (the strongest source's statement that answers, on the
aspect asked), for a yes/no question the statement its verdict rests on that states it, and the support that
follows the lead. Chosen from the direct statements ``pipeline.rank_evidence`` ranked."""
from __future__ import annotations

import re
from functools import lru_cache
from collections.abc import Callable
from typing import NamedTuple

from index.lexical import query_terms, tokenize
from ingest.models import DocumentKind
from service.answer import guideline
from service.answer.after_failure import states_failure
from service.answer.asked_shape import BEGUN_STATED, LATER_LINE_STATED, names_later_line, shape_asked
from service.answer.bounds import Bound, contradicts
from service.answer.caseless import Caseless
from service.answer.concepts import QUESTION_WORDS, TAKEN_WITH, Concept
from service.answer.evidence import designs_in, states_safety
from service.answer.guarded import GuardedPattern
from service.answer.markers import on_asked_codes
from service.answer.negation import denied_by_prefix
from service.answer.models import Verdict
from service.answer.polarity import (WITHOUT_PART, against_use, asks_against, asks_if_safe, asks_interaction,
                                     asks_need_to_tell, asks_use, asks_without, speaks_of_stopping, stance,
                                     with_what_asked_without)
from service.answer.qualifiers import (ADULTS_DEFAULT, AGE_UNIT, CONTRADICT_ONLY, MATCH_ONLY, beyond_bounds, both_sides,
                                      crosses, outside_bounds, qualifiers)
from service.answer.regimen import (Regimen, advice_asked, labelled_by, on_regimen, regimen_asked, states_length,
                                    states_regimen, unstated)
from service.answer.question import (ASKED_RANK, PEOPLE_DEFINED_BY, PEOPLE_WORDS, Question, asked_kind, asked_parts,
                                     asked_thing, asks_causing,
                                     asks_cause, asks_contraindications, asks_harms_named, asks_occurrence)
from service.answer.routing import (FINDING, CAUSE_OF_OTHER, CAUSE_STATED, CAUSED, CAUSES, COURSE, DIAGNOSTIC_ACT,
                                    DIAGNOSTIC_MEANS, DOSE, FREQUENCY, GUIDELINE_ADVICE, IMPERATIVE, INTERACTS,
                                    NATURAL_COURSE, NULL_RESULT, OCCURRENCE, OCCURRENCE_RATE, QUANTIFIED,
                                    RECOMMENDATION, SAFETY, TOGETHER, route)
from service.answer.scoring import Candidate, near_duplicate, sentence_terms
from service.answer.tuning import TUNING, AnswerTuning
from service.answer.verdict import disagreement, main_clause, says_unsafe, stated_directions, states_need

STRONG_DESIGNS = ("meta-analysis", "randomized trial")


def _joins_after(text: str, first: frozenset[str]) -> bool:
    """Whether a statement's word of joining (``routing.TOGETHER``) comes after it names the first of two things asked
    together ("ACE inhibitors and angiotensin receptor blockers should not be combined with each other"), not before
    ("People taking warfarin should avoid combined vitamin D and vitamin K2 products": what is combined there is
    vitamin D with the asked vitamin K2, not vitamin K2 with warfarin)."""
    found = TOGETHER.search(text)
    return found is not None and bool(first & sentence_terms(text[:found.start()]))


def on_aspect(q: Question, direct: list[Candidate], margin: float = TUNING.bottom_line_margin,
              guideline_margin: float = TUNING.guideline_lead_margin) -> list[Candidate]:
    """The direct statements a bottom line may open with: for a question on an intervention's harms alone (a safety
    question naming no condition: "What are the side effects of X?", or its follow-up "What are its side effects?",
    or one that names harms as what it asks, wherever they are met: "What are the side effects of X in children with
    Y?", ``question.asks_harms_named``),
    those that speak of harms or of what X causes (those naming some of X themselves first), when there are any, so
    that the answer does not open with how well X works; for a question on its dose or how long to give it, those
    that state an amount or a course's length, when there are any; for a therapy question, all but harms that name
    nothing it asks (``_harms_off_aspect``); for a question on taking two things together, those among the
    statements that answer nearly as well as the best (``margin`` of its score, as for the lead) that speak of the
    two together (``routing.TOGETHER``: "ACE inhibitors and angiotensin receptor blockers should not be combined
    with each other", not "An ACE inhibitor or angiotensin receptor blocker is recommended ..."), or for a question
    on whether they interact those that state how one changes the other (``routing.INTERACTION``: "Vitamin K2 can
    reduce the effect of warfarin", not advice on when to give one), and of harms too when it asks about harms, when
    there are any; for a question on how common X is (``question.asks_occurrence``), those that state how often
    (``routing.OCCURRENCE``), when there are any; for any other question, all of them. Before all of these, a
    statement naming another code of an asked code's family and not the asked one ("If X is given to a GZM2C19 rapid
    metabolizer ..." for a question on GZM2D6, ``markers.on_asked_codes``) is set aside where any other is left: it
    is advice for another gene."""
    direct = on_asked_codes(q.text, direct)
    if q.together:
        best = max((c.score for c in direct), default=0.0)
        joined = INTERACTS if asks_interaction(q.text) else TOGETHER
        first = guideline.topic_terms(q.intervention, None)
        return [c for c in direct if joined.search(c.text)
                and (c.score >= margin * best or (c.score >= guideline_margin * best and _joins_after(c.text, first)))
                and (q.type != "safety" or SAFETY.search(c.text) or CAUSES.search(c.text))] or direct
    if q.type == "safety" and q.intervention and (not q.condition or asks_harms_named(q.text)):
        # Harms of a statement that names some of the intervention itself, before a passage's harms of another one
        # beside it ("Shockwave therapy should not be used in pregnancy ..." under a guideline title naming needle
        # lavage: ``mentions_intervention`` counts the title's name). Some, not all: "high-dose vitamin D with vitamin
        # K" is named by "... should not be relied on to make high-dose vitamin D safe" beside "Vitamin K2 ...".
        harms = [c for c in direct if SAFETY.search(c.text) or CAUSES.search(c.text)]
        named = guideline.topic_terms(q.intervention, None)
        harms = [c for c in harms if named & c.terms] or harms
        # "Is X safe?" is answered by a statement that says X is (not) safe or tolerated ("Vitamin K2 supplements have
        # been well tolerated in randomized trials ..."), before one that names safety of another thing ("... should
        # not be relied on to make high-dose vitamin D safe").
        # Failing one, by a statement that finds a harm of what it names or finds none ("Vitamin D toxicity ... can
        # cause hypercalcaemia", ``verdict.says_unsafe``; "... found no significant increase in serious adverse
        # events with X", ``_HARM_NOUN``), before one that only names a word of safety. Not for a thing taken with
        # another (``TAKEN_WITH``: "Is high-dose vitamin D with vitamin K safe?"): a harm found of one of them is not
        # one of the two, and "Vitamin K2 ... should not be relied on to make high-dose vitamin D safe" answers it.
        if asks_if_safe(q.text):
            harms = ([c for c in harms if states_safety(main_clause(c.text))]
                     or [c for c in harms if not TAKEN_WITH.search(q.intervention) and _states_harm(c.text, named)]
                     or harms)
        # Contraindications asked ("What are the contraindications to X?"): advice against X ("X should be avoided in
        # pregnancy ...", ``polarity.against_use``) before a harm X causes ("X commonly causes bruising"), among all
        # the direct statements: when or in whom not to give it is what is asked, not what it does.
        if asks_contraindications(q.text):
            against = [c for c in direct if c.mentions_intervention and against_use(c.text, named)]
            if against:
                return against
        # A harm stated in the main clause before one only in a clause of when or if: "Oral iron commonly causes
        # nausea ..." answers "What are the side effects of oral iron?"; "Intravenous iron is recommended when oral
        # iron is not tolerated" advises another treatment and names a harm only as its occasion.
        return [c for c in harms if harm_in_main_clause(c.text)] or harms or direct
    # "How long should X be taken?": an amount or a course's length. Not "Can high doses of X cause Y?", which asks
    # whether an amount causes something (``asks_causing``), not what the amount is.
    # (Asked with no topic read, "Gizmo-poor processor who needs X: what dose?", what the frame asks still is, where
    # a statement states it: without one, a statement that only names a dose is no nearer than any other.)
    anchored = bool(q.intervention or q.condition)
    regimen = regimen_of(q) if anchored else _frame_regimen(q)
    if regimen is not None:
        found = on_regimen(direct, regimen, advice_asked(q.text), frozenset(query_terms(q.text)))
        if anchored or any(states_regimen(c.text, regimen) for c in found):
            return found
    if asks_occurrence(q.text) and q.aspect != "course":
        # "How common is X?": statements of how often it occurs, for the support as for the lead (``_answering``), when
        # there are any; a trial's finding on X answers another question. (Not how often X resolves: its course,
        # which "often resolves spontaneously" states in other words than those of frequency.)
        return [c for c in direct if OCCURRENCE.search(c.text)] or direct
    asked = _asked_terms(q)
    if not asked:
        return direct
    # A question on what X does for Y ("Does amitriptyline prevent migraine?") is not answered by a list of X's
    # harms that names neither Y nor the asked effect ("Amitriptyline can cause drowsiness ..."), though its
    # source is on Y; a harm on Y itself ("worsened cognition") still answers.
    kept = [c for c in direct if not _harms_off_aspect(c, asked) and not _against_for_others(c.text, asked)] or direct
    # ... nor, on what X does ("Does nicotine replacement therapy help people quit smoking?"), by how long or how much
    # of it is given ("Treatment with varenicline or nicotine replacement usually lasts about 12 weeks"), when a
    # statement of what it does is there.
    if (q.verb or q.type == "therapy") and q.intervention and q.type != "dosing":
        kept = [c for c in kept if not regimen_only(c.text)] or kept
    return kept


# Nouns of harm, as a null result names them: "no significant increase in serious adverse events" finds no harm.
_HARM_NOUN = re.compile(r"\b(?:adverse|side[- ]effects?|harms?|toxicit\w*|complications?)\b", re.I)


@lru_cache(maxsize=20_000)
def _states_harm(text: str, named: frozenset[str]) -> bool:
    """Whether a statement states a harm of what it names (``verdict.says_unsafe``) or a finding of none
    (``_HARM_NOUN`` under ``routing.NULL_RESULT``); remembered per statement."""
    return says_unsafe(text, named) or bool(NULL_RESULT.search(text) and _HARM_NOUN.search(text))


def harm_in_main_clause(text: str) -> bool:
    """Whether a statement speaks of a harm (``routing.SAFETY``, ``routing.CAUSES``) outside its clauses of if, when,
    where or for whom (``verdict.main_clause``): "Oral iron commonly causes nausea" does, "Intravenous iron is
    recommended when oral iron is not tolerated" does not."""
    main = main_clause(text)
    return bool(SAFETY.search(main) or CAUSES.search(main))


def regimen_of(q: Question) -> Regimen | None:
    """What a dosing question asks of the regimen of its intervention, or of the treatment of its condition where it
    names none ("How long should treatment of pneumonia last?") (``regimen.regimen_asked``: an amount, a course's
    length, how often); None for any other question, and for "Can high doses of X cause Y?", which asks
    whether an amount causes something (``asks_causing``), not what the amount is."""
    if q.type != "dosing" or not (q.intervention or q.condition) or asks_causing(q):
        return None
    return regimen_asked(q.text)


def regimen_unstated(q: Question, quoted: list[Candidate]) -> Regimen | None:
    """What a question that is not a yes/no one asks of a regimen (``regimen_of``) when none of the statements its
    bottom line quotes (``quoted``) states it (``regimen.unstated``): "What dose of amoxicillin is used for otitis
    media in children?" above first-line advice that names no dose. None when they state it, or for any other
    question."""
    asked = regimen_of(q) if not q.yes_no else None
    return asked if asked is not None and unstated([c.text for c in quoted], asked) else None


# A question that asks what harms its treatment has ("What are the side effects of X?", "What are its risks?"); not
# "How should X be taken to limit side effects?", which asks how to take it. Grammar, no topic.
_ASKS_WHAT_HARMS = re.compile(r"^(?:what|which)\b.*\b(?:side[- ]effects?|adverse\s+\w+|risks?|complications?|harms?|"
                              r"dangers?)\b", re.I)
# What ``unstated_asked`` says of such a question whose quotes state no harm (a key of ``phrasing.UNSTATED``).
HARMS_UNSTATED = "harms"
# ... and of a question asking how soon or when whose quotes state no time nor occasion.
TIME_UNSTATED = "time"


def unstated_asked(q: Question, quoted: list[Candidate]) -> str | None:
    """What a question asks that none of the statements its bottom line quotes (``quoted``) states, so that the bottom
    line says so before quoting them as the closest evidence: a regimen (``regimen_unstated``), or, for a question
    that asks what harms its intervention has (``_ASKS_WHAT_HARMS``), any harm (``HARMS_UNSTATED``: no quote speaks
    of safety or of what something causes, ``routing.SAFETY``, ``routing.CAUSES``): "What are its side effects?"
    after "Is metformin first-line for type 2 diabetes?" is not answered by "Metformin reduced all-cause mortality
    ...". None when they state it, or for any other question."""
    regimen = regimen_unstated(q, quoted)
    if regimen is not None:
        return regimen
    if (q.type == "safety" and not q.yes_no and q.intervention and quoted and _ASKS_WHAT_HARMS.match(q.text)
            and not any(SAFETY.search(c.text) or CAUSES.search(c.text) for c in quoted)):
        return HARMS_UNSTATED
    if (not q.yes_no and quoted and _SOON_ASKED.search(q.text)
            and not any(_SPAN_STATED.search(c.text) or _OCCASION_STATED.search(c.text) for c in quoted)):
        # ("How soon ...?" above quotes that give no time: said so before them. Not "When is X preferred?", which
        # people answer as well as occasions: "... for patients in whom ... have failed".)
        return TIME_UNSTATED
    return None


# Advice against for people with something ("... should not be used in people with a history of seizures"): who
# the advice is restricted to, after the people it names, up to a colon too (a list item's lead-in, "For people on X:
# ...", ingest.readers.lists).
_FOR_PEOPLE_WITH = re.compile(rf"\b(?:in|for|by|to)\s+(?:[\w\-]+\s+){{0,2}}?{PEOPLE_DEFINED_BY}(?P<x>[^,;.:]+)", re.I)


def _against_for_others(text: str, asked: frozenset[str]) -> bool:
    """Advice against the intervention for people with something the question does not ask about ("Bupropion
    ... should not be used in people with a history of seizures or eating disorders"): a contraindication for
    them, not an answer to whether it works for the condition asked ("Is bupropion effective for smoking
    cessation?"). Advice against for the asked people stays ("must be avoided in pregnancy", asked of pregnancy)."""
    if not guideline.says_against(text):
        return False
    restricted = [tokenize(m.group("x")) for m in _FOR_PEOPLE_WITH.finditer(text)]
    return bool(restricted) and not any(asked & set(terms) for terms in restricted)


def naming_condition(q: Question, condition: Concept | None, direct: list[Candidate],
                     margin: float = TUNING.bottom_line_margin,
                     guideline_margin: float = TUNING.guideline_lead_margin) -> list[Candidate]:
    """For a question that names a condition and asks which treatment it calls for (no intervention named: "What
    antibiotic is the first choice for community-acquired pneumonia?"), the direct statements that name the
    condition themselves, when there are any. Every sentence of a guideline on the condition is direct through
    its title; its advice that names the condition ("Amoxicillin is the recommended first-line oral antibiotic
    for ... community-acquired pneumonia") answers the question, an aside that does not ("national
    recommendations differ in their first-line choices") does not. Of those, the ones that also name the kind of
    thing asked for (``question.asked_kind``: "exercise" of "What kind of exercise is recommended for knee
    osteoarthritis?") come first, when there are any that answer nearly as well as the best (``margin`` of its
    score, as for the lead; a guideline's recommendation down to ``guideline_margin``, as it competes for the lead:
    "Four drug classes are recommended as first-line treatment for hypertension ..." for "What is the first-line
    drug for hypertension ...?", over lifestyle advice the relevance model ranks higher): advice on weight loss for
    the condition names it too, and an aside on training staff in "the medication recommended for" it names the
    kind word but not a medication. A therapy question that asks neither a kind nor a rank ("How should iron
    deficiency anaemia be treated?") is answered first by a statement naming a first line of treatment
    (``_FIRST_LINE``), within the same margins, where one does. Any other question: ``direct``."""
    if q.intervention:
        # A yes/no question on the rank of what it names ("Is metformin first-line therapy for ...?") is answered
        # first by a statement on it that names that rank ("... the recommended first-line drug for type 2
        # diabetes"), where one does, before its source's results.
        rank = ASKED_RANK.search(q.text)
        ranked = frozenset(tokenize(rank.group("r") or rank.group("p"))) if rank else frozenset()
        return [c for c in direct if ranked and c.mentions_intervention and ranked <= c.terms
                and not guideline.says_against(c.text)] or direct
    if condition is None:
        return direct
    naming = [c for c in direct if condition.mentioned_in(c.terms, text=c.text)] or direct
    kind = frozenset(tokenize(asked_kind(q.text) or "")) - QUESTION_WORDS
    rank = ASKED_RANK.search(q.text)
    ranked = frozenset(tokenize(rank.group("r") or rank.group("p"))) if rank and kind else frozenset()
    at_rank = [c for c in naming if ranked and kind | ranked <= c.terms and not guideline.says_against(c.text)]
    if at_rank:
        return at_rank
    best = max((c.score for c in naming), default=0.0)
    if q.type == "therapy" and not kind and not rank:
        # "How should Y be treated?" asks which treatment: the one a statement names as the first line ("Oral iron is
        # recommended as first-line treatment for most patients with Y") answers before advice on investigating Y.
        first = [c for c in naming if _FIRST_LINE.search(c.text) and not guideline.says_against(c.text)
                 and c.score >= (guideline_margin if lead_tier(c) == 0 else margin) * best]
        if first:
            return first
    return [c for c in naming if kind and kind <= c.terms
            and c.score >= (guideline_margin if lead_tier(c) == 0 else margin) * best] or naming


# A treatment named as the first to use ("recommended as first-line treatment", "the treatment of choice", "the
# mainstay of treatment"): what a question on how a condition is treated asks for. Grammar of rank, no topic.
_FIRST_LINE = re.compile(r"\bfirst[\s\-](?:line|choice)\b|\bof\s+choice\b|\bmainstay\b", re.I)


# What a question asks first-line ("1st line tx?", "first-line therapy for ...?") and not what follows it ("after
# first-line failed", "second-line"). Grammar of lines of treatment, no topic.
_FIRST_LINE_ASKED = GuardedPattern(re.compile(r"\b(?:first|1st)[\s\-]*line\b", re.I), ("line",))
_LATER_LINE_ASKED = re.compile(r"\b(?:after|failed|fails|failure|beyond|despite|second|2nd|third|3rd|refractory|"
                               r"progress\w*|next)\b", re.I)
# First-line named as what came before ("if gizmab was used in first-line", "whose zorboma grew after first-line
# gizmab", "previous first-line"): the statement is about the line after it.
_LINE_NAMED = re.compile(r"\bfirst[\s\-]line\b", re.I)
_LINE_BEFORE = re.compile(r"\b(?:after|following|beyond|despite)\s+(?:[\w\-]+\s+){0,2}?first[\s\-]line\b|"
                          r"\b(?:prior|previous|failed|failure\s+of)\s+first[\s\-]line\b|"
                          r"\b(?:used|given|received)\s+(?:in|as)\s+(?:the\s+)?first[\s\-]line\b", re.I)


def after_first_line(question: str, text: str) -> bool:
    """For a question asking the first line of treatment (``_FIRST_LINE_ASKED``, not one after it), whether a
    statement names the first line only as what came before (``_LINE_BEFORE``: "Gizmab (if zorbumab was used in
    first-line)", "Those who progressed after first-line gizmotinib may be offered ..."), or gives a later line
    (``asked_shape.names_later_line``) before any first line it names ("Gizmab may be offered as a second-line choice
    to those who meet ...: first-line treatment with zorbumab"): advice for the line after it, which answers
    another question. It neither leads nor is quoted as the closest evidence."""
    if not _FIRST_LINE_ASKED.search(question) or _LATER_LINE_ASKED.search(question):
        return False
    if text.isascii() and "line" not in text.lower():
        # (Each pattern below needs the word "line": a plain text without it names no line, found without the three
        # case-blind scans of every place in it, some 70 µs a statement. A text outside ASCII is scanned as before, its
        # letters matched as the patterns match them.)
        return False
    named = len(_LINE_NAMED.findall(text))
    if named > 0 and len(_LINE_BEFORE.findall(text)) >= named:
        return True
    # (Or it gives a later line, naming the first line, if at all, only after it, as what the people it is for have
    # had: "X may be offered as a second-line choice to those who meet ...: first-line treatment with Y".)
    later = LATER_LINE_STATED.search(text)
    first = _LINE_NAMED.search(text)
    return later is not None and (first is None or first.start() > later.start())


@lru_cache(maxsize=4096)
def asked_instance(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """What a which-question asks for, to tell a statement that names it (``names_instance``): the terms of the
    kind it asks for (``question.asked_kind``: "questionnaire" of "Which questionnaire is used to screen adults
    for depression?") and the question's own terms; two empty sets for a question of any other shape. Remembered per
    question: the lead's choice and its narrowing to the kind both ask it."""
    kind = frozenset(tokenize(asked_kind(text) or "")) - QUESTION_WORDS
    return (kind, frozenset(tokenize(text))) if kind else (frozenset(), frozenset())


# How far from the kind's word a name may stand and still be its name ("the two-question Patient Health
# Questionnaire (PHQ-2)": within a noun phrase and its bracketed abbreviation), and how many words before "is" or
# "are" the subject said to be of the kind may have.
NAME_REACH = 3
# The copulas, the verbs that say what a thing is, right after it ("Osteocalcin is a vitamin K-dependent protein ...",
# ``defines``). What follows one up to a kind's word, with no preposition or joining word between ("is recommended as
# a first-line preventive drug", not "is the main cause of antibiotic resistance"), says what its subject is. Grammar.
COPULAS = frozenset({"is", "are"})
_PREDICATE_STOPS = frozenset({"of", "for", "in", "with", "to", "by", "on", "from", "than", "that", "which", "and",
                              "or", "not", "no"})


def names_instance(text: str, kind: frozenset[str], asked: frozenset[str]) -> bool:
    """Whether a statement names something of the kind a which-question asks for, not only the kind (``kind``
    and ``asked``: ``asked_instance``): a name the question does not use (``_names``: "PHQ-2", "Patient Health")
    within ``NAME_REACH`` words of the kind's word ("Clinicians can use the two-question Patient Health
    Questionnaire (PHQ-2) ..." for "Which questionnaire ...?", not "Screening questionnaires produce false
    positives ..."), or a subject the question does not name said to be one of the kind ("Amoxicillin is the
    recommended first-line oral antibiotic for ..." for "What antibiotic ...?"). Grammar only: the kind's word,
    word shapes and the copula, no list of names. A question asks for a named thing; a statement on the kind in
    general does not answer it."""
    if not kind:
        return False
    words, stems, names = _word_shapes(text)
    known = asked | kind
    if _in_question_frame(words, stems, kind, asked):
        return True
    at = [n for n, terms in enumerate(stems) if terms & kind and not _modifies_next(words, n)]
    for n in at:
        near = range(max(0, n - NAME_REACH), min(len(words), n + NAME_REACH + 1))
        if any(names[m] and stems[m] - known for m in near if m != n):
            return True
        if _said_to_be(words, stems, n, known):
            return True
    return False


# How far into a sentence the copula after its subject may stand, for ``_in_question_frame``.
FRAME_SUBJECT_WORDS = 8


def _in_question_frame(words: tuple[str, ...], stems: tuple[frozenset[str], ...], kind: frozenset[str],
                       asked: frozenset[str]) -> bool:
    """Whether a sentence says of a subject the question does not name what the question says of the thing it asks
    for ("Zorb syndrome (ZS) is linked to changes in the GENE1 regulator" for "What disease is linked to changes in
    the GENE1 regulator?"): its subject, the words before its
    first copula within ``FRAME_SUBJECT_WORDS`` words, names none of the question's terms and something else, and
    the words after it repeat at least two thirds of the question's terms other than the kind's, and two at least
    ("Resistance is the main reason for antibiotic failure in cellulitis" repeats one, of "What antibiotic is
    recommended for cellulitis?"). Not "The kind of GENE1 change is linked to disease severity in Zorb syndrome",
    whose subject is the question's own thing."""
    said = asked - kind - QUESTION_WORDS
    copula = next((n for n, w in enumerate(words[:FRAME_SUBJECT_WORDS]) if w.lower() in COPULAS), None)
    if not said or not copula:
        return False
    subject = frozenset().union(*stems[:copula])
    after = frozenset().union(*stems[copula + 1:]) if copula + 1 < len(stems) else frozenset()
    repeated = len(said & after)
    return not subject & asked and bool(subject - QUESTION_WORDS) and repeated >= 2 and 3 * repeated >= 2 * len(said)


def _modifies_next(words: tuple[str, ...], n: int) -> bool:
    """Whether the kind's word at ``n`` modifies the noun after it ("disease severity", "disease activity"), so
    that it names no thing of the kind: the next word is a lower-case word that is no grammar word
    (``_PREDICATE_STOPS``, the copula, a relative pronoun) nor shaped like a verb's participle."""
    if n + 1 >= len(words):
        return False
    nxt = words[n + 1]
    return (nxt.isalpha() and nxt.islower() and nxt not in _PREDICATE_STOPS and nxt not in COPULAS
            and nxt not in _RELATIVE and not nxt.endswith(("ed", "ing")))


_RELATIVE = frozenset({"who", "whose", "where", "when", "because", "as", "if"})


def _said_to_be(words: tuple[str, ...], stems: tuple[frozenset[str], ...], n: int, known: frozenset[str]) -> bool:
    """Whether the kind's word at ``n`` heads what a copula says its subject is ("X is the recommended first-line
    oral antibiotic", "X is recommended as a first-line preventive drug") and that subject, its last
    ``NAME_REACH`` + 3 words before the copula, names something the question does not (``known``)."""
    for c in range(n - 1, max(-1, n - 7), -1):
        word = words[c].lower()
        if word in _PREDICATE_STOPS:
            return False
        if word in COPULAS:
            subject = frozenset().union(*stems[max(0, c - NAME_REACH - 3):c])
            return bool(subject - known - QUESTION_WORDS)
    return False


@lru_cache(maxsize=20_000)
def _word_shapes(text: str) -> tuple[tuple[str, ...], tuple[frozenset[str], ...], tuple[bool, ...]]:
    """A sentence's words, each word's index terms and whether it is shaped like a name: a letter and a digit
    ("PHQ-2", "TWIST1"), a capital after its first letter ("AML", "mRNA"), or a capital first letter where no
    sentence starts ("Patient Health Questionnaire"); cached per sentence."""
    found = list(_WORD.finditer(text))
    words = tuple(m.group(0) for m in found)
    shapes = []
    for m, word in zip(found, words):
        opens = m.start() == 0 or text[:m.start()].rstrip().endswith((".", ":", "!", "?"))
        shapes.append((any(ch.isdigit() for ch in word) and any(ch.isalpha() for ch in word))
                      or any(ch.isupper() for ch in word[1:]) or (word[0].isupper() and not opens))
    return words, tuple(frozenset(tokenize(w)) for w in words), tuple(shapes)


_WORD = re.compile(r"[^\W_][\w\-/]*")


def answering(q: Question, direct: list[Candidate], forms: tuple[frozenset[str], ...] = ()) -> list[Candidate]:
    """The direct statements the lead is chosen from: those ``on_aspect``, and of those, for a question on how
    something works ("What is the mechanism of action of X?", "What is the role of X in Y?", "How does X
    act?"), the ones the Mechanism of Action section takes (``routing.route``), those whose subject is X
    (``names_subject``: "X binds ...", "X is an antagonist of ...") first, so that the answer opens with what X does,
    binds or inhibits rather than with its approval or a trial's result; for a question on a cause ("What causes X?",
    ``question.asks_cause``), the ones that state a cause (``routing.CAUSE_STATED``), but not those that state what X
    itself causes ("X is a common cause of shoulder pain", ``_causes_other``); for a question on how common X is
    (``question.asks_occurrence``), the ones that state how often (``routing.OCCURRENCE``), as a rate first
    (``routing.OCCURRENCE_RATE``: a prevalence, not only whom it is most common in); for a question on what one
    thing is or does ("What is X?", "What does X do?", "What does X measure?", ``question.asked_thing``), the ones that
    say what X is (``defines``: "X is a monoclonal antibody against ..."), else those whose subject is X, not a report
    of its development; for a yes/no question on whether X causes Y
    ("Does warfarin cause arterial calcification?"), the ones that say X causes something in a verb
    (``causes_in_verb``: "In rats, warfarin ... causes medial arterial calcification"), before a report that names
    "warfarin-induced arterial calcification" as what another thing reversed. Each narrowing holds only when it leaves a
    statement. Last, those that fit the people, severity and setting asked (``fitting``), which may leave none. Only the
    lead is narrowed so: the support that follows it adds what else the sources found (a trial's statement that names
    the target too). Before all of these, for a question naming an intervention, a guideline's statement that names
    none of it in its own words (``names_itself``; ``forms``: the intervention's names, of its concept) is set aside
    when another statement names it."""
    return of_kind_asked(q, _answering(q, direct, forms))


def _answering(q: Question, direct: list[Candidate], forms: tuple[frozenset[str], ...] = ()) -> list[Candidate]:
    """``answering`` before its narrowing to the kind a which-question asks for (``of_kind_asked``)."""
    found = on_diagnosis_or_course(q, on_aspect(q, direct))
    if q.intervention:
        named = guideline.topic_terms(q.intervention, None)
        found = [c for c in found if names_itself(c, named, forms)] or found
    if asks_causing(q):
        found = [c for c in found if not occasion_of_use(c, q)]
    elif asks_effect(q):  # when a statement on the effect is there
        found = [c for c in found if not occasion_of_use(c, q)] or found
    if asks_causing(q):
        subject = guideline.topic_terms(q.intervention, None)
        found = [c for c in found if causes_in_verb(c.text, subject)] or found
    found = shaped_keeping_degree(q, found)
    if q.type == "mechanism":
        works = [c for c in found if route(c, bool(q.intervention)) == "mechanism"]
        asked = guideline.topic_terms(q.intervention, None)
        return fitting(q, [c for c in works if names_subject(c.text, asked)] or works or found)
    if asks_cause(q.text):
        caused = guideline.topic_terms(None, q.condition)
        found = [c for c in found if not _causes_other(c.text, caused)] or found
        return fitting(q, [c for c in found if CAUSE_STATED.search(c.text)] or found)
    if asks_occurrence(q.text):
        often = [c for c in found if OCCURRENCE.search(c.text)] or found
        return fitting(q, [c for c in often if OCCURRENCE_RATE.search(c.text)] or often)
    parts = asked_parts(q.text)
    thing = parts or asked_thing(q.text)
    if thing:
        # A statement of what the thing is (or, asked its parts, what it holds) first, then any other whose subject
        # it is.
        name = frozenset(tokenize(thing)) - QUESTION_WORDS
        return fitting(q, [c for c in found if defines(c.text, name, COMPOSING if parts else COPULAS)]
                       or [c for c in found if names_subject(c.text, name)] or found)
    return fitting(q, found)


# Kinds a which-question may ask for that name no kind of their own ("Which drug ...?", "Which test ...?"): any
# statement on the question names something of them. Grammar's generic nouns of treatment and testing, no topic.
_GENERIC_KINDS = frozenset(tokenize("drug drugs medicine medicines medication medications agent agents option options "
                                    "test tests treatment treatments therapy therapies dose doses dosage regimen"))


def of_kind_asked(q: Question, found: list[Candidate]) -> list[Candidate]:
    """For a which-question on a kind of its own ("antidepressant" of "Which antidepressant is safest in
    pregnancy?", ``asked_instance``; not a generic kind, ``_GENERIC_KINDS``, nor the dose a dosing question asks),
    the statements of sources that name the kind (its terms, in one of their statements here, the passage it stands
    in or their title) or something of it (``names_instance``), which may be none: then no statement leads, and the
    answer says that no source addresses the question rather than opening with advice on another thing ("Topiramate
    ... must be avoided in pregnancy" for "Which anticoagulant is preferred in pregnancy?"). The source, not the
    statement: "A macrolide or another alternative is used for children with penicillin allergy" answers "What is
    the first-line antibiotic for ... penicillin allergy?" in a passage that names antibiotics. Only a guideline's
    statements are narrowed so (every sentence of a guideline is direct through its title, the topiramate advice
    through "pregnancy"): a study's statement is direct only where it pairs the question's concepts itself, and
    answers to "Which gene is mutated in Y?" seldom repeat "gene" (narrowing them too cost BioASQ dev bottom-line
    ROUGE-2 0.3126 -> 0.3116 and factoids in the bottom line 0.571 -> 0.567). Any other question: ``found``."""
    kind, asked = asked_instance(q.text)
    if not kind or kind <= _GENERIC_KINDS or q.type == "dosing":
        return found
    naming = {c.doc_id for c in found
              if _kind_named(kind, c.terms | _passage_terms(c.hit.document.title or "", c.hit.chunk.text))
              or names_instance(c.text, kind, asked)}
    return [c for c in found if c.doc_id in naming or c.hit.document.kind != DocumentKind.GUIDELINE]


# The prefix of a kind named as what it acts against ("antihypertensive", "antidepressant"), and the fewest letters of
# what is left, a stem of its own ("hypertens", not "biot" of "antibiot"). English morphology, no topic.
_AGAINST_PREFIX, _AGAINST_STEM = "anti", 5


def _kind_named(kind: frozenset[str], terms: frozenset[str]) -> bool:
    """Whether terms name every term of a kind, a kind named as what it acts against counted named by that
    ("antihypertens" by "hypertens": a guideline passage on "first-line drugs for hypertension" names the
    antihypertensives it recommends)."""
    return all(t in terms or (t.startswith(_AGAINST_PREFIX) and len(t) - len(_AGAINST_PREFIX) >= _AGAINST_STEM
                              and t[len(_AGAINST_PREFIX):] in terms) for t in kind)


@lru_cache(maxsize=20_000)
def _passage_terms(title: str, passage: str) -> frozenset[str]:
    """The index terms of a statement's source title and of the passage it stands in, remembered per passage."""
    return sentence_terms(title) | sentence_terms(passage)


def occasion_only(text: str, asked: frozenset[str]) -> bool:
    """Whether a statement names what a question asks the intervention causes (``asked``: its terms) only in a
    clause of when or if (outside ``verdict.main_clause``): "Needle lavage is usually offered when calcific
    tendinopathy remains painful ..." says the condition it treats is painful, the occasion of its use, not that the
    procedure causes pain. False when it names none of ``asked`` or names some in its main clause."""
    return bool(asked & frozenset(tokenize(text))) and not asked & frozenset(tokenize(main_clause(text)))


def occasion_of_use(c: Candidate, q: Question) -> bool:
    """For a yes/no question whether the intervention causes something (``asks_causing``: "Is barbotage painful?"
    read as "Does barbotage cause pain?"), whether a statement names that thing only as the occasion of its use
    (``occasion_only``): no harm of the intervention. For a question on what the intervention does to its condition
    (``asks_effect``: "Can barbotage relieve calcific shoulder tendinopathy?"), whether a statement names the
    condition only so and its main clause states neither a finding nor advice (``routing.FINDING``,
    ``routing.GUIDELINE_ADVICE``): "Needle lavage is usually offered when calcific tendinopathy remains painful ..."
    says when the procedure is used, not whether it works ("X is recommended when Y persists" advises it), unless
    the question asks about use itself (``polarity.asks_use``). Either is set aside from the lead (the second only where
    another statement may lead) and quoted last as closest evidence. False for any other question."""
    asked = frozenset(tokenize(q.condition or "")) - QUESTION_WORDS
    if asks_causing(q):
        return occasion_only(c.text, asked)
    return (asks_effect(q) and not asks_use(q.text) and occasion_only(c.text, asked)
            and not _states_effect(main_clause(c.text)))


def _states_effect(text: str) -> bool:
    """Whether a clause states a finding or gives advice (``routing.FINDING``, ``routing.GUIDELINE_ADVICE``)."""
    return bool(FINDING.search(text) or GUIDELINE_ADVICE.search(text))


# What the question's frame asks for, by its words: an amount or size of effect ("How much does X reduce Y?", "By
# how much ...", "To what extent ..."), an age ("At what age ...?", "How old ...?"). Grammar of the question.
_AMOUNT_ASKED = Caseless(re.compile(r"\bhow\s+much\b|\bto\s+what\s+(?:extent|degree)\b", re.I))
_AGE_ASKED = Caseless(re.compile(r"\b(?:what|which)\s+age\b|\bhow\s+old\b", re.I))
# ... how soon ("How soon should X be reviewed?", "How quickly ...?", "After how long ...?"), which a span of time
# answers ("within one week", "at about six weeks", "after 48 to 72 hours"). Grammar of time, no topic.
# (And how long one may wait before it: "How long can I wait before laryngoscopy ...?")
_SOON_ASKED = Caseless(re.compile(r"\bhow\s+(?:soon|quickly|early)\b|\bafter\s+how\s+long\b|\bwithin\s+what\b|"
                                  r"\bhow\s+long\s+(?:can|could|should|may|must|do|does)\s+(?:[\w\-]+\s+){1,2}?wait\b|"
                                  # (how long a thing is given before something is judged, "How long do I trial a
                                  # gizmo preventer before saying it does not work?": a span before an event)
                                  r"\bhow\s+long\s+(?:can|could|should|may|must|do|does)\s+[^?]*?\bbefore\b|"
                                  # (... and asked in a note's words, no verb: "how long conservative management
                                  # before gizmo therapy")
                                  # (... and its event only implied, "how long fasting beforehand?", or said with
                                  # "prior": the same span before it)
                                  r"\bhow\s+long\s+(?:[\w\-]+\s+){1,3}?(?:before(?:hand)?|prior)\b",
                                  re.I))
# ... and when to act ("When should I start metformin in gestational diabetes?", "When should the chest X-ray be
# repeated?"), which a span of time answers first where a statement gives one ("... if blood glucose targets are not
# met ... within 1 to 2 weeks"), before advice on the thing that names no time. Grammar, no topic.
# (Also after a case named first: "22-year-old just started gizmoline, when should I review?".)
_WHEN_ASKED = Caseless(re.compile(r"(?:^|[,;:\u2013\u2014]\s*|\s-\s+)when\s+(?:should|must|can|could|is|are|do|does|"
                                  r"would)\b", re.I))
# An occasion a statement names, a clause of time or condition ("when oral X is not tolerated", "if symptoms persist"):
# what "When should ...?" asks where no span of time is given. Grammar, no topic.
# (Not "before"/"after" alone, which also say how a thing is used: "... rinsing the mouth after use" led "When should
# an inhaled X be started?".)
_OCCASION_STATED = re.compile(r"\b(?:when|whenever|if|unless|until|once)\b(?!\s+(?:needed|necessary|required|"
                              r"appropriate|possible|indicated)\b)", re.I)
# (A span a thing is given for before it is judged is one "for at least" it: "tried for at least two to three
# months".)
# (... and a bound on a span, "has fasted at least seven hours", "up to 2 hours", "no later than 6 hours"; and a span
# counted back from an event, "a meal 3 hours before the test", "<2 hours prior to induction": what "how long ...
# beforehand?" asks; and a span bounded by a sign, "≤2 weeks", what "how soon ...?" asks.)
_SPAN_COUNT = r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve)"
_SPAN_UNIT = r"(?:minutes?|hours?|days?|weeks?|months?|years?)"
_SPAN_STATED = re.compile(r"\b(?:(?:(?:within|after|by|at|in)\s+(?:about\s+|around\s+|roughly\s+|up\s+to\s+|"
                          r"least\s+|the\s+first\s+)?|"
                          r"for\s+at\s+least\s+|up\s+to\s+|no\s+(?:later|earlier|less|more)\s+than\s+)"
                          rf"{_SPAN_COUNT}(?:\s+(?:to|or)\s+\w+)?[\s\-]+"
                          r"(?:hours?|days?|weeks?|months?|years?)\b|"
                          rf"{_SPAN_COUNT}(?:\s*(?:to|-|\u2013)\s*{_SPAN_COUNT})?[\s\-]*{_SPAN_UNIT}\s+"
                          r"(?:before|prior\s+to|beforehand)\b)|"
                          # (a span bounded by a sign, "early (≤2 weeks) post-operative ...": up to it; in days
                          # or weeks at most, for "<4 years" or "<6 months" bounds an age: "in a child <4 years old")
                          rf"[\u2264<]=?\s*{_SPAN_COUNT}[\s\-]*(?:minutes?|hours?|days?|weeks?)\b"
                          r"(?!\s+(?:old|of\s+age)\b)", re.I)
# A statement's amount or size of an effect: a percentage or a ratio ("by about 42 percent", ``routing.QUANTIFIED``),
# a multiple ("two-fold", "three times", "doubles"), a fraction ("about a third", "by half") or a change by an
# amount ("by 5 mm Hg"). Words of quantity, no topic.
_AMOUNT = re.compile(r"\b\d[\d.,]*\s*(?:-?fold|times)\b|\b(?:two|three|four|five|ten)[- ](?:fold|times)\b|"
                     r"\b(?:doubl|tripl|halv)(?:e|es|ed|ing)\b|\b(?:a|one|two)[- ](?:third|quarter|fifth|half)s?\b|"
                     r"\bby\s+(?:about\s+|around\s+|roughly\s+|approximately\s+|nearly\s+|almost\s+|up\s+to\s+)?"
                     r"(?:\d|half\b)", re.I)
# An age a statement names: a bound on it ("under 2 years", "older than 6 months", "aged 65 or over", "over the age of
# 50") or an age itself ("6 months old", "3 years of age", "5-year-olds"). Grammar of ages, no topic.
AGE_STATED = re.compile(rf"\b(?:under|over|below|above|older\s+than|younger\s+than|aged?)\s+(?:the\s+age\s+of\s+)?"
                        rf"\d+(?:\s*(?:-|to|and)\s*\d+)?\s*{AGE_UNIT}|\b(?:aged?|age\s+of)\s+\d+|"
                        rf"\b\d+\s*{AGE_UNIT}\s+(?:old|of\s+age)\b|\b\d+[- ]year[- ]olds?\b|"
                        # a range of ages: "between the ages of about 30 and 60 years", "aged between 40 and 70"
                        r"\b(?:between\s+)?(?:the\s+)?ages?\s+(?:of\s+)?(?:about\s+|around\s+|roughly\s+)?\d+\s*"
                        r"(?:-|to|and)\s*\d+|\baged?\s+between\s+\d+|"
                        # an age bound after the number: "children 6 years and older", "adults 65 years or over"
                        rf"\b\d+\s*{AGE_UNIT}\s+(?:and|or)\s+(?:older|over|above|younger|under|below)\b", re.I)
# The ages of a study's people ("Those enrolled were aged 7 to 11 at entry", "mean age, 9.2 years"): who was
# studied, not the age a recommendation applies to. Grammar of a study's report, no topic.
_STUDIED_AGE = re.compile(r"\b(?:participants|patients|subjects|children|adults|women|men|people|infants)\s+"
                          r"(?:were|was)\s+(?:aged|between|ages)\b|\b(?:mean|median|average)\s+age\b", re.I)


def states_span_asked(text: str, question: str) -> bool:
    """Whether a statement gives the span a question asking how soon, when, or how long before an event asks
    (``_SPAN_STATED``: "within one week"), or, asked how long a thing goes on before it ("how long a gizmo trial before
    scoping again?": ``regimen.regimen_asked`` reads a course, no wait), a course's length (``regimen.states_length``:
    "a 2-month course of gizmo followed by endoscopy"), which the window grammar of ``_SPAN_STATED`` does not read."""
    return bool(_SPAN_STATED.search(text)) or (regimen_asked(question) == "course" and states_length(text))


def states_age(text: str) -> bool:
    """Whether a statement gives an age ``AGE_STATED`` reads, other than the ages of a study's people
    (``_STUDIED_AGE``): "... screen for gizmosis in children 6 years and older" answers "At what age ...?",
    "Participants were aged 7 to 11 years at entry" does not."""
    return bool(AGE_STATED.search(text)) and not _STUDIED_AGE.search(text)


def states_amount(text: str) -> bool:
    """Whether a statement states an amount or a size of effect (``routing.QUANTIFIED`` or ``_AMOUNT``): what "How
    much does X reduce Y?" asks."""
    return bool(QUANTIFIED.search(text) or _AMOUNT.search(text))


def _amount_asked(q: Question) -> bool:
    """Whether a question's frame asks an amount or a size of effect, not a dose (``_AMOUNT_ASKED``)."""
    return bool(_AMOUNT_ASKED.search(q.text)) and q.type != "dosing"


# A regimen asked as such ("which steroid regimen?", "what schedule for ...?"): any dose, course or frequency answers
# it, and a statement stating none ("Develop local pathways for treating relapses") does not. Not "Which drugs are in
# the X regimen?", which asks its drugs. Grammar of dosing.
_REGIMEN_NAMED = Caseless(re.compile(r"\b(?:what|which)\s+(?:[\w\-]+\s+){0,2}?(?:regimens?|schedules?)\b", re.I))


def _frame_regimen(q: Question) -> Regimen | None:
    """What a dosing question's frame asks of a regimen, topic read or not (``regimen.regimen_asked``), but "any"
    unless the question names a regimen as such (``_REGIMEN_NAMED``: "which steroid regimen?"): "How should X be
    taken?" asks how at large, which a dose alone need not answer."""
    regimen = regimen_asked(q.text) if q.type == "dosing" and not asks_causing(q) else None
    return regimen if regimen != "any" or _REGIMEN_NAMED.search(q.text) else None


def unlabelled_regimen(text: str, q: Question) -> bool:
    """For a dosing question, whether a statement holds no line labelled by what it asks (``regimen.labelled_by``:
    "Dosing: ..." for "What dose ...?"): one that does is its section's statement of it. False for any other."""
    regimen = _frame_regimen(q)
    return regimen is not None and not labelled_by(text, regimen)


def asks_age(question: str) -> bool:
    """Whether a question asks at what age ("At what age ...?", "How old ...?", ``_AGE_ASKED``): a statement that
    gives an age (``states_age``) answers it, however far below the best the relevance model ranks it."""
    return bool(_AGE_ASKED.search(question))


def named_with_age(c: Candidate, q: Question) -> int:
    """Asked at what age, how many of the question's own words a statement giving an age (``states_age``) names; 0 for
    any other statement or question. Of the ages stated, the one said of what the question asks comes first ("...
    screen for gizmosis in children 6 years and older" before "... tablet time for children 12 years and younger"
    for "at what age screen kids for gizmosis?"), as an amount naming the asked condition does (``of_shape_asked``)."""
    if not asks_age(q.text) or not states_age(c.text):
        return 0
    return len((frozenset(tokenize(q.text)) - QUESTION_WORDS) & c.terms)


def misses_shape(text: str, q: Question) -> bool:
    """Whether a statement lacks what the question's frame asks for (``of_shape_asked``): no amount for "How much
    ...?", no span of time for "How soon ...?" or "When should ...?" (``_SPAN_STATED``), no age for "At what age
    ...?"; for a dosing question, what it asks of the regimen (``regimen.states_regimen``: a dose for "What dose
    ...?", a course's length for "How long ...?", how often for "How often ...?"); a value for "What ... range?", a
    length for "How long does X take?", a superlative for "Which ... most?", a later time point for "Does the benefit
    last?", where treatment begins for "Which drug first line?" (``asked_shape.shape_asked``). False for any other
    question."""
    if _amount_asked(q):
        return not states_amount(text)
    regimen = _frame_regimen(q)
    if regimen is not None:
        return not states_regimen(text, regimen)
    if _SOON_ASKED.search(q.text) or _WHEN_ASKED.search(q.text):
        return not states_span_asked(text, q.text)
    if _AGE_ASKED.search(q.text):
        return not states_age(text)
    stated = shape_asked(q.text)
    return stated is not None and not stated.search(text)


def advises_span_asked(text: str, q: Question) -> bool:
    """For a question asking how soon, when, or how long before an event (``_SOON_ASKED``, ``_WHEN_ASKED``), whether a
    statement is advice (``routing.GUIDELINE_ADVICE``, ``routing.IMPERATIVE``) that states a span of time
    (``_SPAN_STATED``): "... should make sure the adult has not eaten for at least seven hours" for "how long fasting
    beforehand?" answers it, where the relevance model put a source's reports of what people fasted, and advice on
    the topic that gives no time ("Clinical judgment is needed ... if fasting is contraindicated"), far above it."""
    return (bool(_SOON_ASKED.search(q.text) or _WHEN_ASKED.search(q.text)) and states_span_asked(text, q.text)
            and bool(GUIDELINE_ADVICE.search(text) or IMPERATIVE.search(text.strip())))


def of_shape_asked(q: Question, found: list[Candidate]) -> list[Candidate]:
    """Of the statements the lead is chosen from, those that give what the question's frame asks for, where any do:
    for "How much ...?" (not a dose: type "dosing" is ``on_aspect``'s) those that state an amount (``states_amount``),
    of them those naming most of the asked condition ("Metformin reduced diabetes-related death by about 42 percent"
    before "... any diabetes-related end point by about 32 percent" for diabetes-related death); for "At what age
    ...?" those that name an age (``AGE_STATED``: "Immediate antibiotics are also recommended for children under 2
    years ...", not "Amoxicillin is the recommended first-line antibiotic ..."); for "How soon ...?" a span of time
    (``_SPAN_STATED``: "within one week"), and so for "When should ...?" (``_WHEN_ASKED``). Only among ``found``, which
    are on
    the question: the frame never brings in a statement off it. For "Should X be used without Y?" (or "X alone":
    an intervention read with its "without", not "Does Y resolve on its own?"),
    those that are not advice to use X together with Y (``polarity.with_what_asked_without``: "step up to ... combined
    with a long-acting beta-agonist" says how to combine it, "should not be used without an inhaled corticosteroid"
    answers). Any other question: ``found``."""
    if q.yes_no and q.intervention and asks_without(q.intervention):
        alone = [c for c in found if not with_what_asked_without(q.text, c.text)]
        if alone and len(alone) < len(found):
            return alone
    if _amount_asked(q):
        amounts = [c for c in found if states_amount(c.text)]
        asked = frozenset(tokenize(q.condition or "")) - QUESTION_WORDS
        most = max((len(asked & c.terms) for c in amounts), default=0)
        return [c for c in amounts if len(asked & c.terms) == most] or found
    if _SOON_ASKED.search(q.text) or _WHEN_ASKED.search(q.text):
        spans = [c for c in found if states_span_asked(c.text, q.text)]
        if spans or not _WHEN_ASKED.search(q.text):
            return spans or found
        # (Asked when, and no statement gives a time: those that name an occasion, "... when oral X is not tolerated",
        # before one that says only where or how it is given.)
        return [c for c in found if _OCCASION_STATED.search(c.text)] or found
    if _AGE_ASKED.search(q.text):
        ages = [c for c in found if states_age(c.text)]
        most = max((named_with_age(c, q) for c in ages), default=0)
        return [c for c in ages if named_with_age(c, q) == most] or found
    stated = shape_asked(q.text)
    if stated is BEGUN_STATED:
        # (Where none says where treatment begins, those that name no later line: "X can be offered as second-line
        # therapy for ... first-line treatment with Y" is advice for the line after the one asked.)
        return ([c for c in found if stated.search(c.text)] or [c for c in found if not names_later_line(c.text)]
                or found)
    if stated is not None:
        return [c for c in found if stated.search(c.text)] or found
    return found


def shaped_keeping_degree(q: Question, found: list[Candidate]) -> list[Candidate]:
    """``of_shape_asked``, but never at the cost of the severity or stage the question names (``CONDITION_STATE``):
    where the frame's narrowing keeps no statement that names the asked value while some of ``found`` do, the frame
    narrows those instead (and leaves them all where none of them gives what it asks). The degree a question names
    says whose advice it asks for; the frame only how the answer is worded: "For mild gorbitis, as-needed grezolide
    is a suggested option" answers "What is the first-line treatment for mild gorbitis?" before "... is recommended
    for many patients at moderate steps", which words advice as the frame reads it for other people."""
    shaped = of_shape_asked(q, found)
    if len(shaped) == len(found):
        return shaped
    off_degree = severity_order(q)
    close = close_to_best(found, TUNING, asks_against(q.text))  # (only those that compete for the lead)
    naming = [c for c in close if not off_degree(c)]
    if not naming or len(naming) == len(found) or any(not off_degree(c) for c in shaped):
        return shaped
    return of_shape_asked(q, naming)


def names_itself(c: Candidate, intervention_terms: frozenset[str], forms: tuple[frozenset[str], ...] = ()) -> bool:
    """Whether a statement names the asked intervention itself (some of its terms or of another of its names, even
    as what it is compared with: "... rather than a short-acting beta-agonist alone"), or is not a guideline's:
    every sentence of a guideline whose title names the intervention is direct through that title
    (``guideline.with_direct_advice``), so "INR should be checked frequently when warfarin is started" answers "Does
    vitamin K intake affect the INR?" as well as "An increase in vitamin K intake ... lowers the international
    normalised ratio (INR)" would, unless the statement must name it. Advice on the asked class's members listed as
    its subject names it too (``guideline.advises_on_members``)."""
    return (c.hit.document.kind != DocumentKind.GUIDELINE
            or any(name & c.terms for name in (intervention_terms, *forms))
            or guideline.advises_on_members(c, intervention_terms)
            or any(name & sentence_terms(c.text) for name in (intervention_terms, *forms)))


class Fit(NamedTuple):
    """How a statement fits the qualifiers a question asks (``fit``): ``contradicts``, it names another value of a
    kind the question names ("low-severity" for "severe"); ``unmatched``, how many of the kinds the question names
    it does not name the asked value of (in its examples too: "including pregnant and postpartum women" names
    pregnancy); ``narrows``, it names a value of a kind the question does not (advice for "pregnant smokers" asked
    of smokers in general); ``restricted``, it speaks of people with something neither the question nor its source's
    title names ("for patients with penicillin allergy"); ``tier``, its source's strength for the lead
    (``lead_tier``)."""

    contradicts: bool
    unmatched: int
    narrows: bool
    restricted: bool
    tier: int


def fit(asked: dict[str, frozenset[str]], c: Candidate, condition_terms: frozenset[str]) -> Fit:
    """How statement ``c`` fits the question's qualifiers (``asked``: ``qualifiers`` of the question;
    ``condition_terms``: the question's terms). The values its source's title names are its scope: the statement
    narrows nothing by naming them again ("Every adult and adolescent with asthma ..." in a guideline on adults
    and adolescents), and where the statement names no value of a kind the title's value is its own for
    contradiction ("children" of a guideline on children contradicts a question on adults), not for a match. Ages
    on one side of growing up (``qualifiers.crosses``) are parts of each other, not contradictions; adults
    (``ADULTS_DEFAULT``) match and narrow nothing; an age bound ("under 2 years" for "under two") only matches
    (``qualifiers.MATCH_ONLY``: "under 6 months" is a part of "under two", for ``bounds`` to tell)."""
    own = qualifiers(c.text, condition_terms)
    named = qualifiers(c.text, condition_terms, examples=True)
    scope = qualifiers(c.hit.document.title or "", condition_terms)
    contradicts, unmatched, narrows = False, 0, False
    for kind in (own.keys() | asked.keys()) - {"age at"}:
        wanted = asked.get(kind, frozenset()) - ADULTS_DEFAULT
        said = own.get(kind, frozenset()) - scope.get(kind, frozenset())
        if kind in asked and kind not in MATCH_ONLY and crosses(asked[kind], said or scope.get(kind, frozenset())):
            contradicts = True
        elif kind in CONTRADICT_ONLY:
            continue  # (a sex named or asked narrows and leaves unmatched nothing: ``qualifiers.CONTRADICT_ONLY``)
        elif not wanted:
            # (Ages on both sides of growing up, "adults or children with ...", are everyone: no narrowing.)
            narrows = narrows or bool(said - ADULTS_DEFAULT) and not both_sides(said)
        elif not wanted & (named.get(kind, frozenset()) - scope.get(kind, frozenset())):
            unmatched += 1
    # An exact age asked outside the age bounds the statement (or its source's title) sets: other people; inside the
    # bounds the statement itself sets, the asked age matched ("children under 6 months" for a 10-week-old), which a
    # statement naming no bound does not match.
    ages_at = asked.get("age at", frozenset())
    bounded = own.get("age bound", frozenset()) or scope.get("age bound", frozenset())
    contradicts = contradicts or outside_bounds(ages_at, bounded)
    if ages_at and not (own.get("age bound") and not outside_bounds(ages_at, own["age bound"])):
        unmatched += 1
    known = condition_terms | sentence_terms(c.hit.document.title or "")  # the question's, or the source's topic
    return Fit(contradicts, unmatched, narrows, any(not known & terms for terms in _people_with(c.text)), lead_tier(c))


def bounded_out(q: Question, statements: list[Candidate]) -> bool:
    """Whether the statements that name the asked intervention, not only as what is done without it
    (``WITHOUT_PART``), bound its use to other people than the question asks of, and none to the asked ones: by age,
    an age bound (their own, or their source's title's) that the exact age asked falls outside ("Watchful waiting ...
    for many children older than 6 months" for a 10-week-old; "Immediate antibiotics are also recommended for children
    under 2 years ..." keeps a 7-month-old's answer); or by how far the condition has gone (``CONDITION_STATE``:
    "... for many children ... with non-severe illness" for severe acute otitis media; a statement naming the asked
    severity keeps the answer). Where a source bounds the asked use so, statements that name neither ("the risk is not
    substantially increased by watchful waiting in appropriately selected children") do not answer for the asked
    people against it: none leads (``fitting``) and no yes or no is the asked people's."""
    asked = qualifiers(q.text)
    ages_at = asked.get("age at", frozenset())
    degrees = {kind: asked[kind] for kind in CONDITION_STATE if kind in asked}
    if not ages_at and not degrees:
        return False
    named = guideline.topic_terms(q.intervention, None)
    terms = frozenset(tokenize(q.text)) - QUESTION_WORDS
    against = asks_against(q.text)
    out = False
    for c in statements:
        if not c.mentions_intervention:
            continue
        without = bool(named) and not named <= frozenset(tokenize(WITHOUT_PART.sub(" ", c.text)))
        if without and not against:
            continue  # (named only as what is done without: "Watchful waiting without immediate antibiotics ...")
        fits, other = _bounded(c, ages_at, degrees, terms)
        if fits and not other:
            return False
        # Asked whether to do without it, advice for it bounds nothing asked: for the asked people it answers
        # ("Immediate antibiotics are recommended for children under 6 months" for "Can a 5-month-old ... be managed
        # without antibiotics?", above), for others it says nothing of them ("... children with severe symptoms ..."
        # for "Should antibiotics be withheld in mild acute otitis media?").
        out = out or (other and (not against or without or stance(c.text, named) == "against"))
    return out


def for_part_of_asked_ages(q: Question, c: Candidate) -> bool:
    """Whether statement ``c`` bounds its advice by age (its own bound, or its source's title's) to part of the ages
    the question asks of by a bound of its own (``qualifiers.beyond_bounds``): "Immediate antibiotics are recommended
    for children under 6 months, ..." for "Should children under 3 years ... get immediate antibiotics?". Such advice
    answers for some of the asked people only, so its "yes" is not theirs; it may still lead, as the nearest advice
    there is (an age bound only matches, ``qualifiers.MATCH_ONLY``). False when either names no age bound."""
    ranged = qualifiers(q.text).get("age bound", frozenset())
    if not ranged:
        return False
    bound = qualifiers(c.text).get("age bound", frozenset()) or \
        qualifiers(c.hit.document.title or "").get("age bound", frozenset())
    return beyond_bounds(ranged, bound)


def _bounded(c: Candidate, ages_at: frozenset[str], degrees: dict[str, frozenset[str]],
             terms: frozenset[str]) -> tuple[bool, bool]:
    """Whether statement ``c`` bounds its advice to the asked people (an age bound the asked age falls inside, the
    asked severity or stage among those it names), and whether to others (a bound the age falls outside, only other
    severities or stages: ``qualifiers.crosses``); its source's title speaks for it where it names none of a kind. A
    degree counts only where it describes the asked condition or illness in general (``qualifiers`` read with the
    question's ``terms``): "severe bulging" is a sign, not the illness's severity."""
    fits = other = False
    if ages_at:
        bound = qualifiers(c.text).get("age bound", frozenset()) or \
            qualifiers(c.hit.document.title or "").get("age bound", frozenset())
        if bound:
            out = outside_bounds(ages_at, bound)
            fits, other = fits or not out, other or out
    if degrees:
        own, scope = qualifiers(c.text, terms), qualifiers(c.hit.document.title or "", terms)
        for kind, wanted in degrees.items():
            said = own.get(kind) or scope.get(kind, frozenset())
            fits, other = fits or bool(said & wanted), other or crosses(wanted, said)
    return fits, other


def for_other_cases(q: Question, c: Candidate) -> bool:
    """Whether advice ``c`` is for some cases the question does not ask of (``fit``'s ``narrows``: "Knee replacement
    surgery should be considered for people with severe symptoms ..." asked of knee osteoarthritis at large) and sets
    no age bound the exact age asked falls inside ("Immediate antibiotics are recommended for children under 6 months,
    for children with severe symptoms ..." answers for a 5-month-old)."""
    asked = qualifiers(q.text)
    if not fit(asked, c, frozenset(tokenize(q.text)) - QUESTION_WORDS).narrows:
        return False
    ages_at, bound = asked.get("age at", frozenset()), qualifiers(c.text).get("age bound", frozenset())
    return not (ages_at and bound and not outside_bounds(ages_at, bound))


# The kinds of qualifier that say how far the asked condition has gone, not who has it: what a guideline's advice is
# divided by ("For moderate or high severity pneumonia ..."), where a study's statement naming its people is most
# often its method ("Cancer patients aged 35 to 82 years were consecutively interviewed").
# A name made of a head and a short designation after a hyphen ("anti-c", "type-2", "HER-2"): its siblings share the
# head and differ in the designation ("anti-D" of "anti-c"). A tail of at most three letters or digits, so that a word
# joined by a hyphen ("follow-up", "first-line") is no such name. Grammar of names, no topic.
_DESIGNATED = GuardedPattern(re.compile(r"(?<![\w\-])(?P<head>[a-z][a-z]+)-(?P<tail>[a-z0-9]{1,3})(?![\w\-])", re.I),
                             ("-",))  # (a text without a hyphen is not scanned: ``guarded``)


def names_sibling_only(question: str, text: str) -> bool:
    """Whether a statement names a sibling of a designated name the question asks about ("anti-D" for "anti-c",
    ``_DESIGNATED``: same head, another designation) and not the asked one itself: it speaks of the neighbour ("Refer
    when anti-D is above 4 IU/mL" for "anti-c found - at what level do I refer?"), and comes after one that
    speaks of the asked name, however many more of the question's other words it shares."""
    asked = {(m.group("head").lower(), m.group("tail").lower()) for m in _DESIGNATED.finditer(question)}
    if not asked:
        return False
    named = {(m.group("head").lower(), m.group("tail").lower()) for m in _DESIGNATED.finditer(text)}
    # (A sibling is one the question does not ask of: "MK-7" alone is no neighbour for "MK-4 and MK-7".)
    siblings = named - asked
    return any(pair not in named and any(head == pair[0] for head, _ in siblings) for pair in asked)


# The number prefixes English builds words of a family with, whose members differ only by the count ("diamniotic"
# beside "monoamniotic", "bipolar" beside "unipolar"): a closed class of word-building (Latin and Greek counts), no
# topic. A stem counts at ``COUNTED_STEM`` letters or more, so that "di" of "diet" or "bi" of "bile" is no count.
_COUNT_PREFIXES = ("mono", "uni", "di", "bi", "tri", "tetra", "multi", "poly")
_COUNTED = re.compile(rf"^(?P<p>{'|'.join(_COUNT_PREFIXES)})-?(?P<s>[a-z]+)$")
COUNTED_STEM = 5
_LETTER_WORDS = re.compile(r"[a-z]+(?:-[a-z]+)?")


def counted(words: frozenset[str]) -> dict[str, frozenset[str]]:
    """Each stem some of ``words`` build with a number prefix (``_COUNT_PREFIXES``), and its prefixes there:
    {"amniotic": {"di", "mono"}} of "diamniotic" and "monoamniotic"."""
    found: dict[str, set[str]] = {}
    for word in words:
        m = _COUNTED.match(word)
        if m is not None and len(m.group("s")) >= COUNTED_STEM:
            found.setdefault(m.group("s"), set()).add(m.group("p"))
    return {stem: frozenset(prefixes) for stem, prefixes in found.items()}


def letter_words(text: str) -> frozenset[str]:
    """The words of ``text`` in lower case, a hyphened pair as one and each part apart ("mono-mono": "mono-mono",
    "mono")."""
    found = set()
    for word in _LETTER_WORDS.findall(text.lower()):
        found.add(word)
        found.update(word.split("-"))
    return frozenset(found)


def names_bare_count(question: str) -> bool:
    """Whether a question names a number prefix alone ("mono-mono twins"), the one case ``asked_counts`` reads the
    retrieved passages' words for (a family it builds there)."""
    return bool(letter_words(question) & frozenset(_COUNT_PREFIXES))


def asked_counts(question: str, known: frozenset[str]) -> dict[str, frozenset[str]]:
    """The member of each counted family (``counted``) a question asks of: a word of the family it names
    ("monoamniotic": {"amniotic": {"mono"}}), or a number prefix it names alone ("mono-mono twins") where the
    ``known`` words (the retrieved passages') build a family member with it ("monoamniotic")."""
    words = letter_words(question)
    asked = {stem: set(prefixes) for stem, prefixes in counted(words).items()}
    bare = words & frozenset(_COUNT_PREFIXES)
    if bare:
        for stem, prefixes in counted(known).items():
            if len(prefixes) > 1 and prefixes & bare:  # (a family the passages build with the asked count and another)
                asked.setdefault(stem, set()).update(prefixes & bare)
    return {stem: frozenset(prefixes) for stem, prefixes in asked.items()}


def names_other_count(question: str, text: str, known: frozenset[str] = frozenset()) -> bool:
    """Whether a statement names a member of a counted family (``asked_counts``) with another count than the question
    asks ("In diamniotic twin pregnancies ..." for "mono-mono twins") and not the asked member itself: it speaks of
    the sibling's people ("... vaginal delivery is a reasonable option" is not the monoamniotic twins' advice)."""
    said = counted(letter_words(text))
    if not said:
        return False
    asked = asked_counts(question, known | letter_words(text))
    return any(stem in asked and not prefixes & asked[stem] for stem, prefixes in said.items())


CONDITION_STATE = ("severity", "stage")


def severity_order(q: Question) -> Callable[[Candidate], bool]:
    """How closest evidence (quoted where no statement answers directly) is ordered by the severity or stage of the
    condition the question asks about (``fit``, over ``CONDITION_STATE``): per statement, False (first) when it names
    the asked value and no other ("For moderate or high severity pneumonia in hospital, ... combined with a macrolide"
    for "Is a macrolide added for severe community-acquired pneumonia?"), True for any other, whose order is left as
    it is: "Amoxicillin is ... for low-severity community-acquired pneumonia" follows it, but "Antidepressant
    medicines ... are recommended for moderate to severe depression" still opens the answer to "Are antidepressants
    recommended for mild depression?", where no statement names mild depression (it tells by contrast). Not by the
    people asked (their age, a pregnancy) nor the setting: ordered by those too, 23 PubMedQA dev answers put a
    study's sentence on whom it enrolled first (bottom-line ROUGE-2 0.1051 -> 0.1047). The lead is narrowed by all
    of them (``fitting``); closest evidence is only ordered."""
    asked = {kind: values for kind, values in qualifiers(q.text).items() if kind in CONDITION_STATE}
    terms = frozenset(tokenize(q.text)) - QUESTION_WORDS

    def order(c: Candidate) -> bool:
        if not asked:
            return True  # (most questions name no severity or stage: nothing to read)
        found = fit(asked, c, terms)
        return found.contradicts or found.unmatched >= len(asked)
    return order


def of_other_people(q: Question, statements: list[Candidate]) -> bool:
    """Whether every one of ``statements`` speaks of other people than the question asks of (``fit``'s
    ``contradicts``: "children older than 6 months" for a 2-month-old, advice for children for a 70-year-old): no yes
    or no of theirs is the asked people's."""
    asked = qualifiers(q.text)
    terms = frozenset(tokenize(q.text)) - QUESTION_WORDS
    return bool(statements) and all(fit(asked, c, terms).contradicts for c in statements)


@lru_cache(maxsize=20_000)
def _people_with(text: str) -> tuple[frozenset[str], ...]:
    """The terms of each group of people a statement speaks of by what they have (``_FOR_PEOPLE_WITH``); remembered,
    as ``qualifiers``: every lead reads each statement it weighs."""
    return tuple(frozenset(tokenize(m.group("x"))) for m in _FOR_PEOPLE_WITH.finditer(text))


def people_groups(text: str) -> tuple[str, ...]:
    """What each group of people a statement speaks of by what they have (``_FOR_PEOPLE_WITH``) has, as written: the
    words ``Fit.restricted`` reads, for a reader that needs their letters (an acronym's capitals)."""
    return tuple(m.group("x") for m in _FOR_PEOPLE_WITH.finditer(text))


def _passes(better: Fit, worse: Fit) -> bool:
    """Whether a statement that fits so (``better``) leads before one that fits so (``worse``): it names the asked
    values of more kinds, from a source as strong (a description of usual practice in the asked setting does not
    pass the guideline's advice); or as many, while the other is advice (``lead_tier`` 0) restricted to people the
    question does not name and it is restricted to no one, nor to people with something else (a study's finding
    names the people it studied: no restriction of advice). People with something else alone do not make advice
    restricted here: "in patients with variable control" is how the grammar reads many an aside."""
    if better.unmatched != worse.unmatched:
        return better.unmatched < worse.unmatched and better.tier <= worse.tier
    return worse.tier == 0 and worse.narrows and not better.narrows and not better.restricted


def fitting(q: Question, found: list[Candidate]) -> list[Candidate]:
    """Of the statements the lead is chosen from, those that best fit the people, severity and setting the question
    asks about (``fit``), among those close enough to the best to compete for the lead (``close_to_best``). One
    that names another value of what the question names ("Amoxicillin is ... for low-severity community-acquired
    pneumonia" for "How is severe community-acquired pneumonia treated?") never leads; one that names the asked
    value ("For moderate or high severity pneumonia in hospital, ...") leads before one that names none, and one
    restricted to people the question does not name ("Clinicians should advise pregnant smokers ...") after one
    that is not, where that one names as much of what is asked (``share_named`` of the intervention, or of the
    question's own words when it names none): advice on the asked drug for some patients still answers before
    another drug's general advice. The statements that remain are those that name no other value and that no
    better fitting close one passes so, naming as much as the best close one passed (a statement below the
    margin stays, so that a narrowing after this one, ``naming_condition``, still sees it). When every close
    statement names another value than the asked one, none leads: the sources speak of other people, and the
    answer quotes them as closest evidence. ``found`` unchanged when the qualifiers set none of them apart."""
    close = close_to_best(found, TUNING, asks_against(q.text))
    if not close:
        return found
    terms = frozenset(tokenize(q.text)) - QUESTION_WORDS
    asked = qualifiers(q.text)
    fits = {id(c): fit(asked, c, terms) for c in found}
    named = guideline.topic_terms(q.intervention, None) or terms
    shares = {id(c): share_named(c.text, named) for c in found}
    if all(fits[id(c)].contradicts for c in close) or bounded_out(q, close):
        return []
    rivals = [c for c in close if not fits[id(c)].contradicts]
    # (Plain loops, the share compared first: every statement weighed against every rival, some 25 pairs an answer.)
    passed: set[int] = set()
    for c in found:
        fits_c, share_c = fits[id(c)], shares[id(c)]
        for g in rivals:
            if shares[id(g)] >= share_c and _passes(fits[id(g)], fits_c):
                passed.add(id(c))
                break
    if not passed and not any(fits[id(c)].contradicts for c in found):
        return found
    floor = max((shares[id(c)] for c in close if id(c) in passed), default=0.0)
    return [c for c in found if not fits[id(c)].contradicts and id(c) not in passed and shares[id(c)] >= floor]


# A verb of bringing something about, not its participle joined to a noun ("X-induced Y" names Y by its cause; the
# statement is about something else done to Y) nor the noun ("a potential cause of Y"). Grammar, no topic.
_CAUSING = re.compile(r"(?<![\w-])(?:caus|induc)(?:e|es|ed|ing)\b(?!\s+of\b)", re.I)
_BY_AGENT = re.compile(r"\s+by\b([^,;:.]*)", re.I)
# A result said to come from its cause ("Hypercalcaemia from vitamin D most often results from prolonged very high
# doses", "... due to X"): the cause stands after the phrase, the result before it.
_RESULTING = re.compile(r"\b(?:results?|resulted|resulting|arises?|arose|arising)\s+from\b|\bdue\s+to\b", re.I)
_TO_CLAUSE_END = re.compile(r"[^,;:.]*")


def causes_in_verb(text: str, agent: frozenset[str]) -> bool:
    """Whether a statement says in a verb (``_CAUSING``) that the ``agent`` (its terms) causes something: the verb's
    clause names every term of the agent before it ("In rats, warfarin given together with vitamin K1 causes medial
    arterial calcification"), or after a passive's "by" ("green discoloration of urine caused by propofol
    infusion"); or that the result comes from it (``_RESULTING``: "Hypercalcaemia from vitamin D most often results
    from prolonged very high doses", its clause naming every term of "high doses of vitamin D" before and after the
    phrase); not a participle joined to a noun ("... reversed warfarin-induced arterial calcification": about
    what reversed it), nor the noun ("was recognized as a potential cause of ...")."""
    if not agent:
        return False
    for found in _CAUSING.finditer(text):
        before = re.split(r"[;:]|\bwhich\b|\bbut\b", text[:found.start()])[-1]
        by = _BY_AGENT.match(text, found.end())
        if agent <= frozenset(tokenize(before)) or (by and agent <= frozenset(tokenize(by.group(1)))):
            return True
    for found in _RESULTING.finditer(text):
        before = re.split(r"[;:]|\bwhich\b|\bbut\b", text[:found.start()])[-1]
        after = _TO_CLAUSE_END.match(text, found.end())
        if agent <= frozenset(tokenize(before + " " + (after.group(0) if after else ""))):
            return True
    return False


# A question that asks for a test by its frame ("What test confirms X?", "Which scan shows X?"), whatever its type.
_TEST_ASKED = Caseless(re.compile(r"^\s*(?:what|which)\s+(?:[\w\-]+\s+){0,2}?(?:tests?|scans?|imaging|investigations?|"
                                  r"examinations?)\b", re.I))

# A question on how often or how long something is done ("How often should adults be screened for depression?"): it
# asks a frequency or a length, not the act's means, whatever its type. Question words, no topic.
_TIME_ASKED = Caseless(re.compile(r"^\s*how\s+(?:often|long|frequently)\b", re.I))


def on_diagnosis_or_course(q: Question, found: list[Candidate]) -> list[Candidate]:
    """For a question on how something is diagnosed ("How is X diagnosed?", "How is X detected?", type
    "diagnosis", or one whose frame asks for a test: "What test confirms X?"), the statements that speak of finding
    it, the act by its means first (``routing.DIAGNOSTIC_ACT`` and ``routing.DIAGNOSTIC_MEANS``: "Clinicians should
    confirm the diagnosis with plain radiographs or ultrasound ..."), then either ("Clinicians should distinguish X
    from ..."), not a trial's design or a treatment. Not for a yes/no question on a test ("Is there a role for CRP in
    the diagnosis of X?"): its lead states the verdict, and a test's finding ("There was no significant difference
    in CRP values between ...") need not name the act or its means (on PubMedQA dev the narrowing lost that
    statement from such a bottom line). For a question on a condition's course or prognosis that names no
    intervention ("What happens to X if left untreated?", "Do X resolve on their own?"), those that state what it
    does over time (``routing.NATURAL_COURSE``: "... often resolves spontaneously as deposits are resorbed"), not a
    treatment or a stage's description. Grammar of the two question shapes, no topic; each narrowing holds only
    when it leaves a statement. Not for a question on how often or how long (``_TIME_ASKED``): a means is no
    frequency or length. For a yes/no question on whether a test is needed to tell a condition
    (``polarity.asks_need_to_tell``: "Are radiographs needed to confirm knee osteoarthritis?"), the statements that
    speak of the need and of telling it ("Radiographs are not needed to confirm typical knee osteoarthritis"), then
    of either (``verdict.states_need``, ``routing.DIAGNOSTIC_ACT``), before advice that only names the test's findings
    ("Exercise therapy is recommended regardless of ... radiographic findings")."""
    if q.yes_no and asks_need_to_tell(q.text):
        need = {id(c) for c in found if states_need(c.text)}
        act = {id(c) for c in found if DIAGNOSTIC_ACT.search(c.text)}
        return [c for c in found if id(c) in need & act] or [c for c in found if id(c) in need | act] or found
    if not q.yes_no and not _TIME_ASKED.search(q.text) and (
            q.type == "diagnosis" or (q.type == "general" and _TEST_ASKED.search(q.text))):
        act = {id(c) for c in found if DIAGNOSTIC_ACT.search(c.text)}
        means = {id(c) for c in found if DIAGNOSTIC_MEANS.search(c.text)}
        return [c for c in found if id(c) in act & means] or [c for c in found if id(c) in act | means] or found
    if q.type == "prognosis" and not q.intervention:
        return [c for c in found if NATURAL_COURSE.search(c.text)] or found
    return found


def _causes_other(text: str, caused: frozenset[str]) -> bool:
    """Whether a sentence whose subject is what a cause is asked of (``caused``, its index terms) states what
    that thing itself causes ("Calcific tendinopathy is a common cause of shoulder pain"), not what causes it
    ("... is caused by ...", "... results from ...")."""
    return (bool(caused) and names_subject(text, caused) and bool(CAUSE_OF_OTHER.search(text))
            and not CAUSED.search(text))


def names_subject(text: str, name: frozenset[str]) -> bool:
    """Whether a sentence's subject is the thing ``name`` (its index terms) names: every term of the name within
    as many words as it has, starting among the sentence's first ``guideline.SUBJECT_HEAD`` words, where the
    head of a subject stands ("Warfarin is a vitamin K antagonist ...", "The vitamin K2 ..."; not "Bile acid
    sequestrants ... reduce absorption of ... vitamin K")."""
    if not name:
        return False
    stems = guideline.word_terms(text)[1]
    heads = range(min(guideline.SUBJECT_HEAD, len(stems)))
    return any(name <= frozenset().union(*stems[n:n + len(name)]) for n in heads)


# The copulas (``COPULAS``) and the verbs that say what a thing is made of ("The CURB-65 score gives one point each for
# ...", "X includes ..."): what a question on its parts asks (``question.asked_parts``). Grammar.
COMPOSING = COPULAS | frozenset("include includes comprise comprises consist consists contain contains give gives "
                                 "cover covers combine combines".split())


def defines(text: str, name: frozenset[str], verbs: frozenset[str] = COPULAS) -> bool:
    """Whether a sentence says what the thing ``name`` (its index terms) names is: the name as its subject
    first (after an article at most), then a copula ("Dp-ucMGP is the form of matrix Gla protein that ..."; not
    "Circulating dp-ucMGP rises ...", "Uncarboxylated X is ..." nor "Measurement of dp-ucMGP is a research test
    ...", whose subject is the act). ``verbs``: those that may follow the name (``COMPOSING`` for its parts)."""
    if not name:
        return False
    words, stems = guideline.word_terms(text)
    for start in range(min(guideline.SUBJECT_HEAD, len(stems))):
        if any(stems[:start]):
            return False  # a word of its own before the name: a form of the thing ("Uncarboxylated X is ...")
        for end in range(start + 1, min(start + len(name), len(stems)) + 1):
            if name <= frozenset().union(*stems[start:end]):
                return end < len(words) and words[end].lower() in verbs
    return False


def _asked_terms(q: Question) -> frozenset[str]:
    """The terms of what a therapy question asks X to do: its condition and its verb, if any (stemmed); empty for
    any other question or one without a condition."""
    if q.type != "therapy" or not q.condition:
        return frozenset()
    return frozenset(tokenize(f"{q.condition} {q.verb or ''}"))


def _harms_off_aspect(c: Candidate, asked: frozenset[str]) -> bool:
    """A statement of harms or causes, not advice ("Doxycycline is recommended for patients with penicillin
    allergy" is an option), whose words name nothing the question asks X to do."""
    return bool((SAFETY.search(c.text) or CAUSES.search(c.text)) and not RECOMMENDATION.search(c.text)
                and not asked & c.terms)


@lru_cache(maxsize=20_000)
def regimen_only(text: str) -> bool:
    """Whether a statement gives a dose, a course's length or how often (``routing.DOSE``, ``COURSE``,
    ``FREQUENCY``) and reports no finding and gives no advice outside it (``routing.FINDING``, ``RECOMMENDATION``;
    FINDING reads a number of weeks as a result): how X is given, not what it does. Remembered per statement: the
    same statements are weighed for many leads."""
    rest = COURSE.regex.sub(" ", DOSE.regex.sub(" ", FREQUENCY.regex.sub(" ", text)))
    return rest != text and not FINDING.search(rest) and not RECOMMENDATION.search(rest)


# A sentence that announces what its paper reports ("Safety results of a trial of X are reported here."), like a
# statement of aim, states no finding: it leads only where nothing else answers. Grammar words only.
ANNOUNCES = re.compile(r"\b(?:is|are)\s+(?:reported|presented|described|summari[sz]ed)\s+here\b", re.I)


@lru_cache(maxsize=20_000)
def announces(text: str) -> bool:
    """Whether a statement only announces what its paper reports (``ANNOUNCES``), remembered per text: asked of every
    close statement at every lead choice."""
    return ANNOUNCES.search(text) is not None


# A sentence that reports what earlier work suggested ("A randomized trial ... had earlier raised the possibility that
# X increases Y", "Previous studies have suggested ...") gives the background of a finding, not the finding: in a
# report, the past perfect of a verb of reporting, or a subject of earlier studies, marks what came before the work.
EARLIER_WORK = re.compile(r"\bhad\s+(?:(?:earlier|previously|already|also|first)\s+)?"
                          r"(?:raised|suggested|shown|reported|found|proposed|indicated|demonstrated|observed|hypothesi[sz]ed)\b|"
                          r"\b(?:has|have)\s+(?:(?:earlier|previously|long)\s+)?(?:been\s+)?(?:suggested|proposed|"
                          r"hypothesi[sz]ed|speculated)\b|\braised\s+the\s+possibility\b|"
                          r"^\s*(?:previous|prior|earlier)\s+(?:[\w\-]+\s+){0,2}?(?:studies|trials|work|reports|research|"
                          r"analyses|observations|findings)\b", re.I)
# A sentence that adds to one before it ("X also needs serine phosphorylation", "Smaller trials have also shown ...",
# "In addition, ..."): it leans on the statement it adds to, which answers first. Not "and also" or "but also",
# which join two parts of one sentence, nor "also" in a relative clause ("a reliever option that also delivers an
# inhaled corticosteroid"), which adds to its own sentence, nor "also called", which gives another name; and only
# in the sentence's first clause, before any comma: after an aside ("Dasatinib, a ... TKI with a well-established
# ... profile in chronic myeloid leukemia patients, ..., has also shown ...") the sentence has said its own piece
# first. Grammar words only.
ADDS_TO_EARLIER = re.compile(r"^[^,;:]*?(?<!\band )(?<!\bbut )(?<!\bthat )(?<!\bwhich )(?<!\bwho )\balso\b"
                             r"(?!\s+(?:called|known|termed|named|referred)\b)|"
                             r"^\s*(?:in addition|additionally|moreover|furthermore|likewise|similarly)\b", re.I)


@lru_cache(maxsize=20_000)
def secondary(text: str) -> bool:
    """Whether a statement reports what earlier work suggested (``EARLIER_WORK``) or adds to a statement before
    it (``ADDS_TO_EARLIER``): within the lead's order, it comes after one that states a finding of its own."""
    return bool(EARLIER_WORK.search(text) or ADDS_TO_EARLIER.search(text))


# A guideline's reasons rather than its advice: what its authors noted, felt or agreed ("The development group noted
# that ...", "The committee felt ..."), what an analysis or the evidence suggests ("A post-hoc subgroup analysis
# suggested ..."), or what might be ("patients could still benefit from X after a day if ..."). Where the same source
# advises on the question in its own words ("Do not give X more than a day after ... unless ..."), the advice answers
# and the reasons explain it. Grammar of reporting and of possibility; the subjects are general words for the authors
# of a text ("group", "committee", "panel", "authors"; "GDG", a guideline development group's usual short name).
_REASONS = re.compile(r"^\W*(?:however,?\s+|but\s+)?(?:the\s+)?(?:[\w\-]+\s+){0,3}?(?:gdg|group|committee|panel|"
                      r"authors|members)\s+(?:also\s+|further\s+)?(?:noted|felt|agreed|considered|believed|thought|"
                      r"discussed|concluded|confirmed|identified|recogni[sz]ed|acknowledged|decided|judged|highlighted|"
                      r"(?:was|were)\s+aware)\b|"
                      r"\b(?:analys[ie]s|evidence|data|studies|trials?|reviews?)\s+(?:[\w\-]+\s+){0,2}?suggest(?:s|ed)\b|"
                      r"\b(?:could|might|may)\s+(?:still\s+|also\s+)?(?:benefit|gain|help|improve|be\s+(?:of\s+)?(?:benefit|"
                      r"beneficial|useful|helpful))\b", re.I)


@lru_cache(maxsize=20_000)
def gives_reasons(text: str) -> bool:
    """Whether a statement gives reasons rather than advice (``_REASONS``: "The group noted that ...", "An analysis
    suggested ...", "... could still benefit ... if ..."), remembered per text."""
    return _REASONS.search(text) is not None


def reasons_behind_advice(pool: list[Candidate], question_terms: frozenset[str] = frozenset()
                          ) -> Callable[[Candidate], bool]:
    """How statements are ordered where a source both advises and gives its reasons: per statement, True (after)
    for a guideline's reasons (``gives_reasons``) whose source has, among ``pool`` (the statements that answer nearly
    as well as the best), a statement of advice that gives none (``guideline.is_advice``) and names more of the
    question's own terms (``question_terms``) than the reasons do: "Do not give X more than a day after the injury
    ..." before "However, patients could still benefit from X after a day if ..." for "still give X a day after the
    injury?"; False for
    any other. Reasons whose source gives no such advice here keep their place: they are what it says, and advice on
    another thing ("Statins are recommended in all people with gizmo kidney disease ...") does not put "People with
    gizmo kidney disease and protein in the urine may benefit from a target below 130/80" after it for "BP goal?"."""
    advising: dict[str, int] = {}
    for c in pool:
        if guideline.is_advice(c) and not gives_reasons(c.text):
            advising[c.doc_id] = max(advising.get(c.doc_id, 0), len(c.terms & question_terms))

    def after(c: Candidate) -> bool:
        return (c.doc_id in advising and c.hit.document.kind == DocumentKind.GUIDELINE and gives_reasons(c.text)
                and advising[c.doc_id] > len(c.terms & question_terms))
    return after


# A question reported rather than answered ("The UKPDS 34 report examined whether metformin ... reduced
# complications", "... designed to test whether ..."): a study's aim, however many words of a finding it holds.
# (... or what people ask, in the present: "patients sometimes ask whether gizmo could dissolve ...", which echoes the
# question and answers nothing: ``_PEOPLE_ASK``)
_PEOPLE_ASK = re.compile(r"\b(?:ask|asks|wonder|wonders)\s+(?:[\w\-]+\s+){0,2}?(?:whether|if)\b", re.I)
_REPORTED_QUESTION = re.compile(r"\b(?:\w+(?:ed|ing)|to\s+\w+)\s+whether\b|" + _PEOPLE_ASK.pattern, re.I)


@lru_cache(maxsize=20_000)
def echoes_asking(text: str) -> bool:
    """Whether a statement reports what people ask (``_PEOPLE_ASK``: "patients sometimes ask whether gizmo could
    dissolve their deposits"): it names all the question names because it repeats the question, so among closest
    evidence it comes after every statement that says something of it, however many of the question's words those
    name. Remembered per statement (asked of each closest statement, the same ones question after question)."""
    return bool(_PEOPLE_ASK.search(text))
# What a study was, said by a copula ("The UK Prospective Diabetes Study was a large long-term trial of blood
# glucose control in ...", "VITAL was a nationwide randomized ... trial"): its description, no finding. The nouns
# of study designs, as ``routing.STUDY`` reads them; a reporting verb after it ("..., which found that ...") states
# a finding.
_STUDY_DESCRIBED = re.compile(r"^[^,;:]*?\b(?:is|was|are|were)\s+(?:an?|the|one\s+of\s+the)\s+(?:[\w\-]+,?\s+){0,6}?"
                              r"(?:trials?|study|studies|cohorts?|reviews?|meta-analys[ie]s|registry|survey)\b"
                              r"(?![^.]*\b(?:found|showed|shown|reported|reduced|increased)\b)", re.I)


# What a study did, said of its people rather than found ("... trial enrolled 144 patients with ...", "The Valkyrie
# trial randomized 132 haemodialysis patients to ...", "Patients were randomly assigned to ...", "Participants received
# X or placebo for 24 months"): its method, no finding. (So is whom its studies took in, said
# without a count: "Most of the trials included adults with ..." describes the evidence, it advises nothing.)
# Verbs of enrolling and allocating, no topic; a verb of a finding
# after it ("..., and found that ...") states one.
_METHOD = re.compile(r"(?:\b(?:enrolled|recruited|randomi[sz]ed|included)\s+(?:about\s+|around\s+|a\s+total\s+of\s+)?"
                     r"\d[\d,]*\s+|\b(?:stud(?:y|ies)|trials?|cohorts?|reviews?)\s+(?:included|enrolled|recruited|"
                     r"involved)\s+(?:only\s+|mostly\s+|mainly\s+)?(?:patients|participants|people|adults|children|"
                     r"infants|women|men|subjects)\b|\b(?:were|was)\s+(?:randomly\s+)?(?:assigned|allocated|randomi[sz]ed)\s+to\b|"
                     r"^(?:participants|patients|subjects|each\s+(?:patient|participant))\b[^,;.]*?\b(?:received|took|"
                     r"were\s+given)\b)(?![^.]*\b(?:found|showed|shown|reported|reduced|increased|improved|lowered)\b)",
                     re.I)


@lru_cache(maxsize=20_000)
def method_role(text: str) -> bool:
    """Whether a statement reports what a study did to its people (``_METHOD``: whom it enrolled, how they were
    allocated, what they received) and no finding: the lead comes from what the study found before it. Remembered
    per statement, as ``background_role`` is (the pattern's look-ahead reads the rest of the sentence)."""
    return bool(_METHOD.search(text))


@lru_cache(maxsize=20_000)
def background_role(text: str) -> bool:
    """Whether a statement gives a study's background rather than a finding: its aim (``_REPORTED_QUESTION``:
    "The report examined whether metformin ... reduced complications") or what the study was
    (``_STUDY_DESCRIBED``: "The UK Prospective Diabetes Study was a large long-term trial of ..."). (Not what
    earlier work suggested, nor an addition, ``secondary``: among closest evidence these are often the nearest
    to the question, "A randomized trial ... had earlier raised the possibility that calcium supplements increase
    the risk of myocardial infarction" for a question on heart attacks; on the lists, demoting them there gave
    worse answers.)"""
    return bool(_REPORTED_QUESTION.search(text) or _STUDY_DESCRIBED.search(text))


# The act a how-question asks the way of ("how do I confirm ...", "how should we monitor ...", "how to taper ..."),
# and the general verbs that ask of everything a source says rather than of one act ("how do I manage ...", "how to
# treat ..."): a closed class of English verbs, no topic.
_HOW_ACT = re.compile(r"\bhow\s+(?:do|does|should|shall|can|could|would|will|to|best\s+to)\s+"
                      r"(?:(?:i|we|you|one|they|he|she)\s+)?(?:best\s+)?(?P<v>[a-z]{4,})\b", re.I)
_GENERAL_ACTS = frozenset(tokenize("know tell manage treat approach handle deal proceed make help look work "
                                   "find decide choose")) | frozenset({"get", "use", "go", "do"})
# How much of an act's stem a statement's term must begin with to name it ("confirm" of "Confirmation of ..."): the
# stem less its last letter, at least ``ACT_STEM`` letters ("diagnos" and "diagnosi" share "diagno").
ACT_STEM = 5


@lru_cache(maxsize=4_096)
def how_act(question: str) -> str | None:
    """The stem of the act a how-question asks the way of (``_HOW_ACT``: "confirm" of "... how do I confirm it's in
    place?"), None where it asks no how or only a general one (``_GENERAL_ACTS``)."""
    found = _HOW_ACT.search(question)
    if found is None:
        return None
    stem = tokenize(found.group("v"))
    return stem[0] if stem and stem[0] not in _GENERAL_ACTS and stem[0] not in QUESTION_WORDS else None


def names_act(c: Candidate, act: str) -> bool:
    """Whether a statement names the asked act in any of its forms ("Confirmation of placement with gizmometry" for
    "confirm"): it says how that act is done, where the others close to it speak of the things the question names."""
    start = act[:max(ACT_STEM, len(act) - 1)]
    return any(t.startswith(start) for t in c.terms)


def describes_study(text: str) -> bool:
    """Whether a statement describes a study rather than what it found or advises: its method or people
    (``method_role``) or its background (``background_role``)."""
    return method_role(text) or background_role(text)


def yields_to_advice(ranked: list[Candidate]) -> frozenset[int]:
    """The statements (by ``id``) among ``ranked`` that describe a guideline's evidence (``describes_study``: "Most of
    the trials it rests on included adults with ...") where that guideline's own advice is among them too
    (``guideline.is_advice``): they answer nothing the advice does not answer better, so among closest evidence they
    come after it and do not set the bar it is quoted against. (The relevance model, which never saw a guideline,
    put such a sentence at 0.89 for "... start a beta blocker?", sharing the question's grade of injury, and the
    guideline's conditional advice for β-blockers started on the ward at 0.26.)"""
    advising = {c.doc_id for c in ranked if guideline.is_advice(c)}
    if not advising:
        return frozenset()
    return frozenset(id(c) for c in ranked if c.doc_id in advising and c.hit.document.kind == DocumentKind.GUIDELINE
                     and describes_study(c.text) and not guideline.gives_advice(c.text))


def unadvised_regimen(text: str, q: Question) -> bool:
    """For a dosing question that asks what is advised ("How long should X be given?", ``regimen.advice_asked``),
    whether a statement is no advice (``routing.RECOMMENDATION``): what a trial gave ("The X trial of Y once per week
    for 12 weeks followed by Y reported ...") says how long one arm went on, and stood above "Patients should be
    offered 1 year total of Y". False for any other question."""
    return _frame_regimen(q) is not None and advice_asked(q.text) and not RECOMMENDATION.search(text)


def advises_regimen(text: str, q: Question) -> bool:
    """For a dosing question that asks what is advised (``unadvised_regimen``), whether a statement is advice that
    states what it asks of the regimen (``regimen.states_regimen``: "Patients should receive 1 year total of Y" for
    "How long should Y go on?"): the answer, however far below a trial's report the relevance model puts it."""
    regimen = _frame_regimen(q)
    return (regimen is not None and advice_asked(q.text) and bool(RECOMMENDATION.search(text))
            and states_regimen(text, regimen))


def closest_order(c: Candidate, q: Question) -> tuple[bool, bool, bool, bool, bool]:
    """How closest evidence (quoted where no statement answers directly) is ordered before salience: for a
    question on an effect of the intervention on a condition (it names both and a verb, or a comparator it is
    weighed against: "Is X more effective than Y for Z?"), a statement off that effect (``_off_effect``) after what
    the intervention does ("Topiramate can cause tingling ..." after "Topiramate is an effective first-line
    alternative" for "Does topiramate reduce how often migraines happen?"; not for a question on harms, nor for "Can
    X be used in pregnancy?", where harms are what it asks), then a study's background (``background_role``) after
    what the sources found or advise; then one that lacks what the question's frame asks for (``misses_shape``: an
    amount for "How much does varenicline increase quit rates?") after one that gives it, and for a dosing question
    one without a line labelled by what it asks (``unlabelled_regimen``) after one with it, and, asked what is
    advised, one that is no advice (``unadvised_regimen``) after advice."""
    effect_asked = q.type not in ("safety", "dosing") and q.condition and (q.verb or q.comparator)
    asked = frozenset(tokenize(f"{q.condition} {q.verb or ''}")) if effect_asked else frozenset()
    return (bool(asked) and _off_effect(c, asked), background_role(c.text), misses_shape(c.text, q),
            unlabelled_regimen(c.text, q), unadvised_regimen(c.text, q))


def _off_effect(c: Candidate, asked: frozenset[str]) -> bool:
    """Whether a statement says nothing of what a question asks the intervention to do (``asked``: its condition's
    and verb's terms): a harm that names none of them (``_harms_off_aspect``), how the intervention is given and
    nothing else, naming none of them either (``regimen_only``: "Treatment with varenicline or nicotine replacement
    usually lasts about 12 weeks" for "Is varenicline more effective than nicotine patches for quitting smoking?"),
    or advice against it for people with something the question does not ask about (``_against_for_others``:
    "Bupropion ... should not be used in people with a history of seizures")."""
    return (_harms_off_aspect(c, asked) or (regimen_only(c.text) and not asked & c.terms)
            or _against_for_others(c.text, asked))


# Where a comparison names what the subject is set against ("more effective than X", "compared with X", "versus
# X"), to the end of its clause: an intervention named only there is the comparator, not what the sentence is about.
# (Not "over", which as often says how long: "over 18 months".)
_AGAINST = re.compile(r"\b(?:than|compared\s+(?:with|to)|versus|vs\.?|relative\s+to)\b[^,;:]*", re.I)


def share_named(text: str, terms: frozenset[str], forms: tuple[frozenset[str], ...] = ()) -> float:
    """How much of the asked intervention a statement names: the largest share of the terms of one of its names
    (``terms``, or one of ``forms``) that the statement names outside what it is compared with (``_AGAINST``).
    "Most meta-analyses found no significant effect of vitamin K supplementation ..." names all of "vitamin K
    supplementation"; "A randomized trial ... between continuing a vitamin K antagonist and switching to ..." two
    of its three words, in another name; "Electronic cigarettes ... are more effective than nicotine replacement
    therapy" none, the asked therapy being only its comparator. 1.0 when the question names no intervention."""
    names = [t for t in (terms, *forms) if t]
    if not names:
        return 1.0
    own = _own_terms(text)
    return max(len(name & own) / len(name) for name in names)


@lru_cache(maxsize=20_000)
def _own_terms(text: str) -> frozenset[str]:
    """A statement's terms outside what it is compared with (``_AGAINST``), remembered: each lead weighs every
    statement it is chosen from, and the same statements come back."""
    return frozenset(tokenize(_AGAINST.sub(" ", text)))


def choose_lead(direct: list[Candidate], tuning: AnswerTuning = TUNING,
                salient: dict[str, float] | None = None,
                intervention_terms: frozenset[str] = frozenset(),
                population_terms: frozenset[str] = frozenset(),
                asked_bounds: frozenset[Bound] = frozenset(),
                intervention_forms: tuple[frozenset[str], ...] = (), cautions: bool = True,
                instance: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
                outcome_terms: frozenset[str] = frozenset(), effect_asked: bool = False,
                direction: int = 0, stopping: bool = False, prior_asked: bool = False,
                after_failure: bool = False, question_terms: frozenset[str] = frozenset(),
                own_advice: bool = False) -> Candidate | None:
    """The statement the bottom line opens with: among the direct statements that answer nearly as well as
    the best one, the one from the strongest source (a guideline recommendation, then a meta-analysis or
    trial, then any other finding); within a tier the most salient (``salient``, by text: see
    ``summary.salience``; the relevance score without it). A guideline's recommendation on the asked
    intervention competes down to ``tuning.guideline_lead_margin`` of the best (the relevance model never
    saw a guideline), and so does a meta-analysis's or trial's finding (an animal finding the model ranks
    higher is weaker evidence); among recommendations, first one that names the question's topic itself, whose advice
    is about the asked intervention (``intervention_terms``: its terms), is for the asked population
    (``population_terms``) and is not a harms caution (``guideline.lead_order``; ``intervention_forms``: the
    intervention's names, of its concept). Before all of these, a
    statement whose numeric bounds contradict the question's (``asked_bounds``: "BMI ≥35" against "a BMI below
    35", ``bounds.contradicts``) comes after every one that does not: it is about other people; then one that
    only announces what its paper reports (``ANNOUNCES``) after every one that states something, and a note on
    a licence (``guideline.licensing_note``) after every other. Without
    ``cautions`` (the question does not ask whether to avoid the intervention) a caution to avoid something is
    not a recommendation here (``lead_tier``). For a which-question (``instance``: ``asked_instance``), within a tier
    and the recommendations' order, one that names something of the kind asked (``names_instance``) comes before
    one that speaks of the kind only; then one that names more of the asked intervention, outside what it is
    compared with (``share_named``), before one that names less; then one that states a finding of its own before
    one that reports what earlier work suggested or adds to a statement before it (``secondary``); then one that
    names the asked outcome (``outcome_terms``) on its own before one that names it only as a member of a list
    (``outcome_listed``: a composite of it and other outcomes). With ``effect_asked`` (the question asks what the
    intervention does, ``asks_effect``), a recommendation whose advice is not on the intervention (``advice_around``)
    ranks as any other finding of its source, and last before salience one that moves the asked outcome in the asked
    ``direction`` (any way for a verb of none: ``moves_outcome``) comes before one that does not. With ``stopping``
    (the question asks whether to stop the intervention or go on with it, ``polarity.asks_about_stopping``), within
    a tier one that speaks of stopping ("Inhaled corticosteroids should not be stopped completely ...") comes before
    one that does not ("... clinicians should step up to ...", which said "No." to "Should inhaled corticosteroids be
    stopped ...?" only through its neighbour). ``prior_asked``: the question asks after a course taken (see
    ``guideline.lead_order``). ``after_failure``: the question's case is one in which a treatment failed
    (``after_failure.asks_after_failure``: "... not controlled on gizmocort, what next"); within a tier one stating
    the advice for the people in whom it failed ("For patients whose ... is not controlled on ...") comes before one
    that does not ("Treatment can be stepped down once ... is well controlled", the opposite step). Within a tier,
    first of all, a guideline's reasons come after its advice on the question (``reasons_behind_advice``: "The group
    noted that ..." after "Do not give X ... unless ..."; ``question_terms``, the question's own terms, tell what is
    on it)."""
    if not direct:
        return None
    # (A recommendation of the guideline whose account of the evidence scores best competes for the lead only where the
    # question asks what to do, not what the intervention does: "Does X work?" is answered by the trials.)
    # (Only where the caller asks it, ``own_advice``: not for a follow-up, whose statements the earlier question's words
    # found, so that advice on the earlier thing, "Clinicians should offer exercise ...", led "Is arthroscopic washout
    # worth it as well?" with "Yes.", nor in re-choosing a lead behind a verdict, ``stating_lead``.)
    close = close_to_best(direct, tuning, cautions, own_advice=own_advice and not effect_asked)
    tiers = _source_tiers(close, cautions)
    if effect_asked:
        around = {(c.doc_id, c.text) for c in close if advice_around(c, intervention_terms, intervention_forms)}
        tiers = {key: 2 if tier == 0 and key in around else tier for key, tier in tiers.items()}
    reasons = reasons_behind_advice(close, question_terms)
    return min(close, key=lambda c: (contradicts(c.text, asked_bounds), announces(c.text),
                                     guideline.licensing_note(c.text),
                                     tiers[c.doc_id, c.text], reasons(c), after_failure and not states_failure(c.text),
                                     stopping and not speaks_of_stopping(c.text),
                                     guideline.lead_order(c, intervention_terms, population_terms, intervention_forms,
                                                          prior_asked)
                                     if tiers[c.doc_id, c.text] == 0 else (False,) * 7,
                                     not names_instance(c.text, *instance), method_role(c.text),
                                     -share_named(c.text, intervention_terms, intervention_forms),
                                     secondary(c.text), outcome_listed(c.text, outcome_terms),
                                     effect_asked and not moves_outcome(c.text, outcome_terms, intervention_terms,
                                                                        direction),
                                     -salience_of(c, salient)))


# Words that open a new clause rather than another member of a list ("myocardial infarction, which ...", "... and
# is recommended"): after them the asked outcome is not one of several things a finding names. Grammar words only.
_CLAUSE_OPENERS = frozenset({"which", "who", "whom", "whose", "that", "but", "although", "though", "while", "whereas",
                             "because", "since", "as", "if", "when", "where", "compared", "than", "so", "yet", "is",
                             "are", "was", "were", "has", "have", "had", "may", "can", "should", "did", "does",
                             "not", "including", "especially", "particularly", "mainly"})
_LIST_JOINS = frozenset({"and", "or"})
# How many words a list's next member may have before its own comma or "and" ("myocardial infarction, stroke and
# sudden death"; "..., sudden cardiac death and stroke").
LIST_MEMBER_WORDS = 3
# A statement's words and the punctuation that joins a list's members.
_LIST_TOKEN = re.compile(r"[^\W_][\w\-]*|[,;:()]")


# A state the question's patient is in, said without a verb after "if" at its end ("... if gizmocillin allergic?", "...
# if pregnant?"): a word of state that ends as an adjective does ("-ic", "-ant", "-ent") with at most four words
# about it, and no verb. Grammar.
# (Each word read whole, "[\w\-]++": a word run with optional spaces, repeated, cut a long word every way.)
_ASKED_STATE = re.compile(r"\bif\s+(?P<c>(?:(?!(?:is|are|was|were|be|has|have|had|do|does|did|can|could|will|would|"
                          r"should|may|might|must|not)\b)[\w\-]++\s*){1,5}?)\s*[?.!]*\s*$", re.I)
_STATE_WORD = re.compile(r"\b[a-z]{3,}(?:ic|ant|ent)\b", re.I)
# How long the shared start of two stems must be for a state's word to be named by a statement's ("allerg" of
# "allergic" and "allergi" of "allergy").
STATE_STEM = 5


def asked_state(question: str) -> frozenset[str]:
    """The terms of a state the question's patient is in (``_ASKED_STATE``: "gizmocillin", "allerg" of "... if
    gizmocillin allergic?"); empty where it names none."""
    match = _ASKED_STATE.search(question)
    if match is None or not _STATE_WORD.search(match.group("c")):
        return frozenset()
    return frozenset(tokenize(match.group("c"))) - QUESTION_WORDS


def names_state(text: str, state: frozenset[str]) -> bool:
    """Whether a statement names every term of a state (``asked_state``), a word of it counting where its stem and
    the statement's share their start ("allergy" for "allergic")."""
    own = frozenset(tokenize(text))
    return all(any(w == t or (min(len(w), len(t)) >= STATE_STEM and (w.startswith(t) or t.startswith(w)))
                   for w in own) for t in state)


def list_tokens(text: str) -> list[str]:
    """A statement's words (lower case) and the punctuation that joins a list's members, in order: what a reading of
    its lists walks (``outcome_listed`` here, ``comparison.ranks_alike``)."""
    return [t.lower() for t in _LIST_TOKEN.findall(text)]


def outcome_listed(text: str, outcome: frozenset[str]) -> bool:
    """Whether a statement names the asked outcome (``outcome``: its terms) only as one member of a list of things
    ("... smaller, non-significant increases in stroke and in the composite of myocardial infarction, stroke and sudden
    death"), never on its own ("an increase of roughly 30 percent in the risk of myocardial infarction compared with
    placebo"): its finding is on the list, the composite or the other members, and the asked outcome's own finding
    answers before it. A mention is a list member when "and" or "or" joins it to a word that opens no clause of its
    own (``_CLAUSE_OPENERS``), before or after it, or a comma does, with another comma, "and" or "or" within
    ``LIST_MEMBER_WORDS`` words after it. False when the statement does not name the outcome. Grammar only."""
    return _outcome_listed(text, outcome) if outcome else False


@lru_cache(maxsize=20_000)
def _outcome_listed(text: str, outcome: frozenset[str]) -> bool:
    """``outcome_listed``, remembered per statement and outcome: each lead weighs every statement it is chosen
    from."""
    tokens = list_tokens(text)
    named = [bool(frozenset(tokenize(t)) & outcome) if t[0].isalnum() else False for t in tokens]
    runs: list[tuple[int, int]] = []  # each mention: its first word and the word after it
    for n, hit in enumerate(named):
        if hit and (n == 0 or not named[n - 1]):
            runs.append((n, n + 1))
        elif hit:
            runs[-1] = (runs[-1][0], n + 1)
    return bool(runs) and all(_in_list(tokens, start, end) for start, end in runs)


def _in_list(tokens: list[str], start: int, end: int) -> bool:
    """Whether the words ``tokens[start:end]`` stand as one member of a list (``outcome_listed``)."""
    def member(n: int) -> bool:  # a word that may belong to a list's member
        return 0 <= n < len(tokens) and tokens[n][0].isalnum() and tokens[n] not in _CLAUSE_OPENERS
    before = tokens[start - 1] if start else ""
    after = tokens[end] if end < len(tokens) else ""
    if (before in _LIST_JOINS or before == ",") and member(start - 2):
        return True
    if after in _LIST_JOINS and member(end + 1):
        return True
    if after == "," and member(end + 1):
        ahead = tokens[end + 1:end + 2 + LIST_MEMBER_WORDS]
        return any(t in _LIST_JOINS or t == "," for t in ahead[1:])
    return False


def asks_effect(q: Question) -> bool:
    """Whether a question asks what its intervention does to its condition, in a verb ("Does vitamin K lower the
    INR ...?", "How much does a change in vitamin K intake affect the INR?"), not what to advise
    (``regimen.advice_asked``: "Should X be given to reverse Y?")."""
    return bool(q.intervention and q.condition and q.verb and not advice_asked(q.text))


def moves_outcome(text: str, outcome: frozenset[str], intervention: frozenset[str], direction: int = 0) -> bool:
    """Whether a statement says the asked intervention moves the asked outcome (``verdict.stated_directions``: "An
    increase in vitamin K intake ... lowers the international normalised ratio (INR)"), in ``direction`` when it is
    not 0 (the question's verb's, ``verdict.asked_direction``): the effect asked, stated, rather than a neighbouring
    fact on the outcome ("Dietary vitamin K is the most common dietary cause of INR instability")."""
    directions = stated_directions(text, outcome, intervention)
    return direction in directions if direction else bool(directions)


def advice_around(c: Candidate, intervention_terms: frozenset[str],
                  intervention_forms: tuple[frozenset[str], ...] = ()) -> bool:
    """Whether a recommendation's advice is on something done around the asked intervention rather than on the
    intervention itself (``guideline.lead_order``'s reading: "If a patient taking warfarin starts or stops a vitamin K
    supplement, the INR should be checked more often" advises on checking the INR): to a question on what the
    intervention does it says neither what that is nor whether to use it. False when the question names no
    intervention."""
    if not intervention_terms and not intervention_forms:
        return False
    return guideline.lead_order(c, intervention_terms, frozenset(), intervention_forms)[2]


def close_to_best(direct: list[Candidate], tuning: AnswerTuning = TUNING, cautions: bool = True,
                  own_advice: bool = False) -> list[Candidate]:
    """The direct statements that compete for the lead (``choose_lead``): those that answer nearly as well as the
    best (``tuning.bottom_line_margin`` of its score), and a guideline's recommendation or a meta-analysis's or
    trial's finding down to ``tuning.guideline_lead_margin`` of it. The best is of the statements that are no note on
    a medicine's licence (``guideline.licensing_note``), where there are any: a regulator's word the relevance model
    ranks high ("... did not have marketing authorisation for use in ...") sets no bar for the guideline's advice."""
    advising = [c for c in direct if not guideline.licensing_note(c.text)] or direct
    best = max((c.score for c in advising), default=0.0)
    # (With ``own_advice``, the best a guideline's sentence that recommends nothing, its own recommendations on the
    # asked thing compete whatever their score: ``_own_advice``.)
    top = max(advising, key=lambda c: c.score) if advising and own_advice else None
    return [c for c in direct if c.score >= tuning.bottom_line_margin * best
            or (c.score >= tuning.guideline_lead_margin * best and lead_tier(c, cautions) <= 1)
            or (top is not None and _own_advice(c, top, cautions))]


def _own_advice(c: Candidate, top: Candidate, cautions: bool) -> bool:
    """Whether ``c`` is a recommendation (``lead_tier`` 0) of the guideline whose sentence ``top``, the direct
    statement the relevance model scores best, recommends nothing (a summary of the evidence behind the advice: "One
    trial reported the side effects of X against placebo ..."). Such a recommendation competes for the lead whatever its
    score: the model learned from research abstracts and never saw a guideline, so it ranks the guideline's account of
    a trial far above its advice ("Recommendation 10: ... recommends the use of X in ..." at 0.43 beside 0.97), and the
    answer opened on the trial's side effects while the advice that answers was left out; within one guideline, the
    advice is its answer and the evidence its reason. Only a recommendation that names the asked intervention and
    condition itself (advice on another thing, or for other people, keeps to the margin: "Clinicians should offer
    exercise ..." led a follow-up on arthroscopic washout with "Yes.")."""
    return (c is not top and c.doc_id == top.doc_id and top.hit.document.kind == DocumentKind.GUIDELINE
            and c.mentions_intervention and c.mentions_condition
            and lead_tier(c, cautions) == 0 and lead_tier(top, cautions) != 0)


def stating_lead(verdict: Verdict | None, lead: Candidate, behind: list[Candidate], tuning: AnswerTuning = TUNING,
                 salient: dict[str, float] | None = None, asked_bounds: frozenset[Bound] = frozenset(),
                 cautions: bool = True, topic: frozenset[str] = frozenset()) -> Candidate:
    """The lead of a yes/no answer: ``lead`` (the strongest, most salient direct statement, ``choose_lead``)
    unless a statement ``behind`` the verdict states it more plainly (``verdict.disagreement``: a "No." above
    "NAFLD has an increasing prevalence worldwide." while "... there is no approved pharmacotherapy." is behind
    it; a "Yes." above a statement that says no); then, among the statements behind it that state it best,
    the one ``choose_lead`` picks (strongest source, then salience). The verdict and its lead do not disagree
    when the verdict's own statements can say it. ``topic``: the question's terms, so that a negation on
    something it did not ask does not count against a statement (``verdict.on_topic``)."""
    own = disagreement(verdict, lead.text, topic)
    plainer = [c for c in behind if disagreement(verdict, c.text, topic) < own]
    if not plainer:
        return lead
    best = min(disagreement(verdict, c.text, topic) for c in plainer)
    return choose_lead([c for c in plainer if disagreement(verdict, c.text, topic) == best], tuning, salient,
                       asked_bounds=asked_bounds, cautions=cautions) or lead


# A place or group named as where a statement's finding is not from ("Trials of menatetrenone outside Japan are few"):
# after "outside" or "beyond", its next two words. Grammar only.
_ELSEWHERE = GuardedPattern(re.compile(r"\b(?:outside|beyond)\s+(?:of\s+)?(?:the\s+)?(?P<x>[\w\-]+(?:\s+[\w\-]+)?)",
                                       re.I), ("outside", "beyond"))  # (a text without either is not scanned)


@lru_cache(maxsize=20_000)
def _names_elsewhere(text: str) -> bool:
    """Whether a statement speaks of what lies outside a place or group (``_ELSEWHERE``), remembered per text: asked of
    every direct statement of every answer, twice."""
    return _ELSEWHERE.search(text) is not None


def in_asked_setting(question: str, direct: list[Candidate]) -> list[Candidate]:
    """The direct statements a verdict or a lead reads, less those that speak of what lies outside a place or group the
    question names (``_ELSEWHERE``: "Trials of menatetrenone outside Japan are few, and ... have not shown fracture
    reduction" for "Is menatetrenone used for osteoporosis in Japan?"), where others remain: they answer for
    elsewhere. All of them when the question itself asks about outside something."""
    if not any(_names_elsewhere(c.text) for c in direct) or _ELSEWHERE.search(question):
        return direct  # (most statements name no place outside: nothing to read)
    asked = frozenset(tokenize(question)) - QUESTION_WORDS
    inside = [c for c in direct if not any(asked & frozenset(tokenize(m.group("x")))
                                           for m in _ELSEWHERE.finditer(c.text))]
    return inside or direct


def as_strong_as(lead: Candidate | None, direct: list[Candidate]) -> list[Candidate]:
    """The direct statements a verdict reads: under a lead that itself names a meta-analysis or trial, those
    that do too (a "Yes." from animal findings above "Most meta-analyses found no significant effect ..."
    contradicts the evidence the bottom line opens with); otherwise all of them. A lead ranked as a trial only
    by its source (``_source_tiers``) does not narrow the reading: that source's other statements naming the
    design are often side analyses (reading only those turned "Is metformin recommended as first-line therapy
    ...?" to "No." above the trial's 32 percent reduction)."""
    if lead is None or lead_tier(lead) != 1:
        return direct
    return [c for c in direct if lead_tier(c) <= 1] or direct


def _source_tiers(statements: list[Candidate], cautions: bool) -> dict[tuple[str, str], int]:
    """Each statement's tier for the lead (``lead_tier``), a result stated in numbers (``routing.QUANTIFIED``)
    taking its source's: the strength is the source's, so a trial's main result ("metformin reduced the risk of
    any diabetes-related end point by about 32 percent") ranks with its sentence that names the design ("In a
    supplementary randomized comparison, ..."), and the most salient of the two leads. A sentence of that
    source without a result (on a mechanism, say) keeps its own tier. The other way, a statement of what a study did
    to its people (``method_role``) ranks no higher than its own source's findings among ``statements``: naming its
    design ranked "The Valkyrie trial ... randomized 132 haemodialysis patients ..." above its source's "Most
    haemodialysis trials found no significant difference ...", which now leads before it (``choose_lead`` puts a
    method after a finding of its tier). A method whose source has no other statement here keeps its own tier."""
    own = {(c.doc_id, c.text): lead_tier(c, cautions) for c in statements}
    source: dict[str, int] = {}  # per source, the strongest tier of its findings (recommendations aside)
    found: dict[str, int] = {}  # ... and of those that are no method
    for (doc, text), tier in own.items():
        if tier:
            source[doc] = min(source.get(doc, 2), tier)
            if not method_role(text):
                found[doc] = min(found.get(doc, 2), tier)
    return {(doc, text): (min(tier, source[doc]) if QUANTIFIED.search(text)
                          else max(tier, found[doc]) if doc in found and method_role(text) else tier) if tier
            else tier for (doc, text), tier in own.items()}


def choose_support(direct: list[Candidate], lead: Candidate | None,
                   tuning: AnswerTuning = TUNING, salient: dict[str, float] | None = None) -> list[Candidate]:
    """Further direct statements for the bottom line that answer nearly as well as the lead
    (``tuning.bottom_line_support`` at most; from other sources only unless ``tuning.support_same_source``),
    the most salient first: what else the sources found, so the bottom line does not rest on one sentence
    when several answer. A statement that adds too little to those before it (``novelty`` below
    ``tuning.bottom_line_novelty``: another source's paraphrase of the lead) is passed over, and so is a
    note about the document (``guideline.is_note``). A finding said to hold mainly or only in some of the people
    studied (``in_subgroup``) comes after every other: the bottom line gives a study's result before its subgroup's."""
    if lead is None:
        return []
    out: list[Candidate] = []
    for c in sorted(direct, key=lambda c: (in_subgroup(c.text), -salience_of(c, salient))):
        if len(out) >= tuning.bottom_line_support:
            break
        if c.score < tuning.support_margin * lead.score or guideline.is_note(c.text):
            continue
        if any((c.doc_id == o.doc_id and not tuning.support_same_source) or overlaps(c, o)
               or near_duplicate(c.terms, o.terms) for o in (lead, *out)):
            continue
        if novelty(c.terms, [o.terms for o in (lead, *out)]) < tuning.bottom_line_novelty:
            continue
        out.append(c)
    return out


# A finding said to hold mainly or only in a subgroup of the people studied ("... improved with X mainly in the women
# whose arterial stiffness at baseline was above the median"): a restrictive adverb, then people defined by a clause or
# "with". English grammar, no topic.
_IN_SUBGROUP = re.compile(rf"\b(?:mainly|only|chiefly|largely|mostly|predominantly|particularly)\s+(?:in|among)\s+"
                          rf"(?:the\s+|those\s+)?(?:[\w\-]+\s+){{0,2}}?{PEOPLE_WORDS}\s+(?:whose|who|with|without)\b",
                          re.I)


@lru_cache(maxsize=20_000)
def in_subgroup(text: str) -> bool:
    """Whether a statement says its finding holds mainly or only in some of the people studied (``_IN_SUBGROUP``)."""
    return _IN_SUBGROUP.search(text) is not None


def novelty(terms: frozenset[str], before: list[frozenset[str]]) -> float:
    """The share of a statement's terms that the statements quoted before it do not have: what it adds."""
    if not terms:
        return 0.0
    seen = frozenset().union(*before) if before else frozenset()
    return len(terms - seen) / len(terms)


def lead_tier(c: Candidate, cautions: bool = True) -> int:
    """A statement's source strength for the lead: 0 a guideline's recommendation, 1 a meta-analysis or trial,
    2 any other finding. Without ``cautions`` (the question does not ask whether to avoid or stop the
    intervention), a caution to avoid something ranks as the statement it is, not as a recommendation: "Does
    vitamin D prevent fractures?" is answered by the trials, not by "very high doses should be avoided"."""
    if guideline.is_recommendation(c) and (cautions or not guideline.avoid_caution(c.text)):
        return 0
    if set(STRONG_DESIGNS) & set(designs_in(c.text) + designs_in(c.hit.document.title)):
        return 1
    return 2


def advice_beside_the_asked(c: Candidate, intervention_terms: frozenset[str],
                            intervention_forms: tuple[frozenset[str], ...] = ()) -> bool:
    """Whether a statement is a guideline's advice (``lead_tier`` 0) that names the asked intervention neither by
    its terms (``intervention_terms``) nor by another of its names (``intervention_forms``, of its concept) in its
    own words (its guideline's title may name it) and states no finding (``routing.FINDING``): advice on something
    done around it ("Clinicians should confirm the presence, location and size of the deposit ... before either
    procedure" for "Does shockwave therapy reduce the size of calcium deposits?"), which says neither yes nor no
    to whether the intervention does what is asked. False when the question names no intervention."""
    if not intervention_terms and not intervention_forms:
        return False
    named = bool(intervention_terms & c.terms) or any(form and form <= c.terms for form in intervention_forms)
    return lead_tier(c) == 0 and not named and not FINDING.search(c.text)


def salience_of(c: Candidate, salient: dict[str, float] | None) -> float:
    """A statement's salience (``summary.salience``, by text), or its relevance score without one."""
    return salient.get(c.text, c.score) if salient is not None else c.score


def overlaps(c: Candidate, other: Candidate | None) -> bool:
    """Whether one statement's text holds the other's (the same sentence quoted whole and in part)."""
    return other is not None and (c.text in other.text or other.text in c.text)


# Use kept for some people or cases ("Gizmo transfusion should be reserved for patients with symptomatic anaemia",
# "... restricted to ...", "... only for ..."): ``group`` (or ``only``) names them. Grammar of restricted use.
_KEPT_FOR = re.compile(r"\b(?:reserved|kept|restricted|limited)\s+(?:only\s+)?(?:for|to)\b(?P<group>[^.;]*)|"
                       r"\bonly\s+(?:for|in)\b(?P<only>[^.;]*)", re.I)
_WORD_OF_STATE = re.compile(r"[a-z][a-z\-]{4,}")


def kept_for_the_denied(question: str, text: str) -> bool:
    """Whether ``text`` keeps a use for people in a state the ``question`` asks of its denial, or the other way
    (``_KEPT_FOR``: "reserved for patients with symptomatic anaemia or haemodynamic instability" for "a stable
    asymptomatic patient"), the state as the question words it not among those people: the use is kept for others
    than the asked. English's prefixes of denial, no topic."""
    kept = _KEPT_FOR.search(text)
    if kept is None:
        return False
    group = frozenset(_WORD_OF_STATE.findall((kept.group("group") or kept.group("only") or "").lower()))
    asked = frozenset(_WORD_OF_STATE.findall(question.lower())) - group
    return any(denied_by_prefix(a, g) or denied_by_prefix(g, a) for a in asked for g in group)


# An occasion a question asks at, by the event it comes before, during or after ("after the birth", "before surgery",
# "during a flare"): the event's noun (``e``). Not a span of time ("after 5 years", "after two weeks") nor a pronoun
# ("after it"), nor an act of the asker's own ("before starting gizmo K", "after stopping it": what is done to the
# topic, not an event apart from it; "during breastfeeding" is one). Grammar.
_OCCASION = re.compile(r"\b(?:(?:after|before|following|until)(?!\s+[a-z]+ing\b)|during)\s+"
                       r"(?:the\s+|a\s+|an\s+|her\s+|his\s+|their\s+|"
                       r"my\s+|your\s+)?(?!(?:it|this|that|them|these|those|one|two|three|four|five|six|seven|eight|"
                       r"nine|ten|several|many|some|each|every|\d+\S*|(?:day|week|month|year|hour|minute)s?)\b)"
                       r"(?P<e>[a-z][a-z\-]{2,})\b", re.I)


def occasion_terms(q: Question) -> frozenset[tuple[str, str]]:
    """The events a question asks at, each as its preposition and a term of its noun (``_OCCASION``: ("after",
    "birth") of "What do I do with it after the birth?"), less those of its topic: an occasion its condition or
    intervention names ("after a heart attack" of a question on heart attack) sets nothing apart."""
    topic = guideline.topic_terms(q.intervention, q.condition) | QUESTION_WORDS
    return _occasions(q.text) - {o for o in _occasions(q.text) if o[1] in topic}


@lru_cache(maxsize=20_000)
def _occasions(text: str) -> frozenset[tuple[str, str]]:
    """The occasions a text names (``_OCCASION``), each as its preposition and a term of its event's noun."""
    return frozenset((m.group(0).split()[0].lower(), t)
                     for m in _OCCASION.finditer(text) for t in tokenize(m.group("e")))


def at_occasion(c: Candidate, events: frozenset[tuple[str, str]]) -> bool:
    """Whether a statement names one of the asked occasions (``occasion_terms``) with the same preposition
    ("immediately after birth" for "after the birth"; not "elective birth before 40 weeks")."""
    return bool(events) and bool(events & _occasions(c.text))


def at_asked_occasion(q: Question, may_lead: list[Candidate], ranked: list[Candidate]) -> list[Candidate]:
    """The statements that may lead a question asking at an occasion (``occasion_terms``: "after the birth"): those
    that name it, where one does; none where none does but another statement on the topic does (``ranked``): the
    advice on the topic at large ("Offer gizmo tablets if targets are not met within 1 to 2 weeks") answers no
    question on what to do after the birth, and the statement that names it is then quoted as the closest evidence.
    ``may_lead`` as it is where no statement names the occasion, or the question names none."""
    events = occasion_terms(q)
    if not events:
        return may_lead
    at = [c for c in may_lead if at_occasion(c, events)]
    if at or not any(at_occasion(c, events) for c in ranked):
        return at or may_lead
    return []
