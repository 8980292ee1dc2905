"""HTML of the review pages: sign-in, the queue, and one answer beside its review history.

Server-rendered Jinja2 with autoescaping and plain HTML forms: no script at all, so the pages work in any
browser and under the strict Content-Security-Policy of the other pages.
"""
from __future__ import annotations

from datetime import datetime, timezone

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from service.answer.wording import AUDIENCE_NAMES, REVIEW_STATUS_LABELS
from service.api.render import to_html
from service.revisions import NEXT_STATUSES, AuditEntry, QueueItem, RevisionDiff, RevisionInfo, StoredAnswer
from service.store import QUEUE_FILTERS

_env = Environment(loader=PackageLoader("service.api", "templates"), autoescape=select_autoescape(default=True),
                   trim_blocks=True, lstrip_blocks=True)

# What the button that moves an answer to a status says.
ACTION_LABELS = {"under_review": "Start review", "approved": "Approve", "changes_requested": "Request changes"}
REOPEN_LABEL = "Reopen review"
FILTER_LABELS = {"attention": "Needs attention", "all": "All", "stale": "Stale",
                 **{k: v.split(" (")[0] for k, v in REVIEW_STATUS_LABELS.items()}}


def login_page(error: str | None = None, names_from_tokens: bool = False, next_url: str = "/review") -> str:
    """The sign-in form: admin token and reviewer name."""
    return _env.get_template("review_login.html").render(error=error, names_from_tokens=names_from_tokens,
                                                         next_url=next_url)


def queue_page(items: list[QueueItem], reviewer: str, csrf: str, status: str, audience: str | None,
               text: str | None, truncated: bool = False) -> str:
    """The review queue with its filters (``truncated``: more answers match than are listed)."""
    now = datetime.now(timezone.utc)
    rows = [{"item": item, "status_label": REVIEW_STATUS_LABELS.get(item.review_status, item.review_status),
             "age": age(item.updated_at, now), "created_age": age(item.created_at, now)} for item in items]
    return _env.get_template("review_queue.html").render(
        rows=rows, reviewer=reviewer, csrf=csrf, status=status, audience=audience or "", text=text or "",
        audiences=AUDIENCE_NAMES,
        filters=[(f, FILTER_LABELS[f]) for f in QUEUE_FILTERS], truncated=truncated)


def answer_review_page(answer: StoredAnswer, latest: StoredAnswer, history: list[AuditEntry],
                       revisions: list[RevisionInfo], diff: RevisionDiff | None, reviewer: str, csrf: str,
                       error: str | None = None) -> str:
    """One revision rendered beside its review history, the workflow buttons, revisions and a diff."""
    current = latest.review.status
    actions = [(status, REOPEN_LABEL if status == "under_review" and current != "submitted"
                else ACTION_LABELS[status]) for status in NEXT_STATUSES[current]]
    now = datetime.now(timezone.utc)
    return _env.get_template("review_answer.html").render(
        answer=answer, latest=latest, fragment=Markup(to_html(answer)), actions=actions,
        status_label=REVIEW_STATUS_LABELS.get(current, current), labels=REVIEW_STATUS_LABELS,
        history=[{"entry": e, "age": age(e.at, now)} for e in reversed(history)], revisions=revisions,
        diff=diff, reviewer=reviewer, csrf=csrf, error=error)


def age(moment: datetime, now: datetime) -> str:
    """How long ago ``moment`` was, in the largest whole unit (``"3 h"``)."""
    seconds = max(0, int((now - moment).total_seconds()))
    for unit, size in (("d", 86400), ("h", 3600), ("min", 60)):
        if seconds >= size:
            return f"{seconds // size} {unit}"
    return f"{seconds} s"
