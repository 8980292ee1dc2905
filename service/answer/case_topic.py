"""The topic of a case note that no question shape reads ("Bell's palsy, onset yesterday, 34M otherwise well - give oral
prednisolone?"): the thing its ask names, and the part of its case that the corpus names together with that thing.

Clinicians type a case, then what they ask of it. The question shapes (``question.read_question``) read a note whose
case is one condition ("Bell's palsy - give oral prednisolone?"); with a case of several parts, values and people they
read no topic, so no statement could be direct and a guideline's rule for the very case was shown as closest evidence
(session 69's blind set: 31 of 48 links unhelpful; 591 of 828 first questions of the blind sets read with no topic).
Here the ask is read by its grammar alone (its opening words and the word that ends the thing it names) and the case's
part by the corpus: of the case's parts, the one whose words the most chunks write beside the asked thing's.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from index.lexical import tokenize
from service.answer.concepts import QUESTION_WORDS

# How many chunks name all of some terms (``corpus_stats.chunk_counts``, its first number).
ChunkCount = Callable[[frozenset[str]], int]

# Where the ask starts: after the note's last dash set off by spaces (``note_shape.dashed_note`` writes "case. ask?"
# so), else after its last comma before a clause that opens as a question does. Grammar.
_DASH = re.compile(r"\s[-\u2013\u2014]+\s")
_ASK_OPENER = re.compile(r"^(?:is|are|should|shall|can|could|do|does|will|would|may|might|must|ok|okay|any|need|worth|"
                         r"safe|start|give|use|try|prescribe|offer|add|begin|check|test|order|screen|recommend|continue|"
                         r"stop)\b", re.I)
# The words an ask opens with before the thing it names: a modal or auxiliary with its pronoun, a judgement asked of
# acting ("ok to", "is it safe to"), then a verb of giving, using or testing and a determiner. Closed classes of
# general English, read off the front repeatedly.
_ASK_LEAD = re.compile(r"^(?:(?:is|are|should|shall|can|could|do|does|will|would|may|might|must)\s+(?:i|we|you|they|"
                       r"he|she|it|the\s+patient|pt)\b|(?:is|are)\s+(?:it|there)\b|(?:ok|okay|safe|fine|reasonable|"
                       r"better|worth|need|needs|necessary|still|now|just|also|then|to|any|some|a|an|the|her|his|their|"
                       r"this|that|start|starting|give|giving|use|using|try|prescribe|offer|add|adding|begin|commence|"
                       r"apply|recommend|continue|check|test|order|do|get|consider|treat\s+with|go\s+ahead\s+with)\b)"
                       r"\s*", re.I)
# "is X an option?", "are X recommended?": the thing stands between the copula and its judgement. Grammar.
_COPULA = re.compile(r"^(?:is|are)\s+(?P<thing>.+?)\s+(?:a|an|the|still|really|ever|generally|usually|"
                     r"recommended|indicated|appropriate|advised|needed|necessary|required|safe|ok|okay|effective|"
                     r"useful|helpful|beneficial|reasonable|warranted|preferred|better|worth|first[- ]line)\b", re.I)
# An ask for which, how or when; one that compares or offers a choice. Grammar.
_WH = re.compile(r"^(?:what|which|how|when|where|who|whom|whose|why)\b", re.I)
_CHOICE = re.compile(r"\b(?:or|vs\.?|versus|than|better|worse|instead|choice|best|preferred|optimal)\b", re.I)
# An auxiliary left at the front once the ask's opening words are read off: its subject is no thing acted on. Grammar.
_AUXILIARY = re.compile(r"^(?:is|are|was|were|do|does|did|has|have|had|should|shall|can|could|will|would|may|might|"
                        r"must)\b", re.I)
# A judgement after the thing ("imaging needed", "steroids indicated"), and a word of quantity alone ("one"). Grammar.
_JUDGED_AFTER = re.compile(r"\s+(?:needed|necessary|required|indicated|recommended|appropriate|advised|ok|okay|safe|"
                           r"useful|worth\s+it|worthwhile|warranted)$", re.I)
_QUANTITY = re.compile(r"(?:one|two|three|both|either|neither|more|less|it|them|this|that|these|those)", re.I)
# What ends the thing an ask names: a preposition, a conjunction, an adverb of time or a number. Grammar.
_THING_END = re.compile(r"\s(?:for|to|before|after|in|on|with|without|under|at|during|now|then|and|or|as|if|vs\.?|"
                        r"versus|than|instead|again|still|first|daily|today|here|yet|given|since|while|because|"
                        r"\d[\w./%-]*)\b|[,;:?!()]", re.I)
# A part of a case that denies something ("no DM no CKD", "not using contraception"), or tells only who and how old
# ("66yo", "34M otherwise well", "48F smoker"): not the condition the case is about. Grammar.
_DENIED_PART = re.compile(r"^(?:no|not|non|never|without|denies|nil)\b", re.I)
_DOING_PART = re.compile(r"^(?:about|on|off|to|after|before|i|we|you|he|she|they|wants?|asking|\w+ing|\w+ed)\b",
                         re.I)
_AGE = re.compile(r"\b\d+\s*(?:yo|y/?o|yrs?|years?(?:[- ]old)?|[mf]|mo|months?(?:[- ]old)?|wk|weeks?)\b", re.I)
# Where a case part's condition ends: a preposition or participle that goes on to what is done or found ("HIV pt on
# phenytoin", "neuralgia failing meds"), or a number ("recipient 3 yrs out"). Grammar.
_PART_END = re.compile(r"\s(?:on|with|for|after|since|who|which|but|and|despite|from|at|in|now|s/p|\w+ing|"
                       r"\d[\w./%-]*)\b", re.I)


# How far below the most named part the first part may be named beside the thing and still be the case's condition
# (set by eye on session 69's blind set: a half).
_FIRST_PART_SHARE = 2


@dataclass(frozen=True)
class CaseTopic:
    """What a case note asks about: the thing its ask names and, where the corpus ties one to it, the case's
    condition (None where no part of the case is written beside the thing); ``key``, the thing's term the corpus
    writes least, which a statement answering the note names in its own words."""

    thing: str
    condition: str | None
    key: str = ""
    # Whether the topic is the one the ask reads alone (``case_topic``'s ``read_alone``), not the asked thing with the
    # case's part the corpus ties to it.
    from_ask: bool = False


def case_topic(question: str, chunk_count: ChunkCount, idf_known: Callable[[str], bool],
               read_alone: Callable[[str], tuple[str | None, str | None]] | None = None) -> CaseTopic | None:
    """The topic of ``question``, a case then an ask, where the ask names a thing the corpus writes; None for a
    question with no case before its ask or an ask naming nothing (``chunk_count``: how many chunks name some terms;
    ``idf_known``: whether the corpus writes a term at all). With ``read_alone`` (the intervention and condition a
    question reads), an ask that is a whole question of its own, reading both where the note reads neither ("52M BMI
    32, ... - should I prescribe X for weight loss?"), gives its own topic: the condition it names is what it asks of,
    where the case's parts are the patient's values and history."""
    split = _case_and_ask(question)
    if split is None:
        return None
    case, ask = split
    if read_alone is not None:
        alone = _ask_topic(ask, read_alone, chunk_count, idf_known)
        if alone is not None:
            return alone
    thing = acted_on(ask)
    if thing is None:
        return None
    thing_terms = _known(thing, idf_known)
    if not thing_terms:
        return None
    key = _rarest(thing_terms, chunk_count)
    return CaseTopic(thing, _condition(case, key, thing_terms, chunk_count, idf_known), key)


# A pronoun or a word for anyone where an ask's condition stands ("should he be anticoagulated?"): no condition it
# names. Closed class.
_PRONOUN = re.compile(r"(?:he|she|him|her|they|them|it|this|that|these|those|one|pt|patient|patients|someone|anyone)",
                      re.I)


def judged_case_topic(question: str, judged: tuple[str, str | None] | None, chunk_count: ChunkCount,
                      idf_known: Callable[[str], bool]) -> CaseTopic | None:
    """The topic of a question with no case that no shape reads, from the thing it judges by advice and whom or when
    for (``judged``, ``question.judged_topic``), where the corpus writes the thing; None otherwise."""
    if judged is None or _case_and_ask(question) is not None:
        return None
    thing, condition = judged
    thing_terms = _known(thing, idf_known)
    if not thing_terms:
        return None
    return CaseTopic(thing, condition if condition and _known(condition, idf_known) - thing_terms else None,
                     _rarest(thing_terms, chunk_count))


def _ask_topic(ask: str, read_alone: Callable[[str], tuple[str | None, str | None]], chunk_count: ChunkCount,
               idf_known: Callable[[str], bool]) -> CaseTopic | None:
    """The topic ``ask`` reads as a question of its own, where it reads an intervention and a condition the corpus
    writes (a pronoun in the condition's place is none); None otherwise."""
    asked = " ".join(ask.split()).rstrip("?!. ")
    if not asked:
        return None
    intervention, condition = read_alone(asked[0].upper() + asked[1:] + "?")
    if not intervention or not condition or _PRONOUN.fullmatch(condition.strip()):
        return None
    thing_terms, condition_terms = _known(intervention, idf_known), _known(condition, idf_known)
    if not thing_terms or not condition_terms - thing_terms:
        return None
    return CaseTopic(intervention, condition, _rarest(thing_terms, chunk_count), from_ask=True)


def thing_asked_of_case(question: str) -> str | None:
    """The thing the ask of a case note names (``acted_on`` of its ask: "abiraterone with pred" of "..., ADT failed, is
    abiraterone with pred an option?"); None for a question with no case before its ask, or an ask naming nothing."""
    split = _case_and_ask(question)
    return acted_on(split[1]) if split is not None else None


def acted_on(ask: str) -> str | None:
    """The thing an ask names ("oral prednisolone" of "give oral prednisolone?", "occipital nerve stimulation" of "is
    occipital nerve stimulation a reasonable treatment option?", "TPMT" of "should I check TPMT before dosing?"); None
    where its words name nothing past its opening ("recommend?", "ok?"), where it asks which, how or when (its thing is
    what is asked for), compares or offers a choice ("DWI better than CT?", "one or two X?"), or opens with an
    auxiliary that no verb of acting follows ("does the dose need changing?": its subject is no thing to act on)."""
    ask = " ".join(ask.split()).rstrip("?!. ")
    if _WH.match(ask) or _CHOICE.search(ask):
        return None
    copula = _COPULA.match(ask)
    if copula and not _ASK_LEAD.match(copula.group("thing")):
        rest = copula.group("thing")
    else:
        rest = ask
        while (lead := _ASK_LEAD.match(rest)) and lead.end():
            rest = rest[lead.end():]
        if _AUXILIARY.match(rest):
            return None
    end = _THING_END.search(" " + rest)
    thing = _JUDGED_AFTER.sub("", (" " + rest)[:end.start()].strip() if end else rest.strip())
    words = [w for w in thing.split() if w.lower() not in QUESTION_WORDS and not _QUANTITY.fullmatch(w)]
    return thing if words else None


def _case_and_ask(question: str) -> tuple[str, str] | None:
    """The case and the ask of a note: split at its last spaced dash, else at its last comma before a clause opening as
    a question does; None for a question with neither, or with two asks after its case."""
    text = " ".join(question.split())
    dashes = list(_DASH.finditer(text))
    if dashes:
        last = dashes[-1]
        case, ask = text[:last.start()], text[last.end():]
    else:
        cut = text.rfind(", ")
        if cut < 0 or not _ASK_OPENER.match(text[cut + 2:]):
            return None
        case, ask = text[:cut], text[cut + 2:]
    if "?" in ask.rstrip("?!. "):
        return None  # two asks ("- X screening? is a yearly Y enough?"): one topic would answer only one of them
    return (case, ask) if case.strip() and ask.strip() else None


def _condition(case: str, rarest: str, thing_terms: frozenset[str], chunk_count: ChunkCount,
               idf_known: Callable[[str], bool]) -> str | None:
    """The part of ``case`` the most chunks name beside the asked thing's ``rarest`` term, cut to its condition; None
    where no part is named beside it."""
    named_together: list[tuple[int, str]] = []
    for part in re.split(r",\s+|;\s+|\.\s+|\s[-\u2013\u2014]+\s", case):
        named = _part_condition(part)
        if named is None:
            continue
        terms = _known(named, idf_known) - thing_terms
        if terms:
            named_together.append((max(chunk_count(frozenset([rarest, t])) for t in terms), named))
    most = max((n for n, _ in named_together), default=0)
    # The first part named beside the thing about as often as the most named (a note opens with what the case is:
    # "HBsAg+ pregnant woman ..., normal ALT - start X?" is about the first, though its lab value is written more).
    return next((named for n, named in named_together if most and n * _FIRST_PART_SHARE >= most), None)


def _part_condition(part: str) -> str | None:
    """A case part's condition: the part less the age and sex it opens with ("52F with X": X) and cut where it goes on
    to what is done or found; None for a part that denies something, tells only who the patient is, or opens with what
    is done or wanted ("about to start X", "on X", "I want to ...")."""
    part = part.strip()
    if _DENIED_PART.match(part) or _DOING_PART.match(part):
        return None
    age = _AGE.search(part)
    if age and age.start() == 0:
        part = re.sub(r"^(?:with|w/|has|had|pt|patient|,)\s*", "", part[age.end():].strip(), flags=re.I)
    end = _PART_END.search(" " + part)
    part = (" " + part)[:end.start()].strip() if end else part
    words = [w for w in part.split() if w.lower() not in QUESTION_WORDS and not _AGE.fullmatch(w)]
    return part if words else None


def _rarest(terms: frozenset[str], chunk_count: ChunkCount) -> str:
    """The term of ``terms`` the fewest chunks write (ties by spelling): the key a statement answering names."""
    return min(sorted(terms), key=lambda t: chunk_count(frozenset([t])))


def _known(phrase: str, idf_known: Callable[[str], bool]) -> frozenset[str]:
    """The terms of ``phrase`` the corpus writes, question words aside."""
    return frozenset(t for t in tokenize(phrase) if t not in QUESTION_WORDS and idf_known(t))
