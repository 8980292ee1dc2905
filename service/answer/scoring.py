"""Scoring the sentences of retrieved chunks against a question, without running the embedder.

Each quotable sentence gets features (the IDF-weighted share of the question it covers, its passage's
dense and lexical scores and rank, mentions of the question's intervention and condition, where it
stands in its passage, what kind of statement it is) and the learned relevance model turns them into a
probability. A sentence that leans on the one before it ("The trial ...") is scored and quoted together
with its antecedent, or not at all.
"""
from __future__ import annotations

import math
import operator
import re
import struct
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from collections.abc import Callable
from itertools import chain

import numpy as np

from index.frozen import frozen_instance
from index.lexical import tokenize, written_words
from index.words import words
from index.search import Hit
from ingest.models import Chunk, DocumentKind
from service.answer.scenario import continues_scenario
from service.answer.after_failure import asks_after_failure, for_the_failed, not_improving
from service.answer.asked_shape import stated_asked
from service.answer.bounds import asked_values
from service.answer.lead_in import regimen_lead_in
from service.answer.anaphora import describes_back, leans_back, names_antecedent, opens_with_anaphor, points_above
from service.answer.chunk_memo import chunk_entry
from service.answer.concepts import (MEASURES, NUMBER, QUESTION_WORDS, Concept, Idf, Lexicon, case_named, concept,
                                      condition_head, contradicts_qualifier, one_taken_alone, qualifier_phrase,
                                      qualifier_terms, restricted_head, taken_apart)
from service.answer.corpus_stats import CorpusStats
from service.answer.design import design_only
from service.answer.graded import graded_sentence
from service.answer.question import ASKED_AFTER_DASH, PEOPLE_WORDS, Question, asks_causing, given_form, population_of
from service.answer.relevance import FEATURES, LinearModel, relevance_model
from service.answer.compared import names_comparator
from service.answer.polarity import AGAINST
from service.answer.routing import (DESIGNS, FINDING, GAP, GUIDELINE_ADVICE, HEAD_TO_HEAD, IMPERATIVE, NULL_RESULT,
                                   RECOMMENDATION, STUDY)
from service.answer.stand_in import stands_in
from service.answer.title_outcomes import outcomes_named_in
from service.answer.written_values import as_written, typed_values
from service.answer.tuning import TUNING, AnswerTuning

# Statements of a study's aim repeat the question's words but assert nothing.
# A structured abstract's "BACKGROUND:" label before a statement of fact ("BACKGROUND: Lisocabtagene maraleucel
# (liso-cel) is an autologous, CD19-directed ... CAR T-cell product") is no aim: only the aim after it is one.
_AIM = re.compile(r"^(?:background\s*:\s*)?(?:to (?:determine|assess|evaluate|investigate|examine|compare|test|"
                  r"explore|describe|update|review|provide|promote|develop|summari[sz]e|improve|reduce|increase|help|identify)\b|"
                  r"(?:we|the authors) (?:aimed|sought|investigated|examined|evaluated|assessed|hypothesi[sz]ed|"
                  r"tested|compared|studied)\b|(?:the|our) (?:aims?|objectives?|purposes?|goals?)\b|"
                  r"(?:this|the(?: present| current)?|our) (?:study|trial|review|paper) (?:aim|was designed|investigat|"
                  r"sought|examin|evaluat)|"
                  r"[^.]*?\b(?:was|were) designed to (?:test|determine|assess|evaluate|investigate|examine|compare)|"
                  # an embedded question asserts nothing: "... a promising setting to test whether X slows Y"
                  r"[^.]*?\bto (?:test|determine|assess|evaluate|investigate|examine|explore|establish) whether\b|"
                  # ... as does a hypothesis to be tested ("X is therefore a suitable candidate to test the
                  # hypothesis that ...")
                  r"[^.]*?\bto (?:test|examine|explore|investigate|evaluate) the hypothes[ie]s\b|"
                  # ... and so does a question reported ("patients sometimes ask whether X could dissolve Y")
                  r"[^.]*?\b(?:asks?|asked|asking|wonders?|wondered) whether\b|"
                  r"(?:objectives?|aims?|purpose|methods?)\s*:)", re.I)


def states_aim(sentence: str) -> bool:
    """Whether a sentence states a study's aim or reports a question (``_AIM``): it repeats the question's words and
    asserts nothing."""
    return bool(_AIM.search(sentence.strip()))


# Terminal punctuation, then any closing brackets or quotes: a heading or table cell that merely ends in a
# bracket ("New oral anticoagulants (dabigatran, rivaroxaban)") is not a sentence.
# ... and a sentence whose stop a short tag in square brackets follows, a guideline's note of when the statement was
# written or revised ("... within 1 to 2 weeks. [new 2015]", "[2008, amended 2015]"): the statement ends at its stop,
# the tag is no part of what it says (without this, every tagged recommendation of a guideline was unquotable).
# ... and one whose stop a footnote's mark follows ("... during that period.*", "... is advised.†"): the mark
# points to a note below, no part of the sentence (without it, a recommendation so marked was never quoted).
# ... and one whose stop a grade in round brackets follows ("... to prevent frobnitis in adults. (-2C)", "(+1B)",
# "(I-E)"): a guideline's strength and level for the statement, at most twelve characters, no part of what it says
# (without it, every graded recommendation of such a guideline was unquotable, and a question on one of them was
# answered from its background prose: "does not suggest X to prevent Y" lost to "X may reduce the duration of Y").
# The shape of such a grade: a sign, a digit and a letter ("-2C", "+1B"), a roman level and a letter ("I-E", "III-D"),
# or "Grade B" / "Level 2". Not any short bracket ("(Table 2)", "(see below)" point elsewhere).
_GRADE = r"(?:[+\-\u2013\u2212]?[0-9][A-E]|[IV]{1,3}\s*[-\u2013]\s*[A-E]|(?:grade|level)\s+[A-E0-9]{1,2})"
# (... or a grade in words after the stop, where the sentence splitter left it joined: ".** (Strength of
# Recommendation: Strong For)" or ".** (Weak recommendation; moderate-quality evidence)" after a footnote's stars.)
_GRADE_IN_WORDS = (r"(?:(?:strength|quality|level|grade)\s+of\s+(?:the\s+)?(?:recommendation|evidence)|"
                   r"(?:strong|weak|conditional)\s+recommendation)\b[^()]{0,60}")
_ENDS_SENTENCE = re.compile(r"[.!?][)\]\"”’*†‡]*(?:\s+\[[^\[\]]{1,40}\]|\s+\(\s*(?:" + _GRADE + "|" + _GRADE_IN_WORDS
                            + r")\s*\))?$", re.I)
_CLOSERS = ")]\"”’*†‡ "  # what may follow a sentence's stop (``_ENDS_SENTENCE``)
# A list item that is a label and, in brackets, a clause of its own on it, with no stop ("Gizmozumab (use beyond 30
# days is not recommended)", as a guideline's list of treatments writes its advice on each): a statement, though it
# ends on its bracket. The clause is advice (``routing.GUIDELINE_ADVICE``) of four words at least; a label with a note
# ("Acetaminophen (oral)", "Level C (expert opinion)"), examples ("History of X (e.g., gizmolol ... that may ...)") or
# a definition ("High quality study (all patients were enrolled ...)") is none. Grammar.
_BRACKETED_CLAUSE = re.compile(r"^[^()\[\]:;.]{2,80}?\s\((?P<c>(?!(?:see|refer|cf)\b)[^()]*)\)$")
# A bracket holds a clause of its own only with three words or more in it: counted apart from the pattern, since a
# repeated group of lazy runs ending in a space ("(?:[^()]*?\s){3,}") tries every split of a long bracket's spaces
# when the sentence goes on after it, and took seconds to minutes on one guideline sentence.
_CLAUSE_MIN_SPACES = 3
# A sentence that sends the reader elsewhere in a document ("See the original guideline document for more
# information.", "Refer to the \"Rationale\" sections ...", "Note: See the \"Major Recommendations\" field ..."):
# the grammar of a cross-reference, which states nothing itself (quoted in guideline answers as evidence).
_POINTER = re.compile(r"^(?:note:\s*)?(?:please\s+)?(?:see|refer\s+to|consult)\s+(?:the\s+)?[^.]{0,120}?"
                      r"\b(?:sections?|fields?|tables?|appendix|appendices|figures?|document|version|chapter)\b", re.I)
_NUMBER = re.compile(r"\d")
# A group of people a statement names: a noun for people with the word before it ("older adults", "postpartum
# women", "cancer patients"); the grammar of who is meant, not topics (see _other_people).
_PEOPLE_GROUP = re.compile(rf"(?:\b([\w\-]+)\s+)?\b({PEOPLE_WORDS})\b", re.I)
# Nouns for people that name no group by themselves ("patients", "people"), unlike "women" or "children".
_ANYONE = frozenset({"patients", "people", "persons", "individuals"})
# Animals and cells (routing.DESIGNS' laboratory designs: "a study in rats", "cultured cells"): another group than
# any people asked about.
_LABORATORY = tuple(pattern for name, pattern in DESIGNS if name in ("animal", "in vitro"))


@dataclass(frozen=True)
class Candidate:
    """One quotable statement (a sentence, or a sentence with its antecedent) and what selection,
    routing and judging need to know about it."""

    text: str
    hit: Hit
    score: float  # P(relevant) from the relevance model
    coverage: float
    terms: frozenset[str]
    mentions_intervention: bool
    mentions_condition: bool
    direct: bool = False  # speaks of every concept the question names (intervention and/or condition)
    features: tuple[float, ...] = ()
    anchored: bool = False  # the question names an intervention or a condition
    # Quotable only as closest evidence (``closest_only``: an excerpt or a statement of aim), and whether its
    # sentence's start, and its end, are cut off in the passage (then marked by an ellipsis).
    closest_only: bool = False
    cut: tuple[bool, bool] = (False, False)
    # Kept under the floors only as a guideline's graded advice (``_graded_kept``): quoted nowhere but in place of its
    # source's ungraded closest sentence (``graded.graded_in_place``), and weighed by no other stage.
    stand_in: bool = False

    @property
    def doc_id(self) -> str:
        return self.hit.document.id


# The features of relevance.FEATURES by what decides them: the statement's text and its place in its
# passage alone (computed once per passage, ``passage_statements``), the passage as retrieved (once per hit),
# and the question together with the statement (per statement and answer, ``_Matcher``). ``candidates``
# joins the three parts of a row; the model reads the joined rows in its own order (``_MODEL_COLUMNS``), and
# a kept statement's ``Candidate.features`` are put in that order.
TEXT_FEATURES: tuple[str, ...] = ("first_sentence", "position", "log_length", "finding", "null_result",
                                  "recommendation", "gap", "number", "joined")
PASSAGE_FEATURES: tuple[str, ...] = ("dense", "inv_rank", "lexical", "from_guideline")
MATCH_FEATURES: tuple[str, ...] = ("coverage", "title_coverage", "term_share", "bigram_share", "has_i", "has_c",
                                   "direct", "anchored", "coverage_x_dense")
_JOINED = MATCH_FEATURES + PASSAGE_FEATURES + TEXT_FEATURES
if sorted(_JOINED) != sorted(FEATURES):
    raise RuntimeError("scoring's feature parts do not make up relevance.FEATURES")
_MODEL_COLUMNS = tuple(_JOINED.index(f) for f in FEATURES)  # where each model feature sits in a joined row
_IN_MODEL_ORDER = operator.itemgetter(*_MODEL_COLUMNS)
_COVERAGE, _TITLE_COVERAGE = MATCH_FEATURES.index("coverage"), MATCH_FEATURES.index("title_coverage")
# A row's passage and text features as C doubles (the relevance matrix is built from packed parts, ``candidates``).
_PASSAGE_DOUBLES, _TEXT_DOUBLES = struct.Struct(f"{len(PASSAGE_FEATURES)}d"), struct.Struct(f"{len(TEXT_FEATURES)}d")
_DIRECT = FEATURES.index("direct")
# Every term of a question covered (``_Matcher.share`` sums to 1 over them; less a float's rounding).
_WHOLE = 1.0 - 1e-9
# A number as written ("7.40", "65", ``concepts.NUMBER``), which a question's case gives and its terms leave out.
_NUMBER_WRITTEN = re.compile(NUMBER)


@dataclass(frozen=True, eq=False)
class PassageStatements:
    """The quotable statements of one passage, with what their text alone decides for scoring."""

    texts: tuple[str, ...]
    terms: tuple[frozenset[str], ...]
    bigrams: tuple[frozenset[tuple[str, str]], ...]  # of the terms that are not question words
    text_features: tuple[tuple[float, ...], ...]  # per statement, in TEXT_FEATURES order
    vocabulary: frozenset[str]  # every term of its statements
    # Of statements quotable only as closest evidence (``passage_closest_only``): start and end cut off.
    cuts: tuple[tuple[bool, bool], ...] = ()
    # Per statement, its text features as C doubles (``text_features`` packed): the part of a relevance row
    # that is the same in every answer, packed once (see ``candidates``).
    packed_text: tuple[bytes, ...] = ()


def passage_statements(text: str, spans: tuple[tuple[int, int], ...],
                       tuning: AnswerTuning = TUNING) -> PassageStatements:
    """The statements of a passage (see ``statements``) and their text features; cached per passage, since
    the same passages come back for related questions and each would otherwise be read again per answer."""
    return _passage_statements(text, spans, tuning.min_chars, tuning.max_chars)


@lru_cache(maxsize=50_000)
def _passage_statements(text: str, spans: tuple[tuple[int, int], ...], min_chars: int,
                        max_chars: int) -> PassageStatements:
    found = _statements(text, spans, min_chars, max_chars)
    sentence_count = max(len(spans) - 1, 1)
    return _packed([sentence for sentence, _ in found],
                   [text_features(sentence, joined, n, sentence_count) for n, (sentence, joined) in enumerate(found)])


def passage_closest_only(text: str, spans: tuple[tuple[int, int], ...],
                         tuning: AnswerTuning = TUNING) -> PassageStatements:
    """A passage's statements quotable only as closest evidence (see ``closest_only``) with their text
    features, like ``passage_statements``; cached per passage."""
    return _passage_closest_only(text, spans, tuning.min_chars, tuning.max_chars)


@lru_cache(maxsize=50_000)
def _passage_closest_only(text: str, spans: tuple[tuple[int, int], ...], min_chars: int,
                          max_chars: int) -> PassageStatements:
    found = _closest_only(text, spans, min_chars, max_chars)
    sentence_count = max(len(spans) - 1, 1)
    return _packed([t for t, _, _ in found], [text_features(t, False, n, sentence_count) for t, n, _ in found],
                   tuple(cut for _, _, cut in found))


# A chunk's statements for scoring, per chunk id (chunk_memo): (its passage_statements,) and (the same and its
# passage_closest_only), each None until asked.
_CHUNK_PARTS: dict[str, list] = {}


def chunk_parts(chunk: Chunk, tuning: AnswerTuning = TUNING,
                closest: bool = False) -> tuple[PassageStatements, ...]:
    """``passage_statements`` of a chunk, and with ``closest`` its ``passage_closest_only`` after them;
    remembered per chunk id, checked against the chunk's text, spans and the tuning's lengths."""
    entry = chunk_entry(_CHUNK_PARTS, chunk, tuning, 3)
    if entry[4] is None:
        entry[4] = passage_statements(chunk.text, chunk.sentences, tuning)
    if not closest:
        if entry[5] is None:
            entry[5] = (entry[4],)
        return entry[5]
    if entry[6] is None:
        entry[6] = (entry[4], passage_closest_only(chunk.text, chunk.sentences, tuning))
    return entry[6]


def _packed(texts: list[str], features: list[dict[str, float]],
            cuts: tuple[tuple[bool, bool], ...] = ()) -> PassageStatements:
    terms = tuple(sentence_terms(t) for t in texts)
    rows = tuple(tuple(row[f] for f in TEXT_FEATURES) for row in features)
    return PassageStatements(tuple(texts), terms, tuple(_sentence_bigrams(t) for t in texts), rows,
                             frozenset().union(*terms), cuts, tuple(_TEXT_DOUBLES.pack(*row) for row in rows))


def text_features(text: str, joined: bool, n: int, sentence_count: int) -> dict[str, float]:
    """The TEXT_FEATURES of the ``n``-th statement of a passage of ``sentence_count + 1`` sentences."""
    return {"first_sentence": float(n == 0), "position": n / sentence_count, "log_length": math.log(len(text)) / 6.0,
            **statement_kind(text), "joined": float(joined)}


def passage_features(hit: Hit, top_lexical: float) -> tuple[float, ...]:
    """The PASSAGE_FEATURES of a hit, in their order; ``top_lexical`` is the best lexical score among the
    answer's hits."""
    return (hit.dense if hit.dense is not None else 0.0, 1.0 / max(hit.rank, 1), (hit.lexical or 0.0) / top_lexical,
            float(hit.document.kind == DocumentKind.GUIDELINE))


class _Matcher:
    """The MATCH_FEATURES of statements against one question.

    The question's terms (question words and a report it names as its source left out: ``Question.match_text``)
    are weighted by IDF; coverage is the weight of those a
    statement has, over the total, added in the question's order. Statements of an answer share few sets
    of question terms, so each set's weights are added once per answer."""

    def __init__(self, question: Question, stats: CorpusStats, intervention: Concept | None,
                 condition: Concept | None, tuning: AnswerTuning) -> None:
        terms = asked_terms(question.match_text)
        # A case's values as typed, which no chunk writes ("75g", "1h", "26/40": ``written_values``), count as the
        # number the corpus writes ("75"), or weigh nothing: weighed at the rarest term's IDF, they held a third of a
        # case note's weight, and the guideline's rule for the very values the note reports fell under the floors.
        # (Weightless, not left out: the share of the question's terms a statement names, which the relevance model
        # weighs against coverage, stays as it was. Left out, it rose, and the advice to confirm a raised reading
        # before treating it fell under the model's keep floor, default list.)
        values = typed_values(question.match_text, stats.lexicon.unwritten)
        if values:
            terms = as_written(terms, values)
        self.terms = terms
        self.asked = frozenset(terms)
        self.weights = [0.0 if t in values else stats.idf(t) for t in terms]
        for long_form in question.long_forms:
            # A long form the question's acronym was written as (``Question.long_forms``) weighs as that one word:
            # its rarest term's weight, shared among its terms. Each term weighed on its own, "community-acquired
            # pneumonia" outweighed "penicillin allergic" of the same question, and the lead was plain first-line
            # advice for everyone.
            at = [k for k, t in enumerate(terms) if t in _own_terms(long_form)]
            if at:
                share = max(self.weights[k] for k in at) / len(at)
                for k in at:
                    self.weights[k] = share
        self.total = sum(self.weights) or 1.0
        self.bigrams = set(zip(terms, terms[1:]))
        # An acronym of the question the corpus defines (``Lexicon.defined_longs``), with the terms of its long forms: a
        # statement that writes a long form covers the acronym. Left as asked where the corpus writes it more often
        # than its long form, or defines it two ways ("electrocardiogram (ECG)", "electrocardiography (ECG)"),
        # "no ECG done yet" was covered by no statement saying "no electrocardiogram has been carried out", and the
        # exception that advises against the asked drugs for that very case was never weighed.
        self.acronyms = tuple((t, longs) for t in self.asked if (longs := stats.lexicon.defined_longs(t)))
        # A member of a class the question names, with the terms of the classes the corpus names it one of, and a Greek
        # letter's name with the letter (``Lexicon.classes_named``): a statement that writes the class ("atypical
        # antipsychotics as augmentation") or the letter ("β-blockers") covers the member ("add quetiapine?", "beta
        # blocker"). Unweighed, the advice against the class was never a candidate for a question naming one drug of it.
        self.classes = tuple((member, classes) for member, classes in stats.lexicon.classes_named(question.match_text)
                             if member <= self.asked)
        self._other_names = bool(self.acronyms or self.classes)
        # A mention by another name ("ESWT" for "shockwave therapy") covers the concept's own terms, and the form the
        # question gives it in ("tablets" of "calcium tablets", which a statement words its own way: "calcium
        # supplements") too.
        self.i_terms = self.asked & _own_terms(" ".join(
            filter(None, (question.intervention, given_form(question.text, question.intervention)))))
        self.c_terms = self.asked & _own_terms(question.condition)
        self.intervention, self.condition = intervention, condition
        # What a title must name for its outcomes to be the asked condition's names (``outcomes``): the intervention,
        # or for one taken without another thing, the thing itself (``restricted_head``).
        head = restricted_head(question.intervention) if intervention is not None and question.intervention else None
        self.titled = concept(head, stats.lexicon, stats.idf) if head else intervention
        # The two things an intervention asked as taken together joins, each a concept (``taken_apart``): not for a
        # question on their harms or on what they cause, which each of the two brings to the pair ("Vitamin D ... in
        # high doses, can raise serum calcium" answers "Can vitamin D and vitamin K together cause high calcium?").
        harms = question.type == "safety" or asks_causing(question)
        self.taken = (taken_apart(question.intervention, stats.lexicon, stats.idf)
                      if intervention is not None and question.intervention and not harms else ())
        self.anchored = intervention is not None or condition is not None
        self.unanchored_direct = tuning.unanchored_direct
        # Whether a guideline's advice that covers the question answers it without the model's lead floor
        # (``candidates``): not a question asking which or what thing (``_WHICH``), nor a yes/no question, whose
        # verdict its lead would give: "Propranolol is recommended as a first-line preventive drug for migraine ..."
        # said "Yes." to "Is propranolol a good choice for migraine prevention in someone who has asthma?".
        # Nor a comparison ("How does X compare with Y?"): advice on one side ("X is an effective option ...") does not
        # compare them.
        self.numbers = frozenset(_NUMBER_WRITTEN.findall(question.text))
        self.advice_answers = (not question.yes_no and not _WHICH.search(question.text)
                               and question.comparator is None and not _COMPARES.search(question.text))
        # A follow-up searched with the words of the question it follows (``Question.context``): its own terms, one of
        # which a statement must name to answer it at all (``_score_passage``). By the earlier question's words alone,
        # the statement that answered it ("For mild asthma, as-needed ... budesonide-formoterol is a recommended
        # reliever option") said "Yes." to "Can treatment be reduced later?", and "Antidepressant medicines, usually a
        # selective serotonin reuptake inhibitor first, ..." stood beside when to review the patient.
        # (Its own are those it does not share with that question: "prevention" of "When can prevention be stopped?"
        # after "Is propranolol a first-choice drug to prevent migraine?" names the earlier topic, not what is asked.)
        self.own = (frozenset(asked_terms(question.text)) - frozenset(asked_terms(question.context))
                    if question.context else frozenset())
        # ... or, where it asks how long (``asked_shape.ASKS_HOW_LONG``: "And how long should she use it?"), a
        # statement that gives how long something goes on (``regimen.states_length``, lasting): "Treatment with ...
        # usually lasts about 12 weeks" names none of "how long" in its words, and the follow-up found no relevant
        # evidence. (Not any span:
        # "attacks on four or more days per month" says whom treatment is for, and led "how long to trial ...?".)
        # ... and so, where it asks how often, what dose or when to stop (``regimen.frame_stated``), a statement that
        # gives a frequency, a dose or a stopping rule: "Anti-x levels should be measured every 3 weeks ..." names none
        # of "how often ... rechecked", and the follow-up found no relevant evidence though asked alone it answers.
        from service.answer.regimen import frame_stated  # (regimen reads this module's Candidate: imported here)
        self.own_frame: Callable[[str], bool] | None = frame_stated(question.text) if self.own else None
        # ... or, where it says the patient is no better (``after_failure.not_improving``: "he's no better after 3 days,
        # what now?"), a statement of what to do for those in whom treatment failed ("... who do not improve within 48
        # to 72 hours"), which shares none of "no better". (Not any failure word: "how long to trial before calling it
        # failed" asks a span, and advice for those whose attacks persist "despite" treatment then led it.)
        self.own_failure = bool(self.own) and not_improving(question.text)
        # ... or, where it gives the patient's age anew ("and once she is 76?", ``bounds.asked_values``), a statement
        # whose age threshold that age meets (advice against screening "adults aged 75 and over"), which names no "76".
        self.own_age = bool(self.own) and any(str(int(value)) in self.own for (what, _), value
                                              in asked_values(question.text) if what == "age")
        self.pairs = intervention is not None and condition is not None
        # What a comparison question weighs the intervention against (``Question.comparator``), as a concept.
        self.comparator = (concept(question.comparator, stats.lexicon, stats.idf)
                           if question.comparator and self.pairs else None)
        # The population the condition is asked for, when a study's statement may name the condition without it
        # (``Concept.core``): its terms, question words ("patients") aside.
        split = population_of(question.condition) if condition is not None and condition.core is not None else None
        self.population = _own_terms(split[1]) if split else None
        self._condition_name = question.condition or ""
        self._question_text = question.text
        self._lexicon = stats.lexicon
        self._term_count = max(len(terms), 1)
        self._bigram_count = len(self.bigrams)
        self._anchored = float(self.anchored)
        self._shares: dict[frozenset[str], float] = {}
        # What a statement must state to give what the question's frame asks (``asked_shape.stated_asked``).
        self.shape = stated_asked(question.text)

    def _named_otherwise(self, have: frozenset[str], terms: frozenset[str], acronyms: bool) -> frozenset[str]:
        """``have`` (the question's terms a statement of ``terms`` names) with those it names by another name: an
        acronym by a long form (with ``acronyms``), a member by its class or a Greek letter's name by the letter
        (``classes``)."""
        for acronym, longs in self.acronyms if acronyms else ():
            if acronym not in have and any(long_terms <= terms for long_terms in longs):
                have |= {acronym}
        for member, classes in self.classes:
            if not member <= have and any(named <= terms for named in classes):
                have |= member
        return have

    def by_long_form(self, terms: frozenset[str]) -> bool:
        """Whether a statement of ``terms`` covers an acronym of the question only by a long form (``acronyms``)."""
        return any(acronym not in terms and any(long_terms <= terms for long_terms in longs)
                   for acronym, longs in self.acronyms)

    def numbers_in(self, text: str) -> bool:
        """Whether ``text`` writes every number the question gives (``_NUMBER_WRITTEN``): advice that names every term
        of "start X at pH 7.40?" but sets its threshold at 7.35 does not name the case asked."""
        written = frozenset(_NUMBER_WRITTEN.findall(text))
        return all(n in written for n in self.numbers)

    def gives_frame(self, text: str) -> bool:
        """Whether a statement gives what the question's frame asks (``shape``), or what a follow-up searched with the
        earlier question's words asks in other words (``own_frame``)."""
        return ((self.shape is not None and bool(self.shape.search(text)))
                or (self.own_frame is not None and self.own_frame(text)))

    def own_in_other_words(self, text: str) -> bool:
        """Whether a statement gives what a follow-up searched with the earlier question's words asks in words other
        than its own: how long (``own_frame``), or what to do for those in whom treatment failed (``own_failure``)."""
        return ((self.own_frame is not None and self.own_frame(text))
                or (self.own_failure and for_the_failed(text))
                or (self.own_age and _age_met(self.question_text, text)))

    @property
    def question_text(self) -> str:
        """The question's text, as the matcher was built for it."""
        return self._question_text

    def outcomes(self, title: str, vocabulary: frozenset[str]) -> tuple[frozenset[str], ...]:
        """The names a research source's ``title`` gives the asked condition in other words (``title_outcomes``),
        where the title names the asked intervention whole (for "X without Y", X: ``restricted_head``); empty otherwise,
        or for a question without both. Only as far as a passage of ``vocabulary`` may name them
        (``outcomes_named_in``): a name it cannot hold names nothing in it."""
        if not self.pairs or self.intervention is None or self.titled is None:
            return ()
        if not self.titled.mentioned_in(sentence_terms(title), text=title):
            return ()
        return outcomes_named_in(self._condition_name, self.intervention, title, self._lexicon, vocabulary)

    def share(self, have: frozenset[str]) -> float:
        """The IDF-weighted share of the question's terms that ``have`` holds."""
        found = self._shares.get(have)
        if found is None:
            if len(self._shares) >= SHARES_KEPT:
                self._shares.clear()
            found = self._shares[have] = sum(w for t, w in zip(self.terms, self.weights) if t in have) / self.total
        return found

    def features(self, terms: frozenset[str], bigrams: frozenset[tuple[str, str]], title: frozenset[str],
                 has_i: bool, has_c: bool, paired: bool, dense: float, acronyms: bool = True) -> tuple[float, ...]:
        """The MATCH_FEATURES of a statement with ``terms`` and ``bigrams``, ``title`` being the question
        terms its source's title has; with ``acronyms``, a question's acronym the statement writes as a long form the
        corpus defines for it is covered (``acronyms``)."""
        have = self.asked & terms
        if self._other_names:  # (most questions have none: one test here, as this runs for every statement)
            have = self._named_otherwise(have, terms, acronyms)
        if has_i:
            have |= self.i_terms
        if has_c:
            have |= self.c_terms
        shares = self._shares  # share(), looked up here without the call (this runs for every statement)
        coverage = shares.get(have)
        if coverage is None:
            coverage = self.share(have)
        # (A title with none of the question's terms, some 4 statements in 10 on the bench: no share, no set to build.)
        if title:
            in_title = title - have
            title_share = shares.get(in_title)
            if title_share is None:
                title_share = self.share(in_title)
        else:
            title_share = 0.0
        direct = paired if self.pairs else self.anchored or coverage >= self.unanchored_direct
        # In MATCH_FEATURES order (a tuple, not a dict of names: this runs for every statement of an answer).
        return (coverage, title_share, len(have) / self._term_count,
                len(self.bigrams & bigrams) / self._bigram_count if self._bigram_count else 0.0,
                1.0 if has_i else 0.0, 1.0 if has_c else 0.0, 1.0 if direct else 0.0, self._anchored, coverage * dense)


# The _Matchers made, by the identities of what each was made of, kept with the corpus statistics of the index version
# they read (``CorpusStats.matchers``: they die with it, and hold no older index alive): an answer scores its passages
# against the same question and concepts two or three times (``topic_candidates``, then the unfloored readings of
# ``pipeline``), and a matcher's reading of the question (its terms, their weights, its concepts' names) was a tenth of
# each scoring. A question asked again is read into the same objects (``pipeline._read_asked``, the concepts' memo), so
# its matcher is found again too (the last one alone was made again for every answer: 2.6% of a repeated question's own
# time).
MATCHERS_KEPT = 16  # the questions of the last few answers (each matcher holds its question); emptied when full
# The shares of sets of a question's terms one matcher remembers (``_Matcher.share``): the sets an answer's statements
# hold are some hundreds; emptied when full, so that a matcher kept long does not grow without end.
SHARES_KEPT = 4096


def _matcher(question: Question, stats: CorpusStats, intervention: Concept | None, condition: Concept | None,
             tuning: AnswerTuning) -> _Matcher:
    """``_Matcher(question, stats, intervention, condition, tuning)``, one made before of the very same objects (each
    frozen, or the corpus statistics of one loaded index: a matcher of them is the same matcher; its own memory of
    shares only grows). Each entry holds the objects its key names, so no key's identity is reused while it is kept."""
    kept = stats.matchers
    key = (id(question), id(intervention), id(condition), id(tuning))
    found = kept.get(key)  # (one look-up: another thread may empty the table)
    if found is not None:
        return found[4]
    match = _Matcher(question, stats, intervention, condition, tuning)
    if len(kept) >= MATCHERS_KEPT:
        kept.clear()
    kept[key] = (question, intervention, condition, tuning, match)
    return match


# Passages whose concept tests are remembered (``passage_mentions``): some 40 an answer, so those of several
# hundred answers (each entry a few booleans per statement, and its passage kept while it is remembered).
PASSAGES_KEPT = 20_000

# A statement found in a passage: its hit, text, terms, whether it mentions the intervention and the
# condition, its coverage, whether it passes the hand-set floors, for an excerpt its cuts, and its passage and
# text features (its match features are its row, see ``candidates``).
_Found = tuple[Hit, str, frozenset[str], bool, bool, float, bool, "tuple[bool, bool] | None", tuple[float, ...],
               tuple[float, ...]]


# The fewest of a follow-up's own words a statement must name to answer it by them (``_names_own``), and the share of
# them: a thing and what is said of it.
_OWN_NAMED_LEAST = 2
_OWN_NAMED_SHARE = 0.5


def _names_own(own: frozenset[str], terms: frozenset[str]) -> bool:
    """Whether a statement of ``terms`` names most of a follow-up's own words (``own``), two at least."""
    named = len(own & terms)
    return named >= _OWN_NAMED_LEAST and named >= _OWN_NAMED_SHARE * len(own)


def candidates(question: Question, hits: list[Hit], stats: CorpusStats,
               intervention: Concept | None, condition: Concept | None,
               tuning: AnswerTuning = TUNING, model: LinearModel | None = None,
               floors: bool = True, cut_hits: list[Hit] | None = None,
               keep: Callable[[str], bool] | None = None) -> list[Candidate]:
    """Every quotable, relevant statement of the hits, most relevant first.

    ``floors=False`` keeps statements below the relevance floors (training sees every statement). The
    relevance model scores all statements of the answer at once. With ``cut_hits`` (a list, possibly
    empty) the statements quotable only as closest evidence (``closest_only``: excerpts and statements of
    aim) of the research reports' passages among ``hits`` and ``cut_hits`` (passages with only such
    statements) are scored too and returned marked (``Candidate.closest_only``), never direct. The other
    statements and their scores are the same with or without them (``cut_hits`` do not count for the top
    lexical score). With ``keep``, only the statements whose text it holds are scored and returned (each as it is
    without ``keep``): a caller's own test of the text, asked before the model rather than of its every statement
    after (a statement's score and marks do not depend on the others scored beside it).
    """
    passages = _passages(hits, cut_hits, floors, tuning)
    if keep is not None:
        keep = _asked_once(keep)
        # A passage none of whose statements ``keep`` holds adds none to those returned: left out unless the head
        # test reads every statement found (``_head_asked``), and where no passage has one, nothing is scored at all
        # (most of these calls: a statement advising against or warning of the asked thing is rare).
        with_kept = [(hit, passage) for hit, passage in passages if any(map(keep, passage.texts))]
        if not with_kept:
            return []
        if not _head_asked(question, condition):
            passages = with_kept
    model = model or relevance_model()
    match = _matcher(question, stats, intervention, condition, tuning)
    anchored = match.anchored
    top_lexical = max([h.lexical or 0.0 for h in hits], default=0.0) or 1.0
    seen: set[str] = set()
    found: list[_Found] = []
    rows: list[tuple[float, ...]] = []  # per statement found, its MATCH_FEATURES
    packed: list[bytes] = []  # ... and its PASSAGE_FEATURES and TEXT_FEATURES as C doubles
    titles: dict[str, frozenset[str]] = {}  # a source's title -> the question terms it has
    unscored: list[_Found] = []  # statements found that ``keep`` does not hold, without their features
    for hit, passage in passages:
        # A sentence speaks of a concept if it names it, or if its source's title does: a line of a
        # hypertension guideline is about hypertension even when it only says "first-line drugs".
        title = hit.document.title
        in_title = titles.get(title)
        if in_title is None:
            in_title = titles[title] = match.asked & sentence_terms(title)
        _score_passage(passage, hit, match, in_title, top_lexical, seen, found, rows, packed, floors, tuning,
                       keep, unscored)
    out: list[Candidate] = []
    graded_under: list[Candidate] = []  # kept under the floors only as graded advice (``_graded_kept``)
    branch_under: list[Candidate] = []  # ... and as advice for the failed case asked (``_branch_kept``)
    # (Asked what to do, not whether to do a thing: "... uncontrolled on medium-dose X - refer?" names its act, and the
    # advice for another failed step, "... not controlled on low-dose X, step up ...", is no answer to it.)
    # (Nor asked what comes before an act, "... poorly controlled - what should I check before stepping up?": the advice
    # to take that step for the failed case is what the question puts after its answer.)
    failed_case = (floors and not anchored and not question.yes_no and asks_after_failure(question.text)
                   and not _BEFORE_ACT.search(question.text))
    # (The head test reads every statement found, those ``keep`` left unscored too.)
    on_head = _head_only_test(question, condition, found + unscored if unscored else found, stats.lexicon, stats.idf)
    scores = model.matrix_probabilities(_joined(rows, packed), _MODEL_COLUMNS) if rows else []
    for (hit, text, terms, has_i, has_c, coverage, hand_floors, cut, retrieved, text_row), own, probability in zip(
            found, rows, scores):
        # Past the hand-set floors, the learned model keeps a statement it believes relevant: a passage
        # the int8 embedder places a little further away, or a question whose words the sentence
        # paraphrases, is still quoted when the model trained on gold snippets says it answers.
        graded_only = False
        if floors and not hand_floors and probability < tuning.keep_probability and not (
                probability >= tuning.shape_keep_probability and match.gives_frame(text)):
            # (A statement that gives what the question's frame asks, "The target for most indications is 2.0 to 3.0"
            # for "what ... range", is kept at a lower probability: the model weighs the echoing words more, "...
            # has a narrow therapeutic range", ``asked_shape``. So is one that gives what a follow-up searched with
            # the earlier question's words asks in other words, ``own_frame``: "Anti-x levels should be measured every
            # 4 weeks ..." for "how often should levels be rechecked?", which shares none of its own words.)
            # (And, for a question naming no topic, a guideline's graded advice in a source another statement is kept
            # from: ``_graded_kept``, decided below once every statement is scored. Not where a question's topic was
            # read but named by no statement, scored again without it, ``topic_candidates``: its graded advice there
            # answered another question, "synovial fluid analysis" for a dose asked.)
            if not question.intervention and not question.condition and failed_case and _branch_kept(
                    hit, anchored, tuning, text):
                # (A question naming no topic whose case says what was given failed, "4 months of physio, no better -
                # next step?": its source's advice for the case in which treatment failed, kept as the graded advice
                # below is, ``_branch_kept``. It stands among the ranked statements: the closest evidence quotes
                # advice for the failed case first, ``pipeline.closest_statements``.)
                branch_under.append(frozen_instance(
                    Candidate, text=text, hit=hit, score=probability, coverage=coverage, terms=terms,
                    mentions_intervention=has_i, mentions_condition=has_c, direct=False,
                    features=_IN_MODEL_ORDER(own + retrieved + text_row), anchored=anchored,
                    closest_only=cut is not None, cut=cut or (False, False)))
                continue
            if question.intervention or question.condition or not _graded_kept(hit, coverage, anchored, tuning, text):
                continue
            graded_only = True
        features = _IN_MODEL_ORDER(own + retrieved + text_row)  # only for the statements kept (a quarter)
        direct = features[_DIRECT] > 0.0 and cut is None
        if has_c and on_head is not None and not on_head(hit, text, terms):
            # Advice on the head of the condition that does not hold for the qualified case asked: it does not name
            # that case (nor is it marked direct later as a guideline's advice on it, ``guideline.with_direct_advice``).
            direct = has_c = False
        if not anchored:
            # Without a concept to pair, a statement answers directly when it covers most of the question
            # and the relevance model believes it. A guideline's advice that covers it so needs only the quote floor:
            # the model learned from research abstracts (its guideline weight is 0) and gives a guideline's advice
            # less than its lead floor, so the governing recommendation ("Gizmo ventilation should be started when
            # ..." for "wheezitis - when to start gizmo ventilation?") stood under "Closest evidence".
            # (Not for a question asking which thing or what thing: advice on its topic that names no such thing,
            # "Patients should be strongly encouraged to stop smoking ..." for "What is the most effective drug to help
            # people stop smoking?", is no answer to it.)
            # (A yes/no question too, where the advice names every term of the question, itself or by its source's
            # title: "Do not offer X for the primary prevention of Z to adults with Y" for "should adults with Y be on
            # X for primary prevention?". Advice that leaves a term out, the asthma of "Is X a good choice for migraine
            # prevention in someone who has asthma?", may not hold for the case that term makes.)
            direct = direct and (probability >= model.lead_floor or (
                (match.advice_answers or (own[0] + own[1] >= _WHOLE and match.numbers_in(text)))
                and probability >= tuning.quote_floor
                and hit.document.kind == DocumentKind.GUIDELINE and _advises(text)))
            # A follow-up searched with the earlier question's words (``_Matcher.own``) is covered by its own words: a
            # statement the model believes that names most of what it adds, two words or more, answers it, however
            # little of the earlier question it repeats ("... is best avoided ... where kidney function is impaired"
            # for "what if his renal function is impaired?" after a question on the drug).
            direct = direct or (cut is None and probability >= model.lead_floor and _names_own(match.own, terms))
        (graded_under if graded_only else out).append(frozen_instance(
            Candidate, text=text, hit=hit, score=probability, coverage=coverage, terms=terms,
            mentions_intervention=has_i, mentions_condition=has_c, direct=direct and not graded_only,
            features=features, anchored=anchored, closest_only=cut is not None, cut=cut or (False, False),
            stand_in=graded_only))
    if graded_under:
        # Graded advice under the floors is kept only from a source a statement passing them is kept from: which of a
        # found guideline's sentences answers is what the grade tells; it brings no source of its own to the answer.
        # (Marked ``stand_in``: ``rank_evidence`` sets it apart from the statements every other stage weighs.)
        found_sources = {c.doc_id for c in out}
        out.extend(c for c in graded_under if c.doc_id in found_sources)
    if branch_under:
        # (So is advice for the failed case: from a source a statement passing the floors is kept from.)
        found_sources = {c.doc_id for c in out if not c.stand_in}
        out.extend(c for c in branch_under if c.doc_id in found_sources)
    out.sort(key=lambda c: -c.score)
    return out


# What a question asks to do before an act ("... before stepping up treatment?", "prior to starting ..."). Grammar.
_BEFORE_ACT = re.compile(r"\b(?:before|prior\s+to)\s+[a-z]+ing\b", re.I)


def _branch_kept(hit: Hit, anchored: bool, tuning: AnswerTuning, text: str) -> bool:
    """Whether a statement under the floors may be kept as a guideline's advice for the case in which what was given
    failed (``after_failure.for_the_failed``: "For patients whose symptoms persist despite three to six months of
    conservative care, clinicians should consider ...", worded as advice: ``_advises``), for a question without a topic
    read whose case says so ("4 months of physio, no better - next step?"), in a passage as near the question as a
    note-worded question's own passages are (``tuning.agreed_dense``: the failed-case advice of the asked topic's
    guideline sat 0.52-0.59 close, an eczema guideline's for an asthma question 0.43, g60 list). That branch of the
    guideline's advice is what the case asks, and it shares none of the case's words ("no better" / "persist
    despite"): the relevance model put it at 0.004 and the answer quoted the first-line advice for the case that had
    already had it. Advice the source grades is advice however it is worded ("Patients without ... improvement after
    gizmocort might benefit from ... (Recommendation conditional ...)", ``graded.graded_sentence``): read as no advice,
    it stood only as a stand-in, and the first-line advice the case had already had led. ``candidates`` keeps it only
    from a source it keeps another statement from."""
    return (not anchored and hit.document.kind == DocumentKind.GUIDELINE and (hit.dense or 0.0) >= tuning.agreed_dense
            and for_the_failed(text) and (_advises(text) or graded_sentence(hit.chunk, text)))


def _graded_kept(hit: Hit, coverage: float, anchored: bool, tuning: AnswerTuning, text: str) -> bool:
    """Whether a statement under the floors may be kept as a guideline's graded advice (``graded.graded_sentence``)
    for a question without a topic read: in a passage near the question (``tuning.min_dense``) and sharing a word of
    it, whatever the relevance model believes (it never saw a guideline, and put the graded statement that answered a
    screening question at 0.09, blind63g S29). ``candidates`` keeps it only from a source it keeps another statement
    from."""
    return (not anchored and coverage > 0.0 and hit.document.kind == DocumentKind.GUIDELINE
            and (hit.dense or 0.0) >= tuning.min_dense and graded_sentence(hit.chunk, text))


# A question asking which or what thing ("What is the most effective drug ...?", "Which form lasts longer ...?").
# Grammar.
_WHICH = re.compile(r"\b(?:which|what)\b", re.I)
# A question comparing things, whether or not its reading found the sides ("How does X compare with Y for Z?").
_COMPARES = re.compile(r"\b(?:compar\w*|versus|vs|better|worse)\b", re.I)


def _advises(text: str) -> bool:
    """Whether a guideline's sentence is worded as advice (``routing.GUIDELINE_ADVICE``, ``routing.IMPERATIVE``), not
    a question it asks itself."""
    text = text.strip()
    return not text.endswith("?") and bool(GUIDELINE_ADVICE.search(text) or IMPERATIVE.search(text))


def _head_only_test(question: Question, condition: Concept | None, found: list[_Found], lexicon: Lexicon,
                    idf: Idf) -> Callable[[Hit, str, frozenset[str]], bool] | None:
    """For a question whose condition has a head and qualifiers (``concepts.condition_head``: "myeloma" of "myeloma
    patients who cannot have a stem cell transplant"), whether a guideline statement that names the head but not the
    whole condition answers for the qualified case: it must not say otherwise of the qualifier
    (``concepts.contradicts_qualifier``: "only if an epiretinal membrane is not present" for "... when an epiretinal
    membrane is present"; nor may a statement that names the whole condition so), and where any statement of the
    answer's sources names the qualifier (``qualifier_terms``, with its source's title), the corpus treats the
    qualified case apart, so only a statement that names it (or whose source's title does) speaks to it. None where
    the condition has no head (every statement is judged as before)."""
    if condition is None or not question.condition or not _head_asked(question, condition):  # (narrowed for mypy)
        return None
    name = question.condition
    # Whether a statement names the whole condition is read with the details a case adds after a comma: the condition
    # named before them (``concepts.case_named``) is the head here, whose details the corpus may treat apart.
    detailed = concept(name, lexicon, idf, condition=True, details_apart=False) if case_named(name) else condition
    qualifier = qualifier_terms(name)
    # The qualifier as the corpus names it too ("ASCT" of "stem cell transplant", ``Lexicon.names``).
    phrase = qualifier_phrase(name)
    named = concept(phrase, lexicon, idf) if phrase else None
    also = frozenset().union(*named.forms) - qualifier if named is not None else frozenset()

    def names_qualifier(text: str, terms: frozenset[str]) -> bool:
        return bool(qualifier & terms) or (named is not None and named.mentioned_in(terms, text=text))

    titles: dict[str, bool] = {}

    def titled(hit: Hit) -> bool:
        title = hit.document.title
        known = titles.get(title)
        if known is None:
            known = titles[title] = bool(qualifier & sentence_terms(title))
        return known

    # A statement treats a case note's details (after a comma, ``case_named``) apart where it names them whole (every
    # word, or the corpus's name for them), not where one word of them comes up in passing ("... or becomes more
    # unwell" of "AOM, not very unwell"): that one word made every statement on the head no answer for the case, and
    # the answer "insufficient" above its advice (blind59a Q40a). A qualifying clause ("that does not respond to other
    # treatment") is named by any of its words as before: "not responded to conservative care" treats it apart.
    whole = case_named(name) is not None
    treated_apart = bool(qualifier) and any(
        (qualifier <= terms if whole else bool(qualifier & terms))
        or (named is not None and named.mentioned_in(terms, text=text)) for _, text, terms, *_ in found)
    # Advice against the intervention in some people ("ACE inhibitors ... should not be used in pregnancy") may be
    # advice for the qualified case in words the question does not use ("a woman with hypertension who is trying to
    # conceive"): the case is treated apart, and advice on the head alone ("... first-line treatment for
    # hypertension: ACE inhibitors ...") no answer for it (it said "Yes.").
    treated_apart = treated_apart or (bool(qualifier) and any(has_i and AGAINST.search(text)
                                                              for _, text, _, has_i, *_ in found))

    def answers(hit: Hit, text: str, terms: frozenset[str]) -> bool:
        if contradicts_qualifier(text, name, also):
            return False  # (even where it has every word of the condition: "... only if a membrane is not present")
        if detailed.mentioned_in(terms, detailed.present(sentence_terms(hit.document.title)), False, text):
            return True  # the whole condition named (its title completing it): as before
        return not treated_apart or names_qualifier(text, terms) or titled(hit)

    return answers


def _head_asked(question: Question, condition: Concept | None) -> bool:
    """Whether the question's condition has a head and qualifiers (``concepts.condition_head``): then the head test
    (``_head_only_test``) reads every statement found."""
    return condition is not None and bool(question.condition) and condition_head(question.condition) is not None


def _passages(hits: list[Hit], cut_hits: list[Hit] | None, floors: bool,
              tuning: AnswerTuning) -> list[tuple[Hit, PassageStatements]]:
    """The passages ``candidates`` scores, each with its hit, in order: the statements of each hit (and of each cut
    hit, with a research report's excerpts after them, ``chunk_parts``) near enough to the question where the floors
    hold (``tuning.min_dense_any``); none with nothing to score (most passages have no excerpt)."""
    with_cuts = cut_hits is not None
    out = []
    for hit in (hits if cut_hits is None else [*hits, *cut_hits]):
        if floors and (hit.dense if hit.dense is not None else 0.0) < tuning.min_dense_any:
            continue
        for passage in chunk_parts(hit.chunk, tuning, with_cuts and hit.document.kind != DocumentKind.GUIDELINE):
            if passage.texts:
                out.append((hit, passage))
    return out


def _asked_once(keep: Callable[[str], bool]) -> Callable[[str], bool]:
    """``keep``, asked once per text (a test of the text alone: ``candidates`` asks it of a passage's statements
    before scoring them, and again as it scores them)."""
    known: dict[str, bool] = {}

    def kept(text: str) -> bool:
        found = known.get(text)
        if found is None:
            found = known[text] = keep(text)
        return found
    return kept


def _joined(rows: list[tuple[float, ...]], packed: list[bytes]) -> np.ndarray:
    """The relevance matrix of an answer's statements, in _JOINED order: their match features (``rows``), packed
    as C doubles in one call, beside their passage and text features packed already (``packed``); the same
    doubles as packing each whole row, with a third of the values converted and no row joined in Python."""
    count = len(rows)
    match = np.frombuffer(struct.pack(f"{count * len(MATCH_FEATURES)}d", *chain.from_iterable(rows)))
    return np.concatenate((match.reshape(count, -1), np.frombuffer(b"".join(packed)).reshape(count, -1)), axis=1)


def topic_candidates(question: Question, hits: list[Hit], stats: CorpusStats, intervention: Concept | None,
                     condition: Concept | None, tuning: AnswerTuning = TUNING, model: LinearModel | None = None,
                     cut_hits: list[Hit] | None = None) -> list[Candidate]:
    """``candidates``, or when the question names a topic (``intervention`` or ``condition``) that no statement
    of the hits mentions, so that ``candidates`` gives none, the statements scored as for a question that names
    no topic, each quotable only as closest evidence (``Candidate.closest_only``, never direct).

    The reading may be wrong ("nomograms designed to" for the intervention of "Do nomograms designed to predict
    ...?") or the sources may name the topic in other words ("SWL" for "extracorporeal shockwave lithotripsy");
    the relevance model, trained on gold snippets, still tells a sentence that answers from one that does not,
    and the closest statements under their caveat say more than "no relevant evidence". Never direct, such an
    answer stays indirect (and abstains, as one with nothing cited does), and the closest rules for a question
    with a topic (``tuning.closest_floor``) still decide whether any is quoted. When even that gives none, the
    statements of the passages the embedder puts close to the question are scored without the floors and
    quoted the same way: the floors weigh the question's own words, which the corpus may not use."""
    found = candidates(question, hits, stats, intervention, condition, tuning, model, cut_hits=cut_hits)
    if found:
        return found
    if intervention is not None or condition is not None:
        found = candidates(question, hits, stats, None, None, tuning, model, cut_hits=cut_hits)
    if not found:
        # No statement passes the floors, which weigh the question's words ("Can calcific tendinitis be seen on
        # X-ray?" over a corpus that says "radiographs"): the statements of the passages the embedder finds close
        # to the question (``tuning.close_dense``), scored without the floors, rather than "no relevant evidence".
        # (Cut passages too, their excerpts quotable as closest evidence: "Tauopathies are a group of
        # neurodegenerative disorders ..." cut at its end was the closest passage to "What is Taupathy?".)
        close = [h for h in hits if (h.dense or 0.0) >= tuning.close_dense]
        close_cut = [h for h in cut_hits or () if (h.dense or 0.0) >= tuning.close_dense]
        found = (candidates(question, close, stats, None, None, tuning, model, floors=False,
                            cut_hits=close_cut if cut_hits is not None else None)
                 if close or close_cut else [])
    if not found:
        found = _naming_rarest(question, hits, cut_hits, stats, tuning, model)
    if not found:
        # Last, the passages both retrievers rank first, of one source (``agreed_first``), scored without the floors: a
        # note's words the corpus does not write ("potty-untrained toddler") kept the guideline's very advice on the
        # question under every floor above, and the answer said no relevant evidence was found. (Last, so that what
        # the passages above quote stays: taken among them, it displaced "reassess patients who do not improve within
        # 48 to 72 hours" for "he's no better after 3 days, what now?".)
        agreed = agreed_first(hits, tuning)
        found = candidates(question, agreed, stats, None, None, tuning, model, floors=False) if agreed else []
    if not found:
        found = _naming_asked_names(question, hits, stats, tuning, model)
    return [replace(c, direct=False, closest_only=True) for c in found]


def _naming_asked_names(question: Question, hits: list[Hit], stats: CorpusStats, tuning: AnswerTuning,
                        model: LinearModel | None) -> list[Candidate]:
    """``topic_candidates``' very last resort, for a case note read without a topic ("25F HbSS, 4 crises this year -
    start hydroxyurea?", "on the pill, B12 came back low - work it up?"): the statements, scored without the floors, of
    the passages (or their sources' titles) that write most of the names it asks of (``Lexicon.note_names``: the words
    that are no plain English, IDF-weighted), those after its dash where that part names any, else the whole note's.
    A note's plain words ("came back", "ok now", "work it up") fill the question's weight, so no statement covered
    enough of it and the guideline's very advice on the named drug or test was never weighed: the answer said no
    relevant evidence. None where the question reads a topic, has no dash, names nothing, asks after its dash of a name
    no chunk writes ("gout flare - colchicine dose?" over a corpus without colchicine: the corpus lacks the topic) or
    names in its note mostly such words, nor from a passage further from the question than ``tuning.min_dense`` (a
    name written in passing elsewhere)."""
    if question.intervention or question.condition:
        return []
    dashed = ASKED_AFTER_DASH.search(question.text.strip())
    if dashed is None:
        return []
    part = dashed.group("asked")
    asked = stats.lexicon.note_names(part)
    if not asked and any(stats.idf(t) >= tuning.rare_idf for t in asked_terms(part)):
        # The note's names stand for what is asked only where the part after the dash asks in common words ("work it
        # up?", "start?"): one whose rare plain words, written or not, name the thing asked ("how much vitamin K?")
        # asks of that thing, and passages on the note's drug ("on warfarin, INR 9") quoted another drug's advice.
        return []
    # A word of the note in lower case that no chunk writes ("simple febrile seizure - need EEG?") names a case the
    # corpus lacks, whatever it says of the name asked: the EEG advice it has is for another case. (One with capitals,
    # "HbSS", "NPO", may be a clinician's short form of what the corpus spells out.)
    note = stats.lexicon.note_names(question.text)
    if any(not written and name.islower() for name, written in note):
        return []
    names = asked or note
    weighed = {t: stats.idf(t) for name, _ in names for t in tokenize(name) if t not in QUESTION_WORDS}
    unwritten = {t for name, written in names if not written for t in tokenize(name)}
    total = sum(weighed.values())
    # A name asked of after the dash must be written ("- apixaban dose?"); of the note's names, most of their weight
    # ("NPO" is a clinician's short form no guideline writes, beside "levodopa" and "bowel").
    if not total or (asked and unwritten) or 2 * sum(w for t, w in weighed.items() if t in unwritten) >= total:
        return []

    def names_most(hit: Hit) -> bool:
        written = sentence_terms(hit.chunk.text) | sentence_terms(hit.document.title)
        return 2 * sum(w for t, w in weighed.items() if t in written) > total

    named = [h for h in hits if (h.dense or 0.0) >= tuning.min_dense and names_most(h)]
    return candidates(question, named, stats, None, None, tuning, model, floors=False) if named else []


def agreed_first(hits: list[Hit], tuning: AnswerTuning = TUNING) -> list[Hit]:
    """The passages of ``hits`` that both retrievers rank among their first ``tuning.close_top`` (by embedding
    similarity and by BM25 score among the hits) and that are at least ``tuning.agreed_dense`` close to the question,
    where those first passages of both rankings are all of one source: the words and the meaning of the question both
    point to that source first, and to these passages in it. A question written in a clinician's words
    ("potty-untrained toddler, need urine culture - is a sterile bag ok?") shares too few of them with any one sentence
    to pass the coverage floor, and its embedding stays under ``tuning.close_dense``. (Where the two rankings' first
    passages are of several sources, each side word of the question finds its own: "vitamin D" and "care home" of a
    question on a yearly vitamin D bolus found a statement on calcium.) Empty where they part."""
    top = tuning.close_top
    by_dense = sorted((h for h in hits if h.dense is not None), key=lambda h: -(h.dense or 0.0))[:top]
    by_words = sorted((h for h in hits if h.lexical is not None), key=lambda h: -(h.lexical or 0.0))[:top]
    if len({h.document.id for h in (*by_dense, *by_words)}) != 1:
        return []
    words_first = {h.chunk.id for h in by_words}
    return [h for h in by_dense if h.chunk.id in words_first and (h.dense or 0.0) >= tuning.agreed_dense]


def _naming_rarest(question: Question, hits: list[Hit], cut_hits: list[Hit] | None, stats: CorpusStats,
                   tuning: AnswerTuning, model: LinearModel | None) -> list[Candidate]:
    """``topic_candidates``' last resort: the statements, scored without the floors, of the passages the search ranks
    first (``tuning.close_top`` of ``hits`` and of ``cut_hits``) that name, in their text or their source's title,
    the rare words of the question they write (``names``). A name the embedder does not know ("What is Zorbamem?",
    the brand only in a title "ZQ4417 (Zorbamem™)") leaves the passage that names it far from the question, and
    its other words may be the corpus's, not the question's ("cerumen" of "... cerumen (ear wax)?"): the search
    found it by that name. None where the passages write no more than half of the question's words that are rare in
    the corpus (``tuning.rare_idf``; not the plain English words no chunk writes, ``Lexicon.plain_unwritten``), or none
    names the question's rare words (``names``)."""
    top = tuning.close_top
    pool = [*hits[:top], *(cut_hits or ())[:top]]
    written = {h.chunk.id: sentence_terms(h.chunk.text) | sentence_terms(h.document.title) for h in pool}
    # (Not a plain English word no chunk writes, ``Lexicon.plain_unwritten``: "ok", "shave", "morning" of "pre-op for
    # gizmo repair - ok to shave the groin w a razor the morning of surgery?" are rare only in that the corpus says
    # "hair removal" and "on the day of surgery"; counted, they outnumbered the rare words its passages write, and
    # the answer found nothing beside the advice against razors for hair removal. A name neither the corpus nor the
    # embedder knows, "colchicine", still counts: its absence says the corpus lacks the topic.)
    plain = stats.lexicon.plain_unwritten(question.match_text)
    asked_rare = frozenset(t for t in asked_terms(question.match_text) if stats.idf(t) >= tuning.rare_idf) - plain
    rare = frozenset(t for t in asked_rare if any(t in w for w in written.values()))
    if not rare or 2 * len(rare) <= len(asked_rare):
        # (Most of the question's rare words must be written there: "amoxicillin dose acute otitis media children" over
        # guidelines that never write "amoxicillin" nor "otitis" found a radiology manual's "contrast media".)
        return []
    rarest = max(sorted(rare), key=stats.idf)

    def names(hit: Hit) -> bool:
        # Every rare word the passages write, or, in a passage near the question (``tuning.min_dense``), the rarest:
        # "the airspeed velocity of an unladen swallow" is neither a passage on velocity nor one on a barium swallow.
        terms = written[hit.chunk.id]
        return rare <= terms or ((hit.dense or 0.0) >= tuning.min_dense and rarest in terms)
    named = [h for h in hits[:top] if names(h)]
    named_cut = [h for h in (cut_hits or ())[:top] if names(h)]
    if not named and not named_cut:
        return []
    return candidates(question, named, stats, None, None, tuning, model, floors=False,
                      cut_hits=named_cut if cut_hits is not None else None)


def _score_passage(passage: PassageStatements, hit: Hit, match: _Matcher, in_title: frozenset[str],
                   top_lexical: float, seen: set[str], found: list[_Found], rows: list[tuple[float, ...]],
                   packed: list[bytes], floors: bool, tuning: AnswerTuning,
                   keep: Callable[[str], bool] | None = None, unscored: list[_Found] | None = None) -> None:
    """Add the statements of one passage (or its excerpts) that pass the concept test to ``found``, with
    their match features to ``rows`` and their passage and text features packed to ``packed``; ``seen`` texts
    are skipped and added to. ``in_title``: the question terms its source's title has. With ``keep``, a statement
    whose text it does not hold goes to ``unscored`` instead, without its features (``candidates``)."""
    anchored = match.anchored
    dense = hit.dense if hit.dense is not None else 0.0
    # A study's statement may name the condition without the population it is asked for (``Concept.core``), so
    # long as neither it nor its title names another group of people (``_other_people``); a guideline's advice
    # may name it in part (see ``passage_mentions``).
    parts = hit.document.kind == DocumentKind.GUIDELINE
    # A study's own results may name the asked condition as its title does (``title_outcomes``); its background
    # ("Observational studies had linked ...") is no finding of it, so only a passage under its results counts.
    # (A question naming neither concept: no passage mentions one, ``passage_mentions`` asked nothing.)
    if match.intervention is None and match.condition is None:
        marks = _NEITHER_HERE
    else:
        outcomes = (match.outcomes(hit.document.title, passage.vocabulary) if not parts and reports_findings(hit.chunk)
                    else ())
        marks = passage_mentions(passage, match.intervention, match.condition, match.comparator,
                                 None if parts else match.population, hit.document.title, parts, outcomes, match.taken)
    if floors and anchored and not (marks.intervention or marks.condition):
        seen.update(passage.texts)  # as if each had been looked at below
        return
    floor = tuning.min_coverage if anchored or dense >= tuning.close_dense else tuning.min_coverage_unanchored
    near = dense >= tuning.min_dense
    retrieved = passage_features(hit, top_lexical)
    retrieved_packed = _PASSAGE_DOUBLES.pack(*retrieved)
    features, cuts, own_terms, texts = match.features, passage.cuts, match.own, passage.texts
    statements = marks.statements
    # A question naming a topic is answered only by statements about it: only those are weighed (``marks.named``), the
    # others of the passage counted as seen in runs between them, as if each had been looked at in turn.
    start = 0
    for at in (marks.named if floors and anchored else range(len(texts))):
        if start < at:
            seen.update(texts[start:at])
        start = at + 1
        text = texts[at]
        if text in seen:
            continue
        seen.add(text)
        terms = passage.terms[at]
        if own_terms and not terms & own_terms and not match.own_in_other_words(text):
            continue  # ... and a follow-up searched with the earlier question's words only by those naming its own
        has_i, has_c, paired = statements[at] if statements else _NAMES_NEITHER
        if keep is not None and not keep(text):
            unscored.append((hit, text, terms, has_i, has_c, 0.0, False, None, retrieved, ()))  # type: ignore[union-attr]
            continue
        own = features(terms, passage.bigrams[at], in_title, has_i, has_c, paired, dense)
        # The hand-set floors: a passage close to the question and a sentence covering enough of it.
        coverage = own[_COVERAGE]
        hand_floors = near and coverage + 0.5 * own[_TITLE_COVERAGE] >= floor
        if match.acronyms and match.by_long_form(terms):
            # (An acronym covered by its long form, ``_Matcher.acronyms``, weighs among the statements the floors keep,
            # not in whether one is kept: covered so, the advice on another condition, "an electroencephalogram ...
            # not be performed" in syncope, was quoted for a question on a febrile seizure that no source addresses.)
            plain = features(terms, passage.bigrams[at], in_title, has_i, has_c, paired, dense, acronyms=False)
            if not (near and plain[_COVERAGE] + 0.5 * plain[_TITLE_COVERAGE] >= floor):
                own, coverage, hand_floors = plain, plain[_COVERAGE], False
        found.append((hit, text, terms, has_i, has_c, coverage, hand_floors, cuts[at] if cuts else None, retrieved,
                      passage.text_features[at]))
        rows.append(own)
        packed.append(retrieved_packed + passage.packed_text[at])  # with own, in _JOINED order: the model reorders
    if start < len(texts):
        seen.update(texts[start:])


@dataclass(frozen=True, eq=False)
class PassageMentions:
    """What a passage says of an answer's concepts, read with its source's title (``passage_mentions``):
    whether its statements together mention the intervention and the condition, and per statement (empty
    when they mention neither) whether it mentions the intervention, the condition, and pairs the two; and where
    the statements that mention either stand (``named``: all a question naming a topic weighs, ``_score_passage``)."""

    intervention: bool
    condition: bool
    statements: tuple[tuple[bool, bool, bool], ...]
    named: tuple[int, ...] = ()  # the places of the statements that mention either, in order


_NAMES_NEITHER = (False, False, False)  # a statement of a passage that mentions neither concept
_NEITHER_HERE = PassageMentions(False, False, ())  # a passage that mentions neither


def _of_another_in_title(text: str, concept: Concept, title: str, title_terms: frozenset[str]) -> bool:
    """Whether each word of ``concept`` that ``text`` has stands right after a word its title names that is no word
    of the concept, and not so in the title: the statement's words of it are said of that other thing ("vitamin D
    supplements" for calcium supplements under a title on vitamin D and calcium; not "ultrasound-guided needling"
    under "ultrasound-guided needle lavage", whose title says the same)."""
    own = frozenset().union(*concept.forms)
    others = title_terms - own
    tokens = tokenize(text)
    places = [k for k, token in enumerate(tokens) if token in own]
    return bool(places) and all(k > 0 and tokens[k - 1] in others
                                and (tokens[k - 1], tokens[k]) not in word_pairs(title) for k in places)


@lru_cache(maxsize=50_000)
def word_pairs(text: str) -> frozenset[tuple[str, str]]:
    """The statement's adjacent stemmed terms (stop words out): what it shares with another statement, or with its
    title."""
    terms = tokenize(text)
    return frozenset(zip(terms, terms[1:]))


def reports_findings(chunk: Chunk) -> bool:
    """Whether a passage is under a heading naming a report's results or its reading of them
    (``_FINDINGS_HEADING``)."""
    return bool(chunk.heading) and _findings_heading(chunk.heading[-1])


def reports_evidence(chunk: Chunk) -> bool:
    """Whether a passage is under a heading naming a report's results (``reports_findings``) or the evidence it
    reviews (``_EVIDENCE_HEADING``: "Evidence from clinical studies", "What the evidence shows"): an overview's
    trials and case series are its findings, which retrieval takes past the source's quota of passages as it takes
    a report's results ("Can barbotage relieve calcific shoulder tendinopathy?" read the overview's background,
    limitations and advice, never its trial's result). Not for the reading of outcomes named as the title names the
    condition (``title_outcomes``), which stays with a report's own results."""
    return reports_findings(chunk) or (bool(chunk.heading) and _EVIDENCE_HEADING.match(chunk.heading[-1].strip())
                                       is not None)


# The headings under which a review or an overview gives the evidence it found: section names, not topics.
_EVIDENCE_HEADING = re.compile(r"^(?:evidence(?:\s+from\s+(?:clinical\s+)?(?:studies|trials))?|"
                               r"what\s+the\s+evidence\s+shows)$", re.I)


@lru_cache(maxsize=4096)
def _findings_heading(heading: str) -> bool:
    """Whether one heading names a report's results (``_FINDINGS_HEADING``), remembered: a corpus has few headings."""
    return _FINDINGS_HEADING.match(heading.strip()) is not None


# The headings under which a research report gives its results and its reading of them: the sections of a
# scientific report (IMRaD and structured abstracts), not topics.
_FINDINGS_HEADING = re.compile(r"^(?:results?|findings|main (?:results|outcomes?|findings)|outcomes?|conclusions?|"
                               r"interpretation)$", re.I)


@lru_cache(maxsize=PASSAGES_KEPT)
def passage_mentions(passage: PassageStatements, intervention: Concept | None, condition: Concept | None,
                     comparator: Concept | None, population: frozenset[str] | None, title: str,
                     parts: bool, outcomes: tuple[frozenset[str], ...] = (),
                     taken: tuple[Concept, ...] = ()) -> PassageMentions:
    """Which of a passage's statements mention the question's ``intervention`` and ``condition`` and pair the
    two, under a source ``title`` (a guideline's, with ``parts``); ``comparator``: what a comparison question
    weighs the intervention against; ``population``: the people the condition is asked for where a study's
    statement may leave them out. The concept tests of every statement of the passage, remembered per passage and
    concepts: the same passages come back for every question naming the same concepts, and the tests (several
    per statement) were a tenth of an answer's scoring.

    A sentence speaks of a concept if it names it, or if its source's title does: a line of a hypertension
    guideline is about hypertension even when it only says "first-line drugs". A study's statement naming one of
    the ``outcomes`` (``title_outcomes``: its title's names for the asked condition) names the condition. ``taken``:
    the two things an intervention asked as taken together joins (``taken_apart``), of which a statement naming one
    alone names no intervention (``one_taken_alone``)."""
    title_terms = sentence_terms(title)
    i_title, c_title = _title_present(intervention, title_terms), _title_present(condition, title_terms)
    # A concept that all the passage's terms together do not mention, none of its sentences does (more
    # terms can only meet more of a form, and IDF weights are not negative): asked once per passage.
    # A condition may be named in part (without its population, one side of "and") only by a guideline's
    # advice, which speaks to the broader group; a study of that group is not about the asked one.
    # A study's statement may name the condition without the population it is asked for (``Concept.core``), so
    # long as neither it nor its title names another group of people (``_other_people``): a finding on the
    # condition at large holds for the asked people, a finding in another group does not.
    # A statement on the case an intervention asked without something stands for ("Screening without systems for
    # follow-up ..." or "screening alone" for "screening without collaborative care") names it (``on_case_without``).
    case = done_without(intervention.name) if intervention is not None else frozenset()
    on_case = tuple(on_case_without(text, case) for text in passage.texts) if case else ()
    i_here = intervention is not None and (intervention.mentioned_in(passage.vocabulary, i_title) or any(on_case))
    c_here = condition is not None and (condition.mentioned_in(passage.vocabulary, c_title, parts,
                                                               core=population is not None)
                                        or _named_as(passage.vocabulary, outcomes))
    if not (i_here or c_here):
        return _NEITHER_HERE
    i_titled = i_title is not None and intervention is not None and intervention.mentioned_in(frozenset(), i_title)
    i_names = title_names(intervention, title) if i_title is not None else ()
    c_names = title_names(condition, title) if c_title is not None else ()
    # A source whose title names the condition whole: its head-to-head comparison of the asked two treatments is one
    # in that condition ("Few randomized trials have directly compared needle lavage with extracorporeal shockwave
    # therapy ..." under "... needle lavage (barbotage) for calcific tendinopathy ...", "Supervised exercise programmes
    # tend to produce larger benefits than unsupervised home programmes" under a guideline's "... management of knee
    # osteoarthritis"), a guideline's as a research report's.
    c_titled = (c_title is not None and condition is not None
                and condition.mentioned_in(frozenset(), c_title, parts=False))
    statements: list[tuple[bool, bool, bool]] = []
    for text, terms in zip(passage.texts, passage.terms):
        has_i = (i_here and intervention.mentioned_in(terms, i_title, text=text)  # type: ignore[union-attr]
                 and not one_taken_alone(taken, terms, text))
        # A title completes the intervention a statement names in part unless the statement's words of it belong to
        # another thing its title names ("vitamin D supplements" under "... vitamin D and calcium ... supplementation"
        # is no statement on calcium supplements). (A statement on one of two things asked together, the one alone,
        # names neither the two nor, with its title, the pair: ``one_taken_alone``.)
        if has_i and i_title is not None and not intervention.mentioned_in(terms, text=text):  # type: ignore[union-attr]
            has_i = not _of_another_in_title(text, intervention, title, title_terms)  # type: ignore[arg-type]
        has_i = has_i or bool(on_case and on_case[len(statements)])
        core = population is not None and not _other_people(text, title, population)
        has_c = c_here and (condition.mentioned_in(terms, c_title, parts, text, core)  # type: ignore[union-attr]
                            or _named_as(terms, outcomes))
        # A title completes the condition a statement names in part unless the statement says its words of it of
        # something else (``_placed_elsewhere``: "people at high risk of deficiency" under a title on calcium).
        if has_c and c_title is not None and not condition.mentioned_in(terms, None, parts, text, core):  # type: ignore[union-attr]
            has_c = not _placed_elsewhere(text, frozenset().union(*condition.present(terms)),  # type: ignore[union-attr]
                                          settings=not parts)
        # Pairing two concepts is the claim a direct source must make itself, in the statement
        # (a concept the statement and its title do not mention, the statement alone cannot).
        # (Where the title has none of a concept's terms, the sentence alone was asked already.)
        # A research statement may name the condition in part where its title names the rest and the asked
        # intervention too: the title says what the study is of and in whom ("Effect of ... metformin on
        # complications in overweight patients with type 2 diabetes", "Meta-analyses of vitamin K supplementation
        # and vascular calcification"), and each finding of the abstract is of them ("Metformin reduced all-cause
        # mortality ..." for "mortality in overweight type 2 diabetes", "... no significant effect of vitamin K
        # supplementation on ... coronary artery calcification scores"), so long as the statement itself names
        # some of the condition (a finding on falls under a title on cancer is no finding on cancer).
        # (has_i and has_c imply both concepts.)
        # A name the title gives the concept in apposition names it in the statement too (``title_names``), and
        # a study's own result that names the condition whole is its finding on the intervention its title names
        # (``_OWN_RESULT``: "Secondary analyses suggested a possible reduction in cancer death ..." under "Vitamin D
        # Supplements and Prevention of Cancer ...").
        paired = (has_i and has_c
                  and (i_title is None or intervention.mentioned_in(terms, text=text)  # type: ignore[union-attr]
                       or _named_as(terms, i_names)
                       or (i_titled and not parts and _OWN_RESULT.match(text) is not None
                           and condition.mentioned_in(terms, parts=False, text=text, core=core))  # type: ignore[union-attr]
                       # ... and so is a study's statement that calls what it tested by a generic noun
                       # (``stand_in.stands_in``: "The procedure improved function" under a title on barbotage).
                       or (i_titled and not parts and stands_in(text)))
                  and (c_title is None or condition.mentioned_in(terms, parts=parts, text=text,  # type: ignore[union-attr]
                                                                  core=core)
                       or _named_as(terms, c_names) or _named_as(terms, outcomes)
                       or (c_titled and comparator is not None and HEAD_TO_HEAD.search(text) is not None
                           and names_comparator(comparator, intervention, terms, text))
                       or (i_titled and (condition.mentioned_in(terms, parts=True, text=text)  # type: ignore[union-attr]
                                         or _completes_title(condition, terms, c_title, text, not parts)))))  # type: ignore[arg-type]
        statements.append((has_i, has_c, paired))
    return frozen_instance(PassageMentions, intervention=i_here, condition=c_here, statements=tuple(statements),
                           named=tuple(at for at, (has_i, has_c, _) in enumerate(statements) if has_i or has_c))


# What is named just before a "without" or an "alone": up to three words ("screening without collaborative care",
# "Screening without systems for follow-up", "Evidence that screening alone"). Grammar, no topic.
_BEFORE_WITHOUT = re.compile(r"(?P<what>(?:[\w\-]+\s+){1,3}?)without\b", re.I)
_BEFORE_ALONE = re.compile(r"(?P<what>(?:[\w\-]+\s+){1,3}?)alone\b", re.I)


# (Remembered per name: ``passage_mentions`` asks it of the question's intervention for every passage it reads.)
@lru_cache(maxsize=1024)
def done_without(name: str) -> frozenset[str]:
    """The terms of what an intervention's name has done without something, its words before "without"
    ("screening" of "screening without collaborative care"); empty for a name with no "without"."""
    found = re.match(r"(?P<what>.+?)\s+without\s+\S", name, re.I)
    return frozenset(tokenize(found.group("what"))) if found is not None else frozenset()


def on_case_without(text: str, done: frozenset[str]) -> bool:
    """Whether a statement speaks of the case a question asks, a thing (its terms, ``done``) done without something:
    those terms just before one of its own "without"s ("Screening without systems for follow-up and treatment shows
    little benefit") or before "alone" ("Evidence that screening alone improves ..."). What it goes without may be
    named in other words than the question's; that it goes without it is the case asked."""
    return bool(done) and any(done <= frozenset(tokenize(m.group("what")))
                              for pattern in (_BEFORE_WITHOUT, _BEFORE_ALONE) for m in pattern.finditer(text))


@lru_cache(maxsize=200_000)
def _people_named(text: str) -> frozenset[str]:
    """The terms of the groups of people a text names (``_PEOPLE_GROUP``): a noun for people that names a group
    ("women", "adults") and the word before any such noun ("older" of "older adults", "cancer" of "cancer
    patients"); empty for a text that names people only as "patients" or "people", or none."""
    out: set[str] = set()
    for before, noun in _PEOPLE_GROUP.findall(text):
        if noun.lower() not in _ANYONE:
            out.update(tokenize(noun))
        if before:
            out.update(tokenize(before))
    return frozenset(out) - QUESTION_WORDS


def _other_people(text: str, title: str, population: frozenset[str]) -> bool:
    """Whether a study's statement, or its source's title, names a group of people (``_people_named``) without
    naming the asked ``population``, or animals or cells: a study of another group (a trial in postpartum women
    for a question on cancer patients, a study in rats for one on dialysis patients), whose finding on the
    condition is no finding for the asked people."""
    if any(pattern.search(text) or pattern.search(title) for pattern in _LABORATORY):
        return True
    named = _people_named(text) | _people_named(title)
    return bool(named) and not population <= sentence_terms(text) | sentence_terms(title)


# A title that gives its subject a second name in parentheses ("Overview: ultrasound-guided needle lavage (barbotage)
# for ...", "menatetrenone (menaquinone-4) for osteoporosis"): the name before the bracket, back to a link word or
# punctuation, and the name inside it. English apposition, not a topic. An acronym in the brackets ("... Disease
# (VITAL)", "(MK-4)") is left to the lexicon's abbreviations (a trial's acronym names the trial, not its topic): the
# name inside must have a lower-case word.
_APPOSED = re.compile(r"([\w\-]+(?:\s+[\w\-]+){0,3})\s*\(([^()]{2,60})\)")
_LOWER_WORD = re.compile(r"\b[a-z][a-z\-]{3,}")
# ... or a brand name: one capitalised word, or words marked as a trade mark ("ZQ4417 (Zorbamem™)", "drugzine
# (Gizmax)"), not an acronym in capitals ("(CAR)").
_BRAND = re.compile(r"^(?:[A-Z][a-z][a-z\-]{2,}[™®]?|[^()]*[™®])$")
# The words of a name before the bracket that a statement must have: its head and the word before it ("needle
# lavage" of "ultrasound-guided needle lavage"), as a later sentence of the same text shortens the name.
APPOSED_HEAD_WORDS = 2
MAX_APPOSED_WORDS = 4  # a bracket holding more words is a phrase, not a name
# A study speaking of its own results without naming what it tested ("Secondary analyses suggested ...", "Results
# showed ...", "Subgroup analyses found ..."): the results are of the intervention its title names.
_OWN_RESULT = re.compile(r"^(?:[\w\-]+\s+){0,2}(?:analys[ie]s|results|findings|data)\s+(?:also\s+)?"
                         r"(?:suggest|show|indicat|found|demonstrat|reveal|point)\w*\b", re.I)


@lru_cache(maxsize=20_000)
def title_names(concept: Concept | None, title: str) -> tuple[frozenset[str], ...]:
    """The terms of the other names ``title`` gives ``concept`` in apposition (``_APPOSED``): where the name in
    brackets names the concept, the head of the name before them ("menatetrenone (menaquinone-4)" for vitamin K2,
    of which the corpus names menaquinone-4 a kind; "needle lavage" of "ultrasound-guided needle lavage
    (barbotage)" for barbotage), and where the name before names it, the name in brackets. A statement under that
    title with all the terms of one of them names the concept (``_named_as``)."""
    if concept is None or "(" not in title:
        return ()
    out: list[frozenset[str]] = []
    for before, inside in _APPOSED.findall(title):
        inner = inside.split()
        # A name: lower-case words, at most a few, not a phrase opened by a preposition ("(in Japanese)"), not a
        # list ("forms of vitamin K (phylloquinone and menaquinones)": kinds, not another name), nor a study's
        # design or kind ("(a randomized trial)", "(review)").
        if (not (_LOWER_WORD.search(inside) or _BRAND.match(inside.strip()))
                or len(inner) > MAX_APPOSED_WORDS or inner[0].lower() in _TITLE_LINKS
                or "," in inside or any(w.lower() in ("and", "or") for w in inner)
                or STUDY.search(inside) or any(pattern.search(inside) for _, pattern in DESIGNS)
                or re.search(r"\breview\b", inside, re.I)):
            continue
        words = before.split()
        cut = max((k + 1 for k, w in enumerate(words) if w.lower() in _TITLE_LINKS or w.endswith((":", ","))),
                  default=0)
        words = words[cut:]
        if not words:
            continue
        # (A brand's drug is named by the word before its bracket: "ZQ4417" of "inhibitor ZQ4417 (Zorbamem™)".)
        brand = not _LOWER_WORD.search(inside)
        name, head = " ".join(words), " ".join(words[-(1 if brand else APPOSED_HEAD_WORDS):])
        if concept.mentioned_in(sentence_terms(inside), text=inside):
            out.append(sentence_terms(head) - QUESTION_WORDS)
        elif concept.mentioned_in(sentence_terms(name), text=name):
            out.append(sentence_terms(inside) - QUESTION_WORDS)
    return tuple(o for o in out if o)


# Words that end a name read backwards from a bracket: prepositions and conjunctions (concepts._LINKS's kind).
_TITLE_LINKS = frozenset("""about after against among and as at before between by during for from in into of on or
    over than to under versus via vs with within without""".split())


def _named_as(terms: frozenset[str], names: tuple[frozenset[str], ...]) -> bool:
    """Whether a statement's ``terms`` hold every term of one of ``names`` (``title_names``)."""
    return any(name <= terms for name in names)


def _completes_title(concept: Concept, terms: frozenset[str], title_present: tuple[frozenset[str], ...],
                     text: str, settings: bool) -> bool:
    """Whether a statement names some terms of a form of ``concept`` and, with its title (``title_present``:
    each form's terms the title has), all of that form, where the statement does not place its words of the form
    elsewhere (``_placed_elsewhere``)."""
    return any(own and form - title <= own and not _placed_elsewhere(text, own, settings)
               for form, title, own in zip(concept.forms, title_present, concept.present(terms)))


# Words of degree that say how much of the noun after them ("high risk", "low doses"): a statement's "high" before
# another noun is no "high" of the title's "calcium". English's adjectives of amount, not topics.
_DEGREE = frozenset({"high", "higher", "highest", "low", "lower", "lowest", "elevated", "raised", "reduced",
                     "increased", "decreased"})
# ... except the nouns of a measure (``concepts.MEASURES``), which stand for the thing measured ("high levels" under a
# title on calcium).
# The second parts of a hyphenated word that keep it about the first ("diabetes-related end points", "vitamin
# K-dependent"): participles of relation, grammar.
_OF_IT = frozenset({"related", "associated", "induced", "dependent", "specific", "attributable", "mediated"})
# Words that open a noun phrase naming no one thing ("calcification of any tissue", "in other organs").
_ANY = frozenset({"any", "other", "all", "every", "many", "most", "some"})
# A setting the statement gives its finding ("in blood vessels and heart valves", "in arteries"): "in" and at most two
# words before a plural noun, none a number. People (PEOPLE_WORDS), a study's words (STUDY) and the words of time,
# amount and telling (_NO_SETTING: "in two years", "in high doses", "in most cases", "in some studies") are no setting.
_SETTING = re.compile(r"\b[Ii]n\s+(?:the\s+|a\s+|an\s+)?((?:[a-z]+\s+){0,2}[a-z]+[^suiy\W]s)\b")
_NO_SETTING = re.compile(r"\b(?:seconds|minutes|hours|days|weeks|months|years|decades|doses|amounts|levels|rates|"
                         r"cases|studies|analyses|reviews|groups|arms|settings|terms|ways|results|outcomes)\b")
_PEOPLE = re.compile(rf"\b{PEOPLE_WORDS}\b")


def _placed_elsewhere(text: str, own: frozenset[str], settings: bool = True) -> bool:
    """Whether a statement's words of a form (``own``, its title naming the rest) are said of something else than the
    title's: a finding given a setting of its own ("Randomized trials of menaquinone-7 in blood vessels and heart
    valves ... calcification progression" under a title on tendon calcification), or each of the words a hyphenated
    modifier ("calcification-inhibiting protein"), a word of degree before another noun ("people at high risk of
    deficiency" under a title on calcium, for "high calcium") or a noun given a place of its own with "of" or "in"
    ("calcification of any tissue"). Grammar only. Without ``settings`` (a guideline's advice, whose "in" says
    where or for whom it is given: "in many guidelines", "in the general adult population"), settings do not count.
    A setting is written in lower case ("In the United States" names a country)."""
    if not own:
        return False
    lowered = text.lower()
    for setting in _SETTING.findall(text) if settings else ():
        if not (_PEOPLE.search(setting) or _NO_SETTING.search(setting) or STUDY.search(setting)
                or own & frozenset(tokenize(setting))):
            return True
    tokens = _written_words(lowered)
    places = [(k, part) for k, parts in enumerate(tokens) for part in range(len(parts)) if set(parts[part][1]) & own]
    return bool(places) and all(_said_of_another(tokens, k, part, own, settings) for k, part in places)


def _said_of_another(tokens: list[list[tuple[str, tuple[str, ...]]]], k: int, part: int, own: frozenset[str],
                     settings: bool) -> bool:
    """Whether the word of a form at ``tokens[k][part]`` is said of another noun than the form's (see
    ``_placed_elsewhere``; a place given with "of" or "in" counts only with ``settings``)."""
    parts = tokens[k]
    if part < len(parts) - 1:  # a hyphenated word's part before a word: a modifier, unless it says "of it"
        return parts[part + 1][0].isalpha() and parts[part + 1][0] not in _OF_IT
    if part > 0 or k + 1 >= len(tokens):
        return False
    after = tokens[k + 1][0]
    if parts[part][0] in _DEGREE:
        return bool(after[1]) and not set(after[1]) & own and after[0] not in MEASURES
    if settings and after[0] in ("of", "in") and k + 2 < len(tokens) and tokens[k + 2][0][0] in _ANY:
        noun = next((t[0] for t in tokens[k + 3:] if t[0][1]), None)
        return noun is not None and noun[0].isalpha() and not set(noun[1]) & own
    return False


def _written_words(text: str) -> list[list[tuple[str, tuple[str, ...]]]]:
    """A text's written words in order, each as its parts (``index.words.words``: one part unless hyphenated)."""
    return [words(token) for token in written_words(text)]


def _title_present(concept: Concept | None, title_terms: frozenset[str]) -> tuple[frozenset[str], ...] | None:
    """``concept.present`` of a title's terms, or None when the title has none of the concept's terms (so a
    sentence under it is asked about the concept alone)."""
    if concept is None:
        return None
    present = concept.present(title_terms)
    return present if any(present) else None


def statements(text: str, spans: tuple[tuple[int, int], ...],
               tuning: AnswerTuning = TUNING) -> list[tuple[str, bool]]:
    """The quotable statements of a passage, in order: (text, joined with its antecedent).

    A sentence that opens with an anaphor is quoted from the start of the sentence before it (the two
    stand together verbatim in the passage); the first sentence of a passage has no antecedent there and
    is dropped. One that opens by naming again what the sentence before said was done ("The approved regimen is
    ..." after "X has been approved for Y", ``anaphora.describes_back``) is quoted with it too. A sentence that only
    describes a study's design is quoted with the result after it, when one follows (``_with_its_result``).
    Cached: the same passages come back for related questions, and retrieval asks first.
    """
    return list(_statements(text, spans, tuning.min_chars, tuning.max_chars))


@lru_cache(maxsize=50_000)
def _statements(text: str, spans: tuple[tuple[int, int], ...], min_chars: int,
                max_chars: int) -> tuple[tuple[str, bool], ...]:
    tuning = AnswerTuning(min_chars=min_chars, max_chars=max_chars)
    out: list[tuple[str, bool]] = []
    for n, (start, end) in enumerate(spans):
        sentence = text[start:end]
        joined = False
        if n and continues_scenario([text[a:b] for a, b in spans[:n + 1]], n):
            continue  # the case a source sets out to rate states no finding (``scenario.continues_scenario``)
        previous = text[spans[n - 1][0]:spans[n - 1][1]] if n else ""
        # A definite description of what the sentence before said was done ("The approved regimen ...") leans on it
        # as an anaphor does, there only (``describes_back``): a passage may open with one of its own.
        if n and points_above(sentence) and not (names_antecedent(sentence, previous) and quotable(previous, tuning)):
            # Text pointed to as written above ("... does not meet the above criteria") that the sentence before does
            # not hold (the last item of a list of criteria): quoted from the passage's start, the text above it
            # under its heading, or not at all (quoted alone it led an answer whose criteria were nowhere in it).
            if not quotable(sentence, tuning, allow_anaphor=True) or end - spans[0][0] > 2 * tuning.max_chars:
                continue
            out.append((text[spans[0][0]:end], True))
            continue
        if leans_back(sentence) or (n and describes_back(sentence, previous)):
            if n == 0:
                continue
            if not quotable(sentence, tuning, allow_anaphor=True) or not quotable(previous, tuning):
                continue
            start = spans[n - 1][0]
            if not names_antecedent(sentence, previous):
                # The study it points to named in the statement before, a design quoted with its result ("A
                # randomized trial compared X with Y ... At one year, X was better." then "Longer follow-up of the
                # same trial at about five years found no difference"): quoted from that statement's start. Dropped,
                # the five-year result was quoted nowhere, and "Does the benefit last to five years?" read "Yes."
                # from the one-year result.
                before = next((s for s, pair in reversed(out) if pair and len(s) > len(previous)
                               and text[:spans[n - 1][1]].endswith(s)), "")
                if not before or not names_antecedent(sentence, before):
                    continue
                start = spans[n - 1][1] - len(before)
            sentence, joined = text[start:end], True
            if len(sentence) > 2 * tuning.max_chars:
                continue
        elif n and (k := _regimen_lead_in(text, spans, n, tuning)) is not None:
            # A line labelled by a regimen names nothing it is the regimen of ("Dosing: <5 years, 70 mg/kg/day ...");
            # the sentence it follows does ("Gizmocillin is the first choice ..."): quoted from that one's start.
            sentence, joined = text[spans[k][0]:end], True
        elif not quotable(sentence, tuning):
            listed = _with_its_list(text, spans, n, tuning)
            if listed is None:
                continue
            sentence = listed
        elif design_only(sentence):
            sentence, joined = _with_its_result(text, spans, n, tuning)
        out.append((sentence, joined))
    return tuple(out)


def _regimen_lead_in(text: str, spans: tuple[tuple[int, int], ...], n: int, tuning: AnswerTuning) -> int | None:
    """Where the sentence stands that a line labelled by a regimen is quoted from (``lead_in.regimen_lead_in``),
    when that sentence is quotable and the two with what stands between them are not too long; else None."""
    sentences = [text[a:b] for a, b in spans[:n + 1]]
    k = regimen_lead_in(sentences, n)
    if k is None or not quotable(sentences[k], tuning) or spans[n][1] - spans[k][0] > 2 * tuning.max_chars:
        return None
    return k


def _with_its_result(text: str, spans: tuple[tuple[int, int], ...], n: int,
                     tuning: AnswerTuning) -> tuple[str, bool]:
    """A sentence that only says how a study was done (``design.design_only``: "A randomized trial ... compared X
    with Y in 48 patients ...") quoted together with the result that follows it in the passage ("At one year, the
    X group had better ..."), verbatim, as an anaphor is with its antecedent: alone it answers nothing, and the
    result alone may not name what was compared. (text, joined): the sentence alone when the next is no result
    (another design sentence, a gap, nothing finding-shaped), is not quotable, leans on it (the anaphor rule
    quotes the two already) or the two are too long."""
    start, end = spans[n]
    if n + 1 >= len(spans):
        return text[start:end], False
    following = text[spans[n + 1][0]:spans[n + 1][1]]
    if (not quotable(following, tuning) or design_only(following) or GAP.search(following)
            or not (FINDING.search(following) or NULL_RESULT.search(following))
            or spans[n + 1][1] - start > 2 * tuning.max_chars):
        return text[start:end], False
    return text[start:spans[n + 1][1]], True


_LIST_HEAD = re.compile(r":\s*$")
# A list item joined to the next one as a sentence's parts are ("... would be exceeded or", "... not tolerated and",
# "...;"): the list is one sentence cut into items, which ends where an item is joined to nothing. Grammar: the two
# conjunctions that join items, and the marks that do.
_ITEM_JOINED = re.compile(r"(?:\b(?:or|and)|[;,])$", re.I)
# Items at least that a list of one sentence with no stop needs (``_with_its_list``): one item alone after a headline
# joins nothing, and may be the first of a list the passage cuts off.
_JOINED_ITEMS = 2
# A short headline of what a thing must not be given in ("Contraindications to gizmomab are:", "Gizmotomy is
# contraindicated in:"): too short to be quoted alone, its list of states is what it says, and is quoted with it (a
# question on the thing in one of those states is answered "no" by it, ``subgroup.against_for_them``). Grammar.
_CONTRAINDICATIONS_HEAD = re.compile(r"\bcontraindicat\w*\b", re.I)
# A headline runs on to its colon in lower case ("... only in people:", "... with the following
# considerations:"); a capitalised word before it is a label ("CONCLUSION:", "Summary of Recommendations:"),
# often glued to the sentence before it by the splitter.
_RUNS_ON = re.compile(r"(?:^|\s)[a-z][\w\-]*\)?:\s*$")


def _with_its_list(text: str, spans: tuple[tuple[int, int], ...], n: int, tuning: AnswerTuning) -> str | None:
    """A sentence that ends with a colon before its list ("X is recommended ... only in people:"), quotable
    by its form: a full sentence before the colon (it starts like one, is long enough, leans on nothing
    before it, and runs on in lower case to the colon: a heading or a label such as "CONCLUSION:" does not),
    followed in the passage by what it introduces. When
    the list is one sentence cut into items (the items do not end with a stop until the last), the
    headline and its items verbatim, to that stop; when the items are sentences of their own, the headline
    alone, ending with its colon (the answer marks the list left out), where it says something itself (advice or
    a finding: "X is recommended ... only in people:"); one that only names whom its list is for ("For men who
    develop CRPC despite castrate levels of testosterone:") is a heading, quoted alone with nothing of what it
    heads. None for anything else."""
    start, end = spans[n]
    head = text[start:end].rstrip()
    if (not _RUNS_ON.search(head) or n + 1 >= len(spans) or not _starts_sentence(head)
            or leans_back(head) or _AIM.search(head) or len(head) > tuning.max_chars):
        return None
    first = text[spans[n + 1][0]:spans[n + 1][1]].strip()
    if _ENDS_SENTENCE.search(first):  # items that are sentences of their own
        return (head if len(head) >= tuning.min_chars
                and (RECOMMENDATION.search(head) or FINDING.search(head) or NULL_RESULT.search(head)) else None)
    if len(head) < tuning.min_chars and not _CONTRAINDICATIONS_HEAD.search(head):
        return None
    for k in range(n + 1, len(spans)):
        item = text[spans[k][0]:spans[k][1]].rstrip()
        if _LIST_HEAD.search(item) or spans[k][1] - start > 2 * tuning.max_chars:
            return None
        if _ENDS_SENTENCE.search(item):
            return text[start:spans[k][1]].rstrip()
        if not _ITEM_JOINED.search(item) and k - n >= _JOINED_ITEMS and all(
                _ITEM_JOINED.search(text[a:b].rstrip()) for a, b in spans[n + 1:k]):
            # (The items of one sentence each joined to the next by "or" or "and", the last with no stop where the list
            # ends: "... only if: X would be exceeded or / Y is contraindicated or / Z has occurred". The last item,
            # joined to nothing after it, ends the sentence: read on to a stop, the list had none in its passage, or
            # took in the next paragraph's sentence.)
            return text[start:spans[k][1]].rstrip()
    return None


def introduces_list(sentence: str) -> bool:
    """Whether a quoted statement is a headline ending with a colon whose list was left out (see
    ``_with_its_list``): the answer marks the omission with an ellipsis."""
    return bool(_LIST_HEAD.search(sentence))


@lru_cache(maxsize=200_000)
def _statement_kind(text: str) -> tuple[tuple[str, float], ...]:
    return (("finding", float(bool(FINDING.search(text)))), ("null_result", float(bool(NULL_RESULT.search(text)))),
            ("recommendation", float(bool(RECOMMENDATION.search(text)))), ("gap", float(bool(GAP.search(text)))),
            ("number", float(bool(_NUMBER.search(text)))))


def statement_kind(text: str) -> dict[str, float]:
    """What kind of statement a text is (finding, null result, recommendation, gap, number), as features;
    cached per text, since the same passages come back for related questions."""
    return dict(_statement_kind(text))


# A lone lower-case letter before a word at a passage's start is what is left of a cut word ("o enable ..."
# from "To enable ..."): the excerpt starts after it. "a" is a word.
_CUT_LETTER = re.compile(r"^[b-z]\s+(?=\w)")


def closest_only(text: str, spans: tuple[tuple[int, int], ...],
                 tuning: AnswerTuning = TUNING) -> list[tuple[str, int, tuple[bool, bool]]]:
    """A research passage's statements that may be quoted only as closest evidence, under its caveat, never
    as a finding: (text, sentence number, (start cut, end cut)). Two kinds:

    - An excerpt. A passage cut out of a longer text (a BioASQ snippet, a chunk split inside a sentence)
      can begin inside a sentence ("knock-out of Satb1 significantly inhibited ...") or end before its stop.
      Such a cut sentence at the passage's first or last place says what its source says as much as a
      whole one, when it passes every other test of ``quotable`` (length, not a statement of aim, no
      anaphor); the answer marks it with an ellipsis where it is cut. So is a passage's whole first sentence that
      leans on one before it, which was cut away ("Looking at ... these sites, we found gizmo factor A ..."):
      cut at its start. A sentence in the middle of a
      passage that does not read as a sentence is a heading, list item or table cell, never an excerpt.
    - A statement of aim ("We evaluated X, a ...", "To determine whether X ..."), otherwise quotable: it
      asserts no finding, but says which study examined the question, in the question's own terms.

    Only research reports' passages have them (the caller decides): in a guideline, lines that do not read
    as sentences are headings and table cells, and its statements of purpose are about the document.
    """
    return list(_closest_only(text, spans, tuning.min_chars, tuning.max_chars))


@lru_cache(maxsize=50_000)
def _closest_only(text: str, spans: tuple[tuple[int, int], ...], min_chars: int,
                  max_chars: int) -> tuple[tuple[str, int, tuple[bool, bool]], ...]:
    tuning = AnswerTuning(min_chars=min_chars, max_chars=max_chars)
    out: list[tuple[str, int, tuple[bool, bool]]] = []
    last = len(spans) - 1
    for n, (start, end) in enumerate(spans):
        sentence = text[start:end].strip()
        if _AIM.search(sentence):
            if quotable(sentence, tuning, allow_aim=True):
                out.append((sentence, n, (False, False)))
            continue
        if 0 < n < last:
            continue
        if n == 0:
            sentence = _CUT_LETTER.sub("", sentence, count=1)
        # A first sentence that leans on one before it ("Looking for factors that bind at these sites, we found gizmo
        # factor A ..."): what it leans on was cut away with the text before the passage,
        # so it is an excerpt cut at its start (``statements`` drops it, having no antecedent to quote it with). (Not
        # one cut inside itself too, "these patients lowered ...": a fragment that leans on what is not there; nor one
        # whose subject is the anaphor, "This finding has consequences for ...": it names nothing it speaks of.)
        leaning = (n == 0 and _starts_sentence(sentence) and leans_back(sentence)
                   and not opens_with_anaphor(sentence))
        cut = (n == 0 and (leaning or not _starts_sentence(sentence)),
               n == last and not _ENDS_SENTENCE.search(sentence))
        if cut == (False, False) or (cut[0] and n != 0) or (cut[1] and n != last):
            continue  # a whole sentence (quoted as one, or rejected for another reason), or not at an edge
        if not (tuning.min_chars <= len(sentence) <= tuning.max_chars) or _AIM.search(sentence):
            continue
        if leaning and not cut[1] and not quotable(sentence, tuning, allow_anaphor=True):
            continue
        if leans_back(sentence) and not leaning:
            continue
        out.append((sentence, n, cut))
    return tuple(out)


def _starts_sentence(sentence: str) -> bool:
    """Starts like a sentence: a capital or digit, or a first word holding one ("mRNA levels ...")."""
    first = sentence.split(" ", 1)[0]
    return bool(sentence) and (sentence[0].isupper() or sentence[0].isdigit()
                               or any(ch.isupper() or ch.isdigit() for ch in first))


def has_closest_only(text: str, spans: tuple[tuple[int, int], ...], tuning: AnswerTuning = TUNING) -> bool:
    """Whether a passage has a statement quotable as closest evidence only (see ``closest_only``)."""
    return bool(_closest_only(text, spans, tuning.min_chars, tuning.max_chars))


def has_quotable(text: str, spans: tuple[tuple[int, int], ...], tuning: AnswerTuning = TUNING) -> bool:
    """Whether a passage has any statement worth quoting (a heading alone or "Not applicable" has none)."""
    return bool(_statements(text, spans, tuning.min_chars, tuning.max_chars))  # the cached tuple, not a copy


@lru_cache(maxsize=200_000)
def sentence_terms(sentence: str) -> frozenset[str]:
    """A sentence's terms; cached, since the same passages come back for related questions. A word with a footnote's
    digit run into it ("Consider drugname6 for ...", ``_FOOTNOTED``) names the word too, and a term with a Greek
    letter names it spelled too ("beta" of "β-blockers", ``spelled_greek``)."""
    terms = tokenize(sentence)
    if any(t[-1].isdigit() for t in terms):
        terms += [s for t in terms if _FOOTNOTED.match(t) for s in tokenize(t[:-1])]
    if not sentence.isascii():
        terms += [spelled for t in terms if (spelled := spelled_greek(t)) != t]
    return frozenset(terms)


def _greek_names() -> dict[int, str]:
    """The lower-case Greek letters mapped to their spelled names, read from their Unicode names ("GREEK SMALL LETTER
    BETA" -> "beta"). Mu is left out: in clinical text it is the micro prefix of a unit ("μg"). Unicode spells lambda
    "LAMDA"."""
    names: dict[int, str] = {}
    for code in range(0x3B1, 0x3CA):
        found = re.fullmatch(r"GREEK SMALL LETTER (?:FINAL )?([A-Z]+)", unicodedata.name(chr(code), ""))
        if found and found.group(1) != "MU":
            names[code] = {"LAMDA": "lambda"}.get(found.group(1), found.group(1).lower())
    return names


_GREEK_NAMES = _greek_names()


def spelled_greek(term: str) -> str:
    """A term with its Greek letters spelled ("beta" of "β", "beta2" of "β2"): questions spell the letters that
    sources write, so a statement on "β-blockers" names the "beta blocker" asked of (session 67: a recommendation on
    them lost its match and a sentence on its studies' people led). The term itself where it has none."""
    return term.translate(_GREEK_NAMES)


# A word of letters with one footnote digit run into its end ("metformin3", as copied summaries print a footnote's
# marker): five letters at least before it, so that names whose digit is their own ("il6", "b12", "hba1c") are not it.
_FOOTNOTED = re.compile(r"^[a-z]{5,}\d$")


@lru_cache(maxsize=200_000)
def _sentence_bigrams(sentence: str) -> frozenset[tuple[str, str]]:
    terms = [t for t in tokenize(sentence) if t not in QUESTION_WORDS]
    return frozenset(zip(terms, terms[1:]))


def _age_met(question: str, text: str) -> bool:
    """Whether the age a question gives meets the age threshold a statement sets (``cutoffs.threshold_met``)."""
    from service.answer.cutoffs import threshold_met  # (cutoffs reads this module's Candidate: imported here)
    return threshold_met(question, text) == "met"


@lru_cache(maxsize=10_000)
def asked_terms(question: str) -> tuple[str, ...]:
    """The terms of a question's text that name what it asks (question words left out), each once, in the
    question's order: what coverage weighs. Remembered per text: every answer builds its matcher from them,
    some twice (``topic_candidates``)."""
    return tuple(t for t in dict.fromkeys(tokenize(question)) if t not in QUESTION_WORDS)


@lru_cache(maxsize=10_000)
def _own_terms(phrase: str | None) -> frozenset[str]:
    """A phrase's terms, question words left out; remembered per phrase, as ``asked_terms`` is."""
    return frozenset(tokenize(phrase)) - QUESTION_WORDS if phrase else frozenset()


def quotable(sentence: str, tuning: AnswerTuning = TUNING, allow_anaphor: bool = False,
             allow_aim: bool = False) -> bool:
    """A full sentence worth quoting: long enough, not a heading, fragment, statement of aim, question or
    cross-reference (``_POINTER``), ends like a sentence; one that leans on an earlier sentence only where
    ``allow_anaphor``, a statement of aim only where ``allow_aim``."""
    if not (tuning.min_chars <= len(sentence) <= tuning.max_chars):
        return False
    if not allow_aim and _AIM.search(sentence):
        return False
    if not _starts_sentence(sentence):
        return False
    if not allow_anaphor and leans_back(sentence):
        return False
    if _POINTER.search(sentence) or sentence.rstrip(_CLOSERS).endswith("?"):
        return False  # a cross-reference or a question ("Should X be maintained in Y?", a key question) says nothing
    return bool(_ENDS_SENTENCE.search(sentence)) or bracketed_statement(sentence)


def bracketed_statement(sentence: str) -> bool:
    """Whether a sentence with no stop is a list item's label with a clause of its own in brackets
    (``_BRACKETED_CLAUSE``: "Gizmozumab (use beyond 30 days is not recommended)"): quotable as it stands."""
    m = _BRACKETED_CLAUSE.match(sentence)
    if m is None:
        return False
    clause = m.group("c")
    return sum(ch.isspace() for ch in clause) >= _CLAUSE_MIN_SPACES and bool(GUIDELINE_ADVICE.search(clause))


def near_duplicate(a: frozenset[str], b: frozenset[str], threshold: float = TUNING.near_duplicate_jaccard) -> bool:
    """Term-set Jaccard above ``threshold``: two sentences that say the same thing."""
    if not a or not b:
        return False
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared) >= threshold  # the union's size, without building it
