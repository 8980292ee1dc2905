"""A question on an effect asked in the passive ("Is warfarin affected by vitamin K intake?"), read as its active
("Does vitamin K intake affect warfarin?"): what acts is the intervention, what is acted on the condition. Read as
asked, no shape matched it and the question had no topic, so a follow-up to it ("Should patients stop eating
vegetables?") had none to inherit. Only the verb the question shapes read in the active ("affect"); English grammar,
no topic.
"""
from __future__ import annotations

import re

# "Is/Are X affected by Y?": the subject acted on (``x``) and the agent (``y``).
_AFFECTED_BY = re.compile(r"^\s*(?:is|are)\s+(?P<x>(?!it\b|they\b)\S.*?)\s+affected\s+by\s+(?P<y>\S.*?)\s*[?.!]*\s*$",
                          re.I)


def as_active_effect(text: str) -> str:
    """``text`` as its active where it asks in the passive whether a thing is affected by another (``_AFFECTED_BY``:
    "Does vitamin K intake affect warfarin?" of "Is warfarin affected by vitamin K intake?"); ``text`` itself
    otherwise."""
    match = _AFFECTED_BY.match(text)
    if match is None:
        return text
    agent = match.group("y")
    return f"Does {agent} affect {match.group('x')}?"
