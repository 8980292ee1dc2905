"""A verdict from the closest evidence where it is a guideline's own advice on the asked thing in the asked condition.

The advice a question's wording kept from counting as direct still says which way the guideline points, and the answer
quotes it: a condition read with case details no statement names ("COPD pt just had an MI", "IBS with constipation >1
year, tried 2 classes of laxatives ..."), or a case, a dash and a thing in a wording no reading takes ("bedbound
resident - donut ring cushion to prevent sacral ulcer?"), read with no topic at all. "Insufficient" beside "The panel
suggests not withholding heart-selective beta-blockers from people with proven COPD ..." told the reader the
opposite of what it quoted."""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from index.lexical import tokenize
from ingest.models import DocumentKind
from service.answer.clipped import clips
from service.answer.abbreviations import written_long_form_terms
from service.answer.case_state import for_other_case
from service.answer.concepts import QUESTION_WORDS, acronym_letters, contradicts_qualifier, spells_once
from service.answer.cutoffs import for_other_values
from service.answer.kinds_said import CLASS_MODIFIERS
from service.answer.further_group import narrowed_past_the_case
from service.answer.guideline import research_only
from service.answer.lead import fit, people_groups
from service.answer.qualifiers import qualifiers
from service.answer.models import Verdict
from service.answer.polarity import as_asked, clauses, stance, without_glued_notes
from service.answer.question import PEOPLE_WORDS, Question, asks_causing
from service.answer.routing import (ADVISING, GUIDELINE_ADVICE, IMPERATIVE, NEUTRAL, RECOMMENDATION,
                                    advises_research_only)
from service.answer.scoring import Candidate, sentence_terms

# A grade label a guideline puts before its advice ("B - Do not ...", "GCP - Offer ..."): the label's forms, no topic.
_GRADE_LABEL = re.compile(r"^\W*(?:[A-D][0-9+\-]?|GCP|GPP|[IV]{1,3}[A-C]?)\s*[-\u2013\u2014:]\s+", re.I)
# Advice weighed and not given ("X, Y and Z were considered but not recommended"): against what it names, which
# ``polarity.stance`` reads only with "is"/"are" before the "not". Grammar.
_WEIGHED_NOT_GIVEN = re.compile(r"\b(?:but|and)\s+not\s+(?:recommended|advised|suggested|endorsed)\b", re.I)
# A judgement that a thing is (or would be) fit or unfit to do, as appropriateness ratings and their rows word it ("...,
# SRS alone would be appropriate", "X is usually not appropriate", "X is inappropriate"): advice for or against it,
# which ``polarity.stance`` does not read. Grammar: a copula, an optional adverb of degree, then the judgement.
_JUDGED = (r"\b(?:is|are|be|was|were|seems?)\s+(?:(?:usually|generally|often|probably|may\s+be|likely|most|"
           r"highly|also|then|clearly)\s+)*")
_FIT_WORDS = r"(?:appropriate|reasonable|acceptable|warranted|justified)"
_JUDGED_FIT = re.compile(_JUDGED + _FIT_WORDS + r"\b", re.I)
# ... unfit: the judgement denied ("is not (usually) appropriate", "is never/rarely appropriate"), or the copula itself
# denied by a modal ("may not be appropriate", "would not be appropriate"). Grammar.
_JUDGED_UNFIT = re.compile(r"(?:" + _JUDGED + r"(?:(?:not|never|rarely|seldom)\s+(?:(?:usually|generally|always|often)"
                           r"\s+)?" + _FIT_WORDS + r"|inappropriate|unwarranted|unjustified)|"
                           r"\b(?:(?:may|might|would|should|could|will|can)\s*not|cannot|\w+n[\'\u2019]t)\s+be\s+"
                           r"(?:(?:usually|generally|always|often)\s+)?" + _FIT_WORDS + r")\b", re.I)
# What keeps a judgement of fit from being advice for its subject: a denial or a doubt before it in its clause ("Aspirin
# may not be appropriate", "it is unclear whether X is appropriate", "if X is appropriate, ..."), or a condition that
# follows it ("X is appropriate only if ..."). A closed class of English negation, doubt and condition words.
_FIT_DENIED = re.compile(r"\b(?:not|never|\w*n[\'\u2019]t|cannot|whether|if|unless|unclear|uncertain|unknown|unsure|"
                         r"doubtful|debated|controversial)\b", re.I)
_FIT_ONLY_IF = re.compile(r"^\s*only\b", re.I)

# The case, a dash set off by spaces (a hyphen inside a word, "pre-op", is no dash), and what is asked after it.
# A question mark straight before a word is a note's query of a diagnosis ("hot knee, ?gout - ..."), not the question's
# end: it stays in the case.
_DASHED = re.compile(r"^(?P<case>(?:[^?]|\?(?=\w))+?)\s+[-\u2013\u2014]+\s+"
                     r"(?P<asked>(?:[^?\-\u2013\u2014]|(?<=\w)-(?=\w))+?)\s*\?*$")
# (A hyphen inside a word of the asked part, "first-line", "add-on", is part of it; a dash set off by spaces is not.)
# The verbs of giving or using a thing that a note asks leave for ("start", "give", "prescribe"): read past by
# ``_OPENING`` and, alone, the whole asked part of ``_BARE_ASK``. A closed class of general English.
_ACT_VERBS = r"(?:start|give|use|try|prescribe|offer|add|begin|commence|apply|recommend|continue)"
# An asked part that names no thing, only asks leave to act or a judgement of acting ("- prescribe?", "- give it?",
# "- worth doing?", "- ok?", "- good idea?"): the thing is the one the case says is asked for (``_REQUESTED``).
# Grammar: the verbs ``_OPENING`` reads and a pronoun for the thing, or a judgement of a plan.
_BARE_ASK = re.compile(r"^(?:(?:can|could|should|shall|may|do)\s+(?:i|we|you)\s+)?(?:just\s+)?"
                       rf"(?:{_ACT_VERBS}|order|arrange|"
                       r"book|refer|do|go\s+ahead)(?:\s+(?:it|them|this|that|one|him|her|these|those))?\s*\?*$|"
                       r"^(?:(?:is|would)\s+(?:it|this|that)\s+(?:be\s+)?)?(?:a\s+)?(?:good|wise|sensible|safe|reasonable)\s+"
                       r"(?:idea|plan|option|choice|move)\s*\?*$", re.I)
# What a case says its patient asks for or wants, or someone suggests ("asks for X", "wants a X to ...", "requesting X",
# "keen on X", "would like X", "surgeon suggests X"): the thing an asked part naming none asks of. A closed class of
# English verbs of asking, wanting and proposing.
_REQUESTED = re.compile(r"\b(?:asks?|asking|asked|wants?|wanting|wanted|requests?|requesting|requested|keen|"
                        r"hoping|insists?|insisting|(?:would|\w+['\u2019]d)\s+like|suggests?|suggested|suggesting|"
                        r"proposes?|proposed|considering|thinking\s+(?:of|about))\s+"
                        r"(?:(?:for|on|about|to\s+(?:have|get|try|start|take|use|do))\s+)?"
                        r"(?:(?:a|an|the|some|any|his|her|their)\s+)?(?P<x>[^,;:.()]+)", re.I)
# What joins a thing's alternatives in its name ("A or B", "A/B"). Grammar.
_ALTERNATIVE = re.compile(r"\s+or\s+|/", re.I)
# The most words of a role a thing is asked in ("as first-line", "as add-on therapy").
_ROLE_WORDS = 3
# Articles, no part of a role's name ("as a first line").
_ARTICLE_TERMS = frozenset(tokenize("a an the"))
# How a note opens what it asks of a thing: asking leave ("can I", "ok to", "is it safe to"), an adverb of just doing
# it, and a verb of giving or using ("start", "give", "use") or of managing a case with a thing ("manage with"); each
# read past, so the thing is what follows; so is putting the patient on a thing ("ok to just put her on X") or moving
# the patient over to one ("ok to switch her to X": the thing is the new one). A copula that opens the asking of a
# judgement of the thing ("is X reasonable to ...?", "is X still worth giving?") is read past too: the judgement ends
# the thing's name (``THING_ENDS``). So is a need to act asked ("do I need to start X"), and a modal opening a passive
# ask of a thing ("should X be done ...?", "can X be given ...?": its "be" ends the name). Grammar.
_OPENING = re.compile(r"^(?:(?:can|could|should|shall|may|do)\s+(?:i|we|you)\s+(?:(?:need|have)\s+to\s+)?|"
                      r"(?:is|are)\s+(?!it\b|this\b|that\b)|"
                      r"(?:should|must|can|could|may|shall)\s+(?!(?:i|we|you|he|she|they|it|this|that|there)\b)"
                      r"(?=(?:[\w\-]+\s+){1,3}be\s))?"
                      r"(?:(?:is\s+it\s+|it'?s\s+)?(?:ok|okay|fine|safe|alright|reasonable|acceptable)\s+to\s+)?"
                      r"(?:(?:just|still|now|also)\s+)?"
                      # (whether acting is worth it, on a thing named with its article: "worth getting a X over ...",
                      # "is it worth trying the X ...". Without one, "still worth giving EC, and which one?", the words
                      # after "worth" are read as before: no thing.)
                      r"(?:(?:is\s+it\s+)?worth\s+(?:getting|trying|using|giving|starting|doing|ordering|adding)\s+"
                      r"(?=(?:a|an|the|some)\s)|"
                      rf"{_ACT_VERBS}\s+|"
                      r"(?:manage|treat|handle)\s+(?:(?:it|this|them|him|her)\s+)?with\s+|"
                      r"(?:put|place|keep)\s+(?:(?:him|her|them|the\s+patient)\s+)?on\s+|"
                      r"(?:switch|change|swap|convert|move)\s+(?:(?:him|her|them|the\s+patient)\s+)?(?:over\s+)?to\s+)?"
                      r"(?:(?:a|an|the|some|any)\s+)?", re.I)
# Where a thing's name ends: a preposition, "to", a word that says how it is used ("alone", "as"), a conjunction, an
# adverb in -ly ("empirically") or of time ("still", "now"), or the judgement a question asks of the thing ("... - is
# X reasonable to ...?", "is X still worth giving?", "X ok?"). Grammar, no topic.
THING_ENDS = re.compile(r"^(?:to|for|in|on|with|w|from|as|at|after|before|during|instead|alone|of|by|because|if|"
                         r"when|while|without|vs|versus|or|and|than|over|then|until|\w+ly|still|now|today|yet|afterwards|"
                         r"again|be|"
                         r"ok|okay|fine|safe|reasonable|appropriate|acceptable|adequate|worth|worthwhile|indicated|"
                         r"needed|necessary|required|recommended|warranted|justified|enough|"
                         # ... a rank asked of the thing ("X first-line?", "X first choice?": ``_RANK``).
                         r"first(?:-line)?|second(?:-line)?)$", re.I)
# A rank a thing is asked in: it ends the thing's name, and is the role asked ("X as first-line?", ``_role``).
_RANK = re.compile(r"^(?:first|second)(?:-line)?$", re.I)
# A word that opens a dose after a thing's name ("heparin 5000 u bd"): a numeral ends the name it follows. Grammar.
_DOSE_OPENS = re.compile(r"^\d")
# The head of a measured thing's name, a noun of measuring that a statement may word otherwise ("an FSH level" asked, "a
# FSH test" advised): what is measured names the thing, so the head counts only where nothing else is named. A closed
# class of English nouns of measuring, no topic.
_MEASURING_HEADS = frozenset(tokenize("level levels test tests testing measurement assay"))
# The most words a thing's name takes after a dash: a drug, a device, a procedure ("donut ring cushion").
_THING_WORDS = 3
# The share of a thing's words (each once) a statement must name to name it: most of them ("donut-type devices" and
# "foam rings" for "donut ring cushion"), never one of two ("compression stockings" is no "compression device").
_THING_SHARE = 0.6
# A question weighing one thing against another ("Is X better than Y ...?"): advice on one side does not compare them.
# Grammar.
# ("X over Y?" weighs them too; "switch over to X" does not.)
_COMPARES = re.compile(r"\b(?:better|worse|superior|inferior|versus|vs|compared?|rather\s+than|instead\s+of|"
                       r"over(?!\s+to\b))\b", re.I)
# What the asked patient takes ("... in a patient taking warfarin"): the other treatment the question is about, which
# advice that does not name it does not weigh. Grammar.
_TAKING = re.compile(r"\b(?:taking|on|using|receiving)\s+(?P<x>[\w\-]+(?:\s+[\w\-]+)?)\s*$", re.I)
# Whether the corpus says a thing is of a class (``kinds_said.said_to_be_of``: "amlodipine" of "calcium channel
# blockers" where a chunk writes "calcium channel blockers such as amlodipine").
KindOf = Callable[[str, str], bool]
# A word that may head a class's name in a statement: a plural ("blockers", "corticosteroids") or an acronym's
# ("CCBs"). Grammar.
_CLASS_HEAD = re.compile(r"^(?:[a-z][\w\-]*[^s\W]s|[A-Z]{2,}s)$")
# A word of a statement's text, for the class names read from it.
_WORD = re.compile(r"[A-Za-z][\w\-]*")


def closest_advice(question: Question, closest: list[Candidate], intervention_forms: tuple[frozenset[str], ...],
                   kind_of: KindOf | None = None) -> tuple[Verdict, Candidate] | None:
    """The yes or no the closest statements give as asked (``polarity.as_asked``), with the first that gives it, where
    each that is a guideline's whole sentence of advice (``advised_way``) on the asked thing and the asked condition
    (``_names_asked``; the thing named by a class the corpus says it is of, ``kind_of``: advice on calcium channel
    blockers is advice on amlodipine). None otherwise: a finding, a harm, neutral advice, advice on another thing or
    for another condition or other people (``_fits``), for values the question's do not reach
    (``cutoffs.for_other_values``),
    without the other treatment the asked patient takes, saying of the condition's qualifier what the question does
    not (``concepts.contradicts_qualifier``: "only if a membrane is not present" for "when a membrane is present"), a
    question whose thing is not read, advice both ways, a question on an effect, a comparison or two things together."""
    if not advice_answers(question):
        return None
    asked = qualifiers(question.text)
    terms = frozenset(tokenize(question.text)) - QUESTION_WORDS
    taken = _TAKING.search(question.condition or "")
    taking = frozenset(tokenize(taken.group("x"))) - QUESTION_WORDS if taken else frozenset()
    advised = [(c, way) for c in for_other_values(question.text, closest)
               if (way := _advice_on_asked(question, c, intervention_forms, kind_of))
               and _fits(asked, c, terms) and taking <= c.terms
               and not contradicts_qualifier(c.text, question.condition or "", numbers=False)
               and not narrowed_past_the_case(question.as_asked or question.text, c)]
    if open_thing_asked(question):
        # Advice against one thing says nothing of the others: only advice for one answers "anything to ...?"; nor
        # does advice for people without the case's condition ("... in women without migraine with aura" for "30F
        # with migraine - anything to prevent pregnancy?").
        case = _case_terms(question)
        advised = [(c, way) for c, way in advised if way == "for" and not _excludes(c.text, case)][:1]
    advised = _naming_role(question, advised)
    if not advised or len({way for _, way in advised}) > 1:
        return None  # none, or quoted advice on the asked thing both ways
    c, way = advised[0]
    verdict = as_asked(question.text, "no" if way == "against" else "yes", c.text)
    if way == "for" and only_for_risk_denied(question.as_asked or question.text, c.text,
                                               _thing_terms(question, intervention_forms)):
        verdict = as_asked(question.text, "no")
    return (verdict, c) if verdict in ("yes", "no") else None


def advice_answers(question: Question) -> bool:
    """Whether advice to use the asked thing can answer ``question``: not where it asks a harm or an effect ("Can X
    cause Y?", "Does X lower Y?"; not "Is X recommended to prevent Y?", whose verb is what the advice is for), a
    comparison, or two things together (advice on either alone does not say they may be joined)."""
    if asks_causing(question) or (question.verb and not RECOMMENDATION.search(question.text)) or \
            question.comparator or _COMPARES.search(_compared_part(question)):
        return False
    return not (question.combined or question.together)


def _naming_role(question: Question, advised: list[tuple[Candidate, str]]) -> list[tuple[Candidate, str]]:
    """The advice that names the role a dash question asks the thing in ("first line" of "X as first-line?",
    ``DashedAsk.role``) where any does: advice on that use answers it before advice on the thing in general
    ("Clinicians should not use X as a first line of treatment" over "X may be added later ..."); all of it
    otherwise."""
    found = dashed_reading(question.as_asked or question.text)
    if found is None or not found.role:
        return advised
    naming = [(c, way) for c, way in advised if found.role <= c.terms]
    return naming or advised


# Advice given only to people at risk ("offered only to those thought at risk of ...", "only in those at high risk",
# "only for people with risk factors"): the "only" and the risk within one clause; not "not only ... but all", which
# widens the advice. Grammar.
_ONLY_AT_RISK = re.compile(r"(?<!\bnot\s)\bonly\b[^.;:]{0,60}?\b(?:at\s+(?:(?:high|higher|increased|particular)\s+)?"
                           r"risk|with\s+(?:\w+\s+)?risk\s+factors?|high[\s\-]risk)\b", re.I)
# A case said to carry no risk in general words ("no risk factors", "without known risk factors", "not at risk",
# "low-risk", "no risk" ending its phrase), not of one named harm ("no risk of bleeding": ``_RISK_OF_DENIED``). Grammar.
_RISK_DENIED = re.compile(r"\b(?:no|without|nil|denies)\s+(?:(?:known|other|particular|obvious)\s+)?"
                          r"(?:risk\s+factors?\b|risks?(?=\s*(?:[,;:.?!\-\u2013\u2014]|$)))|"
                          r"\bnot\s+at\s+(?:\w+\s+)?risk\b|\blow[\s\-]risk\b", re.I)
# A case said to carry no risk of one named harm ("no risk of bleeding", "not at risk for gizmo fever", "no risk factors
# for clots"): the words after "of"/"for" name it. Grammar.
_RISK_OF_DENIED = re.compile(r"\b(?:(?:no|without|nil|denies)\s+(?:(?:known|other|particular|obvious)\s+)?|"
                             r"not\s+at\s+(?:\w+\s+)?|low\s+)risks?(?:\s+factors?)?\s+(?:of|for)\s+"
                             r"(?P<harm>\w+(?:[\s\-]\w+){0,2})", re.I)


def only_for_risk_denied(question: str, advice: str, thing: frozenset[str] = frozenset()) -> bool:
    """Whether the clause of ``advice`` that carries it (the first naming the asked ``thing``, else the first) gives it
    only to people at risk (``_ONLY_AT_RISK``) and the asked case is said to carry none of that risk: its "only"
    leaves the case out, so the advice for the others is a no for it ("Serology should be offered only to people at
    risk" asked of "no risk factors - routine serology?"), not a yes nor a hedge. A "repeat test only in those at high
    risk" in a second clause leaves the advice for all in the first; a case with "no risk of bleeding" may still carry
    the risk of clots the advice is kept for (``_risk_denied``)."""
    parts = clauses(advice) or [advice]
    naming = [part for part in parts if thing and sentence_terms(part) & thing]
    clause = naming[0] if naming else parts[0]
    return bool(_ONLY_AT_RISK.search(clause)) and _risk_denied(question, clause)


def _risk_denied(question: str, clause: str) -> bool:
    """Whether ``question`` says its case carries no risk of what ``clause`` keeps its advice for: no risk in general
    words (``_RISK_DENIED``), or none of a harm (``_RISK_OF_DENIED``) the clause names. A case without one harm's risk
    ("no risk of bleeding") is not one without the risk of another ("only in those at high risk of clots")."""
    named = list(_RISK_OF_DENIED.finditer(question))
    if named:
        held = sentence_terms(clause)
        return any(sentence_terms(m.group("harm")) & held for m in named)
    return bool(_RISK_DENIED.search(question))


def section_advice(question: Question, closest: list[Candidate], sections: list[Candidate],
                   intervention_forms: tuple[frozenset[str], ...],
                   kind_of: KindOf | None = None) -> tuple[Verdict, Candidate] | None:
    """The yes or no a statement of the answer's own sections gives (``closest_advice``: a guideline's whole sentence
    of advice on the asked thing, for the asked people), with that statement, where the closest evidence gives none.
    Only a statement of a source the closest evidence quotes, for no narrower people than asked nor another case: the
    source the answer found nearest the question says it elsewhere (a section's advice from another source, "...
    antibiotics ... to prevent shunt infection" for ear infections, was never weighed as near). Read over the closest
    statements and the sections together, so that advice the other way in either gives none. A guideline's "gizmo air
    is not to be given by habit for puffing" stood under Current Evidence while the bottom line said "insufficient"
    beside that guideline's talk of gizmo air: the answer quoted what settles it, one section down."""
    near = {c.hit.document.id for c in closest}
    asked = qualifiers(question.text)
    terms = frozenset(tokenize(question.text)) - QUESTION_WORDS
    # (Nor one narrowed to people the question does not name, "advise pregnant smokers ... with X" for a smoker with
    # heart disease: the closest statements were chosen for the asked people, a section's were not.)
    # (Nor advice for another case than the asked patient's, ``case_state.for_other_case``: the closest statements are
    # screened so, and a section's "If severe kidney failure: do NOT use X" gave "No." to "... - is X ok?" for a patient
    # it never names with kidney failure, wherever the relevance model kept it in a section, 0.511 against its 0.5.)
    sections = [c for c in sections if c.hit.document.id in near and not fit(asked, c, terms).narrows
                and not _other_sex(asked, c) and _names_whole_condition(question, c, intervention_forms)
                and not for_other_case(question.text, c, question.yes_no)]
    if not sections or closest_advice(question, closest, intervention_forms, kind_of) is not None:
        return None
    found = closest_advice(question, [*closest, *sections], intervention_forms, kind_of)
    if found is None or any(found[1] is c for c in closest):
        return None
    return found


def _names_whole_condition(question: Question, c: Candidate, intervention_forms: tuple[frozenset[str], ...]) -> bool:
    """Whether statement ``c`` names every word of the asked condition (no question word, noun of people or word of the
    intervention), in its own words or its source's title; True where no condition is read. A section's statement
    was not chosen as near the question, so the head alone ("pain" of "knee osteoarthritis pain" in advice on neck
    pain) does not name it."""
    if not question.condition:
        return True
    words = (frozenset(tokenize(question.condition)) - QUESTION_WORDS - _PEOPLE_TERMS
             - frozenset().union(*intervention_forms))
    return words <= c.terms | sentence_terms(c.hit.document.title or "")


def follow_up_advice(question: Question, closest: list[Candidate], before: frozenset[str], earlier: str = "",
                     earlier_thing: str | None = None) -> tuple[Verdict, Candidate] | None:
    """The yes or no of a follow-up that names no thing a reading takes (no intervention, no condition, no thing after a
    dash: "do I need to check serum gizmo levels on it?"), given as asked by the closest statements that are a
    guideline's whole sentence of advice from a source the answer before quoted (``before``, its sources' ids: the
    case is the one that answer was about) and whose advising clause (``advice_clause``) names most of the follow-up's
    own words (``_THING_SHARE``); None for none, advice both ways, or what ``closest_advice`` never answers (an
    effect, a harm or a comparison asked). "Routine monitoring of serum gizmo levels is not recommended" stood under
    "insufficient" for that follow-up: ``closest_advice`` reads only a first question's thing. The case is the earlier
    question's (``earlier``) too: a statement narrowed to people neither names (children, for an adult's chain; one
    sex, where neither names a sex) is passed over, and so is one naming another thing taken than the earlier
    answer's (``earlier_thing``) in it or its passage."""
    # (A thing the follow-up's case asks for, "she's asking for X now - ok?", is one of its own words: read below.)
    if question.intervention or question.condition or \
            dashed_reading(question.as_asked or question.text, from_case=False) is not None:
        return None
    if asks_causing(question) or question.verb or question.comparator or _COMPARES.search(question.text):
        return None
    words = frozenset(tokenize(question.as_asked or question.text)) - QUESTION_WORDS - _FRAME_WORDS
    if len(words) < _FOLLOW_UP_WORDS:
        return None  # "and then?", "ok?": nothing of its own for a statement to name
    case = f"{earlier} {question.text}".strip()
    own, asked = qualifiers(question.text), qualifiers(case)
    case_terms = frozenset(tokenize(case)) - QUESTION_WORDS
    thing = frozenset(tokenize(earlier_thing or "")) - QUESTION_WORDS
    advised: list[tuple[Candidate, str]] = []
    for c in closest:
        if c.hit.document.kind != DocumentKind.GUIDELINE or c.closest_only or c.hit.document.id not in before:
            continue
        named = words & sentence_terms(advice_clause(c.text))
        if len(named) < _THING_SHARE * len(words) or not _fits(own, c, case_terms) \
                or _other_case(asked, c, case_terms) or _takes_another(c, thing, words):
            continue
        way = advised_way(c.text, frozenset(named))
        if way is not None:
            advised.append((c, way))
    if not advised or len({way for _, way in advised}) > 1:
        return None
    c, way = advised[0]
    verdict = as_asked(question.text, "no" if way == "against" else "yes", c.text)
    return (verdict, c) if verdict in ("yes", "no") else None


def _other_case(asked: dict[str, frozenset[str]], c: Candidate, terms: frozenset[str]) -> bool:
    """Whether statement ``c`` is for other people than the chain's case (``asked``: the qualifiers of the earlier
    question and the follow-up; ``terms``, their words): it names another value of a kind they name, narrows to a
    value of a kind they do not, or names a sex where they name none. (Not whether it names each value they name: the
    earlier question's "severe" is the case, not a condition of the follow-up's advice.)"""
    found = fit(asked, c, terms)
    return found.contradicts or found.narrows or _other_sex(asked, c)


def _other_sex(asked: dict[str, frozenset[str]], c: Candidate) -> bool:
    """Whether statement ``c`` names a sex where the question names none. ``fit`` reads a sex for a contradiction only
    (advice naming women is everyone's in a ranking), but a verdict taken from a statement no reading chose as near
    ("Screen women aged ..." for a question naming no one) would give one sex's advice as everyone's."""
    return "sex" not in asked and bool(qualifiers(c.text).get("sex"))


# How a statement names a thing its people take ("in people taking X", "before starting X", "treated with X"): the
# verbs of taking, a closed class of English, and the word after them.
_TAKES = re.compile(r"\b(?:taking|using|receiving|starting|treated\s+with)\s+(?P<x>[a-z][\w\-]*)", re.I)


def _takes_another(c: Candidate, thing: frozenset[str], words: frozenset[str]) -> bool:
    """Whether statement ``c`` (or, where it names none, its passage) names a thing taken that is neither the earlier
    answer's (``thing``) nor a word of the follow-up (``words``): advice on checking a level "in people taking"
    another drug is not advice on the chain's. A statement or passage naming the earlier thing, or no thing taken,
    passes."""
    texts = (c.text, c.hit.chunk.text)
    if thing and any(thing <= sentence_terms(text) for text in texts):
        return False
    taken = {frozenset(tokenize(m.group("x"))) for text in texts for m in _TAKES.finditer(text)} - {frozenset()}
    return any(not t & (thing | words | QUESTION_WORDS) for t in taken)


# The fewest words of its own a follow-up must name for advice to answer it by naming them (two: a thing and what is
# done with it, "check ... levels"); one word ("ok?") is no thing.
_FOLLOW_UP_WORDS = 2
# Words of a follow-up's frame, not of what it asks of: its pronouns and its asking of need or leave ("do I need to",
# "then ok?"). A closed class of English.
_FRAME_WORDS = frozenset(tokenize("i we you me he she they him her them need needs ok okay then still now also"))
# (Not ``quoted_before._FUNCTION_WORDS``, which is of a follow-up's new words, stemmed as ``asked_terms`` gives them,
# and lacks the first person and "need": a different closed class.)


def _compared_part(question: Question) -> str:
    """The part of a question a comparison would be asked in: what is asked after a case's dash (``_DASHED``), or the
    whole question. A case's "?gout vs something else" weighs diagnoses, not the thing asked of after the dash."""
    text = question.as_asked or question.text
    m = _DASHED.match(text.strip())
    return m.group("asked") if m is not None and not (question.intervention or question.condition) else text


def _fits(asked: dict[str, frozenset[str]], c: Candidate, terms: frozenset[str]) -> bool:
    """Whether statement ``c`` fits the people, severity and setting the question asks of (``lead.fit``): it names the
    value of each kind the question names, none other, and speaks of no people with something the question does not
    name. "Consider antidepressant treatment for people with epilepsy and depression as well" is no
    yes to antidepressants for mild depression, nor advice on intravenous iron around surgery one for pregnancy. A
    grown-up's age asked that the statement does not name sets nothing apart (``_GROWN_UP``), nor an exact age beside
    its group (the group still does); an age the statement names that excludes the asked one contradicts."""
    found = fit(asked, c, terms)
    # (Nor a value its source's title holds where the title is on the asked topic, a word of the question other than
    # its people's: a guideline on children's mouth sores advises for children, whether or not the sentence says
    # "children" again; ``lead.fit`` counts the title only against a value, for the lead. A guideline on another
    # condition in children still speaks of other children: "... undernourished children ..." for an ear infection.)
    title = c.hit.document.title or ""
    on_topic = bool((sentence_terms(title) & terms) - _PEOPLE_TERMS)
    scope = qualifiers(title, terms) if on_topic else {}
    grown = {kind: values for kind, values in asked.items()
             if not (kind == "age at" or (kind == "age" and values <= _GROWN_UP) or values & scope.get(kind, set()))}
    # (Nor a value of a kind the statement names none of where its passage names the asked one: "Do not use a
    # splint as the first treatment." after "... for mild to moderate disease" in one passage is advice for the
    # moderate case too; a statement naming another value of the kind is still read as it stands.)
    if found.contradicts:
        return False
    if grown.keys() & _PASSAGE_KINDS and fit(grown, c, terms).unmatched:
        own = qualifiers(c.text, terms, examples=True)
        passage = qualifiers(c.hit.chunk.text, terms, examples=True)
        grown = {kind: values for kind, values in grown.items()
                 if kind not in _PASSAGE_KINDS or kind in own or not values & passage.get(kind, set())}
    return not (fit(grown, c, terms).unmatched or found.contradicts or (found.restricted and _restricted(c, terms)))


# The kinds of qualifier a statement's passage may name for it: a degree of the disease the passage's advice is for
# ("mild to moderate ..."), which a next sentence does not repeat. Not people (an age, a sex), whom a passage on other
# people's advice names as well ("febrile children" beside a sentence on antibiotics does not make it advice for
# children's ear infections).
_PASSAGE_KINDS = frozenset({"severity"})


def _restricted(c: Candidate, terms: frozenset[str]) -> bool:
    """Whether statement ``c`` speaks of people with something neither the question (``terms``) nor its source's title
    names (``lead.Fit.restricted``), an acronym the title spells out counted as named (``_spelled_acronyms``): "women
    with PAI" in a guideline titled on primary adrenal insufficiency are the guideline's own patients, not others."""
    title = c.hit.document.title or ""
    known = terms | sentence_terms(title)
    return any(not (known | _spelled_acronyms(group, title)) & frozenset(tokenize(group))
               for group in people_groups(c.text))


# The ages of grown-ups: an adult's or older adult's age asked ("72M") is not set apart by advice that names no age,
# advice for everyone with the disease; a child's still is (advice for children with another illness is no advice for
# a child's ear infection), and an age the advice names that excludes the asked one still contradicts (``lead.fit``).
_GROWN_UP = frozenset({"adult", "older"})


def _advice_on_asked(question: Question, c: Candidate, intervention_forms: tuple[frozenset[str], ...],
                     kind_of: KindOf | None) -> str | None:
    """Which way closest statement ``c`` advises on the asked thing in the asked condition (``advised_way``), where it
    is a guideline's whole sentence that names them (``_names_asked``); None otherwise."""
    if c.hit.document.kind != DocumentKind.GUIDELINE or (c.closest_only and any(c.cut)):
        # (A guideline's whole sentence quoted only as closest evidence, found when no statement passed the relevance
        # floors, still advises; one cut at an end may have lost its "unless ...".)
        return None
    topic = _names_asked(question, c, intervention_forms, kind_of)
    if topic is None or not _advises_on_thing(question, c.text, intervention_forms, kind_of,
                                              c.hit.document.title or ""):
        return None
    if _other_role(question, c.text):
        return None  # advice on the thing in another role than asked (alone, for an add-on asked; not first line)
    if _TOLD_THAT.search(c.text):
        return None  # what patients are to be told of the thing ("advise patients that X is likely to ..."): no advice
    thing = _thing_terms(question, intervention_forms)
    clause = _thing_clause(c.text, thing)
    if clause == c.text and advised_way(c.text, topic) is None:
        # (Within one clause that gives no way as a whole, the part that names the thing best where it gives a way of
        # its own: "Findings are sorted as "recommended," "not recommended," ...: X is recommended and collection with
        # gizmo bags is not recommended" is against the bags asked of. A clause that gives a way keeps it.)
        clause = _thing_part(c.text, thing, topic) or clause
    # (A clause that gives no way on its own, "X and Y were considered" cut from "but not recommended", leaves it to
    # the whole sentence.)
    return (advised_way(clause, topic) if clause != c.text else None) or advised_way(c.text, topic)


# Advice that itself weighs one thing over another ("suggests X over Y", "X rather than Y"). Grammar.
_WEIGHS = re.compile(r"\b(?:over|rather\s+than|instead\s+of|in\s+preference\s+to)\b", re.I)


def asked_advice_way(question: Question, c: Candidate, intervention_forms: tuple[frozenset[str], ...],
                     kind_of: KindOf | None) -> str | None:
    """Which way closest statement ``c`` advises on the asked thing alone, where it is a guideline's whole sentence
    naming the asked thing in the asked case and advising on it (``_advice_on_asked``'s checks), for the people and
    values asked of (``_fits``); None otherwise. The way is read on the thing's terms, its short forms' long forms
    among them ("WLB"), not on the case's words too: "Whereas X at one dose likely helps, clinicians should not
    prescribe X at another dose ..." is read in the clause of the case's symptom by ``_advice_on_asked``, and points
    nowhere there. Advice in words with no way read against (``_finite_advice``: "standard X is suggested to
    exclude ...") is for it; a neutral recommendation is none."""
    if c.hit.document.kind != DocumentKind.GUIDELINE or (c.closest_only and any(c.cut)):
        return None
    if not advice_answers(question) and not (_COMPARES.search(_compared_part(question)) and _WEIGHS.search(c.text)):
        return None  # (a comparison asked is answered by advice that itself weighs one thing over another)
    if _names_asked(question, c, intervention_forms, kind_of) is None or _TOLD_THAT.search(c.text):
        return None
    if not _advises_on_thing(question, c.text, intervention_forms, kind_of, c.hit.document.title or ""):
        return None
    terms = frozenset(tokenize(question.text)) - QUESTION_WORDS
    if _other_role(question, c.text) or not _fits(qualifiers(question.text), c, terms):
        return None
    thing = _thing_terms(question, intervention_forms)
    if not thing or NEUTRAL.search(c.text):
        return None
    way = advised_way(_thing_clause(c.text, thing), thing) or advised_way(c.text, thing)
    return way or ("for" if _finite_advice(advice_clause(c.text)) else None)


def _finite_advice(clause: str) -> bool:
    """Whether ``clause`` gives advice in words (``routing.ADVISING``) as a finite verb or its participle ("is
    suggested", "may be considered"), not as a gerund of an account of benefits ("... by identifying those at risk and
    recommending a lower dose"), which advises nothing itself, nor as a finding's "suggests"
    (``_EVIDENCE_SUGGESTS``)."""
    # (Nor evidence that "suggests" a finding: ``_EVIDENCE_SUGGESTS``, "The evidence suggests that X is ineffective".)
    advising = _EVIDENCE_SUGGESTS.sub(" ", clause)
    return any(not m.group().lower().endswith("ing") for m in ADVISING.regex.finditer(advising))


# Where a clause's parts meet: a colon or semicolon, or "and"/"but"/"whereas" between two statements. Grammar.
_PART_BREAK = re.compile(r"[:;]|\s+(?:and|but|whereas|while)\s+(?=\w)", re.I)


def _thing_part(text: str, thing: frozenset[str], topic: frozenset[str]) -> str | None:
    """The one part of ``text`` (``_PART_BREAK``) that names the most of the asked ``thing``'s terms, more than any
    other part does, where that part advises a way on its own (``advised_way``); None otherwise."""
    if not thing:
        return None
    parts = [part for part in _PART_BREAK.split(text) if part.strip()]
    if len(parts) < 2:
        return None
    counts = [len(sentence_terms(part) & thing) for part in parts]
    best = max(counts)
    if best == 0 or counts.count(best) > 1:
        return None
    part = parts[counts.index(best)]
    return part if advised_way(part, topic) is not None else None


# Advice to tell people something ("Clinicians should advise patients that, although X is likely to ..., it may not
# ..."): what they are told of a thing, its effects or risks, is no advice to do it. Grammar: a verb of telling, its
# people, then "that".
_TOLD_THAT = re.compile(r"\b(?:advise|inform|tell|counsel|educate)\s+(?:[\w\-]+\s+){0,3}?that\b", re.I)


def _thing_terms(question: Question, intervention_forms: tuple[frozenset[str], ...]) -> frozenset[str]:
    """The terms of the asked thing: the intervention's forms where one is read, else the thing after a dash
    (``dashed_thing``); empty where none is read."""
    if question.intervention and intervention_forms:
        return frozenset().union(*intervention_forms)
    found = _dashed_name(question.as_asked or question.text)
    return found[1] if found is not None else frozenset()


def _thing_clause(text: str, thing: frozenset[str]) -> str:
    """The one clause of a sentence in several (``polarity.clauses``) that names the asked ``thing``, or the whole
    sentence where none or more than one does. Advice on two things in two clauses ("The panel suggests X over Z and
    recommends against Y because ...") points each way on one of them: the way is read where the asked thing is named,
    not in the clause that names most of the case's words (the case's own drug, X, in a question on Y)."""
    parts = clauses(text)
    if len(parts) < 2 or not thing:
        return text
    naming = [part for part in parts if sentence_terms(part) & thing]
    return naming[0] if len(naming) == 1 else text


def _advises_on_thing(question: Question, text: str, intervention_forms: tuple[frozenset[str], ...],
                      kind_of: KindOf | None, title: str = "") -> bool:
    """Whether the asked thing is named in the clause that gives a sentence's advice (``advice_clause``), not only in
    the people it is for: "In patients with antibodies (alone or combined with others), the panel suggests aspirin"
    advises aspirin, nothing that is "combined"."""
    clause = advice_clause(text)
    # (A thing named by its abbreviation is named: "standard WLB is suggested" names the asked bronchoscopy.)
    terms = sentence_terms(clause) | written_long_form_terms(clause)
    if question.intervention and question.condition and intervention_forms:
        name = question.intervention
        named = any(form and form <= terms for form in intervention_forms)
    else:
        found = dashed_reading(question.as_asked or question.text)
        if found is None:
            return False
        if _OPEN_THING.match(found.name):
            return True  # anything asked: whatever the advice gives
        return thing_named(found, terms, sentence_terms(title)) or (
            kind_of is not None and _class_named_each(found, clause, kind_of))
    return named or (kind_of is not None and _class_named(name, clause, kind_of))


# A sentence opening on whom or when its advice is for ("In adults with X (...), the panel suggests ...", "Although
# ..., the panel suggests ..."): the words up to its first comma outside brackets. Grammar.
_FOR_WHOM_OPENS = re.compile(r"^\s*(?:in|for|among|amongst|when|where|if|although|though|while|whereas|given|after|"
                             r"during|unless|once)\b", re.I)
# Where the advised act ends and its time begins: "suggests assessing the risk before starting X" advises the
# assessment, not X. Grammar of time.
_WHEN_ADVISED = re.compile(r"\b(?:before|prior to|until|pending)\b", re.I)


def advice_clause(text: str) -> str:
    """The part of a guideline sentence that says what it advises: without a grade label, an opening phrase on whom or
    when the advice is for (``_FOR_WHOM_OPENS``, up to its first comma outside brackets), and what follows a word of
    time (``_WHEN_ADVISED``: "a check before starting X" advises the check)."""
    plain = _GRADE_LABEL.sub("", text, count=1)
    if _FOR_WHOM_OPENS.match(plain):
        depth = 0
        for at, char in enumerate(plain):
            depth += {"(": 1, ")": -1}.get(char, 0)
            if char == "," and depth <= 0:
                plain = plain[at + 1:]
                break
    return _WHEN_ADVISED.split(plain, maxsplit=1)[0]


def _names_asked(question: Question, c: Candidate, intervention_forms: tuple[frozenset[str], ...],
                 kind_of: KindOf | None) -> frozenset[str] | None:
    """The asked topic's terms where statement ``c`` names the asked thing and the asked condition; None otherwise.
    With an intervention and a condition read: all the terms of one of the intervention's forms, and a term of the
    condition that is no question word nor the intervention's, in the statement's own words, and the head of the
    condition's name (``_condition_head_terms``) in them or its source's title, or two of the condition's words in
    them. With neither read, for a case, a dash and a thing (``dashed_thing``): most of the thing's words in the
    statement's own, and a word of the rest of the question in the statement or in its source's title (a guideline's
    title names what all its advice is for). The thing may be named by a class the corpus says it is of
    (``_class_named``)."""
    if question.intervention and question.condition and intervention_forms:
        # (A word the condition shares with the intervention names no condition: "iron" of "iron deficiency anaemia"
        # for "oral iron", said of children without malaria prevention.)
        condition = (frozenset(tokenize(question.condition)) - QUESTION_WORDS - frozenset().union(*intervention_forms)
                     - _PEOPLE_TERMS)
        named = any(form and form <= c.terms and not only_as_target(form, c.text) for form in intervention_forms) or (
            kind_of is not None and _class_named(question.intervention, c.text, kind_of))
        head = _condition_head_terms(question.condition) - frozenset().union(*intervention_forms)
        title = sentence_terms(c.hit.document.title)
        # (An acronym of the condition, "PD", is named where the statement or its title spells it out, "Parkinson's
        # disease": ``_spelled_acronyms``.)
        own = c.terms | _spelled_acronyms(question.condition, c.text, _SPELLED_IN_TEXT)
        titled = title | _spelled_acronyms(question.condition, c.hit.document.title)
        # (... and its head, in the statement or its title: "outpatients" of advice for malnourished children managed
        # as outpatients is no word of "outpatient pneumonia".)
        # (... or two of its words, one at least in the statement, the other maybe in its title (a guideline's title
        # names what all its advice is for): "migraine prevention in women of childbearing potential" for "migraine
        # prophylaxis in a woman of childbearing age"; an appropriateness table's row "... good KPS ..." in a guideline
        # titled on brain metastases, for a case with good KPS and a new brain metastasis whose head is its cancer.)
        on_it = bool(condition & own) and (head <= own | titled
                                           or len(condition & (own | titled)) >= _CONDITION_WORDS_NAMED)
        return frozenset().union(*intervention_forms) | condition if named and on_it else None
    if question.intervention or question.condition:
        return None
    found = dashed_reading(question.as_asked or question.text)
    if found is None:
        return None
    name, thing, rest = found.name, found.thing, found.rest
    if _OPEN_THING.match(name):
        # Asked whether anything serves a purpose ("... - anything to prevent mucositis?"): advice of any thing names
        # it where it names the purpose, in its own words and its title's (``_open_purpose``).
        return _open_purpose(question, c)
    if not thing_named(found, c.terms | written_long_form_terms(c.text), sentence_terms(c.hit.document.title or "")) \
            and not (
            kind_of is not None and _class_named_each(found, c.text, kind_of)):
        return None
    if only_as_target(thing, c.text):
        return None  # (named only as what another agent acts against: "a vitamin Q antagonist" for vitamin Q)
    around = rest - thing - QUESTION_WORDS
    if not around & (c.terms | sentence_terms(c.hit.document.title)):
        return None
    return thing | around


# The nouns of an agent acting against what the name before them names ("vitamin Q antagonist", "gizmo inhibitor",
# "wobble blocker"): the phrase is another thing than that name. A closed class of English nouns of opposing.
_AGAINST_AGENTS = frozenset(tokenize("antagonist antagonists inhibitor inhibitors blocker blockers antidote antidotes"))


def only_as_target(thing: frozenset[str], text: str) -> bool:
    """Whether ``text`` names the asked ``thing`` (its terms) only right before a noun of an agent acting against it
    (``_AGAINST_AGENTS``) that the thing's own name lacks: "therapy with a vitamin Q antagonist" names an antagonist of
    vitamin Q, not vitamin Q, so its advice is none on giving vitamin Q. False where the thing is named anywhere else
    in ``text``, or not as a run of its terms."""
    if not thing or thing & _AGAINST_AGENTS:
        return False
    words = tokenize(text)
    size = len(thing)
    runs = [at for at in range(len(words) - size + 1) if frozenset(words[at:at + size]) == thing]
    return bool(runs) and all(at + size < len(words) and words[at + size] in _AGAINST_AGENTS for at in runs)


def _spelled_acronyms(condition: str, text: str, shortest: int = 2) -> frozenset[str]:
    """The terms of the acronyms of ``condition`` ("PD" of "PD pt with hallucinations") that ``text`` spells out, a run
    of its words each opening with the next of the acronym's letters ("Parkinson's disease"; ``concepts.spells_once``):
    the statement names the condition in full where the question gives its short form, a form the corpus need not
    define. Only acronyms in capitals of ``shortest`` letters or more, spelled one letter a word (no letters taken
    inside a word), by words that each give a term, so that a word of the text that merely opens with the letter
    names nothing. A two-letter acronym only where its spelling opens with an eponym (``_EPONYM``)."""
    found: set[str] = set()
    written = _SPELLING_WORD.findall(text)
    words = [w.lower() for w in written]
    for word in condition.split():
        letters = acronym_letters(word.strip(",;:()"))
        if letters is None or len(letters) < shortest:
            continue
        n = len(letters)
        if any(spells_once(letters, words[at:at + n]) and all(tokenize(w) for w in words[at:at + n])
               and (n >= _SPELLED_IN_TEXT or _EPONYM.match(written[at]))
               for at in range(len(words) - n + 1)):
            found |= frozenset(tokenize(word))
    return frozenset(found)


# A word as an acronym's spelling reads it: a possessive stays one word ("Parkinson's").
_SPELLING_WORD = re.compile(r"[A-Za-z][\w'\u2019\-]*")
# The fewest letters of an acronym a statement's own words may spell (its title may spell one of two): a run of two
# words opening with the two letters of "PD" is common in any sentence ("patients discontinuing"), one of three less so,
# and a title names what its guideline is on.
_SPELLED_IN_TEXT = 3
# How a two-letter acronym's spelling must open to be taken for it: a proper name in the possessive, an eponym
# ("Parkinson's disease" for "PD", "Graves' disease" for "GD"). Two words opening with two letters are common in any
# title too ("Hip fracture: management" is no "HF", "Pelvic examination" no "PE"); a name's possessive is rare. Grammar.
_EPONYM = re.compile(r"^[A-Z][a-z]+(?:['\u2019]s|s['\u2019])$")


# Words that name people, not what they have ("children" of "acute otitis media in children"): advice for children
# with malnutrition names no word of the ear infection. Nouns of people (``question.PEOPLE_WORDS``), stemmed.
_PEOPLE_TERMS = frozenset(tokenize(" ".join(re.findall(r"[a-z]+", PEOPLE_WORDS))))
# How many words of the asked condition stand for its head where the statement names it in other words (two: one may
# be a word of a setting, "outpatients").
_CONDITION_WORDS_NAMED = 2
# Where the name of a condition ends and the case's details begin: a preposition, a relative word, a verb of having or
# being, an adverb of time ("COPD patient just had an MI", "IBS with constipation >1 year"). Grammar, no topic.
_CASE_DETAIL = re.compile(r"^(?:with|w|in|on|after|before|during|for|of|from|who|that|which|whose|just|now|still|"
                          r"has|have|had|is|are|was|were|being|on|and|or|but|since|while|when|if)$", re.I)


def _condition_head_terms(condition: str) -> frozenset[str]:
    """The terms of the head of a condition's name: the last word before its case details (``_CASE_DETAIL``, a comma)
    that is no question word ("COPD" of "COPD patient just had an MI", "pneumonia" of "outpatient pneumonia",
    "rejection" of "rejection in liver tx recipient"); empty where there is none."""
    words: list[str] = []
    for word in condition.split():
        bare = word.strip(",;:()")
        if _CASE_DETAIL.match(bare):
            break
        words.append(bare)
        if word.endswith((",", ";", ":")):
            break
    for word in reversed(words):
        terms = frozenset(tokenize(word)) - QUESTION_WORDS
        if terms:
            return terms
    return frozenset()


def _class_named_each(found: DashedAsk, text: str, kind_of: KindOf) -> bool:
    """Whether ``text`` names, for each of the asked thing's alternatives ("hydrocortisone/dexamethasone"), a class the
    corpus says it is of (``_class_named``); the name whole where there are no alternatives."""
    names = [part.strip() for part in _ALTERNATIVE.split(found.name)] if len(found.alternatives) > 1 else [found.name]
    return all(part and _class_named(part, text, kind_of) for part in names)


def _other_role(question: Question, text: str) -> bool:
    """Whether advice ``text`` is on the asked thing in another role than a dash question asks it in: a first line
    asked ("as first-line") of advice for use after something else has failed ("X may be used after exercise has
    failed", "second-line"), or an add-on asked ("- add X?", "X as add-on") of advice on it alone ("... X as
    monotherapy"): not the asked use."""
    found = dashed_reading(question.as_asked or question.text)
    if found is None:
        return False
    if found.role & _FIRST_TERMS and _AFTER_FAILURE.search(advice_clause(text)):
        return True
    m = _DASHED.match((question.as_asked or question.text).strip())
    asked = m.group("asked") if m is not None else ""
    return bool(_ADDED.search(asked)) and bool(_ALONE.search(advice_clause(text)))


# A first line, as a role asked reads it ("as first-line", "as first line"): stemmed.
_FIRST_TERMS = frozenset(tokenize("first initial"))
# Advice for use once something else has failed ("after X is unsuccessful", "if X fails", "second-line", "refractory
# to"): a later line than the first. A closed class of English words of failing and of later lines.
_AFTER_FAILURE = re.compile(r"\b(?:unsuccessful|failed|fails|failure|fail|ineffective|inadequate\s+response|"
                            r"second[\s\-]line|third[\s\-]line|refractory|despite)\b", re.I)
# Asking to add a thing to what the patient takes ("- add X?", "X as add-on", "augment with X"). A closed class of
# English words of adding.
_ADDED = re.compile(r"\b(?:add|adding|add-on|adjunct\w*|augment\w*|on\s+top)\b", re.I)
# Advice on a thing given alone ("as monotherapy", "alone", "as a single agent"), or in place of another treatment
# ("instead of Y", "to postpone the use of Y", "to spare Y"): not the thing added to Y. A closed class of English.
_ALONE = re.compile(r"\b(?:monotherapy|alone|single[\s\-]agent|sole\s+agent|instead\s+of|in\s+place\s+of|"
                    r"to\s+(?:postpone|delay|defer|spare|replace|avoid)\s+(?:the\s+)?(?:use|need)\b)", re.I)


def _class_named(thing: str, text: str, kind_of: KindOf) -> bool:
    """Whether ``text`` names a class the corpus says ``thing`` is of (``kind_of``): a name of a head word that may head
    one (``_CLASS_HEAD``) and up to ``CLASS_MODIFIERS`` words before it ("CCBs", "calcium channel blockers")."""
    words = _WORD.findall(text)
    for at, word in enumerate(words):
        if not _CLASS_HEAD.match(word):
            continue
        for start in range(at, max(at - CLASS_MODIFIERS, 0) - 1, -1):
            if kind_of(thing, " ".join(words[start:at + 1])):
                return True
    return False


# A thing asked of by no name, only as whatever serves the purpose after it ("anything to prevent X?"). A closed class
# of English indefinite pronouns.
_OPEN_THING = re.compile(r"^(?:anything|something)$", re.I)


def _open_purpose(question: Question, c: Candidate) -> frozenset[str] | None:
    """The terms of the purpose a question asks anything for ("prevent mucositis" of "... - anything to prevent
    mucositis?"), where statement ``c`` names them all, in its own words or its source's title, one at least in its
    own; None otherwise, or where the purpose has no term."""
    m = _DASHED.match((question.as_asked or question.text).strip())
    if m is None:
        return None
    asked = m.group("asked")
    after = asked[_OPENING.match(asked).end():].split()[1:]  # type: ignore[union-attr]
    purpose = frozenset(tokenize(" ".join(after))) - QUESTION_WORDS
    if not purpose or not purpose & c.terms or not purpose <= c.terms | sentence_terms(c.hit.document.title):
        return None
    return purpose


# A phrase that leaves people out by what they have: "without" or "no" and the words after it, to the next clause.
# Grammar.
_LEFT_OUT = re.compile(r"\b(?:without|no)\s+(?P<x>[^,;:.()]+)", re.I)
# How many words after "without"/"no" name what the people left out have ("without migraine with aura").
_LEFT_OUT_WORDS = 4


def _case_terms(question: Question) -> frozenset[str]:
    """The terms of the case a dash question gives before its dash ("migraine" of "30F with migraine - anything to
    ..."), less question words and nouns of people; empty where there is no dash. (Not ``set_apart._case_terms``, on
    purpose: that one reads the details a rule may set a case apart by, which keep nouns of people and drop numbers,
    units, denied words and the asked part's words, of the question given, split by ``question.ASKED_AFTER_DASH``.)"""
    m = _DASHED.match((question.as_asked or question.text).strip())
    return frozenset(tokenize(m.group("case"))) - QUESTION_WORDS - _PEOPLE_TERMS if m is not None else frozenset()


def _excludes(text: str, case: frozenset[str]) -> bool:
    """Whether ``text`` leaves out people with a term of the ``case`` (``_LEFT_OUT``: "women without migraine")."""
    return any(frozenset(tokenize(" ".join(m.group("x").split()[:_LEFT_OUT_WORDS]))) & case
               for m in _LEFT_OUT.finditer(text))


def open_thing_asked(question: Question) -> bool:
    """Whether a question asks, after a case and a dash, whether anything serves a purpose (``_OPEN_THING``)."""
    found = _dashed_name(question.as_asked or question.text)
    return found is not None and bool(_OPEN_THING.match(found[0]))


def dashed_thing(text: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """The terms of the thing a question asks of after a dash ("metformin" of "... - metformin alone as first line for
    ovulation induction?": its words after the opening ``_OPENING`` up to the first that ends a name, ``THING_ENDS``)
    and the terms of the rest of the question; None for no dash, or no name of one to ``_THING_WORDS`` words."""
    found = _dashed_name(text)
    return (found[1], found[2]) if found is not None else None


def dashed_case(text: str) -> str | None:
    """The case a note tells before its dash ("asymptomatic B on a routine ECG" of "... - A?"), None for no dash."""
    m = _DASHED.match(text.strip())
    return m.group("case") if m is not None else None


def dashed_head(text: str) -> frozenset[str]:
    """The terms of the last word of the thing a dash question names (``dashed_thing``: "progesterone" of "- start
    vaginal progesterone to ...?"), its head; empty where no thing is read."""
    found = _dashed_name(text)
    return frozenset(tokenize(found[0].split()[-1])) if found is not None else frozenset()


# How many questions' dash readings are kept: each is read for every closest statement an answer weighs.
_READINGS_KEPT = 4096


class DashedAsk(NamedTuple):
    """What a case note asks of after its dash (``dashed_reading``): the thing's ``name`` as written, its ``thing``
    terms, the ``rest`` of the question's terms, the terms of each of the thing's ``alternatives`` ("A or B", "A/B";
    one where none), the ``purpose`` its use is asked for ("screen" of "X to screen for Y") and the ``role`` it is
    asked in ("first line" of "X as first-line")."""

    name: str
    thing: frozenset[str]
    rest: frozenset[str]
    alternatives: tuple[frozenset[str], ...]
    purpose: frozenset[str]
    role: frozenset[str]
    # The terms of what the thing is "of" right after its name ("intravesical gizmo" of "a single instillation of
    # intravesical gizmo"), up to ``_THING_WORDS`` words; empty where no "of" follows.
    of_thing: frozenset[str] = frozenset()


def _dashed_name(text: str) -> tuple[str, frozenset[str], frozenset[str]] | None:
    """``dashed_thing`` with the thing's name as written first."""
    found = dashed_reading(text)
    return (found.name, found.thing, found.rest) if found is not None else None


@lru_cache(maxsize=_READINGS_KEPT)
def dashed_reading(text: str, from_case: bool = True) -> DashedAsk | None:
    """The thing a case note asks of after its dash (``_DASHED``), read past the asking's opening (``_OPENING``) up to
    the first word that ends a name (``THING_ENDS``), at most ``_THING_WORDS`` words; or, where the asked part names
    no thing, only asks leave to act ("- prescribe?", "- worth doing?", ``_BARE_ASK``), the thing the case says the
    patient asks for (``_REQUESTED``: "asks for vitamin Q or gizmocillin tablets"), whose alternatives joined by "or"
    are each the asked thing (not without ``from_case``). None for no dash, or no name read."""
    m = _DASHED.match(text.strip())
    if m is None:
        return None
    asked = m.group("asked")
    words = asked[_OPENING.match(asked).end():].split()  # type: ignore[union-attr]
    name = _name_words(words, joins=False)
    case_words: list[str] = []
    if not name or _BARE_ASK.match(asked.strip()) or not _terms_of(name):
        if not from_case:
            return None if not name or not _terms_of(name) else DashedAsk(
                " ".join(name), _terms_of(name), frozenset(tokenize(m.group("case"))), (_terms_of(name),),
                frozenset(), frozenset())
        requested = [r for r in _REQUESTED.finditer(m.group("case"))]
        if not requested:
            return None
        case_words = requested[-1].group("x").split()
        name = _name_words(case_words, joins=True)
        after = case_words[len(name):]
    else:
        after = words[len(name):]
    alternatives = tuple(t for t in (_terms_of(part.split()) for part in _ALTERNATIVE.split(" ".join(name))) if t)
    thing = _terms_of(name)
    if not name or not thing or any(len(part.split()) > _THING_WORDS for part in _ALTERNATIVE.split(" ".join(name))):
        return None
    rest = (frozenset(tokenize(m.group("case"))) | frozenset(tokenize(" ".join(words)))) - thing if case_words \
        else frozenset(tokenize(m.group("case"))) | frozenset(tokenize(" ".join(words[len(name):])))
    return DashedAsk(" ".join(name), thing, rest, alternatives or (thing,), _purpose(after), _role(after),
                     _of_thing(after))


def _of_thing(after: list[str]) -> frozenset[str]:
    """The terms of the name after an "of" that follows a thing's name (``DashedAsk.of_thing``); empty for none."""
    if len(after) < 2 or after[0].lower() != "of":
        return frozenset()
    name = _name_words(after[1:], joins=False)
    return _terms_of(name) if 0 < len(name) <= _THING_WORDS else frozenset()


def _name_words(words: list[str], joins: bool) -> list[str]:
    """The words of a thing's name at the start of ``words``: up to the first that ends a name (``THING_ENDS``) or a
    numeral after it (a dose); with ``joins``, an "or" between two names joins them as alternatives ("vitamin Q or
    gizmocillin tablets")."""
    name: list[str] = []
    for at, word in enumerate(words):
        bare = word.strip(",;:")
        if joins and bare.lower() == "or" and name and at + 1 < len(words) \
                and not THING_ENDS.match(words[at + 1].strip(",;:")):
            name.append(bare)
            continue
        if THING_ENDS.match(bare) or (name and _DOSE_OPENS.match(word)):
            break
        name.append(bare)
        if word.endswith((",", ";", ":")):
            break
    return name


def _terms_of(name: list[str]) -> frozenset[str]:
    """The terms of a thing's name, less a noun of measuring where anything else is named (``_MEASURING_HEADS``)."""
    thing = frozenset(tokenize(" ".join(name)))
    return (thing - _MEASURING_HEADS) or thing


def _purpose(after: list[str]) -> frozenset[str]:
    """The terms of the verb of purpose right after a thing's name ("screen" of "to screen for narrowing")."""
    if len(after) >= 2 and after[0].lower() == "to":
        return frozenset(tokenize(after[1])) - QUESTION_WORDS
    return frozenset()


def _role(after: list[str]) -> frozenset[str]:
    """The terms of the role a thing is asked in right after its name ("first line" of "as first-line", "monotherapy"
    of "as monotherapy"): up to ``_ROLE_WORDS`` words after "as", to the next word that ends a name."""
    if len(after) < 2 or after[0].lower() != "as":
        return frozenset()
    role: list[str] = []
    for word in after[1:1 + _ROLE_WORDS]:
        if THING_ENDS.match(word.strip(",;:")) and not _RANK.match(word.strip(",;:")):
            break
        role.append(word)
    return frozenset(tokenize(" ".join(role))) - QUESTION_WORDS - _ARTICLE_TERMS


def thing_named(found: DashedAsk, terms: frozenset[str], title: frozenset[str] = frozenset()) -> bool:
    """Whether a statement of ``terms`` (its source's title's ``title``) names the asked thing: most of its words
    (``_THING_SHARE``), a word of the thing that repeats the case's (the "hip" of "hip OA - hip brace?") counted where
    the title names it; the verb of purpose the thing is asked for counts as one of its words ("screening for ..."
    names "a carotid scan to screen ...", with a word of the scan); and each alternative asked ("A or B") by a word of
    its own, since advice on one says nothing of the other."""
    held = terms | (title & found.rest)
    named = found.thing & held | frozenset(t for t in found.thing - held if _clip_opens(t, held))
    if not named:
        return False
    purposed = bool(found.purpose) and found.purpose <= terms
    # (The noun of measuring left out of the thing, "test" of "rapid strep test", counts where the statement names it:
    # "not to test for streptococcal pharyngitis" names that test, though not the "rapid" of its kind.)
    measured = len(frozenset(tokenize(found.name)) & _MEASURING_HEADS & terms - found.thing)
    if len(named) + purposed + measured < _THING_SHARE * (len(found.thing) + purposed + measured):
        # (A thing asked as a form or amount "of" another, "a single instillation of intravesical gizmo", is named by a
        # statement that names all of what it is of and a word of its own name, "a single dose of intravesical gizmo":
        # the form is worded many ways, what it is of is the thing.)
        return (len(found.alternatives) < 2 and bool(found.of_thing) and found.of_thing <= held
                and bool(found.thing & held))
    if len(found.alternatives) < 2:
        return True
    return all((alt - frozenset().union(*(o for o in found.alternatives if o is not alt))) & held or alt <= held
               for alt in found.alternatives)


# The fewest letters of a clipped word a statement's longer word is read as ("strep" of "streptococcal", "chemo" of
# "chemotherapy"), and how many times as long that word's term is at least: a clip keeps the opening of a word and
# drops most of it, so a shorter word that merely opens the same way ("insulin" of "insulinoma") is no clip of it.
_CLIP_LEAST = 5
_CLIP_GROWTH = 2.0


def _clip_opens(term: str, held: frozenset[str]) -> bool:
    """Whether a thing's ``term`` is a clip of a term in ``held``: letters only, ``_CLIP_LEAST`` or more, opening a
    held term ``_CLIP_GROWTH`` times as long or longer. Clinicians clip long words in notes ("strep", "staph",
    "chemo"); guidelines write them whole. Grammar of clipping, no word list."""
    return any(clips(term, h, _CLIP_LEAST, _CLIP_GROWTH) for h in held)


def advised_way(text: str, topic: frozenset[str]) -> str | None:
    """Which way a guideline's sentence advises on its ``topic``: "against" (``stance``, or advice weighed and not
    given, ``_WEIGHED_NOT_GIVEN``), "for" (``stance``, or words of advice with none against: "Consider X for ...", "X
    is recommended ..."), None for a neutral recommendation or no advice. A grade label before the advice ("B - Do not
    ...") is read past."""
    plain = without_glued_notes(_GRADE_LABEL.sub("", text, count=1))
    if NEUTRAL.search(plain):
        return None
    if _WEIGHED_NOT_GIVEN.search(plain):
        return "against"
    way = stance(plain, topic)
    if way is not None:
        return way
    if research_only(plain):
        return "against"  # advised only within research: not for use in care (``guideline.research_only``)
    if _judged(_JUDGED_UNFIT, plain, topic):
        return "against"
    if advises_research_only(plain):
        return None  # advice only to gather evidence on it ("the development of sound evidence on it is recommended")
    # (Evidence that "suggests that" X is accurate reports a finding; it advises nothing: ``_EVIDENCE_SUGGESTS``.)
    advising = _EVIDENCE_SUGGESTS.sub(" ", plain)
    return "for" if (GUIDELINE_ADVICE.search(advising) or IMPERATIVE.match(plain) or _MAY_BE_WEIGHED.search(plain)
                     or _judged(_JUDGED_FIT, plain, topic)) else None


# Advice that leaves a thing open to the clinician's weighing ("X may be considered", "X may be a consideration"): a
# weak "for", as "X may be offered" is (``routing.GUIDELINE_ADVICE``). Not "may not be considered", which the pattern
# does not take. Grammar of modal advice.
_MAY_BE_WEIGHED = re.compile(r"\b(?:may|can|could)\s+(?:also\s+)?be\s+(?:considered|a\s+consideration)\b", re.I)


# A finding's "suggest": evidence as its subject ("Data from eight studies ... suggest that X is accurate", "the
# results suggest ..."), not an adviser ("the panel suggests X"). A closed class of English nouns of evidence; the
# subject within one clause.
_EVIDENCE_SUGGESTS = re.compile(r"\b(?:data|studies|study|evidence|results?|findings?|trials?|analys[ie]s|reviews?|"
                                r"literature)\b[^.;:]{0,120}?\bsuggests?\b", re.I)


# Where the subject of a judgement opens: after the clause before it ends. Grammar.
_CLAUSE_END = re.compile(r"[,;:()]")


def _judged(judgement: re.Pattern[str], text: str, topic: frozenset[str]) -> bool:
    """Whether ``text`` judges a thing of ``topic`` fit or unfit (``judgement``: ``_JUDGED_FIT``, ``_JUDGED_UNFIT``):
    the judgement's subject, the words of its clause before it, names a term of the topic ("..., SRS alone would be
    appropriate"). "A symptom scale is also appropriate for screening ..." judges a tool, not the screening asked of."""
    for m in judgement.finditer(text):
        subject = _CLAUSE_END.split(text[:m.start()])[-1]
        if judgement is _JUDGED_FIT and (_FIT_DENIED.search(subject) or _FIT_ONLY_IF.match(text[m.end():])):
            continue  # denied, doubted or made conditional: no advice for it
        if sentence_terms(subject) & topic:
            return True
    return False
