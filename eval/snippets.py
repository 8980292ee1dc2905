"""Answers against BioASQ gold snippets (the sentences experts marked as answering a question).

- A quoted statement *matches* the gold when, case and whitespace aside, it stands inside a gold snippet
  or its ROUGE-L F with one reaches ``ROUGE_L_MATCH`` (a snippet trimmed or cut differently).
- An answer *cites a gold snippet* when a passage of one of its references holds a whole gold snippet.
  An answer whose bottom line nonetheless says there is insufficient evidence (eval.yesno.says_insufficient)
  is *falsely insufficient* (eval.answers).
"""
from __future__ import annotations

from typing import Sequence

from rouge_score import rouge_scorer

from service.answer.models import Answer

ROUGE_L_MATCH = 0.6  # the threshold: a statement this close to a snippet is that snippet's sentence
_SCORER = rouge_scorer.RougeScorer(["rougeL"], use_stemmer=True)


def folded(text: str) -> str:
    """Lowercased (casefold), whitespace collapsed: the form every comparison here uses."""
    return " ".join(text.split()).casefold()


def matches_snippet(statement: str, snippets: Sequence[str]) -> bool:
    """Whether a statement is a gold snippet's sentence: contained in one, or ROUGE-L F >= ROUGE_L_MATCH."""
    text = folded(statement)
    if not text:
        return False
    gold = [folded(s) for s in snippets]
    if any(text in s for s in gold):
        return True
    words = set(text.split())
    # A snippet sharing under 30% of the statement's words cannot reach the ROUGE-L threshold (precision
    # alone would be below 0.43): skip the quadratic LCS for it.
    return any(_SCORER.score(s, text)["rougeL"].fmeasure >= ROUGE_L_MATCH for s in gold
               if s and len(words & set(s.split())) >= 0.3 * len(words))


def cites_gold_snippet(answer: Answer, snippets: Sequence[str]) -> bool:
    """Whether any passage of any reference of the answer holds a whole gold snippet."""
    gold = [g for g in (folded(s) for s in snippets) if g]
    passages = [folded(p.text) for r in answer.references for p in r.passages]
    return any(g in p for p in passages for g in gold)

