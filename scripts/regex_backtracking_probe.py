"""Which module-level regexes of the answer path backtrack super-linearly on real or adversarial text.

Session 65: ``scoring._BRACKETED_CLAUSE`` (a repeated group of lazy runs ending in a space) took seconds to minutes on
one guideline sentence and a question's answer never came back. This probe looks for the others: it imports every
module of the given packages, collects every module-level compiled pattern (``re.Pattern``), and runs each one's
``.search``, ``.match`` and ``.fullmatch`` over (a) the longest sentences of a folder of guideline documents (split on
sentence ends; only sentences of MIN_SENTENCE_CHARS characters or more, the longest SAMPLE of them) and (b)
adversarial strings of the shapes that make nested or adjacent quantifiers backtrack (long runs of words and spaces
inside an unclosed or closed bracket, many commas, no final stop, long runs of one word or of spaces), and per pattern
its own literal words each followed by a long hyphened word, a long run of short words or an open bracket. Every call is
timed and cut off by a SIGALRM after CUTOFF_SECONDS (a runaway is reported at the cut-off).

Session 65 (865 patterns of service.answer, ingest and index, 300 sentences, ~890,000 calls, 85-100 s on a loaded
machine): lead._ASKED_STATE took 80 ms on a 578-character guideline sentence, and it, follow_up._WHAT_IF_STATE and
question._PERSON_ON_START took 0.7-3.5 s on a 40-letter word before a stray mark (a word run with optional spaces,
repeated: fixed). Left over 20 ms: only a run of 300 spaces (never reached: sentences and questions are read with their
spaces collapsed), a 400-letter word (grades._CITATION, scoring._APPOSED, 25 ms) and question._OPTIONS_AT_END on a
500-character question opening on a bracket with no comma (~20-130 ms, 1.8 s at 2,000 characters).

Usage: PYTHONPATH=. HF_HUB_OFFLINE=1 python scripts/regex_backtracking_probe.py [GUIDELINES_DIR] [SAMPLE] [PACKAGES...]
(defaults: /work/shared/data/guidelines, 3000, service.answer)

Prints one line per pattern whose worst call took more than REPORT_MS milliseconds, slowest first:
``module:name  worst_ms  method  text_kind  text_length``, then a summary line (patterns, calls, seconds).
"""
from __future__ import annotations

import importlib
import pkgutil
import re
import signal
import sys
import time
from collections.abc import Iterator
from pathlib import Path

MIN_SENTENCE_CHARS = 150  # the long sentences are where a quantifier's splits multiply
REPORT_MS = 20.0  # a pattern's worst call above this is printed (a clean pattern takes microseconds)
CUTOFF_SECONDS = 2.0  # a call still running after this is a runaway: cut off and reported at this time
RETRIES = 2  # a slow call is timed again this often and its fastest time kept (a stall is not the pattern's)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\"'])|\n\s*\n|\n[-*•] ")


class _Cutoff(Exception):
    """Raised by the alarm inside a call that ran past CUTOFF_SECONDS."""


def _raise_cutoff(signum: int, frame: object) -> None:
    """SIGALRM handler: abandon the running match."""
    raise _Cutoff()


def module_patterns(packages: list[str]) -> dict[str, re.Pattern[str]]:
    """Every module-level ``re.Pattern`` of the packages' modules, keyed ``module:name`` (one key per object)."""
    found: dict[str, re.Pattern[str]] = {}
    seen: set[int] = set()
    for package_name in packages:
        package = importlib.import_module(package_name)
        names = [package_name] + [m.name for m in pkgutil.iter_modules(package.__path__, package_name + ".")]
        for name in names:
            try:
                module = importlib.import_module(name)
            except Exception as exc:  # a module that needs an optional dependency: skipped, said so
                print(f"# skipped {name}: {exc.__class__.__name__}", file=sys.stderr)
                continue
            for attr, value in vars(module).items():
                if isinstance(value, re.Pattern) and isinstance(value.pattern, str) and id(value) not in seen:
                    seen.add(id(value))
                    found[f"{name.rsplit('.', 1)[-1]}:{attr}"] = value
    return found


def long_sentences(folder: Path, sample: int) -> list[str]:
    """The ``sample`` longest sentences of MIN_SENTENCE_CHARS characters or more of the folder's .md/.txt files."""
    out: list[str] = []
    for path in sorted(folder.iterdir()):
        if path.suffix not in {".md", ".txt"}:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        for part in _SENTENCE_END.split(text):
            part = " ".join(part.split())
            if len(part) >= MIN_SENTENCE_CHARS:
                out.append(part)
    out = sorted(set(out), key=len, reverse=True)
    return out[:sample]


def adversarial() -> Iterator[tuple[str, str]]:
    """Strings of the shapes that make nested or adjacent quantifiers try every split, each with a kind name."""
    words = " ".join(f"word{i}" for i in range(80))
    plain = " ".join(["the panel advises care"] * 25)
    yield "bracket-open", f"Gizmozumab dosing ({words} is not recommended"
    yield "bracket-closed-then-text", f"The panel suggests the plain schedule ({words} is not recommended) for most"
    yield "square-open", f"Level Q [{words}"
    yield "commas", ", ".join(f"item {i}" for i in range(120))
    yield "commas-and", ", ".join(f"item {i}" for i in range(60)) + " and more, or less"
    yield "no-stop", plain
    yield "no-stop-capital", "In adults " + plain.replace("the", "The")
    yield "spaces", "a" + " " * 300 + "b"
    yield "one-word", "x" * 400
    yield "word-space", "ab " * 200
    yield "semicolons", "; ".join(f"part {i} of the rule" for i in range(50))
    yield "colon-list", "Recommendation: " + ": ".join(f"clause {i}" for i in range(60))
    yield "dashes", " - ".join(f"step {i}" for i in range(80))
    yield "digits", " ".join(f"{i}.{i} mg" for i in range(100))
    yield "quotes", " ".join(f'"term {i}"' for i in range(60)) + ' "open'
    yield "dots", "e.g. " * 100 + "the rest"
    yield "long-word", f"Can I give it if {LONG_WORD}, then"
    yield "nested-brackets", "(" * 40 + words + ")" * 10


LONG_WORD = "-".join(["zorblatimexo"] * 6)  # one hyphened word of 77 characters: a word run cut every way backtracks
_LITERAL_WORD = re.compile(r"[a-z]{2,}")  # the plain words a pattern's source names, read after _ESCAPE is blanked
_ESCAPE = re.compile(r"\\[A-Za-z]")  # "\b", "\w", "\s": not words
WORDS_PER_PATTERN = 12  # how many of a pattern's own words open its own adversarial strings


def own_adversarial(pattern: re.Pattern[str]) -> list[tuple[str, str]]:
    """Strings that reach a pattern's inner quantifiers: each of its first literal words, then a long word, a long run
    of short words or a long bracket, ending on a stray mark the pattern's tail does not take."""
    words = list(dict.fromkeys(_LITERAL_WORD.findall(_ESCAPE.sub(" ", pattern.pattern))))[:WORDS_PER_PATTERN]
    run = " ".join(["alpha beta gamma"] * 15)
    out: list[tuple[str, str]] = []
    for word in words:
        out.append(("own-long-word", f"what if {word} {LONG_WORD}, then"))
        out.append(("own-word-run", f"{word} {run}, {word} {run};"))
        out.append(("own-bracket", f"{word} ({run} {word} {run}"))
    return out


def time_call(method: object, text: str) -> float:
    """Seconds one call took (CUTOFF_SECONDS when the alarm cut it off)."""
    signal.setitimer(signal.ITIMER_REAL, CUTOFF_SECONDS)
    start = time.perf_counter()
    try:
        method(text)  # type: ignore[operator]
    except _Cutoff:
        return CUTOFF_SECONDS
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return time.perf_counter() - start


def probe(patterns: dict[str, re.Pattern[str]], texts: list[tuple[str, str]]) -> tuple[list[tuple], int]:
    """Each pattern's worst call over the texts: (key, seconds, method, kind, length), and the number of calls."""
    worst: list[tuple] = []
    calls = 0
    for key, pattern in patterns.items():
        best = (0.0, "", "", 0)
        for kind, text in texts + own_adversarial(pattern):
            for method_name in ("search", "match", "fullmatch"):
                seconds = time_call(getattr(pattern, method_name), text)
                calls += 1
                if seconds * 1000 > REPORT_MS:  # the shared machine's scheduler stalls a call now and then:
                    seconds = min(seconds, *(time_call(getattr(pattern, method_name), text) for _ in range(RETRIES)))
                if seconds > best[0]:
                    best = (seconds, method_name, kind, len(text))
        worst.append((key, *best))
        if best[0] * 1000 > REPORT_MS:  # said at once, so a long run shows its finds as it goes
            print(f"# slow: {key} {best[0] * 1000:.1f} ms", file=sys.stderr, flush=True)
    return worst, calls


def main(argv: list[str]) -> None:
    """Collect, run, print the slow patterns and a summary."""
    folder = Path(argv[1]) if len(argv) > 1 else Path("/work/shared/data/guidelines")
    sample = int(argv[2]) if len(argv) > 2 else 3000
    packages = argv[3:] or ["service.answer"]
    signal.signal(signal.SIGALRM, _raise_cutoff)
    patterns = module_patterns(packages)
    texts = list(adversarial()) + [("guideline", s) for s in long_sentences(folder, sample)]
    print(f"# {len(patterns)} patterns, {len(texts)} texts", file=sys.stderr)
    start = time.perf_counter()
    worst, calls = probe(patterns, texts)
    slow = sorted((w for w in worst if w[1] * 1000 > REPORT_MS), key=lambda w: -w[1])
    for key, seconds, method_name, kind, length in slow:
        cut = " (cut off)" if seconds >= CUTOFF_SECONDS else ""
        print(f"{key}\t{seconds * 1000:.1f} ms{cut}\t{method_name}\t{kind}\t{length} chars")
    print(f"# {len(slow)} of {len(patterns)} patterns over {REPORT_MS:.0f} ms; {calls} calls in "
          f"{time.perf_counter() - start:.0f} s")


if __name__ == "__main__":
    main(sys.argv)
