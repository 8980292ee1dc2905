"""Which of a guideline's regimen statements belong to the group its lead statement is about.

A guideline that gives one regimen per group often repeats the same regimen sentence under each group without
naming the group in it ("Continue treatment with gizmozumab for 5 days." under one operation, "... for 30 days."
under the next): the group is named only by the section's opening statement ("Offer gizmozumab to people having a
frobnication."). Such a sentence states the regimen of the group whose opening statement it follows, so a dosing
question's bottom line joins to a lead naming the asked group only a regimen statement that names the group itself,
that its document says once only, or that follows the lead in its document before the next group's opening
statement (a statement worded like the lead, ``_parallel``), not one repeated in another section. Document order
and word overlap only, no topic.
"""
from __future__ import annotations

from index.lexical import query_terms, tokenize
from index.backends import SearchIndex
from service.answer.regimen import regimen_asked, states_regimen
from service.answer.scoring import Candidate

# How much of its words a statement shares with the lead to be the next group's opening statement ("Offer X to people
# having a frobnication." after "Offer X to people having a widgetectomy."), and how far after the lead a regimen
# statement of the lead's section may be (sentences, list items counted: a section lists its choices before its
# course's length).
PARALLEL_SHARE = 0.6
SECTION_REACH = 25


def _terms(text: str) -> frozenset[str]:
    return frozenset(tokenize(text))


def _parallel(text: str, lead: frozenset[str]) -> bool:
    """Whether a sentence is worded like the lead but is not it: the next group's opening statement."""
    own = _terms(text)
    if not own or own == lead:
        return False
    return len(own & lead) / len(own | lead) >= PARALLEL_SHARE


def _sentences(index: SearchIndex, doc_id: str) -> list[tuple[str, str, int]]:
    """A document's sentences in order, each once (a chunk repeats the one before it at its start): (chunk id,
    sentence, position)."""
    out: list[tuple[str, str, int]] = []
    store = getattr(index, "store", None)  # a Milvus index has no local store: no document order to read
    before: list[str] = []
    for _, chunk in store.chunks_of(doc_id) if store is not None else ():
        texts = chunk.sentence_texts()
        # (the overlap: the most sentences the chunk opens on that the one before closes on)
        skip = next((k for k in range(min(len(texts), len(before)), 0, -1) if texts[:k] == before[-k:]), 0)
        for text in texts[skip:]:
            out.append((chunk.id, text, len(out)))
        before = texts
    return out


def _position(c: Candidate, sentences: list[tuple[str, str, int]]) -> int | None:
    """Where a statement's (last) sentence sits in its document's sentences: in its own chunk first."""
    found = [p for chunk, s, p in sentences if s.strip() and s.strip() in c.text and chunk == c.hit.chunk.id]
    found = found or [p for _, s, p in sentences if s.strip() and s.strip() in c.text]
    return found[-1] if found else None


def _repeated(c: Candidate, sentences: list[tuple[str, str, int]]) -> bool:
    """Whether a statement's (last) sentence stands more than once in its document: said under several groups, of
    each the one it stands under. (A sentence said once may be said of them all: "A typical course consists of ...".)"""
    at = _position(c, sentences)
    if at is None:
        return False
    own = sentences[at][1].strip()
    return sum(s.strip() == own for _, s, _ in sentences) > 1


def _in_lead_section(c: Candidate, lead: Candidate, sentences: list[tuple[str, str, int]]) -> bool:
    """Whether a statement follows the lead in their document before the next group's opening statement."""
    at, start = _position(c, sentences), _position(lead, sentences)
    if at is None or start is None or not start < at <= start + SECTION_REACH:
        return False
    lead_terms = _terms(lead.text)
    return not any(_parallel(s, lead_terms) for _, s, p in sentences if start < p < at)


def _under_other_opening(c: Candidate, lead: Candidate, sentences: list[tuple[str, str, int]]) -> bool:
    """Whether the nearest opening statement before a statement (one worded like the lead, ``_parallel``) is another
    group's: the statement is that group's, said once or not ("Continue X for 28 to 35 days." under the section
    before the asked group's)."""
    at, lead_terms = _position(c, sentences), _terms(lead.text)
    if at is None:
        return False
    for _, s, _at in reversed(sentences[:at]):
        if _terms(s) == lead_terms:
            return False
        if _parallel(s, lead_terms):
            return True
    return False


def _group_missing(question: str, lead: Candidate, c: Candidate) -> bool:
    """Whether the lead names words of the question a statement does not (the asked group, named by the lead)."""
    asked = frozenset(query_terms(question))
    return bool((asked & _terms(lead.text)) - _terms(c.text))


def scoped_support(index: SearchIndex, question: str, dosing: bool, lead: Candidate | None,
                   support: list[Candidate], ranked: list[Candidate]) -> list[Candidate]:
    """A dosing question's support, with the lead's own section's regimen: a statement of the lead's document that
    states a regimen without naming the group the lead names, and stands more than once in the document
    (``_repeated``) or under another group's opening statement (``_under_other_opening``), is dropped unless it follows
    the lead in its section (``_in_lead_section``); in place of one
    dropped, where neither the lead nor what is left states the regimen asked, the first statement of the lead's
    section that does (among those ranked) is added. Other questions' support as it is."""
    asked = regimen_asked(question) if dosing else None
    if lead is None or asked is None or states_regimen(lead.text, asked):
        return support
    sentences: list[tuple[str, str, int]] | None = None

    def off_section(c: Candidate) -> bool:
        nonlocal sentences
        if c.doc_id != lead.doc_id or not states_regimen(c.text, "any") or not _group_missing(question, lead, c):
            return False
        sentences = sentences if sentences is not None else _sentences(index, lead.doc_id)
        return not _in_lead_section(c, lead, sentences) and (_repeated(c, sentences)
                                                             or _under_other_opening(c, lead, sentences))

    kept = [c for c in support if not off_section(c)]  # (any regimen: "until ... (generally 5 days)" too)
    if len(kept) == len(support) or any(states_regimen(c.text, asked) for c in kept):
        return kept  # (the lead's own section's regimen only in place of another's)
    sentences = sentences if sentences is not None else _sentences(index, lead.doc_id)
    own = [c for c in ranked if c.doc_id == lead.doc_id and c is not lead and states_regimen(c.text, asked)
           and frozenset(query_terms(question)) & _terms(c.text) and _in_lead_section(c, lead, sentences)]
    own.sort(key=lambda c: _position(c, sentences) or 0)
    return [*kept, own[0]] if own else kept


def off_lead_section(index: SearchIndex, question: str, dosing: bool, lead: Candidate | None, c: Candidate) -> bool:
    """Whether a section's statement that states the asked regimen is another group's, not the lead's
    (``scoped_support`` drops it): not to be joined to the lead in the bottom line."""
    return scoped_support(index, question, dosing, lead, [c], []) == []
