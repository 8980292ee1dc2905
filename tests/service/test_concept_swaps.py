"""A question's phrase met by the corpus's phrase for the same thing in other words (session 35): a corpus phrase
with one word in another's place ("hepatic disease" for "liver disease", Lexicon.swapped) and the phrase less an
inner word the corpus's sources leave out ("sugary drinks" for "sugary soft drinks", Lexicon.inner_less). The topics
(liver disease, eczema, gout) are not in the default corpus; the corpora are written by the tests."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from index.embedder import load_embedder
from index.lexical import tokenize
from service.answer.concepts import Lexicon, concept, text_counts, text_passages
from tests.service.corpora import answered, built

PHRASES = ["hepatic disease", "kidney disease", "severe eczema", "emergency medicine"]
GOUT = [
    "People with gout should avoid sugary drinks, which raise uric acid.",
    "Low-dose aspirin can raise uric acid levels.",
]
TEETH = ["Mandibular molars were extracted under local anaesthesia."]
SPINE = [
    "Patients with a suspected spinal injury should be immobilised on arrival.",
    "Methylprednisolone is not recommended after an acute injury of the spinal cord.",
]


def _phrase_lexicon() -> Lexicon:
    encode = load_embedder().encode
    vectors = np.asarray(encode(PHRASES), dtype=np.float32)
    return Lexicon({}, PHRASES, vectors / np.linalg.norm(vectors, axis=1, keepdims=True), encode=encode)


def test_a_corpus_phrase_with_one_word_swapped_names_the_question_phrase() -> None:
    lexicon = _phrase_lexicon()
    # MiniLM: "liver disease" / "hepatic disease" 0.88; "kidney disease" 0.54 is another organ's disease
    assert lexicon.swapped("liver disease") == ("hepatic disease",)
    liver = concept("liver disease", lexicon)
    assert liver.mentioned_in(frozenset(tokenize("Alcohol should be avoided in hepatic disease.")))
    assert not liver.mentioned_in(frozenset(tokenize("Alcohol should be avoided in kidney disease.")))
    # "mild eczema" / "severe eczema" 0.91, but "mild" and "severe" only describe (0.40, 0.35 with their phrases):
    # the embedder puts antonyms close, so a word of degree is never swapped
    assert lexicon.swapped("mild eczema") == ()
    assert not concept("mild eczema", lexicon).mentioned_in(frozenset(tokenize("Severe eczema needs a specialist.")))
    # the head says what kind of thing is named: physicians are no medicine, however close (0.86)
    assert lexicon.swapped("emergency physicians") == ()
    # a corpus that writes the question's own phrase has its own name for it: no swap (siblings come as close)
    written = ["Liver disease is common.", "Alcohol worsens liver disease.", "Hepatic disease was rare."]
    encode = load_embedder().encode
    own = Lexicon({}, PHRASES, _phrase_lexicon()._vectors, encode=encode, passages=text_passages(written))
    assert own.swapped("liver disease") == ()
    # nothing is swapped without the embedder (the question's phrase is not among the corpus's)
    assert Lexicon({}, PHRASES, _phrase_lexicon()._vectors).swapped("liver disease") == ()


def test_a_phrase_less_an_inner_word_names_it_where_the_corpus_writes_the_rest() -> None:
    encode = load_embedder().encode
    lexicon = Lexicon({}, encode=encode, counts=text_counts(GOUT), passages=text_passages(GOUT),
                      vocabulary={t for text in GOUT for t in tokenize(text)})
    # "sugary drinks" is written so and stays close to the whole (0.90)
    assert lexicon.inner_less("sugary soft drinks") == ("sugary drinks",)
    assert concept("sugary soft drinks", lexicon).mentioned_in(frozenset(tokenize(GOUT[0])), text=GOUT[0])
    # "low aspirin" is as close to "low dose aspirin" (0.92) but no text writes it: "dose aspirin" stands inside the
    # hyphenated "low-dose" only
    assert lexicon.inner_less("low dose aspirin") == ()
    # the first word and the head stay; a two-word phrase has no inner word
    assert lexicon.inner_less("soft drinks") == ()


def test_an_inner_word_that_heads_a_name_of_its_own_is_not_left_out() -> None:
    lexicon = Lexicon({}, encode=load_embedder().encode, counts=text_counts(SPINE), passages=text_passages(SPINE))
    # "spinal injury" is written and close (0.91), but the corpus writes "spinal cord" as a name of its own: "cord"
    # is what "spinal" describes, and a spinal injury need not be one of the cord
    assert lexicon.inner_less("spinal cord injury") == ()
    assert not concept("spinal cord injury", lexicon).mentioned_in(frozenset(tokenize(SPINE[0])), text=SPINE[0])
    # a word of number picks one of a series: third molars are not all the molars
    assert _text_lexicon(TEETH).inner_less("mandibular third molars") == ()


@pytest.fixture(scope="module")
def gout_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "gout", {"gout-diet.md": "# Gout and diet\n\n" + " ".join(GOUT) + "\n"})


def test_a_question_with_a_modifier_the_sources_leave_out_reaches_their_advice(gout_index: Path) -> None:
    # Before: "soft" was the rarest word of "sugary soft drinks", so every statement had to name it, and the answer
    # was that the evidence is insufficient.
    answer = answered(gout_index, "Should people with gout avoid sugary soft drinks?")
    assert "People with gout should avoid sugary drinks" in answer.bottom_line.text
    assert not answer.bottom_line.text.startswith(("Indirect evidence", "There is insufficient"))


REFLUX = [
    "Proton pump inhibitors relieve gastro-oesophageal reflux in most adults.",
    "Pre-eclampsia is screened for at every antenatal visit.",
]


def _text_lexicon(texts: list[str]) -> Lexicon:
    return Lexicon({}, encode=load_embedder().encode, counts=text_counts(texts), passages=text_passages(texts),
                   vocabulary={t for text in texts for t in tokenize(text)})


def test_a_word_is_named_by_the_corpus_spelling_with_a_hyphen_more_or_fewer() -> None:
    british = _text_lexicon(REFLUX)
    # American, joined, asked of a British corpus that hyphenates (and writes "oe"): the corpus's hyphenated word
    assert british.spellings("gastroesophageal reflux") == ["gastro-oesophageal reflux"]
    assert concept("gastroesophageal reflux", british).mentioned_in(frozenset(tokenize(REFLUX[0])), text=REFLUX[0])
    assert british.spellings("preeclampsia") == ["pre-eclampsia"]
    # and the other way: the hyphenated British word asked of an American corpus that joins it
    american = _text_lexicon(["Proton pump inhibitors relieve gastroesophageal reflux in most adults."])
    assert american.spellings("gastro-oesophageal reflux") == ["gastroesophageal reflux"]
    # two words of the corpus that it never writes as one hyphenated word are no spelling of their joined form
    apart = _text_lexicon(["Gastro symptoms are common in oesophageal cancer."])
    assert apart.spellings("gastroesophageal reflux") == []


LITHOTRIPSY = [
    "Extra-corporeal lithotripsy (ECL) breaks kidney stones into fragments that pass in the urine.",
    "ECL clears most stones smaller than two centimetres.",
    "Extracorporeal circuits need anticoagulation.",
]


def test_a_defined_name_written_with_a_hyphen_more_or_fewer_gives_its_abbreviation() -> None:
    # The corpus defines the name with a hyphen; the question writes it joined (and the corpus has the joined word
    # too, so no spelling of it is looked for): the letters are the same, so the abbreviation names the phrase.
    lexicon = Lexicon({"ECL": {"extra-corporeal lithotripsy"}}, encode=load_embedder().encode,
                      counts=text_counts(LITHOTRIPSY), passages=text_passages(LITHOTRIPSY),
                      vocabulary={t for text in LITHOTRIPSY for t in tokenize(text)})
    assert "ECL" in lexicon.names("extracorporeal lithotripsy")
    assert concept("extracorporeal lithotripsy", lexicon).mentioned_in(frozenset(tokenize(LITHOTRIPSY[1])),
                                                                     text=LITHOTRIPSY[1])
    # letters that differ are another name
    assert "ECL" not in lexicon.names("extracorporeal lithotomy")


STONES = [
    "Kidney stones (nephrolithiasis) recur within ten years in half of patients.",
    "Potassium citrate (a urinary alkaliniser) is offered for recurrent calcium stones.",
    "Tamsulosin (Flomax) helps small stones pass.",
    "Urinary tract disease (including bladder stones) is treated by urologists.",
]


def test_a_name_the_corpus_glosses_in_parentheses_names_the_other() -> None:
    lexicon = _text_lexicon(STONES)
    # the source glosses one name with the other, each way round (MiniLM alone puts them 0.56 apart)
    assert lexicon.glossed("kidney stones") == ("nephrolithiasis",)
    assert lexicon.glossed("nephrolithiasis") == ("kidney stones",)
    later = "Nephrolithiasis recurred in a third of the trial's patients."
    assert concept("kidney stones", lexicon).mentioned_in(frozenset(tokenize(later)), text=later)
    # what a drug is ("a urinary alkaliniser", with an article) and a brand name (a capital) are no glosses
    assert lexicon.glossed("potassium citrate") == ()
    assert lexicon.glossed("tamsulosin") == ()
    # a parenthesis of examples names a part, not the whole
    assert lexicon.glossed("urinary tract disease") == ()
