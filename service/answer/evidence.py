"""Judging the evidence behind an answer: how many sources, which kinds and designs, and whether it
speaks of the intervention AND the condition (direct) or of only one of them (indirect)."""
from __future__ import annotations

import re
from functools import lru_cache
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TypeVar

from ingest.models import DocumentKind
from ingest.sentences import sentence_texts
from service.answer.compared import finds_better
from service.answer.design import design_only
from index.lexical import tokenize
from service.answer.models import EvidenceLevel
from service.answer.polarity import AGAINST, NEED_WORDS, clauses
from service.answer.qualifiers import EXAMPLES
from service.answer.question import BEST_OF_KIND, PEOPLE_WORDS, Aspect
from service.answer.routing import (CAUSED, CAUSES, DESIGNS, DOSE, FINDING, HARM_STATED, IMPERATIVE, IN_USE,
                                    INTERACTION, NEUTRAL, NULL_RESULT, OPTION, RECOMMENDATION, STUDY, gap_on_asked)
from service.answer.scoring import Candidate



@dataclass
class Judgement:
    """The facts templates are filled with."""

    level: EvidenceLevel
    sources: list[str] = field(default_factory=list)  # doc ids, best first
    guidelines: list[str] = field(default_factory=list)
    research: list[str] = field(default_factory=list)
    designs: list[str] = field(default_factory=list)
    direct_sources: list[str] = field(default_factory=list)
    direct_findings: list[str] = field(default_factory=list)  # direct sources that report results, not gaps
    direct_designs: list[str] = field(default_factory=list)
    # Every direct finding is from animal or laboratory studies and none speaks of people (``laboratory_only``).
    laboratory_only: bool = False
    null_findings: list[str] = field(default_factory=list)  # direct sources whose findings are all null

    @property
    def mostly_null(self) -> bool:
        """Most direct sources found no effect."""
        return bool(self.direct_findings) and len(self.null_findings) * 2 > len(self.direct_findings)

    @property
    def direct(self) -> bool:
        return bool(self.direct_findings)


@lru_cache(maxsize=100_000)
def _designs_in(text: str) -> tuple[str, ...]:
    return tuple(name for name, pattern in DESIGNS if pattern.search(text))


def designs_in(text: str) -> list[str]:
    """The study designs a text names, strongest first (cached per text)."""
    return list(_designs_in(text))


@lru_cache(maxsize=100_000)
def reports_finding(text: str, asked: frozenset[str] = frozenset(), topic: frozenset[str] = frozenset()) -> bool:
    """A sentence that reports what a study or guideline found (a null result included) or advises (a
    neutral recommendation included), not a gap in the evidence (on what was asked, where the question's terms are
    given: ``routing.gap_on_asked``)."""
    if text.rstrip().endswith("?"):
        return False  # a question (a review's key question, an abstract's title) states nothing
    # A neutral recommendation ("insufficient evidence to recommend for or against X") is a gap's words
    # but a guideline's answer: what it says on the question, neither yes nor no.
    if NEUTRAL.search(text):
        return True
    # "Large trials have not shown that X prevents Y" is a null finding; "no trial has tested X" is a gap.
    if gap_on_asked(text, asked, topic) and not (NULL_RESULT.search(text) and STUDY.search(text)):
        return False
    # A design named without a result ("Several meta-analyses have pooled trials that measured X") says what
    # was done, not what was found; so does a sentence the design model reads as a method ("The trial enrolled
    # 25,871 participants ...": its number of people is no result), whatever words of a finding it has.
    if not _reports(text):
        return False
    parts = sentence_texts(text)
    if not any(design_only(s) for s in parts):
        return True
    return any(_reports(s) and not design_only(s) for s in parts)


# What is usually so, in the present tense: "outpatient treatment for healthy adults ... is typically amoxicillin,
# doxycycline or ... a macrolide" states the practice a "which treatment?" question asks about, as "X is used for Y"
# does (``routing.IN_USE``).
_USUAL = re.compile(r"\b(?:is|are)\s+(?:typically|usually|generally|normally|commonly)\s+(?!(?:not|unknown|unclear)\b)",
                    re.I)


# A need stated of a thing, in the present tense ("Radiographs are not needed to confirm typical knee osteoarthritis",
# "Computed tomography is rarely necessary"): a guideline's word on whether it is done, which a question of need asks
# ("Are radiographs needed to confirm knee osteoarthritis?", ``answers_directly``). Only there: counted a finding for
# every question, "Magnetic resonance imaging is not needed for routine diagnosis ..." led "How is calcific
# tendinopathy diagnosed?" before "Clinicians should confirm the diagnosis with plain radiographs ...". (A need for
# more research is a gap, ``routing.GAP``, read before.)
_NEED_SAID = re.compile(rf"\b(?:is|are)\s+(?:(?:not|rarely|seldom|usually|always|often|generally|routinely)\s+)?"
                        rf"{NEED_WORDS}\b", re.I)

# Whether something is safe, said of it ("X is safe for most people, including those with Y", "have been well
# tolerated", "is not safe in pregnancy", "is contraindicated in Y"): a finding on its safety, what a question "Is X
# safe in Y?" asks, in a copula's grammar (no topic named). "The safety of X is unknown" says no such thing (and is
# a gap); nor does one said of a subject that points back ("this dose is safe", "it is safe"): what is safe is named
# in another sentence, and the statement quoted alone does not say which.
# The copula and what may stand between it and the word of safety ("has been generally considered to be ...").
_BE_SAID = (r"\b(?:is|are|was|were|remains?|seems?|appears?|(?:has|have)\s+been)\s+{negation}(?:\w+ly\s+)?"
            r"(?:(?:considered|thought|believed|shown|found)\s+)?(?:to\s+be\s+)?(?:\w+ly\s+)?")
_STATES_SAFETY = re.compile(_BE_SAID.format(negation=r"(?:not\s+)?")
                            + r"(?:safe|unsafe|(?:well[- ])?tolerated|contraindicated|harmful|dangerous)\b", re.I)
# ... and that it is safe or well tolerated, no negation before the word ("Vitamin K2 supplements have been well
# tolerated in randomized trials"; not "was not well tolerated"): the "yes" a question whether it is safe asks for.
_AFFIRMS_SAFE = re.compile(_BE_SAID.format(negation="") + r"(?:safe|(?:well[- ])?tolerated)\b", re.I)
_POINTING_BACK = re.compile(r"\b(?:(?:this|these|those)\s+[\w\-]+|it|they)\s+$", re.I)


def states_safety(text: str) -> bool:
    """Whether a statement says of what it names that it is safe or unsafe (``_STATES_SAFETY``), its subject not
    a word that points back (``_POINTING_BACK``)."""
    return _said_of_named(_STATES_SAFETY, text)


def affirms_safety(text: str) -> bool:
    """Whether a statement says that what it names is safe or (well) tolerated (``_AFFIRMS_SAFE``), its subject
    not a word that points back."""
    return _said_of_named(_AFFIRMS_SAFE, text)


def _said_of_named(pattern: re.Pattern[str], text: str) -> bool:
    """Whether ``pattern`` is met in ``text`` with a subject that does not point back (``_POINTING_BACK``)."""
    return any(not _POINTING_BACK.search(text[:m.start()]) for m in pattern.finditer(text))


# Whom a caution is for. Advice against a thing may be for a part of those who would take it: people defined by
# something ("should not be used in people with a history of seizures", "in women of childbearing potential",
# "Patients taking vitamin K antagonists should not take ..."), or in pregnancy or breastfeeding ("must be avoided in
# pregnancy", "Pregnant or breastfeeding women should not take ..."; the one state of people a qualifier kind names,
# ``qualifiers``); an interaction is a caution for those who take the other thing ("Vitamin K2 can reduce the effect of
# warfarin"; "Bile acid sequestrants ... can reduce absorption of ... vitamin K"). Neither says that the thing is
# unsafe for everyone: asked "Is bupropion safe for quitting smoking?", a contraindication in people with seizures is
# a caution for them, not a "no". Grammar only: what defines people, the words that end the definition (a verb, a
# clause's joint), and examples ("including ...", "such as ...") that widen rather than restrict.
_DEFINED = r"(?:with|who|taking|on|receiving|using|of)"
_ENDS_DEFINITION = (r"(?=\s+(?:should|must|need|needs|may|might|can|cannot|could|are|is|were|was|have|has|do|does|"
                    r"because|when|if|unless|without)\b|\s*[,;.:]|$)")
_GROUP = re.compile(rf"\b{PEOPLE_WORDS}\s+{_DEFINED}\s+(?P<x>[^,;.:]+?){_ENDS_DEFINITION}|"
                    r"\b(?P<p>pregnan(?:t|cy|cies)|breast-?feeding|lactat(?:ing|ion))\b", re.I)
_PREGNANCY_TERM = re.compile(r"pregnan|breast-?feed|lactat")  # their stems, as ``tokenize`` gives them
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
# A noun that makes the name before it part of another thing's name: "vitamin K antagonists" are not vitamin K,
# "calcium channel blockers" not calcium. The name before it (up to three words, no function word) is read as that
# other thing's, not as the name it spells.
_OTHER_HEAD = re.compile(r"\b(?:(?!(?:with|taking|on|of|the|a|an|and|or|who|in|for|to|other|such)\b)[\w\-]+\s+){1,3}"
                         r"(?=(?:antagonists?|inhibitors?|blockers?|agonists?|sequestrants?|antibod(?:y|ies))\b)", re.I)
# A clause that opens with the people it advises ("Patients taking warfarin should avoid ...": what is advised against
# follows the advice), and one whose subject points back ("it must be avoided": the sentence's subject).
_PEOPLE_FIRST = re.compile(rf"^\W*(?:[\w\-]+\s+){{0,3}}?{PEOPLE_WORDS}\b", re.I)
_POINTER = re.compile(r"^\W*(?:it|they|this|these|those)\b", re.I)
_PEOPLE_TERMS = frozenset(tokenize("patients people persons individuals adults children infants women men those "
                                   "take taking receiving using history"))


def _names_asked(phrase: str, topic: frozenset[str]) -> bool:
    """Whether a phrase that defines people or names an interaction's other party names what the question asks
    (``topic``), a name before a noun of another thing (``_OTHER_HEAD``) not counting as its own."""
    return bool((frozenset(tokenize(_OTHER_HEAD.sub(" ", phrase))) - _PEOPLE_TERMS) & topic)


def _pregnancy_asked(topic: frozenset[str]) -> bool:
    """Whether the question names pregnancy or breastfeeding in any of their words ("pregnant", "pregnancy")."""
    return any(_PREGNANCY_TERM.match(term) for term in topic)


def _names_all_asked(phrase: str, topic: frozenset[str]) -> bool:
    """Whether a phrase that defines people names every term the question asks about (its people words aside)."""
    asked = topic - _PEOPLE_TERMS
    return bool(asked) and asked <= frozenset(tokenize(phrase))


@lru_cache(maxsize=50_000)
def beside_cautions_for_others(text: str, topic: frozenset[str]) -> str:
    """A statement less its cautions for people the question (``topic``: its terms) does not name: in each clause
    (``polarity.clauses``), advice against (``polarity.AGAINST``) for a group of people or pregnancy (``_GROUP``) whose
    definition names nothing of the topic, from the advice to the clause's end ("Bupropion lowers the seizure threshold
    and should not be used in people with a history of seizures" keeps "Bupropion lowers the seizure threshold and"),
    and an interaction (``routing.INTERACTION``) one of whose parties, the subject before it or the object after it,
    names nothing of the topic, from the interaction to the clause's end. What is left says whether the thing is unsafe
    for everyone (``verdict.says_unsafe``); a clause with no such caution is kept whole, and so is the statement when
    no topic is given (whom the question asks about is not known)."""
    if not topic:
        return text
    kept = []
    for sentence in SENTENCE_END.split(text):
        for clause in clauses(sentence):
            kept.append(_less_caution_for_others(clause, topic))
    return " ".join(kept)


def _less_caution_for_others(clause: str, topic: frozenset[str]) -> str:
    read = EXAMPLES.sub(" ", clause)
    advice = AGAINST.search(read)
    if advice is not None:
        groups = list(_GROUP.finditer(read))
        if groups and not any(_names_asked(g.group("x"), topic) if g.group("x") else _pregnancy_asked(topic)
                              for g in groups):
            return read[:advice.start()]
        if any(g.group("x") and _names_all_asked(g.group("x"), topic) for g in groups):
            # The asked thing only defines the people ("Menatetrenone is contraindicated in patients taking
            # warfarin", asked "Is warfarin safe?"): the advice is against another thing, for its users.
            before = read[:advice.start()]
            advised = read[advice.end():] if _PEOPLE_FIRST.match(before) else before
            if not _POINTER.match(advised) and not _names_asked(advised, topic):
                return read[:advice.start()]
    interaction = INTERACTION.search(read)
    if interaction is not None:
        subject, other = read[:interaction.start()], read[interaction.end():]
        if not (_names_asked(subject, topic) and _names_asked(other, topic)):
            return read[:interaction.start()]
    return clause


# What a condition does of itself, said in a finite verb or a copula ("often resolves spontaneously", "Most cases ...
# resolve without antibiotics within about three days", "is often self-limiting", "recurs in", "persists"): what a
# question "Does X resolve without treatment?" asks (``question.Question.aspect``). Verbs only: "recurrent",
# "persistent", "relapsed" name a kind of the condition ("patients with recurrent X", "relapsed or refractory AML"),
# not what it does. Grammar of a course, no topic.
_COURSE_STATED = re.compile(r"\b(?:resol(?:ve|ves|ved)|resorb(?:s|ed)|regress(?:es|ed)|remit(?:s|ted)|"
                            r"disappear(?:s|ed)|clears|cleared|clears?\s+up|go(?:es)?\s+away|heal(?:s|ed)|subside(?:s|d)|persists|"
                            r"recur(?:s|red)|relapses|worsen(?:s|ed))\b|"
                            r"\b(?:is|are|was|were)\s+(?:(?:\w+ly|often)\s+)?self[- ]limit(?:ing|ed)\b", re.I)
# What brings a condition about, in the grammar English has for a cause besides the verb "cause" (``CAUSES``): it
# results, arises or stems from something, is due to or triggered by it, is thought to arise from it, or its
# causes, triggers or risk factors include something ("Iron deficiency results from blood loss ...", "Proposed
# triggers include ...", "Risk factors include age, obesity ..."): what "What causes X?", "Who gets X?" ask.
_CAUSE_STATED = re.compile(r"\b(?:results?|resulted|arises?|arose|stems?|stemmed|derives?)\s+from\b|"
                           r"\b(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:(?:thought|believed|considered|known|held|"
                           r"presumed)\s+to\s+(?:arise|result|stem|be\s+due)|due\s+to|triggered\s+by|"
                           r"attributed\s+to)\b|"
                           r"\b(?:causes|triggers|risk\s+factors|predisposing\s+factors)\b[^.;:]{0,60}?\binclude\b|"
                           r"\brisk\s+factors?\s+for\b", re.I)


# How a condition goes of itself, said without a verb of course: "spontaneous resorption of deposits is common",
# "associated with ... spontaneous resolution", "on its own", "without treatment", "its natural history".
_UNAIDED_STATED = re.compile(r"\bspontaneous(?:ly)?\b|\bon\s+(?:its|their)\s+own\b|\bby\s+(?:itself|themselves)\b|"
                             r"\bwithout\s+(?:any\s+)?(?:treatment|therapy|intervention)\b|"
                             r"\bnatural\s+(?:history|course)\b", re.I)


def states_course(text: str) -> bool:
    """Whether a statement says what a condition does of itself: it resolves, recurs or persists (``_COURSE_STATED``),
    or it does so spontaneously, on its own, without treatment (``_UNAIDED_STATED``)."""
    return bool(_COURSE_STATED.search(text) or _UNAIDED_STATED.search(text))


def states_unaided_course(text: str) -> bool:
    """Whether a statement says a condition goes its course of itself (``_COURSE_STATED`` with ``_UNAIDED_STATED``:
    "... often resolves spontaneously as deposits are resorbed"): what "Does X resolve without treatment?" asks."""
    return bool(_COURSE_STATED.search(text) and _UNAIDED_STATED.search(text))


# A cause named as a noun ("one proposed cause of X", "the most common cause in premenopausal women", "X is an
# important cause"): not the verb, whose subject is the cause of another thing ("whose attacks cause significant
# disability" says what the condition does, not what brings it about).
_CAUSE_NAMED = re.compile(r"\bcauses?\s+(?:of|in|for|among)\b|\b(?:is|are|was|were)\s+(?:[\w\-]+\s+){0,3}?causes?\b",
                          re.I)


def states_cause(text: str) -> bool:
    """Whether a statement says what brings something about: it is caused by, due to or results from something
    (``routing.CAUSED``), is thought to arise from it or its risk factors include it (``_CAUSE_STATED``), or it names
    a cause as a noun (``_CAUSE_NAMED``)."""
    return bool(CAUSED.search(text) or _CAUSE_STATED.search(text) or _CAUSE_NAMED.search(text))


# What a question asks of a condition it names alone (``question.Question.aspect``) and the statements that answer it.
_ASPECT_STATED: dict[Aspect, Callable[[str], bool]] = {"course": states_course, "cause": states_cause}


# A rank said of a thing by a copula ("A low serum ferritin is the most specific blood test for iron deficiency", "X
# remains the standard first test", "X is the treatment of choice"): a finding on how it compares, what "Is X the best
# test for Y?" asks. Not how often ("is the most frequently involved", "is most common between ..."): a statement of
# occurrence, which on the lists crowded out the prevalence "How common is Y?" asks. Grammar of the superlative and of
# a rank, no topic.
_RANK_STATED = re.compile(rf"\b(?:is|are|was|were|remains?)\s+(?:\w+ly\s+)?(?:(?:the|a|an)\s+)?"
                          r"(?!most\s+(?:common|frequent\w*|often|likely|usual\w*)\b)"
                          rf"(?:{BEST_OF_KIND}|standard|preferred|(?:[\w\-]+\s+){{1,2}}?of\s+choice)\b", re.I)
# What studies show, in the present ("Trials show only a modest benefit of X on pain"): a finding, as "showed" and
# "shown" are (``routing.FINDING``), when a study is its subject (``routing.STUDY``).
_STUDIES_SHOW = re.compile(r"\b(?:show|shows|demonstrate|demonstrates)\b", re.I)


# How two measures go together, said by a verb of relation ("The size of a deposit correlates poorly with the severity
# of symptoms", "X predicts Y"): a finding, as "associated" is (``routing.FINDING``), and what "Does X predict Y?" asks.
# Grammar of relation, no topic. (Here only, not in ``routing.FINDING``: that one is also a relevance-model feature.)
_RELATION_STATED = re.compile(r"\b(?:correlat(?:es|ed|ing)|predict(?:s|ed)|is\s+(?:not\s+)?predictive)\b", re.I)
# ... not one asked or aimed at before it ("The aim of this study was to investigate whether the level of X is better
# correlated than ..."): a question, no finding.
_RELATION_ASKED = re.compile(r"\b(?:whether|if|aims?|objectives?|purpose|to\s+(?:investigate|assess|determine|examine|"
                             r"evaluate|test|explore))\b", re.I)


def _relation_stated(text: str) -> bool:
    """Whether a sentence states a relation (``_RELATION_STATED``) that no aim or embedded question before it asks."""
    found = _RELATION_STATED.search(text)
    return found is not None and not _RELATION_ASKED.search(text[:found.start()])


# What was observed, in words of comparison or of where a thing is found ("was significantly more common in the
# calcium group", "is specifically expressed in vascular smooth muscle cells"): a finding, in grammar, no topic named.
_OBSERVED = re.compile(r"\b(?:more|less)\s+(?:common|frequent|prevalent|likely|often)\b|"
                       r"\b(?:is|are|was|were)\s+(?:\w+ly\s+)?expressed\s+(?:in|by|on)\b", re.I)


def _reports(text: str) -> bool:
    return bool(FINDING.search(text) or NULL_RESULT.search(text) or RECOMMENDATION.search(text)
                or _OBSERVED.search(text) or _relation_stated(text)
                or OPTION.search(text) or IN_USE.search(text) or IMPERATIVE.search(text.lstrip())
                or CAUSES.search(text) or _USUAL.search(text) or states_safety(text) or _RANK_STATED.search(text)
                or HARM_STATED.search(text)
                or (_STUDIES_SHOW.search(text) and STUDY.search(text))
                # a comparison of which is better ("... tend to produce larger benefits than unsupervised home
                # programmes") is what was found of the two
                or finds_better(text))


@lru_cache(maxsize=100_000)
def describes_study(text: str) -> bool:
    """A statement about how a study was done and nothing it found: one of its sentences the design model reads
    as a method (``design.design_only``: "The trial enrolled 25,871 participants ..."), and none reports a finding
    (``reports_finding``; "VITAL was a nationwide randomized ... trial" reports none). It answers no question on
    what the study found, whatever the question names."""
    return any(design_only(s) for s in sentence_texts(text)) and not reports_finding(text)


def answers_directly(c: Candidate, dose_asked: bool = False, aspect: Aspect | None = None,
                     need_asked: bool = False, asked: frozenset[str] = frozenset(),
                     topic: frozenset[str] = frozenset()) -> bool:
    """A statement that answers what was asked. For a question naming an intervention or condition: it
    names every concept the question names and reports a finding (a null one included) or a
    recommendation. For a question without one ("Which gene is mutated in ...?"): it covers most of the
    question, the relevance model believes it (``Candidate.direct``), it states no gap, and it is not a study
    named by its design and described without a result (``describes_study``: "VITAL was a nationwide randomized
    ... trial ... The trial enrolled 25,871 participants ..."). The design must be named: on BioASQ dev the design
    model alone took definitions ("X is a 36-amino-acid peptide ...") for methods and cost those answers their
    direct statement. When a dose is asked (``dose_asked``), a statement on the topic that states one answers,
    method or not: "doses in the pooled trials ranged from 90 to 720 micrograms per day" is how a study was
    done and what a dosing question asks. When a question asks what a condition does of itself or what causes it
    (``aspect``: ``question.Question.aspect``, "course" or "cause"), only a statement of that answers it
    (``states_course``, ``states_cause``): "Calcific tendinopathy ... often resolves spontaneously" answers "Do
    calcific deposits resolve on their own?"; "Surgery is usually combined with assessment of the rotator cuff",
    which names the condition and reports a finding, does not, and read beside it turned that answer's "yes" into
    "no". When a need is asked (``need_asked``: "Are radiographs needed to confirm X?"), a statement on the topic that
    states one answers (``_NEED_SAID``: "Radiographs are not needed to confirm typical X ..."), as a dose does.
    A gap counts where it is on what was asked (``asked``: the question's intervention terms, ``topic``: all its terms;
    ``routing.gap_on_asked``): a list item on something else rated "insufficient evidence" leaves the item on the asked
    thing answering."""
    if not c.direct or c.text.rstrip().endswith("?"):
        return False  # a question quoted in a source states nothing, with or without a topic
    stated = _ASPECT_STATED.get(aspect) if aspect else None
    if c.anchored and stated is not None:
        return stated(c.text) and not gap_on_asked(c.text, asked, topic)
    if c.anchored:
        return (reports_finding(c.text, asked, topic) or (dose_asked and bool(DOSE.search(c.text)))
                or (need_asked and not gap_on_asked(c.text, asked, topic) and bool(_NEED_SAID.search(c.text))))
    return not gap_on_asked(c.text, asked, topic) and not (designs_in(c.text) and describes_study(c.text))


def judge(selected: list[Candidate], source_designs: Mapping[str, str] | None = None,
          dose_asked: bool = False, aspect: Aspect | None = None, need_asked: bool = False) -> Judgement:
    """Judge the sentences an answer quotes.

    Direct evidence is a quoted sentence that names what the question names (intervention and/or
    condition) and reports a finding, null results included, not a statement of a gap ("no trial has
    tested ..."). Without a topic, a relevant sentence that covers most of the question is direct. The direct
    designs are those the direct statements name. Whether they come from animal or laboratory studies alone
    (``laboratory_only``) also reads, for a statement that names no design, its source's (``source_designs``:
    document id -> design, as the references state it): a trial report's statement quoted beside one on animal
    models is no animal evidence. (A source's design stays out of the level and the qualifier: read from a
    whole text as the strongest design it names, it made an overview that mentions meta-analyses a
    meta-analysis and raised the default corpus's levels to "strong" on no new evidence.) ``dose_asked``,
    ``aspect`` and ``need_asked``: as ``answers_directly`` reads them.
    """
    if not selected:
        return Judgement(level="none")
    sources = _unique(c.doc_id for c in selected)
    kinds = {c.doc_id: c.hit.document.kind for c in selected}
    designs = _unique(d for c in selected for d in designs_in(c.text))
    direct_sources = _unique(c.doc_id for c in selected if c.direct)
    findings = [c for c in selected if answers_directly(c, dose_asked, aspect, need_asked)]
    direct_findings = _unique(c.doc_id for c in findings)
    direct_designs = _unique(d for c in findings for d in designs_in(c.text))
    judgement = Judgement(
        level="indirect", sources=sources,
        guidelines=[d for d in sources if kinds[d] == DocumentKind.GUIDELINE],
        research=[d for d in sources if kinds[d] == DocumentKind.RESEARCH],
        designs=designs, direct_sources=direct_sources, direct_findings=direct_findings,
        direct_designs=direct_designs,
    )
    judgement.laboratory_only = laboratory_only(findings, source_designs)
    judgement.null_findings = [d for d in direct_findings
                               if all(NULL_RESULT.search(c.text) for c in findings if c.doc_id == d)]
    judgement.level = _level(judgement, findings)
    return judgement


# Designs whose findings are in animals or cells, not patients: GRADE counts them as indirect for a clinical question.
LAB_DESIGNS = frozenset({"animal", "in vitro"})
_PEOPLE = re.compile(rf"\b(?:{PEOPLE_WORDS}|humans?|participants|volunteers|subjects)\b", re.I)


def laboratory_only(findings: list[Candidate], source_designs: Mapping[str, str] | None = None) -> bool:
    """Whether the direct findings come from animal or laboratory studies alone: each names such a design (or,
    naming none, its source is one: ``source_designs``) and none speaks of people ("a small pilot study in
    patients with ALS" beside "cell and animal models" is evidence in patients). A yes or a no resting on them is
    shown as such (a rat study's "partly reversed arterial calcification" is no plain "yes" for patients)."""
    of_source = source_designs or {}
    for c in findings:
        designs = set(designs_in(c.text)) or ({of_source[c.doc_id]} if c.doc_id in of_source else set())
        if not designs or not designs <= LAB_DESIGNS or _PEOPLE.search(c.text):
            return False
    return bool(findings)


def _level(j: Judgement, findings: list[Candidate]) -> EvidenceLevel:
    if not j.direct_findings:
        return "indirect"
    guideline_direct = any(c.hit.document.kind == DocumentKind.GUIDELINE for c in findings)
    strong_designs = {"meta-analysis", "randomized trial"} & set(j.direct_designs)
    if len(j.direct_findings) >= 3 and strong_designs and (guideline_direct or "meta-analysis" in strong_designs):
        return "strong"
    if len(j.direct_findings) >= 2 and (strong_designs or guideline_direct):
        return "moderate"
    return "limited"


_H = TypeVar("_H", bound=Hashable)


def _unique(items: Iterable[_H]) -> list[_H]:
    """``items`` without repeats, in order of first appearance (a dictionary's keys, made in one C loop)."""
    return list(dict.fromkeys(items))
