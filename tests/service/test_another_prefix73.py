"""A statement that repeats a question's claim with one of its words after another prefix is a "no"
(``mismatch.another_prefix``): "a lentiviral vector" for "an adenoviral vector?", "a nonsyndromic delay" for "a
syndromic delay?". What a word is, the corpus says (its IDF). Made-up names."""
from __future__ import annotations

from pathlib import Path

import pytest

from service.answer.mismatch import another_prefix

from tests.service.corpora import answered, built

# A corpus's IDF by hand: lower is more common. "viral", "clonal" and "syndromic" are words written more often than
# their prefixed forms; "ective" is a fragment no word is written as.
_IDF = {"viral": 3.0, "adenovir": 6.0, "lentivir": 6.5, "clonal": 4.0, "monoclon": 3.5, "polyclon": 5.0,
        "syndrom": 2.0, "nonsyndrom": 7.0, "effect": 2.0, "select": 4.0, "ectiv": 9.0, "relat": 2.5,
        "unrel": 6.0, "regul": 3.0, "upregul": 5.0, "action": 3.0, "reaction": 4.0, "interact": 4.5}


def _idf(term: str) -> float:
    return _IDF.get(term, 9.5)


@pytest.mark.parametrize(("question", "statement"), [
    ("Does gizmovec use an adenoviral vector?", "Gizmovec, a lentiviral vector gene therapy, was well tolerated."),
    ("Is wobblizumab a polyclonal antibody?", "Wobblizumab is a human monoclonal antibody against frobnin."),
    ("Is ZAB7 haploinsufficiency linked to syndromic wobble delay?",
     "ZAB7 haploinsufficiency causes a nonsyndromic wobble delay."),
    ("Is ZAB7 haploinsufficiency linked to syndromic wobble delay?",
     "ZAB7 haploinsufficiency causes a non-syndromic wobble delay."),
    # two prefixes each with a hyphen
    ("Is gizmocaine a pro-arrhythmic drug?", "Gizmocaine is an anti-arrhythmic drug used in wobble fibrillation."),
])
def test_a_word_after_another_prefix_repeats_the_claim_otherwise(question: str, statement: str) -> None:
    assert another_prefix(question, statement, [statement], _idf)


@pytest.mark.parametrize(("question", "statement"), [
    # the rest is a fragment the corpus does not write as a word
    ("Is gizmotrol effective for wobble psychosis?",
     "Gizmotrol is a selective inverse agonist for the treatment of wobble psychosis."),
    # one word the rest of the other, with a prefix that denies nothing
    ("Is frobnin regulated by ZAB7?", "Frobnin is upregulated by ZAB7 in wobble cells."),
    # "anti" is no negation of an effect: an anti-aging effect is an effect on aging
    ("Does frobnose have an effect on aging?", "Frobnose had an anti-aging effect in worms."),
    # hyphenated words whose heads are no prefixes, or whose rest is short
    ("Is gizmocaine a long-term treatment for wobble fibrillation?",
     "Gizmocaine is a short-term treatment for wobble fibrillation."),
    ("Does gizmozumab block IL-6 in wobble fibrillation?", "Gizmozumab blocks IL-1 in wobble fibrillation."),
    # short prefixes: "reaction" does not deny "interaction"
    ("Is there an interaction between drugx and gizmotrol?", "Drugx given with gizmotrol caused a skin reaction."),
    # the asked word is there too: the claim is filled as asked
    ("Is wobblizumab a polyclonal antibody?",
     "Wobblizumab, unlike polyclonal antisera, is a monoclonal antibody against frobnin."),
    # a negated statement, or one that leaves the claim's other words out
    ("Does gizmovec use an adenoviral vector?", "Gizmovec does not use a lentiviral vector."),
    ("Does gizmovec use an adenoviral vector?", "Lentiviral gene transfer is common in wobble research."),
])
def test_no_other_prefix_reading(question: str, statement: str) -> None:
    assert not another_prefix(question, statement, [statement], _idf)


def test_a_statement_behind_naming_the_asked_word_keeps_the_yes() -> None:
    question = "Does gizmovec use an adenoviral vector?"
    first = "Gizmovec, a lentiviral vector gene therapy, was well tolerated."
    assert not another_prefix(question, first, [first, "A second gizmovec batch used an adenoviral vector."], _idf)


def _report(name: str, title: str, text: str) -> str:
    return f"---\nid: {name}\ntitle: {title}\ntype: research\nsource: Test Journal of Gene Therapy\nyear: 2021\n---\n" \
           f"## Abstract\n\n{text}\n"


@pytest.fixture(scope="module")
def vector_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "prefix73", {
        "gizmovec.md": _report("gizmovec", "Gizmovec gene therapy in wobble disease",
                               "Gizmovec is a lentiviral vector based gene therapy, which was effective in wobble "
                               "disease."),
        "viral1.md": _report("viral1", "Viral vectors for gene transfer",
                             "Viral vectors carry genes into cells. Viral proteins can provoke an immune response."),
        "viral2.md": _report("viral2", "Viral load after transplant",
                             "Viral load was measured weekly. Viral shedding stopped after six weeks."),
        "fever.md": _report("fever", "Frobnic fever in adults",
                            "Frobnic fever lasted five days on average in healthy adults."),
    })


def test_the_answer_says_no_above_the_other_prefix(vector_index: Path) -> None:
    # (Without the prefix reading, the words model read "effective" and the claim's other words: "yes".)
    answer = answered(vector_index, "Does gizmovec use an adenoviral vector?")
    assert answer.verdict == "no", answer.bottom_line
    assert any("lentiviral" in s.text for s in answer.bottom_line.statements)
