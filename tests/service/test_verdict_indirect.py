"""Issue 8: a yes or a no stands above a quoted statement that states it; guideline advice that names neither the
asked intervention nor an effect gives none (and is not quoted as closest evidence)."""
from __future__ import annotations

from dataclasses import replace

from index.lexical import tokenize
from index.search import Index
from ingest.models import DocumentKind
from service.answer.lead import advice_beside_the_asked
from service.answer.pipeline import answer_question
from service.answer.scoring import Candidate
from tests.service.candidates import candidate


def test_a_quoted_lead_keeps_its_yes_or_no(loaded_index: Index) -> None:
    answer = answer_question(loaded_index, "Does vitamin D supplementation reduce cancer incidence?")
    assert answer.bottom_line.statements[0].text == "No." and answer.verdict == "no"


def _advice(text: str) -> Candidate:
    c = candidate(text, DocumentKind.GUIDELINE, i=True, c=True)  # its guideline's title names the intervention
    return replace(c, terms=frozenset(tokenize(text)))


def test_advice_naming_neither_the_intervention_nor_an_effect_gives_no_verdict() -> None:
    # Session 34: "Yes." to "Does shockwave therapy reduce the size of calcium deposits?" above this advice.
    asked, forms = frozenset(tokenize("shockwave")), (frozenset(tokenize("shockwave")), frozenset(tokenize("ESWT")))
    aside = _advice("Clinicians should confirm the size of the deposit on radiographs before either procedure.")
    assert advice_beside_the_asked(aside, asked, forms)
    assert not advice_beside_the_asked(_advice("ESWT is recommended when symptoms persist."), asked, forms)
    assert not advice_beside_the_asked(_advice("Shockwave therapy is recommended when symptoms persist."), asked)
    # an effect stated: the advice may answer, whatever it names
    assert not advice_beside_the_asked(_advice("Clinicians should know that deposits often shrink and pain is "
                                               "reduced after either procedure."), asked, forms)
    assert not advice_beside_the_asked(aside, frozenset())  # no intervention asked


def test_a_yes_no_question_above_such_advice_quotes_closest_evidence_without_a_verdict(loaded_index: Index) -> None:
    answer = answer_question(loaded_index, "Does shockwave therapy reduce the size of calcium deposits?")
    quoted = [s.text for s in answer.bottom_line.statements if s.origin == "source"]
    assert not any(text.startswith("Clinicians should confirm") for text in quoted)
    assert answer.verdict == "insufficient" and answer.bottom_line.statements[0].text == "Indirect evidence:"
