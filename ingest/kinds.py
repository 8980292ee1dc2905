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


# Membership, the shapes beyond ``kinds`` in which English lists members of a class by name, read for the answer
# side's class names of a member (service.answer.concepts.Lexicon.classes): a recommendation on a class of drugs speaks
# of each drug the corpus names as one of it ("X, Y, and other Zs": a statement on Zs is one on X). Grammar only.
# "X1, X2, and other Ys" (the comma before "and other", which ``_AND_OTHER``'s name before it cannot cross).
_LIST_AND_OTHER = re.compile(r",?\s+(?:and|or)\s+other\s+")
# "Ys (e.g., X1, X2)", "Ys (i.e., X1 or X2)", "Ys (such as X)", "Ys (including X)": a class, then in parentheses the
# members it names after a word of example. (Not a bare list, "Ys (X1, X2, or X3)": in the shared guidelines as many
# of those list the risk factors or findings of a condition named before them, "VTE (family history, ...)", as the
# members of a class.)
_PAREN_MEMBERS = re.compile(r"\s\((?P<marker>(?:e\.\s?g\.?|eg\.?|i\.\s?e\.?|ie\.?|such\s+as|including)[,:]?\s+)?"
                            r"(?P<inside>[^()\n]{1,200})\)")
# "Ys, including X1 and X2" / "Ys including X".
_INCLUDING = re.compile(r",?\s+including\s+")


def memberships(text: str) -> Iterator[tuple[str, str]]:
    """(member, class) pairs that ``text`` names, as written: ``kinds``' shapes (not definitions, which say what a
    condition is, not that it is one of a class) and the list shapes of ``_LIST_AND_OTHER``, ``_PAREN_MEMBERS`` and
    ``_INCLUDING``. Each name is a short one (``MAX_NAME_WORDS``), each member a whole item of its list."""
    for kind, broad in kinds(text):
        if (kind, broad) not in set(defined_as(text)):
            yield kind, broad
    if " other " in text:
        for match in _LIST_AND_OTHER.finditer(text):
            of = _name_after(_PAREN_OPEN.split(text[match.end():], maxsplit=1)[0])
            if of:
                for member in _listed_before(text[:match.start()]):
                    yield member, of
    if "(" in text:
        for match in _PAREN_MEMBERS.finditer(text):
            parent = _class_before(text[:match.start() + 1])
            listed = _whole_list(match.group("inside"))
            if parent and listed and match.group("marker"):
                for member in listed:
                    yield member, parent
    if "including" in text:
        for match in _INCLUDING.finditer(text):
            parent = _class_before(text[:match.start()])
            if parent:
                for member in _listed(text[match.end():]):
                    yield member, parent


# A parenthesis or bracket opens an aside, never the rest of a name read forwards ("antipsychotics (except ...)").
_PAREN_OPEN = re.compile(r"[(\[]")


def _class_before(prefix: str) -> str | None:
    """The short name that ends ``prefix``, read back to a clause start, a stop word or an "of" ("BMAs" of "the effects
    of BMAs"): a class named as what something is of is still the class a list after it gives members of."""
    words = prefix.split()
    at = max((k for k, w in enumerate(words) if w == "of"), default=-1)
    return name_before(" ".join(words[at + 1:])) if words[at + 1:] else None


def _listed_before(prefix: str) -> list[str]:
    """The names of the list that ends ``prefix`` ("quetiapine, olanzapine" of "... with quetiapine, olanzapine"):
    items back from the end, each a whole short name, to the first that is not one (its name opens the list)."""
    out: list[str] = []
    for item in reversed(re.split(r",\s*", prefix)):
        name = name_before(item)
        if not name:
            break
        out.append(name)
        if name != re.sub(r"^(?:the|an?)\s+", "", item.strip(), flags=re.I):
            break  # the item holds more than its name: the list opens with it
    return out


def _whole_list(inside: str) -> list[str]:
    """The names a parenthesis lists when it holds nothing else ("denosumab, pamidronate, or zoledronic acid"); empty
    where an item is no short name or a word is left over ("conditional recommendation, moderate confidence in ...")."""
    items = [i for i in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", inside.strip().rstrip(".;,")) if i]
    names = [_name_after(i) for i in items]
    if not names or any(n is None or n != i.strip().rstrip(".;,") for n, i in zip(names, items)):
        return []
    return [n for n in names if n]


def corpus_memberships(texts: Iterable[str]) -> dict[str, set[str]]:
    """A member the corpus names (lower case) -> the classes it names it one of (as written: an acronym stays one),
    over ``texts``."""
    table: dict[str, set[str]] = {}
    for text in texts:
        for member, broad in (_headed(*pair) for pair in memberships(text)):
            if member.lower() != broad.lower():
                table.setdefault(member.lower(), set()).add(broad)
    return table
