"""A question's condition read as a head and its qualifiers (``concepts.condition_head``): a guideline's advice that
names the head and the intervention answers for the qualified case ("Drugx is recommended for myelomax" for "myelomax
patients who cannot have a transplant"), unless it says otherwise of the qualifier ("only if a membrane is not
present") or the corpus treats the qualified case apart (``scoring._head_only_test``). Also: a numbered subtype of a
short name names it ("genex1" of "genex", ``concepts.numbered_base``), and advice preferring one thing over another
compares the two (``compared.stated_comparison``, ``comparison.compares``)."""
from __future__ import annotations

from pathlib import Path

import pytest

from index.lexical import tokenize
from service.answer.compared import stated_comparison
from service.answer.concepts import concept, condition_head, contradicts_qualifier, numbered_base, qualifier_terms
from service.answer.scoring import sentence_terms
from tests.service.corpora import BACKGROUND, answered, built, lead_text


def test_the_head_of_a_qualified_condition() -> None:
    assert condition_head("babies with positional flatheadx") == "positional flatheadx"
    assert condition_head("myelomax patients who cannot have a stem cell transplant") == "myelomax"
    assert condition_head("macular traction when a membrane is present") == "macular traction"
    assert condition_head("thoracic spine fractures after blunt trauma") == "thoracic spine fractures"
    assert condition_head("typical probable dementiax and usual age of onset") == "typical probable dementiax"
    # A condition that is its own head, people alone, or one whose people the reading splits off already.
    for own in ("knee osteoarthritis", "older adults", "dialysis patients", "asthma in adults", "pain after surgery",
                "heart disease and anaemia"):
        assert condition_head(own) is None, own


def test_what_qualifies_the_head() -> None:
    assert qualifier_terms("myelomax patients who cannot have a stem cell transplant") == \
        frozenset(tokenize("stem cell transplant"))
    assert qualifier_terms("babies with positional flatheadx") == frozenset()


def test_a_statement_that_says_otherwise_of_the_qualifier() -> None:
    asked = "macular traction when a membrane is present"
    assert contradicts_qualifier("Drugz is recommended for macular traction only if a membrane is not present.", asked)
    assert not contradicts_qualifier("Drugz is recommended for macular traction.", asked)
    cannot = "myelomax patients who cannot have a stem cell transplant"
    assert not contradicts_qualifier("Drugx is recommended for patients who are not eligible for transplant.", cannot)
    assert contradicts_qualifier("Drugx is recommended for transplant-eligible patients.", cannot)
    # A number the qualifier states and the statement does not, beside the qualifier's word.
    assert contradicts_qualifier("Give oxygen when the saturation is below 95 percent.",
                                 "crisisx patients whose saturation is 97 percent")


def test_a_numbered_subtype_names_a_short_name() -> None:
    assert numbered_base("genex1") == "genex" and numbered_base("d3") == "d"
    assert numbered_base("vitamin2") is None and numbered_base("genex") is None
    text = "All women with ovarian cancerx should be offered genex1 and genex2 mutation testing."
    assert concept("genex testing").mentioned_in(sentence_terms(text), text=text)


def test_advice_preferring_one_over_another_compares_them() -> None:
    found = stated_comparison("Drugx is as effective and recommended over the use of drugw in order to stay safe.")
    assert found is not None and found[0] == 1 and "drugw" in found[2]
    assert stated_comparison("Drugx is recommended for most patients.") is None


def _guideline(title: str, text: str) -> str:
    return f"""---
title: "{title}"
type: guideline
year: 2024
---
# {title}

## Recommendations

{text}
"""


# Other sources, so that the corpus's word weights are a corpus's.
OTHERS = {f"other{n}.md": _guideline(title, BACKGROUND[title]) for n, title in enumerate((
    "Exercise for knee osteoarthritis",
    "Iron deficiency anaemia in adults",
    "Migraine prevention",
    "Asthma in children",
    "Eczema in children",
))}

FILES = {
    "myelomax.md": _guideline("Management of myelomax", "Drugx is recommended as first-line treatment for "
                              "myelomax. Patients with myelomax should have their kidney function checked before "
                              "treatment. Bone pain in myelomax should be treated with analgesics."),
    "flatheadx.md": _guideline("Management of positional flatheadx", "Drugv is as effective for the treatment of "
                               "positional flatheadx and recommended over the use of a positioning cushion in order to "
                               "ensure a safe sleeping environment. Parents should be told how positional flatheadx "
                               "develops."),
    "traction.md": _guideline("Drugz for macular traction", "Drugz is recommended as an option for treating macular "
                              "traction in adults only if an epiretinal membrane is not present. Macular traction may "
                              "cause blurred vision."),
    "lymphomax.md": _guideline("Management of lymphomax", "Drugw is recommended as first-line treatment for "
                               "lymphomax. For patients with lymphomax who have kidney failure, drugq is recommended "
                               "instead of drugw. Night sweats are common in lymphomax."),
    "plasmax.md": _guideline("Management of plasmax", "Autologous stem cell transplantation (ASCT) is offered to "
                             "younger patients with plasmax. For patients with plasmax who are ineligible for ASCT, "
                             "drugp is recommended as first-line treatment. Younger patients with plasmax should have "
                             "drugr before autologous stem cell transplantation."),
    "cancerx.md": _guideline("Management of ovarian cancerx", "All women with ovarian cancerx should be offered genex1 "
                             "and genex2 mutation testing. Surgery is the first treatment for ovarian cancerx."),
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "qualified-condition", {**FILES, **OTHERS})


def test_advice_on_the_head_answers_for_the_qualified_people(corpus: Path) -> None:
    answer = answered(corpus, "Is drugx recommended for myelomax patients who cannot have a stem cell transplant?")
    assert answer.verdict == "yes"
    assert lead_text(answer).startswith("Drugx is recommended as first-line treatment for myelomax")


def test_advice_for_babies_named_by_their_condition(corpus: Path) -> None:
    answer = answered(corpus, "Is drugv better than a positioning cushion for babies with positional flatheadx?")
    assert answer.verdict == "yes"
    assert lead_text(answer).startswith("Drugv is as effective")


def test_no_yes_where_the_advice_excludes_the_asked_case(corpus: Path) -> None:
    answer = answered(corpus, "Is drugz recommended for macular traction when an epiretinal membrane is present?")
    assert answer.verdict != "yes"


def test_a_numbered_subtype_answers_for_its_name(corpus: Path) -> None:
    answer = answered(corpus, "Should all women with ovarian cancerx be offered genex testing?")
    assert answer.verdict == "yes"
    assert "genex1 and genex2 mutation testing" in lead_text(answer)


def test_no_yes_where_the_corpus_treats_the_qualified_case_apart(corpus: Path) -> None:
    answer = answered(corpus, "Is drugw recommended for lymphomax patients who have kidney failure?")
    assert answer.verdict == "no"
    assert lead_text(answer).startswith("For patients with lymphomax who have kidney failure, drugq")


def test_the_qualifier_named_by_the_corpus_in_other_words(corpus: Path) -> None:
    # The corpus treats those who can have a transplant apart; the advice for those who cannot names them by the
    # corpus's short form ("ineligible for ASCT"), which answers for "who cannot have a stem cell transplant".
    answer = answered(corpus, "Is drugp recommended for plasmax patients who cannot have a stem cell transplant?")
    assert answer.verdict == "yes"
    assert lead_text(answer).startswith("For patients with plasmax who are ineligible for ASCT, drugp")
