"""A follow-up that puts the patient in a new state ("... >> what if he has now started haemodialysis?"), and the yes
or no read for it from statements that never name that state.

Read as the question before it in the new state, such a follow-up is answered from the same statements as before when
none of them speaks of the state; their yes or no was the answer for the case before the change (session 62: "yes" to
a statin for a dialysis patient, from the advice for stage 3b and 4, once the advice for another stage no longer
decided). A statement that names none of the terms the follow-up adds says nothing of what changed: neither a yes nor a
no, and the quotes still stand as context. Grammar of a follow-up and the words it adds; no topic.
"""
from __future__ import annotations

import re

from index.lexical import QUESTION_WORDS, tokenize
from service.answer.concepts import same_word

# A follow-up that is a case alone ("what if he has now started X?", "and if she is pregnant?", "but in case of Y?"):
# what it adds is a state, not a thing to use. Grammar (as ``pipeline``'s reading of a bare conditional).
_STATE_FOLLOW_UP = re.compile(r"^(?:(?:and|but|so)\s+)?(?:what\s+)?(?:if|in\s+case)\b[^?]*\??$", re.I)
# Words of time and change a follow-up says its new state with ("now", "already", "since") and the pronouns it names
# the patient by ("he", "she"): they add no state of their own. General English, closed classes.
_NO_STATE_WORDS = frozenset(tokenize("now already since then still just recently lately meanwhile "
                                     "he she they him her them his hers their theirs"))


def added_state_terms(follow_up: str, previous: str) -> frozenset[str]:
    """The content terms a state follow-up (``_STATE_FOLLOW_UP``) adds to the question it follows (``previous``, as
    that was read): its own terms less the previous question's, question words, words of time and pronouns. Empty for
    any other follow-up."""
    if not _STATE_FOLLOW_UP.match(follow_up.strip()):
        return frozenset()
    return frozenset(tokenize(follow_up)) - frozenset(tokenize(previous)) - QUESTION_WORDS - _NO_STATE_WORDS


def state_unnamed(follow_up: str, previous: str, statements: list[str]) -> bool:
    """Whether a state follow-up adds terms (``added_state_terms``) none of which any of ``statements`` (those a
    verdict rests on) names, as the same term or a stem of the same word (``concepts.same_word``: "pregnancy" names the
    "pregnant" of "what if she is now pregnant?"): their yes or no is not about the new state."""
    added = added_state_terms(follow_up, previous)
    if not added or not statements:
        return False
    return not any(t == term or same_word(t, term) for text in statements for t in tokenize(text) for term in added)
