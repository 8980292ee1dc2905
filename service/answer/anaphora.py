"""Sentences that lean on the one before them: "The trial ...", "This ...", "These patients ...".

Quoted alone such a sentence has no subject, so the answer quotes it together with its antecedent or
not at all. The evaluation counts statements that open this way as dangling.
"""
from __future__ import annotations

import re

from index.lexical import tokenize

# Determiners and pronouns that point back, and study nouns after a definite article that name a study
# introduced earlier ("The trial", "The authors"): closed-class grammar, not topic words. "Such as" after the
# subject's noun gives examples of it ("Psychological therapies such as cognitive behavioural therapy are ..."),
# pointing at nothing.
_ANAPHOR = re.compile(
    r"^(?:(?:this|these|those|that|such|it|its|they|their|them|he|she|both|the latter|the former)\b|"
    r"(?:[\w\-]+,?\s+){1,2}(?:this|these|those|such(?!\s+as\b))\b|"
    r"(?:in|of|from|for|among|within) (?:this|these|that|those|such|both|the same) \w+|"
    r"(?:in|of|from) (?:the|that) (?:study|trial|studies|trials|review|analysis|cohort|series)\b|"
    r"the (?:trial|study|studies|trials|authors|investigators|researchers|review|analysis|meta-analysis|"
    r"cohort|series|patients|participants|subjects|results|findings|drug|intervention|treatment|"
    r"procedure|same)\b|"
    r"(?:however|moreover|furthermore|additionally|in addition|nevertheless|therefore|thus|hence|"
    r"consequently|similarly|likewise|in contrast|conversely|also)\b,?\s*(?:this|these|it|they|the "
    r"(?:trial|study|authors))\b)", re.I)


# A source speaking of itself ("In this randomized trial, ...", "This review found ...", "Our results ...")
# names its subject: the cited source.
# Its adjectives may be listed with commas ("This prospective, randomized study was designed ..."), and it may
# name itself by its design ("This was a retrospective review of ...", "This is a cross-sectional study.").
_SELF = re.compile(r"^(?:[\w\-]+,?\s+){0,3}(?:(?:this|the present|the current|our)\s+(?:[\w\-]+,?\s+){0,3}?|"
                   r"this (?:is|was) (?:an?|the first)\s+(?:[\w\-]+,?\s+){0,4}?)"
                   r"(?:study|trial|review|analysis|meta-analysis|paper|article|report|work|survey|cohort study|"
                   r"results?|findings|data|comparison|audit|series)\b", re.I)


# Authors who give advice are the source's own: "The authors recommend urgent reversal of ...", "The panel
# suggests ...", as guideline summaries word their recommendations (an abstract's "The authors found ..." may
# report another study's authors, so only advice verbs).
_OWN_ADVICE = re.compile(r"^the (?:authors|panel|committee|task force|working group|work group|guideline "
                         r"(?:authors|panel|group))\s+(?:(?:also|strongly|conditionally)\s+)?"
                         r"(?:recommends?|suggests?|advises?|endorses?)\b", re.I)


# A conclusion drawn from results ("These results suggest that ...", "Taken together, these findings indicate
# ...", "These findings strongly predict ...", "These results implicate X as ...", "These results led us to
# conclude ..."): what the cited source concludes, its claim whole after the verb of evidence, like "Our
# results show". Not "These findings led to randomized trials of X": someone else's findings, named before.
_CONCLUSION = re.compile(r"^(?:[\w\-]+,?\s+){0,2}(?:these|those)\s+(?:[\w\-]+\s+)?(?:results|findings|data|"
                         r"observations)\s+(?:(?!(?:are|were|was|is|have|has|had|be|been)\b)[\w\-]+\s+)?"
                         r"(?:(?:suggest|indicate|show|demonstrate|support|confirm|imply|reveal|establish|highlight|"
                         r"predict|point|implicate|provide)(?:s|d|ed)?|(?:lead|leads|led)\s+us\s+to)\b", re.I)


# Grammar words that open a phrase or clause defining the noun before them (``_NOT_ANAPHOR``, ``_POINTED_PLURAL``).
_DEFINING = r"(?:who|whom|whose|that|which|with|without|in|on|at|for|of|from|taking|receiving|given|treated|aged)\b"


# Sentence openings that look like an anaphor and point back at nothing. An expletive "it" holds the place of
# the clause after the predicate ("It is unclear whether ...", "It is well established that ...", "It has been
# proposed that ..."): one or two words (an adjective or participle, "not" or an adverb before it), never an
# article or "so"/"such" ("It is a drug that ...", "It is so potent that ..." point back), between the verb and
# the clause.
# The authors stating their aim ("The authors sought to determine whether ...") are the cited source's.
_NOT_ANAPHOR = re.compile(
    r"^(?:it\s+(?:is|was|remains|remained|seems|seemed|appears|appeared|has been|had been)\s+(?:not\s+)?"
    r"(?:(?!(?:a|an|the|this|that|these|those|its|their|so|such)\b)[\w\-]+\s+){1,2}(?:that|whether|if)\b|"
    r"the authors (?:aimed|sought)\b|"
    # "For those women seeking relief ... who are not responding to ...", "In those with X, ...": "those" defined by
    # the clause or phrase after it (a participle, a relative, a preposition), at most one noun between, points at no
    # earlier sentence. (Not "these": "these patients who ..." may point back to patients named before. Opening the
    # sentence, only a relative or a participle defines it, "Those taking X should ...": "Those with a history of
    # cancer were more likely to fall than those without cancer" sets one of the groups just described against the
    # other, and quoted alone it turned a held-out "yes" to "no".)
    rf"(?:[\w\-]+,?\s+){{1,2}}those\s+(?:(?!{_DEFINING})[a-z][a-z\-]+\s+)?(?:{_DEFINING}|[a-z]+ing\b)|"
    r"those\s+(?:who|whom|whose|[a-z]+ing)\b)", re.I)


def opens_with_anaphor(sentence: str) -> bool:
    """True when the sentence's subject is something named in an earlier sentence (not the source itself,
    its conclusion from its results, nor its authors giving advice or stating their aim; nor an expletive "it":
    ``_NOT_ANAPHOR``)."""
    text = sentence.strip().lstrip("\"'“(").strip()
    return (bool(_ANAPHOR.match(text)) and not _SELF.match(text) and not _OWN_ADVICE.match(text)
            and not _CONCLUSION.match(text) and not _NOT_ANAPHOR.match(text))


# A study pointed back to inside a sentence ("... was slower in the vitamin K1 group in that trial", "as in those
# studies", "in the same cohort"): "that", "those" and "the same" name a study of an earlier sentence ("this
# study" is the source's own, ``_SELF``).
# Only after a preposition: "suggest that future studies ...", "indicate that network-based analysis ..." join a
# clause, they point at nothing.
_STUDY_POINTED = re.compile(r"\b(?:in|of|from|for|among|within|by|with|than)\s+(?:that|those|the same)\s+"
                            r"(?:[\w\-]+\s+)?(?:study|studies|trial|trials|review|analysis|meta-analysis|cohort|"
                            r"series)\b", re.I)


# Things pointed back to inside a sentence by a demonstrative before a plural noun ("... who develop these
# symptoms", "... to confirm these findings"), one modifier allowed between ("these two groups"). Not "those" as
# a pronoun defined after it ("in those with diabetes", "those taking X"), nor a noun a clause after it defines
# ("those patients who ..."): grammar words only.
_POINTED_PLURAL = re.compile(rf"\b(?:these|those)\s+(?!{_DEFINING})(?:[a-z][a-z\-]+\s+(?!{_DEFINING}))??"
                             rf"([a-z][a-z\-]*[a-rt-z]s)\b(?!\s+{_DEFINING})", re.I)


def _pointed_plural(sentence: str) -> str | None:
    """The plural noun a demonstrative inside the sentence points back with (``_POINTED_PLURAL``), as the first
    five letters of its singular, when nothing earlier in the sentence names it ("Most symptoms were mild, and
    these symptoms resolved within a week" points within itself). Not in the sentence's first three words, which
    ``opens_with_anaphor`` reads (it lets a conclusion from results stand: "Taken together, these results
    suggest ...")."""
    for match in _POINTED_PLURAL.finditer(sentence):
        before = sentence[:match.start()]
        noun = match.group(1).lower().rstrip("s")[:5]
        if len(before.split()) > 2 and noun not in before.lower():
            return noun
    return None


def leans_back(sentence: str) -> bool:
    """True when the sentence needs an earlier one to be read: it opens with an anaphor (``opens_with_anaphor``),
    points back to a study inside it ("... in that trial"), which quoted alone names no trial, to things of
    an earlier sentence ("Clinicians should check serum calcium in patients ... who develop these symptoms"), to a
    value an earlier sentence states (``_pointed_value``: "... can lie well above this minimum threshold"), or to
    text written above it (``_pointed_above``: "... whose illness does not meet the above criteria")."""
    return (opens_with_anaphor(sentence) or bool(_STUDY_POINTED.search(sentence))
            or _pointed_plural(sentence) is not None or _pointed_value(sentence) is not None
            or _pointed_above(sentence) is not None)


# Text pointed back to by where it stands in the document ("the above criteria", "the criteria listed above", "as
# outlined above", "the aforementioned conditions", "the criteria above."; not "the preceding year", a span of time;
# nor a bare "as above", "... except aspirin as above", which adds a reference to a sentence that reads whole): quoted
# alone, such a sentence leans on conditions it never states ("People already taking X whose illness does not meet
# the above criteria may go on with it" led an answer whose criteria were nowhere in it). Words of a document's
# layout, no topic. The noun pointed at, where one is named, is group "n". ("Above" as a bound, "levels above 30",
# "aged 65 or above", points to no text: after a bare noun only "above" that ends its clause counts.)
_ABOVE_POINTED = re.compile(r"\b(?:the|these|those)\s+(?:above|above-mentioned|aforementioned|afore-mentioned|"
                            r"foregoing)\s+(?:[a-z][a-z\-]+\s+)??(?P<n>[a-z][a-z\-]+)|"
                            r"\b(?:(?P<m>[a-z][a-z\-]+)\s+|\bas\s+)(?:listed|described|outlined|mentioned|stated|"
                            r"set\s+out|specified|detailed|shown|defined)\s+above\b|"
                            r"\b(?P<e>criteria|conditions|recommendations?|requirements|indications|steps|measures|"
                            r"points|factors|features)\s+above\s*(?:[.,;:)]|$)", re.I)


def _pointed_above(sentence: str) -> str | None:
    """The noun a sentence points back to text above it with (``_ABOVE_POINTED``), as its first five letters, or ""
    where it names none ("as above"); None when it points to nothing above it."""
    match = _ABOVE_POINTED.search(sentence)
    if match is None:
        return None
    noun = (match.group("n") or match.group("m") or match.group("e") or "").lower()
    return "" if noun in _PRONOUNS else noun.rstrip("s")[:5]


def points_above(sentence: str) -> bool:
    """Whether a sentence points back to text written above it ("... does not meet the above criteria",
    ``_pointed_above``): its antecedent may be a whole list above it, not the one sentence before."""
    return _pointed_above(sentence) is not None


# Pronouns that may stand before "listed above" ("those listed above"): they name no noun to look for. Grammar words.
_PRONOUNS = frozenset({"this", "that", "these", "those", "it", "they", "them", "one", "ones", "all", "any", "each"})


# A value pointed back to inside a sentence, after a word of comparing or reaching ("... higher than this minimum
# threshold", "below that level", "at this dose"): quoted alone, it says more or less than a number it never gives.
# Nouns of a quantity or bound, grammar of measure, no topic.
_VALUE_POINTED = re.compile(r"\b(?:than|above|below|beyond|under|over|exceeding|at|to|of)\s+"
                            r"(?:this|that|these|those)\s+"
                            r"(?:(?P<m>[a-z][a-z\-]+)\s+)?(?P<n>thresholds?|levels?|values?|cut-?offs?|limits?|targets?|"
                            r"amounts?|doses?|intakes?|ranges?|concentrations?|minimum|maximum)\b", re.I)


def _pointed_value(sentence: str) -> tuple[str, ...] | None:
    """The words a sentence points back to a value with (``_VALUE_POINTED``: its noun and any modifier, each as its
    first five letters), when nothing earlier in the sentence names the noun ("A threshold of 48 ... and levels above
    this threshold" points within itself). None when it points to no value."""
    for match in _VALUE_POINTED.finditer(sentence):
        noun = match.group("n").lower().rstrip("s")[:5]
        if noun not in sentence[:match.start()].lower():
            return tuple(w.lower()[:5] for w in (match.group("m"), match.group("n")) if w)
    return None


_POINTED_NOUN = re.compile(r"\b(?:this|these|those|such|that|the|same)\s+([a-z][a-z\-]+)", re.I)
_SAME_NOUN = re.compile(r"\bthe\s+same\s+([a-z][a-z\-]+)", re.I)


def names_antecedent(sentence: str, previous: str) -> bool:
    """Whether ``previous`` can be what ``sentence`` points back to: when the anaphor names a noun ("this
    trial", "these patients", or inside the sentence "these symptoms"), the previous sentence must speak of it (of
    each, where it names two: "In the Rotterdam Study, X was not associated with these outcomes"); a bare pronoun
    takes any sentence."""
    head = " ".join(sentence.split()[:5])
    # The head's noun counts only where the sentence leans back through its head or a study it points to: in "We
    # show that two of these lncRNAs ..." the head's "that two" is no demonstrative, only "these lncRNAs" points.
    inside_only = not (opens_with_anaphor(sentence) or _STUDY_POINTED.search(sentence))
    pointed = _pointed_plural(sentence) is not None or _pointed_value(sentence) is not None
    match = None if inside_only and pointed else _POINTED_NOUN.search(head)
    if match and match.group(1).lower() == "same":
        # "the same trial": the noun after "same" ("Longer follow-up of the same trial ..."), past the head's five
        # words if need be; "same" itself names nothing the sentence before could speak of.
        match = _SAME_NOUN.search(sentence) or match
    nouns = (match.group(1).lower().rstrip("s")[:5] if match else None, _pointed_plural(sentence))
    above = _pointed_above(sentence)
    # Text pointed to as written above ("the above criteria") is stated by a sentence that names the noun pointed at;
    # a sentence that does not (the last item of a list of criteria) holds the criteria no better than none.
    if above and above not in previous.lower():
        return False
    value = _pointed_value(sentence)
    # A value pointed back to is stated by a sentence that gives a number or names it ("a minimum protein intake of
    # 1.5 g/kg/d" for "higher than this minimum threshold").
    if value is not None and not (_DIGIT.search(previous) or any(w in previous.lower() for w in value)):
        return False
    return all(noun in previous.lower() for noun in nouns if noun is not None)


_DIGIT = re.compile(r"\d")


# A definite description whose modifier is a participle ("The approved regimen ...", "The pooled trials ...", "The
# increased risk of ..."): English's way of naming again what the sentence before said was done ("Menatetrenone has
# been approved in Japan for osteoporosis ... The approved regimen is 45 milligrams per day"). Grammar only.
_DESCRIBED_AGAIN = re.compile(r"^the\s+(?P<p>[a-z]{3,}(?:ed|en))\s+[a-z][\w\-]*", re.I)


def describes_back(sentence: str, previous: str) -> bool:
    """Whether ``sentence`` opens with a definite description whose participle (``_DESCRIBED_AGAIN``) the sentence
    before it, ``previous``, says in a form of the same verb (its index stem): "The approved regimen is 45 milligrams
    per day" after "X has been approved in Japan for Y" names X's regimen for Y, and quoted alone it names neither
    (approved for what?). Not after a sentence that does not say it ("The recommended dietary allowance for calcium
    in that report ..." after one on an upper level): then the description is the sentence's own."""
    match = _DESCRIBED_AGAIN.match(sentence.strip())
    if not match:
        return False
    said = tokenize(match.group("p"))
    return bool(said) and said[0] in tokenize(previous)
