"""The lead's choice among statements of the same strength: the asked outcome's own finding before a statement that
names it only as one member of a list of outcomes."""
from __future__ import annotations

from index.lexical import tokenize
from index.search import Hit
from ingest.models import Chunk, Document
from service.answer.lead import choose_lead, outcome_listed
from service.answer.scoring import Candidate, sentence_terms


def _candidate(text: str, score: float = 0.9, doc: str = "d1", title: str = "A meta-analysis of trials") -> Candidate:
    document = Document(id=doc, title=title, kind="research", source="Test", year=2020, authors="", url="", path=doc,
                        sha256="", sections=())
    chunk = Chunk(id=f"{doc}#0", doc_id=doc, heading=(), text=text, sentences=((0, len(text)),))
    hit = Hit(chunk=chunk, document=document, rank=1, score=1.0, dense=0.8)
    return Candidate(text, hit, score, 0.8, sentence_terms(text), True, True, True, anchored=True)


STROKE = frozenset(tokenize("stroke"))


def test_the_asked_outcomes_own_finding_leads_before_a_composite_naming_it() -> None:
    # s38: "Do calcium supplements raise the risk of myocardial infarction?" opened with "... smaller, non-significant
    # increases in stroke and in the composite of myocardial infarction, stroke and sudden death".
    composite = _candidate("Drug X was associated with smaller increases in bleeding and in the composite of stroke, "
                           "heart failure and death.", 0.94)
    own = _candidate("Drug X was associated with an increase of about 30 percent in the risk of stroke compared with "
                     "placebo.", 0.92)
    salient = {composite.text: 1.131, own.text: 1.129}  # the composite the more salient, as in the list answer
    assert choose_lead([composite, own], salient=salient, outcome_terms=STROKE) is own
    assert choose_lead([composite, own], salient=salient) is composite  # no outcome asked: salience decides


def test_an_outcome_is_listed_only_where_every_mention_is_a_list_member() -> None:
    assert outcome_listed("X reduced heart failure, stroke and death.", STROKE)
    assert outcome_listed("X reduced stroke or death.", STROKE)
    assert outcome_listed("X reduced stroke, death and heart failure.", STROKE)
    assert not outcome_listed("X reduced stroke by a third.", STROKE)
    assert not outcome_listed("X reduced stroke, which is common after surgery.", STROKE)  # a clause, not a list
    assert not outcome_listed("In patients with stroke, X reduced death.", STROKE)  # no list follows the comma
    assert not outcome_listed("X reduced stroke and death, and it reduced stroke by a third.", STROKE)  # once alone
    assert not outcome_listed("X reduced death.", STROKE)  # not named at all
