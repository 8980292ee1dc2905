"""Kinds a text names of a broader thing: "vitamin K antagonists such as acenocoumarol", "warfarin and other
vitamin K antagonists", "menaquinone-4, a form of vitamin K2", "Vitamin K2 is the collective name for the
menaquinones".

Hearst's (1992) patterns: English says that one thing is a kind of another in a few fixed shapes, so a corpus
tells which of its names are kinds of which, in any specialty, with no table to keep. A statement on a kind
speaks of what it is a kind of (a trial of acenocoumarol is a trial of a vitamin K antagonist); not the reverse.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ingest.abbreviations import MAX_NAME_WORDS, name_before

# The words that end a name read forwards: an article, a joining word, or an auxiliary or "not" of the clause that
# goes on. English's function words only: a clause that goes on with a full verb ("MK-9 produced by ...") keeps that
# verb in the name, which makes the name one no question asks (a kind missed, never a wrong one).
_AFTER_STOPS = frozenset("""a an the this that these those which who whom whose is are was were be been being has
    have had in on at by for with from to into as than can may might should must will would do does did not
    such other""".split())
_CLAUSE_END = re.compile(r"[;:.()\[\]\n]|,\s(?!(?:and|or)\s)(?=\S+\s+(?:is|are|was|were|has|have)\b)")

# "Ys such as X1, X2 and X3" (no comma before "such as": after one, what the list is of cannot be told apart
# from the clause before it).
_SUCH_AS = re.compile(r"(?<=[^\s,])\s+such\s+as\s+")
# "X and other Ys", "X or other Ys".
_AND_OTHER = re.compile(r"\s+(?:and|or)\s+other\s+")
# "X, a form of Y", "X, a type of Y".
_A_FORM_OF = re.compile(r",\s+(?:an?|one)\s+(?:form|type|kind|class|subtype|member)\s+of\s+")
# "Y is the collective name for Xs", "Y is a general term for Xs".
_NAME_FOR = re.compile(r"\s+(?:is|are)\s+(?:the|an?)\s+(?:collective|general|generic|umbrella|common)\s+"
                       r"(?:name|term)\s+(?:for|of)\s+")


# "X is an infection of the middle ear": a sentence that opens on a name and says what it is, a noun and what that
# noun is of (a definition, Hearst's "X is a Y"). The name X opens the sentence; the noun has no word before it but
# the article, and what it is of is a short plain name that ends the clause.
_IS_AN = re.compile(r"(?m)(?:^|(?<=[.!?]\s))(?P<x>[A-Z][\w\-]*(?:\s+[a-z][\w\-]*){0,3})\s+(?:is|are)\s+(?:an?|the)\s+"
                    r"(?P<noun>[a-z]{4,})\s+of\s+(?:the\s+)?(?P<of>[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*){0,2})"
                    r"(?=\s*(?:[,;:.]|\s(?:that|which|who|in|with|and|or|caused|characteri[sz]ed)\b))")
# Nouns that say what X is part or one of, or how it bears on the thing after "of", not what X is ("a family of
# compounds", "the cause of stroke", "a mainstay of treatment"): English's nouns of parts, sets, relations and
# roles, a small list of grammar (none of them names a topic).
RELATIONAL_NOUNS = frozenset("""family group class type form kind sort part member component example set series
    range mixture combination subset variant cause source result consequence complication feature sign symptom
    marker measure predictor determinant factor mainstay cornerstone foundation basis hallmark way means
    number proportion percentage fraction amount level rate risk product derivative analogue analog precursor
    metabolite target substrate inhibitor activator regulator mediator modulator promoter spectrum collection
    diagnosis""".split())
# Words that open a sentence without naming anything ("They are ...", "There is ...").
_PRONOUNS = frozenset("it its they there this that these those we he she one".split())


def kinds(text: str) -> Iterator[tuple[str, str]]:
    """(kind, what it is a kind of) pairs that ``text`` names, as written."""
    if " is " in text or " are " in text:
        yield from defined_as(text)
    for match in _SUCH_AS.finditer(text):
        broad = name_before(text[:match.start()])
        if broad:
            for kind in _listed(text[match.end():]):
                yield kind, broad
    # "X and other Ys", "X, a form of Y": the kind before, what it is a kind of after.
    for match in (*_AND_OTHER.finditer(text), *_A_FORM_OF.finditer(text)):
        named, of = name_before(text[:match.start()]), _name_after(text[match.end():])
        if named and of:
            yield named, of
    for match in _NAME_FOR.finditer(text):
        broad = name_before(text[:match.start()])
        if broad:
            for kind in _listed(text[match.end():]):
                yield kind, broad


def defined_as(text: str) -> Iterator[tuple[str, str]]:
    """(name, what it is) pairs of the definitions in ``text`` (``_IS_AN``): "Acute otitis media is an infection of
    the middle ear" gives ("Acute otitis media", "middle ear infection"), what it is written as one noun phrase, its
    head last (a statement on acute otitis media speaks of middle ear infection). None where the noun says what the
    name is part or one of (``RELATIONAL_NOUNS``), where what it is of has a function word, or where the name opens
    with one ("This is a form of ...")."""
    for match in _IS_AN.finditer(text):
        name, noun, of = match.group("x"), match.group("noun"), match.group("of").split()
        words = name.split()
        if (noun in RELATIONAL_NOUNS or words[0].lower() in _PRONOUNS or len(words) > MAX_NAME_WORDS
                or any(w.lower() in _AFTER_STOPS or w in ("and", "or") for w in (*words, *of))
                or any(w.endswith("ly") for w in of)):  # "of weak immunogenicity mostly": an adverb ends no name
            continue
        yield name, " ".join([*of, noun])


def corpus_kinds(texts: Iterable[str]) -> dict[str, set[str]]:
    """What a corpus names kinds of (lower case) -> its kinds (lower case), over ``texts``."""
    table: dict[str, set[str]] = {}
    for text in texts:
        for kind, broad in (_headed(*pair) for pair in kinds(text)):
            if kind.lower() != broad.lower():
                table.setdefault(broad.lower(), set()).add(kind.lower())
    return table


_TYPES_OF = re.compile(r"^(?:types?|forms?|kinds?|classes|class|subtypes?)\s+of\s+", re.I)


def _headed(kind: str, of: str) -> tuple[str, str]:
    """A kind of "types of cancers" is a cancer: "gastric and other types of cancers" names gastric cancers, the
    word before "and other" being a modifier of what the types are of."""
    match = _TYPES_OF.match(of)
    if not match:
        return kind, of
    head = of[match.end():]
    return (kind if len(kind.split()) > 1 else f"{kind} {head}"), head


def _listed(rest: str) -> list[str]:
    """The names a list at the start of ``rest`` gives ("X1, X2 and X3 were ..."): each a short name; the list
    stops at the end of the clause or at its first item that is no short name."""
    clause = _CLAUSE_END.split(rest, maxsplit=1)[0]
    out: list[str] = []
    for item in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", clause):
        name = _name_after(item)
        if name is None:
            break
        out.append(name)
        if not re.sub(r"^(?:the|an?)\s+", "", item.strip(), flags=re.I).endswith(name):
            break  # the item went on past its name: the clause goes on, the list is over
    return out


def _name_after(rest: str) -> str | None:
    """The short name that opens ``rest`` (up to ``MAX_NAME_WORDS`` words, to a clause end or a stop word)."""
    words: list[str] = []
    for word in rest.split():
        bare = word.strip(",;:.()[]\"'")
        if bare.lower() in ("the", "a", "an") and not words:
            continue  # "for the menaquinones"
        if not bare or bare.lower() in _AFTER_STOPS or bare in ("and", "or"):
            break
        words.append(bare)
        if word[-1] in ",;:.)]" or len(words) > MAX_NAME_WORDS:
            break
    if not words or len(words) > MAX_NAME_WORDS:
        return None
    return " ".join(words) if any(ch.isalpha() for ch in " ".join(words)) else None
