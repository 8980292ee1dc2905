"""HTML pages: the ask page at ``/`` and the API docs at ``/docs``."""
from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from service.api.deps import SettingsDep
from service.api.render import docs_page, home_page

router = APIRouter(tags=["pages"])

# Scripts and styles only from our own /static: even a wrongly escaped string could not run inline script.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
       "base-uri 'none'; frame-ancestors 'none'; form-action 'self'")


# Swagger UI sets style attributes from its script and shows data: images; still only our own scripts.
DOCS_CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            "object-src 'none'; base-uri 'none'; frame-ancestors 'none'")


def html_page(text: str, status_code: int = 200, csp: str = CSP) -> HTMLResponse:
    """An HTML response with the page security headers."""
    return HTMLResponse(text, status_code=status_code,
                        headers={"Content-Security-Policy": csp, "X-Content-Type-Options": "nosniff"})


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def home(settings: SettingsDep) -> HTMLResponse:
    """Ask a question, pick the audience, read the answer, follow up."""
    return html_page(home_page(settings.max_question_chars))


@router.get("/docs", response_class=HTMLResponse, include_in_schema=False)
def docs(request: Request) -> HTMLResponse:
    """Swagger UI over /openapi.json, with its script and styles served by this app (works offline)."""
    return html_page(docs_page(request.app.openapi_url or "/openapi.json"), csp=DOCS_CSP)
