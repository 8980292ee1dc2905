"""Reading a guideline's own recommendation: which statement of a guideline is advice, when it answers the
question directly, and which way it points.

A guideline is written as advice under a title that names its topic: "Imatinib is recommended as an option
as adjuvant treatment ..." under "Imatinib for the adjuvant treatment of gastrointestinal stromal tumours",
"... the use of immobilization (brace/splint/orthosis) should improve ..." under a carpal tunnel guideline.
The relevance model learned from research abstracts and never saw a guideline, so its probability ranks a
guideline's background, evidence summaries and harms notes beside (often above) the recommendation itself;
these rules let the recommendation, when there is one on the asked intervention, open the bottom line and
carry the verdict. Every pattern here is about how advice is worded, never about a medical topic.
"""
from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from typing import NamedTuple

from index.lexical import tokenize
from ingest.models import DocumentKind
from service.answer.concepts import QUESTION_WORDS, parts_of, population_part
from service.answer.evidence import reports_finding
from service.answer.models import Verdict
from service.answer.polarity import (AVOIDING, as_asked, asks_about_going_on, asks_to_stop, lets_users_go_on,
                                     on_starting_asked_stopping, stance, stopping_as_occasion)
from ingest.readers.tables import CELL_PREFIX
from service.answer.polarity import says_against as _says_against
from service.answer.qualifiers import qualifiers
from service.answer.question import PEOPLE_WORDS, as_state_nouns, population_of, state_nouns
from service.answer.relevance import FEATURES
from service.answer.routing import (IMPERATIVE, NEUTRAL, SAFETY, advises_research_only,
                                    worded_as_advice)
from service.answer.scoring import Candidate, sentence_terms, statements
from service.answer.time_point import course_ends_as_asked
from service.answer.tuning import TUNING, AnswerTuning

_DIRECT = FEATURES.index("direct")
ADVICE_REACH = 6  # words between an advice verb and the intervention it is about
SUBJECT_HEAD = 2  # the first words of a sentence, where the head of its subject stands ("Testing for ...")
LATER_REACH = 4  # words between "another" and the intervention it qualifies ("another tumour necrosis factor (TNF)")
_WORDS = re.compile(r"[\w\u0370-\u03ff][\w\u0370-\u03ff\-/]*")
_ACTIVE_ADVICE = re.compile(r"^(?:recommends?|recommend(?:ed|ing)|should|suggests?|advises?|offer|consider|"
                            r"prescribe|use|give|perform|avoid)$")
# (Also a copula before the advice's participle as an adjective: "Amoxicillin is the recommended first-line antibiotic",
# "X is the preferred option".)
_PASSIVE_ADVICE = re.compile(r"^(?:is|are|be)\s+(?:not\s+)?(?:routinely\s+|the\s+)?(?:recommended|indicated|advised|"
                             r"suggested|preferred|considered|offered|used|given|performed|avoided)\b|"
                             r"^should\s+(?:not\s+)?be\s+(?:\w+\s+)?(?:considered|offered|used|given|"
                             r"performed|avoided|prescribed)\b")
# The conditions a recommendation is given under, to the end of their clause.
# A relative clause on the people it is for is one ("in adults whose disease has responded inadequately to,
# or who cannot tolerate, NSAIDs"), and so is what follows a contrast after the advice itself ("X is an effective
# first-line alternative, but it must be avoided in pregnancy": a recommendation with a caveat, not a caution).
_CONDITIONS = re.compile(r"\b(?:provided(?: that)?|unless|if|when|where|with no|without|who(?:se)?)\b"
                         r"[^,;.]*|^\W*(?:for|in|among)\b[^,;.]*,|(?<=\w),?\s+but\b.*$", re.I)
# Appropriateness, as rating scales and guideline prose word advice for or against ("usually appropriate",
# "may be appropriate", "is not appropriate"; ingest.readers.tables writes a rated row's scale meaning so): a small
# closed class of English words, no topic.
APPROPRIATE = re.compile(r"\b(?:usually|generally|may\s+be|is|are)\s+(?:not\s+)?appropriate\b", re.I)
# A condition opening advice, to its comma, and a footnote letter glued on ("If the blip is raised,a do not ...").
_OPENING_CONDITION = re.compile(r"^(?:if|when|where|for|in)\b[^,;:]{1,120},(?:[a-z](?=\s))?\s*", re.I)
# A note about the document rather than advice ("Note: This recommendation is from ...").
_NOTE = re.compile(r"^\W*(?:note\b|see\b|refer to\b|for (?:more|further|additional) information\b)", re.I)


def is_advice(c: Candidate) -> bool:
    """A guideline statement that gives advice (recommends, says what should be done, or tells the reader
    to do or not do something), not a question, a note about the document or a statement of a grade."""
    return c.hit.document.kind == DocumentKind.GUIDELINE and gives_advice(c.text)


@lru_cache(maxsize=20_000)
def gives_advice(text: str) -> bool:
    """Whether a sentence is worded as advice (see ``is_advice``), whoever wrote it."""
    text = text.strip()
    if text.endswith("?") or is_note(text):
        return False
    return worded_as_advice(text) or bool(APPROPRIATE.search(text)) or _cell_advises(text)


def _cell_advises(text: str) -> bool:
    """Whether a table cell, as the tables reader writes it ("row label; column name: cell"), is advice in the
    imperative, also after a condition that opens it ("...; Advice: If the blip is raised, do not give X")."""
    cell = CELL_PREFIX.match(text)
    if not cell:
        return False
    return bool(IMPERATIVE.search(_OPENING_CONDITION.sub("", text[cell.end():], count=1)))


@lru_cache(maxsize=20_000)
def is_neutral(text: str) -> bool:
    """Whether a sentence recommends neither for nor against (``routing.NEUTRAL``: "insufficient evidence to
    recommend for or against", "unable to recommend for or against", "neither recommends for nor against",
    "the current evidence is insufficient to assess the balance of benefits and harms of ..."). It is what the
    guideline says on the question, so it may lead, and its verdict is "uncertain": read as advice for, it
    would tell a clinician the opposite of what the guideline says."""
    return bool(NEUTRAL.search(text))


def neutral_on(text: str, intervention_terms: frozenset[str]) -> bool:
    """Whether a neutral recommendation is about the asked intervention: one of its terms stands in the clause
    after the neutral words ("... insufficient to assess the balance of benefits and harms of screening ...")."""
    found = NEUTRAL.search(text)
    if not found or not intervention_terms:
        return False
    clause = re.split(r"[;.:]", text[found.start():], maxsplit=1)[0]
    return bool(frozenset(tokenize(clause)) & intervention_terms)


def is_note(text: str) -> bool:
    """Whether a sentence is a note about the document ("(Note: This recommendation is from the NGC summary
    of ...)"): it says where advice comes from, not what a source found, so it never speaks for the answer."""
    return bool(_NOTE.search(text.strip()))


def passage_gives_advice(text: str, spans: tuple[tuple[int, int], ...], tuning: AnswerTuning = TUNING) -> bool:
    """Whether a passage has a quotable statement worded as advice: retrieval lets a guideline contribute
    such passages beyond its quota, so that its recommendations are reached past its background."""
    return any(gives_advice(sentence) for sentence, _ in statements(text, spans, tuning))


def is_recommendation(c: Candidate) -> bool:
    """Guideline advice on the asked intervention: the statement a bottom line should open with when a
    guideline answers the question (``c.direct``: it speaks of every concept the question names). A harms
    or safety caution ("Very high intermittent doses ... should be avoided because some trials found more
    falls") is not one, unless it advises against the intervention outright ("X is not recommended ... for
    treating Y, or [when] systemic therapy is contraindicated")."""
    return (c.direct and is_advice(c) and (not is_caution(c.text) or says_against(c.text))
            and not advises_research_only(c.text))  # (advice to research X is no advice on X)


def avoid_caution(text: str) -> bool:
    """A harms caution whose only advice against is to avoid something ("Very high intermittent doses of
    vitamin D ... should be avoided because some trials found more falls"): a recommendation when the question
    asks whether to avoid it, a caution beside a question on whether the intervention works."""
    return is_caution(text) and not _says_against(AVOIDING.sub(" ", text))


@lru_cache(maxsize=20_000)
def is_caution(text: str) -> bool:
    """Whether advice is about harm: a harms or safety word outside its conditions ("... recommend the use of
    X provided that hypotension and bradycardia are avoided", "in adults with no contraindications" are
    conditions of a recommendation for X, and so is a leading "For women ... at low risk for adverse
    effects," clause; "high doses should be avoided because ..." is a caution). Nor is the alternative the advice
    rejects (``_REJECTED``: "should keep their dietary vitamin K intake consistent ... rather than avoiding vitamin
    K-rich foods" advises consistency, and against the avoiding)."""
    return bool(SAFETY.search(NEUTRAL.regex.sub(" ", _CONDITIONS.sub(" ", _REJECTED.sub(" ", text)))))


# The alternative a piece of advice rejects, to the end of its clause ("... rather than avoiding X", "instead of
# stopping X"): what it advises against, not a harm it warns of. Grammar words only.
_REJECTED = re.compile(r"\b(?:rather\s+than|instead\s+of)\b[^,;.]*", re.I)


# An opening clause that supposes the decision already made ("If VP is recommended for ..., it should be used
# for ...", "When X is chosen, ..."): what follows is advice on how, not on whether.
# (So does a decision said to be made: "If a decision to use X is made, ..." is advice on how to use it, not whether.)
_SUPPOSED = re.compile(r"^\W*(?:if|when|once|where|whenever)\b([^,;.]*?\b(?:is|are|has been|have been)\s+"
                       r"(?:\w+\s+)?(?:recommended|indicated|chosen|selected|considered|used|performed|given|"
                       r"offered|planned|prescribed|started|decided)\b[^,;.]*|[^,;.]*?\bdecision\b[^,;.]*?\b"
                       r"(?:is|are|has been|have been|was)\s+(?:made|taken|reached)\b[^,;.]*),", re.I)


@lru_cache(maxsize=20_000)
def supposes(text: str) -> bool:
    """Whether a sentence opens with a conditional clause that takes something as already recommended or
    decided ("If VP is recommended for osteoporosis or malignant fractures, it should be used for patients
    who ..."): a conditional clause is not the recommendation, so among recommendations on the asked topic
    the guideline's own advice on whether leads before it. (The clause's subject is often an abbreviation
    the question does not use, so it is not matched against the question's terms.)"""
    return bool(_SUPPOSED.match(text))


def lead_order(c: Candidate, intervention_terms: frozenset[str] = frozenset(),
               population_terms: frozenset[str] = frozenset(),
               intervention_forms: tuple[frozenset[str], ...] = (),
               prior_asked: bool = False) -> tuple[bool, bool, bool, bool, bool, bool, bool]:
    """How recommendations rank against each other for the lead, before salience: one that names the
    question's topic itself first (``pairs_itself``), then one whose advice is about the asked intervention
    (``advises_on``: "The Task Force recommends screening for depression ..." before "Clinicians should ask
    about suicidal thoughts in every person who screens positive for depression"), then one for the population
    the question asks about (``for_population``: "... recommends pelvic floor muscle training in women with
    stress urinary incontinence" before "Offer ... pelvic floor muscle training to men with stress urinary
    incontinence caused by prostatectomy" when women are asked about), then one on a first course rather than
    another after it failed (``later_line``), then one that is not a harms or safety caution. Advice on the
    asked class's members listed as its subject, in a guideline titled by the class, is advice on the
    intervention (``advises_on_members``). Before all of these, one that does not open by supposing the
    intervention already decided ("If X is recommended, ...": ``supposes``). After the population and the line,
    one whose advice names the whole of the intervention by one of its names (``advises_on_whole``,
    ``intervention_forms``: "recommend urgent reversal of VKAs" for "vitamin K antagonists") before one that
    shares some of its words ("recommend administration of vitamin K"). With ``prior_asked`` (the question itself
    asks after a course taken, ``names_prior_course``: "What if asthma is not controlled on a low dose?"), advice
    for people already given the intervention is what it asks, not a later line."""
    whole = advises_on_whole(c.text, intervention_forms)
    on_intervention = (whole or advises_on(c.text, intervention_terms) or advises_on_members(c, intervention_terms)
                       or neutral_on(c.text, intervention_terms))
    return (supposes(c.text), not pairs_itself(c), not on_intervention,
            not for_population(c, population_terms),
            not prior_asked and later_line(c.text, intervention_terms), not whole, is_caution(c.text))


def names_prior_course(question: str) -> bool:
    """Whether a question asks after a course already taken or failed ("What if asthma is not controlled on a low
    dose?", "What should be given after metformin fails?"): the prior course's grammar (``_PRIOR_COURSE``), or a
    course failing after its name."""
    return bool(_FAILS.search(question))


# A course that failed or that people are already on, as a question asks after it ("not controlled on", "despite",
# "after X fails", "already taking"); not a bare "after" ("knee pain after surgery") nor "people on X", which name
# whom advice is for. Grammar, no topic.
_FAILS = re.compile(r"\b(?:fails?|failed|failing|failure|does\s+not\s+work|doesn't\s+work|is\s+not\s+enough|"
                    r"not\s+controlled|uncontrolled|despite|refractory|no\s+response|not\s+respond\w*|"
                    r"already\s+(?:on|taking|receiving)|intoleran\w+)\b", re.I)


@lru_cache(maxsize=20_000)
def later_line(text: str, intervention_terms: frozenset[str]) -> bool:
    """Whether advice is on a next course of the asked intervention, after a first one failed: "another" or "a
    second" within LATER_REACH words before one of its terms ("Treatment with another tumour necrosis factor
    (TNF)-alpha inhibitor is recommended for people who cannot tolerate ... the first"); or advice for people
    already given it, who name it as the course they are on or that failed (``_PRIOR_COURSE`` within LATER_REACH
    words before one of its terms: "For patients whose asthma is not controlled on low-dose inhaled corticosteroid,
    clinicians should step up to ..."), where the asked intervention is the setting of the advice, not what it
    advises. The first-line recommendation ("Every adult ... should receive an inhaled corticosteroid-containing
    treatment") answers before it."""
    if not intervention_terms:
        return False
    words, stems = word_terms(text)
    for n, word in enumerate(words):
        if word.lower() in ("another", "second") and any(
                terms & intervention_terms for terms in stems[n + 1:n + 1 + LATER_REACH]):
            return True
    return any(any(terms & intervention_terms for terms in word_terms(found.group("after"))[1][:LATER_REACH])
               for found in _PRIOR_COURSE.finditer(text))


# What names a course people are already on or that failed them, just before it: "not controlled on X", "no response
# to X", "despite X", "after X", "patients taking X", "already receiving X", "has received X", "failure of X".
# Grammar of a prior course, no topic; not "treated with X" nor "taking X" alone, which advise X as often as they name
# a course taken.
_PRIOR_COURSE = re.compile(r"\b(?:(?:controlled|responded|responding|response|refractory)\s+(?:on|to|with|by)|"
                           rf"despite|after|{PEOPLE_WORDS}\s+(?:who\s+are\s+)?(?:taking|receiving|on)|already\s+"
                           r"(?:on|taking|receiving)|previously\s+treated\s+with|(?:has|have|had)\s+(?:already\s+)?"
                           r"(?:received|taken|used|been\s+(?:given|treated\s+with))|"
                           r"fail(?:ure|ed|ing)\s+(?:of|on|with)|(?:intolerant|intolerance)\s+(?:of|to))\s+"
                           r"(?P<after>[^,;:.]*)", re.I)


@lru_cache(maxsize=20_000)
def word_terms(text: str) -> tuple[tuple[str, ...], tuple[frozenset[str], ...]]:
    """A sentence's words (``_WORDS``) and each word's index terms, which ``advises_on`` and ``later_line``
    read word by word: cached per sentence, since the same recommendations are read question after question
    (a tokenizer call per word otherwise)."""
    words = tuple(_WORDS.findall(text))
    return words, tuple(frozenset(tokenize(w)) for w in words)


# A list of names as the subject of passive advice: "Adalimumab, certolizumab pegol, etanercept, golimumab and
# infliximab are recommended ...".
_LISTED_SUBJECT = re.compile(r"^(?:[\w\-]+(?:\s+[\w\-]+)?,\s+){1,}(?:[\w\-]+(?:\s+[\w\-]+)?,?\s+)?(?:and|or)\s+"
                             r"[\w\-]+(?:\s+[\w\-]+)?\s+(?:are|is|should be)\s+(?:not\s+)?(?:recommended|"
                             r"indicated|advised|suggested|offered)\b", re.I)


def advises_on_members(c: Candidate, intervention_terms: frozenset[str]) -> bool:
    """Whether a guideline's advice is on the members of the asked class: passive advice whose subject is a
    list of names ("Adalimumab, certolizumab pegol, etanercept, golimumab and infliximab are recommended ...")
    in a guideline whose title names the asked intervention ("TNF-alpha inhibitors for ankylosing
    spondylitis ..."): a guideline's title is its scope, so the names it lists as one subject are what it
    recommends of the class its title names. Grammar and the document's own title, no table of drugs."""
    if not intervention_terms or c.hit.document.kind != DocumentKind.GUIDELINE:
        return False
    return (intervention_terms <= sentence_terms(c.hit.document.title or "")
            and bool(_LISTED_SUBJECT.match(c.text.strip())))


@lru_cache(maxsize=4096)  # (asked of the question's condition at each stage of its answer)
def population_terms(condition: str | None, subject: str | None = None) -> frozenset[str]:
    """The index terms of the population the question's condition is asked for (``question.population_of``:
    "women" of "stress urinary incontinence in women"), else of the people the question asks about as the
    subject of its passive (``subject``: ``question.subject_population``, "women" of "Should women with
    recurrent pregnancy loss be tested for ...?"), question words such as "patients" left out; else the heads of a
    condition's two sides joined by "and" (``_both_heads``: the people asked have both); empty when it names
    none."""
    split = population_of(condition)
    # (An adjective they are named by, as the noun of its state: "asthma" of "an asthmatic patient", as a statement
    # names them, ``question.as_state_nouns``.)
    if split:
        return frozenset(tokenize(as_state_nouns(split[1]))) - QUESTION_WORDS
    if subject:
        return frozenset(tokenize(as_state_nouns(subject))) - QUESTION_WORDS
    return _both_heads(condition)


def _both_heads(condition: str | None) -> frozenset[str]:
    """The terms of the head nouns of a condition's two sides joined by "and" (``concepts.parts_of``: "diabet",
    "hypertens" of "type 2 diabetes and hypertension"): the people asked have both, so advice for those with both
    ("... for patients with hypertension and diabetes with albuminuria") is for them, and advice naming one side
    only ("... first-line treatment for hypertension: ...") is for a broader group. Empty otherwise."""
    if not condition or " and " not in condition:
        return frozenset()
    sides = [side for side in parts_of(condition) if side != population_part(condition)]
    if len(sides) != 2 or " and ".join(sides) not in condition:
        return frozenset()
    heads = [frozenset(tokenize(side.split()[-1])) - QUESTION_WORDS for side in sides]
    return frozenset().union(*heads) if all(heads) else frozenset()


def for_population(c: Candidate, population: frozenset[str]) -> bool:
    """Whether a statement, or its guideline's title (the guideline's scope), names every term of the asked
    population; True when the question names none."""
    if not population:
        return True
    # (A statement naming them by an adjective names the state's noun: "asthmatic patients", ``population_terms``.)
    return (population <= c.terms or population <= sentence_terms(c.hit.document.title or "")
            or population <= c.terms | _state_terms(c.text))


@lru_cache(maxsize=20_000)
def _state_terms(text: str) -> frozenset[str]:
    """The terms of the nouns of the states a statement names people by (``question.state_nouns``)."""
    return frozenset(tokenize(state_nouns(text)))


def advises_on(text: str, intervention_terms: frozenset[str]) -> bool:
    """Whether the advice of a sentence is about the intervention: one of its terms stands within
    ADVICE_REACH words after an advice verb ("recommends [against] screening", "should offer X", "Do not
    routinely offer imaging") or before a passive one ("Imatinib is recommended", "X ... should be
    considered"), rather than in a clause of its own; or it heads the sentence (its first SUBJECT_HEAD words)
    and a passive advice verb follows in the same clause, however long the subject ("Testing for X in women
    who have experienced Y or Z is not recommended"); or it is a member of the list such a verb's clause ends on
    with a colon (``listed_after_advice``)."""
    if not intervention_terms:
        return False
    stems = word_terms(text)[1]
    hits = [n for n, terms in enumerate(stems) if terms & intervention_terms]
    if not hits:
        return False
    if any(member & intervention_terms for member in listed_after_advice(text)):
        return True
    marks = advice_marks(text)
    active, passive = marks.active, marks.passive
    if min(hits) < SUBJECT_HEAD:
        # The intervention heads the sentence's subject ("Testing for inherited X in women who have experienced
        # Y ... is not recommended"): a passive advice verb later in its first clause is about it, however long
        # the subject's modifiers are.
        if any(passive[n] for n in range(min(hits) + 1, min(marks.clause, len(passive)))):
            return True
    for n in range(len(active)):
        if active[n] and any(n < h <= n + ADVICE_REACH for h in hits):
            return True
        if passive[n] and any(n - ADVICE_REACH <= h < n for h in hits):
            return True
    return False


class AdviceMarks(NamedTuple):
    """Where a sentence's advice verbs stand, per word of ``word_terms``: an active one (``active``: "recommends",
    "should", "offer"), the start of a passive one (``passive``: "is not recommended", "should be considered");
    the number of words of its first clause (before any ";" or ":", ``clause``); and each word's index terms
    with an abbreviation's plural in "s" read as the abbreviation too (``stems``: "VKAs" as "vka")."""

    active: tuple[bool, ...]
    passive: tuple[bool, ...]
    clause: int
    stems: tuple[frozenset[str], ...]


@lru_cache(maxsize=20_000)
def advice_marks(text: str) -> AdviceMarks:
    """``AdviceMarks`` of a sentence, which ``advises_on`` and ``advises_on_whole`` read with the asked
    intervention's terms: the same for every question, so read once per sentence (each call matched both advice
    patterns at every word otherwise, and a lead's candidates are asked for each question)."""
    words, terms_of = word_terms(text)
    lowered = [w.lower() for w in words]
    return AdviceMarks(tuple(bool(_ACTIVE_ADVICE.match(word)) for word in lowered),
                       tuple(bool(_PASSIVE_ADVICE.match(" ".join(lowered[n:n + 4]))) for n in range(len(lowered))),
                       len(_WORDS.findall(re.split(r"[;:]", text, maxsplit=1)[0])),
                       tuple(terms | frozenset(t[:-1] for t in terms if t.endswith("s") and len(t) > 2)
                             for terms in terms_of))


# What separates the members of a list: a comma, "and", "or".
_MEMBERS = re.compile(r",|\s(?:and|or)\s")


@lru_cache(maxsize=20_000)
def listed_after_advice(text: str) -> tuple[frozenset[str], ...]:
    """The index terms of each member of the list a passive advice verb's clause ends on with a colon: "Four drug
    classes are recommended as first-line treatment for hypertension: angiotensin-converting enzyme (ACE) inhibitors,
    angiotensin II receptor blockers, ..." recommends each member (an abbreviation's plural in "s" read as the
    abbreviation too, as ``advice_marks`` reads it). Empty for a sentence without one. Grammar only."""
    marks = advice_marks(text)
    if ":" not in text or not any(marks.passive[:marks.clause]):
        return ()
    listed = re.split(r"[;.]", text.split(":", 1)[1], maxsplit=1)[0]
    out = []
    for member in _MEMBERS.split(listed):
        terms = frozenset(tokenize(member))
        if terms:
            out.append(terms | frozenset(t[:-1] for t in terms if t.endswith("s") and len(t) > 2))
    return tuple(out)


def advises_on_whole(text: str, forms: tuple[frozenset[str], ...]) -> bool:
    """Whether the words within ADVICE_REACH after an active advice verb, or before a passive one, hold every
    term of one of the intervention's names (``forms``: its concept's forms, the abbreviations the corpus
    defines among them; an abbreviation's plural in "s" counts as it): "The authors recommend urgent reversal of
    VKAs ..." advises on "vitamin K antagonists", "The authors recommend administration of vitamin K ..." shares
    two of its three words only. A member of the list a passive advice verb's clause ends on with a colon is
    advised on whole when it holds every term of a name (``listed_after_advice``)."""
    if not forms:
        return False
    if any(form and form <= member for member in listed_after_advice(text) for form in forms):
        return True
    active, passive, _, stems = advice_marks(text)
    for n in range(len(active)):
        if active[n]:
            window = stems[n + 1:n + 1 + ADVICE_REACH]
        elif passive[n]:
            window = stems[max(0, n - ADVICE_REACH):n]
        else:
            continue
        terms = frozenset().union(*window)
        if any(form and form <= terms for form in forms):
            return True
    return False


# The purpose advice states for itself: "to" and a verb of effect, then what it acts on ("Do not offer coenzyme Q10 or
# vitamin D to increase adherence to statin treatment"). Grammar.
_OWN_PURPOSE = re.compile(r"\bto\s+(?:increase|improve|reduce|lower|raise|prevent|treat|promote|enhance|boost|aid|"
                          r"support|maintain|achieve|relieve|control|manage|correct)\s+(?P<p>[^.;:]+)", re.I)


def for_another_purpose(text: str, topic_terms: frozenset[str]) -> bool:
    """Whether advice states a purpose of its own (``_OWN_PURPOSE``) that names none of the asked topic's terms: it is
    advice on that purpose, not on the condition its guideline's title names ("Do not offer ... vitamin D to increase
    adherence to statin treatment" in a guideline on preventing cardiovascular disease says nothing on whether vitamin
    D prevents it)."""
    m = _OWN_PURPOSE.search(text)
    return m is not None and not frozenset(tokenize(m.group("p"))) & topic_terms


def with_direct_advice(ranked: list[Candidate], topic_terms: frozenset[str]) -> list[Candidate]:
    """``ranked`` with guideline advice or findings (``evidence.reports_finding``) that name the asked
    intervention and condition, one of them in the statement and the other in the statement or its
    guideline's title, marked direct.

    The scorer asks a direct statement to pair the two concepts itself, which is right for a research
    report (its title may name a disease the sentence is not about) but not for a guideline, whose title is
    its scope: "Strong evidence supports that the use of immobilization ... should improve patient reported
    outcomes" in a carpal tunnel syndrome guideline is that guideline's answer on splinting, and "Intra-articular
    corticosteroid injections combined with ... exercises are more effective ..." (a graded statement) in an
    adhesive capsulitis guideline is its answer on injections.
    Not advice that states a purpose of its own on none of the asked terms (``for_another_purpose``).
    ``topic_terms`` are the terms of the question's intervention and condition (``topic_terms``)."""
    out: list[Candidate] = []
    for c in ranked:
        if (not c.direct and c.anchored and c.mentions_intervention
                and (c.mentions_condition or names_but_qualifiers(c, topic_terms))
                and c.hit.document.kind == DocumentKind.GUIDELINE and (is_advice(c) or reports_finding(c.text))
                and c.terms & topic_terms and not for_another_purpose(c.text, topic_terms)):
            c = dataclasses.replace(c, direct=True)
        out.append(c)
    return out


def names_but_qualifiers(c: Candidate, topic_terms: frozenset[str]) -> bool:
    """Whether a statement and its source's title name every term of the asked topic (``topic_terms``) but words of a
    qualifier (``qualifiers.qualifiers``: a severity, an age group) whose value the statement names in its own words:
    "Watchful waiting ... is an appropriate option for many children older than 6 months with non-severe illness" in
    a guideline on acute otitis media names "watchful waiting for mild acute otitis media in children", "non-severe"
    being the low severity "mild" asks for. The concept's match (``Candidate.mentions_condition``) reads the words, so
    "mild" unnamed left that advice indirect and its source's harm sentence quoted first. At least one term must be a
    qualifier so read, and two at least must remain named."""
    known = c.terms | sentence_terms(c.hit.document.title or "")
    missing = topic_terms - known
    if not missing or len(topic_terms - missing) < 2:
        return False
    said = qualifiers(c.text, topic_terms, examples=True)
    for term in missing:
        asked = qualifiers(term)
        if not asked or any(not asked[kind] & said.get(kind, frozenset()) for kind in asked):
            return False
    return True


@lru_cache(maxsize=20_000)
def says_against(text: str) -> bool:
    """Whether a recommendation advises against what it names ("is not recommended", "recommends against",
    "Do not routinely offer ..."); a neutral recommendation ("unable to recommend for or against") does not."""
    return _says_against(text)


def pairs_itself(c: Candidate) -> bool:
    """Whether the scorer found the statement itself to name what the question names (its ``direct``
    feature), rather than ``with_direct_advice`` with its guideline's title: of two recommendations, the
    one that names the asked intervention and condition itself ("Apremilast is not recommended ... for
    moderate to severe chronic plaque psoriasis") answers before one that names the intervention only
    ("People whose treatment with apremilast was funded ... should be able to continue treatment")."""
    return bool(c.features) and c.features[_DIRECT] > 0.0


@lru_cache(maxsize=4096)
def topic_terms(intervention: str | None, condition: str | None) -> frozenset[str]:
    """The index terms of the question's intervention and condition, question words left out: what a
    statement must itself name of the topic for its guideline's title to supply the rest."""
    return frozenset(t for phrase in (intervention, condition) if phrase for t in tokenize(phrase)) - QUESTION_WORDS


# A use advised only within research: "only in the context of a registry or a clinical study", "only as part of a
# trial", "only in research settings". What restricts it is the word "only" before the setting of research; the
# nouns are those of how evidence is gathered, no topic.
# (... with the participle of advice after "only": "X is only recommended for research use ...".)
_RESEARCH_ONLY = re.compile(r"\bonly\s+(?:(?:be\s+)?(?:recommended|advised|suggested|offered|used|considered|"
                            r"performed)\s+(?:for\s+use\s+)?)?"
                            r"(?:(?:with)?in\s+the\s+context\s+of|as\s+part\s+of|with\s*in|in|under)\s+"
                            r"(?:an?\s+|the\s+)?[^,;.]{0,80}?\b(?:research|registr(?:y|ies)|(?:clinical\s+)?"
                            r"(?:stud(?:y|ies)|trials?)|investigational\s+protocols?)\b", re.I)


@lru_cache(maxsize=20_000)
def research_only(text: str) -> bool:
    """Whether advice restricts the use it names to research (``_RESEARCH_ONLY``: "The committee recommends that X
    is performed only in the context of an approved registry or a clinical study"): not a use advised in care, so
    its "yes" is a "no" to using it there."""
    return bool(_RESEARCH_ONLY.search(text))


# A medicine's licensing status: "did not have UK marketing authorisation for ...", "is not licensed for ...",
# "off-label use", "the summary of product characteristics advises ...". Regulatory words, no topic.
_LICENSING = re.compile(r"\b(?:marketing\s+authori[sz]ation|(?:un)?licen[sc]ed\s+(?:for|in|indication)|"
                        r"off[-\s]label|summary\s+of\s+product\s+characteristics|product\s+licen[sc]e)\b", re.I)


# A question on a medicine's licensing or approval itself ("Was X licensed in Europe ...?", "Is X approved for Y?").
_ASKS_LICENSING = re.compile(r"\b(?:licen[sc]\w*|approv\w*|authori[sz]\w*|off[-\s]label)\b", re.I)


def asks_licensing(question: str) -> bool:
    """Whether a question asks about a medicine's licensing or approval (``_ASKS_LICENSING``): there a licensing note
    answers it."""
    return bool(_ASKS_LICENSING.search(question))


# Advice said to stay within a licence ("Gizmozumab is advised, within its marketing authorisation, for adults
# with ..."): the licence words qualify the advice, they are no note on the licence. Grammar, no topic.
_WITHIN_LICENCE = re.compile(r"\b(?:within|in\s+line\s+with|in\s+accordance\s+with)\s+(?:its|their|the)\s+"
                             r"(?:(?:UK|European|current)\s+)?(?:marketing\s+authori[sz]ation|licen[sc]e|"
                             r"licen[sc]ed\s+indications?)\b", re.I)


@lru_cache(maxsize=20_000)
def licensing_note(text: str) -> bool:
    """Whether a statement speaks of a medicine's licensing (``_LICENSING``: "At the time of publication X was
    contraindicated up to week 11 and did not have marketing authorisation for ..."): what a regulator allows, not
    the guideline's advice, so its "not" is no recommendation against the use. Not advice said to stay within the
    licence (``_WITHIN_LICENCE``: "X is advised, within its marketing authorisation, for adults who ..."), which
    is the recommendation itself; a licensing word elsewhere in it still makes it a note."""
    return bool(_LICENSING.search(_WITHIN_LICENCE.sub(" ", text)))


def verdict_of(model_verdict: Verdict, lead: Candidate, question: str = "",
               topic: frozenset[str] = frozenset(), thing: frozenset[str] = frozenset()) -> Verdict:
    """The verdict when a guideline's recommendation leads the bottom line (``model_verdict``: the verdict
    model's reading of that recommendation alone), as the question asks it. A yes or a no rests on which way
    the recommendation points on what it names (``polarity.stance``, on its clause about ``topic``): "no" when it
    advises against it or to stop it, "yes" otherwise (advice against stopping it is advice for it); then
    reversed when the question asks whether not to use it ("Should X be avoided in Y?" above "X should not be
    used in Y" is "yes"; ``polarity.as_asked``; advice for it only when it is needed is "uncertain" then). An
    "uncertain" reading stands. A neutral recommendation ("insufficient evidence to recommend for or against") is
    "uncertain", whatever the model reads: it says neither; so is advice that speaks of stopping only as its
    occasion ("If a patient ... stops X, the INR should be checked ...": ``polarity.stopping_as_occasion``) on a
    question whether to stop. Asked whether one already on it should stop or go on, a sentence letting those already
    on ``thing`` (the asked intervention's terms; ``topic`` when none is given) go on (``polarity.lets_users_go_on``)
    answers: going on."""
    if is_neutral(lead.text):
        return "uncertain"
    if model_verdict not in ("yes", "no"):
        return model_verdict
    if stopping_as_occasion(question, lead.text):
        return "uncertain"  # advice for when something is stopped, not on whether to stop it
    if supposes(lead.text):
        return "uncertain"  # advice on how once the use is decided ("If a decision to use X is made"): not whether
    if asks_about_going_on(question) and lets_users_go_on(lead.text, thing or topic):
        # Asked whether one already on it must stop (or may go on), the advice's sentence for those already on it
        # answers, whatever it advises on starting ("X is not recommended. People currently receiving X should be
        # able to continue ..."): going on, a no to stopping, a yes to continuing.
        return as_asked(question, "yes", lead.text) or "yes"
    pointing = stance(lead.text, topic, asks_to_stop(question))
    if pointing != "against" and research_only(lead.text):
        pointing = "against"  # advised only within research: not for use in care ("only in the context of a study")
    if pointing is not None and on_starting_asked_stopping(question, lead.text):
        return "uncertain"
    if course_ends_as_asked(question, lead.text):
        return "no" if pointing == "against" else "yes"  # advice on a course that ends when asked: as asked
    return as_asked(question, "no" if pointing == "against" else "yes", lead.text) or model_verdict
