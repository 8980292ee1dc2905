"""Recommendation grades in guideline text: found, normalised, and attached to the sentence they grade.

Guidelines state grades in many fixed forms: inline ("(Grade 1B)", "(Strong recommendation, low quality of
evidence)", "(Level of Evidence: B)", "(A recommendation)", "(I statement)"), on a line after the
recommendation ("Strong recommendation based on observational studies ..."), or on a line that heads a list
of recommendations ("Class IIa", "The following recommendations are based on ... (Level B):").

Letter and number scales differ between guidelines (an "A" is a strong recommendation in one, good evidence
in another), so each document's own definitions are read first ("Level B — Recommendations are based on
limited or inconsistent scientific evidence."); a general default (GRADE, ACCP, ACC/AHA, USPSTF usage)
covers documents without them. Recency tags ("[new 2013]", "[2013, amended 2014]") are not grades.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.models import Document, DocumentKind, DocumentSection, Grade
from ingest.sentences import split_sentences

NOT_STATED = "not stated"
STRENGTHS = ("strong", "conditional", "against", "insufficient", NOT_STATED)
CERTAINTIES = ("high", "moderate", "low", "very low", NOT_STATED)

Role = str  # "strength" | "certainty" | "" (not known)


def _rx(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.I)


# --- words that name a strength or a certainty (GRADE wording and its relatives) ---------------------------
# Each list is tried as a whole; the earliest match in a text wins, ties going to the earlier entry.
_STRENGTH_WORDS: tuple[tuple[str, re.Pattern], ...] = (
    ("against", _rx(r"\b(?:recommends?|recommendation|strong|weak|conditional|suggests?)\s*\(?against\b|"
                    r"\bfor or against$|^against$|\bclass III\b|\bharmful\b|\bno benefit\b|\bshould not\b|"
                    r"\bnot recommended\b|\bdo not (?:provide|use|offer|perform|recommend)\b|\bdiscourage")),
    ("insufficient", _rx(r"(?<!quality: )(?<!evidence: )\binsufficient\b|\binconclusive\b|\bI statement\b|"
                         r"\bno recommendation\b|"
                         r"\bcannot be determined\b|\bunable to (?:make a )?recommend")),
    ("strong", _rx(r"\bstrong(?:ly)?\b|\bstandard\b|\bSHOULD be\b|\bis recommended\b|"
                   r"\brecommends? (?:that|the|this)\b|\bbenefits? (?:clearly )?(?:outweigh|exceed)")),
    ("conditional", _rx(r"\bweak(?:er)?\b|\bconditional(?:ly)?\b|\bdiscretionary\b|\boption(?:al)?\b|"
                        r"\bsuggest(?:s|ed|ion)?\b|\bqualified\b|\bmay be considered\b|\breasonable\b|"
                        r"\bselectively\b")),
)
_CERTAINTY_WORDS: tuple[tuple[str, re.Pattern], ...] = (
    ("very low", _rx(r"\bvery[- ]low\b|\bexpert opinion\b|\bopinions? of\b|\bconsensus\b|\banecdotal\b|"
                     r"\bclinical experience\b")),
    ("high", _rx(r"\bhigh\b|\bgood(?:[- ]quality)?\b|\bconsistent results from well|"
                 r"\brandomi[sz]ed (?:controlled |clinical )?trials? without\b|\bmeta-analys|"
                 r"\bat least one (?:properly designed )?randomi[sz]ed|\bvery unlikely to change\b")),
    ("moderate", _rx(r"\bmoderate\b|\bfair\b|\blimited or inconsistent\b|\bsingle randomi[sz]ed\b|"
                     r"\bwith minor limitations\b|\bwith important limitations\b|"
                     r"\bwithout randomi[sz]ation\b|\bwell-designed (?:cohort|case-control|controlled)\b|"
                     r"\bmay (?:well )?(?:have|change)\b")),
    ("low", _rx(r"\blow\b|\bpoor\b|\bobservational\b|\bcase series\b|\bdescriptive\b|\blimited\b|"
                r"\blikely to change\b|\binconsistent\b|\bnon-?randomi[sz]ed\b")),
)

# --- codes: "1B", "A", "IIa", "II-2", "1++", "III-C" ------------------------------------------------------
_CODE = r"(?:[1-4](?:\+\+|\+|-)|[1-5][A-D]?|[A-D][1-4]?|IV|V|I{1,3}(?:-[1-3])?[abAB]?)"
_PAIR = re.compile(r"(?:(?P<cls>I{1,3}[ab]?|IV)-(?P<level>[A-C])|(?P<evidence>II-[1-3]|I{1,3})(?P<rec>[A-E]))", re.I)
_CODE_RX = re.compile(rf"(?<![\w+-])({_CODE})(?![\w+])")
_STRENGTH_PREFIX = (r"class(?:\s+of\s+recommendation)?|COR|strength(?:\s+of\s+(?:the\s+)?recommendations?)?|SOR|GR|"
                    r"grade\s+of\s+recommendations?|recommendation\s+grade")
_CERTAINTY_PREFIX = (r"levels?\s+of\s+(?:the\s+)?evidence|LOE|LE|EL|evidence(?:\s+(?:level|grade|strength))?|"
                     r"(?:aggregate\s+)?(?:quality|strength)\s+of\s+(?:the\s+)?evidence|(?:aggregate\s+)?evidence\s+quality|"
                     r"QoE|level|evidence\s+strength\s+grade")
_NEUTRAL_PREFIX = r"grade|category|cat\.?"
_PREFIXED = re.compile(
    rf"\b(?:(?P<s>{_STRENGTH_PREFIX})|(?P<c>{_CERTAINTY_PREFIX})|(?P<n>{_NEUTRAL_PREFIX}))\b\s*[:=\-]?\s*"
    rf"(?P<code>(?-i:{_CODE}(?:\s*[-/]\s*{_CODE})?))(?![\w+])(?!\.\d)", re.I)
# "(A recommendation)", "(D recommendation)", "(I statement)", "Grade A recommendation"
_CODE_RECOMMENDATION = re.compile(rf"\b(?P<code>{_CODE})\s+(?:recommendation|statement)\b")
# "(1|++OO)", "(2|+OOO)": GRADE's circles written as plus signs and O's.
_CIRCLES = re.compile(r"(?:(?P<code>[12])\s*\|\s*)?(?P<plus>\+{1,4})(?P<o>[O0o\u25cb]*)")
_CIRCLE_CERTAINTY = {4: "high", 3: "moderate", 2: "low", 1: "very low"}
# Grades that say who stands behind a statement rather than how strong it is.
_PRACTICE = _rx(r"\btype:\s*(?:evidence[- ]based|(?:informal |formal |expert )?consensus)|"
                r"\b(?:good practice point|GPP|practice point|clinical principle|PP|EO|not graded|"
                r"best practice|consensus(?:[- ]based)? recommendation|expert opinion|consensus)\b")
_RECENCY = _rx(r"(?:new|updated?|amended|reviewed|unchanged|new-replaced|\d{4})(?:[ ,;]+(?:new|updated?|amended|"
               r"reviewed|unchanged|new-replaced|\d{4}))*")
_CITATION = _rx(r"\bet al\b|\bpregnancy (?:category|class)\b|\bdefin|"
                r"\b(?:see|e\.g\.|i\.e\.|table|figure|fig\.|appendix|annotation|page|pp?\.)\b|"
                r"[A-Z][a-z]+(?: and [A-Z][a-z]+)?,? (?:19|20)\d\d\b")
_GRADE_CONTEXT = _rx(r"\b(?:recommend\w*|evidence|quality|certainty|grade|level|strength|strong|weak|"
                     r"conditional|for|against|class|confidence|option|standard|guideline|statement)\b")
_STUDIES = _rx(r"\bstud(?:y|ies)\b")
_ABOUT_GRADING = _rx(r"\bdefin\w*|\brating schemes?\b|\bgraded? (?:as|according)")
_BRACKETED = re.compile(r"[(\[]([^()\[\]]{1,160})[)\]]")
# Default meaning of a code by role, used when the document does not define it.
_DEFAULT_STRENGTH = {"1": "strong", "2": "conditional", "I": "strong", "IIA": "conditional",
                     "IIB": "conditional", "II": "conditional", "III": "against", "A": "strong", "B": "strong",
                     "C": "conditional", "D": "against"}
_DEFAULT_CERTAINTY = {"A": "high", "B": "moderate", "C": "low", "D": "very low", "I": "high", "IA": "high",
                      "IB": "high", "1": "high", "II": "moderate", "IIA": "moderate", "IIB": "moderate",
                      "II-1": "moderate", "II-2": "moderate", "II-3": "low", "2": "moderate", "III": "low",
                      "3": "low", "IV": "very low", "4": "very low", "V": "very low", "5": "very low",
                      "1++": "high", "1+": "high", "1-": "moderate", "2++": "moderate", "2+": "low",
                      "2-": "low"}
_USPSTF = {"A": ("strong", NOT_STATED), "B": ("strong", NOT_STATED), "C": ("conditional", NOT_STATED),
           "D": ("against", NOT_STATED), "I": ("insufficient", NOT_STATED)}


@dataclass
class RatingScheme:
    """What a document's codes mean: (role, code) -> (strength, certainty), learned from its definitions."""

    codes: dict[tuple[Role, str], tuple[str, str]] = field(default_factory=dict)

    def meaning(self, code: str, role: Role) -> tuple[str, str]:
        """The (strength, certainty) a code stands for, in this document or by default."""
        code = _norm_code(code)
        for key in ((role, code),) if role else (("strength", code), ("certainty", code)):
            if key in self.codes:
                return self.codes[key]
        if role == "strength":
            return _DEFAULT_STRENGTH.get(code, NOT_STATED), NOT_STATED
        if role == "certainty":
            return NOT_STATED, _DEFAULT_CERTAINTY.get(code, NOT_STATED)
        # A bare code: "1A" is ACCP/GRADE (strength digit, quality letter); a lone letter or numeral only
        # tells the level of evidence unless the document says otherwise.
        split = re.fullmatch(r"([1-5]|I{1,3}|IV)[-]?([A-D])", code)
        if split:
            strength = self.meaning(split.group(1), "strength")[0]
            return strength, self.meaning(split.group(2), "certainty")[1]
        return NOT_STATED, _DEFAULT_CERTAINTY.get(code, NOT_STATED)


# Definition lines: "Level B — ...", "(A) High ...", "II-2: ...", "Strong (grade 1): ...", "A. The USPSTF ...".
_DEFINITION = re.compile(
    rf"^\s*(?:[-*\u2022]\s*)?\(?(?:(?P<prefix>level|grade|class|category|strength|quality|evidence level)\s+)?"
    rf"(?P<code>{_CODE})\)?\s*(?:statement\s*)?(?:[:.=\u2013\u2014-]\s*|\s+(?=[A-Z]))(?P<desc>\S.{{6,}})$", re.I)
_WORD_DEFINITION = re.compile(
    rf"^\s*(?:[-*\u2022]\s*)?(?P<word>[A-Za-z][\w -]{{1,30}}?)\s*\((?:grade|level|class)?\s*(?P<code>{_CODE})\)"
    rf"\s*[:.\u2013\u2014-]?\s*(?P<desc>.*)$", re.I)
_EVIDENCE_HEADER = _rx(r"\b(?:evidence|quality|certainty|level of|levels of)\b")
_RECOMMENDATION_HEADER = _rx(r"\b(?:recommendations?|strength|class(?:es)?|grades? of recommendation)\b")
_DEFINITIONS_START = _rx(r"^\s*(?:definitions?|grade definitions|key|abbreviations and definitions)\s*:?\s*$")


def learn_scheme(doc: Document) -> RatingScheme:
    """Read the document's own definitions of its grading codes (a Definitions part or a Rating Scheme
    section); codes it does not define keep their default meaning."""
    scheme = RatingScheme()
    for lines in _definition_parts(doc):
        role: Role = ""
        lines = _join_table_rows([ln.strip() for ln in lines if ln.strip()])
        for line in lines:
            match = _DEFINITION.match(line) or _WORD_DEFINITION.match(line)
            if match is None:
                if len(line) < 120:  # a header names what the following codes rate
                    evidence, recommendation = _EVIDENCE_HEADER.search(line), _RECOMMENDATION_HEADER.search(line)
                    if evidence and not recommendation:
                        role = "certainty"
                    elif recommendation and not evidence:
                        role = "strength"
                    elif evidence and recommendation:
                        role = "certainty" if evidence.start() < recommendation.start() else "strength"
                continue
            groups = match.groupdict()
            line_role = _prefix_role(groups.get("prefix") or "") or role
            desc = " ".join(filter(None, (groups.get("word"), groups["desc"])))
            strength, certainty = _words(desc, _STRENGTH_WORDS), _words(desc, _CERTAINTY_WORDS)
            if line_role == "certainty":
                strength = NOT_STATED
            elif line_role == "strength" and strength == NOT_STATED and certainty == NOT_STATED:
                continue
            if strength == certainty == NOT_STATED:
                continue
            key = (line_role or ("strength" if strength != NOT_STATED else "certainty"), _norm_code(match["code"]))
            scheme.codes.setdefault(key, (strength, certainty))
    return scheme


def starts_definitions(line: str) -> bool:
    """Whether a line opens a document's Definitions part (what follows defines grades, it is not graded)."""
    return bool(_DEFINITIONS_START.match(line.strip()))


def is_grading_note(sentence: str) -> bool:
    """A sentence about the grading scheme itself ("Definitions of the grades are given at the end",
    "Weak (grade 2): the balance of benefit and harm is less certain"), not a recommendation."""
    return bool(_ABOUT_GRADING.search(sentence) or _WORD_DEFINITION.match(sentence))


_CODE_CELL = re.compile(rf"^(?:(?:level|grade|class|category)\s+)?(?-i:{_CODE})(?:\s+statement)?$", re.I)


def _join_table_rows(lines: list[str], reach: int = 3) -> list[str]:
    """Tables flattened to one cell a line ("A", "The USPSTF recommends the service. ...") become
    definition lines ("A: The USPSTF recommends the service. ..."): a code alone on its line takes the
    next few lines, up to the next code, as its description."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        if _CODE_CELL.match(lines[i]):
            j = i + 1
            while j < len(lines) and j <= i + reach and not _CODE_CELL.match(lines[j]):
                j += 1
            if j > i + 1:
                out.append(f"{lines[i]}: {' '.join(lines[i + 1:j])}")
                i = j
                continue
        out.append(lines[i])
        i += 1
    return out


def _definition_parts(doc: Document) -> list[list[str]]:
    parts = []
    for section in doc.sections:
        lines = section.text.splitlines()
        if any("rating scheme" in h.lower() or "definition" in h.lower() for h in section.heading):
            parts.append(lines)
            continue
        start = next((i for i, line in enumerate(lines) if _DEFINITIONS_START.match(line)), None)
        if start is not None:
            parts.append(lines[start + 1:])
    return parts


def _prefix_role(prefix: str) -> Role:
    p = prefix.lower()
    if p in ("class", "strength"):
        return "strength"
    if p in ("quality", "evidence level") or p == "level":
        return "certainty"
    return ""


def _norm_code(code: str) -> str:
    return re.sub(r"\s+", "", code).upper()


def _words(text: str, table: tuple[tuple[str, re.Pattern], ...]) -> str:
    """The first word of ``table`` met in ``text``; advice against wins wherever it stands ("It is
    recommended that practitioners do not provide ...")."""
    if table is _STRENGTH_WORDS and table[0][1].search(text):
        return table[0][0]
    best: tuple[int, int, str] | None = None
    for priority, (name, pattern) in enumerate(table):
        match = pattern.search(text)
        if match and (best is None or (match.start(), priority) < best[:2]):
            best = (match.start(), priority, name)
    return best[2] if best else NOT_STATED


# --- reading a grade --------------------------------------------------------------------------------------

def parse_grade(text: str, scheme: RatingScheme | None = None) -> Grade | None:
    """The grade a short grading expression states ("Grade 1B", "Strong recommendation; moderate-quality
    evidence", "Level of Evidence: C", "I statement"), or None when it is not a grading expression."""
    scheme = scheme or RatingScheme()
    words = text.strip().strip(".;:,").strip()
    if not words or len(words) > 200 or _RECENCY.fullmatch(words) or _CITATION.search(words):
        return None
    strength, certainty = NOT_STATED, NOT_STATED
    found = False
    for match in _PREFIXED.finditer(words):
        role: Role = "strength" if match["s"] else "certainty" if match["c"] else ""
        if _STUDIES.search(words):
            role = "certainty"  # "(one Class I study)": the class of the evidence, not of the advice
        if not role and re.fullmatch(r"[12]", match["code"]):
            role = "strength"  # "Grade 1", "Grade 2": the ACCP/GRADE strength digit
        codes = [c for c in re.split(r"\s*[-/]\s*", match["code"]) if c] if role else [match["code"]]
        if role and len(codes) == 2 and re.fullmatch(r"II-[1-3]", match["code"].replace(" ", ""), re.I):
            codes = [match["code"]]
        for i, code in enumerate(codes):
            # "Class I-A", "LE 2/GR C": the second code of a pair is the level of evidence.
            s, c = scheme.meaning(code, role if i == 0 else "certainty")
            strength, certainty = _fill(strength, s), _fill(certainty, c)
        found = True
    for match in _CODE_RECOMMENDATION.finditer(words):
        code = _norm_code(match["code"])
        s, c = scheme.codes.get(("strength", code)) or _USPSTF.get(code, scheme.meaning(code, "strength"))
        strength, certainty = _fill(strength, s), _fill(certainty, c)
        found = True
    pair = _PAIR.fullmatch(words.replace(" ", ""))
    if not found and pair:
        # "I-A" (class, level of evidence), "II-2B" (level of evidence, recommendation letter)
        first, second = (pair["evidence"], pair["rec"]) if pair["evidence"] else (pair["cls"], pair["level"])
        evidence_first = ("certainty", _norm_code(first)) in scheme.codes or (
            ("strength", _norm_code(second)) in scheme.codes and ("strength", _norm_code(first)) not in scheme.codes)
        if pair["evidence"] or evidence_first:
            strength = scheme.meaning(second, "strength")[0]
            certainty = scheme.meaning(first, "certainty")[1]
        else:
            strength = scheme.meaning(pair["cls"], "strength")[0]
            certainty = scheme.meaning(pair["level"], "certainty")[1]
        found = True
    if not found and _only_codes(words):
        for code in _CODE_RX.findall(words):
            s, c = scheme.meaning(code, "")
            strength, certainty = _fill(strength, s), _fill(certainty, c)
        found = True
    circles = _CIRCLES.fullmatch(words.replace(" ", ""))
    if circles and len(circles["plus"]) + len(circles["o"]) == 4:
        certainty = _fill(certainty, _CIRCLE_CERTAINTY[len(circles["plus"])])
        if circles["code"]:
            strength = _fill(strength, scheme.meaning(circles["code"], "strength")[0])
        found = True
    if _GRADE_CONTEXT.search(words) or found:
        s, c = _words(words, _STRENGTH_WORDS), _words(words, _CERTAINTY_WORDS)
        explicit = re.search(r"recommendation|evidence|quality|certainty|strong|weak|conditional|against|grade|"
                             r"opinion|consensus|option", words, re.I)
        if explicit and (s != NOT_STATED or c != NOT_STATED):
            strength, certainty = _fill(strength, s), _fill(certainty, c)
            found = True
    if not found and _PRACTICE.search(words):
        found = True
        if re.search(r"expert opinion|consensus", words, re.I):
            certainty = "very low"
    return Grade(strength=strength, certainty=certainty, text=words) if found else None


def _fill(current: str, new: str) -> str:
    return new if current == NOT_STATED else current


def _only_codes(words: str) -> bool:
    rest = _CODE_RX.sub("", words)
    # A lone number is a footnote or a count, not a grade.
    return bool(re.search(r"[A-Za-z]", words)) and not re.sub(r"[\s,;/|+-]", "", rest)


def find_grade(sentence: str, scheme: RatingScheme | None = None) -> Grade | None:
    """The grade stated inside a sentence: a bracketed grading expression (the last one wins), or a
    trailing "Grade: B" / "Level B" after the sentence's own words."""
    scheme = scheme or RatingScheme()
    if _ABOUT_GRADING.search(sentence):
        return None  # "The grades are defined at the end of ..." names grades, it is not graded
    leading = _LEADING.match(sentence.strip())
    if leading:
        grade = parse_grade(leading.group(1), scheme)
        if grade is not None:
            return grade
    brackets = list(_BRACKETED.finditer(sentence))
    for match in reversed(brackets):
        at_end = not sentence[match.end():].strip(" .;,")
        if not at_end and (_only_codes(match[1]) or _PAIR.fullmatch(match[1].replace(" ", ""))):
            continue  # a bare code inside a sentence is an abbreviation: "intravenous (IV)"
        grade = parse_grade(match[1], scheme)
        if grade is not None:
            return grade
    tail = re.search(rf"(?:^|[.:;,]\s+|\s)((?:{_NEUTRAL_PREFIX}|{_CERTAINTY_PREFIX}|{_STRENGTH_PREFIX})\s*[:=]?\s*"
                     rf"[\w+/-]{{1,12}}(?:-[\w]{{1,3}}){{0,3}})\s*\.?$", sentence, re.I)
    if tail:
        return parse_grade(tail.group(1), scheme)
    return None


def is_grade_line(sentence: str, scheme: RatingScheme | None = None) -> Grade | None:
    """The grade of a line that says nothing but a grade ("Class IIa", "(Level of evidence C)",
    "Strong recommendation based on observational studies ...", "Quality of Evidence: Low")."""
    bare = sentence.strip().strip(".:").strip()
    inner = bare[1:-1] if bare[:1] in "([" and bare[-1:] in ")]" else bare
    inner = re.sub(r"^(?:grade|rating|GRADE recommendation|policy level|recommendation)\s*:\s*", "", inner, flags=re.I)
    if len(inner) > 200:
        return None
    whole = parse_grade(inner, scheme)
    if whole is None:
        return None
    outside = _BRACKETED.sub(" ", inner)
    if outside != inner and re.search(r"[A-Za-z]{3}", outside) and parse_grade(outside, scheme) is None:
        return None  # "Offer X (Grade 1B)": a recommendation with its grade, not a grade alone
    # What the line says besides grading words: little, or an "X based on Y" justification.
    rest = re.sub(r"\b(?:recommend\w*|evidence|quality|certainty|of|the|grade|level|strength|based|on|and|"
                  r"with|for|against|a|an|to|in|from|statement|class|is|very|high|moderate|low|strong|weak|"
                  r"conditional|option|aggregate|confidence|rating|studies|study|trials?|opinion|expert|"
                  r"consensus|imperative|fair|good|poor|insufficient|benefit|harm|over|preponderance|no|"
                  r"observational|randomi[sz]ed|controlled|reasoning|first|principles|panel|data)\b|"
                  r"[^\w]|\d", " ", inner, flags=re.I)
    leftover = [w for w in rest.split() if len(w) > 2 and not _CODE_RX.fullmatch(w)]
    return whole if len(leftover) <= 4 else None


# --- attaching grades to the sentences of a document --------------------------------------------------------

_BULLET = re.compile(r"^\s*(?:[-*+\u2022]|\d{1,2}[.)])\s+")
# Fields of an action-statement profile ("Benefit: ...", "Value judgments: ..."): they describe a
# recommendation that stands above them, so a grade beside them is not theirs.
_PROFILE_FIELD = _rx(r"^(?:[-*\u2022]\s*)?(?:benefits?|risks?|harms?|costs?|benefit[- ]harm|value judg\w*|"
                     r"intentional vagueness|role of patient\w*|exclusions?|exceptions?|policy level|"
                     r"aggregate evidence|"
                     r"differences of opinion|quality improvement|justification|rationale|remarks?|"
                     r"implementation considerations|supporting evidence)\b[^:]{0,40}:")
# Pointers to other parts of a document ("See Table 7 ...", "None specified.") recommend nothing.
_POINTER = _rx(r"^(?:[-*\u2022]\s*)?[(\[]?(?:see|refer to)\b|^(?:[-*\u2022]\s*)?none (?:specified|stated)\b")
# "GPP: Offer ...", "Class IIa Recommendation: ...": a grade that leads the sentence it grades.
_LEADING = re.compile(rf"^(?:[-*\u2022]\s*)?((?:class|grade|level|category)\s+(?-i:{_CODE})(?:\s+recommendations?)?|"
                      r"GPP|good practice point|expert opinion|consensus)\s*[:\u2013\u2014-]\s+\S", re.I)


@dataclass(frozen=True)
class _Line:
    raw: str
    bullet: bool
    grade: Grade | None  # the grade the line states, inline or as a whole
    grade_only: bool


def grade_sentences(sentences: list[str], scheme: RatingScheme) -> list[Grade | None]:
    """One grade (or None) per sentence of a section (raw sentences, list markers included).

    A sentence's own bracketed grade comes first; a grade-only line after a sentence grades that
    sentence; a grade-only line that ends with a colon, or stands before a list, grades the list items
    under it. Grades from two places (a "Class I" heading and a trailing "(Level of evidence B)") merge.
    """
    lines = []
    for raw in sentences:
        whole = is_grade_line(_BULLET.sub("", raw), scheme)
        lines.append(_Line(raw=raw, bullet=bool(_BULLET.match(raw)), grade=whole or find_grade(raw, scheme),
                           grade_only=whole is not None))
    out: list[Grade | None] = [None if ln.grade_only or _not_graded(ln.raw) else ln.grade for ln in lines]
    heading: Grade | None = None
    last_content: int | None = None
    for i, ln in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if ln.grade_only:
            as_heading = ln.raw.rstrip().endswith(":") or (
                nxt is not None and nxt.bullet and not ln.bullet and not ln.raw.strip().startswith(("(", "["))
                and (last_content is None or out[last_content] is not None
                     or not _ends_sentence(lines[last_content].raw)))
            if as_heading:
                heading = ln.grade
            elif last_content is not None and (_ends_sentence(lines[last_content].raw) or lines[last_content].bullet):
                for j in _item(lines, last_content, out):
                    out[j] = _merge(out[j], ln.grade)
            continue
        if _ABOUT_GRADING.search(ln.raw) or _not_graded(ln.raw):
            out[i] = None
            if ln.raw.rstrip().endswith("?"):
                last_content = None  # a grade after a question belongs to the answer below, not above
            continue
        if ln.raw.rstrip().endswith(":") and ln.grade is not None:
            heading = ln.grade  # "The following recommendations are based on ... (Level B):"
            out[i] = None
            last_content = None
            continue
        if heading is not None:
            if ln.bullet:
                out[i] = _merge(out[i], heading)
            elif not ln.raw.rstrip().endswith(":"):
                heading = None  # a plain line (a subheading or prose) ends the list the heading graded
        last_content = i
    return out


def _item(lines: list[_Line], last: int, out: list[Grade | None], reach: int = 3) -> list[int]:
    """The sentences of the list item that ends at ``last`` (a grade after a two-sentence item grades
    both), or just ``last`` when no list marker starts it within ``reach`` sentences."""
    for start in range(last, max(last - reach, -1), -1):
        line = lines[start]
        if start < last and (out[start] is not None or line.grade_only or _not_graded(line.raw)
                             or not _ends_sentence(line.raw)):
            break
        if line.bullet:
            return list(range(start, last + 1))
    return [last]


def _not_graded(raw: str) -> bool:
    """Questions and profile fields never carry a recommendation's grade."""
    return raw.rstrip().endswith("?") or bool(_PROFILE_FIELD.match(raw.strip()) or _POINTER.match(raw.strip()))


def _ends_sentence(raw: str) -> bool:
    return raw.rstrip().endswith((".", ")", "]", "!", "?"))


def _merge(first: Grade | None, second: Grade | None) -> Grade | None:
    if first is None or second is None:
        return first or second
    if first.text == second.text:
        return first
    return Grade(strength=_fill(first.strength, second.strength), certainty=_fill(first.certainty, second.certainty),
                 text=f"{first.text}; {second.text}")


def section_grades(doc: Document) -> list[list[tuple[str, Grade | None]]]:
    """For each section of a guideline: its sentences as raw text, each with its grade (None when the
    sentence states none). Sections of research documents, definitions and rating schemes get no grades."""
    scheme = learn_scheme(doc) if doc.kind == DocumentKind.GUIDELINE else None
    out: list[list[tuple[str, Grade | None]]] = []
    for section in doc.sections:
        raws = [section.text[a:b] for a, b in split_sentences(section.text)]
        if scheme is None or _is_scheme_section(section):
            out.append([(r, None) for r in raws])
            continue
        # The Definitions part defines grades; its lines must not grade the last recommendation above it.
        stop = next((i for i, r in enumerate(raws) if _DEFINITIONS_START.match(r.strip())), len(raws))
        grades = grade_sentences(raws[:stop], scheme) + [None] * (len(raws) - stop)
        out.append(list(zip(raws, grades)))
    return out


def _is_scheme_section(section: DocumentSection) -> bool:
    return any("rating scheme" in h.lower() or "definition" in h.lower() for h in section.heading)
