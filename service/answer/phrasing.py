"""Template statements: the bottom line, limitation statements and conclusion, filled only with facts
about the evidence (counts, kinds, designs, directness) and the question's own topic words.

Each function returns (text, cited doc ids); no function invents a clinical claim.
"""
from __future__ import annotations

from dataclasses import dataclass

from ingest.models import DocumentKind
from service.answer.evidence import LAB_DESIGNS, Judgement
from service.answer.question import Question

Drafted = tuple[str, list[str]]


@dataclass(frozen=True)
class LeadStatement:
    """What the bottom line's template says about the quoted lead statement's source."""

    doc_id: str
    tier: int  # 0 guideline recommendation, 1 meta-analysis or trial, 2 other finding
    design: str | None
    guideline: bool

NO_EVIDENCE = ("medcite found no relevant evidence for this question in its indexed guidelines and research, "
               "so it cannot give an evidence-based answer. Nothing is cited.")


def topic(q: Question) -> str:
    """How templates name what was asked about: 'vitamin K2 for tendon calcification'; 'an alternative to amoxicillin
    for ear infections' of a question asking what replaces a treatment (``Question.instead_of``): a source on the
    condition that recommends only the replaced treatment does not address it."""
    if q.instead_of:  # (a follow-up's "What should I use instead?" keeps the treatment it replaces as its intervention)
        alternative = f"an alternative to {q.instead_of}"
        return f"{alternative} for {q.condition}" if q.condition else alternative
    if q.intervention and q.condition:
        # A test done for a condition ("X-ray for knee osteoarthritis", "screening for depression") joins it as a
        # treatment does: "to support screening and depression" is no phrase.
        joiner = "for" if q.type in ("therapy", "dosing", "diagnosis") else "and"
        return f"{q.intervention} {joiner} {q.condition}{_in_people(q)}"
    return f"{q.intervention or q.condition or 'this question'}{_in_people(q) if q.intervention or q.condition else ''}"


def _apart(q: Question) -> str:
    """How the indirect sources of a question without a direct one stand to it: on its intervention or condition
    "separately", or, where it asks of people (``_in_people``), also together in other people ("separately or in
    people other than adolescents": a guideline on screening adults for depression speaks of both)."""
    people = _in_people(q)
    return f"separately or in people other than {people[len(' in '):]}" if people else "separately"


def _in_people(q: Question) -> str:
    """The people a question asks of as its subject (``Question.subject``: "adolescents" of "Should adolescents be
    screened for depression?"), as the templates name them after the topic (" in adolescents"), where the topic
    does not name them already; "" where it names none. A gap the answer claims is a gap for them: a source on
    screening adults for depression does not address adolescents."""
    if not q.subject or q.subject.lower() in f"{q.intervention or ''} {q.condition or ''}".lower():
        return ""
    return f" in {q.subject}"


VERDICT_WORDS = {"yes": "Yes.", "no": "No.", "uncertain": "The direct evidence does not settle this either way."}


# The caveat before statements that were not confirmed as answers: what they are in the words an evidence
# grading uses and the answer's own evidence level states (``Evidence.level`` "indirect": sources on the
# question's topic, none confirmed to answer it as asked), so that the bottom line and the level say the
# same thing. Short, since every word of it that is not the answer dilutes the bottom line: "Closest
# evidence found (not confirmed as an answer):" -> "Closest evidence (unconfirmed):" (session 16, +0.005
# over all dev questions) -> this (session 26, dev halves: BioASQ 747 0.3128 -> 0.3147, PubMedQA 519
# 0.1020 -> 0.1027, every other figure the same).
CLOSEST = "Indirect evidence:"
# The caveat where medcite cannot say the statements are indirect: the question names no topic it read ("Which
# vitamin K form lasts longer?", "What does osteocalcin measure?"), so nothing tells a statement on part of what is
# asked from one on all of it; or the first statement names all that was read (its intervention, condition and
# comparator, and the course or cause asked of a condition), though no finding or advice in it was read as an
# answer. What medcite knows then is only that these are the statements nearest the question it found; "Indirect"
# claimed it had checked them against the question (session 36's lists: "Which vitamin K form lasts longer?" above
# "MK-7 has a much longer circulating half-life than phylloquinone"). As short as the other caveat, for the same
# reason: "Closest evidence found:" cost the BioASQ dev half's bottom-line ROUGE-2 0.3128 -> 0.3110 (311 answers
# relabelled, no other text changed), a word more in each.
CLOSEST_FOUND = "Closest evidence:"
# The caveat where every closest statement is a guideline's advice for other people than the question asks of ("...
# in adults" for a 14-year-old, ``people_clause.speaks_of_others``) and none of their source gives it for the asked
# ones: quoted under the plain caveat, the adults' rule read as the answer for him. Guideline advice only, so that a
# study's sentence on whom it enrolled changes no research answer.
CLOSEST_OTHERS = "Closest evidence, on other people than asked:"


def bottom_line(q: Question, j: Judgement, lead: LeadStatement | None, verdict: str | None,
                verdict_cites: list[str], closest: tuple[str, ...] = (),
                support: tuple[str, ...] = (), closest_names_all: bool = False,
                gap: str | None = None, unstated: str | None = None, closest_on_others: bool = False) -> list[Drafted]:
    """The bottom line's parts in order: a verdict (yes/no questions), the lead statement of the strongest
    direct source (quoted by the caller), then a templated qualifier; or, with no direct source, a
    templated statement of what is missing. The lead itself is returned as ``("", [doc])`` in its place,
    followed by other sources' statements (``support``, doc ids) where they answer nearly as well.

    Without a direct source, the most relevant statements found (``closest``, doc ids; the caller decides
    when there are any) are quoted under a caveat instead of a claim that evidence is missing: ``CLOSEST``
    ("Indirect evidence:") when the question's topic was read and the first of them misses part of it,
    ``CLOSEST_FOUND`` when no topic was read or it names all of it (``closest_names_all``, the caller's reading),
    ``CLOSEST_OTHERS`` when every one is advice for other people than asked (``closest_on_others``).

    With neither, a source's statement that the asked use is untested (``gap``, its doc id: ``stated_gap``) is
    quoted after the templated "insufficient evidence" in place of the claim that no source addresses it.

    Where a dosing question's quotes state no dose, course or frequency of what it asks (``unstated``: a key of
    ``UNSTATED``), the bottom line says so first (``unstated_notice``), and a lead is then quoted under
    ``CLOSEST_FOUND``: it is the closest evidence on what was asked, not its answer."""
    if j.level == "none":
        return [(NO_EVIDENCE, [])]
    parts: list[Drafted] = []
    if verdict in VERDICT_WORDS and lead is not None:
        parts.append((VERDICT_WORDS[verdict], verdict_cites[:3]))
    if unstated is not None and (lead is not None or closest):
        parts.append((unstated_notice(q, unstated), []))
    if lead is None and closest:
        return parts + [(closest_caveat(q, closest_names_all, closest_on_others), [])] + \
            [("", [doc]) for doc in closest]
    if lead is None:
        return parts + _missing(q, j, gap)
    if unstated is not None:
        parts.append((CLOSEST_FOUND, []))
    parts.append(("", [lead.doc_id]))
    parts.extend(("", [doc]) for doc in support)
    parts.append((qualifier(j, lead, frozenset((lead.doc_id, *support))), j.direct_findings[:3]))
    return parts


# What a dosing question asked that no quoted statement states (``lead.unstated_asked``; for a question on harms, any
# harm), said before the quotes,
# which are then the closest evidence: "The statements quoted here do not state a dose of amoxicillin." Filled with
# the question's own topic words. (Of the quoted statements, not of the index: only they are read for it, and a trial's
# "Each patient received two treatment sessions" that names no treatment is not among them.)
UNSTATED = {"dose": "a dose of {}", "amount": "an amount of {}", "course": "how long to continue {}",
            "frequency": "how often to use {}", "sessions": "how many sessions of {} are given",
            "any": "a dose or course of {}", "harms": "a side effect or harm of {}",
            "state": "anything on {}", "time": "how soon or when",
            # (A rule whose condition the case's value misses, ``case_values``: the yes it read was for other values.)
            "values": "advice for the values the question gives: the rule quoted is for other values",
            # (A rule that sets apart, in its own clause of exception, cases named by a detail of the asked case.)
            "case": "advice for the case the question gives: the rule quoted sets apart cases like it"}
# What ``UNSTATED`` says of a question on whether a thing is safe in a state no quote names
# (``pipeline._state_unaddressed``): "The statements quoted here do not state anything on amoxicillin and
# breastfeeding."
STATE_UNSTATED = "state"
# What ``UNSTATED`` says where the yes a rule gave was turned because the case's value misses its condition.
VALUES_UNSTATED = "values"
# What ``UNSTATED`` says where the yes a rule gave was turned because its clause of exception names the case's detail.
CASE_SET_APART = "case"


def unstated_notice(q: Question, asked: str) -> str:
    """The bottom line's plain statement that the indexed sources state no dose (course, frequency) of what was asked
    (``UNSTATED``), before the statements quoted as the closest evidence."""
    return f"The statements quoted here do not state {UNSTATED[asked].format(topic(q))}."


def closest_caveat(q: Question, names_all: bool, on_others: bool = False) -> str:
    """The caveat before closest statements: ``CLOSEST_OTHERS`` where every one is advice for other people than asked
    (``on_others``), ``CLOSEST`` where medcite read what the question asks about and the first statement misses part
    of it (``names_all`` false), else ``CLOSEST_FOUND``."""
    if on_others:
        return CLOSEST_OTHERS
    return CLOSEST if (q.intervention or q.condition) and not names_all else CLOSEST_FOUND


def qualifier(j: Judgement, lead: LeadStatement, quoted: frozenset[str] = frozenset()) -> str:
    """The short template after the quoted lead: how strong the direct evidence is, how many sources of
    which kinds (guidelines and studies), their designs, whether they mostly found no effect, and whether
    the lead is a guideline's recommendation. Kept short: it stands beside the source's own words, and every
    word of it that is not an answer dilutes the bottom line ("Limited evidence: 1 study (randomized
    trial)."; a research report is called a study here, one word where the sections say "research report":
    BioASQ dev half, bottom-line ROUGE-2 +0.003 over all questions, the same facts).

    The count is left out where the bottom line quotes every direct source (``quoted``, the doc ids of its
    quotes) and all are studies: each stands cited beside it, so "Limited evidence: 1 study." says nothing the
    reader has not just read but "limited" ("Limited evidence." / "Limited evidence (animal)."). Where a direct
    source is not quoted, or a guideline is among them, the count says what the quotes do not show."""
    n = len(j.direct_findings)
    designs = _designs(j)
    null = ""
    if j.mostly_null:
        null = ", no significant effect" if n == 1 else f", {len(j.null_findings)} reporting no significant effect"
    shown = bool(j.direct_findings) and set(j.direct_findings) <= quoted and \
        not any(d in j.guidelines for d in j.direct_findings)
    if shown and null and n > 1:
        null = f", {len(j.null_findings)} of {n} reporting no significant effect"
    opener = "A guideline recommendation; " if lead.tier == 0 else ""
    level = j.level if opener else j.level.capitalize()
    # (No count where no quoted statement reports a finding: a warning that leads, "... can prolong the QT interval",
    # counted none and read "Indirect evidence: .")
    counted = "" if shown or not j.direct_findings else f": {_kinds(j, j.direct_findings, research='study')}"
    return f"{opener}{level} evidence{counted}{designs}{null}."


def _missing(q: Question, j: Judgement, gap: str | None = None) -> list[Drafted]:
    top = j.sources[:3]
    if q.intervention and q.condition:
        verb = {"safety": "to judge the safety of", "dosing": "to set a dose of",
                "diagnosis": "to support", "mechanism": "to explain the action of",
                "therapy": "to recommend"}.get(q.type, "on")  # "to recommend X and Y" is no sentence
        if gap is not None:  # a source says so itself: quoted, and the rest counted apart from it
            others = [d for d in j.sources if d != gap]
            rest = [(f"The other evidence is indirect: {_count(len(others), 'source')} on {q.intervention} or "
                     f"{q.condition} {_apart(q)}.", others[:3])] if others else []
            return [(f"There is insufficient evidence {verb} {topic(q)}.", []), ("", [gap]), *rest]
        # What medcite searched, not what the guidelines say: a guideline may address it in other words.
        return [(f"There is insufficient evidence {verb} {topic(q)}; medcite found no indexed source that "
                 f"addresses this application directly. The available evidence is indirect: "
                 f"{_count(len(j.sources), 'source')} on {q.intervention} or {q.condition} {_apart(q)}.", top)]
    n = len(j.sources)
    return [(f"No source was found that addresses {topic(q)} directly; the {_count(n, 'source')} cited "
             f"{'speaks' if n == 1 else 'speak'} to related questions only, so any conclusion is indirect.", top)]


def evidence_summary(j: Judgement) -> Drafted:
    """The opening statement of Current Evidence: what was found, counted."""
    designs = f" Study designs named: {_list(j.designs)}." if j.designs else ""
    return (f"medcite found {_count(len(j.sources), 'relevant source')}: {_count(len(j.guidelines), 'guideline')} "
            f"and {_count(len(j.research), 'research report')}.{designs}", [])


_OBSERVATIONAL = frozenset({"cohort", "case series"})


def limitation_statements(q: Question, j: Judgement, cites_i_or_c: list[str],
                          closest_caveat: str = CLOSEST, gap: str | None = None) -> list[Drafted]:
    """Gaps in the evidence, each with the citations it rests on. Under ``CLOSEST_FOUND`` (the bottom line's closest
    statement names all of the topic: ``closest_caveat``) no gap is claimed that the quote would contradict: not that
    the sources concern the intervention or the condition separately, nor that no guideline recommends on the two.
    Nor beside a source's own statement that the use is untested (``gap``, its doc id, quoted in the bottom line):
    it names the two together, and a guideline's is advice on them."""
    out: list[Drafted] = []
    named = closest_caveat == CLOSEST_FOUND
    if q.intervention and q.condition and not j.direct and named:
        out.append((f"No statement among the retrieved sources was confirmed as a direct answer on {topic(q)}.",
                    cites_i_or_c[:3]))
    elif q.intervention and q.condition and not j.direct and gap is not None:
        out.append((f"No study among the retrieved sources reported a finding on {topic(q)}.", cites_i_or_c[:3]))
    elif q.intervention and q.condition and not j.direct:
        out.append((f"No study among the retrieved sources addressed {topic(q)} directly; "
                    f"the cited evidence concerns {q.intervention} or {q.condition} separately.", cites_i_or_c[:3]))
    if q.intervention and q.condition and not named and not any(d in j.direct_findings for d in j.guidelines) \
            and gap not in j.guidelines:
        out.append((f"medcite found no guideline recommendation on {topic(q)} among the indexed guidelines.", []))
    if j.laboratory_only:
        out.append(("The direct evidence comes only from animal or laboratory studies, which may not carry over "
                    "to patients.", j.direct_findings[:3]))
    elif j.direct_designs and set(j.direct_designs) <= _OBSERVATIONAL | LAB_DESIGNS:
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


def conclusion(q: Question, j: Judgement, guideline_cites: list[str], closest_caveat: str = CLOSEST,
               gap: str | None = None) -> Drafted:
    """The closing statement: the bottom line restated with what to do instead, where sources say it.
    ``closest_caveat``: the caveat the bottom line quoted its closest statements under, if any
    (``closest_caveat``), whose claim this one does not go beyond; ``gap``: the doc id of a source that states the
    use untested (quoted in the bottom line), beside which no source is said to miss it."""
    if j.level == "none":
        return NO_EVIDENCE, []
    if j.level == "indirect" and closest_caveat == CLOSEST_FOUND:
        # No topic read, or the closest statement names all of it: medcite cannot say the sources miss the question.
        return ("medcite could not confirm that the sources found answer this question; the quoted passages are the "
                "closest evidence it found.", [])
    if j.level == "indirect" and q.intervention and q.condition:
        # What medcite knows is what the index holds: no source on the two together. It does not know that the use
        # is unestablished in the world ("exercise is not an established treatment for knee arthritis" was said
        # when the sources wrote "knee osteoarthritis"), so it says only what it found.
        missed = "" if gap is not None else ": none addresses this use directly"
        if q.type in ("therapy", "dosing"):
            text = f"No indexed source establishes {q.intervention} as a treatment for {q.condition}{missed}."
        else:
            text = (f"No indexed source establishes a link between {q.intervention} and {q.condition}"
                    f"{missed.replace('this use', 'it')}.")
        if guideline_cites:
            text += f" The cited guidelines describe the established management of {q.condition}."
        return text, guideline_cites[:3]
    if j.level == "indirect":
        return (f"The sources found do not answer {topic(q)} directly; the quoted passages are context, not an "
                f"answer.", [])
    # Counted as the bottom line counts them: a guideline is no trial ("from 1 guideline, citing randomized trials",
    # not "from 1 source (randomized trial)" beside a bottom line that says "1 guideline").
    return (f"The evidence on {topic(q)} is {j.level}, from {_kinds(j, j.direct_findings, research='study')}"
            f"{_designs(j)}; weigh the findings above against the stated limitations and safety points.", [])


def _designs(j: Judgement) -> str:
    """The designs the direct findings name, after their count: in brackets ("2 studies (randomized trial)"), or
    as what a guideline cites when every direct source is one ("1 guideline, citing randomized trials")."""
    if not j.direct_designs:
        return ""
    if all(d in j.guidelines for d in j.direct_findings):
        # A guideline is not a trial: the designs its statements name are the evidence it cites.
        return f", citing {_list([_DESIGN_PLURALS.get(d, d) for d in j.direct_designs])}"
    return f" ({_list(j.direct_designs)})"


def _kinds(j: Judgement, ids: list[str], research: str = "research report") -> str:
    g = sum(1 for d in ids if d in j.guidelines)
    r = len(ids) - g
    parts = [p for p in (_count(g, DocumentKind.GUIDELINE) if g else "",
                         _count(r, research) if r else "") if p]
    return " and ".join(parts)


def _a(noun: str) -> str:
    return f"{'an' if noun[:1] in 'aeiou' else 'a'} {noun}"


def _count(n: int, noun: str) -> str:
    if n != 1 and noun.endswith("y"):
        return f"{n} {noun[:-1]}ies"  # "2 studies"
    return f"{n} {noun}{'' if n == 1 else 's'}"


# The designs ``evidence.designs_in`` names, in the plural ("citing randomized trials").
_DESIGN_PLURALS = {"meta-analysis": "meta-analyses", "randomized trial": "randomized trials",
                   "cohort": "cohort studies", "case series": "case series", "animal": "animal studies",
                   "in vitro": "laboratory studies"}


def _list(items: list[str]) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
