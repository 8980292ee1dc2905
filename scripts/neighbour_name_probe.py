"""Whether a cosine floor lets the embedder name a question's concept by another phrase of the corpus: for each BioASQ
dev question's intervention and condition (question.read_question), the corpus lexicon phrase the index's embedder
puts nearest it that shares no term with it (a lay or other name: "heart attack" / "myocardial infarction"), or, with
--share, that is not made of its terms only; and whether the experts' gold snippets name that phrase (all its terms in
one snippet: a lenient proxy, a related thing counts too). Precision per floor, on two halves of the questions split
by a hash of their id (choose a floor on A, read it on B).

Usage: HF_HUB_OFFLINE=1 PYTHONPATH=. python scripts/neighbour_name_probe.py INDEX_DIR ../shared/data/bioasq [--share]
(INDEX_DIR: an index of the BioASQ corpus with its lexicon files, e.g. the eval cache's).
"""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import numpy as np

FLOORS = (0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9)
NEAREST_READ = 50  # the nearest phrases looked through for the first that qualifies


def main(index_dir: Path, data: Path, share: bool) -> None:
    """Print, per half and floor, how many questions' nearest qualifying phrase is that close and the share of
    those the gold snippets name; then the 30 closest pairs."""
    from eval.datasets import load_dataset, select_half
    from index.embedder import load_embedder
    from index.lexical import tokenize
    from service.answer.concepts import QUESTION_WORDS
    from service.answer.question import read_question

    lexicon = json.loads((index_dir / "lexicon.json").read_text())
    vectors = np.load(index_dir / "lexicon-vectors.npy").astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    phrases = lexicon["phrases"]
    phrase_terms = [frozenset(tokenize(p)) - QUESTION_WORDS for p in phrases]
    embedder = load_embedder()
    dataset = select_half(load_dataset(data, require_answers=True), "dev")
    rows: list[tuple[str, float, bool, str, str]] = []
    for query in dataset.queries:
        answer = dataset.answers.get(query.id)
        snippets = [frozenset(tokenize(s)) for s in (answer.snippets if answer else ())]
        if not snippets:
            continue
        reading = read_question(query.text)
        half = "A" if int(hashlib.md5(query.id.encode()).hexdigest(), 16) % 2 else "B"
        for name in (reading.intervention, reading.condition):
            own = frozenset(tokenize(name or "")) - QUESTION_WORDS
            if not own:
                continue
            vector = embedder.encode([name])[0]
            cosines = vectors @ (vector / np.linalg.norm(vector))
            for row in np.argsort(-cosines)[:NEAREST_READ]:
                terms = phrase_terms[row]
                if terms and not terms <= own and (share or not terms & own):
                    rows.append((half, float(cosines[row]), any(terms <= s for s in snippets), name, phrases[row]))
                    break
    for half in "AB":
        mine = [r for r in rows if r[0] == half]
        print(f"half {half}: {len(mine)} concepts, gold names the nearest in {sum(r[2] for r in mine)}")
        for floor in FLOORS:
            above = [r for r in mine if r[1] >= floor]
            if above:
                precision = sum(r[2] for r in above) / len(above)
                print(f"  cosine >= {floor:.2f}: {len(above):3d}, precision {precision:.2f}")
    for _, cosine, named, name, phrase in sorted(rows, key=lambda r: -r[1])[:30]:
        print(f"{cosine:.2f} {'gold ' if named else 'other'} {name!r} -> {phrase!r}")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--share"]
    if len(args) != 2:
        raise SystemExit(__doc__)
    main(Path(args[0]), Path(args[1]), "--share" in sys.argv[1:])
