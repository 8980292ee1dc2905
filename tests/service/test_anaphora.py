"""The anaphor rule: a sentence that leans on the one before it is quoted with it, or not at all."""
from __future__ import annotations

from index.search import Index
from service.answer.anaphora import leans_back, names_antecedent, opens_with_anaphor
from service.answer.pipeline import answer_question
from service.answer.scoring import statements
from tests.service.candidates import sentence_spans


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
                     "These observations strongly support a role for drugx in gizmo repair.",
                     "These findings strongly predict an adhesion function for the gizmo family.",
                     "These results implicate Gene1 as a target of Gene2.",
                     "These results provide further evidence for a role of Gene1 in gizmo repair.",
                     "Taken together, these results led us to conclude that Gene1 binds Gene2."):
        assert not opens_with_anaphor(sentence), sentence
        assert statements(sentence, sentence_spans(sentence)) == [(sentence, False)]
    # The same words pointing back at something else's results still lean on the sentence before.
    for sentence in ("These results were confirmed in a second cohort.", "These findings held.",
                     "These patients showed that drugx helps.",
                     # findings that led others to act are someone else's, named before (session 22 merge)
                     "These findings led to randomized trials of drugx in adults with gizmo disease."):
        assert opens_with_anaphor(sentence), sentence


def test_an_anaphor_is_quoted_with_its_antecedent() -> None:
    text = ("A randomized trial enrolled 144 patients with shoulder calcification. "
            "The trial found that shockwave therapy improved shoulder function at six months.")
    quoted = statements(text, sentence_spans(text))
    assert quoted == [("A randomized trial enrolled 144 patients with shoulder calcification.", False),
                      (text, True)]


def test_an_anaphor_without_antecedent_in_the_passage_is_not_quoted() -> None:
    text = "The trial found that shockwave therapy improved shoulder function at six months."
    assert statements(text, sentence_spans(text)) == []


def test_an_anaphor_naming_something_the_previous_sentence_does_not_is_not_quoted() -> None:
    text = ("Shockwave therapy delivers focused acoustic pressure waves through the skin. "
            "In that trial, evidence on shockwave therapy came from uncontrolled studies.")
    assert [t for t, joined in statements(text, sentence_spans(text)) if joined] == []
    assert not names_antecedent("In that trial, evidence was sparse.", "Waves pass through skin.")
    assert names_antecedent("It was safe.", "Waves pass through skin.")


def test_openings_that_point_back_at_nothing_are_not_anaphors() -> None:
    # An expletive "it" holds the place of the clause after the predicate.
    for sentence in ("It is uncertain whether drugx helps adults with gizmo disease.",
                     "It is well established that gizmo disease is inherited.",
                     "It has been proposed that drugx slows gizmo decline.",
                     "It is not known whether gizmo disease recurs."):
        assert not opens_with_anaphor(sentence), sentence
    # The source speaking of itself: adjectives listed with commas, or named by its design.
    for sentence in ("This prospective, randomized study was designed to compare drugx with surgery.",
                     "This was a retrospective review of 80 adults treated with drugx.",
                     "This is a cross-sectional study.",
                     "The authors sought to determine whether drugx slows gizmo decline."):
        assert not opens_with_anaphor(sentence), sentence
    # The same openings pointing back still lean on the sentence before.
    for sentence in ("It is a drug that slows gizmo decline.", "It is so potent that doses were halved.",
                     "It is used to treat gizmo disease.", "It was associated with lower mortality.",
                     "Both groups improved.", "Both were treated with drugx.", "This drug is effective.",
                     "This was associated with lower mortality.", "The authors found no effect."):
        assert opens_with_anaphor(sentence), sentence


def test_a_passage_may_open_with_an_expletive_it() -> None:
    for text in ("It is uncertain whether drugx helps adults with gizmo disease.",
                 "It is recommended that adults with gizmo disease be offered drugx."):
        assert statements(text, sentence_spans(text)) == [(text, False)]


def test_a_study_pointed_back_to_inside_a_sentence_is_quoted_with_its_antecedent() -> None:
    # Session 28: "Progression of the valve calcium score was slower in the drugx group ... in that trial." was
    # quoted alone once the design sentence before it was no finding: "that trial" named no trial.
    result = ("Progression of the valve calcium score was slower in the drugx group than in the placebo group in "
              "that trial.")
    assert leans_back(result) and not opens_with_anaphor(result)
    text = "A small trial randomized 100 patients with valve calcification to drugx or placebo for 12 months. " + result
    assert (text, True) in statements(text, sentence_spans(text))
    assert all(quoted != result for quoted, _ in statements(text, sentence_spans(text)))
    assert statements(result, sentence_spans(result)) == []
    # "this study" is the source's own, and a study named inside a sentence by its name points back to nothing.
    assert not leans_back("In this study, drugx lowered the valve calcium score.")
    assert not leans_back("Drugx lowered the valve calcium score in the GIZMO trial.")
    # A "that" joining a clause points at nothing.
    assert not leans_back("These results indicate that network-based analysis of gizmo data can rank genes.")
    assert not leans_back("Exploratory analyses suggest that future studies of drugx might succeed.")


def test_things_pointed_back_to_inside_a_sentence_need_the_sentence_that_names_them() -> None:
    # Session 34: "Clinicians should check serum calcium in patients taking high-dose drugx who develop these
    # symptoms." was quoted alone (and would have been joined to a sentence on kidney injury, which names none).
    check = "Clinicians should check serum calcium in patients taking high-dose drugx who develop these symptoms."
    assert leans_back(check) and not opens_with_anaphor(check)
    named = "Symptoms of hypercalcaemia include thirst and confusion. " + check
    assert (named, True) in statements(named, sentence_spans(named))
    unnamed = "Severe hypercalcaemia can cause kidney injury. " + check
    assert all("these symptoms" not in quoted for quoted, _ in statements(unnamed, sentence_spans(unnamed)))
    # "those" defined after it, or the things named earlier in the same sentence, point back to nothing.
    for sentence in ("Drugx is avoided in those with asthma and in those taking gizmo blockers.",
                     "Benefit was seen in those patients who received the full dose.",
                     "Most symptoms were mild, and these symptoms resolved within a week."):
        assert not leans_back(sentence), sentence


def test_a_sentence_pointing_back_at_two_things_needs_a_sentence_naming_both() -> None:
    # Session 34: "In the Rotterdam Study, ... was not associated with these outcomes." was joined to the study's
    # finding (which names the study, not "outcomes"), and its "not" turned "Yes." to "No.".
    previous = "The Gizmo Study reported that higher drugx intake was associated with less aortic calcification."
    sentence = "In the Gizmo Study, drugy intake was not associated with these outcomes."
    assert not names_antecedent(sentence, previous)
    assert names_antecedent(sentence, "The Gizmo Study measured three outcomes.")


def test_a_that_clause_in_the_head_is_no_demonstrative_for_a_noun_pointed_back_to_inside() -> None:
    # Session 34: "We show that two of these <things> regulate ..." was dropped beside the sentence that names the
    # lncRNAs, because the head's "that two" was read as a demonstrative naming "two".
    sentence = "We show that two of these peptides shorten wound healing."
    assert leans_back(sentence)
    assert names_antecedent(sentence, "We identified short peptides in wound fluid of healing mice.")
    assert not names_antecedent(sentence, "We profiled wound fluid of healing mice.")


def test_examples_after_the_subject_are_no_anaphor() -> None:
    # Session 48: "Psychological therapies such as cognitive behavioural therapy are recommended for ..." was read as
    # opening with "such", pointing back, and never quoted; "such as" gives examples of the noun before it.
    for sentence in ("Psychological therapies such as drugx are recommended for mild to moderate gizmoitis.",
                     "Acute treatments such as drugx and zorb are used for individual attacks."):
        assert not opens_with_anaphor(sentence), sentence
        assert statements(sentence, sentence_spans(sentence)) == [(sentence, False)]
    assert opens_with_anaphor("In most such cases, drugx is enough.")  # "such" before a noun still points back


def test_cognitive_behavioural_therapy_for_mild_depression(loaded_index: Index) -> None:
    a = answer_question(loaded_index, "Is cognitive behavioural therapy recommended for mild depression?")
    assert a.verdict == "yes", a.bottom_line.text
    assert a.bottom_line.text.startswith("Yes. Psychological therapies such as cognitive behavioural therapy are "
                                         "recommended for mild to moderate depression.")
