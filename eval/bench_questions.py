"""The questions the service benchmarks ask: a built-in list, or a file of one question a line."""
from __future__ import annotations

from pathlib import Path

from eval.errors import EvalOptionError

# Realistic clinical questions over the shared guideline corpus and the default corpus: therapy, safety,
# dosing, mechanism, diagnosis and open questions, with and without a named intervention.
BUILTIN_QUESTIONS: tuple[str, ...] = (
    "Can vitamin K2 be used to treat tendon calcification?",
    "Does vitamin K supplementation reduce vascular calcification?",
    "What is the role of matrix Gla protein in calcific tendinopathy?",
    "Is extracorporeal shock wave therapy effective for calcific tendinitis of the shoulder?",
    "What are the risks of warfarin in elderly patients with atrial fibrillation?",
    "How should warfarin be managed before surgery?",
    "Does vitamin K interact with warfarin?",
    "What dose of vitamin K should be given for an elevated INR?",
    "What is the recommended first-line treatment for mild persistent asthma?",
    "Are inhaled corticosteroids safe in children with asthma?",
    "How is asthma diagnosed in adults?",
    "What is the first-line drug treatment for hypertension in adults?",
    "Should ACE inhibitors be used in patients with diabetes and hypertension?",
    "What blood pressure target is recommended for older adults?",
    "Is metformin recommended as first-line therapy for type 2 diabetes?",
    "How often should HbA1c be measured in type 2 diabetes?",
    "What are the side effects of insulin therapy?",
    "Which antibiotics are recommended for community-acquired pneumonia?",
    "How is pneumonia treated in children?",
    "When should patients with pneumonia be admitted to hospital?",
    "What is the first-line treatment for major depression?",
    "Are SSRIs safe during pregnancy?",
    "Does cognitive behavioural therapy help depression in adolescents?",
    "How should chronic low back pain be managed?",
    "What screening is recommended for colorectal cancer?",
    "Is aspirin recommended for primary prevention of cardiovascular disease?",
    "What are the treatment options for osteoporosis in postmenopausal women?",
    "How is heart failure with reduced ejection fraction treated?",
    "Should statins be used to prevent stroke?",
    "What is the management of acute otitis media in children?",
)


def read_questions(path: Path | None) -> list[str]:
    """Questions from a file (one a line; blank lines and ``#`` comments skipped), else the built-in list."""
    if path is None:
        return list(BUILTIN_QUESTIONS)
    lines = [line.strip() for line in Path(path).read_text(encoding="utf-8").splitlines()]
    questions = [line for line in lines if line and not line.startswith("#")]
    if not questions:
        raise EvalOptionError(f"no questions in {path}")
    return questions
