"""Which way a question and a piece of advice point, read from English grammar.

A yes/no question either asks whether to do what it names ("Should X be used in Y?", "Is X recommended?") or
whether not to ("Should X be avoided in Y?", "Is X contraindicated in Y?", "Should X be stopped before Y?", "Is
X harmful in Y?"): the same statement answers them oppositely. Advice likewise either speaks against what it
names ("X should not be used in Y", "Avoid X", "X should be discontinued") or for it, and advice against
stopping it ("Do not stop X", "X should not be discontinued") is advice for continuing it. The answer to a
question is the advice's verdict on what it names, reversed when the question asks whether not to.

``AGAINST`` is the one pattern of advice against (the guideline verdict, the conflict between guidelines and
whether a "no" may rest on statements read it); no pattern here names a medical topic.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from index.lexical import tokenize
from service.answer.models import Verdict
from service.answer.grammar_turns import denies_only_waiting
from service.answer.guarded import GuardedPattern
from service.answer.need import NEED_WORDS, left_to_choice
from service.answer.question import (DEFINED_BY, FINE_TO, PEOPLE_DEFINED_BY, PERSON_NOUNS, QUESTIONS_KEPT, TELLING,
                                     as_told, asks_tolerated)
from service.answer.routing import GUIDELINE_ADVICE, IMPERATIVE, NEUTRAL, RECOMMENDATION

Stance = Literal["for", "against"]

# A condition, from "if" or "unless" to the end of its clause: "a back-up prescription, to be used if symptoms do
# not improve, reduces antibiotic use" denies nothing; its "not" says when the prescription is used; "If a patient
# starts or stops X, the INR should be checked more often" advises checking, its stopping the occasion. Grammar.
CONDITION = re.compile(r"\b(?:if|unless)\b[^,;.:!?]*", re.I)

# Advice against what a sentence names: "recommends against / not", "suggests that clinicians not use" (the
# subjunctive of a "that" clause), "alternative agents are preferred" (to what it names), "is not recommended",
# "should not", "must
# avoid", "is contraindicated", "discouraged", "not be offered", "against the routine use", "X should be avoided",
# "Do not offer", "Never ...", "neither ... nor ... should". "Avoid" only as advice ("should avoid", "be
# avoided", "Avoid ...", "recommends avoiding"): "to avoid" is a purpose or a need ("given slowly to avoid
# hypotension", "do not need to avoid green vegetables") and "was avoided" a finding.
AGAINST = GuardedPattern(re.compile(
    r"\b(?:(?:recommends?|recommended|advises?|advised|suggests?|argues?)\s+(?:against|not)|"
    # ... an adviser's "recommends avoiding X" (its gerund is the advice: "the panel suggests avoiding X"; a finding
    # never words a result so).
    r"(?:recommends?|advises?|suggests?)\s+(?:\w+ly\s+)?avoiding|"
    r"(?:recommends?|advises?|suggests?)\s+that\s+(?:\w+\s+){1,3}?not\s+(?!only\b)(?:be\s+)?\w+|"
    r"(?:alternat\w+|other)\s+(?:[\w\-]+\s+){0,2}?(?:is|are|should\s+be)\s+(?:\w+ly\s+)?preferred|"
    r"(?:is|are)\s+(?:not|no\s+longer)\s+(?:\w+ly\s+)?(?:recommended|indicated|advised|suggested|advocated)|"
    # ... "is not a recommended treatment" (the advice as an attribute of its noun), and a judgement that it is seldom
    # fit ("is seldom indicated", "is rarely appropriate"; not "seldom needed", which may state a regimen's part).
    r"(?:is|are)\s+not\s+(?:an?\s+)?(?:recommended|suggested|advised|advocated)\s+(?:[\w\-]+\s+)?"
    r"(?:treatments?|therap(?:y|ies)|options?|tests?|drugs?|choices?|interventions?)|"
    r"(?:is|are)\s+(?:seldom|rarely)\s+(?:indicated|recommended|appropriate|warranted|advised|justified|useful)|"
    r"not\s+be\s+(?:routinely\s+)?recommended|"
    # ... and the advice as a bracketed note on the thing a list names ("Laser therapy (Not Recommended)", "Aspirin (not
    # recommended for primary prevention)"), as guideline summaries list what they considered. Grammar.
    r"(?<=\()not\s+(?:\w+ly\s+)?(?:recommended|indicated|advised|suggested)\b|"
    r"(?:should|must)\s+(?:\w+ly\s+)?(?:not|never|avoid)|be\s+(?:\w+ly\s+)?avoided|contraindicated|discourag\w*|"
    r"(?:is|are)\s+(?:best|better|ideally)\s+avoided|ought\s+not|not\s+to\s+be\s+(?:used|given|offered|prescribed)|"
    # ... advice or evidence "not to" advise or do it ("good evidence not to recommend X", "decided not to offer X").
    r"\bnot\s+to\s+(?:recommend|advise|suggest|offer|prescribe|start)\b|"
    # ... an adviser's word, then what it advises as an infinitive denied ("the consensus of our panel is to NOT
    # test for X", "recommends to not use X", "agreed not to screen"): the advice is not to do it. (Its own verb,
    # "recommends to not", had been read as advice for.) Not a denied verb of stopping, leaving out or going past
    # ("to not discontinue X", "not to skip doses", "not to exceed 4 g"): advice to keep on, or a limit.
    r"\b(?:recommend\w*|advis\w*|suggest\w*|consensus|agreed|decided)\s+(?:[\w\-]+\s+){0,6}?"
    r"(?:to\s+not|not\s+to)\s+(?!only\b|be\b|(?:stop|discontinu|withdr|withh|interrupt|taper|ceas|skip|miss|omit|"
    r"exceed|forget|delay|overlook|neglect|abandon)\w*)\w+|"
    # ... leave to do without it ("X can be safely omitted", "may be dispensed with"): advice that it need not be done.
    r"(?:can|may|could|should)\s+(?:\w+ly\s+)?be\s+(?:\w+ly\s+)?(?:omitted|skipped|forgone|foregone|dispensed\s+with)|"
    # ... advice to move people off it to something unnamed ("switch X-treated adults with ... to an alternative
    # opioid"): against it for them. (A named thing after "to" is what is advised, not what is left: no match.)
    r"\bswitch(?:es|ed|ing)?\s+(?:\S+\s+){1,10}?to\s+(?:an?\s+)?(?:alternative|another|different)\b|"
    # ... and advice to give it up ("X ... should be abandoned"). (Not "is ineffective": a clause of occasion says it of
    # another thing, "X is recommended when oral Y ... is ineffective".)
    r"(?:should|must)\s+(?:\w+ly\s+)?be\s+(?:\w+ly\s+)?abandoned|"
    # ... "X cannot be recommended" (a judgement that it may not be advised; "cannot recommend for or against" is
    # ``NEUTRAL``, read first), and an adviser's "refrain from" (advice to hold back from doing it). Grammar.
    r"can\s*not\s+(?:\w+ly\s+)?be\s+(?:\w+ly\s+)?(?:recommended|advised|suggested|endorsed|supported)|"
    r"refrain(?:s|ed|ing)?\s+from|"
    # ... advice worded as a noun of avoiding: an adviser's (or its evidence's) word for "the avoidance of X" ("current
    # evidence supports the avoidance of X", "recommends avoidance of X"), or that avoidance as the subject of advice
    # ("Avoidance of X is recommended"): advice against X, as "X should be avoided" is. Grammar.
    r"(?:recommends?|recommended|advises?|advised|suggests?|supports?|supported|favou?rs?|warrants?)\s+"
    r"(?:the\s+)?(?:\w+\s+)?avoidance\s+of|"
    r"^\W*avoidance\s+of\s+[^,;:.]{1,80}?\s(?:is|are|should\s+be)\s+(?:\w+ly\s+)?(?:recommended|advised|suggested|"
    r"preferred|warranted)|"
    # ... a need denied for starting or giving it ("X need not be started", "clinicians need not initiate X", "do not
    # need to order X"): leave to do without it. (Not a need denied for avoiding or stopping it, ``_NO_NEED_TO_AVOID``:
    # its verbs are not these.) Grammar: a negated need and a verb of starting, giving or doing.
    r"(?:need\s+not|(?:do|does)\s+not\s+need\s+to)\s+(?:\w+ly\s+)?(?:be\s+(?:\w+ly\s+)?)?"
    r"(?:initiat|start|begin|began|begun|commenc|giv|given|offer|prescrib|order|perform|administer|use|used|obtain)"
    r"\w*|"
    # ... a rated row's meaning on its scale, as ``ingest.readers.tables`` writes it after the rating ("Rating 2
    # (Usually not appropriate)"): the rating panel's advice against the row's procedure for the row's case.
    r"(?<=\()\s*(?:usually|generally)\s+not\s+appropriate(?=\s*\))|"
    r"not (?:be )?(?:routinely )?(?:offered|used|given|prescribed|performed)|"
    r"against\s+(?:the\s+)?(?:routine\s+)?use|"
    # (... after a phrase put first, "In adults with suspected X, do not rely on Y to ...": the imperative's verbs of
    # use.)
    r"(?<!\bwho )(?<!\bthat )do not (?:routinely )?(?:use|offer|give|prescribe|recommend|rely\s+on|perform|refer)|"
    # ... an adviser's "does not recommend", and its "does (do) not suggest" that a thing be given or its use (not
    # "this does not suggest a benefit" nor "... does not suggest worsening outcomes", a finding's way of saying what
    # data imply).
    r"does not (?:routinely )?recommend|"
    r"(?:does|do) not (?:routinely )?suggest\s+"
    r"(?:that\s+[^.;:]{1,120}?\bbe\s+\w+(?:ed|en)|(?:the\s+)?(?:routine\s+)?use))\b|"
    r"^\W*(?:(?:clinicians|physicians|we)\s+)?(?:do not|don't|never|avoid)\b|"
    r"\bneither\b[^,;.]*\bnor\b[^,;.]*\b(?:should|is|are|be)\b|"
    # ... a judgement that the thing is unfit, after a copula ("X is seldom needed and may be inappropriate", "X is
    # not warranted"), not a judgement of something to do ("it is inappropriate to stop X") nor a finding's past ("was
    # inappropriate in a third"). Not "is not needed" alone: "a dose of X ..., and a taper is not needed" states the
    # regimen asked, its need a clause on another thing (``pipeline.regimen_quoted``). Grammar.
    r"\b(?:is|are|be)\s+(?:(?:\w+ly|often|usually|generally|also)\s+)*(?:inappropriate|unwarranted|"
    r"not\s+(?:warranted|appropriate)|"
    # ("unnecessary" only where whom or when it is unneeded for follows, "X is unnecessary for patients who ...": a
    # regimen's closing "..., and a taper is unnecessary" states the regimen asked, as "is not needed" above.)
    r"unnecessary(?=\s+(?:for|in|when|if|unless|among|after|before|during)\b))\b(?!\s+(?:to|for\s+\w+\s+to)\b)|"
    # ... an adviser's "does not suggest X" (a committee, panel, task force, working group or "we": a closed class of
    # the bodies that write guidelines), which a finding's "does not suggest a benefit" never has for its subject.
    r"\b(?:committee|panel|task\s+force|work(?:ing)?\s+group|we)\s+(?:does|do)\s+not\s+suggest\b", re.I),
    # A word each alternative above holds, in the order above ("no longer": "longer"; "don't" holds no "not"): a
    # statement with none of them is not scanned (``guarded``; asked of most statements of every answer).
    ("against", "not", "preferred", "longer", "avoid", "never", "contraindicated", "discourag", "cannot", "refrain",
     "seldom", "rarely", "omitted", "skipped", "forgone", "foregone", "dispensed", "switch", "don't", "neither",
     "abandoned", "inappropriate", "unwarranted", "unnecessary"))
# Advice against what it names by a determiner of none on it: "recommends that no X be used", "No X should be given
# ...", "None of these X should be offered": "no" (or "none of") opening the sentence or a "that" clause, a noun
# phrase of up to five words (``what``), then a passive of using or doing it. "Patients with no X should be offered Y"
# is not one: its "no" follows "with", and the phrase it heads is no subject. Grammar, no topic.
_NONE_TO_BE_USED = re.compile(
    r"(?:^\W*|\bthat\s+)(?:no|none\s+of)\s+(?P<what>(?:[\w\-]+\s+){1,5}?)(?:(?:should|must|shall|need|is\s+to|"
    r"are\s+to)\s+)?(?:\w+ly\s+)?be\s+(?:\w+ly\s+)?(?:used|given|offered|performed|prescribed|administered|done|"
    r"applied|undertaken|recommended|provided|employed|attempted|ordered|carried\s+out|initiated|started)\b", re.I)
# Words of stopping what is already given.
_STOPPING = (r"(?:stop|stops|stopp(?:ed|ing)|discontinu\w*|withdr[ae]w\w*|withh[eo]ld\w*|depresc\w*|taper\w*|"
             r"interrupt\w*|cessation|ceas(?:e|ed|ing)|halt(?:s|ed|ing)?)")
# Advice against stopping: a stopping word within two words after advice against ("should not be stopped",
# "Do not withhold X", "avoid interrupting"), or heading the sentence's subject ("Discontinuation of X is not
# recommended").
_NOT_STOPPING = re.compile(rf"^\W*(?:\w+\s+){{0,2}}?{_STOPPING}\b", re.I)
_STOPPING_HEAD = re.compile(rf"^\W*(?:\w+\s+)?{_STOPPING}\b", re.I)
# Advice to stop what it names: "X should be discontinued", "Stop X", "recommends discontinuing X".
STOP_ADVICE = re.compile(
    rf"\b(?:should|must)\s+be\s+(?:\w+ly\s+)?{_STOPPING}\b|^\W*(?:stop|discontinue|withhold|withdraw|taper)\b|"
    rf"\brecommend\w*\s+(?:\w+\s+)?{_STOPPING}\b", re.I)
# Advice to continue what it names: "X should be continued", "Continue X", "recommends continuing X" (for it).
CONTINUE_ADVICE = re.compile(r"\b(?:should|must)\s+be\s+(?:\w+ly\s+)?(?:continued|maintained)\b|"
                             r"^\W*(?:continue|maintain)\b|\brecommend\w*\s+(?:\w+\s+)?(?:continuing|continuation)\b",
                             re.I)
# What "further ..." may name that is no care of the patient: research, the evidence for it ("Further research is
# needed", "additional studies are required"). Closed class of words for research.
_NOT_CARE = r"(?:research|studies|study|trials?|data|evidence|investigations?\s+(?:into|of)\s+the)\b"
# Advice to go on with what is under way, a course of care or of tests: to continue it (``CONTINUE_ADVICE``), or that
# its people "should undergo / have / receive further (more, repeat, ongoing) ..." or that "further ... is recommended
# (needed, indicated, warranted)". Asked whether one may stop (skip, hold off), such advice is its "no", even as the
# closest evidence: it speaks of going on, not of what is done alone. Grammar of continuing, no topic.
_GOING_ON_ADVICE = re.compile(
    r"\b(?:should|must)\s+(?:\w+ly\s+)?(?:undergo|have|receive|be\s+offered|be\s+given|get)\s+(?:\w+\s+)?"
    r"(?:further|more|repeat(?:ed)?|ongoing|additional|continued)\b(?!\s+than\b)(?!\s+" + _NOT_CARE + r")|"
    r"\b(?:further|repeat(?:ed)?|additional|ongoing)\s+(?!" + _NOT_CARE + r")(?:[\w\-]+\s+){1,3}?"
    r"(?:is|are|should\s+be)\s+(?:\w+ly\s+)?"
    r"(?:recommended|indicated|needed|required|necessary|warranted|advised|suggested)\b", re.I)
# Advice that there is no need to avoid or stop what it names ("People taking X do not need to avoid Y", "Y need
# not be stopped", "there is no need to restrict Y"): a need negated, with a verb of avoiding, stopping or
# restricting after it. Not avoiding something is doing it: advice for it ("Can people taking X eat Y?" yes).
_NO_NEED_TO_AVOID = re.compile(
    r"\b(?:(?:(?:do|does|did)\s+not|don't|doesn't)\s+(?:need|have)\s+to|need\s+not|needn't|no\s+need\s+to|"
    rf"not\s+(?:necessary|needed|required)\s+to|unnecessary\s+to)\s+(?:be\s+)?(?:\w+ly\s+)?"
    rf"(?:avoid\w*|restrict\w*|{_STOPPING})\b", re.I)
_SPEAKS_OF_STOPPING = re.compile(rf"\b{_STOPPING}\b", re.I)
AVOIDING = re.compile(r"\bavoid\w*", re.I)
# A statement on beginning something ("should not start X without first consulting", "before starting X"): advice
# for people not yet taking it, no answer on whether those who take it should stop. Verbs of beginning.
_SPEAKS_OF_STARTING = re.compile(r"\b(?:start(?:s|ed|ing)?|begin(?:s|ning)?|began|initiat(?:e|es|ed|ing|ion)|"
                                 r"commenc(?:e|es|ed|ing))\b", re.I)
# A question that asks whether to stop what it names ("Should aspirin be discontinued before surgery?", "Is it
# safe to stop X?", "Can X be withdrawn?", "Should X be avoided?", "Should people on Y stop taking X?", "Should a
# patient on Y stop X?"): verbs of stopping acting on the intervention, their subject the asker or people, one or
# many (defined by what they have or take, or by a clause on whose state: "an adult whose asthma has been well
# controlled ... come off ...").
_STOP_VERBS = r"stop|discontinue|withdraw|withhold|deprescribe|taper|interrupt|cease"
# Verbs of leaving a thing undone ("skip the scan", "omit the second dose", "forgo further tests"): in a question, asked
# against doing it as stopping is. A closed class of English verbs.
_LEAVE_OFF_VERBS = r"skip|omit|forgo|forego"
_ASKS_TO_STOP = re.compile(
    rf"\bbe\s+(?:\w+ly\s+)?(?:stopped|discontinued|withdrawn|withheld|deprescribed|tapered|interrupted|ceased|held|"
    rf"avoided)\b"
    rf"|^(?:should|can|must|may|do|does)\s+(?:we\s+|i\s+|clinicians\s+|doctors\s+|patients\s+|you\s+)?(?:{_STOP_VERBS}|hold)\b"
    rf"|^(?:should|can|must|may)\s+(?:[\w\-]+\s+)?{PERSON_NOUNS}"
    rf"(?:{DEFINED_BY}(?:[\w\-]+\s+){{1,3}}?|\s+whose\s+(?:[\w\-]+\s+){{1,10}}?)(?:{_STOP_VERBS}|hold|come\s+off)\b"
    rf"|\b(?:necessary|better|{FINE_TO})\s+"
    rf"(?:for\s+(?:me|us|them|him|her)\s+)?to\s+(?:{_STOP_VERBS}|come\s+off)\b"
    # ... or a case told in a note, whose person wants to come off what they take ("... wants to come off his gizmo
    # inhaler completely, ok?"; "come off" only, which is said of a treatment, not "wants to stop smoking").
    rf"|\b(?:wants?|wanting|would\s+like|plans?|planning|hopes?|hoping|keen)\s+to\s+come\s+off\b"
    # ... or in shorthand, a last clause opening on the bare verb: "pt on X needs Y - stop X first?".
    rf"|(?:^|\s[-\u2013\u2014:;]\s*)(?:{_STOP_VERBS}|hold)\s+[^?.;:]*\??\s*$"
    # ... or a case told first, then asked whether to leave off what it names, in the last clause (after a dash, colon
    # or comma), its verb after a modal and the asker ("..., nasal test normal - can I stop the work-up?", "... - can
    # we hold off antibiotics?"), or after "ok to" ("... - ok to skip the scan?"); leaving off a test or a treatment
    # not yet begun is said by skipping, omitting or forgoing it.
    rf"|(?:^|\s[-\u2013\u2014]\s*|[:;,]\s*)(?:(?:should|can|could|must|may)\s+(?:we|i|you|she|he|they)\s+"
    rf"(?:just\s+|now\s+|safely\s+)?|{FINE_TO}\s+to\s+(?:just\s+)?)(?:{_STOP_VERBS}|{_LEAVE_OFF_VERBS}|hold\s+off)\b"
    rf"[^?.;:]*\??\s*$", re.I)
# A verb of stopping or avoiding that is what the intervention helps people do ("Does behavioural support help people
# stop smoking?", "Can exercise help patients avoid surgery?"): the outcome asked, not what is asked against.
_HELPED = re.compile(rf"\b(?:help|helps|helped|helping|enable|enables|assist|assists)\s+(?:[\w\-]+\s+){{0,2}}?"
                     rf"(?:to\s+)?(?:avoid|{_STOP_VERBS})\b", re.I)
# ... or otherwise whether not to use it: its subject told to avoid (or cut out, give up) or stop it ("Should people
# taking warfarin avoid X?", "Should a patient on X cut out Y?"; not "Should patients who stop X ..."), or asked
# whether they need to ("Do people on warfarin need to avoid X?", "... have to stop X?": a "to" after a verb of need,
# no purpose), it asked contraindicated or harmful, or asked in the negative ("Should X not be used ...?"). A verb of
# stopping that opens a compound names a kind, not the act ("a stop-smoking medicine").
_ASKS_AGAINST = re.compile(
    rf"^(?:should|must|can|may|do|does)\s+(?:[\w\-]+\s+){{0,8}}?(?<!\bwho )(?<!\bthat )(?<!\bwhich )"
    rf"(?:(?<!\bto )|(?<=\bneed to )|(?<=\bhave to ))"
    rf"(?:avoid|cut\s+out|give\s+up|{_STOP_VERBS})\b(?!-)"
    r"|^(?:is|are)\s+(?:[\w\-]+\s+){1,8}?(?:harmful|dangerous|unsafe|teratogenic)\b"
    r"|^(?:should|must|can|may)\s+[^?]*?\bnot\s+be\b"
    r"|^(?:should|must|can|could|may)\s+[^?]*?\bbe\s+(?:safely\s+)?(?:managed|treated)\s+(?:safely\s+)?without\b",
    re.I)
# ... or whether it is contraindicated ("Is X contraindicated in Y?", "- is that a contraindication to X?", "Are there
# known contraindications to X?"), not negated, read in a part of a note that asks (``_asks_contraindicated``): "... and
# no contraindications - start X?" or "hormone therapy contraindicated - can I use X?" describe the case, they do not
# ask whether X is contraindicated (read so, a "no" to X above advice against it turned into "Yes."). A contraindication
# the patient has ("with known contraindications to X, ...") is the case too. Grammar.
_ASKS_CONTRAINDICATED = re.compile(r"(?<!\bno )(?<!\bnot )(?<!\bwithout )(?<!\bwith known )(?<!\bhas known )"
                                   r"(?<!\bhave known )\bcontraindicat\w*", re.I)
# The dashes set off by spaces a note's parts are divided by, and a part that asks by its words: it holds a question
# mark or opens with a verb or word of asking ("is X contraindicated - she has asthma?"). Grammar.
_NOTE_DASH = re.compile(r"\s[-\u2013\u2014]+\s+")
_OPENS_ASKING = re.compile(r"^\W*(?:is|are|was|were|any|what|which|can|could|should|may|might|must|do|does|did|would|"
                           r"will|has|have|how)\b", re.I)


def _asks_contraindicated(question: str) -> bool:
    """Whether a part of the question that asks (its last part after a dash set off by spaces, or any part that holds
    a question mark or opens with a word of asking, ``_OPENS_ASKING``) asks whether a thing is contraindicated
    (``_ASKS_CONTRAINDICATED``)."""
    parts = _NOTE_DASH.split(question)
    return any(_ASKS_CONTRAINDICATED.search(part) for n, part in enumerate(parts)
               if n == len(parts) - 1 or "?" in part or _OPENS_ASKING.match(part))
# ... or whether a state said before matters to it ("she's on warfarin, does that matter?", read as "Does that matter in
# a patient taking warfarin?"; "Is that a problem ...?", "any issues?"): it asks whether the state changes the advice,
# so a yes is that it does, and advice against using the thing in that state answers it yes. Read as whether the thing
# is fine in that state, it said "No." above "X should not be used in patients taking anticoagulants", which reads as
# "it does not matter". Grammar of asking whether something matters, no topic.
_ASKS_IF_IT_MATTERS = re.compile(
    r"(?:^|[,;:]\s*|\s[-\u2013\u2014]+\s*)(?:(?:and|but|so),?\s+)?"
    r"(?:(?:does|do|would|will|could|might|can)\s+(?:that|this|it)\s+(?:really\s+)?(?:matter|make\s+(?:a|any)\s+"
    r"difference|change\s+(?:anything|things|the\s+(?:advice|answer|plan|management|treatment)))\b"
    r"|(?:is|would|could|will)\s+(?:that|this|it)\s+(?:be\s+)?(?:an?\s+)?(?:problem|issue|concern|worry)\b"
    r"|any\s+(?:issues?|problems?|concerns?)\s*\??\s*$)", re.I)
# A question that asks whether what it names is safe ("Is X safe in pregnancy?", "Is it safe to take X with Y?",
# "Can X be safely given ...?"); not one that asks whether it is safer than another, nor whether to stop it.
_ASKS_IF_SAFE = re.compile(r"\bsafe(?:ly)?\b", re.I)
# The verbs of using or giving something. Advice that says "should not" or "must not" is advice against using
# what it names only with one of them after it ("should not be taken with ...", "must not be given", "should not
# combine"); "should not be relied on to make Y safe" or "should not exceed" advises against something else.
_USE_VERBS = (r"(?:tak(?:e|es|en|ing)|us(?:e|es|ed|ing)|giv(?:e|es|en|ing)|combin\w*|start\w*|initiat\w*|"
              r"prescrib\w*|offer\w*|administ\w*|co-?administ\w*|mix\w*|add\w*|continu\w*|receiv\w*|"
              r"recommend\w*|provid\w*|suppl\w*)")
# The people advice is addressed to, as its subject, and what defines them: "People taking warfarin should avoid
# ...", "Patients with kidney disease should not take ...".
_ADDRESSED = re.compile(rf"\b{PEOPLE_DEFINED_BY}(?P<who>[^,;:]+)$", re.I)
_ASKS_INTERACTION = re.compile(r"\b(?:interact|interfer)\w*", re.I)
_BARE_SHOULD_NOT = re.compile(r"^(?:should|must)\s+(?:\w+ly\s+)?not$", re.I)
_USE_AFTER = re.compile(rf"^\s+(?:\w+ly\s+)?(?:be\s+)?(?:\w+ly\s+)?{_USE_VERBS}\b", re.I)
# A preference between two things: what follows ("rather than from supplements", "instead of X") is advised
# against.
_PREFERRED_OVER = re.compile(r"\b(?:rather\s+than|instead\s+of|in\s+preference\s+to)\b", re.I)
_CLAUSES = re.compile(r";|,?\s+but\s+|,\s+(?:although|whereas|however)\s+|"
                      r"\s+and\s+(?=(?:do|does|did)\s+not\s+\w+\s+\w|(?:should|must)\s+not\s+(?!be\b)\w+\s+\w|"
                      r"(?:recommends?|suggests?|advises?)\s+against\s+(?!(?:it|them|this|these|its|their)\b)\w)",
                      re.I)
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
# A clause whose subject is a pronoun, or left out before a copula ("Ear pain, fever and irritability support the
# diagnosis but are not specific"): the sentence's own subject. Only a copula: a left-out subject before a verb with an
# object of its own ("... but did not reduce calcification") may say something of another thing.
PRONOUN_SUBJECT = re.compile(r"^\W*(?:it|they|this|these)\b", re.I)  # a clause opening on a pronoun for its subject
_PRONOUN_SUBJECT = re.compile(rf"{PRONOUN_SUBJECT.pattern}|"
                              r"^\W*(?:is|are|was|were|remains?|remained)\s+(?!\w+\s+than\b)\b", re.I)


def speaks_of_stopping(text: str, avoiding: bool = False) -> bool:
    """Whether a statement speaks of stopping something ("Stopping X increased ...", "X should not be
    discontinued"), or, with ``avoiding``, of avoiding it too."""
    return bool(_SPEAKS_OF_STOPPING.search(text) or (avoiding and AVOIDING.search(text)))


def advises_going_on(text: str) -> bool:
    """Whether a statement advises going on with a course of care or of tests (``CONTINUE_ADVICE``,
    ``_GOING_ON_ADVICE``: "Those whose story is typical should undergo further testing, even if the first test is
    normal") and advises against nothing (``against_use``): to a question asking whether to stop or skip it, "no"."""
    return bool(CONTINUE_ADVICE.search(text) or _GOING_ON_ADVICE.search(text)) and not against_use(text)


# A sentence letting those already on a treatment go on with it ("Patients now taking drugx may keep to it until they
# and their doctor agree to stop", "Those already taking drugx can continue"): a word of present use and a modal of
# leave or advice before a verb of going on, in one sentence (the modal right before the verb, so "should not continue"
# is none). The verb must take the treatment, not a passive of care given ("should continue to be monitored" lets
# nobody go on with anything). Grammar, no topic.
ALREADY_WORDS = r"currently|already|existing"  # (``pipeline`` reads those already using a thing by them too)
_ALREADY_ON = re.compile(rf"\b(?:{ALREADY_WORDS})\b", re.I)
_MAY_GO_ON = re.compile(r"\b(?:should|may|can|could|must)\s+(?:still\s+)?(?:be\s+(?:able|allowed)\s+to\s+)?"
                        r"(?:continue|carry\s+on|remain\s+on|stay\s+on)\b(?!\s+to\s+be\b)|"
                        r"\b(?:should|may|can|could)\s+(?:still\s+)?be\s+continued\b", re.I)
# Where leave to go on is read: a sentence, or a part of one after a semicolon ("Do not offer X; those already on Y may
# continue it" holds two pieces of advice). Unlike ``kinds_said``'s sentence split, a semicolon ends a piece here.
_PIECE_END = re.compile(r"(?<=[.;!?])\s+")
# A question asking whether to go on with what the patient takes ("can she carry on?", "ok to keep taking it?"):
# asked of those already on it, as a question whether to stop it is. Grammar: verbs of going on.
_ASKS_GOING_ON = re.compile(r"\b(?:continue|continuing|keep\s+(?:on|taking|using|going)|carry(?:ing)?\s+on|"
                            r"stay(?:ing)?\s+on|remain(?:ing)?\s+on)\b", re.I)
# A question that also asks about starting something ("Should I start X and continue Y?"): not asked only of one
# already on the thing, so leave to go on does not answer it. Grammar: verbs of starting, not in the past ("she started
# it in May - can she carry on?" tells how long she has been on it).
_ASKS_STARTING = re.compile(r"\b(?:start(?:ing)?|begin(?:ning)?|initiat(?:e|ing)|commenc(?:e|ing)|introduc(?:e|ing))\b",
                            re.I)


def lets_users_go_on(text: str, thing: frozenset[str]) -> bool:
    """Whether a sentence of ``text`` (or a part after a semicolon) lets those already on ``thing`` (its terms) go on
    with it: ``_ALREADY_ON`` and ``_MAY_GO_ON`` in one piece that names the thing. "X is not recommended. People now
    taking X may keep on with it ..." advises against starting X and for going on with it, so a question whether one
    already on it must stop is answered by the second sentence ("no"), not by the first. A piece naming another thing
    ("those already on Y may continue it") gives no leave for X, and with no thing known none is read."""
    return bool(thing) and any(_ALREADY_ON.search(s) and _MAY_GO_ON.search(s) and thing & frozenset(tokenize(s))
                               for s in _PIECE_END.split(text))


def asks_about_going_on(question: str) -> bool:
    """Whether a question asks whether one already on a thing should stop it (``asks_to_stop``) or go on with it
    (``_ASKS_GOING_ON``: "can she carry on?", "fine to continue?"), and asks of no start (``_ASKS_STARTING``: "start X
    and continue Y?" is asked of one not yet on X)."""
    return (asks_to_stop(question) or bool(_ASKS_GOING_ON.search(question))) \
        and not _ASKS_STARTING.search(question)


def opens_on_stopping(text: str) -> bool:
    """Whether a statement's subject is stopping something: a word of stopping heads it, after one word at most
    ("Stopping a regular X can raise ...", "Abrupt discontinuation of X ...", ``_STOPPING_HEAD``). What it says
    then is said of the stopping, not of what is stopped."""
    return bool(_STOPPING_HEAD.match(text))


def on_starting_asked_stopping(question: str, advice: str) -> bool:
    """Whether a question asks whether to stop what it names ("Should a patient on warfarin stop vitamin K2?":
    against its use, ``asks_against``, in a verb of stopping, not of avoiding) and the advice speaks of starting it
    (``_SPEAKS_OF_STARTING``: "Patients taking warfarin should not start vitamin K2 supplements without first
    consulting ...") and not of stopping: that advice is for people not yet taking it, so its way gives no yes or
    no on whether those who take it should stop ("uncertain": ``guideline.verdict_of``, ``verdict.against_advice``)."""
    return (speaks_of_stopping(question) and asks_against(question) and bool(_SPEAKS_OF_STARTING.search(advice))
            and not speaks_of_stopping(advice))


def stopping_as_occasion(question: str, advice: str) -> bool:
    """Whether a question asks whether to stop what it names (``asks_to_stop``) and the advice speaks of stopping
    only in a condition (``CONDITION``): "If a patient taking warfarin starts or stops a vitamin K supplement, the
    INR should be checked more often" says what to do when something is stopped, and gives no yes or no on whether
    to stop it or anything else ("uncertain": ``guideline.verdict_of``)."""
    return (asks_to_stop(question) and speaks_of_stopping(advice)
            and not speaks_of_stopping(CONDITION.sub("", advice)))


@lru_cache(maxsize=4096)
def asks_to_stop(question: str) -> bool:
    """Whether a question asks whether to stop (or avoid) what it names, by its verb ("be discontinued /
    withdrawn / stopped / avoided", "Should we stop ...", "is it safe to stop ..."). The verdict model's reading
    of research statements is of the intervention itself and is reversed for these (``verdict.on_stopping``).
    Remembered per question: the lead, the verdict and the advice's stance each ask (a search of some ten
    thousand instructions, the pattern having no literal to scan for). Advice a clinician is asked to give people
    is read as asked of them (``told``)."""
    return bool(_ASKS_TO_STOP.search(told(question)))


# A question that asks whether to go on with what it names ("Should X be continued in Y?", "Can I keep taking X?"):
# the other side of whether to stop it, which advice on stopping answers.
_ASKS_TO_CONTINUE = re.compile(r"\bbe\s+(?:\w+ly\s+)?(?:continued|maintained)\b|"
                               r"^(?:should|can|must|may)\s+(?:we\s+|i\s+|patients\s+|you\s+)?(?:continue|keep)\b(?!\s+to\b)",
                               re.I)


@lru_cache(maxsize=QUESTIONS_KEPT)
def asks_about_stopping(question: str) -> bool:
    """Whether a question asks whether to stop what it names (``asks_to_stop``) or whether to go on with it
    (``_ASKS_TO_CONTINUE``): either way a statement that speaks of stopping it answers it. Remembered per question
    (asked of it twice or more an answer)."""
    return asks_to_stop(question) or bool(_ASKS_TO_CONTINUE.search(told(question)))


@lru_cache(maxsize=4096)
def asks_against(question: str) -> bool:
    """Whether a "yes" to the question means "do not use what it names": it asks whether to stop or avoid it
    (``asks_to_stop``, or its subject is asked to: "Should people taking warfarin avoid X?"), whether it is
    contraindicated, whether it is harmful, or asks in the negative ("Should X not be given ...?"); not one that
    asks whether X helps people stop or avoid something (``_HELPED``: that is its outcome), nor one whose case says
    there is no contraindication or that another thing is contraindicated (``_asks_contraindicated``). Advice on
    what it names answers such a question the other way round. Remembered per question, as ``asks_to_stop``."""
    return (asks_to_stop(question) or bool(_ASKS_AGAINST.search(_HELPED.sub("helps", told(question))))
            or _asks_contraindicated(question) or asks_if_it_matters(question))


def told(question: str) -> str:
    """A question of what a clinician should tell people to do as the advice asked of them ("Should patients on
    warfarin avoid eating spinach" of "Should I tell patients on warfarin to avoid eating spinach?",
    ``question.as_told``), whose "to avoid" is then the advice asked, not a purpose; any other question as it is."""
    return as_told(" ".join(question.split()).rstrip("?.! "))


def asks_if_it_matters(question: str) -> bool:
    """Whether a question asks whether a state said matters to what it names (``_ASKS_IF_IT_MATTERS``: "Does that
    matter in a patient taking Y?", "Is that a problem ...?", "... - any issues?"): a no is that it does not."""
    return bool(_ASKS_IF_IT_MATTERS.search(question))


def asks_if_safe(question: str) -> bool:
    """Whether a question asks whether what it names is safe ("Is topiramate safe in pregnancy?", "Is it safe to
    take X and Y together?") or tolerated ("Is varenicline well tolerated?", ``question.asks_tolerated``): a yes is
    "it is safe", a no "it is not". Not a question that asks whether to stop or avoid it, or whether it is harmful
    (``asks_against``), which a yes answers the other way."""
    return (bool(_ASKS_IF_SAFE.search(question)) or asks_tolerated(question)) and not asks_against(question)


def asks_interaction(question: str) -> bool:
    """Whether a question asks whether two things interact ("Does X interact with Y?", "Can X interfere with
    Y?"): a yes is that they do."""
    return bool(_ASKS_INTERACTION.search(question))


def against_use(text: str, topic_terms: frozenset[str] = frozenset()) -> bool:
    """Whether a sentence advises against using what it names (``AGAINST``: "is not recommended", "must be
    avoided", "is contraindicated", "should not be taken with ..."), a bare "should not" or "must not" counting
    only where a verb of using or giving follows it: "Vitamin K2 should not be relied on to make high-dose
    vitamin D safe" advises against relying on it for a purpose, not against taking it. Advice addressed to
    people defined by something the ``topic_terms`` (the question's) do not name ("People taking warfarin should
    avoid combined vitamin D and vitamin K2 products", asked about vitamin D with vitamin K2) is advice for them,
    not against the use asked about. A neutral recommendation is no advice against."""
    if NEUTRAL.search(text):
        return False
    if topic_terms and _no_need_to_avoid_asked(text, topic_terms):
        return False
    if none_to_be_used(text, topic_terms):
        return True  # "recommends that no X be used"
    for found in AGAINST.finditer(text):
        if _BARE_SHOULD_NOT.match(found.group()) and not _USE_AFTER.match(text[found.end():]):
            continue
        addressed = _ADDRESSED.search(text[:found.start()]) if topic_terms else None
        if addressed is not None and not frozenset(tokenize(addressed.group("who"))) & topic_terms:
            continue
        return True
    return False


def _no_need_to_avoid_asked(text: str, topic_terms: frozenset[str]) -> bool:
    """Whether a sentence says there is no need to avoid (restrict, stop) what the question names (``topic_terms``,
    named in the words after the negated need, up to a comma or "but"): "Patients taking warfarin do not need to
    avoid green vegetables, but they should avoid large sudden changes in the amount they eat" advises for green
    vegetables; what it says to avoid after is another thing."""
    for found in _NO_NEED_TO_AVOID.finditer(text):
        said = re.split(r"[,;]|\bbut\b", text[found.end():], maxsplit=1)[0]
        if frozenset(tokenize(said)) & topic_terms:
            return True
    return False


# Advice restricted to when what it names is needed ("Amoxicillin is the recommended first-line antibiotic for acute
# otitis media when an antibiotic is needed", "if treatment is required"): a clause of need after "when", "if" or
# "where". Grammar, no topic.
_WHEN_NEEDED = re.compile(r"\b(?:when|whenever|if|where)\s+(?:[\w\-]+\s+){0,4}?(?:is|are|be)\s+(?:\w+ly\s+)?"
                          r"(?:needed|required|necessary|indicated|warranted)\b", re.I)
# A question of whether something is possible ("Can X be avoided ...?", "Is it possible to stop X?"), not whether it
# ought to be done ("Should X be avoided ...?").
_ASKS_POSSIBLE = re.compile(r"^\W*(?:can|could|may)\b|\bpossible\s+to\b", re.I)


def as_asked(question: str, verdict: Verdict | None, advice: str | None = None) -> Verdict | None:
    """A verdict on what the question names, turned into the answer to the question as asked: a yes becomes a
    no (and the reverse) when the question asks whether not to use it (``asks_against``). A yes read from
    ``advice`` for what it names only when it is needed (``_WHEN_NEEDED``: "Amoxicillin is the recommended
    first-line antibiotic ... when an antibiotic is needed") says which to use, not that it cannot be done without
    (its "when needed" says it is not always needed): asked whether it can be avoided or stopped (``_ASKS_POSSIBLE``),
    it is "uncertain". Asked whether it should be ("Should amoxicillin be avoided in otitis media?"), that advice
    is the "no" it states. Asked whether it is needed (``asks_need``), advice for it in some cases only
    (``for_some_cases``: "Amoxicillin-clavulanate is recommended if the child has received amoxicillin in the
    previous 30 days ...") says when it is, not that it is: "uncertain"; so is a "yes" to whether to use it without
    something (or alone) from advice for it together with that (``with_what_asked_without``: "clinicians should step
    up to low-dose inhaled corticosteroid combined with a long-acting beta-agonist" for "Should long-acting
    beta-agonists be used without an inhaled corticosteroid?"). A "yes" to whether it must be done, from advice that
    leaves it to choice ("either prescribe ... or offer observation", ``need.left_to_choice``), is a
    "no"."""
    if verdict == "yes" and advice is not None and left_to_choice(question, advice):
        return "no"
    if verdict == "yes" and advice is not None and (asks_need(question) and for_some_cases(advice)
                                                    or asks_at_once(question) and (for_some_cases(advice)
                                                                                   or needed_only(advice))
                                                    or with_what_asked_without(question, advice)):
        return "uncertain"
    if verdict not in ("yes", "no") or not asks_against(question):
        return verdict
    if verdict == "yes" and advice is not None and _ASKS_POSSIBLE.search(question) and needed_only(advice):
        return "uncertain"
    return "no" if verdict == "yes" else "yes"


def asks_possible(question: str) -> bool:
    """Whether a question asks whether something can be done (``_ASKS_POSSIBLE``: "Can X be managed without Y?"),
    not whether it ought to be."""
    return bool(_ASKS_POSSIBLE.search(question))


# A question of whether something is needed ("Is X needed for Y?", "Are X necessary ...?", "Does Y require X?", "Do
# children with Y need X?"): grammar, no topic. Not "when needed", which restricts. (Its words of need: ``need.
# NEED_WORDS``.)
# (Not a need said in a clause of time or condition on something else: "Is X an option ..., before Y is needed?" asks
# whether X is an option, the need Y's. Grammar: the words up to the need cross no such conjunction.)
_NOT_IN_CLAUSE = r"(?:(?!\b(?:before|after|until|till|when|whenever|once|if|unless)\b)[^?])*"
_ASKS_NEED = re.compile(rf"^(?:is|are)\b{_NOT_IN_CLAUSE}\b{NEED_WORDS}\b|"
                        rf"^(?:do|does)\b{_NOT_IN_CLAUSE}\b(?:need|require)\b", re.I)
# Advice for what it names in some cases only: a recommendation or use restricted by a clause of condition, time or
# people after its verb ("is recommended if the child has received ...", "is used when oral iron is not tolerated",
# "is reserved for ...", "should be offered to those who ..."). Grammar, no topic.
_FOR_SOME = re.compile(r"\b(?:recommended|indicated|advised|suggested|preferred|used|given|offered|considered|"
                       r"prescribed|an\s+option)\b[^.;]*?\b(?:if|unless|when|whenever|where|who|whose|only)\b|"
                       r"\breserved\s+for\b", re.I)


# What a question asks to do without ("... be used without an inhaled corticosteroid ...?") or alone ("... be used
# alone ...?", "on its own", "by itself"), and advice that joins two things ("combined with", "together with", "plus",
# "in combination with", "added to", "followed by": one then the other). Grammar, no topic.
_ASKED_WITHOUT = re.compile(r"\bwithout\s+(?P<what>[^?,;]+)", re.I)
_ASKED_ALONE = re.compile(r"\b(?:alone|on\s+(?:its|their)\s+own|by\s+(?:itself|themselves)|monotherapy)\b", re.I)
_JOINED = re.compile(r"\b(?:combined\s+with|together\s+with|in\s+combination\s+with|plus|added\s+to|alongside|"
                     r"followed\s+by)\b", re.I)
# A question whether a thing suffices ("Is X enough for Y?", "sufficient", "adequate") asks of it taken alone too:
# advice for it joined to another says it does not suffice by itself. Grammar, no topic.
_ASKS_SUFFICES = re.compile(r"\b(?:enough|sufficient|adequate)\b", re.I)
# What a question compares the asked thing with, after "than" or "versus" ("... better than one alone?"): a thing
# named alone there is the comparator, not the asked thing. Grammar, no topic.
_COMPARED_WITH = re.compile(r"\b(?:than|versus|vs)\b|\bcompared\s+(?:with|to)\b", re.I)
_ARTICLES = frozenset(tokenize("a an the any"))


@lru_cache(maxsize=20_000)
def with_what_asked_without(question: str, advice: str) -> bool:
    """Whether advice is for what a question asks to use without something, together with that thing: the question
    asks it without Y (``_ASKED_WITHOUT``) and the advice joins Y's terms to something (``_JOINED``, outside any
    "without"), or the question asks it alone (``_ASKED_ALONE``) or whether it suffices (``_ASKS_SUFFICES``: "Is a
    macrolide enough for severe pneumonia?"; not of what it is compared with, ``_COMPARED_WITH``: "Is combining X with
    Y better than one alone?") and the advice joins it to another ("step up to
    low-dose inhaled corticosteroid combined with a long-acting beta-agonist"). Such advice says how to use it, not
    that it may be used without: no "yes"."""
    if _stance(advice) is not None or WITHOUT_PART.search(advice) and not _JOINED.search(WITHOUT_PART.sub(" ", advice)):
        return False
    joined = _JOINED.search(WITHOUT_PART.sub(" ", advice))
    if joined is None:
        return False
    asked = _ASKED_WITHOUT.search(question)
    if asked is not None:
        missing = frozenset(tokenize(asked.group("what"))) - _ARTICLES
        return bool(missing) and missing <= frozenset(tokenize(WITHOUT_PART.sub(" ", advice)))
    asked_of = _COMPARED_WITH.split(question, maxsplit=1)[0]
    return bool(_ASKED_ALONE.search(asked_of) or _ASKS_SUFFICES.search(asked_of)) and not _ASKED_ALONE.search(advice)


def as_alone(text: str) -> str:
    """``text`` with each way of saying a thing is taken alone said "alone" ("on its own", "by itself", "monotherapy"):
    what a question and a statement share when one says it one way and the other another."""
    return _ASKED_ALONE.sub("alone", text)


def asks_without(phrase: str) -> bool:
    """Whether a phrase asks for a thing without another or alone (``_ASKED_WITHOUT``, ``_ASKED_ALONE``: "LABA
    without ICS", "metformin alone")."""
    return bool(_ASKED_WITHOUT.search(phrase) or _ASKED_ALONE.search(phrase))


# A question whether to do something at once or as a rule ("... get antibiotics straight away?", "... routinely?"):
# advice for it in some cases only, or when it is needed, does not say to. Grammar, no topic.
_ASKS_AT_ONCE = re.compile(r"\b(?:straight\s*away|immediately|immediate|right\s+away|at\s+once|routinely|routine|"
                           r"always)\b", re.I)


def asks_at_once(question: str) -> bool:
    """Whether a question asks whether to do something at once or as a rule (``_ASKS_AT_ONCE``: "Should a child with
    acute otitis media get antibiotics straight away?")."""
    return bool(_ASKS_AT_ONCE.search(question))


# A question on whether something is used, given or approved ("Is menatetrenone used for osteoporosis in Japan?", "Is
# amitriptyline used to prevent migraine?"): a statement of its use or approval answers it, whatever trials found of
# its effect. A copula question and verbs of use, no topic.
_USE_ASKED = re.compile(r"^\s*(?:is|are)\b.*\b(?:used|given|prescribed|approved|licensed)\b", re.I)


# A question that asks whether a source advises what it names ("Is X recommended to reduce Y?", "Are X advised for
# Y?"), as against whether it works: grammar of the passive of advising.
_ADVICE_ASKED = re.compile(r"^\s*(?:is|are)\b[^?]*\b(?:recommended|advised|advocated)\b", re.I)


def asks_advice(question: str) -> bool:
    """Whether a question asks whether what it names is recommended or advised (``_ADVICE_ASKED``), which only
    advice answers yes (``verdict.on_advice_asked``)."""
    return bool(_ADVICE_ASKED.search(question))


def asks_use(question: str) -> bool:
    """Whether a question asks as a fact whether what it names is used, given or approved (``_USE_ASKED``: "Is X
    used for Y?"), not whether it should be ("Should X be used for Y?", "Is X recommended for Y?" ask for advice,
    which trials' results bear on: review 45 found "Is menaquinone-7 recommended to reduce arterial stiffness?"
    answered "Yes." from a trial alone when advice counted as use)."""
    return bool(_USE_ASKED.search(question))


@lru_cache(maxsize=QUESTIONS_KEPT)
def asks_need(question: str) -> bool:
    """Whether a question asks whether what it names is needed (``_ASKS_NEED``: "Is amoxicillin-clavulanate needed
    for acute otitis media?"). Remembered per question (asked of it twice or more an answer)."""
    return bool(_ASKS_NEED.search(question.strip())) and not _WHEN_NEEDED.search(question)


# A question of whether a test is needed to tell a condition ("Are radiographs needed to confirm knee osteoarthritis?",
# "Is imaging required to diagnose X?"): grammar, no topic.
_ASKS_NEED_TO_TELL = re.compile(rf"^(?:is|are)\b[^?]*\b{NEED_WORDS}\s+(?:to|in\s+order\s+to)\s+{TELLING}\b", re.I)


def asks_need_to_tell(question: str) -> bool:
    """Whether a question asks whether a test is needed to tell a condition (``_ASKS_NEED_TO_TELL``): a statement of
    the test's use for a treatment ("Ultrasound is used to guide needle lavage") does not answer it; one that speaks of
    the need or of telling the condition does ("Radiographs are not needed to confirm typical knee osteoarthritis")."""
    return bool(_ASKS_NEED_TO_TELL.search(question.strip()))


def for_some_cases(advice: str) -> bool:
    """Whether advice is for what it names in some cases only (``_FOR_SOME``: a clause of condition, time or people
    after the verb of its advice, "reserved for"), advising nothing against it (``_stance``)."""
    return bool(_FOR_SOME.search(advice)) and _stance(advice) is None


def needed_only(advice: str) -> bool:
    """Whether advice is for what it names only when it is needed (``_WHEN_NEEDED``), advising nothing against it."""
    return bool(_WHEN_NEEDED.search(advice)) and _stance(advice) is None


def says_against(text: str) -> bool:
    """Whether a sentence advises against something it names (``AGAINST``), a neutral recommendation ("unable
    to recommend for or against") aside."""
    return bool(AGAINST.search(text)) and not NEUTRAL.search(text)


# A footnote's letter set right after a participle of advice with no space ("Ivacaftor is not recommendeda.", a table's
# note mark flattened into its cell): the participle as written, so that its negation and way are read. Only verbs of
# advising or judging, a closed class of English participles, and one letter a to f.
_NOTE_GLUED = re.compile(r"\b((?:recommend|suggest|advis|indicat|preferr|consider|contraindicat|requir|warrant|"
                         r"endors|need|us)ed)[a-f]\b", re.I)


def without_glued_notes(text: str) -> str:
    """``text`` with a footnote's letter glued to a participle of advice dropped (``_NOTE_GLUED``)."""
    return _NOTE_GLUED.sub(r"\1", text)


@lru_cache(maxsize=20_000)
def stance(text: str, topic_terms: frozenset[str] = frozenset(), stopping_asked: bool = False) -> Stance | None:
    """Which way advice points on what it names: "against" for advice against it ("should not be used",
    "avoid", "is contraindicated") or to stop it ("should be discontinued"), "for" for advice against stopping it
    ("should not be stopped", "Do not withhold X": advice to continue), to continue it ("X should be
    continued") or that there is no need to avoid or stop it ("do not need to avoid X", "X need not be
    stopped": a negated need, ``_NO_NEED_TO_AVOID``), None when it advises neither way by
    these words (a recommendation for, or no advice at all; a neutral recommendation is None too).

    Of a sentence in clauses ("X is an effective alternative, but it must be avoided in pregnancy"; "People do
    not need to avoid X, but they should avoid large changes"), the clause that names most of ``topic_terms``
    (the question's intervention and condition; a clause whose subject is a pronoun names the intervention)
    is read, so that a caveat on something else does not turn the advice.

    When the question asks whether to stop what it names (``stopping_asked``: ``asks_to_stop``), advice that
    speaks of stopping and does not advise against it is advice to stop ("Clinicians should advise patients to
    stop smoking before surgery" answers "Should patients stop smoking before surgery?" yes): it is about the
    stopping asked, whatever its grammar, unless it speaks of stopping only in a condition (``CONDITION``: "If a
    patient ... starts or stops a vitamin K supplement, the INR should be checked more often" advises checking).

    Advice that prefers something else over the topic ("obtain calcium mainly from food ... rather than from
    supplements" on calcium supplements) is against it: a topic term after "rather than" / "instead of" that
    the words before it lack names what is passed over ("oral iron rather than intravenous iron" is against
    intravenous iron, not oral iron). Only advice passes something over: a finding's "rather than" ("family
    involvement was an important outcome rather than completion of X documents") advises nothing. So is advice for
    doing something else without it (``_done_without``: "Watchful waiting without immediate antibiotics is an
    appropriate option ..." on antibiotics), where its words advise neither way."""
    clause = _clause_on(without_glued_notes(text), topic_terms)
    if none_to_be_used(clause, topic_terms) and not NEUTRAL.search(clause):
        return "against"
    if _passed_over(clause, topic_terms) and (RECOMMENDATION.search(clause) or GUIDELINE_ADVICE.search(clause)
                                              or IMPERATIVE.match(clause)):
        return "against"
    pointing = _stance(clause, stopping_asked)
    if pointing == "against" and denies_only_waiting(clause):
        return "for"  # "Initiation of X should not await testing": do X now (``grammar_turns``), as "Do not withhold X"
    if pointing is None and _done_without(clause, topic_terms) and (RECOMMENDATION.search(clause)
                                                                   or GUIDELINE_ADVICE.search(clause)):
        return "against"
    return pointing


def none_to_be_used(text: str, topic_terms: frozenset[str] = frozenset()) -> bool:
    """Whether a sentence advises that none of what it names be used (``_NONE_TO_BE_USED``: "The panel recommends
    that no gizmoflush be used during the procedure", "None of these sprockets should be given"): advice against
    it, though no word of advice against stands in it. With ``topic_terms``, only where the phrase its "no" heads
    names one of them: a "no" on another thing says nothing against the asked one."""
    for found in _NONE_TO_BE_USED.finditer(text):
        if not topic_terms or frozenset(tokenize(found.group("what"))) & topic_terms:
            return True
    return False


# What advice says to do without: "without" and up to three words ("Watchful waiting without immediate antibiotics is
# an appropriate option ...").
WITHOUT_PART = re.compile(r"\bwithout\s+(?P<what>(?:[\w\-]+\s+){0,2}[\w\-]+)", re.I)


# A noun for people just before a "without", the people whom advice is for ("For women without a history of X, ...
# recommends Y", "In adults without X, ...", "Adults without X should ..."): the "without" sets them apart, it names
# nothing the advice is done without. Only people the advice is for (after "for", "in" or "among" and up to two words,
# or opening the sentence): "manage children without antibiotics" and "observation of children
# without immediate antibiotics" do without it. Grammar, no topic.
_PEOPLE_BEFORE = re.compile(rf"(?:^\W*(?:(?:all|most|many|some|other)\s+)?|\b(?:for|in|among)\s+(?:[\w\-]+\s+){{0,2}}?)"
                            rf"{PERSON_NOUNS}\s*$", re.I)


def _done_without(clause: str, topic_terms: frozenset[str]) -> bool:
    """Whether advice is for doing something else without what the topic names: its terms only in a "without" phrase
    (``WITHOUT_PART``) and none before it ("Watchful waiting without immediate antibiotics is an appropriate option for
    many children with non-severe illness" is advice against antibiotics for them). "X without Y is recommended"
    names X before its "without": advice for X. Nor is "For women without a history of X, ... recommends Y" advice
    against X: its "without" follows a noun for people (``_PEOPLE_BEFORE``) and says whom the advice is for."""
    found = WITHOUT_PART.search(clause)
    if found is None or not topic_terms or _PEOPLE_BEFORE.search(clause[:found.start()]):
        return False
    inside = frozenset(tokenize(found.group("what"))) & topic_terms
    before, after = frozenset(tokenize(clause[:found.start()])), frozenset(tokenize(clause[found.end():]))
    return bool(inside) and not before & topic_terms and not after & inside


def preferred_part(text: str) -> str:
    """The words of a sentence or question before what it passes over ("Should X be prescribed instead of Y
    ...?" -> "Should X be prescribed"): what it prefers. The whole text when it passes nothing over."""
    found = _PREFERRED_OVER.search(text)
    return text if found is None else text[:found.start()]


def passed_over_terms(text: str) -> frozenset[str]:
    """The terms of what a sentence or question passes over (the phrase after its marker of preference,
    ``_preference_marker``, to where that phrase ends) that its words before the marker lack: "non" of "Is an
    integrated care model recommended over non-integrated care?". None where it passes nothing over."""
    found = _preference_marker(text)
    if found is None:
        return frozenset()
    passed = _PASSED_PHRASE_END.split(text[found[1]:].lstrip(), maxsplit=1)[0]
    return frozenset(tokenize(passed)) - frozenset(tokenize(text[:found[0]]))


def _passed_over(text: str, topic_terms: frozenset[str]) -> bool:
    """Whether advice prefers something else over the topic (see ``stance``); not where what it passes over is
    avoiding or stopping the topic ("keep their dietary vitamin K intake consistent ... rather than avoiding vitamin
    K-rich foods": against the avoiding, not the foods). What is passed over is the phrase right after the marker
    (``_passed_phrase``), so the people and condition named after it ("use X rather than Y for adults with Z") are
    not passed over: read so, the advice was against X itself when asked of X for Z."""
    found = _preference_marker(text)
    if found is None or not topic_terms:
        return False
    passed = text[found[1]:].lstrip()
    if AVOIDING.match(passed) or _SPEAKS_OF_STOPPING.match(passed):
        return False
    before = frozenset(tokenize(text[:found[0]]))
    return bool((frozenset(tokenize(_PASSED_PHRASE_END.split(passed, maxsplit=1)[0])) - before) & topic_terms)


# An adviser's preference worded with "over" ("We recommend X over Y for Z", "suggests using X over Y"): a verb of
# advising or preferring, then up to twelve words, then "over" where it is no quantity, age or span ("adults over
# 65", "over the age of 2", "over 6 weeks", "over time", "over the counter"). Grammar, no topic.
_ADVISED_OVER = re.compile(
    r"\b(?:recommends?|recommended|suggests?|suggested|prefers?|preferred|favou?rs?|favou?red)\b"
    r"(?:\s+[\w\-]+){0,12}?\s+(?P<over>over)\s+(?!\d|(?:the|a|an)\s+(?:age|course|period|past|next|first|last|"
    r"following|counter|years?|months?|weeks?|days?|hours?)\b|time\b|years?\b|months?\b|weeks?\b|days?\b)", re.I)
# Where the phrase passed over ends: a preposition or conjunction that opens whom, where, when or why the advice is
# for ("... rather than Y for adults with Z", "... over Y in pregnancy"), or a clause's punctuation. Grammar words.
_PASSED_PHRASE_END = re.compile(r"[,;:.()]|\s(?:for|in|among|with|to|when|where|if|unless|because|as|during|after|"
                                r"before|until|who|which|that|and\s+(?:should|is|are|can|may))\s", re.I)


def _preference_marker(text: str) -> tuple[int, int] | None:
    """Where a sentence's marker of preference stands (its start and end): "rather than", "instead of", "in
    preference to" (``_PREFERRED_OVER``), or an adviser's "over" (``_ADVISED_OVER``); None without one."""
    found = _PREFERRED_OVER.search(text)
    if found is not None:
        return found.start(), found.end()
    over = _ADVISED_OVER.search(text)
    return None if over is None else (over.start("over"), over.end("over"))


# A clause of exception, from "unless" to its end ("Start X in all patients with Y unless it is contraindicated"): it
# says when the advice does not hold, so a word of advice against inside it ("contraindicated") is not the advice's
# way. Grammar.
_UNLESS = re.compile(r"\bunless\b[^,;.:!?]*", re.I)


@lru_cache(maxsize=20_000)
def _stance(text: str, stopping_asked: bool = False) -> Stance | None:
    if NEUTRAL.search(text):
        return None
    text = _UNLESS.sub(" ", text)
    if _NO_NEED_TO_AVOID.search(text):
        return "for"
    for found in AGAINST.finditer(text):
        # (the subject may follow a phrase put first: "In those who reach the target, halting X is not recommended")
        head = text[:found.start()]
        if (_NOT_STOPPING.match(text[found.end():]) or _STOPPING_HEAD.match(head)
                or _STOPPING_HEAD.match(head.rpartition(",")[2])):
            return "for"
    if AGAINST.search(text) or STOP_ADVICE.search(text) or (stopping_asked
                                                            and speaks_of_stopping(CONDITION.sub("", text))):
        return "against"
    return "for" if CONTINUE_ADVICE.search(text) else None


def _clause_on(text: str, topic_terms: frozenset[str]) -> str:
    """The clause of a sentence that names most of the topic's terms (the whole sentence when it has one
    clause or no terms are given)."""
    parts = clauses(text)
    if len(parts) < 2 or not topic_terms:
        return text
    best, best_score = text, 0
    for clause in parts:
        score = topic_score(clause, topic_terms)
        if score > best_score:
            best, best_score = clause, score
    return best


def clauses(text: str) -> list[str]:
    """A sentence's clauses, cut where a new one starts: at a semicolon, before "but", after a comma before
    "although", "whereas" or "however" ("X improved stiffness, but that trial did not measure calcification"
    is two), and before a second, negated predicate with an object of its own ("Guidelines recommend X as standard
    treatment and do not recommend Y ...", "The panel suggests X over Z and recommends against Y because ..."; not a
    passive one, "X lowers Y and should not be used in ...", whose subject is the first clause's, nor one whose object
    is a pronoun, "... found X unhelpful and advises against it", which says it of the first clause's thing). Commas
    alone do not
    cut: "In women with lower stiffness, the difference was not significant" is one clause, its opening phrase naming
    what the rest says of. Nor does a semicolon inside brackets ("ustekinumab (UST; STELARA)"), which separates names,
    not clauses."""
    return list(_clauses(text))


@lru_cache(maxsize=20_000)
def _clauses(text: str) -> tuple[str, ...]:
    """``clauses``, remembered per text: a statement's clauses are read several times an answer (by the verdict's
    readings of its topic and its direction), and the same statements come back for related questions."""
    if "(" in text or "[" in text:
        text = _BRACKETED.sub(lambda m: m.group().replace(";", ","), text)
    return tuple(c for c in _CLAUSES.split(text) if c and c.strip())


# "Other" or "another" as the determiner of what a clause speaks of ("..., but should avoid other oral agents"), not
# "each other", "the other hand", "other than", "in other words". Grammar words only.
_ON_OTHERS = re.compile(r"(?<!\beach\s)(?<!\bthe\s)\b(?:other|another)\s+(?!than\b|hand\b|words\b)[\w\-]", re.I)


def on_others(clause: str) -> bool:
    """Whether a clause speaks of other things than those named before it ("Women ... can continue to take X, but
    should avoid other oral agents": the second clause's "avoid" is on the other agents, not on X)."""
    return bool(_ON_OTHERS.search(clause))


# No need said of putting a course off ("it is not usually necessary to delay X", "X need not be postponed"): a
# denial of the delay, which says to go ahead with X. Grammar of need and of timing, no topic.
_NO_NEED_TO_DELAY = re.compile(r"\b(?:(?:is|are)\s+not\s+(?:\w+ly\s+)?(?:necessary|needed|required)\s+to|"
                               r"(?:need|needs)\s+not|(?:do|does)\s+not\s+need\s+to)\s+(?:be\s+)?"
                               r"(?P<v>delay\w*|postpon\w*|defer\w*|wait\w*)\b[^,;.]*", re.I)


def without_delay_denied(text: str, topic_terms: frozenset[str]) -> str:
    """``text`` less a denial that putting a course off is needed (``_NO_NEED_TO_DELAY``: "In the absence of active
    hepatitis, it is not usually necessary to delay X"), unless the question asks of that delay (its verb among
    ``topic_terms``): the "not" denies the delay, and says nothing against a test the question asks about."""
    def keep(found: re.Match[str]) -> str:
        return found.group() if frozenset(tokenize(found.group("v"))) & topic_terms else " "
    return _NO_NEED_TO_DELAY.sub(keep, text)


def topic_score(clause: str, topic_terms: frozenset[str]) -> int:
    """How many of the topic's terms a clause names, one more when its subject is a pronoun ("it", "they",
    "this", "these") or left out before a copula ("but are not specific"): the sentence's own subject, what the
    topic names."""
    return len(frozenset(tokenize(clause)) & topic_terms) + bool(_PRONOUN_SUBJECT.match(clause))
