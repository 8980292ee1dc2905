"""The bottom-line decomposition (eval/bottom_line_parts.py) on hand-made bottom lines and hand-counted tables."""
from __future__ import annotations

from eval.bottom_line_parts import Scored, kind, parts, table, variants
from service.answer.models import Statement
from service.answer.phrasing import CLOSEST, CLOSEST_FOUND, NO_EVIDENCE
from service.answer.wording import ELLIPSIS


def _t(text: str) -> Statement:
    return Statement(text=text, origin="template")


def _q(text: str, n: int = 1) -> Statement:
    return Statement(text=text, citations=[n], origin="source")


DIRECT = [_t("Yes."), _q("Drug X lowered relapse in adults."), _q("Relapse fell by a third.", 2),
          _t("Limited evidence: 2 studies.")]
CLOSEST_LINE = [_t(CLOSEST), _t(ELLIPSIS), _q("cut start of a finding on drug X."), _q("Drug X was studied.", 2)]


def test_each_kind_of_bottom_line_is_told_apart() -> None:
    assert kind(DIRECT) == "direct"
    assert kind(CLOSEST_LINE) == "closest"
    assert kind([_t(CLOSEST_FOUND), _q("Drug X was studied.")]) == "closest"  # either caveat
    assert kind([_t("There is insufficient evidence to recommend drug X for Y.")]) == "missing"
    assert kind([_t(NO_EVIDENCE)]) == "none"


def test_parts_split_the_templates_before_and_after_the_quotes_and_drop_ellipses() -> None:
    p = parts(DIRECT)
    assert p.before == ("Yes.",)
    assert p.quotes == ("Drug X lowered relapse in adults.", "Relapse fell by a third.")
    assert p.after == ("Limited evidence: 2 studies.",)
    p = parts(CLOSEST_LINE)
    assert p.before == (CLOSEST,) and p.after == ()
    assert p.quotes == ("cut start of a finding on drug X.", "Drug X was studied.")
    assert parts([_t(NO_EVIDENCE)]).before == (NO_EVIDENCE,) and parts([_t(NO_EVIDENCE)]).quotes == ()


def test_variants_leave_out_the_templates_or_the_later_quotes() -> None:
    v = variants(DIRECT)
    assert v["bottom_line"] == ("Yes. Drug X lowered relapse in adults. Relapse fell by a third. "
                                "Limited evidence: 2 studies.")
    assert v["quotes"] == "Drug X lowered relapse in adults. Relapse fell by a third."
    assert v["first_quote"] == "Yes. Drug X lowered relapse in adults. Limited evidence: 2 studies."
    assert variants([_t(NO_EVIDENCE)])["quotes"] == NO_EVIDENCE  # nothing quoted: the template itself


def test_the_table_counts_means_and_each_kinds_share_of_the_gap() -> None:
    rows = [Scored("direct", {"bottom_line": 0.4, "quotes": 0.5, "first_quote": 0.3, "top_passage": 0.2}),
            Scored("direct", {"bottom_line": 0.2, "quotes": 0.3, "first_quote": 0.2, "top_passage": 0.2}),
            Scored("none", {"bottom_line": 0.0, "quotes": 0.0, "first_quote": 0.0, "top_passage": 0.4})]
    out = table(rows)
    assert out["direct"] == {"answers": 2, "bottom_line": 0.3, "first_quote": 0.25, "quotes": 0.4,
                             "top_passage": 0.2, "contribution": round(0.2 / 3, 4)}
    assert out["none"]["contribution"] == round(-0.4 / 3, 4)
    assert out["all"]["answers"] == 3 and out["all"]["contribution"] == round((0.2 - 0.4) / 3, 4)
    assert "closest" not in out


def test_the_table_by_question_type_splits_each_kind() -> None:
    rows = [Scored("direct", {"bottom_line": 0.4, "top_passage": 0.2}, "yesno"),
            Scored("direct", {"bottom_line": 0.2, "top_passage": 0.3}, "factoid"),
            Scored("closest", {"bottom_line": 0.1, "top_passage": 0.1}, "yesno")]
    out = table(rows, by_type=True)
    assert set(out) == {"direct factoid", "direct yesno", "closest yesno", "all"}
    assert out["direct yesno"]["answers"] == 1 and out["direct yesno"]["contribution"] == round(0.2 / 3, 4)
    assert out["direct factoid"]["contribution"] == round(-0.1 / 3, 4)
