"""Questions that offer a choice and comparisons without a direct answer (session 44, unseen clinician questions):
"Is A or B the better ...?" asks which, not whether, so it takes no "Yes."; and where no statement answers a
comparison directly, one naming both compared treatments is quoted before one naming only the asked one."""
from __future__ import annotations

from index.search import Index
from service.answer.models import Audience
from service.answer.pipeline import answer_question, closest_statements
from service.answer.question import asks_choice, read_question
from service.answer.scoring import Candidate
from service.answer.tuning import AnswerTuning
from tests.service.candidates import scored


def test_a_choice_between_two_takes_no_yes_or_no() -> None:
    for text in ("Is a thiazide or an ACE inhibitor the better first drug for high blood pressure?",
                 "Are male or female persons more prone to autoimmunity?",
                 "Should I use ibuprofen or paracetamol for back pain?",
                 "Should children get amoxicillin or azithromycin for ear infections?",
                 # review: the two after the word of choosing, "it better to", people defined at length, "start with"
                 "Is calcific tendinitis more common in men or women?",
                 "Is it better to use ibuprofen or paracetamol for back pain?",
                 "Should patients with atrial fibrillation take warfarin or a DOAC?",
                 "Should I start with amoxicillin or amoxicillin-clavulanate for ear infection?"):
        q = read_question(text)
        assert q.choice and not q.yes_no, text
    q = read_question("Is a thiazide or an ACE inhibitor the better first drug for high blood pressure?")
    assert (q.intervention, q.comparator, q.condition) == ("thiazide", "ACE inhibitor", "high blood pressure")


def test_or_that_offers_no_choice_keeps_the_yes_or_no() -> None:
    for text in ("Should I take antibiotics or not?",  # whether
                 "Is X or Y associated with better survival?",  # a link of either to a third thing
                 "Can lead or cadmium cause changes in DNA methylation?",
                 "Is vitamin D insufficiency or deficiency related to osteochondritis dissecans?",
                 "Are patients aged 80 or older more likely to have complications?",  # one group
                 "Is one or more drug better than placebo?",
                 "Is combined therapy more effective than growth hormone or hyperbaric oxygen alone?",
                 "Should patients with diabetes or kidney disease receive ACE inhibitors?",
                 "Is exercise recommended for knee osteoarthritis regardless of age or severity?",
                 "Is depression more common in women or not?",
                 "Is smoking more harmful in men with or without diabetes?",
                 "Should patients with diabetes take metformin or not?"):
        assert not asks_choice(text), text
        assert read_question(text).yes_no, text


def _candidate(text: str, score: float, doc: str) -> Candidate:
    return scored(text, score, doc)


def test_closest_evidence_on_a_comparison_names_both_sides_first() -> None:
    q = read_question("Is zorbinol lavage better than shockwave for gizmo deposits?")
    assert (q.intervention, q.comparator) == ("zorbinol lavage", "shockwave")
    one_side = _candidate("A trial found zorbinol lavage with an injection better than the injection alone for gizmo "
                          "deposits.", 0.95, "a")
    both = _candidate("Few trials have compared zorbinol lavage with extracorporeal shockwave therapy.", 0.90, "b")
    listing = _candidate("Clinicians should consider shockwave therapy or zorbinol lavage for gizmo deposits.", 0.93,
                         "c")
    quoted = closest_statements([one_side, listing, both], q, AnswerTuning(closest_statements=2))
    assert quoted == [both, listing]  # a comparison of the two, then a statement naming both as alternatives
    # A comparison of harms is no comparison on what a question of benefit asks: it names both, no more.
    harms = _candidate("A trial found no significant increase in adverse events with zorbinol lavage compared with "
                       "shockwave therapy.", 0.94, "d")
    assert closest_statements([one_side, harms, both], q, AnswerTuning(closest_statements=1)) == [both]
    # A question that compares nothing: as before.
    plain = read_question("Is zorbinol lavage effective for gizmo deposits?")
    assert closest_statements([one_side, both], plain, AnswerTuning(closest_statements=1)) == [one_side]


def test_the_choice_of_first_drug_is_answered_without_a_yes(loaded_index: Index) -> None:
    answer = answer_question(loaded_index, "Is a thiazide or an ACE inhibitor the better first drug for high blood "
                             "pressure?", Audience.CLINICIAN)
    first = answer.bottom_line.statements[0].text
    assert answer.bottom_line.verdict is None
    assert not first.startswith(("Yes", "No", "Verdict"))
    assert "first-line" in " ".join(s.text for s in answer.bottom_line.statements)


def test_lavage_against_shockwave_quotes_their_comparison(loaded_index: Index) -> None:
    answer = answer_question(loaded_index, "Is needle lavage better than shockwave for calcium deposits in the "
                             "shoulder?", Audience.CLINICIAN)
    quotes = [s.text for s in answer.bottom_line.statements if s.origin == "source"]
    assert quotes and "shockwave" in quotes[0] and "lavage" in quotes[0]

