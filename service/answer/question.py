"""Reading a clinical question: its type, the intervention and condition it names, and a title.

Rules are patterns over the question's wording, tried in order; a follow-up inherits the
intervention and condition it leaves out from the answer it follows.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, NamedTuple

from index.lexical import tokenize
from service.errors import QuestionError
from service.answer.after_failure import FAILED_LIST, states_failure
from service.answer.caseless import Caseless
from service.answer.routing import DESIGNS, DOSE_UNIT

# Questions read remembered (read_question), the least recently asked dropped first: a Question is a few short
# strings, so some megabytes at most.
QUESTIONS_KEPT = 10_000
QUESTION_TYPES = ("therapy", "mechanism", "safety", "dosing", "diagnosis", "prognosis", "general")
# What a question asks of a condition it names alone (``Question.aspect``): what it does of itself, or what brings
# it about.
Aspect = Literal["course", "cause"]

# Type cues, most specific first: the first type whose pattern matches wins. "How often" asks a dose unless it asks
# how often a thing happens ("How often do calcific deposits resorb on their own?", not "How often do I take X?");
# what a condition does untreated ("on their own", "if left untreated", "its natural history") is its prognosis.
_TYPE_CUES: tuple[tuple[str, Caseless], ...] = tuple((t, Caseless(re.compile(p, re.I))) for t, p in (
    ("dosing", r"(?<!-)\b(dose|doses|dosage|dosing|how much(?!\s+(?:does|do|did|can|could|will|would|may|might)\b)|"
               r"how many (mg|micrograms|units)|how many\s+(?:[\w\-]+\s+){0,3}?(?:treatment\s+)?(?:sessions|courses|"
               r"cycles|injections|rounds)|^what\s+(?:is|are)\s+the\s+(?:[\w\-]+\s+)?(?:duration|length)\s+of\b|"
               r"how often(?!\s.*\b(?:screen|test|check|monitor|measur|assess|review)\w*)"
               r"(?!\s+(?:do|does|did)\s+(?!(?:i|you|we|patients|people)\b))|"
               r"how long (should|must)|how long (?:is|are)\s+(?:[\w\-]+\s+){0,3}?(?:taken|given|used|continued|"
               r"prescribed)\b|how long (?:can|could|may)\s+(?:[\w\-]+\s+){1,4}?be\s+(?:taken|given|used|continued|"
               r"prescribed)\b|how long (?:does|do)\s+(?:the\s+)?(?:treatment|therapy|course)\s+last|regimen|titrat|"
               # (a follow-up that asks only that, "For how long?", "For how many days?", of the previous treatment)
               r"^(?:for\s+)?how\s+(?:long|many\s+(?:days|weeks|months|years))\W*$|"
               # (and the days of a thing someone needs or takes: "How many days of X does a child need?")
               r"how\s+many\s+(?:days|weeks|months)\s+of\s+.+\b(?:need|needs|take|takes|be\s+given|receive)\b)"),
    ("safety", r"\b(safe|safer|safest|safety|side[- ]effects?|adverse|harm|harmful|toxic|toxicity|risks?|interact\w*|"
               r"contraindicat\w*|dangerous|bleeding|complications?|tolerat\w*)\b"),
    ("mechanism", r"\b(mechanism|how does|how do|pathway|mode of action|why does|why do|act on|target|"
                  r"molecular|pathophysiolog\w*|role of)\b"),
    ("diagnosis", r"\b(diagnos\w*|detect\w*|screen\w*|test(?:ed|ing)? for|tests? to|tests? (is|are) used|imaging|"
                  r"biomarkers?|sensitivity|specificity|identify)\b"),
    ("prognosis", r"\b(prognos\w*|outcomes?|survival|mortality|life expectancy|recur\w*|long[- ]term|untreated|"
                  r"without treatment|natural (?:history|course)|on (?:their|its) own|by (?:themselves|itself)|"
                  r"likely to|course of|predict\w*)\b"),
    ("therapy", r"\b(how\s+well|treat\w*|therap\w*|used (to|for|in|during)|use of|effective\w*|efficacy|manage\w*|"
                r"prevent\w*|benefit\w*|improve\w*|reduce\w*|help\w*|should .* (take|receive|be given)|recommended|"
                r"first[- ]line|first[- ]choice|preferred|indicated|options?|alternatives?|"
                r"worth(?:while)?\s+(?:to\s+)?(?:try|us|tak|giv|start|offer|prescrib)\w*|worth\s+it)\b"),
))

# A past participle ("reversed", "fixed", "given"), and the verbs of giving, whose passive subject is what is
# given ("Should albumin be given ..."), never what is acted on.
_PARTICIPLE = r"[a-z]{3,}(?:ed|en)"
_GIVING = (r"given|offered|used|prescribed|administered|recommended|provided|performed|taken|considered|seen|"
           r"included|done|chosen|started|continued|stopped|avoided|withheld")
# Nouns that name people (see ``_PEOPLE``), as a pattern part: the grammar of who is meant, not topics.
PEOPLE_WORDS = (r"(?:patients|people|persons|individuals|adults|children|infants|neonates|adolescents|women|men|"
                 r"someone|girls|boys|elderly)")
# One person, as a question may name whom it asks of ("Can a patient on warfarin take ...?"). Nouns of people only.
_ONE_PERSON = r"(?:patient|person|individual|adult|child|woman|man|someone)"
# A person named by age, the age as a noun ("a 3-year-old", "3-year-olds", "a 6 month old") or before one ("a
# 70-year-old woman", where the noun after it is the person): whom a question asks of, never what they have. Grammar.
AGED = r"\d+[\s\-]+(?:year|month|week|day)s?[\s\-]+olds?"
# Any noun for people, plural or one, as questions and sources name them ("kids", "a toddler", "an infant", "a
# 3-year-old"): whom a question asks of and whom a statement's advice is for (``subgroup``, ``concepts.people_terms``).
# Grammar.
PERSON_NOUNS = (rf"(?:{PEOPLE_WORDS}|{_ONE_PERSON}|infant|adolescent|teenagers?|toddlers?|kids?|bab(?:y|ies)|{AGED})")
# Words that ask whether something is fine to do ("Is it OK to stop ...?", "Is it safe to stop ...?"), for the
# stopping shapes here and in ``polarity``.
FINE_TO = r"(?:ok|okay|alright|all\s+right|fine|safe|reasonable|advisable|acceptable|appropriate|possible|suitable)"
# A condition's last words after "in" or "among" (where ``population_of`` looks for the people it is asked for).
LAST_IN = re.compile(r"^(?P<core>.+?)\s+(?:in|among)\s+(?P<who>(?:(?!\b(?:in|among)\b).)+)$", re.I)
# What defines people as a question or statement names them: "with", "taking", "on" ... and what follows.
DEFINED_BY = r"\s+(?:with|who\s+have|who\s+are|who|taking|on|receiving|using)\s+"
# People defined by something ("people with a history of seizures", "patients taking warfarin", "women who are
# pregnant"), as a pattern part before what defines them: whom advice is for (``polarity.against_use``,
# ``lead.on_aspect``).
PEOPLE_DEFINED_BY = rf"{PEOPLE_WORDS}{DEFINED_BY}"
# Taking two things together: the verbs of giving or taking, and the words that join what is taken with what
# it is taken with ("with", "alongside", "at the same time as", "while on"; "and" ... "together").
_TAKE = r"(?:take|use|give|combine|prescribe|co-?administer|mix|start)"
_TAKEN = r"(?:taken|used|given|combined|prescribed|co-?administered|administered|mixed|started)"
_ALONGSIDE = (r"(?P<w>with|alongside|at\s+the\s+same\s+time\s+as|while\s+(?:on|taking|using|receiving))\s+"
              r"(?!(?:caution|care)\b)")
# What an intervention is taken with, said after it in a participle clause ("calcium supplements taken with vitamin
# D"): part of what is asked about, named as "X with Y" ("calcium supplements with vitamin D"), as a statement
# names it ("trials that combined calcium with vitamin D"); the participle is only how it is given.
_TAKEN_WITH = re.compile(rf"\s+{_TAKEN}\s+(?:together\s+)?(?:with|alongside)\s+(?=\S)", re.I)
# ... and without ("calcium supplements taken without vitamin D"): "X without Y", as a statement names it ("Calcium
# supplements without vitamin D were associated ..."); the participle is only how it is given.
_TAKEN_WITHOUT = re.compile(rf"\s+{_TAKEN}\s+without\s+(?=\S)", re.I)
# What two things are taken together for, said after both ("... combined with Y for hypertension", "... with Y to
# prevent fractures"): the condition, ``z``, and the two together the intervention.
_TAKEN_FOR = r"(?:\s+(?:for|to\s+(?P<v>treat|prevent|manage|reduce|lower|control|improve))\s+(?P<z>.+))?"
# What two asked of as taken together are for, said after "together for" ("Can I take X and Y together for Z?"): no
# part of the topic, which is the two together (read as one thing for Z, the combination needed statements naming the
# two joined, and "Vitamin D and calcium are recommended alongside bone-protecting drugs ..." answered no more).
_PURPOSE_AFTER = r"(?:\s+for\s+.+)?"
# ... and what one taken with another is for, said with "to" and a verb of attaining ("Can I combine X with Y to get
# better blood pressure control?"): no part of what it is taken with. (Not a verb of an effect on a condition, "to
# reduce fractures", which statements on the pair name; nor "to stop" or "to quit": "... combined to stop smoking"
# asks of the pair for stopping.)
_PURPOSE_TO = r"(?:\s+to\s+(?:get|achieve|gain|obtain|attain)\b.*)?"
# The first of two things taken together: no preposition of a setting in it ("to start X in patients with Y" takes
# X in patients, not X with Y), no word cut at a hyphen ("short- and long-acting insulin" is one thing).
_FIRST = r"(?P<i>(?:(?!\b(?:in|to|for|during|among|after|before)\b).)+?)(?<!-)"
# The effects a question asks of an intervention ("Does X prevent Y?"), as bare verbs. (Not "prolong", which made
# "survival of X patients" a condition no dev statement named; nor "alleviate": read, "Can simvastatin alleviate
# depressive symptoms?", a BioASQ dev question, lost its right "Yes." to statements on "major depressive disorder",
# which do not name its symptoms.)
_EFFECTS = ("treat", "prevent", "reduce", "improve", "reverse", "cure", "help", "affect", "slow", "increase",
            "decrease", "lower", "worsen", "cause", "predict", "protect against", "raise", "shorten",
            "relieve", "lessen")
# Everyday verbs of effect that are as often nouns ("Do inhaled steroids cut asthma attacks?", "Does exercise ease
# knee pain?", "Does vitamin K2 build bone density?", but "a cut on the hand", "with ease", "a boost in ...", "a
# slender build"): read as the verb only where no determiner stands before them and no preposition after them
# (``_EFFECT_VERB``). ("delay" is left out: "Does a delay in
# transfer ... affect outcome?" is how a question names one, and "Do women residents delay childbearing ...?" does
# not ask of an intervention.)
_NOUN_EFFECTS = ("cut", "ease", "boost", "build")
# The plain verb of effect an everyday one says ("cut" and "ease" say "reduce", "build" says "increase"): the verb a
# statement's direction is weighed against (``Question.verb``) and the title names ("Asthma Attack Reduction").
_PLAIN_VERB = {"cut": "reduce", "ease": "reduce", "build": "increase"}
_EFFECT_VERB = (rf"(?:{'|'.join(_EFFECTS)}|(?:{'|'.join(_NOUN_EFFECTS)})"
                r"(?=\s+(?!(?:in|on|of|to|for|with|at|from|by|and|or)\b)\S))")
# Adverbs of degree or of doubt said before a verb ("Do calcium supplements significantly increase ...?", "Does X
# really prevent Y?"): how much or whether the effect is asked, no part of the thing that has it. A small word list
# of English grammar.
_DEGREE = (r"(?:really|actually|significantly|substantially|meaningfully|markedly|greatly|truly|clinically|reliably|"
           r"consistently|independently|appreciably|materially|measurably|still|also|even|ever|further)")
# The end of an effect's subject: no determiner ends one ("Does a cut ...?" names no "a"; lower case only, so that
# "vitamin A" may end one).
_SUBJECT_END = r"(?-i:(?<!\ba)(?<!\ban)(?<!\bthe)(?<!\bany)(?<!\bno))"
# What reports evidence ("the VITAL trial", "observational studies", "the guidelines"): the nouns of its genres.
_REPORTERS = r"(?:trials?|stud(?:y|ies)|evidence|research|data|meta-?analys[ie]s|reviews?|RCTs?|guidelines?)"
# The best of its kind ("the best", "the most accurate", "the ideal", "the gold standard"), as a pattern part: a rank a
# question asks of a thing (``asks_best``) and a statement may give (``verdict.on_ranking``).
BEST_OF_KIND = r"(?:best|most\s+[\w\-]+|ideal|gold[- ]standard|optimal)"
# When a thing is given, said after it ("antibiotics straight away", "antibiotics routinely"): the timing of the
# advice, which a statement words its own way ("immediate antibiotic treatment", "a delayed prescription"), no part
# of what is given.
# An age bound said right after the noun for people ("infants under 6 months", "children under two", "adults over 65
# years of age"), before what defines them ("... with acute otitis media"): part of who they are. Grammar.
_AGE_AFTER_PEOPLE = (r"(?:(?:under|over|aged|below|above|younger\s+than|older\s+than)\s+\w+"
                     r"(?:[\s\-]+(?:years?|months?|weeks?|days?)(?:\s+(?:old|of\s+age))?)?\s+)?")
# One condition, not one joined with another sign or condition ("acute otitis media and high fever"): what the
# two shapes of giving to people and managing without below read; a second thing joined on may change the advice
# (a severe sign), and no statement is weighed against both. Grammar.
_ONE_CONDITION = r"(?:(?!\band\b)[^,;])+?"
# How fully a thing is stopped, said after the verb ("stopped completely", "stop it altogether"): how, not what is
# stopped nor when. Grammar.
_FULLY = r"(?:completely|altogether|entirely|permanently|for\s+good)"
_WHEN_GIVEN = (r"(?:straight\s+away|immediately|right\s+away|at\s+once|at\s+all|urgently|routinely|always|early|"
               r"straightaway|now)")
# How often or how long a thing is taken, said after it ("every other day", "once a week", "daily", "long term"): no
# part of what is taken, nor a condition.
_HOW_OFTEN_TAKEN = (r"(?:only\s+)?(?:every|once|twice|(?:two|three|four)\s+times|on\s+alternate|alternate|daily|weekly|"
                    r"monthly|nightly|intermittently|regularly|long[- ]term)\b.*")
# Tolerance said of a thing ("well tolerated", "well-tolerated", "tolerable"): whether it is safe to take, as "safe"
# asks it, the harms it has or has not.
_TOLERATED = r"(?:well[- ])?tolerated|tolerable"
# Whether a thing is worth its trouble ("worth it", "worth the cost", "worth the risk"): whether it works.
_WORTH = r"worth\s+(?:it|(?:the\s+|its\s+)?(?:cost|costs|effort|risks?|money|trouble|price|time))"
# What a comparison is made at, a gerund after "at" or "in" ("faster than tablets at raising haemoglobin", "better
# than placebo in reducing pain"): the act, whose object is the outcome compared on, the question's condition.
_AT_DOING = r"(?:at|in)\s+[a-z]{3,}ing"
# The word a choice between two asks by ("better", "preferred", "more effective"), and how it is better, a
# participle ("better absorbed", "better tolerated"): which of the two, not whether.
_CHOSEN = (r"(?:better|best|worse|preferred|preferable|superior|safer|(?:more|less)\s+[a-z][\w\-]+)"
           r"(?:\s+[a-z]{3,}ed)?")
# The verbs of a condition's own course, intransitive (it resolves, clears up, goes away, comes back, persists):
# grammar of what a thing does of itself, no topic. The bare forms after an auxiliary ("Does X resolve ...?").
_COURSE_VERB = (r"(?:resolve|clear(?:\s+up)?|go\s+away|get\s+(?:better|worse)|improve|worsen|heal|disappear|"
                r"settle(?:\s+down)?|subside|regress|remit|recur|relapse|come\s+back|return|persist|progress|resorb)")
# How it does so unaided ("without treatment", "without antibiotics", "on its own", "by itself", "spontaneously",
# "if left untreated", "over time"): "without" and any short noun phrase, or an adverb of its own accord.
_UNAIDED = (r"(?:without\s+(?:[\w\-]+\s+){0,2}?[\w\-]+|on\s+(?:its|their)\s+own|by\s+(?:itself|themselves)|"
            r"spontaneously|naturally|untreated|unaided|if\s+(?:it\s+is\s+|they\s+are\s+)?(?:left\s+)?untreated|"
            r"(?:over|with|in)\s+time|eventually)")
# When or in whom, said after it ("after treatment", "within a few days", "in most children"): no part of it.
_WHEN_COURSE = r"(?:(?:after|within|in|over|by|during|once)\s+.+)"
# How often or how surely it does so, before its verb ("usually", "often", "eventually").
_OFTEN = r"(?:usually|often|normally|generally|typically|eventually|always|ever|mostly|commonly|really|still)"
# The sessions a treatment is given in ("sessions", "courses", "injections"), and the need for some number of them
# ("are needed", "does it take", "should patients have", "for Y"): how many of a thing, asked as an amount of it.
_SESSIONS = r"(?:treatment\s+)?(?:sessions|courses|cycles|injections|rounds|applications|treatments)"
_NEEDED_AMOUNT = (r"(?:are|is|do|does|should|would|will|must)\s+(?:(?:usually|typically|generally|normally|really)\s+)?"
                  r"(?:(?:it|i|we|you|patients|people)\s+)?(?:be\s+)?(?:needed|required|necessary|recommended|advised|"
                  r"given|used|performed|done|take|takes|need|have|get|receive|undergo)"
                  r"(?:\s+(?:for|in|to\s+(?P<v>treat|prevent|manage|reduce|improve|relieve))\s+(?P<c>.+))?")
# A word of fitness said of a thing before the rank it is asked at ("suitable" of "Is X suitable first-line for Y?", "an
# option" of "Is X an option first-line for Y?", "appropriate as" ...): whether it fits is whether it ranks so, and the
# word is no part of the thing. Grammar only.
_FIT_FOR_RANK = (r"(?:(?:an?\s+)?(?:suitable|appropriate|reasonable|acceptable|sensible|good|safe)"
                 r"(?:\s+(?:option|choice))?|an?\s+(?:option|choice))")
# A thing asked to rank, or to be among those that rank, as what it is given ("Is X first-line ...", "Are X among the
# preferred ...", "Do X belong among the first-line ..."): ``i`` the thing, the rank after it. Grammar of rank only.
_RANKED_AMONG = (r"^(?:(?:is|are|was|were)|(?:do|does)(?=\s.+?\s(?:belong|count|rank)\s))\s+"
                 r"(?P<i>(?:(?!\b(?:belong|count|rank)\b).)+?)\s+"
                 r"(?:(?:belong|count|rank)\s+(?:among|with|in|as|to)\s+|(?:among|one\s+of|part\s+of)\s+)?"
                 rf"(?:{_FIT_FOR_RANK}\s+(?:as\s+)?)?"
                 r"(?:(?:the|an?)\s+)?(?:first[- ]line|second[- ]line|standard|preferred|initial|recommended)")
# What it ranks as, a kind of treatment named after the rank ("drugs", "therapy", "antihypertensives", "inhibitors").
_RANKED_KIND = (r"(?:[\w\-]+\s+)?(?:treatments?|therap(?:y|ies)|drugs?|options?|choices?|agents?|medications?|"
                r"[a-z]+(?:ics?|ives?|ors?|ers?))")
# The acts of telling a condition a test is needed for ("to diagnose", "to confirm", "to rule out"), as a pattern
# part: the need asked of a test (the shape below, ``polarity.asks_need_to_tell``). Grammar, no topic.
TELLING = r"(?:diagnose|confirm|detect|rule\s+out|exclude|establish|make\s+(?:the|a)\s+diagnosis)"
# Intervention/condition shapes, tried in order: named groups ``i`` and ``c`` (``act``: a verb whose gerund is
# the intervention; ``w``: the word joining two things taken together).
_SHAPES = tuple(re.compile(p, re.I) for p in (
    # Two things taken together ("Can vitamin D and vitamin K be taken together?", "Is it safe to take X with
    # Y?", "Can X be combined with Y?", "Does X interact (or interfere) with Y?"): the first is the intervention,
    # and what it is taken with stands in the condition's place, so that a statement answers only when it names
    # both, as for "Is it safe to give X to patients taking Y?".
    rf"^(?:can|could|should|may|might|must)\s+{_FIRST}\s+(?P<w>and|plus)\s+(?P<c>.+?)\s+be\s+(?:safely\s+)?"
    rf"(?:{_TAKEN}\s+together|combined|co-?administered)(?:\s+safely)?{_TAKEN_FOR}$",
    # (What the two are taken for, said after them, "Can X be combined with Y for Z?", is the condition, and the
    # two the intervention, "X with Y", as "Is X taken with Y safe for Z?" reads: ``z``.)
    rf"^(?:can|could|should|may|might|must)\s+{_FIRST}\s+be\s+(?:safely\s+)?{_TAKEN}\s+(?:together\s+)?"
    rf"{_ALONGSIDE}(?P<c>.+?){_TAKEN_FOR}$",
    rf"^(?:can|could|should|may|must)\s+(?:i|we|you|(?:[\w\-]+\s+){{0,2}}?{PEOPLE_WORDS})\s+(?:safely\s+)?{_TAKE}\s+"
    rf"{_FIRST}\s+(?:together\s+)?{_ALONGSIDE}(?P<c>.+?){_PURPOSE_TO}$",
    rf"^(?:can|could|should|may|must)\s+(?:i|we|you|(?:[\w\-]+\s+){{0,2}}?{PEOPLE_WORDS})\s+(?:safely\s+)?{_TAKE}\s+"
    rf"{_FIRST}\s+(?P<w>and|plus)\s+(?P<c>.+?)\s+together{_PURPOSE_AFTER}$",
    rf"^(?:is|are)\s+it\s+(?:safe|advisable|appropriate|possible|ok|okay)\s+to\s+{_TAKE}\s+{_FIRST}\s+(?P<w>and|plus)\s+"
    rf"(?P<c>.+?)\s+together{_PURPOSE_AFTER}$",
    # A person, named by age or as in a case note, asked whether to take a thing for a purpose ("Should a 60-year-old
    # woman smoker take gizmorin to prevent frobnitis?", the form a case named first is asked in, ``as_next_asked``):
    # what is taken and what it is to prevent or treat; the person stays in the question, whose ages the lead and the
    # verdict read (``qualifiers``). Read as no topic, the case's own words (a smoker's pack-years) counted against
    # every statement and the answer found none.
    rf"^(?:can|could|should|may|must)\s+(?:(?:a|an|the|this|my)\s+)?(?P<who>(?:[\w\-]+\s+){{0,2}}?{PERSON_NOUNS}"
    r"(?:\s+[\w\-]+){0,6}?)\s+(?:take|use|receive|start|get|be\s+given|be\s+offered|be\s+started\s+on)\s+"
    r"(?P<i>(?:(?!\b(?:to|for|with|and)\b)[\w\- ])+?)\s+to\s+(?P<v>prevent|treat|reduce|manage)\s+(?P<c>.+)$",
    rf"^(?:is|are)\s+it\s+(?:safe|advisable|appropriate|possible|ok|okay)\s+to\s+combine\s+{_FIRST}\s+(?P<w>and)\s+"
    r"(?P<c>.+)$",
    rf"^(?:is|are)\s+it\s+(?:safe|advisable|appropriate|possible|ok|okay)\s+to\s+{_TAKE}\s+{_FIRST}\s+(?:together\s+)?"
    rf"{_ALONGSIDE}(?P<c>.+)$",
    rf"^(?:is|are)\s+{_FIRST}\s+safe\s+to\s+{_TAKE}\s+(?:together\s+)?{_ALONGSIDE}(?P<c>.+)$",
    rf"^(?:is|are)\s+{_FIRST}\s+(?P<w>and|plus)\s+(?P<c>.+?)\s+safe\s+(?:to\s+{_TAKE}\s+)?together$",
    # Two things taken apart ("Should X be taken at a different time from Y?", "... separately from Y?"): the first is
    # the intervention, the other stands in the condition's place, so that a statement answers only when it names both
    # ("X can reduce absorption of Y, so doses should be separated"); not taken together, so no question of safety.
    rf"^(?:can|could|should|may|might|must)\s+{_FIRST}\s+be\s+{_TAKEN}\s+(?:apart|separately|at\s+(?:a\s+)?"
    r"(?:different|separate)\s+times?)\s+(?:from|to)\s+(?P<c>.+)$",
    rf"^(?:does|do|did|can|could|will|would|may|might)\s+{_FIRST}\s+(?:interact|interfere)\s+(?P<w>with)\s+(?P<c>.+)$",
    rf"^(?:does|do|did|can|could|will|would)\s+{_FIRST}\s+(?P<w>and)\s+(?P<c>.+?)\s+interact"
    r"(?:\s+with\s+each\s+other|\s+together)?$",
    # Comparisons ("Is barbotage better than a steroid injection for calcific tendinitis?", "Does intravenous
    # iron work faster than oral iron?"): what is compared with (``k``) is neither the intervention nor the
    # condition, and a statement answers only when it names it too (``comparison.with_comparator``). What the
    # comparison is for is the condition; where it is made ("in older adults", "in yeast") is its setting, a
    # population when it names people (``Question.subject``), not a concept every statement must name.
    # (What is compared comes before any preposition, and a comparator is no number: "Is X effective for masses
    # larger than 7 cm?" compares nothing.)
    # (A combination named by the act of combining, "Is combining X with Y better than ...?", is what is compared, its
    # "with" a part of it.)
    r"^(?:is|are|was|were)\s+(?P<i>combining\s+(?:(?!\b(?:for|in|among|during|after)\b).)+?\s+"
    r"with\s+(?:(?!\b(?:for|in|with|among|during|after)\b).)+?|"
    r"(?:(?!\b(?:for|in|with|among|during|after)\b).)+?)\s+"
    r"(?:(?:any|much|significantly)\s+)?"
    r"(?:(?:more|less)\s+[\w\-]+\s+than|[a-z]{3,}er\s+(?:[a-z]{3,}ed\s+)?than|(?:superior|inferior|preferable|equivalent|"
    r"non-?inferior)\s+to|(?:just\s+|equally\s+)?as\s+(?:well\s+(?=[a-z]+ed\s))?(?!(?:much|many|long|soon|well|far)\b)[a-z][\w\-]+\s+as)\s+"
    rf"(?P<k>(?!\d).+?)(?:\s+(?:for|to\s+(?:treat|prevent|reduce|manage|improve|cause)|{_AT_DOING})\s+(?P<c>.+)|"
    r"\s+(?:in|at|among)\s+(?P<who>.+))?$",
    # A choice between two ("Are ACE inhibitors or calcium channel blockers better as initial therapy for
    # hypertension?", "Is X or Y preferred for Z?") compares them as "X better than Y" does, and asks which, not
    # whether: ``o`` marks it, so the question takes no yes or no (``Question.yes_no``).
    # (What they are chosen as may follow the choice word: "Is X or Y the better first drug for Z?".)
    r"^(?:is|are)\s+(?P<i>(?:(?!\b(?:for|in|with|among|or)\b).)+?)\s+(?P<o>or)\s+"
    rf"(?P<k>(?:(?!\b(?:for|in|with|among)\b).)+?)\s+(?:the\s+)?{_CHOSEN}"
    r"(?:\s+as\s+(?:(?!\bfor\b).)+?|\s+(?!(?:for|to|in|at|among|as)\b)(?:[\w\-]+\s+){0,2}?[\w\-]+)?"
    r"(?:\s+(?:for|to\s+(?:treat|prevent|reduce|manage|improve))\s+(?P<c>.+)|\s+(?:in|at|among)\s+(?P<who>.+))?$",
    # (The choice asked first, the two after it: "Which is better absorbed, vitamin K1 or vitamin K2?", "Which is
    # safer for gout, X or Y?".)
    rf"^which\s+(?:one\s+)?(?:is|are)\s+(?:the\s+)?{_CHOSEN}(?:\s+(?:for|in)\s+(?P<c>[^,]+?))?,?\s+"
    r"(?P<i>(?:(?!\b(?:for|in|with|among|or)\b)[^,])+?)\s+(?P<o>or)\s+(?P<k>(?:(?!\b(?:for|in|with|among)\b)[^,])+?)$",
    # (A verb of winning compares too: "Does strengthening exercise beat general exercise for knee pain?")
    r"^(?:does|do|did|can|could|will|would)\s+(?P<i>.+?)\s+(?:(?:work|act|help|perform)\s+(?:any\s+|much\s+)?"
    r"(?:better|worse|faster|slower|longer|more|less)\s+than|beat|outperform|surpass|outdo)\s+(?P<k>.+?)"
    rf"(?:\s+(?:for|{_AT_DOING})\s+(?P<c>.+)|\s+(?:in|at|among)\s+(?P<who>.+))?$",
    # One thing used in place of another ("Can watchful waiting be used instead of antibiotics for a toddler with
    # an ear infection?"): what it replaces is compared with, as in "X better than Y for Z".
    r"^(?:can|could|should|may|might)\s+(?P<i>.+?)\s+be\s+(?:used|given|taken|prescribed|offered|recommended|tried|"
    r"considered)\s+(?:instead\s+of|in\s+place\s+of|rather\s+than)\s+(?P<k>.+?)"
    r"(?:\s+(?:when|if|once|whenever|while)\s+(?:(?!\b(?:for|in)\b).)+)?(?:\s+(?:for|in|to\s+treat)\s+(?P<c>.+))?$",
    # Stopping a treatment once what it treats is controlled ("Can antihypertensives be stopped once blood pressure is
    # controlled?", "Can inhaled steroids be stopped when asthma is well controlled?"): what is stopped is the
    # intervention (``a``: a stopping asked, ``polarity.asks_to_stop``), what is controlled the condition.
    r"^(?:can|could|should|may|must)\s+(?P<i>.+?)\s+be\s+(?:safely\s+)?(?P<a>stopped|discontinued|withdrawn|"
    rf"tapered(?:\s+off)?|reduced|stepped\s+down|ceased)\s+(?:(?:safely|{_FULLY})\s+)?(?:once|when|after|if)\s+"
    r"(?:the\s+|their\s+|his\s+|her\s+|my\s+|your\s+)?"
    r"(?P<c>.+?)\s+(?:is|are|has\s+been|have\s+been|becomes?|gets?)\s+(?:well\s+|fully\s+|adequately\s+|"
    r"completely\s+)?(?:controlled|under\s+control|in\s+remission|stable|normal|resolved)(?:\s+for\s+.+)?$",
    # Stopping a treatment with no condition named, or only when ("Should aspirin be stopped?", "Should the asthma
    # inhaler be stopped once I feel fine?", as ``as_stopping`` reads "Is it OK to stop my asthma inhaler once I feel
    # fine?"): what is stopped is the intervention (``a``); when it would be is no condition a statement must name.
    r"^(?:can|could|should|may|must)\s+(?P<i>.+?)\s+be\s+(?:safely\s+)?(?P<a>stopped|discontinued|withdrawn|"
    rf"tapered(?:\s+off)?|ceased|deprescribed)(?:\s+{_FULLY})?(?:\s+(?:once|when|whenever|as\s+soon\s+as)\s+.+)?$",
    # How many sessions of a thing ("How many shockwave sessions are needed?", "How many sessions of shockwave therapy
    # are needed for calcific tendinitis?"): an amount asked of the thing, as "How much X is needed for Y?" asks it.
    rf"^how\s+many\s+{_SESSIONS}\s+of\s+(?P<i>.+?)\s+{_NEEDED_AMOUNT}$",
    rf"^how\s+many\s+(?P<i>(?:(?!\b(?:of|for|in|are|is|do|does)\b)[\w\-]+\s+){{1,4}}?){_SESSIONS}\s+{_NEEDED_AMOUNT}$",
    # "What is the duration of varenicline treatment?": the length of a course, asked of what is given ("duration"
    # no part of it), as "How long should X be taken?" asks it.
    r"^what\s+(?:is|are)\s+the\s+(?:(?:usual|recommended|optimal|typical|standard|ideal|appropriate|best|minimum|"
    r"maximum)\s+)?(?:duration|length)\s+of\s+(?P<i>.+?)(?:\s+(?:for|in)\s+(?P<c>.+))?$",
    # (Also the state it is used in: "Can varenicline be used during pregnancy?", "... while breastfeeding?")
    r"^(?:can|could|should|may|might)\s+(?P<i>.+?)\s+be\s+(?:safely\s+)?(?:used|given|taken|prescribed|offered|"
    r"recommended)\s+(?:safely\s+)?(?:to\s+(?P<v>treat|prevent|manage|reduce|reverse|improve)|"
    r"for(?:\s+the\s+(?:treatment|management|prevention)\s+of)?|in|during|while|"
    r"as\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,2}?[\w\-]+\s+(?:for|in))\s+(?P<c>.+)$",
    # "Can ferrous sulfate be taken every other day?": how often it is given is no condition.
    rf"^(?:can|could|should|may|might|must)\s+(?P<i>.+?)\s+be\s+(?:taken|given|used|dosed|administered|prescribed)\s+"
    rf"{_HOW_OFTEN_TAKEN}$",
    # "Is allopurinol recommended as first-line urate-lowering therapy for gout?"
    r"^(?:is|are)\s+(?P<i>.+?)\s+(?:recommended|indicated|preferred|used)\s+as\s+(?:(?:the|an?)\s+)?"
    r"(?:first[- ]line|second[- ]line|standard|initial|preferred|adjunct(?:ive)?)?[\w\- ]{0,40}?\s+"
    r"(?:for|in)\s+(?P<c>.+)$",
    # A thing added to a treatment for a condition ("Should memantine be added to donepezil in Alzheimer's disease?"):
    # what is added is the intervention; what it is added to stays in the question's words.
    r"^(?:should|can|could|may|must)\s+(?P<i>(?:(?!\b(?:to|for|in)\b).)+?)\s+be\s+added\s+(?:to|on\s+top\s+of)\s+"
    r"(?:(?!\b(?:for|in)\b).)+?\s+(?:for|in)\s+(?P<c>.+)$",
    # "Is an ACE inhibitor recommended first line for high blood pressure?": the rank it is given in is no part of
    # what is given. (Not "Should beta blockers be used first line for high blood pressure?": read so in session 28,
    # its answer lost its right "No." to a condition the guideline words otherwise, "hypertension".)
    r"^(?:is|are)\s+(?P<i>.+?)\s+(?:recommended|indicated|preferred|used|given|advised|suggested)\s+"
    r"(?:first|second|third)(?:[- ]line)?\s+(?:(?:[\w\-]+\s+)?(?:treatments?|therap(?:y|ies)|drugs?|options?|choices?|"
    r"agents?|medications?)\s+)?(?:for|in)\s+(?P<c>.+)$",
    # "Should patients with X be given Y?": what is given is the intervention, their condition the condition
    # (also "Should women at increased risk of X be offered Y?"); when it is tried ("Should a patient with X try
    # Y before surgery?", "Should children with ear infections get antibiotics straight away?") is the order or the
    # timing of the advice, no part of what is tried, and so is an adverb before the verb ("Should children with ear
    # infections always get antibiotics?").
    # (Who they are is the population, ``who``: "a toddler" of "Should a toddler with a bulging eardrum get
    # antibiotics?".)
    rf"^should\s+(?P<who>(?:[\w\-]+\s+){{1,3}}?{_AGE_AFTER_PEOPLE})(?:with|at\s+(?:\w+\s+)?risk\s+"
    r"(?:of|for))\s+"
    rf"(?P<c>.+?)\s+(?:(?:{_WHEN_GIVEN}|{_DEGREE}|usually|normally|generally|automatically)\s+)?(?:be\s+"
    r"(?:offered|given|prescribed|treated with)|receive|get|take|try|have|undergo|use|start)\s+(?P<i>.+?)"
    rf"(?:\s+(?:first|before|after|until)\b.*|\s+{_WHEN_GIVEN})?$",
    # "Do children with ear infections need antibiotics straight away?": what people with a condition need is the
    # intervention; when they need it ("straight away", "routinely") is no part of it. (People with a condition
    # only, and a thing needed, not "need to <verb>": on the dev halves both other readings named no topic.)
    # One person too ("Does a 2-year-old with a mild ear infection in one ear need antibiotics straight away?"). (Read
    # as no shape, that question's verdict came from the closest statement's words alone: "leans yes" from advice for
    # children with infection in both ears. Not people named by what they take, "on X": read so, the condition their
    # drug, "Does a patient on warfarin who starts X need more frequent INR checks?" lost its right "Yes.")
    rf"^(?:do|does|will|would)\s+(?P<c>(?:(?:all|most|every|an?|the)\s+)?(?:[\w\-]+\s+){{0,2}}?{PERSON_NOUNS}"
    rf"\s+{_AGE_AFTER_PEOPLE}(?:with|who\s+(?:has|have))\s+.+?)\s+"
    r"(?:needs?|requires?)\s+(?!to\s)(?P<i>.+?)"
    rf"(?:\s+{_WHEN_GIVEN})?$",
    # "Should antibiotics be given straight away to a 10-week-old with acute otitis media?": what is given to people
    # with a condition, the people after "to" (their age too: "to infants under 6 months with ..."); when it is given
    # is no part of it, as above. (Who they are is read from the question's words, ``qualifiers``, not as its subject:
    # "people" of "... offered to people with type 2 diabetes and hypertension" would narrow what advice must name.)
    rf"^should\s+(?P<i>.+?)\s+be\s+(?:offered|given|prescribed|started)\s+(?:{_WHEN_GIVEN}\s+)?to\s+"
    rf"(?:(?:a|an|the|all)\s+)?(?:[\w\-]+\s+){{0,2}}?{PERSON_NOUNS}\s+{_AGE_AFTER_PEOPLE}(?:with|who\s+have)\s+"
    rf"(?P<c>{_ONE_CONDITION})(?:\s+{_WHEN_GIVEN})?$",
    # "Can a 5-month-old with acute otitis media be managed without antibiotics?": what people with a condition (or the
    # condition itself) would be managed without is the thing asked, whether it can be done without
    # (``polarity.asks_against``), as "Can antibiotics be avoided in ...?" asks it.
    rf"^(?:can|could|may|should)\s+(?:(?P<who>(?:(?:a|an|the|all)\s+)?(?:[\w\-]+\s+){{0,2}}?{PERSON_NOUNS}\s+"
    rf"{_AGE_AFTER_PEOPLE})(?:with|who\s+have)\s+)?(?P<c>{_ONE_CONDITION})\s+be\s+(?:safely\s+)?(?:managed|treated)\s+"
    r"(?:safely\s+)?without\s+(?P<i>.+)$",
    # "Should pressure ulcers be treated with protein supplements?"
    r"^should\s+(?P<c>.+?)\s+be\s+(?:treated|managed)\s+with\s+(?P<i>.+)$",
    # "Should pregnant women be given calcium supplements?": who is to be given it is the condition asked about.
    r"^should\s+(?P<c>(?:\w+\s+){0,2}?(?:women|men|adults|children|infants|adolescents|patients|people))\s+be\s+"
    r"(?:offered|given|prescribed|treated with)\s+(?P<i>.+)$",
    # "Should healthy adults take calcium supplements?": what they take is the topic, and who takes it the
    # population asked about (``Question.subject``), as for screening: advice on the supplement answers it.
    # What they take it for ("Should older adults take vitamin D to prevent falls?") is the condition.
    # (And what they take it for, "for" and the condition: "Can pregnant women take topiramate for migraine?" asks of
    # topiramate for migraine, in pregnant women.)
    rf"^(?:should|must|can|may)\s+(?P<who>(?:[\w\-]+\s+){{0,2}}?{PEOPLE_WORDS})\s+(?:take|receive|get|use|try)\s+"
    rf"(?P<i>.+?)(?:\s+(?:to\s+(?P<v>{'|'.join(_EFFECTS)})|for(?:\s+the\s+(?:treatment|management|prevention)\s+of)?)"
    r"\s+(?P<c>.+))?$",
    # "Should X be given to adults with Y?"
    r"^(?:should|can|may)\s+(?P<i>.+?)\s+be\s+(?:given|offered|used|prescribed|recommended)\s+(?:to|for|in)\s+"
    r"(?:\w+\s+){1,3}?(?:with|after|following)\s+(?P<c>.+)$",
    # "Should X be offered to older adults?", "Should X be given to healthy adults to prevent Y?": the people it is
    # given to are whom it is asked for (``Question.subject``), what it is given for, if said, the condition.
    rf"^(?:should|can|may|must)\s+(?P<i>.+?)\s+be\s+(?:routinely\s+)?(?:given|offered|used|prescribed|recommended|"
    rf"provided)\s+(?:to|for|in)\s+(?P<who>(?:(?:all|every|any|most)\s+)?(?:[\w\-]+\s+){{0,2}}?{PEOPLE_WORDS})"
    rf"(?:\s+(?:to\s+(?P<v>{'|'.join(_EFFECTS)})|for(?:\s+the\s+(?:treatment|management|prevention)\s+of)?)"
    r"\s+(?P<c>.+))?$",
    # "Should intravenous iron be used when oral iron fails?": when or if it is given is a circumstance of the
    # advice, which a statement may word in its own way ("when oral iron is not tolerated"), not a condition
    # every statement must name.
    r"^(?:should|can|could|may|must)\s+(?P<i>.+?)\s+be\s+(?:used|given|offered|tried|considered|started|prescribed|"
    r"recommended|added|switched\s+to)\s+(?:when|if|once|whenever|unless)\s+.+$",
    # "Should X be the first treatment offered for Y?" (also "Is X the first drug for Y?": read as no topic, a
    # follow-up on it had none to inherit, and "What are their risks?" after "And oral NSAIDs?" quoted calcium)
    r"^(?:should|is|are)\s+(?P<i>.+?)\s+(?:be\s+)?(?:(?:among|one\s+of)\s+)?(?:(?:the|a|an)\s+)?"
    r"(?:(?:good|reasonable|sensible|safe|suitable|"
    r"appropriate)\s+)?(?:as\s+(?:(?:the|a|an)\s+)?)?(?:first|initial|first[- ]line|first[- ]choice|preferred)\s+"
    r"(?:(?:drug\s+)?treatments?|therap(?:y|ies)|options?|choices?|drugs?|medications?|medicines?)\s+"
    r"(?:(?:offered|used|given)\s+)?(?:for|in)\s+(?P<c>.+)$",
    # (The rank said as how it is used, "Should X be used first-line for Y?": the same question.)
    r"^(?:should|can|could|may|must)\s+(?P<i>.+?)\s+be\s+(?:used|given|offered|prescribed|chosen|started|tried)\s+"
    r"(?:first|first[- ]line|initially)\s+(?:for|in|to\s+(?:treat|prevent|manage|stop|quit))\s+(?P<c>.+)$",
    # (Also a place among the ranked ones, "Are beta blockers among the first-line drugs for hypertension?", "Do beta
    # blockers belong among first-line antihypertensives?": "among" is no part of what is ranked.)
    rf"{_RANKED_AMONG}(?:\s+{_RANKED_KIND})?\s+(?:for|in|of)\s+(?P<c>.+)$",
    # (The rank and the kind alone, no condition: "Are beta blockers first-line antihypertensives?" asks of beta
    # blockers, the kind only what they are ranked as.)
    rf"{_RANKED_AMONG}\s+{_RANKED_KIND}$",
    # "Is ultrasound the best test to find calcium deposits in the rotator cuff?", "Is aspirin the best drug to
    # prevent stroke?": the means judged is the intervention, what it is for the condition; the act it does on the
    # condition ("to find", "for detecting") is no part of the condition. (The best of its kind only: a rank, "Is X
    # the first drug for Y?", read here lost session 27's list the lead that names the rank, and "Is X an accurate
    # method to diagnose Y?", a PubMedQA title, its right "yes".)
    rf"^(?:is|are)\s+(?P<i>.+?)\s+the\s+{BEST_OF_KIND}\s+(?:tests?|methods?|"
    r"investigations?|modalit(?:y|ies)|imaging|tools?|ways?|choices?|options?|treatments?|therap(?:y|ies)|drugs?|"
    r"medications?|agents?|scans?|examinations?|approach(?:es)?|strateg(?:y|ies))\s+"
    rf"(?:to\s+(?:(?P<v>{'|'.join(_EFFECTS)})|[a-z]+)|for(?:\s+[a-z]+ing(?=\s))?)\s+(?P<c>.+)$",
    # "Are radiographs needed to confirm knee osteoarthritis?", "Is imaging required to diagnose X?": the test whose
    # need is asked is the intervention, what it would find the condition; the act on it ("to confirm", "to rule out")
    # is no part of it. (Read so in session 38, then taken out: a test's use stated for a treatment, "Ultrasound is used
    # to guide needle lavage", said "Yes."; a "yes" to a need to diagnose now needs a statement of diagnosis or of
    # need, ``verdict``.)
    r"^(?:is|are)\s+(?P<i>(?!it\b).+?)\s+(?:really\s+|always\s+|routinely\s+|still\s+)?(?:needed|required|"
    rf"necessary|essential|mandatory)\s+(?:to|in\s+order\s+to)\s+{TELLING}\s+(?:(?:the|a)\s+diagnosis\s+)?(?:of\s+)?"
    r"(?P<c>.+)$",
    # "Is ferritin a reliable marker of iron deficiency?", "Is the PHQ-9 a valid test for depression?", "Is CRP a good
    # predictor of pneumonia?": how well a measure tells a condition, asked of the measure (the intervention) and
    # the condition. A word of its worth only ("reliable", "good", "useful", "valid", "accurate"): "Is X a marker of
    # Y?" alone asks of a biology whether the two go together.
    r"^(?:is|are|was|were)\s+(?P<i>(?!it\b).+?)\s+(?:(?:an?|the)\s+)?(?:(?:very|more|sufficiently|truly|really)\s+)?"
    r"(?:reliable|good|useful|valid|accurate|sensitive|specific|effective|adequate|trustworthy|robust|dependable|"
    r"helpful|suitable|appropriate|precise)\s+(?:(?:diagnostic|prognostic|screening|clinical|surrogate)\s+)?"
    r"(?:(?:bio)?markers?|tests?|predictors?|measures?|indicators?|signs?|tools?|screens?)\s+(?:of|for)\s+(?P<c>.+)$",
    # "Is screening for depression in adults recommended?": the screening asked as a noun reads as its passive
    # ("Should adults be screened for depression?"): the act the intervention, what it looks for the condition, the
    # people it is for the population (``who``), so the screening recommendation answers it.
    rf"^(?:is|are)\s+(?P<v>screening|testing)\s+for\s+(?P<c>.+?)(?:\s+(?:in|among|for)\s+(?P<who>(?:all\s+)?"
    rf"(?:[\w\-]+\s+){{0,2}}?{PEOPLE_WORDS}(?:\s+(?:with|who|aged|over|under)\s+.+?)?))?\s+(?:really\s+|still\s+)?"
    r"(?:recommended|advised|indicated|needed|necessary|warranted|worthwhile|useful|beneficial)$",
    # "Should adults be screened for depression?": the screening is the intervention, the population (the
    # passive's subject, ``who``) aside; an agent after "by" ("... by their primary care clinician") is who
    # screens, not what is screened for.
    r"^(?:how\s+often\s+)?(?:should|do|does|must|can|are|is)\s+(?P<who>.+?)\s+(?:be\s+)?(?P<v>screened|tested)\s+for\s+"
    r"(?P<c>.+?)(?:\s+by\s+(?!(?:the\s+)?(?:age|time)\b).+)?$",
    # "Is pre-exposure prophylaxis recommended to prevent HIV infection in men who have sex with men?"
    r"^(?:is|are|was|were)\s+(?P<i>.+?)\s+(?:effective|useful|beneficial|safe|indicated|recommended|helpful|"
    r"advised|needed|used|an? (?:(?:effective|safe|good|useful|reasonable|sensible|suitable|appropriate)\s+)?"
    r"(?:treatment|option|therapy|alternative|choice|drug|medicine|medication))\s+to\s+"
    r"(?P<v>prevent|reduce|treat|manage|improve|lower|slow|reverse)\s+(?P<c>.+)$",
    r"^(?:is|are|was|were)\s+(?P<i>.+?)\s+(?:really\s+|still\s+|always\s+|truly\s+)?(?:effective|useful|beneficial|"
    rf"safe|{_TOLERATED}|indicated|recommended|helpful|used|"
    r"acceptable|appropriate|reasonable|advisable|good|worthwhile|advised|suggested|ok|okay|fine|alright|"
    r"contraindicated|an? (?:(?:effective|safe|good|useful|reasonable|sensible|suitable|appropriate)\s+)?"
    rf"(?:treatment|option|therapy|alternative|drug|medicine|medication)|{_WORTH})\s+"
    r"(?:for|in|against|to treat|during|while(?!\s+(?:on|taking|using|receiving)\b))\s+(?P<c>.+)$",
    # "Is vitamin K2 safe with warfarin?", "Is it safe with warfarin?" (after a question on vitamin K2), "Is X safe
    # with kidney disease?": what X is taken with, or the state it is taken in, is asked about as the people who take
    # it or have it are ("Is vitamin K2 safe for people on warfarin?"): the condition, which a statement must name
    # too. (Read as no topic, a follow-up's "it" kept only vitamin K2, whose safety alone led: "Yes. Vitamin K2
    # supplements have been well tolerated ...", over the advice to people on warfarin.)
    rf"^(?:is|are)\s+(?P<i>.+?)\s+(?:really\s+|generally\s+)?(?:safe|harmful|dangerous|risky|{_TOLERATED})\s+"
    r"(?P<w>with|alongside)\s+(?P<c>.+)$",
    # "Is X approved for Y in Japan?": whether a regulator approved a drug for a condition (only with "for": "licensed
    # in Europe" names a place, not a condition).
    r"^(?:is|are|was|were)\s+(?P<i>.+?)\s+(?:approved|licensed|authori[sz]ed)\s+(?:for|to\s+treat)\s+(?P<c>.+)$",
    # "Is shockwave therapy worth it?": whether a thing is worth its trouble, asked of it alone.
    rf"^(?:is|are)\s+(?!it\b)(?P<i>.+?)\s+(?:really\s+|still\s+)?(?:{_WORTH}|worthwhile)$",
    # "Are low-dose inhaled steroids needed for all adults with asthma?": a need said of people with a condition.
    # (Not a need said of anything else: "Is X necessary for B-cell maturation?" asks of a gene's part in a biology,
    # below.)
    rf"^(?:is|are|was|were)\s+(?P<i>.+?)\s+(?:really\s+|still\s+|always\s+)?(?:needed|necessary|required|warranted)\s+"
    rf"(?:for|in)\s+(?:(?:all|most|every|each|any)\s+)?(?P<who>(?:[\w\-]+\s+){{0,2}}?{PEOPLE_WORDS})\s+"
    r"(?:with|who\s+have)\s+(?P<c>.+)$",
    # "Does ESWT work for calcific tendinitis?", and how well it does ("How well does barbotage work for calcific
    # tendinitis?", "How well do X work?"), which asks the same of the same two.
    r"^(?:does|do|did|can|could|will|would)\s+(?P<i>.+?)\s+work\s+(?:for|in|against|on)\s+(?P<c>.+)$",
    r"^how\s+(?:well|effectively)\s+(?:does|do|did|can|could|will|would)\s+(?P<i>.+?)\s+work"
    r"(?:\s+(?:for|in|against|on)\s+(?P<c>.+))?$",
    # "Do macrolides have a role in pneumonia treatment?"
    r"^(?:does|do|did|can|could)\s+(?P<i>.+?)\s+(?:have|play)\s+(?:an?\s+)?(?:\w+\s+)?role\s+in\s+(?:the\s+)?"
    r"(?:(?:treatment|management|prevention|care)\s+of\s+)?(?P<c>.+)$",
    # "Any role for steroid injection in calcific tendinitis?", asked without a verb: a role asked for a treatment
    # in a condition, which the phrase shape below misreads ("Any role" for ...). (Not "Is there a role for X in
    # Y?": see the benefit shape below; read so in session 28, 2 of its 4 dev questions lost their answer again.)
    r"^(?:any|an?)\s+(?:[\w\-]+\s+)?role\s+for\s+(?P<i>.+?)\s+in\s+(?:the\s+)?"
    r"(?:(?:treatment|management|prevention|care)\s+of\s+)?(?P<c>.+)$",
    # What a condition does of itself ("Does calcific tendinitis resolve without treatment?", "Will a middle ear
    # infection go away on its own?", "Does depression come back after treatment?", "Is X self-limiting?", "How
    # likely is X to recur?", "How long does X last?", "What is the natural history of X?"): its course, asked of the
    # condition, which a statement of its course answers ("... often resolves spontaneously"). ``n`` marks the
    # course (``_Topic.aspect``). A verb of course takes no object (``_COURSE_VERB``); what follows it is how
    # (``_UNAIDED``) or when ("after treatment", "in most children": ``when``), so "Does X improve pain?" stays an
    # effect; and a verb of effect before it makes it a noun, its object ("Does varenicline reduce gizmo relapse?").
    rf"^(?:does|do|did|can|could|will|would|may|might)\s+(?P<c>(?:(?!\b(?:reduce|prevent|cut|decrease|lower)\s).)+?)"
    rf"\s+(?:{_OFTEN}\s+)?(?P<n>{_COURSE_VERB})"
    rf"(?:\s+{_UNAIDED})?(?:\s+(?P<when>{_WHEN_COURSE}))?$",
    rf"^(?:is|are)\s+(?P<c>.+?)\s+(?:{_OFTEN}\s+)?(?P<n>self[- ]limit(?:ing|ed)|(?:likely|expected|bound)\s+to\s+"
    rf"{_COURSE_VERB}(?:\s+{_UNAIDED})?(?:\s+(?P<when>{_WHEN_COURSE}))?)$",
    rf"^how\s+(?P<n>likely|often|soon|quickly|fast)\s+(?:is|are|does|do|will)\s+(?P<c>.+?)\s+(?:to\s+)?{_COURSE_VERB}"
    rf"(?:\s+{_UNAIDED})?(?:\s+(?P<when>{_WHEN_COURSE}))?$",
    rf"^how\s+long\s+(?:does|do|will|can|would)\s+(?P<c>.+?)\s+(?:{_OFTEN}\s+)?(?P<n>last|persist|take\s+to\s+"
    rf"{_COURSE_VERB})(?:\s+{_UNAIDED})?$",
    r"^what\s+(?:is|are)\s+the\s+(?P<n>natural\s+(?:history|course)|usual\s+course|course|outlook|prognosis)\s+"
    r"(?:of|for)\s+(?P<c>.+)$",
    rf"^what\s+happens\s+(?:to|with)\s+(?P<c>.+?)\s+(?P<n>if\s+(?:it\s+is\s+|they\s+are\s+)?(?:left\s+)?untreated|"
    rf"{_UNAIDED}|over\s+time)$",
    # What brings a condition about ("Why does calcium build up in the rotator cuff?", "Why do people become iron
    # deficient?", "Who gets X?", "What are the risk factors for X?"): its cause, asked of the condition, which a
    # statement of cause answers (``asks_cause``). ``y`` marks it; where the condition arises (``at``) is part of it
    # ("calcium in the rotator cuff"). (Not "What is the reason for X?": on the shared BioASQ questions it asks of a
    # biology, "the reason for the abundance of operons in ...", whose whole phrase no statement names. Nor "Is X
    # hereditary?" or "Does X run in families?": read so, the PubMedQA dev title "Is breast cancer prognosis
    # inherited?" lost its right "yes" read from a study of mother-daughter pairs, which states no cause in words,
    # and the default corpus has no statement on heredity to gain.)
    r"^why\s+(?:does|do|did|would|might)\s+(?!(?:i|we|you)\s)(?P<c>.+?)\s+(?P<y>happen|occur|develop|form|build\s+up|"
    r"appear|arise|start|begin|accumulate|get\s+deposited)(?P<at>\s+(?:in|within|on|around)\s+.+)?$",
    rf"^why\s+(?:do|does|did)\s+(?:(?:some|many|most|so\s+many)\s+)?(?:[\w\-]+\s+)?{PEOPLE_WORDS}\s+"
    r"(?P<y>get|develop|become|have|suffer\s+from)\s+(?P<c>.+)$",
    r"^who\s+(?:(?:usually|typically|mostly|commonly)\s+)?(?P<y>gets|develops|is\s+(?:most\s+)?(?:at\s+risk\s+(?:of|for)|"
    r"likely\s+to\s+(?:get|develop)|affected\s+by|prone\s+to))\s+(?P<c>.+)$",
    r"^what\s+(?:are|is)\s+(?:the\s+)?(?:(?:main|known|common|major|usual)\s+)?(?P<y>risk\s+factors?|causes?|triggers?)"
    r"\s+(?:for|of)\s+(?P<c>.+)$",
    # "At what age does X usually occur?", "At what age is X most common?": the condition, at whatever age a statement
    # names (``lead.of_shape_asked``); no cause asked.
    # (``as_clause_asked`` has taken "At what age" off already: "does X usually occur".)
    r"^(?:(?:at\s+)?(?:what|which)\s+ages?(?:\s+groups?)?\s+)?(?:does|do|is|are)\s+(?P<c>.+?)\s+(?:(?:usually|typically|"
    r"mostly|commonly|most\s+often|first)\s+)?(?:occur|develop|start|begin|appear|present|(?:seen|diagnosed|"
    r"most\s+common))$",
    # "Does X help people stop smoking?": what the people are helped to do is the condition.
    rf"^(?:does|do|did|can|could|will|would)\s+(?P<i>.+?)\s+help\s+(?:[\w\-]+\s+)?{PEOPLE_WORDS}\s+(?:to\s+)?"
    r"(?!(?:with|who|in|at|of|on|after|aged|over|under)\b)(?P<c>.+)$",
    # "Can we predict X?", "Can we reduce X?": the one who acts is no intervention, what is acted on the condition.
    rf"^(?:can|could|should|do|does|will|would)\s+(?:i|we|you)\s+(?:[a-z]+ly\s+)?(?P<v>{_EFFECT_VERB})\s+"
    r"(?:with\s+)?(?P<c>.+)$",
    # (An adverb of degree before the verb is no part of the subject.)
    rf"^(?:does|do|did|can|could|will|would)\s+(?!(?:i|we|you)\s)(?P<i>.+?){_SUBJECT_END}\s+(?:{_DEGREE}\s+)?"
    rf"(?P<v>{_EFFECT_VERB})\s+(?:with\s+)?(?P<c>.+)$",
    r"^what\s+is\s+the\s+(?:role|effect|efficacy|effectiveness|evidence|benefit|(?:success|response|cure|failure|"
    r"complication|recurrence)\s+rate)\s+(?:of|for)\s+(?P<i>.+?)\s+(?:in|on|for)\s+(?P<c>.+)$",
    # "What do observational studies say about dietary vitamin K2 and heart disease?": what the evidence says of
    # a thing, alone or in or for a condition.
    rf"^what\s+(?:do|does|did)\s+(?:the\s+)?(?:[\w\-]+\s+){{0,3}}?{_REPORTERS}\s+(?:say|show|suggest|tell\s+us|"
    r"report|find|conclude)\s+(?:about|on|regarding)\s+(?P<i>.+?)(?:\s+(?:and|in|for)\s+(?P<c>.+))?$",
    # "What causes calcium deposits in tendons?", "What are the causes of X?": what is caused is the condition.
    r"^what\s+(?P<y>causes|caused|leads\s+to|triggers|brings\s+on|sets\s+off|(?:is|are)\s+(?:the\s+)?(?:[\w\-]+\s+)?"
    r"causes?\s+of)\s+(?P<c>.+)$",
    # Whether there is a benefit ("Are there benefits of vitamin D for preventing cancer?"). Not "Is there a
    # role for X in Y?": on the BioASQ dev half that asks about X's part in a biology, and read as a topic
    # every statement must pair, 3 of its 4 questions lost their answer (session 22).
    r"^(?:is|are)\s+there\s+(?:any\s+|an?\s+)?(?:benefits?|evidence|efficacy)\s+(?:of|for|from)\s+(?P<i>.+?)\s+"
    r"(?:in|on|for)\s+(?:(?P<v>prevent|treat|lower|slow)ing\s+)?(?P<c>.+)$",
    # "Is vitamin K2 safe to take every day?", "Is X safe to use during pregnancy?": what is taken is the
    # intervention; the state it is taken in ("during pregnancy", "while breastfeeding") the condition, and how
    # often or how long ("every day", "long term") no part of either.
    # (And "Is vitamin K2 safe?", asked of the thing alone; "Is varenicline well tolerated?" asks its safety too.)
    rf"^(?:is|are)\s+(?!it\b)(?P<i>.+?)\s+(?:really\s+|generally\s+)?(?:safe|harmful|dangerous|{_TOLERATED})"
    rf"(?:\s+to\s+{_TAKE}(?:\s+(?:in|during|while|when|after|before|if)\s+(?P<c>.+)|\s+(?!(?:with|alongside|together)\b).+)?)?$",
    # "Is there a risk of bleeding when patients on warfarin start vitamin K2?", "Is there a risk of X with Y?": the
    # harm asked about is the condition, what is started (taken, stopped) the intervention, and who starts it the
    # setting of the question. (Not "a risk of X in <people>": that asks who is at risk, of nothing taken.)
    r"^(?:is|are)\s+there\s+(?:an?\s+)?(?:(?:any|increased|higher|greater|real|serious|high|significant)\s+)?"
    r"(?:risks?|danger)\s+(?:of|for)\s+(?P<c>.+?)\s+(?:(?:when|if|once|after|while)\s+(?P<who>(?:(?:a|an|the)\s+)?"
    rf"(?:[\w\-]+\s+){{0,2}}?(?:{PEOPLE_WORDS}|patient|person)(?:\s+(?:on|taking|with|receiving)\s+[\w\-]+"
    r"(?:\s+[\w\-]+)?)?)\s+(?:start|take|use|add|begin|receive|stop)s?|with|from|(?:when|if|while)\s+"
    r"(?:taking|using|starting|stopping|on|adding))\s+(?P<i>.+)$",
    # "Is there a link between calcium supplements and cardiovascular events?": what is linked first is the
    # exposure, the second the outcome, as "Are calcium supplements linked to cardiovascular events?" reads.
    r"^(?:is|are)\s+there\s+(?:any\s+)?(?:an?\s+)?(?:link|association|relationship|correlation|connection)\s+"
    r"between\s+(?P<i>.+?)\s+and\s+(?P<c>.+)$",
    # "How long should varenicline be taken (for smoking cessation)?": what is taken is the intervention.
    # When it is taken until, a clause ("after haemoglobin returns to normal"), is no condition.
    # (Or may be: "How long can opioids be used after a shoulder injury?" asks how long they may go on.)
    r"^how\s+(?:long|often)\s+(?:should|must|can|could|may)\s+(?P<i>.+?)\s+be\s+(?:taken|given|used|continued|"
    r"prescribed|tried)"
    r"(?:\s+(?:after|once|until|when|before)\s+(?:[\w\-]+\s+){1,3}?(?:(?:is|are|has|have|was|were|becomes?|gets?|"
    r"goes)\b|[a-z]+s\s+(?:to|back|below|above|within)\b|[a-z]+(?:is|iz)es\b).*|"
    # (or a clause led by a gerund: "... be tried before deciding it does not work", "... until judging ...")
    r"\s+(?:before|until)\s+[a-z]{3,}ing\b.*|\s+(?:for|in|after)\s+(?P<c>.+))?$",
    # "How long should an exercise programme last for knee osteoarthritis?": how long a treatment is to go on, asked of
    # the treatment (what is to last), not of a condition's course ("How long does X last?").
    # (Of the treatment of a condition named alone, "How long should treatment of pneumonia last?": the condition's.)
    r"^how\s+long\s+(?:should|must)\s+(?:the\s+)?(?:treatment|therapy)\s+(?:of|for)\s+(?P<c>.+?)\s+(?:last|run|"
    r"go\s+on)$",
    # (Not treatment named alone, "How long should treatment last?", a follow-up's of the treatment before it.)
    r"^how\s+long\s+(?:should|must)\s+(?!(?:the\s+|this\s+|that\s+)?(?:treatment|therapy|course|it|they)\s)"
    r"(?P<i>.+?)\s+(?:last|run|go\s+on)(?:\s+(?:for|in)\s+(?P<c>.+))?$",
    # "How effective is varenicline for smoking cessation?"
    r"^how\s+(?:effective|useful|safe|beneficial)\s+(?:is|are)\s+(?P<i>.+?)\s+(?:for|in|at|against)\s+(?P<c>.+)$",
    # "How common is calcific tendinopathy?": how often a condition occurs, asked of the condition.
    r"^how\s+(?:common|frequent|prevalent|rare|widespread)\s+(?:is|are)\s+(?P<c>.+)$",
    # "When should antibiotics be prescribed for acute otitis media?": when it is given, asked of what is given (and
    # how soon: "How quickly should antibiotics be started for pneumonia in hospital?").
    r"^(?:when|why|how\s+(?:soon|quickly|early|promptly|fast))\s+(?:should|is|are|can)\s+(?P<i>.+?)\s+(?:be\s+)?(?:used|given|prescribed|offered|started|"
    r"recommended|considered|indicated|needed|required|necessary|advised|performed|done)\s+(?:for|in|to treat|after|"
    r"during)\s+(?P<c>.+)$",
    # "Is it worth trying shockwave treatment for a calcified shoulder tendon?": whether a treatment is worth its
    # trouble asks whether it works, for what it is tried for.
    r"^(?:is|are)\s+(?:it|they)\s+(?:really\s+|still\s+)?worth(?:while)?\s+(?:to\s+)?(?:try(?:ing)?|us(?:e|ing)|"
    r"tak(?:e|ing)|giv(?:e|ing)|start(?:ing)?|offer(?:ing)?|prescrib(?:e|ing)|hav(?:e|ing)|add(?:ing)?)\s+"
    r"(?P<i>.+?)\s+(?:for|in|to\s+(?P<v>treat|prevent|reduce|relieve|improve)|against|after|during)\s+(?P<c>.+)$",
    # "Is it safe to give vitamin K2 to patients taking warfarin?": what is given is the intervention, and to
    # whom (people on another treatment, or with a condition) the condition asked about.
    r"^(?:is|are)\s+it\s+(?:safe|effective|advisable|appropriate|necessary)\s+to\s+(?:give|use|take|prescribe|"
    r"offer|start|continue|combine)\s+(?P<i>.+?)\s+(?:to|in|for|with|during|after|following|before|while)\s+"
    r"(?P<c>.+)$",
    # (And of the thing alone, "Is it safe to take vitamin K2?", as "Is vitamin K2 safe?" reads it; how often or how
    # long it is taken, "every day", "long term", is no part of it. No preposition in it: "Is it okay to give X to a
    # toddler?" names whom it is given to, which this shape does not read.)
    r"^(?:is|are)\s+it\s+(?:safe|ok|okay|effective|advisable|appropriate|necessary)\s+to\s+(?:give|use|take|prescribe|"
    r"offer|start|continue)\s+(?P<i>(?:(?!\b(?:to|in|for|with|during|after|following|before|while)\b).)+?)"
    rf"(?:\s+{_HOW_OFTEN_TAKEN})?$",
    # (Asked as a request too: "Describe the mechanism of action of X", "Explain the mode of action of X".)
    r"^(?:what\s+(?:is|are)|describe|explain)\s+the\s+(?:mechanisms?|modes?)\s+of\s+action\s+of\s+(?P<i>.+?)"
    r"(?:\s+(?:in|on|for)\s+(?P<c>.+))?$",
    # The harms of a thing ("What are the complications of needle lavage for calcific tendinitis?"): where they are
    # met ("in pregnancy") is the condition; what the thing is used for ("for calcific tendinitis") is not, since its
    # harms are its own wherever it is used (as a follow-up on harms keeps no condition, ``read_question``).
    r"^(?:what\s+(?:are|is)\s+the\s+)?(?:risks?|side effects?|adverse effects?|safety|complications?|harms?|"
    r"dangers?|adverse events?)\s+of\s+(?P<i>.+?)"
    r"(?:\s+(?:in|during)\s+(?P<c>.+)|\s+for\s+.+)?$",
    # (And what it must not be given in, its contraindications: "What are the contraindications to gizmo therapy for
    # Y?", "contraindications to gizmo therapy", "gizmo therapy contraindications": what it is used for is no
    # condition, as for its harms. Read with "contraindications" in the thing, no statement named all of it.)
    r"^(?:(?:what|which)\s+(?:are|is)\s+(?:the\s+)?)?(?:(?:main|absolute|relative|usual)\s+)?"
    r"contra-?indications?\s+(?:to|of|for|against)\s+(?P<i>.+?)(?:\s+(?:in|during)\s+(?P<c>.+)|\s+for\s+.+)?$",
    # (And the treatment asked with no rank: "What is the treatment for X?", "What are the treatment options for X?".
    # Not for a state of the condition said in a clause, "What is the treatment when asthma is not controlled?": read
    # as "asthma", its answer lost the lead on stepping treatment up to "Inhaled corticosteroids should not be stopped
    # completely", and "asthma symptoms" of "... when asthma symptoms persist ...?" met no statement.)
    r"^(?:what|which)\s+(?:is|are)\s+the\s+(?:(?:best|recommended|first[- ]line|standard|usual|main)\s+)?"
    r"(?:treatments?|therap(?:y|ies)|(?:treatment\s+)?options?|management)\s+(?:for|of)\s+(?P<c>.+)$",
    # "What is the recommended dose of oral iron for iron deficiency?": the dose of what, for what.
    r"^what\s+(?:is|are)\s+the\s+(?:[\w\-]+\s+)?(?:doses?|dosages?|dosing)\s+of\s+(?P<i>.+?)"
    r"(?:\s+(?:used|given|taken|studied)\b.*|\s+(?:for|in)\s+(?P<c>.+))?$",
    # Which treatment a condition calls for, the treatment being what is asked: "What antibiotic is the first
    # choice for community-acquired pneumonia?", "Which first-line drugs are recommended for hypertension?",
    # "Which beta blocker is used to prevent migraine?", "What antibiotic should be used for pneumonia ...?".
    # The condition is the topic; a statement that names it answers (``lead.naming_condition``).
    r"^(?:what|which)\s+(?:[\w\-]+\s+){0,3}?(?:is|are)\s+(?:the\s+)?(?:best|recommended|first[- ]line|"
    r"first[- ]choice|first|preferred|standard|initial|usual)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:of\s+(?:treatment|therapy|drugs?)\s+)?(?:for|in|of)\s+(?P<c>.+)$",
    # Which means people are screened or tested for a condition by ("Which tool should be used to screen adults for
    # depression?", "What test is used to screen for colorectal cancer?"): the screening is the intervention, what it
    # looks for the condition and the people it is for the population, as "Should adults be screened for depression?"
    # reads it; the means is what is asked (``asked_kind``).
    r"^(?:what|which)\s+(?:[\w\-]+\s+){0,3}?(?:is|are|should\s+be|can\s+be)\s+(?:(?:usually|commonly|generally|"
    r"best)\s+)?used\s+(?:to|for)\s+(?P<v>screen|test)(?:ing)?\s+"
    rf"(?:(?P<who>(?:all\s+)?(?:[\w\-]+\s+){{0,2}}?{PEOPLE_WORDS})\s+)?for\s+(?P<c>.+)$",
    # (Not "Which methods are used for genome segmentation?": "used" asks of a treatment only with its goal.)
    r"^(?:what|which)\s+(?:[\w\-]+\s+){0,3}?(?:is|are|should\s+be)\s+(?:(?:usually|commonly|generally)\s+)?"
    r"(?:(?:used|recommended|preferred|indicated|given|prescribed|offered|chosen)\s+(?:first\s+|first[- ]line\s+)?"
    r"to\s+(?P<v>treat|prevent|manage|reduce)|(?:recommended|preferred|indicated|given|prescribed|offered|chosen|"
    r"used\s+first)\s+(?:first\s+|first[- ]line\s+)?(?:for|in))\s+(?P<c>.+)$",
    # (... and "used for" a bare noun phrase, a condition: "Which antibiotics are used for high-severity pneumonia?".
    # Not one with an article or an "of", a purpose: "... used for the detection of selective sweeps", "... used for
    # genome segmentation of gene expression data", six shared questions read as no topic as before.)
    # (Nor means of study, "Which methods are used for genome segmentation?": a method, tool or software is used for
    # a task, not given for a condition.)
    r"^(?:what|which)\s+(?:(?!(?:of|methods?|tools?|techniques?|software|algorithms?|approaches|programs?|packages?|"
    r"databases?|models?|assays?)\b)[\w\-]+\s+){0,3}?(?:is|are|should\s+be)\s+"
    r"(?:(?:usually|commonly|generally)\s+)?used\s+(?:first\s+|first[- ]line\s+)?for\s+"
    r"(?!(?:the|a|an|this|these|their|its)\b)"
    r"(?P<c>(?:(?!\bof\b).)+)$",
    # What is added (or given next) when a treatment fails to control a condition ("What should be added if a
    # low-dose inhaled steroid does not control asthma?"): the treatment the condition then calls for, asked of the
    # condition (the failing treatment is its setting, which the question's own words still retrieve).
    r"^(?:what|which)\s+(?:[\w\-]+\s+){0,2}?(?:should|is|are|can|would|must)\s+(?:be\s+)?(?:added|given|used|tried|"
    r"offered|started|recommended|done|prescribed)\s+(?:next\s+)?(?:if|when|once)\s+.+?\s+(?:does\s+not|doesn't|"
    r"do\s+not|don't|fails?\s+to|cannot|can't|no\s+longer)\s+(?:adequately\s+|fully\s+)?(?:control|help|relieve|"
    r"improve|prevent|treat|reduce|work\s+(?:for|in))s?\s+(?P<c>.+)$",
    # (Also how it is prevented or looked into: "How is migraine prevented?", "How should iron deficiency be
    # investigated in a man?".)
    # Which things do a thing to a condition, asked with the verb of the effect ("Which drugs prevent migraine?",
    # "What antibiotic treats pneumonia in adults?", "Which medicines help people stop smoking?", "What reduces the
    # risk of migraine attacks?"): the things asked for, and the condition what they act on, as "Which drugs are used
    # to prevent migraine?" reads it. (No auxiliary among the words before the verb: "What does X treat?" asks of X.
    # Not "cause": what causes a condition is its cause, asked below; nor "control", which asks of a biology: "Which
    # gene controls the consistency of cerumen?", two shared BioASQ questions. The episodes of a condition, "migraine
    # attacks", are the condition: read whole, the lead on what prevents them had to name "attacks", and "Which drugs
    # prevent migraine attacks?" lost "Propranolol is recommended as a first-line preventive drug for migraine".)
    r"^(?:what|which)\s+(?:(?!(?:is|are|was|were|do|does|did|can|could|should|would|will|may|might|must|has|have|"
    r"had)\b)[\w\-]+\s+){0,3}?(?P<v>prevent|treat|reduce|lower|relieve|improve|help|ease|cure)(?:s|es)?\s+"
    rf"(?:(?:[\w\-]+\s+){{0,2}}?{PEOPLE_WORDS}\s+(?:to\s+)?)?(?P<c>.+?)"
    r"(?:\s+(?:attacks?|episodes?|flares?|flare-ups?|symptoms))?(?:\s+(?:first|best|most))?$",
    r"^how\s+(?:should|is|are|do we|do you|to)\s+(?P<c>.+?)\s+(?:be\s+)?(?:treated|managed|diagnosed|prevented|"
    r"investigated|screened)"
    r"(?:\s+(?:in|among)\s+.+)?$",
    r"^how\s+does\s+(?P<i>.+?)\s+(?:work|act)(?:\s+(?:in|on|for)\s+(?P<c>.+))?$",
    # "How much exercise is needed for knee osteoarthritis?": how much of a thing a condition calls for, the thing
    # the intervention and what it is needed for the condition (the type, a dose, from "how much").
    r"^how\s+much\s+(?P<i>.+?)\s+(?:is|are)\s+(?:really\s+)?(?:needed|required|necessary|recommended|advised|enough)\s+"
    r"(?:for|in|to\s+(?P<v>treat|prevent|manage|reduce|improve|relieve))\s+(?P<c>.+)$",
    # "What daily dose of oral iron should an adult with iron-deficiency anaemia take?": the dose of what, for the
    # condition of whom it is for.
    rf"^what\s+(?:[\w\-]+\s+)?(?:dose|dosage)\s+of\s+(?P<i>.+?)\s+should\s+(?:an?\s+)?(?:[\w\-]+\s+)?"
    rf"(?:{PEOPLE_WORDS}|{_ONE_PERSON})\s+with\s+(?P<c>.+?)\s+(?:take|receive|get|be\s+given)$",
    r"^(?:what\s+(?:[\w/\-]+\s+){0,2}?(?:dose|dosage)\s+of|how much)\s+"
    r"(?P<i>.+?)(?:\s+(?:should|is|are|was|were|for|in)\s+.*)?$",
    # "Is metformin associated with lower mortality in ...?": the direction asked is no part of the outcome
    # ("Are statins linked to diabetes?" too).
    r"^(?:is|are|was|were)\s+(?P<i>.+?)\s+(?:associated|correlated|linked)\s+(?:with|to)\s+(?:(?:an?\s+)?(?:lower|higher|"
    r"increased|reduced|decreased|greater|less|fewer|more|better|worse|improved|poorer)\s+)?(?P<c>.+)$",
    # Advice asked in the passive, any verb ("Should vitamin K antagonists be urgently reversed in patients
    # with intracranial haemorrhage?"): what is acted on is the intervention when a condition or a population
    # follows the verb ...
    # (irregular participles of stopping too: "Should X be withheld in ...?"; and "done", of a test or procedure:
    # "Should HPV testing be done routinely in head and neck cancer?"; an agent that names people is the
    # population: "Should X be avoided by patients taking Y?")
    rf"^(?:should|must)\s+(?P<i>.+?)\s+be\s+(?:\w+ly\s+)?(?P<a>{_PARTICIPLE}|withheld|withdrawn|held|done)\s+"
    rf"(?:\w+ly\s+)?(?:in|for|after|following|during|among|by(?=\s+(?:\w+\s+){{0,2}}?{PEOPLE_WORDS}\b))\s+"
    r"(?P<c>.+)$",
    # ... and asked whether it may be ("Can amoxicillin be avoided in a child with mild ear infection?"), with a
    # verb of giving or of holding back only: "Can X be detected in Y?" asks something else.
    r"^(?:can|could|may)\s+(?P<i>.+?)\s+be\s+(?:safely\s+)?(?P<a>given|offered|prescribed|administered|started|"
    r"continued|stopped|avoided|withheld|withdrawn|omitted|deferred|delayed|discontinued|tapered)\s+"
    r"(?:safely\s+)?(?:in|for|after|following|during|among)\s+(?P<c>.+)$",
    # "Should warfarin patients keep their vitamin K intake steady?": what people are told to keep as it is (or
    # keep to: "maintain a consistent intake") is the intervention, the people told the condition asked about, as
    # for avoiding it below; the state it is to be kept in, an adjective after it, is no part of it.
    rf"^(?:should|must|can|do|does)\s+(?P<c>(?:(?:a|an|the)\s+)?(?:[\w\-]+\s+){{0,2}}?(?:{PEOPLE_WORDS}|patient|person|"
    r"adult|child|woman|man)(?:\s+(?:with|taking|on|receiving|who)\s+[\w\-' ]+?)?)\s+(?:need\s+to\s+)?"
    r"(?:keep|maintain)\s+(?:(?:their|his|her|a|an|the)\s+)?(?P<i>.+?)"
    r"(?:\s+(?:[a-z]+(?:dy|ble|ent|ant|ous|ive|lar)|the\s+same|constant|unchanged|low|high|under\s+control))?$",
    # "Should patients taking X avoid Y?": the people told to avoid or stop it are the condition asked about. (Also
    # whether they need to: "Do people on warfarin need to avoid leafy green vegetables?", as "should" asks it; and
    # one person, "Does a patient on warfarin need to avoid ...?".)
    rf"^(?:should|must|can|(?:do|does)(?=\s.+?\s(?:need|has|have)\s+to\s))\s+(?P<c>(?:[\w\-]+\s+){{0,2}}?{PERSON_NOUNS}"
    r"(?:\s+(?:with|taking|on|receiving|who)\s+[\w\-' ]+?)?)\s+(?:(?:need|has|have)\s+to\s+)?"
    r"(?:avoid|stop|discontinue|withhold)\s+(?P<i>.+)$",
    # ... and the condition when nothing does ("Should femur fractures in polytrauma patients be fixed within
    # 24 hours?"): the act, named as a gerund, is then the intervention (concepts.Lexicon.names finds the
    # corpus's noun for it: "fixation"). Not for a verb of giving, whose subject is what is given.
    rf"^(?:should|must)\s+(?P<c>.+?)\s+be\s+(?:\w+ly\s+)?(?!(?:{_GIVING}|treated|managed)\b)(?P<act>{_PARTICIPLE})"
    r"(?:\s+(?:within|before|by|at|until|early|immediately|urgently|promptly|surgically|operatively)\b.*)?$",
    # A topic named as a phrase ("Vitamin K2 for tendon calcification"), not a clause: no verb before "for"/"in"
    # ("Brensocatib was tested for ..."), no question word after it ("... for treatment of which disease?").
    r"^(?!(?:what|which|who|whom|whose|how|where|when|why|is|are|was|were|do|does|did|can|could|should|"
    r"would|will|may|might|list|name|describe)\b)(?!.*\b(?:what|which|whom|whose)\b)"
    r"(?P<i>(?:(?!\b(?:is|are|was|were|be|been|has|have|had)\b)[\w\- ]){3,40}?)\s+(?:for|in)\s+(?P<c>[\w\- ]{3,60})$",
))

_TRAILING = re.compile(r"(?:\s+(?:patients|treatment|therapy|management))?\s*[?.!]*\s*$", re.I)
# A state people may come into, said with a linking verb after "who" ("who could become pregnant", "who become ill";
# not "get", which as often has an object: "people who get migraines"): grammar words only.
_WHO_BECOME = re.compile(r"\bwho\s+(?:(?P<m>could|can|may|might|will|are\s+likely\s+to|plan\s+to|want\s+to|"
                         r"wish\s+to|intend\s+to)\s+)?(?:become|becomes)\s+", re.I)
_KIND_BEFORE_WHO = re.compile(r"\s+(?:treatment|therapy|management)(?=\s+(?:in|among)\s)", re.I)
_IN_PATIENTS = re.compile(r"\s(?:in|among)\s+(?:[\w\-]+\s+){1,3}patients\s*[?.!]*$", re.I)
# (A quantifier alone too, "all older women": whom the question asks of, not what; but not "all cause mortality".)
_LEADING = re.compile(r"^(?:(?:the|a|an|every|each|all|any)\s+)?(?:(?:risks?|chances?|likelihood|odds|incidence|number|"
                      r"frequency|courses?) of(?:\s+(?:the|a|an)(?=\s))?|"
                      r"patients? with|people with|adults? with|child(?:ren)? with|persons? with|"
                      r"(?:some|any)(?:one|body) with|"
                      # (people named by age: "a 3-year-old with ear infection", "a 70-year-old woman with ...")
                      rf"{AGED}(?:\s+{PERSON_NOUNS})?\s+with|the|a|an)\s+|"
                      r"^(?:all|every|each)\s+(?!causes?\b)", re.I)
# (Not after an adjective: "cardiovascular risk" is no "cardiovascular", a word that names no condition alone.)
_RISK_AFTER = re.compile(r"(?<=\w)(?<!ar)(?<!al)(?<!ic)(?<!ous)(?<!ive)\s+risks?$", re.I)
# "long-term use", "the long term": how long it is taken, no condition a statement must name.
_DURATION_ONLY = re.compile(r"^(?:(?:long|short)[- ]term|prolonged|extended|chronic|daily|regular)(?:\s+(?:use|"
                            r"treatment|therapy|supplementation|intake))?$", re.I)
# "in clinical studies", "in trials", "in practice": where something was given, not what it was given for.
_RESEARCH_ONLY = re.compile(rf"^(?:[\w\-]+\s+){{0,2}}?(?:{_REPORTERS}|practice)$", re.I)
# A dose named with what is given ("vitamin D 2000 IU a day", "2,000 IU of vitamin D", "folic acid 5 mg daily"):
# how much is given, which a statement words its own way ("2000 international units per day"), is no part of
# the thing it must name.
_DOSE = (rf"\d[\d,.]*\s*{DOSE_UNIT}\b"
         r"(?:\s*(?:a|per|/|each|every)\s*(?:day|week|month|d)\b|\s+(?:once\s+|twice\s+)?(?:daily|weekly|monthly))?")
_DOSE_WITH = re.compile(rf"\s+(?:at\s+)?{_DOSE}$|^{_DOSE}\s+(?:of\s+)?(?=\S)", re.I)
# The form a thing is given in, after it ("calcium tablets", "iron pills"): how it is given, which a statement words
# its own way ("calcium supplements"), is no part of the thing it must name.
_FORM_AFTER = re.compile(r"(?<=\w)\s+(?:tablets?|pills?|capsules?)$", re.I)
# The report an outcome was found in, named after it ("cardiovascular events in the VITAL trial", "fractures in
# observational studies"): where the question's answer comes from, not part of the condition a statement must name.
_SOURCE_AFTER = re.compile(r"(?<=\w)\s+(?:in|from)\s+(?:the\s+|an?\s+)?(?:[\w\-]+\s+){0,3}?(?:trials?|stud(?:y|ies)|"
                           r"cohorts?|registr(?:y|ies)|meta-?analys[ie]s|RCTs?)$", re.I)
# Death from a cause asked as a clause ("dying from cancer", "dying of heart disease", "deaths from stroke"): the
# outcome a statement names as "cancer death" ("a possible reduction in cancer death"); where it is asked ("in older
# adults") stays after it. (Not "death from any cause": that is all-cause mortality, no cause's death.)
_CAUSE_WORD = r"(?!(?:in|among|after|with|during|or|and)\b)[\w\-]+"  # a word of the cause: no preposition, no "or"
_DYING_FROM = re.compile(rf"^(?:dying\s+(?:from|of)|deaths?\s+from)\s+(?!(?:any|all|other)\b)"
                         rf"(?P<x>{_CAUSE_WORD}(?:\s+{_CAUSE_WORD}){{0,2}}?)(?:\s+causes?)?(?P<rest>\s+(?:in|among)\s+.+)?$",
                         re.I)
# A measured value said after the condition ("gizmo anaemia with Hb 75", "... with an eGFR of 25", "... and ferritin 12
# ug/L"): how far it has gone, which a statement words its own way, no part of what it must name. A short name (one or
# two words) and a number with at most a unit, to the end; not a kind numbered ("with type 2 diabetes"). Grammar.
_MEASURED_AFTER = re.compile(r"(?<=\w)\s+(?:with|and|at)\s+(?:an?\s+)?(?!(?:type|grade|stage|class|step|level|"
                             r"phase|tier)\b)[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*)?"
                             r"\s+(?:of\s+|at\s+|(?:[<>]=?|≤|≥)\s*)?\d[\d.,]*"
                             r"(?:\s*(?:%|[a-zµμ]{1,4}(?:/[a-z0-9]{1,4})?))?$", re.I)
# How often a condition is met, said after it ("asthma symptoms twice a month", "headaches three times a week"): how
# bad it is, which a statement words its own way ("mild asthma"), no part of what it must name. Grammar.
_HOW_OFTEN_AFTER = re.compile(r"(?<=\w)\s+(?:(?:once|twice|(?:two|three|four|\d+)\s+times)\s+(?:a|an|per|every)\s+"
                              r"(?:day|week|month|year|night)|every\s+(?:day|week|month|night))$", re.I)
_SETTING_AFTER = re.compile(r"(?<=\w)\s+(?:treated|managed|cared\s+for|seen|admitted)\s+"
                            r"(?:at|in|as|by|outside|to)\s+.+$", re.I)
# The goal a question's verb names, as a heading says it: "prevent fractures" -> "Fracture Prevention".
_NOMINAL = {"prevent": "Prevention", "reduce": "Reduction", "improve": "Improvement", "slow": "Slowing",
            "lower": "Lowering", "reverse": "Reversal", "protect against": "Protection"}
# The act a question's verb names, where that act is what the question asks about: "screened for" -> screening (and
# the act named as a noun: "Is screening for X recommended?").
_ACTS = {"screened": "screening", "tested": "testing", "screening": "screening", "testing": "testing",
         "screen": "screening", "test": "testing"}
# Goals a title names before what they act on ("Slowing Aortic Valve Calcification").
_GOAL_FIRST = frozenset({"slow"})
_AUX = r"(?:is|are|was|were|does|do|did|can|could|should|has|have|had|will|would|may|might|must)\b"
# A yes/no question: one that opens with an auxiliary, or whose last clause does ("Therapeutic anticoagulation in
# the trauma patient: is it safe?"), or that ends "..., yes or no?".
_YES_NO = Caseless(re.compile(
    rf"^{_AUX}|(?:[:;]\s*|\.\s+|\s?--\s*|\s[-\u2013\u2014]\s){_AUX}|\byes\s*(?:or|/)\s*no\W*$", re.I))
# A statement asked as a question, with no question word and no auxiliary in front: "Necrotizing fasciitis: an
# indication for hyperbaric oxygen?", "Malnutrition, a new inducer of arterial calcification?", "Bypass temperature
# does not affect the outcome?". Its grammar must show it is a statement (a colon or a dash between its parts, an
# apposition, a second sentence, a verb): a bare noun phrase with a question mark ("Dose of vitamin D?") asks what.
_WH_WORD = re.compile(r"\b(?:what|which|who|whom|whose|when|where|why|how|whether)\b", re.I)
_ASKING_IMPERATIVE = re.compile(r"^(?:list|name|describe|give|mention|enumerate|state|explain|define|summari[sz]e|"
                                r"identify|report|tell|compare|provide)\b", re.I)
_STATEMENT_MARK = re.compile(rf"[:;]|--|\s[-\u2013\u2014]\s|,\s+(?:a|an|the)\s|\.\s+\S|\b{_AUX}|\bnot\b", re.I)


def asks_yes_or_no(text: str) -> bool:
    """Whether a question asks for a yes or a no: it opens with an auxiliary (or its last clause does, or it ends
    "yes or no?": ``_YES_NO``), or it is a statement asked as a question (``_STATEMENT_MARK``), as titles of
    research papers are. Grammar only: on the shared BioASQ questions the statement form finds one more yes/no
    question and no question of another type; on PubMedQA (all yes/no/maybe) 83 of its 1,000 titles."""
    if _YES_NO.search(text):
        return True
    text = text.strip()
    return (text.endswith("?") and not _WH_WORD.search(text) and not _ASKING_IMPERATIVE.search(text)
            and not _ASKS_FOR_LIST.search(text) and not _ASKS_WHICH_AFTER.search(text)
            and bool(_STATEMENT_MARK.search(_CASE_STATE.sub(" ", text))))


# A case, then a noun phrase that asks what or which ("gizmo fever, low score, outpatient - first line drug?", "...:
# usual dose?"): no verb, so no statement asked as a question; "first line X?" asks which X.
# A thing "of choice" asks which thing of its kind ("... - imaging of choice?", "...: test of choice?"), whatever its
# noun: read as a statement asked as a question, it took a "no". So does a rank before a kind with no "line" ("... -
# first drug?", "- initial test?"): read so, "Should first drug be given ...?" took an "uncertain".
_ASKS_WHICH_AFTER = re.compile(r"(?:[:;,]|\s[-\u2013\u2014]+|--)\s*(?!\s)(?:(?:the\s+)?(?:"
                               r"(?:first|second|third|1st|2nd|3rd)(?:[\s-]+line)?|initial|best|preferred|optimal|ideal|"
                               r"usual|standard|drug\s+of\s+choice)\b"
                               r"(?:(?!\b(?:is|are|should|can|do|does|or|for|in)\b)[^?:;,])*|(?:[^?:;,\s]+\s+){0,2}?"
                               r"(?:doses?|dosing|dosage|duration|timing|(?<=\s)of\s+choice)|"
                               # ("- max gizmo dose/day?", "- upper limit for X?", "- next imaging?", "- target INR?": a
                               # value or the next step asked, unless a word judging it ends the question, "... ok?")
                               r"(?:the\s+)?(?:max(?:imum)?|min(?:imum)?|(?:upper|lower)\s+limit|next|target|goal)\b"
                               r"(?![^?]*\b(?:ok|okay|safe|fine|enough|reasonable|appropriate|recommended|needed|"
                               r"indicated|better|worse)\s*\?)[^?:;,]*)\s*\?+$", re.I)
# A state told of a case, "not" before a participle with no auxiliary ("ulcer not healing after 6 weeks", "INR still
# not coming down"): a finding, no claim asked; with nothing proposed to do, it asks what next, no yes or no.
_CASE_STATE = re.compile(rf"^(?!.*\b{_AUX})(?=.*\bnot\s+\w+ing\b).*$", re.I)


# A clinician's terse yes/no question, no auxiliary in front (``as_terse_asked``): a use then a word judging it
# ("gizmozumab for active frobnitis recommended?", "... ok?", "... worth it?"), a use alone ("gizmozumab for
# frobnitis?", "gizmozumab to prevent wobble in frobnitis?") or an act alone ("add gizmozumab on top of Y?"). It asks
# what "Is gizmozumab recommended for frobnitis?" asks; read as a noun phrase it took no verdict though the lead said
# one. Not a question word, an "or" between options, a case with a colon, dash or comma (other shapes read those), nor
# a noun that asks what or which before the use ("Dose of X?", "first line X for Y?"). Grammar only.
_TERSE_WORD = r"(?:recommended|indicated|ok|okay|safe|worth\s+it|appropriate|advisable|advised)"
_TERSE_JUDGED = re.compile(rf"^(?P<x>[^?]+?)\s+(?P<w>{_TERSE_WORD})\s*\?+$", re.I)
_TERSE_USE = re.compile(r"^(?P<x>(?:(?!(?:of|for|to|in|after|during|on|at|by|from|with|without)\b)[\w\-'/+.]+\s+){0,5}?"
                        r"[\w\-'/+.]+)\s+(?P<rest>(?:for|to|in|after|during)\s+[^?]+?)\s*\?+$", re.I)
# ... the use split before its "for" where what comes first is no bare use ("X with Y for Z?").
_TERSE_FOR = re.compile(r"^(?P<x>(?:(?!(?:of|for|to|in)\b)[\w\-'/+.]+\s+){1,7}?[\w\-'/+.]+)\s+"
                        r"(?P<rest>for\s+[^?]+?)\s*\?+$", re.I)
# ... a use whose thing ends on the rank it is asked at ("gizmolol first line for frobnitis?", "... as first choice
# for ..."): read as "Is gizmolol recommended ..." the rank joined the thing's name, and advice ranking other things
# first-line, which names every word of it but the thing's own, led with a "Yes.". Grammar of rank only.
_TERSE_RANKED = re.compile(r"^(?P<x>.+?)\s+(?P<r>(?:as\s+(?:(?:the|an?)\s+)?)?(?:first|second|third|1st|2nd|3rd)"
                           r"[\s-]+(?:line|choice))$", re.I)
_TERSE_ACT = re.compile(r"^(?P<v>add|offer|start|stop|continue|use|try|prescribe|restart|withhold|screen|refer|"
                        r"switch\s+to)\s+"
                        r"(?P<rest>[^?]+?)\s*\?+$", re.I)
def asked_tersely(text: str) -> bool:
    """Whether ``text`` is a clinician's terse yes/no question that ``as_terse_asked`` reads as "Is X recommended for
    Y?" (or the like)."""
    written = as_patient_written(" ".join(text.split()))
    return as_terse_asked(written) != written


# ... the judging word before the use's setting ("gizmo patch ok in frobnitis?") or alone before it, asked of the
# use a question before named ("ok in pregnancy?", "ok to give twice?").
_TERSE_JUDGED_BEFORE = re.compile(rf"^(?P<x>[^?]+?)\s+(?P<w>{_TERSE_WORD})\s+(?P<rest>(?:for|to|in|after|during|with|"
                                  r"on|while|if|when)\s+[^?]+?)\s*\?+$", re.I)
_TERSE_IT = re.compile(rf"^(?P<w>{_TERSE_WORD})\s+(?P<rest>(?:for|to|in|after|during|with|on|while|if|when)\s+[^?]+?)"
                       r"\s*\?+$", re.I)
# What the terse use form is not: a follow-up's conjunction in front ("and in children?": its own shapes read it), a
# pronoun of anything ("anything to check ...?"), a verb of needing, or a noun asking a quantity or a plan of the use
# ("gizmo dose for frobnitis?", "HbA1c target for ...?", "... levels abnormal in ...?"): those ask what, or are no use.
_TERSE_NOT_USE = re.compile(r"^(?:and|but|so|also|then|plus|anything|something|any)\b|"
                            r"\b(?:needs?|needed|doses?|dosing|dosage|schedule|target|intake|regimen|duration|interval|frequency|"
                            r"timing|levels?|threshold|goal|route|amount|number|rate)\b", re.I)
_ADDED_TO = re.compile(r"\s+(?:on\s+top\s+of|in\s+addition\s+to|alongside|as\s+well\s+as)\s+", re.I)
# A noun that asks what or which, heading the use ("dose of ...", "first-line antibiotic for ...", "treatment for ...").
_ASKS_WHAT_NOUN = re.compile(r"^(?:the\s+)?(?:(?:first|second|third|1st|2nd|3rd)[\s-]+line|best|preferred|optimal|"
                             r"ideal|usual|standard|recommended|choice|drug\s+of\s+choice|doses?|dosing|dosage|duration|"
                             r"length|management|treatment|therapy|timing|target|goal|work-?up|approach|evaluation|"
                             r"investigations?|tests?|options?|alternatives?|next|role|risks?|benefits?|evidence|"
                             r"indications?|contraindications?|monitoring|frequency|interval)\b", re.I)
_TERSE_OTHER = re.compile(r"[:;,]|\s[-\u2013\u2014]+\s|--|\bor\b|\bvs\.?\b|\bversus\b", re.I)


def as_terse_asked(text: str) -> str:
    """A clinician's terse yes/no question (``_TERSE_JUDGED``, ``_TERSE_USE``, ``_TERSE_ACT``) in the form its
    reading knows: "Is X recommended for Y?" of "X for Y recommended?" and of "X for Y?", "Should I add X?" of "add
    X?"; ``text`` itself for any other shape."""
    core = " ".join(text.split())
    if (not core.endswith("?") or _YES_NO.search(core) or _WH_WORD.search(core) or _ASKING_IMPERATIVE.search(core)
            or _TERSE_OTHER.search(core) or _ASKS_WHAT_NOUN.match(core) or _FOR_PEOPLE_TO.match(core)):
        return text  # (a thing for people to prevent a condition has its own reading, ``as_for_people_to``)
    act = _TERSE_ACT.match(core)
    if act is not None:
        verb, rest = act.group("v").lower(), act.group("rest")
        if verb == "add":
            rest = _ADDED_TO.sub(" to ", rest, count=1)  # "add X on top of Y": added to Y, as the reading knows it
        return f"Should I {verb} {rest}?"
    if _TERSE_NOT_USE.search(core):
        return text
    it = _TERSE_IT.match(core)
    if it is not None:
        return f"Is it {' '.join(it.group('w').lower().split())} {it.group('rest')}?"
    judged = _TERSE_JUDGED.match(core) or _TERSE_JUDGED_BEFORE.match(core)
    if judged is not None:
        word = " ".join(judged.group("w").lower().split())
        if judged.groupdict().get("rest"):
            return f"Is {judged.group('x')} {word} {judged.group('rest')}?"
        use = _TERSE_USE.match(judged.group("x") + "?") or _TERSE_FOR.match(judged.group("x") + "?")
        if use is not None:
            return f"Is {use.group('x')} {word} {use.group('rest')}?"
        return f"Is {judged.group('x')} {word}?"
    use = _TERSE_USE.match(core) or _TERSE_FOR.match(core)
    if use is not None:
        ranked = _TERSE_RANKED.match(use.group("x"))
        if ranked is not None:
            # "X first line for Y?": the rank is how X is asked to be recommended, no part of X ("Is X recommended
            # first line for Y?").
            return f"Is {ranked.group('x')} recommended {ranked.group('r')} {use.group('rest')}?"
        return f"Is {use.group('x')} recommended {use.group('rest')}?"
    return text


# A case, then a noun asking for the things to choose among ("INR all over the place - options?", "gizmo fever in a
# child: alternatives?"): asks to name them, no yes or no. Read as a statement asked as a question, "Yes." stood above
# INR targets. Grammar: nouns that name a set of choices, no topic.
_ASKS_FOR_LIST = re.compile(r"(?:^|[-\u2013\u2014:;,]\s*)(?:(?:any|the|other|further|treatment|management|"
                            r"therapeutic)\s+)*(?:options?|alternatives|choices|suggestions|ideas|next\s+steps)"
                            r"\s*\?+$", re.I)


# A choice between alternatives asked in a yes/no question's form: which of two, not whether. Two things joined by
# "or" as the subject of a word of choosing ("Is a thiazide or an ACE inhibitor the better first drug for
# hypertension?", "Are male or female persons more prone to autoimmunity?"), or as what one is advised to take
# ("Should I use ibuprofen or paracetamol for back pain?"). Not "or" in a phrase of one thing ("with or without", "one
# or more", "80 or older"), nor "or not" (whether); and not two things whose link to a third is asked ("Is X or Y
# associated with Z?", "Can lead or cadmium cause Z?"), a yes or a no on either: the word of choosing follows the two
# with no preposition or verb between.
_NOT_ALTERNATIVE = (r"(?!(?:not|more|less|fewer|greater|older|younger|higher|lower|above|below|over|under|later|"
                    r"earlier|longer|both|either|neither|none|without|any|all)\b)")
_SIDE = (r"(?:(?!\b(?:or|than|for|in|with|without|among|to|by|from|on|at|after|during|of|and|whether|"
         r"is|are|was|were|be|been|being|associated|related|linked|used|given)\b)[^,;:?])+?")
# The sides before the last "or", as a list may name them: one side, or several parted by commas ("acute, subacute or
# chronic", "X, Y, or Z"). A list of three offers a choice as two sides do; read with ``_SIDE`` alone, the comma kept
# it from being one ("adult cough for 6 weeks - acute, subacute or chronic?" took a "no"). Grammar only.
_SIDE_LIST = rf"{_SIDE}(?:\s*,\s*{_SIDE})*(?:\s*,)?"
_CHOICE = (
    re.compile(rf"^(?:is|are|was|were|would|will)\s+(?!it\b|there\b)(?:(?:either|the|a|an)\s+)?{_SIDE_LIST}"
               rf"(?<!\bwith)(?<![\d\s]one)(?<!\d)\s+or\s+{_NOT_ALTERNATIVE}{_SIDE}\s+(?:the\s+|a\s+)?"
               rf"{_CHOSEN}\b", re.I),
    re.compile(rf"^(?:should|would|shall)\s+(?:i|we|you|(?:[\w\-]+\s+){{0,2}}?{PEOPLE_WORDS})\s+(?:\w+ly\s+)?"
               r"(?:use|take|give|start|choose|prescribe|try|get|have|pick|prefer|offer|recommend|receive|"
               rf"go\s+(?:for|with)|opt\s+for|switch\s+to)\s+{_SIDE_LIST}(?<!\bwith)(?<!\d)\s+or\s+{_NOT_ALTERNATIVE}"
               rf"{_SIDE}(?:\s+(?:for|in|to|when|if|after|before|during|at|on|while)\s+[^?]+)?\W*$", re.I),
    # The two after the word of choosing, which groups of people ("Is X more common in men or women?") ...
    re.compile(rf"^(?:is|are)\s+[^?]+?\s+(?:more|less)\s+[a-z][\w\-]+\s+(?:in|among|for)\s+(?:the\s+)?{_SIDE_LIST}"
               rf"(?<!\d)\s+or\s+{_NOT_ALTERNATIVE}(?:the\s+)?{_SIDE}\W*$", re.I),
    # ... or which to do ("Is it better to use X or Y for Z?") ...
    re.compile(rf"^(?:is|would)\s+it\s+(?:better|best|safer|preferable)\s+to\s+\w+\s+{_SIDE_LIST}(?<!\bwith)(?<!\d)\s+"
               rf"or\s+{_NOT_ALTERNATIVE}{_SIDE}(?:\s+(?:for|in|to|when|if|after|before|during|at|on|while)\s+[^?]+)?\W*$",
               re.I),
    # ... or what people defined at length should take ("Should patients with atrial fibrillation take warfarin or a
    # DOAC?", "Should I start with X or Y?").
    re.compile(rf"^(?:should|would|shall)\s+(?:i|we|you|(?:[\w\-]+\s+){{0,2}}?{PEOPLE_WORDS}(?:\s+(?:with|on|who\s+have)"
               r"\s+(?:[\w\-]+\s+){1,4}?)?)\s*(?:\w+ly\s+)?(?:use|take|give|start(?:\s+with)?|choose|prescribe|try|get|"
               rf"receive|be\s+(?:given|offered|prescribed|started\s+on))\s+{_SIDE_LIST}(?<!\bwith)(?<!\d)\s+or\s+"
               rf"{_NOT_ALTERNATIVE}{_SIDE}(?:\s+(?:for|in|to|when|if|after|before|during|at|on|while)\s+[^?]+)?\W*$",
               re.I),
    # ... or two options named alone after a case and a colon or a dash ("Small renal mass: partial or radical
    # nephrectomy?", "AF with valvular disease - DOAC or warfarin?"), at most a word of when after them ("... mammogram
    # or ultrasound first?"). Not a question word after the colon ("- how long ... before X or Y"), nor acting against
    # waiting ("- antibiotics or wait?", "operate or watch?"): whether to act, a yes or a no.
    re.compile(rf"^[^?:]+?(?::|\s[-\u2013\u2014]+)\s*(?!\s)(?!(?:how|what|which|when|who|why|where|whether|is|are|should|can|"
               rf"do|does)\b)(?:(?:the|a|an)\s+)?{_SIDE_LIST}(?<!\d)\s+or\s+{_NOT_ALTERNATIVE}"
               r"(?!(?:wait|watch|observe|watchful|delay|defer|hold|nothing|no)\b)"
               rf"(?:(?:the|a|an)\s+)?{_SIDE}(?:\s+(?:first|now|instead|then|initially))?\W*$", re.I),
)


# Two amounts of one unit offered at the end of a question ("... - gizmomab for 6 or 9 weeks?", "continue it 2 or 4
# days?", "start at 25 or 50 mg?"): which amount, no yes or no. Read as a yes/no question, "Yes." leaned on a
# statement that gave one of the numbers for another regimen. Not an age or a band the two numbers bound ("children
# aged 2 or 3 years?", "over 65 or 70 years?": whom it is asked of), so no word of age or bound stands before them.
# Grammar.
_AMOUNT_CHOICE = re.compile(r"(?<![\w.])(?<!aged\s)(?<!age\s)(?<!ages\s)(?<!over\s)(?<!under\s)(?<!than\s)"
                            r"(?<!between\s)(?<!from\s)(?<!to\s)\d+(?:\.\d+)?(?:\s*[a-z%]{1,6})?\s+or\s+\d+(?:\.\d+)?"
                            r"\s*[a-z%]{1,9}\s*\?+\s*$", re.I)
# ... asked of what to give, not whether an effect holds at either of two points ("Does gizmomab lower mortality at 30
# or 90 days?": a yes or a no on the effect). Grammar.
_ASKS_EFFECT = re.compile(r"^\s*(?:do|does|did|can|could|has|have|had|will|would)\b", re.I)


def asks_choice(text: str) -> bool:
    """Whether a question in a yes/no question's form offers alternatives to choose between (``_CHOICE``,
    ``_AMOUNT_CHOICE``): its answer compares or ranks them, and a "Yes." or a "No." answers nothing. Grammar only: on
    the shared BioASQ questions it finds one question, "Are male or female persons more prone to autoimmunity?", whose
    gold answer names one of the two (factoid), and no yes/no question."""
    core = " ".join(text.split())
    if any(shape.search(core) for shape in _CHOICE) or _ends_on_options(core) or (
            _AMOUNT_CHOICE.search(core) and not _ASKS_EFFECT.match(core)):
        return True
    # The question asked after a case and a dash or a colon ("adult with a wobble for 5 weeks - is that early, middle
    # or late?", "hot swollen knee: is it gout or an infection?"): the case is no part of the options.
    clause = _ASKED_AFTER_CASE.search(core)
    return clause is not None and (_ends_on_options(clause.group("q")) or bool(_OF_THE_CASE.search(clause.group("q"))))


# A case, then a question with an auxiliary after its dash or colon.
_ASKED_AFTER_CASE = re.compile(r"(?::|\s[-\u2013\u2014]+)\s*(?P<q>(?:is|are|was|were)\b[^:\u2013\u2014]*)$", re.I)
# Which of two or more a case is, asked of a pronoun that points at the case ("is it gout or an infection?", "is
# that early, middle or late?"): its options, no yes or no. Not "or not" (whether), nor a link after the pronoun ("is
# it caused by X or Y?": ``_SIDE`` holds no preposition or verb of linking).
_OF_THE_CASE = re.compile(rf"^(?:is|are|was|were)\s+(?:it|this|that|these|those|they)\s+(?:(?:an?|the)\s+)?"
                          rf"{_SIDE_LIST}(?<!\d)\s+or\s+{_NOT_ALTERNATIVE}(?:(?:an?|the)\s+)?{_SIDE}\W*$", re.I)


# Three or more options named alone at the end of a copula question ("Is a cough lasting six weeks acute, subacute or
# chronic?", "Are these plaques stable, unstable or ruptured?"): which of them, no yes or no. A list after a word that
# links the subject to it ("Is X associated with A, B or C?", "Is X caused by A, B or C?") asks whether that link holds
# for any of them, a yes or a no: ``_LINKING`` closes the class (prepositions and participles of linking, grammar).
_OPTIONS_AT_END = re.compile(rf"^(?:is|are|was|were)\s+(?P<subject>[^?,;:]+?)\s+(?P<first>{_SIDE})(?:\s*,\s*{_SIDE})+"
                             rf"(?:\s*,)?\s+or\s+{_NOT_ALTERNATIVE}{_SIDE}\W*$", re.I)
_LINKING = frozenset("with without to by of in for from on at among after during than as into associated related "
                     "linked caused due used given seen found treated".split())


def _ends_on_options(core: str) -> bool:
    """Whether a copula question ends on a list of three or more options to choose among (``_OPTIONS_AT_END``) whose
    subject does not link it to them (``_LINKING``)."""
    found = _OPTIONS_AT_END.search(core)
    if found is None:
        return False
    before = f"{found.group('subject')} {found.group('first')}".split()
    # (the first option is one word or a few; whatever word the split put before it must not be one of linking)
    return not any(word.lower() in _LINKING for word in before[-3:]) and len(before) >= 2


# The act of giving an intervention, named before it ("taking vitamin D and vitamin K together", "combining
# varenicline with counselling", "eating vegetables" of "Should patients stop eating vegetables?"), and the act on a
# condition ("in diagnosing calcific tendinopathy"): neither is what the corpus names, so neither is part of the topic.
_GIVING_ACT = re.compile(r"^(?:taking|using|combining|adding|giving|receiving|eating|drinking)\s+(?=\S)|\s+together$",
                         re.I)
_CONDITION_ACT = re.compile(r"^(?:diagnosing|detecting|treating|managing|preventing)\s+(?=\S)", re.I)
_SMALL = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with", "vs"}


@dataclass(frozen=True)
class Question:
    """A question as medcite reads it."""

    text: str
    type: str
    intervention: str | None
    condition: str | None
    title: str
    inherited: bool = False
    yes_no: bool = False  # asks for a yes or a no ("Is ...?", "Does ...?", "Can ...?")
    # The people a passive question asks about as its subject (``subject_population``), read in the same pass
    # over the question shapes as its topic.
    subject: str | None = None
    # The verb the question asks about the intervention's effect ("increase" of "Do calcium supplements
    # increase the risk of myocardial infarction?"), as its shape reads it; None when the shape names none.
    verb: str | None = None
    # What a comparison compares the intervention with ("oral iron" of "Does intravenous iron work faster
    # than oral iron?"); None for any other question.
    comparator: str | None = None
    # Whether the question asks about taking the intervention together with another thing ("Can vitamin D and
    # vitamin K be taken together?"), which then stands in the condition's place.
    together: bool = False
    # Whether the intervention is two things taken together for the condition ("Should X and Y be combined for Z?",
    # "Can X be taken with Y to prevent Z?": "X with Y"): a statement names it only where it names the two together
    # (``concepts.Concept.sides``), not each on its own or as alternatives.
    combined: bool = False
    # What the question asks of the condition it names alone, as its shape reads it: "course" (what it does of
    # itself: "Does X resolve without treatment?") or "cause" (what brings it about: "Why does X develop?", "Who
    # gets X?", "What causes X?"); None for any other question (``_Topic.aspect``).
    aspect: Aspect | None = None
    # What of the question a statement is asked to cover, where its shape tells that apart from the words it asks
    # with: for a question on a condition's course, the condition and when ("calcific deposits" of "What happens
    # to calcific deposits without treatment?", ``_course_asked``); None for any other question.
    asked: str | None = None
    # The design of study the question asks the evidence of ("animal" of "Is there evidence from animal studies that
    # ...?", ``reported_design``); None when it names none.
    design: str | None = None
    # What the question asks a replacement for ("amoxicillin" of "What can be used instead of amoxicillin for Y?",
    # ``replaced_treatment``); None for any other question.
    instead_of: str | None = None
    # Whether the question offers alternatives to choose between in a yes/no question's form ("Is X or Y better
    # for Z?", "Should I use X or Y?": ``asks_choice``): it asks which, so it takes no yes or no (``yes_no``).
    choice: bool = False
    # The question as asked, where a second question joined by "and" was cut from it (``_SECOND_QUESTION``: "How
    # common is X and who gets it?"): ``text`` is the first question, which every reading answers; this one the
    # answer shows. None when nothing was cut.
    as_asked: str | None = None
    # The question a follow-up was asked after, where neither names a topic the follow-up could inherit
    # (``follow_up.asked_after``): its words are searched with the follow-up's own (``search_text``), so that "How soon
    # should the patient be reviewed?" is asked of the depression that question was about. None for any other question.
    context: str | None = None
    # The question with each acronym the corpus defines, outside its intervention and condition, written as its long
    # form ("Should a child with gizmo fever get gizmozumab?" of "... with GF ...", ``Lexicon.defined_written``):
    # what is searched and matched in place of ``text`` (``search_text``). None where it is the question as written.
    spelled_out: str | None = None
    # The long forms ``spelled_out`` writes: each weighs in the match as the one word it stands for (``scoring``).
    long_forms: tuple[str, ...] = ()
    # What the answer a follow-up follows quoted (its bottom line's source statements) and the words of the question
    # it answered: a statement quoted there is quoted again only where it speaks to what the follow-up asks anew
    # (``quoted_before.not_quoted_again``). Empty and None for a question that follows none.
    quoted_before: tuple[str, ...] = ()
    asked_before: str | None = None

    @property
    def alternatives(self) -> tuple[str, ...]:
        """The treatments an intervention offers as alternatives ("antidepressants", "psychotherapy" of "Are
        antidepressants or psychotherapy recommended for depression?"): a statement that names either speaks to the
        question (``alternatives_of``); empty for an intervention that names one thing."""
        return alternatives_of(self.intervention)

    @property
    def search_text(self) -> str:
        """What retrieval is asked: the question (its acronyms the corpus defines written out: ``spelled_out``), plus
        inherited topic words a follow-up left out, or the words of the question it follows where that named no topic
        to inherit (``context``)."""
        text = self.spelled_out or self.text
        if self.context:
            return f"{text} {self.context}"
        if not self.inherited:
            return text
        topic = " ".join(p for p in (self.intervention, self.condition) if p)
        return f"{text} {topic}"

    @property
    def match_text(self) -> str:
        """What a statement is asked to cover: the search text less the report the question names as where its
        answer on an intervention and an outcome comes from ("... cardiovascular events in the VITAL trial?").
        The report's own sentences are retrieved by its name; its finding ("Vitamin D3 ... did not lower the
        incidence of major cardiovascular events") does not repeat it. For a question whose shape tells what it asks
        from the words it asks with (``asked``), that alone: no source writes "What happens to ... without"."""
        return without_case_context(self._match_text())

    def _match_text(self) -> str:
        """``match_text`` with the case's context still in it."""
        text = self.spelled_out or self.text
        if self.asked:
            return self.asked + self.search_text[len(text):]
        asked = _SOURCE_AFTER.sub("", text.rstrip("?.! "))
        if not (self.intervention and self.condition) or asked == text.rstrip("?.! "):
            # No outcome the report is named after: the report is what is asked about ("Which disease was studied
            # in the CADISS trial?", "Has LB-100 been tested in clinical trials?").
            return self.search_text
        return asked + self.search_text[len(text):]


def read_question(text: str, follows_intervention: str | None = None,
                  follows_condition: str | None = None) -> Question:
    """Read type, intervention, condition and title; inherit the topic of a followed answer where missing.

    Remembered per arguments (``_read``; a Question is frozen): a question asked again (a clinician's common
    question, a page reloaded) is not read through its thirty-odd shapes and type cues again."""
    return _read(text, follows_intervention, follows_condition)


@lru_cache(maxsize=QUESTIONS_KEPT)
def _read(text: str, follows_intervention: str | None, follows_condition: str | None) -> Question:
    """``read_question``, worked out."""
    text = " ".join(text.split())
    if not text:
        raise QuestionError("the question is empty")
    # A second question joined by "and" is no part of the first, nor of how it is answered: its type, its verdict,
    # its search ("Is varenicline safe, and what are its side effects?" is read as "Is varenicline safe?").
    written = as_case_asked(as_state_first(as_dash_question(as_next_asked(as_terse_asked(as_patient_written(text))))))
    first = as_used_in_people(as_switched(as_plain_wording(as_dose_asked(_first_question(written)))))
    as_asked, text = (text, first) if first != text else (None, text)
    # A quality a thing is asked to make less is asked as its effect ("make arteries less stiff": reduce stiffness);
    # advice asked in the first person, as asked of whom it is for ("Should I tell patients on X to avoid Y?").
    bare = text.rstrip("?.! ")
    asked = as_which_given(as_told(as_which_they_get(as_instead(as_plain(as_fronted(as_duration(bare)))))))
    effect = as_harm_alone(as_frequency(as_recommended(as_direction(as_effect(asked)))))
    qtype = question_type(effect if effect != bare else text)
    topic = _read_topic(text)
    # A condition's course is its prognosis, whatever words of treatment the question holds ("Does depression come
    # back after treatment?"); a cause asked of a condition is no harm ("risk factors") nor a treatment's mechanism
    # ("Why does X develop?"), but the question the cause statements answer (``asks_cause``).
    if topic.aspect == "course" and not topic.intervention:
        qtype = "prognosis"
    elif topic.aspect == "cause" and not topic.intervention and qtype in ("safety", "mechanism", "prognosis"):
        qtype = "general"
    intervention, condition, verb = topic.intervention, topic.condition, topic.verb
    intervention = _purpose_said(intervention, verb)
    # (asked of the question as written too: a case read into the question's subject, "Is adult early, middle or
    # late with wobble for 5 weeks?", no longer ends on its options)
    choice = topic.choice or asks_choice(text) or (as_asked is not None and asks_choice(as_asked))
    inherited = False
    if follows_condition and condition and _ANYONE.fullmatch(condition):
        # A follow-up's people named by nothing but a noun for anyone ("Should patients avoid green vegetables?"
        # after a question on warfarin): no condition of their own, so they are the previous question's.
        condition = None
    if follows_condition and ((condition and _POINTER.fullmatch(condition))
                              or (not condition and _POINTED_CONDITION.search(text))):
        # ... and a pronoun in the condition's place ("Is an X-ray needed to diagnose it?" after a question on knee
        # osteoarthritis) is the previous question's condition.
        condition, inherited = follows_condition, True
    if not (follows_intervention or follows_condition) and condition and not intervention and _ASKED_OF_IT.match(text):
        # A question asked of a pronoun that nothing before it names ("Is it safe with warfarin?" asked first): what
        # it is asked with is no topic of its own, or "Yes. Warfarin ... is used to prevent ... thrombosis" answers
        # whether warfarin is safe. Read as no topic, its answer quotes only the closest evidence.
        condition = None
    if follows_intervention or follows_condition:
        if not intervention and follows_intervention:
            intervention, inherited = follows_intervention, True
        # A question on an intervention's harms ("What are its side effects?") asks about them wherever it is
        # used: it keeps the intervention, not the condition the followed answer treated with it.
        harms_only = qtype == "safety" and bool(intervention)
        if not condition and follows_condition and (inherited or not intervention) and not harms_only:
            condition, inherited = follows_condition, True
        elif (condition and follows_condition and inherited and not harms_only and names_people(condition)
              and follows_condition.lower() not in condition.lower()):
            # People alone where the condition stood ("Does it work in children?" after a question on topiramate for
            # migraine): the previous condition in them, "migraine in children", as "What about in children?" asks.
            condition = f"{follows_condition} in {condition}"
    return Question(text=text, as_asked=as_asked, type=qtype, intervention=intervention, condition=condition,
                    title=make_title(text, qtype, intervention, condition, verb, topic.comparator, topic.subject),
                    inherited=inherited, subject=topic.subject,
                    yes_no=asks_yes_or_no(text) and not choice, choice=choice,
                    verb=None if verb in (None, "act", "with") or verb in _ACTS else verb,
                    comparator=topic.comparator, together=verb == "with" and condition == topic.condition,
                    combined=(topic.combined or bool(intervention and _PLUS.search(intervention)))
                    and intervention == topic.intervention,
                    aspect=topic.aspect if not topic.intervention else None,
                    asked=topic.asked if not topic.intervention else None, design=reported_design(text),
                    instead_of=replaced_treatment(text))


# An adjective of prevention before a thing ("prophylactic gizmolol", "preventive gizmo drops"): the purpose the
# question says again in its verb ("... to prevent frobnitis?"), no part of the thing's name. A closed class of English
# words.
_OF_PREVENTION = re.compile(r"^(?:prophylactic|preventive|preventative)\s+(?=\S)", re.I)


def _purpose_said(intervention: str | None, verb: str | None) -> str | None:
    """``intervention`` less an adjective of prevention (``_OF_PREVENTION``) where the question asks it to prevent
    (``verb``): "haloperidol" of "prophylactic haloperidol ... to prevent delirium", as advice names it ("X should not
    be given to prevent Y"); kept whole, no statement named the thing, and the answer led on advice for treating the
    condition, not preventing it."""
    if not intervention or verb != "prevent":
        return intervention
    return _OF_PREVENTION.sub("", intervention, count=1) or intervention


def question_type(text: str) -> str:
    """The first type whose cue words occur in the question, else 'general'. A risk the intervention is asked
    to lower ("Does vitamin K2 lower the risk of fractures?") is the outcome of a therapy, not a harm. A dose that
    describes what the patient is on already (``_ON_A_DOSE``: "still wheezy on high-dose X, what next?") is part of
    the case, not a dose asked."""
    if _LOWERS_RISK.search(text):
        text = _LOWERED_RISK.sub(lambda m: f"{m.group(1)} {m.group('what') or ''}", text)
    text = _ON_A_DOSE.sub(" ", text)
    for qtype, cue in _TYPE_CUES:
        if cue.search(text):
            return qtype
    return "general"


# A dose word that describes the treatment a patient is on already: "uncontrolled on medium dose X", "despite a
# high-dose Y", "taking low-dose Z". A word of being on or taking, then a word of a dose's size: the case the question
# describes, not the dose it asks ("What dose of X ...?"). Not "on the dose": "advice on the dose of X" asks it; nor
# "with": "Could X be treated with higher doses of Y?" asks the dose. Grammar: the sizes a dose is described by, no
# topic.
_ON_A_DOSE = re.compile(r"\b(?:on|despite|taking|receiving)\s+(?:an?\s+)?(?:low|lower|medium|"
                        r"moderate|high|higher|maximum|maximal|max|full|standard|usual|stable|optimal|"
                        r"optimi[sz]ed|current)[\s\-]+(?:doses?|dosages?)\b", re.I)


# What a case states as its context, not as what it asks: a named score with its value, closing a clause of the case
# ("Gizmo-12 score 3 - which ...?", "Wells score of 5, should ...?"), which says how severe the case is (not "What does
# a Wells score of 5 mean?", which asks it); and the treatments listed as already failed or tried
# (``after_failure.FAILED_LIST``). A statement that covers those words explains the score or the failed drugs, not the
# advice asked ("which antibiotic?", "what next?"). Grammar: a name before a number; no topic.
_SCORE_VALUE = re.compile(r"\b(?:(?:[A-Za-z][\w\-]*\s+)?(?:score|scale|index)\s+|[A-Za-z]+\d*-\d+\s+(?:score\s+)?)"
                          r"(?:of\s+|was\s+|is\s+|=\s*)?\d+(?:\.\d+)?(?=\s*(?:[,;:\u2013\u2014]|-+\s))", re.I)

_DIGIT = re.compile(r"\d")  # what every match of _SCORE_VALUE has (the same class of digits)


def without_case_context(text: str) -> str:
    """``text`` less what its case states as context (``_SCORE_VALUE``, ``after_failure.FAILED_LIST``): what a
    statement must cover to answer it (``Question.match_text``; the search keeps them, which finds the source that
    names them). A failure word stays ("failed"), so the advice for those in whom treatment failed still covers it.
    (A score's value is a number: a text without a digit is not scanned for one, at every place of it, case-blind.)"""
    scored = _SCORE_VALUE.sub(" ", text) if _DIGIT.search(text) else text
    return FAILED_LIST.sub(lambda m: m.group(0).split()[0], scored)


# A question that asks what causes something ("What causes X?", "What is the genetic cause of X?", "Which
# gene mutations cause X?", "What is caused by Y?"): a question word, then a form of "cause" in its clause.
_ASKS_CAUSE = Caseless(re.compile(r"^(?:what|which)\b[^?;:]*?\bcaus(?:e|es|ed)\b", re.I))


# A question on how often a condition occurs ("How common is calcific tendinopathy?", "How prevalent are ...?").
# "What proportion of calcific deposits resorb on their own?": how often, asked as a share.
# "How often do calcific deposits resorb on their own?": how often a thing happens (not "How often do I take X?").
_ASKS_OCCURRENCE = Caseless(re.compile(r"^(?:how\s+(?:common|frequent|prevalent|rare|widespread)\b|(?:in\s+)?what\s+"
                                       r"(?:proportion|percentage|fraction|share|per\s?cent(?:age)?)\s+of\b|"
                                       r"how\s+often\s+(?:do|does|did)\s+(?!(?:i|you|we|patients|people)\b))", re.I))


# A question on whether a thing is the best of its kind ("Is ultrasound the best test to find calcium deposits?",
# "Is X the most accurate method for Y?", "Is X the gold standard for Y?"): a rank, which a statement that X works
# does not give.
_ASKS_BEST = Caseless(re.compile(rf"^(?:is|are)\s+.+?\s+the\s+{BEST_OF_KIND}\b", re.I))


# Whether a thing is tolerated, asked of it ("Is varenicline well tolerated?", "Are statins generally well-tolerated in
# older adults?"): a yes says it is tolerated, as a yes to "Is X safe?" says it is safe.
_ASKS_TOLERATED = re.compile(rf"^(?:is|are|was|were)\s+(?!it\b).+?\s+(?:really\s+|generally\s+)?(?:{_TOLERATED})\b",
                             re.I)


# A question that names harms as what it asks of the intervention ("What are the side effects of X in children with
# Y?"): a condition it names is where the harms are met, as "in pregnancy" is, not an effect asked. English's nouns of
# a treatment's unwanted effects; not "risk of", which names the outcome ("the risk of stroke with X"), nor "Is X
# safe?", which asks for a judgement on the whole.
_HARMS_NAMED = Caseless(re.compile(r"\b(?:side[- ]effects?|adverse\s+(?:effects?|events?|reactions?)|complications?|"
                                   r"harms?)\s+(?:of|from|with)\b", re.I))


# A question that names contraindications as what it asks ("What are the contraindications to gizmo therapy?"): in
# whom or when the thing must not be given, which advice against it states ("... should be avoided in pregnancy"), not
# what harms it has. Grammar: the noun, no topic.
_CONTRAINDICATIONS_NAMED = Caseless(re.compile(r"\bcontra-?indications?\b", re.I))


def asks_contraindications(text: str) -> bool:
    """Whether a question names contraindications as what it asks of its intervention (``_CONTRAINDICATIONS_NAMED``)."""
    return bool(_CONTRAINDICATIONS_NAMED.search(text))


def asks_harms_named(text: str) -> bool:
    """Whether a question names harms as what it asks of its intervention (``_HARMS_NAMED``)."""
    return _HARMS_NAMED.search(text)


def asks_tolerated(text: str) -> bool:
    """Whether a question asks whether what it names is tolerated, whose yes says it is, as "Is X safe?" asks
    (``polarity.asks_if_safe`` reads it with the word "safe")."""
    return bool(_ASKS_TOLERATED.match(text))


# The rank a question asks a thing at ("first-line" of "What is the first-line drug for Y?", "preferred"): a line of
# treatment or a preference, words a statement repeats when it names the thing at that rank; of a line, its ordinal
# ("first-choice" asked, "first-line" written), also straight before a kind of treatment ("the first drug for Y", "the
# second treatment": read as no rank, "Is metformin the first drug for type 2 diabetes?" led with a result, not with
# "... the recommended first-line drug ..."). Not "recommended" or "best", which statements use of anything. Read by
# the lead (``lead.naming_condition``) and the verdict (``verdict.on_first``).
ASKED_RANK = re.compile(r"\b(?P<r>first|second|third)(?:[\s\-](?:line|choice)\b|(?=\s+(?:drugs?|treatments?|"
                        r"therap(?:y|ies)|medications?|medicines?|options?)\b))|\b(?P<p>preferred)\b", re.I)
# The first rank said as how a thing is used ("Should X be used first for Y?", "... be tried first ...").
_USED_FIRST = re.compile(r"\b(?:used|given|offered|prescribed|chosen|started|tried)\s+first\b", re.I)


def asks_first(question: str) -> bool:
    """Whether a question asks if a thing comes first: the rank "first" (``ASKED_RANK``: "first-line", "the first
    drug") or "used first" (``_USED_FIRST``)."""
    rank = ASKED_RANK.search(question)
    return bool(rank and (rank.group("r") or "").lower() == "first") or bool(_USED_FIRST.search(question))


# Two things asked to be taken apart ("Should X be taken at a different time from Y?", "... separately from Y?"):
# read by a shape of ``_SHAPES``; the verdict needs a statement of their timing (``verdict.on_taking_apart``).
ASKED_APART = re.compile(rf"\bbe\s+{_TAKEN}\s+(?:apart|separately|at\s+(?:a\s+)?(?:different|separate)\s+times?)\s+"
                         r"(?:from|to)\b", re.I)


def asks_best(text: str) -> bool:
    """Whether the question asks if something is the best (most accurate, ideal) of its kind."""
    return bool(_ASKS_BEST.search(text))


@lru_cache(maxsize=QUESTIONS_KEPT)
def asks_occurrence(text: str) -> bool:
    """Whether a question asks how common something is: its answer states a frequency, not a treatment's result.
    Remembered per question: asked of it at each stage that weighs an aspect (two or three times an answer)."""
    return bool(_ASKS_OCCURRENCE.search(text))


def asks_cause(text: str) -> bool:
    """Whether a question asks for the cause of something (or what something causes), in its words
    (``_ASKS_CAUSE``) or as its shape reads it (``Question.aspect``: "Why does X develop?", "Who gets X?", "What
    triggers X?"): its answer is a statement of cause."""
    return bool(_ASKS_CAUSE.search(text)) or read_question(text).aspect == "cause"


# A question on what one thing is or does, named as a bare noun phrase: "What is pyroptosis?", "What are
# syndecans?", "What does matrix Gla protein do?". The phrase holds no preposition or participle, so "What is the
# cause of X?" or "What is X used for?" asks something else of X. A thing asked what it measures, reflects or
# indicates ("What does dp-ucMGP measure?") is a marker or a test asked what it is: a statement of what it is
# ("X is the form of ... that ...") answers, as for "What is X?". English's verbs of measuring, no topic.
_THING = re.compile(r"^what\s+(?:(?:is|are)\s+(?:(?:an?|the)\s+)?(?P<x>(?:(?!\b(?:of|in|for|by|to|with|on|from|at|"
                    r"about|between|than|\w+ed|do|does)\b)[^?:;,])+?)|(?:does|do)\s+(?P<y>[^?:;,]+?)\s+"
                    r"(?:do|measure|reflect|indicate))\s*\??$",
                    re.I)


# A question on the parts of one thing ("What are the items of the CURB-65 score?", "What are the components of X?"):
# the nouns of what a whole is made of, no topic.
_PARTS = re.compile(r"^what\s+(?:are|is)\s+the\s+(?:items?|components?|criteria|elements?|parts?|features?|domains?|"
                    r"variables?|constituents?)\s+(?:of|in)\s+(?:the\s+|an?\s+)?(?P<x>[^?:;,]+?)\s*\??$", re.I)


def asked_parts(text: str) -> str | None:
    """The thing a question asks the parts of ("CURB-65 score" of "What are the items of the CURB-65 score?"), or
    None for any other question: its answer is a statement whose subject is that thing and whose verb says what it
    holds ("The CURB-65 score gives one point each for confusion, ...")."""
    match = _PARTS.match(" ".join(text.split()))
    return match.group("x").strip(" \"'") or None if match else None


def asked_thing(text: str) -> str | None:
    """The thing a question asks what it is or does ("pyroptosis" of "What is pyroptosis?", "matrix Gla
    protein" of "What does matrix Gla protein do?"), or None for any other question: its answer is a statement
    whose subject is that thing ("Pyroptosis is a form of cell death ...")."""
    match = _THING.match(" ".join(text.split()))
    if not match:
        return None
    return (match.group("x") or match.group("y")).strip(" \"'") or None


# The kind of thing a which-question asks for, between its question word and its verb: "exercise" of "What kind of
# exercise is recommended for knee osteoarthritis?", "antibiotic" of "What antibiotic is the first choice for ...?".
_KIND = re.compile(r"^(?:what|which)\s+(?:(?:kinds?|types?|forms?|sorts?)\s+of\s+)?(?P<k>(?:[\w\-]+\s+){0,2}?[\w\-]+)"
                   r"\s+(?:is|are|should\s+be)\b", re.I)
# Also the kind said after a rank ("drug" of "What is the first-line drug for hypertension?", "antibiotic" of "What is
# the preferred antibiotic for ...?", "drug" of "What is the most effective drug to help people stop smoking?"), and
# the kind before a modal or "do" ("Which antibiotic should a child with ... get?", "Which antibiotic do you give for
# cellulitis?") or, after "which", before a verb of effect ("Which drugs prevent migraine attacks?", "Which drug
# helps people quit smoking?"). Not people ("Which patients should ...?": whom, not what) and not a step, a dose
# or a way said after a rank ("What is the first step in ...?": no thing of a kind).
_RANK = (r"(?:(?:first|second|third)[\s\-](?:line|choice)|preferred|recommended|best|initial|standard|usual|optimal|"
         r"ideal|most\s+(?:effective|appropriate|suitable|useful|commonly\s+used))")
_KIND_AFTER_RANK = re.compile(rf"^what\s+(?:is|are)\s+the\s+{_RANK}\s+(?P<k>(?:[\w\-]+\s+){{0,2}}?[\w\-]+)"
                              r"\s+(?:for|to|in)\s", re.I)
_KIND_BEFORE_VERB = re.compile(rf"^(?:what|which)\s+(?:(?:kinds?|types?|forms?|sorts?)\s+of\s+)?"
                               rf"(?P<k>(?!(?:is|are|was|were|do|does|did|should|must|can|could)\b)"
                               rf"(?:[\w\-]+\s+){{0,2}}?[\w\-]+)\s+(?:should|must|can|could|do|does|did)\s"
                               rf"|^which\s+(?P<w>(?:[\w\-]+\s+){{0,2}}?[\w\-]+)\s+"
                               rf"(?:{'|'.join(_EFFECTS)})(?:e?s)?\s", re.I)
_NOT_A_KIND = re.compile(rf"(?:^|\s){PEOPLE_WORDS}$|^(?:step|steps|dose|doses|way|ways|thing|things)$", re.I)


@lru_cache(maxsize=4096)
def asked_kind(text: str) -> str | None:
    """The kind of thing a which-question asks for ("exercise" of "What kind of exercise is recommended for knee
    osteoarthritis?", "drug" of "What is the first-line drug for hypertension?"), or None for a question of any
    other shape: the answer names something of that kind. Remembered per question: an answer asks it several times
    (the lead's narrowings, ``lead.asked_instance``)."""
    core = " ".join(text.split())
    match = _KIND.match(core) or _KIND_AFTER_RANK.match(core) or _KIND_BEFORE_VERB.match(core)
    if not match:
        return None
    kind = match.group("k") or match.group("w")
    return None if match.re is not _KIND and _NOT_A_KIND.search(kind) else kind


_LOWERED_RISK = re.compile(r"\b((?:lower|reduc|decreas|cut|prevent|halv)\w*)\s+(?:the\s+|their\s+|its\s+)?"
                           r"(?:risks?\s+(?:of\s+)?|(?P<what>(?:[\w\-]+\s+){1,2}?)risks?\b)", re.I)
_LOWERS_RISK = Caseless(_LOWERED_RISK)


def topic_of(text: str) -> tuple[str | None, str | None]:
    """(intervention, condition) from the first question shape that matches, cleaned; else (None, None)."""
    topic = _read_topic(text)
    return topic.intervention, topic.condition


class _Topic(NamedTuple):
    """What the first question shape that matches reads: the intervention, the condition, the verb that joins
    them and what a comparison compares with; and the population the first shape that matches at all names
    as its passive's subject (``subject_population``)."""

    intervention: str | None
    condition: str | None
    verb: str | None
    subject: str | None
    comparator: str | None = None
    choice: bool = False  # offers two alternatives to choose between ("Is X or Y better for Z?")
    # What a question asks of a condition it names alone: its own course ("course": "Does X resolve without
    # treatment?") or what brings it about ("cause": "Why does X develop?", "Who gets X?"); None otherwise.
    aspect: Aspect | None = None
    # What of the question a statement is asked to cover, where the shape tells it apart from the words it asks
    # with (``Question.asked``); None where it does not.
    asked: str | None = None
    combined: bool = False  # the intervention is two things taken together (``Question.combined``)


# People named by nothing but a noun for anyone: "patients", "people", "a patient". Grammar.
_ANYONE = re.compile(r"(?:(?:a|an|the|my|our)\s+)?(?:patients?|people|persons?|individuals?|someone|anyone)", re.I)
# A question asked of a pronoun, as its subject after the auxiliary ("Is it safe with ...?", "Does it cause ...?").
# Grammar.
_ASKED_OF_IT = re.compile(r"^(?:is|are|was|were|does|do|did|can|could|should|will|would|may|might|must)\s+"
                          r"(?:it|they|this|that|these|those)\b", re.I)
# A pronoun standing for what was asked before: "it", "this", "them". Grammar.
_POINTER = re.compile(r"(?:it|this|that|them|these|those|they)", re.I)
# ... as what an act of care is done to or for ("to diagnose it", "treat it", "for it"). Grammar.
_POINTED_CONDITION = re.compile(r"\b(?:diagnos\w*|treat\w*|manag\w*|prevent\w*|confirm\w*|detect\w*|for|against)\s+"
                                r"(?:it|this|them)\b", re.I)
# Two things combined, said as the act ("combining behavioural support with medication", "a combination of X and Y").
_COMBINING = re.compile(r"^(?:combining|combined|(?:a\s+)?combination\s+of)\s+\S.*?\s(?:with|and|plus)\s+\S", re.I)
# Two things given together, said with "plus" in the intervention ("an ACE inhibitor plus an ARB"). Grammar.
_PLUS = re.compile(r"\S\s+plus\s+\S", re.I)


# Advice asked in the first person ("Should I stop calcium supplements in a patient with heart disease?", "Can we
# give ibuprofen to children with asthma?"): the same question as its passive, which the shapes read.
# (Asked when or how long too, "When should I start metformin in gestational diabetes?", read as "When should metformin
# be started in gestational diabetes?", which the shapes of when and how long a thing is given read.)
_ACTIVE = re.compile(r"^(?P<wh>(?:when|how\s+(?:long|soon|quickly|early|often))\s+)?"
                     r"(?P<aux>should|must|can|could|may)\s+(?:i|we|you|clinicians|doctors|physicians)\s+"
                     r"(?:\w+ly\s+)?(?P<v>give|use|prescribe|start|stop|offer|recommend|continue|discontinue|avoid|"
                     r"withhold|add|restart|resume|delay|defer|hold\s+off(?:\s+on)?|hold\s+back\s+on|put\s+off)\s+"
                     r"(?P<i>(?:(?!\b(?:once|when|whenever|if)\b).)+?)\s+"
                     r"(?P<p>in|for|to|before|after|during|among)\s+"
                     r"(?P<c>.+)$", re.I)
_PASSIVE = {"give": "given", "stop": "stopped", "withhold": "withheld", "use": "used", "prescribe": "prescribed",
            "continue": "continued", "discontinue": "discontinued", "resume": "resumed", "defer": "deferred"}
# A phrasal verb of waiting before a thing is given ("hold off on X", "put off X"): its passive is that of "delay",
# which the shapes read ("Should X be delayed in ...?"); "held off" is no participle they know. A closed class of
# general English phrasal verbs, no topic.
_PHRASAL_DELAY = re.compile(r"^(?:hold\s+off(?:\s+on)?|hold\s+back\s+on|put\s+off)$", re.I)


# An effect asked as what a thing makes of another ("Do menaquinone supplements make arteries less stiff in women
# after menopause?"): the quality named as a noun is what the thing is asked to reduce or increase ("stiffness of
# arteries"), where it is asked the rest of the question ("in women after menopause").
_MAKES = re.compile(r"^(?P<aux>does|do|did|can|could|will|would|may|might)\s+(?P<i>.+?)\s+make\s+"
                    r"(?P<y>(?!(?:it|them|him|her|you|me|us|people|patients|a|any)\s)[\w\-]+(?:\s+[\w\-]+){0,3}?)\s+"
                    r"(?P<d>less|more)\s+(?P<q>[a-z]{3,})(?P<rest>\s+(?:in|among|after|during|for|of)\s+.+)?$", re.I)


# An effect asked as what a thing makes another do of itself, a verb of vanishing or shrinking ("Can shockwave therapy
# make calcium deposits disappear?", "Can exercise make knee pain go away?", "Can antibiotics make an ear infection
# clear up faster?", "Will statins make plaque shrink?", "Can ice help the swelling go down?"): the thing reduces the
# other, as "Can X reduce Y?" asks it, or, gone sooner ("faster", "sooner"), shortens it; where it is asked is the rest
# of the question. Also "Can X get rid of Y?" (``_RIDS``). ("Can we make X go away?" is "Can we reduce X?", which the
# shapes read with no intervention.)
_MAKES_GO = re.compile(r"^(?P<aux>does|do|did|can|could|will|would|may|might)\s+(?P<i>.+?)\s+"
                       r"(?:make|help)\s+"
                       r"(?P<y>(?!(?:it|them|him|her|you|me|us|people|patients|a|any|sense|a\s+difference)\s)"
                       r"[\w\-]+(?:\s+[\w\-]+){0,4}?)\s+(?:disappear|vanish|go\s+away|go\s+down|clear(?:\s+up)?|"
                       r"shrink|resolve|dissolve|subside|regress|get\s+smaller)"
                       r"(?:\s+(?P<soon>faster|sooner|quicker|more\s+quickly)|\s+(?:completely|entirely|for\s+good))?"
                       r"(?P<rest>\s+(?:in|among|after|during|for|of)\s+.+)?$", re.I)


_RIDS = re.compile(r"^(?P<aux>does|do|did|can|could|will|would|may|might)\s+(?P<i>.+?)\s+"
                   r"(?:really\s+)?(?:get|gets)\s+rid\s+of\s+(?=\S)", re.I)


def as_effect(core: str) -> str:
    """A question of what a thing makes of another as the effect it asks about ("does menaquinone supplements
    reduce stiffness of arteries in women after menopause" of "Do menaquinone supplements make arteries less stiff
    in women after menopause"; "likely" asks of the thing itself: "make falls less likely" -> "reduce falls"; "can X
    reduce calcium deposits" of "Can X make calcium deposits disappear"); any other question as it is."""
    rid = _RIDS.match(core)
    if rid:
        return f"{rid.group('aux')} {rid.group('i')} reduce {core[rid.end():]}"
    gone = _MAKES_GO.match(core)
    if gone:
        verb = "shorten" if gone.group("soon") else "reduce"  # sooner gone: its course shortened
        return f"{gone.group('aux')} {gone.group('i')} {verb} {gone.group('y')}{gone.group('rest') or ''}"
    match = _MAKES.match(core)
    if not match:
        return core
    quality, what = match.group("q").lower(), match.group("y")
    if quality == "likely":
        named = what
    else:  # the quality as a noun: "stiff" -> "stiffness", "leaky" -> "leakiness"
        named = f"{quality[:-1] + 'i' if quality.endswith('y') else quality}ness of {what}"
    change = "reduce" if match.group("d").lower() == "less" else "increase"
    return f"{match.group('aux')} {match.group('i')} {change} {named}{match.group('rest') or ''}"


# An effect asked with a verb of motion and its particle of direction ("Do vitamin K antagonists speed up vascular
# calcification?", "Does X slow down Y?", "Does X bring down Y?"), or "accelerate", a verb that says "speed up":
# the direction is the effect, as "increase", "slow" or "reduce" names it. (Causative verbs only: "break down",
# "build up" or "give up" say no direction of another thing. Not "promote": read as "increase", 2 of the 3 BioASQ
# dev questions it read, "Does X promote Y?" of a biology, lost their right yes or no to "insufficient".)
_DIRECTION = re.compile(r"\b(?:(?P<up>(?:speed|step|ramp|drive|push|jack|bump|force|shoot)s?\s+up|accelerates?)|"
                        r"(?P<slow>slows?\s+down|holds?\s+back)|"
                        r"(?P<down>(?:bring|drive|push|keep|knock|cut|turn|tone|calm|damp)s?\s+down))(?=\s+\S)", re.I)


# How much an effect is ("How much does a change in vitamin K intake affect the INR?", "How much does exercise reduce
# knee pain?"): the effect asked of the thing, as "Does X affect Y?" asks it, whose statements give its size; not a dose
# ("how much" before an auxiliary asks no amount of the thing given, ``_TYPE_CUES``). A change in a thing, named
# without its direction ("a change in", "changes in"), is the thing asked about: "vitamin K intake", as a statement
# names it ("An increase in vitamin K intake ... lowers the INR"). (A change with a direction, "an increase in X",
# stays whole: "X" alone would turn a question on less of it into one on more.)
_EFFECT_SIZE = re.compile(r"^how\s+much\s+(?P<aux>does|do|did|can|could|will|would|may|might)\s+"
                          r"(?:(?:a|any)\s+)?(?:changes?|variations?|fluctuations?)\s+in\s+(?=\S)|"
                          r"^how\s+much\s+(?P<aux2>does|do|did|can|could|will|would|may|might)\s+(?=\S)", re.I)


# A verb of change with no direction, after the subject of "how much does ..." ("How much does vitamin K intake
# change the INR?", "... alter ...", "... influence ..."): its size asked, it says what "affect" says. Only there:
# "Does X influence Y?" alone is how 30-odd shared PubMedQA titles ask of a setting, read as no effect. And only with
# an object: "How much does the INR change with a stable vitamin K intake?" asks how much the INR itself varies, of
# which the INR is no cause.
_CHANGE_VERB = re.compile(rf"{_SUBJECT_END}\s+(?:change|alter|influence|modify|shift)"
                          r"(?=\s+(?!(?:in|on|of|to|for|with|at|from|by|and|or|over|after|during|when|if)\b)\S)", re.I)


def as_effect_size(core: str) -> str:
    """How much an effect is as the effect asked ("does vitamin K intake affect the INR" of "How much does a change
    in vitamin K intake affect the INR", and of "How much does vitamin K intake change the INR"); any other question
    as it is."""
    asked = _EFFECT_SIZE.sub(lambda m: f"{m.group('aux') or m.group('aux2')} ", core, count=1)
    return _CHANGE_VERB.sub(" affect", asked, count=1) if asked != core else core


# A question of when, at what amount or in what order advice applies, asked before the clause it asks of ("At what
# age should children with ear infections get antibiotics straight away?", "From what age can children take X?",
# "After how many days should X be stopped?"): the threshold is what is asked, the clause the topic, read as
# "Should children with ear infections get antibiotics straight away?" reads it. (Not "In which cells ...?" or
# "For which disease ...?": they ask a place or a purpose, which the clause lacks.)
_THRESHOLD_ASKED = re.compile(r"^(?:at|from|by|until|up\s+to|after|before)\s+(?:what|which|how\s+many|how\s+much)\s+"
                              r"(?:[\w\-]+\s+){0,3}?(?=(?:should|must|can|could|do|does|did|is|are|will|would|may)\s)",
                              re.I)


def as_clause_asked(core: str) -> str:
    """A question of a threshold of advice as the clause it asks of ("should children with X get Y" of "At what age
    should children with X get Y"); any other question as it is."""
    return _THRESHOLD_ASKED.sub("", core, count=1)


# Pain said of a thing as an adjective or an intransitive verb ("Is barbotage painful?", "Does needle lavage
# hurt?"): the pain it causes, as "Does barbotage cause pain?" asks it, so that a statement of the pain it brings
# ("Post-procedure pain ... is the most common adverse effect") answers, not one of the pain it treats.
_PAINFUL = re.compile(r"^(?:(?P<be>is|are|was|were)\s+(?P<i>.+?)\s+(?:(?:very|really|usually|often)\s+)?"
                      r"painful|(?P<aux>does|do|did|will|would|can|could)\s+(?!(?:i|you|we)\s)(?P<j>.+?)\s+"
                      r"(?:(?:really|usually|often)\s+)?hurt)$", re.I)


def as_causing_pain(core: str) -> str:
    """Pain said of a thing as the pain it causes ("does barbotage cause pain" of "Is barbotage painful" and of "Does
    barbotage hurt"); any other question as it is."""
    match = _PAINFUL.match(core)
    if not match:
        return core
    aux = "do" if (match.group("be") or "").lower() in ("are", "were") else match.group("aux") or "does"
    return f"{aux} {match.group('i') or match.group('j')} cause pain"


# An effect asked with a verb that says its direction and more, how far ("Can shockwave therapy dissolve calcium
# deposits?", "Does X remove / eliminate / shrink Y?", "Does X halve the risk of Y?"; "Do calcium supplements double
# the risk of heart attack?", "triple"): the direction is the effect asked, "reduce" or "increase", which statements
# state in their own verbs ("reduced the size of deposits", "resorption of calcium"). Only as the verb after the
# subject of a question ("Does X ...", "Can X ...") with an object after it: "a double dose", "two halves of",
# "Does the tumour shrink after chemotherapy?" say no effect of one thing on another, and "Which enzyme removes
# ...?" asks of a biology.
_SAYS_LESS, _SAYS_MORE = "dissolve|remove|eliminate|shrink|halve", "double|triple"
_SAID_DIRECTION = re.compile(r"^(?P<q>(?:does|do|did|can|could|will|would|may|might)\s+(?!(?:i|we|you)\s)"
                             rf".+?{_SUBJECT_END}\s+(?:{_DEGREE}\s+)?)"
                             rf"(?:(?P<down>{_SAYS_LESS})|(?P<up>{_SAYS_MORE}))"
                             r"(?=\s+(?!(?:in|on|of|to|for|with|at|from|by|and|or|as|into|after|over)\b)\S)", re.I)


def as_direction(core: str) -> str:
    """A question asked with a phrasal verb of direction as the effect it names ("Do X increase Y" of "Do X speed
    up Y", "Does X slow Y" of "Does X slow down Y" or "hold back Y", "Does X reduce Y" of "Does X bring down Y"),
    and so one asked with a verb that says how far (``_SAID_DIRECTION``: "Does X reduce Y" of "Does X dissolve Y"
    or "halve Y", "Does X increase Y" of "Does X double Y"); any other question as it is."""
    core = _SAID_DIRECTION.sub(lambda m: f"{m.group('q')}{'increase' if m.group('up') else 'reduce'}", core, count=1)
    return _DIRECTION.sub(lambda m: "increase" if m.group("up") else "slow" if m.group("slow") else "reduce", core)


# Advice asked as what a clinician should tell people to do ("Should I tell patients on warfarin to avoid eating
# spinach?", "Should we advise people with asthma to avoid ibuprofen?", "Should I warn patients taking X to stop Y?"):
# the advice itself, asked of the people ("Should patients on warfarin avoid eating spinach?"), which the shapes
# read. Only people told, named in the plural as the shapes read them ("Should I tell my patient ...?" is not), and
# only the verbs whose advice the shapes read (avoid, stop, take, use, keep ...): who tells them is no part of it.
_TOLD = re.compile(rf"^(?P<aux>should|must|can|could|may|do|would)\s+(?:i|we|you|clinicians|doctors|physicians)\s+"
                   r"(?:\w+ly\s+)?(?:tell|advise|warn|instruct|counsel|ask|encourage|urge|remind)\s+"
                   rf"(?P<who>(?:(?:all|my|our|the)\s+)?(?:[\w\-]+\s+){{0,2}}?{PEOPLE_WORDS}"
                   r"(?:\s+(?:with|taking|on|receiving|using|who)\s+.+?)?)\s+(?:not\s+to\s+(?P<n>\S+)|to\s+(?P<v>"
                   r"avoid|stop|discontinue|withhold|take|receive|get|use|try|keep|maintain))\s+(?P<x>.+)$", re.I)


def as_told(core: str) -> str:
    """Advice a clinician is asked to give people as the advice asked of them ("should patients on warfarin avoid
    eating spinach" of "Should I tell patients on warfarin to avoid eating spinach"; "... not to take Y" as "...
    avoid taking Y"); any other question as it is."""
    match = _TOLD.match(core)
    if not match:
        return core
    aux = "should" if match.group("aux").lower() in ("do", "would") else match.group("aux")
    if match.group("n"):  # told not to do a thing: told to avoid doing it
        return f"{aux} {match.group('who')} avoid {present_participle(match.group('n'))} {match.group('x')}"
    return f"{aux} {match.group('who')} {match.group('v')} {match.group('x')}"


# A choice of treatment asked in the first person ("Which antibiotic should I start for community-acquired
# pneumonia?", "What inhaler should we use in mild asthma?", "Which drug should I prescribe first to prevent
# migraine?", "What should I prescribe for gout?"): which thing of a kind the condition calls for, as "Which
# antibiotic is recommended for Y?" asks it (the condition the topic; ``asked_kind`` reads the kind from the question
# itself). Not whom it is for alone ("... in black patients": no condition named) nor which people ("Which patients
# should I ...?"), nor a choice between two named after it ("..., X or Y?"), and only advice ("should", "would"):
# "Which method can you use to rank these genes?" asks of a tool.
_WHICH_I_GIVE = re.compile(r"^(?P<w>which|what)\s+(?:(?P<k>(?:(?:kinds?|types?|forms?|sorts?)\s+of\s+)?"
                           r"(?:[\w\-]+\s+){0,2}?[\w\-]+)\s+)?(?:should|would|must)\s+"
                           r"(?:i|we|you|clinicians|doctors|physicians)\s+(?:\w+ly\s+)?(?:start|use|give|prescribe|"
                           r"choose|pick|offer|try|recommend|select|order|begin)\s+(?:(?:first|initially)\s+)?"
                           r"(?:(?:for|in)\s+(?:the\s+(?:treatment|management|prevention)\s+of\s+)?|"
                           r"to\s+(?P<v>treat|prevent|manage|reduce)\s+)(?P<c>[^,]+)$", re.I)


# Which treatment people with a condition should get, asked of them ("Which antibiotic should a child with an ear
# infection and a penicillin allergy get?"): the treatment recommended for them, as "Which antibiotic is recommended
# for a child with ...?" asks it (``as_which_given``, the same in the first person). Also which they should start with
# ("Which antihypertensive should a patient with diabetes and albuminuria start with?").
_WHICH_THEY_GET = re.compile(rf"^(?P<w>which|what)\s+(?P<k>(?:(?:kinds?|types?|forms?|sorts?)\s+of\s+)?"
                             r"(?:[\w\-]+\s+){0,2}?[\w\-]+)\s+(?:should|would|must|can|could)\s+"
                             rf"(?P<who>(?:(?:a|an|the|my|our|your)\s+)?(?:[\w\-]+\s+){{0,2}}?{PERSON_NOUNS})\s+"
                             r"(?P<c>(?:with|who\s+(?:has|have))\s+.+?)\s+(?:\w+ly\s+)?(?:get|take|receive|have|use|"
                             r"start\s+(?:with|on)|begin\s+with|"
                             r"be\s+(?:given|offered|prescribed|started\s+on|treated\s+with))$", re.I)


# ... and which treatment people defined by something should take for a condition, or start with ("What antibiotic
# can a child with penicillin allergy take for an ear infection?", "Which antihypertensive should a Black adult of
# Caribbean origin start with?"): the treatment recommended for the condition in them, as "Which antibiotic is
# recommended for an ear infection in a child with penicillin allergy?" asks it, or, with no condition said, for them
# ("... is recommended for a Black adult of Caribbean origin", as "What is the first-choice blood pressure drug for a
# Black patient?" reads them; the kind asked, "antihypertensive", is what ``lead.of_kind_asked`` finds named).
# What defines them is a word before their noun (``by``) or a phrase after it (``d``: "with", "who are", "of",
# "aged"). (Read as no topic, both answers quoted the guideline sentence that answers only as "Closest evidence".)
_WHICH_THEY_TAKE_FOR = re.compile(
    rf"^(?P<w>which|what)\s+(?P<k>(?:(?:kinds?|types?|forms?|sorts?)\s+of\s+)?(?:[\w\-]+\s+){{0,2}}?[\w\-]+)\s+"
    rf"(?:should|would|must|can|could)\s+(?P<who>(?:(?:a|an|the|my|our|your)\s+)?(?P<by>(?:[\w\-]+\s+){{0,2}}?)"
    rf"{PERSON_NOUNS})(?P<d>\s+(?:with|who\s+(?:is|are|has|have)|of|from|aged|over|under)\s+"
    r"(?:(?!(?:take|use|receive|get|start|begin|be)\b)[\w\-]+\s+){0,6}?[\w\-]+)?\s+(?:\w+ly\s+)?"
    r"(?:(?:take|use|receive|get|be\s+(?:given|offered|prescribed))\s+(?:for|to\s+treat)\s+(?P<c>.+)|"
    r"(?:start|begin)\s+(?:with|on))$", re.I)


def as_which_they_get(core: str) -> str:
    """Which treatment people with a condition should get (or start with) as the treatment recommended for them
    ("which antibiotic is recommended for a child with Y" of "Which antibiotic should a child with Y get"), and so
    what people defined by something should take for a condition or start with (``_WHICH_THEY_TAKE_FOR``: "which
    antibiotic is recommended for Y in a child with Z" of "What antibiotic can a child with Z take for Y"); any other
    question as it is. Only when the kind asked is a thing ("Which patients should ...?" asks whom,
    ``as_which_people``; "What dose ...?" an amount), and, with no condition said, only for people named by more than
    their noun ("Which drug should an adult start with?" names no topic)."""
    match = _WHICH_THEY_GET.match(core)
    if match and not names_people(match.group("k")):
        return f"{match.group('w')} {match.group('k')} is recommended for {match.group('who')} {match.group('c')}"
    match = _WHICH_THEY_TAKE_FOR.match(core)
    if not match or names_people(match.group("k")) or _NOT_A_KIND.search(match.group("k")):
        return core
    who = f"{match.group('who')}{match.group('d') or ''}"
    if match.group("c"):
        return f"{match.group('w')} {match.group('k')} is recommended for {match.group('c')} in {who}"
    if not (match.group("d") or _DETERMINER.sub("", match.group("by")).strip()):
        return core
    return f"{match.group('w')} {match.group('k')} is recommended for {who}"


def as_which_given(core: str) -> str:
    """A first-person choice of treatment as the recommendation asked ("which antibiotic is recommended for Y" of
    "Which antibiotic should I start for Y"; "... is used to prevent Y" of "... should I use to prevent Y"); any
    other question as it is."""
    match = _WHICH_I_GIVE.match(core)
    if not match or names_people(match.group("k") or "") or names_people(match.group("c")):
        return core
    asked = f"used to {match.group('v')}" if match.group("v") else "recommended for"
    kind = f" {match.group('k')}" if match.group("k") else ""
    return f"{match.group('w')}{kind} is {asked} {match.group('c')}"


# Stopping asked in the first person or of whether it is fine to ("Is it OK to stop my asthma inhaler once I feel
# fine?", "Can I stop taking my statin?", "Would it be safe for me to come off X?"): whether what is stopped should
# be, as "Should X be stopped ...?" asks it; the possessive is no part of what is stopped. Only a thing with no place
# or people after it ("... before surgery", "... in pregnancy": those the other shapes read), with at most a clause of
# when ("once I feel fine"). Not a clause of "if" or "now that", which may hold what is asked ("Is it okay to stop
# breastfeeding if I take ibuprofen?" asks of ibuprofen; "... if I get muscle pain" of a harm).
_STOPPING_ASKED = re.compile(
    rf"^(?:(?:is|would)\s+it\s+(?:be\s+)?{FINE_TO}\s+(?:for\s+(?:me|us|them|him|her)\s+)?to|(?:should|can|could|may|"
    r"must)\s+"
    r"(?:i|we|you|they|he|she))\s+(?:stop|discontinue|come\s+off|quit)\s+(?:(?:taking|using)\s+)?"
    r"(?:(?:my|our|your|their|his|her|the)\s+)?"
    rf"(?:(?:[\w\-]+\s+)?{PERSON_NOUNS}(?:'s|')\s+)?"
    r"(?P<i>(?:(?!\b(?:in|for|before|after|during|while|with|to|among|on|once|when|whenever|if|now|that)\b).)+?)"
    rf"(?P<how>\s+{_FULLY})?(?P<when>\s+(?:once|when|whenever|as\s+soon\s+as)\s+.+)?$", re.I)


# What is used in place of a treatment ("What can be used instead of amoxicillin for pneumonia in someone allergic to
# penicillin?", "What is an alternative to X for Y?", "Which antibiotic is given instead of X in Y?").
_INSTEAD_ASKED = re.compile(
    r"^(?P<w>what|which)\s+(?P<k>(?:(?!(?:of|methods?|tools?|techniques?|software|else)\b)[\w\-]+\s+){0,2}?)"
    r"(?:else\s+)?(?:(?:can|could|should|may|might|is|are|would)\s+(?:be\s+)?(?:\w+ly\s+)?(?:used|given|taken|"
    r"prescribed|offered|recommended|tried)\s+(?:instead\s+of|in\s+place\s+of|rather\s+than)|(?:is|are)\s+"
    r"(?:the\s+|an?\s+)?(?:(?:best|recommended|usual|main|other)\s+)?alternatives?\s+to)\s+(?P<x>.+?)\s+"
    r"(?P<p>for|in|to\s+treat)\s+(?P<c>.+)$", re.I)


def as_instead(core: str) -> str:
    """What is used in place of a treatment (``_INSTEAD_ASKED``) as the treatment the condition calls for ("which
    treatment is recommended for pneumonia in someone allergic to penicillin" of "What can be used instead of
    amoxicillin for pneumonia in someone allergic to penicillin"), which the which-shapes read: the answer is what
    is recommended for the people asked. What it replaces is no comparator (read as one, no statement named both, and
    the one naming the alternative for the people asked was quoted as indirect evidence). Any other question as it
    is."""
    match = _INSTEAD_ASKED.match(core)
    if not match:
        return core
    kind = match.group("k").strip() or "treatment"
    return f"{match.group('w')} {kind} is recommended for {match.group('c')}"


def replaced_treatment(question: str) -> str | None:
    """What a question asks a replacement for ("amoxicillin" of "What can be used instead of amoxicillin for
    pneumonia in someone allergic to penicillin?", ``_INSTEAD_ASKED``): a statement that recommends it does not
    answer, however well it names the condition; None for any other question."""
    match = _INSTEAD_ASKED.match(as_plain(as_fronted(" ".join(question.split()).rstrip("?.! "))))
    return match.group("x") if match else None


def as_stopping(core: str) -> str:
    """Stopping asked in the first person or of whether it is fine to (``_STOPPING_ASKED``) as the passive advice
    ("should asthma inhaler be stopped once I feel fine" of "Is it OK to stop my asthma inhaler once I feel fine"); any
    other question as it is."""
    match = _STOPPING_ASKED.match(core)
    if not match:
        return core
    return f"should {match.group('i')} be stopped{match.group('how') or ''}{match.group('when') or ''}"


# An act of care asked in the first person by its verb alone, done to people with a condition ("Should I transfuse a
# stable patient with gizmo anaemia?", "Should we anticoagulate a man with gizmo fibrillation?"): the act is what is
# asked of, named by its noun (``_act_noun``), given to those people. Only a verb English makes its act's noun of by
# rule (``_ACT_NOUN``): "Should I tell a patient with ...?" asks no act of care. Grammar.
_ACT_ON_PEOPLE = re.compile(rf"^(?P<aux>should|must|can|could|may|do|would)\s+(?:i|we|you|clinicians|doctors|"
                            rf"physicians)\s+(?:\w+ly\s+)?(?P<v>[a-z]{{4,}})\s+"
                            rf"(?P<who>(?:(?:a|an|the|my|this|our|your|all|every)\s+)?(?:[\w\-]+\s+){{0,3}}?"
                            rf"{PERSON_NOUNS})\s+(?P<c>(?:with|who\s+ha(?:s|ve))\s+\S.*)$", re.I)
# The noun English makes of a verb of an act by its ending: "-ate" "-ation" (anticoagulate), "-use" "-usion"
# (transfuse, infuse), "-ise"/"-ize" "-isation"/"-ization" (immunise). Grammar. (Not a verb of testing: "Should I
# screen a woman with X?" read as screening for X answered "Yes." from "Clinicians should screen for contraindications
# before ...".)
_ACT_NOUN = ((re.compile(r"ate$"), "ation"), (re.compile(r"use$"), "usion"), (re.compile(r"([iy])[sz]e$"), r"\1sation"))


def _act_noun(verb: str) -> str | None:
    """The noun of an act of care's verb (``_ACT_NOUN``: "transfusion" of "transfuse"); None for any other verb."""
    for ending, noun in _ACT_NOUN:
        if ending.search(verb):
            return ending.sub(noun, verb)
    return None


def as_passive(core: str) -> str:
    """A first-person question of advice as its passive ("Should calcium supplements be stopped in a patient with
    heart disease?"), the preposition "to" of whom it is given to read as "in"; an act asked by its verb alone as
    its noun given to the people it is done to ("Should transfusion be given to a stable patient with gizmo
    anaemia?" of "Should I transfuse a stable patient with gizmo anaemia?", ``_ACT_ON_PEOPLE``); any other question
    as it is."""
    act = _ACT_ON_PEOPLE.match(core)
    noun = _act_noun(act.group("v").lower()) if act else None
    if act and noun:
        return f"should {noun} be given to {act.group('who')} {act.group('c')}"
    match = _ACTIVE.match(core)
    if not match:
        return core
    verb = " ".join(match.group("v").lower().split())
    participle = "delayed" if _PHRASAL_DELAY.match(verb) else _PASSIVE.get(verb, f"{verb}ed")
    place = "in" if match.group("p").lower() == "to" else match.group("p")
    return f"{match.group('wh') or ''}should {match.group('i')} be {participle} {place} {match.group('c')}"


# A need asked of a treatment for a condition in people ("Is amoxicillin-clavulanate needed for ear infections in
# children?"): the advice asked, as "Is X recommended for Y in children?" asks it. (Only with the people it is for:
# "Is SATB1 necessary for T-cell maturation?" asks of a gene's part in a biology, and "Is routine dissection ...
# necessary for primary lung cancer?", a PubMedQA title, whether a procedure adds anything.)
_NEEDED_FOR = re.compile(rf"^(?P<be>is|are)\s+(?P<i>(?!it\b).+?)\s+(?:really\s+|still\s+|always\s+|routinely\s+)?"
                         rf"(?:needed|necessary|required)\s+(?P<c>for\s+.+?\s+(?:in|among)\s+(?:all\s+)?"
                         rf"(?:[\w\-]+\s+){{0,2}}?{PEOPLE_WORDS}\b.*)$", re.I)


# ... and in the everyday word alone, whoever it is for ("Is surgery needed for calcific tendinitis of the
# shoulder?"). (Not "necessary" or "required" without the people: that is the register of a part in a biology, "Is
# SATB1 necessary for T-cell maturation?", and of PubMedQA titles weighing a procedure, 2 of the 3 shared questions
# that say "necessary for"; none says "needed for".)
_NEEDED = re.compile(r"^(?P<be>is|are)\s+(?P<i>(?!it\b).+?)\s+(?:really\s+|still\s+|always\s+|routinely\s+)?"
                     rf"needed\s+(?P<c>for\s+(?!(?:(?:all|most|every|each|any)\s+)?(?:[\w\-]+\s+){{0,2}}?{PEOPLE_WORDS}\b).+)$",
                     re.I)


# Help asked for people on a treatment who have a condition ("Does vitamin K2 help patients on dialysis with vascular
# calcification?"): the condition is what they have, and they the people it is asked in, as "Does X help Y in
# patients on dialysis?" names them. (People on a treatment only: "Does CBT help adolescents with depression?"
# reads its condition whole, as before.)
_HELP_PEOPLE_ON = re.compile(rf"^(?P<q>(?:does|do|did|can|could|will|would)\s+.+?\s+help)\s+"
                             rf"(?P<who>(?:[\w\-]+\s+){{0,2}}?{PEOPLE_WORDS}\s+(?:on|taking|receiving|undergoing|using)\s+"
                             r"[\w\-]+(?:\s+[\w\-]+)?)\s+with\s+(?P<c>.+)$", re.I)


def as_helped_in(core: str) -> str:
    """Help asked for people on a treatment with a condition as help asked for the condition in them ("does X help
    Y in patients on dialysis" of "Does X help patients on dialysis with Y"); any other question as it is."""
    match = _HELP_PEOPLE_ON.match(core)
    return f"{match.group('q')} {match.group('c')} in {match.group('who')}" if match else core


# Whether people on a treatment may take or use another thing ("Can people on warfarin take vitamin K2
# supplements?", "Can warfarin users take ...?", "Can patients taking warfarin use ...?"): the question of the two
# taken together, as "Can vitamin K2 supplements be taken with warfarin?" asks it; what it is taken for, said after
# it, stays after it ("... to prevent Z"). (Only "take" and "use", and only people defined by a treatment: "Can
# people on warfarin eat green leafy vegetables?" asks of a diet, and "Can people with asthma take ibuprofen?" of
# a condition. And only whether they may, "can" or "may": "Should patients on dialysis take vitamin K2?" asks
# whether it is advised, for which the treatment is the setting, not a thing taken with it; read so, its answer lost
# its "No." from the Valkyrie trial to an uncertain lead, "Menaquinone-7 was well tolerated in this trial".)
_PEOPLE_ON_TAKE = re.compile(rf"^(?P<aux>can|could|may)\s+(?:(?:[\w\-]+\s+){{0,2}}?(?:{PEOPLE_WORDS}|{_ONE_PERSON})\s+"
                             r"(?:on|taking|using|receiving)\s+(?P<x>(?:[\w\-]+\s+){0,3}?[\w\-]+)|"
                             r"(?P<u>(?:[\w\-]+\s+){0,2}?[\w\-]+)\s+users)\s+(?:safely\s+)?(?:take|use)\s+"
                             r"(?P<y>.+?)(?P<tail>\s+(?:for|to\s+(?:treat|prevent|manage|reduce|lower|control|improve))"
                             r"\s+.+)?$", re.I)


def as_taken_with(core: str) -> str:
    """Whether people on a treatment may take another thing as whether the two may be taken together ("can Y be
    taken with X" of "Can people on X take Y" and of "Can X users take Y"); any other question as it is."""
    match = _PEOPLE_ON_TAKE.match(core)
    if not match:
        return core
    return (f"{match.group('aux')} {match.group('y')} be taken with {match.group('x') or match.group('u')}"
            f"{match.group('tail') or ''}")


# Whether people defined by something may take a thing for a condition ("Can a patient with penicillin allergy take
# amoxicillin for pneumonia?", "Should children who are allergic to X get Y for Z?"): the advice on the thing for the
# condition in those people, as "Should amoxicillin be given for pneumonia in patients with penicillin allergy?" reads
# it, so that what defines them stays part of what is asked (read as no topic, "Yes." stood above advice of another
# drug for those people). Only with what it is taken for ("for", "to treat / prevent / manage / stop / quit": "Can
# someone who has had a seizure in the past use bupropion to stop smoking?"): "Can people with asthma take ibuprofen?"
# asks of a condition, which the other shapes read.
# (... or by an adjective with its object straight after the noun for them, "children allergic to penicillin": a
# relative clause without its "who are". Grammar.)
_ADJECTIVE_OF = (r"(?=(?!(?:with|who|in|on|at|for|of|from|to|after|before|during|taking|using|receiving|aged|over|"
                 r"under)\b)[a-z][\w\-]*\s+(?:to|of)\s)")
_DEFINED_PEOPLE_TAKE = re.compile(
    rf"^(?:can|could|may|should|must)\s+(?P<who>(?:(?:a|an|the|my|our)\s+)?(?:[\w\-]+\s+){{0,2}}?"
    rf"{PERSON_NOUNS}\s+(?:(?:with|who\s+(?:is|are|has|have))\s+|{_ADJECTIVE_OF})"
    r"(?:(?!\b(?:take|use|receive|get|have|be)\b)[\w\-]+\s+){1,7}?)(?:safely\s+)?(?:take|use|receive|get|"
    r"be\s+(?:given|prescribed|offered))\s+(?P<i>(?:(?!\b(?:for|to|in)\b)[\w\-]+\s+){0,3}?[\w\-]+)\s+"
    r"(?:for|to\s+(?:treat|prevent|manage|stop|quit))\s+(?P<c>.+)$", re.I)


# ... and people defined by what they take ("Can a patient taking warfarin have shockwave therapy for calcific
# tendinopathy?", "... on warfarin ..."): the advice on the thing for the condition in them, what they take kept in
# the people asked of (read as no topic, "Yes." stood above general advice on shockwave therapy, while its source
# advises against it in people taking anticoagulants). Having or undergoing a procedure is receiving it. Grammar.
_TAKING_PEOPLE_TAKE = re.compile(
    rf"^(?:can|could|may|should|must)\s+(?P<who>(?:(?:a|an|the|my|our)\s+)?(?:[\w\-]+\s+){{0,2}}?{PERSON_NOUNS}\s+"
    r"(?:taking|on|using|receiving)\s+(?:(?!\b(?:take|use|receive|get|have|undergo|be)\b)[\w\-]+\s+){1,4}?)"
    r"(?:safely\s+)?(?:take|use|receive|get|have|undergo|be\s+(?:given|prescribed|offered))\s+"
    r"(?P<i>(?:(?!\b(?:for|to|in)\b)[\w\-]+\s+){0,3}?[\w\-]+)\s+"
    r"(?:for|to\s+(?:treat|prevent|manage|stop|quit))\s+(?P<c>.+)$", re.I)


# ... and people with a condition defined further by a clause of persons, the treatment after ("Should kids with ear
# infections who are allergic to penicillin get amoxicillin?"): asked for the condition in those people.
_WITH_WHO_TAKE = re.compile(
    rf"^(?:can|could|may|should|must)\s+(?P<who>(?:(?:a|an|the|my|our)\s+)?(?:[\w\-]+\s+){{0,2}}?"
    rf"{PERSON_NOUNS})\s+with\s+(?P<c>(?:[\w\-]+\s+){{0,4}}?[\w\-]+)\s+"
    r"(?P<t>who\s+(?:is|are|has|have)\s+(?:(?!\b(?:take|use|receive|get|be)\b)[\w\-]+\s+){1,5}?)(?:safely\s+)?"
    r"(?:take|use|receive|get|be\s+(?:given|prescribed|offered))\s+(?P<i>(?:[\w\-]+\s+){0,3}?[\w\-]+)$", re.I)


# Whether people may go on taking a thing once they are in a state ("Can a 32-year-old woman with hypertension keep
# taking her ACE inhibitor after she becomes pregnant?"): asked of the thing continued in those people in that state,
# as "Can ACE inhibitors be continued in pregnant women with hypertension?" asks it, so that the state is theirs (an
# adjective of the people, ``state_nouns``), not a word of the thing. Grammar: verbs of going on, of becoming.
_KEEP_TAKING_ONCE = re.compile(
    rf"^(?P<aux>can|could|should|may|must)\s+(?P<who>(?:(?:a|an|the|my|our)\s+)?(?:[\w\-]+\s+){{0,2}}?{PERSON_NOUNS}"
    r"(?:\s+(?:with|who\s+(?:has|have))\s+(?:(?!\b(?:keep|continue|carry|go)\b)[\w\-' ])+?)?)\s+"
    r"(?:keep|continue|carry\s+on|go\s+on)\s+(?:(?:taking|using|with)\s+)?(?:(?:her|his|their|the|a|an)\s+)?"
    r"(?P<x>(?:(?!\b(?:after|once|when|if|now)\b)[\w\-' ])+?)\s+(?:after|once|when|if|now\s+that)\s+"
    r"(?:she|he|they|the\s+patient)\s+(?:becomes?|became|gets?|got|is|are)\s+(?P<adj>[a-z]+)$", re.I)
# The noun for the people in a phrase that names them (not their age): where an adjective of theirs goes.
_PERSON_NOUN = re.compile(rf"\b(?:{PEOPLE_WORDS}|{_ONE_PERSON}|infant|adolescent|teenagers?|toddlers?|kids?|"
                          r"bab(?:y|ies))\b", re.I)


def as_continued_in_state(core: str) -> str:
    """Whether people may keep taking a thing once they become something, as whether it can be continued in them so
    ("Can ACE inhibitor be continued in a 32-year-old pregnant woman with hypertension?" of "Can a 32-year-old woman
    with hypertension keep taking her ACE inhibitor after she becomes pregnant?"); any other question as it is."""
    match = _KEEP_TAKING_ONCE.match(core)
    if not match or not state_nouns(match.group("adj")):
        return core
    who, adj = match.group("who"), match.group("adj")
    noun = _PERSON_NOUN.search(who)
    people = f"{who[:noun.start()]}{adj} {who[noun.start():]}" if noun else f"{who} who is {adj}"
    return f"{match.group('aux')} {match.group('x')} be continued in {people}"


def as_defined_people_take(core: str) -> str:
    """Whether people defined by something may take a thing for a condition (``_DEFINED_PEOPLE_TAKE``) as the advice
    on it for the condition in them ("should amoxicillin be given for pneumonia in a patient with penicillin allergy"
    of "Can a patient with penicillin allergy take amoxicillin for pneumonia", ``_WITH_WHO_TAKE`` likewise); any other
    question as it is."""
    match = _DEFINED_PEOPLE_TAKE.match(core) or _TAKING_PEOPLE_TAKE.match(core)
    if match:
        return f"should {match.group('i')} be given for {match.group('c')} in {match.group('who').strip()}"
    match = _WITH_WHO_TAKE.match(core)
    if match:
        return (f"should {match.group('i')} be given for {match.group('c')} in {match.group('who')} "
                f"{match.group('t').strip()}")
    return core


# Which people a thing is for ("Which lung cancer patients should have EGFR mutation testing?", "Which children
# with X should receive Y?"): the advice asked of the thing in those people, as "Should EGFR mutation testing be
# given in lung cancer patients?" reads it (the thing the intervention, the people's condition the condition). (Not
# people named by nothing else, "What patients should get statins?": no condition to read.)
_WHICH_PEOPLE = re.compile(rf"^(?:which|what)\s+(?P<who>(?:[\w\-]+\s+){{1,3}}?{PEOPLE_WORDS}"
                           rf"(?:\s+(?:with|who\s+have)\s+.+?)?|{PEOPLE_WORDS}\s+(?:with|who\s+have)\s+.+?)\s+"
                           r"(?:should|must)\s+(?:have|receive|get|undergo|be\s+(?:offered|given))\s+(?P<i>.+)$", re.I)


def as_which_people(core: str) -> str:
    """Which people a thing is for as the advice asked of the thing in them ("should Y be given in X patients" of
    "Which X patients should have Y"); any other question as it is."""
    match = _WHICH_PEOPLE.match(core)
    return f"should {match.group('i')} be given in {match.group('who')}" if match else core


def as_recommended(core: str) -> str:
    """A need asked of a treatment for a condition in people as the advice it asks ("is X recommended for Y in
    children" of "Is X needed for Y in children", and of "Is X needed for Y"); any other question as it is."""
    match = _NEEDED_FOR.match(core) or _NEEDED.match(core)
    return f"{match.group('be')} {match.group('i')} recommended {match.group('c')}" if match else core


# How often a thing happens, asked inside a question as what an effect is on ("Does topiramate reduce how often
# migraines happen?", "Can X cut how often children get ear infections?"): the frequency of the thing, as a
# statement names it ("reduced migraine frequency", "fewer episodes"), the thing itself the condition (``_LEADING``
# drops "the frequency of"). Only with no auxiliary after "how often": "How often do patients take X?" asks a dose.
_HOW_OFTEN = re.compile(rf"\bhow\s+(?:often|frequently)\s+(?!(?:do|does|did|should|must|can|is|are|will)\b)"
                        rf"(?:(?P<who>(?:[\w\-]+\s+){{0,2}}?{PEOPLE_WORDS})\s+(?:get|have|develop|suffer\s+from|"
                        r"experience)\s+(?P<x>.+?)|(?P<y>.+?)\s+(?:happen|occur|recur|return|come\s+back|flare\s+up|"
                        r"strike)(?:s|ed)?)$", re.I)


def as_frequency(core: str) -> str:
    """How often a thing happens, asked as what an effect is on, as its frequency ("does X reduce the frequency of
    migraines" of "Does X reduce how often migraines happen"; "... the frequency of ear infections in children" of
    "... how often children get ear infections"); any other question as it is."""
    match = _HOW_OFTEN.search(core)
    if not match or match.start() == 0:
        return core
    who = f" in {match.group('who')}" if match.group("who") and " in " not in match.group("x") else ""
    return f"{core[:match.start()]}the frequency of {match.group('x') or match.group('y')}{who}"


# The amount a harm is asked at, said after the word of harm ("Is MK-7 safe at high doses?", "Is X harmful in large
# amounts?"): how much is taken qualifies the question of harm, which stays one (not a question of what dose to
# give), and names no condition. (Grammar only: the adjectives of size; "What is a safe dose of X?" asks a dose.)
_HARM_AT_DOSE = re.compile(r"\b(?P<h>safe|harmful|dangerous|toxic|risky)\s+(?:at|in|with)\s+(?:(?:very|such)\s+)?"
                           r"(?:(?:high|higher|large|larger|big|bigger|low|lower|small|usual|standard|recommended|"
                           r"excessive|extra)\s+)?(?:doses?|dosages?|amounts?|quantities|intakes?)$", re.I)


# "Should long-acting beta-agonists be used without an inhaled corticosteroid in asthma?", "Should X be used alone
# for Y?": what is used without something (or alone) is what is asked, as "Is X without Y safe in Z?" names it.
_USED_WITHOUT = re.compile(
    r"^(?P<m>(?:can|could|should|may|might|must)\s+.+?)\s+(?P<v>be\s+(?:safely\s+)?(?:used|given|taken|prescribed|"
    r"offered|started|continued))\s+(?P<w>without\s+(?:(?!\b(?:in|for|during|while|to)\b).)+?|alone|on\s+(?:its|their)\s+own|"
    r"as\s+monotherapy)(?P<r>\s+(?:in|for|during|while|to)\s+.+)?$", re.I)


def as_used_without(core: str) -> str:
    """A question whether to use a thing without another, or alone, as asked of the thing so used ("Should X
    without Y be used in Z?" of "Should X be used without Y in Z?"); any other question as it is."""
    return _USED_WITHOUT.sub(lambda m: f"{m.group('m')} {m.group('w')} {m.group('v')}{m.group('r') or ''}", core)


def as_harm_alone(core: str) -> str:
    """A harm asked at an amount as the harm alone ("is X safe" of "Is X safe at high doses"); any other question
    as it is."""
    return _HARM_AT_DOSE.sub(lambda m: m.group("h"), core)


# How long a thing is given, asked in units of time: "How many days of X for Y", "How many weeks should X be taken
# ...". Grammar.
_UNITS_OF = re.compile(r"^how\s+many\s+(?:days|weeks|months|years)\s+of\s+(?P<x>.+?)\s+(?P<p>for|in|to|after)\s+"
                       r"(?P<y>\S.*)$", re.I)
_UNITS_AUX = re.compile(r"^how\s+many\s+(?:days|weeks|months|years)\s+(?P<rest>(?:should|must|do|does|is|are|can|"
                        r"will|would)\s+\S.*)$", re.I)


# How long a course of a thing is, asked of a course ("How long is a course of gizmocillin?", "How long is a usual
# course of X for Y?", "How long is the course of treatment with X?") or of the thing's treatment ("How long is
# gizmocillin treatment?"): how long the thing (or its treatment) is given, as "How long should X be given?" asks it.
# Read as written, "course of" was a word of prognosis, no topic was read, and the answer led with what the thing does.
# Not "How long is the course of gizmo fever?": a condition's course, its prognosis. Grammar.
_COURSE_LONG = re.compile(r"^how\s+long\s+(?:is|are)\s+(?:(?:an?\s+(?:(?:usual|typical|standard|normal|full|"
                          r"recommended)\s+)?course\s+of\s+(?:treatment\s+with\s+)?|(?:the|a)\s+(?:(?:usual|typical|"
                          r"standard|normal|full|recommended)\s+)?course\s+of\s+treatment\s+with\s+)(?P<x>.+?)|"
                          r"(?P<t>(?!(?:a|an|the|it|this|that|they|he|she)\b)[\w\-]+(?:\s+[\w\-]+){0,3}?\s+"
                          r"(?:treatment|therapy)))(?:\s+(?P<p>for|in)\s+(?P<y>\S.*))?$", re.I)


# A verb inside what a length is asked of ("How many years of menaquinone-7 were studied ...?"): a question of its own,
# not of how long a thing is given. Grammar.
_VERB_IN_THING = re.compile(r"\b(?:is|are|was|were|be|been|being|do|does|did|has|have|had)\b", re.I)


# How long one may wait before doing a thing ("How long can I wait before laryngoscopy in a hoarse patient?"): how
# soon it should be done, which a span of time states ("... within 4 weeks"). Grammar of waiting, no topic.
_WAIT_BEFORE = re.compile(r"^how\s+long\s+(?:can|could|should|may|must|do|does)\s+(?:i|we|you|one|clinicians|"
                          r"doctors|physicians|(?:a\s+|the\s+)?patients?)\s+wait\s+(?:before|to)\s+"
                          r"(?:(?:doing|getting|having|starting|ordering|performing|referring\s+for|do|get|have|start|"
                          r"order|perform|refer\s+for)\s+)?(?:an?\s+|the\s+)?(?P<x>.+?)"
                          r"(?:\s+(?P<p>in|for|after|during)\s+(?P<y>\S.*))?$", re.I)


def as_soon_waited(core: str) -> str:
    """A question how long one may wait before doing a thing as "How soon should it be performed ...?" ("How soon
    should laryngoscopy be performed in a hoarse patient" of "How long can I wait before laryngoscopy in a hoarse
    patient"): read as asked, it named no topic; any other question as it is."""
    wait = _WAIT_BEFORE.match(core)
    if not wait:
        return core
    where = f" {wait.group('p')} {wait.group('y')}" if wait.group("p") else ""
    return f"How soon should {wait.group('x')} be performed{where}"


def as_duration(core: str) -> str:
    """A question on how long a thing is given, asked in units of time, as "How long ..." asks it ("How long should
    antibiotics be given for community-acquired pneumonia" of "How many days of antibiotics for community-acquired
    pneumonia"; "How long should amoxicillin be given ..." of "How many days should amoxicillin be given ..."): read
    as asked, it named no topic, and the answer quoted the choice of antibiotic; any other question as it is."""
    core = as_soon_waited(core)
    units = _UNITS_OF.match(core)
    if units and not _VERB_IN_THING.search(units.group("x")):
        return f"How long should {units.group('x')} be given {units.group('p')} {units.group('y')}"
    course = _COURSE_LONG.match(core)
    if course and not _VERB_IN_THING.search(course.group("x") or course.group("t")):
        where = f" {course.group('p')} {course.group('y')}" if course.group("p") else ""
        return f"How long should {course.group('x') or course.group('t')} be given{where}"
    aux = _UNITS_AUX.match(core)
    return f"How long {aux.group('rest')}" if aux else core


# Words that say a thing is taken alone in other words ("on its own", "by itself"), and adverbs of time said before what
# is asked of it ("Is X still recommended ...?", "Is X currently advised ...?"): "X alone", and no part of X. Grammar
# words only.
_ON_ITS_OWN = re.compile(r"\s+(?:on\s+(?:its|their)\s+own|by\s+(?:itself|themselves))(?=\s)", re.I)
_ENDS_COURSE_VERB = re.compile(rf"\b{_COURSE_VERB}$", re.I)
_TIME_ADVERB = re.compile(r"(?<=\w)\s+(?:still|currently|nowadays|now)(?=\s+[a-z])", re.I)


def as_plain(core: str) -> str:
    """A question with a thing taken "on its own" or "by itself" as taken "alone", and without an adverb of time
    before its predicate ("is X alone recommended for Y" of "Is X on its own still recommended for Y"); any other
    question as it is. Not a question that opens with the adverb or ends with it, nor "on its own" after a verb of a
    condition's course ("Does X resolve on its own?")."""
    return _TIME_ADVERB.sub("", _ON_ITS_OWN.sub(_alone, core))


def _alone(match: re.Match[str]) -> str:
    """" alone" for "on its own" said of a thing taken; as written after a verb of a condition's course ("Does X
    resolve on its own?" asks how X does unaided, ``_UNAIDED``)."""
    before = match.string[:match.start()]
    return match.group(0) if _ENDS_COURSE_VERB.search(before) else " alone"


# A question whose people or setting is said first, before a comma ("In haemodialysis patients, does vitamin K
# reduce vascular calcification?", "For someone with knee osteoarthritis, does exercise help?", "Among smokers, is X
# better than Y?"): the same question with them said last, where the shapes read them as part of the condition.
# Grammar of the sentence (a fronted adverbial of place or people, then the question's own verb), no topic.
_FRONTED = re.compile(r"^(?P<p>in|for|among|amongst)\s+(?P<who>[^,?]{2,100}?),\s*"
                      r"(?P<q>(?:does|do|did|is|are|was|were|can|could|should|will|would|may|might|has|have|must|"
                      r"what|which|how|when|who)\s.+)$", re.I)


_ENDS_HELP = re.compile(r"\bhelp$", re.I)


def as_fronted(core: str) -> str:
    """A question whose people or setting open it, before a comma, as the question asked in them ("does vitamin K
    reduce vascular calcification in haemodialysis patients" of "In haemodialysis patients, does vitamin K reduce
    vascular calcification"; "for someone with X" is asked "in someone with X"); any other question as it is."""
    match = _FRONTED.match(core)
    if not match:
        return core
    asked, who = match.group("q"), match.group("who").strip()
    # Help is asked of whom it helps: "does X help someone with Y", as the help shapes read it.
    return f"{asked} {who}" if _ENDS_HELP.search(asked) else f"{asked} in {who}"


# "..., yes or no?": how the answer is asked for, no part of the topic.
_YES_OR_NO_TAIL = re.compile(r",?\s*yes\s*(?:or|/)\s*no$", re.I)

# A second question joined to the first by "and" ("How common is X and who gets it?", "Does X help Y, and how much
# is needed?"): "how", "what" or "why" after "and", which open no relative clause, or another question word whose
# clause points back at the first's topic with a pronoun ("it", "they", "them"). It asks more of the same topic, and
# is no part of it. (Not a relative clause joined to a noun, "people with X and who smoke": no pronoun of the
# topic.) Grammar only.
_SECOND_QUESTION = re.compile(r",?\s+and\s+(?:(?:how|what|why)\b|(?:who|which|when|where)\b"
                              r"(?=[^,;]*?\b(?:it|they|them)\b))[^;]*$", re.I)

# "OK", "okay", "alright", "fine" asked of a thing in a case ("Is X OK if ...", "... fine in pregnancy?") ask whether it
# is safe there; and a case given as what a person takes ("if the patient takes Y", "if she is on Y") names the people
# taking it. Grammar of any specialty, no topic.
# ... and so does one asked "for" people set apart by a state, or "for" a use in them ("Is X fine for a patient with
# Y?", "Is X OK for pneumonia in a patient with Y?"): whether it is safe for them. (Not a use in people named by no
# state, "OK for gizmo asthma in adults", which asks whether it is a fit treatment.)
_FINE_IN_CASE = re.compile(r"^(?P<head>(?:is|are)\s+(?!it\b|there\b)[^?]+?)\s+(?:ok|okay|alright|all\s+right|fine|"
                           r"suitable)\s+"
                           rf"(?=(?:if|in|while|during|with)\b|for\b[^?]*?\b(?:{PERSON_NOUNS}\s+(?:with|who|on|taking)|while|during)\b)",
                           re.I)
_IF_TAKING = re.compile(rf"\bif\s+(?:(?:the|a|an|my|your|our)\s+)?(?P<who>{_ONE_PERSON}|he|she|they|i|you)\s+"
                        r"(?:takes|take|is\s+taking|are\s+taking|am\s+taking|is\s+on|are\s+on|am\s+on|uses|is\s+using)\s+",
                        re.I)
_PRONOUNS = frozenset({"he", "she", "they", "i", "you"})


# Whether people on a treatment should start another thing ("Should a patient on warfarin start taking vitamin K2?"):
# asked as whether to start it in them, the treatment they take the setting. Grammar.
# (Each word read whole, "[\w\-]++": a word run with optional spaces, repeated, cut a long word every way.)
_PERSON_ON_START = re.compile(rf"^(?P<aux>should|can|could|may|must)\s+(?P<who>(?:(?:a|an|the|my|our)\s+)?"
                              rf"(?:[\w\-]+\s+){{0,2}}?(?:{PEOPLE_WORDS}|{_ONE_PERSON})\s+(?:on|taking|using|receiving)\s+"
                              r"(?:[\w\-]+\s+){0,3}?[\w\-]+?)\s+start\s+(?:taking\s+|using\s+|on\s+)?"
                              r"(?P<x>(?:(?!\b(?:and|or|for|if|when|to|because|with)\b)[\w\-]++\s*){1,6})$", re.I)
# (Only a thing named alone, nothing after it: read so, "... start combined vitamin D and vitamin K2 products?" and "...
# start ibuprofen for ear pain?" lost the answers their closest evidence gave.)


# Whether to give a thing first, asked in the active voice ("Should I give intravenous iron first for Y?"): asked as
# whether it is given first ("Should intravenous iron be given first for Y?"), the rank the reader knows
# (``asks_first``), "first" no part of the thing. Grammar.
_ACTIVE_FIRST = re.compile(r"^(?P<aux>should|can|may|must)\s+(?:i|we|you|clinicians|doctors)\s+"
                           r"(?P<verb>give|use|offer|prescribe|try|start)\s+"
                           r"(?P<x>(?!(?:the|a|an|with|to|it|them|him|her)\s+first\b)(?:(?!\bfirst\b)[\w\-]+\s+){0,5}?"
                           r"[\w\-]+)\s+(?P<first>first(?:[\s\-]+line)?)\b(?P<rest>(?:\s+(?:for|in)\s+[^,]+)?)$", re.I)
# ("first line" or "first-line" is the same rank: "Should I give IV iron first line for iron deficiency?" said "Yes.")
# (Not for some people, "... first to a patient who cannot tolerate it": read as the rank for all, it said "Yes." to
# oral iron first for a patient who cannot tolerate it.)
_PARTICIPLES = {"give": "given", "use": "used", "offer": "offered", "prescribe": "prescribed", "try": "tried",
                "start": "started", "screen": "screened", "test": "tested", "recommend": "recommended"}
# Advice asked in the first person of a thing for a purpose or of people for a condition ("Should I give vitamin D to
# prevent falls?", "Should I screen all adults for depression?"): the passive the shapes read ("Should vitamin D be
# given to prevent falls?", "Should all adults be screened for depression?"). Read as written, the first had
# "prevent falls" as its condition and the second no topic, and leaned "no" from background sentences beside the
# advice to screen. Grammar: the verbs of ``_PARTICIPLES``, what they act on, then "for" or "to" and a verb of effect.
# (Not a choice between two, "Should I use X or Y for Z?": the choice shapes read it as asked.)
_ACTIVE_ASKED = re.compile(r"^(?P<aux>should|can|may|must)\s+(?:i|we|you|clinicians|doctors)\s+"
                           rf"(?P<verb>{'|'.join(_PARTICIPLES)})\s+(?P<x>(?:(?!\b(?:for|to|first|or)\b)[\w\-']+\s+){{0,6}}?"
                           r"[\w\-']+)\s+(?P<rest>(?:for|to\s+(?:treat|prevent|manage|reduce|lower|control|improve|relieve))"
                           r"\s+.+)$", re.I)


# A dose asked as a noun phrase with the thing first ("gizmocillin dose", "gizmocillin dose for gizmo fever"): one
# or two words, its dose, and what it is given for or in. Not a word that says which dose ("loading dose", "low dose
# gizmocillin ..."), nor a word of asking ("usual dose", "what dose"). Grammar.
_NOUN_DOSE = re.compile(r"^\s*(?P<x>[A-Za-z][\w\-]*(?:\s+[A-Za-z0-9][\w\-]*)?)\s+(?:dose|doses|dosing|dosage)"
                        r"(?P<rest>\s+(?:for|in|of|with|during|after)\s+\S.*?)?\s*[?.!]*\s*$", re.I)
_WHICH_DOSE = re.compile(r"^(?:low|lower|high|higher|loading|maintenance|starting|start|initial|first|max|maximum|"
                         r"maximal|min|minimum|daily|weekly|monthly|single|double|total|booster|standard|adult|child|"
                         r"paediatric|pediatric|oral|iv|test|stress|full|half|equivalent|effective|optimal|safe|"
                         r"correct|right|usual|typical|recommended|best|what|which|whose|this|that|each|one|any|no|"
                         r"a|the)$", re.I)


def as_dose_asked(text: str) -> str:
    """A dose asked as a noun phrase with the thing first (``_NOUN_DOSE``: "gizmocillin dose for gizmo fever") as the
    question it asks, "What is the dose of gizmocillin for gizmo fever?". Read as written, "gizmocillin dose" was no
    topic (asked after another question it was searched with that one's words, and quoted another drug's advice) and
    "gizmocillin dose for gizmo fever" asked of a thing named "gizmocillin dose", whose dose no source sets. ``text``
    itself for any other question."""
    match = _NOUN_DOSE.match(text)
    if match is None or any(_WHICH_DOSE.match(word) for word in match.group("x").split()):
        return text
    words = match.group("x").split()
    if match.group("rest") is None and len(words) == 2 and words[1].isalpha() and len(words[1]) > 3:
        # Two words and nothing it is given for ("gizmocillin wobble fever dose") may be a thing and its condition
        # as well as a thing's two-word name: read as one name, a follow-up's "it" stood for "gizmocillin wobble" and
        # quoted nothing on it. A name's short second word ("vitamin D", "vitamin K2") is read.
        return text
    return f"What is the dose of {match.group('x')}{match.group('rest') or ''}?"


def as_plain_wording(text: str) -> str:
    """A question in everyday wording as the shape the reader knows: whether a thing is "OK" in a case as whether it is
    safe there ("Is X safe if ...?" of "Is X OK if ...?", ``_FINE_IN_CASE``), a case of what a person takes as for
    people taking it ("... for a patient taking warfarin?" of "... if the patient takes warfarin?", ``_IF_TAKING``);
    whether it is safe for people to take a thing with the thing first ("Is it safe to start a vitamin K2 supplement
    for a patient on warfarin?" of "Is it safe for my patient on warfarin to start a vitamin K2 supplement?",
    ``_SAFE_FOR_WHO_TO``); whether people on a treatment should start another as whether to start it in them
    ("Should vitamin K2 be started in a patient on warfarin?" of "Should a patient on warfarin start taking vitamin
    K2?", ``_PERSON_ON_START``); and whether to give a thing first in the passive ("Should X be given first for Y?" of
    "Should I give X first for Y?", ``_ACTIVE_FIRST``; "Should X be given to prevent Y?" of "Should I give X to
    prevent Y?", ``_ACTIVE_ASKED``). Read as written, "Is shockwave therapy OK if the patient
    takes warfarin?" had no topic and leaned yes, and the vitamin K2 question said "Yes." above advice not to start
    it. ``text`` itself for any other question."""
    body = text.rstrip("?.! ")
    first = _ACTIVE_FIRST.match(body)
    if first is not None:
        done = _PARTICIPLES[first.group("verb").lower()]
        rank = first.group("first")
        return f"{first.group('aux')} {first.group('x')} be {done} {rank}{first.group('rest')}{text[len(body):]}"
    active = _ACTIVE_ASKED.match(body)
    if active is not None:
        done = _PARTICIPLES[active.group("verb").lower()]
        return f"{active.group('aux')} {active.group('x')} be {done} {active.group('rest')}{text[len(body):]}"
    started = _PERSON_ON_START.match(body)
    if started is not None:
        thing = started.group("x").strip()
        return f"{started.group('aux')} {thing} be started in {started.group('who')}{text[len(body):]}"
    who_first = _SAFE_FOR_WHO_TO.match(body)
    if who_first is not None:
        article = "a " if who_first.group("det") else ""  # "my patient ..." asked of a patient
        head = re.sub(r"\b(?:ok|okay)$", "safe", who_first.group("head"), flags=re.I)  # ("OK" asks if it is safe)
        return (f"{head} to {who_first.group('verb')} {who_first.group('x')} for "
                f"{article}{who_first.group('who')}{text[len(body):]}")
    bare_case = _THING_IF_HAVING.match(text.strip())
    if bare_case is not None:
        # "gizmolol if she has wobble lung?": whether the thing can be used in a patient with it, as "Can gizmolol be
        # used in a patient with wobble lung?" asks. Read as written, it had no topic of its own, and as a follow-up
        # it was searched with the question before's words, whose first-line advice on the thing led over the
        # statement that it should be avoided in people with that condition.
        case = _IF_HAVING.sub("in a patient with ", bare_case.group("case"), count=1)
        return f"Can {bare_case.group('x')} be used {case}{bare_case.group('mark')}"
    safe = _FINE_IN_CASE.sub(lambda m: f"{m.group('head')} safe ", text, count=1)
    if safe == text:
        return text
    having = _IF_HAVING.search(safe)
    if having is not None:
        # "Is gizmolol OK if she has wobble lung?": whether it is safe for a patient with it (read as written, no
        # topic).
        return f"{safe[:having.start()]}for a patient with {safe[having.end():]}"
    found = _IF_TAKING.search(safe)
    if found is None:
        return safe
    who = found.group("who")
    person = "patient" if who.lower() in _PRONOUNS else who.lower()
    return f"{safe[:found.start()]}for a {person} taking {safe[found.end():]}"


# A terse question that names its topic first and asks of it after a dash ("ESWT in a patient on warfarin - is it
# safe?", "metformin in pregnancy - is it OK?"): the quality asked is said of the topic, before the people or setting
# it is asked for ("Is ESWT safe in a patient on warfarin?"). Read as it stood, the condition was "patient on warfarin
# - is it safe", and the answer said no source addressed it beside a source that advised against it. Grammar.
_DASH_ASKED = re.compile(r"^(?P<x>[^?]+?)\s+[-\u2013\u2014]+\s+(?P<aux>is|are)\s+(?:it|this|that|they|these)\s+"
                         r"(?P<p>[^?\-\u2013\u2014]+?)\s*(?P<mark>\?*)$", re.I)
_SETTING_OPENS = re.compile(r"^(?P<h>.+?)\s+(?P<r>(?:in|for|with|during|while|after|before)\s.+)$", re.I)


# A case named first and what to do for it asked after a dash in the first person ("AF patient on warfarin with
# erratic INRs - should I switch to a DOAC?", "Hb 75 in a stable woman with IDA - should I transfuse?"): the person
# of the case is whom the act is done to, as "Should I switch an AF patient on warfarin ... to a DOAC?" asks. Only
# where the case names people (a noun for people, ``PERSON_NOUNS``) and the act has no object of its own: nothing after
# its verb, a preposition ("to a DOAC"), or a pronoun for the person ("start her on iron"), which the case replaces.
# Read as it stood, "should I switch to a DOAC" after the dash read no topic, and the answer quoted INR targets.
# Grammar.
# The act may be asked by its verb alone, the "should I" left out as a note does ("AF pt on warfarin with erratic
# INRs - switch to a DOAC?", "... - transfuse?"): not a word that asks something else of the case (``_NOT_AN_ACT``:
# "- safe?", "- what dose?", "- any evidence?").
_NOT_AN_ACT = (r"(?!(?:what|which|how|why|when|where|who|whom|whose|is|are|was|were|any|yes|no|ok|okay|safe|safer|"
               r"necessary|needed|useful|worth|effective|better|best|recommended|indicated|contraindicated|evidence|"
               r"dose|doses|dosing|options?|alternatives?|risks?|and|or|but|if|not|still|then|also)\b)")
# ... and a case of what a person has ("if she has asthma", "if the patient has gout"): as for a patient with it.
# Grammar.
_IF_HAVING = re.compile(rf"\bif\s+(?:(?:the|a|an|my|your|our)\s+)?(?:{_ONE_PERSON}|he|she|they)\s+(?:has|have)\s+"
                        r"(?:got\s+)?(?!(?:been|had|to|taken|used|started|stopped|tried)\b)(?=\S)", re.I)
# A thing named alone and a case of what the person has, no verb asking of it ("gizmolol if she has wobble lung?"): a
# thing, at most four words, none that asks or acts, then the case. Grammar.
_THING_IF_HAVING = re.compile(rf"^(?P<x>{_NOT_AN_ACT}(?!(?:offer|give|start|use|try|add|stop|continue|switch|take|"
                              r"prescribe|refer|treat|screen|test|check|avoid|increase|reduce)\b)"
                              rf"[a-z][\w\-]*(?:\s+{_NOT_AN_ACT}[\w\-]+){{0,3}}?)\s+"
                              rf"(?P<case>{_IF_HAVING.pattern}[^?,;:]+?)\s*(?P<mark>\?+)$", re.I)
# Whether it is safe for people to take a thing ("Is it safe for my patient on warfarin to start a vitamin K2
# supplement?"): the people, then the verb of taking and the thing. Grammar.
# (Only people defined by what they take, "on Y" or "taking Y": read so, the two things asked of together. People
# defined by a state, "someone with epilepsy", "a smoker with stable angina", were read as a condition no statement
# names, and lost the closest evidence that answered them.)
_SAFE_FOR_WHO_TO = re.compile(r"^(?P<head>(?:is|are)\s+it\s+(?:safe|ok|okay|advisable|appropriate))\s+for\s+"
                              r"(?:(?P<det>my|our|your|the|a|an|this)\s+)?(?P<who>(?:[\w\-]+\s+){0,2}?[\w\-]+\s+"
                              r"(?:on|taking|using|receiving)\s+(?:[\w\-]+\s+){0,3}?[\w\-]+?)\s+to\s+"
                              r"(?P<verb>take|start|use|have|receive|continue|combine)\s+"
                              r"(?P<x>(?:(?!\b(?:for|to|in|if|during|while)\b)[\w\-]+\s+){0,5}[\w\-]+)$", re.I)
_DASH_ACT = re.compile(r"^(?P<x>[^?]+?)\s+[-\u2013\u2014]+\s+(?:(?P<aux>should|can|could|shall|would|do|must)\s+"
                       rf"(?P<who>i|we|you)\s+|{_NOT_AN_ACT}(?=[a-z]))"
                       r"(?P<v>(?:just\s+|still\s+|now\s+)?[a-z][\w\-]*)"
                       r"(?:\s+(?P<pron>her|him|them))?(?P<rest>\s+(?:to|from|on|onto|off|with|for|in|into|at|"
                       r"before|after|now|today|again)\b[^?]*?)?\s*(?P<mark>\?*)$", re.I)
# An adverbial particle right after the verb, with the verb's object after it ("hold off antibiotics"): of the words
# the act's rest may open with, "off" alone is a particle of a phrasal verb rather than the preposition of a place the
# case is moved to ("switch to X", "start on X"). Grammar.
# A reason given after the verb's object ("hold off anticoagulation because of the falls"): the case put after it read
# "anticoagulation because of the falls" as the thing and the case's details as the condition, and the answer, which
# had quoted the advice not to withhold anticoagulation for a risk of falling as closest evidence, said no source
# addressed it; before it, the reason was read into the condition. Such a question is left as typed (as before the
# particle reading). Grammar.
_REASON_AFTER = re.compile(r"\s+(?:because\s+of|due\s+to|owing\s+to|on\s+account\s+of|given)\s", re.I)
_PARTICLE_FIRST = re.compile(r"^\s+off\s+(?!(?:her|him|them|it)\b)\S", re.I)
# A finding said "in" the case's people ("Hb 75 in a stable woman with IDA"): the people, with the finding after them
# ("a stable woman with IDA with Hb 75"), whom the act is done to. Grammar.
_FINDING_IN = re.compile(rf"^(?P<f>.+?)\s+in\s+(?P<who>(?:(?:a|an|the|my|our|this)\s+)?(?:[\w\-]+\s+){{0,3}}?"
                         rf"{PERSON_NOUNS}\b.*)$", re.I)


def _dash_act(text: str) -> str | None:
    """``as_dash_question`` of a case named before the dash and an act asked after it (``_DASH_ACT``); None for any
    other shape, or where the case names no people."""
    m = _DASH_ACT.match(text)
    if m is None or not re.search(rf"\b{PERSON_NOUNS}\b", m.group("x"), re.I):
        return None
    if m.group("aux") is None and re.fullmatch(FINE_TO, m.group("v"), re.I):
        # "<X in a case> - appropriate?" asks whether X fits the case (``_dash_fine``), not an act "to appropriate"
        # the case: read so, the question named no thing and the answer leaned on advice that favours another thing.
        return None
    case = m.group("x").strip()
    finding = _FINDING_IN.match(case)
    if finding:
        case = f"{finding.group('who')} with {finding.group('f')}"
    aux, who = (m.group("aux") or "should").capitalize(), m.group("who") or "I"  # "- switch to X?": "Should I ..."
    rest = m.group("rest") or ""
    if m.group("pron") is None and _PARTICLE_FIRST.match(rest) and not _REASON_AFTER.search(rest):
        # A verb and its particle ("hold off", "wean off") are one verb whose object follows: the case is whom it is
        # done in, not put between them ("Can we hold <case> off antibiotics?" read no thing asked).
        if not re.match(r"(?:a|an|the|my|our|this|these)\s", case, re.I) and \
                not re.match(rf"(?:[\w\-]+\s+){{0,3}}?{PEOPLE_WORDS}\b", case, re.I):
            case = _article(case) + case
        return f"{aux} {who} {m.group('v')}{rest} in {case}?"
    return f"{aux} {who} {m.group('v')} {case}{rest}?"


# A patient's state said first, the question after a comma ("pt has long QT, is clarithromycin ok?", "My patient is on
# warfarin; can she take X?"): the question asked in that patient, as "Is clarithromycin ok in a patient with long QT?"
# asks it. Read as written, the clause before the comma hid the question's shape: no topic was read, and the answer
# quoted advice for other people. Grammar: a person, a verb of having or taking, or of doing ("is planning a
# pregnancy": "in a patient planning a pregnancy"), the state, a question.
_STATE_FIRST = re.compile(
    rf"^(?:(?:my|the|a|an|this|our|your)\s+)?(?P<who>{PERSON_NOUNS}|pts?|he|she)\s+"
    r"(?:(?P<has>has|have|had|with)|(?:is|are)\s+(?:on|taking)|takes|(?:is|are)\s+(?P<ing>(?!taking\b)[a-z]+ing))\s+"
    r"(?P<s>[^,;?]+?)\s*[,;:]\s*"
    r"(?P<q>(?:is|are|can|could|should|would|will|may|might|do|does)\s[^?]+?)\s*(?P<mark>\?*)$", re.I)


# "she's" of a state said first ("she's planning pregnancy, ..."), as "she is"; not before "had", "been" or "got",
# where it is "she has". Grammar.
_PRONOUN_IS = re.compile(r"^(?P<p>he|she)['\u2019]s\s+(?!(?:had|been|got)\b)", re.I)


# A state said first by an adjective of the person, before or after the noun for them ("34-year-old woman pregnant with
# wobble shoulder, can she have X?", "she is pregnant, can she have X?"): the person, an age at most before them, the
# adjective (a state's, ``state_nouns``), what they have with it, then the question. Grammar.
_STATE_ADJECTIVE_FIRST = re.compile(
    rf"^(?:(?:my|the|a|an|this|our|your)\s+)?(?P<age>{AGED}\s+)?(?P<who>{PERSON_NOUNS}|pts?|he|she)\s+"
    r"(?:(?:is|are)\s+)?(?P<adj>[a-z]+)(?P<with>\s+with\s+[^,;?]+?)?\s*[,;:]\s*"
    r"(?P<q>(?:is|are|can|could|should|would|will|may|might|do|does)\s[^?]+?)\s*(?P<mark>\?*)$", re.I)
# Whether the person said first may have a thing ("can she have X", "could he take X"): whether the thing can be used
# in them, the thing asked of. Not a pronoun for a thing ("can she take it"). Grammar.
_SHE_HAS_THING = re.compile(r"^(?P<aux>can|could|may|should|must)\s+(?:she|he|they|the\s+patient|patient)\s+"
                            r"(?:safely\s+)?(?:have|take|use|receive|get|undergo|be\s+given|be\s+offered)\s+"
                            r"(?!(?:it|this|that|them|these|those|one|any|anything|something|more|less)\b)"
                            r"(?P<x>(?:[\w\-]+\s+){0,4}[\w\-]+)$", re.I)


def _asked_in(asked: str, people: str, mark: str | None) -> str:
    """The question ``asked`` asked in ``people`` (``as_state_first``): whether a thing can be used in them where it
    asks whether the person may have it (``_SHE_HAS_THING``), else as it is with them after it."""
    thing = _SHE_HAS_THING.match(asked)
    if thing is not None:
        return f"{thing.group('aux').capitalize()} {thing.group('x')} be used in {people}{mark or '?'}"
    return f"{asked[0].upper()}{asked[1:]} in {people}{mark or '?'}"


def as_state_first(text: str) -> str:
    """A question after a patient's state said first (``_STATE_FIRST``) as the question asked in that patient ("Is
    clarithromycin ok in a patient with long QT?" of "pt has long QT, is clarithromycin ok?"), a state said by an
    adjective of theirs as one before the noun for them ("Can X be used in a 34-year-old pregnant woman with wobble
    shoulder?" of "34-year-old woman pregnant with wobble shoulder, can she have X?", ``_STATE_ADJECTIVE_FIRST``: read
    as written, no topic, and an answer on background beside the statement that X should not be used in pregnancy);
    ``text`` itself for any other shape."""
    plain = _PRONOUN_IS.sub(r"\g<p> is ", text.strip(), count=1)
    state = _STATE_ADJECTIVE_FIRST.match(plain)
    if state is not None and state_nouns(state.group("adj")):
        who = state.group("who").lower()
        person = "patient" if who in ("pt", "pts", "he", "she") else state.group("who")
        people = f"{state.group('age') or ''}{state.group('adj')} {person}{state.group('with') or ''}"
        article = "" if person.endswith("s") and person != "pts" else _article(people)
        return _asked_in(state.group("q"), f"{article}{people}", state.group("mark"))
    m = _STATE_FIRST.match(plain)
    if m is None:
        return text
    who = m.group("who").lower()
    person = "patient" if who in ("pt", "pts", "he", "she") else who
    article = "" if person.endswith("s") and person != "pts" else "a "
    how = "with" if m.group("has") else m.group("ing") or "taking"
    return _asked_in(m.group("q"), f"{article}{person} {how} {m.group('s')}", m.group("mark"))


# A case named first and a treatment asked after a dash by its name alone, in a few words ("3-month-old with gizmo
# fever in both ears - immediate gizmocillin?"): whether that treatment should be given to the case, as "Should
# immediate gizmocillin be given to a 3-month-old with gizmo fever in both ears?" asks it. Only where the case names
# people (``PERSON_NOUNS``) and the words after the dash ask nothing else of it: no question word, no word that asks
# a quality (``_NOT_AN_ACT``), no choice ("X or wait?"), no pronoun or auxiliary. Read as written, the question had no
# topic, and its verdict leaned on the closest statement (on other children) to "No". A single word after the dash may
# be a verb (``_DASH_ACT``), so two to four; none ending in a generic noun of what to do ("- next step?", "- further
# treatment?"), which asks which, not whether; nor opening on a rank ("- first drug?", "- first-line agent?",
# "- best antibiotic?"), which asks which thing holds it. Grammar.
_DASH_THING = re.compile(
    rf"^(?P<x>[^?]+?)\s+[-\u2013\u2014]+\s+{_NOT_AN_ACT}"
    r"(?!(?:first|1st|second|2nd|third|3rd|best|preferred|initial|ideal|optimal)(?:[\s\-]+(?:line|choice))?\b)"
    r"(?!(?:[\w\-]+\s+){0,3}(?:next|steps?|plan|management|treatment|therapy|investigations?|tests?|work-?up|"
    r"approach|choice|referral|options?|alternatives?)\W*$)"
    r"(?P<t>(?:(?!(?:or|and|i|we|you|he|she|they|it|this|that|should|can|could|would|will|may|might|must|do|does|did|"
    r"is|are|to|then|now|please)\b)[a-z][\w\-]*\s+){1,3}[a-z][\w\-]*)\s*\?+$", re.I)


def _dash_fine(text: str) -> str | None:
    """``as_dash_question`` of a thing asked as fine after a dash for the use or case before it
    (``_DASH_THING_FINE``), or of a case asked after a dash whether it does something (``_DASH_DOES``); None for any
    other shape."""
    fine = _DASH_THING_FINE.match(text)
    if fine is not None:
        return f"Is {fine.group('t').strip()} {fine.group('ok')} for {fine.group('x').strip()}?"
    does = _DASH_DOES.match(text)
    if does is None:
        return None
    x, asked = does.group("x").strip(), does.group("p").strip()
    split = _SETTING_OPENS.match(x)
    said = f"{split.group('h')} {asked} {split.group('r')}" if split else f"{x} {asked}"
    return f"{does.group('aux').capitalize()} {said}?"


def _dash_thing(text: str) -> str | None:
    """``as_dash_question`` of a case named before the dash and a treatment named alone after it (``_DASH_THING``);
    None for any other shape, or where the case names no people."""
    m = _DASH_THING.match(text)
    if m is None or not re.search(rf"\b{PERSON_NOUNS}\b", m.group("x"), re.I) or \
            not re.match(rf"(?:(?!(?:in|with|for|of|on|after|during)\b)[\w\-]+\s+){{0,3}}?{PERSON_NOUNS}\b",
                         m.group("x"), re.I):
        return None
    case = m.group("x").strip()
    if not re.match(r"(?:a|an|the|my|our|this|these|all)\s", case, re.I) and \
            not re.match(rf"(?:[\w\-]+\s+){{0,3}}?{PEOPLE_WORDS}\b", case, re.I):
        case = _article(case) + case
    return f"Should {m.group('t')} be given to {case}?"


# A use or a case named first and whether I may use a thing asked after a dash ("gizmo prophylaxis in an asthmatic - can
# I use drugx", "smoker with gizmo palsy - should I prescribe drugx?"): whether the thing may be used for that use, or
# in that person, as "Can I use drugx for gizmo prophylaxis in an asthmatic?" asks it. Read as written, the use was
# read as the thing asked of and "asthmatic - can I use drugx" as its condition, which no statement names: the answer
# was "insufficient" above the very advice against drugx in asthma. Only a thing of one to three words with no
# pronoun, preposition or conjunction in it. Grammar: a modal, "I" or "we", a verb of giving.
_DASH_USE = re.compile(
    r"^(?P<x>(?!(?:what|which|how|when|why|who|is|are|should|can|could|would|will|may|does|do|did)\b)[^?]+?)"
    r"\s+[-\u2013\u2014]+\s+(?P<aux>should|can|could|may)\s+(?P<who>i|we)\s+"
    r"(?P<v>use|give|prescribe|start|try|offer|recommend)\s+"
    r"(?P<t>(?:(?!(?:it|this|that|them|her|him|to|for|in|on|with|without|or|and|instead|now|still)\b)"
    r"[a-z][\w\-]*\s*){1,3}?)\s*\?*$", re.I)


# A part of a case after a comma that opens on a history ("gizmo palsy, history of frobnitis"): a state the person has,
# as "with a history of frobnitis" says it. Grammar.
_HISTORY_PART = re.compile(r",\s*(?=(?:a\s+)?(?:past\s+|previous\s+|known\s+)?history\s+of\s)", re.I)


def _history_joined(case: str) -> str:
    """A case whose part after a comma opens on a history (``_HISTORY_PART``) with "with" before that part ("gizmo
    palsy with history of frobnitis"): the person's state beside the use, which read as a list of uses named none, and
    the answer leaned on the use's eligibility while the guideline's contraindications named that very state; the case
    as it is otherwise."""
    return _HISTORY_PART.sub(" with ", case, count=1)


def _dash_use(text: str) -> str | None:
    """``as_dash_question`` of a use or a case named before the dash and whether I may use a thing asked after it
    (``_DASH_USE``): "<Aux> I <verb> <thing> for <use>?" where the case names the use with whom it is for ("in",
    "with"), or "... in <person>?" where the case opens with people (``PERSON_NOUNS``); None for any other shape."""
    m = _DASH_USE.match(text.strip())
    if m is None:
        return None
    case = _history_joined(m.group("x").strip())
    opened = re.match(rf"(?:(?:a|an|the|my|our|this|these)\s+)?(?:[\w\-]+\s+){{0,3}}?{PERSON_NOUNS}\b", case, re.I)
    if not opened and not re.search(r"\s(?:in|with)\s", case, re.I):
        # A case alone ("gizmo palsy post-op"): a use "for" it, or a state the thing is used "in"? Unsaid, so unread.
        return None
    if opened and not re.match(r"(?:a|an|the|my|our|this|these)\s", case, re.I) and \
            not re.match(rf"(?:[\w\-]+\s+){{0,3}}?{PEOPLE_WORDS}\b", case, re.I):
        case = _article(case) + case
    return f"{m.group('aux').capitalize()} {m.group('who')} {m.group('v')} {m.group('t').strip()} " \
           f"{'in' if opened else 'for'} {case}?"


# A use or case named first and a thing asked as fine after a dash ("gizmo prophylaxis in patient with asthma -
# drugx ok?"): whether the thing is fine for that use, as "Is drugx ok for gizmo prophylaxis in patient with asthma?"
# asks it. Read as written, "asthma - drugx ok" was read as the condition and the answer found no direct statement.
# Only a thing of one to three words with no question word, pronoun or auxiliary in it. Grammar.
_DASH_THING_FINE = re.compile(
    r"^(?P<x>(?!(?:what|which|how|when|why|who|is|are|should|can|could|would|will|may|does|do|did)\b)[^?]+?)"
    r"\s+[-\u2013\u2014]+\s+"
    r"(?P<t>(?:(?!(?:or|and|i|we|you|he|she|they|it|this|that|is|are|be|what|which|how|still|then|now)\b)"
    rf"[a-z][\w\-]*\s+){{1,3}}?)(?P<ok>{FINE_TO})\s*\?*$", re.I)
# A case named first and whether it does something asked after a dash of a pronoun for it ("normal gizmo level in a
# patient with X - does that rule out Y?"): asked of the case itself, "Does normal gizmo level rule out Y in a patient
# with X?". Grammar.
_DASH_DOES = re.compile(r"^(?P<x>[^?]+?)\s+[-\u2013\u2014]+\s+(?P<aux>does|do|can|could|would|will)\s+"
                        r"(?:that|this|it)\s+(?P<p>[^?\-\u2013\u2014]+?)\s*\?*$", re.I)


# A case named first and an act of giving a thing named with its object after a dash, the "should I" left out as a note
# does ("pt in gizmo failure - start drugx?", "toddler w frobnitis - ok to use drugx cream?", "... - just put her on
# drugx?", "... - start drugx on its own?"): whether to give that thing in that case, as "Should I start drugx in a
# patient in gizmo failure?" asks it. Read as written, the verb joined the thing's name ("start drugx"), or nothing was
# read, and the answer said "insufficient" above the very advice on drugx for that case. A verb of sending for a test
# ("- send gizmo testing?", "- order an X-ray?") asks whether the test is done. Grammar: a closed class of the verbs a
# note uses for giving a treatment or ordering a test, no topic; a thing of one to three words with no pronoun,
# preposition or conjunction (those are other shapes: ``_DASH_ACT``, ``_DASH_USE``), nor a noun of care at large
# ("- start treatment straight away?": what is asked there is whether to act now, which the case's own advice answers),
# nor a question word ("- add what?" asks which thing to add: read as a thing, "what" was the intervention).
_GIVING_VERB = r"(?P<give>start|give|use|try|prescribe|offer|add|begin|commence|put\s+(?:her|him|them)\s+on)"
_TESTING_VERB = r"(?P<test>send|order|request|check|do|get|run)"
_DASH_GIVEN = re.compile(
    r"^(?P<x>(?!(?:what|which|how|when|why|who|is|are|should|can|could|would|will|may|does|do|did)\b)[^?]+?)"
    r"\s+[-\u2013\u2014]+\s+(?:(?:is\s+it\s+)?(?:ok|okay|fine|alright|reasonable)\s+to\s+)?(?:just\s+)?"
    rf"(?:{_GIVING_VERB}|{_TESTING_VERB})\s+(?:(?:an?|the|some)\s+)?"
    r"(?!(?:[\w\-]+\s+){0,2}(?:next|steps?|plan|management|treatment|therapy|investigations?|tests?|work-?up|"
    r"approach|choice|referral|options?|alternatives?|something|anything)\b)"
    r"(?P<t>(?:(?!(?:it|this|that|them|her|him|to|for|in|on|with|without|or|and|instead|now|still|if|when|because|"
    r"alone|what|which)\b)[a-z0-9][\w\-]*\s*){1,3}?)"
    r"(?P<alone>\s+(?:on\s+(?:its|their)\s+own|alone|by\s+(?:itself|themselves)))?\s*\?+$", re.I)


# A case note's person who came in after (or with) something and is "now" in a state ("pt came in after a gizmo
# overdose, now in wobble failure"): the state is what the person has, the arrival its history, as "a patient with
# wobble failure after a gizmo overdose" says it. Read as written, the condition was the whole note, arrival verbs and
# all, and no statement named it. Grammar of a case note: a verb of arriving, "after"/"with"/"following", then "now".
_NOW_IN = re.compile(rf"^(?P<who>(?:(?:a|an|the)\s+)?(?:[\w\-]+\s+){{0,3}}?{PERSON_NOUNS})\s+(?:who\s+)?"
                     r"(?:came\s+in|presented|presents|was\s+admitted|admitted|came)\s+"
                     r"(?P<hist>(?:after|with|following)\s+[^,]+?),\s*now\s+(?:in|with|has|having)\s+"
                     r"(?P<state>[^,]+)$", re.I)


# A case that goes on with details after a comma or sets its people apart by a clause ("pt w gizmo, CrCl ~20", "... pt
# who never tried X"): read as the condition, the details were words no statement names, and the answer lost the
# closest evidence (and its lean) that the note's words found as typed; such a case is left to the other shapes.
# Grammar.
_CASE_DETAILS = re.compile(r",|\bwho\b", re.I)


def _dash_given(text: str) -> str | None:
    """``as_dash_question`` of a case named before the dash and a thing given (or a test sent for) after it
    (``_DASH_GIVEN``): "Should I <verb> <thing> in <case>?" ("put her on" asked as "start"), or "Should <test> be done
    in <case>?"; the case with an article where it opens on people. None for any other shape."""
    m = _DASH_GIVEN.match(text.strip())
    if m is None:
        return None
    case, thing = m.group("x").strip(), m.group("t").strip()
    now = _NOW_IN.match(case)
    if now is not None:
        case = f"{now.group('who')} with {now.group('state').strip()} {now.group('hist')}"
    elif _CASE_DETAILS.search(case):
        return None
    if re.match(rf"(?:[\w\-]+\s+){{0,3}}?{PERSON_NOUNS}\b", case, re.I) and \
            not re.match(r"(?:a|an|the|my|our|this|these|all)\s", case, re.I) and \
            not re.match(rf"(?:[\w\-]+\s+){{0,3}}?{PEOPLE_WORDS}\b", case, re.I):
        case = _article(case) + case
    if m.group("test"):
        return f"Should {thing} be done in {case}?"
    verb = "start" if m.group("give").lower().startswith("put") else m.group("give").lower()
    alone = " on its own" if m.group("alone") else ""
    return f"Should I {verb} {thing}{alone} in {case}?"


# The dashes the shapes ``as_dash_question`` reads set their parts apart with (``[-\u2013\u2014]`` in each of them).
_DASHES = ("-", "\u2013", "\u2014")
# The words after a note's last spaced dash ("15yo with frobnitis - gizmolol for how long?"). Grammar.
_AFTER_LAST_DASH = re.compile(r"\s[-\u2013\u2014]+\s+(?P<asked>(?:(?!\s[-\u2013\u2014]+\s).)+)$")


def _asks_what_after_dash(text: str) -> bool:
    """Whether the words after a note's last dash ask how long, what, which or when of what they name, with no
    auxiliary opening them ("- gizmolol for how long?", "- gizmolol at what dose?"; not "- is it safe?"): such a note
    asks for a duration, an amount or a time, which no yes or no answers. Read as an act ("Should I gizmolol <case>
    for how long?") the thing's name stood as a verb, and the answer leaned yes above the rule giving the length."""
    m = _AFTER_LAST_DASH.search(text.strip())
    if m is None:
        return False
    asked = m.group("asked")
    return bool(_WH_WORD.search(asked)) and not re.match(rf"\s*{_AUX}", asked, re.I)


def as_dash_question(text: str) -> str:
    """``text`` with a quality asked after a dash said of the topic before it (``_DASH_ASKED``): "Is ESWT safe in a
    patient on warfarin?" of "ESWT in a patient on warfarin - is it safe?"; an act asked after a dash done to the case
    before it (``_DASH_ACT``): "Should I switch AF patient on warfarin with erratic INRs to a DOAC?" of "AF patient on
    warfarin with erratic INRs - should I switch to a DOAC?"; ``text`` itself for any other shape."""
    if not any(dash in text for dash in _DASHES):
        return text  # (every shape read below has a dash between its parts: a question without one is no such shape)
    if _asks_what_after_dash(text):
        return text
    acted = _dash_act(text) or _dash_use(text) or _dash_given(text)
    if acted is not None:
        return acted
    m = _DASH_ASKED.match(text)
    if m is None:
        return _dash_fine(text) or _dash_thing(text) or text
    x, asked = m.group("x").strip(), m.group("p").strip()
    split = _SETTING_OPENS.match(x)
    said = f"{split.group('h')} {asked} {split.group('r')}" if split else f"{x} {asked}"
    return f"{m.group('aux').capitalize()} {said}?"


# A switch from one treatment to another ("Can a patient with a mechanical heart valve be switched from warfarin to a
# DOAC?", "Can a patient with X switch from warfarin to a DOAC?", "Should patients on warfarin be switched to
# rivaroxaban?", "Should I switch my patient from X to Y?", "Can warfarin be swapped for apixaban?"): whether the new
# treatment may be used in those people on the old one, as "Can a DOAC be used in a patient with a mechanical heart
# valve on warfarin?" asks it. Read as written, no shape read it and the answer leaned "yes" from
# the closest statements on the people's condition. Grammar: the verbs of switching, "from" the old, "to" (or "for")
# the new; who is switched (``who``), or what, when no people are named.
_SWITCH_VERB = r"(?:switch|swap|change\s+over|transfer)"
_SWITCHED_VERB = r"(?:switched|swapped|changed\s+over|transferred)"
_SWITCHED = re.compile(
    rf"^(?P<aux>can|could|should|may|must)\s+(?:(?:i|we|you)\s+(?:safely\s+)?{_SWITCH_VERB}\s+(?P<obj>(?:(?!\b(?:from|to|for)\b)"
    rf"[\w\-']+\s+){{0,8}}?)|(?P<who>(?:(?!\b(?:be|from|to)\b)[\w\-']+\s+){{1,10}}?)(?:be\s+(?:safely\s+)?{_SWITCHED_VERB}|"
    rf"(?:safely\s+)?{_SWITCH_VERB})\s+)"
    r"(?:(?:over\s+)?from\s+(?P<x>(?:(?!\b(?:to|for)\b)[\w\-']+\s+){0,5}?[\w\-']+)\s+)?(?:over\s+)?(?:to|for|onto)\s+"
    r"(?P<y>(?:(?!\b(?:for|in|during|while|if|when|because|instead)\b)[\w\-']+\s+){0,5}?[\w\-']+)"
    r"(?P<rest>\s+(?:for|in|during|while|if|when|because)\s+.+)?$", re.I)
# People named by what they take ("patients on warfarin", "a patient taking warfarin"): the old treatment in a switch
# that names no "from". Grammar.
_WHO_ON = re.compile(r"^(?P<who>.+?)\s+(?:on|taking|using|receiving)\s+(?P<x>.+)$", re.I)


def as_switched(text: str) -> str:
    """A switch from one treatment to another (``_SWITCHED``) as whether the new one may be used in the people
    switched, on the old one ("Can a DOAC be used in a patient with a mechanical heart valve on warfarin?" of "Can a
    patient with a mechanical heart valve be switched from warfarin to a DOAC?"; "Should rivaroxaban be used in
    patients on warfarin?" of "Should patients on warfarin be switched to rivaroxaban?"), as advice on a switch names
    them ("... when a patient on warfarin has unstable INR values"). (Read as "Y instead of X", X a comparator, that
    advice was no direct answer: no comparison of the two.) ``text`` itself for any other question."""
    body = text.rstrip("?.! ")
    match = _SWITCHED.match(body)
    if match is None:
        return text
    who = (match.group("obj") or match.group("who") or "").strip() or None
    old = match.group("x")
    on = _WHO_ON.match(who) if who and not old else None
    if on is not None and names_people(on.group("who")):
        who, old = on.group("who"), on.group("x")  # "patients on warfarin": the old treatment is what they take
    elif who and not names_people(who):
        if old:
            return text  # "Can the dose be switched from X to Y?": what is switched is no person nor treatment
        who, old = None, who  # "Can warfarin be switched to apixaban?": what is switched is the old treatment
    if not old:
        return text  # "Can I switch to a DOAC?": no treatment it replaces
    if who and _ANYONE.fullmatch(who):
        who = None  # "my patient": people named by nothing but a noun for anyone
    return f"{match.group('aux')} {match.group('y')} be used in {who or 'patients'} on {old}" \
           f"{match.group('rest') or ''}{text[len(body):]}"


# Whether people set apart by a state may take a thing ("Can patients with asthma take propranolol?", "Can people with
# CKD take metformin?", "Can a pregnant woman take an ACE inhibitor?", "Can a patient with X take a DOAC instead of
# warfarin?"): whether the thing may be used in those people, as "Can propranolol be used in patients with asthma?"
# asks it (what it is used instead of is what they are on, as in a switch: ``as_switched``). Read as written, no shape
# read them, and the answers leaned on the closest statements on the thing alone ("Yes." above metformin as first-line
# for diabetes). People defined by "with" or "who
# have" (plural or one), or one person with a word before the noun ("a pregnant woman", "an elderly patient"). Not
# people defined by what they take ("on", "taking": ``_PEOPLE_ON_TAKE``), nor a purpose said after the thing ("... for
# pneumonia": ``_DEFINED_PEOPLE_TAKE``), nor people named by adjectives alone in the plural ("pregnant women"), which a
# shape reads as the population asked of; and only whether they may ("can", "could", "may"): "Should patients with Y
# take X?" is advice, which a shape reads. Grammar.
_STATED_PEOPLE_TAKE = re.compile(
    rf"^(?P<aux>can|could|may)\s+(?P<who>(?:(?:a|an|the|my|our|this|all|any)\s+)?"
    rf"(?:(?P<adj>(?:[\w\-]+\s+){{1,3}}?)(?P<one>{_ONE_PERSON})|(?:[\w\-]+\s+){{0,3}}?{PERSON_NOUNS}"
    r"\s+(?:with|who\s+(?:has|have|had|is|are))\s+(?:(?!\b(?:take|use|have|receive|get|be|on|taking)\b)[\w\-']+\s+){0,5}?"
    r"[\w\-']+))\s+(?:safely\s+)?(?:take|use|receive|have|be\s+(?:given|prescribed|offered))\s+"
    r"(?P<i>(?:(?!\b(?:for|to|in|instead|rather|if|when|while|during|with|and|or|together|after|before|on)\b)[\w\-']+\s+)"
    r"{0,4}?[\w\-']+)"
    r"(?:\s+(?:instead\s+of|rather\s+than|in\s+place\s+of)\s+(?P<k>(?:(?!\b(?:for|in|to|if|when|while|during)\b)"
    r"[\w\-']+\s+){0,4}?[\w\-']+))?$", re.I)
# Determiners, which make no one person set apart ("a patient", "the woman"). Grammar.
_DETERMINER = re.compile(r"^(?:(?:a|an|the|my|our|this|all|any)\s+)+$", re.I)


def as_used_in_people(text: str) -> str:
    """Whether people set apart by a state may take a thing (``_STATED_PEOPLE_TAKE``) as whether it may be used in them
    ("Can propranolol be used in patients with asthma?" of "Can patients with asthma take propranolol?"); ``text``
    itself for any other question."""
    body = text.rstrip("?.! ")
    match = _STATED_PEOPLE_TAKE.match(body)
    if match is None:
        return text
    adjective = match.group("adj")
    if match.group("one") and (not adjective or _DETERMINER.fullmatch(adjective)
                               or re.search(r"\b(?:on|taking|using|receiving)\s*$", adjective, re.I)):
        return text  # one person with nothing to set them apart ("Can a patient take X?")
    on = f" on {match.group('k')}" if match.group("k") else ""  # what it replaces: what they are on, as a switch
    return f"{match.group('aux')} {match.group('i')} be used in {match.group('who')}{on}{text[len(body):]}"



# The clinician's shorthand for a patient ("a black african-caribbean pt", "pts on warfarin", "my pt's INR"), in lower
# case only ("PT" is also prothrombin time and physiotherapy): a noun for people, written out, so that the shapes read
# it as one (``PERSON_NOUNS``) and retrieval as a word sources write. Read as written, "which BP tablet first for a
# black african-caribbean pt" found nothing, "... patient" the advice for those patients. Grammar.
_PATIENT_SHORT = re.compile(r"(?-i:\b(?P<n>pts?)\b)(?!/|\.\w)(?P<s>'s?)?")


# The modal verbs as texted ("how long shud the course be", "cud it be the tablet", "wud you"): written out, so that
# the shapes and type cues that read "should" read them. Read as written, "how long shud the course be" was no
# question of a course's length (``question_type`` "general"), and its answer quoted the drug's efficacy. Grammar.
# (And "shd": "how long shd I trial a gizmo preventer before ..." was no question of how long before an event.)
_MODAL_SHORT = re.compile(r"\b(?P<m>shud|shld|shd|cud|wud)\b", re.I)
_MODAL_WRITTEN = {"shud": "should", "shld": "should", "shd": "should", "cud": "could", "wud": "would"}


# A clinician's note of whom a question is about, its age and sex run together before the case ("55M", "45F", "28 F",
# "4mo", "3yo", "70 y/o", "2/12", "6/52"): a person named by age (``AGED``), so that the shapes read the age and sex as
# who is asked of, not as words of the topic. Read as written, "55M afro-caribbean new hypertension which drug first"
# and "45F on warfarin ... - ok?" searched on "55M" and "45F" as words no source writes. Grammar: the letters of age
# units and of sex, no topic.
_AGE_SEX = re.compile(r"(?<![\w/.,-])(?P<n>\d{1,3})(?:(?P<sex>[MF])|\s?(?P<unit>mo|mos|mths?|yo|yrs?|y/o|wks?|/12|/52)"
                      r"(?P<old>\s?old)?(?:\s?(?P<sex2>[MF]))?)(?![\w/-])")
_AGE_UNITS = {"mo": "month", "mos": "month", "mth": "month", "mths": "month", "yo": "year", "yr": "year",
              "yrs": "year", "y/o": "year", "wk": "week", "wks": "week", "/12": "month", "/52": "week"}
_SEX_NOUNS = {"m": "man", "f": "woman"}
# The shorthand of clinical notes that is no topic: "w/" (with), "w/o" (without), and the dosing frequencies of
# prescriptions ("tds", "bd", "od", "prn"), written out as sources write them, so that retrieval and the shapes read
# them. Read as written, "ferrous sulphate tds or once daily better?" searched on "tds", a word no source writes.
# Grammar (prescription Latin and note-taking), no topic words.
# ("w" alone before a word, "hx" and "h/o", are a note's "with", "history" and "history of": "in pt w hx of gizmo
# seizures" read "w hx" as words of the condition, and the verdict found no statement on the people asked.)
# ("mx" is a note's "management": "how long conservative mx before gizmo therapy" searched on a word no source writes;
# "bloods" is the tests of blood a clinician orders, "what bloods after starting gizmopril": read as the fluid, the
# search found the drug's first-line advice and never its advice on which blood tests to check.)
# (And the units of time a note shortens, where no age takes them, ``_AGE_SEX``: "30 pack yrs", "2 wks of cough". Read
# as written, "yrs", a word no source writes, weighed as the rarest of the question's words, and a case with a
# smoker's pack-years left every statement below the coverage floor.)
# ("fx" is a note's "fracture": "polytrauma pt w closed femoral shaft fx - fix early?" searched on a word no source
# writes, and the panel's advice on early fixation was never found; the opponents' view it reports was quoted instead.)
# ("abx" is a note's "antibiotics": "how many days abx for gizmo fever" searched on a word no source writes, and a
# clipped word's reading found "abbreviations" for it. A dose frequency in capitals, "BD or TDS dosing", only beside
# another or a word of dosing: "TDS" alone is also an acronym of the corpus's, and the learned lexicon spelled it so.)
_NOTE_SHORT = re.compile(r"(?<![\w/])(?P<w>(?i:w/o|w/|h/o|hx|mx|fx|abx|bloods|yrs|yr|wks|mths|mos)|w(?=\s+[a-z])|od|bd|"
                         r"bid|tds|tid|qds|qid|prn|nocte|mane|(?:OD|BD|BID|TDS|TID|QDS|QID)(?=\s+(?:or|vs|versus|and|to)\s+"
                         r"(?:OD|BD|BID|TDS|TID|QDS|QID|once|twice)\b|\s+dos(?:e|es|ing|age)\b))"
                         r"(?![\w/])")
_NOTE_WRITTEN = {"w/o": "without", "w/": "with", "w": "with", "hx": "history", "h/o": "history of",
                 "abx": "antibiotics", "mx": "management", "fx": "fracture", "bloods": "blood tests", "yrs": "years",
                 "yr": "year",
                 "wks": "weeks", "mths": "months", "mos": "months",
                 "od": "once daily", "bd": "twice daily", "bid": "twice daily",
                 "tds": "three times daily", "tid": "three times daily", "qds": "four times daily",
                 "qid": "four times daily", "prn": "as needed", "nocte": "at night", "mane": "in the morning"}


def _aged_person(m: re.Match[str]) -> str:
    """The person ``_AGE_SEX`` matched, written out ("55-year-old man", "4-month-old"); a unit of time that may be a
    span ("5 yrs", "3mo") only where it opens the question or "old" or a sex follows it ("after 5 yrs" is no age)."""
    sex = m.group("sex") or m.group("sex2")
    if m.group("unit") and m.group("unit").lower() not in ("yo", "y/o") and not (sex or m.group("old")) \
            and m.string[:m.start()].strip(" ,;:-(").lower() not in ("", "a", "an"):
        return m.group(0)
    unit = _AGE_UNITS[m.group("unit").lower()] if m.group("unit") else "year"
    person = f" {_SEX_NOUNS[sex.lower()]}" if sex else ""
    return f"{m.group('n')}-{unit}-old{person}"


def as_note_written(text: str) -> str:
    """``text`` with a clinical note's age and sex ("55M", "4mo": ``_AGE_SEX``) written as a person named by age
    ("55-year-old man", "4-month-old"), and its shorthand of no topic ("w/", "tds": ``_NOTE_SHORT``) written out."""
    text = _AGE_SEX.sub(_aged_person, text)
    text = _SIDE_SHORT.sub(_side_written, text)
    return _NOTE_SHORT.sub(lambda m: _NOTE_WRITTEN[m.group("w").lower()], text)


# A note's side, one capital letter before the site it is of ("calcific tendinitis R shoulder, ...", "pain in L knee?"):
# right or left, said as a sentence says it, "of the right shoulder" after the condition it is the site of (how the
# corpus's names for a condition at a site are read, ``Lexicon.site_less``), "right knee" after a preposition. Read as
# written, "r" was the rarest word of the condition, one no statement writes, and no statement named the condition.
# Grammar: the two sides; the letter alone, a capital, after a word in lower case and before one word of three letters
# or more that ends a clause (a comma, a dash, the question's end): not a name with a letter ("an R package for ...",
# "L type channels").
_SIDE_SHORT = re.compile(r"(?<=[a-z] )(?P<s>[RL])(?=\s+[a-z]{3,}(?:\s*[,;:?.!]|\s+[-\u2013\u2014]+\s|\s*$))")
_SIDE_WORDS = {"R": "right", "L": "left"}
# Words after which a site is said without "of": a preposition or a conjunction. Grammar.
_BEFORE_SITE = frozenset("of in on at to over around near above below under and or with for from by".split())
# Words after which a capital letter is no side: articles and determiners ("an R package"). Grammar.
_NO_SIDE_AFTER = frozenset("a an the this that these those his her their my your its our".split())


def _side_written(m: re.Match[str]) -> str:
    """A note's side letter (``_SIDE_SHORT``) written out: "of the right" after a word that names what is at the site,
    "right" after a preposition or a conjunction (``_BEFORE_SITE``); the letter as written after an article
    (``_NO_SIDE_AFTER``)."""
    before = m.string[:m.start()].split()[-1].lower()
    side = _SIDE_WORDS[m.group("s")]
    if before in _NO_SIDE_AFTER:
        return m.group("s")
    return side if before in _BEFORE_SITE else f"of the {side}"


# What to do next asked after a case named first ("PHQ-2 positive - what next", "oral iron not tolerated whats next"):
# the question asked after that case, as "What next after a PHQ-2 positive?" asks it. Read as written, the case was
# no topic and "PHQ-2 positive - what next" found nothing. Grammar: the words asking what comes next.
_NEXT_AFTER = re.compile(r"^(?P<x>(?!(?:what|which|how|when|should|can|is|are|do|does)\b)[^?]+?)"
                         r"\s*[-\u2013\u2014,:;]*\s+what(?:'?s|\s+is)?\s+next"
                         r"\s*\??$", re.I)
# A case of someone wanting to take something, asked whether that is fine after it ("45-year-old woman on warfarin
# wants to start vitamin K2 for her bones - ok?"): whether that person may take it, as "Can a 45-year-old woman on
# warfarin start vitamin K2?" asks it; what they want it for is the reason, no part of the thing. Read as written, the
# purpose ("her bones") was read as the topic. Grammar: a verb of wanting, of taking, and words of being fine.
_WANTS_OK = re.compile(rf"^(?:(?:my|a|an|the|this)\s+)?(?P<who>[^?]+?)\s+(?:wants?|would\s+like|is\s+keen)\s+to\s+"
                       r"(?P<v>start|take|try|use|begin|have)\s+(?P<x>[^?]+?)(?:\s+for\s+(?:her|his|their)\s+[^?]+?)?"
                       r"\s*[-\u2013\u2014,:;]+\s*(?:(?:is|would)\s+(?:it|that|this)\s+(?:be\s+)?)?"
                       rf"{FINE_TO}\s*\??$", re.I)


# Going on with what a person takes ("to continue", "to keep taking it", "to stay on it"): asked as fine, whether what
# they take is fine for them, as "is that ok?" asks it. Grammar: verbs of going on, a pronoun for the thing.
_GOING_ON = (r"(?:continue|keep\s+(?:taking|using|going)|carry\s+on|go\s+on|stay\s+on|remain\s+on)"
             r"(?:\s+(?:with\s+)?(?:it|this|that|them))?")


# A case of a person on a treatment, said first, and whether "that" is fine asked after it ("pregnant woman on a
# gizmopril for blood pressure. is that safe?", "elderly man taking drugx - is it ok?"): whether the treatment is fine
# for what it is taken for, in that person, as "Is a gizmopril safe for blood pressure in a pregnant woman?" asks it.
# Read as written, the question had no topic: its verdict leaned on the closest statements on the treatment alone
# ("Yes." above its monitoring), which never named the person's state. A word after the person noun that is no word of
# taking ("woman pregnant", a note's order) is said before it ("pregnant woman"). Grammar: a noun for people, a word of
# taking, the thing, and a pronoun asked as fine.
_CASE_ON_FINE = re.compile(
    rf"^(?:(?:a|an|the|my|this|our)\s+)?(?P<who>(?:(?!(?:in|with|for|of|on|taking|after|during)\b)[\w\-]+\s+){{0,3}}?"
    rf"{PERSON_NOUNS})(?:\s+(?P<adj>[a-z][\w\-]*))?"
    r"\s*,?\s+(?:(?:is|who\s+is)\s+)?(?:on|taking|takes|using|uses)\s+(?P<x>[^.,;:?]+?)"
    r"(?:\s+for\s+(?P<y>[^.,;:?]+?))?\s*(?:[.,;:]|\s[-\u2013\u2014]+)\s*(?:(?:so\s+)?(?:is|would)\s+(?:that|it|this)\s+"
    rf"(?:be\s+)?|(?=(?:{FINE_TO})\s+to\s+{_GOING_ON}))(?P<ok>{FINE_TO})(?:\s+to\s+{_GOING_ON})?\s*\??$", re.I)


# Words after the person noun that are no state to say before it (adverbs of how much or when), and words that make
# the thing taken a clause (a verb of wanting or being, an infinitive): the shape reads neither. Grammar.
_NOT_AFTER_PERSON = frozenset({"on", "taking", "using", "who", "is", "with", "only", "just", "still", "currently",
                               "now", "already", "also", "not", "no"})
_NOT_IN_THING = re.compile(r"\b(?:wants?|wanted|would|to|is|are|was|were|has|have|had|who|and|but)\b", re.I)


def as_case_on_fine(text: str) -> str:
    """A case of a person on a treatment asked as fine after it (``_CASE_ON_FINE``) as "Is <thing> <fine> [for <use>]
    in a <person>?"; ``text`` itself for any other shape."""
    m = _CASE_ON_FINE.match(text.strip())
    if m is None or (m.group("adj") or "").lower() in _NOT_AFTER_PERSON or _NOT_IN_THING.search(m.group("x")):
        return text  # ("... only on X": alone, which the shape would lose; "on X wants to start Y": Y is asked)
    who, adj = m.group("who"), m.group("adj")
    if adj and re.fullmatch(PERSON_NOUNS, adj, re.I):
        who = f"{who} {adj}"  # "elderly man", "80-year-old man": the noun after the word that names people too
    elif adj:
        words = who.split()
        who = " ".join([*words[:-1], adj, words[-1]])
    plural = bool(re.search(rf"\b{PEOPLE_WORDS}$", who, re.I))
    article = "" if plural else _article(who)
    use = f" for {m.group('y')}" if m.group("y") else ""
    return f"Is {m.group('x')} {m.group('ok')}{use} in {article}{who}?"


def _article(who: str) -> str:
    """The indefinite article said before ``who`` ("an 80-year-old man", "an 18-month-old", "a pregnant woman")."""
    return "an " if who[:1].lower() in "aeiou" or re.match(r"8|1[18](?!\d)", who) else "a "


# What a question typed as a case then a dash asks ("INR 6, not bleeding - should I give vitamin K?"): the words after
# its last dash (``asked``). Grammar.
ASKED_AFTER_DASH = re.compile(r"\s[-\u2013\u2014]+\s(?P<asked>[^-\u2013\u2014]+)$")


# A case named first and a whole question of its own asked of another thing after a dash ("smoker with gizmo angina -
# is gizmotine replacement safe?"): the question asked in that case, as "Is gizmotine replacement safe in smoker with
# gizmo angina?" asks it. Read as written, the case was read as the thing asked of and the question after the dash as
# its condition. Not a pronoun after the verb ("X - is it safe?": ``_DASH_ASKED``) nor a question in the first person
# ("... - should I switch ...?": ``_DASH_ACT``). Grammar.
_CASE_THEN_ASKED = re.compile(r"^(?P<case>(?!(?:what|which|how|when|why|who|is|are|should|can|could|would|will|may|"
                              r"do|does)\b)[^?\-\u2013\u2014]+?)\s+[-\u2013\u2014]+\s+(?P<aux>is|are|can|does|do)\s+"
                              r"(?P<rest>(?!(?:it|this|that|they|these|there|i|we|you|she|he)\b)[^?]+?)\s*\?*$", re.I)


# A case of a person named first, then a thing asked for a purpose in a noun phrase, after a comma or a colon ("60F
# smoker 40 pack yrs, gizmorin to prevent frobnitis?"): whether that person should take it, as "Should a 60-year-old
# woman smoker 40 pack yrs take gizmorin to prevent frobnitis?" asks it (a shape of ``_SHAPES`` reads the thing and
# the purpose, the person kept for their age). Read as written, nothing was read as the topic, and the case's own
# words, which no statement writes, left every statement below the floor. Grammar: a noun for people in the case.
_CASE_THEN_USE = re.compile(rf"^(?P<case>(?:(?!\b(?:what|which|how|when|why|should|can|is|are|do|does)\b)[^,;:?])*?"
                            rf"\b{PERSON_NOUNS}\b[^,;:?]*?)\s*[,;:]\s*"
                            r"(?P<x>(?!(?:what|which|how|when|why|who|is|are|should|can|could|would|will|may|do|does|"
                            r"did)\b)(?:(?!\b(?:to|for|with|and)\b)[\w\- ])+?)\s+to\s+"
                            r"(?P<v>prevent|treat|reduce|manage)\s+"
                            r"(?P<y>[^?,;:]+?)\s*\??$", re.I)


# A span of time a case states of the person, not their age ("30 pack years", "smoked 20 years", "cough 3 weeks"): a
# measure of the case no statement repeats, left out of the question it is asked in, where its number and its rare
# words weighed against every statement's coverage of the question. Grammar of counts of time.
_CASE_SPAN = re.compile(r"(?<![\w\-.])\d+(?:\.\d+)?\s+(?:[a-z][\w\-]*\s+)?(?:years?|months?|weeks?|days?)\b"
                        r"(?![\s\-]+(?:old|of\s+age)\b)", re.I)


# Screening or testing a person for a condition asked in a note's imperative ("screen 70-year-old woman with no
# complaints for frobnitis?", "test a 12-month-old for gizmo deficiency?"): whether that person should be screened for
# it, as "Should a 70-year-old woman with no complaints be screened for frobnitis?" asks it, whose shape reads the
# screening and the condition and keeps the person for their age. Read as written, the imperative was no shape, and
# the answer quoted a note on whom the guideline covers. Grammar: a noun for people after the verb.
_SCREEN_PERSON = re.compile(rf"^(?P<v>screen|test)\s+(?P<who>(?:(?:an?|the|this|my|all|every)\s+)?"
                            rf"(?:[\w\-]+\s+){{0,2}}?{PERSON_NOUNS}(?:\s+(?!for\b)[\w\-]+){{0,5}}?)\s+for\s+"
                            r"(?P<c>[^?]+?)\s*\??$", re.I)


def as_screen_asked(text: str) -> str:
    """A person screened or tested for a condition asked in the imperative (``_SCREEN_PERSON``) as "Should <person>
    be screened (tested) for <condition>?"; ``text`` itself for any other shape."""
    m = _SCREEN_PERSON.match(text.strip())
    if m is None:
        return text
    who = m.group("who")
    plural = bool(re.search(rf"\b{PEOPLE_WORDS}\b", who, re.I))
    article = "" if plural or re.match(r"(?:an?|the|this|my|all|every)\s", who, re.I) else _article(who)
    verb = "screened" if m.group("v").lower() == "screen" else "tested"
    return f"Should {article}{who} be {verb} for {m.group('c')}?"


def as_case_then_use(text: str) -> str:
    """A case of a person named first and a thing asked for a purpose after it (``_CASE_THEN_USE``) as "Should
    <person> take <thing> to <purpose>?"; ``text`` itself for any other shape."""
    m = _CASE_THEN_USE.match(text.strip())
    if m is None:
        return text
    case = " ".join(_CASE_SPAN.sub(" ", m.group("case")).split())
    article = "" if re.match(rf"(?:a|an|the|my|this)\s|{PEOPLE_WORDS}\b", case, re.I) else _article(case)
    return f"Should {article}{case} take {_last_act_object(m.group('x'))} to {m.group('v').lower()} {m.group('y')}?"


# The last part of a case's thing after a dash, and a verb of beginning or giving that opens it ("no gizmo yet - start
# gizmolol": "gizmolol"): the case told more of itself before the dash, and the thing asked is what the act is done
# with. Read whole, "no gizmo yet - start gizmolol" was the thing asked, and the answer quoted advice on treating
# the condition the question asked to prevent. Grammar.
_DASH_PARTS = re.compile(r"\s[-\u2013\u2014]+\s")
_OPENING_ACT = re.compile(r"^(?:start|begin|give|use|try|add|offer|prescribe|commence|initiate)\s+", re.I)


def _last_act_object(thing: str) -> str:
    """``thing`` less what stands before its last dash and the verb of beginning or giving opening what follows
    (``_DASH_PARTS``, ``_OPENING_ACT``); as it is where no dash parts it."""
    parts = _DASH_PARTS.split(thing)
    if len(parts) < 2:
        return thing
    return _OPENING_ACT.sub("", parts[-1].strip(), count=1) or thing


# A case of a person named first and a question asked of them after a comma or a dash by a pronoun ("gizmo pt age 62
# not frobnic, should he be on gizmostatin?", "pregnant 28F with wobble shoulder - can she have gizmotherapy?"): the
# question asked of that person, as "Should a gizmo patient age 62 not frobnic be on gizmostatin?" asks it (whether she
# may have a thing as whether it can be used in her, ``_SHE_HAS_THING``), whose age and states the qualifiers read.
# Read as written, no shape read the case, and its words (a negated state among them) pulled the search to statements
# on other people. Grammar: a noun for people in the case, a verb that asks, and a pronoun for one person. (Not
# whether they may stop a thing, "- can she stop the inhaler completely?", which the stopping readings read of the
# pronoun's question as written: asked of the case, its "No." was lost.) Tried after the other case-first readings
# (``_read``), which read some of these shapes their own way ("34F pregnant w wobble shoulder, can she have X?").
_DASH_SEP = r"\s[-\u2013\u2014]+\s"
_CASE_FIRST = (rf"(?P<case>(?:(?!\b(?:what|which|how|when|why|should|can|is|are|do|does)\b)(?!{_DASH_SEP})[^;:?])*?"
               rf"\b{PERSON_NOUNS}\b(?:(?!{_DASH_SEP})[^;:?])*?)\s*(?:[,;:]|{_DASH_SEP})\s*")
_CASE_THEN_PRONOUN = re.compile(rf"^{_CASE_FIRST}(?P<aux>should|can|could|would|will|may|must|does|is|has)\s+"
                                r"(?P<p>he|she)\s+(?!(?:stop|discontinue|quit|come\s+off|step\s+down|taper)\b)"
                                r"(?P<rest>[^?]+?)\s*\??$", re.I)
# ... and one asked of them, by a question word, as the object of an act in the first person ("22M just started
# gizmoline - when should i see him again?"; not "should I tell him to ...?", which ``as_told`` reads): the act done
# to that person ("When should I see a 22-year-old man who just started gizmoline
# again?"). Read as written, the person and what they started were read as the thing asked of. Grammar.
_CASE_THEN_OBJECT = re.compile(rf"^{_CASE_FIRST}(?P<q>(?:when|how|what|why)\s+(?:\w+\s+)?"
                               r"(?:should|can|could|would|do|must)\s+(?:i|we|you)\s+[a-z]+)\s+(?:him|her)"
                               r"(?P<rest>\s[^?]+?)?\s*\??$", re.I)
# A case of a person named first and the value asked for them after a comma by a noun of a measure aimed at ("68-year-
# old woman with prior frobnitis, SBP goal?", "..., what target?"): what that value is in that person, as "What is the
# SBP goal in a 68-year-old woman with prior frobnitis?" asks it. Read as written, the person's age and sex were words
# of the topic no statement writes, and the answer found nothing. Grammar: nouns of a value aimed at, no topic.
_CASE_THEN_VALUE = re.compile(rf"^{_CASE_FIRST}(?:what(?:'?s|\s+is)?\s+)?"
                              r"(?:the\s+)?(?P<v>(?:[\w\-]+\s+){0,3}?(?:goals?|targets?|thresholds?|cut-?offs?))"
                              r"\s*\??$", re.I)
# A person named by age in a note and what they have said straight after, with no word between ("67-year-old man new
# gizmo anaemia", a note's "67M new gizmo anaemia"): the words between said as a sentence says them, "with" before
# what they have, "who" before what they did ("just started"). Not a word of grammar, nor an adjective of a state
# ("pregnant", ``state_nouns``), nor a noun for people ("smoker"), which say who they are. Grammar.
_AGED_THEN = re.compile(rf"^(?P<who>{AGED}(?:\s+(?:man|woman|boy|girl))?)\s+(?P<w>[\w\-]+)", re.I)
_NOT_HAD = frozenset("with w on who whose taking using in for at after and or is has had was not no from of otherwise "
                     "presenting currently still also".split())
_DID = frozenset({"just", "recently", "newly", "already"})


def _case_said(case: str) -> str:
    """A case named first (``as_case_asked``) with "with" or "who" said between a person named by age and what
    follows (``_AGED_THEN``); as it is otherwise."""
    m = _AGED_THEN.match(case)
    if m is None:
        return case
    written = m.group("w")
    word = written.lower()
    if word in _DID:
        return f"{m.group('who')} who {case[m.start('w'):]}"
    if word in _NOT_HAD or state_nouns(word) or re.search(r"(?:er|ed|ing|s)$", written) or _PEOPLE.match(word):
        return case
    return f"{m.group('who')} with {case[m.start('w'):]}"


def as_case_asked(text: str) -> str:
    """A case of a person named first and a question asked of them by a pronoun after it (``_CASE_THEN_PRONOUN``,
    ``_CASE_THEN_OBJECT``) as that question of the person ("Should a <case> <rest>?", "Can <thing> be used in a
    <case>?", "When should I see a <case> again?"); the value aimed at asked after the case (``_CASE_THEN_VALUE``) as
    "What is the <value> in a <case>?"; ``text`` itself for any other shape."""
    stripped = text.strip()
    m = _CASE_THEN_PRONOUN.match(stripped) or _CASE_THEN_OBJECT.match(stripped) or _CASE_THEN_VALUE.match(stripped)
    if m is None:
        return text
    if m.re is _CASE_THEN_VALUE:
        # (The case as written: "58-year-old man with CKD3 with albuminuria" lost the advice for albuminuria from the
        # quotes that "58-year-old man CKD3 with albuminuria" kept second.)
        case = m.group("case").strip()
        return f"What is the {m.group('v')} in {_case_article(case)}{case}?"
    case = _case_said(m.group("case").strip())
    person = f"{_case_article(case)}{case}"
    if m.re is _CASE_THEN_OBJECT:
        q = m.group("q")
        return f"{q[0].upper()}{q[1:]} {person}{m.group('rest') or ''}?"
    thing = _SHE_HAS_THING.match(f"{m.group('aux')} {m.group('p')} {m.group('rest')}")
    if thing is not None:
        return f"{thing.group('aux').capitalize()} {thing.group('x')} be used in {person}?"
    return f"{m.group('aux').capitalize()} {person} {m.group('rest')}?"


def _case_article(case: str) -> str:
    """The article said before a case named first (none where it opens with one or names people in the plural)."""
    if re.match(r"(?:a|an|the|my|this|our|all)\s", case, re.I) or re.search(rf"\b{PEOPLE_WORDS}$", case, re.I):
        return ""
    return _article(case)


# A thing asked for people to do a thing to a condition, a phrase with no verb of its own ("gizmorin for haemodialysis
# pt to stop frobnic calcification?"): whether the thing should be used to prevent (or treat) the condition in those
# people, as "Should gizmorin be used to prevent frobnic calcification in a haemodialysis patient?" asks it. "To stop"
# (or halt, avoid) a process is to prevent it. Read as the bare "X for Y" phrase, the condition was "haemodialysis
# patient to stop frobnic calcification", which no statement names. (A name of three characters at least, as the bare
# phrase reads: "K2" alone, which the corpus's names do not link to "vitamin K2", read as the thing asked of led with a
# trial's dose over the trial's finding, which the question's whole words found.) Grammar: a noun for people, an
# infinitive of effect.
_FOR_PEOPLE_TO = re.compile(r"^(?!(?:what|which|who|whom|whose|how|where|when|why|is|are|was|were|do|does|did|can|"
                            r"could|should|would|will|may|might|list|name|describe)\b)"
                            r"(?P<x>(?![\w\-]{1,2}\s+for\b)(?:(?!\b(?:is|are|was|were|be|been|has|have|had|for|to)\b)"
                            r"[\w\-]+\s+){0,4}?[\w\-]*[A-Za-z\d][\w\-])\s+for\s+"
                            rf"(?P<who>(?:(?:a|an|the|my|all)\s+)?(?:[\w\-]+\s+){{0,3}}?{PERSON_NOUNS})\s+to\s+"
                            r"(?P<v>prevent|stop|halt|avoid|treat|reduce|slow|manage|reverse)\s+"
                            r"(?P<c>[^?]+?)\s*\??$", re.I)
_TO_PREVENT = frozenset({"stop", "halt", "avoid"})
# A person named by age opening what a shape read as the thing asked of ("55-year-old smoker treated" of "55-year-old
# smoker treated for pneumonia - repeat X?"). Grammar.
_AGED_THING = re.compile(rf"^(?:(?:a|an|the|my|this)\s+)?{AGED}\b", re.I)


def as_for_people_to(text: str) -> str:
    """A thing asked for people to do a thing to a condition (``_FOR_PEOPLE_TO``) as "Should <thing> be used to
    <verb> <condition> in <people>?"; ``text`` itself for any other shape."""
    m = _FOR_PEOPLE_TO.match(text.strip())
    if m is None:
        return text
    verb = m.group("v").lower()
    verb = "prevent" if verb in _TO_PREVENT else verb
    who = m.group("who")
    return f"Should {m.group('x')} be used to {verb} {m.group('c')} in {_case_article(who)}{who}?"


# A topic named first, then what a report of it found, after a dash or a comma ("gizmofen 5 mg for frobnitis - what did
# the trial show?"): asked as "What did the trial show about <topic>?", the shape that reads the topic's thing and
# condition (``_SHAPES``). Read as written, no topic was read, and the statements covering most of the question's words
# were the trial's design, not its result. Grammar: a report named by its genre, a verb of reporting in its base form.
_TOPIC_THEN_REPORTED = re.compile(r"^(?P<x>(?!(?:what|which|how|when|why|who|is|are|should|can|could|would|will|may|do|"
                                  r"does|did)\b)[^?]+?)\s*(?:[,:;]|\s[-\u2013\u2014]+)\s*what\s+(?P<aux>did|do|does)\s+"
                                  rf"(?P<r>(?:(?:the|this|that|these|those|recent)\s+)?(?:[\w\-]+\s+){{0,2}}?{_REPORTERS})\s+"
                                  r"(?P<v>show|find|say|suggest|conclude|report)\s*\??$", re.I)


def as_next_asked(text: str) -> str:
    """What next asked after a case named first (``_NEXT_AFTER``) as "What next after <case>?"; a case of someone
    wanting to take a thing asked as fine (``_WANTS_OK``) as "Can a <person> <take> <thing>?"; a case of someone on a
    thing asked as fine (``as_case_on_fine``); a case named first and a question after a dash (``_CASE_THEN_ASKED``) as
    that question "in <case>"; ``text`` itself for any other shape."""
    on_fine = as_case_on_fine(text)
    if on_fine != text:
        return on_fine
    used = as_case_then_use(text)
    if used != text:
        return used
    for_people = as_for_people_to(text)
    if for_people != text:
        return for_people
    screened = as_screen_asked(text)
    if screened != text:
        return screened
    wants = _WANTS_OK.match(text.strip())
    if wants:
        who = wants.group("who")
        if re.match(r"(?:on|taking|with)\s", who, re.I):
            who = "patient " + who  # ("on warfarin wants to take ...": the case names whom by what they are on)
        article = "" if re.match(r"(?:a|an|the|my)\s", who, re.I) else ("an " if who[0].lower() in "aeiou8" else "a ")
        return f"Can {article}{who} {wants.group('v').lower()} {wants.group('x')}?"
    nxt = _NEXT_AFTER.match(text.strip())
    if nxt:
        # (A case in which a treatment failed, "gizmo asthma not controlled on gizmocort": what is recommended for
        # that case, whose words the advice for it repeats; "What next after ..." read no condition and the answer
        # quoted the advice on stepping the treatment down, the opposite step.)
        # (One clause only: a case listing several facts, "gizmo tendinitis, failed 4 months of gizmotherapy", read
        # whole as the condition, is named by no statement.)
        if states_failure(nxt.group("x")) and not re.search(r"[,;]", nxt.group("x")):
            return f"What is recommended for {nxt.group('x')}?"
        return f"What next after {nxt.group('x')}?"
    reported = _TOPIC_THEN_REPORTED.match(text.strip())
    if reported:
        return f"What {reported.group('aux')} {reported.group('r')} {reported.group('v')} about {reported.group('x')}?"
    case = _CASE_THEN_ASKED.match(text.strip())
    if case:
        return f"{case.group('aux').capitalize()} {case.group('rest')} in {case.group('case')}?"
    fine = _THING_FINE_AFTER.match(text.strip())
    if fine:
        return f"Is {fine.group('x')} {fine.group('ok')} {fine.group('p')} {fine.group('rest')}?"
    return text


# One thing named, where it is given, then whether that is fine, last ("gizmolol in a patient with long QT ok?",
# "drugx for gizmo palsy in a woman - fine?"): asked as "Is gizmolol ok in a patient with long QT?" asks it. Read as
# written, "ok" was read as a word of the condition ("long QT ok"), which no source writes. Grammar: a question word
# opening it asks otherwise.
_THING_FINE_AFTER = re.compile(r"^(?!(?:what|which|how|when|why|who|whom|is|are|should|can|could|would|will|may|"
                               r"does|do|did)\b)(?P<x>[\w\-]+)\s+(?P<p>in|for|with|during)\s+"
                               r"(?P<rest>(?:(?!\s[-\u2013\u2014]+\s)[^?])+?)"
                               r"\s*[-\u2013\u2014,:;]*\s+(?:(?:is|would)\s+(?:it|that|this)\s+(?:be\s+)?)?"
                               rf"(?P<ok>{FINE_TO})\s*\??$", re.I)


# A verb contracted with "not" ("won't", "doesn't", "can't"): the tokenizer splits it at the apostrophe into a stem of
# no meaning ("won", "doesn") and a letter, which weighed as the rarest words of the question. English's contractions.
_CONTRACTED_NOT = re.compile(r"\b(?P<verb>[A-Za-z]+?)n['\u2019]t\b")
_CONTRACTED_WRITTEN = {"wo": "will", "ca": "can", "sha": "shall"}


def as_contractions_written(text: str) -> str:
    """``text`` with each verb contracted with "not" written out ("won't" -> "will not", "doesn't" -> "does not",
    ``_CONTRACTED_NOT``)."""
    return _CONTRACTED_NOT.sub(
        lambda m: _CONTRACTED_WRITTEN.get(m.group("verb").lower(), m.group("verb")) + " not", text)


def as_patient_written(text: str) -> str:
    """``text`` with the shorthand "pt" and "pts" (``_PATIENT_SHORT``) written out as "patient" and "patients", and the
    texted modal verbs ("shud", ``_MODAL_SHORT``) as written; a clinical note's age, sex and shorthand too
    (``as_note_written``), and its verbs contracted with "not" (``as_contractions_written``)."""
    text = as_note_written(as_contractions_written(text))
    text = _MODAL_SHORT.sub(lambda m: _MODAL_WRITTEN[m.group("m").lower()], text)
    return _PATIENT_SHORT.sub(lambda m: ("patients" if m.group("n") == "pts" else "patient") + (m.group("s") or ""),
                              text)

def _first_question(text: str) -> str:
    """``text`` less a second question joined by "and" (``_SECOND_QUESTION``), its mark kept; ``text`` itself when
    it holds none, or when cutting would leave nothing."""
    body = text.rstrip("?.! ")
    cut = _SECOND_QUESTION.sub("", body).rstrip(" ,")
    return text if cut == body or not cut else cut + text[len(body):]


# A question asked of what a report found ("Did the VITAL trial show that vitamin D prevents cardiovascular
# disease?", "Do studies show that ...?", "Is there evidence that ...?"; "Has X been shown to prevent Y?",
# ``_SHOWN_TO``): the question is the clause reported.
# A report named by its genre ("the VITAL trial") reports what follows its verb; one named by its name alone ("Did
# UKPDS 34 show that ...?") a clause its "that" opens.
_REPORTING = (r"(?:really\s+|ever\s+|clearly\s+)?(?:show|shown|suggest|suggested|prove|proven|proved|demonstrate|"
              r"demonstrated|find|found|confirm|confirmed|indicate|indicated|support|supported)")
_REPORTED = re.compile(
    rf"^(?:did|do|does|has|have)\s+(?:(?:the|any|recent)\s+)?(?:(?:[\w\-]+\s+){{0,3}}?{_REPORTERS}\s+{_REPORTING}\s+"
    rf"(?:that\s+)?|(?:[\w\-]+\s+){{1,3}}?{_REPORTING}\s+that\s+)(?P<x>.+)$|"
    r"^(?:is|are)\s+there\s+(?:any\s+)?(?:(?:good|strong|clear|convincing|new|recent)\s+)?(?:evidence|proof|data)\s+"
    rf"(?:(?:from|in)\s+(?:[\w\-]+\s+){{0,3}}?(?:{_REPORTERS}|models?|experiments|humans|animals|people|patients)\s+)?"
    r"(?:to\s+(?:show|suggest)\s+)?that\s+(?P<y>.+)$", re.I)
_SHOWN_TO = re.compile(r"^(?:has|have)\s+(?P<s>.+?)\s+(?:ever\s+|really\s+)?been\s+(?:shown|proven|proved|found|"
                       r"demonstrated|reported)\s+to\s+(?:(?P<be>be)\s+)?(?P<r>.+)$", re.I)
# A reported clause's subject and its finite verb, the first auxiliary ("vitamin D is effective ...", "X can
# prevent ...") or effect ("vitamin D prevents ...", "X reduced ...") in it.
_CLAUSE = re.compile(r"^(?P<s>.+?)\s+(?:(?P<aux>is|are|was|were|can|could|may|might|will|would)|"
                     rf"(?P<v>{'|'.join(e.split()[0] for e in _EFFECTS)}|{_SAYS_LESS}|{_SAYS_MORE}|work)(?:s|es|d|ed)?)"
                     r"\s+(?P<r>.+)$", re.I)


# What a report found as a difference with a thing ("fewer heart attacks with vitamin D", "more falls among those
# taking X"): the thing's effect, "reduce" or "increase" by the word of quantity.
_MORE_WITH = re.compile(r"^(?P<d>fewer|less|lower|reduced|more|higher|increased|greater)\s+(?P<y>.+?)\s+"
                        r"(?:with|from|on|after|among\s+(?:those|people|patients)\s+(?:taking|given|on))\s+(?P<x>.+)$",
                        re.I)
_MORE = frozenset({"more", "higher", "increased", "greater"})


def reported_design(text: str) -> str | None:
    """The design of study a question asks the evidence of, named in the frame of what a report found ("animal" of
    "Is there evidence from animal studies that vitamin K2 reduces vascular calcification?" and of "Do animal studies
    show that ...?", "randomized trial" of "Did randomized trials show that ...?"), by ``routing.DESIGNS``; None
    when it names none. The frame is no part of the topic (``asked_directly``), but the evidence it prefers is."""
    bare = " ".join(text.split()).rstrip("?.! ")
    reported = _REPORTED.match(bare)
    if not reported:
        return None
    frame = bare[:reported.start("x" if reported.group("x") is not None else "y")]
    return next((name for name, pattern in DESIGNS if pattern.search(frame)), None)


def asked_directly(core: str) -> str:
    """A question asked of what a report found as the question it reports: "Does vitamin D prevent
    cardiovascular disease" of "Did the VITAL trial show that vitamin D prevents cardiovascular disease", "is X
    effective for Y" of "Has X been shown to be effective for Y". Any other question, or a reported clause with
    no subject and verb to turn, as it is."""
    shown = _SHOWN_TO.match(core)
    if shown:
        return f"{'is' if shown.group('be') else 'does'} {shown.group('s')} {shown.group('r')}"
    reported = _REPORTED.match(core)
    more = reported and _MORE_WITH.match(reported.group("x") or reported.group("y"))
    if more:
        change = "increase" if more.group("d").lower() in _MORE else "reduce"
        return f"does {more.group('x')} {change} {more.group('y')}"
    clause = reported and _CLAUSE.match(reported.group("x") or reported.group("y"))
    if not clause:
        return core
    if clause.group("aux"):
        return f"{clause.group('aux')} {clause.group('s')} {clause.group('r')}"
    return f"does {clause.group('s')} {clause.group('v')} {clause.group('r')}"


# What is compared with, named after the rest of the question ("How effective is propranolol for migraine
# prevention compared with placebo?") or before what it is for ("Is X worth it compared with doing nothing for
# Y?"): the comparator, as "X better than Y" names it, not part of the condition.
_COMPARED_TAIL = re.compile(r",?\s+(?:as\s+)?(?:compared\s+(?:with|to)|versus|vs\.?|relative\s+to)\s+"
                            r"(?P<k>(?:(?!\b(?:for|in|among|with|to|and)\b)[^,:;])+?)"
                            r"(?:,(?=\s)|(?=\s+(?:for|in|among)\s+\S)|$)", re.I)
# How an effect compares, said after what it is on ("Does needle lavage relieve pain faster than physiotherapy?",
# "Does X lower blood pressure more than Y in older adults?"): what is compared with is the comparator, as "X better
# than Y" names it, and no part of the condition. Read only where the rest is an effect asked of an intervention
# (``_EFFECT_VERBS``), and not of an amount ("reduce HbA1c by more than 1%").
_EFFECT_THAN = re.compile(r"(?<!\bby)\s+(?:(?:much|far|any|even)\s+)?(?:faster|sooner|quicker|better|longer|further|"
                          r"(?:more|less)(?:\s+[a-z]+ly)?)\s+than\s+(?P<k>(?!\d)(?:(?!\b(?:for|in|among|at)\b)[^,])+?)"
                          r"(?=\s+(?:for|in|among)\s+\S|$)", re.I)
_EFFECT_VERBS = frozenset(_EFFECTS) | frozenset(_PLAIN_VERB.values())
# No treatment as what is compared with ("doing nothing", "no treatment", "placebo", "a sham procedure", "not
# treating it"): whether the intervention works at all, which any statement of its effect answers, not a second
# intervention a statement must name. Also the control arms of trials that add nothing: "rest" or "bed rest" (not
# doing the exercise asked about: "Is exercise better than rest for knee arthritis?") and "usual care" / "standard
# care" / "care as usual" (what is done anyway, so whether the intervention adds to it). Not "watchful waiting" or
# "observation": a strategy of its own that sources name and weigh ("Watchful waiting without immediate antibiotics
# is an appropriate option ..."), so a statement must name it.
_UNTREATED = re.compile(r"^(?:(?:doing\s+)?nothing(?:\s+at\s+all)?|no\s+(?:[\w\-]+\s+)?(?:treatment|therapy|"
                        r"intervention|drugs?|medication|medicine|action|supplement(?:ation|s)?)|(?:an?\s+|the\s+)?"
                        r"(?:placebos?|sham)(?:\s+[\w\-]+)?|not\s+[a-z]+ing\b.*|(?:bed\s+)?rest(?:ing)?|"
                        r"(?:usual|standard)\s+care|care\s+as\s+usual)$", re.I)


# A comparator said as a pronoun ("Is combining X with Y better than one alone?", "... than either alone"): one of the
# things named before, which a statement names in its own words ("a single nicotine product"), not a thing of its own.
_PRONOUN_SIDE = re.compile(r"^(?:one|either|each)(?:\s+(?:one|of\s+them))?"
                           r"(?:\s+(?:alone|on\s+its\s+own|by\s+itself))?$", re.I)


def _comparator(phrase: str | None) -> str | None:
    """What a comparison compares with, cleaned; None for none, for no treatment (``_UNTREATED``), or for a pronoun
    (``_PRONOUN_SIDE``)."""
    cleaned = _clean(phrase, strip_kind=False)
    return None if cleaned is None or _UNTREATED.match(cleaned) or _PRONOUN_SIDE.match(cleaned) else cleaned


def _read_topic(text: str) -> _Topic:
    """The question's ``_Topic`` (``_shaped_read``) with when or how often its intervention is given said after it
    (``untimed``: "gizmocillin straight away", "oral gizmoferrin three times a day") no part of it: the timing is
    what is asked of the thing, which a statement words its own way, and read as part of the thing's name no statement
    named it and the answer said no source addressed it."""
    topic = _shaped_read(text)
    if topic.intervention:
        topic = topic._replace(intervention=untimed(topic.intervention))
    return topic


# A thing judged by a copula's participle or adjective of advice, with or without whom or when it is judged for ("Is
# the X test recommended?", "Is X recommended after a negative Y?", "Is X an option in Y that has not improved ..."):
# what no shape reads, where the judgement's object is the whole subject. Grammar: the copula, the closed class of
# words of advice and fitness, and the prepositions that open whom or when.
_JUDGED = re.compile(r"^(?:is|are)\s+(?:the\s+|a\s+|an\s+)?(?P<x>[^,;:?]{2,60}?)\s+"
                     r"(?:still\s+|generally\s+|usually\s+)?(?:recommended|indicated|advised|suggested|appropriate|"
                     r"warranted|an?\s+(?:\w+\s+)?option)"
                     r"(?:\s+(?:after|following|before|during|in|for|with)\s+(?:the\s+|a\s+|an\s+)?"
                     r"(?P<y>[^,;:?]{2,80}?))?"
                     r"\s*$", re.I)


def judged_topic(text: str) -> tuple[str, str | None] | None:
    """The thing a question judges by advice and the condition it judges it for (``_JUDGED``: "Is the X test
    recommended after a negative Y?"); None where it has no such shape or its subject holds a verb or pronoun of its
    own (a clause, no thing). A guess no shape makes: ``pipeline`` takes it only where the evidence bears it out."""
    m = _JUDGED.match(" ".join(text.split()).rstrip("?.! "))
    if m is None or _CLAUSE_IN.search(m.group("x")):
        return None
    return m.group("x").strip(), m.group("y").strip() if m.group("y") else None


# A subject that is a clause rather than a thing: it holds a pronoun or a modal ("it safe to", "there any"). Grammar.
_CLAUSE_IN = re.compile(r"\b(?:it|there|this|that|they|he|she|i|we|you|to|should|can|could|would|will)\b", re.I)


# When or how often a thing is given, said last after it (``_WHEN_GIVEN``, ``_HOW_OFTEN_TAKEN``: "straight away",
# "three times a day", "once daily"). Grammar.
_TIMED_TAIL = re.compile(rf"\s+(?:{_WHEN_GIVEN}|(?:only\s+)?(?:(?:once|twice|(?:two|three|four)\s+times)\s+"
                         r"(?:a|per|each)\s+(?:day|week|month)|(?:once|twice)[\s\-]+(?:daily|weekly)|every\s+(?:day|other\s+day|week|month|"
                         r"night)|daily|weekly|monthly|nightly|on\s+alternate\s+days))$", re.I)


def untimed(term: str) -> str:
    """``term`` less when or how often it is given, said after it (``_TIMED_TAIL``: "gizmocillin" of "gizmocillin
    straight away"); ``term`` itself when that leaves no word of the thing."""
    if _TIMED_TAIL.fullmatch(f" {term}"):
        return term
    cut = _TIMED_TAIL.sub("", term).strip()
    return cut if cut and cut.lower() not in ("a", "an", "the", "of") else term


def _shaped_read(text: str) -> _Topic:
    """The question's ``_Topic`` as its shapes read it: what the shapes read of it asked directly (``asked_directly``),
    and without a comparison named at its end (``_COMPARED_TAIL``) when that leaves a topic, or after an effect
    (``_EFFECT_THAN``) when that leaves an effect asked of an intervention, the comparison its comparator."""
    bare = _YES_OR_NO_TAIL.sub("", text.strip().rstrip("?.! "))
    asked = as_instead(as_plain(as_fronted(as_duration(bare))))
    core = as_passive(as_direction(as_effect(asked_directly(as_effect_size(as_causing_pain(as_clause_asked(
        as_continued_in_state(asked))))))))
    core = as_stopping(core)
    core = as_which_given(as_told(as_which_they_get(core)))
    core = as_which_people(as_taken_with(as_helped_in(as_recommended(as_frequency(as_harm_alone(core))))))
    core = as_defined_people_take(core)
    core = as_used_without(core)
    tail = _COMPARED_TAIL.search(core)
    if tail:
        topic = _shaped_topic(core[:tail.start()] + core[tail.end():])
        if topic.intervention or topic.condition:
            return topic if topic.comparator else topic._replace(comparator=_comparator(tail.group("k")))
    than = _EFFECT_THAN.search(core)
    if than:
        topic = _shaped_topic(core[:than.start()] + core[than.end():])
        if topic.intervention and topic.condition and topic.verb in _EFFECT_VERBS:
            return topic._replace(comparator=_comparator(than.group("k")))
    topic = _shaped_topic(core)
    if topic.intervention or topic.condition:
        return topic
    return _shown_effect(asked) or topic


def _shown_effect(core: str) -> _Topic | None:
    """The topic of "Has X been shown to V Y?" whatever the verb V (the effect shapes know a list of verbs of
    effect, since "Does X V Y?" does not show where X ends and V begins; "shown to" does): X the intervention, Y
    the condition, V the verb. None for a question of another shape."""
    shown = _SHOWN_TO.match(core)
    if not shown or shown.group("be"):
        return None
    verb, _, rest = shown.group("r").partition(" ")
    if not rest or not verb.isalpha():
        return None
    return _Topic(_clean(shown.group("s"), strip_kind=False), _clean(re.sub(r"^with\s+", "", rest, flags=re.I)),
                  verb.lower(), None)


# The dash between a case and an ask its clinician puts to themselves or to a person ("... for a year - can I stop X?",
# "- should we ...", "- does she need ..."). Not any dash: an ask about the thing itself after the dash ("X in an
# 85-year-old - appropriate?", "... - must it be stopped?", "... - wait for the culture before X?") is read by shapes
# that take the dash in, and the verdict readings after them rely on that. Grammar.
_ACROSS_DASH = re.compile(r"\s[-\u2013\u2014]+\s+(?:can|could|should|shall|may|must|do|does|would|will)\s+"
                          r"(?:i|we|you|he|she|they)\b", re.I)


def _shaped_topic(core: str) -> _Topic:
    """``_read_topic`` of a question's core, in one pass over the shapes."""
    subject: str | None = None
    first = True
    for shape in _SHAPES:
        match = shape.match(core)
        if match and first:
            subject, first = _subject_of(match), False
        acted_on = match and (match.group("i") if match.groupdict().get("a") else
                              match.group("c") if match.groupdict().get("act") else None)
        if acted_on and names_people(acted_on):
            continue  # "Should elderly patients be treated for X?": who is acted on, not what is asked about
        if match and _AGED_THING.match(match.groupdict().get("i") or ""):
            continue  # "55-year-old smoker treated for X": a person named by age is whom a case is of, never a thing
        if match and any(_ACROSS_DASH.search(match.groupdict().get(g) or "") for g in ("i", "c")):
            # A thing or a condition read across the dash between a case and its ask ("asthma controlled for a year -
            # can I stop X?" read as "asthma controlled" for "year - can I stop X"): the two parts of a note, not one
            # phrase; the note's own readings read it.
            continue
        if match:
            groups = match.groupdict()
            if groups.get("z"):  # two taken together for a purpose: the two the intervention, the purpose its condition
                groups = {**groups, "i": f"{groups['i']} with {groups['c']}", "c": groups["z"], "w": None}
            verb = (groups.get("v") or "").lower() or None
            verb = _PLAIN_VERB.get(verb or "", verb)
            intervention = groups.get("i") or _ACTS.get(verb or "") or gerund(groups.get("act"))
            combined = bool(groups.get("z")) or bool(intervention and _COMBINING.match(intervention))
            if not groups.get("w") and intervention:
                combined = combined or bool(_TAKEN_WITH.search(intervention))
                intervention = _TAKEN_WITHOUT.sub(" without ", _TAKEN_WITH.sub(" with ", intervention))
            # What the intervention is taken with is another thing taken, not a condition: named as written.
            # Where a condition arises, said after its verb ("Why does calcium build up in the rotator cuff?"), is
            # part of it ("calcium in the rotator cuff").
            asked = f"{groups['c']}{groups['at']}" if groups.get("c") and groups.get("at") else groups.get("c")
            condition = _clean(asked, strip_kind=not groups.get("w"))
            if groups.get("act"):
                verb = "act"  # the title names the act on the condition: "Fixing Femur Fractures ..."
            if groups.get("w"):
                verb = "with"  # the title names the two taken together: "Vitamin D with Vitamin K"
            compared = groups.get("k")
            if compared and intervention:
                compared = elliptical(intervention, compared)  # "vitamin K1 or K2": the comparator is vitamin K2
            aspect: Aspect | None = "course" if groups.get("n") else "cause" if groups.get("y") else None
            return _Topic(_clean(intervention, strip_kind=False), condition, verb, subject,
                          _comparator(compared), choice=bool(groups.get("o")), aspect=aspect,
                          asked=_course_asked(match, condition) if aspect == "course" else None, combined=combined)
    return _Topic(None, None, None, subject)


# A verb of a condition's course, as a question on it asks it ("resolve" of "Does X resolve without treatment?").
_ASKED_COURSE_VERB = re.compile(rf"\b{_COURSE_VERB}\b", re.I)


def _course_asked(match: re.Match[str], condition: str | None) -> str | None:
    """What a question on a condition's course (``match``, a course shape's) asks a statement to cover: the
    condition, the verb of course it asks whether the condition does ("resolve", "come back"), and when or in
    whom ("after treatment", "in most children"). Not the words it asks the course with ("What happens to X ...",
    "... without treatment", "if left untreated", "the natural history of", "how long ... last"): a statement of
    the course says it in its own words ("often resolves spontaneously as deposits are resorbed", "spontaneous
    resorption of deposits is common"), and that it states the course at all is what ``evidence.states_course``
    reads of it."""
    text, when = match.string, match.group("when") if "when" in match.groupdict() else None
    before_when = match.start("when") if when else len(text)
    verb = _ASKED_COURSE_VERB.search(text[:match.start("c")] + " " + text[match.end("c"):before_when])
    return " ".join(p for p in (condition, verb.group(0) if verb else None, when) if p) or None


def subject_population(text: str) -> str | None:
    """The people a passive question asks about as its subject ("women" of "Should women with recurrent
    pregnancy loss be tested for inherited thrombophilias?", "adults" of "Should adults without symptoms be
    screened for ..."): the subject of "screened for" / "tested for", when its head is a noun for people (the
    words before "with", "who", "without", "at", "aged", "over", "under"). None for any other question.
    ``read_question`` keeps it as ``Question.subject``."""
    return _read_topic(text).subject


def _subject_of(match: re.Match) -> str | None:
    """``subject_population`` of a question whose first matching shape is ``match``."""
    who = match.groupdict().get("who")
    if not who:
        return None
    head = re.split(r"\s+(?:with|who|without|at|aged|over|under|in|of)\b", who, maxsplit=1, flags=re.I)[0]
    words = head.split()
    return _DETERMINER.sub("", head.strip()) if words and _PEOPLE.match(words[-1]) else None


# An article or quantifier before people ("a toddler", "all adults"): no part of who they are.
_DETERMINER = re.compile(r"^(?:a|an|the|all|every|each|any|most)\s+", re.I)


# Nouns that name people: the head of a population ("in women", "in polytrauma patients", "in patients with
# cancer"). Words of English grammar for who is meant, not topics.
_PEOPLE = re.compile(rf"^(?:{PEOPLE_WORDS}|populations?|subjects?|patient|person|individual|adult|child|infant|"
                     rf"neonate|adolescent|woman|man|toddlers?|bab(?:y|ies)|kids?|teenagers?|{AGED})$", re.I)


def names_people(phrase: str) -> bool:
    """Whether a noun phrase is headed by a noun for people ("elderly patients", "women with diabetes", "a
    50-year-old without other conditions", "a woman planning pregnancy"; not "femur fractures in polytrauma
    patients")."""
    head = re.split(r"\s+(?:with|without|who|after|at|aged|over|under|in|among|of|for)\b", phrase, maxsplit=1,
                    flags=re.I)[0].split()
    if head and _PEOPLE.match(head[-1]):
        return True
    # People defined by what they do or plan, a participle after their noun ("a woman planning pregnancy", "men
    # undergoing surgery"): the noun before it heads the phrase.
    return any(_DOING.fullmatch(word) is not None and _PEOPLE.match(noun) is not None
               for noun, word in zip(head, head[1:]))


# A present participle ("planning", "undergoing", "receiving"): what people named before it do; not a preposition
# or a time in that form ("during", "following"). Grammar.
DOING = r"(?!(?:during|following|according|including|regarding|concerning|excluding)\b)[a-z]{3,}ing"
_DOING = re.compile(DOING, re.I)


# Two treatments offered as alternatives, "X or Y": grammar only. No preposition in either (not "exposure to heavy
# metals like lead or cadmium", whose "or" is inside a phrase), no side that opens with a number ("exon 38 or 39"),
# and not one word before "or" and more after it, which share a head ("oral or intravenous iron").
_ALTERNATIVES = re.compile(r"^(?P<x>(?!\d)[\w\-]+(?:\s+[\w\-]+)*?)\s+or\s+(?P<y>(?!\d)[\w\-]+(?:\s+[\w\-]+)*)$", re.I)
_PREPOSITION = re.compile(r"\b(?:to|for|in|of|with|like|on|at|by|from|among|after|before|during|versus|vs|and|or)\b",
                          re.I)


# One member of a numbered family named after another with the words they share left out ("vitamin K1 or K2",
# "vitamin D2 or D3"): letters and a number, the same letters as the first side's last word.
_NUMBERED = re.compile(r"^(?P<l>[a-z]+)-?\d+[a-z]?$", re.I)


# Two things whose difference is asked ("What is the difference between vitamin K1 and vitamin K2?", "How does MK-4
# differ from MK-7?", "How do X and Y differ?"): grammar only.
_SIDES = (
    re.compile(r"\bdifferences?\s+between\s+(?P<x>.+?)\s+and\s+(?P<y>.+?)(?:\s+(?:in|for|among|when)\s+.+)?[?.!\s]*$",
               re.I),
    re.compile(r"^how\s+(?:do|does|did)\s+(?P<x>.+?)\s+differ\s+from\s+(?P<y>.+?)(?:\s+(?:in|for|among)\s+.+)?[?.!\s]*$",
               re.I),
    re.compile(r"^how\s+(?:do|did)\s+(?P<x>.+?)\s+and\s+(?P<y>.+?)\s+differ\b", re.I),
)


def compared_sides(text: str) -> tuple[str, str] | None:
    """The two things a question asks the difference between ("vitamin K1", "vitamin K2" of "What is the difference
    between vitamin K1 and K2?"), or None for a question of another shape. An answer on a difference quotes what
    each is, not one of them alone (``pipeline.closest_statements``)."""
    for shape in _SIDES:
        match = shape.search(text.strip())
        if match:
            x, y = match.group("x").strip(), match.group("y").strip()
            return x, elliptical(x, y)
    return None


def elliptical(x: str, y: str) -> str:
    """``y`` completed with the words ``x`` shares with it where "x or y" leaves them out ("vitamin K2" for "K2" after
    "vitamin K1"); ``y`` as it is otherwise. Grammar only: y one numbered word whose letters are those of x's last."""
    words = x.split()
    last, other = _NUMBERED.match(words[-1]) if len(words) > 1 else None, _NUMBERED.match(y.strip())
    if last and other and last.group("l").lower() == other.group("l").lower() and last.group(0) != other.group(0):
        return " ".join([*words[:-1], y.strip()])
    return y


def alternatives_of(intervention: str | None) -> tuple[str, ...]:
    """The two sides of an intervention that offers two treatments as alternatives ("antidepressants or
    psychotherapy" -> ("antidepressants", "psychotherapy"), "ACE inhibitors or ARBs" -> ("ACE inhibitors", "ARBs"));
    () for any other intervention ("oral or intravenous iron" names one treatment given two ways)."""
    match = _ALTERNATIVES.match(intervention or "")
    if not match:
        return ()
    x, y = match.group("x"), match.group("y")
    y = elliptical(x, y)
    if _PREPOSITION.search(x) or _PREPOSITION.search(y) or (len(x.split()) == 1 and len(y.split()) > 1):
        return ()
    return (x, y)


@lru_cache(maxsize=QUESTIONS_KEPT)  # (asked of the question's condition at each stage of its answer)
def population_of(condition: str | None) -> tuple[str, str] | None:
    """(the condition itself, the population it is asked for) where a condition ends in a population, the
    words after its last "in" or "among" headed by a noun for people ("stress urinary incontinence in women"
    -> ("stress urinary incontinence", "women"), "depression in patients with cancer" -> ("depression",
    "patients with cancer")); None otherwise. A statement on the condition speaks to the question even
    without the population, but one for the asked population answers it first (guideline.lead_order)."""
    if not condition:
        return None
    match = LAST_IN.match(condition)
    if not match:
        return None
    who = match.group("who")
    return (match.group("core"), who) if names_people(who) else None


# An adjective of a state in -ant or -ent, whose noun ends in -ancy or -ency ("pregnant" / "pregnancy", "dependent" /
# "dependency", "deficient" / "deficiency"): English morphology, no topic.
_STATE_ADJECTIVE = re.compile(r"\b(?P<stem>[a-z]{4,}[ae]n)t\b", re.I)


# ... and adjectives of a state whose noun ends in "-ma" or "-aemia" ("asthmatic" of "asthma", "anaemic" of
# "anaemia"). English derivation, no topic.
_STATE_ADJECTIVE_MA = re.compile(r"\b(?P<stem>[a-z]{3,}ma)tic\b", re.I)
_STATE_ADJECTIVE_AEMIA = re.compile(r"\b(?P<stem>[a-z]{2,}aem)ic\b", re.I)
# ... "-leptic" of "-lepsy" ("epileptic" of "epilepsy"), which the stemmer leaves apart ("epilept" / "epilepsi").
# English derivation. (Not "-otic" of "-osis": "antibiotic" and "narcotic" name no state.)
_STATE_ADJECTIVE_LEPSY = re.compile(r"\b(?P<stem>[a-z]{2,}lep)tic\b", re.I)


@lru_cache(maxsize=QUESTIONS_KEPT)  # (asked of the question's people at each stage of its answer)
def state_nouns(phrase: str | None) -> str:
    """The nouns of the states a phrase names people by ("pregnancy" of "pregnant women", "asthma" of "asthmatic
    patients", "anaemia" of "anaemic women"), space-separated; "" when it names none. A statement names the state
    ("must be avoided in pregnancy", "... in people with asthma"), a question the people in it, and the stemmer does
    not join the two ("pregnant", "pregnanc")."""
    text = phrase or ""
    return " ".join([*(f"{m.group('stem')}cy" for m in _STATE_ADJECTIVE.finditer(text)),
                     *(m.group("stem") for m in _STATE_ADJECTIVE_MA.finditer(text)),
                     *(f"{m.group('stem')}ia" for m in _STATE_ADJECTIVE_AEMIA.finditer(text)),
                     *(f"{m.group('stem')}sy" for m in _STATE_ADJECTIVE_LEPSY.finditer(text))])


def as_state_nouns(phrase: str | None) -> str:
    """A phrase naming people with each adjective it names them by put as the noun of its state ("asthma patient" of
    "an asthmatic patient", "pregnancy women" of "pregnant women", "woman who is 10 weeks pregnancy" of "woman who is
    10 weeks pregnant", ``state_nouns``): the words a statement names them by ("should be avoided in people with
    asthma", "... in pregnancy"). An adjective of theirs stands before a noun for people or ends what is said of them
    (before "with", "and", a comma or the end); a noun for people itself ("patient", "adolescent") is none."""
    words = (phrase or "").split()
    out: list[str] = []
    for n, word in enumerate(words):
        bare = word.strip(",;:.?!")
        noun = state_nouns(bare) if re.fullmatch(r"[A-Za-z]+", bare) and not _PEOPLE.match(bare) else ""
        after = words[n + 1].strip(",;:.?!") if n + 1 < len(words) else None
        ends = after is None or bare != word or _ADJECTIVE_ENDS.match(after) is not None
        out.append(word.replace(bare, noun) if noun and (ends or _PEOPLE.match(after or "")) else word)
    return " ".join(out)


# What follows the last adjective said of people: a joining word or a preposition of what else is said of them.
_ADJECTIVE_ENDS = re.compile(r"^(?:with|and|or|but|who|in|at|on|for|during|after|before|since|from|taking|"
                             r"receiving|using)$", re.I)


def gerund(participle: str | None) -> str | None:
    """The gerund of a regular or -en participle, the act as a noun phrase: "fixed" -> "fixing", "reversed" ->
    "reversing", "applied" -> "applying", "taken" -> "taking"; None for None."""
    if not participle:
        return None
    word = participle.lower()
    if word.endswith("ied"):
        return word[:-3] + "ying"
    return word[:-2] + "ing"


def present_participle(verb: str) -> str:
    """The -ing form of a bare verb, by English spelling: "take" -> "taking", "eat" -> "eating", "stop" ->
    "stopping" (one syllable, consonant-vowel-consonant), "see" -> "seeing"."""
    word = verb.lower()
    if word.endswith("e") and not word.endswith(("ee", "ye", "oe")) and len(word) > 2:
        return word[:-1] + "ing"
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", word):
        return word + word[-1] + "ing"
    return word + "ing"


def make_title(text: str, qtype: str, intervention: str | None, condition: str | None,
               verb: str | None = None, comparator: str | None = None, subject: str | None = None) -> str:
    """A headline from the topic: 'Vitamin D Supplementation for Fracture Prevention in Older Adults',
    'Vitamin K2 for Tendon Calcification', 'Safety of Warfarin', 'Intravenous Iron versus Oral Iron', 'Screening for
    Depression in Adolescents' (the people a passive question asks of, ``subject``, after a test for a condition: the
    same test of other people is another question, as a follow-up "What about adolescents?" asks)."""
    if intervention and comparator:
        versus = f"{_title_case(intervention)} versus {_title_case(comparator)}"
        return f"{versus} for {_title_case(condition)}" if condition else versus
    i = _title_case(intervention) if intervention else None
    if i and condition and verb == "with":  # two things taken together
        together = f"{i} with {_title_case(condition)}"
        return f"Safety of {together}" if qtype == "safety" else together
    if i and condition:
        if verb in _ACTS:  # "Screening for Depression", not "Screening and Depression: Diagnosis"
            return f"{i} for {_title_case(condition)}" + (f" in {_title_case(subject)}" if subject else "")
        if verb == "act":  # "Fixing Femur Fractures in Polytrauma"
            return f"{i} {_title_case(condition)}"
        goal = _NOMINAL.get(verb or "")
        if goal and _LOWERS_RISK.search(text):
            goal = "Risk Reduction"  # "lower the risk of fractures" -> "Fracture Risk Reduction"
        if goal:
            head, _, population = condition.partition(" in ")
            # "Slowing Aortic Valve Calcification", "Reduction of Stiffness of Arteries", "Fracture Prevention"
            named = (f"{goal} {head}" if verb in _GOAL_FIRST else f"{goal} of {head}" if " of " in head else
                     f"{_singular(head)} {goal}")
            phrase = named + (f" in {population}" if population else "")
            return f"{i} for {_title_case(phrase)}"
        suffix = {"safety": ": Safety", "dosing": ": Dosing", "mechanism": ": Mechanism of Action",
                  "diagnosis": ": Diagnosis", "prognosis": ": Prognosis"}.get(qtype, "")
        joiner = "for" if qtype in ("therapy", "safety", "dosing") else "and"
        return f"{i} {joiner} {_title_case(condition)}{suffix}"
    # A "condition" that only names people ("for a Black patient") is no heading: the question itself is.
    c = _title_case(condition) if condition and not names_people(condition) else None
    if i:
        return {"safety": f"Safety of {i}", "dosing": f"Dosing of {i}", "mechanism": f"Mechanism of Action of {i}",
                "therapy": f"{i}: Clinical Use"}.get(qtype, i)
    if c:
        goal = _NOMINAL.get(verb or "") if qtype == "therapy" else None
        if goal:  # "Which drugs are used to prevent migraine?": "Prevention of Migraine"
            return f"{goal} of {c}"
        return {"therapy": f"Treatment of {c}", "diagnosis": f"Diagnosis of {c}",
                "prognosis": f"Prognosis of {c}"}.get(qtype, c)
    return _title_case(text.rstrip("?.! "))[:120]


_SYMBOL = re.compile(r"[a-z]{0,3}-?\d")  # a symbol with a number: p53, il-6, hba1c


def _singular(phrase: str) -> str:
    """A plural head noun made a modifier: 'fractures' -> 'fracture' ('fracture prevention')."""
    words = phrase.split()
    if words and re.fullmatch(r"[a-z]{4,}[^su]s", words[-1]):
        words[-1] = words[-1][:-1]
    return " ".join(words)


def given_form(text: str, intervention: str | None) -> str | None:
    """The form the question gives its intervention in right after it ("tablets" of "Do calcium tablets cause
    strokes?"), which its reading leaves out of the intervention (``_FORM_AFTER``), or None."""
    written = re.search(rf"\b{re.escape(intervention)}\s+[\w\-]+", text, re.I) if intervention else None
    form = _FORM_AFTER.search(written.group(0)) if written else None
    return form.group(0).strip() if form else None


def _clean(phrase: str | None, strip_kind: bool = True) -> str | None:
    """Trim a topic phrase; a condition also loses trailing 'treatment', 'patients' and the like."""
    if not phrase:
        return None
    phrase = phrase.strip()
    # "patients" after "in ..." is the head of a population ("femur fractures in polytrauma patients"), kept.
    keep = strip_kind and _IN_PATIENTS.search(phrase)
    phrase = _TRAILING.sub("", phrase) if strip_kind and not keep else phrase.rstrip("?.! ")
    phrase = _LEADING.sub("", phrase).strip(" ,;:")
    phrase = _DOSE_WITH.sub("", phrase) or phrase
    phrase = _FORM_AFTER.sub("", phrase)
    if strip_kind:  # "asthma treatment in adults": the condition is asthma, in adults
        phrase = _KIND_BEFORE_WHO.sub("", phrase)
        # "women who could become pregnant": people named by a state they may come into are named by the state
        # ("women who could be pregnant", as "women who are pregnant" names them); the linking verb is no word a
        # statement must hold.
        phrase = _WHO_BECOME.sub(lambda m: f"who {m.group('m')} be " if m.group("m") else "who are ", phrase)
        # "pneumonia treated at home": where or how it is treated is the setting of the question, which a
        # statement words its own way ("low-severity pneumonia"), not part of the condition it must name. Both go
        # before a trailing "risk" is read, so that what they follow ends the phrase ("cancer risk in the VITAL
        # trial").
        phrase = _SETTING_AFTER.sub("", phrase)
        phrase = _SOURCE_AFTER.sub("", phrase)
        # How often the condition is met (``_HOW_OFTEN_AFTER``) is no part of its name.
        phrase = _HOW_OFTEN_AFTER.sub("", phrase)
        phrase = _MEASURED_AFTER.sub("", phrase)  # ... nor is a value measured of it ("with Hb 75")
        # "fracture risk" is the risk of fracture: what a statement names is the fracture ("reduced vertebral
        # fractures"), as "the risk of fracture" loses its "risk of" (``_LEADING``).
        phrase = _RISK_AFTER.sub("", phrase)
        dying = _DYING_FROM.match(phrase)
        if dying:  # "dying from cancer" -> "cancer death"
            phrase = f"{dying.group('x').strip()} death{dying.group('rest') or ''}"
        if _DURATION_ONLY.match(phrase) or _RESEARCH_ONLY.match(phrase):
            return None
    phrase = (_CONDITION_ACT if strip_kind else _GIVING_ACT).sub("", phrase)
    if not strip_kind:  # "a regular inhaled steroid": how often it is taken, said before it (``_HOW_OFTEN_BEFORE``)
        phrase = _HOW_OFTEN_BEFORE.sub("", phrase)
    # A pronoun ("Is it safe?", "Can they be used during pregnancy?") names nothing here: a follow-up's "it" is
    # what the answer it follows was about (``read_question``).
    return None if _PRONOUN.match(phrase) else phrase or None


# A thing taken on a schedule rather than when needed, said before it ("a regular inhaled steroid"): no part of what
# is taken, as "regularly" after it is not (``_HOW_OFTEN_TAKEN``). Not "daily exercise", read as a thing of its own.
_HOW_OFTEN_BEFORE = re.compile(r"^regular\s+(?=\S)", re.I)
_PRONOUN = re.compile(r"^(?:it|they|them|this|that|these|those|its|their)$", re.I)


def _title_case(phrase: str) -> str:
    """Headline capitals: each word but the small ones, keeping a name's own capitals and a short symbol with
    a number as written (K2, MK-7, HbA1c, miR-25, p53) while a word that merely ends in a number still opens
    with a capital ("Menaquinone-7")."""
    words = phrase.split()
    out = []
    for n, word in enumerate(words):
        if any(ch.isupper() for ch in word[1:]) or _SYMBOL.match(word):
            out.append(word)  # keep K2, MK-7, HbA1c, miR-25, p53 as written
        elif n and word.lower() in _SMALL:
            out.append(word.lower())
        elif word[:1].isascii():
            out.append(word[:1].upper() + word[1:])
        else:
            out.append(word)  # "α-galactosidase": a Greek letter keeps its case
    return " ".join(out)


# The verbs of causing, as stems: what "Does X cause Y?" asks in its verb.
_CAUSING_STEMS = frozenset(tokenize("cause induce"))


def asks_causing(q: Question) -> bool:
    """Whether a yes/no question asks whether its intervention causes something ("Does warfarin cause arterial
    calcification?", "Can high doses of vitamin D cause high calcium?")."""
    return bool(q.yes_no and q.intervention and q.verb and frozenset(tokenize(q.verb)) <= _CAUSING_STEMS)
