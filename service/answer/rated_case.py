"""The rated rows of an appropriateness table that answer a question's case: the table variant whose case its words
fit, then that variant's best-rated procedures, or the asked procedure's own rating.

Appropriateness criteria rate each procedure per clinical variant ("Variant 2: <case> - <procedure>: Rating 8 (Usually
appropriate); ..."). Asked which test to do, the relevance model quoted a rated row of another variant, or a narrative
sentence, as closest evidence; the table's answer for the case is its variant's highest rating. Which variant fits is
read from the words the question and each variant's case share, weighed by their rarity in the corpus (IDF): no topic.
A follow-up that changes the case ("radiographs nondiagnostic, now it locks") is fitted on its own words first.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from index.lexical import tokenize
from index.search import Hit
from ingest.models import DocumentKind
from service.answer.models import Verdict
from service.answer.scoring import Candidate

# A rated row as the tables reader writes it (``ingest.readers.tables._rated_row``): the table's numbered title (its
# variant) if it has one, the row label (the procedure), the rating column's name, the rating and its meaning from
# the scale legend. A row with no title must carry the meaning in brackets ("X-ray chest: Rating 9 (Usually
# appropriate)"), so that a label and a number ("Dose: Level 2.") is no row. Grammar of the written row.
# A table may give the rating's band alone, in the scale's own words, under a column of its own ("X-ray area of
# interest: Appropriateness Category: Usually Appropriate"): the band stands for a rating in it (``_BAND_RATING``).
_BAND = r":\s(?P<band>(?i:(?:usually\s+not|usually|may\s+be)\s+appropriate))\b"
_TITLED = re.compile(r"^(?P<variant>[A-Z][A-Za-z-]{1,20}\s+\d{1,3}[A-Za-z]?:\s.+?)\s-\s(?P<row>[^:;]+):\s*"
                     r"[A-Za-z][\w\-]*(?:\s[A-Za-z][\w\-]*){0,2}(?:\s(?P<rating>\d{1,2})(?=\s\(|;|\.|$)|" + _BAND + ")")
_UNTITLED = re.compile(r"^(?P<row>[^:;]{2,120}):\s*[A-Za-z][\w\-]*(?:\s[A-Za-z][\w\-]*){0,2}(?:\s(?P<rating>\d{1,2})"
                       r"\s\([A-Za-z][^)]{2,60}\)|" + _BAND + ")")
_TITLED_LABEL = re.compile(r"^[A-Z][A-Za-z-]{1,20}\s+\d{1,3}[A-Za-z]?:")
# The ratings' bands (the appropriateness criteria's scale: 1-3 usually not, 4-6 may be, 7-9 usually appropriate).
APPROPRIATE = 7
NOT_APPROPRIATE = 3
# The rating a band given in words stands for: the middle of its range on that scale.
_BAND_RATING = {"usually not": 2, "may be": 5, "usually": 8}
# The fitted variant must share this many times the weight of the question's words the next best one shares: a fit
# short of it is no clear fit (set by eye on session 69's chains: the fitting variant shared two to four times more).
FIT_RATIO = 1.5
# A table with one case (no variants) fits where the question holds at least this share of its case's weight (the
# guideline's title words), so that a table on another condition's imaging does not answer. (Set by eye: a question
# naming the suspected condition of a table titled by a complaint and the condition suspected, and not its
# presenting complaint held 0.45 of it; one naming only the body part, far less.)
ONE_CASE_SHARE = 0.4
# A row names the asked thing where it holds at least this share of the thing's words, by weight ("MRI" of "MRI elbow
# without contrast"; set by eye).
NAMED_SHARE = 0.5
# At most this many best-rated rows lead: the bottom line is short, and a table may rate many alike.
MOST_ROWS = 2


# The ask of a question: what follows its last dash, stop, comma or semicolon ("Chronic elbow pain in a 40yo,
# which imaging first?" asks "which imaging first?"); the words before it tell the case.
_ASK_BEFORE = re.compile(r"\s[-\u2013\u2014]\s|[.;,:]\s")
# An ask for a choice among things to do: "which ...", an order or preference ("best", "first", "next", "instead",
# "preferred", "initial", "of choice", "then"), or "what" with one word and the end ("what imaging?"); "what causes
# it?", "how common is it?" ask no choice. Grammar of choosing, no topic.
_CHOICE = re.compile(r"\b(?:which|best|first|next|instead|preferred|initial|choice|then)\b|^\W*what\s+[a-z][\w-]*$",
                     re.I)
# A yes/no ask of whether a thing comes first among the choices ("should MRI be the first test?", "... as the initial
# study?", "is X preferred?"). Grammar of order and preference, no topic.
_FIRST_ASKED = re.compile(r"\b(?:first|initial|preferred|best|of\s+choice)\b", re.I)
# A yes/no ask of what a thing does ("does it help make the diagnosis?", "does X cause Y?"), not whether to do it: its
# rating does not answer it. "Do I need ...?", "do we scan?" ask whether to do. Grammar.
_ASKS_WHAT_IT_DOES = re.compile(r"^\W*(?:does|do\s+(?:it|they|these|those|this|that))\b", re.I)


def ask_of(question: str) -> str:
    """The ask of a question: its last clause (after ``_ASK_BEFORE``), without its question mark."""
    return _ASK_BEFORE.split(question.strip())[-1].strip().rstrip("?").strip()


def asks_for_rating(question: str, yes_no: bool) -> bool:
    """Whether a question's ask is one a rated table answers: a choice of what to do (``_CHOICE``), or whether to do a
    thing, not what it does (``_ASKS_WHAT_IT_DOES``)."""
    ask = ask_of(question)
    return not _ASKS_WHAT_IT_DOES.match(ask) if yes_no else bool(_CHOICE.search(ask))


@dataclass(frozen=True)
class RatedRow:
    """A rated row of one table variant: its case (the variant's title, or the source's title for a table of one
    case), its procedure and rating, and the statement quoted for it."""

    case: str
    procedure: str
    rating: int
    statement: Candidate


@dataclass(frozen=True)
class RatedAnswer:
    """The rows that answer a question's case (best first) and, asked whether one procedure is appropriate, the yes,
    no or uncertain its rating gives (None where not asked so)."""

    rows: tuple[Candidate, ...]
    verdict: Verdict | None


def rated_row(c: Candidate) -> RatedRow | None:
    """A guideline statement read as a rated row (``_TITLED``, ``_UNTITLED``), or None."""
    if c.hit.document.kind != DocumentKind.GUIDELINE or ":" not in c.text:
        return None
    found = _TITLED.match(c.text)
    if found is not None:
        return RatedRow(found.group("variant"), found.group("row").strip(), _rating(found), c)
    found = _UNTITLED.match(c.text)
    if found is not None and " - " not in found.group("row"):
        return RatedRow(c.hit.document.title, found.group("row").strip(), _rating(found), c)
    return None


def _rating(found: re.Match[str]) -> int:
    """A row's rating: its number, or the rating its band in words stands for (``_BAND_RATING``)."""
    if found.group("rating"):
        return int(found.group("rating"))
    band = " ".join(found.group("band").lower().split()[:-1])
    return _BAND_RATING[band]


def rated_text(text: str) -> bool:
    """Whether a statement's text is written as a rated row (``_TITLED``, ``_UNTITLED``)."""
    return ":" in text and bool(_TITLED.match(text) or _UNTITLED.match(text))


def _terms(text: str) -> set[str]:
    """The stemmed terms of ``text``, accents folded ("naïve" is "naive" as a question types it)."""
    folded = unicodedata.normalize("NFKD", text)
    return set(tokenize("".join(ch for ch in folded if not unicodedata.combining(ch))))


def _weight(terms: set[str], idf: Callable[[str], float]) -> float:
    return sum(max(idf(t), 0.0) for t in terms)


def _label(case: str) -> str:
    """A variant's label ("Variant 2"), which names it however its title was cut or joined; a title without one,
    whole."""
    return case.partition(":")[0] if _TITLED_LABEL.match(case) else case


def fitted_case(cases: list[str], asked: str, idf: Callable[[str], float]) -> str | None:
    """The label (``_label``) of the one of ``cases`` whose words the question's (``asked``) fit clearly
    (``FIT_RATIO``, ``ONE_CASE_SHARE``), or None. The words every case shares weigh nothing: they tell none apart."""
    words = _terms(asked)
    terms: dict[str, set[str]] = {}
    for case in cases:
        terms.setdefault(_label(case), set()).update(_terms(case.partition(":")[2] or case))
    if len(terms) == 1:
        ((label, own),) = terms.items()
        whole = _weight(own, idf)
        return label if whole > 0 and _weight(own & words, idf) >= ONE_CASE_SHARE * whole else None
    common = set.intersection(*terms.values())
    fits = sorted(((_weight((own - common) & words, idf), label) for label, own in terms.items()), reverse=True)
    (best, label), (second, _) = fits[0], fits[1]
    return label if best > 0 and best >= FIT_RATIO * second else None


def named_rows(rows: list[RatedRow], asked: set[str], idf: Callable[[str], float]) -> list[RatedRow]:
    """The rows of one variant the question names clearly (``asked``: its terms, or the asked thing's): those whose
    own words (not every row's, "elbow" of an elbow table) it names most, by weight, ``FIT_RATIO`` times more than the
    next rows; none where it names none, or none clearly."""
    common = set.intersection(*(_terms(r.procedure) for r in rows)) if len(rows) > 1 else set()
    fits = [(_weight((_terms(r.procedure) - common) & asked, idf), r) for r in rows]
    best = max(fit for fit, _ in fits)
    second = max((fit for fit, _ in fits if fit < best), default=0.0)
    return [r for fit, r in fits if fit == best] if best > 0 and best >= FIT_RATIO * second else []


def _verdict(rating: int) -> Verdict:
    return "yes" if rating >= APPROPRIATE else "no" if rating <= NOT_APPROPRIATE else "uncertain"


# A titled rated row anywhere in a passage's text: where a sentence starts. (The statements scored of a passage are
# screened against the question, and a variant all of whose rows were screened out still tells the case apart.)
_TITLED_IN_TEXT = re.compile(r"(?:^|(?<=[.!?]\s))" + _TITLED.pattern.lstrip("^"), re.M)


# ... and an untitled one ("X-ray chest: Rating 9 (Usually appropriate)").
_UNTITLED_IN_TEXT = re.compile(r"(?:^|(?<=[.!?]\s))" + _UNTITLED.pattern.lstrip("^"), re.M)


def has_rated_rows(texts: Iterable[str]) -> bool:
    """Whether any of a source's passages holds a rated row: the others' statements are not scored for rows (every
    yes/no answer with a guideline's lead asks of its source's table)."""
    return any(_TITLED_IN_TEXT.search(text) or _UNTITLED_IN_TEXT.search(text) for text in texts)


def written_cases(texts: Iterable[str]) -> list[str]:
    """The variants (the cases) a source's passages rate procedures for, in order, each once."""
    return list(dict.fromkeys(m.group("variant") for text in texts for m in _TITLED_IN_TEXT.finditer(text)))


def rated_answer(rows: list[RatedRow], cases: list[str], asked_own: str, asked_whole: str, yes_no: bool,
                 idf: Callable[[str], float], thing: str | None = None) -> RatedAnswer | None:
    """The rows of one source's table that answer the question (``asked_own``: its own words; ``asked_whole``: with
    the case a follow-up keeps from the question before): the variant its own words fit, else the one the whole
    case fits. Asked which to do, that variant's best-rated rows where one is rated usually appropriate; asked whether
    one procedure is (``yes_no``; ``thing``: the asked procedure, as the question names it), the row the question
    names best, and the verdict its rating gives. None where no variant fits clearly, or no row answers."""
    case = fitted_case(cases, asked_own, idf) if asked_own != asked_whole else None
    case = case or fitted_case(cases, asked_whole, idf)
    if case is None:
        return None
    own = sorted((r for r in rows if _label(r.case) == case), key=lambda r: -r.rating)
    if not own:
        return None
    if not yes_no:
        best = [r.statement for r in own if r.rating == own[0].rating][:MOST_ROWS]
        return RatedAnswer(tuple(best), None) if own[0].rating >= APPROPRIATE else None
    # (The words the question shares with its case tell the case, not the procedure: "... compression by the median
    # arcuate ligament - anticoagulate?" named the ligament's release, rated 8, over anticoagulation, rated 2.)
    told = set().union(*(_terms(c.partition(":")[2] or c) for c in cases if _label(c) == case))
    asked = (_terms(thing) if thing else _terms(asked_own)) - told
    named = named_rows(own, asked, idf)
    if not named or (thing and _weight(asked & _terms(named[0].procedure), idf) < NAMED_SHARE * _weight(asked, idf)):
        return None
    # Asked whether the thing is the one to do first (``_FIRST_ASKED``), where the variant rates other rows usually
    # appropriate and every row the question names below that: no, the best-rated row first, then the asked one's.
    if _FIRST_ASKED.search(ask_of(asked_own)) and own[0].rating >= APPROPRIATE and \
            all(r.rating < APPROPRIATE for r in named):
        return RatedAnswer((own[0].statement, max(named, key=lambda r: r.rating).statement), "no")
    # (Every row the question names best must give one verdict: "MRI" names "MRI without contrast", rated 9, and
    # "MRI without and with contrast", rated 1, alike; which one is asked is not known.)
    verdicts = {_verdict(r.rating) for r in named}
    if len(verdicts) != 1:
        return None
    return RatedAnswer((named[0].statement,), verdicts.pop())


def source_rows(doc_hits: list[Hit], score: Callable[[list[Hit]], list[Candidate]]) -> list[RatedRow]:
    """Every rated row of one source's passages (``doc_hits``), scored as statements by ``score``."""
    return [r for r in map(rated_row, score(doc_hits)) if r is not None]
