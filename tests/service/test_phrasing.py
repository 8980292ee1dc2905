"""The bottom line's parts (service.answer.phrasing.bottom_line) on hand-built judgements: which parts come in
which order, what each cites, and the qualifier's wording from the counts, kinds and designs."""
from __future__ import annotations

from service.answer.evidence import Judgement
from service.answer.phrasing import (CLOSEST, CLOSEST_FOUND, NO_EVIDENCE, LeadStatement, bottom_line, conclusion,
                                     limitation_statements)
from service.answer.question import Question


def question(intervention: str | None = "shockwave therapy", condition: str | None = "calcific tendinopathy",
             kind: str = "therapy") -> Question:
    return Question(text="?", type=kind, intervention=intervention, condition=condition, title="t")


def test_no_evidence_is_one_uncited_statement() -> None:
    assert bottom_line(question(), Judgement(level="none"), None, "yes", ["a"]) == [(NO_EVIDENCE, [])]


def test_verdict_then_guideline_lead_then_qualifier() -> None:
    j = Judgement(level="limited", sources=["g1", "r1"], guidelines=["g1"], research=["r1"],
                  direct_sources=["g1"], direct_findings=["g1"])
    lead = LeadStatement(doc_id="g1", tier=0, design=None, guideline=True)
    parts = bottom_line(question(), j, lead, "yes", ["g1", "r1", "r2", "r3"])
    assert parts == [
        ("Yes.", ["g1", "r1", "r2"]),  # the verdict cites at most three sources
        ("", ["g1"]),  # the lead statement's place: the caller quotes it
        ("A guideline recommendation; limited evidence: 1 guideline.", ["g1"]),
    ]


def test_research_lead_with_support_counts_kinds_designs_and_null_findings() -> None:
    j = Judgement(level="moderate", sources=["r1", "r2", "g1", "r3"], guidelines=["g1"], research=["r1", "r2", "r3"],
                  direct_findings=["r1", "r2", "g1", "r3"], direct_designs=["meta-analysis", "randomized trial"],
                  null_findings=["r1", "r2", "r3"])
    lead = LeadStatement(doc_id="r1", tier=1, design="meta-analysis", guideline=False)
    parts = bottom_line(question(), j, lead, None, [], support=("r2",))
    assert parts == [
        ("", ["r1"]),
        ("", ["r2"]),
        ("Moderate evidence: 1 guideline and 3 studies (meta-analysis and randomized trial), 3 reporting "
         "no significant effect.", ["r1", "r2", "g1"]),
    ]


def test_a_single_null_finding_is_named_whatever_the_lead_design() -> None:
    j = Judgement(level="limited", sources=["r1"], research=["r1"], direct_findings=["r1"], null_findings=["r1"])
    tier1 = LeadStatement(doc_id="r1", tier=1, design="cohort", guideline=False)
    tier2 = LeadStatement(doc_id="r1", tier=2, design=None, guideline=False)
    assert bottom_line(question(), j, tier1, None, [])[-1][0] == "Limited evidence, no significant effect."
    assert bottom_line(question(), j, tier2, None, [])[-1][0] == bottom_line(question(), j, tier1, None, [])[-1][0]


def test_the_count_is_left_out_only_when_every_direct_study_is_quoted_beside_it() -> None:
    j = Judgement(level="limited", sources=["r1", "r2", "r3"], research=["r1", "r2", "r3"],
                  direct_findings=["r1", "r2"], direct_designs=["animal"])
    lead = LeadStatement(doc_id="r1", tier=2, design=None, guideline=False)
    # Both direct studies are quoted and cited in the bottom line: the count would repeat what the reader sees.
    assert bottom_line(question(), j, lead, None, [], support=("r2",))[-1][0] == "Limited evidence (animal)."
    # One direct study is not quoted: the count says there is more than the quotes show.
    assert bottom_line(question(), j, lead, None, [])[-1][0] == "Limited evidence: 2 studies (animal)."
    # Several null findings among quoted studies are counted out of the quoted ones.
    null = Judgement(level="limited", sources=["r1", "r2"], research=["r1", "r2"], direct_findings=["r1", "r2"],
                     null_findings=["r1", "r2"])
    assert bottom_line(question(), null, lead, None, [], support=("r2",))[-1][0] == (
        "Limited evidence, 2 of 2 reporting no significant effect.")
    # A guideline among the direct sources keeps the count: its kind is not a study's.
    mixed = Judgement(level="limited", sources=["g1", "r1"], guidelines=["g1"], research=["r1"],
                      direct_findings=["r1", "g1"])
    assert bottom_line(question(), mixed, lead, None, [], support=("g1",))[-1][0] == (
        "Limited evidence: 1 guideline and 1 study.")


def test_without_a_lead_the_missing_evidence_is_named_and_no_verdict_given() -> None:
    j = Judgement(level="indirect", sources=["a", "b", "c", "d"], research=["a", "b", "c", "d"])
    parts = bottom_line(question(kind="safety"), j, None, "yes", ["a"])
    assert parts == [(
        # A safety question names its topic "X and Y" (only therapy and dosing questions say "X for Y").
        "There is insufficient evidence to judge the safety of shockwave therapy and calcific tendinopathy; "
        "medcite found no indexed source that addresses this application directly. The available evidence is "
        "indirect: "
        "4 sources on shockwave therapy or calcific tendinopathy separately.", ["a", "b", "c"])]


def test_without_a_lead_or_a_topic_the_closest_statement_is_quoted_under_a_caveat() -> None:
    j = Judgement(level="indirect", sources=["a", "b"])
    no_topic = question(intervention=None, condition=None)
    # No topic read: medcite cannot tell a statement on part of the question from one on all of it, so it does
    # not call it indirect ("Which vitamin K form lasts longer?" above "MK-7 has a much longer ... half-life").
    assert bottom_line(no_topic, j, None, None, [], closest=("b",)) == [(CLOSEST_FOUND, []), ("", ["b"])]
    # Without a closest statement it says what is missing instead, citing what was found.
    assert bottom_line(no_topic, j, None, None, []) == [(
        "No source was found that addresses this question directly; the 2 sources cited speak to related "
        "questions only, so any conclusion is indirect.", ["a", "b"])]


def test_a_general_question_without_direct_evidence_says_what_it_is_on() -> None:
    # "to recommend vitamin K2 and fractures" was no sentence (session 22)
    j = Judgement(level="indirect", sources=["a"], research=["a"])
    parts = bottom_line(question(kind="general"), j, None, None, [])
    assert parts[0][0].startswith("There is insufficient evidence on shockwave therapy and calcific tendinopathy;")



def test_the_conclusion_names_the_direct_evidence_designs_in_brackets() -> None:
    # Session 27: "limited, from 2 sources including animal" read as a broken sentence.
    from service.answer.phrasing import conclusion
    j = Judgement(level="limited", sources=["r1", "r2"], research=["r1", "r2"], direct_sources=["r1", "r2"],
                  direct_findings=["r1", "r2"], direct_designs=["randomized trial", "animal"])
    text, _ = conclusion(question(), j, [])
    assert text.startswith("The evidence on shockwave therapy for calcific tendinopathy is limited, from 2 studies "
                           "(randomized trial and animal); weigh")


def test_the_conclusion_counts_a_guideline_as_the_bottom_line_does() -> None:
    # Session 48: "from 1 source (randomized trial)" beside a bottom line "Limited evidence: 1 guideline, citing
    # randomized trials.": the one source was the guideline.
    from service.answer.phrasing import conclusion
    j = Judgement(level="limited", sources=["g"], guidelines=["g"], direct_sources=["g"], direct_findings=["g"],
                  direct_designs=["randomized trial"])
    text, _ = conclusion(question(), j, [])
    assert text.startswith("The evidence on shockwave therapy for calcific tendinopathy is limited, from 1 guideline, "
                           "citing randomized trials; weigh")


def test_a_read_topic_keeps_indirect_unless_the_first_closest_statement_names_all_of_it() -> None:
    j = Judgement(level="indirect", sources=["a"])
    read = question()
    assert bottom_line(read, j, None, None, [], closest=("a",))[0] == (CLOSEST, [])  # it misses part of the topic
    assert bottom_line(read, j, None, None, [], closest=("a",), closest_names_all=True)[0] == (CLOSEST_FOUND, [])
    assert CLOSEST == "Indirect evidence:" and CLOSEST_FOUND == "Closest evidence:"


def test_the_conclusion_claims_no_more_than_the_caveat() -> None:
    j = Judgement(level="indirect", sources=["a"])
    no_topic = question(intervention=None, condition=None)
    # Under "Indirect evidence:" it says the sources do not answer; under "Closest evidence:" that it could
    # not confirm that they do.
    assert conclusion(no_topic, j, [], CLOSEST)[0].startswith("The sources found do not answer this question")
    assert conclusion(no_topic, j, [], CLOSEST_FOUND) == (
        "medcite could not confirm that the sources found answer this question; the quoted passages are the closest "
        "evidence it found.", [])


def test_no_limitation_says_the_topic_is_met_only_in_parts_beside_a_quote_that_names_it_all() -> None:
    j = Judgement(level="indirect", sources=["a"], guidelines=["a"])
    read = question()
    assert [t for t, _ in limitation_statements(read, j, ["a"], CLOSEST)][:2] == [
        "No study among the retrieved sources addressed shockwave therapy for calcific tendinopathy directly; the "
        "cited evidence concerns shockwave therapy or calcific tendinopathy separately.",
        "medcite found no guideline recommendation on shockwave therapy for calcific tendinopathy among the indexed "
        "guidelines."]
    assert [t for t, _ in limitation_statements(read, j, ["a"], CLOSEST_FOUND)] == [
        "No statement among the retrieved sources was confirmed as a direct answer on shockwave therapy for calcific "
        "tendinopathy.", "This answer rests on a single source."]


def test_a_source_that_states_the_use_untested_is_quoted_instead_of_a_claim_that_none_addresses_it() -> None:
    # Session 42: "medcite found no indexed source that addresses this application directly" was said beside a
    # guideline sentence naming the two together and saying no trial has tested the use.
    j = Judgement(level="indirect", sources=["g", "a", "b"], guidelines=["g"], research=["a", "b"])
    read = question()
    assert bottom_line(read, j, None, "insufficient", [], gap="g") == [
        ("There is insufficient evidence to recommend shockwave therapy for calcific tendinopathy.", []),
        ("", ["g"]),
        ("The other evidence is indirect: 2 sources on shockwave therapy or calcific tendinopathy separately.",
         ["a", "b"])]
    # The stating source alone: nothing else to count.
    alone = Judgement(level="indirect", sources=["g"], guidelines=["g"])
    assert bottom_line(read, alone, None, None, [], gap="g")[1:] == [("", ["g"])]
    # Limitations: no study reported a finding; no claim that no guideline speaks of it, since one does.
    assert [t for t, _ in limitation_statements(read, j, ["a"], CLOSEST, gap="g")] == [
        "No study among the retrieved sources reported a finding on shockwave therapy for calcific tendinopathy."]
    # A research report stating the gap leaves the guideline claim standing: no guideline said anything.
    assert "medcite found no guideline recommendation on shockwave therapy for calcific tendinopathy among the " \
           "indexed guidelines." in [t for t, _ in limitation_statements(read, Judgement(
               level="indirect", sources=["a"], research=["a"]), ["a"], CLOSEST, gap="a")]
    assert conclusion(read, j, [], CLOSEST, gap="g")[0] == (
        "No indexed source establishes shockwave therapy as a treatment for calcific tendinopathy.")
    assert conclusion(read, j, [], CLOSEST)[0].endswith(": none addresses this use directly.")
