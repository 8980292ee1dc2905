"""Asked whether to stop something in a circumstance ("Should drugx be stopped in women with gizmoitis planning
pregnancy?"), a statement that names it and advises stopping it in that circumstance ("Drugx ... should be discontinued
before conception or as soon as pregnancy is confirmed") answers yes, even where it is quoted as closest evidence only
because it leaves the rest of the asked people to its source (session 54: a guideline on gizmoitis in pregnancy got
"insufficient" above just that advice). Grammar only: advice to stop (``polarity.STOP_ADVICE``), the question's own
words, and nouns for people."""
from __future__ import annotations

from index.lexical import tokenize
from service.answer.concepts import people_terms
from service.answer.negation import NEGATORS
from service.answer.polarity import STOP_ADVICE, asks_to_stop


def stop_advised(question: str, condition: str | None, statements: list[str],
                 forms: tuple[frozenset[str], ...]) -> int | None:
    """The index of the first statement that, for a question asking whether to stop what it names (``asks_to_stop``),
    names it (every term of one of its ``forms``) before advice to stop (``STOP_ADVICE``), negates nothing before
    that advice, and names a term of the asked ``condition`` other than its nouns for people
    (``concepts.people_terms``); None where none does."""
    if not condition or not forms or not asks_to_stop(question):
        return None
    circumstance = frozenset(tokenize(condition)) - people_terms(condition)
    if not circumstance:
        return None
    for n, text in enumerate(statements):
        advice = STOP_ADVICE.search(text)
        if advice is None:
            continue
        before = text[:advice.start()]
        named = frozenset(tokenize(before))
        if not any(form and form <= named for form in forms):
            continue
        if any(w in NEGATORS for w in before.lower().split()):
            continue
        if circumstance & frozenset(tokenize(text)):
            return n
    return None
