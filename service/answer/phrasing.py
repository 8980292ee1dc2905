"""Template statements: the bottom line, limitation statements and conclusion, filled only with facts
about the evidence (counts, kinds, designs, directness) and the question's own topic words.

Each function returns (text, cited doc ids); no function invents a clinical claim.
"""
from __future__ import annotations

from service.answer.evidence import Judgement
from service.answer.question import Question

Drafted = tuple[str, list[str]]

NO_EVIDENCE = ("medcite found no relevant evidence for this question in its indexed guidelines and research, "
               "so it cannot give an evidence-based answer. Nothing is cited.")


def topic(q: Question) -> str:
    """How templates name what was asked about: 'vitamin K2 for tendon calcification'."""
    if q.intervention and q.condition:
        joiner = "for" if q.type in ("therapy", "dosing") else "and"
        return f"{q.intervention} {joiner} {q.condition}"
    return q.intervention or q.condition or "this question"


def bottom_line(q: Question, j: Judgement) -> Drafted:
    """One or two sentences that state what the evidence does and does not support."""
    if j.level == "none":
        return NO_EVIDENCE, []
    top = j.sources[:3]
    if j.level == "indirect" and q.intervention and q.condition:
        verb = {"safety": "to judge the safety of", "dosing": "to set a dose of",
                "diagnosis": "to support", "mechanism": "to explain the action of"}.get(q.type, "to recommend")
        return (f"There is insufficient evidence {verb} {topic(q)}; the indexed guidelines "
                f"do not specifically address this application. The available evidence is indirect: "
                f"{_count(len(j.sources), 'source')} on {q.intervention} or {q.condition} separately.", top)
    if j.level == "indirect":
        n = len(j.sources)
        return (f"No source was found that addresses {topic(q)} directly; the {_count(n, 'source')} cited "
                f"{'speaks' if n == 1 else 'speak'} to related questions only, so any conclusion is indirect.", top)
    if j.mostly_null:
        return (f"The direct evidence does not show an effect: {len(j.null_findings)} of "
                f"{_count(len(j.direct_findings), 'source')} that address {topic(q)} report no significant "
                f"effect or difference; medcite rates this evidence as {j.level}.", j.null_findings[:3])
    designs = f", including {_list(j.direct_designs)}" if j.direct_designs else ""
    about = f"addresses {topic(q)}" if (q.intervention or q.condition) else "addresses this question"
    return (f"Evidence from {_count(len(j.direct_findings), 'source')} ({_kinds(j, j.direct_findings)}{designs}) "
            f"{about}; medcite rates this evidence as {j.level}. The key findings are quoted below with their "
            f"sources.", j.direct_findings[:3])


def evidence_summary(j: Judgement) -> Drafted:
    """The opening statement of Current Evidence: what was found, counted."""
    designs = f" Study designs named: {_list(j.designs)}." if j.designs else ""
    return (f"medcite found {_count(len(j.sources), 'relevant source')}: {_count(len(j.guidelines), 'guideline')} "
            f"and {_count(len(j.research), 'research report')}.{designs}", [])


def limitation_statements(q: Question, j: Judgement, cites_i_or_c: list[str]) -> list[Drafted]:
    """Gaps in the evidence, each with the citations it rests on."""
    out: list[Drafted] = []
    if q.intervention and q.condition and not j.direct:
        out.append((f"No study among the retrieved sources addressed {topic(q)} directly; "
                    f"the cited evidence concerns {q.intervention} or {q.condition} separately.", cites_i_or_c[:3]))
    if q.intervention and q.condition and not any(d in j.direct_findings for d in j.guidelines):
        out.append((f"None of the indexed guidelines makes a recommendation on {topic(q)}.", []))
    if j.direct_designs and set(j.direct_designs) <= {"animal", "in vitro"}:
        out.append(("The direct evidence comes only from animal or laboratory studies, which may not carry over "
                    "to patients.", j.direct_findings[:3]))
    elif j.direct_designs and set(j.direct_designs) <= {"cohort", "case series", "animal", "in vitro"}:
        out.append((f"The direct evidence is observational ({_list(j.direct_designs)}) and cannot establish "
                    f"cause and effect.", j.direct_findings[:3]))
    if len(j.sources) == 1:
        out.append(("This answer rests on a single source.", j.sources[:1]))
    return out


def retraction_note(retracted: list[str]) -> Drafted:
    """Relevant sources that were retracted: named and cited (their references carry the flag), never quoted."""
    n = len(retracted)
    return (f"{_count(n, 'relevant source')} {'has' if n == 1 else 'have'} been retracted; "
            f"{'it is' if n == 1 else 'they are'} listed for transparency, not quoted or counted as evidence.",
            retracted)


def conclusion(q: Question, j: Judgement, guideline_cites: list[str]) -> Drafted:
    """The closing statement: the bottom line restated with what to do instead, where sources say it."""
    if j.level == "none":
        return NO_EVIDENCE, []
    if j.level == "indirect" and q.intervention and q.condition:
        if q.type in ("therapy", "dosing"):
            text = (f"On current evidence {q.intervention} is not an established treatment for {q.condition}; "
                    f"its use for this purpose remains investigational.")
        else:
            text = f"On current evidence the link between {q.intervention} and {q.condition} is not established."
        if guideline_cites:
            text += f" The cited guidelines describe the established management of {q.condition}."
        return text, guideline_cites[:3]
    if j.level == "indirect":
        return (f"The sources found do not answer {topic(q)} directly; the quoted passages are context, not an "
                f"answer.", [])
    return (f"The evidence on {topic(q)} is {j.level}, from {_count(len(j.direct_findings), 'source')}"
            f"{' including ' + _list(j.direct_designs) if j.direct_designs else ''}; weigh the findings above "
            f"against the stated limitations and safety points.", [])


def _kinds(j: Judgement, ids: list[str]) -> str:
    g = sum(1 for d in ids if d in j.guidelines)
    r = len(ids) - g
    parts = [p for p in (_count(g, "guideline") if g else "", _count(r, "research report") if r else "") if p]
    return " and ".join(parts)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _list(items: list[str]) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
