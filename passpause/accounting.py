"""No word or number that changes a value is skipped: each check finds what a
statement says beside its values (a writing date, words that change a value, numbers no
value explains, words after an amount, time left counted on another day) and says why
a person must look."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .lexicon import LETTER, MODIFIERS, Hit, Lexicon
from .models import DateRef, Problem
from .tokens import (_LONG_WORDS, _PHRASE_END, _WORDS, MAX_GAP, Token, Written, _identity, _inside,
                     _valid, _year)

if TYPE_CHECKING:  # the grammar calls these checks
    from .parse import Grammar


# "09.02. AB: ...", "SK 03.02.: ...", "— 17/02 MV : ...": the date a note was written, at
# the start of its line or entry.
_WRITING_DATE = re.compile(
    r"\s*(?:[–—|]\s*)?(?P<open>\[)?\s*(?:[A-Z]{1,4}\.?\s+|(?P<wd>[a-z]{2,3})\.?,?\s+(?=[\d./-]{3,10}\s*[A-Z]{1,4}\s*:))?(?P<a>\d{1,2})[./-](?P<b>\d{1,2})\.?"
    r"(?:[./-]?(?P<y>\d{4}|\d{2}))?\s*(?:[-–—]\s*)?(?:[A-Z][A-Za-z]{0,3}\.?\s*)?"
    r"(?(open)\]\s*:?|(?::(?!\d)|(?<=[A-Za-z.])\s+[-–—]\s))")  # "14/10 CL :", "07.10. JK:",
# "ma 13/09 KV:" (a weekday first, with the initials after the date)


_ENTRY_START = re.compile(r"[.;!]\s+|\n")  # where a later entry may begin


def _writing_date(written: str, masked: str, month_first: bool, lex: Lexicon
                  ) -> tuple[DateRef | None, str]:
    """``09.02. AB: seit heute pausiert``: the date the note was written, taken out of the
    text so that it is never read as a pause date. A later entry of the same statement
    (``... il reste 13j. 05/11 JD : pause prolongée ...``) has its date taken out too; the
    first one is the statement's writing date."""
    first = None
    for start in [0] + [m.end() for m in _ENTRY_START.finditer(written)]:
        m = _WRITING_DATE.match(written, start)
        if m is None or m.group("wd") and m.group("wd").lower() not in lex.weekday_of:
            continue  # "ma 13/09 KV:" is a Monday; "bis 30.11. NB:" is the pause's end
        a, b = int(m.group("a")), int(m.group("b"))
        day, month = (b, a) if month_first else (a, b)
        end = m.end("y") if m.group("y") else m.end("b")
        ref = DateRef(day, month, _year(m.group("y")), written.quote(m.start("a"), end))
        if not _valid(ref):
            continue
        first = first or ref
        masked = masked[:start] + " " * (m.end() - start) + masked[m.end():]
    return first, masked


def _modifier_problems(modifiers: tuple[Hit, ...], written: str,
                       sentences: list[tuple[int, int]], problems: list[Problem]) -> str:
    """One review reason per class of words that change a value (approximation, fraction,
    relative time, doubt, consumption) in the sentences about the pause, quoting the words.
    Returns the words for *today*, which only the date the note was written can settle."""
    words: dict[str, list[str]] = {}
    for hit in modifiers:
        if _inside(hit.start, sentences):
            words.setdefault(hit.concept, []).append(written.quote(hit.start, hit.end))
    today = " ".join(dict.fromkeys(words.pop("today", [])))
    for concept in MODIFIERS:
        if concept in words:
            problems.append(Problem.of(f"modifier_{concept}",
                                       words=" … ".join(dict.fromkeys(words[concept]))))
    return today


def _start_from_writing_date(found: dict[str, list[Token]], written_on: DateRef, today: str,
                             problems: list[Problem]) -> None:
    """``09.02. AB: seit heute pausiert``: *today* is the day the note was written."""
    token = Token("date", -1, -1, written_on, f"{today} ({written_on.text})")
    if not found["start"]:
        found["start"].append(token)
    elif _identity(found["start"][0].value) != _identity(written_on):
        problems.append(Problem.of("ambiguous", field="start",
                                   values=f"{found['start'][0].text} / {token.text}"))


def _amounts_read_whole(masked: str, written: str, times: list[Token],
                        g: Grammar) -> list[Problem]:
    """A signed amount (``-5 jours``) and a decimal one (``1,5 semaines``) are never read as
    the whole number next to them."""
    problems = []
    for token in times:
        # "-5 jours", ", - 5 days left" owe nothing; "01/11 - 5 jours" is punctuation (and
        # "il reste - 5 jours" is a keyword's business: _assign)
        m = _SIGN_BEFORE.search(masked, 0, token.start)
        if m is None:
            continue
        before = masked[:m.start()]
        if (before.rstrip()[-1:] in ("", ",", ";", ":", "(", "=") if m.end() > m.start() + 1
                else before[-1:] in ("", " ", "\t", "\n", ":", "(", "=")):
            problems.append(Problem.of("signed_amount", text=written.quote(m.start(), token.end)))
    for m in g.odd_amount.finditer(masked):
        problems.append(Problem.of("modifier_fraction" if m.group("fraction") else
                                   "modifier_approximate", words=written.quote(m.start(), m.end())))
    return problems


def _unread_numbers(masked: str, written: Written,
                    sentences: list[tuple[int, int]], tokens: list[Token], g: Grammar
                    ) -> list[Problem]:
    """A number in a sentence about the pause that is no date, no duration and no count of
    classes (nor a clock time, a price, a phone or file number) may change a value: review.
    A number word that names something ("Yoga Flow Vingt") is no written number."""
    blanked = _blank(masked, tokens)
    unread = [m for m in _NUMBER.finditer(blanked) if _inside(m.start(), sentences)]
    if not unread:  # the usual case: every number is a value
        return []
    for m in unread:
        # a clock time, a price, a phone number, as written or once the dates are out of
        # the way ("14.10. 17:00" is no phone number "14.10. 17")
        nearby = [o for text in (masked, blanked)
                  for o in g.not_a_value.finditer(text, max(0, m.start() - 20), m.end() + 20)]
        if not written.spelled(m.start(), m.end()) and not any(o.start() <= m.start() < o.end() for o in nearby):
            left = written.rfind(" ", 0, m.start()) + 1
            right = written.find(" ", m.end())
            word = written.quote(left, right if right >= 0 else len(written)).strip(",;:()")
            return [Problem.of("unread_number", text=word)]
    return []


_NUMBER = re.compile(r"(?<![a-z])\d+")  # not "yoga20", a code




_SIGN_BEFORE = re.compile(r"-\s*\Z")


def _blank(text: str, tokens: list[Token]) -> str:
    """``text`` with the values read blanked out (same offsets)."""
    pieces, last = [], 0
    for token in sorted(tokens, key=lambda t: t.start):
        if token.start >= last:
            pieces += [text[last:token.start], " " * (token.end - token.start)]
            last = token.end
    return "".join(pieces) + text[last:]


def _numbers_aside(work: str, written: str, asides: list[tuple[int, int]],
                   products: tuple[Hit, ...], g: Grammar) -> list[Problem]:
    """``(3 semaines)``, ``(+3 offerts)``, ``(laut Kundin 15)``: a number in brackets is a
    value the note corrects or adds, never just a reason (unless it is a product's size, a
    clock time, a price or a phone number)."""
    for start, end in asides:
        if (g.product_size.fullmatch(work, start, end) or work[start:end].strip().isdigit()
                ) and any(not work[p.end:start - 1].strip() for p in products if p.end < start):
            continue  # "carnet (10 séances)", "Class pass (10)"
        if g.dates(work[start:end], month_first=False)[0]:
            # "(30/11)", "(no, 23/11)", "(returned 17/11)", "(cut short 17/11)", "(Knie-OP am
            # 01.10.)": another date for the pause, or an event's? An event the language data
            # lists is no aside ("(opération le 12/11)"); any other, a person reads.
            return [Problem.of("unread_number", text=f"({written.quote(start, end).strip()})")]
        for m in _NUMBER.finditer(work, start, end):
            if any(p.start <= m.start() < p.end for p in products):
                continue
            nearby = g.not_a_value.finditer(work, max(start, m.start() - 20), end)
            if not any(o.start() <= m.start() < o.end() for o in nearby):
                return [Problem.of("unread_number", text=f"({written.quote(start, end).strip()})")]
    return []


def _pause_time_left(masked: str, written: str, remaining: list[Token], pauses: list[Hit],
                     g: Grammar) -> list[Problem]:
    """``il reste 12 jours de pause``, ``noch 12 Tage Pause``: the time left of the pause,
    not on the product."""
    for token in remaining:
        for hit in pauses:
            gap = masked[token.end - 1:hit.start]  # "12 jours. Carnet en pause": a full stop
            if 0 <= hit.start - token.end <= MAX_GAP and not _PHRASE_END.search(gap) \
                    and "-" not in gap and not any(ch.isdigit() for ch in gap) \
                    and len(g.unread(gap)) <= 1:  # "15 jours — pause annulée": a new phrase
                return [Problem.of("unclear_duration",
                                   text=written.quote(token.start, token.end).rstrip("."))]
    return []


_NEXT_WORD = re.compile(rf"[ \t]*({LETTER}+'?)")  # the next word, in the same phrase


# little words that link a value to the word it is about: "2 mois à payer", "zu zahlen"
_SMALL_WORDS = frozenset({"a", "d'", "de", "zu", "to", "te", "por", "da", "di", "of", "l'"})


def _after_units(masked: str, written: str, times: list[Token], g: Grammar, lang: str
                 ) -> list[Problem]:
    """``13 jours utilisés``, ``10 days extra``, ``2 mois à payer``, ``12 Tage Auszeit``: a
    word right after a value's unit (past the small words: ``à``, ``d'``, ``zu``) that the
    language data does not know may change what the value means. A capital starts a new
    sentence, even without a full stop ("10 jours Suivi de la cliente") — except in a
    language whose nouns take one, and in a note written in capitals."""
    nouns = g.lex.language(lang).capitalised_nouns
    for token in times:
        position = token.end
        if masked[position - 1] == ".":
            continue  # "18 jours. Allergique au latex": the phrase has ended
        while m := _NEXT_WORD.match(masked, position):
            word, position = m.group(1), m.end()
            if g.filler and g.filler.fullmatch(word) or word in _SMALL_WORDS \
                    or word in g.after_words:
                continue  # "2 months left to pay": past "left" too
            shown = written.quote(m.start(1), m.end(1))
            if shown[0].isupper() and not shown.isupper() and not nouns:
                break  # a new sentence
            if word not in g.lex.known_words:
                return [Problem.of("unread_words", words=shown,
                                   value=written.quote(token.start, token.end).rstrip("."))]
            if len(word) > 3:
                break
            # a little known word ("in", "en", "op") may lead to one that is not: "10 days
            # left in hospital"
    return []


def _owed_on_another_date(found: dict[str, list[Token]], dates: list[Token],
                          cuts: list[tuple[int, int]], pause_sentences: list[tuple[int, int]],
                          written_on: DateRef | None, written: str) -> list[Problem]:
    """``Renouvelé le 20/10/2025, reste 30 jours. Pause du 03/11 ...``, ``Le 01/10/2025 :
    reste 40 jours. Pause du ...``: the time left was counted on another day than the
    pause's start, in a sentence of its own. A person works out what was left then."""
    used = {t for tokens in found.values() for t in tokens}
    for token in found["remaining"] + found["classes"]:
        if _inside(token.start, pause_sentences):
            continue
        sentence = next((a, b) for a, b in cuts if a <= token.start < b)
        other = [d for d in dates if d not in used and _inside(d.start, [sentence])]
        if other or (written_on is not None and sentence[0] == 0):
            when = other[0].text if other else written_on.text
            return [Problem.of("owed_on_another_date", date=when,
                               text=written.quote(token.start, token.end).rstrip("."))]
    return []


def _units_without_amount(masked: str, written: str, tokens: list[Token],
                          sentences: list[tuple[int, int]], lex: Lexicon) -> list[Problem]:
    """``for 2 weeks and the week after``, ``+ Woche gratis``, ``quelques jours``: a unit of
    time with no number is time the note counts but does not say."""
    for hit in lex.units.find(masked):
        if (hit.concept != "class" and hit.end - hit.start > 2  # "d'", "t/m", "WK": no unit
                and _inside(hit.start, sentences)
                and not any(t.start <= hit.start < t.end for t in tokens)):
            return [Problem.of("unit_without_amount", words=written.quote(hit.start, hit.end))]
    return []


def _unread_words(masked: str, sentences: list[tuple[int, int]], lex: Lexicon
                  ) -> tuple[str, ...]:
    """Words of the sentences about the pause that the language data does not know (shown
    by ``passpause parse``; those next to a value have already sent it to review)."""
    known = lex.known_words
    words = [w for a, b in sentences for w in _WORDS.findall(masked, a, b) if w not in known
             and any(part not in known for part in w.split("'") if len(part) > 1)]
    return tuple(dict.fromkeys(words))  # "jusqu'", "l'", "aujourd'hui" are known


def _slipped_modifiers(masked: str, written: str, lex: Lexicon, lang: str) -> list[Problem]:
    """``il reste 9 jours, à vérifer``: a word that changes a value, one letter wrong, is
    that word, anywhere in the statement like the word itself (a capitalised word inside a
    sentence is a name: "Clara" is no "claro")."""
    unknown = set(_LONG_WORDS.findall(masked)) - lex.known_words
    slipped = {word: concept for word in unknown
               if (concept := lex.slipped_modifier(word, lang))}
    if not slipped:
        return []
    words: dict[str, list[str]] = {}
    for m in _LONG_WORDS.finditer(masked):
        concept = slipped.get(m.group())
        if concept is None:
            continue
        start = m.start()
        if written[start].isupper() and not _sentence_start(written, start):
            continue
        words.setdefault(concept, []).append(written.quote(start, m.end()))
    return [Problem.of(f"modifier_{concept}", words=" … ".join(dict.fromkeys(words[concept])))
            for concept in MODIFIERS if concept in words]


def _sentence_start(written: str, position: int) -> bool:
    before = written[:position].rstrip()
    return not before or before[-1] in ".!?:;\n"
