"""Where an answer loses the sentence a graded blind set says decides it: the stage of loss of each deciding sentence.

Usage: PYTHONPATH=TREE HF_HUB_OFFLINE=1 python scripts/deciding_stage.py EXPECTED.md QUESTIONS.txt INDEX CORPUS [IDS]

EXPECTED.md is a blind set's expected answers (one row per id, S1.. or C1a.., with the "ngc-NNNN:LINE" of its deciding
sentence first); QUESTIONS.txt its questions (singles on lines 1-30, chains on 31-36 with " >> " between links); INDEX
and CORPUS the index and the corpus folder the line numbers are of. One JSON line per id: each sentence of the cited
lines, found among the index's chunk sentences, with its stage (the furthest it got), and the id's best stage:

  8 bottom line / 7 in sections: quoted;
  1 doc not retrieved / 2 chunk not retrieved: ``retrieval.retrieve`` took no passage of the document / none holding it;
  3 not a statement: its passage was taken but ``scoring.statements`` makes no statement of it;
  4a under floors / 4b stand-in only: a statement ``scoring.topic_candidates`` drops (with the relevance model's
     probability, coverage and the passage's cosine when scored without the floors), or keeps only as a graded stand-in;
  5 filtered after scoring: kept, but ``pipeline.rank_evidence`` ranks it nowhere;
  6 ranked, not quoted: ranked (its place and probability) but quoted nowhere.
"""
from __future__ import annotations

import json
import re
import sqlite3
import sys
from pathlib import Path
from typing import Any

_ID = re.compile(r"^(?:\|\s*|-\s*)?(?:\*\*)?(?P<id>S\d{1,2}|C\d)(?:\s*\|\s*)?(?P<link>[ab])?\b")
_LINK_CELL = re.compile(r"\|\s*([ab])\s*\|")
_REF = re.compile(r"(ngc-\d+):(\d+(?:\s*[–-]\s*\d+)?(?:\s*,\s*:?\d+(?:\s*[–-]\s*\d+)?)*)")
_CHAINS_FROM = 30  # chains start on line 31 of a blind set's questions


def _norm(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


def _lines(cited: str) -> list[int]:
    """The line numbers of "15–17, 21" or ":819, :829"."""
    out: list[int] = []
    for part in cited.split(","):
        part = part.strip().lstrip(":")
        if re.search(r"[–-]", part):
            a, b = re.split(r"\s*[–-]\s*", part)
            out += range(int(a), int(b) + 1)
        elif part:
            out.append(int(part))
    return out


def expected_rows(path: Path) -> list[tuple[str, int, str | None, str, list[int]]]:
    """(id, question line, link, document id, lines) per expected row with a cited file:line."""
    rows = []
    for line in path.read_text().splitlines():
        m = _ID.match(line.strip())
        ref = _REF.search(line)
        if not m or not ref:
            continue
        ident, link = m.group("id"), m.group("link")
        if ident.startswith("C") and link is None:
            cell = _LINK_CELL.search(line)
            link = cell.group(1) if cell else None
        qline = int(ident[1:]) + (_CHAINS_FROM if ident.startswith("C") else 0)
        rows.append((ident + (link or ""), qline, link, ref.group(1), _lines(ref.group(2))))
    return rows


def deciding(store: Path, corpus: Path, doc: str, lines: list[int]) -> list[tuple[str, str]]:
    """(chunk id, sentence) for each chunk sentence the cited lines of ``doc`` hold."""
    con = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    chunks = con.execute("select id, text, sentences from chunks where doc_id=?", (doc,)).fetchall()
    text = (corpus / f"{doc}.md").read_text().splitlines()
    out = []
    for n in lines:
        want = _norm(re.sub(r"^\s*(?:[-*#|>]+\s*)+", "", text[n - 1])) if n <= len(text) else ""
        if len(want) < 8:
            continue
        for cid, ctext, spans in chunks:
            for a, b in json.loads(spans):
                s = _norm(ctext[a:b])
                if len(s) >= 8 and ((s in want and (len(s) > 40 or s == want)) or want in s
                                    or (len(want) > 60 and want[:60] in s)):
                    out.append((cid, ctext[a:b]))
    return list(dict.fromkeys(out))


def _same(a: str, b: str) -> bool:
    """Whether a quoted or candidate text and a deciding sentence are one statement (either holds the other's start)."""
    na, nb = _norm(a), _norm(b)
    return bool(nb) and (nb[:70] in na or na[:70] in nb)


def stage(sent: str, doc: str, cid: str, found: dict[str, Any]) -> str:
    """The stage of loss of one deciding sentence (module docstring)."""
    from service.answer.scoring import candidates, chunk_parts
    from service.answer.tuning import TUNING
    if any(_same(t, sent) for t in found["bottom"]):
        return "8 bottom line"
    if any(_same(t, sent) for t in found["quoted"]):
        return "7 in sections"
    hits = found["hits"]
    if doc not in {h.document.id for h in hits.values()}:
        return "1 doc not retrieved"
    if cid not in hits:
        return "2 chunk not retrieved"
    if not any(_same(t, sent) for p in chunk_parts(hits[cid].chunk, TUNING, closest=True) for t in p.texts):
        return "3 not a statement"
    if not any(_same(c.text, sent) and not c.stand_in for c in found["scored"]):
        st = "4b stand-in only" if any(_same(c.text, sent) for c in found["scored"]) else "4a under floors"
        q, stats, (ic, cc) = found["q"], found["stats"], found["concepts"]
        unfloored = [c for c in candidates(q, [hits[cid]], stats, ic, cc, TUNING, floors=False) if _same(c.text, sent)]
        if unfloored:
            st += f" p={unfloored[0].score:.3f} cov={unfloored[0].coverage:.2f} dense={hits[cid].dense or 0.0:.2f}"
        return st
    ranked = found["ranked"]
    at = next((n for n, c in enumerate(ranked) if _same(c.text, sent)), None)
    if at is None:
        return "5 filtered after scoring"
    return f"6 ranked {at}/{len(ranked)} p={ranked[at].score:.3f}, not quoted"


def main(expected: Path, questions: Path, index_dir: Path, corpus: Path, only: set[str]) -> None:
    from index.search import open_index
    from service.answer import pipeline
    from service.answer.concepts import question_concepts
    from service.answer.corpus_stats import corpus_stats
    from service.answer.retrieval import pairing, retrieve
    from service.answer.scoring import topic_candidates
    from service.answer.tuning import TUNING
    asked = [line.strip() for line in questions.read_text().splitlines() if line.strip() and not line.startswith("#")]
    index = open_index(index_dir)
    first_links: dict[int, Any] = {}
    try:
        for ident, qline, link, doc, lines in expected_rows(expected):
            if only and ident not in only:
                continue
            links = asked[qline - 1].split(" >> ")
            follows = None
            if link == "b":
                follows = first_links.get(qline) or pipeline.answer_question(index, links[0].strip())
            question = links[1 if link == "b" else 0].strip()
            q = pipeline._read_asked(index, question, follows)
            stats = corpus_stats(index)
            concepts = question_concepts(q, stats.lexicon, stats.idf)
            cut: list[Any] = []
            hits = retrieve(index, q, TUNING, cut=cut, pairs=pairing(*concepts))
            scored = topic_candidates(q, hits, stats, *concepts, TUNING, cut_hits=cut)
            ev = pipeline.rank_evidence(index, q, TUNING)
            answer = pipeline.answer_question(index, question, follows=follows)
            if link == "a":
                first_links[qline] = answer
            found = {"bottom": [s.text for s in answer.bottom_line.statements if s.origin == "source"],
                     "quoted": [s.text for s in answer.all_statements() if s.origin == "source"],
                     "hits": {h.chunk.id: h for h in hits}, "scored": scored, "ranked": ev.ranked, "q": q,
                     "stats": stats, "concepts": concepts}
            stages = [(stage(sent, doc, cid, found), cid, sent[:120])
                      for cid, sent in deciding(index_dir / "store.sqlite", corpus, doc, lines)]
            print(json.dumps({"id": ident, "q": question, "topic": [q.intervention, q.condition],
                              "verdict": answer.verdict, "best": max((s for s, _, _ in stages), default="0 none"),
                              "stages": stages}), flush=True)
    finally:
        index.close()


if __name__ == "__main__":
    if len(sys.argv) < 5:
        sys.exit(__doc__)
    main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4]), set(sys.argv[5:]))
