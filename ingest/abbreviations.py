"""Other names a text defines itself: abbreviations ("extracorporeal shockwave therapy (ESWT)") and names
given in so many words ("needle lavage, also called barbotage").

The Schwartz & Hearst (2003) rule: a short form in parentheses after a long form, where the short
form's characters appear in order in the long form and its first character starts a word of it. What a
corpus defines this way is how that corpus names its concepts, in any specialty, with no table to keep.
The same holds for the phrases English gives another name with ("also called", "also known as", "also
termed", "also referred to as"): grammar, not topic.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_PAREN = re.compile(r"\(([^()]{2,12})\)")
_SHORT = re.compile(r"^[A-Za-z][\w\-]*$")
MAX_LONG_WORDS = 8


def definitions(text: str) -> Iterator[tuple[str, str]]:
    """(short form, long form) pairs defined in ``text``."""
    for match in _PAREN.finditer(text):
        short = match.group(1).strip()
        if not _SHORT.match(short) or not any(ch.isupper() for ch in short) or not any(ch.isalpha() for ch in short):
            continue
        words = text[:match.start()].split()[-min(MAX_LONG_WORDS, len(short) * 2 + 2):]
        # A long form does not reach back over the end of a sentence or clause ("... products. MK-7").
        ends = [i for i, w in enumerate(words) if w[-1] in ".;:!?"]
        words = words[ends[-1] + 1:] if ends else words
        long_form = long_form_of(short, words) or _numbered_long_form(short, words)
        if long_form:
            yield short, long_form


def corpus_definitions(texts: Iterable[str]) -> dict[str, set[str]]:
    """Short form (as written) -> the long forms the texts define it with (lower case); a name given in words
    (``other_names``) counts as a short form of the name it is given to, so each names the other."""
    table: dict[str, set[str]] = {}
    for text in texts:
        pairs = [*(definitions(text) if "(" in text else ()), *(other_names(text) if "also" in text else ())]
        for short, long_form in pairs:
            table.setdefault(short, set()).add(long_form.lower())
    return table


# "X, also called Y", "X (also known as Y or Z)": the other names run to the end of the clause.
_ALSO = re.compile(r"(?:,|\()\s*also\s+(?:called|known\s+as|termed|referred\s+to\s+as|named)\s+"
                   r"(?P<names>[^,;:.()]+)")
# Words that end a name read backwards from the comma: a clause or sentence start, an article or a word that
# joins clauses. A name is at most MAX_NAME_WORDS words; a longer run is no name that can be told apart.
_NAME_STOPS = frozenset("""a an the this that these those its their his her our which who whom whose and or but
    is are was were be been being has have had in on at by for with from to into as than other such""".split())
MAX_NAME_WORDS = 4


def other_names(text: str) -> Iterator[tuple[str, str]]:
    """(other name, name) pairs that ``text`` gives in words: "Ultrasound-guided needle lavage, also called
    barbotage or percutaneous irrigation, ..." gives ("barbotage", "Ultrasound-guided needle lavage") and
    ("percutaneous irrigation", "Ultrasound-guided needle lavage"). The name is the run of words before the
    comma or parenthesis back to a clause start, an article or a joining word (``_NAME_STOPS``), and none when
    that run is longer than ``MAX_NAME_WORDS``."""
    for match in _ALSO.finditer(text):
        name = name_before(text[:match.start()])
        if name is None:
            continue
        short = short_name_after(name, text[match.end():])
        for other in re.split(r"\s+(?:or|and)\s+", match.group("names").strip()):
            other = re.sub(r"^(?:the|an?)\s+|\s*\[[^\]]*\]$", "", other.strip(" \"'"), flags=re.I).strip(" \"'")
            if other and len(other.split()) <= MAX_NAME_WORDS and other.lower() != name.lower():
                yield other, name
                if short is not None and other.lower() != short.lower():
                    yield other, short


def short_name_after(name: str, after: str) -> str | None:
    """The shorter name the text goes on to call what it named with ``name``: the longest run of the name's last
    words, two at least, that ``after`` writes without the word before it ("Needle lavage is usually offered ..."
    after "Ultrasound-guided needle lavage, also called barbotage ..."). A text that names a thing in full beside its
    other name and then by its head alone says that the head is that thing too, so each other name names it; grammar,
    no topic. None where ``after`` writes no such run."""
    words = name.split()
    for k in range(1, len(words) - 1):
        tail = " ".join(words[k:])
        for found in re.finditer(rf"(?<![\w\-]){re.escape(tail)}(?![\w\-])", after, re.I):
            before = after[:found.start()].rstrip()
            if not before.lower().endswith(words[k - 1].lower()):
                return tail
    return None


def name_before(prefix: str) -> str | None:
    """The short name that ends ``prefix``: its words back to a clause start, an article or a joining word
    (``_NAME_STOPS``); None when that run is longer than ``MAX_NAME_WORDS`` or stops at an "of" (the name began
    before it). Shared by ``other_names`` and ingest.kinds."""
    words: list[str] = []
    for word in reversed(prefix.rsplit("\n", 1)[-1].split()):  # a name does not run back over a line break
        # (Stop words as written: the "A" of "Triple A syndrome" is part of a name.)
        if word[-1] in ".;:!?,)(]" or "(" in word or word in _NAME_STOPS:
            break
        words.append(word)
        if len(words) > MAX_NAME_WORDS:
            return None
    if words and words[-1] == "of":
        return None  # "of Tcf1": the name began before a word the run stopped at
    name = re.sub(r"^(?:the|an?)\s+", "", " ".join(reversed(words)).strip(" \"'*-#"), flags=re.I)
    return name if name and any(ch.isalpha() for ch in name) else None


# A numbered name and its short form: "menaquinone-7 (MK-7)"; letters, then the number. A short form of one or two
# letters only: "polymerase-1 (PARP1)" is the last word of a longer name, not all of it.
_NUMBERED = re.compile(r"^(?P<name>[A-Za-z]{4,})-?(?P<n>\d+)$")
_NUMBERED_SHORT = re.compile(r"^[A-Za-z]{1,2}(?P<n>\d+)$")


def _numbered_long_form(short: str, words: list[str]) -> str | None:
    """The word before the parentheses when it is a numbered name that the short form numbers alike and opens with
    the same letter ("menaquinone-7 (MK-7)": the short form's "K" stands for vitamin K, a letter the name does not
    spell, so the Schwartz-Hearst rule finds no long form); None otherwise."""
    if not words:
        return None
    word = words[-1].strip(" ,;:[](){}\"'")
    long_match, short_match = _NUMBERED.match(word), _NUMBERED_SHORT.match(short.replace("-", ""))
    if not long_match or not short_match or short_match.group("n") != long_match.group("n"):
        return None
    return word if word[0].lower() == short[0].lower() else None


def long_form_of(short: str, words: list[str]) -> str | None:
    """The shortest tail of ``words`` that contains the short form's letters in order (Schwartz-Hearst)."""
    candidate = " ".join(words).strip(" ,;:")
    letters = [ch.lower() for ch in short if ch.isalnum()]
    s, c = len(letters) - 1, len(candidate) - 1
    while s >= 0:
        ch = letters[s]
        while c >= 0 and (candidate[c].lower() != ch or (s == 0 and c > 0 and candidate[c - 1].isalnum())):
            c -= 1
        if c < 0:
            return None
        s -= 1
        c -= 1
    start = candidate.rfind(" ", 0, c + 1) + 1
    long_form = candidate[start:].strip(" ,;:[](){}\"'")
    if len(long_form) <= len(short) or long_form.lower() == short.lower():
        return None
    return long_form
