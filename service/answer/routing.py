"""Routing a quoted sentence to the answer section it belongs in, by what it says and who says it.

One rule per section key, tried in ROUTES order; the first that accepts a sentence takes it. A
sentence no rule takes goes to Current Evidence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Callable

from index.lexical import tokenize
from ingest.models import DocumentKind

if TYPE_CHECKING:
    from service.answer.scoring import Candidate

SECTION_ORDER = ("current_evidence", "mechanism", "clinical_studies", "limitations", "safety",
                 "recommendations", "conclusion")


class _Rx:
    """A case-insensitive pattern whose ``search`` is remembered per text: routing, scoring, judging and
    conflict finding test the same sentences again, and the same passages come back for related questions
    (the searches were the largest part of an answer's own time besides retrieval)."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.regex = re.compile(pattern, re.I)
        self.search: Callable[[str], re.Match[str] | None] = lru_cache(maxsize=20_000)(self.regex.search)


def _rx(pattern: str) -> _Rx:
    return _Rx(pattern)


# "Uncertain" and "unknown" say that evidence is lacking when they are said of something ("the benefit is
# uncertain", "remains unknown", "it is uncertain whether ...", "a disorder of unknown cause"): after "of", or
# followed by punctuation, the end or a function word. Otherwise, before the noun they qualify, they are a label
# ("the no LOC or uncertain LOC groups", "unknown HIV status"), and a sentence comparing such groups reports a
# finding. Said of a patient's diagnosis ("... but may help when the diagnosis is uncertain"), it is the clinician's
# doubt in one case, a circumstance of the advice, not a gap in the evidence.
_UNSURE = (r"of (uncertain|unknown)\b|(?<!diagnosis is )(?<!diagnosis remains )"
           r"(uncertain|unknown)(?!\s+(?!(whether|if|how|what|why|which|who|when|where|"
           r"to|and|or|as|in|for|about|at|because|since|but|so|than|with|of|on|by|from|the|a|an|is|are|was|were|it|"
           r"this|that)\b)\w)")
# Advice whose object is research, not the thing researched: "Further research on X is recommended for guiding
# decisions to ...", "Additional studies are warranted to ...", "The panel recommends further trials", "Future research
# should explore ...", "X should be evaluated in well-designed trials", "areas for future research", or a use confined
# to research ("Offer X only within a research study"). Each states a gap, never advice for the thing: read
# as advice, "Further research on X is recommended ..." gave "Yes." to whether to use X. In the 1,416 shared
# guidelines, "research ... is recommended/required/warranted" and "further/more/additional ... studies/trials are
# required/warranted" stand in some 50 files (20 of them a one-line call for research in the area); "studies" and
# "trials" count only after a word of more, as "imaging studies are recommended" or "a trial of X is recommended" is
# clinical advice. Not "... except within clinical trials" (a "Do not ..." with its own no). Grammar only.
_RESEARCH_ADVISED = (
    r"\bresearch\b(?!-)[^.;:]{0,60}?\b(?:is|are|would\s+be|will\s+be|remains?)\s+(?:(?:strongly|urgently|also|therefore|"
    r"still|clearly)\s+)?(?:recommended|required|warranted|encouraged|suggested|advised|needed)\b|"
    r"\b(?:further|more|additional|future|larger|new)\s+(?:[\w/\-]+\s+){0,3}?(?:stud(?:y|ies)|trials?)\b[^.;:]{0,60}?"
    r"\b(?:is|are|would\s+be|will\s+be|remains?)\s+(?:(?:strongly|urgently|also|therefore|still|clearly)\s+)?"
    r"(?:recommended|required|warranted|encouraged|suggested|advised)\b|"
    r"\b(?:recommends?|recommended|suggests?|encourages?|call(?:s|ed)?\s+for|urges?)\s+(?:that\s+)?(?:further|more|"
    r"additional|future)\s+(?:research|stud(?:y|ies)|trials?)\b|"
    r"\b(?:future|further|more)\s+research\s+should\b|\bresearch\s+priorit|"
    r"\b(?:development|generation|collection)\s+of\s+(?:[\w\-]+\s+){0,2}?evidence\b[^.;:]{0,40}?\b(?:is|are)\s+"
    r"(?:also\s+)?(?:recommended|required|needed|encouraged)\b|"
    r"\bareas?\s+(?:for|of)\s+(?:future\s+|further\s+)?research\b|\bparticipate\s+in\s+research\b|"
    r"\bshould\s+be\s+(?:further\s+)?(?:evaluated|studied|investigated|explored|examined|tested|assessed|compared|"
    r"addressed|validated)\s+(?:further\s+)?in\s+(?:(?:future|further|large|larger|well-designed|prospective|"
    r"randomi[sz]ed|controlled|clinical|high-quality|adequately|powered|multicent(?:er|re)|new)\s+)*"
    r"(?:research|stud(?:y|ies)|trials?)\b|"
    r"\bonly\s+(?:be\s+\w+\s+)?(?:with)?in\s+(?:the\s+context\s+of\s+)?(?:an?\s+)?(?:(?:clinical|research|"
    r"controlled|randomi[sz]ed)\s+)*(?:research|trials?|research\s+stud(?:y|ies)|research\s+settings?)\b"
)
# A gap in the evidence: what has not been studied, or how weak the studies are. (Not a relative clause on the state
# of whom or what advice is for, "a gizmoma that has not been treated before with X", "people who have not been
# vaccinated": what has not been done to them, not to the evidence; a thing "that has not been (adequately) tested"
# still is a gap.)
GAP = _rx(
    r"\b(limited|limitations?|inconsistent|conflicting|small (sample|trials?|stud(y|ies)|number)|"
    r"no (randomi[sz]ed|controlled|clinical|published) (controlled )?(trials?|stud(y|ies))|" + _UNSURE + "|"
    r"insufficient|lack of|lacking|remains? (unclear|unknown|uncertain)|"
    r"not enough ((good|high|robust|clinical|good-quality|high-quality|quality) )*(evidence|data|research|stud(y|ies))|"
    r"(evidence|data)\b[^.;]{0,40}? (is|are|was|were|remains?) (still |too |very )?(thin|sparse|scant|scarce|weak)\b|"
    r"(it )?(is|are|remains?) (still |yet )?not (yet )?(known|clear)|little is known|"
    r"not (been )?(tested|studied|established|evaluated|proven|used|shown|demonstrated)|no (evidence|data)|"
    r"underpowered|short (follow-up|duration)|may not (apply|translate|generali[sz]e)|bias|heterogene|"
    r"cannot(?! tolerate)|\bno (\w+ ){0,3}(stud(y|ies)|trials?|data|evidence|reports?|guidelines?)\b|"
    r"(does|do|did) not address|(?<!\bthat )(?<!\bwho )(?<!\bwhich )(has|have|had) not been|"
    r"\b(that|which) (has|have|had) not been (\w+ly )?(tested|studied|established|evaluated|validated|investigated|"
    r"assessed|compared|examined|confirmed|reported|proven)|none (has|have)|no such|"
    r"few (laboratory |clinical |published )?(studies|trials|reports)|"
    r"(research|stud(y|ies)|trials?|data|evidence|investigations?|work|confirmation)\b[^.;]{0,40}?"
    r"\b(would be|are|is|remains?) needed|needs? (to be (confirmed|replicated|validated|studied|tested)|further)|"
    + _RESEARCH_ADVISED + ")"
)
RESEARCH_ADVISED = _rx(_RESEARCH_ADVISED)
# Where a list stored as one sentence passes from item to item, and where clauses end: a sentence's end, a colon or
# semicolon, or a closing bracket before a capital ("... driving ability (Level A) Lack of ..."). Grammar, no topic.
_ITEM_BREAK = re.compile(r"(?<=[.;:!?])\s+|\)\s+(?=[A-Z])")


# A clause that gives the reason for advice ("... because of serious risks to the unborn child", "... is not
# recommended ... due to lack of shown benefit"), to the end of its sentence or clause. Grammar.
REASON = re.compile(r"\b(?:because|due\s+to|owing\s+to)\b[^.;]*", re.I)


def gap_on_asked(text: str, asked: frozenset[str] = frozenset(), topic: frozenset[str] = frozenset()) -> bool:
    """Whether ``text`` states a gap (``GAP``) on what was asked, read per clause or list item: a gap clause counts
    when it names the asked thing (``asked``: the question's intervention terms; or, without them, ``topic``), a
    term of the question's ``topic`` no other clause names, or when no other clause names a term of the ``topic``.
    "Self-rating of gizmo skill (Level A) ... There is insufficient evidence on gizmo testing (Level U)" states no
    gap on self-rating: its item on that is rated. Without a ``topic``, any gap counts (``GAP.search``)."""
    if not GAP.search(text):
        return False
    # A gap given as the reason for advice ("X is not recommended for Y due to lack of shown benefit") is why the
    # source advises as it does: the statement is advice, not a gap on the question. (Not where the reason is that the
    # research is missing, "... because no clinical trial has tested them": that is the gap.)
    text = _without_reasons(text)
    if not GAP.search(text):
        return False
    if not topic:
        return True
    gaps: set[str] = set()
    said: set[str] = set()
    on_research = False
    for part in _ITEM_BREAK.split(text):
        named = topic & frozenset(tokenize(part))
        # (what a call for research lists after its colon is what the research is on: "Further research on X is
        # recommended for guiding decisions to: Stop Y ..." says nothing of stopping Y but that it is to be studied)
        (gaps if on_research or GAP.search(part) else said).update(named)
        on_research = on_research or (part.rstrip().endswith(":") and bool(RESEARCH_ADVISED.search(part)))
    if not said or gaps & (asked or topic) or gaps - said:
        return True
    return False


# What the evidence is made of, named in a reason clause ("because no clinical trial has tested them", "due to limited
# data"): a reason that says the research is missing is the gap itself, whatever the advice beside it.
_RESEARCH = re.compile(r"\b(?:evidence|data|stud(?:y|ies)|trials?|research|reports?|experience)\b", re.I)


def _without_reasons(text: str) -> str:
    """``text`` without its reason clauses (``REASON``) that judge the thing rather than its research ("due to a lack
    of effect", not "because no trial has tested it", ``_RESEARCH``; a grade in brackets after the reason,
    "(Level A, 2 Class I studies)", is no part of it), where what is left is advice
    (``worded_as_advice``)."""
    advised = REASON.sub(lambda m: m.group() if _RESEARCH.search(m.group().split("(")[0]) else " ", text)
    return advised if advised != text and worded_as_advice(advised) else text


# What a study says it did not look at ("... but that trial did not measure calcification"): the outcome it names so is
# not one it reports on.
NOT_MEASURED = _rx(r"\b(?:does|do|did) not (?:measure|study|assess|examine|investigate|look at)\b")
# A null result: a study looked and found no effect. Direct evidence, not a gap.
NULL_RESULT = _rx(
    r"\b((?:have|has|had) not (?:been )?(?:shown|demonstrated|found)|no (statistically )?significant|"
    r"not (statistically )?significant(ly)?|did not (reduce|improve|slow|"
    r"change|differ|show|affect|alter|modify|influence|prevent|lower|increase|decrease)|neutral|"
    r"no (clear |measurable )?(effect|benefit|difference|association))"
)
# A harm stated of a thing: the risks it carries ("Needle lavage carries small risks of infection, bleeding ...", "X
# poses a risk of Y"), and a harm named as the commonest of its kind ("Post-procedure pain ... is the most common
# adverse effect", "Common side effects include nausea"). A statement of what a treatment does, as a finding is:
# grammar, no topic. (Not "risk" alone: "reduced the risk of fractures" is a benefit; nor a risk denied, "do not carry
# the same theoretical risk", which compares.)
HARM_STATED = _rx(
    r"(?<!\bnot\s)(?<!\bnever\s)\b(carr(y|ies|ied|ying)|pos(e|es|ed|ing)|entail(s|ed)?)\s+(an?\s+|the\s+)?(\w+\s+){0,2}?"
    r"risks?\b|"
    r"\b(most\s+)?(common|frequent|usual)\s+(adverse\s+(effects?|events?|reactions?)|side[- ]effects?|"
    r"complications?)\b"
)
# Harm, in the words any specialty uses for it: adverse and side effects, interactions (one treatment
# changing another's effect), contraindications, toxicity and tolerability, cautions, limits and close
# monitoring. No drug, disease or laboratory test is named: a corpus on any topic is routed the same way.
SAFETY = _rx(
    r"\b(adverse|side[- ]effects?|interact\w*|contraindicat\w*|toxicit\w*|toxic|safe|safety|unsafe|"
    r"caution\w*|harms?|harmful|tolerat\w*|upper (intake )?limits?|overdose\w*|allerg\w*|"
    r"avoid\w*|"
    r"(reduc|increas|block|counteract|antagoni[sz]|potentiat|diminish|weaken|enhanc|interfer|alter)\w* "
    r"(with )?(the )?(\w+ )?(effects?|actions?|activity|efficacy) of|"
    r"without (first )?(consult\w*|medical (advice|supervision)|supervision)|"
    r"(closely|regularly|carefully) monitor\w*|monitor\w* (closely|carefully|regularly|more often)|"
    r"should not (be )?(start\w*|tak\w*|us\w*|given|combined|prescribed))\b|" + HARM_STATED.pattern
)
# Permission given to those who treat or are treated ("Clinicians can use the PHQ-2 as an initial screen"): advice
# as much as "may be offered"; not a thing that can use something ("Software programs can use CT images", "Future
# studies may use ..."). Grammar: the nouns of who acts in a guideline, no topic.
_ADVISED_USE = r"(?:clinicians|physicians|doctors|practitioners|prescribers|nurses|patients|you|we)\s+(?:can|may)\s+use"
RECOMMENDATION = _rx(
    r"\b(recommend\w*|should|advised?|advise[sd]?|suggest(s|ed)?|offer\w*|consider\w*|" + _ADVISED_USE
    + r"|first[- ]line|second[- ]line|indicated|reserved for|preferred|is appropriate|are appropriate|strength of "
    r"recommendation|grade [a-d1-3])\b"
)
# A neutral recommendation: advice neither for nor against, read from its grammar. Either "for or against" /
# "neither for nor against" after a verb or noun of recommending ("There is insufficient evidence to recommend
# for or against ...", "The panel is unable to recommend for or against ..."), or a statement that the
# evidence is too little to recommend, to make a recommendation, or to weigh the two sides against each other
# ("... the current evidence is insufficient to assess the balance of benefits and harms of ..."). Such a
# statement is what a guideline says on the question, and it says neither yes nor no.
NEUTRAL = _rx(
    r"\b(?:no|not|insufficient|inadequate|unable|cannot|lack|lacks)\b[^.;:]{0,80}?\b(?:recommend\w*|"
    r"recommendations?|advise|advice)\s+(?:\w+\s+){0,3}?(?:either\s+)?for\s+or\s+against\b|"
    r"\bneither\s+(?:\w+\s+){0,2}?for\s+nor\s+against\b|"
    r"\b(?:insufficient|inadequate|not\s+(?:sufficient|enough|adequate)|unable|cannot|can\s+not)\b[^.;:]{0,60}?"
    r"\bto\s+(?:(?:make|give|issue)\s+(?:a\s+|any\s+)?recommendations?\b|assess\s+the\s+balance\s+(?:of|between)\s+(?:the\s+)?(?:\w+\s+){0,2}?\w+\s+and\s+\w+)"
)
# Advice in RECOMMENDATION's words, not the noun "recommendations" ("Recommendations on dietary consistency are based
# on ... observational studies" speaks of advice, and gives none).
ADVISING = _rx(RECOMMENDATION.pattern.replace(r"recommend\w*", r"recommend(?!ations?\b)\w*", 1))
# Research sentences join Practical Recommendations only when they give advice outright.
ADVICE = _rx(r"\b(should (be|use|take|start|avoid|discuss|consider|not)|is recommended|are recommended|"
             r"clinicians should|patients should|is advised|are advised)\b")
_OPTION = r"(?:is|are) (?:an?|another|a further|other) (?:[\w\-]+ )?(?:options?|alternatives?)"
# "X is the treatment of choice in patients with Y" is a guideline's advice as much as "X is preferred", and so is
# "X may be offered for Y" as much as "X should be offered".
GUIDELINE_ADVICE = _rx(r"\b(recommended|recommends?|should|is advised|are advised|suggests?|first[- ]line|"
                       r"(?:may|can) be offered|" + _ADVISED_USE + r"|"
                       r"second[- ]line|is indicated|are indicated|"
                       r"(?:is|are) (?:(?:often|usually|generally|commonly|typically) )?preferred|"
                       r"(?:is|are) the (?:\w+ )?(?:treatments?|therap(?:y|ies)|drugs?|agents?|options?|tests?|"
                       r"procedures?|methods?) of choice|"
                       # ("... is usually the first choice", "... the preferred choice": the same, as ACR summaries
                       # word it)
                       r"(?:is|are) (?:(?:often|usually|generally|commonly|typically) )?the (?:first|preferred) "
                       r"choices?|" + _OPTION + r")\b")
# Advice in the imperative, as guideline summaries often word it ("Do not routinely offer imaging ...",
# "Offer ...", "Consider ...", "Use either X or Y for ..."), besides "is recommended" / "should"
# (GUIDELINE_ADVICE); not "Use of X ...", a noun.
IMPERATIVE = re.compile(r"^(?:(?:do not|don't|never)\s+)?(?:routinely\s+)?(?:offer|consider|use|give|prescribe|"
                        r"perform|avoid|refer|start|treat|screen|provide)\b(?!\s+of\b)", re.I)
# Where the sentences of a statement end (not at a colon: "... is recommended to guide decisions on: stopping Y ..."
# lists what the research is on, not advice of its own).
_SENTENCE_BREAK = re.compile(r"(?<=[.;!?])\s+")


@lru_cache(maxsize=20_000)
def worded_as_advice(text: str) -> bool:
    """Whether ``text`` is worded as advice of any way: words of recommending (``GUIDELINE_ADVICE``), an imperative
    (``IMPERATIVE``) or a neutral recommendation (``NEUTRAL``). ``guideline.gives_advice`` reads notes and table
    cells besides."""
    return bool(GUIDELINE_ADVICE.search(text) or IMPERATIVE.search(text) or NEUTRAL.search(text))


def advises_research_only(text: str) -> bool:
    """Whether every piece of advice a statement gives is advice to do research (``RESEARCH_ADVISED``): "Further
    research on X is recommended to guide decisions on: stopping Y ...", "Offer X only within a research study".
    Such advice states a gap on X, not a recommendation of it: read as advice, it gave "Yes." to whether to use X. A
    statement that advises something besides ("X is recommended. Further research on its dose is needed.") keeps
    that advice."""
    parts = [p for p in _SENTENCE_BREAK.split(text.strip()) if p]
    if not any(RESEARCH_ADVISED.search(p) for p in parts):
        return False
    return all(RESEARCH_ADVISED.search(p) for p in parts
               if GUIDELINE_ADVICE.search(p) or IMPERATIVE.search(p))


# "Bupropion is a further option for adults who want medication": advice, and a finding of what may be used.
OPTION = _rx(r"\b" + _OPTION + r"\b")
# "MK-4 is used as a prescription drug for osteoporosis in Japan", "Statins are widely used to lower LDL": what is done
# in practice, in the present tense (a method's past tense, "was used in the trial", reports no finding).
IN_USE = _rx(r"\b(?:is|are)\s+(?:\w+ly\s+)?(?:used|prescribed|approved|licensed)\s+(?:as|for|to|in)\b")
# A harm a thing may cause, as side effects are worded ("ACE inhibitors can cause a dry cough", "Oral iron commonly
# causes nausea"): a modal or a word of how often before "cause". A safety point, not a mechanism; a cause stated flat
# ("calcium supplements cause rapid rises in serum calcium") may be how something works and is left to the other rules.
HARM_CAUSED = _rx(r"\b(?:can|may|might|could|commonly|often|frequently|rarely|sometimes|occasionally)\s+(?:also\s+)?"
                  r"caus(?:e|es)\b")
# What a thing does in the body, in the words of any specialty; not a trial's "signal" (a hint of a result: "did not
# confirm the positive signal seen in the small trial").
MECHANISM = _rx(
    r"\b(carboxylat\w*|pathways?|mechanisms?|inhibit\w*|activat\w*|enzymes?|cofactor|receptors?|"
    r"express\w*|(?<!positive )(?<!negative )(?<!safety )(?<!efficacy )signal\w*|gla|binds?|binding|molecul\w*|"
    r"osteoblasts?|osteoclasts?|chondro\w*|"
    r"metaplasia|crystals?|hydroxyapatite|mineral\w*|protein|proteins|gene|genes|transcription|"
    r"phosphorylat\w*|cells?|tissue)\b"
)
STUDY = _rx(
    r"\b(trials?|randomi[sz]ed|placebo|cohorts?|participants|patients|subjects|meta-analys\w*|"
    r"systematic review|case series|case reports?|follow-up|volunteers|women|men|enrolled|"
    r"observational|prospective|retrospective)\b"
)
# A statistic of a result: a p-value or a ratio of risks.
_STATISTIC = r"\bp\s*[<=]\s*0?\.\d|\b(odds|hazard|risk) ratio"
FINDING = _rx(
    r"\b(reduc\w*|improv\w*|increas\w*|decreas\w*|associated|lower|higher|slow\w*|progress\w*|outcomes?|"
    r"results?|found|showed|shown|reported|effective|efficacy|resolution|resolved|relief|success\w*|approved)\b|"
    r"\b\d[\d.,]*\s*(%|percent|patients|participants|people|women|men|adults|children|subjects|years?|"
    r"months?|weeks?|days?|mg|µg|mcg|micrograms?|IU)\b|" + _STATISTIC)

# A result stated in numbers: a share, a statistic or its interval ("reduced diabetes-related death by about
# 42 percent", "hazard ratio 0.64, 95% confidence interval ..."). Not a count of people or a dose, which
# describe a study rather than what it found.
QUANTIFIED = _rx(r"\b\d[\d.,]*\s*(%|percent)|\bconfidence interval|" + _STATISTIC)

# What something causes ("Oral iron commonly causes nausea"): a finding, and a harm when the question asks for
# an intervention's harms; not a result that rules out a "no" (``verdict.no_allowed``: "Y is caused by a deletion
# on chromosome 22" answers "no" to "... on chromosome 21?").
# (A word of its own, not part of a hyphenated name: "all-cause mortality", "cause-specific death" name an outcome,
# no cause.)
CAUSES = _rx(r"(?<![\w\-])caus(?:e|es|ed|ing)(?![\w\-])")
# A statement of cause, in the grammar English has for one: what causes something, what it is due to, results
# from or is responsible for ("X results from defective transport of Y due to mutations in Z"). What a
# question on a cause asks (``question.asks_cause``).
CAUSE_STATED = _rx(CAUSES.pattern + r"|\bdue to\b|\bresult(?:s|ed|ing)? from\b|\bresponsible for\b|"
                   r"\bunderl(?:ie|ies|ying|ay)\b")
# Its subject stated as the cause of something else ("X is a common cause of shoulder pain", "X causes Y", "X leads
# to Y"), and stated as caused ("X is caused by Y", "X results from Y"): which way a statement of cause points.
CAUSE_OF_OTHER = _rx(r"\b(?:is|are|was|were)\s+(?:(?:a|an|the|one)\s+)?(?:[\w\-]+\s+){0,2}?causes?\s+of\b|"
                     r"\bcauses\b|\bleads?\s+to\b")
CAUSED = _rx(r"\bcaused\s+by\b|\bdue\s+to\b|\bresult(?:s|ed|ing)?\s+from\b")
# How often something occurs, in the words of any specialty ("is common", "a prevalence of 3 to 20 percent",
# "most often affects", "rare"): what a question on how common something is asks (``question.asks_occurrence``).
OCCURRENCE = _rx(r"\b(?:(?:un)?common(?:ly|est)?|rare(?:ly)?|prevalen(?:ce|t)|incidence|frequen(?:t|tly|cy)|"
                 r"per\s?cent|most\s+often|\d+\s+in\s+(?:every\s+)?\d+)\b|\d\s?%")
# ... given as a rate ("a prevalence of 3 to 20 percent", "1 in 10 adults", "an incidence of"), not only where it is
# most common ("most common between the ages of 30 and 60"): what "How common is X?" asks first.
OCCURRENCE_RATE = _rx(r"\b(?:prevalen(?:ce|t)|incidence|per\s?cent|\d+\s+in\s+(?:every\s+)?\d+)\b|\d\s?%")
# One thing changing another's effect, or lessening its uptake ("can reduce the effect of warfarin", "can reduce
# absorption of levothyroxine", "interferes with"): an interaction, in the words of any specialty (as ``SAFETY``). A
# rise in uptake is not one: "increases intestinal absorption of calcium" is what it is for.
# (Its search remembered per text, as the patterns above: a question on whether two things interact weighs each of
# its direct statements by it, ``lead.on_aspect``; ``INTERACTION`` is the compiled pattern, for its other uses.)
INTERACTS = _rx(
    r"\b(?:(?:reduc|block|counteract|antagoni[sz]|diminish|weaken|interfer|impair|lower|decreas)\w*\s+(?:with\s+)?"
    r"(?:the\s+)?(?:\w+\s+)?(?:effects?|actions?|activity|efficacy|absorption|uptake)\s+of|"
    r"(?:increas|potentiat|enhanc|alter|rais)\w*\s+(?:the\s+)?(?:\w+\s+)?(?:effects?|actions?|activity|efficacy)\s+of|"
    r"interfer\w*\s+with|interacts?\s+with)\b")
INTERACTION = INTERACTS.regex
# Two things named as taken together, in the words English joins them with ("combined", "a combination of",
# "together", "plus", "alongside", "co-administered", "concomitant", "adding X to", "in addition to"), not as
# alternatives ("X or Y is recommended").
TOGETHER = _rx(r"\b(?:combin\w*|together|plus|alongside|co-?administ\w*|concomitant\w*|concurrent\w*|"
               r"add(?:s|ed|ing)?\b|in addition to|with each other)")
# An amount given or a course's length: what a dosing question asks ("45 milligrams per day", "about 12 weeks").
# (Remembered per text, as the patterns above: a dosing question's lead and support are chosen among the statements
# that state one, ``lead.on_aspect``, and its type bonus asks again.)
# The units a dose is given in, which the question reader also strips from what is given (question._DOSE_WITH).
DOSE_UNIT = r"(?:µg|mcg|micrograms?|mg(?:/kg)?|milligrams?|IU|international\s+units|units?|g|grams?|ml)"
# (Hyphenated as an adjective too, of a weight's units: "the 500-mg dose", "a 1-g loading dose" state a dose.)
DOSE = _rx(rf"\b\d[\d.,]*(?:\s*|-(?=(?:µg|mcg|mg|g)\b)){DOSE_UNIT}\b")
# A course's length, not a span of time the sentence speaks of otherwise: a window ("within two to three days", "in
# the previous 30 days"), an age ("under 6 months", "older than 6 months", "aged 3 months", "6 months old"), a
# threshold ("lasts more than three months"), a repeat ("every 3 months"), a time point ("a modest benefit on pain
# at two to three days") or a time ago. Grammar (the word before the number, the words after the unit), no topic.
_NOT_A_COURSE = "".join(rf"(?<!\b{w} )" for w in ("within", "previous", "past", "last", "preceding", "than", "under",
                                                  "aged", "every", "between", "to", "or", "at"))
COURSE = _rx(_NOT_A_COURSE + r"\b(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|"
             r"twenty)(?:\s+(?:to|or)\s+\w+)?(?:-|\s+)(?:days?|weeks?|months?)\b(?!\s+(?:ago|old|of\s+age)\b)")
# How often something is given or done ("a single daily dose", "alternate-day dosing", "twice weekly", "every 8
# hours", "screening every 3 years", "every three to five years", "annually", "at 3-year intervals"; not "annual",
# as often a rate, "annual incidence"): what "How often should X be taken?" asks, and "How often?" after a question on
# screening. Words of time, not of any topic.
_EVERY_COUNT = r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve)"
FREQUENCY = _rx(r"\b(?:daily|weekly|monthly|nightly|yearly|annually|biennially|quarterly|alternate[- ]day|"
                r"(?:once|twice|three times|\w+ times) (?:a|per|each|every) (?:day|week|month|year)|"
                r"(?:once|twice) (?:daily|weekly|yearly)|every (?:other )?"
                rf"(?:{_EVERY_COUNT}(?:\s*(?:to|or|-|–)\s*{_EVERY_COUNT})? )?(?:days?|weeks?|months?|hours?|years?)|"
                rf"{_EVERY_COUNT}[- ](?:year|month|week)(?:ly)? intervals?|per (?:day|week)|a day|a week)\b")


def _guideline_advice(text: str, guideline: bool) -> bool:
    # (advice to research a thing states a gap: a limitation, not a recommendation, ``advises_research_only``)
    return guideline and bool(GUIDELINE_ADVICE.search(text) or NEUTRAL.search(text)) and not advises_research_only(text)


@dataclass(frozen=True)
class Route:
    """A section rule: the section key and a test of a sentence (its text, and whether a guideline says it)."""

    key: str
    accepts: Callable[[str, bool], bool]


ROUTES: tuple[Route, ...] = (
    # A guideline's recommendation, for or against, is advice before it is anything else (a safety point
    # when it is about harm).
    # A neutral recommendation weighs harms against benefits without being about harm.
    Route("safety", lambda text, guideline: _guideline_advice(text, guideline) and bool(SAFETY.search(text))
          and not NEUTRAL.search(text)),
    Route("recommendations", _guideline_advice),
    Route("limitations", lambda text, guideline: bool(GAP.search(text))),
    Route("safety", lambda text, guideline: bool(SAFETY.search(text))),
    Route("recommendations", lambda text, guideline: bool(RECOMMENDATION.search(text))
          and (guideline or bool(ADVICE.search(text)))),
    Route("clinical_studies", lambda text, guideline: bool(STUDY.search(text))
          and bool(FINDING.search(text) or NULL_RESULT.search(text))),
    Route("limitations", lambda text, guideline: bool(NULL_RESULT.search(text))),
    # A harm a thing may cause is not how it works ("ACE inhibitors can cause a dry cough", read as a mechanism by its
    # drug's name): where the words of a mechanism would take it, it is a safety point.
    Route("safety", lambda text, guideline: bool(HARM_CAUSED.search(text) and MECHANISM.search(text))),
    Route("mechanism", lambda text, guideline: bool(MECHANISM.search(text))),
)


# A sentence on the question's condition that does not name the asked intervention speaks of something
# else for that condition: an alternative to recommend, background or mechanism, never a limitation or a
# safety point of the intervention asked about (at most one of the advice on that condition).
OFF_TOPIC_SECTIONS = frozenset({"limitations", "safety", "clinical_studies"})


def route(candidate: Candidate, asks_intervention: bool = False) -> str:
    """The section key for a sentence (Current Evidence when no rule takes it)."""
    if asks_intervention and candidate.mentions_condition and not candidate.mentions_intervention:
        if ADVISING.search(candidate.text):
            return "recommendations"
        if RECOMMENDATION.search(candidate.text):
            # A statement on the condition's advice that gives none, what it rests on or sums up ("Recommendations on
            # dietary consistency are based on ... observational studies rather than large trials", "The
            # recommendations below summarise common practice ..."): a limitation of that advice's evidence, which
            # ``pipeline.pick`` quotes only where it is direct on the question.
            return "limitations"
        mechanism = MECHANISM.search(candidate.text) and not HARM_CAUSED.search(candidate.text)
        return "mechanism" if mechanism else "current_evidence"
    return _route(candidate.text, candidate.hit.document.kind == DocumentKind.GUIDELINE)


@lru_cache(maxsize=20_000)
def _route(text: str, guideline: bool) -> str:
    """The first of ROUTES that accepts a sentence; remembered per sentence, since selection routes the same
    statements twice per answer and the same passages come back for related questions."""
    for rule in ROUTES:
        if rule.accepts(text, guideline):
            return rule.key
    return "current_evidence"


# Study designs named in a source, strongest first.
DESIGNS: tuple[tuple[str, re.Pattern], ...] = tuple((name, re.compile(p, re.I)) for name, p in (
    ("meta-analysis", r"\bmeta-analys\w*|\bsystematic reviews?\b|\bpooled analys\w*"),
    ("randomized trial", r"\brandomi[sz]ed\b|\bplacebo[- ]controlled\b|\bRCTs?\b"),
    ("cohort", r"\bcohorts?\b|\bprospective\b|\bobservational\b|\blongitudinal\b|\bcase[- ]control\b|"
               r"\bcross-sectional\b"),
    ("case series", r"\bcase series\b|\bcase reports?\b"),
    ("animal", r"\b(mice|mouse|rats?|murine|rabbits?|animal models?|animal stud\w*|in vivo)\b"),
    ("in vitro", r"\bin vitro\b|\bcell cultures?\b|\bcultured\b"),
))


# How a condition is found, in the words of any specialty: the act ("diagnose", "confirm", "detect", "distinguish
# from", "mistaken for", "rule out") and its means (a test, a scan, imaging, a radiograph, an ultrasound picture,
# a biopsy, an examination, a test's sensitivity): what a question on how something is diagnosed asks
# (``lead.on_diagnosis_or_course``), best both at once ("Clinicians should confirm the diagnosis with plain
# radiographs or ultrasound ..."). Ultrasound that guides a procedure ("ultrasound-guided lavage") is treatment, and
# a cell's differentiation is not telling one condition from another; nor is a time told by the diagnosis ("as soon
# as possible after diagnosis"). An examination is the noun ("a physical examination"): the verb is what studies do
# ("studies examining X in Y", "the trial examined whether ..."), which named a study's aside as a means of
# diagnosis and led "Salivary cortisol is a biomarker for what ...?" with "Finally, studies examining ...".
DIAGNOSTIC_ACT = _rx(r"\b(?:(?<!after )(?<!before )(?<!at )(?<!since )(?<!until )diagnos\w*|confirm\w*|detect\w*|"
                     r"distinguish\w*|differentiat(?:e|es|ed|ing)|mistaken\s+for|rul(?:e|ed|ing)\s+out|"
                     r"screen(?:s|ed|ing)?)\b")
DIAGNOSTIC_MEANS = _rx(r"\b(?:tests?|testing|imaging|imaged|radiograph\w*|x-rays?|"
                       r"ultraso(?:und|nograph\w*)(?![- ]guided)|magnetic\s+resonance|computed\s+tomography|MRI|CT|"
                       r"scans?|scanning|biops\w*|examinations?|questionnaires?|sensitivity|specificity|seen\s+on)\b")

# What a condition does of itself over time, in the words of any specialty: it resolves, resorbs, regresses,
# remits, clears, persists, recurs or progresses, spontaneously, untreated or on its own, or is self-limiting
# ("Calcific tendinopathy ... often resolves spontaneously as deposits are resorbed"): what a question on its
# course or prognosis asks (``lead.on_diagnosis_or_course``).
NATURAL_COURSE = _rx(r"\b(?:resol(?:ve|ves|ved|ving|ution)|resorb\w*|resorption|regress\w*|remi(?:ssion|t|ts|tted)|"
                     r"disappear\w*|clears|cleared|persist\w*|recur\w*|relaps\w*|progress(?:es|ed|ion)?|"
                     r"spontaneous\w*|self-limit\w*|natural\s+(?:history|course)|untreated|without\s+treatment|"
                     r"on\s+(?:their|its)\s+own|by\s+(?:themselves|itself)|prognosis|over\s+(?:time|months|years))\b")

# The words of a head-to-head comparison of two treatments ("X was superior to Y", "compared X with Y", "X versus
# Y"): a statement that names two treatments as alternatives ("consider X or Y") compares nothing. One grammar for
# a comparison question's quotes (``comparison.compares``, which also takes likeness and preference) and for a
# comparison under a title that names the condition (``scoring``).
HEAD_TO_HEAD_WORDS = r"than|compar\w*|versus|vs|head-to-head|superior|inferior|non-?inferior|equivalent"
HEAD_TO_HEAD = _rx(rf"\b(?:{HEAD_TO_HEAD_WORDS})\b")
