"""The anaphor rule: a sentence that leans on the one before it is quoted with it, or not at all."""
from __future__ import annotations

from service.answer.anaphora import names_antecedent, opens_with_anaphor
from service.answer.scoring import statements


def _spans(text: str) -> tuple[tuple[int, int], ...]:
    """Sentence spans of a text whose sentences end with '. '."""
    spans, start = [], 0
    while start < len(text):
        end = text.find(". ", start)
        end = len(text) if end < 0 else end + 1
        spans.append((start, end))
        start = end + 1
    return tuple(spans)


def test_sentences_that_point_back_are_recognised() -> None:
    for sentence in ("The trial did not study tendons.", "This was well tolerated.", "These findings held.",
                     "In that study, pain fell.", "It reduced pain.", "They found no effect."):
        assert opens_with_anaphor(sentence), sentence
    # A source speaking of itself names its subject: the cited source.
    for sentence in ("In this randomized trial of 210 adults, pain fell.", "This review found no benefit.",
                     "Before this trial, evidence was sparse.", "Our results show a benefit.",
                     "Theophylline is a bronchodilator.", "Thirty patients were enrolled.",
                     "Studies show that exercise helps.", "Large randomized trials have not shown a benefit."):
        assert not opens_with_anaphor(sentence), sentence


def test_a_conclusion_from_results_is_the_sources_own_and_may_open_a_passage() -> None:
    for sentence in ("These results suggest that drugx slows gizmo decline in mice.",
                     "Taken together, these findings indicate that gizmo loss is inherited.",
                     "These observations strongly support a role for drugx in gizmo repair."):
        assert not opens_with_anaphor(sentence), sentence
        assert statements(sentence, _spans(sentence)) == [(sentence, False)]
    # The same words pointing back at something else's results still lean on the sentence before.
    for sentence in ("These results were confirmed in a second cohort.", "These findings held.",
                     "These patients showed that drugx helps."):
        assert opens_with_anaphor(sentence), sentence


def test_an_anaphor_is_quoted_with_its_antecedent() -> None:
    text = ("A randomized trial enrolled 144 patients with shoulder calcification. "
            "The trial found that shockwave therapy improved shoulder function at six months.")
    quoted = statements(text, _spans(text))
    assert quoted == [("A randomized trial enrolled 144 patients with shoulder calcification.", False),
                      (text, True)]


def test_an_anaphor_without_antecedent_in_the_passage_is_not_quoted() -> None:
    text = "The trial found that shockwave therapy improved shoulder function at six months."
    assert statements(text, _spans(text)) == []


def test_an_anaphor_naming_something_the_previous_sentence_does_not_is_not_quoted() -> None:
    text = ("Shockwave therapy delivers focused acoustic pressure waves through the skin. "
            "In that trial, evidence on shockwave therapy came from uncontrolled studies.")
    assert [t for t, joined in statements(text, _spans(text)) if joined] == []
    assert not names_antecedent("In that trial, evidence was sparse.", "Waves pass through skin.")
    assert names_antecedent("It was safe.", "Waves pass through skin.")
