"""How a statement compares two things: which of them it says is the better (``stated_comparison``), and how it names
the side a question weighs its intervention against (``names_comparator``).

A comparison says the words its two sides share once: "Supervised exercise programmes tend to produce larger benefits
than unsupervised home programmes" compares supervised exercise with home exercise, "exercise" written on the first
side only. Read word by word, the statement never names "home exercise", and a comparison question on the two ("Is
supervised exercise better than home exercise ...?") would find no statement comparing them. English grammar (the
words of a head-to-head comparison, ``routing.HEAD_TO_HEAD``), no topic.
"""
from __future__ import annotations

import re

from index.lexical import tokenize
from service.answer.concepts import Concept
from service.answer.routing import HEAD_TO_HEAD

_WORD = re.compile(r"[^\W_][\w\-]*")
# How far apart a side's own words may stand beyond their number: one word between ("unsupervised home programmes").
_SIDE_GAP = 1


def names_comparator(comparator: Concept, intervention: Concept | None, terms: frozenset[str], text: str) -> bool:
    """Whether a statement (``text``, its ``terms``) names the ``comparator`` of a comparison question: by one of its
    names (``Concept.mentioned_in``), in a comparison with ``intervention`` that writes their shared words once
    (``elided_side``), or, where the comparator is one part of a combined intervention taken by itself
    (``one_part_alone``: "a patch alone" of "nicotine patches with a short-acting nicotine product"), as what a
    comparison weighs against, one thing of the intervention's kind by itself (``alone_arm``: "more effective than a
    single nicotine product")."""
    if comparator.mentioned_in(terms, text=text):
        return True
    if intervention is None:
        return False
    own = frozenset().union(*intervention.forms)
    return elided_side(comparator, intervention, terms, text) or (
        one_part_alone(comparator.name, own) and alone_arm(text, own))


# Words that say a thing is taken by itself, without what it may be combined with: "a patch alone", "a single
# nicotine product", "the patch on its own", "monotherapy". Grammar of giving, no topic.
_ALONE = re.compile(r"\b(?:alone|only|on\s+its\s+own|by\s+itself|single|sole|mono-?therap(?:y|ies))\b", re.I)
_ALONE_WORDS = frozenset(tokenize("a an the one alone only on its own by itself single sole"))
# What a comparison weighs against, after its word of comparing ("more effective than a single nicotine product",
# "increases quit rates compared with a single form of nicotine replacement"), to the end of its clause.
_WEIGHED_AGAINST = re.compile(r"\b(?:than|compared\s+(?:with|to)|versus|vs\.?|relative\s+to)\s+(?P<arm>[^,;:.!?]+)",
                              re.I)


def one_part_alone(compared: str, intervention_terms: frozenset[str]) -> bool:
    """Whether what a question compares with (``compared``) is a part of the asked intervention taken by itself: it
    says so in a word (``_ALONE``) and every other term of it is one of ``intervention_terms`` ("a patch alone" of
    "nicotine patches with a short-acting nicotine product"; not "a steroid injection alone" of "needle lavage"). The
    intervention is then that part with something more, and a comparison of the two weighs a combination against one
    thing of its kind by itself, however it names that thing ("a single nicotine product")."""
    rest = frozenset(tokenize(compared)) - _ALONE_WORDS
    return bool(_ALONE.search(compared)) and bool(rest) and rest <= intervention_terms


def alone_arm(text: str, intervention_terms: frozenset[str]) -> bool:
    """Whether a statement weighs something against one thing by itself of the intervention's kind: the arm after a
    word of comparing (``_WEIGHED_AGAINST``) is such a thing (``alone_side``: "than a single nicotine product",
    "compared with a single form of nicotine replacement"), and what is weighed against it is not said to be by
    itself."""
    return any(alone_side(found.group("arm"), intervention_terms) and not _ALONE.search(text[:found.start()])
               for found in _WEIGHED_AGAINST.finditer(text))


def alone_side(arm: str, intervention_terms: frozenset[str]) -> bool:
    """Whether one side of a comparison (``arm``) is one thing by itself of the intervention's kind: it says so in a
    word (``_ALONE``) and names a term of ``intervention_terms`` ("a single nicotine product"), or is monotherapy."""
    alone = _ALONE.search(arm)
    return alone is not None and (bool(frozenset(tokenize(arm)) & intervention_terms)
                                  or alone.group(0).lower().startswith("mono"))


def elided_side(comparator: Concept, intervention: Concept, terms: frozenset[str], text: str) -> bool:
    """Whether a statement compares ``intervention`` with ``comparator`` writing the words the two names share on one
    side only: it names the intervention whole, and, across a word of a head-to-head comparison ("than", "compared
    with", "versus"), the comparator's own words (those the intervention's name lacks) stand together on the other
    side from the intervention's own words ("supervised exercise ... than unsupervised home programmes" for home
    exercise against supervised exercise). Not where the names share no word (nothing is left out then), nor where
    either has no word of its own."""
    if not intervention.mentioned_in(terms, text=text):
        return False
    words = _WORD.findall(text)
    stems = [frozenset(tokenize(w)) for w in words]
    pivots = [k for k, w in enumerate(words) if HEAD_TO_HEAD.regex.fullmatch(w)]
    if not pivots:
        return False
    for c_form in comparator.forms:
        for i_form in intervention.forms:
            shared, c_own, i_own = c_form & i_form, c_form - i_form, i_form - c_form
            if not (shared and c_own and i_own and shared <= terms):
                continue
            c_at = [k for k, s in enumerate(stems) if s & c_own]
            i_at = [k for k, s in enumerate(stems) if s & i_own]
            if _together(c_at, stems, c_own) and any(
                    _across(i_at, c_at, pivot) for pivot in pivots):
                return True
    return False


def _together(places: list[int], stems: list[frozenset[str]], own: frozenset[str]) -> bool:
    """Whether the words at ``places`` hold every term of ``own`` within a span of their number and ``_SIDE_GAP``."""
    if not places or not own <= frozenset().union(*(stems[k] for k in places)):
        return False
    return max(places) - min(places) <= len(own) - 1 + _SIDE_GAP


def _across(first: list[int], second: list[int], pivot: int) -> bool:
    """Whether the words at ``first`` and at ``second`` lie on opposite sides of the word at ``pivot``, each side's
    all on one side."""
    return bool(first and second) and ((max(first) < pivot < min(second)) or (max(second) < pivot < min(first)))


# A comparison: a comparative, up to ten words, and "than" (or "to" after "superior" and "inferior"), then what is
# compared with, to the end of its clause ("gave better shoulder function at one year than a corticosteroid injection
# alone", "had better shoulder function scores and a greater reduction in deposit size than the corticosteroid-only
# group", "help more than steroid injection alone?", "tend to produce larger benefits than unsupervised home
# programmes"). Grammar, no topic.
COMPARED_REACH = 10  # words between a comparative and its "than"
_COMPARED = re.compile(r"\b(?P<word>better|worse|superior|inferior|faster|slower|more|less|greater|fewer|larger|"
                       r"smaller)\b"
                       rf"(?P<what>(?:\s+[\w\-]+){{0,{COMPARED_REACH}}}?)\s+(?P<sep>than|to)\s+(?P<other>[^,;:.!?]+)",
                       re.I)
# Comparatives that say which of two is the better, and those that say which gives more of something: the latter say
# which is better only of a benefit ("more effective", "greater improvement", "larger benefits") or after a verb of
# helping ("help more", "works more").
_BETTER = {"better": 1, "superior": 1, "faster": 1, "worse": -1, "inferior": -1, "slower": -1}
_MORE = {"more": 1, "greater": 1, "larger": 1, "less": -1, "fewer": -1, "smaller": -1}
_BENEFIT = frozenset(tokenize("effective efficacious beneficial useful helpful benefit improvement relief"))
_HELPING = frozenset(tokenize("help work benefit improve"))
HELPING_REACH = 6  # words before "more" or "less" a verb of helping may stand in ("improved shoulder function at six
# months more than sham treatment")
_LOWER_WORD = re.compile(r"[a-z][a-z0-9\-]*|n't")


# Advice that prefers one thing to another ("X is recommended over the use of Y", "X is preferred over Y"): that X is
# the better, whatever the reasons given. Grammar, no topic.
PREFERRED_OVER = r"(?:recommended|preferred|favou?red|suggested|chosen|advised)\s+over"
# ... so does advice "that X be used over Y" ("The panel recommends that the X model be used over Y models"), where
# what follows "over" is no quantity or span ("be used over 6 weeks", "over time").
_PREFERRED = re.compile(rf"\b(?:{PREFERRED_OVER}|(?:recommends?|suggests?|advises?|prefers?)\s+that\s+"
                        r"[^,;:.!?]{1,80}?\bbe\s+(?:used|given|offered|chosen|applied|performed)\s+over(?!\s+(?:\d|(?:the|a|an)\s+"
                        r"(?:age|course|period|years?|months?|weeks?|days?|hours?)\b|time\b|years?\b|months?\b|"
                        r"weeks?\b|days?\b)))\s+(?P<other>[^,;:.!?]+)", re.I)


def stated_comparison(text: str) -> tuple[int, str, str] | None:
    """The first comparison of which is better in a sentence (``_COMPARED``): its sign (+1 the first term is the
    better, -1 the worse), the words before the comparative and what it is compared with; None for none, or for a
    comparison of amounts whose worth the grammar does not tell ("more bleeding than"). Without a comparative, advice
    preferring the thing it names first over another (``_PREFERRED``) says it is the better."""
    preferred = _PREFERRED.search(text)
    if preferred is not None and not _COMPARED.search(text):
        return 1, text[:preferred.start()], preferred.group("other")
    for found in _COMPARED.finditer(text):
        word = found.group("word").lower()
        if found.group("sep").lower() == "to" and word not in ("superior", "inferior"):
            continue
        before = text[:found.start()]
        if word in _BETTER:
            return _BETTER[word], before, found.group("other")
        previous = _LOWER_WORD.findall(before.lower())[-HELPING_REACH:]
        if frozenset(tokenize(found.group("what"))) & _BENEFIT or frozenset(tokenize(" ".join(previous))) & _HELPING:
            return _MORE[word], before, found.group("other")
    return None


# Words that open a clause asking, not saying, what follows ("to investigate whether X is better correlated than Y").
_ASKING = re.compile(r"\b(?:whether|if)\b", re.I)


def finds_better(text: str) -> bool:
    """Whether a statement says which of two is the better (``stated_comparison``), not in a clause that asks it ("The
    aim of this study was to investigate ... whether the level of ADT-G is better correlated than ..."): what was
    found of the two."""
    found = stated_comparison(text)
    return found is not None and not _ASKING.search(found[1])
