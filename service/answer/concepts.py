"""Clinical concepts as term sets, learned from the corpus: what counts as a mention of an intervention
or a condition.

A concept is the question's own phrase plus the names the corpus gives it: abbreviations the corpus
defines ("extracorporeal shockwave therapy (ESWT)") in both directions, the longer defined names that
contain the phrase ("shockwave therapy" is also "extracorporeal shockwave therapy", so "ESWT"), and the
corpus's own variants of the phrase: near neighbours in the index's embedding space that differ from it
only in forms of the same words ("calcific tendinitis" for "calcific tendinopathy"; not "vitamin K1" for
"vitamin K2", whose differing words share no stem), and the corpus's compounds that name a kind of a word of
the phrase ("haemodialysis" for "dialysis", ``Lexicon.compounds``), a corpus phrase with one modifier in another's
place where the corpus scarcely writes the question's ("cardiovascular disease" for "heart disease",
``Lexicon.swapped``), the phrase less an inner word the corpus's sources leave out ("green vegetables" for "green
leafy vegetables", ``Lexicon.inner_less``), and the names the corpus glosses it with in parentheses ("myocardial
infarction (heart attack)", ``Lexicon.glossed``), the kinds the corpus names of it or of a name one leading word
longer ("acute otitis media" for "ear infection", where a sentence says it is an infection of the middle ear,
``Lexicon.kinds``), the phrase less a word of joining after "with" or "without" ("without vitamin D" of "without
co-administered vitamin D", ``plainly_joined``), and the adjective the corpus writes for a noun modifier ("calcific
deposits" for "calcium deposits", ``Lexicon.adjective_forms``); English's names of a treatment's unwanted effects
name one another ("side effects", "adverse events": ``Lexicon.harm_names``), and so do its verbs of stopping an act and
their noun
("quitting smoking", "smoking cessation": ``Lexicon.stopping_names``). The phrases and their vectors come from the index
build (index.lexicon), so no model runs on the answer's path. No table names a topic, so a corpus of any
specialty gets the same help.

A question's condition is also named by its head where its leading words only describe it ("asthma" for
"persistent asthma", see ``Lexicon.broader``): decided from the corpus's term postings and, for what passes
them, one call of the index's embedder on a few short phrases (the only model call here, made for 5 of 200
BioASQ questions and 4 of the 30 built-in clinical questions, ~2 ms each, remembered per phrase).

Greek letters count as written either way ("β-blockers" names "beta-blockers").
"""
from __future__ import annotations

import re
import threading
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
import dataclasses
from dataclasses import dataclass, field
import functools
import itertools
from functools import lru_cache
from typing import Iterable

import numpy as np

from index.lexical import QUESTION_WORDS as SEARCH_QUESTION_WORDS, tokenize, written_words
from index.words import words
from index.lexicon import CorpusLexicon
from ingest.abbreviations import corpus_definitions
from ingest.composites import corpus_composites
from ingest.kinds import corpus_kinds, corpus_memberships
from service.answer import abbreviations, learned_classes
from service.answer.bounds import NUMBER_WORDS
from service.answer.question import DOING, LAST_IN, PERSON_NOUNS, Question, names_people, population_of
from service.answer.remembered import remembered_in
from service.answer.tuning import TUNING

# Words that carry the question's form, not its topic: never required in a source sentence. The
# retrieval list (tuned on BioASQ) plus the words clinicians use to frame a treatment question.
QUESTION_WORDS = frozenset(tokenize(" ".join(sorted(SEARCH_QUESTION_WORDS)) + """
    be treat treated treating treatment therapy therapies effective help work works working recommended
    recommend typically usually patient patients people person someone anyone evidence good best take taking action
    my your his her our
"""))  # (whose it is, "my shoulder", "her asthma", names no topic. Not the "s" of "'s": "Cushing's disease" is a name)

Idf = Callable[[str], float]
Encode = Callable[[list[str]], np.ndarray]  # texts -> their vectors (the index's embedder)
# (terms of a phrase, other terms) -> (chunks of the corpus naming all of the phrase's terms, of those the ones
# naming any of the other terms): how the corpus uses words together (corpus_stats.chunk_counts).
Counts = Callable[[frozenset[str], frozenset[str]], tuple[int, int]]
# terms -> the texts of some chunks of the corpus naming all of them (corpus_stats.chunk_passages): how the corpus
# writes a term ("hypertension" for the stem "hypertens") and what stands before a word ("electronic cigarettes").
Passages = Callable[[frozenset[str]], list[str]]
# Every chunk text of the corpus, read when first asked (see Lexicon.spelled).
Texts = Callable[[], Sequence[str]]

# A near neighbour names the same concept when its cosine with the phrase is at least this (MiniLM
# vectors of short phrases: on the default corpus "calcific tendinopathy" ~ "calcific tendinitis" 0.91,
# ~ "tendon calcification" 0.77, while unrelated variants of a word fall below 0.6). Set by eye on the
# default corpus, not on labelled pairs: on the BioASQ and PubMedQA questions no neighbour passed the
# rules below, so these two numbers are unmeasured on data medcite has not seen ...
NEIGHBOUR_MIN_COSINE = 0.75
# ... and each word it does not share with the phrase shares its first letters with one the phrase has
# in its place (tendinitis / tendinopathy), so members of a family (K1 / K2, type 1 / type 2) stay apart.
SHARED_PREFIX = 4
MAX_NEIGHBOURS = 4
# A defined name that holds every word of a one-word phrase and one word more ("extracorporeal shockwave
# therapy (ESWT)" for "shockwave therapy"; "therapy" frames a question) names it when the two phrases
# are this close. Looked at on the BioASQ and PubMedQA corpora: 0.7 and above holds "cytomegalovirus" /
# "human cytomegalovirus (HCMV)", "cardiovascular" / "cardiovascular disease (CVD)"; below it come
# "cancer patients" / "advanced cancer (AC)" (0.67) and "hormone therapy" / "growth hormone (GH)" (0.61).
NARROWER_MIN_COSINE = 0.7
# The cosine (the index's embedder) from which a class the corpus names kinds of, the phrase's words and one more head,
# is the phrase itself under a general head ("antidepressant drugs" of "antidepressants" 0.95, "statin drugs" 0.88,
# "aspirin therapy" 0.89), not another thing its words modify ("vitamin K antagonists" of "vitamin K" 0.75, "opioid
# antagonists" 0.79, "folate antagonists" 0.83): all-MiniLM-L6-v2 on those pairs, session 44. Chosen on those few
# hand-written pairs, not on data: over 60 class names of the shared guidelines the cosine of a name to its leading
# words runs evenly from 0.26 to 0.97, with no gap to place it in (a weakness named in BENCHMARKS, session 44).
SAME_CLASS_MIN_COSINE = 0.86
# The converse, for a question's condition: its phrase is also named by itself less its first words
# ("persistent asthma" by "asthma") when the rest stays as close to it as a narrower defined name must
# (NARROWER_MIN_COSINE) and the words left out say little of it alone: their cosine with the phrase below
# this (and the corpus uses the rest on its own: CORPUS_OWN_SHARE). A word that carries the phrase's meaning
# on its own ("tendon" in "tendon calcification", 0.70; "breast" in "breast cancer", 0.68; "knee" in "knee
# osteoarthritis", 0.63; "nail" in "nail psoriasis", 0.58) picks one of a family; a description
# ("persistent" 0.30, "chronic" in "chronic hepatitis C" 0.36, "recurrent" in "recurrent otitis media" 0.32,
# "major" in "major depression") does not. Set on the default corpus's examples, not fitted: the BioASQ dev
# half's gold snippets cannot fit it (scripts/modifier_probe.py: of 41 plain two-word-or-longer concepts with
# a gold snippet naming the rest, 3 fall below 0.4 and 3 between 0.4 and 0.5; among them "modified vaccinia
# Ankara", "multipotent adult progenitor cells", "non-small cell lung cancer" are fixed names whose first word
# the experts' sentences never leave out, which is why the corpus must also use the rest on its own).
DESCRIPTIVE_MAX_COSINE = 0.5
# A class's members (Lexicon.classes_named): a member is a name of at most this many words (ingest.kinds' names) ...
MAX_MEMBER_WORDS = 4
# ... named in at most this share of the corpus's chunks: a drug a guideline names as one of a class is named in a few
# (g66's "quetiapine" 2 of 1,745 chunks), while the words a heading lists under a loose class are common ("imaging",
# "history", "advice": 40 to 300). Set by eye on the session-66 corpus.
MEMBER_MAX_SHARE = 0.01
# ... and the class is written in at least this many chunks: a name the corpus uses, not a phrase a pattern cut once
# out of a clause ("anaerobic organism imaging studies").
CLASS_MIN_CHUNKS = 2
# ... in at most this share of them: a class named everywhere is a general word ("some cases", 115 of g65's 1,866
# chunks), while a class of drugs is written in a few (g66's "atypical antipsychotics" 3 of 1,745, "LMWH" 18).
CLASS_MAX_SHARE = 0.02
# How many characters after a class's phrase tell one use of it from another (see _class_kept).
CLASS_USE_CONTEXT = 30
# English quantifiers and determiners that open a phrase without naming a kind ("some cases", "many drugs"): grammar.
_QUANTIFIERS = frozenset("some many several certain other all most these those such any few various".split())
# Word endings in "s" that are not English plurals ("analysis", "virus", "access", "diabetes" aside): grammar.
_NOT_PLURAL = ("ss", "is", "us")

# English prepositions and conjunctions: a phrase holding one is not a head with its modifiers.
_LINKS = frozenset("""about after against among and as at before between by during following for from in into
    of on or over per than to under versus via vs with within without""".split())
# Words that join one thing to another in a name, beside ``_LINKS``' conjunctions ("X plus Y", "X + Y"). Grammar.
_PLUS_WORDS = frozenset({"plus", "+", "&"})
# The rest of the phrase is a name the corpus uses on its own when fewer than this share of the chunks naming
# it also name the left-out words (a majority without them): "asthma" in the default corpus, 1 of 8 chunks.
CORPUS_OWN_SHARE = 0.5
# A question's condition "X of the Y" ("calcific tendinitis of the shoulder") is also named by X alone when X stays
# this close to the whole: the site then adds little to what X names (where the condition occurs), and a source
# that names X without the site (a guideline on calcific tendinopathy that never says "shoulder") speaks to it.
# The index's MiniLM: "calcific tendinitis" 0.88, "calcific tendinopathy" 0.86, "plantar fasciitis" (of the foot)
# 0.88, "carpal tunnel syndrome" (of the wrist) 0.92; kept apart: "osteoarthritis" (of the knee) 0.85, "squamous
# cell carcinoma" (of the skin) 0.84, "diffuse large B-cell lymphoma" (of the stomach) 0.84, "rheumatoid arthritis"
# (of the hand) 0.81, "psoriasis" (of the nails) 0.75, "fracture" (of the femur) 0.74, "cancer" (of the breast)
# 0.69. Set by eye on these pairs, where the site picks one of a family below it.
SITE_MIN_COSINE = 0.855
# ... or, where the corpus speaks of X mostly at that site (at least this share of the chunks naming X also name the
# site), when X stays as close to the whole as a described case to its condition (NARROWER_MIN_COSINE): a statement on
# X there is most likely one on X at the site. The default corpus: "calcific tendinopathy" with "shoulder", 29 of 45
# chunks (the int8 index's cosine 0.849, under SITE_MIN_COSINE); kept apart, "calcification" with "arteries", 19 of
# 92 (tendons too), "fracture" with "femur", 0 of 5.
SITE_CORPUS_SHARE = 0.5
# A condition's rest less its head (Lexicon.head_less) is a name of its own where at least this share of the places the
# corpus writes it end a noun phrase ("migraine is", "for migraine in"). Read on the chunks that name it (at most 40 per
# index): "migraine" 2 of 6 (default corpus), 34 of 84 (BioASQ); "asthma" 19 of 51, "stroke" 34 of 68 (BioASQ); below it
# words that mostly modify a noun: "kidney" 10 of 43, "gene" 16 of 63, "amyloid" 3 of 28, "heart" 2 of 37,
# "cardiovascular" 1 of 39, "ovarian" 0 of 43 (BioASQ). Set by eye on these words.
NAME_END_SHARE = 0.3
MAX_LEADING = 2  # at most this many ways of leaving out leading words are tried (one or two words)
# English's words of a whole before a noun ("all-cause mortality", "any-cause admission", "overall survival"): such a
# word picks no member of a family, it says the rest is taken whole, so the rest alone names the phrase without the
# embedder's closeness test (NARROWER_MIN_COSINE), which the int8 MiniLM fails for "all-cause mortality" / "mortality"
# (0.66; fp32 0.685): a source sentence on "overall mortality" or "mortality" then spoke to no question on all-cause
# mortality. Not "total", which also names a kind ("total knee arthroplasty" against a partial one). A closed class of
# general English, no topic; the corpus's test (CORPUS_OWN_SHARE) and the left-out words' (DESCRIPTIVE_MAX_COSINE)
# still stand.
_WHOLE_WORDS = re.compile(r"(?:all|any)[- ]?causes?|overall", re.I)
# A corpus phrase that is the question's phrase with one word in another's place ("cardiovascular disease" for "heart
# disease") names it when the two phrases are at least this close (Lexicon.swapped). The index's MiniLM: "heart disease"
# / "cardiovascular disease" 0.87, / "cardiac disease" 0.92, "kidney disease" / "renal disease" 0.94, "heart failure" /
# "cardiac failure" 0.92, "lung disease" / "pulmonary disease" 0.87; one of a family falls lower: "heart disease" /
# "kidney disease" 0.53, / "heart failure" 0.74, "type 1 diabetes" / "type 2 diabetes" 0.72, "breast cancer" / "prostate
# cancer" 0.59, "lung disease" / "respiratory disease" 0.79. Antonyms do not ("acute" / "chronic otitis media" 0.89,
# "low" / "high dose aspirin" 0.87, "oral" / "direct anticoagulants" 0.86): the embedder cannot tell them apart, so a
# word that only describes (its cosine with its own phrase below DESCRIPTIVE_MAX_COSINE: "acute" 0.35, "low" 0.33,
# "oral" 0.32; against "heart" 0.56, "cardiovascular" 0.83, "renal" 0.82) is never swapped. Set by eye on these pairs.
SWAP_MIN_COSINE = 0.85
SWAP_MIN_LETTERS = 3  # a swapped word has at least this many letters: a letter or a number names one of a family
# The cosine alone links siblings in a corpus of biomedical science (BioASQ's: "genome sequencing" / "RNA sequencing",
# "metabolic disease" / "metabolic syndrome", "animal bite" / "dog bite", 0.83-0.87, where "heart disease" /
# "cardiovascular disease" is 0.86-0.87). Those corpora write the question's own phrase (in 2 to 8 of the chunks that
# name its words), the default one "heart disease" once, inside "coronary heart disease": a phrase is swapped only
# where the corpus writes it in a row in at most this many chunks, so that the swap gives a name the corpus lacks.
SWAP_MAX_WRITTEN = 1
# A phrase of three words or more is also named by itself less one inner word, neither its first nor its head ("green
# vegetables" of "green leafy vegetables", "bone density" of "bone mineral density"), where the corpus writes the rest
# as it stands, its words in a row, and the embedder puts it at least SITE_MIN_COSINE from the whole (0.90, 0.89; the
# rest of a fixed name stays close too, "low aspirin" of "low dose aspirin" 0.92, "iron anaemia" of "iron deficiency
# anaemia" 0.94, which is why the corpus must write it: no text says "low aspirin"). Lexicon.inner_less.
# Words of number, which pick one of a series ("mandibular third molars" are not all mandibular molars): never left out.
_NUMBER_WORDS = frozenset("""first second third fourth fifth sixth primary secondary tertiary single double triple
    one two three four five six seven eight nine ten""".split())
# A phrase whose describing words may stand in another order (Lexicon.reordered) has this many words, its head
# among them: two or more words before the head, and few enough that their orders are few (3 words: 2 orders, 4: 6).
REORDERED_WORDS = (3, 4)
INNER_MIN_LETTERS = 4  # an inner word left out has this many letters or more, lower case: not a letter or a short form
# A name the corpus glosses with another in parentheses, "myocardial infarction (heart attack)" or "heart attack
# (myocardial infarction)", names it (Lexicon.glossed): the source says so itself. A gloss has at most this many words,
# every one a word that gives a term (no article, preposition or number: "(a vitamin K antagonist)" says what kind of
# thing a drug is, "(stroke or heart attack)" lists outcomes) ...
GLOSS_MAX_WORDS = 4
# ... and the two names are at least this close in the embedder's space, which only keeps out a parenthesis that holds
# something else than a name of the same thing ("heart attack (troponin rise)" 0.17): MiniLM does not know most lay
# and medical pairs ("heart attack" / "myocardial infarction" 0.59, "stroke" / "cerebrovascular accident" 0.41,
# "kidney stones" / "nephrolithiasis" 0.56), which is why the corpus's own gloss is needed. Set by eye on these pairs.
GLOSS_MIN_COSINE = 0.35
# Words that open a parenthesis of examples or a part, not another name: "drug resistance (including bortezomib
# resistance)", "(especially ...)", "(mainly ...)". Grammar, not topics.
_EXAMPLE_OPENERS = frozenset("""including includes excluding except especially particularly notably mainly mostly
    chiefly primarily largely partly such like namely""".split())
# English's names for a treatment's unwanted effects, which any specialty writes interchangeably ("psychiatric side
# effects" of a question, "neuropsychiatric adverse events" of a trial): the harm vocabulary that routing.SAFETY and the
# reading of safety questions (question.py) already use, not a topic. A phrase ending in one is also named with each
# other (Lexicon.harm_names); the singular and the hyphen ("side-effect") give the same terms.
_HARM_NAMES = ("side effects", "adverse effects", "adverse events", "adverse reactions")
_HARM_NAME = re.compile(r"^(?P<rest>(?:.*\s)?)(?:side[- ]effects?|adverse\s+(?:effects?|events?|reactions?))$", re.I)
# Verbs of stopping an act and their noun ("quitting smoking", "stopping smoking", "smoking cessation", "cessation of
# smoking"): English's aspectual verbs, a closed class, not topics. A phrase that is one of them before its object, or
# the object before or after "cessation", is also named by the others where the corpus writes them
# (Lexicon.stopping_names).
_STOP_VERBS = ("quitting", "stopping", "ceasing", "discontinuing")
_STOPPING = re.compile(r"^(?:(?:quit|quits|quitting|stop|stops|stopping|cease|ceasing|discontinue|discontinuing)\s+"
                       r"(?P<object>[\w\-]+(?:\s+[\w\-]+)?)|(?P<before>[\w\-]+(?:\s+[\w\-]+)?)\s+cessation|"
                       r"cessation\s+of\s+(?P<after>[\w\-]+(?:\s+[\w\-]+)?))$", re.I)
# ... and one said bare, its object left to the question's other words ("Is X more effective than Y for quitting?"): it
# is named by each other verb of stopping and by the noun, bare too ("stop smoking", "smoking cessation").
_BARE_STOPPING = re.compile(r"^(?:quit|quitting|stopping|ceasing|discontinuing|cessation)$", re.I)
# A condition asked at a site, "X of the Y": up to four words, "of", an article or none, one or two words
# (Lexicon.site_less).
_SITE = re.compile(r"^(?P<x>[\w\-]+(?:\s+[\w\-]+){0,3})\s+of\s+(?:the\s+|a\s+|an\s+)?"
                   r"(?P<y>[\w\-]+(?:\s+[\w\-]+)?)$", re.I)
# The suffixes English makes a noun of an act with ("fixation", "reversal", "transfusion", "replacement",
# "closure"), tried on a gerund's root (concepts.Lexicon.act_nouns).
_NOMINAL_SUFFIXES = ("ation", "ion", "al", "ment", "ure")
# A word spelled another way names the same thing when the corpus has that spelling and the embedder puts the
# two words this close (the index's MiniLM on single words: "coeliac" / "celiac" 0.70, "anaemia" / "anemia"
# 0.84, "oesophagus" / "esophagus" 0.85, "tumour" / "tumor" 0.91; two different words one vowel apart fall
# lower: "mucositis" / "myositis" 0.51, "ileum" / "ilium" 0.46). Chosen over the shared corpora's own 421 such
# pairs (scripts/spelling_probe.py), not these examples: at 0.6 the British/American pairs kept are 0.91 of them
# (0.82 at 0.7, which had been set by eye right at "coeliac") at the same share of kept pairs, 0.82 against
# 0.85 ("paediatric" / "pediatric" 0.60, "haematoma" / "hematoma" 0.62, "dyspnoea" / "dyspnea" 0.60 now meet).
SPELLING_MIN_COSINE = 0.6
SPELLING_MIN_LETTERS = 5  # shorter words are not respelled: one vowel more or less makes another word
# A word the corpus never writes is read as the corpus's word one letter away only from this many letters on (shorter,
# one letter makes another word: "dose", "dosage" are not slips of each other), and a compound as the corpus's word it
# ends in only where that word has this many letters.
OFF_BY_ONE_MIN_LETTERS = 8
OFF_BY_ONE_KEPT = 4  # ... where its first letters are as typed
OFF_BY_ONE_KEPT_END = 3  # ... and its last letters (an ending is a word's form)
COMPOUND_TAIL_MIN_LETTERS = 6
# The prefixes that turn a word's meaning over ("nonsmoker", "antiplatelet", "unvaccinated") or move it by a degree,
# a direction or a time ("underprescribe", "hypokalaemia", "postoperative", "misdiagnosis"): the grammar of word
# formation; such a compound is no kind of its tail ("underprescribe" read as "prescribe" turned a PubMedQA dev
# question over).
_NEGATING_PREFIX = re.compile(r"non-?|anti-?|un|in|im|dis|de|counter|contra|a|an|under|over|hyper|hypo|mis|mal|pre-?|"
                              r"post-?|sub|super|pseudo|semi|re|ex")
_VOWELS = "aeiou"
# A word is spelled with a hyphen more or fewer ("gastro-oesophageal", "gastroesophageal") only between parts of at
# least this many letters ("pre-eclampsia" has three): shorter pieces are prefixes or endings.
HYPHEN_MIN_PART = 3
# Words that may stand between two words of one name in a statement: "of" and an article after it, the way
# English turns a name round ("stiffness of the arteries" for "arterial stiffness", "loss of weight"), the "s" of
# a possessive ("Behçet's syndrome" for "Behçet syndrome") and the "-like" that makes an adjective of a noun
# ("thiazide-like diuretics" for "thiazide diuretics"), and the "and" or "or" of modifiers coordinated before one
# head ("pregnant and postpartum women" for "pregnant women", "kidney or heart disease" for "heart disease"), and the
# relative clause that turns a process named by its noun into a state of the thing ("the proportion of matrix Gla
# protein that is carboxylated" for "matrix Gla protein carboxylation").
GRAMMAR_LINKS = frozenset({"of", "the", "a", "an", "s", "like", "and", "or", "that", "which", "is", "are"})
# Words of a name may have this many other words between them and still stand together: a modifier the question
# left out ("elevated cardiac troponin I" for "elevated troponin I"), a preposition ("tolerance to gluten").
MAX_GAP = 1
# The word of a range of modifiers before one noun ("mild to moderate depression", "mild-to-moderate"): right after a
# word of a name it joins that word to the rest as "and" or "or" do, so the range names "mild depression" as
# "kidney or heart disease" names "kidney disease". Grammar, no topic.
RANGE_TO = "to"
# A word of the corpus that is a word of the question with a combining form before it names a kind of it
# ("haemodialysis" of "dialysis", "corticosteroid" of "steroid"; Lexicon.compounds): the combining form has at least
# this many letters (shorter ones, "co", "re", "un", "a", are English's prefixes: "coinfection", "reinfarction",
# "asymptomatic") ...
COMPOUND_MIN_PREFIX = 3
# The stemmer cuts a compound at most this many letters shorter than the word's own stem ("osteoarthritis" to
# "osteoarthr" where "arthritis" is "arthriti"); a compound's term is looked for that many letters back.
STEM_CUT = 3
# ... and does not open with one of the prefixes English uses to say something else than the word (against, before,
# after, above, below, beside, not, bad: "antibiotic", "prenatal", "postoperative", "hypertension", "hypothyroid",
# "parathyroid", "nonsteroidal", "dyskinesia"), nor one of chemistry's for a derivative ("25-hydroxyvitamin D" is no
# kind of vitamin D): the grammar of word formation, not topics.
_DERIVATIVE_PREFIXES = ("hydroxy", "deoxy", "dihydro", "methyl")
_RELATIONAL_PREFIXES = ("anti", "non", "pre", "post", "hyper", "hypo", "para", "peri", "pro", "dys", "sub", "super",
                        "supra", "inter", "intra", "extra", "trans", "contra", "counter", "semi", "multi", "poly",
                        "mono", "pseudo", "neo", "mis", "dis", *_DERIVATIVE_PREFIXES, "iso")


def combining_form(prefix: str) -> bool:
    """Whether the letters a word has before another word's letters make a kind of that word ("cortico" of
    "corticosteroid" for "steroid"): a combining form of ``COMPOUND_MIN_PREFIX`` letters or more, not one of English's
    prefixes ("co", "re", "un") nor one that says something else than the word (``_RELATIONAL_PREFIXES``:
    "antibiotic", "nonsteroidal"). Grammar of word formation."""
    return len(prefix) >= COMPOUND_MIN_PREFIX and prefix.isalpha() and not prefix.startswith(_RELATIONAL_PREFIXES)


# A compound names a kind of the word only where the two words themselves are at least this close in the embedder's
# space: in a phrase of several words the words the two phrases share carry the phrase's cosine ("chronic graft-versus-
# host disease" / "synchronic graft-versus-host disease" 0.9), so only the words' own cosine tells a kind of the word
# from a compound that merely ends in its letters. Measured on the compounds the phrase rule kept for the intervention
# and condition phrases of the lists on the default corpus and the guideline index, the BioASQ and the PubMedQA dev
# questions (MiniLM, single words; 297 pairs): below 0.35
# nearly every one is a false link in its phrase ("chronic" / "synchronic" 0.09-0.19, "trying" / "countrying" 0.20,
# "labor" / "collabor" 0.11, "organ" / "glamorgan" 0.10, "quitting" / "ubiquitting" 0.32, "sclerosis" /
# "atherosclerosis" of amyotrophic lateral sclerosis 0.32, "resistance" / "pharmacoresistance" of insulin resistance
# 0.31), the few kinds there ("assays" / "radioimmunoassays" 0.26, "ligand" / "radioligand" 0.30) being false in their
# phrase too; above it the kinds the rule is for ("steroids" / "corticosteroids" 0.40-0.46, "dialysis" /
# "haemodialysis" 0.71-0.75, "arthritis" / "osteoarthritis" 0.64-0.66; the lead's "toxicity" / "cardiotoxicity" 0.36).
# Between 0.35 and 0.45 most kept compounds are still wrong in their phrase ("protein" / "apolipoprotein" of matrix
# Gla protein 0.38, "pressure" / "acupressure" 0.36): the floor removes the compounds that are no kind of the word, not
# every compound that is no kind of the phrase.
COMPOUND_WORD_MIN_COSINE = 0.35
# The Greek prefixes English's medical words put for a degree ("hypercalcaemia" is high calcium, "hypothyroidism"
# low thyroid function), by the plain word of degree a question uses: grammar of word formation, not topics.
_DEGREE_PREFIXES = {"high": "hyper", "elevated": "hyper", "raised": "hyper", "excess": "hyper", "excessive": "hyper",
                    "low": "hypo"}
# Nouns of a measure, which stand for the thing measured: a word with such a prefix says them with its noun ("high
# calcium levels" is hypercalcaemia), and scoring reads "high levels" under a title on calcium as calcium's. Grammar.
MEASURES = frozenset({"level", "levels", "concentration", "concentrations", "value", "values"})
# A word of degree and the nouns after it ("high blood pressure", "low thyroid") are also named by the corpus's word
# with the degree's Greek prefix that the embedder puts closest to them, when at least this close (the index's MiniLM:
# "high blood pressure" / "hypertension" 0.72, "high cholesterol" / "hypercholesterolaemia" 0.69, "high blood sugar" /
# "hyperglycaemia" 0.66, "low thyroid" / "hypothyroidism" 0.65, "low oxygen" / "hypoxia" 0.54; the best wrong word of
# the same prefix lower: "high blood sugar" / "hypertension" 0.40, "low blood pressure" / "hypoglycaemia" 0.34, "high
# blood pressure" / "hypercalcaemia" 0.28). Looked at on these pairs of everyday and medical words, not fitted; some
# right pairs fall below ("high potassium" / "hyperkalaemia" 0.44) and stay unlinked: a missed link costs less than
# a wrong one.
DEGREE_MIN_COSINE = 0.5
DEGREE_NOUNS = 2  # the nouns after a word of degree that its prefixed word may say ("blood pressure")
DEGREE_CANDIDATES = 64  # at most this many of the corpus's words with the prefix are compared, the most used first
# A short form written as one letter and a hyphen before a word ("e-cigarettes") names the corpus's phrase of a word
# with that first letter before the same word ("electronic cigarettes") that the embedder puts closest to it, when
# closer than the word alone: the letter's word then says what the letter does. The index's MiniLM: "e-cigarettes" /
# "electronic cigarettes" 0.84 against "cigarettes" 0.73, "e-scooters" / "electric scooters" 0.87 against "scooters"
# 0.86, "e-health" / "electronic health" 0.81 against "health" 0.62; words that merely stand there fall below the word
# alone ("every cigarettes" 0.62, "effective cigarettes" 0.63; "emergency scooters" 0.80, "every scooters" 0.76;
# "t-cells" / "tumour cells" 0.54 against "cells" 0.72, "b-cells" / "blood cells" 0.65 against 0.73), where a fixed
# floor would not separate them (0.75 keeps "emergency scooters" and loses "electric bikes" for "e-bikes", 0.71).
SHORT_FORM_MIN_LETTERS = 4  # the word after the hyphen, and the corpus's word its letter stands for, at least this long
# Two stems of one word (``same_word``) share their first HEAD letters: only terms that begin as a term does are
# asked whether they are another form of it.
HEAD = 6
# A noun before another word said as the corpus's adjective of it (Lexicon.adjective_forms): English's adjective
# endings (grammar), and how much of the noun the adjective keeps: all but its last ADJECTIVE_CUT letters, and at
# least ADJECTIVE_MIN_STEM ("calci" of "calcium" / "calcific"; "diabet" of "diabetes" / "diabetic").
_ADJECTIVE_ENDINGS = ("ic", "al", "ous", "ar", "ary", "ive")
ADJECTIVE_CUT = 3
ADJECTIVE_MIN_STEM = 5
ADJECTIVE_ADDED = 4  # ... and the adjective adds at most this many letters to what it keeps ("fic" of "calcific")
# ... and how close the embedder must put the two phrases: the corpus writing the adjective more than the noun is the
# main evidence, the floor only keeps out what the embedder finds far ("ironic tablets" / "iron tablets", 0.49). The
# embedder puts "calcific deposits" 0.61 from "calcium deposits" (tuned on lists, not on benchmark answers).
ADJECTIVE_MIN_COSINE = 0.55
# A one-word name the corpus never writes is named by its adjective before a noun where the embedder puts the pair at
# least this close to the word (Lexicon.adjective_named): "hypoglycaemic episodes" 0.78, "anaemic patients" 0.77,
# "hypertensive patients" 0.81, "hypokalaemic episodes" 0.77, "neutropenic fever" 0.744 from their nouns, against
# "hypoglycaemic drugs" 0.73, "hyponatraemic encephalopathy" 0.73, "ischaemic stroke" 0.61, "diabetic retinopathy" 0.57,
# "calcific tendinopathy" 0.42 (the index's MiniLM; set by eye on these pairs, a narrow margin: hence only for a word
# the corpus never writes).
ADJECTIVE_NAMED_MIN_COSINE = 0.74
ADJECTIVE_NAMED_CANDIDATES = 16  # at most this many pairs are compared, the most written first
# Statements whose words (``_words``, for ``together``) and sorted terms (``_in_order``, for ``_variant_in``) are
# remembered: those of the last few answers, since each is read again within an answer.
STATEMENTS_KEPT = 2_048
# Answers of Concept.mentioned_in (and of Concept.present) remembered, the least recently asked dropped first:
# some 150 statements and passages an answer for each of its two concepts, so those of several hundred answers.
MENTIONS_KEPT = 100_000
# A lexicon's answers per word or phrase (compounds, spellings, broader names) remembered at most: a few short
# strings each, emptied when full.
PHRASES_KEPT = 10_000
# Greek letters written as symbols or as names ("β-blockers", "beta-blockers"): the alphabet, not a topic.
_GREEK = {"α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "ζ": "zeta", "η": "eta",
          "θ": "theta", "ι": "iota", "κ": "kappa", "λ": "lambda", "μ": "mu", "ν": "nu", "ξ": "xi",
          "π": "pi", "ρ": "rho", "σ": "sigma", "τ": "tau", "υ": "upsilon", "φ": "phi", "χ": "chi",
          "ψ": "psi", "ω": "omega"}


@dataclass(frozen=True)
class Concept:
    """A named concept and the term sets that mention it, each with its terms' IDF weights."""

    name: str
    forms: tuple[frozenset[str], ...]
    weights: tuple[tuple[tuple[str, float], ...], ...] = ()  # per form: (term, idf), rarest first
    share: float = TUNING.concept_share
    # How many of ``forms`` name the whole concept; the rest name it in part (``parts_of``: a condition
    # without its population, one side of a conjunction), which only a guideline's advice may do. None: all.
    whole: int | None = None
    # How many of ``forms`` name the condition itself, with or without the population it is asked for (the
    # ``whole`` forms, then those of ``population_part``): a study's statement that names no other group of
    # people may name the condition so (see ``mentioned_in``'s ``core``). None: no population to leave out.
    core: int | None = None
    # Words that may stand between a form's words in a statement that names it (see ``together``): the
    # grammar of a noun phrase ("stiffness of the arteries") and the words of the concept's own phrases that
    # give no term ("therapy" of "exercise therapy programs", a question word).
    links: frozenset[str] = field(default_factory=lambda: GRAMMAR_LINKS)
    # Per form, whether it is met only whole (an acronym spelled out, ``Lexicon.spelled``: "short-acting beta-agonist"
    # has three of the four terms of "long-acting beta-agonist" and is no LABA); empty: none.
    exact: tuple[bool, ...] = ()
    # Per form, the names its phrase joins with a preposition or a conjunction (``names_of``: "survival" and
    # "mesothelioma" of "survival of mesothelioma patients"), each met by words standing together while the
    # names may stand apart ("the overall survival of patients with mesothelioma"). None: the form is one name.
    names: tuple[tuple[frozenset[str], ...] | None, ...] = ()
    # The hyphenated modifiers of the concept's own name, as (first part, rest, the word after): ("long", "acting",
    # "beta") of "long-acting beta-agonists". A statement that writes the rest with another first part only
    # ("short-acting beta") names the opposite, not this concept, however many of its other terms it has
    # (``_names_rival``).
    modifiers: tuple[tuple[str, str, str], ...] = ()
    # The terms of the nouns the name calls the asked people by (``people_terms``: "kids" of "ear infections in kids
    # who are allergic to penicillin"): a statement names the same people in its own words ("children with
    # penicillin allergy"), so such a term is never the one a form met in part must have (``_partial``).
    people: frozenset[str] = frozenset()
    # Classes the corpus names with kinds of their own whose name is some of the concept's words and one more
    # (``Lexicon.rival_classes``: "vitamin K antagonists" of "vitamin K supplementation"): a statement whose words of
    # the concept stand only in such a name speaks of that class, not of the concept.
    rivals: tuple[str, ...] = ()
    # The two things a combination is taken as ("calcium" and "vitamin D" of "calcium with vitamin D", asked as
    # "Can calcium and vitamin D be taken together ...?", ``Question.combined``): a statement names the combination
    # only where it names each and joins them (``joins``). Naming one ("vitamin D supplements do not prevent
    # fractures"), both without the other ("calcium without vitamin D") or both as alternatives ("an ACE inhibitor or
    # an angiotensin receptor blocker") is not naming the two taken together. Empty: no combination.
    sides: tuple["Concept", ...] = ()
    # Per form: its terms long enough to have other forms (see same_word), and how it may be met in part
    # (its rarest term and ``share`` of its total weight, for a form of three terms or more; else None).
    # Derived from the fields above once, since mentioned_in runs for every statement of an answer.
    _long: tuple[tuple[str, ...], ...] = field(init=False, repr=False, compare=False)
    _partial: tuple[tuple[str, float] | None, ...] = field(init=False, repr=False, compare=False)
    # Per form: its terms of a letter or a short name, which a numbered subtype names too (see _with_subtypes).
    _letters: tuple[tuple[str, ...], ...] = field(init=False, repr=False, compare=False)
    # Per form: the terms a mention must hold as they are (too short to have other forms): its terms less
    # ``_long`` for a form met only whole, its rarest term when shorter than six letters for one met in part.
    _needed: tuple[frozenset[str], ...] = field(init=False, repr=False, compare=False)
    # Per form, what mentioned_in reads of it, side by side (form, its size, _letters, _needed, _long, _partial,
    # weights): one tuple unpacked per form instead of six attribute look-ups and indexings per form and
    # statement; and the same for the forms that name the whole concept (``whole``).
    _per_form: tuple[tuple, ...] = field(init=False, repr=False, compare=False)
    _per_whole_form: tuple[tuple, ...] = field(init=False, repr=False, compare=False)
    _per_core_form: tuple[tuple, ...] = field(init=False, repr=False, compare=False)
    # The hash of the fields above, computed once: a concept is a key of the memories of mentioned_in and present.
    _hash: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        weights = self.weights or ((),) * len(self.forms)
        object.__setattr__(self, "_long", tuple(tuple(t for t in form if len(t) >= 6) for form in self.forms))
        object.__setattr__(self, "_letters", tuple(tuple(sorted(t for t in form if len(t) <= NUMBERED_BASE
                                                                and t.isalpha()))
                                                   for form in self.forms))
        exact = self.exact or (False,) * len(self.forms)
        object.__setattr__(self, "_partial", tuple(
            (_required(weighted, self.people), self.share * sum(w for _, w in weighted))
            if len(weighted) >= 3 and not whole else None
            for weighted, whole in zip(weights, exact)))
        object.__setattr__(self, "_needed", tuple(
            form - frozenset(long) if partial is None else frozenset(partial[0:1]) - frozenset(long)
            for form, long, partial in zip(self.forms, self._long, self._partial)))
        per_form = tuple(zip(self.forms, map(len, self.forms), self._letters, self._needed, self._long, self._partial,
                             weights))
        object.__setattr__(self, "_per_form", per_form)
        object.__setattr__(self, "_per_whole_form", per_form if self.whole is None else per_form[:self.whole])
        object.__setattr__(self, "_per_core_form", self._per_whole_form if self.core is None else per_form[:self.core])
        object.__setattr__(self, "_hash", hash((self.name, self.forms, self.weights, self.share, self.whole,
                                                self.core, self.links, self.names, self.exact, self.modifiers,
                                                self.people, self.rivals, self.sides)))

    def __hash__(self) -> int:
        return self._hash

    def mentioned_in(self, terms: set[str] | frozenset[str],
                     also: tuple[frozenset[str], ...] | None = None, parts: bool = True,
                     text: str | None = None, core: bool = False) -> bool:
        """True when some form is met: all its terms, or for a form of three terms or more, its rarest term
        and terms carrying ``share`` of its weight (a population qualifier may be left out). Without
        ``parts``, only the forms that name the whole concept count (see ``whole``), and with ``core`` those of
        the condition without the population it is asked for too (see ``core``): a study's finding on the asked
        condition that names no other group speaks of the asked one ("calcium supplements increase the risk of
        myocardial infarction" for "... myocardial infarction in older women").

        ``also`` (``present`` of other terms, e.g. the sentence's source title) counts as in ``terms`` too:
        the same answer as for the union of the two, without building the union for each sentence.

        With ``text`` (the statement ``terms`` are of), a form of several words is met only by its words that
        stand together in it (``together``): "weight" of "low-birth-weight" and "loss" of "pregnancy loss" do
        not name weight-loss drugs. Without it, the terms alone decide (a passage's vocabulary, which can only
        meet more than any of its statements).

        Remembered per concept and arguments (``_mentions``): the same statements come back for related
        questions, a concept is shared by the questions that name it (``concept``'s cache), and this ran for
        every statement of every answer, several times where a title names part of the concept."""
        if isinstance(terms, frozenset):  # (a set is no key; no caller in the answer passes one)
            return _mentions(self, terms, also, parts, text, core)
        return self._form_met(terms, also, parts, text, core)

    def _named_beside_rivals(self, rest: str) -> bool:
        """Whether what a statement says apart from its rival class names (``rest``) holds every word of the
        concept's name that those classes lack ("transfusion" in "Transfusion of blood components" for "blood
        transfusion", "blood components" a class the corpus names kinds of): the class name then carries the rest
        of the concept's name, not another thing. A concept whose words all stand in a rival's name has none such."""
        rival_terms = frozenset().union(*(_terms(r) for r in self.rivals))
        outside = self.forms[0] - rival_terms if self.forms else frozenset()
        return bool(outside) and outside <= frozenset(tokenize(rest))

    def names_word(self, word: str) -> bool:
        """Whether one word of a statement names this side of a combination: a term of it that is the rarest of one
        of its forms, or a longer stem that opens with that term (``SIDE_STEM_MIN``); a hyphenated word by any of
        its parts ("budesonide-formoterol" names both budesonide and formoterol); and a hyphenated modifier whose
        parts are all terms of one of its forms ("short-acting" of "a short-acting nicotine product", where a statement
        says "a short-acting product"): the compound says which of its kind the side is."""
        rarest = {w[0][0] for w in self.weights if w} or {t for form in self.forms for t in form}
        terms = tokenize(word)
        if "-" in word and len(terms) >= 2 and any(set(terms) <= form for form in self.forms):
            return True
        return any(_opens_with(t, rarest) for t in terms)

    def _side_met(self, terms: set[str] | frozenset[str], parts: bool, text: str | None, core: bool) -> bool:
        """Whether a statement names this side of a combination (``sides``): as a concept, or by its rarest term
        alone ("calcium" of "calcium supplements" in "trials that combined calcium with vitamin D"), or a longer stem
        that opens with it (``SIDE_STEM_MIN``), since the statement must also name the other side and join the two."""
        rarest = self.weights[0][0][0] if self.weights and self.weights[0] else None
        if rarest is not None and any(_opens_with(t, {rarest}) for t in terms):
            return True  # (a longer stem that opens with it: "medicin" of "medicine" for "medic" of "medication")
        return self._form_met(terms, None, parts, text, core)

    def _form_met(self, terms: set[str] | frozenset[str], also: tuple[frozenset[str], ...] | None,
                  parts: bool, text: str | None, core: bool = False) -> bool:
        """``mentioned_in``, worked out."""
        if self.sides:
            named = all(side._side_met(terms, parts, text, core) for side in self.sides)
            return named and (text is None or joins(text, self.sides))
        if text is not None and self.modifiers and _names_rival(text, self.modifiers):
            return False
        if text is not None and self.rivals:
            rest = _without_classes(text, self.rivals)
            if rest != text and not self._named_beside_rivals(rest):
                # The statement names a rival class: the concept only where it is named apart from it.
                return self._form_met(frozenset(tokenize(rest)), also, parts, rest, core)
        for k, (form, size, letters, needed, long, partial, weighted) in enumerate(
                self._per_form if parts else self._per_core_form if core else self._per_whole_form):
            present = form & terms
            if also is not None:
                present |= also[k]
            if len(present) < size:
                if letters:
                    present = _with_subtypes(present, terms, letters)
                    if len(present) == size:
                        if text is None or size < 2 or self._together(k, text, also):
                            return True  # every term of the form
                        continue
                if not needed <= present:
                    continue  # a term with no other form is missing: no variant can complete the form
                present = _with_variants(present, terms, long)
                if len(present) < size:
                    if partial is not None and partial[0] in present and sum(
                            w for t, w in weighted if t in present) >= partial[1]:
                        if text is None or self._together(k, text, also):
                            return True
                    continue
            if text is None or size < 2 or self._together(k, text, also):
                return True  # every term of the form
        return False

    def _together(self, k: int, text: str, also: tuple[frozenset[str], ...] | None) -> bool:
        """Whether form ``k`` is met by words of ``text`` that stand together (``together``), with the terms
        of it that ``also`` has (a title's): each name of the form (``names``) by the run of its words that
        weighs most, a run with the form's rarest term first."""
        form, size, _, _, _, partial, weighted = self._per_form[k]
        weight = dict(weighted)
        rarest = partial[0] if partial is not None else None
        present = set(also[k]) if also is not None else set()
        joined = self.names[k] if k < len(self.names) else None
        for name in joined or (form,):
            runs = together(text, name, self.links)
            if runs:
                present |= max(runs, key=lambda run: (rarest in run, sum(weight.get(t, 1.0) for t in run), len(run)))
        return len(present) == size or (partial is not None and partial[0] in present
                                        and sum(w for t, w in weighted if t in present) >= partial[1])

    def present(self, terms: set[str] | frozenset[str]) -> tuple[frozenset[str], ...]:
        """Per form, the terms of it that ``terms`` has (itself, another form of the word, or a numbered
        subtype of a letter): what ``mentioned_in`` takes as ``also``. Remembered per concept and terms, as
        ``mentioned_in`` is (``_present_in``): asked for every title of every answer, and the same titles come
        back."""
        if isinstance(terms, frozenset):
            return _present_in(self, terms)
        return self._terms_met(terms)

    def _terms_met(self, terms: set[str] | frozenset[str]) -> tuple[frozenset[str], ...]:
        """``present``, worked out."""
        out = []
        for form, long, letters in zip(self.forms, self._long, self._letters):
            found = form & terms
            # A form met whole has nothing to add; other forms of words and numbered subtypes are looked for
            # only where the form has such terms (most have neither): asked for every title of every answer.
            if len(found) < len(form):
                if long:
                    found = _with_variants(found, terms, long)
                if letters:
                    found = _with_subtypes(found, terms, letters)
            out.append(found)
        return tuple(out)


def _weighted(form: frozenset[str], idf: Idf | None, lexicon: Lexicon) -> tuple[tuple[str, float], ...]:
    """Each term of ``form`` with its IDF, rarest first, a joined term the corpus never writes last
    (``_unwritten_join``), equal ones by the term itself (``concept``'s weights)."""
    def key(tw: tuple[str, float]) -> tuple[bool, float, str]:
        return _unwritten_join(tw[0], form, lexicon), -tw[1], tw[0]
    return tuple(sorted(((t, idf(t) if idf else 1.0) for t in form), key=key))


def _joined_of(term: str, parts: frozenset[str]) -> bool:
    """Whether ``term`` is two or more of ``parts`` written together ("3b4" of "3b" and "4")."""
    return any(term[:k] in parts and (term[k:] in parts or _joined_of(term[k:], parts)) for k in range(1, len(term)))


def _unwritten_join(term: str, form: frozenset[str], lexicon: Lexicon) -> bool:
    """Whether ``term`` is other terms of ``form`` joined (the tokeniser keeps a hyphenated word whole beside its
    parts: "3b4", "3b" and "4" of "stage 3b-4") and the corpus's vocabulary, where the lexicon has one, lacks it.

    Why: as the rarest term of its form (unseen, its IDF is the highest), it was the one word a statement had to write
    to name the form in part, and the corpus writes the same thing its own way ("stages 3b to 4"): no statement named
    the condition, and the answer was "insufficient" above the trial of it. Its parts say it as the corpus does."""
    return lexicon.has_vocabulary() and _joined_of(term, form - {term}) and not lexicon.writes(term)


def _required(weighted: tuple[tuple[str, float], ...], people: frozenset[str]) -> str:
    """The term a form met in part must have: its rarest (``weighted`` is rarest first) that is no noun for the asked
    people (``Concept.people``), or its rarest where all are. A question's rare word for people ("kids") is one a
    statement on the same people words its own way ("children"); the rest of the form says who they are."""
    return next((t for t, _ in weighted if t not in people), weighted[0][0])


@lru_cache(maxsize=MENTIONS_KEPT)
def _mentions(concept: Concept, terms: frozenset[str], also: tuple[frozenset[str], ...] | None, parts: bool,
              text: str | None, core: bool = False) -> bool:
    """``Concept.mentioned_in``, remembered per concept and arguments."""
    return concept._form_met(terms, also, parts, text, core)


@lru_cache(maxsize=MENTIONS_KEPT)
def _present_in(concept: Concept, terms: frozenset[str]) -> tuple[frozenset[str], ...]:
    """``Concept.present``, remembered per concept and terms."""
    return concept._terms_met(terms)


@lru_cache(maxsize=100_000)
def together(text: str, form: frozenset[str], links: frozenset[str] = GRAMMAR_LINKS) -> tuple[frozenset[str], ...]:
    """The terms of ``form`` that ``text`` names, grouped by the runs of words that stand together: words next to each
    other (a space or a hyphen between them), or with only ``links`` and at most ``MAX_GAP`` other words between
    them (a hyphenated word that names no term of the form counts as one: "delayed back-up prescription"). A word
    names a term of the form as itself, as another form of the word (``same_word``) or as a numbered subtype of a
    letter ("k2" for the "k" of "vitamin K"), as ``mentioned_in`` reads them. A word of the form said as an adverb
    ("routinely obtaining imaging" for "routine imaging", "vancomycin delivered orally" for "oral vancomycin":
    English's "-ly") modifies the verb the statement turns the name into, so it joins every run wherever it stands.
    In "reduce the risk of pregnancy loss and low-birth-weight", "loss" and "weight" stand in two runs; in "weight-
    loss drugs", in one. Remembered per statement and form (a statement is asked about for each form its terms
    meet)."""
    long = tuple(t for t in form if len(t) >= 6)
    heads = frozenset(t[:HEAD] for t in long)  # a word's other form shares its first letters (see same_word)
    runs: list[frozenset[str]] = []
    run: set[str] = set()
    adverbs: frozenset[str] = frozenset()  # terms named by an adverb, which English puts apart from its noun
    gap = 0  # words since the run's last word that are not links
    for parts in _words(text):
        found = [(word, _named(terms, form, long, heads)) for word, terms in parts]
        if not any(named for _, named in found):
            # A hyphenated word none of whose parts names a term is one word between the words of a name ("a
            # delayed back-up prescription" names a delayed prescription); one that names a term is read part by
            # part, its other parts words between ("low" and "birth" of "low-birth-weight" stand before "weight").
            gap += any(word not in links and not (word == RANGE_TO and run and not gap) for word, _ in parts)
            continue
        for word, named in found:
            if named and len(word) >= 5 and word.endswith("ly"):
                adverbs |= named  # "routinely" of "routine imaging", "orally" of "oral vancomycin": said of the verb
            elif named:
                if not (run and gap <= MAX_GAP):
                    if run:
                        runs.append(frozenset(run))
                    run = set()
                run |= named
                gap = 0
            elif word not in links and not (word == RANGE_TO and run and not gap):
                gap += 1
    if run:
        runs.append(frozenset(run))
    return tuple(run | adverbs for run in runs) if runs else ((frozenset(adverbs),) if adverbs else ())


def _named(terms: tuple[str, ...], form: frozenset[str], long: tuple[str, ...], heads: frozenset[str]) -> set[str]:
    """The terms of ``form`` that a word's ``terms`` name (see ``together``)."""
    named = set()
    for term in terms:
        if term in form:
            named.add(term)
        elif (base := numbered_base(term)) is not None and base in form:
            named.add(base)
        elif len(term) >= 6 and term[:HEAD] in heads:
            named.update(t for t in long if same_word(t, term))
    return named


@lru_cache(maxsize=STATEMENTS_KEPT)
def _words(text: str) -> tuple[tuple[tuple[str, tuple[str, ...]], ...], ...]:
    """``words`` of a statement, grouped by the written word they are parts of (the parts of a hyphenated or
    slashed word, "back-up", one group), remembered: ``together`` reads a statement once for each form of each
    concept that its terms meet (1,476 readings of 664 statements over 122 new questions)."""
    return tuple(tuple(words(token)) for token in written_words(text.lower()))


def _with_subtypes(present: frozenset[str], terms: set[str] | frozenset[str],
                   letters: tuple[str, ...]) -> frozenset[str]:
    """``present`` and the single-letter terms of a form that ``terms`` names by a numbered subtype: the "d" of
    "vitamin D" in "vitamin D3", the "k" of "vitamin K" in "K2" (a statement on a subtype speaks of what it is a
    subtype of; not the reverse, since a question's "K2" is no "K1"). Naming grammar, no list."""
    numbered = _numbered(terms if isinstance(terms, frozenset) else frozenset(terms))
    more = [letter for letter in letters if letter not in present and letter in numbered]
    return present.union(more) if more else present


def _subtype_of(terms: frozenset[str]) -> frozenset[str] | None:
    """The terms of what a name of one numbered subtype is a subtype of ("vitamin k" of "vitamin k2": its one term
    of a letter and digits read as the letter), None for a name with no such term or with more than one."""
    numbered = [t for t in terms if len(t) > 1 and t[0].isalpha() and t[1:].isdigit()]
    if len(numbered) != 1 or len(terms) < 2:
        return None
    return (terms - {numbered[0]}) | {numbered[0][0]}


# The longest name a numbered subtype is read of by its letters and a number ("brca" of "brca1", "d" of "d3"): a short
# name or an acronym; a longer word with a number after it is another name ("vitamin" is no "vitamin2").
NUMBERED_BASE = 5
_NUMBERED = re.compile(rf"^([a-z]{{1,{NUMBERED_BASE}}})\d+$")


def numbered_base(term: str) -> str | None:
    """The name a numbered subtype's term is of ("d" of "d3", "brca" of "brca1"), or None for a term that is none."""
    found = _NUMBERED.match(term)
    return found.group(1) if found is not None else None


@lru_cache(maxsize=100_000)
def _numbered(terms: frozenset[str]) -> frozenset[str]:
    """The letters and short names that ``terms`` name by a numbered subtype ("d" of "d3", "brca" of "brca1"),
    remembered per statement."""
    return frozenset(base for t in terms if (base := numbered_base(t)) is not None)


def _with_variants(present: frozenset[str], terms: set[str] | frozenset[str],
                   long: tuple[str, ...]) -> frozenset[str]:
    """``present`` (terms of a form found) and the terms of the form that ``terms`` has in another form:
    ``long`` are the form's terms of six letters or more (a shorter word has no other form: see same_word).
    A plain loop, not a list comprehension, whose function and frame cost more than the work on the one to three
    terms of a form (this runs for most statements of every answer)."""
    terms = terms if isinstance(terms, frozenset) else frozenset(terms)
    more: list[str] = []
    for t in long:
        if t not in present and _variant_in(t, terms):
            more.append(t)
    return present.union(more) if more else present


@lru_cache(maxsize=200_000)
def _variant_in(term: str, terms: frozenset[str]) -> bool:
    """Whether ``terms`` has another form of ``term`` (``same_word``). Only the terms that share its first
    ``HEAD`` letters can be one: they are found by bisecting ``terms`` in order (``_in_order``) instead of asking
    ``same_word`` of every term (~28 a statement, for each term of a form, for every statement a new question
    meets)."""
    ordered = _in_order(terms)
    head = term[:HEAD]
    at = bisect_left(ordered, head)
    while at < len(ordered) and ordered[at].startswith(head):
        if same_word(term, ordered[at]):
            return True
        at += 1
    return False


@lru_cache(maxsize=STATEMENTS_KEPT)
def _in_order(terms: frozenset[str]) -> tuple[str, ...]:
    """``terms`` sorted, remembered per statement (its terms are asked about for each long term of each form of an
    answer's concepts; across answers ``_variant_in`` remembers its own answers)."""
    return tuple(sorted(terms))


def same_word(a: str, b: str) -> bool:
    """Two stems of one word that the stemmer left apart ("keratosi" and "keratos", from keratosis and
    keratoses): a shared stem of six letters or more, and at most one letter more on either side."""
    if a == b or abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 6:
        return False
    n = min(len(a), len(b))
    return a[:n - 1] == b[:n - 1] and max(len(a), len(b)) - (n - 1) <= 2 and a[:6] == b[:6]


# A number in digits ("10,000", "2.5"): the capitals after it name the unit it counts in ("IU"). Grammar.
NUMBER = r"\d[\d,]*(?:\.\d+)?"
_NUMBER_WORD = re.compile(NUMBER)


class Lexicon:
    """The names a corpus gives its concepts: the abbreviations it defines and, when the index embedded
    them, its phrases' vectors (for near neighbours)."""

    def __init__(self, definitions: dict[str, set[str]] | dict[str, list[str]], phrases: Sequence[str] = (),
                 vectors: np.ndarray | None = None, encode: Encode | None = None,
                 counts: Counts | None = None, kinds: dict[str, set[str]] | dict[str, list[str]] | None = None,
                 vocabulary: Iterable[str] = (), passages: Passages | None = None, texts: Texts | None = None,
                 composites: dict[str, list[str]] | None = None) -> None:
        self._encode = encode  # the index's embedder, for the question's own phrases (see broader)
        self._texts = texts  # every chunk's text, for the phrases an undefined acronym spells (see spelled)
        self._composites = composites  # composite outcome -> its members; None: not read at build (see composites)
        self._spelled: dict[str, tuple[str, ...]] = {}  # an acronym's letters -> the corpus's phrase they spell
        self._counts = counts  # the corpus's chunk counts of words together (see broader)
        self._passages = passages  # some of the corpus's chunks naming given terms (see degree_words, short_forms)
        self._written_as: dict[str, tuple[str, ...]] = {}  # a term -> the corpus's word for it (see _written)
        self._degree: dict[str, tuple[str, ...]] = {}  # a phrase -> its words of degree said by prefixed words
        self._short: dict[str, tuple[str, ...]] = {}  # a hyphenated short form -> the corpus's phrases it stands for
        # The corpus's terms, each written backwards and sorted: those ending in a term are found by bisection
        # (see compounds).
        vocabulary = list(vocabulary)
        self._backwards = sorted(t[::-1] for t in vocabulary)
        self._forwards = sorted(vocabulary)  # ... and as written, those beginning with letters (see degree_words)
        self._compounds: dict[str, tuple[str, ...]] = {}
        self._broader: dict[str, tuple[str, ...]] = {}
        self._site_less: dict[str, tuple[str, ...]] = {}
        self._head_less: dict[str, tuple[str, ...]] = {}  # a condition -> itself less its head (see head_less)
        self._swapped: dict[str, tuple[str, ...]] = {}  # a phrase -> the corpus's phrases with one word swapped
        self._reordered: dict[str, tuple[str, ...]] = {}  # a phrase -> its describing words in the corpus's order
        self._inner_less: dict[str, tuple[str, ...]] = {}  # a phrase -> itself less an inner word, as the corpus writes
        self._glossed: dict[str, tuple[str, ...]] = {}  # a phrase -> the names the corpus glosses it with
        self._adjectives: dict[str, tuple[str, ...]] = {}  # a phrase -> itself with a noun modifier as an adjective
        self._adjective_named: dict[str, tuple[str, ...]] = {}  # a word -> its adjective before nouns (see there)
        self._measured_as: dict[str, tuple[str, ...]] = {}  # a level phrase -> it said of a derivative (see there)
        self._spellings: dict[str, tuple[str, ...]] = {}  # a word -> the corpus's other spellings of it
        self._hyphenations: dict[str, tuple[str, ...]] = {}  # a word -> its spellings with a hyphen more or fewer
        # A question's word -> the corpus's words it may be a slip for (see respelled), and a name of capitals then
        # digits -> its hyphenated spelling where the corpus writes it so (see hyphen_written): both read from the
        # corpus alone, so found once per word for the index version this lexicon is of (corpus_stats).
        self._respellings: dict[str, tuple[str, ...]] = {}
        self._defined_names: dict[str, tuple[str, ...]] = {}  # a phrase -> the names the corpus defines for it
        self._member_table: dict[str, set[str]] | None = None  # a member -> its classes (see classes_named)
        self._kept_classes: dict[str, tuple[str, ...]] = {}  # ... those kept, per member
        self._hyphenated: dict[str, tuple[str, ...]] = {}
        # Texts embedded for ``broader``, by the whole batch they were encoded in: the int8 encoder quantizes a batch by
        # its whole range, so a text's vector is remembered only for the same batch (``_vectors_of``).
        self._seen: dict[tuple[str, ...], np.ndarray] = {}
        self._lock = threading.Lock()
        self._phrases = list(phrases)
        self._phrase_terms = [_terms(p) for p in self._phrases]
        self._rows: dict[frozenset[str], list[int]] = {}
        self._by_prefix: dict[str, list[int]] = {}  # a word's first letters -> phrases with such a word
        self._by_term: dict[str, list[int]] = {}  # a term -> the phrases that have it (see swapped)
        for row, terms in enumerate(self._phrase_terms):
            if terms:
                self._rows.setdefault(terms, []).append(row)
                for term in terms:
                    self._by_term.setdefault(term, []).append(row)
                for prefix in _prefixes(terms):
                    self._by_prefix.setdefault(prefix, []).append(row)
        self._vectors = vectors if vectors is not None and len(vectors) == len(self._phrases) else None
        self._long_of: dict[frozenset[str], set[str]] = {}
        self._shorts: set[str] = set()  # the defined names as the corpus writes them ("AOM", "Hb"; see defined_long)
        self._short_of: dict[frozenset[str], set[str]] = {}
        # A defined name by its letters alone, for a phrase that writes it with a hyphen or space more or fewer
        # ("extracorporeal photopheresis" of "extra-corporeal photopheresis (ECP)"; see _defined).
        self._short_by_letters: dict[str, set[str]] = {}
        for short, longs in definitions.items():
            short_terms = _terms(short)
            for long_form in longs:
                long_terms = _terms(long_form)
                if not short_terms or not long_terms:
                    continue
                self._long_of.setdefault(short_terms, set()).add(long_form)
                self._shorts.add(short)
                self._short_of.setdefault(long_terms, set()).add(short)
                self._short_by_letters.setdefault(_letters(long_form), set()).add(short)
        # The defined names by each of their terms, in the order of ``_short_of``: the longer names that hold a phrase
        # are looked for among those of one of its terms, not among every definition of the corpus (see _defined).
        self._long_by_term: dict[str, list[frozenset[str]]] = {}
        for long_terms in self._short_of:
            for term in long_terms:
                self._long_by_term.setdefault(term, []).append(long_terms)
        self._kinds: dict[frozenset[str], set[str]] = {}  # terms of a broader name -> the kinds the corpus names of it
        self._class_names: dict[frozenset[str], str] = {}  # ... and -> the broader name as written (see rival_classes)
        for broad, named in (kinds or {}).items():
            if _terms(broad):
                self._kinds.setdefault(_terms(broad), set()).update(k for k in named if _terms(k))
                self._class_names.setdefault(_terms(broad), broad)
        # A plain broader name of two words or more by its terms less its first word, in order ("ear infection" of
        # "middle ear infection"; see kinds).
        self._kinds_less_first: dict[tuple[str, ...], set[frozenset[str]]] = {}
        for broad in (kinds or {}):
            written = broad.split()
            ordered = [_terms(w) for w in written]
            if len(ordered) >= 3 and all(len(t) == 1 and w.lower() not in _LINKS for t, w in zip(ordered, written)):
                rest = tuple(next(iter(t)) for t in ordered[1:])
                self._kinds_less_first.setdefault(rest, set()).add(_terms(broad))
        # The corpus's names of a numbered subtype ("vitamin k2": its lexicon phrases, defined names, broader names of
        # kinds) by the terms of what it is a subtype of ("vitamin k"), each as written (see subtype_names).
        self._subtypes: dict[frozenset[str], set[str]] = {}
        defined = (n for short, longs in definitions.items() for n in (short, *longs))
        names_written = (*self._phrases, *defined, *(kinds or {}))
        for name in names_written:
            of = _subtype_of(_terms(name))
            if of is not None:
                self._subtypes.setdefault(of, set()).add(name)

    @classmethod
    def from_texts(cls, texts: Iterable[str]) -> Lexicon:
        """The lexicon of a corpus's passages."""
        texts = list(texts)
        return cls(corpus_definitions(texts), kinds=corpus_kinds(texts), texts=lambda: texts,
                   composites=corpus_composites(texts))

    @classmethod
    def from_index(cls, lexicon: CorpusLexicon, encode: Encode | None = None,
                   counts: Counts | None = None, vocabulary: Iterable[str] = (),
                   passages: Passages | None = None, texts: Texts | None = None) -> Lexicon:
        """The lexicon an index build wrote (index.lexicon): definitions and embedded phrases; ``encode``
        (the index's embedder) and ``counts`` (its chunk counts) let a question's phrase be named by its
        head alone where the corpus and the embedder say its leading words only describe it (``broader``), and
        ``passages`` (some of its chunks) how the corpus writes a word (``degree_words``, ``short_forms``), and
        ``texts`` (all its chunks, read once when first asked) what an acronym it never defines spells (``spelled``)
        and, for a lexicon written before composites were read, which composite outcomes it defines (``composites``)."""
        return cls(lexicon.definitions, lexicon.phrases, lexicon.vectors, encode, counts, lexicon.kinds, vocabulary,
                   passages, texts, lexicon.composites)

    def kinds(self, phrase: str) -> list[str]:
        """The kinds the corpus names of ``phrase`` ("acenocoumarol" of "vitamin K antagonists", ingest.kinds):
        a statement on one speaks of the phrase. One way only: a statement on vitamin K antagonists is not
        one on acenocoumarol. Also the kinds of a broader name that is ``phrase`` (two words or more) with one more word
        before it: "acute otitis media" of "ear infection" where the corpus says "Acute otitis media is an infection of
        the middle ear" (ingest.kinds: a "middle ear infection"), a middle ear infection being an ear infection (a
        leading word names a narrower thing of the same head, so what is a kind of it is a kind of the phrase). And the
        other names and kinds of its numbered subtypes (``subtype_names``: "menaquinones" of "vitamin K")."""
        own = _terms(phrase)
        found = set(self._kinds.get(own, ()))
        ordered = [_terms(w) for w in phrase.split()]
        if len(ordered) >= 2 and all(len(t) == 1 for t in ordered):
            for broad in self._kinds_less_first.get(tuple(next(iter(t)) for t in ordered), ()):
                found.update(self._kinds[broad])
        found.update(self.subtype_names(phrase))
        return sorted(k for k in found if _terms(k) != own)

    def rival_classes(self, phrase: str) -> list[str]:
        """The classes the corpus names kinds of (``kinds``) whose name is some of ``phrase``'s words with one word
        more after them, a head the phrase lacks ("vitamin K antagonists", with warfarin among its kinds, of "vitamin K
        supplementation"): another thing that the phrase's words only modify. The corpus's kinds, no list."""
        own = _terms(phrase)
        out = []
        for terms, written in self._class_names.items():
            words = written.split()
            extra = terms - own
            # (A numbered subtype, "vitamin K2" of "vitamin K", is one of the thing, not another: ``_with_subtypes``.)
            if len(words) >= 2 and len(extra) == 1 and terms & own and _terms(words[-1]) == extra \
                    and _terms(" ".join(words[:-1])) <= own and _subtype_of(terms) is None:
                out.append(written)
        return sorted(c for c in out if not self._same_thing(phrase, c))

    def _same_thing(self, phrase: str, name: str) -> bool:
        """Whether the embedder puts a class ``name`` so close to ``phrase`` that its extra head only says what kind of
        thing the phrase is ("antidepressant drugs" of "antidepressants", cosine 0.95; "statin drugs" of "statins",
        0.88), not another thing ("vitamin K antagonists" of "vitamin K supplementation", 0.76). False without the
        index's embedder."""
        vectors = self.phrase_vectors([phrase, name])
        return vectors is not None and float(np.dot(vectors[0], vectors[1])) >= SAME_CLASS_MIN_COSINE

    def subtype_names(self, phrase: str) -> list[str]:
        """The corpus's other names of the numbered subtypes of ``phrase`` it writes: "phylloquinone" (defined as
        "vitamin K1") and "menaquinones" ("Vitamin K2 is the collective name for the menaquinones") of "vitamin K". A
        statement on a subtype already speaks of the phrase (``_with_subtypes``: "vitamin K2" of "vitamin K"), and one
        on a subtype's other name or kind is one on the subtype, so a trial of menaquinone-7 speaks of vitamin K. One
        way only: a question's "vitamin K2" has no subtypes, and "vitamin K1"'s names are none of its. The corpus's
        definitions and kinds, no list."""
        out: list[str] = []
        for subtype in sorted(self._subtypes.get(_terms(phrase), ())):
            out += [n for n in (*self._defined(subtype), *self.kinds(subtype)) if _subtype_of(_terms(n)) is None]
        return list(dict.fromkeys(out))

    def names(self, phrase: str) -> list[str]:
        """Other names of ``phrase``: its abbreviation, the long form it abbreviates, or a longer defined
        name that contains it together with that name's abbreviation; the same of the phrase with the
        abbreviations in it written out (``rewritten``) and of what it measures (``_measured``)."""
        own = _terms(phrase)
        if not own:
            return []
        out: list[str] = self._defined(phrase)
        for rewritten in self.rewritten(phrase):
            # (Its definitions only: written out, a name of two words is one of four, whose partial match could
            # leave out the word the question adds to it: "international normalised ratio" is no "high INR".)
            out += self._defined(rewritten)
        out += self._measured(phrase)
        out += self.measured_as(phrase)
        for neighbour in self.neighbours(phrase):
            out.append(neighbour)
            out += sorted(self._short_of.get(_terms(neighbour), ()))
        out += self.act_nouns(phrase)
        out += self.spellings(phrase)
        out += self.joined(phrase)
        out += self.compounds(phrase)
        out += self.degree_words(phrase)
        out += self.short_forms(phrase)
        for other in self.swapped(phrase):
            out.append(other)
            out += sorted(self._short_of.get(_terms(other), ()))
        out += self.inner_less(phrase)
        for other in self.reordered(phrase):
            out.append(other)
            out += self.inner_less(other)  # what the corpus leaves out of it, as it orders the words
        out += self.glossed(phrase)
        out += self.adjective_forms(phrase)
        for other in (*self.harm_names(phrase), *self.stopping_names(phrase)):
            # (and the other name's compounds: "neuropsychiatric adverse events" for "psychiatric side effects"), each
            # kept where the corpus names its terms in one chunk: a name no text uses adds nothing to meet
            out += [o for o in (other, *self.compounds(other)) if self._written_together(o)]
        return list(dict.fromkeys(n for n in out if _terms(n) != own))

    def harm_names(self, phrase: str) -> list[str]:
        """The phrase with its name of a treatment's unwanted effects ("side effects") in each of the others that
        English uses for them ("adverse events", "adverse effects", "adverse reactions": ``_HARM_NAMES``), none that
        says less than the phrase ("effects" is a question word, so "adverse effects" is one term and does not stand for
        "major adverse events", two). Grammar, no corpus: ``names`` keeps those the corpus writes."""
        match = _HARM_NAME.match(phrase.strip())
        if match is None:
            return []
        rest, size = match.group("rest"), len(_terms(phrase))
        return [f"{rest}{name}" for name in _HARM_NAMES
                if _terms(name) != _terms(phrase) - _terms(rest) and len(_terms(f"{rest}{name}")) >= size]

    def stopping_names(self, phrase: str) -> list[str]:
        """The phrase of stopping an act ("quitting smoking") said with the other verbs of stopping before the same
        object ("stopping smoking") and with the noun "cessation" ("smoking cessation"), or back from the noun to the
        verbs (``_STOPPING``). Grammar, no list of acts: ``names`` keeps those the corpus writes."""
        if _BARE_STOPPING.match(phrase.strip()):
            return [o for o in (*_STOP_VERBS, "cessation") if _terms(o) != _terms(phrase)]
        match = _STOPPING.match(phrase.strip())
        if match is None:
            return []
        act = match.group("object") or match.group("before") or match.group("after")
        if not _terms(act):
            return []
        others = [f"{verb} {act}" for verb in _STOP_VERBS] + [f"{act} cessation"]
        return list(dict.fromkeys(o for o in others if _terms(o) != _terms(phrase)))

    def spelled(self, phrase: str) -> list[str]:
        """The phrase with each acronym in it that the corpus never defines nor writes ("LABA", "ICS") written out as
        the corpus's phrase whose words' initials spell it ("long-acting beta-agonist", ``spell_out``): a question may
        use a short form its sources do not. Only where the corpus writes such a phrase often and no other nearly as
        often (the check is the corpus's counts, ``spell_out``); an acronym the corpus uses or defines is left to its
        own uses and definitions (``names``)."""
        options: list[tuple[str, ...]] = []
        words = phrase.split()
        for at, word in enumerate(words):
            letters = _acronym_letters(word)
            if letters is None or self._texts is None or self._long_of.get(_terms(word)) or self._in_corpus(word):
                options.append((word,))
                continue
            options.append(self._spelled_word(word, letters, words[at - 1] if at else None,
                                              words[at + 1] if at + 1 < len(words) else None) or (word,))
        # Every acronym of the phrase spelled at once ("LABA without ICS": "long-acting beta-agonist without inhaled
        # corticosteroid"; one the corpus gives no phrase for stays as written); the phrase as written is no spelling.
        spellings = (" ".join(words) for words in itertools.product(*options))
        return [s for s in spellings if s != " ".join(phrase.split())]

    def defined_written(self, question: str, read: Iterable[str | None] = ()) -> tuple[str, tuple[str, ...]]:
        """``question`` with each acronym in it the corpus defines written as its long form ("... a child with gizmo
        fever ..." for "... a child with GF ...", where the corpus writes "gizmo fever (GF)"), and the long forms
        written; the question as written and none where there is no such acronym. Only an acronym the question does
        not read as part of a phrase in ``read`` (its intervention and condition, whose concepts take the definitions
        as their forms), whose long form the question does not write already, that the corpus defines one way only,
        and whose long form the corpus's chunks name as often as the acronym or more (``_written_more``: an acronym
        the corpus goes on writing, "INR", or one inside a longer name it writes, the "Gla" of "matrix Gla protein",
        is searched as the corpus writes it). This is what is searched and matched (``Question.spelled_out``), the
        question's reading staying on its words as asked: the embedder does not know an acronym ("Should a child with
        GF get gizmozumab?" found only the definition), and beside the long form the acronym made the definition
        cover the question best. (Each long form weighs as one word in the match, ``Question.long_forms``: a longer
        acronym's words, read into the question, outweighed its others in the choice of the lead; see
        ``spelled_short``.) An acronym is a word of capitals (``_ACRONYM``) or a defined name written as the corpus
        writes it ("Hb"), of letters only (not "MK-7", whose number a count of its terms does not hold together)."""
        words = question.split()
        own = frozenset().union(*(_terms(w) for w in words))
        inside = frozenset().union(*(_terms(p) for p in read if p))
        out, written = list(words), []
        for at, word in enumerate(w.strip(_EDGE_PUNCTUATION) for w in words):
            if not word.isalpha() or (_acronym_letters(word) is None and word not in self._shorts):
                continue
            terms = _acronym_terms(word)
            longs = self._long_of.get(terms, set()) if terms else set()
            if len(longs) != 1 or terms <= inside:
                continue
            long_form = next(iter(longs))
            if not _terms(long_form) <= own and self._written_more(_terms(long_form), terms):
                out[at] = words[at].replace(word, long_form, 1)
                written.append(long_form)
        return " ".join(out), tuple(written)

    def classes_named(self, question: str) -> tuple[tuple[frozenset[str], tuple[frozenset[str], ...]], ...]:
        """The members of a class the question names, each by its terms with the terms of the classes the corpus
        names it one of ("quetiapine" with "atypical antipsychotics" where a source lists "quetiapine, olanzapine, and
        other atypical antipsychotics", ingest.kinds.memberships), and each Greek letter's name with the letter
        ("beta" with "β"): a statement that writes the class covers the member (``scoring._Matcher``), as a
        recommendation on a class of drugs speaks of each of its drugs. Never the other way, nor a member for another
        member: a statement on olanzapine says nothing of quetiapine. Read from the corpus's texts once per index
        (``_memberships``), each class kept only where it is a plural noun or an acronym the corpus writes in more
        than one chunk and its member a name no more common than ``MEMBER_MAX_SHARE`` (``_class_kept``)."""
        out: list[tuple[frozenset[str], tuple[frozenset[str], ...]]] = []
        for term in sorted(frozenset(tokenize(question)) & _GREEK_TERMS.keys()):
            out.append((frozenset({term}), (frozenset({_GREEK_TERMS[term]}),)))
        for member, _ in self.members_named(question):
            kept = self._kept_classes[member]
            if all(not (_terms(member) < m) for m, _ in out):
                out.append((_terms(member), tuple(_terms(c) for c in kept)))
        return tuple(out)

    def members_named(self, question: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """The members of a class ``question`` names (lower case, as the corpus lists them), each with its kept classes
        as the corpus writes them (``classes_named``), longest member first."""
        table = self._memberships()
        if not table:
            return ()
        words = [w.strip(_EDGE_PUNCTUATION) for w in question.lower().split()]
        out: list[tuple[str, tuple[str, ...]]] = []
        for size in range(MAX_MEMBER_WORDS, 0, -1):
            for at in range(len(words) - size + 1):
                member = " ".join(words[at:at + size])
                if member in table and (kept := self._classes_kept(member, table)) \
                        and all(member != m for m, _ in out):
                    out.append((member, kept))
        return tuple(out)

    def _memberships(self) -> dict[str, set[str]]:
        """Member -> classes, read once from every chunk of the corpus (``corpus_memberships``), with the classes the
        lexicon learned from abstracts gives a member (``learned_classes``: "citalopram, a selective serotonin reuptake
        inhibitor," where the corpus never lists citalopram under its class); empty without chunks. A learned class
        counts only as a corpus's own does, where the corpus writes it as a kind (``_class_kept``)."""
        with self._lock:
            if self._member_table is None:
                table = corpus_memberships(self._texts()) if self._texts is not None else {}
                if self._texts is not None:
                    for member, forms in learned_classes.learned().written_forms().items():
                        table.setdefault(member, set()).update(forms)
                self._member_table = table
            return self._member_table

    def _classes_kept(self, member: str, table: dict[str, set[str]]) -> tuple[str, ...]:
        """The classes ``table`` gives ``member`` that pass ``_class_kept``, as written, remembered per member."""
        found = self._kept_classes.get(member)
        if found is None:
            own = _terms(member)
            found = tuple(c for c in sorted(table[member]) if own and self._class_kept(own, c))
            self._kept_classes[member] = found
        return found

    def _class_kept(self, member: frozenset[str], name: str) -> bool:
        """Whether ``name`` is a class a statement on which speaks of ``member``: an acronym ("LMWH") or a plural head
        with a word that says which kind ("atypical antipsychotics"), not one general noun ("supplements" of calcium,
        "nutrients" of iron: a statement on those speaks of many other things) nor a clause a pattern caught
        ("medical history"); written as it stands in more chunks than the one that lists the member, so a phrase the
        corpus uses ("take specific supplements" is written once), yet in few (``CLASS_MAX_SHARE``: "some cases" of
        "in some cases (e.g., X)" is everywhere), with no quantifier or preposition in it; sharing no term with the
        member (a "whole-body MRI" is no member of "MRI" to widen); and its member a name rare enough to pick one
        thing (``MEMBER_MAX_SHARE`` of the chunks: "imaging" or "advice" listed under some heading are not)."""
        terms, written = _terms(name), name.split()
        if not terms or terms & member or self._counts is None or self._texts is None:
            return False
        last = written[-1]
        if not (_ACRONYM.fullmatch(last) or (len(written) > 1 and last.endswith("s") and not last.endswith(_NOT_PLURAL)
                                             and not _ACRONYM.fullmatch(written[0]))):
            return False
        texts = self._texts()
        total = max(1, len(texts))
        if self._counts(member, frozenset())[0] > MEMBER_MAX_SHARE * total:
            return False
        if any(w.lower() in _QUANTIFIERS or w.lower() in _LINKS for w in written):
            return False  # ("In some cases": a name of a kind holds neither a quantifier nor a preposition)
        pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", 0 if _ACRONYM.fullmatch(last) else re.I)
        # What follows each place the class is written: the same sentence repeated (a summary restating a
        # recommendation) is one use of the phrase, not two.
        uses = {text[m.end():m.end() + CLASS_USE_CONTEXT].lower() for text in texts if name[:1].lower() in text.lower()
                for m in pattern.finditer(text)}
        written_in = sum(1 for text in texts if pattern.search(text))
        return len(uses) >= CLASS_MIN_CHUNKS and written_in <= CLASS_MAX_SHARE * total

    def defined_longs(self, term: str) -> tuple[frozenset[str], ...]:
        """The terms of each long form the corpus defines for the acronym whose one term is ``term`` ("ecg" where it
        writes "electrocardiogram (ECG)" and "electrocardiography (ECG)"), however many it defines and however often
        it writes the acronym itself; none for any other term. What lets a statement that writes a long form cover the
        question's acronym (``scoring._Matcher``), where ``defined_written`` leaves the acronym as asked."""
        return tuple(frozenset(_terms(long_form)) for long_form in sorted(self._long_of.get(frozenset({term}), ())))

    def learned_written(self, question: str) -> tuple[str, tuple[str, ...]]:
        """``question`` with each acronym in it that the corpus does not define, whose long form learned from text
        (``abbreviations.learned``) the corpus writes, written as that long form ("... a child with gizmo fever ..." of
        "... with GF ...", where the corpus writes "gizmo fever" but never "(GF)"), and the long forms written; the
        question as written and none where there is no such acronym. The long form is the one of the learned ones
        the corpus's chunks name (``_learned_long``); a definition in the corpus wins (``defined_written``). Unlike
        those, the acronym is read as its long form too (the question is asked in the corpus's words, as
        ``spelled_short``): no concept of the corpus takes it as a form, so read as written it finds nothing. Only an
        acronym of capitals (``_ACRONYM``) as written, or a short form of mixed case the lexicon holds as written
        ("Gz" where text defines "gizmoglobin (Gz)"; not a question's first word, capitalised as any first word is),
        whose long form the question does not write already."""
        if self._counts is None:
            return question, ()
        learned = abbreviations.learned()
        words = question.split(" ")
        own = _terms(question)
        out, written = [], []
        for at, word in enumerate(words):
            bare = word.strip(_EDGE_PUNCTUATION)
            long_form = None
            short = _acronym_letters(bare) is not None or (at > 0 and not bare.islower() and bare in learned.forms)
            if bare.isalpha() and short and not self._long_of.get(_acronym_terms(bare)):
                long_form = self._learned_long(bare, learned.long_forms(bare))
                if long_form is None and not learned.long_forms(bare):
                    long_form = self._defined_head_less(bare)
            if long_form is not None and not _terms(long_form) <= own:
                out.append(word.replace(bare, long_form, 1))
                written.append(long_form)
            else:
                out.append(word)
        return " ".join(out), tuple(written)

    def _defined_head_less(self, short: str) -> str | None:
        """The long form the corpus defines, one way only, for ``short`` without its last capital ("combined oral
        contraception" for "COCP" where the corpus writes "combined oral contraception (COC)"), where the corpus never
        writes ``short`` itself; None otherwise. A clinician's acronym often adds one letter for the head noun
        the source leaves implicit (the pill, the tablet, the test), and read as written it named nothing: the
        question found another file on one shared word ("smokes"). Only an acronym of capitals alone, of
        ``HEAD_LESS_MIN`` letters or more, so that what is left is still an acronym (two letters name too many
        things), and no word the embedder learned whole (``_model_words``: "FAST" or "VITAL" in capitals is a word, not
        an acronym with a letter added)."""
        if not (short.isupper() and short.isalpha() and len(short) > HEAD_LESS_MIN) or self._in_corpus(short) \
                or short.lower() in _model_words():
            return None
        longs = self._long_of.get(_terms(short[:-1]), set())
        return next(iter(longs)) if len(longs) == 1 else None

    def _learned_long(self, short: str, forms: Mapping[str, int]) -> str | None:
        """The long form of ``short`` among ``forms`` (learned, with their counts of definitions) that the corpus
        means: of those whose terms its chunks name together, the one with ``LEARNED_DOMINANT`` of their definitions
        or more, else the one its chunks write as a phrase that often (``_written_dominant``), if the corpus never
        writes ``short`` itself (an acronym the corpus writes is searched as written: read
        as "isocitrate dehydrogenase", "IDH inhibitors" lost the abstract that names "IDH1 and IDH2 inhibitors", and
        "yeast LTR" the one on "LTR elements"); None where there is no such one."""
        short_terms = _terms(short)
        if not short_terms or self._counts is None:
            return None
        written = {f: n for f, n in forms.items() if (t := _terms(f)) and self._counts(t, frozenset())[0] > 0}
        if not written:
            return None
        top = max(sorted(written), key=lambda f: written[f])
        dominant = written[top] >= LEARNED_DOMINANT * sum(written.values())
        # (A dominant form too must be written as a phrase where the corpus's passages are read: "IOL" learned only as
        # "induction of labor" read "multifocal IOLs" on a corpus that names intraocular lenses 18 times and induction
        # and labour only apart, and the bottom line spoke of "multifocal induction of labor". Session 74's labels.)
        if dominant and self._passages is not None and not self._written_as_phrase(top):
            return None
        best = top if dominant else self._written_dominant(list(written))
        return best if best is not None and self._counts(short_terms, frozenset())[0] == 0 else None

    def _written_dominant(self, forms: list[str]) -> str | None:
        """The one of ``forms`` (long forms learned for one short form, none dominant among text's definitions) that
        the corpus's chunks write as a phrase, its words in a row, in ``LEARNED_DOMINANT`` of the chunks writing any of
        them or more; None where none does so or the corpus's passages are not read. Text at large defines "ACS" as an
        acute coronary syndrome, an acute chest syndrome and a cancer society about as often; a corpus on chest pain
        writes the first in a row and the others' words only apart, so its chunks settle which is meant. (Their words
        together were the test before, ``_learned_long``: "american", "cancer" and "society" stand in many chunks
        that never name the society.) Read as written, "?ACS" was spelled from the corpus's initials instead."""
        if self._passages is None:
            return None
        in_a_row = {f: self._written_as_phrase(f) for f in forms}
        total = sum(in_a_row.values())
        best = max(sorted(in_a_row), key=lambda f: in_a_row[f])
        return best if total and in_a_row[best] >= LEARNED_DOMINANT * total else None

    def _written_as_phrase(self, phrase: str) -> int:
        """How many of the corpus's chunks read (``Passages``) write ``phrase``'s terms in a row, a hyphenated word's
        parts as words ("non-small cell" and "non-small-cell" alike); 0 without them."""
        terms = tokenize(phrase)
        if self._passages is None or not terms:
            return 0
        return sum(_in_a_row(text, terms, parts=True) for text in self._passages(frozenset(terms)))

    def hyphen_written(self, question: str) -> str:
        """``question`` with each name of capitals then digits written without the corpus's hyphen ("GZM2" where the
        corpus writes "GZM-2") as the corpus writes it: the index reads both the same, the embedder and the match of
        the question's words do not. The corpus's spelling is found in its chunks that name the name's parts or the
        name joined; a name the corpus also writes unhyphenated stays as written, and so does one in brackets (the
        question defines it)."""
        if self._passages is None:
            return question
        out = []
        for word in question.split(" "):
            bare = word.strip(_EDGE_PUNCTUATION)
            match = _UNHYPHENATED.fullmatch(bare)
            if match is None or word.startswith("("):
                out.append(word)
                continue
            written = self._remembered(self._hyphenated, bare,
                                       functools.partial(self._hyphenated_of, match.group(1), match.group(2)))
            out.append(word.replace(bare, written[0], 1) if written else word)
        return " ".join(out)

    def _hyphenated_of(self, letters: str, digits: str) -> tuple[str, ...]:
        """A name of capitals ``letters`` then ``digits`` as the corpus writes it with a hyphen ("GZM-2"), where the
        chunks that name its parts or it joined write it hyphenated and never joined (``hyphen_written``); none
        otherwise. Read from the corpus alone: remembered per name for the index (``_hyphenated``), not read from its
        chunks again in every question that writes it."""
        assert self._passages is not None
        said = re.compile(rf"(?<![\w-]){re.escape(letters)}(-?){re.escape(digits)}(?![\w-])", re.IGNORECASE)
        texts = [*self._passages(frozenset(tokenize(f"{letters} {digits}"))),
                 *self._passages(frozenset(tokenize(letters + digits)))]
        hyphens = Counter(m.group(1) for text in texts for m in said.finditer(text))
        return (f"{letters}-{digits}",) if hyphens["-"] and not hyphens[""] else ()

    def _written_more(self, long_terms: frozenset[str], short_terms: frozenset[str]) -> bool:
        """Whether as many of the corpus's chunks name ``long_terms`` (a defined long form's) as ``short_terms`` (its
        acronym's), or more; False without the corpus's counts."""
        if self._counts is None:
            return False
        return self._counts(long_terms, frozenset())[0] >= self._counts(short_terms, frozenset())[0]

    def spelled_short(self, question: str) -> str:
        """``question`` with each short acronym in it the corpus never defines nor writes, two capitals ("OA", "IV")
        or capitals and a lower-case letter ("ACEi"), written out as the corpus's phrase it spells beside the same
        neighbour word ("knee OA" as "knee osteoarthritis", ``spell_beside``) or the corpus's word after its capitals
        ("ACE inhibitors"); the question as written where none is. Such a short form is read as the whole question's
        words (its search and its concepts), as if the clinician had written it out: the corpus's counts beside the
        neighbour are the check (two capitals alone spell too many phrases: "GI" is no "greater improvement")."""
        if self._texts is None:
            return question
        words = question.split()
        bare = [w.strip(_EDGE_PUNCTUATION) for w in words]
        out = list(words)
        for at, word in enumerate(bare):
            letters = _acronym_letters(word)
            short = letters is not None and (len(word.rstrip("s")) == 2 or word.rstrip("s")[-1].islower())
            if letters is None and at and _SHORT_CLIP.fullmatch(word):
                # A note's clip of two lower-case letters after the word it is of ("esophageal ca", "breast ca"): the
                # corpus's word that opens with it after that very word ("esophageal cancer"), where the corpus never
                # writes the two together (``_clip_after``). Read as written, "ca" was a rare word no statement on the
                # cancer writes, and "best test to stage esophageal ca locally?" found nothing.
                found = self._clip_after(word, bare[at - 1])
                if found:
                    out[at] = words[at].replace(word, found[0], 1)
                continue
            if not short or self._long_of.get(_terms(word)) or self._in_corpus(word):
                # (A longer acronym the corpus spells, "CAP" or "LABA", is left to its concept's forms, which spell it
                # where it is matched: written out in the question, its words outweighed the question's others in the
                # choice of the lead, "amoxicillin ... for low-severity community-acquired pneumonia" for a
                # penicillin-allergic adult; session 54's list.)
                continue
            found = self._spelled_word(word, letters or "", bare[at - 1] if at else None,
                                       bare[at + 1] if at + 1 < len(bare) else None)
            if found:
                phrase = found[0]
                if at and bare[at - 1].lower() in ("a", "an", "one") and re.search(r"[^s]s$", phrase):
                    phrase = phrase[:-1]  # one of them, as the acronym's article says ("a DOAC")
                out[at] = words[at].replace(word, phrase, 1)
        return self._unclipped_in_context(out)

    def _clip_after(self, clip: str, before: str) -> tuple[str, ...]:
        """The corpus's word a clip of two letters (``_SHORT_CLIP``) stands for after the word ``before`` ("cancer"
        of "ca" after "esophageal"): the one word, opening with the clip and longer, that the chunks naming ``before``
        write right after it, by ``spell_beside``'s counts; none where any of those chunks writes the clip itself
        after it (a word the corpus uses so is no clip), where the corpus writes the clip in as many chunks as that
        word or more ("in" is a word, not a clip of "information"), where the clip or ``before`` is a link, a
        question word or a number, or without the corpus's passages and counts. Remembered per pair."""
        if (self._passages is None or self._counts is None or not (_terms(clip) - QUESTION_WORDS)
                or clip in _LINKS or not (_terms(before) - QUESTION_WORDS) or before.lower() in _LINKS
                or _NUMBER_WORD.fullmatch(before)):
            return ()
        passages, counts = self._passages, self._counts

        def find() -> tuple[str, ...]:
            texts = list(passages(_terms(before)))
            said = re.compile(rf"\b{re.escape(before)}s?\s+{re.escape(clip)}\b", re.IGNORECASE)
            if any(said.search(text) for text in texts):
                return ()
            found = spell_beside(clip, texts, before, None)
            if not found or not found[0].isalpha() or not found[0].startswith(clip):
                return ()
            return found if counts(_terms(clip), frozenset())[0] < counts(_terms(found[0]), frozenset())[0] else ()
        return self._remembered(self._spelled, f"{before.lower()} >{clip}", find)

    def _unclipped_in_context(self, words: list[str]) -> str:
        """``words`` (a question's, its acronyms the corpus spells already written out) with each clipped word the
        corpus never writes ("veg", "clarithro", ``_clipped``) written as the corpus's word it opens among the chunks
        that speak of the question's other words (``unclipped``). The question as it was where the corpus gives no
        clear word. (Not a note's shorthand closing in "x", "abx", nor letters run into a number,
        "MK7", nor an acronym: tried in session 54, "abx" was read as "abbreviations", "ACE" as "avoidance" and as
        "adverse cardiovascular event" over guidelines, and "MK-7" led with what supplements contain, not with what
        interacts.)"""
        texts = self._texts
        assert texts is not None
        out = list(words)
        bare = [w.strip(_EDGE_PUNCTUATION) for w in words]
        for at, word in enumerate(bare):
            if not _clipped(word) or self._long_of.get(_terms(word)) or self._in_corpus(word):
                continue
            context = frozenset().union(*(_terms(w) for k, w in enumerate(bare) if k != at)) - QUESTION_WORDS
            if not context:
                continue
            key = f"{word} @ {' '.join(sorted(context))}"
            found = self._remembered(self._spelled, key, functools.partial(_unclipped_from, word, texts, context))
            if found:
                out[at] = out[at].replace(word, found[0], 1)
        return " ".join(out)

    def apposed_less(self, question: str) -> str:
        """``question`` less a name written straight after another name of the same thing ("vitamin K2 MK-7
        supplement" as "vitamin K2 supplement"; a name in brackets defines the one before and stays): the second only
        says which one is meant, so the question is read on the first, the broader, name, and a statement need not
        name both. A name is of the same thing where it, or a name the corpus defines for it ("menaquinone-7" of
        "MK-7"), is one of the first name's kinds or of its defined names, or is a numbered one of those kinds
        ("menaquinone-7" of "menaquinones", a kind of "vitamin K2": ``kinds``). The corpus's definitions and
        kinds, no list; the question as written where no such pair is."""
        words = question.split()
        for at in range(1, len(words)):
            if words[at].startswith("("):
                # A name in brackets defines the one before ("Systemic Lupus Erythematosus (SLE)"): kept, as the
                # shared questions write it (left out, 9 of 200 held-out BioASQ answers changed, ROUGE-2 down).
                continue
            second = words[at].strip(_EDGE_PUNCTUATION)
            own = _terms(second)
            if not own or words[at - 1][-1:] in _EDGE_PUNCTUATION:
                continue
            names = [own, *(_terms(n) for n in self._defined(second))]
            for size in (3, 2, 1):
                if at - size < 0 or any(w[-1:] in _EDGE_PUNCTUATION for w in words[at - size:at]):
                    continue
                first = " ".join(words[at - size:at])
                if not all(_terms(w) for w in words[at - size:at]) or _terms(first) & own:  # no "such as" in it
                    continue
                same = [_terms(k) for k in (*self.kinds(first), *self._defined(first))]
                if any(n == k or (n - k and all(t.isdigit() for t in n - k) and n - {t for t in n if t.isdigit()} == k)
                       for n in names for k in same if k):
                    tail = words[at][len(words[at].rstrip(_EDGE_PUNCTUATION)):]
                    if tail:
                        words[at - 1] += tail
                    return self.apposed_less(" ".join(words[:at] + words[at + 1:]))
        return question

    def _spelled_word(self, word: str, letters: str, before: str | None, after: str | None) -> tuple[str, ...]:
        """The corpus's phrase an acronym of a question's phrase spells (``spelled``), the words ``before`` and
        ``after`` it in that phrase its context. An acronym with a lower-case letter after its capitals ("ACEi") whose
        capitals the corpus writes ("ACE") is that word and the corpus's word after it that opens with the letter
        ("ACE inhibitors", ``spell_beside``). Else the corpus's phrase it spells (``spell_out``; three letters or
        more: two spell too many phrases to tell which); else, where that is not clear, the phrase it spells that
        the corpus writes beside the same neighbour ("knee OA": "knee osteoarthritis"; ``spell_beside``)."""
        texts = self._texts
        assert texts is not None
        capitals = word.rstrip("s")
        if capitals[-1].islower():
            head = capitals[:-1]
            if not self._in_corpus(head):
                return ()
            tail = self._remembered(self._spelled, f"{head.lower()} +{capitals[-1]}",
                                    lambda: spell_beside(capitals[-1], texts(), head, None))
            return tuple(f"{head} {t}" for t in tail)
        found: tuple[str, ...] = ()
        if len(letters) >= 3:
            found = self._remembered(self._spelled, letters, functools.partial(_spell_from, letters, texts))
            if found and abbreviations.learned_disagrees(word, found[0]):
                # A phrase spelled with no neighbour to tell which is meant, that the long forms learned from text
                # disagree with, is a chance run of initials: "BPH" is no "broad public health", "?ACS" no "affecting
                # coagulation status". (A neighbour's spelling, "knee OA", is the corpus's own context; a lexicon of a
                # few long forms a short form knows none of the others.)
                return ()
        if found:
            return found
        if before is not None and _NUMBER_WORD.fullmatch(before):
            # Capitals after a number are the unit it counts in: the phrase the corpus writes after any number ("2000
            # international units" for "10,000 IU"), never the one the next word shows ("including vitamin D").
            return self._remembered(self._spelled, f"# {letters}",
                                    lambda: spell_beside(letters, texts(), NUMBER, None, pattern=True))
        near = [w if w and _terms(w) and _acronym_letters(w) is None else None for w in (before, after)]
        if not any(near):
            return ()
        key = f"{near[0] or ''} {letters} {near[1] or ''}".lower()
        return self._remembered(self._spelled, key, lambda: spell_beside(letters, texts(), near[0], near[1]))

    def unwritten(self, phrase: str) -> frozenset[str]:
        """The terms of ``phrase`` (question words aside) that no chunk of the corpus writes; empty for a lexicon
        without the corpus's vocabulary (nothing known is not nothing written)."""
        if not self._forwards:
            return frozenset()
        return frozenset(t for word in phrase.split() if not self._in_corpus(word) for t in _terms(word))

    def plain_unwritten(self, text: str) -> frozenset[str]:
        """The terms of the words of ``text`` that no chunk of the corpus writes (``unwritten``) and that are plain
        English: every part between hyphens a word the embedder learned whole (``_model_words``) or a number ("ok",
        "shave", "morning", "took", "3-month-old"). Their absence from the corpus says nothing of whether it covers the
        question's topic: a guideline says "hair removal" where a clinician writes "shave", and no source writes the
        patient's "took ... last night". A name neither knows ("colchicine", "DKA") is no such word: its absence is
        the sign that the corpus lacks the topic. Empty without the corpus's vocabulary or the embedder's."""
        known = _model_words()
        if not self._forwards or not known:
            return frozenset()
        out: set[str] = set()
        for word in _PLAIN_WORD.findall(text):
            parts = word.lower().split("-")
            if all(part.isdigit() or part in known for part in parts):
                out |= self.unwritten(word)
        return frozenset(out)

    def note_names(self, text: str) -> tuple[tuple[str, bool], ...]:
        """The words of ``text`` that are names rather than plain English, each with whether a chunk of the corpus
        writes it: a word with a part that is neither a number nor a word the embedder learned whole ("hydroxyurea",
        "B12", "pmol", "colchicine"; not "pill", "crises", "ok"). A note's plain words ("came back", "work it up")
        say nothing of its topic; its names do, and a name no chunk writes says the corpus lacks it
        (``plain_unwritten``). Empty without the corpus's vocabulary or the embedder's."""
        known = _model_words()
        if not self._forwards or not known:
            return ()
        out: dict[str, bool] = {}
        for word in _PLAIN_WORD.findall(text):
            parts = word.lower().split("-")
            # (A plain word's plural is plain: "flares", "crises" of "flare", "crisis" the embedder learned whole.)
            if all(part.isdigit() or part in known or any(f in known for f in _singulars(part)) for part in parts) \
                    or not _terms(word):
                continue
            out.setdefault(word, not self.unwritten(word))
        return tuple(out.items())

    def respelled(self, question: str) -> str:
        """``question`` with each word the corpus never writes, of six letters or more, that one consonant doubled or
        one doubled letter written once turns into exactly one word it does write ("recomended" as "recommended",
        "stoped" as "stopped"): the commonest slip of spelling, read as the word meant. Written as typed, a word of the
        question's shape ("Is X recomended to ...?") read no shape and no topic. The question as written without the
        corpus's vocabulary, or where no word or more than one fits."""
        if not self._forwards:
            return question
        out = []
        for word in question.split(" "):
            bare = word.strip(_EDGE_PUNCTUATION)
            if not bare.isalpha() or not bare.islower():
                out.append(word)
                continue
            fits = self._remembered(self._respellings, bare, functools.partial(self._respellings_of, bare))
            out.append(word.replace(bare, fits[0], 1) if len(fits) == 1 else word)
        return " ".join(self._one_of_slashed(w) for w in out)

    def _one_letter_off(self, word: str) -> list[str]:
        """The corpus's word one letter away from ``word`` (a letter other, more, fewer, or two swapped: "gizmoxycillin"
        as "gizmoxicillin"), where the corpus never writes ``word``, the word is long (OFF_BY_ONE_MIN_LETTERS: a short
        word one letter off is another word) and its first letters are kept (OFF_BY_ONE_KEPT: "micro" for "macro" is
        another prefix), exactly one such word is written whole in the corpus, and the index's
        embedder puts it as close as a spelling must be (SPELLING_MIN_COSINE); else none. A drug's name spelled the
        older way, or a letter slipped, read as the corpus writes it."""
        if self._encode is None or len(word) < OFF_BY_ONE_MIN_LETTERS or self._in_corpus(word):
            return []
        own = _terms(word)
        if not own:
            return []
        letters = "abcdefghijklmnopqrstuvwxyz"
        tried = {word[:k] + c + word[k + 1:] for k in range(len(word)) for c in letters if c != word[k]}
        tried |= {word[:k] + word[k + 1:] for k in range(len(word))}
        tried |= {word[:k] + c + word[k:] for k in range(len(word) + 1) for c in letters}
        tried |= {word[:k] + word[k + 1] + word[k] + word[k + 2:] for k in range(len(word) - 1)}
        # (The first letters as typed: a prefix one letter off is another prefix, "micro" and "macro".)
        # (... and its last letters: a change there is another form of one word, "withheld" and "withhold", not a
        # slip; read as the other form, an off-corpus question found unrelated evidence.)
        kept_end = OFF_BY_ONE_KEPT_END
        fits = sorted(c for c in tried if c != word and c[:OFF_BY_ONE_KEPT] == word[:OFF_BY_ONE_KEPT]
                      and c[-kept_end:] == word[-kept_end:]
                      and self._in_corpus(c) and (terms := _terms(c)) and terms != own)
        fits = [c for c in fits if self._written_whole(c, _terms(c))]
        if len(fits) != 1:
            return []
        vectors = self._vectors_of([word, fits[0]])
        return fits if float(vectors[0] @ vectors[1]) >= SPELLING_MIN_COSINE else []

    def _compound_tail(self, word: str) -> list[str]:
        """The corpus's word that ``word``, a compound the corpus never writes, ends in after a prefix
        ("microgizmouria" as "gizmouria", where the corpus writes that): the thing the compound is a kind of, as the
        corpus names it. Only a tail of COMPOUND_TAIL_MIN_LETTERS letters or more, written whole in the corpus,
        after a prefix the corpus also writes before another of its words ("microvascular": a known prefix, not a
        word's first letters); not where the prefix turns the meaning over (``_NEGATING_PREFIX``: "non", "anti"), nor
        where the corpus writes another compound of the same tail ("macrogizmouria": the corpus tells the kinds apart,
        and the tail alone would mix them). The longest tail that fits; none without the corpus's vocabulary."""
        vocabulary = self._forwards
        if not vocabulary or len(word) < COMPOUND_TAIL_MIN_LETTERS + 3 or self._in_corpus(word):
            return []
        for cut in range(3, len(word) - COMPOUND_TAIL_MIN_LETTERS + 1):
            prefix, tail = word[:cut], word[cut:]
            if _NEGATING_PREFIX.fullmatch(prefix) or not self._in_corpus(tail):
                continue
            tail_terms = _terms(tail)
            if not tail_terms or not self._written_whole(tail, tail_terms):
                continue
            known = False
            at = bisect_left(vocabulary, prefix)
            while at < len(vocabulary) and vocabulary[at].startswith(prefix):
                rest = vocabulary[at][cut:]
                if len(rest) >= 4 and self._in_corpus(rest):
                    known = True
                    break
                at += 1
            if not known:
                continue
            other = any(t.endswith(s) and t != s for t in vocabulary for s in tail_terms)
            return [] if other else [tail]
        return []

    def _one_of_slashed(self, word: str) -> str:
        """``word`` a pair of names joined by a slash ("gizmofen/gizmophen"), two names of one thing or two choices,
        read as the one the corpus writes where it writes only one; the word as written where it writes both (read as
        "A or B", "used to block/antagonize the receptor" became a choice between two, and a "Yes." a "No."), and
        where it is no pair of words of four letters or more ("w/", "and/or", "150/95")."""
        bare = word.strip(_EDGE_PUNCTUATION)
        parts = bare.split("/")
        if len(parts) != 2 or not all(p.isalpha() and len(p) >= 4 for p in parts) or not self._forwards:
            return word
        written = [p for p in parts if self._in_corpus(p)]
        if len(written) == 1:
            return word.replace(bare, written[0], 1)
        return word  # both written: left as typed ("A or B" made a choice of two names of one act, a "No.")

    def _respellings_of(self, bare: str) -> tuple[str, ...]:
        """The words of the corpus a question's word (lower-case letters) may be a slip for (``respelled``: one
        consonant doubled or one doubled letter written once, else ``_spelled_as_written``, ``_one_letter_off``,
        ``_compound_tail``); read from the corpus and its embedder alone, so remembered per word for the index
        (``_respellings``), not looked for again in every question."""
        fits: list[str] = []
        if len(bare) >= 6 and not self._in_corpus(bare):
            tried = {bare[:k] + bare[k] + bare[k:] for k in range(1, len(bare))
                     if bare[k] not in "aeiouy" and bare[k] != bare[k - 1]}
            tried |= {bare[:k] + bare[k + 1:] for k in range(len(bare) - 1) if bare[k] == bare[k + 1]}
            fits = sorted(t for t in tried if self._in_corpus(t))
        if not fits:
            fits = self._spelled_as_written(bare)  # ... and British spelling as the corpus writes it
        if not fits:
            fits = self._one_letter_off(bare)  # ... and one letter else ("gizmoxycillin": "gizmoxicillin")
        if not fits:
            fits = self._compound_tail(bare)  # ... and a compound as the corpus's word it ends in
        return tuple(fits)

    def _spelled_as_written(self, word: str) -> list[str]:
        """The corpus's other spelling of a word, British for American or back (``_one_vowel_apart``: "gizmolisation"
        as "gizmolization"), where the stemmer makes another term of it and the corpus's chunks name that term more
        often than the word's own, and the index's embedder puts it as close to the word as a spelling must be
        (SPELLING_MIN_COSINE). The stemmer cuts "-ization" and not "-isation": "localisation" stemmed to the "localis"
        of two guidelines' "localised" skin reactions, and a question on localising a tumour read neither its topic nor
        its abbreviation, while "localization" found both. (A concept's own words are searched in both spellings,
        ``spellings``; this is for every other word of the question.) Empty without the embedder and the corpus's
        counts, or where none or more than one such spelling fits."""
        counts = self._counts
        if self._encode is None or counts is None or len(word) < SPELLING_MIN_LETTERS:
            return []
        own = _terms(word)
        if not own:
            return []
        written = counts(own, frozenset())[0]
        fits = [c for c in _one_vowel_apart(word)
                if (terms := _terms(c)) and terms != own and self._in_corpus(c)
                and counts(terms, frozenset())[0] > written and self._written_whole(c, terms)]
        if not fits:
            return []
        vectors = self._vectors_of([word, *fits])
        close = [c for k, c in enumerate(fits) if float(vectors[0] @ vectors[k + 1]) >= SPELLING_MIN_COSINE]
        return close if len(close) == 1 else []

    def _written_whole(self, word: str, terms: frozenset[str]) -> bool:
        """Whether some chunk of the corpus writes ``word`` whole (its ``terms`` its stems): a stem is no spelling
        ("calcifed" stems as "calcification" does, which no one writes so). False without the corpus's passages."""
        if self._passages is None:
            return False
        written = re.compile(rf"(?<![\w\-]){re.escape(word)}(?![\w\-])", re.I)
        return any(written.search(text) for text in self._passages(terms))

    def has_vocabulary(self) -> bool:
        """Whether the lexicon knows the corpus's terms (``writes`` says something only then)."""
        return bool(self._forwards)

    def writes(self, term: str) -> bool:
        """Whether the corpus's vocabulary holds ``term`` (one term, as the tokeniser writes it)."""
        k = bisect_left(self._forwards, term)
        return k < len(self._forwards) and self._forwards[k] == term

    def _in_corpus(self, word: str) -> bool:
        """Whether every term of ``word`` is a term of the corpus (its vocabulary, when the lexicon has it)."""
        vocabulary = self._forwards
        if not vocabulary:
            return False
        places = {t: bisect_left(vocabulary, t) for t in _terms(word)}
        return all(k < len(vocabulary) and vocabulary[k] == t for t, k in places.items())

    def written_joined(self, one: str, other: str) -> bool:
        """Whether some chunk of the corpus writes the two names joined as things taken together, either first
        (``TAKEN_WITH``: "vitamin D and calcium", "calcium with vitamin D"; a plural "s" allowed): the corpus gives
        them together. False without the corpus's passages."""
        if self._passages is None or not _terms(one) or not _terms(other):
            return False

        def said(name: str) -> str:
            return r"\s+".join(re.escape(w) for w in name.split()) + r"s?"

        joined = re.compile(rf"(?<![\w\-])(?:{said(one)}\s+(?:and|with|plus)\s+{said(other)}|"
                            rf"{said(other)}\s+(?:and|with|plus)\s+{said(one)})(?![\w\-])", re.I)
        return any(joined.search(text) for text in self._passages(_terms(one) | _terms(other)))

    def _written_together(self, phrase: str) -> bool:
        """Whether some chunk of the corpus names all of ``phrase``'s terms (True without the corpus's counts)."""
        return self._counts is None or self._counts(_terms(phrase), frozenset())[0] > 0

    def _defined(self, phrase: str) -> list[str]:
        """The names the corpus defines for ``phrase``: its abbreviation (also where the corpus writes the defined name
        with a hyphen or space more or fewer), the long form it abbreviates, and the abbreviation of a defined name
        one word longer that holds it. Of the lexicon alone: found once per phrase (``_defined_names``), a new list
        each call (callers add to it)."""
        return list(self._remembered(self._defined_names, phrase, lambda: tuple(self._find_defined(phrase))))

    def _find_defined(self, phrase: str) -> list[str]:
        """``_defined``, found."""
        own = _terms(phrase)
        if not own:
            return []
        out: list[str] = []
        out += sorted(self._long_of.get(own, ()))
        out += sorted(self._short_of.get(own, ()) or self._short_by_letters.get(_letters(phrase), ()))
        # (Each such name holds every term of the phrase: those of its least used term, in the order of _short_of.)
        for long_terms in min((self._long_by_term.get(t, ()) for t in own), key=len):
            # A defined name one word longer: taken for a phrase of two words or more, and for a single
            # word only when the embedding space puts the two close ("shockwave therapy" is
            # "extracorporeal shockwave therapy (ESWT)"; a lone "vitamin" is not "vitamin K (VK)").
            if own < long_terms and len(long_terms) - len(own) <= 1 and (len(own) >= 2 or self._close(own, long_terms)):
                out += sorted(self._short_of[long_terms])
        for long_form in sorted(self._long_of.get(own, ())):
            # ... and the converse: an abbreviation names the corpus's single-word name its long form holds with one
            # word more, where that rule would take the two for one ("ESWT" is "shockwave therapy" too, as "shockwave
            # therapy" is "ESWT"; the advice "Shockwave therapy should not be used ... in those taking anticoagulants"
            # was no statement on ESWT, and its answer said no source addressed ESWT on warfarin).
            long_terms = _terms(long_form)
            if len(long_terms) != 2:
                continue
            words_ = long_form.split()
            for k in range(len(words_)):
                less = " ".join(words_[:k] + words_[k + 1:])
                if len(_terms(less)) == 1 and _terms(less) < long_terms and self._close(_terms(less), long_terms):
                    out.append(less)
        return out

    def rewritten(self, phrase: str) -> list[str]:
        """The phrase with each abbreviation in it that the corpus defines written out ("dephosphorylated matrix
        Gla protein levels" for "dephosphorylated MGP levels"), so that the corpus's definitions of the longer name
        apply (``names`` takes those, not the phrase written out). Only for a phrase of two words or more: a lone
        abbreviation is looked up as it stands. Grammar and the corpus's definitions, no list of names."""
        words = phrase.split()
        out: list[str] = []
        for n, word in enumerate(words if len(words) >= 2 else ()):
            for long_form in sorted(self._long_of.get(_terms(word), ())) if _terms(word) else ():
                out.append(" ".join([*words[:n], long_form, *words[n + 1:]]))
        return list(dict.fromkeys(o for o in out if _terms(o) and o != phrase))

    def acronyms_written(self, phrase: str) -> list[str]:
        """The phrase with each acronym in it (``_ACRONYM``: two capitals or more, "HSV") that the corpus defines one
        way only written out ("herpes simplex virus testing" of "HSV testing"); empty where it has none. Unlike
        ``rewritten``, not a single letter ("D" of "vitamin D", which a guideline's key of grades defines as a level of
        evidence) nor an acronym the corpus defines two ways: the phrase written out is a form of the concept itself,
        not a key to more definitions. Only for a phrase of two words or more."""
        words = phrase.split()
        out: list[str] = []
        for n, word in enumerate(words if len(words) >= 2 else ()):
            longs = self._long_of.get(_terms(word), set()) if _acronym_letters(word) and _terms(word) else set()
            if len(longs) == 1:
                out.append(" ".join([*words[:n], next(iter(longs)), *words[n + 1:]]))
        return list(dict.fromkeys(o for o in out if _terms(o) and o != phrase))

    def _measured(self, phrase: str) -> list[str]:
        """The defined names of what a phrase measures ("dp-ucMGP" for "dephosphorylated MGP levels", where the
        corpus defines "dephosphorylated-uncarboxylated matrix Gla protein (dp-ucMGP)"): a statement on the thing
        speaks of its level. The thing less its measure is no name of its own ("high calcium" is not "high
        calcium levels"), only the way to the corpus's definitions."""
        words = phrase.split()
        if len(words) < 2 or words[-1].lower() not in MEASURES:
            return []
        thing = " ".join(words[:-1])
        return [name for each in (thing, *self.rewritten(thing)) for name in self._defined(each)]

    def measured_as(self, phrase: str) -> list[str]:
        """A level asked of a thing ("vitamin D levels", ``MEASURES``) said as the corpus measures it, as a derivative
        of the thing ("25-hydroxyvitamin D"): the phrase with a word replaced by the corpus's term that is the word
        with one of chemistry's prefixes for a derivative before it (``_DERIVATIVE_PREFIXES``, which ``compounds``
        never takes: a derivative is no kind of the thing), where the embedder puts the two words
        (COMPOUND_WORD_MIN_COSINE) and the two phrases (SPELLING_MIN_COSINE) close. Only where the corpus never writes
        the thing before a word of measure itself: a corpus that measures "vitamin D levels" names them so, and a
        derivative it also measures may be another substance. The grammar of word formation and the corpus's terms,
        no list of substances; empty without the corpus's vocabulary, passages and the embedder."""
        words = phrase.split()
        if (len(words) < 2 or words[-1].lower() not in MEASURES or not self._backwards or self._encode is None
                or self._passages is None):
            return []
        return list(self._remembered(self._measured_as, phrase, lambda: self._find_measured_as(phrase, words)))

    def _find_measured_as(self, phrase: str, words: list[str]) -> tuple[str, ...]:
        out: list[tuple[str, str, str]] = []  # (the phrase so said, its word, the derivative in its place)
        for n, word in enumerate(words[:-1]):
            own = frozenset(tokenize(word)) - QUESTION_WORDS
            if len(own) != 1 or not word.isalpha() or len(word) < SPELLING_MIN_LETTERS:
                continue
            term = next(iter(own))
            back = term[::-1]
            at = bisect_left(self._backwards, back)
            while at < len(self._backwards) and self._backwards[at].startswith(back):
                other = self._backwards[at][::-1]
                at += 1
                prefix = other[:-len(term)]
                # (the derivative as the phrase would have it, written so in a chunk: "hydroxyvitamin D", never
                # "hydroxyvitamin K", since 25-hydroxyvitamin D is vitamin D's)
                rest = ordered_terms(" ".join(words[n + 1:-1]))
                if prefix in _DERIVATIVE_PREFIXES and self._terms_in_a_row([other, *rest]):
                    derivative = prefix + word.lower()
                    out.append((" ".join([*words[:n], derivative, *words[n + 1:]]), word.lower(), derivative))
        if not out or self._measured_itself(words):
            return ()
        cos = self._cosines([phrase, *(t for each in out for t in each)])
        return tuple(dict.fromkeys(other for other, word, derivative in out
                                   if cos(word, derivative) >= COMPOUND_WORD_MIN_COSINE
                                   and cos(phrase, other) >= SPELLING_MIN_COSINE))

    def _terms_in_a_row(self, terms: list[str]) -> bool:
        """Whether some chunk of the corpus has ``terms`` one after another (parts of hyphenated words too:
        "25-hydroxyvitamin D" has "hydroxyvitamin" and "d" in a row)."""
        if self._passages is None:
            return False
        return any(_in_a_row(text, terms, parts=True) for text in self._passages(frozenset(terms)))

    def _measured_itself(self, words: list[str]) -> bool:
        """Whether some chunk writes the thing a measure phrase asks of (its last one or two words before the
        measure, ``words`` being the phrase's) right before a word of measure (``MEASURES``)."""
        if self._passages is None:
            return False
        thing = [t for w in words[-3:-1] for t in tokenize(w) if t not in QUESTION_WORDS]
        if not thing:
            return False
        measures = {t for m in MEASURES for t in tokenize(m)}
        return any(_in_a_row(text, [*thing, m]) for text in self._passages(frozenset(thing)) for m in measures)

    def degree_words(self, phrase: str) -> list[str]:
        """The phrase with a word of degree and the noun after it replaced by the corpus's word that says both
        with a Greek prefix ("hypercalcaemia" for "high calcium", "hypothyroidism" for "low thyroid"): a term of the
        corpus that is the prefix (``_DEGREE_PREFIXES``) and the noun's first ``SHARED_PREFIX`` letters or more. A
        measure after the noun ("levels") goes with it: hypercalcaemia is a high level of calcium. Learned from
        the corpus's terms, no list of conditions; empty without them."""
        words = phrase.split()
        out: list[str] = []
        for n in range(len(words) - 1):
            prefix = _DEGREE_PREFIXES.get(words[n].lower())
            noun = words[n + 1].lower()
            if prefix is None or not noun.isalpha() or len(noun) < SHARED_PREFIX:
                continue
            rest = words[n + 2:]
            if rest and rest[0].lower() in MEASURES:
                rest = rest[1:]
            found = [" ".join([*words[:n], term, *rest]) for term in self._with_prefix(prefix + noun[:SHARED_PREFIX])
                     if tokenize(term) == [term]]  # the term written as a word gives itself back
            out += found or self._degree_said(words, n, prefix)
        return out

    def _degree_said(self, words: list[str], n: int, prefix: str) -> list[str]:
        """The phrase ``words`` with its word of degree at ``n`` and up to ``DEGREE_NOUNS`` nouns after it replaced
        by the corpus's word with ``prefix`` that the embedder puts closest to them ("hypertension" for "high blood
        pressure"), at least ``DEGREE_MIN_COSINE``; empty without the corpus's passages and the embedder. The
        candidates are the corpus's terms with the prefix, as the corpus writes them; one embedder call, remembered
        per phrase."""
        if self._passages is None or self._encode is None:
            return []
        spans = []
        for k in range(1, DEGREE_NOUNS + 1):
            noun = words[n + k].lower() if n + k < len(words) else ""
            if not noun.isalpha() or noun in _LINKS or not _terms(noun):
                break
            spans.append(k)
        if not spans:
            return []
        phrase = " ".join(words)

        def find() -> tuple[str, ...]:
            terms = [t for t in self._with_prefix(prefix) if len(t) >= len(prefix) + 3 and t.isalpha()]
            if len(terms) > DEGREE_CANDIDATES and self._counts is not None:
                counts = self._counts
                terms = sorted(terms, key=lambda t: (-counts(frozenset({t}), frozenset())[0], t))[:DEGREE_CANDIDATES]
            written = [w for t in terms for w in self._written(t)[:1]]
            if not written:
                return ()
            said = [" ".join(words[n:n + k + 1]) for k in spans]
            vectors = self._vectors_of([*said, *written])
            sims = vectors[:len(said)] @ vectors[len(said):].T
            k, w = np.unravel_index(int(np.argmax(sims)), sims.shape)
            if float(sims[k, w]) < DEGREE_MIN_COSINE:
                return ()
            rest = words[n + spans[k] + 1:]
            if rest and rest[0].lower() in MEASURES:
                rest = rest[1:]  # hypertension is a high level of blood pressure (as in degree_words)
            return (" ".join([*words[:n], written[w], *rest]),)

        return list(self._remembered(self._degree, phrase, find))

    def _written(self, term: str) -> tuple[str, ...]:
        """The corpus's word for a term, as its chunks write it most often ("hypertension" for "hypertens"), or
        nothing; remembered per term."""
        passages = self._passages
        if passages is None:
            return ()

        def find() -> tuple[str, ...]:
            seen: Counter[str] = Counter()
            for text in passages(frozenset({term})):
                for token in written_words(text.lower()):
                    for part in re.split(r"[-/]", token):
                        if part[:2] == term[:2] and tokenize(part) == [term]:
                            seen[part] += 1
            return tuple(w for w, _ in seen.most_common(1))

        return self._remembered(self._written_as, term, find)

    def short_forms(self, phrase: str) -> list[str]:
        """The phrase with a short form of one letter and a hyphen ("e-cigarettes") written as the corpus writes
        it: of the corpus's words with that first letter before the same word ("electronic cigarettes", "every
        cigarette"), the one the embedder puts closest to the short form, when closer than the word alone (see
        SHORT_FORM_MIN_LETTERS). Learned from the corpus's own phrases and the embedder, no list of prefixes; empty
        without both."""
        if self._passages is None or self._encode is None:
            return []
        words = phrase.split()
        out: list[str] = []
        for n, word in enumerate(words):
            lower = word.lower()
            for long_form in self._remembered(self._short, lower, functools.partial(self._find_short, lower)):
                out.append(" ".join([*words[:n], long_form, *words[n + 1:]]))
        return out

    def _find_short(self, word: str) -> tuple[str, ...]:
        match = re.fullmatch(r"([a-z])-([a-z]+)", word)
        if match is None or len(match.group(2)) < SHORT_FORM_MIN_LETTERS or self._passages is None:
            return ()
        letter, rest = match.groups()
        rest_terms = tokenize(rest)
        if len(rest_terms) != 1:
            return ()
        before: Counter[str] = Counter()
        # A word of its own before the noun, a space between ("electronic cigarettes"): the first part of a hyphenated
        # word is no such word ("cross-reactive" says nothing of "C-reactive").
        longer = SHORT_FORM_MIN_LETTERS - 1
        pair = re.compile(rf"(?<![\w-])({letter}[a-z]{{{longer},}})\s+({rest[:SHARED_PREFIX]}[a-z]*)\b")
        for text in self._passages(frozenset(rest_terms)):
            for a, b in pair.findall(text.lower()):
                if tokenize(b) == rest_terms:
                    before[a] += 1
        if not before:
            return ()
        long_forms = [f"{a} {rest}" for a in sorted(before)]
        vectors = self._vectors_of([word, rest, *long_forms])
        sims = vectors[2:] @ vectors[0]
        best = int(np.argmax(sims))
        return (long_forms[best],) if float(sims[best]) > float(vectors[1] @ vectors[0]) else ()

    def _with_prefix(self, start: str) -> list[str]:
        """The corpus's terms that begin with ``start``."""
        at = bisect_left(self._forwards, start)
        found = []
        while at < len(self._forwards) and self._forwards[at].startswith(start):
            found.append(self._forwards[at])
            at += 1
        return found

    def joined(self, phrase: str) -> list[str]:
        """The phrase with two neighbouring words written as one ("shockwave therapy" for "shock wave
        therapy"): English writes many compounds either way. Kept where the corpus's postings have the joined
        word and the index's embedder puts it close to the two words (SPELLING_MIN_COSINE, as for spellings).
        Learned from the corpus and the embedder, no list of compounds; empty without both."""
        if self._counts is None or self._encode is None:
            return []
        words = phrase.split()
        out: list[str] = []
        for n in range(len(words) - 1):
            first, second = words[n].lower(), words[n + 1].lower()
            if not (first.isalpha() and second.isalpha() and _terms(first) and _terms(second)):
                continue  # a function word ("of", "in") is no part of a compound
            terms = frozenset(tokenize(first + second)) - QUESTION_WORDS
            if len(terms) != 1 or self._counts(terms, frozenset())[0] == 0:
                continue
            vectors = self._vectors_of([f"{first} {second}", first + second])
            if float(vectors[0] @ vectors[1]) >= SPELLING_MIN_COSINE:
                out.append(" ".join([*words[:n], first + second, *words[n + 2:]]))
        return out

    def compounds(self, phrase: str) -> list[str]:
        """The phrase with a word replaced by a compound of the corpus that ends in it ("haemodialysis patients" for
        "dialysis patients", "corticosteroid injection" for "steroid injection"): a kind of the word, named by a
        combining form before it (COMPOUND_MIN_PREFIX letters or more, not a prefix that says something else:
        _RELATIONAL_PREFIXES), kept where the index's embedder puts the two phrases close (SPELLING_MIN_COSINE) and the
        two words close (COMPOUND_WORD_MIN_COSINE: "synchronic" ends in the letters of "chronic" and is no kind of it).
        Learned from the corpus's terms and the embedder, no list of kinds; empty without both."""
        if not self._backwards or self._encode is None:
            return []
        words = phrase.split()
        out: list[str] = []
        for n, word in enumerate(words):
            # The words first: their vectors are remembered from question to question ("chronic" and its compounds
            # recur), a phrase's are not, so only the compounds that pass are embedded in their phrase.
            compounds = self._compounds_of(word.lower())
            if not compounds:
                continue
            vectors = self._vectors_of([word.lower(), *compounds])
            out += [" ".join([*words[:n], compound, *words[n + 1:]]) for k, compound in enumerate(compounds)
                    if float(vectors[0] @ vectors[k + 1]) >= COMPOUND_WORD_MIN_COSINE]
        if not out:
            return []
        vectors = self._vectors_of([phrase, *out])
        return [o for k, o in enumerate(out) if float(vectors[0] @ vectors[k + 1]) >= SPELLING_MIN_COSINE]

    def _compounds_of(self, word: str) -> tuple[str, ...]:
        """The corpus's terms that are ``word``'s term with a combining form before it (see ``compounds``), as
        words: the term's letters before the word's own ending. Remembered per word."""
        return self._remembered(self._compounds, word, lambda: self._find_compounds(word))

    def _find_compounds(self, word: str) -> tuple[str, ...]:
        own = frozenset(tokenize(word)) - QUESTION_WORDS
        found: tuple[str, ...] = ()
        if len(own) == 1 and word.isalpha() and len(word) >= SPELLING_MIN_LETTERS:
            term = next(iter(own))
            kept = {prefix + word for prefix in self._combining_forms(term, term)}
            # The stemmer may cut a longer word further ("osteoarthritis" is "osteoarthr", "arthritis" "arthriti"):
            # a term ending in the term's first letters names the compound when it is the compound's own stem.
            for cut in range(1, STEM_CUT + 1):
                if len(term) - cut >= SPELLING_MIN_LETTERS:
                    kept.update(prefix + word for prefix in self._combining_forms(term[:-cut], term)
                                if tokenize(prefix + word) == [prefix + term[:-cut]])
            found = tuple(sorted(kept))
        return found

    def _combining_forms(self, ending: str, term: str) -> list[str]:
        """The letters before ``ending`` in the corpus's terms that end in it and are not ``term`` itself, where
        they are a combining form (see ``compounds``)."""
        back = ending[::-1]
        at = bisect_left(self._backwards, back)
        forms = []
        while at < len(self._backwards) and self._backwards[at].startswith(back):
            other = self._backwards[at][::-1]
            at += 1
            prefix = other[:-len(ending)]
            if combining_form(prefix):
                forms.append(prefix)
        return forms

    def spellings(self, phrase: str) -> list[str]:
        """The phrase with a word in the corpus's other spelling ("celiac disease" for "coeliac disease",
        "iron deficiency anemia" for "iron deficiency anaemia"): a word one vowel beside another longer or
        shorter (the digraphs that British and American spelling write differently: ae/e, oe/e, ou/o), or
        with s and z swapped between vowels, that the corpus's postings have and that the index's embedder puts
        close to the word (SPELLING_MIN_COSINE). Learned from the corpus and the embedder, no table of
        spellings; empty without both. One embedder call for the few spellings a phrase has in the corpus."""
        if self._counts is None or self._encode is None:
            return []
        words = phrase.split()
        out: list[str] = []
        for n, word in enumerate(words):
            parts = word.lower().split("-")  # a hyphenated word ("gastro-oesophageal") part by part
            for k, part in enumerate(parts):
                for other in self._respelled(part):
                    respelled = "-".join([*parts[:k], other, *parts[k + 1:]])
                    out.append(" ".join([*words[:n], respelled, *words[n + 1:]]))
            lower = word.lower()
            for other in self._remembered(self._hyphenations, lower, functools.partial(self._find_hyphenations, lower)):
                out.append(" ".join([*words[:n], other, *words[n + 1:]]))
        return out

    def _find_hyphenations(self, word: str) -> tuple[str, ...]:
        """The corpus's spellings of ``word`` with a hyphen more or fewer, and one vowel more or fewer beside one (see
        ``_one_vowel_apart``): "gastroesophageal" for "gastro-oesophageal" (a joined word of the corpus's postings) and
        "gastro-oesophageal" for "gastroesophageal" (a hyphenated word its chunks write, looked for only where the
        corpus lacks the word as asked), each as close to the word as a spelling must be (SPELLING_MIN_COSINE)."""
        counts = self._counts
        if counts is None:
            return ()
        parts = word.split("-")
        found: list[str] = []
        if len(parts) == 2 and all(p.isalpha() and len(p) >= HYPHEN_MIN_PART for p in parts):
            joined = "".join(parts)
            stems = tokenize(joined)
            if len(stems) == 1:
                near = {stems[0], *_one_vowel_apart(stems[0])}
                by_term: dict[str, str] = {}  # one spelling per term: "gastroesophagal" stems as "gastroesophageal"
                for c in (joined, *_one_vowel_apart(joined)):
                    if (len(terms := tokenize(c)) == 1 and terms[0] in near and terms[0] not in QUESTION_WORDS
                            and counts(frozenset(terms), frozenset())[0] > 0):
                        by_term.setdefault(terms[0], c)
                found = list(by_term.values())
        elif word.isalpha() and len(word) >= 2 * HYPHEN_MIN_PART and self._passages is not None:
            own = tokenize(word)
            if len(own) != 1 or own[0] in QUESTION_WORDS or counts(frozenset(own), frozenset())[0] > 0:
                return ()
            spelled = {word, *_one_vowel_apart(word)}
            for k in range(HYPHEN_MIN_PART, len(word) - HYPHEN_MIN_PART + 1):
                left = tokenize(word[:k])
                if len(left) != 1 or counts(frozenset(left), frozenset())[0] == 0:
                    continue
                # Both parts must be the corpus's terms, found together: only then are its chunks read.
                rights = {t[0] for r in (word[k:], *_one_vowel_apart(word[k:])) if len(t := tokenize(r)) == 1}
                pairs = [pair for r in sorted(rights) if counts(pair := frozenset({left[0], r}), frozenset())[0]]
                for text in (text for pair in pairs for text in self._passages(pair)):
                    found += [t for t in written_words(text.lower())
                              if t.startswith(word[:k] + "-") and t.count("-") == 1 and t.replace("-", "") in spelled]
            found = list(dict.fromkeys(found))
        if not found:
            return ()
        vectors = self._vectors_of([word, *found])
        return tuple(c for k, c in enumerate(found) if float(vectors[0] @ vectors[k + 1]) >= SPELLING_MIN_COSINE)

    def _respelled(self, word: str) -> tuple[str, ...]:
        """The corpus's other spellings of one word (see ``spellings``), remembered per word."""
        return self._remembered(self._spellings, word, lambda: self._find_spellings(word))

    def _find_spellings(self, word: str) -> tuple[str, ...]:
        own = frozenset(tokenize(word)) - QUESTION_WORDS
        found: tuple[str, ...] = ()
        if own and len(word) >= SPELLING_MIN_LETTERS and word.isalpha() and self._counts is not None:
            # The stems must be one vowel apart too: "retinoal" stems to the "retino" of "retinoic", which is
            # another word than the "retin" of "retinal".
            near = set(_one_vowel_apart(next(iter(own)))) if len(own) == 1 else set()
            kept = [c for c in _one_vowel_apart(word)
                    if (terms := frozenset(tokenize(c)) - QUESTION_WORDS) and len(terms) == 1 and terms <= near
                    and self._counts(terms, frozenset())[0] > 0]
            if kept:
                vectors = self._vectors_of([word, *kept])
                found = tuple(c for k, c in enumerate(kept)
                              if float(vectors[0] @ vectors[k + 1]) >= SPELLING_MIN_COSINE)
        return found

    def act_nouns(self, phrase: str) -> list[str]:
        """The phrase with a gerund replaced by the noun the corpus uses for the act ("fixation" for "fixing",
        "reversal" for "reversing", "transfusion" for "transfusing"): English's nominal suffixes on the verb's
        root, kept where the corpus's postings have the noun (the stemmer keeps "fix" and "fixat" apart).
        Empty without the corpus's counts."""
        if self._counts is None:
            return []
        words = phrase.split()
        out: list[str] = []
        for n, word in enumerate(words):
            root = word.lower()[:-3] if word.lower().endswith("ing") and len(word) >= 6 else ""
            if not root:
                continue
            own = set(tokenize(word))
            for suffix in _NOMINAL_SUFFIXES:
                noun = root + suffix
                terms = frozenset(tokenize(noun)) - QUESTION_WORDS
                if terms and not terms & own and self._counts(terms, frozenset())[0] > 0:
                    out.append(" ".join([*words[:n], noun, *words[n + 1:]]))
        return out

    def broader(self, phrase: str) -> tuple[str, ...]:
        """The phrase less its first words, where they only describe what the rest names: "asthma" for
        "persistent asthma", "otitis media" for "recurrent otitis media", never "calcification" for "tendon
        calcification". What holds for a condition holds for a described case of it, so a sentence on
        asthma speaks of persistent asthma. Two things must say so:

        - the corpus: the rest is a name it uses on its own, most of its chunks that name the rest do not
          name the left-out words (not "vaccinia Ankara" for "modified vaccinia Ankara", "cell lung cancer"
          for "non-small cell lung cancer": fixed names whose first word says little alone);
        - the embedder: the left-out words say little of the phrase (DESCRIPTIVE_MAX_COSINE) and the rest
          stays close to it (NARROWER_MIN_COSINE).

        Only leading words are left out (a noun phrase's head comes last; its last words are often part of
        one name, "otitis media"), and only from a plain noun phrase. The corpus is asked first, from the
        index's term postings; the embedder only for what passes, one call of a few short texts per phrase
        (remembered; corpus phrases' vectors come from the lexicon). Nothing without both."""
        words = phrase.split()
        if self._encode is None or self._counts is None:
            return ()
        # A plain noun phrase, every word its own: a phrase with a preposition or a conjunction ("heart disease
        # and anaemia", "maintenance of pluripotency") is not a head and the words that describe it.
        if len(words) < 2 or not all(_terms(w) and w.lower() not in _LINKS for w in words):
            return ()
        counts = self._counts
        return self._remembered(self._broader, phrase, lambda: self._find_broader(phrase, words, counts))

    def site_less(self, phrase: str) -> tuple[str, ...]:
        """The condition less the site it is asked at, "X of the Y" -> "X" ("calcific tendinitis" of "calcific
        tendinitis of the shoulder"), where X names the whole nearly alone (SITE_MIN_COSINE), or close enough where
        the corpus speaks of X mostly at the site (SITE_CORPUS_SHARE): a statement on X speaks to it. Grammar: one
        trailing "of" (with an article or none) and a plain noun phrase before it.
        Nothing without the embedder."""
        match = _SITE.match(phrase.strip())
        if self._encode is None or not match or not _terms(match.group("x")):
            return ()
        bare = match.group("x")
        if any(w.lower() in _LINKS for w in bare.split()):
            return ()

        def find() -> tuple[str, ...]:
            vectors = self._vectors_of([phrase, bare])
            close = float(vectors[0] @ vectors[1])
            return (bare,) if close >= SITE_MIN_COSINE or (close >= NARROWER_MIN_COSINE
                                                           and self._at_site(bare, match.group("y"))) else ()
        return self._remembered(self._site_less, phrase, find)

    def _at_site(self, bare: str, site: str) -> bool:
        """Whether the corpus speaks of ``bare`` mostly at ``site`` (SITE_CORPUS_SHARE of the chunks naming it name
        the site too); False without the corpus's counts."""
        if self._counts is None:
            return False
        named, at_site = self._counts(_terms(bare), _terms(site) - _terms(bare))
        return bool(named) and at_site >= SITE_CORPUS_SHARE * named

    def head_less(self, phrase: str) -> tuple[str, ...]:
        """The condition less its head, the last word, where the head is only what the rest has ("migraine" of
        "migraine attacks", "gout" of "gout attacks"): a statement on migraine speaks of migraine attacks. The
        converse of ``broader``, which keeps the head; three things must say so:

        - the corpus writes the rest as a name of its own, its words in a row ending a noun phrase ("migraine is", "for
          migraine in") in at least NAME_END_SHARE of the places it writes them: the rest is a thing, not a modifier
          ("ovarian", "cardiovascular" are written before a noun, "non-small-cell lung" before "cancer");
        - the corpus speaks of the head apart from the rest where it names the rest: a chunk naming the rest writes the
          head without the rest before it ("Migraine is a ... disorder with recurrent attacks of ..."), so the head is
          something the rest has, not only a word of a fixed name ("heart attacks" is written only so); or it never
          writes the head where it names the rest (an asthma guideline that never says "symptoms"), so that only the
          rest can name the whole there;
        - the embedder: the rest stays close to the whole (NARROWER_MIN_COSINE) and the head alone says little of it
          (below DESCRIPTIVE_MAX_COSINE): "migraine attacks" / "migraine" 0.85, / "attacks" 0.41. A head that names a
          thing of its own is kept: "heart attack" / "heart" 0.68, "kidney stones" / "stones" 0.66, "asthma
          exacerbations" / "exacerbations" 0.59, "aspirin resistance" / "resistance" 0.56.

        Only a plain noun phrase (see ``broader``); only for a question's condition (``question_concepts``). Nothing
        without the corpus's passages and the embedder."""
        words = phrase.split()
        if self._encode is None or self._passages is None or len(words) < 2:
            return ()
        if not all(_terms(w) and w.lower() not in _LINKS for w in words):
            return ()
        passages = self._passages
        return self._remembered(self._head_less, phrase, lambda: self._find_head_less(phrase, words, passages))

    def _find_head_less(self, phrase: str, words: list[str], passages: Passages) -> tuple[str, ...]:
        rest, head = " ".join(words[:-1]), words[-1]
        rest_terms, head_terms = _terms(rest), _terms(head) - _terms(rest)
        if not head_terms:
            return ()
        texts = passages(rest_terms | head_terms)
        if texts and not any(_said_apart(text, words[:-1], head) for text in texts):
            return ()
        written = [_name_endings(text, words[:-1]) for text in passages(rest_terms)]
        ends = sum(e for _, e in written)
        if not ends or ends < NAME_END_SHARE * sum(n for n, _ in written):
            return ()
        vectors = self._vectors_of([phrase, rest, head])
        close, said = float(vectors[0] @ vectors[1]), float(vectors[0] @ vectors[2])
        return (rest,) if close >= NARROWER_MIN_COSINE and said < DESCRIPTIVE_MAX_COSINE else ()

    def swapped(self, phrase: str) -> tuple[str, ...]:
        """The corpus's phrases that are ``phrase`` with one word in another's place ("cardiovascular disease" for
        "heart disease", "renal disease" for "kidney disease"), closest first: the same number of terms, all but one
        shared, the two phrases at least SWAP_MIN_COSINE apart, and each of the two words saying much of its own
        phrase (DESCRIPTIVE_MAX_COSINE or more: a word that only describes, "acute" / "chronic", is not swapped, the
        embedder putting antonyms close). Forms of one word are ``neighbours``, not this. The candidates are the
        lexicon's phrases (index.lexicon), whose vectors are stored; one embedder call for the phrase and the words,
        remembered per phrase. Nothing without the lexicon's vectors and the embedder."""
        own = _terms(phrase)
        if self._vectors is None or self._encode is None or len(own) < 2:
            return ()
        return self._remembered(self._swapped, phrase, lambda: self._find_swapped(phrase, own))

    def _find_swapped(self, phrase: str, own: frozenset[str]) -> tuple[str, ...]:
        rows = sorted({r for t in own for r in self._by_term.get(t, ())})
        candidates: list[tuple[str, str, str]] = []  # (corpus phrase, its word, the phrase's word in its place)
        order = ordered_terms(phrase)
        for r in rows:
            theirs = self._phrase_terms[r]
            gone, new = own - theirs, theirs - own
            if len(theirs) != len(own) or len(gone) != 1 or len(new) != 1:
                continue
            # In its place: the other words in the same order ("dietary vitamin K2" is no "vitamin K2 supplements"),
            # and the head, the last word, kept: it says what kind of thing is named, the words before it describe it
            # ("emergency physicians" is no "emergency medicine", PubMedQA's corpus, 0.86).
            their_order = ordered_terms(self._phrases[r])
            if (len(their_order) != len(order) or sum(a != b for a, b in zip(order, their_order)) != 1
                    or order[-1] != their_order[-1]):
                continue
            old_word = _written_word(phrase, next(iter(gone)))
            new_word = _written_word(self._phrases[r], next(iter(new)))
            if (old_word is None or new_word is None or not (old_word.isalpha() and new_word.isalpha())
                    or min(len(old_word), len(new_word)) < SWAP_MIN_LETTERS or variant(gone, new)):
                continue
            candidates.append((self._phrases[r], new_word, old_word))
        if not candidates or self._written_in_a_row(phrase) > SWAP_MAX_WRITTEN:
            return ()
        cos = self._cosines([phrase, *(t for c in candidates for t in c)])
        kept = sorted((-cos(phrase, other), other) for other, new_word, old_word in candidates
                      if cos(phrase, other) >= SWAP_MIN_COSINE and cos(other, new_word) >= DESCRIPTIVE_MAX_COSINE
                      and cos(phrase, old_word) >= DESCRIPTIVE_MAX_COSINE)
        return tuple(dict.fromkeys(other for _, other in kept))[:MAX_NEIGHBOURS]

    def _written_in_a_row(self, phrase: str) -> int:
        """How many of the corpus's chunks read (``Passages``) write ``phrase``'s words in a row (0 without them)."""
        terms = [t for w in phrase.split() for t in tokenize(w) if t not in QUESTION_WORDS]
        if self._passages is None or not terms:
            return 0
        return sum(_in_a_row(text, terms) for text in self._passages(frozenset(terms)))

    def inner_less(self, phrase: str) -> tuple[str, ...]:
        """The phrase less one inner word ("green vegetables" of "green leafy vegetables"): its first word and its
        head stay, so it still says what kind of thing it names; kept where the corpus writes the rest as it stands
        (its words in a row, each a plain word: "dose aspirin" inside "low-dose aspirin" is not written so) and the
        embedder puts the rest close to the whole (SITE_MIN_COSINE). A word of the question that the corpus writes
        rarely or never (a modifier its sources leave out) would otherwise be needed in every statement, the
        rarest term of a form being the one a partial match must have. Grammar, the corpus and the embedder, no
        list; nothing without the corpus's passages and the embedder."""
        words = phrase.split()
        if self._passages is None or self._encode is None or len(words) < 3:
            return ()
        if not all(len(_terms(w)) == 1 and w.lower() not in _LINKS for w in words):
            return ()
        passages = self._passages

        def find() -> tuple[str, ...]:
            rests = [words[:n] + words[n + 1:] for n in range(1, len(words) - 1)
                     if words[n].isalpha() and words[n].islower() and len(words[n]) >= INNER_MIN_LETTERS
                     and words[n] not in _NUMBER_WORDS
                     and not self._named_alone(words[:n + 1], words[n + 1])]
            written = [" ".join(rest) for rest in rests
                       if any(_in_a_row(text, [next(iter(_terms(w))) for w in rest])
                              for text in passages(frozenset(t for w in rest for t in _terms(w))))]
            if not written:
                return ()
            vectors = self._vectors_of([phrase, *written])
            return tuple(w for k, w in enumerate(written) if float(vectors[0] @ vectors[k + 1]) >= SITE_MIN_COSINE)

        return self._remembered(self._inner_less, phrase, find)

    def reordered(self, phrase: str) -> tuple[str, ...]:
        """The phrase with the words before its head in another order, as the corpus writes them ("green leafy
        vegetables" of "leafy green vegetables"): English orders a noun's describing words more than one way, and
        the same words before the same head name the same thing. Kept where a chunk writes it in a row, each a plain
        word, the head last; then what the corpus leaves out of it (``inner_less``) is read in the corpus's order, not
        the question's. Grammar and the corpus's passages only; nothing without them."""
        words = phrase.split()
        if self._passages is None or not REORDERED_WORDS[0] <= len(words) <= REORDERED_WORDS[1]:
            return ()
        if not all(len(_terms(w)) == 1 and w.lower() not in _LINKS for w in words):
            return ()
        passages = self._passages

        def find() -> tuple[str, ...]:
            texts = passages(frozenset(t for w in words for t in _terms(w)))
            found = []
            for order in itertools.permutations(words[:-1]):
                if list(order) == words[:-1]:
                    continue
                other = [*order, words[-1]]
                if any(_in_a_row(text, [next(iter(_terms(w))) for w in other]) for text in texts):
                    found.append(" ".join(other))
            return tuple(found)

        return self._remembered(self._reordered, phrase, find)

    def glossed(self, phrase: str) -> tuple[str, ...]:
        """The names the corpus gives ``phrase`` in parentheses, or gives in parentheses to it: "myocardial infarction"
        of "heart attack" where a chunk writes "myocardial infarction (heart attack)" or "heart attack (myocardial
        infarction)" (a plural "s" or "es" on a word allowed). The name before a parenthesis runs back over the words
        that give terms, at most GLOSS_MAX_WORDS, and the gloss is of such words alone (see GLOSS_MAX_WORDS,
        GLOSS_MIN_COSINE). Plain words only: a short form in parentheses is a definition (ingest.abbreviations).
        Nothing without the corpus's passages and the embedder."""
        words = phrase.lower().split()
        if (self._passages is None or self._encode is None or not 1 <= len(words) <= GLOSS_MAX_WORDS
                or not all(w.isalpha() and _terms(w) and w not in _LINKS for w in words)
                or any(sum(c.isupper() for c in w) > 1 for w in phrase.split())):  # a short form: see _defined
            return ()
        passages = self._passages

        def find() -> tuple[str, ...]:
            # each word as written or with a plural ending, whichever the question has; matched in the text lower-
            # cased (the same positions), its case read from the text as written
            said = r"\s+".join(re.escape(w[:-1] if w.endswith("s") and not w.endswith("ss") else w) + r"(?:s|es)?"
                               for w in words)
            after = re.compile(rf"(?<![\w-]){said}\s*\(([a-z][a-z ]*[a-z])\)")
            before = re.compile(rf"\(\s*{said}\s*\)")
            found: list[str] = []
            for text in passages(_terms(phrase)):
                low = text.lower()
                if "(" not in low or len(low) != len(text):
                    continue
                # (Words written in lower case only: a capital marks a short form, "(ALS)", or a proper name, a
                # maker's "(AstraZeneca)", not another name of the thing.)
                for match in after.finditer(low):
                    gloss = text[match.start(1):match.end(1)]
                    glossed = gloss.split()
                    if (gloss.islower() and len(glossed) <= GLOSS_MAX_WORDS and glossed[0] not in _EXAMPLE_OPENERS
                            and all(_terms(w) and w not in _LINKS for w in glossed)):
                        found.append(gloss)
                for match in before.finditer(low):
                    # The name runs back to a function word ("after an acute myocardial infarction (heart attack)")
                    # or the start of a clause; a name that may reach further back ("the 22q11.2 deletion syndrome (di
                    # George syndrome)": a number, a capital or a fifth word before it) is left, not cut short.
                    ahead = text[max(0, match.start() - 120):match.start()]
                    if not ahead.endswith((" ", "\n")) and ahead:
                        continue  # "word(heart attack)": no space, no gloss
                    tokens = ahead.split()
                    plain: list[str] = []  # the plain words right before the parenthesis, GLOSS_MAX_WORDS at most
                    for w in reversed(tokens[-GLOSS_MAX_WORDS:]):
                        if not w.isascii() or not w.isalpha():
                            break
                        plain.insert(0, w)
                    rest = tokens[:len(tokens) - len(plain)]
                    name = _name_ending(plain, rest[-1] if rest else "") if plain else None
                    if name:
                        found.append(name)
            # One word glossed by one word is most often a kind named by its class, "antagonist (elagolix)": a name of
            # two words or more on one side at least.
            found = [f for f in dict.fromkeys(found)
                     if _terms(f) != _terms(phrase) and (len(words) > 1 or len(f.split()) > 1)]
            if not found:
                return ()
            vectors = self._vectors_of([phrase, *found])
            return tuple(f for k, f in enumerate(found) if float(vectors[0] @ vectors[k + 1]) >= GLOSS_MIN_COSINE)

        return self._remembered(self._glossed, phrase, find)

    def adjective_forms(self, phrase: str) -> tuple[str, ...]:
        """The phrase with a noun before another word written as the corpus's adjective of it before that word
        ("calcific deposits" for "calcium deposits", "diabetic patients" for "diabetes patients"): a phrase of the
        lexicon (index.lexicon) of the two words, the second the same, the first ending as English adjectives do
        (``_ADJECTIVE_ENDINGS``), sharing all but at most ``ADJECTIVE_CUT`` last letters of the noun
        (``ADJECTIVE_MIN_STEM`` or more) and adding at most ``ADJECTIVE_ADDED``: a derived form, not another word of
        the family ("epileptogenic" of "epilepsy"), kept where the corpus writes it in more chunks than the question's
        two words (its own name for the thing) and the embedder puts the two not far apart (ADJECTIVE_MIN_COSINE).
        The corpus's phrases and the embedder, no list of words; nothing without the lexicon's vectors, the corpus's
        passages and the embedder."""
        words = phrase.split()
        if self._vectors is None or self._encode is None or self._passages is None or len(words) < 2:
            return ()
        return self._remembered(self._adjectives, phrase, lambda: self._find_adjective_forms(words))

    def _find_adjective_forms(self, words: list[str]) -> tuple[str, ...]:
        out: list[str] = []
        for n in range(len(words) - 1):
            noun, after = words[n].lower(), words[n + 1].lower()
            own, follow = _terms(noun), _terms(after)
            if not noun.isalpha() or len(noun) < ADJECTIVE_MIN_STEM or len(own) != 1 or len(follow) != 1:
                continue
            for row in self._by_term.get(next(iter(follow)), ()):
                their = ordered_terms(self._phrases[row])
                adjective = _written_word(self._phrases[row], their[0]) if len(their) == 2 else None
                if (their[-1:] != list(follow) or adjective is None or not adjective.endswith(_ADJECTIVE_ENDINGS)
                        or noun.endswith(_ADJECTIVE_ENDINGS) or _terms(adjective) == own
                        or len(kept := _common_start(noun, adjective)) < max(ADJECTIVE_MIN_STEM,
                                                                             len(noun) - ADJECTIVE_CUT)
                        or len(adjective) - len(kept) > ADJECTIVE_ADDED):
                    continue
                pair, theirs = f"{noun} {after}", f"{adjective} {after}"
                if self._written_in_a_row(theirs) <= self._written_in_a_row(pair):
                    continue
                vectors = self._vectors_of([pair, self._phrases[row]])
                if float(vectors[0] @ vectors[1]) >= ADJECTIVE_MIN_COSINE:
                    out.append(" ".join([*words[:n], adjective, *words[n + 1:]]))
        return tuple(dict.fromkeys(out))

    def adjective_named(self, phrase: str) -> tuple[str, ...]:
        """A one-word name the corpus never writes ("hypoglycaemia") said as the corpus says it: its adjective before
        a noun ("hypoglycaemic episodes"), the adjective formed from the word as ``adjective_forms`` reads one (an
        adjective ending, all but ``ADJECTIVE_CUT`` last letters kept, at most ``ADJECTIVE_ADDED`` added), each noun
        the corpus writes after it kept where the embedder puts the pair near the word (ADJECTIVE_NAMED_MIN_COSINE):
        "hypoglycaemic episodes" are hypoglycaemia, "hypoglycaemic drugs" and "diabetic retinopathy" are other things.
        The adjective alone is no name, as those show. Only for a word the corpus lacks (``unwritten``): a corpus that
        writes the noun names the thing by it. The corpus's words and the embedder, no list; nothing without the
        corpus's vocabulary and passages and the embedder."""
        word = phrase.strip().lower()
        own = _terms(word)
        if (self._encode is None or self._passages is None or not word.isalpha() or len(own) != 1
                or len(word) < ADJECTIVE_MIN_STEM or word.endswith(_ADJECTIVE_ENDINGS) or self.unwritten(word) != own):
            return ()
        return self._remembered(self._adjective_named, word, lambda: self._find_adjective_named(word, own))

    def _find_adjective_named(self, word: str, own: frozenset[str]) -> tuple[str, ...]:
        keep = max(ADJECTIVE_MIN_STEM, len(word) - ADJECTIVE_CUT)
        start = word[:keep]
        at = bisect_left(self._forwards, start)
        stems = []
        while at < len(self._forwards) and self._forwards[at].startswith(start):
            stems.append(self._forwards[at])
            at += 1
        found: Counter[str] = Counter()
        for stem in stems:
            for text in self._passages(frozenset({stem})) if self._passages is not None else ():
                groups = _words(text)
                for k in range(len(groups) - 1):
                    this, after = groups[k], groups[k + 1]
                    if len(this) != 1 or len(after) != 1 or this[0][1] != (stem,):
                        continue
                    adjective, noun = this[0][0], after[0][0]
                    if (not adjective.isalpha() or not adjective.endswith(_ADJECTIVE_ENDINGS)
                            or len(_common_start(word, adjective)) < keep
                            or len(adjective) - len(_common_start(word, adjective)) > ADJECTIVE_ADDED
                            or not noun.isalpha() or noun in _LINKS or not _terms(noun)):
                        continue
                    found[f"{adjective} {noun}"] += 1
        if not found:
            return ()
        pairs = [p for p, _ in found.most_common(ADJECTIVE_NAMED_CANDIDATES)]
        vectors = self._vectors_of([word, *pairs])
        return tuple(p for k, p in enumerate(pairs) if float(vectors[0] @ vectors[k + 1]) >= ADJECTIVE_NAMED_MIN_COSINE)

    def _named_alone(self, words: list[str], after: str) -> bool:
        """Whether the corpus writes ``words`` in a row with another word than ``after`` next, or last: then they are
        a name of their own ("aortic valve" of "aortic valve calcification": "calcification of the aortic valve",
        "aortic valve replacement"), and the inner word is the head of that name, not a modifier to leave out
        ("aortic calcification" is another thing). "green leafy" is written only before "vegetables"."""
        if self._passages is None:
            return False
        terms = [next(iter(_terms(w))) for w in words]
        follow = _terms(after)
        for text in self._passages(frozenset(terms)):
            plain = [parts[0][1] if len(parts) == 1 else None for parts in _words(text)]
            for k in range(len(plain) - len(terms) + 1):
                if plain[k:k + len(terms)] == [(t,) for t in terms]:
                    nxt = plain[k + len(terms)] if k + len(terms) < len(plain) else None
                    if not (nxt and set(nxt) <= follow):
                        return True
        return False

    def _find_broader(self, phrase: str, words: list[str], counts: Counts) -> tuple[str, ...]:
        starts = list(range(1, min(len(words), MAX_LEADING + 1)))
        splits = []
        for k in starts:
            kept, left = " ".join(words[k:]), " ".join(words[:k])
            named, with_left = counts(_terms(kept), _terms(left) - _terms(kept))
            if named and with_left < CORPUS_OWN_SHARE * named:
                splits.append((kept, left))
        found: tuple[str, ...] = ()
        if splits:
            vectors = self._vectors_of([phrase, *(text for split in splits for text in split)])
            found = tuple(kept for k, (kept, left) in enumerate(splits)
                          if (float(vectors[0] @ vectors[1 + 2 * k]) >= NARROWER_MIN_COSINE or _whole_of(left))
                          and float(vectors[0] @ vectors[2 + 2 * k]) < DESCRIPTIVE_MAX_COSINE)
        return found

    def _remembered(self, table: dict[str, tuple[str, ...]], key: str,
                    find: Callable[[], tuple[str, ...]]) -> tuple[str, ...]:
        """``find()``, remembered in ``table`` under ``key`` (at most ``PHRASES_KEPT``: emptied when full), the
        table shared between threads under the lexicon's lock (``remembered.remembered_in``)."""
        return remembered_in(table, key, find, PHRASES_KEPT, self._lock)

    def composites(self) -> dict[str, list[str]]:
        """The composite outcomes the corpus defines -> their members (ingest.composites), read at index build over
        every chunk. A lexicon written before the build read them (None) reads them from every chunk's text once, on
        first use, as the build would have (an older index answers as a rebuilt one); empty without those texts."""
        if self._composites is None:
            found = corpus_composites(self._texts()) if self._texts is not None else {}
            with self._lock:
                self._composites = found
        return self._composites

    def phrase_vectors(self, texts: list[str]) -> np.ndarray | None:
        """Normalized vectors of short phrases (``_vectors_of``), or None for a lexicon without the index's
        embedder."""
        return self._vectors_of(texts) if self._encode is not None else None

    def _cosines(self, texts: list[str]) -> Callable[[str, str], float]:
        """The cosine of any two of ``texts`` (``_vectors_of``, one embedder call for those it has not seen)."""
        unique = list(dict.fromkeys(texts))
        row = {t: k for k, t in enumerate(unique)}
        vectors = self._vectors_of(unique)
        return lambda a, b: float(vectors[row[a]] @ vectors[row[b]])

    def _vectors_of(self, texts: list[str]) -> np.ndarray:
        """Normalized vectors of ``texts``: a corpus phrase's from the lexicon, the rest from one embedder call,
        remembered by the whole batch of texts it encoded (the leading words that describe, "chronic", "severe", recur
        from question to question). A batch, not a text: the int8 encoder quantizes a batch by its whole range, so a
        text's vector moves with the texts beside it (cosine 0.985 between "mild persistent" alone and beside "mild
        acute otitis media"), and a vector remembered from another question's batch made an answer depend on the
        question asked before it. Which texts are encoded together depends on ``texts`` and the lexicon alone. Together,
        not each alone: two texts quantized by one range keep their cosine nearer the fp32 model's, as the thresholds
        were set on (mean error 0.008 against 0.018 alone over 17 pairs the thresholds' comments name, session 64)."""
        out: list[np.ndarray | None] = []
        phrase_vectors = self._vectors
        for text in texts:
            rows = self._rows.get(_terms(text)) if phrase_vectors is not None else None
            out.append(phrase_vectors[rows].mean(axis=0) if rows and phrase_vectors is not None else None)
        todo = tuple(dict.fromkeys(t for t, v in zip(texts, out) if v is None))
        if todo and self._encode is not None:
            with self._lock:
                encoded = self._seen.get(todo)
            if encoded is None:
                encoded = np.asarray(self._encode(list(todo)), dtype=np.float32)
                with self._lock:
                    if len(self._seen) > 20_000:
                        self._seen.clear()
                    self._seen[todo] = encoded
            fresh = dict(zip(todo, encoded))
            out = [fresh[t] if v is None else v for t, v in zip(texts, out)]
        vectors = np.asarray(out, dtype=np.float32)
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True).clip(min=1e-9)

    def _close(self, a: frozenset[str], b: frozenset[str]) -> bool:
        """Whether the corpus phrases with terms ``a`` and ``b`` are close enough for the longer to name
        the shorter (False when either has no vector)."""
        if self._vectors is None or a not in self._rows or b not in self._rows:
            return False
        va, vb = (self._vectors[self._rows[t]].mean(axis=0) for t in (a, b))
        cos = float(np.dot(va, vb)) / ((float(np.linalg.norm(va)) * float(np.linalg.norm(vb))) or 1.0)
        return cos >= NARROWER_MIN_COSINE

    def neighbours(self, phrase: str) -> list[str]:
        """The corpus phrases near ``phrase`` in the embedding space that are variants of it (see
        ``variant``), closest first. Empty unless the corpus itself uses the phrase (or defines it as an
        abbreviation): its vector is looked up, never computed here."""
        own = _terms(phrase)
        if self._vectors is None or not own:
            return []
        rows = list(self._rows.get(own, ()))
        for long_form in self._long_of.get(own, ()):
            rows += self._rows.get(_terms(long_form), [])
        if not rows:
            return []
        # Only phrases all of whose words share first letters with the phrase's can be variants: those few
        # are compared, not the whole matrix (the answer path stays a dictionary look-up and a few dots).
        mine = _prefixes(own)
        found = {r for p in mine for r in self._by_prefix.get(p, ())}
        variants = sorted(r for r in found if _prefixes(self._phrase_terms[r]) <= mine
                          and variant(own, self._phrase_terms[r]))
        if not variants:
            return []
        centre = self._vectors[rows].mean(axis=0)
        centre /= float(np.linalg.norm(centre)) or 1.0
        sims = [float(np.dot(self._vectors[r], centre)) for r in variants]
        ranked = sorted(zip(sims, variants), key=lambda sr: (-sr[0], sr[1]))
        out = [self._phrases[r] for sim, r in ranked if sim >= NEIGHBOUR_MIN_COSINE]
        return out[:MAX_NEIGHBOURS]


EMPTY_LEXICON = Lexicon({})


def text_passages(texts: Iterable[str]) -> Passages:
    """``Passages`` over a list of texts (each a chunk), for a lexicon made without an index."""
    chunks = [(frozenset(tokenize(text)), text) for text in texts]

    def passages(terms: frozenset[str]) -> list[str]:
        return [text for chunk, text in chunks if terms <= chunk]

    return passages


def text_counts(texts: Iterable[str]) -> Counts:
    """``Counts`` over a list of texts (each a chunk), for a lexicon made without an index."""
    chunks = [frozenset(tokenize(text)) for text in texts]

    def counts(terms: frozenset[str], others: frozenset[str]) -> tuple[int, int]:
        naming = [chunk for chunk in chunks if terms <= chunk]
        return len(naming), sum(1 for chunk in naming if chunk & others)

    return counts


def _one_vowel_apart(word: str) -> list[str]:
    """Spellings of a word one vowel beside another more or fewer ("coeliac" -> "celiac", "anemia" ->
    "anaemia", "tumor" -> "tumour"), or with an s or a z between vowels swapped ("randomise" -> "randomize"):
    the ways British and American spelling differ, from the alphabet alone."""
    out: list[str] = []
    for i, letter in enumerate(word):
        near = (i > 0 and word[i - 1] in _VOWELS) or (i + 1 < len(word) and word[i + 1] in _VOWELS)
        if letter in _VOWELS and near:
            out.append(word[:i] + word[i + 1:])
        if letter in "sz" and 0 < i < len(word) - 1 and word[i - 1] in _VOWELS and word[i + 1] in _VOWELS:
            out.append(word[:i] + ("z" if letter == "s" else "s") + word[i + 1:])
    for i in range(len(word) + 1):
        for vowel in _VOWELS:
            if (i > 0 and word[i - 1] in _VOWELS) or (i < len(word) and word[i] in _VOWELS):
                out.append(word[:i] + vowel + word[i:])
    return list(dict.fromkeys(c for c in out if c != word))


# An acronym as a question writes it: two to six capitals, with a plural "s" or not ("LABA", "ICS", "SABAs", "OA"), or
# capitals and one lower-case letter after them ("ACEi": the "i" of the word after "ACE"). Two capitals spell too many
# phrases to tell which from the corpus alone: they are read beside a neighbour (``spell_beside``).
_ACRONYM = re.compile(r"^(?P<letters>[A-Z]{2,6}[a-rt-z]?)s?$")
# A learned long form is the one the corpus means where it holds this share of the definitions of those it writes.
LEARNED_DOMINANT = 2 / 3
# The fewest letters an acronym keeps once its last capital is dropped (``Lexicon._defined_head_less``): "COCP" keeps
# "COC"; a two-letter rest ("CT" of "CTA") names too many things to stand for the longer one.
HEAD_LESS_MIN = 3
# A name of capitals then digits, written without a hyphen ("GZM2"; see Lexicon.hyphen_written).
_UNHYPHENATED = re.compile(r"([A-Z][A-Za-z]*[A-Z])(\d{1,2})")
# What may stand around a question's word ("pain?", "(OA)").
_EDGE_PUNCTUATION = "?!.,;:()[]\"'"
# How often the corpus must write the phrase an acronym spells (``spell_out``), and how many times more often than
# any other phrase it spells.
MIN_SPELLED = 2
SPELLED_LEAD = 2


def _acronym_terms(word: str) -> frozenset[str]:
    """The terms of an acronym as the corpus defines it: those of its singular where it is written as a plural, its
    capitals and a lower-case "s" ("SCDs" of "SCD"). The tokenizer leaves a word of four letters unstemmed ("scds"), so
    the corpus's "sequential compression device (SCD)" never spelled "SCDs", and a long form learned from other text
    ("sudden cardiac death") was read in its place."""
    if len(word) > 2 and word.endswith("s") and word[:-1].isupper():
        return _terms(word[:-1])
    return _terms(word)


@functools.lru_cache(maxsize=20_000)
def _acronym_letters(word: str) -> str | None:
    """The letters of an acronym (``_ACRONYM``), lower-cased, or None for any other word. Remembered per word: asked
    of each word of a question several times over (a few dozen calls an answer)."""
    match = _ACRONYM.match(word)
    return match.group("letters").lower() if match else None


def spell_out(letters: str, texts: Iterable[str]) -> tuple[str, ...]:
    """The phrase of ``texts`` that an acronym's ``letters`` spell: words each opening with the next of its letters
    ("long-acting beta-agonist" for "laba"), where a word may also hold the next letters inside it in order (the
    "s" of "corticosteroid" for "ics": the initials of a word's parts), none of them a word that gives no term ("of",
    "should"). Phrases that spell it one initial a word come before those that take letters inside words. The check is
    the corpus's own counts: the phrase (as its terms, any case or number) written ``MIN_SPELLED`` times or more and
    ``SPELLED_LEAD`` times as often as any other phrase of its kind; else none. Empty, or the phrase as most often
    written (lower case)."""
    first = re.escape(letters[0])
    runs = re.compile(rf"(?=\b([{first}{first.upper()}][a-z]*(?:(?:-|\s+)[a-z]+){{1,{len(letters) - 1}}}))")
    found: dict[tuple[bool, frozenset[str]], Counter[str]] = {}
    for text in texts:
        for run in runs.findall(text):
            spaced = re.split(r"(-|\s+)", run)
            words_, seps = spaced[0::2], spaced[1::2]
            if words_[1][0] not in letters[1:]:  # a phrase's second word opens with a later letter (most runs do not)
                continue
            for k in range(2, len(words_) + 1):
                pure = _spells(letters, [w.lower() for w in words_[:k]])
                if pure is None or not all(_terms(w) for w in words_[:k]):
                    continue
                phrase = "".join(w + sep for w, sep in zip(words_[:k], [*seps[:k - 1], ""])).lower()
                found.setdefault((pure, _terms(phrase)), Counter())[phrase] += 1
    for pure in (True, False):
        counts = sorted(((sum(c.values()), key) for key, c in found.items() if key[0] == pure),
                        key=lambda nk: -nk[0])
        if counts and counts[0][0] >= MIN_SPELLED and (len(counts) < 2 or counts[0][0] >= SPELLED_LEAD * counts[1][0]):
            return (found[counts[0][1]].most_common(1)[0][0],)
        if counts:
            return ()  # phrases that spell it one initial a word, none clearly the corpus's: no guess inside words
    return ()


def spell_beside(letters: str, texts: Iterable[str], before: str | None, after: str | None,
                 pattern: bool = False) -> tuple[str, ...]:
    """The phrase of ``texts`` that ``letters`` spell (``_spells``: one word may give them all, "osteoarthritis"
    for "oa", "intravenous" for "iv") written right after the word ``before`` or right before the word ``after`` (any
    case, a plural "s" or not): a neighbour the question writes beside its acronym ("knee OA", "IV iron") tells which
    of the phrases it spells the corpus means. The check is the corpus's counts, as ``spell_out``'s: the phrase (as
    its terms) written so ``MIN_SPELLED`` times or more and ``SPELLED_LEAD`` times as often as any other; else none.
    With ``pattern``, ``before`` is a pattern of the neighbour (``NUMBER``: any number), not its word."""
    found: dict[frozenset[str], Counter[str]] = {}
    word = r"[A-Za-z][a-z]*"
    most = len(letters)
    # Each pattern with its neighbour alone (the same flags): a text that does not write the neighbour is passed over
    # after one quick search (the pattern after it tries every word of every text: most chunks never write it).
    patterns = []
    if before:
        left = before if pattern else re.escape(before)
        patterns.append((re.compile(rf"\b{left}s?\s+({word}(?:(?:-|\s+){word}){{0,{most - 1}}})",
                                    re.IGNORECASE), re.compile(left, re.IGNORECASE), True))
    if after:
        ahead = rf"(?<![A-Za-z-])((?:{word}(?:-|\s+)){{0,{most - 1}}}{word})\s+{re.escape(after)}s?\b"
        patterns.append((re.compile(ahead, re.IGNORECASE), re.compile(re.escape(after), re.IGNORECASE), False))
    for text in texts:
        for spelled, neighbour, leading in patterns:
            if neighbour.search(text) is None:
                continue
            for run in spelled.findall(text):
                spaced = re.split(r"(-|\s+)", run)
                words_, seps = spaced[0::2], spaced[1::2]
                spans = [(0, k) for k in range(1, len(words_) + 1)] if leading else \
                    [(k, len(words_)) for k in range(len(words_))]
                for start, end in spans:
                    taken = [w.lower() for w in words_[start:end]]
                    if _spells(letters, taken) is None or not all(_terms(w) for w in taken):
                        continue
                    phrase = "".join(w + sep for w, sep in zip(taken, [*seps[start:end - 1], ""]))
                    found.setdefault(_terms(phrase), Counter())[phrase] += 1
    counts = sorted((sum(c.values()) for c in found.values()), reverse=True)
    if not counts or counts[0] < MIN_SPELLED or (len(counts) > 1 and counts[0] < SPELLED_LEAD * counts[1]):
        return ()
    top = next(c for c in found.values() if sum(c.values()) == counts[0])
    return (top.most_common(1)[0][0],)


# A clinical note's clip of two lower-case letters ("ca" of "breast ca"), read after the word it is of
# (``Lexicon._clip_after``). Longer clips are read among the chunks on the question's other words (``_clipped``).
_SHORT_CLIP = re.compile(r"[a-z]{2}")

# A word of a question as ``Lexicon.plain_unwritten`` reads it: letters and digits, hyphenated parts joined.
_PLAIN_WORD = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*")

# A clipped word ("veg", "clarithro"): this many letters, lower case, the first letters of the corpus's word.
CLIPPED_LETTERS = (3, 12)
# ... and from this many letters, a clip one chunk's word opens with, none other's, is that word.
LONG_CLIP = 6


def _unclipped_from(clip: str, texts: Texts, context: frozenset[str]) -> tuple[str, ...]:
    """``unclipped`` over the texts ``texts`` reads."""
    return unclipped(clip, texts(), context)


@lru_cache(maxsize=1)
def _model_words() -> frozenset[str]:
    """The whole words of the packaged embedder's vocabulary (all-MiniLM-L6-v2's word pieces that are no part of a
    word): the English words the model learned as such. A lower-case word of a question outside it that the corpus
    never writes either ("veg") is a clinician's short form; one inside it ("kid", "tab") a word. Empty where
    the model's vocabulary cannot be read (then no lower-case word is read as a short form)."""
    try:
        from index.embedder import default_model_path
        vocabulary = default_model_path() / "vocab.txt"
        return frozenset(w for w in vocabulary.read_text(encoding="utf-8").split() if w.isalpha())
    except Exception:  # noqa: BLE001 - no model package, no file: no lower-case short forms
        return frozenset()


def _singulars(word: str) -> tuple[str, ...]:
    """The forms ``word`` may have without an English plural's ending ("flares" -> "flare", "crises" -> "crisis",
    "biopsies" -> "biopsy", "doses" -> "dose"): what the embedder's vocabulary may hold whole where it splits the
    plural into pieces. Empty for a word without such an ending."""
    if not word.endswith("s") or word.endswith("ss") or len(word) < 4:
        return ()
    forms = [word[:-1]]
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("es"):
        forms += [word[:-2], word[:-2] + "is"]
    return tuple(forms)


def _clipped(word: str) -> bool:
    """Whether a word may be a clipped one ("veg", "clarithro"): lower-case letters, ``CLIPPED_LETTERS`` many, none a
    word the embedder learned whole ("kid", "tab", "pen"), nor a preposition or conjunction (``_LINKS``). (An acronym
    is left to its concept's forms: spelled by the initials of any phrase the chunks on the question's other words
    write, "ACE" was read as "adverse cardiovascular event" over guidelines that write "angiotensin-converting enzyme"
    with its hyphen; session 54.)"""
    return (word.isalpha() and word.islower() and CLIPPED_LETTERS[0] <= len(word) <= CLIPPED_LETTERS[1]
            and word not in _LINKS and bool(_model_words()) and word not in _model_words())


def unclipped(clip: str, texts: Iterable[str], context: frozenset[str]) -> tuple[str, ...]:
    """The corpus's word a clipped word ``clip`` the corpus never writes stands for ("vegetables" of "veg"): a longer
    word that opens with it, among the chunks of ``texts`` that hold one of the question's other terms (``context``),
    none a preposition, a conjunction (``_LINKS``) or a question word. The check is the corpus's counts, as
    ``spell_out``'s: the word (as its terms) in ``MIN_SPELLED`` such chunks or more and ``SPELLED_LEAD`` times as many
    as any other; a clip of ``LONG_CLIP`` letters or more ("clarithro") is specific, and in any chunk, one chunk is
    enough where no other word opens with it. Empty, or the word as most often written (lower case)."""
    long_clip = len(clip) >= LONG_CLIP
    found: dict[frozenset[str], Counter[str]] = {}
    chunks: Counter[frozenset[str]] = Counter()
    for text in texts:
        if not long_clip and not _terms(text) & context:
            continue
        # (A chunk whose lower-cased text does not hold the clip has no word opening with it: its words are not read.
        # Most chunks, and this runs over the corpus for each clipped word of a question first seen.)
        if clip not in text.lower():
            continue
        seen: set[frozenset[str]] = set()
        for word in (w.lower() for w in re.findall(r"[A-Za-z][A-Za-z\-]*", text)):
            if not word.startswith(clip) or len(word) <= len(clip) + 1:
                continue
            if word in _LINKS or not (_terms(word) - QUESTION_WORDS):
                continue
            key = _terms(word)
            found.setdefault(key, Counter())[word] += 1
            if key not in seen:
                seen.add(key)
                chunks[key] += 1
    ranked = chunks.most_common(2)
    if long_clip:
        return (found[ranked[0][0]].most_common(1)[0][0],) if len(ranked) == 1 else ()
    if not ranked or ranked[0][1] < MIN_SPELLED or (len(ranked) > 1 and ranked[0][1] < SPELLED_LEAD * ranked[1][1]):
        return ()
    return (found[ranked[0][0]].most_common(1)[0][0],)


def _spell_from(letters: str, texts: Texts) -> tuple[str, ...]:
    """``spell_out`` over the texts ``texts`` reads."""
    return spell_out(letters, texts())


def _spells(letters: str, written: list[str]) -> bool | None:
    """Whether ``written`` (lower-case words) spell ``letters``: each word opens with the next letter and may hold the
    ones after it inside it, in order, every letter used by the last word. True where each word gives one letter,
    False where some give more, None where they do not spell it."""
    def fit(n: int, k: int) -> bool | None:  # letters[n:] by written[k:]
        if k == len(written):
            return True if n == len(letters) else None
        word = written[k]
        if n >= len(letters) or not word.startswith(letters[n]):
            return None
        ways: list[bool] = []  # per way through the rest, whether every word gives one letter
        at, m = 1, n + 1  # the word gives letters[n:m]
        while True:
            rest = fit(m, k + 1)
            if rest is not None:
                ways.append(rest and m == n + 1)
            if m >= len(letters) or (at := word.find(letters[m], at)) < 0:
                break
            at, m = at + 1, m + 1
        return any(ways) if ways else None
    return fit(0, 0)


def acronym_letters(word: str) -> str | None:
    """The letters of an acronym, lower-cased (``_ACRONYM``: "PD" -> "pd"), or None for any other word."""
    return _acronym_letters(word)


def spells_once(letters: str, written: list[str]) -> bool:
    """Whether lower-case words ``written`` spell ``letters`` one initial a word ("parkinson's", "disease" for "pd";
    ``_spells``)."""
    return bool(written) and _spells(letters, written) is True


def _common_start(a: str, b: str) -> str:
    """The letters ``a`` and ``b`` begin with alike."""
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def ordered_terms(phrase: str) -> list[str]:
    """The terms of ``phrase`` in the order of its words, question words (``QUESTION_WORDS``) aside."""
    return [t for t in tokenize(phrase) if t not in QUESTION_WORDS]


def _written_word(phrase: str, term: str) -> str | None:
    """The word of ``phrase`` that gives ``term`` alone (lower case), or None."""
    return next((w.lower() for w in phrase.split() if _terms(w) == {term}), None)


def _in_a_row(text: str, terms: list[str], parts: bool = False) -> bool:
    """Whether ``text`` has written words in a row, each a plain word (not part of a hyphenated one), that give
    ``terms`` in order; with ``parts``, the parts of hyphenated words count as words ("25-hydroxyvitamin D" has
    "hydroxyvitamin" and "d" in a row)."""
    if parts:
        written = tokenize(text)
        return any(written[k:k + len(terms)] == terms for k in range(len(written) - len(terms) + 1))
    plain = [word[0][1] if len(word) == 1 else None for word in _words(text)]
    wanted = [(t,) for t in terms]
    return any(plain[k:k + len(wanted)] == wanted for k in range(len(plain) - len(wanted) + 1))


def _name_ending(run: list[str], before: str) -> str | None:
    """The name that ends ``run`` (words before a parenthesis, see ``Lexicon.glossed``), lower case: its last words
    back to a function word, or all of them where ``before`` (the text's word before the run) ends a clause or is a
    function word; None where a word of the name may stand further back (a number, a capital inside a word)."""
    name: list[str] = []
    for w in reversed(run):
        if not _terms(w) or w.lower() in _LINKS:
            return " ".join(name).lower() or None
        if not w[1:].islower():
            return None
        name.insert(0, w)
    if not before or before[-1] in ".;:,!?(" or not _terms(before) or before.lower() in _LINKS:
        return " ".join(name).lower()
    return None


def _name_endings(text: str, words: list[str]) -> tuple[int, int]:
    """How often ``text`` writes ``words`` in a row (a plural "s" on the last allowed), and how often where a noun
    phrase ends: at the end, before a full stop or another closing mark, or before a word that gives no term or is a
    preposition ("migraine is", "for migraine in"); not before another noun ("migraine days"), a conjunction or a
    comma ("ovarian and breast cancer", "ovarian, tubal or peritoneal cancer": modifiers of one noun)."""
    said = r"[\s-]+".join(re.escape(w.lower()) for w in words)
    written = ends = 0
    low = text.lower()
    for match in re.finditer(rf"(?<![\w-]){said}s?(?![\w-])", low):
        written += 1
        after = low[match.end():].lstrip(" ")
        following = after.split(maxsplit=1)[0] if after else ""
        if not following:
            ends += 1
        elif not following[0].isalnum():
            ends += following[0] != ","
        elif (word := re.match(r"[\w-]+", following)) and word.group() not in ("and", "or") and (
                not tokenize(word.group()) or word.group() in _LINKS):
            ends += 1
    return written, ends


def _said_apart(text: str, rest: list[str], head: str) -> bool:
    """Whether ``text`` writes ``head`` (or its plural / singular) somewhere not right after ``rest``'s words:
    "recurrent attacks of" in a chunk on migraine, not only "migraine attacks"."""
    stem = head.lower()[:-1] if head.lower().endswith("s") and not head.lower().endswith("ss") else head.lower()
    low = text.lower()
    before = r"[\s-]+".join(re.escape(w.lower()) for w in rest)
    for match in re.finditer(rf"(?<![\w-]){re.escape(stem)}(?:s|es)?(?![\w-])", low):
        if not re.search(rf"(?<![\w-]){before}s?[\s-]+$", low[:match.start()]):
            return True
    return False


def _prefixes(terms: frozenset[str], prefix: int = SHARED_PREFIX) -> frozenset[str]:
    return frozenset(t[:prefix] for t in terms)


def variant(own: frozenset[str], other: frozenset[str], prefix: int = SHARED_PREFIX) -> bool:
    """Whether ``other`` names what ``own`` names in other forms of its words: each side has words the
    other lacks, and each such word shares its first ``prefix`` letters with one of the other side's
    ("calcific tendinitis" / "calcific tendinopathy", "tendon calcification" / "calcific tendinopathy").
    A phrase inside the other is a broader or narrower name, and siblings differ in a word of their own."""
    mine, theirs = own - other, other - own
    if not mine or not theirs:
        return False

    def matched(word: str, others: frozenset[str]) -> bool:
        return len(word) >= prefix and any(len(o) >= prefix and o[:prefix] == word[:prefix] for o in others)

    return all(matched(w, theirs) for w in mine) and all(matched(w, mine) for w in theirs)


# A side's rarest term this long or longer is met by a statement's term that opens with it: the stemmer cuts
# "medication" to "medic" and "medicine" to "medicin"; shorter stems open too many other words.
SIDE_STEM_MIN = 5
def _opens_with(term: str, rarest: set[str]) -> bool:
    """Whether a statement's term is one of a side's rarest terms, or a longer stem that opens with one at least
    SIDE_STEM_MIN letters long."""
    return term in rarest or any(len(r) >= SIDE_STEM_MIN and term.startswith(r) for r in rarest)


# Words that say two things are taken together: combined, in combination, together, plus, alongside, added to,
# co-administered, concomitant, dual. Grammar of giving, no topic ("with" alone joins only between the two: "patients
# with ..." elsewhere in a sentence joins nothing).
_JOINING = re.compile(r"\b(?:combin\w*|together|plus|alongside|concomitant\w*|co-?administ\w*|co-?supplement\w*|"
                      r"dual|add(?:ed|ing)?\s+to|add-on|with\s+each\s+other)\b", re.I)
# ... what joins two named next to each other, just before the second ("calcium with vitamin D", "X plus a Y"; not
# "calcium is taken with meals, and vitamin D ..."), and what sets them apart or offers one for the other ("without",
# "alone", "or", "versus", "than").
_JOINED_BETWEEN = re.compile(r"\b(?:with|plus|alongside|added\s+to)(?:\s+[\w\-]+){0,2}$", re.I)
_APART = re.compile(r"\b(?:without|alone|or|nor|versus|vs|than|instead|rather)\b", re.I)
# A third thing joined to the two after them ("amoxicillin-clavulanate or ceftriaxone combined with a macrolide"):
# advice on the pair with something more is no answer on the pair alone.
_JOINED_AFTER = re.compile(r"^\W*(?:[\w\-]+\W+){0,3}?(?:combined\s+with|plus|added\s+to|together\s+with|alongside)\b",
                           re.I)
JOIN_REACH = 8  # words between the two sides' names at most
# The verb that says two named with "and" are given together, just after them (within the second's name and a few
# words: "... angiotensin receptor blockers should not be combined", "... are taken together") or the act before them
# ("combining X and Y", "the combination of X and Y"). Grammar.
_COMBINED_AFTER = re.compile(r"^\W*(?:[\w\-]+\W+){0,6}?(?:combined|co-?administered|(?:taken|given|used)\s+together)\b",
                             re.I)
_COMBINING_BEFORE = re.compile(r"\b(?:combin\w*|co-?administ\w*)(?:\s+of)?(?:\s+(?:the|a|an))?\s*$", re.I)
_TEXT_WORD = re.compile(r"[\w\-]+")


# "with" or "without" and the word of joining said after it ("without co-administered vitamin D", "with concomitant
# aspirin"): the preposition already says the two are (or are not) taken together.
_PREPOSITION_JOINING = re.compile(r"\b(?P<p>with|without)\s+(?P<j>[\w\-]+)\s+(?=\S)", re.I)
# What joins two things named as one intervention ("high-dose vitamin D with vitamin K", "calcium and vitamin D").
TAKEN_WITH = re.compile(r"\s(?:with|plus|and)\s", re.I)


def taken_apart(name: str, lexicon: Lexicon = EMPTY_LEXICON, idf: Idf | None = None) -> tuple[Concept, ...]:
    """The two things an intervention ``name`` joins (``TAKEN_WITH``: "vitamin D" and "calcium" of "vitamin D and
    calcium"), each as a concept with the corpus's names for it ("angiotensin receptor blockers" for "ARBs"); empty
    for a name that joins none, or more than two."""
    parts = TAKEN_WITH.split(name)
    if len(parts) != 2 or not all(_terms(part) for part in parts):
        return ()
    return tuple(concept(part, lexicon, idf, written_out=False) for part in parts)


def one_taken_alone(taken: tuple[Concept, ...], terms: frozenset[str], text: str) -> bool:
    """Whether a statement's ``terms`` name one of two things asked together (``taken``, ``taken_apart``) and no word
    of the other of its own ("k" of "vitamin K" beside "vitamin D", said as itself, another form or a numbered
    subtype, "k2": ``Concept.present``): it speaks of that one alone, and neither its own words, which may meet most
    of the joined name, nor its source's title, which may name both, make it a statement on the two together ("Large
    trials ... have not shown that vitamin D supplements prevent fractures" under a guidance on vitamin D and calcium
    is no finding on vitamin D with calcium). A word of the other, or a word of combining (``_COMBINING``), is enough
    to keep it: "Combining behavioural support with a stop-smoking medicine" speaks of "behavioural support with
    medication" in other words. Grammar of joining, no topic."""
    if len(taken) != 2 or _COMBINING.search(text):
        return False
    return any(one.mentioned_in(terms, text=text)
               and not frozenset().union(*other.present(terms)) - frozenset().union(*one.forms)
               for one, other in (taken, taken[::-1]))


# Words that say a statement is on things taken together, whatever it calls the second ("Combining behavioural support
# with a stop-smoking medicine ..."): English's words of combining. Grammar.
_COMBINING = re.compile(r"\b(?:combin\w*|together|plus|alongside|co-?administ\w*|added\s+to|in\s+addition\s+to)\b",
                        re.I)


def plainly_joined(name: str) -> tuple[str, ...]:
    """``name`` less a word of joining (``_JOINING``) said right after "with" or "without" ("calcium supplements
    without vitamin D" of "calcium supplements without co-administered vitamin D"), which a statement leaves out, as a
    one-item tuple; empty when it has none. Grammar of giving, no topic: the word would otherwise be a term every
    statement must have."""
    plain = _PREPOSITION_JOINING.sub(lambda m: f"{m.group('p')} " if _JOINING.fullmatch(m.group("j")) else m.group(0),
                                     name)
    return (plain,) if plain != name else ()


def restricted_head(name: str) -> str | None:
    """What ``name`` restricts with "without" ("calcium supplements" of "calcium supplements without vitamin D"): the
    thing itself, taken without the other; None for a name with no such restriction. A study titled on the thing
    is a study of it, whichever statements of it say what it was taken without."""
    head = re.split(r"\s+without\s+", name, maxsplit=1, flags=re.I)[0].strip()
    return head if head != name.strip() and _terms(head) else None


def joins(text: str, sides: tuple[Concept, ...]) -> bool:
    """Whether a statement names the two ``sides`` of a combination taken together: in one hyphenated name
    ("budesonide-formoterol"), or within JOIN_REACH words of each other with a joining word between them ("calcium
    with vitamin D", "lavage combined with a corticosteroid injection") or, joined by "and", a word of joining just
    before or after them ("ACE inhibitors and angiotensin receptor blockers should not be combined"); never with a
    word that sets them apart between them ("calcium supplements without vitamin D", "an ACE inhibitor or an
    angiotensin receptor blocker"), nor with a third thing joined to them after ("... combined with a macrolide")."""
    words = _TEXT_WORD.findall(text)
    at = [[k for k, w in enumerate(words) if side.names_word(w)] for side in sides]
    if len(at) != 2 or not at[0] or not at[1]:
        return False
    for i in at[0]:
        for j in at[1]:
            lo, hi = min(i, j), max(i, j)
            after = " ".join(words[hi + 1:])
            if _JOINED_AFTER.search(after):
                continue
            if lo == hi:
                return True
            between = " ".join(words[lo + 1:hi])
            if hi - lo > JOIN_REACH or _APART.search(between):
                continue
            if _JOINED_BETWEEN.search(between) or _JOINING.search(between):
                return True
            before = " ".join(words[max(0, lo - 3):lo])
            said_together = bool(_COMBINED_AFTER.match(after) or _COMBINING_BEFORE.search(before))
            if said_together and re.search(r"\band\b", between, re.I):
                return True
    return False


def combination(whole: Concept, name: str, lexicon: Lexicon, idf: Idf | None) -> Concept:
    """``whole`` (the concept of "X with Y" or "X plus Y") as the two things taken together (``Concept.sides``), each
    named as the corpus names it on its own ("ARBs" as "angiotensin receptor blockers"); ``whole`` unchanged where
    ``name`` does not join two things so."""
    # "X plus Y", or "A with X plus Y" (what A is done with: "dual RAS blockade with an ACE inhibitor plus an ARB"):
    # the two joined by "plus"; else "X with Y"; else, asked as a combination, "X and Y".
    joined = re.split(r"\s+with\s+", name)[-1]
    if re.search(r"\splus\s", joined):
        halves = re.split(r"\s+plus\s+", joined, maxsplit=1)
    elif re.search(r"\swith\s", name):
        halves = re.split(r"\s+with\s+", name, maxsplit=1)
    else:  # "combining X and Y", "a combination of X and Y": the act read as a combination (Question.combined)
        halves = re.split(r"\s+and\s+", re.sub(r"^(?:(?:a|the)\s+)?combination\s+of\s+", "", name, flags=re.I),
                          maxsplit=1)
    parts = [part for part in halves if _terms(part)]
    if len(parts) != 2:
        return whole
    # (Each side without its acronyms written out, ``concept``'s ``written_out``: so written, the sides "ACE inhibitor"
    # and "ARB" were each met in a list of first-line classes, read as naming the two together, and "Yes." stood above
    # advice not to combine them.)
    return dataclasses.replace(whole, sides=tuple(concept(part, lexicon, idf, written_out=False) for part in parts))


def question_concepts(q: Question, lexicon: Lexicon = EMPTY_LEXICON,
                      idf: Idf | None = None) -> tuple[Concept | None, Concept | None]:
    """The question's intervention and condition as concepts (None where it names none). Only the condition
    may be named by its head alone (``Lexicon.broader``): a statement about a condition holds for a described
    case of it ("asthma" for "persistent asthma"), while the words before an intervention say what is done
    ("routine imaging" is not imaging when red flags are present)."""
    intervention = concept(q.intervention, lexicon, idf) if q.intervention else None
    if intervention is not None and q.combined:
        intervention = combination(intervention, intervention.name, lexicon, idf)
    if intervention is not None and q.alternatives:
        # Two treatments offered as alternatives ("antidepressants or psychotherapy"): a statement that names either
        # names what is asked, so each side's forms are forms of the intervention.
        sides = [concept(side, lexicon, idf) for side in q.alternatives]
        intervention = Concept(name=intervention.name, forms=tuple(f for s in sides for f in s.forms),
                               weights=tuple(w for s in sides for w in s.weights),
                               links=frozenset().union(*(s.links for s in sides)),
                               names=tuple(n for s in sides for n in s.names),
                               exact=tuple(e for s in sides for e in (s.exact or (False,) * len(s.forms)))
                               if any(s.exact for s in sides) else ())
    return (intervention, concept(q.condition, lexicon, idf, condition=True) if q.condition else None)


def concept(name: str, lexicon: Lexicon = EMPTY_LEXICON, idf: Idf | None = None,
            condition: bool = False, details_apart: bool = True, written_out: bool = True) -> Concept:
    """The concept for a phrase, widened by the names the corpus gives it; empty forms are dropped. A
    ``condition`` (a question's condition, see ``question_concepts``) is also named by its head alone where
    its leading words only describe it (``Lexicon.broader``), and by that head's other names; and, where the question
    goes on after a comma with details of the case (``case_named``), by the condition it names before them
    (``details_apart``; without it, only with them, as the test of whether a statement speaks to the details reads
    it: ``scoring._head_only_test``). Without ``written_out``, no form with its acronyms written out
    (``Lexicon.acronyms_written``; the sides of a combination)."""
    return _concept(name.strip(), lexicon, idf, condition, details_apart, written_out)


# A condition a case note names first, then details of the case after a comma ("gizmo bursitis of the hip, 4 months of
# physiotherapy failed", "frobnic anaemia, heavy periods"): the condition is what stands before the comma; the details
# say which case of it is asked (``condition_head`` cuts them as a qualifying clause). Grammar: the first comma, words
# before it naming no people, and words after it.
_CASE_THEN_DETAILS = re.compile(r"^(?P<case>[^,;]+?)\s*,\s*(?P<details>\S.*)$")


def case_named(condition: str) -> str | None:
    """The condition a question names before the details of the case it adds after a comma (``_CASE_THEN_DETAILS``):
    "frobnic anaemia" of "frobnic anaemia, heavy periods". A statement on that condition speaks to the case as a
    statement on the condition of a vignette does: "Extracorporeal shockwave therapy is recommended ... after three
    to six months of conservative treatment" answers "calcific tendinitis, 5 months conservative management failed",
    which no statement names whole (read whole, that answer was "insufficient evidence" above that very advice).
    None without such a comma, or where what stands before it names people or nothing."""
    m = _CASE_THEN_DETAILS.match(condition.strip())
    if m is None:
        return None
    case, details = _ARTICLE.sub("", m.group("case").strip()), m.group("details")
    if not _terms(case) or not _terms(details) or names_people(case) or _PEOPLE_NOUN.search(case):
        return None
    if _LIST_END.search(details) and not _CASE_DETAIL.search(details):
        return None  # a list of conditions ("asthma, gizmo lung and frobnitis"), each asked, not one case's details
    return case


# The last item of a list after "and" or "or" ("..., gizmo lung and frobnitis"), and what says the words are details of
# a case, not items of a list: a number or a word of what happened ("failed", "worsening"). Grammar.
_LIST_END = re.compile(r"\b(?:and|or)\s+[\w\-]+(?:\s+[\w\-]+){0,2}\s*$", re.I)
_CASE_DETAIL = re.compile(r"\d|\b[a-z]+(?:ed|ing)\b", re.I)


@lru_cache(maxsize=4096)
def _concept(name: str, lexicon: Lexicon, idf: Idf | None, condition: bool = False,
             details_apart: bool = True, written_out: bool = True) -> Concept:
    forms: list[frozenset[str]] = []
    broader = (*lexicon.broader(name), *lexicon.site_less(name), *lexicon.head_less(name)) if condition else ()
    # A condition asked for people is named by its broader name for the same people ("community-acquired pneumonia in
    # adults" of "mild community-acquired pneumonia in adults"): ``Lexicon.broader`` reads a plain noun phrase only.
    split = population_of(name) if condition else None
    if split is not None:
        broader = (*broader, *(f"{b} in {split[1]}" for b in lexicon.broader(split[0])))
    parts = parts_of(name) if condition else ()
    # An act asked as a gerund alone (question.gerund: "fixing") the corpus has a noun for is named by that
    # noun only ("fixation"): the verb's own stem would also meet "fixed protocols", "reversed" findings. A
    # longer phrase keeps its own words ("rating scale" is no "ration scale", "pressing need" no "pressure").
    own = () if " " not in name and lexicon.act_nouns(name) else (name, *plainly_joined(name))
    links = set(GRAMMAR_LINKS)
    names: list[tuple[frozenset[str], ...] | None] = []
    _add_forms(forms, own, links, names)
    # An acronym the corpus never writes, spelled out by its phrase (``Lexicon.spelled``): met only whole.
    before = len(forms)
    _add_forms(forms, lexicon.spelled(name), links, names)
    # ... and the phrase with an acronym the corpus defines written out (``Lexicon.acronyms_written``: "herpes simplex
    # virus testing" of "HSV testing"), met only whole too: a statement that writes the long form ("testing for herpes
    # simplex virus") names the asked thing, which the phrase's own form (the short one) and the long form's other
    # names (``names``, of the abbreviation alone) never met; whole, so "international normalised ratio" is no "high
    # INR". Only a plain noun phrase (no word of ``_LINKS``): written out, a name joining two things ("ACE
    # inhibitors plus ARB") was met by a list naming both as alternatives, and "Yes." stood above advice not to combine
    # them.
    if written_out and all(w.lower() not in _LINKS | _PLUS_WORDS for w in name.split()):
        _add_forms(forms, lexicon.acronyms_written(name), links, names)
    spelled = range(before, len(forms))
    # A one-word condition the corpus never writes is named as the corpus says it, by its adjective before a noun
    # ("hypoglycaemic episodes" of "hypoglycaemia", ``Lexicon.adjective_named``).
    adjectives = lexicon.adjective_named(name) if condition else ()
    _add_forms(forms, (*lexicon.names(name), *lexicon.kinds(name), *adjectives,
                       *(n for b in broader for n in (b, *lexicon.names(b), *lexicon.kinds(b)))), links, names)
    # A condition asked for people ("ear infections in kids who are allergic to penicillin") is named whole by the
    # corpus's other names and kinds of the condition for the same people ("acute otitis media in kids who ...").
    asked = asked_people(name) if condition else None
    if asked is not None:
        _add_forms(forms, (f"{other} in {asked[1]}" for other in (*lexicon.names(asked[0]), *lexicon.kinds(asked[0]))),
                   links, names)
    case = case_named(name) if condition and details_apart else None
    if case is not None:
        # The condition named before the details of the case (``case_named``), by its own words, the corpus's names
        # and kinds of it, and its names without a site or a head that only describes it: whole, as the case's.
        case_broader = (*lexicon.broader(case), *lexicon.site_less(case), *lexicon.head_less(case))
        _add_forms(forms, (case, *lexicon.names(case), *lexicon.kinds(case),
                           *(n for b in case_broader for n in (b, *lexicon.names(b)))), links, names)
    whole_forms = len(forms)
    population_less = population_part(name) if condition else None
    core_forms = None
    defined: frozenset[str] = frozenset()
    if population_less is not None:
        _add_forms(forms, (population_less,), links, names)
        if split is not None and population_less != split[0] and definer(split[1]) != "with":
            # What defines the people by what they do or lack ("planning pregnancy", "taking warfarin", "without
            # comorbidities") is asked as much as the condition: met only whole, never left out as a population
            # qualifier may be ("calcific tendinitis with warfarin" is not named by a trial of shockwave therapy for
            # calcific tendinitis). What "with" gives them is met in part, as the whole condition's form is
            # ("mortality with severe traumatic brain injury", "knee osteoarthritis with typical symptoms").
            defined = _terms(population_less)
        _add_forms(forms, (*lexicon.names(population_less), *lexicon.kinds(population_less),
                           *lexicon.broader(population_less)), links, names)
        core_forms = len(forms)
    _add_forms(forms, (n for part in parts for n in (part, *lexicon.names(part))), links, names)
    # The head of a qualified condition (``condition_head``), and the corpus's names for it and for its broader
    # name: what a guideline's advice on the case names, met in part as the parts above are.
    head = condition_head(name) if condition else None
    if head is not None:
        head_broader = (*lexicon.broader(head), *lexicon.site_less(head))
        _add_forms(forms, (n for h in (head, *head_broader) for n in (h, *lexicon.names(h))), links, names)
    # Rarest first; terms of equal IDF (rare words each seen once in the corpus) by the term itself, not in
    # the frozenset's order, which changes with the process's string hashing: otherwise which of two equally
    # rare terms ``mentioned_in`` requires, and so the answer, differed between runs of the same code.
    # ... and a term the tokeniser joined from a hyphenated word ("3b4" of "3b-4", beside "3b" and "4") that the corpus
    # never writes after the others (``_unwritten_join``): never the rarest, which a partial match must have.
    weights = tuple(_weighted(form, idf, lexicon) for form in forms)
    return Concept(name=name, forms=tuple(forms), weights=weights,
                   whole=whole_forms if (parts or head is not None) and len(forms) > whole_forms else None,
                   core=core_forms if core_forms is not None and core_forms > whole_forms else None,
                   links=frozenset(links),
                   names=tuple(names),
                   exact=tuple(k in spelled or form == defined for k, form in enumerate(forms))
                   if spelled or defined else (),
                   modifiers=hyphen_modifiers(name),
                   people=people_terms(asked[1]) if asked is not None else frozenset(),
                   rivals=tuple(lexicon.rival_classes(name)))


# A noun that names people: one of question.PERSON_NOUNS, or any noun "who" follows ("kids who are allergic"), the
# relative pronoun of persons. Grammar, no topic.
_PEOPLE_NOUN = re.compile(rf"\b{PERSON_NOUNS}\b|\b[a-z]+(?=\s+who\b)", re.I)


def asked_people(condition: str) -> tuple[str, str] | None:
    """(the condition, the people it is asked for) of a condition that ends in people (``question.population_of``,
    or words after its last "in" or "among", ``question.LAST_IN``, headed by a noun "who" follows: "ear infections in
    kids who are allergic to penicillin"); None otherwise."""
    split = population_of(condition)
    if split is not None:
        return split
    match = LAST_IN.match(condition)
    if match is None or not _terms(match.group("core")):
        return None
    who = match.group("who")
    return (match.group("core"), who) if re.match(r"^(?:[\w\-]+\s+){0,2}[a-z]+\s+who\s+\w", who, re.I) else None


def people_terms(phrase: str) -> frozenset[str]:
    """The terms of the nouns for people a phrase names (``_PEOPLE_NOUN``): "kid" of "kids who are allergic to
    penicillin", "women" of "older women"."""
    return frozenset(t for m in _PEOPLE_NOUN.finditer(phrase) for t in tokenize(m.group(0)))


# A hyphenated modifier: a word, a hyphen, the rest, and the word it modifies when one follows ("long-acting beta",
# "low-dose aspirin", "non-severe").
_HYPHENATED = re.compile(r"\b([a-z]+)-([a-z]+)\b(?:\s+([a-z]+))?")


def hyphen_modifiers(name: str) -> tuple[tuple[str, str, str], ...]:
    """The hyphenated words of a name as (first part, rest, the word after it or ""), in lower case: ("long",
    "acting", "beta") of "long-acting beta-agonists". Grammar, no topic."""
    return tuple(dict.fromkeys(_HYPHENATED.findall(name.lower())))


def _names_rival(text: str, modifiers: tuple[tuple[str, str, str], ...]) -> bool:
    """Whether a statement writes one of the name's hyphenated words with another first part, before the same word,
    and never as the name does ("short-acting beta-agonist alone" for "long-acting beta-agonists"): the first part
    is what tells the two apart, the rest and what it modifies are shared ("population-based surveys" is no rival
    of "community-based services")."""
    written = _HYPHENATED.findall(text.lower())
    own = {(first, rest) for first, rest, _ in written}
    return any(rest == own_rest and first != own_first and (own_first, own_rest) not in own
               and (not own_next or tokenize(after) == tokenize(own_next))
               for own_first, own_rest, own_next in modifiers for first, rest, after in written)


@lru_cache(maxsize=50_000)
def _without_classes(text: str, classes: tuple[str, ...]) -> str:
    """``text`` with each of the class names written in it left out (its last word singular or plural): what it
    says apart from them (``Concept.rivals``)."""
    for name in classes:
        words = name.split()
        last = re.escape(words[-1][:-1] if words[-1].lower().endswith("s") else words[-1])
        pattern = r"\s+".join([*map(re.escape, words[:-1]), last + r"s?"])
        text = re.sub(rf"(?<![\w\-]){pattern}(?![\w\-])", " ", text, flags=re.I)
    return text


def _add_forms(forms: list[frozenset[str]], phrases: Iterable[str], links: set[str],
               names: list[tuple[frozenset[str], ...] | None]) -> None:
    """Add each phrase's terms (and their other script: β / beta) to ``forms`` unless already there, with the
    names the phrase joins to ``names`` (``names_of``), and its words that give no term (stop words, question
    words: "therapy" of "exercise therapy programmes") to ``links``, the words a statement may have between the
    words of a name (``together``)."""
    for phrase in phrases:
        links.update(word for word, terms in words(phrase) if word and not set(terms) - QUESTION_WORDS)
        form, joined = _terms(phrase), names_of(phrase)
        for each, each_names in ((form, joined), (_other_script(form), joined and tuple(map(_other_script, joined)))):
            if each and each not in forms:
                forms.append(each)
                names.append(each_names)


def names_of(phrase: str) -> tuple[frozenset[str], ...] | None:
    """The terms of the names a phrase joins with a preposition or a conjunction ("survival" and "mesothelioma"
    of "survival of mesothelioma patients", "heart disease" and "anaemia" of "heart disease and anaemia"), or None
    for a phrase that is one name ("weight-loss drugs"). Grammar only: the words of one name stand together in a
    statement that names it, while the names a preposition joins may be said apart."""
    # (A joining word that is a term, "during" of "visits for asthma during pregnancy", is a name of its own.)
    pieces = re.split(r"\s+(" + "|".join(sorted(_LINKS)) + r")\s+", f" {phrase.strip()} ", flags=re.I)
    found = tuple(terms for piece in pieces if (terms := _terms(piece)))
    return found if len(found) > 1 else None


def population_part(condition: str) -> str | None:
    """The condition without the population of people it is asked for ("myocardial infarction" of
    "myocardial infarction in older women", "femur fractures" of "... in polytrauma patients"; see
    question.population_of), or None. What defines the people with "with", "without" or a participle stays, said
    of the condition ("knee osteoarthritis with typical symptoms" of "knee osteoarthritis in a 60-year-old with
    typical symptoms", "hypertension with pregnancy" of "... in a woman planning pregnancy"): "mortality in patients
    with severe traumatic brain injury" is not about mortality at large, and a statement writes no person's age ("a
    60-year-old") but the group it falls in ("adults aged 45 years or over"). None for people defined by a relative
    clause or a time ("who ...", "after ...")."""
    split = population_of(condition)
    if not split or not _terms(split[0]):
        return None
    core, who = split
    word = definer(who)
    if word is None:
        # People alone.
        return None if re.search(r"\b(?:with|who|after|undergoing)\b", who, re.I) else core
    defined = _DEFINED_PEOPLE.match(who)
    if defined is None or re.search(r"\b(?:who|after)\b", defined.group("what"), re.I):
        return None
    return f"{core} {'without' if word == 'without' else 'with'} {defined.group('what')}"


def definer(people: str) -> str | None:
    """The word that defines people as a question names them, right after the noun for them (``_DEFINED_PEOPLE``):
    "with", "without", or a participle ("planning" of "a woman planning pregnancy"), lower-cased; None for people
    alone ("older women") or defined otherwise ("kids who are allergic to penicillin")."""
    defined = _DEFINED_PEOPLE.match(people)
    if defined is None or not names_people(defined.group("who").split()[-1]):
        return None
    return defined.group("d").lower()


# People and what defines them, "with", "without" or a participle between ("a 60-year-old with typical symptoms", "a
# woman planning pregnancy", "patients undergoing surgery"): grammar, the first such word right after the noun for
# them (not "a woman of childbearing age", whose "childbearing" describes the age).
_DEFINED_PEOPLE = re.compile(rf"^(?P<who>.+?)\s+(?P<d>with|without|{DOING})\s+(?P<what>\S.*)$", re.I)


def parts_of(condition: str) -> tuple[str, ...]:
    """The parts of a question's condition that each name it in part: the condition without the population it
    is asked for ("femur fractures" of "femur fractures in polytrauma patients", see question.population_of),
    and each side of a conjunction ("heart disease", "anaemia" of "heart disease and anaemia": a recommendation
    for patients with heart disease speaks to those with both). Grammar only; a side that is a question word
    alone is left out."""
    out: list[str] = []
    core = population_part(condition) or condition
    if core != condition:
        out.append(core)
    # One "and" or "or" between two noun phrases, the first of two words or more: "heart disease and anaemia",
    # not coordinated modifiers ("acute and chronic inflammation", "colon and rectal surgery outcomes").
    sides = re.split(r"\s+(?:and|or)\s+", core)
    if (len(sides) == 2 and not re.search(r"\b(?:in|of|with|for|among|at|to)\b|,", core, re.I)
            and len(sides[0].split()) >= 2 and all(_terms(side) for side in sides)):
        out += sides
    return tuple(dict.fromkeys(p for p in out if _terms(p) and p != condition))



# A condition read as its head and the qualifiers on it (``condition_head``): the people the condition is named by,
# before it ("babies with positional plagiocephaly", "a patient with ...") or after it ("myeloma patients who ...",
# "dialysis patients"), and a clause that says more of the case ("who cannot have ...", "whose ...", "when ... is
# present", "after blunt trauma"). Grammar, no topic.
_LEADING_PEOPLE = re.compile(rf"^(?:(?:a|an|the|all|any)\s+)?(?:[\w\-]+\s+){{0,2}}?{PERSON_NOUNS}\s+"
                             r"(?:with|who\s+have|who\s+has|having)\s+(?P<what>\S.*)$", re.I)
_TRAILING_PEOPLE = re.compile(rf"^(?:(?:a|an|the|all|any)\s+)?(?P<what>[\w\-]+(?:\s+[\w\-]+){{0,3}}?)\s+"
                              rf"{PERSON_NOUNS}(?P<rest>\s+\S.*)?$", re.I)
_QUALIFYING_CLAUSE = re.compile(r"\s+(?:who|whose|when|whenever|if|after|that|which|where|because|unless)\b.*$|\s*,.*$",
                                re.I)
# One "and" joining the case to something of another kind ("typical probable Alzheimer disease and usual age of
# onset"): the side after it holds a preposition, the side before none.
_AND_MORE = re.compile(r"^(?P<what>(?:(?!\b(?:in|of|with|for|at|to|and|or)\b)[^,])+?)\s+and\s+(?P<more>.*"
                       r"\b(?:in|of|with|for|at|to)\b.*)$", re.I)
_ARTICLE = re.compile(r"^(?:(?:a|an|the)\s+)", re.I)
_ENDS_LINKED = re.compile(r"\b(?:in|among|of|with|for|at|to|on|and|or)$", re.I)


@lru_cache(maxsize=4096)
def condition_head(condition: str) -> str | None:
    """The head of a question's condition, without the people it is named by and the clauses that qualify the case
    (``_LEADING_PEOPLE``, ``_TRAILING_PEOPLE``, ``_QUALIFYING_CLAUSE``, ``_AND_MORE``): "positional plagiocephaly" of
    "babies with positional plagiocephaly", "myeloma" of "myeloma patients who cannot have a stem cell transplant",
    "thoracolumbar spine fractures" of "... after blunt trauma". None where the condition is its own head, or where
    what is left names nothing. A guideline's advice on the head speaks to the qualified case (``parts_of``), unless
    it says otherwise of the qualifier (``contradicts_qualifier``)."""
    name = condition.strip()
    head = name
    leading = _LEADING_PEOPLE.match(head)
    if leading is not None:
        head = leading.group("what")
    else:
        # (Only people qualified by a clause: "dialysis patients" names no more than dialysis already, "patients"
        # being a question word, and "older adults" is people alone.)
        trailing = _TRAILING_PEOPLE.match(head) if population_of(head) is None else None
        rest = (trailing.group("rest") or "").strip() if trailing is not None else ""
        if (trailing is not None and rest and _QUALIFYING_CLAUSE.match(" " + rest)
                and not _PEOPLE_NOUN.fullmatch(trailing.group("what").split()[-1])
                and not _ENDS_LINKED.search(trailing.group("what"))):
            head = trailing.group("what")
    # The case without the clause that qualifies it: a time ("after blunt trauma") is cut only from a head of two
    # words or more, which still names the case ("pain" of "pain after surgery" would be anything's pain).
    cut = _QUALIFYING_CLAUSE.sub("", head)
    if cut != head and (len(_terms(cut)) >= 2 or not re.match(r"\s*after\b", head[len(cut):], re.I)):
        head = cut
    more = _AND_MORE.match(head)
    if more is not None and len(_terms(more.group("what"))) >= 2:
        head = more.group("what")
    head = _ARTICLE.sub("", head.strip())
    if head == name or not _terms(head) or names_people(head):
        return None
    return head


# Words that deny what they stand beside ("not present", "no prior", "without", "cannot have", "ineligible"):
# grammar of negation, no topic.
_NEGATION = re.compile(r"\b(?:not|no|non|none|never|without|cannot|can't|unable|ineligible|absent|absence|except|"
                       r"unless|excluding|other\s+than)\b|\bn't\b", re.I)
# How near a word of negation must stand to the qualifier's word to deny it, in words.
NEGATION_REACH = 3


def qualifier_terms(condition: str) -> frozenset[str]:
    """The terms of what qualifies a condition beyond its head (``condition_head``), the people it names left out:
    "transplant" of "myeloma patients who cannot have a stem cell transplant"."""
    head = condition_head(condition)
    if head is None:
        return frozenset()
    return (_terms(condition) - _terms(head) - people_terms(condition) - QUESTION_WORDS - _CLAUSE_TERMS
            - frozenset(t for t in _terms(condition) if _NEGATION.fullmatch(t)))


def qualifier_phrase(condition: str) -> str:
    """The words of a condition's qualifier (``qualifier_terms``) in the order the condition gives them ("stem cell
    transplant" of "myeloma patients who cannot have a stem cell transplant"): a name the corpus may give in other
    words ("ASCT", ``Lexicon.names``); "" for a condition without one."""
    qualifier = qualifier_terms(condition)
    return " ".join(w for w in re.findall(r"[\w\-']+", condition)
                    if (terms := tokenize(w)) and set(terms) <= qualifier)


# The terms of the words that open a qualifying clause (``_QUALIFYING_CLAUSE``: "after" is a term): grammar, none a
# word of the qualifier itself.
_CLAUSE_TERMS = frozenset(tokenize("who whose when whenever if after that which where because unless"))


def _negated_near(tokens: list[str], qualifier: frozenset[str]) -> bool:
    """Whether a word of negation (``_NEGATION``) stands within ``NEGATION_REACH`` words of a word of the qualifier."""
    return any(_NEGATION.search(" ".join(tokens[max(0, k - NEGATION_REACH):k + NEGATION_REACH + 1]))
               for k, word in enumerate(tokens) if any(t in qualifier for t in tokenize(word)))


@lru_cache(maxsize=50_000)
def contradicts_qualifier(text: str, condition: str, also: frozenset[str] = frozenset(), numbers: bool = True) -> bool:
    """Whether a statement that names a condition's head says of its qualifier what the question does not: it names
    a word of the qualifier (``qualifier_terms``) with a word of negation near it (``NEGATION_REACH``) where the
    question has none, or without one where the question has one ("only if an epiretinal membrane is not present" for
    "... when an epiretinal membrane is present"); or the qualifier states a number the statement does not, beside
    the qualifier's word (a saturation of 97 percent, where the statement's threshold is another). Advice on the
    head is advice for the qualified case only where it says nothing else of the qualifier. ``also``: the terms of
    the corpus's other names for the qualifier ("asct" of "stem cell transplant"). ``numbers``: whether a number
    the statement does not state contradicts (False where thresholds are read apart, ``cutoffs.for_other_values``)."""
    qualifier = qualifier_terms(condition) | also
    if not qualifier:
        return False
    tokens = re.findall(r"[\w\-']+", text)
    places = [k for k, word in enumerate(tokens) if any(t in qualifier for t in tokenize(word))]
    if not places:
        return False
    asked_negated = _negated_near(re.findall(r"[\w\-']+", condition), qualifier)
    said_negated = _negated_near(tokens, qualifier)
    if asked_negated != said_negated:
        return True
    asked_numbers = _numbers_in(condition) if numbers else ()
    return bool(asked_numbers) and not all(_number_stated(n, text) for n in asked_numbers)


# A number as clinical text writes it, in digits or in words (``bounds.NUMBER_WORDS``: "three to six months"), and a
# range of two ("3 to 6", "three to six", "3-6"). Grammar of counting, no topic.
_NUMBER = rf"(?:\d+(?:\.\d+)?|{'|'.join(NUMBER_WORDS)})"
_STATED_NUMBER = re.compile(rf"(?<![\w\-.]){_NUMBER}(?![\w.])", re.I)
_STATED_RANGE = re.compile(rf"(?<![\w\-.])(?P<a>{_NUMBER})\s*(?:to|\u2013|-)\s*(?:about\s+)?(?P<b>{_NUMBER})(?![\w.])",
                           re.I)


def _as_number(word: str) -> float:
    """A number written in digits or in words."""
    return float(word) if word[0].isdigit() else float(NUMBER_WORDS[word.lower()])


def _numbers_in(text: str) -> frozenset[float]:
    """The numbers ``text`` writes, in digits or in words (``_STATED_NUMBER``)."""
    return frozenset(_as_number(m.group(0)) for m in _STATED_NUMBER.finditer(text))


def _number_stated(number: float, text: str) -> bool:
    """Whether a statement states ``number``: it writes it, in digits or in words, or a range that holds it ("after
    about three to six months of conservative treatment" states the "5 months" of a case, and says nothing else of
    it)."""
    if number in _numbers_in(text):
        return True
    return any(min(a, b) <= number <= max(a, b) for a, b in (
        (_as_number(m.group("a")), _as_number(m.group("b"))) for m in _STATED_RANGE.finditer(text)))

_GREEK_TERMS = {tokenize(letter)[0]: tokenize(name)[0] for letter, name in _GREEK.items()
                if tokenize(letter) and tokenize(name)}
_GREEK_TERMS.update({name: letter for letter, name in list(_GREEK_TERMS.items())})


def _other_script(form: frozenset[str]) -> frozenset[str]:
    """The form with its Greek letters written the other way ("β" for "beta" and back); empty when it has
    none, so that "β-blockers" in a source names the "beta-blockers" of a question."""
    if not form & _GREEK_TERMS.keys():
        return frozenset()
    return frozenset(_GREEK_TERMS.get(t, t) for t in form)


def _letters(phrase: str) -> str:
    """A phrase's letters and digits alone, lower-cased: the same name written with a hyphen or space more or fewer."""
    return "".join(c for c in phrase.lower() if c.isalnum())


# The words and short phrases of questions whose terms ``_terms`` keeps: a vocabulary's worth.
PHRASES_KEPT = 20_000


def _whole_of(left: str) -> bool:
    """Whether the leading words a phrase is read without only say its rest is taken whole (``_WHOLE_WORDS``:
    "all-cause" of "all-cause mortality")."""
    return _WHOLE_WORDS.fullmatch(left.strip()) is not None


@lru_cache(maxsize=PHRASES_KEPT)
def _terms(phrase: str) -> frozenset[str]:
    """A phrase's terms, question words aside: asked of a question's words and short phrases many times over while
    it is read (``apposed_less`` of each word and the one to three before it, ``kinds``), so remembered."""
    return frozenset(t for t in tokenize(phrase) if t not in QUESTION_WORDS)
