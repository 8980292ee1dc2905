"""Markdown and HTML rendering: structure, escaping of corpus text, and the two audiences."""
from __future__ import annotations

from html.parser import HTMLParser

from markdown_it import MarkdownIt

from service.api.render import answer_page, safe_url, to_html, to_markdown
from service.answer.wording import DISCLAIMERS, HEADINGS, LABELS

SCRIPT = 'Calcium <script>alert("x")</script> & <b onmouseover="steal()">deposits</b> [1](javascript:evil())'


class Tags(HTMLParser):
    """Collects start tags with their attributes, and ids."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def named(self, tag: str) -> list[dict]:
        return [attrs for t, attrs in self.tags if t == tag]


def parse(html: str) -> Tags:
    tags = Tags()
    tags.feed(html)
    return tags


def test_markdown_has_title_bottom_line_sections_references_and_disclaimer(make_answer):
    md = to_markdown(make_answer())
    lines = md.splitlines()
    assert lines[0] == "# Vitamin K2 for tendon calcification"
    assert "**Bottom line:** The evidence is limited. [[1]](#ref-1) [[2]](#ref-2)" in md
    headings = [line[3:] for line in lines if line.startswith("## ")]
    assert headings == ["Current Evidence", "Mechanism of Action", "Safety Considerations", "Conclusion", "References"]
    assert "- Vitamin K2 can reduce the effect of warfarin. [[1]](#ref-1) [[2]](#ref-2)" in md
    assert ('1. <a id="ref-1"></a>**Research.** Vitamin K2 and tendons. *Journal of Tendons, 2021*. p. 3. '
            '<https://example.org/k2>') in md
    assert '2. <a id="ref-2"></a>**Guideline.** Calcification guideline. *Society, 2019*.' in md
    assert f"*{DISCLAIMERS['clinician']}*" in md
    assert "Review status: Submitted" in md


def test_markdown_escapes_corpus_markup(make_answer):
    md = to_markdown(make_answer(statement=SCRIPT + " 1. *not emphasis* &amp;", title="# <img src=x onerror=y>"))
    # What a Markdown viewer makes of it: corpus text stays text, only our own anchors and links are markup.
    tags = parse(MarkdownIt("commonmark").render(md))
    assert {t for t, _ in tags.tags} <= {"h1", "h2", "p", "strong", "a", "ul", "ol", "li", "em", "hr"}
    assert {a.get("href") for a in tags.named("a")} <= {None, "#ref-1", "#ref-2", "https://example.org/k2"}
    assert [a["id"] for a in tags.named("a") if "id" in a] == ["ref-1", "ref-2"]
    rendered = MarkdownIt("commonmark").render(md)
    assert "&lt;script&gt;alert" in rendered and "*not emphasis* &amp;amp;" in rendered
    assert "<h1># &lt;img src=x onerror=y&gt;</h1>" in rendered


def test_html_links_citation_marks_to_numbered_references(make_answer):
    html = to_html(make_answer())
    tags = parse(html)
    links = [a["href"] for a in tags.named("a") if a.get("href", "").startswith("#ref-")]
    assert links == ["#ref-1", "#ref-2", "#ref-1", "#ref-2", "#ref-1", "#ref-2"]
    items = [li for li in tags.named("li") if li.get("id", "").startswith("ref-")]
    assert [li["id"] for li in items] == ["ref-1", "ref-2"]
    assert [h for h in ("Current Evidence", "Mechanism of Action", "Safety Considerations", "Conclusion",
                        "References", "Bottom line") if f">{h}</h2>" not in html] == []
    assert "<h1>Vitamin K2 for tendon calcification</h1>" in html
    assert 'href="https://example.org/k2"' in html
    assert DISCLAIMERS["clinician"] in html
    assert "Submitted (not yet reviewed)" in html


def test_html_escapes_corpus_text_everywhere(make_answer):
    answer = make_answer(statement=SCRIPT, title="<script>alert(1)</script>")
    answer.references[1].title = '"><img src=x onerror=alert(1)>'
    for html in (to_html(answer), answer_page(answer)):
        tags = parse(html)
        assert "<script>alert" not in html
        assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
        assert not [t for t, _ in tags.tags if t in ("script", "img", "b")]
        assert not [attrs for _, attrs in tags.tags if any(k.startswith("on") for k in attrs)]


def test_only_http_urls_become_links(make_answer):
    html = to_html(make_answer(url="javascript:alert(1)"))
    assert "javascript:" not in html
    assert "javascript:" not in to_markdown(make_answer(url="javascript:alert(1)"))
    assert safe_url("https://example.org/x") == "https://example.org/x"
    assert safe_url("data:text/html,hi") is None and safe_url("http://") is None and safe_url("") is None


def test_patient_audience_changes_headings_labels_and_disclaimer(make_answer):
    answer = make_answer(audience="patient")
    md, html = to_markdown(answer), to_html(answer)
    for text in (md, html):
        assert DISCLAIMERS["patient"] in text
        assert DISCLAIMERS["clinician"] not in text
        assert HEADINGS["patient"]["safety"] in text.replace("&#39;", "'")
        assert HEADINGS["clinician"]["safety"] not in text
        assert LABELS["patient"]["references"] in text
    assert f"**{LABELS['patient']['bottom_line']}:**" in md


def test_missing_heading_and_disclaimer_fall_back_to_the_audience_wording(make_answer):
    answer = make_answer(audience="patient", disclaimer="")
    answer.sections[1].heading = ""
    md = to_markdown(answer)
    assert f"## {HEADINGS['patient']['mechanism']}" in md
    assert DISCLAIMERS["patient"] in md


def test_empty_sections_and_references_are_left_out(make_answer):
    answer = make_answer(sections=[], references=[])
    md, html = to_markdown(answer), to_html(answer)
    assert "## References" not in md and 'class="references"' not in html
    assert DISCLAIMERS["clinician"] in md


def test_a_retracted_reference_shows_a_retracted_badge_in_markdown_and_html(make_answer):
    answer = make_answer()
    answer.references[0].flags = ["retracted"]
    md = to_markdown(answer)
    assert '1. <a id="ref-1"></a>**Research.** **[Retracted]** Vitamin K2 and tendons.' in md
    assert '2. <a id="ref-2"></a>**Guideline.** Calcification guideline.' in md  # no badge without a flag
    tags = parse(to_html(answer))
    badges = [a for a in tags.named("span") if "flag" in a.get("class", "").split()]
    assert [b["class"] for b in badges] == ["flag flag-retracted"]
    html = to_html(answer)
    assert html.index('class="flag flag-retracted">Retracted</span>') < html.index('id="ref-2"')


def test_a_yes_from_closest_evidence_only_is_shown_as_leaning_not_as_a_bare_verdict(make_answer):
    # A bare "Verdict: yes." stood above "Closest evidence (unconfirmed): ..." (now "Indirect evidence: ..."): the
    # caveat and the label disagreed.
    from service.answer.models import BottomLine, Evidence
    closest = BottomLine(text="Indirect evidence: Vitamin K2 activates matrix Gla protein.",
                         citations=[1], verdict="yes")
    indirect = make_answer(bottom_line=closest, verdict="yes",
                           evidence=Evidence(level="indirect", sources=2, guidelines=1, research=1))
    for shown in (to_markdown(indirect), to_html(indirect)):
        assert "Verdict: leans yes, from indirect evidence only" in shown  # the caveat's word
    direct = make_answer(bottom_line=closest.model_copy(update={"text": "Vitamin K2 activates MGP."}), verdict="yes")
    assert "**Verdict: yes.**" in to_markdown(direct) and "Verdict: yes</strong>" in to_html(direct)


def test_a_lean_from_the_closest_evidence_says_closest_as_its_caveat_does(make_answer):
    # Session 38: "Verdict: leans no, from indirect evidence only" stood beside "Closest evidence: ...", a caveat
    # that claims no check of the statements against the question: the label must use the caveat's words.
    from service.answer.models import BottomLine, Evidence, Statement
    caveat = Statement(text="Closest evidence:", origin="template")
    quote = Statement(text="Drugx showed no significant increase in adverse events.", citations=[1], origin="source")
    closest = BottomLine(text="Closest evidence: Drugx showed no significant increase in adverse events.",
                         citations=[1], verdict="no", statements=[caveat, quote])
    answer = make_answer(bottom_line=closest, verdict="no",
                         evidence=Evidence(level="indirect", sources=1, guidelines=1, research=0))
    for shown in (to_markdown(answer), to_html(answer)):
        assert "Verdict: leans no, from closest evidence only" in shown
        assert "indirect evidence only" not in shown


def test_an_insufficient_verdict_says_that_no_direct_source_was_found(make_answer):
    # Session 26: "Verdict: insufficient." stood above "Indirect evidence: ... exercise therapy reduces pain ... in
    # knee osteoarthritis" for a question on "knee arthritis": the label must claim only what medcite found.
    from service.answer.models import BottomLine, Evidence
    closest = BottomLine(text="Indirect evidence: Exercise reduced pain in knee osteoarthritis.", citations=[1],
                         verdict="insufficient")
    answer = make_answer(bottom_line=closest, verdict="insufficient",
                         evidence=Evidence(level="indirect", sources=1, guidelines=1, research=0))
    assert "**Verdict: insufficient direct evidence.**" in to_markdown(answer)
    assert "Verdict: insufficient direct evidence</strong>" in to_html(answer)


def test_a_verdict_from_animal_studies_alone_is_shown_as_such(make_answer):
    # Session 27: "Can vitamin K2 reverse arterial calcification?" showed "Verdict: yes." above a rat study.
    from service.answer.models import BottomLine, Evidence
    rats = BottomLine(text="In rats, drugx partly reversed gizmo calcification.", citations=[1], verdict="yes")
    animal = make_answer(bottom_line=rats, verdict="yes",
                         evidence=Evidence(level="limited", sources=1, research=1, direct=True, direct_sources=1,
                                           laboratory_only=True))
    for shown in (to_markdown(animal), to_html(animal)):
        assert "Verdict: yes, in animal or laboratory studies only" in shown
    mixed = make_answer(bottom_line=rats, verdict="yes",
                        evidence=Evidence(level="limited", sources=2, research=2, direct=True, direct_sources=2))
    assert "**Verdict: yes.**" in to_markdown(mixed)
