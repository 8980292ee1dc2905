"""Whom a statement on safety speaks of (verdict.on_safety, evidence.beside_cautions_for_others; session 37: "Is
bupropion safe for quitting smoking?" answered "No." above a contraindication in people with a history of seizures,
"Is vitamin K2 safe for long-term use?" "No." above advice to people taking vitamin K antagonists, and "Is oral iron
safe?" "Yes." above a list of its side effects)."""
from __future__ import annotations

from index.lexical import tokenize
from service.answer.verdict import for_others, on_safety


def _topic(words: str) -> frozenset[str]:
    return frozenset(tokenize(words))


SEIZURES = "Drugb lowers the fit threshold and should not be used in people with a history of fits or eating disorders."


def test_a_contraindication_in_a_sub_group_is_no_blanket_no() -> None:
    asked = _topic("drugb quitting smoking")
    assert on_safety("no", [SEIZURES], asked, SEIZURES) == "uncertain"
    # ... a yes with that caution when a statement says it is well tolerated
    assert on_safety("no", [SEIZURES, "Drugb has been generally well tolerated."], asked, SEIZURES) == "yes"
    # asked of the people it names, it is a no
    assert on_safety("no", [SEIZURES], _topic("drugb people with fits"), SEIZURES) == "no"
    # a harm said of everyone beside the advice for the sub-group keeps the no
    liver = "Drugb causes liver failure and should not be used in people with a history of fits."
    assert on_safety("no", [liver], asked, liver) == "no"


def test_advice_against_in_pregnancy_is_a_no_only_when_pregnancy_is_asked() -> None:
    avoid = "Drugt is an effective first-line option, but it must be avoided in pregnancy because of birth defects."
    assert on_safety("no", [avoid], _topic("drugt"), avoid) == "uncertain"
    assert on_safety("no", [avoid], _topic("drugt pregnancy"), avoid) == "no"
    assert on_safety("no", [avoid], _topic("drugt women who could become pregnant"), avoid) == "no"


def test_advice_to_users_of_another_drug_named_like_it_is_not_about_it() -> None:
    # "zorb K antagonists" are not zorb K2: the name before "antagonists" is the other drug's
    advice = "Patients taking zorb K antagonists should not take zorb K2 supplements without specialist advice."
    assert for_others(advice, _topic("zorb K2"))
    assert on_safety("no", [advice], _topic("zorb K2"), advice) == "uncertain"
    assert on_safety("no", [advice], _topic("zorb K2 zorb K antagonists"), advice) == "no"


def test_an_interaction_is_a_caution_for_the_other_drugs_users() -> None:
    interaction = "Drugx can reduce the effect of drugw and raise the risk of clots."
    assert on_safety("no", [interaction], _topic("drugx"), interaction) == "uncertain"
    assert on_safety("no", [interaction], _topic("drugx people taking drugw"), interaction) == "no"
    # another thing acting on it ("reduce absorption of ... drugx") says nothing of drugx's safety either
    absorbed = "Bile binders and mineral oil can reduce absorption of fat-soluble drugs including drugx."
    assert on_safety("no", [absorbed], _topic("drugx"), absorbed) == "uncertain"


def test_a_list_of_side_effects_is_no_yes() -> None:
    harms = "Drugi commonly causes nausea, abdominal pain, constipation and dark stools."
    advice = "Drugi is recommended as first-line treatment for most patients with plim deficiency."
    asked = _topic("drugi")
    assert on_safety("yes", [advice], asked, harms) == "uncertain"
    # a statement that it is tolerated keeps the yes
    assert on_safety("yes", [advice, "Drugi was well tolerated in trials."], asked, harms) == "yes"
    # and a lead without harms keeps it
    assert on_safety("yes", [advice], asked, advice) == "yes"


def test_a_yes_above_a_sub_group_caution_is_not_that_cautions_no() -> None:
    contraindicated = "Drugm is contraindicated in patients taking drugw, because it antagonises its effect."
    tolerated = "Drugm has been generally well tolerated."
    assert on_safety("yes", [tolerated], _topic("drugm"), contraindicated) == "yes"
    assert on_safety("yes", [tolerated], _topic("drugm patients taking drugw"), contraindicated) == "no"


def test_a_harm_only_in_a_clause_of_when_keeps_the_yes() -> None:
    # "Is intravenous iron safe in pregnancy?": "... is recommended when oral iron is not tolerated" names no harm of it
    advice = "Injected drugi is recommended when oral drugi is not tolerated, such as in late pregnancy."
    assert on_safety("yes", [advice], _topic("injected drugi pregnancy"), advice) == "yes"


def test_advice_against_another_thing_for_the_asked_things_users_is_not_about_it() -> None:
    # asked "Is drugw safe?": drugw only defines the people; the advice is against drugm
    contraindicated = "Drugm is contraindicated in patients taking drugw, because it antagonises its effect."
    assert on_safety("no", [contraindicated], _topic("drugw"), contraindicated) == "uncertain"
    advice = "Patients taking drugw should avoid combined drugd and zorb products unless their prescriber agrees."
    assert on_safety("no", [advice], _topic("drugw"), advice) == "uncertain"
    # asked of drugm for those people, it is a no
    assert on_safety("no", [contraindicated], _topic("drugm patients taking drugw"), contraindicated) == "no"
