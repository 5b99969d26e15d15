"""Comment -> pause statements: where each one starts and ends, and non-pause senses.

Works on normalized text (lexicon.normalize keeps offsets), so every span found
here is also a span of the original comment.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .lexicon import LETTER, Hit, Lexicon

# Where one statement may end and the next begin, once a closed marker sits between them.
# (a date's own dot is no boundary: "... reaktiviert am 17.01.). Seit 27.02. wieder ...")
_BOUNDARY = re.compile(r"[;\n|\])]|(?<!\d\.\d\d)(?<!\d\.\d)[.,](?=\s)")
_TRAILING = " \t\r\n.;,|"
# Where a clause about one product ends and one about another may begin.
_CLAUSE = re.compile(r";|\.(?:(?<=\d{4}\.)|(?<!\d\.))\s")  # "... 30/09/2027. Cuota ..." too
# "05/10 JD :", "[AB 02/10]": when an entry was written (as parse._WRITING_DATE, lower case)
_WRITTEN_ON = re.compile(r"^\s*\[?\s*(?:[a-z]{1,4}\.?\s+)?\d{1,2}[./-]\d{1,2}\.?(?:[./-]?\d{2,4})?"
                         r"\s*(?:[a-z]{1,4}\.?\s*)?(?:[:\]]|(?<=[a-z.])\s+-\s)")
_LONG_WORD = re.compile(LETTER + "{4,}")
_DATE_LIKE = r"\d{{1,2}}[./-]\d{{1,2}}|\d{{1,2}}\.?\s+(?:{months})(?![a-z])"


@dataclass(frozen=True)
class Statement:
    span: tuple[int, int]
    anchor: tuple[int, int]  # the pause word this statement hangs on


def anchors(norm: str, lexicon: Lexicon) -> list[Hit]:
    """Pause words not used in another sense (``pause déjeuner``, ``Mittagspause``)."""
    hits = list(lexicon.pause.find(norm))
    if lexicon.compound:
        hits += [Hit(m.start(), m.end(), "pause", frozenset()) for m in
                 lexicon.compound.finditer(norm)]
    others = lexicon.not_pause.find(norm)
    # "Pausse du 03/11 ...": a pause word one letter wrong (the record says so)
    unknown = set(_LONG_WORD.findall(norm)) - lexicon.known_words
    if unknown and any(lexicon.slipped_pause(word) for word in unknown):
        # (never right beside a pause word written right, in its phrase: "Puso su plan en
        # pausa el 28/10" puts the plan on pause; "puso" is no "pausó")
        real = [h for h in hits if not any(o.start < h.end and h.start < o.end for o in others)]
        hits += [Hit(m.start(), m.end(), "slip", frozenset())
                 for m in _LONG_WORD.finditer(norm) if lexicon.slipped_pause(m.group())
                 and not any(_same_phrase(norm, m.start(), h.start) for h in real)]
    kept: list[Hit] = []
    reach = -1  # where the kept hits end, at the furthest: they are taken in order of start
    for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
        if others and any(o.start < hit.end and hit.start < o.end for o in others):
            continue  # (overlapping too: "in pausa pranzo" is "pausa pranzo")
        if hit.start < reach:
            continue  # "mis en pause" already covers "pause"
        kept.append(hit)
        reach = max(reach, hit.end)
    return kept


def _same_phrase(norm: str, a: int, b: int) -> bool:
    """Whether nothing cuts ``norm[a:b]`` (in either order): a sentence's end, a number."""
    a, b = min(a, b), max(a, b)
    return not _PHRASE_CUT.search(norm, a, b)


_PHRASE_CUT = re.compile(r"[;\n\d]|\.\s")


def mentions_pause(norm: str, lexicon: Lexicon) -> bool:
    return bool(lexicon.pause.regex.search(norm)) or bool(
        lexicon.compound and lexicon.compound.search(norm)
    )


def split_statements(norm: str, lexicon: Lexicon) -> list[Statement]:
    """One statement per pause, in the order written.

    Several pause words belong to one statement ("mis en pause, pass suspendu
    depuis ...") unless a reactivation marker or a line break separates them:
    that is how staff write a new pause after an old, closed one.
    """
    found = anchors(norm, lexicon)
    if not found:
        return []
    closed = sorted(lexicon.closed_markers(norm), key=lambda c: c.start)
    closed_starts = [c.start for c in closed]
    starts = [norm.rfind("\n", 0, found[0].start) + 1]
    for previous, hit in zip(found, found[1:]):
        # the markers around this hit, found by bisection: a cell may hold thousands
        before = bisect.bisect_right(closed_starts, hit.start)
        if before and closed[before - 1].end > hit.start or any(
                c.start <= hit.start < c.end for c in closed[max(0, before - 8):before]):
            continue  # "pause terminée" closes the statement, it does not open one
        between = norm[previous.end:hit.start]
        markers = closed[bisect.bisect_left(closed_starts, previous.end):
                         bisect.bisect_left(closed_starts, hit.start)]
        if markers:
            starts.append(_cut_after(norm, markers[-1].end, hit.start))
        elif "\n" in between:
            starts.append(previous.end + between.rindex("\n") + 1)
        elif cut := _other_product(norm, starts[-1], previous.end, hit.start, lexicon):
            starts.append(cut)
    statements = []
    bounds = starts + [len(norm)]
    found_starts = [h.start for h in found]
    for begin, end in zip(bounds, bounds[1:]):
        inside = found[bisect.bisect_left(found_starts, begin):
                       bisect.bisect_left(found_starts, end)]
        if not inside:
            continue
        statements.append(Statement((begin, _trim_end(norm, begin, end)),
                                    (inside[0].start, inside[0].end)))
    return statements


def _other_product(norm: str, begin: int, previous_end: int, next_start: int,
                   lexicon: Lexicon) -> int | None:
    """``Pass en pause du 5/1 au 18/1, reste 10 jours ; carnet gelé du 5/1 au 25/1, reste 4
    séances``: a second product paused with dates of its own is a statement of its own (a
    ``carnet en pause aussi`` without dates shares the first one's). So is a second pause
    of the same product with a range of its own (``Hold 7-20 Dec. Hold again 1-14 Feb``);
    ``Pause prolongée jusqu'au 5/12`` is not one."""
    clauses = list(_CLAUSE.finditer(norm, previous_end, next_start))
    if not clauses:
        return None
    cut = clauses[-1].end()
    # the clause of the previous pause word, not an introduction ("Monatsabo + 10er-Karte.")
    opening = [m.end() for m in _CLAUSE.finditer(norm, begin, previous_end)]
    clause_start = opening[-1] if opening else begin
    following = _CLAUSE.search(norm, next_start)
    after = norm[cut:following.start() if following else len(norm)]
    pause_dates = after
    for hit in lexicon.date_keywords.find(after):
        if hit.concept == "original_end":  # the pack's own validity is no pause date
            pause_dates = pause_dates[:hit.start] + " " * 16 + pause_dates[hit.end + 16:]
    date_like = re.compile(_DATE_LIKE.format(months=lexicon.month_names))
    pause_dates = _WRITTEN_ON.sub(" ", pause_dates, count=1)  # "05/10 JD :" is no pause date
    dates = len(date_like.findall(pause_dates))
    if not dates:
        return None
    mine = {h.text for h in lexicon.products.find(norm[clause_start:cut])}
    theirs = {h.text for h in lexicon.products.find(after)}
    if mine and theirs and not mine & theirs:
        return cut
    before = len(date_like.findall(norm[clause_start:cut]))
    words = lexicon.date_keywords.find(after)
    extended = any(h.concept == "extended" for h in words)
    if dates == 1 and any(h.concept == "start" for h in words) \
            and _extended_without_start(norm, clause_start, cut, lexicon, date_like):
        # "Hold extended to 20 July (was 6 July). Hold began 22 June.": the start of the
        # pause just extended, not a pause of its own
        return None
    # "Monatskarte pausiert 05.04.-18.04., ... Monatskarte erneut pausiert ab 24.05.": a
    # new pause after a whole one; "pause prolongée jusqu'au 22/11" is the same one
    return cut if before >= 2 and (dates >= 2 or not extended) else None


def _extended_without_start(norm: str, begin: int, end: int, lexicon: Lexicon,
                            date_like: re.Pattern) -> bool:
    """Whether the clause ``norm[begin:end]`` extends a pause and gives it no start: no
    start's or resume's keyword, no date before the extension's word ("Hold 7-20 Dec,
    extended to 24 Dec" has its own start)."""
    words = lexicon.date_keywords.find(norm[begin:end])
    extended = next((h for h in words if h.concept == "extended"), None)
    return extended is not None \
        and not any(h.concept in ("start", "resume") for h in words) \
        and not date_like.search(norm, begin, begin + extended.start)


def _cut_after(norm: str, marker_end: int, next_anchor: int) -> int:
    """The start of the sentence holding the next pause word, after a closed marker."""
    cut = marker_end
    for match in _BOUNDARY.finditer(norm, marker_end, next_anchor):
        cut = match.end()
    return cut if cut > marker_end else next_anchor


def _trim_end(norm: str, begin: int, end: int) -> int:
    while end > begin and norm[end - 1] in _TRAILING:
        end -= 1
    # "Wiedereinstieg am 16.3." ends with a date's own dot, not a sentence's: keep it, or
    # "16.3" reads as a decimal number
    if end < len(norm) and norm[end] == "." and _DAY_MONTH_END.search(norm, begin, end):
        end += 1
    return end


_DAY_MONTH_END = re.compile(r"(?<![\d.])\d{1,2}\.\d{1,2}$")
