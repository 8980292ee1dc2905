"""Answering a question: read -> retrieve -> score statements -> choose the lead -> route and pick ->
judge -> verdict -> phrase -> number references. Every statement is a sentence of a cited passage or a
filled template."""
from __future__ import annotations

import functools
import re
import uuid
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from functools import lru_cache
from typing import Literal, TypeVar

import numpy as np

from index.backends import SearchIndex
from index.lexical import tokenize
from index.search import Hit
from index.store import ChunkStore
from ingest.models import Document, DocumentKind
from service.answer.asked_shape import lasting_asked, ranks_first_asked, states_asked
from service.answer.listed import asks_several, rated_in_order, with_whole_lists
from service.answer.after_failure import (asks_after_failure, asks_after_several_failed, before_failure,
                                         asks_after_past_course, states_failure, states_past_course,
                                         states_several_failed)
from service.answer.settled_advice import settling_advice
from service.answer.first_advice import first_advice_way
from service.answer import abstention, appraisal, conflicts, guideline, not_applying, source_scope
from service.answer.footnote import advice_for_notes
from service.answer.grade_row import grade_row_lead, without_other_rows
from service.answer.graded import graded_in_place, naming_most_asked
from service.answer.frequency import (asked_schedule_statement, other_schedule_statement, per_day, rival_advised,
                                     schedule_unstated)
from service.answer.cutoffs import for_other_values, meets_named_threshold, threshold_lead
from service.answer.qualifiers import outside_bounds, qualifiers
from service.answer.bounds import (bounds, inside_range, outside_range, outside_threshold, states_norm_asked,
                                  within_span)
from service.answer.class_harms import with_class_harms
from service.answer.class_regimen import with_class_regimen
from service.answer.section_scope import off_lead_section, scoped_support
from service.answer.sign_states import of_opposite_sign
from service.answer.case_state import for_other_case
from service.answer.case_topic import CaseTopic, case_topic, judged_case_topic
from service.answer.tested_first import not_tested_first, advises_testing_first
from service.answer.class_no import class_denial, subtype_class
from service.answer.comparison import asks_likeness, both_sides_order, with_comparator
from service.answer.concepts import QUESTION_WORDS, Concept, Lexicon, Passages, concept, question_concepts
from service.answer.corpus_stats import CorpusStats, chunk_counts, chunk_passages, corpus_stats
from service.answer.grammar_turns import interaction_on_permission, on_waiting
from service.answer.quoted_before import new_named_first, not_quoted_again
from service.answer.follow_up import (Previous, answered_choice, as_whole_question, asked_after, asks_of_a_thing,
                                      naming_it, naming_people, recommended_thing, restated_case, thing_pointed_at,
                                      regimen_of_two_asks, without_conjunction)
from service.answer.mismatch import another_prefix, one_slot_otherwise
from service.answer.identity import IdentityAsked, identity_asked, identity_verdict
from service.answer.kinds_said import said_to_be_of
from service.answer.evidence import (Judgement, answers_directly, designs_in, judge, reports_finding, states_cause,
                                     states_course, states_unaided_course)
from service.answer.exceptions import excepting_advice, on_exception
from service.answer.contrast import on_contrast
from service.answer.need import on_need, on_obligation
from service.answer.models import Answer, Audience, BottomLine, Evidence, Review, Section, Statement, Verdict
from service.answer.note_shape import dashed_note
from service.answer.further_group import narrowed_past_the_case
from service.answer.phrasing import (CASE_SET_APART, CLOSEST, STATE_UNSTATED, VALUES_UNSTATED, LeadStatement,
                                     bottom_line, closest_caveat, conclusion, evidence_summary, limitation_statements,
                                     retraction_note)
from service.answer.polarity import (AGAINST, ALREADY_WORDS, as_asked, asks_about_going_on, asks_about_stopping,
                                     asks_against, asks_if_it_matters, lets_users_go_on,
                                     asks_if_safe, asks_interaction, asks_need, asks_possible, asks_to_stop,
                                     asks_without, passed_over_terms, preferred_part, speaks_of_stopping, stance,
                                     with_what_asked_without)
from service.answer.quoted_against import age_outside, denies_asked_act, warns_of_asked_state
from service.answer.question import (LAST_IN, Question, as_dash_question, asked_parts, asked_thing, asked_tersely,
                                     compared_sides, judged_topic, make_title, names_people, population_of,
                                     read_question, state_nouns)
from service.answer.off_question import off_question, sources_on
from service.answer.references import Draft, Numbering, build_references
from service.answer.retrieval import pairing, retrieve
from service.answer.routing import DOSE, GAP, INTERACTION, RECOMMENDATION, SAFETY, SECTION_ORDER, TOGETHER, route
from service.answer.scoring import (Candidate, candidates, introduces_list, near_duplicate, sentence_terms,
                                    topic_candidates)
from service.answer.kind_named import on_asked_kind
from service.answer.regimen import regimen_asked
from service.answer.regimen import unstated as regimen_unstated
from service.answer.lead import (STRONG_DESIGNS, advice_beside_the_asked, after_first_line, answering, as_strong_as,
                                 asked_instance, asked_state, letter_words, names_bare_count, names_sibling_only,
                                 names_state,
                                 at_asked_occasion, at_occasion, kept_for_the_denied,
                                 occasion_terms,
                                 bounded_out, for_other_cases, for_part_of_asked_ages, of_other_people,
                                 in_asked_setting,
                                 asks_age, asks_effect, choose_lead, echoes_asking,
                                 choose_support, closest_order, defines, yields_to_advice, how_act, names_act,
                                 lead_tier, unadvised_regimen, advises_regimen,
                                 advises_span_asked,
                                 reasons_behind_advice,
                                 COMPOSING, COPULAS, misses_shape, named_with_age, states_age, unlabelled_regimen,
                                 names_itself,
                                 naming_condition, occasion_of_use, on_aspect, overlaps, unstated_asked, salience_of,
                                 regimen_of, severity_order,
                                 stating_lead)
from service.answer.section_labels import quoted_text
from service.answer.stated_gap import stated_gap
from service.answer.own_state_harm import on_own_state_harm
from service.answer.reserved_state import outside_kept
from service.answer.rule_condition import (examples_said, grade_condition_unmet, main_clause, rule_condition,
                                             stated_grades)
from service.answer.state_harm import asked_in_state, harm_of_the_act_led, reports_state_as_harm
from service.answer.stopping import with_stopping_advice
from service.answer.subgroup import (STATE_NEAR_MIN_COSINE, StateLinks, advised_for_them, against_for_others,
                                     against_for_them, asked_states, another_for_them, for_asked_people, joined_states,
                                     used_for_them,
                                     warned_for_them)
from service.answer.subgroup import asked_people_terms, gives_warnings
from service.answer.summary import (asks_account, on_more_of_the_question, salience, within_words,
                                    without_restatements)
from service.answer.title_outcomes import outcomes_named_in
from service.answer.tuning import TUNING, AnswerTuning
from service.answer.verdict_lacking import needed_but_lacking
from service.answer.verdict_gap import gap_on_the_asked
from service.answer.verdict_findings import leans_on_finding
from service.answer.people_clause import naming_the_state, speaks_of_others, with_counterparts
from service.answer.verdict_people import decide_for_the_asked, for_exactly_them, withheld_for_them
from service.answer.verdict_stop_advised import stop_advised
from service.answer.received_clause import not_excluding, with_given_counterparts
from service.answer.verdict_unnamed import lean_off_needed_thing
from service.answer.verdict_own_lead import (branch_way, clause_for_others, other_branch, rests_off_thing,
                                             yes_on_denial)
from service.answer.narrower_band import narrower_band, quoted_first
from service.answer.window_branch import window_branch
from service.answer.follow_up_state import state_unnamed
from service.answer.case_against import (advice_for_the_case, against_for_the_case, names_no_thing, source_sentences,
                                         asked_thing as thing_asked)
from service.answer.case_values import falls_inside, missed_only_or_in_time, verdict_for_values
from service.answer.second_ask import advice_against_last_ask, last_ask_thing
from service.answer.rated_case import (RatedAnswer, asks_for_rating, has_rated_rows, rated_answer, rated_row,
                                       rated_text, source_rows, written_cases)
from service.answer.scenario import scenario_only
from service.answer.set_apart import sets_apart_case
from service.answer.verdict_closest_advice import (advised_way, closest_advice, follow_up_advice, only_as_target,
                                                   section_advice)
from service.answer.verdict import (VerdictModel, advice_on_causing, against_advice, against_lead, against_without,
                                    answers_absence, asked_absent, asked_direction, asked_outcome, association_asked,
                                    beats_beside,
                                    before_advice, caution_on_effect, claim_before_advice, claim_denied, decide,
                                    denied_by_lead, denies, denies_claim, moves_as_asked, moved_against,
                                    names_only_as_occasion,
                                    names_only_in_other_names, on_advice_asked, on_causing, on_first, on_other_risk,
                                    on_ranking, on_safety, on_stopping, on_taking_apart, reason_on_other,
                                    reason_states_claim, states_absent, tentative, tentative_change)
from service.answer.wording import DISCLAIMERS, ELLIPSIS, HEADINGS
from service.answer.improving import on_improving
from service.answer.worsening import asks_worsening, on_worsening

# What each question type wants more of: a bonus for sentences that speak to it.
# The search of the statements a question type favours, by type.
_TYPE_BONUS: dict[str, Callable[[str], object]] = {"dosing": DOSE.search, "safety": SAFETY.search,
                                                  "therapy": RECOMMENDATION.search}
def _dash_read_first(question: str, spelled: str, forms: tuple[str, ...],
                     lexicon: Lexicon) -> tuple[str, tuple[str, ...]]:
    """``spelled`` and its learned long ``forms``, or, where the question as asked is read in a dash shape
    (``as_dash_question``) that its spelled-out words are not, that reading spelled out the same way, with its forms.

    Why: a shape after a dash takes a thing of a few words ("X - should I start drugx?"); an acronym spelled out as
    the corpus's long form ("an SSRI": five words) is longer than any thing the shape takes, so the question was read
    whole as its condition and answered "insufficient" above the very advice on the thing. The acronym is one thing
    as asked: the shape is read where it is written, and its words are spelled out after."""
    dashed = as_dash_question(question)
    if dashed == question or as_dash_question(spelled) != spelled:
        return spelled, forms
    return _corpus_spelled(dashed, lexicon)


def _read_asked(index: SearchIndex, question: str, follows: Answer | None) -> Question:
    """``question`` read in the corpus's words (``_read_spelled``); a question asked alone is read once per index
    version (``CorpusStats.remembered``). The reading is of the question's text and the version's corpus alone
    (``read_question`` is remembered per text the same way), and it was a twentieth of a repeated question's answer:
    its respellings, acronyms and apposed names were looked up in the lexicon again for every answer."""
    if follows is not None:
        return _read_spelled(index, question, follows)
    return corpus_stats(index).remembered(("question read", question), lambda: _read_spelled(index, question, None))


def _read_spelled(index: SearchIndex, question: str, follows: Answer | None) -> Question:
    """``question`` (a follow-up of ``follows`` where given) read as a ``Question`` in the corpus's words."""
    # A short acronym the corpus never writes ("knee OA", "ACEi") is read as the corpus's words for it, shown as asked.
    lexicon = corpus_stats(index).lexicon
    # ... and a name written beside another of the same thing ("vitamin K2 MK-7") as the first alone (apposed_less).
    # ... and a word misspelled by one letter doubled or not ("recomended", ``Lexicon.respelled``) as the word meant.
    # ... and an acronym the corpus never defines, whose long form learned from text it writes ("AOM" where it writes
    # "acute otitis media", ``Lexicon.learned_written``), as that long form, and a name of capitals and digits without
    # the corpus's hyphen ("PHQ2") as the corpus writes it (``Lexicon.hyphen_written``).
    spelled, learned_forms = _corpus_spelled(question, lexicon)
    # ... and a question whose shape after a dash is read only as asked ("X - should I start an SSRI?": a thing of one
    # word) is read in that shape first, then spelled out (``_dash_read_first``).
    spelled, learned_forms = _dash_read_first(question, spelled, learned_forms, lexicon)
    q = _read_follow_up(index, spelled, follows) if follows else read_question(spelled)
    if not follows:
        # A topic read as one acronym the corpus never writes ("IDA" of "Should I transfuse a woman with IDA?"), which
        # the corpus spells one way, and a modifier of the topic the corpus never writes ("erratic INRs"): the question
        # with them in the corpus's words, so that they are weighed as the corpus writes them (``_topic_spelled``,
        # ``_modifier_written``).
        written = _modifier_written(q, _topic_spelled(q, spelled, lexicon), index, lexicon)
        if written != spelled:
            spelled, q = written, read_question(written)
    if spelled != question:
        q = replace(q, as_asked=question)
    # An acronym the corpus defines, outside the question's intervention and condition ("AOM" where neither is read),
    # is searched and matched as its long form (``Lexicon.defined_written``).
    written_out, long_forms = lexicon.defined_written(q.text, (q.intervention, q.condition))
    if long_forms:
        q = replace(q, spelled_out=written_out)
    # Each long form written for an acronym weighs in the match as the one word it stands for (``Question.long_forms``).
    if long_forms or learned_forms:
        q = replace(q, long_forms=(*learned_forms, *long_forms))
    return q


def _ranked_as_case(index: SearchIndex, q: Question, tuning: AnswerTuning,
                    from_ask: bool = False) -> tuple[Question, RankedEvidence] | None:
    """``q`` read with the topic of its case note (``case_topic.case_topic``) as its intervention and condition, and
    its ranked evidence, where ``q`` reads no topic, its ask names a thing the corpus writes and that reading finds a
    statement to lead with that names the thing in its own words; None otherwise. A topic read from a case's words
    alone is a guess the evidence must bear out: read so, a note whose case part is written otherwise in the corpus
    ("normal ALT" for a pregnant woman's hepatitis B) found nothing direct and lost the closest statements it had
    quoted. With ``from_ask``, only a topic its ask reads as a question of its own (``CaseTopic.from_ask``)."""
    topic = _case_topic_of(index, q)
    if topic is None or (from_ask and not topic.from_ask):
        return None
    as_case = replace(q, intervention=topic.thing, condition=topic.condition,
                      title=make_title(q.text, q.type, topic.thing, topic.condition))
    ev = rank_evidence(index, as_case, tuning)
    # (a lead naming the thing only through its source's title or heading bears out nothing of the note's ask)
    thing = ev.concepts[0]
    named = ev.lead is not None and (topic.key in ev.lead.terms
                                     or (thing is not None and thing.mentioned_in(ev.lead.terms, text=ev.lead.text)))
    return (as_case, ev) if named else None


def _case_topic_of(index: SearchIndex, q: Question) -> CaseTopic | None:
    """The topic of ``q``'s case note (``case_topic.case_topic``) where ``q`` reads none; None otherwise, and on a
    backend without term postings (Milvus)."""
    counts = chunk_counts(index) if not (q.intervention or q.condition) else None
    if counts is None:
        return None

    def count(terms: frozenset[str]) -> int:
        return counts(terms, frozenset())[0]

    def known(term: str) -> bool:
        return count(frozenset([term])) > 0

    # (... or of a question with no case, the thing it judges by advice: "Is the X test recommended after a negative
    # Y?", ``question.judged_topic``)
    return (case_topic(q.text, count, known, _read_alone)
            or judged_case_topic(q.text, judged_topic(q.text), count, known))


def _read_alone(ask: str) -> tuple[str | None, str | None]:
    """The intervention and condition ``ask`` reads as a question of its own (``case_topic.case_topic``)."""
    alone = read_question(ask)
    return alone.intervention, alone.condition


def answer_question(index: SearchIndex, question: str, audience: Audience = Audience.CLINICIAN,
                    follows: Answer | None = None, tuning: AnswerTuning = TUNING,
                    outdated_years: int = appraisal.DEFAULT_OUTDATED_YEARS) -> Answer:
    """A complete, citable answer to ``question`` from ``index`` (a follow-up when ``follows`` is given)."""
    typed = question
    # A case note whose ask is a sentence of its own ("66F, BMI 26. advise weight loss?") is read as the same note
    # typed with a dash ("66F, BMI 26 - advise weight loss?"), the shape every reading of a case note reads
    # (``note_shape.dashed_note``); the answer shows the question as typed.
    question = dashed_note(question)
    q = _read_asked(index, question, follows)
    plain = _answered(index, typed, question, q, None, audience, follows, tuning, outdated_years)
    # A case note no shape reads a topic of ("Bell's palsy, onset yesterday, 34M otherwise well - give oral
    # prednisolone?"), read with the thing its ask names and the case's part the corpus names beside it
    # (``case_topic``), may find the rule for its case as a direct statement where, read as typed, the same rule was
    # quoted as closest evidence under a lean. That answer is taken only where it settles the plain answer's lean the
    # same way: the plain reading's guards of a case (its values against a rule's threshold, a rule for a narrower
    # group, advice on a thing's antagonist) stand on the topic-less path, and read with a topic, a rule "for X with
    # fainting" said "Yes." to a case of X without symptoms.
    # (An ask that asks no yes or no and reads a topic of its own ("UKPDS 34 - how much did X cut all cause
    # mortality?": ``CaseTopic.from_ask``) is answered so too where the plain reading gives none either: no lean is
    # there to settle, and what it asks of is named by the ask, while the note's words stay the question's text.)
    as_case = (_ranked_as_case(index, q, tuning, plain.verdict is None) if follows is None
               and (plain.verdict in ("yes", "no") or (plain.verdict is None and not q.yes_no)) else None)
    if as_case is not None:
        cased = _answered(index, typed, question, *as_case, audience, follows, tuning, outdated_years)
        if cased.verdict == plain.verdict and cased.evidence.direct and not plain.evidence.direct:
            return cased
    return plain


def _answered(index: SearchIndex, typed: str, question: str, q: Question, ev: RankedEvidence | None,
              audience: Audience, follows: Answer | None, tuning: AnswerTuning, outdated_years: int) -> Answer:
    """The answer to ``q`` (read from ``question``, as ``typed``), from its ranked evidence ``ev`` where ranked."""
    # A follow-up read as a whole case note of its own, a value of the case said anew (``follow_up.restated_case``),
    # is answered as that question asked alone (its yes or no, the order of its closest statements): it leaves nothing
    # of the question before unsaid. ``follows_in_part``: the answer a follow-up leans on for what it leaves out.
    follows_in_part = None if follows is not None and _restated_whole(index, question, follows) else follows
    ev = ev if ev is not None else rank_evidence(index, q, tuning)
    hits, ranked, salient = ev.hits, ev.ranked, ev.salient
    # A yes/no question's verdict is read first; the bottom line then opens with a statement it rests on. Without
    # a lead the reading keeps none (``read_yes_no``), so its verdict is read only once the answer is known to
    # give one (below): the bottom line of an answer that quotes nothing says "insufficient" whatever it reads.
    reading = read_yes_no(q, ev, tuning) if q.yes_no and ev.lead is not None else None
    lead = reading.lead if reading is not None else ev.lead
    near_misses = ev.near_misses
    # A question naming a topic gets only direct findings beside the lead; one without a topic (where
    # directness rests on the relevance model alone) also its other relevant statements, when support_any.
    # ... and, as for the lead, a guideline's statement that names the asked intervention only through its title
    # follows only where no statement names it (``names_itself``).
    need = asks_need(q.text)
    topic = _topic(q)
    asked = guideline.topic_terms(q.intervention, None) or topic
    supporting = on_aspect(q, [c for c in ranked
                               if answers_directly(c, q.type == "dosing", q.aspect, need, asked, topic)
                               or (tuning.support_any and not c.anchored)])
    if q.intervention:
        named = guideline.topic_terms(q.intervention, None)
        supporting = [c for c in supporting if names_itself(c, named, ev.intervention_forms)] or supporting
    supporting = in_asked_setting(q.text, supporting)  # not what was found outside the place asked
    # A question asking for an account of its topic quotes more of what the sources found (account_support,
    # account_closest); a yes/no question or one asking to name something, as many as before.
    quoting = _account_tuning(tuning) if asks_account(q) else tuning
    support = choose_support(for_other_values(q.text, supporting), lead, quoting, salient)
    # A regimen read from another group's section of the lead's guideline is not joined to it (``scoped_support``).
    support = scoped_support(index, q.text, q.type == "dosing", lead, support, ranked)
    support = without_other_rows(q, lead, support)  # (not "For TASC B ..." beside the lead's row for TASC C)
    scope = _left_out_scope(q, lead, ranked) if reading is not None and reading.verdict == "uncertain" else None
    if q.yes_no and lead is not None and not tentative(lead.text):
        # Beside a main result, a change its study ranks below it (``verdict.tentative_change``: "In a supplementary
        # randomized comparison, early addition of metformin ... was associated with increased diabetes-related
        # death") does not weigh in the verdict, and is not quoted as if it answered too. (A study's account of its
        # own design, "This was a post hoc analysis ...", stays: it qualifies the lead.)
        support = [c for c in support if not tentative_change(c.text)]
    # Without a direct source, the closest statements may be quoted under a caveat (closest_statements).
    # A lead the verdict's reading set aside (advice beside the asked: ``read_yes_no``) is not quoted as closest either.
    # (Nor, for a question asking what replaces a treatment, a statement offering it: ``not_the_replaced``.)
    # (A graded stand-in, ``RankedEvidence.stand_ins``, is screened as the ranked statements are.)
    stand_ins = not_the_replaced(q, [c for c in for_other_values(q.text, list(ev.stand_ins))
                                     if not of_opposite_sign(q.text, c.text)
                                     and not for_other_case(q.text, c, q.yes_no)])
    closest = closest_evidence(not_the_replaced(q, [c for c in for_other_values(q.text, ranked) if c is not ev.lead
                                                    and not of_opposite_sign(q.text, c.text)
                                                    and not for_other_case(q.text, c, q.yes_no)]),
                               not_the_replaced(q, ev.closest_only), q, quoting, salient,
                               ev.intervention_forms, ev.written_rest, ev.set_aside, stand_ins) if lead is None else []
    # A closest statement whose own people are others than the asked ("... in adults" for a 14-year-old, "In
    # diamniotic twin pregnancies ..." for monoamniotic twins) gives way to its source's advice for the asked people,
    # or goes after the statements that fit (``people_clause.with_counterparts``).
    closest = _with_counterparts(index, q, ev, closest, tuning)
    # A source's own statement that the asked use is untested answers the question; statements closest to it on
    # either part alone (a claim reported, a question patients ask) do not, so they give way to it.
    gap = stated_gap(ranked) if lead is None and q.intervention and q.condition else None
    closest = [] if gap is not None else closest
    # A quote that restates one before it in another source's words is not quoted again (restated_pairs).
    support = without_restatements([lead, *support], tuning.restated_pairs)[1:] if lead is not None else support
    closest = without_restatements(closest, tuning.restated_pairs)
    if quoting is not tuning:  # the quotes an account takes beyond the others' counts, while it stays short
        support = within_words([lead, *support], 1 + tuning.bottom_line_support, tuning.account_words)[1:] \
            if lead is not None else support
        closest = within_words(closest, tuning.closest_statements, tuning.account_words)
    # A yes/no question's quote after the first must name part of the question the ones before leave out, or report a
    # finding (closest: be more than a study's method). A supporting statement left out is quoted first in its section
    # (below), so it still counts in the evidence.
    kept = on_more_of_the_question(q, [lead, *support], tuning)[1:] if lead is not None else support
    left_out, support = [c for c in support if c not in kept], kept
    if scope is not None and all(c.text != scope.text for c in support):
        # The source's word that its advice does not apply to the asked people is quoted after the advice: it is why
        # the answer gives neither a yes nor a no (``not_applying``).
        support = [scope, *support]
    closest = on_more_of_the_question(q, closest, tuning, closest=True)
    closest = _naming_first(q, ranked, closest, tuning.closest_statements)
    # (A follow-up's closest statements open with those naming most of what it adds: ``quoted_before.new_named_first``.)
    # (Nor advice for people not given what the case says was given: ``received_clause.not_excluding``.)
    # (Not for a follow-up read whole, ``follows_in_part``: naming the state it adds, "Adults with gizmo fever can be
    # advised ...", led over the rule whose threshold its new value meets.)
    if follows_in_part is not None:
        closest = new_named_first(q, not_excluding(q.as_asked or q.text, [
            c for c in for_other_values(q.text, ranked) if not of_opposite_sign(q.text, c.text)
            and not for_other_case(q.text, c, q.yes_no)], corpus_stats(index).lexicon), closest,
            tuning.closest_statements)
    if q.yes_no and lead is None and closest and follows_in_part is None:
        # A lean read from a result on the asked intervention in other words (``verdict_findings``) is quoted beside
        # it: the verdict read first, as with a lead, so that the result it leans on stands among the closest quotes.
        reading = read_yes_no(q, ev, tuning)
        closest = with_leaned_finding(closest, reading, tuning.closest_statements)
        closest = _with_condition_missed(q, closest, reading, tuning.closest_statements)
    # Without a lead, a source's own statement that the asked use is untested (``stated_gap``, chosen above in place of
    # the closest statements) is what the bottom line quotes beside "insufficient evidence".
    # Advice against the asked thing for people in the very state the question states ("... against using X in women
    # with a history of Y" for "past hx of Y - is X an option?") leads the closest evidence: it outranks permissive or
    # general advice on X for the bottom line, and gives the lean below (``case_against``).
    sentences = _with_source_sentences(q, ev, closest) if q.yes_no and lead is None and closest else None
    case_against = (against_for_the_case(q, sentences, closest, ev.intervention_forms)
                    if sentences is not None else None)
    # (And, with none, advice for it in that state, "Consider X for ... during pregnancy" for a pregnant patient, the
    # exception to advice against X at large: it leads and gives the lean, a yes as asked.)
    case_for = (advice_for_the_case(q, sentences, closest, ev.intervention_forms, "for")
                if sentences is not None and case_against is None else None)
    if case_for is not None:
        closest = [case_for, *(c for c in closest if c is not case_for)][:tuning.closest_statements]
    if case_against is not None:
        closest = [case_against, *(c for c in closest if c is not case_against)][:tuning.closest_statements]
    elif q.yes_no and lead is not None and advised_way(lead.text, frozenset().union(*ev.intervention_forms)) != \
            "against":
        # ... and so above a lead that does not itself advise against the thing ("Intravenous X is the method most
        # often used to end ..." above "X must not be given in the following conditions: Pregnancy ..."
        # for a pregnant patient): the advice for her state leads, the lead follows it as support, and the no is its.
        case_against = against_for_the_case(q, _with_source_sentences(q, ev, [lead]), [lead], ev.intervention_forms)
        if case_against is not None and case_against is not lead:
            support = [lead, *(c for c in support if c is not case_against)][:tuning.bottom_line_support]
            lead = case_against
    # Asked two things, the last a yes/no ask of its own ("... - screening? is a yearly X enough?"), advice against the
    # last one's thing is quoted beside the answer to the first, and withholds its yes below (``second_ask``).
    second_against = (advice_against_last_ask(q.as_asked or q.text, _second_ask_pool(q, ev, lead, closest),
                                              corpus_stats(index).idf)
                      if q.yes_no else None)
    if second_against is not None and lead is None:
        # (after the best statement on the first ask, in the asks' order)
        kept = [c for c in closest if c is not second_against][:max(tuning.closest_statements - 1, 1)]
        closest = [*kept, second_against]
    elif second_against is not None and all(c is not second_against for c in (lead, *support)):
        support = [*support, second_against][:tuning.bottom_line_support]
    if asks_several(q.text):  # asked which things, a list the bottom line quotes an item of is quoted whole
        support = [c for c in with_whole_lists([lead, *support], ranked) if c is not lead] if lead is not None else \
            with_whole_lists(support, ranked)
        closest = with_whole_lists(closest, ranked)
    quoted = [c for c in (lead, *support, *closest, gap) if c is not None]
    # The floor is on the relevance model's scale, which assumes passages scored by BM25 as well; a backend
    # that reports no lexical score for its hybrid hits (Milvus) puts every statement lower, so there the
    # sections are not floored. The first hit is the hybrid ranking's best (facet passages come after it).
    # Nor are guideline statements: the model learned from research abstracts and never saw a guideline
    # (its guideline weight is 0), so its probability says little about a guideline's advice; but a
    # guideline statement the model rejects must at least speak of the question's condition (another
    # treatment of the same condition is an alternative; the same treatment for another condition is off
    # the question).
    floor = tuning.quote_floor if hits and hits[0].lexical is not None else 0.0
    # A section quotes nothing off the question (``off_question``: advice on another condition its title names, a
    # finding on another thing of the asked one's kind without it, an aside of a source on something else).
    # Screened are only the statements a section could quote (believed, or above the lower floor of an empty
    # section below): most of the rest are many, and never quoted.
    on = sources_on(ranked)
    unquoted: list[Candidate] = []
    believed: list[Candidate] = []
    for c in _apart(ranked, quoted):
        believable = c.score >= floor or (c.hit.document.kind == DocumentKind.GUIDELINE
                                          and (c.mentions_condition or not q.condition))
        if (believable or tuning.empty_section_floor <= c.score < floor) and not off_question(
                c, q, ev.intervention_forms, ev.concepts, *on):
            unquoted.append(c)
            if believable:
                believed.append(c)
    asks, both = bool(q.intervention), bool(q.intervention and q.condition)
    picked = pick(believed, asks, both, tuning)
    # A section the floor left empty (mechanisms read unlike the answers the model learned from) takes its
    # best statement down to a lower floor, rather than vanishing from the answer.
    spare = pick([c for c in unquoted if tuning.empty_section_floor <= c.score < floor], asks, both, tuning)
    for key, found in spare.items():
        if found and not picked.get(key):
            picked[key] = found[:1]
    for c in reversed(left_out):
        key = route(c, asks)
        if all(c is not o for o in picked.get(key, ())):
            picked[key] = [c, *picked.get(key, [])][:tuning.section_caps[key]]
    stating = _stating_in_sections(q, lead, support, {key: [c for c in found if not off_lead_section(
        index, q.text, q.type == "dosing", lead, c)] for key, found in picked.items()})
    if stating is not None:
        # What was asked of a regimen (or a harm), stated only by a section's quote ("A typical course ... consists of
        # one to three sessions ..."), is quoted in the bottom line after its lead, not left below a bottom line that
        # says its quotes state none.
        picked = {key: [c for c in found if c is not stating] for key, found in picked.items()}
        quoted.insert(1 + len(support), stating)
        support = [*support, stating]
    chosen = quoted + [c for key in SECTION_ORDER for c in picked.get(key, [])]
    facts: dict[str, appraisal.StudyFacts] = {}  # each source's facts read once: for the judgement, summary, references
    designs = appraisal.source_designs(index, (c.hit.document for c in chosen), outdated_years, facts)
    judged = judge(chosen, designs, q.type == "dosing", q.aspect, need)
    judgement = abstention.without_direct(judged) if near_misses else judged
    conflict = conflicts.find_conflict(conflicts.findings_of(ranked))
    judgement.level = conflicts.adjusted_level(judgement.level, conflict)
    # A yes or a no needs a quoted answer beside it: a bottom line that says no source addresses the
    # question (no lead, no closest statement) carries the verdict "insufficient", whatever the model reads. A
    # yes or a no read from closest evidence only is shown as leaning that way (``render.verdict_label``): on the
    # dev halves most such verdicts are right (D1 44 of 53, D2 138 of 191; session 34).
    answered = judgement.level != "none" and (lead is not None or bool(closest))
    verdict: Verdict | None = None
    behind: list[Candidate] = []
    tied_advice = (_class_denial(q, ev, [], corpus_stats(index).lexicon)
                   if q.yes_no and lead is None and not closest and judgement.level != "none" and q.intervention
                   and not asks_against(q.text) else None)
    if tied_advice is not None and any(tied_advice is c for c in chosen):
        # An answer with no closest evidence whose sections quote advice against a class the asked member is tied to
        # ("... are not recommended for adults with ..." of the member's class): that advice is its closest evidence,
        # which the verdict below reads as a "no" for the member (``_class_denial``).
        closest = [tied_advice]
        quoted = [c for c in (lead, *support, *closest, gap) if c is not None]
        picked = {key: [c for c in found if c is not tied_advice] for key, found in picked.items()}
        answered = True
    if q.yes_no and (not answered or (lead is None and (of_other_people(q, closest) or bounded_out(q, closest)))):
        # (Closest evidence only on other people than those asked of, "children older than 6 months" for a
        # 2-month-old, or bounded so where it names the asked use: their yes or no is not the asked people's.)
        verdict = "insufficient"
    elif q.yes_no:
        reading = reading or read_yes_no(q, ev, tuning)
        verdict, behind = reading.verdict, reading.behind
        if lead is None and verdict in ("yes", "no") and behind and all(scenario_only(c.text) for c in behind):
            # (Nor on a case scenario its source sets out to rate, "Variant 1: an older man, four lesions ...",
            # alone: it says nothing of what to do, ``scenario``.)
            verdict, behind = "insufficient", []
        if lead is None and (neither_from_findings(verdict, behind) or (
                follows_in_part is not None and neither_from_findings(None, behind))):
            # (... nor a yes or a no for a follow-up: it asks of what the question before left out, a state or a value
            # or a use, "... >> And if eGFR is 25?", and a result read in other words is on the topic at large.)
            verdict, behind = "insufficient", []
        if lead is None and verdict in ("yes", "no") and far_below_quoted(behind, closest,
                                                                          tuning.verdict_quoted_share):
            # A yes or a no leans on what the closest evidence quotes: read from statements it does not quote and the
            # relevance model believes far less (a shockwave trial's finding, 0.32, beside "Closest evidence:" on how
            # deposit size relates to pain, 0.86), it leans on nothing the reader sees.
            verdict = "uncertain"
        if lead is None and verdict in ("yes", "no") and not names_condition_itself(ev.concepts[1], behind):
            # Nor does it lean on closest guideline statements none of which names the asked condition in its own
            # words, only their passage does ("Serum gizmocal levels may fall in pregnancy." in a chunk on fractures,
            # for "Does gizmocal prevent fractures in older people?", read "yes"): no evidence on the question.
            verdict = "insufficient"
        if lead is None and verdict in ("yes", "no") and names_no_thing(q, ev.intervention_forms, behind, ranked):
            # Nor on closest statements none of which names a word of the asked thing ("... start vaginal
            # progesterone?" above antenatal steroids and triplet reduction) where the source advises against that
            # thing elsewhere: nothing said of it, and not what the source says (``case_against``).
            verdict = "insufficient"
        if lead is None and verdict in ("yes", "no") and behind and all(
                narrowed_past_the_case(q.as_asked or q.text, c) for c in behind):
            # Nor on advice for the asked people narrowed to those "who have" something the case never states ("...
            # in women with gizmo syndrome who have type 2 diabetes"): the subgroup's yes or no (``further_group``).
            verdict = "insufficient"
        if lead is None and verdict in ("yes", "no") and behind and _named_only_as_target(q, ev, behind):
            # Nor on statements that name the asked thing only as what another agent acts against ("... therapy with a
            # vitamin Q antagonist ..." for "give vitamin Q?"): advice on the antagonist, nothing said of the thing.
            verdict = "insufficient"
        if lead is None and verdict in ("yes", "no") and lean_off_needed_thing(q.as_asked or q.text,
                                                                               [*behind, *closest]):
            # Nor, asked whether a thing is needed ("... - do I need an MRI brain?"), on statements none of which (nor
            # of the closest quoted) names it or what its name stands for, or says what is not needed (a diagnostic
            # manoeuvre's advice): nothing said of it
            # (``verdict_unnamed``).
            verdict = "insufficient"
        if verdict == "insufficient" and lead is None and closest and not asks_against(q.text):
            # Closest evidence on the class the asked numbered subtype is of ("vitamin K" of "vitamin K2") that
            # advises against it, finds no support for it or denies it, on the asked condition: a "no" for the
            # subtype too, leaning so from the indirect evidence quoted (``class_no``); never a "yes".
            denial = _class_denial(q, ev, closest, corpus_stats(index).lexicon)
            if denial is not None and (any(denial is c for c in closest) or any(denial is c for c in chosen)):
                verdict, behind = "no", [denial]
                if all(denial is not c for c in closest):
                    # (A member's class advice read from the statements quoted in sections leads the closest
                    # evidence: the "no" is shown with the advice it rests on, never one the answer quotes nowhere.)
                    closest = quoted_first(denial, closest, tuning.closest_statements)
                    quoted = [c for c in (lead, *support, *closest, gap) if c is not None]
                    picked = {key: [c for c in found if c is not denial] for key, found in picked.items()}
        excepting = (excepting_advice(q.text, [c.text for c in closest], frozenset().union(*ev.intervention_forms))
                     if verdict == "insufficient" and lead is None and q.intervention else None)
        if excepting is not None:
            # Closest evidence whose advice for the asked thing excepts the very case asked about ("... a suitable
            # alternative ..., unless warfarin is specifically required, such as with a mechanical heart valve" for a
            # DOAC instead of warfarin in a patient with a mechanical heart valve): a no there, leaning so from the
            # indirect evidence quoted, as ``on_exception`` reads a lead's exception (as asked: "yes" to avoiding it).
            verdict, behind = as_asked(q.text, "no"), [closest[excepting]]
        stopping = (stop_advised(q.text, q.condition, [c.text for c in closest], ev.intervention_forms)
                    if verdict == "insufficient" and lead is None and q.intervention else None)
        if stopping is not None:
            # Closest evidence advising to stop the asked thing in the asked circumstance ("... should be discontinued
            # before conception ..." for "Should X be stopped in women ... planning pregnancy?"): yes, as asked.
            verdict, behind = "yes", [closest[stopping]]
        lacking = (needed_but_lacking(q.text, [c.text for c in closest])
                   if verdict == "insufficient" and lead is None else None)
        if lacking is not None:
            # Closest evidence that says the asked people need what the question says they lack ("... need effective
            # contraception" for "... in a 28F not on contraception ok?"): a no for them (``verdict_lacking``).
            verdict, behind = as_asked(q.text, "no"), [closest[lacking]]
        advised = (closest_advice(q, closest, ev.intervention_forms, state_links(index).kind_of)
                   if verdict in ("insufficient", "uncertain") and lead is None and follows_in_part is None
                   and not regimen_quoted(q, closest) else None)
        if advised is not None:
            # Closest evidence that is a guideline's own advice on the asked intervention in the asked condition, kept
            # from the lead by case details the question adds ("COPD pt just had an MI"): its yes or no, leaning so
            # from the statement quoted (``verdict_closest_advice``). (Not for a question asking a dose or a course
            # that the quote states, ``regimen_quoted``: its "is appropriate" is the dose's, no yes to the question.)
            verdict, behind = advised[0], [advised[1]]
            if advised[0] == as_asked(q.text, "no") and closest and closest[0] is not advised[1]:
                # (Advice against the asked thing that gives the verdict leads the closest evidence, as a section's
                # does: "Clinicians should not use X as a first line ..." stood second, after a sentence on X's later
                # use, under its "no". Advice for it keeps its place: a sentence on its safety may lead better.)
                closest = quoted_first(advised[1], closest, tuning.closest_statements)
                quoted = [c for c in (lead, *support, *closest, gap) if c is not None]
        elif (follows_in_part is not None and verdict in ("insufficient", "uncertain") and lead is None
              and not regimen_quoted(q, closest)):
            # ... and for a follow-up naming no thing a reading takes, advice of the sources the answer before quoted
            # that names most of its own words ("Routine monitoring of serum gizmo levels is not recommended" for "do
            # I need to check serum gizmo levels on it?"; ``follow_up_advice``).
            before = follows_in_part
            followed = follow_up_advice(q, closest, frozenset(r.doc_id for r in before.references),
                                        before.read_as or before.question, before.intervention)
            if followed is not None:
                verdict, behind = followed[0], [followed[1]]
        if case_against is not None:
            # Advice against it for the asked people's state, leading the closest evidence: its no, as asked.
            verdict, behind = as_asked(q.text, "no"), [case_against]
        elif case_for is not None:
            verdict, behind = as_asked(q.text, "yes"), [case_for]
        going_on = _leave_to_go_on(q, ev, closest) if lead is None else None
        if going_on is not None:
            # Asked whether one already on the thing must stop (or may go on), a closest statement letting those
            # already on it go on answers, whatever another says of starting it ("... not recommended as a new
            # treatment"): going on, a no to stopping (``polarity.lets_users_go_on``, as ``guideline.verdict_of``
            # reads a lead).
            verdict, behind = as_asked(q.text, "yes", going_on.text) or "yes", [going_on]
        banded = (narrower_band(index, q, ev.intervention_forms, next(iter(behind), None))
                  if lead is None and verdict in ("yes", "no") else None)
        if banded is not None:
            # A lean on advice for a broad age band ("... for women over 40") where the same guideline advises on the
            # asked thing for a narrower band that holds the case's age too ("Women aged 50 and over should ... stop
            # ..." for a 51-year-old): the narrower rule decides, and is quoted first (``narrower_band``).
            verdict, behind = banded[0], [banded[1]]
            closest = quoted_first(banded[1], closest, tuning.closest_statements)
            quoted = [c for c in (lead, *support, *closest, gap) if c is not None]

    windowed = window_branch(index, q, ev.intervention_forms, ranked) if lead is None and verdict not in (
        "yes", "no") else None
    if windowed is not None:
        # A case that gives its time since the event ("raped 4 days ago", "on day 4") beside a guideline's rules for
        # windows of time: the rule whose window holds it decides and is quoted first, or, past every window the act is
        # advised in, a no (``window_branch``).
        verdict = windowed[0] if windowed[0] is not None else verdict
        behind = [windowed[1]]
        closest = quoted_first(windowed[1], closest, tuning.closest_statements)
        quoted = [c for c in (lead, *support, *closest, gap) if c is not None]

    over = _verdict_overrides(index, q, ev, question, follows_in_part, tuning, _Overriding(
        verdict, behind, lead, support, closest, gap, picked, quoted, ranked, judgement, second_against, answered))
    verdict, behind, closest, picked, quoted = over.verdict, over.behind, over.closest, over.picked, over.quoted
    if q.yes_no and verdict in ("yes", "no") and behind and (_against_own_reading(q, ev, verdict, behind, quoted,
                                                                                 ranked) or (
            not ev.direct and yes_on_denial(q.text, verdict, behind[0].text))):
        # A yes or a no resting on a statement that names nothing of the asked thing beside one quoted that does, or
        # on one branch of a source's advice while its sibling sentence advises the other way for the stated case:
        # the reading is unsure, so it is hedged, never turned (``verdict_own_lead``); so is a yes from closest evidence
        # only resting on a statement that denies one of the question's own words (``yes_on_denial``).
        verdict = "uncertain"
    if q.yes_no and verdict == "yes" and behind and _quoted_against(q, behind[0], quoted):
        # A yes resting on a statement on those already using the thing that advises neither way ("If people ... are
        # already using X or Y, discuss ... continuing or altering therapy") above a quoted guideline statement of its
        # source advising against what both name ("Do not use any of the ... below ...: Prednisolone"): no yes stands
        # above a quoted "do not", so it is hedged.
        verdict = "uncertain"
    # (Its way may turn a yes or a no only where the verdict model read it and no rule turned it since: a rule reading
    # the case's values, "bitten 3 days ago" against "who present within 48 hours", gives the case's way.)
    model_read = reading is not None and verdict == reading.verdict and bool(behind) and behind == reading.behind
    settled = (settling_advice(q, verdict, behind, closest, ev.intervention_forms, state_links(index).kind_of,
                               may_turn=model_read)
               if lead is None and follows is None and verdict in ("yes", "no", "insufficient") else None)
    if settled is not None:
        # The first closest statement is a guideline's advice on the asked thing for the asked case, kept from the lead
        # only by case detail no statement names: it answers the question, direct evidence, and leads with its way
        # (``settled_advice``); the other closest statements go to their sections. (Not where the verdict was hedged
        # to "uncertain" above, a sibling advising the other way or a quote denying the asked word, nor where none was
        # read; nor where the statement, judged again, is still no direct evidence.)
        settled_lead = replace(settled.statement, direct=True)
        resettled = {key: [*found] for key, found in picked.items()}
        for c in closest[1:]:
            key = route(c, bool(q.intervention))
            if all(c is not o for o in resettled.get(key, ())):
                resettled[key] = [*resettled.get(key, []), c][:tuning.section_caps[key]]
        rechosen = [settled_lead, *(c for key in SECTION_ORDER for c in resettled.get(key, []))]
        rejudged = judge(rechosen, appraisal.source_designs(index, (c.hit.document for c in rechosen),
                                                            outdated_years, facts), q.type == "dosing", q.aspect, need)
        if rejudged.level not in ("none", "indirect"):
            verdict, lead, behind = settled.verdict, settled_lead, [settled.statement]
            closest, support, picked, quoted, chosen = [], [], resettled, [settled_lead], rechosen
            judgement = rejudged
            judgement.level = conflicts.adjusted_level(judgement.level, conflict)
    if q.yes_no and lead is None and model_read and verdict in ("yes", "no") and \
            first_advice_way(q, closest, ev.intervention_forms) not in (None, verdict):
        # A lean the verdict model read against the first closest statement, a guideline's whole advice on the asked
        # thing that denies nothing ("leans no" above "Gizmotab ... is recommended as an option ..."): it tells the
        # reader the opposite of the quote under it, whatever statements it was read from (``first_advice``). (Not a
        # way a rule read from the case's values, "bitten on day 4" against "who present within 48 hours".)
        verdict = "uncertain"
    answered_by = _rated_case(index, q, question, ev, lead, closest, tuning)
    if answered_by is not None:
        # A rated table's rows for the case asked (the variant its words fit, ``rated_case``) lead the bottom line:
        # its best-rated procedures for "which test?", the asked procedure's own row and the verdict its rating gives
        # for "is X appropriate?". The statements they displace go to their sections.
        rows = [replace(c, direct=True) for c in answered_by.rows]
        resettled = {key: [c for c in found if all(c.text != r.text for r in rows)] for key, found in picked.items()}
        for c in [*([lead] if lead is not None else []), *support, *closest]:
            key = route(c, bool(q.intervention))
            if all(c.text != r.text for r in rows) and all(c is not o for o in resettled.get(key, ())):
                resettled[key] = [*resettled.get(key, []), c][:tuning.section_caps[key]]
        rechosen = [*rows, *(c for key in SECTION_ORDER for c in resettled.get(key, []))]
        rejudged = judge(rechosen, appraisal.source_designs(index, (c.hit.document for c in rechosen),
                                                            outdated_years, facts), q.type == "dosing", q.aspect, need)
        if rejudged.level != "none":
            lead, support, closest, gap = rows[0], rows[1:], [], None
            picked, quoted, chosen, behind = resettled, rows, rechosen, [rows[0]]
            verdict = answered_by.verdict if q.yes_no and answered_by.verdict else verdict
            judgement = rejudged
            judgement.level = conflicts.adjusted_level(judgement.level, conflict)
    other_values, set_apart = over.other_values, over.set_apart
    numbering = Numbering()
    names_all = bool(closest) and names_what_is_asked(q, closest[0])
    # A dosing question whose quotes state no dose (course, frequency) of what it asks is told so before them, and a
    # question on harms whose quotes state none.
    unstated = unstated_asked(q, [c for c in (lead, *support) if c is not None] if lead is not None else closest)
    if unstated is None and other_values:
        unstated = VALUES_UNSTATED
    elif unstated is None and set_apart:
        unstated = CASE_SET_APART
    elif unstated is None and _state_unaddressed(q, chosen, ev.for_them):
        # ... and whether a thing is safe in a state none of the answer's quotes names: said so before them.
        unstated = STATE_UNSTATED
    elif unstated is not None and unstated_asked(q, chosen) is None:
        # ... but never beside a quote of the answer's own sections that states it: "The statements quoted here do not
        # state how often to use screening" stood above a Practical Recommendations quote of screening "every 3 years".
        unstated = None
    # (Closest evidence all of it advice for other people than asked, none of their sources giving it for the asked
    # ones, says so in its caveat: ``people_clause.speaks_of_others``.)
    on_others = bool(closest) and all(speaks_of_others(q.as_asked or q.text, c, who=True) for c in closest)
    parts = bottom_line(q, judgement, _lead_facts(lead), verdict, _unique(c.doc_id for c in behind),
                        tuple(c.doc_id for c in closest), tuple(c.doc_id for c in support), names_all,
                        gap.doc_id if gap is not None else None, unstated, on_others)
    in_place = iter(quoted)
    bottom_statements: list[Statement] = []
    for text, cites in parts:
        for s in _bottom_statement(text, cites, in_place, numbering, q.search_text):
            if not (s.text == ELLIPSIS and bottom_statements and bottom_statements[-1].text == ELLIPSIS):
                bottom_statements.append(s)  # one ellipsis between two excerpts cut where they meet
    bottom = BottomLine(text=" ".join(s.text for s in bottom_statements),
                        citations=_unique(n for s in bottom_statements for n in s.citations),
                        verdict=verdict, statements=bottom_statements)
    drafts = _section_drafts(q, picked, judgement, closest_caveat(q, names_all, on_others) if closest else CLOSEST,
                             gap.doc_id if gap is not None else None)
    if judgement.level != "none":  # the opening summary from extracted facts, then any conflict
        drafts["current_evidence"][0] = Draft(*appraisal.opening_summary(judgement, chosen, index, outdated_years,
                                                                         facts), origin="template")
        if conflict is not None:
            drafts["current_evidence"].insert(1, Draft(*conflict.statement(), origin="template"))
    if ev.retracted and drafts:
        drafts["limitations"].append(Draft(*retraction_note(ev.retracted), origin="template"))
    sections, all_drafts = [], [_quote(c, q.search_text) for c in quoted]
    for key in SECTION_ORDER:
        if not drafts.get(key):
            continue
        statements = [Statement(text=conflicts.cite_inline(d.text, numbering), citations=numbering.cite(d.cites),
                                origin=d.origin, grade=appraisal.statement_grade(d.text, d.hit))  # appraisal hooks
                      for d in drafts[key]]
        sections.append(Section(key=key, heading=HEADINGS[audience][key], statements=statements))
        all_drafts.extend(drafts[key])
    now = datetime.now(timezone.utc)
    return Answer(
        id=uuid.uuid4().hex, question=typed if typed != question else q.as_asked or q.text,
        read_as=q.text if q.as_asked or typed != question else None, audience=audience,
        title=q.title, bottom_line=bottom, sections=sections,
        references=appraisal.appraise_references(build_references(numbering, all_drafts, hits), index,
                                                 outdated_years, known=facts),  # appraisal hook
        evidence=Evidence(level=judgement.level, sources=len(judgement.sources),
                          guidelines=len(judgement.guidelines), research=len(judgement.research),
                          designs=judgement.designs, direct=judgement.direct,
                          direct_sources=len(judgement.direct_sources), laboratory_only=judgement.laboratory_only,
                          conflicting=conflict is not None),
        disclaimer=DISCLAIMERS[audience], follows=follows.id if follows else None, review=Review(),
        created_at=now, updated_at=now, index_version=index.version,
        intervention=q.intervention, condition=q.condition, question_type=q.type, verdict=verdict,
    )


# A rated row among this many of the ranked statements brings its source's table in (the row of the fitting variant may
# stand far lower, or not among them at all: the relevance model weighs each row's wording).
RATED_REACH = 20


def _rated_case(index: SearchIndex, q: Question, question: str, ev: RankedEvidence, lead: Candidate | None,
                closest: list[Candidate], tuning: AnswerTuning) -> RatedAnswer | None:
    """The rated rows of the source's table that answer the question's case (``rated_case.rated_answer``): of the
    source of the statement the answer leads with, or of a rated row ranked near the top. Asked which thing to do or
    whether one is appropriate (no dose, no comparison of two). A lead in words is displaced only by its own source's
    table: the source's rating for the case is its advice, its discussion's sentence ("FDG-PET may play a role ...",
    read as a yes beside a rating of 3) is not; another source's lead stays."""
    if q.type == "dosing" or q.comparator or asks_several(q.text) or not asks_for_rating(question, q.yes_no):
        return None
    first = lead if lead is not None else next(iter(closest), None)
    docs = [c.hit.document for c in ([first] if first is not None else [])]
    if lead is None or rated_row(lead) is not None:
        docs += [c.hit.document for c in ev.ranked[:RATED_REACH] if rated_row(c) is not None]
    stats = corpus_stats(index)
    store = getattr(index, "store", None)
    for document in {d.id: d for d in docs}.values():
        if document.kind != DocumentKind.GUIDELINE:
            continue
        # (A Milvus index has no local store to read a document's passages from: its retrieved ones only. A source's
        # passages, read from the store, are kept for the index version where they hold a rated row, and only that
        # they hold none otherwise: every yes/no answer with a guideline's lead asks of its source's table.)
        hits = (stats.remembered(("rated passages", document.id), functools.partial(_rated_passages, store, document))
                if store is not None else [h for h in ev.hits if h.document.id == document.id])
        if not has_rated_rows(h.chunk.text for h in hits):
            continue
        rows = source_rows(hits, lambda own: candidates(q, own, stats, *ev.concepts, tuning, floors=False,
                                                       keep=rated_text))
        cases = written_cases(h.chunk.text for h in hits)
        found = (rated_answer(rows, cases or [document.title], question, q.text, q.yes_no, stats.idf, q.intervention)
                 if rows else None)
        if found is not None:
            ranked = {c.text: c for c in ev.ranked}  # (a row the ranking holds keeps its score)
            return RatedAnswer(tuple(ranked.get(c.text, c) for c in found.rows), found.verdict)
    return None


def _rated_passages(store: ChunkStore, document: Document) -> list[Hit]:
    """Every passage of ``document`` in ``store``, as hits, where one holds a rated row (``rated_case.has_rated_rows``);
    none otherwise."""
    hits = [Hit(chunk=chunk, document=document, rank=0, score=0.0, lexical=0.0)
            for _, chunk in store.chunks_of(document.id)]
    return hits if has_rated_rows(h.chunk.text for h in hits) else []


def _with_source_sentences(q: Question, ev: RankedEvidence, closest: list[Candidate]) -> list[Candidate]:
    """The statements advice against the asked thing for the case is looked for in (``case_against``): the ranked ones,
    those quotable only as closest evidence, then the rest of the sentences of the quoted sources' retrieved passages
    (``case_against.source_sentences``)."""
    known = [*ev.ranked, *ev.closest_only]
    thing = thing_asked(q, ev.intervention_forms)
    return [*known, *source_sentences(ev.hits, closest, known, frozenset().union(*thing))] if thing else known


def _with_counterparts(index: SearchIndex, q: Question, ev: RankedEvidence, closest: list[Candidate],
                       tuning: AnswerTuning) -> list[Candidate]:
    """``people_clause.with_counterparts`` of the closest statements, a source's statements scored from the passages
    retrieved of it without the relevance floors, and the counted families read from the retrieved passages' words."""
    if not closest:
        return closest
    asked = q.as_asked or q.text
    # (The passages' words are read only for a question naming a number prefix alone, the one reading that needs
    # them: a union over every hit's words was some 2 ms of each answer.)
    known = (frozenset().union(*(letter_words(h.chunk.text) for h in ev.hits)) if names_bare_count(asked)
             else frozenset())
    stats = corpus_stats(index)

    def score(doc_id: str, keep: Callable[[str], bool]) -> list[Candidate]:
        own = [h for h in ev.hits if h.document.id == doc_id]
        return candidates(q, own, stats, *ev.concepts, tuning, floors=False, keep=keep) if own else []
    fitting = with_counterparts(asked, closest, score, known)
    # ... and advice for people not given what the case says its patient was given ("... who did not receive prior
    # X" for "what if he had already had X?") gives way to its source's advice for those given it (``received_clause``).
    return with_given_counterparts(asked, fitting, score, stats.lexicon)


def _stating_in_sections(q: Question, lead: Candidate | None, support: list[Candidate],
                         picked: dict[str, list[Candidate]]) -> Candidate | None:
    """The first statement the sections quote (in their order) that states what the question asks of a regimen or of
    harms (``lead.unstated_asked``) where the bottom line's lead and support state none of it; None where they state
    it, the question asks neither, or there is no lead (its closest evidence is quoted under a caveat)."""
    if lead is None or unstated_asked(q, [lead, *support]) is None:
        return None
    return next((c for key in SECTION_ORDER for c in picked.get(key, []) if unstated_asked(q, [c]) is None), None)


# Per tuning object (by identity: a tuning holds a dict, so it has no hash), itself and its account form.
_ACCOUNT_TUNINGS: dict[int, tuple[AnswerTuning, AnswerTuning]] = {}
ACCOUNT_TUNINGS_KEPT = 8


def _account_tuning(tuning: AnswerTuning) -> AnswerTuning:
    """``tuning`` with the quote counts of a question asking for an account (``account_support``,
    ``account_closest``), made once per tuning object rather than copied field by field for each answer (the
    object is kept with it, so its id names it while remembered; a tuning is frozen)."""
    kept = _ACCOUNT_TUNINGS.get(id(tuning))
    if kept is not None and kept[0] is tuning:
        return kept[1]
    if len(_ACCOUNT_TUNINGS) >= ACCOUNT_TUNINGS_KEPT:
        _ACCOUNT_TUNINGS.clear()
    made = replace(tuning, bottom_line_support=tuning.account_support, closest_statements=tuning.account_closest)
    _ACCOUNT_TUNINGS[id(tuning)] = (tuning, made)
    return made


@dataclass(frozen=True)
class RankedEvidence:
    """The statements an answer is chosen from, for one question: ``hits`` as retrieved; ``ranked``, every
    quotable statement of an unflagged source, best first; ``closest_only``, those quotable only as closest
    evidence; ``direct``, the ranked statements that answer the question (none when they look like another
    document's near misses: ``near_misses``); their ``salient`` ordering; the ``lead`` of the bottom line,
    if any; and the ``retracted`` sources whose statements would have qualified."""

    hits: list[Hit]
    ranked: list[Candidate]
    closest_only: list[Candidate]
    direct: list[Candidate]
    near_misses: bool
    salient: dict[str, float]
    lead: Candidate | None
    retracted: list[str]
    intervention_forms: tuple[frozenset[str], ...] = ()  # the asked intervention's names (``Concept.forms``)
    # The terms of the names the direct statements' sources give the asked condition in their titles
    # (``title_outcomes``: "myocardial infarction" for "heart attacks"), read as the condition by the verdict.
    outcome_names: frozenset[str] = frozenset()
    # The terms of the asked intervention the corpus writes, where it writes none for the rest of it ("exercise" of
    # "walking exercise"): what its closest evidence may name of it (``closest_evidence``). Empty otherwise.
    written_rest: frozenset[str] = frozenset()
    # The statements that looked direct but were set aside as near misses (``near_misses``) for a question naming an
    # intervention and a condition: each pairs the two and reports a finding, so each may be quoted as its closest
    # evidence (``closest_statements``).
    set_aside: tuple[Candidate, ...] = ()
    # How the lead answers for the people the question asks about, where it was chosen for them: "against" for advice
    # against the asked intervention in their state (``subgroup.against_for_them``), "for" for its use in their state
    # as the exception to advice against it (``subgroup.used_for_them``); None otherwise.
    for_them: Literal["against", "for"] | None = None
    # The question's intervention and condition as read against the corpus (``question_concepts``): what a source's
    # title names of them (``off_question``).
    concepts: tuple[Concept | None, Concept | None] = (None, None)
    # The direct statements the lead was chosen from (``lead.answering`` of ``direct``), which the verdict's reading
    # weighs again (``_read_yes_no``); None where not read, as for evidence built by hand.
    answering: tuple[Candidate, ...] | None = None
    # A found guideline's graded advice kept under the floors, quotable only in place of its source's ungraded closest
    # sentence (``graded.graded_in_place``); no other stage weighs it.
    stand_ins: tuple[Candidate, ...] = ()
    # The index's term IDF (``corpus_stats``): which words the corpus writes, and how often (``mismatch.
    # another_prefix``). None for evidence built by hand.
    idf: Callable[[str], float] | None = None


# "instead" or "an alternative" with no object ("What should I use instead?", "Is there an alternative?"): a replacement
# for what the question before asked about. Grammar.
_BARE_INSTEAD = re.compile(r"\binstead\b(?!\s+of\b)|\balternatives?\b(?!\s+(?:to|for)\b)", re.I)


# How many of an acronym's letters its spelling may take inside a word rather than as one word's initial (the "v" of
# "intravenous" in "total intravenous anaesthesia" for "TIVA"): one, as a prefix's letter; more is a run of words that
# merely hold the letters. A spelling the learned lexicon disagrees with is never taken (``Lexicon.spelled``).
SPELLED_INSIDE_LETTERS = 1
# ... and only for an acronym of this many letters or more: two words for three letters are a chance run too often
# (questions of the guideline lists over the shared corpora: "NPO" as "none provided", "PTU" as "proteins
# undercarboxylated", "QRS" as "quality ratings"; none of them known to the learned lexicon to say no).
SPELLED_INSIDE_MIN_LETTERS = 4


def _spelled_enough(acronym: str, spelling: str) -> bool:
    """Whether ``spelling`` spells ``acronym`` with words enough to stand for it in a question read as no topic: one
    initial a word, or one letter inside a word of an acronym of ``SPELLED_INSIDE_MIN_LETTERS`` letters or more."""
    words = len(re.split(r"[\s\-]+", spelling))
    return words == len(acronym) or (len(acronym) >= SPELLED_INSIDE_MIN_LETTERS
                                     and words >= len(acronym) - SPELLED_INSIDE_LETTERS)


def _topic_spelled(q: Question, question: str, lexicon: Lexicon) -> str:
    """``question`` with its condition written out where the reading gives it as one acronym alone that the corpus
    neither writes nor defines and whose letters the corpus's own words spell one way (``Lexicon.spelled``:
    "iron-deficiency anaemia" of "IDA"); ``question`` otherwise. Only the condition as a whole: an acronym inside a
    longer phrase ("LABA without ICS", "moderate severity CAP") is left to its concept's forms, which spell it there;
    so is an intervention's ("Are DOACs better than warfarin ...?" written out lost its closest statement on the
    asked outcome to one naming both sides of the comparison)."""
    topic = q.condition
    if not topic and not q.intervention:
        # A question read as no topic at all ("uncomplicated GZM managed at home - give antibiotics?"): each acronym of
        # three capitals or more in it the corpus spells one way, written out; read as written, it found nothing.
        for word in question.split():
            bare = word.strip("?!.,;:()[]\"'")
            if re.fullmatch(r"[A-Z]{3,6}", bare) and re.search(rf"(?<![\w\-]){bare}(?![\w\-])", q.text) \
                    and len(spelled := lexicon.spelled(bare)) == 1 \
                    and _spelled_enough(bare, spelled[0]):
                # (kept by the reading: "TDS" is a note's.) (At most one letter taken inside a word, "total intravenous
                # anaesthesia" of "TIVA"; "INR" spelled "increased risk" over guidelines that never write it is left out
                # by the long forms learned from text, ``Lexicon.spelled``.)
                question = re.sub(rf"(?<![\w\-]){re.escape(bare)}(?![\w\-])", spelled[0], question, count=1)
        return question
    if not topic or len(topic.split()) != 1 or topic not in question:
        return question
    spellings = lexicon.spelled(topic)
    if len(spellings) != 1:
        return question
    return re.sub(rf"(?<![\w\-]){re.escape(topic)}(?![\w\-])", spellings[0], question, count=1)


# How near (the index's embedder) a word the corpus writes before the same noun must be to a modifier it never writes
# to stand for it, and how far ahead of the next such word: "erratic" / "unstable" 0.68 before "INR", the next
# ("consistent") 0.56, "stable" 0.53 (default corpus, all-MiniLM-L6-v2, session 54). Set by eye on that one pair, not
# fitted: a weakness; the margin keeps an antonym the embedder puts near from standing in.
MODIFIER_NEAR_MIN_COSINE = 0.6
MODIFIER_NEAR_MARGIN = 0.1
_MODIFIER = re.compile(r"[a-z][a-z\-]{3,}")
_WRITTEN_WORD = re.compile(r"[A-Za-z][\w\-]*")


def _modifier_written(q: Question, question: str, index: SearchIndex, lexicon: Lexicon) -> str:
    """``question`` with a word of its condition or intervention that the corpus never writes, said before a noun it
    writes ("erratic" of "patient on warfarin with erratic INRs"), in the corpus's own word for it: of the words the
    corpus writes right before that noun ("unstable INR values", "higher INR targets"), the one the embedder puts
    nearest, where near enough and clearly nearest (``MODIFIER_NEAR_MIN_COSINE``, ``MODIFIER_NEAR_MARGIN``). The
    corpus cannot name a word it never writes, so a statement on the same state in its words ("... when a patient on
    warfarin has unstable INR values") answered only as indirect evidence. ``question`` otherwise."""
    passages = chunk_passages(index)
    if passages is None:
        return question
    for topic in (q.condition, q.intervention):
        words = (topic or "").split()
        for word, noun in zip(words, words[1:]):
            heads = frozenset(tokenize(noun))
            if (not _MODIFIER.fullmatch(word) or not lexicon.unwritten(word) or not heads or lexicon.unwritten(noun)
                    or not re.search(rf"(?<![\w\-]){re.escape(word)}(?![\w\-])", question)):
                continue
            before = corpus_stats(index).remembered(("words before", heads),
                                                    functools.partial(_words_before, heads, passages))
            vectors = lexicon.phrase_vectors([word, *before]) if before else None
            if vectors is None:
                continue
            near = sorted(((float(vectors[0] @ v), w) for w, v in zip(before, vectors[1:])), reverse=True)
            if near[0][0] >= MODIFIER_NEAR_MIN_COSINE and (len(near) == 1
                                                           or near[0][0] - near[1][0] >= MODIFIER_NEAR_MARGIN):
                return re.sub(rf"(?<![\w\-]){re.escape(word)}(?![\w\-])", near[0][1], question, count=1)
    return question


def _words_before(heads: frozenset[str], passages: Passages) -> dict[str, int]:
    """The words the corpus writes right before a noun of terms ``heads`` (lower-case, of four letters or more, not
    a question's word), with how often, in the chunks naming it (``_modifier_written``)."""
    before: dict[str, int] = {}
    for text in passages(heads):
        said = _WRITTEN_WORD.findall(text)
        for one, two in zip(said, said[1:]):
            if (one.islower() and len(one) >= 4 and frozenset(tokenize(two)) == heads
                    and frozenset(tokenize(one)) - QUESTION_WORDS):
                before[one] = before.get(one, 0) + 1
    return before


def _corpus_spelled(question: str, lexicon: Lexicon) -> tuple[str, tuple[str, ...]]:
    """``question`` in the corpus's words (``answer_question``: respelled, hyphens, learned long forms, short acronyms,
    apposed names), with the long forms learned from text."""
    learned_out, learned_forms = lexicon.learned_written(lexicon.hyphen_written(lexicon.respelled(question)))
    return lexicon.apposed_less(lexicon.spelled_short(learned_out)), learned_forms


def _read_follow_up(index: SearchIndex, question: str, follows: Answer) -> Question:
    """A follow-up read against the answer it follows: one that names only what changes ("What about X?") as the
    previous question with that change (``follow_up.as_whole_question``), shown as asked; any other inherits the
    previous topic where it names none. A chain of follow-ups is read against the whole question the previous one was
    read as (``Answer.read_as``), so that it keeps narrowing that question."""
    # (A follow-up asking which thing and then its regimen, "which drug and what dose?", is read as its regimen ask:
    # ``follow_up.regimen_of_two_asks``.)
    regimen_ask = regimen_of_two_asks(question)
    q = _read_follow_up_as_asked(index, regimen_ask or question, follows)
    q = replace(q, as_asked=question) if regimen_ask else q
    # What the answer before quoted, and the words it answered: quoted again only where it speaks to what the
    # follow-up asks anew (``quoted_before.not_quoted_again``).
    q = replace(q, quoted_before=tuple(s.text for s in follows.bottom_line.statements if s.origin == "source"),
                asked_before=" ".join(p for p in (follows.question, follows.read_as) if p))
    if q.yes_no and follows.verdict is None and _BARE_CONDITIONAL.match(question.strip()):
        # A case alone after an open question ("and if they have a gizmo valve?" after "... - options?") asks that
        # question again in the case, not whether: no yes or no (read alone, "Yes." stood above INR targets).
        q = replace(q, yes_no=False)
    if q.yes_no:
        alone = read_question(question)
        if alone.type == "dosing" and not alone.yes_no:
            # A case that asks a dose ("if anaemic, oral gizmo dose") asks the dose, whatever whether-question it is
            # read into: read whole, "Yes." stood above the dose.
            q = replace(q, yes_no=False)
    return q


def _restated_whole(index: SearchIndex, question: str, follows: Answer) -> bool:
    """Whether a follow-up is read as the case note before it with a value said anew (``follow_up.restated_case``)."""
    return restated_case(question, _previous(index, follows)) is not None


def _previous(index: SearchIndex, follows: Answer) -> Previous:
    """What a follow-up of ``follows`` is read against: the question as read, its topic, and its case as written, in
    the corpus's words and in the dash shape every reading of a case note reads (``note_shape.dashed_note``): "30/40
    threatened preterm labour, cx 3 cm. steroids?" as "... cx 3 cm - steroids?". Typed with a full stop, the case
    was not read as one (``follow_up.case_context``), and "what dose?" was searched with its gestation and dilatation
    as words, which no statement of a dose names: it found no relevant evidence."""
    # A topic its answer read from a case note's words alone (``_ranked_as_case``) is not passed on: borne out by that
    # answer's evidence, not by a follow-up's ("which drug and what dose?" asked of "steroids" for the note's labour
    # lost the doses of the two drugs its guideline names, which the note's words as searched had found).
    topic = (follows.intervention, follows.condition)
    if follows.follows is None and topic != (None, None):
        guessed = _case_topic_of(index, _read_asked(index, dashed_note(follows.question), None))
        if guessed is not None and (guessed.thing, guessed.condition) == topic:
            topic = (None, None)
    return Previous(follows.read_as or follows.question, *topic,
                    _corpus_spelled(dashed_note(follows.question), corpus_stats(index).lexicon)[0])


def _names_a_topic(question: str) -> bool:
    """Whether a follow-up, read alone, names a topic of its own (an intervention or a condition)."""
    alone = read_question(question)
    return bool(alone.intervention or alone.condition)


# A follow-up that is a condition alone ("and if ...?", "what if ...?", "but if ...?"). Grammar.
_BARE_CONDITIONAL = re.compile(r"^(?:(?:and|but|so)\s+)?(?:what\s+)?(?:if|in\s+case)\b[^?]*\??$", re.I)


def _read_follow_up_as_asked(index: SearchIndex, question: str, follows: Answer) -> Question:
    """``_read_follow_up``, before the yes or no a bare conditional inherits."""
    # (The case the question before said first is kept in the corpus's words: "IDA" as the corpus spells it out.)
    previous = _previous(index, follows)
    whole = as_whole_question(question, previous, corpus_stats(index).lexicon,
                              answered=lambda text: len(rank_evidence(index, read_question(text)).direct))
    if whole != question:
        read = read_question(whole)
        if (read.yes_no and asked_tersely(whole) and not read_question(question).yes_no
                and not read_question(previous.question).yes_no):
            # A change alone after an open question ("What dose? >> And for children?", "How is X treated? >> What
            # about gizmo?") asks that question again of the change: its whole, "gizmo for X?", is no terse yes/no
            # question (``question.as_terse_asked``), and "Yes." stood above the dose for children.
            read = replace(read, yes_no=False)
        return replace(read, as_asked=question)
    # Where the question before asked which thing to use ("best single drug for quitting smoking"), what its answer
    # gave ("varenicline") is what a follow-up naming none asks of (``follow_up.answered_choice``).
    lead = next((s.text for s in follows.bottom_line.statements if s.origin == "source"), None)
    if follows.evidence.level == "none" and (previous.intervention or previous.condition):
        # A topic the answer before found no evidence on at all ("BP high on three drugs", in a short form the corpus
        # never writes) is no topic to inherit: asked of it, "do I need to check potassium" found nothing either. Its
        # question's words are searched with the follow-up's own instead (``follow_up.asked_after``). (Not a topic
        # the corpus speaks of only in parts, "1 source on X or Y separately": a follow-up still asks of it.)
        previous = replace(previous, intervention=None, condition=None)
    given = answered_choice(previous.question, follows.intervention, follows.condition, lead)
    # (Not where the question before read no condition: the thing alone, without the question's words, searched the
    # thing's other uses; "first line antibiotic for CAP? >> How many days?" quoted the thing's course for an ear
    # infection.)
    if given and follows.condition and not asks_of_a_thing(question):
        previous = replace(previous, intervention=given)
    elif (follows.condition and not previous.intervention and not asks_of_a_thing(question)
          and not _names_a_topic(question)):
        # ... and where it asked of no thing ("chronic gizmo hepatitis, ... - treat?"), the first thing its answer's
        # quotes advise ("gizmo analogues") is what a follow-up naming no topic ("which drug?", "how long?") asks of
        # (``follow_up.recommended_thing``).
        advised = next((thing for s in follows.bottom_line.statements if s.origin == "source"
                        if (thing := recommended_thing(s.text, follows.condition))), None)
        if advised:
            previous = replace(previous, intervention=advised)
    # ... and where the question before read no thing it asked of ("gizmozumab wobble fever dose"), the thing its lead
    # opens on that it named is what a follow-up's pronoun stands for ("can pt on gizmo take it?",
    # ``follow_up.thing_pointed_at``), whatever else the follow-up names ("pt on gizmo" is whom it asks of).
    pointed = thing_pointed_at(question, previous.question, previous.intervention, lead)
    if pointed:
        previous = replace(previous, intervention=pointed)
    intervention = previous.intervention
    asked = naming_people(without_conjunction(question), previous)
    # (A condition read with the failure of its treatment, "gizmo asthma not controlled on gizmocort", is inherited
    # as the condition alone: the follow-up asks about it, "anything to check before stepping up?", and a statement
    # naming the failed case whole led over the one that answers, which names no failure: ``before_failure``.)
    q = asked_after(read_question(asked, intervention, before_failure(previous.condition)), previous,
                    corpus_stats(index).lexicon)
    if q.inherited and q.instead_of is None and intervention and _BARE_INSTEAD.search(asked):
        # What to use "instead" with nothing after it ("What should I use instead?") asks a replacement for the
        # treatment asked before, not about it (``Question.instead_of``): no statement that offers it answers, nor is
        # quoted as the closest evidence (``not_the_replaced``). The intervention stays, so that a statement preferring
        # another to it ("... rather than a short-acting beta-agonist alone") is still found.
        q = replace(q, instead_of=intervention)
    named = naming_it(asked, intervention) if q.inherited else None
    if named:
        # The pronoun it opens on, named ("Is varenicline safe?" of "Is it safe?"): asked so where that reads the
        # same type, treatment and condition, so that it is searched and answered as the plain question is.
        plain = read_question(named)
        if (plain.type, plain.intervention, plain.condition) == (q.type, q.intervention, q.condition):
            return replace(plain, as_asked=question)
    return replace(q, as_asked=question) if asked != question else q


def rank_evidence(index: SearchIndex, q: Question, tuning: AnswerTuning = TUNING,
                  query_vector: np.ndarray | None = None) -> RankedEvidence:
    """Retrieve, score and rank the statements for ``q`` and choose the bottom line's lead: the stages every
    answer shares (``answer_question``) and that an evaluation replays (``eval.closest_training``)."""
    stats = corpus_stats(index)
    cut_hits: list[Hit] = []
    i_concept, c_concept = question_concepts(q, stats.lexicon, stats.idf)
    hits = retrieve(index, q, tuning, query_vector=query_vector, cut=cut_hits, pairs=pairing(i_concept, c_concept))
    scored = topic_candidates(q, hits, stats, i_concept, c_concept, tuning, cut_hits=cut_hits)
    # A guideline's graded advice kept under the floors only as a stand-in for its source's ungraded closest sentence
    # (``graded``) is weighed by no stage but that one: ranked, it led the closest evidence by other orders (a span of
    # time advised, for "which antibiotic prophylaxis?") and moved verdicts read from what was not quoted.
    stand_ins = tuple(c for c in scored if c.stand_in and not c.hit.document.flags)
    scored = [c for c in scored if not c.stand_in] if stand_ins else scored
    # (A follow-up does not quote again what the answer before it quoted, unless it speaks to what it asks anew.)
    scored = not_quoted_again(q, scored)
    # What a source says it leaves out ("This guideline does not cover ...", the items listed after such a note) is no
    # evidence for or against anything, and is not quoted, unless coverage is what was asked (``source_scope``).
    scored = source_scope.without_scope(scored, q.text)
    # Excerpts of cut sentences and statements of aim are quoted only as closest evidence (closest_evidence);
    # every other stage sees the statements it saw before them.
    closest_only = [c for c in scored if c.closest_only and not c.hit.document.flags]
    scored = [c for c in scored if not c.closest_only]
    # Retracted sources and notices (retractions, errata) are never quoted as support; a retracted source
    # whose sentences would have qualified is listed, with its flag.
    retracted = list(dict.fromkeys(c.doc_id for c in scored if c.hit.document.retracted))
    ranked = _rerank(q, [c for c in scored if not c.hit.document.flags], tuning)
    ranked = appraisal.without_grade_lines(ranked)  # a grade alone is shown as a badge, not quoted
    if not q.yes_no:  # asked which thing, a table's rows rank by their ratings (``listed.rated_in_order``)
        ranked = rated_in_order(ranked)
    # A guideline's advice on the asked intervention answers for the condition its title names.
    ranked = guideline.with_direct_advice(ranked, guideline.topic_terms(q.intervention, q.condition))
    # Advice on stopping it for the condition at large answers whether to stop it once the condition is controlled.
    ranked = with_stopping_advice(ranked, q.text, q.intervention, q.condition)
    ranked = with_comparator(ranked, concept(q.comparator, stats.lexicon, stats.idf) if q.comparator else None,
                             harms_asked=q.type == "safety", intervention=i_concept, alike=asks_likeness(q.text))
    # A harm the source states of a class it says the asked treatment is one of answers a question on its harms.
    if q.type == "safety" and q.intervention:
        ranked = with_class_harms(ranked, guideline.topic_terms(q.intervention, None), bool(q.condition))
    # ... and a regimen it states of that class ("A total antibiotic course of five days ...") one on its regimen.
    regimen = regimen_of(q)
    if regimen is not None and q.intervention:
        ranked = with_class_regimen(ranked, guideline.topic_terms(q.intervention, None), regimen)
    ranked = with_definitions_direct(q, ranked)
    need = asks_need(q.text)
    # (Not a statement whose whole news is whom the advice around it does not apply to, "Note: This advice is not meant
    # for adults who ...": it advises and finds nothing, unless whom advice applies to is what was asked.)
    scoped = not_applying.asks_scope(q.text)
    # (A gap counts where it is on what was asked: ``routing.gap_on_asked``.)
    topic = _topic(q)
    asked = guideline.topic_terms(q.intervention, None) or topic
    direct = [c for c in ranked if answers_directly(c, q.type == "dosing", q.aspect, need, asked, topic)
              and (scoped or not not_applying.scope_only(c.text))]
    # Statements that look direct may be other documents' near misses (abstention.direct_evidence, learned).
    near_misses = bool(direct) and not abstention.direct_evidence(hits, direct)
    # (Only where the question names both an intervention and a condition: such a statement then pairs the two; one
    # that names the one concept of a question is no nearer than the rest, "What is the mechanism of action of X?")
    set_aside = tuple(direct) if near_misses and q.intervention and q.condition else ()
    if near_misses:
        direct = []
    salient = salience(ranked, tuning)  # relevance, coverage of the question, what other sources say too
    intervention_terms = guideline.topic_terms(q.intervention, None)
    outcome_names = _outcome_names(q, i_concept, c_concept, direct, stats.lexicon)
    forms = i_concept.forms if i_concept is not None else ()
    # (Not a statement on what lies outside the place asked, "Trials ... outside Japan are few", ``in_asked_setting``.)
    on_the_aspect = answering(q, direct, forms)
    may_lead = in_asked_setting(q.text, not_the_replaced(q, naming_condition(q, c_concept, on_the_aspect)))
    # (Asked at an occasion, "after the birth", only a statement that names it: ``at_asked_occasion``.)
    may_lead = at_asked_occasion(q, may_lead, ranked)
    # (Nor advice to test for a state before the asked thing, for a patient the question says has that state.)
    may_lead = not_tested_first(q.text, may_lead)
    # (Nor a statement on people whose marker has the other sign: "X negative" for "X positive", ``sign_states``.)
    may_lead = [c for c in may_lead if not of_opposite_sign(q.text, c.text)]
    # (Nor a guideline's advice for a case in another state: "... with symptoms" for an asymptomatic patient, the row
    # for a recurrent or poorly responding case for a first one that responded, ``case_state``.)
    # (... nor, for a yes or a no, a rule on a case the question never names: "If the kidneys fail badly: never give X"
    # for "is X ok?" in another condition. An open question may take it as context of what it asks.)
    may_lead = [c for c in may_lead if not for_other_case(q.text, c, q.yes_no)]
    # (Nor, asked the first line, advice for the line after it: "... if zorbumab was used in first-line".)
    may_lead = [c for c in may_lead if not after_first_line(q.text, c.text)]
    # (Nor, for a patient in a state the question names, "... if gizmocillin allergic?" (``asked_state``), a statement
    # that does not name it: the first choice for anyone may be the very drug the patient cannot take. One that names
    # the state answers, as the closest evidence where it is not direct.)
    state = asked_state(q.text)
    if state:
        may_lead = [c for c in may_lead if names_state(c.text, state)]
    # (Nor advice whose thresholds the value the question gives for their measure misses: "an INR of ≥8.0" for INR 6.)
    may_lead = for_other_values(q.text, may_lead)
    lead = choose_lead(may_lead, tuning, salient,
                       intervention_terms, guideline.population_terms(q.condition, q.subject), bounds(q.text), forms,
                       cautions=asks_against(q.text), instance=asked_instance(q.text),
                       outcome_terms=asked_outcome(q.condition, intervention_terms) | outcome_names,
                       effect_asked=asks_effect(q), direction=asked_direction(frozenset(tokenize(q.verb or ""))),
                       stopping=asks_about_stopping(q.text), prior_asked=guideline.names_prior_course(q.text),
                       after_failure=asks_after_failure(q.text),
                       question_terms=frozenset(tokenize(q.text)) - QUESTION_WORDS, own_advice=asks_what_to_do(q))
    # Advice whose threshold the value the question gives meets ("... a gizmo score of 2 or above" for a score of 3) is
    # for the asked case: it leads, the row of thresholds the value falls in first (``cutoffs.threshold_lead``).
    lead = threshold_lead(q.text, ranked, lead, tuning.guideline_lead_margin, q.as_asked or q.text)
    # Asked what to do for a case of a named stage or grade, the guideline's row for that grade leads, not a row for
    # another grade that shares more of the question's words (``grade_row``).
    lead = grade_row_lead(q, ranked, lead, tuning.bottom_line_margin)
    if asks_advice_for_people(q) and not near_misses:
        # No statement answers for the people asked (none, or the lead does not name what sets them apart), but the
        # guideline advises another treatment for them: its exception to the usual advice leads, and says no to the
        # asked one (``read_yes_no``): it answers for them, direct evidence.
        # Before it, advice against the asked intervention for those very people (a contraindication) answers for
        # them, whatever the usual advice the lead states.
        # So, as the exception to advice against it, does its use in a state of theirs ("... but are used when there is
        # another indication such as angina ...").
        states, links = contraindicated_states(q), state_links(index)
        against = against_for_them(ranked, q.condition, (intervention_terms, *forms), states, links) or \
            _against_past_floors(q, hits, stats, (i_concept, c_concept), (intervention_terms, *forms), states, links)
        used = None if against is not None else used_for_them(ranked, (intervention_terms, *forms), states, links)
        # ... and advice for it that names a group defined by a state of theirs ("... recommended ... for children with
        # ear discharge").
        advised = (None if against or used
                   else advised_for_them(ranked, (intervention_terms, *forms), states, links, q.condition))
        other = (against or used or advised
                 or another_for_them(ranked, q.condition, (intervention_terms, *forms), missed_by=lead))
        lead = replace(other, direct=True) if other is not None else lead
        for_them: Literal["against", "for"] | None = "against" if against else "for" if used or advised else None
    elif q.yes_no and q.intervention and not near_misses and contraindicated_states(q):
        # An effect asked of people in a state a direct statement advises against the intervention in ("Does
        # propranolol prevent migraine in an asthmatic patient?" beside "Propranolol should be avoided in people with
        # asthma ..."): that advice leads, whatever the statement on people at large says (``_read_yes_no``).
        against = against_for_them(direct, q.condition, (intervention_terms, *forms), contraindicated_states(q),
                                   state_links(index))
        # (Not advice that first states the asked effect, "Bupropion lowers the seizure threshold and should not be
        # used in ...": it answers the effect, ``verdict.claim_before_advice``.)
        # (Nor one that leads already: the verdict reads it as before.)
        if against is not None and (against is lead or claim_before_advice(q.text, against.text)):
            against = None
        lead = against if against is not None else lead
        for_them = "against" if against is not None else None
    elif not q.yes_no and q.intervention and not near_misses and not q.instead_of and contraindicated_states(q):
        # Asked without a yes or a no ("bupropion in a pt with epilepsy"), advice against the intervention for those
        # very people (a contraindication, in the words the corpus or the embedder links to theirs: "... should not
        # be used in people with a history of seizures") is what the question asks; a bottom line that said no
        # source addressed it stood above that advice quoted in its own Safety section. (Not asked for what to use
        # instead of it: advice against the thing replaced is no replacement.)
        states, links = contraindicated_states(q), state_links(index)
        against = against_for_them(ranked, q.condition, (intervention_terms, *forms), states, links) or \
            _against_past_floors(q, hits, stats, (i_concept, c_concept), (intervention_terms, *forms), states, links)
        lead = replace(against, direct=True) if against is not None else lead
        for_them = "against" if against is not None else None
    else:
        for_them = None
    if for_them is None and lead is not None and asks_advice_for_people(q) and kept_for_the_denied(q.text, lead.text):
        # Advice that keeps the asked thing for people in a state the question asks of its denial ("... reserved for
        # patients with symptomatic anaemia or haemodynamic instability" for "a stable asymptomatic patient"): advice
        # against it for the asked people, as a contraindication is (``lead.kept_for_the_denied``).
        for_them = "against"
    warned = _warned(index, q, hits, stats, (i_concept, c_concept), ranked, forms) if for_them is None else None
    if warned is not None:
        # Asked whether a thing is safe (or OK) for people in a state, a statement that warns of it in that very state
        # ("Fluoroquinolones carry warnings about ... aortic aneurysm ...", "Macrolides ... can prolong the QT interval"
        # for a long QT interval) answers for them, as advice against it there does: it leads, and says no. Read as
        # any statement, the warning was quoted under a "Yes.".
        lead, for_them = replace(warned, direct=True), "against"
    own_state = naming_the_state(q.as_asked or q.text, lead, ranked) if not q.yes_no and for_them is None else None
    if own_state is not None:
        # Asked for the people a relative clause sets apart ("... who is allergic to gizmocillin: which ...?"), the
        # guideline's advice that names their state ("In the event of allergy to gizmocillin, ...") leads before its
        # usual advice on the thing they are set apart by (``people_clause``).
        lead = replace(own_state, direct=True)
    written_rest = _written_rest(q, stats.lexicon)
    return RankedEvidence(hits, ranked, closest_only, direct, near_misses, salient, lead, retracted, forms,
                          outcome_names, written_rest, set_aside, for_them, (i_concept, c_concept),
                          tuple(on_the_aspect), stand_ins, stats.idf)


# A question asking what to do ("Should I start X in ...?", "Should X be done in ...?"): a modal of advice first.
# Grammar.
_SHOULD_FIRST = re.compile(r"^should\b", re.I)


def asks_what_to_do(q: Question) -> bool:
    """Whether ``q`` asks what to do, not what a thing does (``_SHOULD_FIRST``), and is no follow-up: only then does a
    guideline's recommendation on the asked thing compete for the lead with its own account of the evidence whatever
    the scores (``lead.choose_lead``'s ``own_advice``). Lifted for "Does exercise help ...?", the advice led and its
    follow-up on arthroscopic washout read "Yes." from it."""
    return q.context is None and bool(_SHOULD_FIRST.match(q.text))


def _against_past_floors(q: Question, hits: list[Hit], stats: CorpusStats,
                         concepts: tuple[Concept | None, Concept | None], forms: tuple[frozenset[str], ...],
                         states: tuple[str, ...], links: StateLinks) -> Candidate | None:
    """Advice against the asked intervention for the asked people (``subgroup.against_for_them``) among all the
    statements of the retrieved passages, the relevance floors left out: a contraindication names the people in its
    own words ("in patients ... taking anticoagulants" for "a patient on warfarin") and the intervention by another of
    its names ("Shockwave therapy" for "ESWT"), so it shares few of the question's words and the floors, which weigh
    them, dropped it; the answer then said no source addressed ESWT on warfarin. Asked only where the ranked
    statements hold no such advice; scored as the answer's statements are."""
    if not states and not q.condition:
        return None
    # (Only a statement naming the intervention before its advice, its subject: "Long-acting beta-agonists should not
    # be used without an inhaled corticosteroid in asthma" is no advice against inhaled steroids.)
    unfloored = candidates(q, hits, stats, *concepts, floors=False, keep=lambda text: _subject_named(text, forms))
    return against_for_them(unfloored, q.condition, forms, states, links)


def _warned(index: SearchIndex, q: Question, hits: list[Hit], stats: CorpusStats,
            concepts: tuple[Concept | None, Concept | None], ranked: list[Candidate],
            forms: tuple[frozenset[str], ...]) -> Candidate | None:
    """For a question on whether its intervention is safe in a state (``_safety_asked``, ``contraindicated_states``),
    the statement that warns of the intervention in that state (``subgroup.warned_for_them``), among the ranked
    statements or, past them, all of the retrieved passages' statements, the relevance floors left out (as
    ``_against_past_floors``: a warning names the state in its own words, "can prolong the QT interval", and the
    intervention by its class, "Macrolides"). None for any other question, or where no statement warns so."""
    if not (q.yes_no and q.intervention and _safety_asked(q)):
        return None
    states = contraindicated_states(q)
    if not states:
        return None
    links = state_links(index)
    named = (guideline.topic_terms(q.intervention, None), *forms)
    return (warned_for_them(ranked, q.intervention, named, states, links)
            or warned_for_them(candidates(q, hits, stats, *concepts, floors=False, keep=gives_warnings), q.intervention,
                               named, states, links))


def _subject_named(text: str, forms: tuple[frozenset[str], ...]) -> bool:
    """Whether a statement names one of ``forms`` (each a set of terms) before its first advice against
    (``polarity.AGAINST``)."""
    before = _before_advice_against(text)
    return bool(before) and any(form and form <= before for form in forms)  # (most statements advise against none)


@lru_cache(maxsize=50_000)
def _before_advice_against(text: str) -> frozenset[str]:
    """The terms of a statement before its first advice against (``polarity.AGAINST``); none where it gives none. Of
    the text alone: read once per statement, not once per question that asks it (every statement of the retrieved
    passages is asked, ``_against_past_floors``)."""
    advice = AGAINST.search(text)
    return frozenset(tokenize(text[:advice.start()])) if advice else frozenset()


# A preposition or conjunction: a condition holding one is more than one noun phrase. Grammar.
_JOINING = re.compile(r"\b(?:for|in|of|with|without|to|on|at|after|before|during|and|or|from|by)\b", re.I)


# A state a question sets as the case it asks of, in a clause of "if" or "when": a thing said to be in a state by a
# participle, with or without its verb ("... if TM perforated?", "... when the graft is infected?"): the state as a
# statement names it, participle first ("perforated TM"). Grammar, no topic.
_IF_PARTICIPLE = re.compile(r"\b(?:if|when)\s+(?:(?:the|a|an|his|her|their|my|your)\s+)?"
                            r"(?P<n>[a-z][\w\-]*(?:\s+(?!(?:is|are|was|were)\b)[a-z][\w\-]*)?)\s+(?:(?:is|are|was|were)\s+)?"
                            r"(?P<a>(?!(?:need|used|wanted|started|stopped|planned|asked|tried)\b)[a-z]{3,}ed)\s*[?.]?$",
                            re.I)


def _conditional_states(q: Question) -> tuple[str, ...]:
    """For a question the reader found neither an intervention nor a condition in (a terse one: "can I irrigate
    impacted cerumen if TM perforated?"), the state its closing clause of "if" or "when" sets (``_IF_PARTICIPLE``):
    the case it asks of, which a "yes" from statements that never name it does not answer (``_people_unaddressed``).
    (No person pronoun: "if I have ..." is ``subgroup.asked_states``'s.)"""
    if q.intervention or q.condition:
        return ()
    m = _IF_PARTICIPLE.search(q.text.strip())
    if m is None or m.group("n").split()[0].lower() in {"i", "you", "he", "she", "we", "they", "it"}:
        return ()
    return (f"{m.group('a')} {m.group('n')}",)


def people_states(q: Question) -> tuple[str, ...]:
    """The states that set apart the people a question asks about (``subgroup.asked_states``), from its condition and
    its people, and what the condition joins to itself by "and" ("ear discharge" of "acute otitis media and ear
    discharge"); for a follow-up that took its topic from the question before, from its own words too ("Can I take
    it if I have asthma?", "Can I take it while pregnant?"), where the people it asks of are said."""
    own = q.text if q.inherited else None
    return tuple(dict.fromkeys(_of_history(s) for s in (*asked_states(q.condition, q.subject, own),
                                                         *joined_states(q.condition), *_conditional_states(q))))


# A state said before "history" ("epilepsy history", "a seizure history"): the state, as "a history of epilepsy" says
# it (``subgroup.asked_states`` reads that one as "epilepsy"). Grammar.
_BEFORE_HISTORY = re.compile(r"^(?P<s>.+?)\s+history$", re.I)


def _of_history(state: str) -> str:
    """``state`` less a closing "history" (``_BEFORE_HISTORY``): "epilepsy" of "epilepsy history", which advice "in
    people with a history of seizures" names as the embedder links it (``state_links``); read whole, the state named
    no list of advice, and "Indirect evidence:" stood above the very advice against the asked thing for them."""
    m = _BEFORE_HISTORY.match(state.strip())
    return m.group("s") if m else state


def contraindicated_states(q: Question) -> tuple[str, ...]:
    """The states advice against the intervention is looked for in (``rank_evidence``): ``people_states``, and for
    whether a thing is safe in a state ("Is bupropion safe in epilepsy?") the condition, as "in people with epilepsy"
    would say. Only a condition of one noun phrase: "pregnancy for migraine prevention" names the use beside the
    state, and as a state it matched no list of advice. (Only there: read as the people's state by the verdict's own
    rules too, "Is SABA alone safe in asthma?" turned from "No." above "... no longer recommended ..." to
    "uncertain".)"""
    safe_in = (q.condition,) if (q.type == "safety" and q.intervention and q.condition
                                 and not names_people(q.condition) and not _JOINING.search(q.condition)) else ()
    return tuple(dict.fromkeys((*people_states(q), *safe_in, *_use_in_state(q))))


# An article before a state named after "in" ("in an asthmatic"). Grammar.
_ARTICLE = re.compile(r"^(?:a|an|the)\s+", re.I)


def _use_in_state(q: Question) -> tuple[str, ...]:
    """For whether a thing is safe for a use in a state (``Question.type`` "safety": "Is gizmolol safe for gizmo
    prevention in asthma?"), or may be used so (``asks_advice_for_people``: "Can gizmolol be used for gizmo prevention
    in asthma?"), the state its condition names after its last "in" (``question.LAST_IN``), one noun
    phrase, no people ("in children" are people, whose states ``people_states`` reads), as a statement names it
    ("asthma" of "an asthmatic", ``question.state_nouns``): the people the question asks of. Read as one state with
    its use, the condition matched no list of advice, and "Yes." stood above the use's general recommendation while
    "... should be avoided in people with asthma" came second. Empty for any other question."""
    if not ((q.type == "safety" or asks_advice_for_people(q)) and q.intervention and q.condition):
        return ()
    last = LAST_IN.match(q.condition)
    if last is None:
        return ()
    who = _ARTICLE.sub("", last.group("who").strip())
    if not who or names_people(who) or _JOINING.search(who):
        return ()
    return (state_nouns(who) or who,)


def state_links(index: SearchIndex) -> StateLinks:
    """How ``index`` links two names of a state that share no word (``subgroup.StateLinks``): whether its chunks say a
    thing is of a class (``kinds_said.said_to_be_of``; never without a store)."""
    passages = chunk_passages(index)
    stats = corpus_stats(index)
    lexicon = stats.lexicon

    def kind_of(thing: str, kind: str) -> bool:
        # (of the corpus alone: read once per index version, ``CorpusStats.remembered``)
        return passages is not None and stats.remembered(("kind of", thing, kind),
                                                         functools.partial(said_to_be_of, thing, kind, passages))

    def near(asked: str, said: str) -> bool:
        vectors = lexicon.phrase_vectors([asked, said])
        return vectors is not None and float(vectors[0] @ vectors[1]) >= STATE_NEAR_MIN_COSINE
    return StateLinks(kind_of, near)


def _class_denial(q: Question, ev: RankedEvidence, closest: list[Candidate], lexicon: Lexicon) -> Candidate | None:
    """The first closest statement that names the asked condition and a class the asked thing is one of in its place
    (the class of a numbered subtype, ``class_no.subtype_class``, or of a member, ``Lexicon.members_named``), and whose
    verdict read alone is a "no"; None otherwise."""
    if q.intervention is None:
        return None
    # The classes the asked thing is one of: the class of a numbered subtype ("vitamin K" of "vitamin K2"), and the
    # classes the corpus lists the asked member under or the learned lexicon ties it to where the corpus writes them as
    # a kind (``Lexicon.members_named``: "selective serotonin reuptake inhibitors" of "citalopram").
    tied: list[tuple[str, str]] = []
    klass = subtype_class(q.intervention)
    if klass is not None:
        subtype = re.search(rf"{re.escape(klass)}\d+", q.intervention)
        tied.append((klass, subtype.group(0) if subtype else klass))
    tied += [(name, member) for member, classes in lexicon.members_named(q.intervention) for name in classes]
    if not tied:
        return None
    topic = _topic(q) | ev.outcome_names
    outcome = asked_outcome(q.condition, guideline.topic_terms(q.intervention, None)) | ev.outcome_names
    own = guideline.topic_terms(q.intervention, None)

    # Advice against the class holds for its subtype; a denial of what the class does answers only a question on what
    # the subtype does ("Does X slow Y?", "Does X interact with Y?"), never one on whether it is safe or may be used,
    # where the denial of a harm or an interaction ("Vitamin K supplements do not interact with ...") is no "no".
    effect = (q.verb is not None or asks_interaction(q.text)) and not _safety_asked(q)

    def says_no(c: Candidate) -> bool:
        if stance(c.text, topic) != "against" and not (effect and denies(c.text, topic)):
            return False
        return decide(q.text, [replace(c, direct=True)], ev.ranked, None, topic, outcome, q.verb, own)[0] == "no"
    on_condition = [c for c in closest if c.mentions_condition or not q.condition]
    if len(tied) > (klass is not None):
        # A member's class advice is a guideline's statement the answer ranks but may not quote as closest evidence
        # (which quotes what names the member: a finding on the class); it is read after the closest statements.
        on_condition += [c for c in ev.ranked if c not in on_condition and c.mentions_condition
                         and c.hit.document.kind == DocumentKind.GUIDELINE]
    for klass, named in tied:
        found = class_denial([c.text for c in on_condition], klass, named, lexicon.rival_classes(klass),
                             lambda text: says_no(next(c for c in on_condition if c.text == text)))
        if found is not None:
            return on_condition[found]
    return None


def names_condition_itself(condition: Concept | None, statements: list[Candidate]) -> bool:
    """Whether one of ``statements`` names the question's ``condition`` in its own words (``Concept.mentioned_in``),
    or is a study's, whose results speak of what its title names; true where the question names no condition. A
    guideline's statement is read as naming the condition its passage names (``scoring.passage_mentions``), which a
    sentence of background in a long chunk does not."""
    if condition is None:
        return True
    return any(c.hit.document.kind != DocumentKind.GUIDELINE
               or condition.mentioned_in(sentence_terms(c.text), text=c.text) for c in statements)


def regimen_quoted(q: Question, closest: list[Candidate]) -> bool:
    """Whether a yes/no question that asks a dose, a course or how often (``regimen.regimen_asked`` of a dosing
    question, not "any" of it) quotes as its first closest statement one that states it (``regimen.states_regimen``).
    The first only: it is the one the bottom line answers with. Not a question on an effect or a comparison, which
    names a dose only as part of what it compares ("Does X affect the INR more than the same dose of Y?", its verb or
    comparator read): a dose quoted is no answer to it. A guideline's statement only: a study's dose is how it was
    done, not the dose to give."""
    if not q.yes_no or q.type != "dosing" or q.verb or q.comparator or not closest:
        return False
    if closest[0].hit.document.kind != DocumentKind.GUIDELINE:
        return False
    asked = regimen_asked(q.text)
    if asked is None or asked == "any" or regimen_unstated([closest[0].text], asked):
        return False
    # (The quote's regimen must be the asked thing's, and not advised against: "Fizzomab 10 mg/kg ..." states no dose
    # of the colchicine asked, and "...; do not use in severe renal impairment" may be the case's answer, a no.)
    thing = frozenset().union(*thing_asked(q, (frozenset(tokenize(q.intervention)),) if q.intervention else ()))
    dosed = _DOSED.search(q.as_asked or q.text)
    if not thing - _REGIMEN_TERMS and dosed is not None:
        thing = frozenset(tokenize(dosed.group("x"))) - QUESTION_WORDS  # "colchicine dose, need a taper?"
    thing -= _REGIMEN_TERMS
    if thing and not thing & sentence_terms(closest[0].text):
        return False
    return not any(advised_way(part, thing) == "against" for part in _PART_END.split(closest[0].text))


# Words of a dose or a course asked ("colchicine dose and duration"), not of the thing dosed. A closed class of English.
_REGIMEN_TERMS = frozenset(tokenize("dose doses dosage dosing duration course regimen taper frequency schedule"))
# The thing a dose is asked of, the word before the dose ("- colchicine dose, need a taper?"). Grammar.
_DOSED = re.compile(r"(?P<x>[A-Za-z][\w\-]*)\s+(?:doses?|dosages?|dosing|regimen|course)\b", re.I)
# Where a part of a statement ends that may advise on its own ("...; do not use in ..."). Grammar.
_PART_END = re.compile(r"[;.]\s+")


def neither_from_findings(verdict: Verdict | None, behind: list[Candidate]) -> bool:
    """Whether a verdict of neither rests on results on the asked thing in other words alone (``verdict_findings``).
    Those may lean an answer without a lead yes or no, beside the result quoted (``with_leaned_finding``); read as
    neither, they claim no more than "insufficient" did, and the answer does not quote them ("uncertain" stood above
    "Varenicline is one of the most effective single medicines ..." for whether it beats nicotine patches, read from
    an unquoted trial on its harms): the verdict stays "insufficient"."""
    return verdict not in ("yes", "no") and bool(behind) and all(map(leans_on_finding, behind))


def with_leaned_finding(closest: list[Candidate], reading: YesNoReading, most: int) -> list[Candidate]:
    """The ``closest`` statements with the result a yes or a no leans on, where that is a finding on the asked
    intervention in other words (``verdict_findings.leans_on_finding``) none of them quotes, put in place of the last
    (or beside them, where there are fewer than ``most``): "Closest evidence:" quoted a study's aim and its method
    beside "leans no", and the "No significant differences were found ..." it leaned on stood nowhere near it."""
    first = reading.behind[0] if reading.verdict in ("yes", "no") and reading.behind else None
    if first is None or not leans_on_finding(first) or any(
            first.doc_id == c.doc_id and (first.text in c.text or c.text in first.text) for c in closest):
        return closest
    return [*(closest if len(closest) < most else closest[:most - 1]), first]


def _second_ask_pool(q: Question, ev: RankedEvidence, lead: Candidate | None, closest: list[Candidate]
                     ) -> list[Candidate]:
    """The statements advice against a question's last ask's thing is looked for in (``second_ask``): the ranked ones,
    those quotable only as closest evidence, then the rest of the sentences of the quoted guideline sources' retrieved
    passages that hold a term of that thing (``case_against.source_sentences``). Empty for a question of one ask."""
    thing = last_ask_thing(q.as_asked or q.text)
    if not thing:
        return []
    known = [*ev.ranked, *ev.closest_only]
    return [*known, *source_sentences(ev.hits, [lead] if lead is not None else closest, known, thing)]


@dataclass(frozen=True)
class _Overriding:
    """What the verdict overrides read: the verdict as read and the statements it rests on, the answer's quotes (lead,
    support, closest, gap) and sections, the ranked evidence, the judgement, the advice against a second ask's thing
    and whether the answer is answered at all."""

    verdict: Verdict | None
    behind: list[Candidate]
    lead: Candidate | None
    support: list[Candidate]
    closest: list[Candidate]
    gap: Candidate | None
    picked: dict[str, list[Candidate]]
    quoted: list[Candidate]
    ranked: list[Candidate]
    judgement: Judgement
    second_against: Candidate | None
    answered: bool


@dataclass(frozen=True)
class _Overridden:
    """The verdict after its overrides, the statements it rests on, the closest evidence, sections and quotes (a
    section's advice may move to the closest evidence), and whether the yes fell for the case's values
    (``other_values``) or for a rule that sets the case apart (``set_apart``): each said before the quotes."""

    verdict: Verdict | None
    behind: list[Candidate]
    closest: list[Candidate]
    picked: dict[str, list[Candidate]]
    quoted: list[Candidate]
    other_values: bool
    set_apart: bool


def _verdict_overrides(index: SearchIndex, q: Question, ev: RankedEvidence, question: str, follows: Answer | None,
                       tuning: AnswerTuning, at: _Overriding) -> _Overridden:
    """The verdict read for a yes/no question (``at.verdict``), overridden in turn, top-down, by what the answer's
    quotes and sections say of the asked case: a section's own advice where the closest evidence settles nothing,
    advice withheld for the asked people, a rule's branch for the case's values, advice against a second ask's thing,
    a rule that sets the case apart, a follow-up's new state, a quoted dose or course, and a terse question's reading.
    Kept out of ``answer_question`` so that it reads as one step; the overrides run in the order they win in."""
    verdict, behind, lead, support, closest, gap = at.verdict, at.behind, at.lead, at.support, at.closest, at.gap
    picked, quoted, ranked, judgement = at.picked, at.quoted, at.ranked, at.judgement
    second_against, answered = at.second_against, at.answered
    if (q.yes_no and verdict in ("insufficient", "uncertain") and lead is None and follows is None and gap is None
            and judgement.level != "none" and not regimen_quoted(q, closest)):
        # A statement of the answer's own sections that is a guideline's advice on the asked thing for the asked people
        # (``section_advice``), where the closest evidence gives no yes or no: it leads the closest evidence and gives
        # its lean, rather than "insufficient" above quotes that do not settle it and a section that does.
        settled = section_advice(q, closest, [c for key in SECTION_ORDER for c in picked.get(key, [])],
                                 ev.intervention_forms, state_links(index).kind_of)
        if settled is not None:
            verdict, behind = settled[0], [settled[1]]
            closest = [settled[1], *closest][:tuning.closest_statements]
            picked = {key: [c for c in found if c is not settled[1]] for key, found in picked.items()}
            quoted = [c for c in (lead, *support, *closest, gap) if c is not None]
    withheld = withheld_for_them(q.text, quoted[:1], ranked) if q.yes_no and quoted else None
    if withheld is not None:
        # Asked whether to do without a thing (by its name, or by the name of what is done without it: "can I do
        # watchful waiting?") for people a statement advises that very thing for ("Immediate antibiotics are also
        # recommended for children under 2 years with infection in both ears" for "18 month old, AOM both ears"): no.
        verdict, behind = "no", [withheld]

    other_values, before_values = False, verdict
    if q.yes_no and verdict == "yes":
        # A yes from a rule read against the case's values: the rule's branch for the case gives another amount than
        # the asked one ("300-mg ... for patients ≤75 years, 75 mg for those >75 years" asked at 80:
        # no), or its condition is one the case's value misses ("larger than 10 mm" for 8 mm: no yes, ``case_values``),
        # which the bottom line then says before its quotes (``phrasing.VALUES_UNSTATED``).
        verdict = verdict_for_values(q.as_asked or q.text, verdict, lead if lead is not None else next(iter(behind),
                                                                                                      None))
        other_values = verdict == "uncertain"
    if q.yes_no and verdict in ("yes", "no", "uncertain", "insufficient") and verdict == before_values:
        # The rule the verdict rests on read against the case's values and states: a condition the case meets gives the
        # rule's own way ("BMI 37, T2DM" beside "BMI >35 kg/m2 and comorbidities ... may be considered": yes); one it
        # misses, denies or leaves unsaid keeps the rule's way from it (``rule_condition``). After the reading of the
        # rule's branches and only condition (``verdict_for_values``), whose turn it leaves.
        verdict = _by_rule_condition(index, q, ev, verdict, lead if lead is not None else next(iter(behind), None),
                                     (follows.read_as or follows.question) if follows is not None else None)
    if verdict == "yes" and second_against is not None and any(c is second_against for c in quoted):
        # A yes to one ask beside the advice against the other's thing would read as a yes to both: none is given, the
        # quotes answer each.
        verdict = None
    set_apart = (q.yes_no and verdict == "yes"
                 and _case_set_apart(q, [lead, *support] if lead is not None else [*behind, *closest]))
    if set_apart:
        # A yes from a rule that sets apart, in its own clause of exception, cases named by a detail of this one (a rule
        # that most line infections clear with the line kept, save a tunnel's, asked of a line with a tunnel): the rule
        # is for the other cases, which the bottom line says before its quotes.
        verdict = "uncertain"

    if (follows is not None and verdict in ("yes", "no")
            and state_unnamed(question, follows.read_as or follows.question,
                              [c.text for c in ([lead] if lead is not None else []) + behind])):
        # A follow-up that puts the patient in a new state ("what if he has now started haemodialysis?") above
        # statements none of which names it: their yes or no was for the case before the change (``follow_up_state``).
        verdict = "uncertain"

    if verdict in ("insufficient", "uncertain") and lead is None and regimen_quoted(q, closest):
        # A question asking a dose or a course ("prednisone dose and duration, need a taper?") whose closest statement
        # states it ("... 40 mg a day for five days is appropriate ...") is answered by that quote: a gap
        # or an even balance claimed beside it would deny what the reader sees. It gives no yes or no either.
        verdict = None
    if verdict == "insufficient" and answered and asked_tersely(q.as_asked or q.text):
        # A terse question ("gizmo in severe wobble to lower pressure?") is read as "Is X recommended ...?" for the yes
        # or the no its quotes state; "insufficient" beside the indirect statement it quotes (advice against the asked
        # thing in other words: "The use of gizmo is not recommended for reducing pressure") would claim a gap the
        # quote may close, so it gives none, as before the terse reading.
        verdict = None
    return _Overridden(verdict, behind, closest, picked, quoted, other_values, set_apart)


def _by_rule_condition(index: SearchIndex, q: Question, ev: RankedEvidence, verdict: Verdict,
                       resting: Candidate | None, before: str | None = None) -> Verdict:
    """``verdict`` read against the condition of the guideline's advice it rests on (``resting``: the lead, or the first
    statement behind a lean; ``rule_condition.rule_condition``): where the case meets it, the advice's own way as asked
    (``advised_way``, turned by ``as_asked``); where the case misses it, denies a state it is for, or leaves unsaid the
    co-condition its value needs, a verdict that takes the advice's way is "uncertain". Any other statement, or advice
    that gives no way, leaves the verdict."""
    if resting is None or resting.hit.document.kind != DocumentKind.GUIDELINE:
        return verdict
    asked = q.as_asked or q.text
    thing = _thing_terms(q, ev) or guideline.topic_terms(q.intervention, None)
    way = advised_way(main_clause(resting.text), thing)
    if way is None:
        return verdict
    ruled = as_asked(asked, "yes" if way == "for" else "no", resting.text)
    if ruled not in ("yes", "no"):
        return verdict
    passages = chunk_passages(index)
    stats = corpus_stats(index)

    def example_of(thing_said: str, kind: str) -> bool:
        # (of the corpus alone: read once per index version, ``CorpusStats.remembered``)
        terms = frozenset(tokenize(thing_said)) | frozenset(tokenize(kind)[-1:])
        return passages is not None and len(terms) > 1 and stats.remembered(
            ("example of", thing_said, kind), lambda: examples_said(thing_said, kind, passages(terms)))
    read = rule_condition(asked, resting.text, thing, example_of)
    if read is None and before is not None and not stated_grades(asked) and grade_condition_unmet(before,
                                                                                                 resting.text):
        # A follow-up that states no grade of its own ("is X a reasonable alternative?") asks of the case before, its
        # grade of a measure kept ("poor gizmo metabolizer"): a rule for other grades of it is no more for the case.
        read = "unmet"
    if read == "met":
        return ruled
    if read is not None and verdict == ruled:
        return "uncertain"
    return verdict


def _case_set_apart(q: Question, statements: list[Candidate]) -> bool:
    """Whether a guideline statement a yes rests on or stands beside (the lead and its support, or, without a lead, the
    statements behind the lean and the closest quoted) sets apart cases named by a detail of the asked case
    (``set_apart.sets_apart_case``)."""
    asked = q.as_asked or q.text
    return any(c.hit.document.kind == DocumentKind.GUIDELINE and sets_apart_case(asked, c.text) for c in statements)


def _with_condition_missed(q: Question, closest: list[Candidate], reading: YesNoReading, most: int
                           ) -> list[Candidate]:
    """The ``closest`` statements led by the rule a yes rests on where the case misses the only condition that rule
    holds under or is past the window of time it is given in (``case_values.missed_only_or_in_time``: "Continue
    zorbin beyond 6 weeks only if ... at least 30%" for a fall of 10%), which turns the yes into a no
    (``case_values.verdict_for_values``): the no is that rule's, and "Closest evidence:" quoted the rules for starting
    the drug beside it, not the rule for going on."""
    first = reading.behind[0] if reading.verdict == "yes" and reading.behind else None
    if first is None or verdict_for_values(q.as_asked or q.text, "yes", first) != "no" or not missed_only_or_in_time(
            q.as_asked or q.text, first.text):
        return closest
    return [first, *(c for c in closest if c is not first and c.text != first.text)][:most]


def far_below_quoted(behind: list[Candidate], quoted: list[Candidate], share: float = TUNING.verdict_quoted_share
                     ) -> bool:
    """Whether none of the statements a verdict rests on (``behind``) is quoted (``quoted``: the same source's
    statement, or one holding the other) and the best of them scores below ``share`` of the best quoted one."""
    if not behind or not quoted:
        return False
    if any(b.doc_id == c.doc_id and (b.text in c.text or c.text in b.text) for b in behind for c in quoted):
        return False
    return max(b.score for b in behind) < share * max(c.score for c in quoted)


def _written_rest(q: Question, lexicon: Lexicon) -> frozenset[str]:
    """The terms of the asked intervention the corpus writes where it writes none for its modifiers (``Lexicon.
    unwritten``: "exercise" of "walking exercise"), for a question asking of it for a condition; empty otherwise. Its
    head, the last word, must be written: the rest is then a broader thing of the same kind (exercise at large),
    where without its head ("ear" of "ear drops") it would be another thing. Not for two things taken together,
    whose rest is one of them alone, nor where the rest is all words of the condition's name ("iron" of "sucrosomial
    iron" for iron-deficiency anaemia: every statement on the condition names it)."""
    if not (q.intervention and q.condition) or q.combined:
        return frozenset()
    unwritten = lexicon.unwritten(q.intervention)
    words = q.intervention.split()
    if not unwritten or not words or frozenset(tokenize(words[-1])) & unwritten:
        return frozenset()
    rest = guideline.topic_terms(q.intervention, None) - unwritten
    return frozenset() if rest <= guideline.topic_terms(None, q.condition) else rest


def with_definitions_direct(q: Question, ranked: list[Candidate]) -> list[Candidate]:
    """``ranked``, where the question asks what one thing is or measures, or what its parts are, and reads no topic
    (``asked_thing``: "What does dp-ucMGP measure?"; ``asked_parts``: "What are the items of the CURB-65 score?"),
    with the statements that say what it is or holds (``lead.defines``: "Dp-ucMGP is the form of matrix Gla protein
    that ...", "The CURB-65 score gives one point each for ...") direct. Without a topic, directness rests on the
    relevance model's belief (``scoring.candidates``), which weighs the question's other words: a definition that
    repeats none of "measure" stays below its floor, and the answer opened with "Measurement of dp-ucMGP is a research
    test"."""
    parts = asked_parts(q.text)
    thing = parts or asked_thing(q.text)
    if not thing:
        return ranked
    name, verbs = frozenset(tokenize(thing)) - QUESTION_WORDS, COMPOSING if parts else COPULAS
    return [replace(c, direct=True) if not (c.direct or c.anchored or c.closest_only) and defines(c.text, name, verbs)
            else c for c in ranked]


def not_the_replaced(q: Question, statements: list[Candidate]) -> list[Candidate]:
    """The statements that may lead less those that name what the question asks a replacement for
    (``Question.instead_of``: "Amoxicillin is the recommended first-line antibiotic ..." does not answer "What can be
    used instead of amoxicillin ...?"); all of them for any other question."""
    if not q.instead_of:
        return statements
    replaced = frozenset(tokenize(q.instead_of)) - QUESTION_WORDS
    # (One that names it only as what another is preferred to, "... should receive X rather than Y alone", answers.)
    return [c for c in statements if not replaced or not replaced <= c.terms
            or not replaced <= frozenset(tokenize(_PREFERRED_TO.sub(" ", c.text)))]


# What a statement prefers another thing to: "rather than", "instead of" or "in place of" to its clause's end.
_PREFERRED_TO = re.compile(r"\b(?:rather\s+than|instead\s+of|in\s+place\s+of)\b[^,;.:]*", re.I)


def asks_advice_for_people(q: Question) -> bool:
    """Whether a question asks for advice on an intervention (a yes or a no on giving it, no effect asked: "Should
    kids with ear infections who are allergic to penicillin get amoxicillin?"), which a guideline's advice of another
    treatment for the people asked answers (``subgroup.another_for_them``). "Does X reduce mortality in patients
    with Y?" asks what X does, which advice on another treatment for them does not answer."""
    return q.yes_no and bool(q.intervention) and q.verb is None and not asks_effect(q)


def _outcome_names(q: Question, intervention: Concept | None, condition: Concept | None, direct: list[Candidate],
                   lexicon: Lexicon) -> frozenset[str]:
    """The terms of the names the direct statements' sources give the asked condition in their titles
    (``title_outcomes``) that those statements use, and of the condition's other names that a direct statement
    writes whole (``Concept.forms``: "hypoglycaemic episodes" of "hypoglycaemia"): the words whose direction a
    statement states ("fewer hypoglycaemic episodes") are its own, not the question's."""
    if intervention is None or not q.condition:
        return frozenset()
    out: set[str] = set()
    for c in direct:
        for name in outcomes_named_in(q.condition, intervention, c.hit.document.title, lexicon, c.terms):
            if name <= c.terms:
                out |= name
        for form in condition.forms if condition is not None else ():
            if form <= c.terms:
                out |= form
    return frozenset(out)


def _left_out_scope(q: Question, lead: Candidate | None, ranked: list[Candidate]) -> Candidate | None:
    """The statement, right after the lead in its passage, that says the lead's advice does not apply to the people the
    question asks of (``not_applying.left_out_asked``), or None."""
    if lead is None:
        return None
    topic = guideline.topic_terms(q.intervention, q.condition)
    after = not_applying.following(lead.text, lead.hit.chunk.text)[1:]
    for c in ranked:
        if c.doc_id == lead.doc_id and any(c.text in t or t in c.text for t in after) and \
                not_applying.left_out_asked(q.as_asked or q.text, topic, [c.text]):
            return c
    # (Not ranked, below the floors that keep statements off the question: the lead's own passage says it.)
    said = next((t for t in after if not_applying.left_out_asked(q.as_asked or q.text, topic, [t])), None)
    return replace(lead, text=said, direct=False) if said is not None else None


@dataclass(frozen=True)
class YesNoReading:
    """A yes/no question's verdict as asked, the statements ``behind`` it, and the ``lead`` of its bottom line:
    a statement the verdict rests on that states it, where one does (``stating_lead``)."""

    verdict: Verdict | None
    behind: list[Candidate]
    lead: Candidate | None


def read_yes_no(q: Question, ev: RankedEvidence, tuning: AnswerTuning = TUNING,
                model: VerdictModel | None = None) -> YesNoReading:
    """The verdict on a yes/no question (``_read_yes_no``), which, asked whether two things should be taken apart, needs
    a statement behind it that speaks of their timing (``verdict.on_taking_apart``). Asked whether two names name one
    thing, it is read from the grammar of naming (``_on_identity``); and a verdict read from statements that do not name
    what the question asks about gives way to a statement denying its claim (``verdict.claim_denied``). Asked whether
    people need a thing, it says what its lead (or, without one, the first statement behind it) says of that need in
    words (``need.on_need``); a "yes" from that statement's clause on other people is "uncertain"
    (``contrast.on_contrast``); asked whether a thing makes a condition worse, a "yes" needs a statement that says so
    (``worsening.on_worsening``), whether it makes something better, a "yes" above a lead that says only a harm is
    "uncertain" (``improving.on_improving``); asked of a value or a size outside a range stated on the same measure, a
    "yes" is "uncertain" (``_outside_stated_range``); asked whether X does Y above advice against X because it does Y,
    "yes" (``verdict.reason_states_claim``); asked whether two things may be taken together, a "yes" needs a statement
    that speaks of the two together; asked of people in a state no close statement names, a "yes" is "uncertain"
    (``_people_unaddressed``); asked of a schedule above statements of others only (among them one the relevance model
    scores lower that names more of what is asked), a "yes" is a "no" where a guideline advises them, else "uncertain"
    (``frequency.other_schedule_statement``)."""
    reading = _read_yes_no(q, ev, tuning, model)
    warned = _warned_in_the_state(q, reading, ev) if asks_if_it_matters(q.text) else None
    if warned is not None:
        # Asked whether a state said matters ("he's on zorbarin, does that matter?"), advice against the thing for
        # people in that state answers: yes, it matters. Read as whether the thing is fine, the usual advice for it led
        # and its yes, turned round as asked, said "No.", which reads as "it does not matter".
        return YesNoReading("yes", [warned], warned if reading.lead is not None else None)
    gap = (gap_on_the_asked(q.text, reading.lead, ev.ranked)
           if reading.verdict in ("yes", "no") and reading.lead is not None and lead_tier(reading.lead) == 0 else None)
    if gap is not None:
        # Advice on a neighbouring thing ("screen adults for gloomitis") above the statement on the asked one that
        # says its evidence is insufficient ("Evidence on ... screening ... for wobbleosis is inadequate"): that
        # statement answers, and leads (``verdict_gap``).
        return YesNoReading("insufficient", [gap], gap)
    asked = identity_asked(q.text)
    if asked is not None:
        return _on_identity(asked, reading, ev.ranked)
    denied = claim_denied(q.text, reading.verdict,
                          ([reading.lead] if reading.lead is not None else []) + reading.behind, ev.ranked)
    if denied is not None:
        # A verdict read from statements that do not name what the question asks about ("Knee osteoarthritis involves
        # loss of articular cartilage ..." for "Does exercise damage the joint ...?") gives way to the statement that
        # denies its claim in its words ("... appropriate exercise does not damage the joint"), which leads.
        return YesNoReading("no", [denied], denied if reading.lead is not None else None)
    said = [c.text for c in ([reading.lead] if reading.lead is not None else []) + reading.behind]
    verdict = on_taking_apart(q.text, reading.verdict, said, (guideline.topic_terms(q.intervention, None),
                                                              guideline.topic_terms(None, q.condition)))
    verdict = on_need(q.text, verdict, said[0] if said else None)
    # (... and a yes to whether it must be done, above a statement that leaves it to choice: no, ``need``; asked as
    # typed, as a case note's rewording may part "have" from its "to")
    verdict = on_obligation(q.as_asked or q.text, verdict, said[0] if said else None)
    if (verdict == "no" and said and guideline.licensing_note(said[0]) and not guideline.gives_advice(said[0])
            and not guideline.asks_licensing(q.text)):
        # A "no" read from a note on a medicine's licensing ("... did not have marketing authorisation for use in
        # ...") is a regulator's word, not the guideline's advice against it: neither a yes nor a no. (Unless the
        # licensing is what was asked: "Was X licensed in Europe and the US at the same time?")
        verdict = "uncertain"
    if verdict == "no" and q.aspect == "course" and said and states_unaided_course(said[0]) and not denies(said[0]):
        # Asked whether a condition goes its course of itself, a statement that it does ("... often resolves
        # spontaneously ...") and denies nothing is a yes, whatever the words model made of the question's "without".
        verdict = "yes"
    verdict = on_contrast(verdict, said[0] if said else None, guideline.topic_terms(q.intervention, None),
                          guideline.topic_terms(None, q.condition))
    verdict = on_worsening(q.text, verdict, said, guideline.topic_terms(q.intervention, None))
    verdict = on_improving(q.text, verdict, said[0] if said else None)
    if verdict == "no" and said and asks_worsening(q.text):
        # A "no" to whether X makes Y worse above a statement that X raises Y ("... an increase of roughly 30 percent in
        # the risk of myocardial infarction" for "Does calcium supplementation worsen heart attack risk?"): yes.
        outcome = asked_outcome(q.condition, guideline.topic_terms(q.intervention, None)) | ev.outcome_names
        if any(moves_as_asked(q.verb, t, _topic(q) | ev.outcome_names, outcome) for t in said):
            verdict = "yes"
    if verdict == "no" and said and _ASKS_EFFECT.match(q.text) and (reason_states_claim(q.text, said[0])
                                                                  or claim_before_advice(q.text, said[0])):
        # Advice against a thing because of the very effect asked of ("... contraindicated in patients taking
        # warfarin ..., because it antagonises the anticoagulant effect"), or after stating it ("Bupropion lowers the
        # seizure threshold and should not be used ..."): a yes to that effect.
        verdict = "yes"
    if verdict == "yes" and lasting_asked(q.text) and not any(states_asked(t, q.text) for t in said) and any(
            states_asked(c.text, q.text) for c in ev.ranked):
        # Asked whether an effect lasts, a yes read from statements that report no later time point ("... benefits
        # are greatest in the first year and ... long-term outcomes may be similar ...") while another reports one
        # ("Longer follow-up ... at about five years found no significant difference ..."): what lasts is not said.
        verdict = "uncertain"
    if verdict == "yes" and _outside_stated_range(q, reading, ev, tuning):
        against = _against_in_the_span(q, reading, ev, tuning)
        if against is not None:
            # Asked of a time outside the span the yes rests on, its source's advice against the thing in the asked
            # span: no, and it leads where the reading had a lead.
            return YesNoReading("no", [against], against if reading.lead is not None else None)
        verdict = "uncertain"
    if verdict == "yes" and said and advises_testing_first(q.text, said[0]):
        # A yes read from advice to test for a state before the asked thing, for a patient said to have that state
        # ("... be tested for X deficiency before initiation of Y" for "known X deficiency: can I give Y?"): the
        # advice is a precondition, not a yes to giving it to them (``tested_first``).
        verdict = "uncertain"
    if verdict == "no" and said and _only_with_the_other(q, said[0]):
        # Asked whether two things may be given together, advice that one must never be given without the other
        # ("Long-acting beta-agonists should not be used without an inhaled corticosteroid"): a yes.
        verdict = "yes"
    if verdict == "yes" and asks_interaction(q.text) and not any(_SPEAKS_OF_INTERACTING.search(t) for t in said):
        # Asked whether two things interact, statements none of which speaks of an interaction or of one changing the
        # other's effect ("Most gizmo supplements contain GZ-7" for "on drugx, taking GZ7 - any interaction?") carry
        # no yes: they name a thing asked of, not the relation asked.
        verdict = "uncertain"
    # A yes to whether someone may take a thing above a statement that it changes the effect of another the question
    # names ("can reduce the effect of ..."): that warning's no (``grammar_turns.interaction_on_permission``).
    verdict = interaction_on_permission(q.text, verdict, said, guideline.topic_terms(q.intervention, None))
    # Asked whether to do a thing ahead of another, or to wait, above a statement that it should not wait: act now.
    verdict = on_waiting(q.text, verdict, said)
    # Asked whether to use a thing for people in a state, a statement that the thing causes that very state ("...
    # can cause ... raised uric acid and gout" for a patient with gout) is a no (``own_state_harm``).
    verdict = on_own_state_harm(q.text, verdict, said, q.verb)
    if verdict == "yes" and _safety_asked(q) and q.together and not any(TOGETHER.search(t) for t in said):
        # Asked whether two things may be taken together, statements that name them apart ("... pain relief with
        # paracetamol or ibuprofen") say nothing of taking both: no yes.
        verdict = "uncertain"
    if verdict in ("yes", "uncertain"):
        # Asked whether one may do a thing while a state holds, a yes (or neither) read from a statement reporting
        # that very state as a harm of the thing ("Gizmo wall tears ... occur in about 1 in 500 duct flushes" for
        # "can I flush the duct if the gizmo wall is torn?") is none: advice as close against the act in that state
        # answers "no" and leads; without it, a yes is "uncertain" (``state_harm``).
        resting = reading.lead or (reading.behind[0] if reading.behind else None)
        harm_first, against = harm_of_the_act_led(q.text, resting, [*reading.behind, *ev.ranked], tuning.support_margin)
        if against is not None:
            return YesNoReading("no", [against, *(c for c in reading.behind if c is not against
                                                  and not reports_state_as_harm(c.text, _asked_state(q)))],
                                against if reading.lead is not None else None)
        if harm_first and verdict == "yes":
            verdict = "uncertain"
    if verdict == "yes" and said and (one_slot_otherwise(q.text, said[0], said)
                                      or (ev.idf is not None and another_prefix(q.text, said[0], said, ev.idf))):
        # A yes above a statement that repeats the question's claim with one slot filled otherwise ("Gizmozumab
        # suppressed the wobble axis" for "Does gizmozumab activate the wobble axis?", "... chromosome 14q2" for
        # "... chromosome 12?"), or with one of its words after another prefix ("ProSavin, a lentiviral vector ..."
        # for "Does ProSavin use an adenoviral vector?"), and none filling it as asked: the words model read the
        # shared words; no (``mismatch``).
        verdict = "no"
    if verdict == "yes":
        # A yes above a statement that says otherwise in the question's own terms (an act asked that it negates, an
        # age asked outside its bound, a warning of the very state a safety question asks of): ``_said_otherwise``.
        verdict = _said_otherwise(q, said, ev, tuning) or verdict
    first = reading.lead if reading.lead is not None else (reading.behind[0] if reading.behind else None)
    if verdict in ("yes", "no") and first is not None and not_applying.left_out_asked(
            q.as_asked or q.text, guideline.topic_terms(q.intervention, q.condition),
            not_applying.following(first.text, first.hit.chunk.text)):
        # Advice whose source says right after it that it does not apply to the asked people ("It does not apply to
        # pregnant women ..." after advice against screening adults at low risk): neither its yes nor its no is theirs.
        verdict = "uncertain"
    close = _said_close(reading, ev, tuning)
    if verdict == "yes" and (_people_unaddressed(q, close) or _state_unaddressed(q, close, ev.for_them)):
        # Asked of people set apart by a state ("while pregnant", "if I have asthma") above statements none of which
        # speaks of it: a yes for people in general is none for them.
        verdict = "uncertain"
    if verdict == "no" and first is not None and asks_if_it_matters(q.text) and _people_unaddressed(q, [first]):
        # Asked whether a state said matters ("he's on zorbarin, does that matter?"), a no read from a statement that
        # does not name the state (advice for the thing at large, turned round as asked) says it does not matter where
        # nothing said so: neither.
        verdict = "uncertain"
    scheduled = _schedule_statement(other_schedule_statement, q, close, ev.ranked)
    if verdict == "yes" and scheduled is not None:
        # Asked of one schedule above statements on others ("three times a day" above "A single daily dose or
        # alternate-day dosing ... is recommended"): a guideline's advice of another schedule is a no to this one,
        # and the statement of the schedules leads. One the relevance model scored below the close statements names
        # as much of what is asked as they do (``frequency.other_schedule_statement``): a guideline's advice is a
        # recommendation on it as a close one is ("If a patient ... starts ... a vitamin K supplement, the INR should be
        # checked more often, for example weekly ..." for "... checked once a month after starting ...").
        advice = lead_tier(scheduled if scheduled in close else replace(scheduled, direct=True)) == 0
        return YesNoReading("no" if advice else "uncertain", [scheduled], scheduled)
    if verdict == "yes" and schedule_unstated(q.text, [c.text for c in close], [c.text for c in ev.ranked]):
        # Asked whether a thing is given on a schedule no statement states ("Should amoxicillin be given three times a
        # day ...?" above "Amoxicillin is the recommended first-line antibiotic ..."): no yes to the schedule.
        verdict = "uncertain"
    rival = _rival_advice(q, verdict, close, ev, tuning)
    if rival is not None:
        # Asked whether one schedule beats another, a guideline's advice of the other and not the asked one ("A single
        # daily dose ... is recommended, because more frequent dosing ... reduces absorption ..." for "... twice daily
        # better than once daily?"): no, and it leads where the reading had a lead. Read as any statement, it gave
        # "uncertain" above that very advice.
        return YesNoReading("no", [rival], rival if reading.lead is not None else None)
    if verdict == "no" and (reading.lead is None or not per_day(reading.lead.text)):
        # A no read from statements on something else ("... not approved as an osteoporosis drug in the United States")
        # above one stating the asked schedule and no other ("The approved regimen is ... given in three divided
        # doses ..." for "... three times a day?"): it leads, and the answer is "uncertain".
        stated = _schedule_statement(asked_schedule_statement, q, close, ev.ranked)
        if stated is not None:
            return YesNoReading("uncertain", [stated], stated)
    return reading if verdict == reading.verdict else replace(reading, verdict=verdict)


# Advice that a thing is never given without another: "should not be used without", "must never be given without".
# Grammar of a negated "without", no topic.
_NEVER_WITHOUT = re.compile(r"\b(?:should|must|can)\s+(?:not|never)\s+be\s+(?:used|given|taken|prescribed|started)\s+"
                            r"(?:alone\s+)?without\s+(?P<other>[^,;.]+)", re.I)


# A statement speaking of two things interacting, in any polarity: an interaction stated or denied ("do not interact
# with"), or one changing the other's effect (``routing.INTERACTION``).
_SPEAKS_OF_INTERACTING = re.compile(rf"{INTERACTION.pattern}|\binteract\w*|\binterfer\w*", re.I)


def _asked_state(q: Question) -> frozenset[str]:
    """The terms of the state a question asks whether one may act in (``state_harm.asked_in_state``), none else."""
    asked = asked_in_state(q.text)
    return asked[1] if asked is not None else frozenset()


def _said_otherwise(q: Question, said: list[str], ev: RankedEvidence, tuning: AnswerTuning) -> Verdict | None:
    """What a "yes" is above statements that say otherwise (``quoted_against``), None where none does: "no" where the
    statements behind it, or a ranked one scoring at least ``tuning.support_margin`` of the best, negate the very act
    asked ("Gizmolol should not be stopped completely" for "..., can i stop gizmolol completely?"), or where the first
    of them warns of the very state a safety question asks of ("Gizmolol carries warnings about gizmo palsy" for "Is
    gizmolol safe with a history of gizmo palsy?"); "uncertain" where the first sets an age bound the exact age asked
    falls outside ("... for children older than 6 months" for a 4-month-old). "No" too where the first keeps the
    asked act for people in a state the question says its people are not in (``reserved_state.outside_kept``:
    "reserved for patients with symptomatic wobble" for "asymptomatic ... - flush?"), unless it asks whether to do
    without the act."""
    top = max((c.score for c in ev.ranked), default=0.0)
    near = said + [c.text for c in ev.ranked if c.score >= tuning.support_margin * top]
    if any(denies_asked_act(q.text, t) for t in near):
        return "no"
    if said and not asks_against(q.text) and outside_kept(q.as_asked or q.text, said[0]):
        return "no"
    if said and _safety_asked(q) and warns_of_asked_state(q.condition, guideline.topic_terms(q.intervention, None),
                                                          said[0]):
        return "no"
    if said and age_outside(q.text, said[0]):
        return "uncertain"
    return None


def _only_with_the_other(q: Question, statement: str) -> bool:
    """Whether ``statement`` advises never to give one of two things asked together without the other
    (``_NEVER_WITHOUT``, the words after "without" naming every term of the other thing: the question's condition
    where it asks of the two together, ``Question.together``, else either of two its intervention joins, "an inhaled
    corticosteroid" of "an inhaled corticosteroid and a LABA" above "Long-acting beta-agonists should not be used
    without an inhaled corticosteroid")."""
    joined = re.split(r"\s+(?:and|with|plus)\s+", q.intervention or "")
    others = [q.condition] if q.together else joined if len(joined) == 2 else []
    found = _NEVER_WITHOUT.search(statement)
    if found is None:
        return False
    said = frozenset(tokenize(found.group("other")))
    return any(terms and terms <= said for terms in (guideline.topic_terms(None, o) for o in others if o))


def _warned_in_the_state(q: Question, reading: YesNoReading, ev: RankedEvidence) -> Candidate | None:
    """The first statement the verdict rests on, else the first ranked one, that names the state of the people the
    question asks of (``people_states``) and advises against its intervention (``polarity.stance``: "X must not be
    given to people taking zorbarin ..."); None where the question names no such state or none does."""
    if not _asked_people_states(q):
        return None
    topic = guideline.topic_terms(q.intervention, None)
    for c in [*([reading.lead] if reading.lead is not None else []), *reading.behind, *ev.ranked]:
        if c.mentions_intervention and not _people_unaddressed(q, [c]) and stance(c.text, topic) == "against":
            return c
    return None


def _asked_people_states(q: Question) -> list[frozenset[str]]:
    """The terms of each state that sets apart the people a question asks of (``people_states``), other than its
    condition."""
    condition = frozenset(tokenize(q.condition or ""))
    states = [frozenset(tokenize(s)) - QUESTION_WORDS for s in people_states(q)]
    return [s for s in states if s and not s <= condition]  # (the condition itself is met as a concept is)


def _people_unaddressed(q: Question, said: list[Candidate]) -> bool:
    """Whether the question asks of people set apart by states (``people_states``) other than its condition and none
    of the ``said`` statements names any of them: in its terms, or by the noun of an adjective it names people by
    ("pregnant women" names "pregnancy", ``question.state_nouns``)."""
    states = _asked_people_states(q)
    if not states:
        return False
    for c in said:
        terms = c.terms | frozenset(tokenize(state_nouns(c.text)))
        if any(s <= terms for s in states):
            return False
    return True


def _state_unaddressed(q: Question, said: list[Candidate], for_them: str | None = None) -> bool:
    """Whether a question on whether its intervention is safe in a state (``_safety_asked``; the states of
    ``contraindicated_states``, its condition among them: "Is amoxicillin safe while breastfeeding?") stands above
    statements none of which names any of those states (by its head term, or by the noun of an adjective: "pregnant"
    names "pregnancy"): they speak of other people, and a yes from them ("Amoxicillin is the recommended first-line
    antibiotic for acute otitis media ...") is none for people in that state. False where the lead was chosen for
    the people asked (``for_them``: a warning or advice that names their state in its own words)."""
    if for_them is not None or not (q.yes_no and q.intervention and _safety_asked(q)):
        return False
    # (By its head, the last of its terms, too: "stable cardiovascular disease" speaks of "stable heart disease".)
    heads = [terms[-1:] for s in contraindicated_states(q) if (terms := [t for t in tokenize(s) if t not in
                                                                          QUESTION_WORDS])]
    if not heads or not said:
        return False
    # (... and the condition as the question's concept reads it, where the state is the condition: "myocardial
    # infarction" speaks of "heart attack", ``Candidate.mentions_condition``.)
    condition = frozenset(tokenize(q.condition or ""))
    is_condition = any(frozenset(t for t in tokenize(s) if t not in QUESTION_WORDS) <= condition
                       for s in contraindicated_states(q))
    return not any(frozenset(head) <= c.terms | frozenset(tokenize(state_nouns(c.text)))
                   or (is_condition and c.mentions_condition) for c in said for head in heads)


def _schedule_statement(read: Callable[[str, list[str], list[str]], str | None], q: Question, close: list[Candidate],
                        ranked: list[Candidate]) -> Candidate | None:
    """The statement of a schedule a reading of ``frequency`` finds (``other_schedule_statement``,
    ``asked_schedule_statement``) from the statements close to a verdict and, where they name less of what is asked,
    the other ranked ones."""
    texts = {c.text: c for c in (*close, *ranked)}  # the first of a text, a close statement before a ranked one
    found = read(q.text, [c.text for c in close], [c.text for c in ranked])
    return texts[found] if found is not None else None


def _rival_advice(q: Question, verdict: Verdict | None, close: list[Candidate], ev: RankedEvidence,
                  tuning: AnswerTuning) -> Candidate | None:
    """For a yes/no question whose verdict is not already "no" (nor None), the guideline statement among those close to
    it, or ranked at least ``tuning.support_margin`` of the best, that advises the schedule the question asks another to
    beat and none of the asked ones (``frequency.rival_advised``); None otherwise."""
    if verdict in (None, "no"):
        return None
    top = max((c.score for c in ev.ranked), default=0.0)
    advice = {c.text: c for c in [*close, *(c for c in ev.ranked if c.score >= tuning.support_margin * top)]
              if c.hit.document.kind == DocumentKind.GUIDELINE and guideline.gives_advice(c.text)}
    found = rival_advised(q.text, list(advice))
    return advice[found] if found is not None else None


def _said_close(reading: YesNoReading, ev: RankedEvidence, tuning: AnswerTuning) -> list[Candidate]:
    """The statements a verdict is checked against: its lead, the statements behind it, and the direct statements
    scoring at least ``tuning.support_margin`` of the best direct one (those the bottom line may quote beside it)."""
    best = max((c.score for c in ev.direct), default=0.0)
    return ([reading.lead] if reading.lead is not None else []) + reading.behind + [
        c for c in ev.direct if c.score >= tuning.support_margin * best]


def _against_in_the_span(q: Question, reading: YesNoReading, ev: RankedEvidence,
                         tuning: AnswerTuning) -> Candidate | None:
    """Asked of a time outside the span a yes rests on ("Is amniocentesis before 15 weeks acceptable ...?" above
    "Amniocentesis should be offered ... after 15 weeks of gestation"), advice against the thing in the asked span
    (``bounds.within_span``, ``polarity.stance``) from a source the yes rests on, scoring at least
    ``tuning.support_margin`` of the best statement: "Early amniocentesis (prior to 15 weeks ...) is not
    recommended ...". None where no such advice is found."""
    sources = {c.doc_id for c in _said_close(reading, ev, tuning)}
    top = max((c.score for c in ev.ranked), default=0.0)
    asked = frozenset(tokenize(q.text))
    for c in ev.ranked:
        if (c.score >= tuning.support_margin * top and c.doc_id in sources and c.terms & asked
                and within_span(q.text, c.text) and stance(c.text) == "against"):
            return c
    return None


def _outside_stated_range(q: Question, reading: YesNoReading, ev: RankedEvidence, tuning: AnswerTuning) -> bool:
    """Whether a value or a size the question asks of lies outside a range (``bounds.outside_range``) stated on the
    same measure by the lead, a statement behind the verdict, or a direct statement scoring at least
    ``tuning.support_margin`` of the best direct one: "an INR of 1.5" against "The INR target ... is 2.0 to 3.0",
    "small deposits" against "... an effective option for medium to large deposits". A statement as close that sets
    its range as the norm the question asks of (``bounds.states_norm_asked``: "Commercial ... supplements usually
    contain ... 45 to 200 micrograms per day" for "... within the usual supplement range?") decides alone where it
    states one, the value in or out. What they say is of other values than the asked one, so a "yes" to it is
    "uncertain"."""
    said = _said_close(reading, ev, tuning)
    top = max((c.score for c in ev.ranked), default=0.0)
    norm = [c for c in ev.ranked if c.score >= tuning.support_margin * top and states_norm_asked(q.text, c.text)]
    if any(outside_range(q.text, c.text) for c in norm):
        return True
    if any(inside_range(q.text, c.text) for c in norm):
        return False  # the norm asked of holds the value, whatever other statements say of other values
    return any(outside_range(q.text, c.text) for c in said)


def _naming_first(q: Question, ranked: list[Candidate], closest: list[Candidate], most: int) -> list[Candidate]:
    """The closest statements of a question whether two names name one thing (``identity.identity_asked``), with
    those its verdict rests on first (``identity.identity_verdict``: "Vitamin K1, also called phylloquinone ..." and
    "Vitamin K2 is the collective name for the menaquinones ..."), ``most`` in all: the reader sees why it leans
    yes or no. Unchanged for any other question, and where no statement speaks to it or none is quoted."""
    asked = identity_asked(q.text)
    found = identity_verdict(asked, [c.text for c in ranked]) if asked is not None and closest else None
    if found is None:
        return closest
    named = [ranked[i] for i in found[1]]
    return (named + [c for c in closest if all(c is not n for n in named)])[:max(most, len(named))]


def _on_identity(asked: IdentityAsked, reading: YesNoReading, ranked: list[Candidate]) -> YesNoReading:
    """The reading of a question whether two names name one thing ("Is vitamin K1 the same as vitamin K2?"): the
    verdict the grammar of naming gives among the ``ranked`` statements (``identity.identity_verdict``: "no" from
    "Vitamin K1, also called phylloquinone" beside "Vitamin K2 is the collective name for the menaquinones"), those
    statements behind it and, where the reading had a lead, the first of them leading; where none speaks to it, a
    yes or a no read from what one of them is or does is "uncertain"."""
    found = identity_verdict(asked, [c.text for c in ranked])
    if found is None:
        return reading if reading.verdict not in ("yes", "no") else replace(reading, verdict="uncertain")
    verdict, at = found
    behind = [ranked[i] for i in at]
    return YesNoReading(verdict, behind, behind[0] if reading.lead is not None else None)


# A question asked of an effect in so many words ("Does X reduce Y?"), not of whether X is used or advised. Grammar.
_ASKS_EFFECT = re.compile(r"^\s*(?:does|do|did)\b", re.I)


def _read_yes_no(q: Question, ev: RankedEvidence, tuning: AnswerTuning = TUNING,
                 model: VerdictModel | None = None) -> YesNoReading:
    """The verdict on a yes/no question, read before the bottom line is built so that its lead states it.

    A guideline's recommendation that leads gives the verdict itself (what it says, not what a neighbour
    sentence does, read as the question asks it: "Should X be avoided?" above "X should not be used" is "yes"),
    except on whether X causes Y when the advice states no cause (``verdict.advice_on_causing``).
    Otherwise the verdict model reads the direct statements (``as_strong_as`` the lead), a "no" above a lead
    that states the asked effect is its "yes" (``against_lead``), and the verdict is turned as the question asks
    it (``_as_asked``). The lead then becomes the statement behind the verdict that states it (``stating_lead``,
    judged on what the statements say of the intervention, before any turning), unless the lead is advice on
    what was asked (its advice gave the verdict: ``verdict.against_advice``) or the new lead would turn the
    verdict: the lead is chosen to agree with the verdict, never the verdict changed to agree with it.
    ``model``: the verdict model (the shipped one by default)."""
    lead, topic = ev.lead, _topic(q) | ev.outcome_names
    forms = (guideline.topic_terms(q.intervention, None), *ev.intervention_forms)
    states = people_states(q)
    if lead is not None and asks_advice_for_people(q) and (
            ev.for_them == "against" or against_for_them([lead], q.condition, forms, states) is lead):
        # Advice against the asked intervention for the very people asked about ("Propranolol should be avoided in
        # people with asthma ..." for "Is propranolol recommended for migraine prevention in people with asthma?"):
        # a no to using it for them, a yes to avoiding it.
        return YesNoReading("yes" if asks_against(q.text) else "no", [lead], lead)
    if lead is not None and ev.for_them == "against" and (_safety_asked(q) or (q.type == "safety"
                                                                               and asks_against(q.text))):
        # ... and asked whether it is safe for them ("Is topiramate safe in pregnancy for migraine prevention?"): the
        # advice against it there is a no to its safety, a yes to its being contraindicated.
        return YesNoReading("yes" if asks_against(q.text) else "no", [lead], lead)
    if lead is not None and ev.for_them == "against" and not asks_advice_for_people(q):
        # ... and asked of its effect for them: the advice against it there is no "yes" and says nothing of the
        # effect, so neither; it leads (``rank_evidence``).
        return YesNoReading("uncertain", [lead], lead)
    if lead is not None and asks_advice_for_people(q) and ev.for_them == "for":
        # Its use in a state of theirs, the exception to advice against its usual use ("... not recommended as routine
        # first-line drugs for uncomplicated hypertension but are used when there is another indication such as
        # angina ..." for "... in a patient who also has angina?"): a yes for them, a no to avoiding it.
        return YesNoReading("no" if asks_against(q.text) else "yes", [lead], lead)
    if (lead is not None and asks_advice_for_people(q)
            and against_for_others(lead, q.condition, forms, states)):
        # Advice against the asked intervention for other people only ("... should be avoided in people with asthma and
        # used with caution in people with heart block ..." for a patient with heart block): no "no" for them.
        return YesNoReading("uncertain", [lead], lead)
    if lead is not None and asks_advice_for_people(q) and another_for_them([lead], q.condition, forms,
                                                                             ev.ranked) is lead:
        # Advice of another treatment for the very people asked about ("Doxycycline or a macrolide ... is recommended
        # for patients with penicillin allergy" for "Can a patient with penicillin allergy take amoxicillin for
        # pneumonia?"): for them the guideline advises something else, a no to the asked one.
        return YesNoReading("no", [lead], lead)
    if lead is not None and advice_beside_the_asked(lead, guideline.topic_terms(q.intervention, None),
                                                    ev.intervention_forms):
        # Advice that names neither the intervention nor an effect answers no yes/no question on it: no lead, so
        # the bottom line quotes the closest evidence under its caveat, and the verdict is "insufficient".
        return YesNoReading("insufficient", [], None)
    outcome = asked_outcome(q.condition, guideline.topic_terms(q.intervention, None)) | ev.outcome_names
    own = guideline.topic_terms(q.intervention, None)
    absence = answers_absence(q.text, lead, ev.ranked, own, topic) if lead is not None else None
    if absence is not None:
        # Asked in the absence of something ("... when there is no follow-up care available?"), the statement on that
        # absence that reports no benefit or denies ("Screening without systems for follow-up and treatment shows
        # little benefit") answers it, "no", and leads: a lead on another case gives no verdict on this one.
        return YesNoReading("yes" if asks_against(q.text) else "no", [absence], absence)
    if lead is not None and lead_tier(lead) == 0 and names_only_as_occasion(lead.text, forms):
        # Advice on another thing that names the asked one only as when it is given ("Intravenous iron is recommended
        # when oral iron is not tolerated, ..., such as in late pregnancy"): neither a yes nor a no to the asked one.
        return YesNoReading("uncertain", [lead], lead)
    if lead is not None and lead_tier(lead) == 0 and q.intervention and stance(lead.text, topic) == "against" \
            and not asks_without(q.as_asked or q.text) \
            and against_without(lead.text, q.intervention, guideline.topic_terms(q.intervention, None)):
        # Advice against another thing done without the asked one ("... against X without an ICS ..." for inhaled
        # corticosteroids): no advice against it, and no "no". (Asked of a thing alone or without another, "What
        # about a long-acting beta-agonist alone?" after a question on inhaled corticosteroids, it is that no.)
        return YesNoReading("uncertain", [lead], lead)
    if lead is not None and lead_tier(lead) == 0:
        advised: Verdict | None = guideline.verdict_of(decide(q.text, [lead], ev.ranked, model, topic)[0], lead,
                                                       q.text, topic, guideline.topic_terms(q.intervention, None))
        best = max((c.score for c in ev.ranked), default=0.0)
        findings = [c.text for c in ev.ranked if c is not lead and c.score >= tuning.support_margin * best]
        effect_asked = bool(_ASKS_EFFECT.match(q.text))
        said_no = advised == "no"
        advised = advice_on_causing(q.verb, advised, lead.text, findings, topic, outcome, effect_asked)
        if said_no and advised == "yes" and effect_asked and caution_on_effect(q.verb, lead.text, topic, outcome):
            # The yes is a finding's, beside a caution on what was asked (``advice_on_causing``): the finding leads,
            # where it is direct evidence; a caution alone says neither.
            mover = next((c for c in ev.direct if c is not lead and moves_as_asked(q.verb, c.text, topic, outcome)),
                         None)
            if mover is None:
                return YesNoReading("uncertain", [lead], lead)
            return YesNoReading(_for_the_asked(q, "yes", mover, forms, [mover, lead]), [mover, lead], mover)
        if _safety_asked(q):
            advised = on_safety(advised, [lead.text], topic, lead.text, own,
                                circumstance=guideline.topic_terms(None, q.condition))
        advised = on_first(q.text, advised, lead.text, own or _thing_terms(q, ev))

        # The reason the advice gives, where it is on the asked thing rather than the advised one ("A single daily
        # dose ... is recommended, because more frequent dosing ... reduces absorption" for "Does more frequent iron
        # dosing increase absorption?"): moving the asked outcome only the other way, it answers no.
        reason = reason_on_other(lead.text, own)
        advised = moved_against(q.verb, advised, reason, topic, outcome)
        # ... and what it states of the asked thing before its advice, moving the asked outcome only the other way
        # ("Bupropion lowers the seizure threshold and should not be used ..." for "Does bupropion raise the seizure
        # threshold?"): no.
        advised = moved_against(q.verb, advised, before_advice(lead.text, own), topic, outcome)
        if advised == "yes" and reason is not None and not moves_as_asked(q.verb, reason, topic, outcome):
            # The advice is for another thing and its reason names the asked one without moving the asked outcome
            # the way asked ("Does frequent iron dosing improve absorption?" above "... because more frequent dosing
            # raises hepcidin and reduces absorption ..."): the advice's yes is no yes for the asked thing.
            advised = "uncertain"
        # (The intervention's other names count as named: "direct oral anticoagulant" of "DOAC".)
        advised = on_exception(q.text, advised, [lead.text], frozenset().union(*ev.intervention_forms))
        if advised == "no" and asks_against(q.text) and asks_possible(q.text) and stance(lead.text, topic) is None \
                and for_other_cases(q, lead):
            # Asked whether it can be done without, advice for it in cases the question does not ask of ("... should be
            # considered for people with severe symptoms ..." for "Can knee osteoarthritis be managed without
            # surgery?") says it is needed in those, not that it cannot be done without: neither a yes nor a no.
            advised = "uncertain"
        ranking = on_ranking(q.text, advised, [lead.text])
        beating = beats_beside(q.text, lead, ev.direct, topic) if advised == "yes" and ranking == "uncertain" else None
        if beating is not None:
            # Advice to use X ranks it above nothing named, but a finding beside it says X beats what the question
            # compares with ("In that trial, ... shockwave therapy improved shoulder function at six months more than
            # sham treatment" for "... better than placebo ...?"): the yes it states, and it leads.
            return YesNoReading(_for_the_asked(q, "yes", beating, forms, [beating, lead]), [beating, lead], beating)
        return YesNoReading(_for_the_asked(q, ranking, lead, forms, [lead]), [lead], lead)
    # (Statements on other people than the asked ones carry no yes or no for them: ``verdict_people``.)
    model_says, behind = decide_for_the_asked(q.text, in_asked_setting(q.text, as_strong_as(lead, ev.direct)),
                                              ev.ranked, model, topic, outcome, q.verb, own)
    lead_text = lead.text if lead is not None else None
    verb = q.verb or association_asked(q.text)
    absent = asked_absent(q.text, outcome, q.verb)
    said = denied_by_lead(verb, against_lead(verb, model_says, lead_text, topic, outcome, absent), lead_text, topic,
                          outcome)
    verdict = _as_asked(q, said, behind, lead, ev.outcome_names)
    if (lead is not None and behind and behind[0] is not lead and states_absent(lead.text, absent)
            and _as_asked(q, said, behind, behind[0], ev.outcome_names) == verdict):
        # A lead on the case with what the question asks without ("screening combined with collaborative care ...
        # improves ..." for "Does screening without collaborative care improve ...?") gives way to the statement
        # the verdict rests on first (``verdict.on_condition``: "Screening without systems for follow-up and
        # treatment shows little benefit").
        return YesNoReading(_for_the_asked(q, verdict, behind[0], forms, behind), behind, behind[0])
    if lead is None or stance(lead.text, topic, asks_to_stop(q.text)) is not None:
        return YesNoReading(_for_the_asked(q, verdict, lead, forms, behind), behind, lead)
    # (As the lead was chosen: read once, in ``rank_evidence``.)
    aspect = {id(c) for c in (ev.answering if ev.answering is not None
                              else answering(q, ev.direct, ev.intervention_forms))}
    stating = stating_lead(said, lead, [c for c in behind if id(c) in aspect], tuning, ev.salient, bounds(q.text),
                           cautions=asks_against(q.text), topic=topic)
    if stating is not lead and _as_asked(q, said, behind, stating, ev.outcome_names) == verdict:
        lead = stating
    return YesNoReading(_for_the_asked(q, verdict, lead, forms, behind), behind, lead)


# Those a statement speaks of as already on a thing ("If people ... are already using X", "currently taking"): a word of
# present use. Grammar.
_ALREADY_USING = re.compile(rf"\b(?:{ALREADY_WORDS})\s+(?:\w+\s+)?(?:on|us(?:e|es|ing)|tak(?:e|es|ing)|"
                            r"receiv(?:e|es|ing)|treated)\b", re.I)


def _quoted_against(q: Question, resting: Candidate, quoted: list[Candidate]) -> bool:
    """Whether ``resting``, the statement a yes rests on, speaks only of those already on what it names
    (``_ALREADY_USING``, advising neither way: ``polarity.stance`` None) for a question that does not ask of them,
    while another quoted guideline statement of its source advises against a word of the question that both name."""
    if (resting.hit.document.kind != DocumentKind.GUIDELINE or stance(resting.text) is not None
            or not _ALREADY_USING.search(resting.text) or _ALREADY_USING.search(q.as_asked or q.text)):
        return False
    asked = frozenset(tokenize(q.text)) - QUESTION_WORDS
    shared = asked & resting.terms
    return any(c is not resting and c.doc_id == resting.doc_id and c.hit.document.kind == DocumentKind.GUIDELINE
               and shared & c.terms and stance(c.text, shared & c.terms) == "against" for c in quoted)


def _against_own_reading(q: Question, ev: RankedEvidence, verdict: Verdict, behind: list[Candidate],
                         quoted: list[Candidate], ranked: list[Candidate]) -> bool:
    """Whether a verdict's first statement names nothing of the asked thing while a quoted one names it
    (``verdict_own_lead.rests_off_thing``), or is one branch of its source's advice while a sibling sentence advises
    the other way for the case stated (``verdict_own_lead.other_branch``), or a sentence advising both ways by value
    whose clause for the case points otherwise (``verdict_own_lead.branch_way``); read for a question with no
    intervention read, its thing the words of a note (``case_against.asked_thing``)."""
    forms = thing_asked(q, ev.intervention_forms) if not q.intervention else ()
    if not forms:
        # (Only for a thing read from a note's words, no intervention read: with one, the readings of the lead and the
        # closest evidence weigh the corpus's own names for it, "menatetrenone" for vitamin K2, which these do not.)
        return False
    if rests_off_thing(q.text, verdict, forms, behind, quoted) or other_branch(q.as_asked or q.text, forms, behind[0],
                                                              [*quoted, *ranked], verdict, q.condition) is not None:
        return True
    # ... or on a sentence advising on the thing both ways in clauses by the case's values, whose clause for the case
    # points the other way or is none (``verdict_own_lead.branch_way``).
    if verdict == "yes" and clause_for_others(q.as_asked or q.text, behind[0], frozenset().union(*forms)):
        return True  # (a yes from the clause on the thing for other people: "... in adults; in children, ...")
    branch = branch_way(q.as_asked or q.text, behind[0].text, frozenset().union(*forms))
    return branch is not None and (branch == "unsure" or as_asked(
        q.text, "yes" if branch == "for" else "no", behind[0].text) != verdict)


def _leave_to_go_on(q: Question, ev: RankedEvidence, closest: list[Candidate]) -> Candidate | None:
    """The first closest statement letting those already on the asked thing go on with it (``lets_users_go_on``),
    where the question asks whether one already on it should stop or go on (``asks_about_going_on``); None else."""
    if not q.yes_no or not asks_about_going_on(q.as_asked or q.text):
        return None
    thing = guideline.topic_terms(q.intervention, None) or _thing_terms(q, ev)
    return next((c for c in closest if lets_users_go_on(c.text, thing)), None)


def _thing_terms(q: Question, ev: RankedEvidence) -> frozenset[str]:
    """The terms of the thing a yes/no question asks of where no intervention is read: the X of "- is X an option?" or
    the thing a case, a dash and a question name ("new Y - X first-line?", ``case_against.asked_thing``); empty where
    none is read. A case note's thing is as much the asked thing as an intervention read, and the readings of a
    verdict against its lead that need one (a first rank asked above advice after a failure) read it so."""
    return frozenset().union(*thing_asked(q, ev.intervention_forms))


def _for_the_asked(q: Question, verdict: Verdict | None, lead: Candidate | None,
                   forms: tuple[frozenset[str], ...], behind: list[Candidate]) -> Verdict | None:
    """A "yes" above a lead that is not on what was asked, for all it was asked of, is "uncertain": advice bounded to
    part of the ages the question asks of (``for_part_of_asked_ages``: "... for children under 6 months" for children
    under 3 years; a yes for some of them is none for all), or advice that names the asked intervention (its
    ``forms``) only inside a name joining it to another (``verdict.names_only_in_other_names``: "budesonide-formoterol"
    for formoterol; a yes to the pair is none to the part). So is a "yes" to whether X alone (or X without Y, or X
    being enough) from a lead, or without one the first statement ``behind`` the verdict, on X joined to another
    (``polarity.with_what_asked_without``: "Combination nicotine replacement therapy, using a long-acting patch together
    with a short-acting product ..., is more effective than a single nicotine product" for "Is a nicotine patch alone
    sufficient ...?"): a finding on the pair, not on X alone. So is a "yes" from that statement where a value the
    question asks of lies outside a threshold it sets on the same measure (``bounds.outside_threshold``: migraine "on
    two days a month" against "on four or more days per month"). Any other verdict stays."""
    if verdict != "yes":
        return verdict
    if lead is not None and (for_part_of_asked_ages(q, lead) or names_only_in_other_names(lead.text, forms)):
        return "uncertain"
    first = lead if lead is not None else next(iter(behind), None)
    if first is not None and with_what_asked_without(q.text, first.text):
        return "uncertain"
    if first is not None and outside_threshold(q.text, first.text):
        # Advice or a rule for those past a threshold the asked value is short of ("... on four or more days per
        # month or whose attacks cause significant disability ..." for migraine on two days a month): no yes for them.
        return "uncertain"
    return verdict


def _as_asked(q: Question, said: Verdict | None, behind: list[Candidate], lead: Candidate | None,
              outcome_names: frozenset[str] = frozenset()) -> Verdict | None:
    """The statements' verdict on the intervention (``said``) as the question asks it: reversed for a question on
    stopping it (``on_stopping``), a lead's advice on it decides (``against_advice``), and a "no" to whether it is
    safe (or whether two things may be taken together) needs a statement that says it is not (``on_safety``)."""
    topic, texts = _topic(q), [c.text for c in behind]
    thing = guideline.topic_terms(q.intervention, None) or topic
    advised = against_advice(q.text, on_stopping(q.text, said, texts, closest_only=lead is None, thing=thing),
                             _advice_behind(lead, behind), topic,
                             guideline.topic_terms(q.intervention, None), q.intervention)
    advised = on_exception(q.text, advised, ([lead.text] if lead is not None else []) + texts)
    advised = on_causing(q.verb, advised, ([lead.text] if lead is not None else []) + texts, topic,
                         guideline.topic_terms(q.intervention, None))
    advised = on_ranking(q.text, advised, ([lead.text] if lead is not None else []) + texts)
    advised = on_first(q.text, advised, lead.text if lead is not None else None,
                       guideline.topic_terms(q.intervention, None))
    advised = on_advice_asked(q.text, advised, ([lead] if lead is not None else []) + behind)
    advised = on_other_risk(q.text, advised, lead.text if lead is not None else None, outcome_names)
    if not _safety_asked(q):
        return advised
    # Without a lead, the statement the verdict rests on first is read as one (as ``on_need`` reads it): a "yes" from
    # closest evidence above "... is dangerous in overdose" is no more a yes than from a lead.
    lead_text = lead.text if lead is not None else texts[0] if texts else None
    statements = [lead.text] if lead is not None else []
    safety = on_safety(advised, statements + texts, topic, lead_text, guideline.topic_terms(q.intervention, None),
                       guideline.topic_terms(None, q.condition))
    if advised == "no" and safety == "uncertain" and lead_text is not None and denies_claim(_taken_as_said(q.text),
                                                                                             lead_text):
        # Asked whether something makes another thing safe, a statement that denies that very claim in the question's
        # words ("... should not be relied on to make high-dose vitamin D safe" for "Does adding vitamin K2 make
        # high-dose vitamin D safe?") answers it: no (on_safety reads such a denial as one of another purpose).
        return "no"
    return safety


# "Does adding X ...?", "Does taking X ...?": a gerund of taking something that opens the claim's subject, which a
# statement names by the thing alone ("Vitamin K2 ..."). Grammar, no topic.
_TAKING_GERUND = re.compile(r"^(?P<aux>\s*(?:does|do|did|will|would|can|could)\s+)"
                            r"(?:adding|taking|giving|using)\s+(?=\w)", re.I)


def _taken_as_said(question: str) -> str:
    """``question`` without the gerund of taking that opens its subject (``_TAKING_GERUND``)."""
    return _TAKING_GERUND.sub(lambda m: m.group("aux"), question)


def _safety_asked(q: Question) -> bool:
    """Whether a yes to the question says that what it names is safe to take: it asks whether it is safe
    (``asks_if_safe``, which reads "Is X well tolerated?" too), or whether it may be taken together with another
    thing (not whether the two interact, which a warning answers yes, nor whether to avoid it)."""
    return (asks_if_safe(q.text)
            or (q.together and not asks_interaction(q.text) and not asks_against(q.text)))


def closest_statements(ranked: list[Candidate], q: Question, tuning: AnswerTuning = TUNING,
                       salient: dict[str, float] | None = None, topic_first: bool = True,
                       forms: tuple[frozenset[str], ...] = (),
                       set_aside: tuple[Candidate, ...] = (), stand_ins: Sequence[Candidate] = ()) -> list[Candidate]:
    """The most relevant statements (each from another source, ``tuning.closest_statements`` at most) that a
    question without a direct answer gets, quoted under a caveat: always for a question without a named
    topic (medcite cannot know that evidence is missing), and for one with a topic when the relevance model
    believes the best statement at least ``tuning.closest_floor`` and that statement does not itself say the
    evidence is missing (then claiming that evidence is missing would contradict the quote; otherwise the
    answer says what is missing). Among the statements scoring at least ``tuning.support_margin`` of the best,
    the most salient (``salient``) are quoted. (No novelty rule here, unlike ``choose_support``: a trial's
    finding that repeats the words of its quoted setting is what the reader needs, and on the dev halves the
    rule gained nothing here, +0.0002.) With ``topic_first`` (the answer's way), a statement naming more of what
    the question names comes first, whatever its salience; without it, salience alone orders them (the replays of
    eval.closest_training, which order by a key of their own). ``forms``: the intervention's other names (of its
    concept), by which a statement may name it as one side of a comparison (``comparison.both_sides_order``). A
    statement ``set_aside`` as a near miss of direct
    evidence (``RankedEvidence.set_aside``) may be quoted however far below the best it scores: it names all the
    question names and reports a finding ("Vitamin K2 does not interact with direct oral anticoagulants ..." for "Is
    high-dose vitamin K2 safe for people on apixaban?"), the closest evidence there is."""
    anchored = bool(q.intervention or q.condition)
    if anchored:
        ranked = _past_partial_gaps(ranked)
    if not ranked and not anchored and topic_first and stand_ins:
        # Without a topic read, every statement of a found guideline that passed the floors may be set aside as advice
        # for another case ("With caution in patients with diabetes ..."), leaving its graded advice, kept under the
        # floors from that very source (``scoring._graded_kept``), with no quote to stand in for: the one that names
        # most of what is asked ("... early post-operative protected weight bearing" for "how soon can he start
        # protected weight bearing?") is the closest evidence there is (``graded.naming_most_asked``), where the answer
        # said no source addressed the question.
        answering = naming_most_asked(stand_ins, q.as_asked or q.text)
        return [answering] if answering is not None else []
    if not ranked or (anchored and ((ranked[0].score < tuning.closest_floor and not any(
            _uncompared(c, q) for c in ranked if c.score >= tuning.support_margin * ranked[0].score))
                                    or GAP.search(ranked[0].text))):
        return []
    out: list[Candidate] = []
    # A guideline's account of its evidence ("Most of the trials included adults with ...") comes after that guideline's
    # advice, and the bar the others are quoted against is set by the best statement that is not such an account
    # (``lead.yields_to_advice``): it shares the question's words and answers nothing.
    yielding = yields_to_advice(ranked) if topic_first else frozenset()
    best = next((c.score for c in ranked if id(c) not in yielding), ranked[0].score)
    # A statement naming what the question names (its intervention or condition) comes before one naming neither,
    # however salient that one: "Dietary vitamin K is the most common cause of INR instability" is no closest
    # evidence on whether warfarin causes vascular calcification while a trial on vascular calcification is.
    # First of all, on whether X causes Y, a statement naming Y only as the occasion of X's use comes last
    # (``occasion_of_use``): it is no evidence that X causes Y.
    by_topic = anchored and topic_first
    eligible: list[Candidate] = []  # every statement that could be quoted, in order (for a difference asked, below)
    # For a comparison, a statement comparing its two sides, then one naming both, before one on either alone
    # (``both_sides_order``).
    harms_asked = q.type == "safety"
    # On the severity or stage asked, a statement naming the asked value ("For moderate or high severity pneumonia
    # ..." for "... severe pneumonia?") comes before one naming another or none (``lead.severity_order``), with or
    # without a topic read.
    off_severity = severity_order(q) if topic_first else (lambda c: True)
    # Without a topic read, a statement that gives what the question's frame asks for (a span of time for "How soon
    # ...?", an amount for "How much ...?", ``lead.misses_shape``) still comes before one that does not.
    # Asked at an occasion ("after the birth", ``lead.occasion_terms``), a statement naming it comes first, and is
    # quoted however far below the best it ranks: the others answer the topic at large, not what the question adds.
    # (Of those, one naming the asked condition first: the same occasion for other people answers less.)
    events = occasion_terms(q)
    # A case in which a treatment failed ("... not controlled on X, what next", ``after_failure``): a statement of the
    # advice for the people in whom it failed comes first, and is quoted however far below the best it ranks (the
    # relevance model weighs the failed treatment's own first-line advice above it, which repeats what failed).
    failed = asks_after_failure(q.text)
    # (Of those, for a case listing several treatments that failed, "failed X, Y and Z", the advice for people in whom
    # several failed first: "... whose attacks cause significant disability despite optimal acute treatment", advice
    # to start the first of them, came before "... in whom several oral preventive drugs have failed".)
    several = asks_after_several_failed(q.text)
    # (So, for a case that took a course a while ago, a statement of the advice for people who took it in a span
    # before: "... if the child has received gizmocillin in the previous 30 days", not the first choice for anyone.)
    past = asks_after_past_course(q.text)
    # (And for a patient in a state the question names, "... if gizmocillin allergic?" (``lead.asked_state``), a
    # statement naming the state, quoted however far below the best it ranks: "For patients with gizmocillin allergy
    # ...", not the first choice for anyone, which may be the very drug the patient cannot take.)
    state = asked_state(q.text)
    # Asked of a person by an exact age or a side ("18 month old, AOM both ears"), a statement on exactly those people
    # ("... for children under 2 years with infection in both ears", ``verdict_people.for_exactly_them``) comes before
    # one on a wider group, and is quoted however far below the best it ranks: it is the one that speaks for them.
    exact = {id(c) for c in ranked if for_exactly_them(q.text, c)}
    # ... and so, in order only, one on the people the question defines by a state of theirs ("penicillin allergic
    # child ...": "... is used for children with penicillin allergy", ``subgroup.for_asked_people``).
    people = asked_people_terms(q.text)
    theirs = exact | ({id(c) for c in ranked if for_asked_people(q.text, c, people)} if people else set())
    # Given a value of a measure ("CrCl ~20"), a guideline's advice whose thresholds on it the value meets ("do NOT use
    # ... CrCl <25 mL/min for gizmaban", ``cutoffs.meets_named_threshold``) before advice that sets none: it is the
    # advice for the asked case (it stood below two sentences on the drug at large, which argued the other way).
    # (Not advice whose age bound the asked age falls outside: KPS 80 meets "KPS >=60" of advice for patients under 70,
    # which is not a 74-year-old's.)
    ages_at = qualifiers(q.text).get("age at", frozenset())
    # (Advice only, worded so or for or against a thing: "The studies included patients with a gizmo score of 4 to 5"
    # meets a score of 4 and advises nothing; it stood before the advice for the case.)
    case_met = {id(c) for c in ranked if c.hit.document.kind == DocumentKind.GUIDELINE
                and (guideline.is_advice(c) or stance(c.text) is not None)
                and meets_named_threshold(q.as_asked or q.text, c.text)
                and not outside_bounds(ages_at, qualifiers(c.text).get("age bound", frozenset()))}
    # ... and so, quoted however far below the best it ranks, a guideline's advice whose range on a measure holds the
    # case's value ("... a polyp 6 mm to 10 mm across ... be followed by ultrasound" for an 8 mm polyp,
    # ``case_values.falls_inside``): the row of the rule for the case, which the relevance model put below the rows
    # for other sizes that share more of the question's words.
    rows_in = {id(c) for c in ranked if c.hit.document.kind == DocumentKind.GUIDELINE and guideline.is_advice(c)
               and falls_inside(q.as_asked or q.text, c.text)} if topic_first else set()
    # (So is a close source's advice whose threshold the case's value meets, "Start X in people whose Y exceeds 360"
    # for a Y of 420: the rule for the case, which the relevance model put below the source's general advice.)
    close_sources = {c.doc_id for c in ranked if c.score >= tuning.support_margin * best}
    rows_in |= {id(c) for c in ranked if topic_first and id(c) in case_met and c.doc_id in close_sources
                and guideline.is_advice(c)}
    case_met |= rows_in
    # (And one that names only a sibling of a designated name asked, "anti-D" for "anti-c", ``lead.names_sibling_only``,
    # after one on the asked name: it shares the question's other words, and its threshold is the neighbour's.)
    # Asked whether to stop a thing (or go on with it), a statement that speaks of stopping ("... should not be
    # stopped completely ...") before one on another step ("Treatment can be stepped down once ..."), as ``choose_lead``
    # orders a tier.
    stopping = asks_about_stopping(q.text)
    # Asked at what age, a statement giving an age (not its study's people's, ``lead.states_age``) is quoted however
    # far below the best it ranks: "... screen for gizmosis in children 6 years and older" scored 0.14 against 0.82.
    age_asked = asks_age(q.text)
    # Where a source both advises on the question and gives its reasons, its advice before its reasons
    # (``lead.reasons_behind_advice``: "Do not give X more than a day after ..." before "... could still benefit ..."),
    # and a note on a medicine's licence after both (``guideline.licensing_note``), as the lead puts it.
    reasons_after = reasons_behind_advice([c for c in ranked if c.score >= tuning.support_margin * best],
                                          frozenset(tokenize(q.text)) - QUESTION_WORDS)
    # Asked the first of a kind ("what imaging first?"), a statement of a source quoted above the margin that ranks one
    # first ("... is generally the preferred modality", ``asked_shape.ranks_first_asked``) is quoted however far below
    # the best it ranks: it answers what the close ones, on what another kind may show, do not.
    # (Where none of the close statements ranks one first, it comes first too, as a span advised does: ranked by
    # salience it came after a definition of the condition. Where a close one ranks one first, "... first-line
    # treatment: A, B, C and D", their order stands: it put the advice for the asked people first.)
    ranked_first = {id(c) for c in ranked
                    if topic_first and c.doc_id in close_sources and ranks_first_asked(c.text, q.text)}
    first_lifted = ranked_first and not any(id(c) in ranked_first for c in ranked
                                            if c.score >= tuning.support_margin * best)
    # Asked how soon, when, or how long before an event, a close source's advice that states a span of time ("...
    # should make sure the adult has not eaten for at least seven hours", ``lead.advises_span_asked``) comes first, and
    # is quoted however far below the best it ranks: the relevance model put the source's reports of spans and its
    # advice giving no time above it. (Of a close source only: a span advised in another is for something else.)
    span_advised = {id(c) for c in ranked
                    if topic_first and c.doc_id in close_sources and advises_span_asked(c.text, q)}
    # Asked how to do an act ("... how do I confirm it's in place?", ``lead.how_act``), a close source's statement
    # naming that act ("Confirmation of placement with ...", ``lead.names_act``) comes first, and is quoted however
    # far below the best it ranks: the relevance model put the source's statements sharing the question's nouns
    # above it.
    act = how_act(q.text) if topic_first else None
    act_named = {id(c) for c in ranked if act and c.doc_id in close_sources and names_act(c, act)}

    # The order the closest statements are quoted in, before salience (also of a graded stand-in, below).
    def order(c: Candidate) -> tuple[object, ...]:
        return (id(c) in yielding, failed and not states_failure(c.text),
                several and not states_several_failed(c.text),
                stopping and not speaks_of_stopping(c.text),
                past and not states_past_course(c.text),
                bool(state) and not names_state(c.text, state),
                bool(events) and not at_occasion(c, events),
                id(c) not in case_met,
                names_sibling_only(q.text, c.text),
                id(c) not in theirs,
                bool(events) and not c.mentions_condition,
                by_topic and occasion_of_use(c, q),
                topic_first and echoes_asking(c.text),
                both_sides_order(c, q.intervention, q.comparator, harms_asked,
                                 q.type == "dosing", forms) if by_topic
                else (False, False),
                bool(act_named) and id(c) not in act_named,
                -(c.mentions_intervention + c.mentions_condition) if by_topic else 0,
                off_severity(c),
                bool(span_advised) and id(c) not in span_advised,
                bool(first_lifted) and id(c) not in ranked_first,
                closest_order(c, q) if by_topic else
                (False, topic_first and echoes_asking(c.text),
                 topic_first and misses_shape(c.text, q),
                 topic_first and unlabelled_regimen(c.text, q),
                 topic_first and unadvised_regimen(c.text, q)),
                -named_with_age(c, q) if topic_first else 0,
                topic_first and (c.hit.document.kind == DocumentKind.GUIDELINE
                                  and guideline.licensing_note(c.text), reasons_after(c)))

    for c in sorted(ranked, key=lambda c: (*order(c), -salience_of(c, salient))):
        if after_first_line(q.text, c.text):
            continue  # advice for the line after the one asked (``lead.after_first_line``)
        if c.score < tuning.support_margin * best and not any(c is o for o in set_aside) and not (
                at_occasion(c, events)) and not (failed and states_failure(c.text)) and id(c) not in exact and not (
                state and names_state(c.text, state)) and not (
                topic_first and states_asked(c.text, q.text)) and not (
                topic_first and age_asked and states_age(c.text)) and not (
                topic_first and advises_regimen(c.text, q)) and id(c) not in ranked_first and \
                id(c) not in span_advised and id(c) not in rows_in and id(c) not in act_named:
            continue
        eligible.append(c)
        if len(out) >= tuning.closest_statements:
            continue
        if any((c.doc_id == o.doc_id and not tuning.support_same_source) or overlaps(c, o)
               or near_duplicate(c.terms, o.terms) for o in out):
            continue
        out.append(c)
    # A guideline's footnote gives way to the recommendation it is a note on (``footnote``).
    out = advice_for_notes(out, ranked) if topic_first else out
    if topic_first and not anchored:
        # Without a topic read, a guideline's graded advice that names more of what is asked stands in for its
        # source's ungraded sentence (background, a definition, a note): the relevance model, which never saw a
        # guideline, weighed those above the advice that answers (``graded.graded_in_place``).
        out = graded_in_place(out, [*ranked, *stand_ins], q.as_asked or q.text,
                              lambda c: speaks_of_others(q.text, c))
        # ... and takes the place the order above gives it, not the place of the sentence it stands in for: "Topical
        # steroids ... are a first-line pharmacologic therapy" stood second, in place of a note, under advice on a
        # diagnostic trial for "... - first-line drug?" (a stable sort: among equals the quotes keep their order).
        out = sorted(out, key=order)
    sides = compared_sides(q.text) if topic_first else None
    return each_side(out, eligible, sides, tuning) if sides else out


def _uncompared(c: Candidate, q: Question) -> bool:
    """Whether a statement answers a comparison question but for its comparator (the relevance floor is waived where
    one is among the statements that may be quoted): it names the intervention and the
    condition, pairs them itself (``guideline.pairs_itself``) and reports a finding, so only the comparison
    (``comparison.with_comparator``) kept it from being direct ("Nicotine-containing electronic cigarettes can help
    some people stop smoking and are more effective than nicotine replacement therapy ..." for "Are e-cigarettes more
    effective than nicotine patches for quitting?"). It is the closest evidence there is, whatever the relevance
    model, which weighs a named condition down, believes: without it the answer said no source addresses the
    question."""
    return (bool(q.comparator) and c.mentions_intervention and c.mentions_condition and guideline.pairs_itself(c)
            and reports_finding(c.text))


def each_side(out: list[Candidate], eligible: list[Candidate], sides: tuple[str, str],
              tuning: AnswerTuning = TUNING) -> list[Candidate]:
    """The closest statements of a question on the difference between two things (``question.compared_sides``) with
    one that names the side none of them names alone put in place of the last (or beside them, where there is room):
    "What is the difference between vitamin K1 and vitamin K2?" quoted two statements on vitamin K1 and one that only
    lists both ("Menadione ... is different from vitamin K1 and K2"), none on what vitamin K2 is. A side named alone
    is a statement that names it and not the other (``_in_words``)."""
    def alone(c: Candidate, side: int) -> bool:
        return _in_words(sides[side], c) and not _in_words(sides[1 - side], c)

    for side in (0, 1):
        if not out or any(alone(c, side) for c in out):
            continue
        kept = out if len(out) < tuning.closest_statements else out[:-1]
        found = next((c for c in eligible if alone(c, side) and all(
            not (overlaps(c, o) or near_duplicate(c.terms, o.terms)) and not alone(o, side) for o in kept)
            and not ((c.doc_id in {o.doc_id for o in kept}) and not tuning.support_same_source)), None)
        if found is not None and (len(out) < tuning.closest_statements or not any(alone(out[-1], s) for s in (0, 1))
                                  or sum(alone(o, 1 - side) for o in out) > 1):
            out = [*kept, found]
    return out


def _past_partial_gaps(ranked: list[Candidate]) -> list[Candidate]:
    """``ranked`` past its leading statements that state a gap about part of the question only (not ``direct``:
    "the impact of delivery mode on postnatal quality of life remains unclear" for a question on women's
    postpartum quality of life in rural China). Such a statement is quoted nowhere in the answer (a limitation
    must speak of what was asked, ``pick``), so the answer claims no missing evidence that a closest quote would
    contradict; stopping at it left the answer citing nothing ("no relevant evidence") while the source's own
    statements on the question stood behind it."""
    start = 0
    while start < len(ranked) and not ranked[start].direct and GAP.search(ranked[start].text):
        start += 1
    return ranked[start:]


def closest_evidence(ranked: list[Candidate], closest_only: list[Candidate], q: Question,
                     tuning: AnswerTuning = TUNING, salient: dict[str, float] | None = None,
                     forms: tuple[frozenset[str], ...] = (), written_rest: frozenset[str] = frozenset(),
                     set_aside: tuple[Candidate, ...] = (), stand_ins: Sequence[Candidate] = ()) -> list[Candidate]:
    """The closest statements of an answer without a direct source (``closest_statements``), chosen from
    ``ranked`` together with the statements quotable only as closest evidence (``closest_only``: excerpts
    of cut sentences, statements of aim; ``scoring.closest_only``), each ordered by its salience among
    them all; when that pool gives none (its best statement, one of the new ones, states a gap or falls
    below the floor), from ``ranked`` alone as before. ``salient`` is the salience over ``ranked``.
    BioASQ dev half (747) / PubMedQA dev (300), bottom-line ROUGE-2 with three closest statements: 0.2920 /
    0.0850 without them, 0.2996 / 0.0942 with them (excerpts alone 0.2981 / 0.0850; the statements of aim
    lift PubMedQA, whose reference answers restate the study's question). Answers with nothing quoted 34
    -> 16 of 747 on BioASQ dev.

    Where the corpus writes no word for part of the asked intervention ("walking" of "Is walking exercise helpful for
    knee osteoarthritis pain?"), no statement can name it and the relevance model believes none, for the asked word
    it weighs most is one no statement has: then the statements that name the condition and the rest of the
    intervention (``written_rest``: "exercise therapy reduces pain ... in knee osteoarthritis") are the closest the
    corpus comes, quoted as indirect evidence rather than a claim that nothing addresses the question."""
    # Asked in a note which kind of thing to use and read without a topic ("elective bowel case - which antibiotic
    # prophylaxis?"), the closest evidence comes from the sources that name that kind, where any does
    # (``kind_named.on_asked_kind``): a source's advice on the case that names nothing of it (when the catheter comes
    # out) answers another question.
    anchored = bool(q.intervention or q.condition)
    kept = {id(c) for c in on_asked_kind(q.text, anchored, q.yes_no, ranked + closest_only)}
    ranked, closest_only = [c for c in ranked if id(c) in kept], [c for c in closest_only if id(c) in kept]
    # (Stand-ins are taken only from the source of a statement quoted, so they pass the kind test with it.)
    found = closest_choice(ranked, closest_only, q, tuning, salient, forms, set_aside, stand_ins)[2]
    if found or not written_rest:
        return found
    on_rest = [c for c in ranked if c.mentions_condition and written_rest <= c.terms]
    # (Those naming most of the condition in its own words: "exercise therapy reduces pain ... in knee osteoarthritis"
    # before "Supervised exercise programmes ..." under a title on knee osteoarthritis, for knee osteoarthritis pain.)
    condition = guideline.topic_terms(None, q.condition)
    most = max((len(c.terms & condition) for c in on_rest), default=0)
    on_rest = [c for c in on_rest if len(c.terms & condition) == most]
    return closest_statements(on_rest, q, replace(tuning, closest_floor=0.0), salient, forms=forms) if on_rest else []


def closest_choice(ranked: list[Candidate], closest_only: list[Candidate], q: Question, tuning: AnswerTuning = TUNING,
                   salient: dict[str, float] | None = None, forms: tuple[frozenset[str], ...] = (),
                   set_aside: tuple[Candidate, ...] = (), stand_ins: Sequence[Candidate] = ()
                   ) -> tuple[list[Candidate], dict[str, float] | None, list[Candidate]]:
    """The pool ``closest_evidence`` chooses from, its salience and the statements it chooses: ``ranked``
    with ``closest_only`` when that pool gives a statement, else ``ranked`` alone (with ``salient``); ``forms``, the
    intervention's other names (``closest_statements``)."""
    if closest_only:
        pool = sorted(ranked + closest_only, key=lambda c: -c.score)
        pool_salient = salience(pool, tuning)
        found = closest_statements(pool, q, tuning, pool_salient, forms=forms, set_aside=set_aside,
                                   stand_ins=stand_ins)
        if found:
            return pool, pool_salient, found
    return ranked, salient, closest_statements(ranked, q, tuning, salient, forms=forms, set_aside=set_aside,
                                               stand_ins=stand_ins)


def pick(ranked: list[Candidate], asks_intervention: bool = False, both_asked: bool = False,
         tuning: AnswerTuning = TUNING) -> dict[str, list[Candidate]]:
    """Best sentences per section: no sentence twice (nor one inside another), no near-duplicates, capped
    per section and source; a quoted limitation must speak of what was asked."""
    picked: dict[str, list[Candidate]] = {}
    taken: list[Candidate] = []
    per_source: dict[str, int] = {}
    in_section: dict[tuple[str, str], int] = {}  # (section, source) -> statements picked, counted as they go
    for cand in ranked:
        key = route(cand, asks_intervention)
        bucket = picked.setdefault(key, [])
        doc = cand.doc_id
        if len(bucket) >= tuning.section_caps[key] or per_source.get(doc, 0) >= tuning.per_source:
            continue
        if in_section.get((key, doc), 0) >= tuning.per_source_in_section:
            continue
        if _repeats(cand, taken):
            continue
        if key == "limitations" and both_asked and not cand.direct:
            continue  # a limitation of some other question's evidence is not one of this answer's
        bucket.append(cand)
        taken.append(cand)
        per_source[doc] = per_source.get(doc, 0) + 1
        in_section[key, doc] = in_section.get((key, doc), 0) + 1
    return picked


def _repeats(cand: Candidate, taken: list[Candidate]) -> bool:
    """Whether ``cand`` repeats a statement already ``taken``: the one text inside the other, or a near duplicate
    (``near_duplicate``). A plain loop rather than a generator, which costs more than the comparisons it drives."""
    text, terms = cand.text, cand.terms
    for c in taken:
        if c.text in text or text in c.text or near_duplicate(c.terms, terms):
            return True
    return False


def _advice_behind(lead: Candidate | None, behind: list[Candidate]) -> str | None:
    """The statement whose advice a yes or a no must agree with (``verdict.against_advice``): the lead, or
    without one the first guideline advice among the statements behind the verdict (closest evidence: "Should
    X be avoided during pregnancy?" above "X should not be used in pregnancy" is "yes", whatever the words model
    and the stopping reversal read from it)."""
    if lead is not None:
        return lead.text
    return next((c.text for c in behind if guideline.is_advice(c)), None)


def _topic(q: Question) -> frozenset[str]:
    """The terms of what the question asks about, to read the clause of a lead statement about it: its
    intervention and condition, with the population it asks them for (``guideline.population_terms``: "pregnant
    women" of "Can pregnant women take topiramate for migraine?", so that of "Topiramate is an effective first-line
    alternative, but it must be avoided in pregnancy and women of childbearing potential ..." the clause on them is
    read, not the one on everyone); or, when it names neither as read, its own words (question words aside) before
    any it passes over ("Should X be prescribed instead of Y ...?" asks about X, ``polarity.preferred_part``)."""
    named = guideline.topic_terms(q.intervention, q.condition)
    if named:
        # ... and the state it names them by, as a statement names it: "pregnancy" of "pregnant women"
        who = (population_of(q.condition) or (None, q.subject))[1]
        # (Not what the question itself passes over, "... recommended over non-integrated care?": a statement preferring
        # the asked thing over that same other one advises for it, ``polarity.passed_over_terms``.)
        return (named | guideline.population_terms(q.condition, q.subject) | frozenset(tokenize(state_nouns(who)))) \
            - passed_over_terms(q.text)
    return frozenset(tokenize(preferred_part(q.text))) - QUESTION_WORDS - passed_over_terms(q.text)


def _apart(ranked: list[Candidate], quoted: list[Candidate]) -> list[Candidate]:
    """The statements of ``ranked`` that do not overlap (``overlaps``) any of ``quoted``: in plain loops over
    the texts, since every ranked statement of an answer (up to some 150) is compared with each quoted one and a
    generator and a call per pair cost more than the comparison."""
    texts = [q.text for q in quoted]
    out: list[Candidate] = []
    for c in ranked:
        text = c.text
        for other in texts:
            if text in other or other in text:
                break
        else:
            out.append(c)
    return out


def names_what_is_asked(q: Question, c: Candidate) -> bool:
    """Whether a statement names all that medcite read the question to ask about, as the judgement reads a direct
    statement (``scoring.candidates``): an intervention and a condition paired in the statement itself
    (``Candidate.direct``: neither through its source's title alone, and the comparator, if any, in the grammar of a
    comparison, ``comparison.with_comparator``), or the one of them asked named in its words or its source's title
    (``Candidate.mentions_intervention``, ``mentions_condition``); or, either way, every word of each in the
    statement's own ("reduces pain ... in knee osteoarthritis" for "knee pain", which the concept missed); a
    comparator only in a comparison the judgement reads (``Candidate.direct``); and the course or the cause asked of
    a condition stated (``Question.aspect``), a harm of a harms question, a dose of a dosing one. A statement scored
    without the topic (``Candidate.anchored`` false) names it only in words. False for a question of which no topic
    was read: nothing is known to be named. The bottom line's caveat rests on it (``phrasing.closest_caveat``): a
    statement that names all of it is no indirect evidence on the question, only unconfirmed as an answer."""
    if not (q.intervention or q.condition):
        return False
    in_words = all(_in_words(p, c) for p in (q.intervention, q.condition) if p)
    if q.comparator:
        named = c.anchored and c.direct
    elif q.intervention and q.condition:
        named = (c.anchored and c.direct) or in_words
    else:
        named = (c.anchored and (c.mentions_intervention or c.mentions_condition)) or in_words
    stated = {"course": states_course, "cause": states_cause}.get(q.aspect) if q.aspect else \
        _TYPE_STATED.get(q.type)
    return named and (stated is None or bool(stated(c.text)))


# What a statement must state to speak to a question of harms or of dose, as it must state a course or a cause asked
# of a condition: a harm or a safety point, a dose ("the side effects of varenicline" are not named by "varenicline
# roughly doubles ... the chance of long-term abstinence").
_TYPE_STATED: dict[str, Callable[[str], object]] = {"safety": SAFETY.search, "dosing": DOSE.search}


def _in_words(phrase: str, c: Candidate) -> bool:
    """Whether every term of ``phrase`` is among the statement's terms."""
    terms = sentence_terms(phrase)
    return bool(terms) and terms <= c.terms


def _lead_facts(lead: Candidate | None) -> LeadStatement | None:
    if lead is None:
        return None
    designs = [d for d in designs_in(lead.text) + designs_in(lead.hit.document.title) if d in STRONG_DESIGNS]
    return LeadStatement(doc_id=lead.doc_id, tier=lead_tier(lead), design=designs[0] if designs else None,
                         guideline=lead.hit.document.kind == DocumentKind.GUIDELINE)


def _bottom_statement(text: str, cites: list[str], quoted: Iterator[Candidate],
                      numbering: Numbering, question: str = "") -> list[Statement]:
    """One part of the bottom line: a template, or in a quote's place (``text`` empty) the next quoted
    statement's own words with its grade, an excerpt with an ellipsis where its sentence is cut."""
    if not text:
        c = next(quoted)
        quote = Statement(text=quoted_text(c.text, question), citations=numbering.cite([c.doc_id]), origin="source",
                          grade=appraisal.statement_grade(c.text, c.hit))
        before, after = c.cut
        after = after or introduces_list(c.text)  # a headline quoted without its list
        return ([Statement(text=ELLIPSIS, origin="template")] if before else []) + [quote] + (
            [Statement(text=ELLIPSIS, origin="template")] if after else [])
    return [Statement(text=text, citations=numbering.cite(cites), origin="template")]


def _rerank(q: Question, ranked: list[Candidate], tuning: AnswerTuning) -> list[Candidate]:
    if q.type not in _TYPE_BONUS:
        return ranked
    qtype, bonus = q.type, tuning.type_bonus
    return sorted(ranked, key=lambda c: -(c.score + (bonus if type_bonus(qtype, c.text) else 0.0)))


@lru_cache(maxsize=50_000)
def type_bonus(qtype: str, text: str) -> bool:
    """Whether a statement speaks to what a question type favours (``_TYPE_BONUS``: a dose, a harm, advice);
    remembered per statement text and type, as the statements' other readings are (the same statements come
    back for related questions, and this pattern search ran for each ranked statement of each answer)."""
    return bool(_TYPE_BONUS[qtype](text))


def _section_drafts(q: Question, picked: dict[str, list[Candidate]], judgement: Judgement,
                    caveat: str = CLOSEST, gap: str | None = None) -> dict[str, list[Draft]]:
    if judgement.level == "none":
        return {}
    drafts: dict[str, list[Draft]] = {key: [_quote(c, q.search_text) for c in picked.get(key, [])]
                                      for key in SECTION_ORDER}
    # Guideline recommendations come before advice found in research reports.
    # Newer guidelines first (every quoted draft has its hit).
    drafts["recommendations"].sort(key=lambda d: appraisal.recency_key(d.hit.document) if d.hit else (True, 0))
    drafts["current_evidence"].insert(0, Draft(*evidence_summary(judgement), origin="template"))
    mentions = [c.doc_id for key in SECTION_ORDER for c in picked.get(key, [])
                if c.mentions_intervention or c.mentions_condition]
    gaps = [Draft(text, cites, origin="template") for text, cites in
            limitation_statements(q, judgement, _unique(mentions), caveat, gap)]
    drafts["limitations"] = gaps + drafts["limitations"]
    guideline_cites = _unique(c.doc_id for c in picked.get("recommendations", [])
                              if c.hit.document.kind == DocumentKind.GUIDELINE)
    text, cites = conclusion(q, judgement, guideline_cites, caveat, gap)
    drafts["conclusion"] = [Draft(text, cites, origin="template")]
    return drafts


def _quote(c: Candidate, question: str = "") -> Draft:
    return Draft(text=quoted_text(c.text, question), cites=[c.doc_id], origin="source", hit=c.hit)


_H = TypeVar("_H", bound=Hashable)


def _unique(items: Iterable[_H]) -> list[_H]:
    return list(dict.fromkeys(items))


def _named_only_as_target(q: Question, ev: RankedEvidence, behind: list[Candidate]) -> bool:
    """Whether every statement a lean rests on names the asked thing only before a noun of an agent acting against it
    (``verdict_closest_advice.only_as_target``: "a vitamin Q antagonist" for vitamin Q), on each of its forms."""
    forms = [form for form in thing_asked(q, ev.intervention_forms) if form]
    return bool(forms) and all(any(form <= c.terms for form in forms)
                               and all(only_as_target(form, c.text) for form in forms if form <= c.terms)
                               for c in behind)
