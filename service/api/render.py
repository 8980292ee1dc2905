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

from service.answer.models import Answer, Reference, Statement
from service.answer.wording import DISCLAIMERS, REVIEW_STATUS_LABELS, heading, label

# Sections written as prose; the others are lists of separate findings from different sources.
PROSE_SECTIONS = frozenset({"current_evidence", "conclusion"})

_env = Environment(loader=PackageLoader("service.api", "templates"), autoescape=select_autoescape(default=True),
                   trim_blocks=True, lstrip_blocks=True)


def to_markdown(answer: Answer) -> str:
    """The answer as a Markdown document: title, bottom line, sections, references, disclaimer."""
    audience = answer.audience
    out = [f"# {_md(answer.title)}", ""]
    out += [f"**{label(audience, 'bottom_line')}:** {_md(answer.bottom_line.text)}{_md_marks(answer.bottom_line.citations)}", ""]
    for section in answer.sections:
        out += [f"## {_md(section.heading or heading(audience, section.key))}", ""]
        if section.key in PROSE_SECTIONS:
            out += [" ".join(_md_statement(s) for s in section.statements), ""]
        else:
            out += [f"- {_md_statement(s)}" for s in section.statements] + [""]
    if answer.references:
        out += [f"## {label(audience, 'references')}", ""]
        out += [_md_reference(ref) for ref in answer.references] + [""]
    out += ["---", "", f"*{_md(_disclaimer(answer))}*", ""]
    out += [f"{label(audience, 'review')}: {REVIEW_STATUS_LABELS.get(answer.review.status, answer.review.status)}. "
            f"{label(audience, 'updated')}: {_when(answer.updated_at)}. Index version: {_md(answer.index_version)}.", ""]
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
    return _env.get_template("index.html").render(max_question_chars=max_question_chars)


def safe_url(url: str) -> str | None:
    """``url`` if it is an http(s) link, else None (so a ``javascript:`` URL never becomes a link)."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def _context(answer: Answer) -> dict:
    audience = answer.audience
    return {
        "answer": answer,
        "labels": {name: label(audience, name) for name in
                   ("bottom_line", "references", "review", "updated", "follows", "passages")},
        "sections": [{"key": s.key, "heading": s.heading or heading(audience, s.key),
                      "prose": s.key in PROSE_SECTIONS, "statements": s.statements} for s in answer.sections],
        "references": [{"ref": r, "url": safe_url(r.url), "pages": _pages(r)} for r in answer.references],
        "disclaimer": _disclaimer(answer),
        "review_label": REVIEW_STATUS_LABELS.get(answer.review.status, answer.review.status),
        "updated": _when(answer.updated_at),
        "updated_iso": answer.updated_at.isoformat(),
    }


def _disclaimer(answer: Answer) -> str:
    return answer.disclaimer or DISCLAIMERS.get(answer.audience, DISCLAIMERS["clinician"])


def _when(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC")


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
    return _md(statement.text) + _md_marks(statement.citations)


def _md_reference(ref: Reference) -> str:
    parts = [f"{ref.n}. <a id=\"ref-{ref.n}\"></a>**{ref.kind}.** {_md(ref.title)}."]
    facts = ", ".join(x for x in (_md(ref.source), str(ref.year) if ref.year else "") if x)
    if facts:
        parts.append(f"*{facts}*.")
    pages = _pages(ref)
    if pages:
        parts.append(("p. " if len(pages) == 1 else "pp. ") + ", ".join(map(str, pages)) + ".")
    url = safe_url(ref.url)
    if url:
        parts.append(f"<{url.replace('>', '%3E').replace(' ', '%20')}>")
    return " ".join(parts)
