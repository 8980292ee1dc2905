"""Rendering an Answer for people: Markdown, an HTML fragment, and the HTML pages of the service.

HTML goes through Jinja2 templates with autoescaping, so corpus text is always escaped; Markdown escapes
the characters that would let corpus text become markup or links. Links to sources are only made for
http(s) URLs.
"""
from __future__ import annotations

import re
from datetime import datetime
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader, select_autoescape

from service.answer.appraisal import grade_badge
from service.answer.models import Answer, Audience, Grade, Reference, Statement
from service.answer.phrasing import CLOSEST, CLOSEST_FOUND, CLOSEST_OTHERS, VERDICT_WORDS
from service.answer.wording import AUDIENCE_NAMES, DISCLAIMERS, FLAG_LABELS, REVIEW_STATUS_LABELS, heading, label
from service.revisions import Staleness

# Sections written as prose; the others are lists of separate findings from different sources.
PROSE_SECTIONS = frozenset({"current_evidence", "conclusion"})

_env = Environment(loader=PackageLoader("service.api", "templates"), autoescape=select_autoescape(default=True),
                   trim_blocks=True, lstrip_blocks=True)


def grade_label(grade: Grade) -> str:
    """The short badge beside a graded recommendation: 'Strong recommendation; moderate-certainty evidence
    (Grade 1B)', the guideline's own words last (shortened when long)."""
    words = grade.text if len(grade.text) <= 60 else grade.text[:57].rstrip() + "..."
    normal = grade_badge(grade)
    return normal if normal == grade.text else f"{normal} ({words})"


def reference_facts(ref: Reference) -> str:
    """Study facts and recency shown after a reference: 'Randomized trial, 144 participants; may be outdated'."""
    facts = ", ".join(x for x in (ref.design or "", f"{ref.participants:,} participants" if ref.participants else "")
                      if x)
    return "; ".join(x for x in (facts, "may be outdated" if ref.outdated else "") if x)


_env.globals.update(grade_label=grade_label, reference_facts=reference_facts)


def verdict_and_rest(answer: Answer) -> tuple[Statement | None, list[Statement]]:
    """The bottom line's verdict statement ("Yes." / "No."), which the renderers show as a verdict label
    with its citations, and the statements after it."""
    statements = answer.bottom_line.statements
    if answer.bottom_line.verdict and statements and statements[0].origin == "template" \
            and statements[0].text in VERDICT_WORDS.values():
        return statements[0], statements[1:]
    return None, statements


def closest_caveat_shown(answer: Answer) -> str:
    """The caveat the bottom line quotes its closest statements under, "Indirect evidence:" or "Closest evidence:"
    (``phrasing.closest_caveat``), as the evidence it names ("indirect evidence", "closest evidence"); "indirect
    evidence", what the level says, when the bottom line shows neither."""
    bottom = answer.bottom_line
    shown = [st.text for st in bottom.statements if st.origin == "template"] or [bottom.text]
    caveat = next((c for c in (CLOSEST_FOUND, CLOSEST_OTHERS, CLOSEST) for text in shown if text.startswith(c)),
                  CLOSEST)
    return "closest evidence" if caveat == CLOSEST_OTHERS else caveat.rstrip(":").lower()


def verdict_label(answer: Answer) -> str | None:
    """What the renderers show after "Verdict:": the verdict, or for a yes or a no read from closest evidence only
    (level indirect: the bottom line quotes it under "Indirect evidence:" or "Closest evidence:") that it leans that
    way, in the caveat's own words (``closest_caveat_shown``: "leans yes, from closest evidence only" beside "Closest
    evidence:"), so that no bare "yes" stands above a caveat that says the evidence is only indirect, and the label
    claims no more checking than the caveat beside it. (Cross-validated on
    the dev halves, such verdicts are right about as often as the majority class; the JSON keeps the field as it
    is, for what was read.) An "insufficient" is said as what it means, that no direct source was found: a bare
    "insufficient" read as a claim that evidence is lacking beside a quoted statement that answers in other words
    ("knee osteoarthritis" for the asked "knee arthritis")."""
    verdict = answer.bottom_line.verdict
    if verdict in ("yes", "no") and answer.evidence.level == "indirect":
        return f"leans {verdict}, from {closest_caveat_shown(answer)} only"
    if verdict in ("yes", "no") and answer.evidence.laboratory_only:
        # the JSON's bottom line keeps its "Yes.": the quote after it and the qualifier's design say the rest
        return f"{verdict}, in animal or laboratory studies only"
    if verdict == "insufficient":
        return "insufficient direct evidence"
    return verdict


def to_markdown(answer: Answer) -> str:
    """The answer as a Markdown document: title, bottom line, sections, references, disclaimer."""
    audience = answer.audience
    out = [f"# {_md(answer.title)}", ""]
    bottom = answer.bottom_line
    verdict, statements = verdict_and_rest(answer)
    parts = (" ".join(_md_statement(st) for st in statements) if bottom.statements
             else f"{_md(bottom.text)}{_md_marks(bottom.citations)}")
    shown = (f"**Verdict: {verdict_label(answer)}.**{_md_marks(verdict.citations) if verdict else ''} "
             if bottom.verdict else "")
    out += [f"**{label(audience, 'bottom_line')}:** {shown}{parts}", ""]
    for section in answer.sections:
        out += [f"## {_md(section.heading or heading(audience, section.key))}", ""]
        if section.key in PROSE_SECTIONS:
            out += [" ".join(_md_statement(s) for s in section.statements), ""]
        else:
            out += [f"- {_md_statement(s)}" for s in section.statements] + [""]
    if answer.references:
        out += [f"## {label(audience, 'references')}", ""]
        out += [_md_reference(ref) for ref in answer.references] + [""]
    stale = getattr(answer, "stale", None)
    if stale is not None:
        out += [f"**{_md(_stale_heading(stale))}:** {_md(stale.reason)}", ""]
    out += ["---", "", f"*{_md(_disclaimer(answer))}*", ""]
    out += [f"{label(audience, 'review')}: {REVIEW_STATUS_LABELS.get(answer.review.status, answer.review.status)}. "
            f"{label(audience, 'updated')}: {_when(answer.updated_at)}. "
            f"Index version: {_md(answer.index_version)}.", ""]
    return "\n".join(out)


def to_html(answer: Answer) -> str:
    """The answer as an HTML fragment (one ``<article>``), citation marks linking to ``#ref-n``."""
    return _env.get_template("_answer.html").render(**_context(answer))


def answer_page(answer: Answer) -> str:
    """A complete HTML page showing one answer."""
    return _env.get_template("answer.html").render(**_context(answer))


def docs_page(openapi_url: str) -> str:
    """The interactive API docs: Swagger UI served from the app's own static files."""
    return _env.get_template("docs.html").render(openapi_url=openapi_url)


def home_page(max_question_chars: int) -> str:
    """The page at ``/``: ask box, audience choice, the answer, and a follow-up box."""
    return _env.get_template("index.html").render(max_question_chars=max_question_chars, audiences=AUDIENCE_NAMES)


def safe_url(url: str) -> str | None:
    """``url`` if it is an http(s) link, else None (so a ``javascript:`` URL never becomes a link)."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def _context(answer: Answer) -> dict:
    audience = answer.audience
    verdict, bottom_statements = verdict_and_rest(answer)
    return {
        "answer": answer,
        "verdict_statement": verdict,
        "verdict_label": verdict_label(answer),
        "bottom_statements": bottom_statements,
        "labels": {name: label(audience, name) for name in
                   ("bottom_line", "references", "review", "updated", "follows", "passages")},
        "sections": [{"key": s.key, "heading": s.heading or heading(audience, s.key),
                      "prose": s.key in PROSE_SECTIONS, "statements": s.statements} for s in answer.sections],
        "references": [{"ref": r, "url": safe_url(r.url), "pages": _pages(r), "flags": _flags(r)}
                       for r in answer.references],
        "disclaimer": _disclaimer(answer),
        "review_label": REVIEW_STATUS_LABELS.get(answer.review.status, answer.review.status),
        "updated": _when(answer.updated_at),
        "updated_iso": answer.updated_at.isoformat(),
        "stale": getattr(answer, "stale", None),
        "stale_heading": _stale_heading(getattr(answer, "stale", None)),
        "revision": getattr(answer, "revision", None),
    }


def _stale_heading(stale: Staleness | None) -> str:
    """What a stale answer says before its reason: 'Stale: evidence changed since approval' for an approved one."""
    if stale is None:
        return ""
    return f"Stale: {stale.notice or 'evidence changed since this answer was written'}"


def _disclaimer(answer: Answer) -> str:
    return answer.disclaimer or DISCLAIMERS.get(answer.audience, DISCLAIMERS[Audience.CLINICIAN])


def _when(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC")


def _flags(ref: Reference) -> list[tuple[str, str]]:
    """(css key, badge text) of each notice on the reference, e.g. ("retracted", "Retracted")."""
    return [(f.replace(" ", "-"), FLAG_LABELS.get(f, f.capitalize())) for f in ref.flags]


def _pages(ref: Reference) -> list[int]:
    return sorted({p.page for p in ref.passages if p.page is not None})


# Markdown: backslash-escape what could start markup, a link, raw HTML or a character reference.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")
_MD_ENTITY = re.compile(r"&(?=#?\w+;)")
_MD_BLOCK_MARK = re.compile(r"^(\s*)([#+\-=])", re.MULTILINE)
_MD_ORDERED = re.compile(r"^(\s*\d+)([.)])", re.MULTILINE)


def _md(text: str) -> str:
    text = _MD_SPECIAL.sub(r"\\\1", text)
    text = _MD_ENTITY.sub(r"\\&", text)
    text = _MD_BLOCK_MARK.sub(r"\1\\\2", text)
    text = _MD_ORDERED.sub(r"\1\\\2", text)
    return " ".join(text.split())


def _md_marks(citations: list[int]) -> str:
    return "".join(f" [[{n}]](#ref-{n})" for n in citations)


def _md_statement(statement: Statement) -> str:
    badge = f" *[{_md(grade_label(statement.grade))}]*" if statement.grade else ""
    return _md(statement.text) + _md_marks(statement.citations) + badge


def _md_reference(ref: Reference) -> str:
    parts = [f"{ref.n}. <a id=\"ref-{ref.n}\"></a>**{ref.kind}.**"]
    parts += [f"**[{_md(text)}]**" for _, text in _flags(ref)]
    parts.append(f"{_md(ref.title)}.")
    facts = ", ".join(x for x in (_md(ref.source), str(ref.year) if ref.year else "") if x)
    if facts:
        parts.append(f"*{facts}*.")
    appraisal = reference_facts(ref)
    if appraisal:
        parts.append(f"*{_md(appraisal)}*.")
    pages = _pages(ref)
    if pages:
        parts.append(("p. " if len(pages) == 1 else "pp. ") + ", ".join(map(str, pages)) + ".")
    url = safe_url(ref.url)
    if url:
        parts.append(f"<{url.replace('>', '%3E').replace(' ', '%20')}>")
    return " ".join(parts)
