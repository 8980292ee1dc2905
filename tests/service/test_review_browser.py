"""The review page in a real headless Chromium against a real uvicorn server on 127.0.0.1: sign in, open an
answer, start the review, approve it, and see it in the approved list.

Needs the Debian packages ``chromium`` and ``chromium-driver`` (CI installs them) and selenium from PyPI; the
test is skipped, saying which, only when one of them is really absent.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from service.api.app import create_app
from service.api.auth import COOKIE
from tests.conftest import ADMIN_TOKEN, served

CHROMIUM = Path(os.environ.get("MEDCITE_CHROMIUM", "/usr/bin/chromium"))
CHROMEDRIVER = Path(os.environ.get("MEDCITE_CHROMEDRIVER", "/usr/bin/chromedriver"))
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--window-size=1280,900")

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install selenium)")
if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
    pytest.skip(f"no Chromium here ({CHROMIUM} or {CHROMEDRIVER} missing): "
                "apt-get install -y chromium chromium-driver", allow_module_level=True)

from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as EC  # noqa: E402
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

# The page replaces the status element when a review is saved; a poll that reads it in between gets Chrome's "Node with
# given id does not belong to the document" (a WebDriverException, not a stale-element one). Polled again, it reads the
# new element; a status that never comes still fails the wait by its timeout.
_REPLACED_WHILE_READ = (StaleElementReferenceException, WebDriverException)


@pytest.fixture
def server(settings):
    """A real uvicorn server of the app on a free 127.0.0.1 port; yields (base url, app)."""
    app = create_app(settings)
    with served(app) as (port, _):
        yield f"http://127.0.0.1:{port}", app


@pytest.fixture
def browser(tmp_path):
    """Headless Chromium from the Debian package, with a fresh profile and no network of its own."""
    os.environ.setdefault("SE_OFFLINE", "true")  # selenium-manager must not look for drivers online
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path / 'chromium-profile'}")
    driver = webdriver.Chrome(service=webdriver.ChromeService(executable_path=str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


def test_sign_in_open_approve_and_see_it_in_the_approved_list(server, browser, make_answer):
    base, app = server
    answer = make_answer(question="Can vitamin K2 be used to treat tendon calcification?")
    waiting = make_answer(question="What dose of vitamin K2 is typically used?")
    for a in (answer, waiting):
        app.state.store.save(a)
    wait = WebDriverWait(browser, 30, ignored_exceptions=_REPLACED_WHILE_READ)

    browser.get(f"{base}/review")
    assert browser.find_elements(By.ID, "login-form") and not browser.find_elements(By.ID, "queue")
    browser.find_element(By.ID, "token").send_keys(ADMIN_TOKEN)
    browser.find_element(By.ID, "reviewer").send_keys("Dr Browser")
    browser.find_element(By.CSS_SELECTOR, "#login-form button[type=submit]").click()
    wait.until(EC.presence_of_element_located((By.ID, "queue")))
    assert browser.find_element(By.ID, "reviewer-name").text == "Dr Browser"

    cookie = browser.get_cookie(COOKIE)
    assert cookie is not None and cookie["httpOnly"] is True and cookie["sameSite"] == "Strict"
    assert browser.execute_script("return document.cookie") == ""  # HttpOnly: page script cannot read it

    browser.find_element(By.LINK_TEXT, answer.question).click()
    wait.until(EC.presence_of_element_located((By.ID, "review-form")))
    assert "Vitamin K2 activates matrix Gla protein." in browser.find_element(By.CSS_SELECTOR, "article.answer").text
    browser.find_element(By.CSS_SELECTOR, "button.action-under_review").click()
    wait.until(EC.text_to_be_present_in_element((By.ID, "review-status"), "Under review"))
    browser.find_element(By.ID, "note").send_keys("Sources checked against the guideline.")
    browser.find_element(By.CSS_SELECTOR, "button.action-approved").click()
    wait.until(EC.text_to_be_present_in_element((By.ID, "review-status"), "Approved"))
    history = browser.find_element(By.ID, "history").text
    assert "Dr Browser" in history and "Sources checked against the guideline." in history

    browser.get(f"{base}/review")
    Select(browser.find_element(By.NAME, "status")).select_by_value("approved")
    browser.find_element(By.CSS_SELECTOR, "#queue-filter button[type=submit]").click()
    wait.until(EC.url_contains("status=approved"))
    rows = browser.find_elements(By.CSS_SELECTOR, "#queue tbody tr")
    assert [(r.get_attribute("data-answer-id"), r.get_attribute("data-status")) for r in rows] == [
        (answer.id, "approved")]
    assert app.state.store.get(answer.id).review.status == "approved"
    assert [e.reviewer for e in app.state.store.audit(answer.id)] == ["Dr Browser", "Dr Browser"]
