// The page at "/": ask, show the server-rendered (escaped) answer fragment, follow up.
// Corpus text only ever arrives inside that fragment; everything else is set with textContent.
"use strict";

const askForm = document.getElementById("ask-form");
const followForm = document.getElementById("follow-form");
const statusLine = document.getElementById("status");
const slot = document.getElementById("answer");
const historyNav = document.getElementById("history");
const historyList = document.getElementById("history-list");
let currentId = null; // the answer shown, which a follow-up follows

function audience() {
  return askForm.querySelector("input[name=audience]:checked").value;
}

function say(text, isError) {
  statusLine.textContent = text;
  statusLine.classList.toggle("error", Boolean(isError));
}

async function errorText(response) {
  try {
    const body = await response.json(); // a problem document: {type, title, status, detail}
    if (typeof body.detail === "string") return body.detail;
    return body.title || JSON.stringify(body);
  } catch (e) {
    return response.status + " " + response.statusText;
  }
}

async function show(id) {
  // The bare <article> fragment: a whole page (doctype, head, site header) does not belong inside the slot.
  const response = await fetch("/v1/answers/" + encodeURIComponent(id) + "?format=fragment");
  if (!response.ok) throw new Error(await errorText(response));
  // The fragment is rendered by the server with every corpus string escaped.
  slot.innerHTML = await response.text();
  currentId = id;
  followForm.hidden = false;
  slot.scrollIntoView({behavior: "smooth", block: "start"});
}

function remember(id, question) {
  const item = document.createElement("li");
  const link = document.createElement("a");
  link.href = "/v1/answers/" + encodeURIComponent(id) + "?format=html";
  link.textContent = question;
  link.dataset.answerLink = id;
  item.appendChild(link);
  historyList.prepend(item);
  historyNav.hidden = false;
}

async function ask(question, follows) {
  const body = {question: question, audience: audience()};
  if (follows) body.follows = follows;
  say("Searching the sources…");
  const response = await fetch("/v1/answers", {
    method: "POST",
    headers: {"Content-Type": "application/json", "Accept": "application/json"},
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(await errorText(response));
  const answer = await response.json();
  await show(answer.id);
  remember(answer.id, answer.question);
  say("");
}

function submitHandler(form, follow) {
  return async (event) => {
    event.preventDefault();
    const field = form.querySelector("textarea");
    const question = field.value.trim();
    if (!question) { say("Please type a question.", true); return; }
    const button = form.querySelector("button");
    button.disabled = true;
    try {
      await ask(question, follow ? currentId : null);
      if (follow) field.value = "";
    } catch (error) {
      say(error.message, true);
    } finally {
      button.disabled = false;
    }
  };
}

askForm.addEventListener("submit", submitHandler(askForm, false));
followForm.addEventListener("submit", submitHandler(followForm, true));

// Links to other answers (history, "follow-up to") load in place; reference marks are plain #ref-n anchors.
document.addEventListener("click", async (event) => {
  const link = event.target.closest("a[data-answer-link]");
  if (!link) return;
  event.preventDefault();
  try {
    await show(link.dataset.answerLink);
  } catch (error) {
    say(error.message, true);
  }
});
