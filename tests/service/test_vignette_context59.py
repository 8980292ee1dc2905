"""Session 59: what a case describes is context, not what the question asks (made-up names). A dose that says what
the patient is on already asks no dose."""
from service.answer.question import question_type, read_question


def test_a_dose_the_patient_is_on_is_no_dose_asked() -> None:
    assert question_type("Gizmo eczema still itching on high dose gizmocort cream - what next?") != "dosing"
    assert read_question("60M gout flaring despite a standard dose of gizmopurinol, what now?").type != "dosing"
    # (A dose asked stays one, and so does advice on the dose.)
    assert question_type("What dose of gizmopurinol for gout?") == "dosing"
    assert question_type("Is there advice on the dose of gizmocort for eczema?") == "dosing"
