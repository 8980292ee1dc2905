"""Mining an abbreviation lexicon from text: Schwartz & Hearst (2003), "A simple algorithm for identifying
abbreviation definitions in biomedical text", over the shared data's texts, counted over all of them.

Each "long form (SF)" the algorithm accepts counts one definition of SF by its long form, normalised
(``long_key``: case, a plural s, a hyphen or a space, "beta2" / "beta-2"). The lexicon keeps each short form's long
forms defined ``MIN_SEEN`` times or more, with their counts; which one stands for the short form is settled where it
is used, by the user's corpus (``service.answer.abbreviations``: the one long form it writes, or the one that
dominates those it writes). Derived vocabulary: short names and their counts, no sentence.

Written here rather than taken from a library: the ``abbreviations`` package on PyPI (0.2.5, 2019, untyped, logs
through the root logger) returns one long form per short form and document, not each definition with its count,
which the dominance test needs; scispacy's AbbreviationDetector needs spaCy models that are not installed offline.
The algorithm is short (``definitions``) and its published rules are followed as written.

Generic on purpose: ``texts_of`` reads the shared data's texts for any other miner of the same data (a drug's class,
say), and ``definitions`` works on any sentence.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from ingest.abbreviations import long_form_of
from ingest.sentences import sentence_texts

# A long form is kept where it defines its short form this often or more.
MIN_SEEN = 2
# Most words (runs of letters and digits) a short form and its long form hold together: a longer long form is a phrase
# of the text rather than a name, and the lexicon holds no run of the texts' words as long as a sentence's clause.
MAX_NAME_WORDS = 6
# The long forms kept per short form (the commonest first).
MAX_FORMS = 3

# A long form begins with a name's word, not a joining one ("and grades of recommendation" of "A-F").
_NOT_FIRST = frozenset({"and", "or", "of", "the", "in", "for", "with", "to", "a", "an", "by", "on", "at"})
_PAREN = re.compile(r"\(([^()]{1,40})\)")
_WORD = re.compile(r"\S+")
_RUN = re.compile(r"\w+")
_DIGIT_AFTER_LETTERS = re.compile(r"(?<=[a-z])[- ]?(?=\d)")


def texts_of(shared: Path) -> Iterator[str]:
    """The shared data's texts: each guideline's Markdown (``guidelines/*.md``, front matter aside), and each
    passage's title and text of the BioASQ and PubMedQA corpora (``*/corpus.jsonl``). Missing parts are skipped."""
    for path in sorted((shared / "guidelines").glob("*.md")):
        text = path.read_text(encoding="utf-8", errors="replace")
        if text.startswith("---"):
            end = text.find("\n---", 3)
            text = text[end + 4:] if end > 0 else text
        yield text
    yield from abstracts_of(shared)


def abstracts_of(shared: Path) -> Iterator[str]:
    """Each passage's title and text of the shared BioASQ and PubMedQA corpora (``*/corpus.jsonl``): published
    biomedical abstracts, not the guidelines a user's corpus may hold. Missing corpora are skipped."""
    for name in ("bioasq", "pubmedqa"):
        corpus = shared / name / "corpus.jsonl"
        if not corpus.exists():
            continue
        with corpus.open(encoding="utf-8") as lines:
            for line in lines:
                if line.strip():
                    row = json.loads(line)
                    yield f"{row.get('title') or ''}. {row.get('text') or ''}"


def _short_ok(short: str) -> bool:
    """Schwartz & Hearst's short form: 2 to 10 characters, one or two words, a letter in it, its first character a
    letter or digit. (Also: letters, digits, hyphens and spaces only, and not all lower-case letters of one word
    longer than 3, which is a word, not a name.)"""
    if not 2 <= len(short) <= 10 or len(short.split()) > 2 or not any(c.isalpha() for c in short):
        return False
    if not short[0].isalnum() or not all(c.isalnum() or c in "- " for c in short):
        return False
    return not (short.isalpha() and short.islower() and len(short) > 3)


def definitions(sentence: str) -> Iterator[tuple[str, str]]:
    """Each (short form, long form) the sentence defines as "long form (SF)" (Schwartz & Hearst): the short form the
    bracket's text up to a comma or semicolon, the long form searched among the min(|SF| + 5, 2 |SF|) words before
    the bracket (|SF| its characters), and kept where it is longer than the short form, does not hold it as a word,
    holds, with the short form, no more words than ``MAX_NAME_WORDS``, and does not begin with a joining word
    (``_NOT_FIRST``). (The paper's other case, "SF (long form)", is left out: a short form before brackets is rare in
    guideline text.)"""
    for match in _PAREN.finditer(sentence):
        short = re.split(r"[;,]", match.group(1))[0].strip()
        if not _short_ok(short):
            continue
        before = sentence[:match.start()]
        cut = max(before.rfind(c) for c in "();:")  # the long form stays within the clause
        words = _WORD.findall(before[cut + 1:])
        words = [w.strip("\"'[]") for w in words][-min(len(short) + 5, 2 * len(short)):]
        words = [w for w in words if w]
        if not words:
            continue
        long_form = long_form_of(short, words)  # Schwartz-Hearst, as the corpus's own definitions are read
        if long_form is None:
            continue
        long_form = long_form.strip(" ,.-")
        long_words = long_form.split()
        if (len(long_form) <= len(short) or long_words[0].lower() in _NOT_FIRST
                or short.lower() in (w.lower() for w in long_words)
                or len(_RUN.findall(f"{short} {long_form}")) > MAX_NAME_WORDS):
            continue
        yield short, long_form


def short_key(short: str) -> str:
    """A short form as counted: a plural s after capitals left off ("ARBs" as "ARB")."""
    if len(short) > 2 and short.endswith("s") and short[:-1].isupper():
        return short[:-1]
    return short


def long_key(long_form: str) -> str:
    """A long form as counted: lower case, hyphens as spaces, a digit after letters set apart ("beta2" and "beta-2"
    as "beta 2"), and a plural s of its last word left off."""
    key = " ".join(long_form.lower().replace("-", " ").split())
    key = _DIGIT_AFTER_LETTERS.sub(" ", key)
    if len(key) > 3 and key.endswith("s") and not key.endswith("ss"):
        key = key[:-1]
    return key


def mine(texts: Iterable[str]) -> dict[str, dict[str, int]]:
    """The lexicon of ``texts``: each short form's long forms defined ``MIN_SEEN`` times or more (``MAX_FORMS`` of
    them, the commonest first), each as its commonest written variant with the count of its definitions (every
    variant of its ``long_key``). Several are kept where the texts give several: which one a corpus means is the one
    it writes (``service.answer.abbreviations``), "community-acquired pneumonia" of "CAP" in a corpus on infections
    although "College of American Pathologists" is the commoner definition here."""
    counts: dict[str, Counter[str]] = {}
    written: dict[tuple[str, str], Counter[str]] = {}
    for text in texts:
        if "(" not in text:
            continue
        for sentence in sentence_texts(text):
            for short, long_form in definitions(sentence):
                short, key = short_key(short), long_key(long_form)
                counts.setdefault(short, Counter())[key] += 1
                written.setdefault((short, key), Counter())[long_form] += 1
    lexicon: dict[str, dict[str, int]] = {}
    for short in sorted(counts):
        forms = {_commonest(written[(short, key)]): seen
                 for key, seen in counts[short].most_common(MAX_FORMS) if seen >= MIN_SEEN}
        if forms:
            lexicon[short] = forms
    return lexicon


def _commonest(variants: Counter[str]) -> str:
    """The commonest of a long form's written variants, lower case where it is written so as often as not."""
    best, _ = variants.most_common(1)[0]
    lower = sum(n for v, n in variants.items() if v == v.lower())
    return best.lower() if 2 * lower >= sum(variants.values()) and best.lower() in variants else best


def write_lexicon(lexicon: dict[str, dict[str, int]], out: Path, trained_on: str) -> dict:
    """Write ``out`` (``weights/abbreviations.json``, one short form a line) and return its figures."""
    out.parent.mkdir(parents=True, exist_ok=True)
    rows = ",\n".join(f" {json.dumps(short, ensure_ascii=False)}: {json.dumps(lexicon[short], ensure_ascii=False)}"
                      for short in sorted(lexicon))
    out.write_text(f'{{"trained_on": {json.dumps(trained_on)},\n"abbreviations": {{\n{rows}\n}}}}\n',
                   encoding="utf-8")
    json.loads(out.read_text(encoding="utf-8"))  # the file reads back
    return {"trained_on": trained_on, "short_forms": len(lexicon), "bytes": out.stat().st_size}


def train_abbreviations(shared: Path, out: Path) -> dict:
    """Mine the shared data's texts (``texts_of``) and write the lexicon to ``out``."""
    lexicon = mine(texts_of(shared))
    parts = [p for p in ("guidelines", "bioasq", "pubmedqa") if (shared / p).exists()]
    return write_lexicon(lexicon, out, f"Schwartz-Hearst definitions in the shared data's {', '.join(parts)}")
