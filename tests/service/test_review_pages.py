"""The review pages over the app: refused without the session cookie, the cookie's flags, sign-in errors,
CSRF, sign-out, and the queue / approve path through the forms."""
from __future__ import annotations

import re
from http.cookies import SimpleCookie

import pytest
from fastapi.testclient import TestClient

from service.api.app import create_app
from service.api.auth import COOKIE
from tests.conftest import ADMIN_TOKEN


@pytest.fixture
def pages(settings):
    # https: the session cookie is Secure, and a client only sends it back over https (or to loopback).
    with TestClient(create_app(settings), base_url="https://testserver") as client:
        yield client


def sign_in(client, token: str = ADMIN_TOKEN, name: str = "Dr Reviewer", next_url: str = "/review"):
    return client.post("/review/login", data={"token": token, "reviewer": name, "next": next_url},
                       follow_redirects=False)


def csrf_of(page: str) -> str:
    return re.search(r'name="csrf" value="([0-9a-f]+)"', page).group(1)


def test_pages_and_forms_are_refused_without_the_cookie(pages, make_answer):
    answer = make_answer(question="A question only a signed-in reviewer may see?")
    pages.app.state.store.save(answer)
    for path in ("/review", f"/review/answers/{answer.id}", "/review?status=all"):
        response = pages.get(path)
        assert response.status_code == 401, path
        assert 'id="login-form"' in response.text and answer.question not in response.text
    for path in (f"/review/answers/{answer.id}/status", f"/review/answers/{answer.id}/refresh"):
        refused = pages.post(path, data={"status": "under_review", "csrf": "x"}, follow_redirects=False)
        assert refused.status_code == 401
    assert pages.app.state.store.get(answer.id).review.status == "submitted"
    pages.cookies.set(COOKIE, "forged-session", domain="testserver")
    assert pages.get("/review").status_code == 401


def test_sign_in_sets_a_secure_http_only_same_site_cookie(pages):
    response = sign_in(pages)
    assert response.status_code == 303 and response.headers["location"] == "/review"
    header = response.headers["set-cookie"]
    morsel = SimpleCookie(header)[COOKIE]
    assert morsel["httponly"] is True and morsel["secure"] is True
    assert morsel["samesite"].lower() == "strict" and morsel["path"] == "/"
    assert ADMIN_TOKEN not in header
    queue = pages.get("/review")
    assert queue.status_code == 200 and "Dr Reviewer" in queue.text


def test_sign_in_errors(pages, settings):
    wrong = sign_in(pages, token="wrong")
    assert wrong.status_code == 401 and "not valid" in wrong.text and "set-cookie" not in wrong.headers
    nameless = sign_in(pages, name="   ")
    assert nameless.status_code == 422 and "Type your name" in nameless.text
    outside = sign_in(pages, next_url="https://evil.example/")
    assert outside.headers["location"] == "/review"


def test_named_token_signs_in_under_its_own_name(settings):
    settings = settings.model_copy(update={"admin_token": None, "admin_tokens": "alice:tok-a,bob:tok-b"})
    with TestClient(create_app(settings), base_url="https://testserver") as client:
        assert sign_in(client, token="tok-b", name="someone else").status_code == 303
        assert 'id="reviewer-name">bob<' in client.get("/review").text


def test_forms_need_the_csrf_token_and_sign_out_ends_the_session(pages, make_answer):
    answer = make_answer()
    pages.app.state.store.save(answer)
    sign_in(pages)
    url = f"/review/answers/{answer.id}"
    page = pages.get(url)
    assert page.status_code == 200
    forged = pages.post(f"{url}/status", data={"status": "under_review"}, follow_redirects=False)
    assert forged.status_code == 403
    assert pages.app.state.store.get(answer.id).review.status == "submitted"
    secret = pages.cookies.get(COOKIE)
    out = pages.post("/review/logout", data={"csrf": csrf_of(page.text)}, follow_redirects=False)
    assert out.status_code == 303 and out.headers["location"] == "/review/login"
    assert pages.get("/review").status_code == 401
    pages.cookies.set(COOKIE, secret, domain="testserver")  # the old cookie, replayed
    assert pages.get("/review").status_code == 401


@pytest.mark.parametrize(("form", "status", "says"), [
    ({"status": "published"}, 422, "unknown review status"),
    ({"status": "under_review", "revision": "\u00b2"}, 303, None),  # a digit to str.isdigit, not to int
    ({"status": "under_review", "revision": "9" * 5000}, 303, None),  # more digits than int() reads
    ({"status": "under_review", "revision": "7"}, 409, "not the newest"),
])
def test_a_forged_status_or_revision_in_the_form_is_a_client_error_not_a_500(pages, make_answer, form, status, says):
    answer = make_answer()
    pages.app.state.store.save(answer)
    sign_in(pages)
    url = f"/review/answers/{answer.id}"
    page = pages.get(url)
    response = pages.post(f"{url}/status", data={**form, "csrf": csrf_of(page.text)}, follow_redirects=False)
    assert response.status_code == status, response.text
    if says:
        assert says in response.text
    expected = "submitted" if status != 303 else "under_review"  # a revision it cannot read means the newest
    assert pages.app.state.store.get(answer.id).review.status == expected


def test_a_session_ends_when_its_token_is_no_longer_configured(pages, settings):
    sign_in(pages)
    assert pages.get("/review").status_code == 200
    pages.app.state.settings = settings.model_copy(update={"admin_token": "rotated"})
    assert pages.get("/review").status_code == 401


def test_open_start_review_approve_and_find_it_in_the_approved_list(pages, make_answer):
    answer = make_answer(question="Is vitamin K2 safe with warfarin?")
    other = make_answer(question="Does exercise help knee osteoarthritis?", audience="patient")
    for a in (answer, other):
        pages.app.state.store.save(a)
    sign_in(pages)
    queue = pages.get("/review").text
    assert answer.question in queue and other.question in queue
    assert answer.question not in pages.get("/review", params={"audience": "patient"}).text
    assert other.question not in pages.get("/review", params={"q": "WARFARIN"}).text

    url = f"/review/answers/{answer.id}"
    page = pages.get(url).text
    assert 'value="under_review"' in page and 'value="approved"' not in page  # submitted: start review first
    assert "Vitamin K2 activates matrix Gla protein." in page  # the rendered answer beside the panel
    moved = pages.post(f"{url}/status", data={"status": "under_review", "note": "checking", "csrf": csrf_of(page),
                                              "revision": "1"}, follow_redirects=False)
    assert moved.status_code == 303
    page = pages.get(url).text
    refused = pages.post(f"{url}/status", data={"status": "submitted", "csrf": csrf_of(page)})
    assert refused.status_code == 409 and "cannot move to submitted" in refused.text
    pages.post(f"{url}/status", data={"status": "approved", "note": "sources <b>check</b> out",
                                      "csrf": csrf_of(page), "revision": "1"})
    page = pages.get(url).text
    assert "sources &lt;b&gt;check&lt;/b&gt; out" in page and "Dr Reviewer" in page
    approved = pages.get("/review", params={"status": "approved"}).text
    assert answer.question in approved and other.question not in approved
    assert answer.question not in pages.get("/review").text  # approved, not stale: out of the default queue


def test_the_answer_page_shows_revisions_and_what_changed(pages, make_answer):
    first = make_answer()
    pages.app.state.store.save(first)
    pages.app.state.store.add_revision(first.id, make_answer(statement="Menaquinone-7 changed the deposits."))
    sign_in(pages)
    page = pages.get(f"/review/answers/{first.id}").text
    assert 'id="diff"' in page and "Changes from revision 1 to 2" in page
    added = page.split('<ul class="added">')[1].split("</ul>")[0]
    removed = page.split('<ul class="removed">')[1].split("</ul>")[0]
    assert "Menaquinone-7 changed the deposits." in added and "Vitamin K2 activates matrix Gla protein." in removed
    old = pages.get(f"/review/answers/{first.id}", params={"revision": 1}).text
    assert "You are reading revision 1" in old and "Vitamin K2 activates matrix Gla protein." in old
