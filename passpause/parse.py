"""Pause statement text -> PauseStatement: dates, durations and their roles.

One grammar for every language: the lexicon maps each language's words to
canonical concepts (a month number, "start", "week"), and the rules below only
ever see those concepts. Nothing here names a language.
"""

from __future__ import annotations

import re
from functools import lru_cache

from text_to_num import alpha2digit

from .accounting import (_after_units, _amounts_read_whole, _blank, _modifier_problems,
                         _numbers_aside,
                         _owed_on_another_date, _pause_time_left, _slipped_modifiers,
                         _start_from_writing_date, _units_without_amount, _unread_numbers,
                         _unread_words, _writing_date)
from .find import Statement, anchors
from .lexicon import LETTER, Hit, Lexicon, alternation, normalize, phrase_key
from .models import DateRef, Duration, PauseStatement, Problem
from .tokens import (_DIGIT, _LONG_WORDS, _NO_DASH_RUN, _NO_WORD, _NOT_A_DATE, _PHRASE_END, _PRICE, _SYMBOLS,
                     _WORDS, _WORDS_ONLY, MASK, MAX_GAP, Token, Written, _identity, _inside,
                     _sentence_spans, _valid, _year)


_APOSTROPHE = re.compile(r"(?<=\w)(['\u2019])(?=\w)")


_SENTENCE_END = re.compile(r"[.;!?\n]\s")
_PHRASE_ENDS = (". ", "; ", "\n", ", ", "(")  # where a phrase about one date begins
_DAY_MONTH = re.compile(r"\d{1,2}[./-]\d{1,2}")
# where the clause of a return's verb begins: "Abo pausiert seit 03.11., Kundin kommt am"
_CLAUSE_ENDS = (". ", "; ", ", ", ": ", "(", ")", " – ", " - ", " — ", "\n")
# a label's colon or a dash right before a return's verb: the words in front of it may be
# what comes back ("Rechnung: kommt am 17.11.", "- Ersatzkarte - kommt am 17.11.")
_LABEL_BEFORE = re.compile(r"(?:^|[.;,(\n]|\s[-–—]\s)([^\d.;,(\n]*?)(?::|\s[-–—])\s*\Z")
_OWN_DATE_NEXT = re.compile(r"\s*(?:[^\W\d_]+\s+)?\d")
_DATE_DOT = re.compile(r"(?<=\d)\.(?=[ \t]+[a-zà-ÿ])")
_AFTER_VALUE_END = re.compile(r"[,:;!?\n()+]|\.(?:\s|$)|\s[-–—]\s")


_CLAUSE_END = re.compile(r"[;!?\n]|(?<!\d)\.\s")


_DIGIT_NEXT = re.compile(r"\s*\d")


_REASON_END = re.compile(r"[;\n.()]|,\s|\s(?=\d)|$")  # "wegen Grippe 03.11.-16.11."


# "3.2-16.2": dotted dates of a range, not decimals
_IN_RANGE_AFTER = re.compile(r"\s*-\s*\d{1,2}\.\d")


_IN_RANGE_BEFORE = re.compile(r"\d\.\d{1,2}\.?\s*-\s*\Z")


# Date patterns that need a month name in the text.
# a phrase's end, past the dots of dates ("Abo 14 Tage ab 03.11. pausiert")
_NO_DOT_PHRASE_END = re.compile(r"[,:;!?\n()+]")

# a unit written in full, then a full stop: the sentence ends ("3 weeks.", not "3 Wo.")
_FULL_STOP_AFTER_WORD = re.compile(r"[a-z]{4}\.\Z")

_NAMED_MONTH = frozenset({"month_range", "named", "month_day"})


class Grammar:
    """The compiled patterns of one lexicon."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        months, units = lex.month_names, alternation(lex.units.concept_of)
        ordinal = rf"(?:{lex.ordinals})?" if lex.ordinals else ""
        # "17 de junio", "19 d'octubre" (an elided joiner needs no space)
        join = rf"(?:(?:{lex.joiners})(?:\s+|(?<=')))?" if lex.joiners else ""
        weekday_plain = rf"(?:(?:{lex.weekday_names})\.?,?\s+)?"
        self.connector = rf"\.?\s*(?:{_SYMBOLS}|(?<![a-z])(?:{lex.range_to})(?![a-z]))\s*"
        # a unit ends a word: "12 T", "12T", never the "t" of "t/m"
        unit_end = r"(?:\.(?![a-z/])|(?![a-z/.]))"  # not the "t" of "t.e.m." either
        not_unit = rf"(?!\s*(?:{units}){unit_end})"
        # A pattern starts with what it needs first (a digit, a month name), never with a
        # look-behind or an optional weekday: the regex engine then skips ahead to where a
        # date can begin instead of trying every position. The weekday is looked for
        # behind a date once it is found (:attr:`weekday_before`).
        # not inside a longer number or date
        one_or_two, four, day_first = (_digit_first(r"[\d./]"), _digit_first(r"[\d./]", 3),
                                       _digit_first(r"[\d./-]"))
        day = rf"(?P<d>{one_or_two})"
        # Tried in this order; a later pattern never takes text an earlier one matched.
        self.date_patterns = [
            ("iso", rf"(?P<y>{four})-(?P<m>\d{{1,2}})-"
                    rf"(?P<d>\d{{1,2}})(?!\d)"),
            ("numeric", rf"(?P<a>{one_or_two})(?P<s>[./-])(?P<b>\d{{1,2}})"
                        rf"(?P=s)(?P<y>\d{{4}}|\d{{2}})(?!\d|[./]\d|-{_NOT_A_DATE})"),
            ("month_range", rf"(?<![a-z])(?P<mn>{months})\.?\s+(?P<d1>\d{{1,2}}){ordinal}"
                            rf"\s*(?:-|(?:{lex.range_to})(?![a-z]))\s*(?P<d2>\d{{1,2}}){ordinal}"
                            rf"(?!\d)(?:,?\s+(?P<y>\d{{4}}))?"),
            ("day_range", rf"(?P<d>{day_first}){ordinal}\.?(?={self.connector}"
                          rf"{weekday_plain}\d{{1,2}}{ordinal}\.?\s*(?:[./-]\d|{join}(?:{months})"
                          rf"(?![a-z])))"),
            ("named", rf"{day}{ordinal}\.?(?:\s*|-(?=[a-z])){join}(?P<mn>{months})"
                      rf"(?![a-z])\.?(?:(?:,?\s*|-){join}(?P<y>\d{{4}}))?(?![a-z0-9])"),
            ("numeric", rf"(?P<a>{one_or_two})(?P<s>[./-])(?P<b>\d{{1,2}})"
                        rf"(?P<dot>(?P=s)(?<=\.))?(?!\d|[./]\d){_NO_DASH_RUN}"),
            ("month_day", rf"(?<![a-z])(?P<mn>{months})\.?\s+(?P<d>\d{{1,2}}){ordinal}(?!\d)"
                          rf"{not_unit}(?:,?\s+(?P<y>\d{{4}}))?(?![\d/]|\.\d)"),
        ]
        self.date_patterns = [(kind, re.compile(p)) for kind, p in self.date_patterns]
        # "Oct 8-Oct 21": a month's name in front of the day, whose "8-Oct" is no date
        self.month_before = re.compile(rf"(?<![a-z])(?:{months})\.?\s+\Z")
        self.weekday_before = re.compile(
            rf"(?<![a-z0-9])(?P<wd>{lex.weekday_names})\.?,?\s+\Z")
        self.duration = re.compile(
            rf"(?P<n>\d(?<![\d.,/]\d)\d{{0,2}})(?![.,/]\d)\s*(?P<u>{units}){unit_end}"
        )
        self.range_gap = re.compile(self.connector)
        # Numbers a pause sentence may hold that are no value: times of day (the language
        # files' clock words), prices, phone and file numbers.
        after, before = lex.clock_after, lex.clock_before
        self.not_a_value = re.compile(
            rf"\+?\d[\d ./-]{{7,}}\d|\d{{1,2}}[.:h]\d{{2}}(?:\s*(?:{after})(?![a-z]))?"
            rf"|\d{{1,2}}\s*(?:{after})(?![a-z])(?:\d{{2}})?|{_PRICE}|\d{{5,}}"
            rf"|(?<![a-z])(?:{before})\s+\d{{1,2}}(?:[.:h]\d{{2}})?\b")
        # after a day name, a time of day (the clock words of the language files): a class,
        # "mardi 18h30", "Di 19.30 Uhr", "Tue at 7pm", "lun. 18:00", never a pause date
        self.class_time = re.compile(
            rf"\.?,?\s*(?:(?:{before})\s+\d{{1,2}}(?:[:h.]\d{{2}})?(?![\d/]|\.\d|\s*(?:{units}))"
            rf"|\d{{1,2}}(?:[:h]\d{{2}}|\.\d{{2}}\s*(?:{after})|\s*(?:{after})(?![a-z])))")
        # "ore 18.30", "a les 18.30": a clock's word in front, a time (18.30 is no date)
        self.clock_word_before = re.compile(rf"(?<![a-z])(?:{before})\s*\Z" if before
                                            else r"(?!x)x")
        # after "10.5" or "12.30": a price or a time, never a date
        self.not_a_date = re.compile(rf"\s*(?:€|eur\b|chf\b|\$|£|%|(?:{after})(?![a-z]))|:\d")
        # per text2num language, the words the language data knows that it reads as numbers
        # ("un", "quinze"); worked out when a note of that language first comes
        self._number_like: dict[str, frozenset[str]] = {}
        # per text2num language and word, whether text2num reads the word alone as an
        # ordinal ("prima" -> "1ª"): "(prima fino al 30/06)" is "before", not "1st"
        self._ordinal: dict[tuple[str, str], bool] = {}
        # the words of "13 jours restants", "12 days left": the value's own keyword
        self.after_words = frozenset(w for p in lex.remaining_after.concept_of
                                     for w in re.findall(LETTER + "+", p))
        self.join_gap = re.compile(rf"\s*(?:,|(?<![a-z])(?:{lex.conjunctions})(?![a-z]))?\s*")
        # "1 mois et 5 jours" is one duration; "2 months, 4 months left" is two
        self.conjunction_gap = re.compile(
            rf"\s*(?<![a-z])(?:{lex.conjunctions})(?![a-z])\s*")
        self.alternatives = re.compile(
            rf"\d\s*(?:[a-z]+\s*)?(?<![a-z0-9])(?:{lex.alternatives})(?![a-z])\s*\d")  # not 19u30
        self.filler = re.compile(rf"(?<![a-z])(?:{lex.fillers})(?![a-z])") if lex.fillers else None
        # ", puis ", " i després ": the next end of an extension replaces the one before
        then = rf"[\s,;:–-]*(?<![a-z])(?:{lex.then})(?![a-z])[\s,;:–-]*"
        self.then_gap = re.compile(then if lex.then else r"(?!x)x")
        # ("and then to 16 Nov": a range's "to" stands for the end's keyword)
        self.then_to_gap = re.compile(rf"{then}(?<![a-z])(?:{lex.range_to})(?![a-z])\s*"
                                      if lex.then and lex.range_to else r"(?!x)x")
        self.alternative_alone = re.compile(f"(?:{lex.alternatives})" if lex.alternatives
                                            else r"(?!x)x")
        # "a week", "eine Woche", "onze dies": the words for one (and, for a language
        # text2num does not know, for up to thirty-one), in front of a unit of their own
        # language
        self.one: dict[str, re.Pattern] = {}
        self.number_of: dict[str, dict[str, str]] = {}
        for code, language in lex.languages.items():
            numbers = {normalize(w): "1" for w in language.data["fields"]["one"]}
            for value, words in enumerate(language.data["language"]["spelled_numbers"], 1):
                numbers.update((normalize(w), str(value)) for w in words
                               if len(w) >= len(str(value)))  # offsets are kept
            own_units = [u for units in language.data["units"].values() for u in units]
            if numbers:
                self.number_of[code] = numbers
                self.one[code] = re.compile(
                    rf"(?<![a-z-])(?:{alternation(numbers)})(?=\s+(?:"
                    rf"{alternation(normalize(u) for u in own_units)})(?![a-z]))")
        # two-letter weekday abbreviations ("do", "so") are ordinary words on their own
        long_weekdays = alternation(w for w in lex.weekday_of if len(w) >= 3)
        self.month_or_weekday = re.compile(
            rf"(?<![a-z0-9])(?:{months}|{long_weekdays})(?![a-z0-9])")
        # (or a range's "to": "du premier au 15 décembre")
        self.month_first_word = re.compile(
            rf"\s+(?:{join}(?:{months})(?![a-z])"
            rf"|(?:{lex.range_to})\s+(?:\d{{1,2}}(?![\d./-])|{LETTER}))")
        # ("1er sept.": the ordinal's letters may stand between, "sept" is no seven)
        self.month_after_day = re.compile(rf"\d{ordinal}\.?\s*{join}({months})(?![a-z])")
        self.parens = re.compile(r"\(([^()]{1,120})\)")
        # "1,5 semaines" (a fraction), "2-3 semaines" (two possible amounts)
        self.odd_amount = re.compile(
            rf"\d(?<![\d.,/]\d)\d{{0,2}}(?:(?P<fraction>[.,]\d{{1,2}})|\s*[-/]\s*\d{{1,3}})"
            rf"\s*(?:{units}){unit_end}")
        # "abonnement 3 mois", "abonnement de 3 mois", "Abo von 3 Monaten"
        # (after a joiner, only when the product's name ends there: "Pausa abbonamento di 2
        # settimane dal 17/11" is a pause of two weeks)
        self.product_size = re.compile(
            rf"[\s-]*(?:(?<![a-z])(?:{lex.joiners})\s+(?=\d{{1,3}}[\s-]*(?:{units}){unit_end}"
            rf"\s*[,.;]))?\d{{1,3}}[\s-]*(?:{units}){unit_end}")
        short = alternation(p for p, c in lex.units.concept_of.items()
                            if c in ("day", "week", "fortnight"))
        self.short_size = re.compile(rf"[\s-]*\d{{1,3}}[\s-]*(?:{short}){unit_end}")
        month = alternation(p for p, c in lex.units.concept_of.items() if c == "month")
        self.month_size = re.compile(rf"[\s-]*\d{{1,3}}[\s-]*(?:{month}){unit_end}")
        # "l'abonnement de 3 mois à partir du 01/09": a three-month pass, or paused for three?
        self.joined_month_size = re.compile(
            rf"\s+(?:{lex.joiners})\s+\d{{1,3}}[\s-]*(?:{month}){unit_end}" if lex.joiners
            else r"(?!x)x")
        # "Días restantes: 14", "jours restants : 4", "remaining days: 14": the unit in front
        # of the number, as a form's label; read as "14 Días restantes"
        remaining = alternation(list(lex.remaining_after.concept_of)
                                + [p for p in lex.duration_keywords.concept_of
                                   if lex.duration_keywords.concept_of[p] == "remaining_before"])
        # (never a price: "les semaines restantes 20 € chacune")
        # (nor the first of two: "Días restantes: 12 a 15")
        others = "|".join(p for p in (lex.range_to, lex.alternatives) if p)
        amount = (rf"(?P<n>\d{{1,3}})(?![\d.,/]|\s*(?:{units}){unit_end}|\s*[./-]\d"
                  rf"|\s*(?:€|eur\b|euros?\b|chf\b|fr\.|\$|£|%|,-)"
                  rf"|\s*(?:-|(?<![a-z])(?:{others})(?![a-z]))\s*\d)")
        self.unit_first_label = re.compile(
            rf"(?<![a-z0-9])(?:(?P<u>{units})\s+(?P<k>{remaining})\s*[:=]?"
            rf"|(?P<k2>{remaining})\s+(?P<u2>{units})\s*[:=])\s*{amount}")


    # -- tokens ---------------------------------------------------------------------------

    def dates(self, text: str, *, month_first: bool, named: bool | None = None
              ) -> tuple[list[Token], list[Problem]]:
        """The dates of ``text``; ``named`` says whether it holds a month or weekday name,
        when the caller knows."""
        taken: list[tuple[int, int]] = []
        tokens: list[Token] = []
        problems: list[Problem] = []
        if named is None:
            named = self.month_or_weekday.search(text) is not None
        for kind, regex in self.date_patterns:
            if kind in _NAMED_MONTH and not named:
                continue  # most notes write dates in digits: spare three searches
            for m in regex.finditer(text):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                if kind == "named" and self._amount_not_date(m, text):
                    continue
                wd = self._weekday(text, m.start())
                start = wd.start() if wd else m.start()
                made = self._date_tokens(kind, m, start, wd, text, month_first)
                if made is None:
                    continue
                taken.append((start, m.end()))
                if isinstance(made, Problem):
                    problems.append(made)
                else:
                    tokens += made
        tokens.sort(key=lambda t: t.start)
        return self._link_ranges(tokens, text), problems

    def _amount_not_date(self, m: re.Match, text: str) -> bool:
        """``restano 2 sett.``, ``pausa 3 sett. dal 18/01``: a unit that is also a month's
        abbreviation (``sett.``: settimane, settembre) is a duration, unless a date keyword
        stands in front (``dal 2 sett.``)."""
        if m.group("y") or phrase_key(m.group("mn").rstrip(".")) not in self.lex.units.concept_of:
            return False
        if _nearest(self.lex.duration_keywords.find(text), m.start(), text, self):
            return True  # "per 2 sett." ("per" is also a Dutch start keyword)
        return _nearest(self.lex.date_keywords.find(text), m.start(), text, self) is None

    def _weekday(self, text: str, start: int) -> re.Match | None:
        """``lundi 17/11``, ``Mo., 3.11.``: the weekday written in front of a date."""
        if start < 3 or not text[start - 1].isspace():
            return None
        return self.weekday_before.search(text, max(0, start - 20), start)

    def _date_tokens(self, kind, m, start, wd, text, month_first):
        """The tokens of one match (``start``: its weekday's, if one is written), None when
        it is no date after all, or a Problem."""
        g = m.groupdict()
        weekday = self.lex.weekday_of.get(wd.group("wd").rstrip(".")) - 1 if wd else None
        written = text[start:m.end()].strip()
        year = _year(g.get("y"))
        if kind == "iso":
            day, month = int(g["d"]), int(g["m"])
        elif kind == "numeric":
            a, b = int(g["a"]), int(g["b"])
            if a > 31 or b > 31 or a == 0 or b == 0:
                return None  # a price, a score, a phone fragment
            decimal = (g["s"] == "." and len(g["b"]) == 1 and not g.get("dot")
                       and not _IN_RANGE_AFTER.match(text, m.end())
                       and not _IN_RANGE_BEFORE.search(text, 0, start))
            if year is None and (decimal or self.not_a_date.match(text, m.end())):
                return None  # 10.5 of something, 12.50 €, 12.30 h
            day, month = (b, a) if month_first else (a, b)
            if year is None and month > 12 and a <= 23 and len(g["b"]) == 2 \
                    and self.clock_word_before.search(text, max(0, start - 12), start):
                return None  # "Corso del martedì ore 18.30."
        elif kind == "month_range":
            month = self.lex.month_of[g["mn"].rstrip(".")]
            first = DateRef(int(g["d1"]), month, year, written, weekday)
            second = DateRef(int(g["d2"]), month, year, written)
            for ref in (first, second):
                if not _valid(ref):
                    return Problem.of("impossible_date", text=written)
            split = m.start("d2")
            return [Token("date", start, split, first, written, links_next=True),
                    Token("date", split, m.end(), second, written)]
        elif kind == "day_range":
            ref = DateRef(int(g["d"]), 0, None, written, weekday)
            return [Token("date", start, m.end(), ref, written, partial=True, links_next=True)]
        else:
            if kind == "named" and "-" in text[m.end("d"):m.start("mn")] \
                    and self.month_before.search(text, max(0, start - 12), start):
                return None  # "Oct 8-Oct 21, 2029": two dates written month first
            day, month = int(g["d"]), self.lex.month_of[g["mn"].rstrip(".")]
        ref = DateRef(day, month, year, written, weekday)
        if not _valid(ref):
            return Problem.of("impossible_date", text=written)
        return [Token("date", start, m.end(), ref, written)]

    def _link_ranges(self, tokens: list[Token], text: str) -> list[Token]:
        """Join ``17/06 - 15/07/2025`` and give ``du 17 au 30 juin`` its month."""
        out: list[Token] = []
        for index, token in enumerate(tokens):
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            linked = following is not None and (
                token.links_next or self.range_gap.fullmatch(text, token.end, following.start)
            )
            if token.partial:
                if not linked or following.partial:
                    continue  # a lone day number is no date
                ref = token.value
                token = Token("date", token.start, token.end,
                              DateRef(ref.day, following.value.month, following.value.year,
                                      token.text, ref.weekday), token.text)
                if not _valid(token.value):
                    continue
            out.append(Token(token.kind, token.start, token.end, token.value, token.text,
                             links_next=bool(linked)))
        return out

    def durations(self, text: str, dates: list[Token]) -> list[Token]:
        tokens: list[Token] = []
        for m in self.duration.finditer(text):
            if any(d.start < m.end() and m.start() < d.end for d in dates):
                continue
            unit = self.lex.units.concept_of[phrase_key(m.group("u"))]
            n = int(m.group("n"))
            if unit == "class":
                tokens.append(Token("classes", m.start(), m.end(), n, m.group().rstrip(".")))
                continue
            value = {"day": Duration(days=n), "week": Duration(days=7 * n),
                     "fortnight": Duration(days=14 * n), "month": Duration(months=n)}[unit]
            previous = tokens[-1] if tokens else None
            if (previous and previous.kind == "time" and _smaller(value, previous.value)
                    and (self.conjunction_gap.fullmatch(text, previous.end, m.start())
                         or not text[previous.end:m.start()].strip())):  # "1 mois 10 jours"
                tokens[-1] = Token("time", previous.start, m.end(), previous.value + value,
                                   text[previous.start:m.end()])
            else:
                tokens.append(Token("time", m.start(), m.end(), value, m.group().rstrip(".")))
        return tokens

    def joined(self, text: str, start: int, end: int) -> bool:
        """Whether two values are one list: ``3 séances et 40 jours``, ``6 clases del bono y
        25 días`` (a product name or filler words may stand between)."""
        gap = text[start:end].replace(MASK, " ")
        if self.filler:
            gap = self.filler.sub(" ", gap)
        return self.join_gap.fullmatch(gap) is not None

    def close(self, gap: str) -> bool:
        """Whether a keyword and a value are close enough to belong together (one word
        may stand between them; :meth:`unread` says which, so that it is never skipped)."""
        if _NO_WORD.fullmatch(gap):
            return True  # the usual gap: a space, a colon
        if _DIGIT.search(gap):
            return False
        return len(self.unread(gap)) <= 1

    def unread(self, gap: str) -> list[str]:
        """The words of ``gap`` that are not filler words (nor an elided ``d'``, ``l'``)."""
        if len(gap) < 2 or _NO_WORD.fullmatch(gap):
            return []  # the usual gap: a space, a colon
        words = [w for w in _WORDS.findall(gap) if len(w.rstrip("'")) > 1]
        if self.filler:
            words = [w for w in words if not self.filler.fullmatch(w)]
        return words

    def no_number_words(self, norm: str, number_words: str) -> bool:
        """Whether every word of ``norm`` is one the language data knows and none of them is
        a number word: then text2num has nothing to do (most notes write digits)."""
        words = set(_WORDS_ONLY.findall(norm))
        if not words <= self.lex.known_words:
            return False
        numbers = self._number_like.get(number_words)
        if numbers is None:
            numbers = self._number_like[number_words] = frozenset(
                w for w in self.lex.known_words if _spells_a_number(w, number_words))
        return not words & numbers

    def ordinal(self, word: str, number_words: str) -> bool:
        key = (word, number_words)
        found = self._ordinal.get(key)
        if found is None:
            try:
                read = alpha2digit(word, number_words, threshold=0)
            except Exception:  # noqa: BLE001 - text2num on odd text is never worth a crash
                read = word
            found = self._ordinal[key] = read != word and _ORDINAL.fullmatch(read) is not None
        return found

    def alternative_word(self, words: list[str]) -> bool:
        """Whether one of ``words`` offers another value: "oder", "oppure", "or"."""
        return any(self.alternative_alone.fullmatch(word) for word in words)

    def unit_first(self, text: str) -> str:
        """``Días restantes: 14`` -> ``14 Días restantes``, ``noch Tage: 14`` -> ``noch 14
        Tage``: a label's unit moved behind its number, its keyword where it is read."""
        norm = normalize(text)
        if not any(ch.isdigit() for ch in norm) or not self.unit_first_label.search(norm):
            return text
        pieces, last = [], 0
        for m in self.unit_first_label.finditer(norm):
            n, unit, word = (text[m.start(g):m.end(g)] for g in
                             ("n", "u" if m.group("u") else "u2", "k" if m.group("k") else "k2"))
            after = phrase_key(m.group("k") or m.group("k2")) in self.lex.remaining_after.concept_of
            moved = f"{n} {unit} {word}" if after else f"{word} {n} {unit}"
            pieces += [text[last:m.start()], moved]
            last = m.end()
        return "".join(pieces) + text[last:]

    def spell_one(self, work: str, lang: str) -> str:
        """``a week`` -> ``1 week``, ``dues setmanes`` -> ``2 setmanes``, keeping every
        offset (the number is padded with spaces)."""
        regex = self.one.get(lang)
        if regex is None:
            return work
        numbers = self.number_of[lang]
        return regex.sub(lambda m: numbers[m.group()].ljust(len(m.group())), work)


@lru_cache(maxsize=4)
def grammar(lex: Lexicon) -> Grammar:
    return Grammar(lex)


def _spells_a_number(word: str, number_words: str) -> bool:
    try:
        return alpha2digit(word, number_words, threshold=0) != word
    except Exception:  # noqa: BLE001 - text2num on odd text is never worth a crash
        return True


def _digit_first(not_after: str, more: int = 1) -> str:
    """A number of up to ``more`` + 1 digits, not written right after ``not_after`` (the
    look-behind stands after the first digit, so the pattern starts with a digit)."""
    rest = rf"\d{{{more}}}" if more > 1 else r"\d?"
    return rf"\d(?<!{not_after}\d){rest}"


def _smaller(value: Duration, previous: Duration) -> bool:
    """Compound durations go from the larger unit down: months, then weeks or days."""
    return (previous.months and not value.months) or (
        not previous.months and not value.months and previous.days % 7 == 0
        and value.days < 7)


def detect_language(norm: str, lex: Lexicon, default: str = "") -> str:
    """The language most of the statement's known words belong to. A tie goes to
    ``default`` (the export's headers), then to the language whose words cover more of
    the text (``restano`` over ``resta``), and only then to the first code."""
    votes: dict[str, list[int]] = {}
    for match in lex.voter.finditer(norm):
        for code in lex.languages_voting(match.group()):
            vote = votes.setdefault(code, [0, 0])
            vote[0] += 1
            vote[1] += match.end() - match.start()
    if not votes:
        return default or next(iter(lex.languages))
    most = max(count for count, _ in votes.values())
    tied = [code for code, (count, _) in votes.items() if count == most]
    if default in tied:
        return default
    return min(tied, key=lambda code: (-votes[code][1], code))


def spell_numbers(text: str, norm: str, number_words: str, g: Grammar) -> str:
    """``deux semaines`` -> ``2 semaines`` with text2num, for languages it knows.

    A month name after a day keeps its word: ``17 sept.`` is September, not seven.
    ``norm`` is ``text`` normalized (same offsets).
    """
    if not number_words or g.no_number_words(norm, number_words):
        return text
    kept: list[str] = []
    pieces: list[str] = []
    last = 0
    # a month after a day, a word that changes a value ("unos 10 días": about ten), and an
    # ordinal not in front of a month ("prima fino al": before; "premier décembre" is a date)
    spans = sorted([m.span(1) for m in g.month_after_day.finditer(norm)]
                   + [(h.start, h.end) for h in g.lex.modifiers.find(norm)
                      if not any(ch.isdigit() for ch in h.text)]
                   + [m.span() for m in _WORDS_ONLY.finditer(norm)
                      if g.ordinal(m.group(), number_words)
                      and not g.month_first_word.match(norm, m.end())
                      and not g.month_before.search(norm, max(0, m.start() - 12), m.start())])
    for start, end in spans:
        if start < last:
            continue
        kept.append(text[start:end])
        pieces += [text[last:start], f"MONTH{len(kept) - 1}X"]
        last = end
    protected = "".join(pieces) + text[last:]
    if "'" in protected or "\u2019" in protected:
        protected = _APOSTROPHE.sub(r"\1 ", protected)
    if "-" in protected:
        protected = _NUMBER_PAIR.sub(lambda m: _number_pair(m, number_words), protected)
    try:
        converted = alpha2digit(protected, number_words, threshold=0)
    except Exception:  # noqa: BLE001 - text2num on odd text is never worth a crash
        return text
    if not kept:
        return converted
    return _KEPT.sub(lambda m: kept[int(m.group(1))], converted)


def _read_slips(text: str, norm: str, lex: Lexicon, lang: str
                ) -> tuple[str, tuple[tuple[str, str], ...]]:
    """``12 days remaning``, ``qeudan 12 días``, ``sur l'abonement``: each word that
    misspells one naming a value, a unit or a product by one letter is read as that word.
    Returns the text with those words replaced and each (written, read) pair, for the
    record's warning. ``norm`` is ``text`` normalized (same offsets)."""
    pieces: list[str] = []
    slips: list[tuple[str, str]] = []
    last = 0
    for m in _LONG_WORDS.finditer(norm):
        meant = lex.slipped_word(m.group(), lang)
        if meant is None:
            continue
        shown = text[m.start():m.end()]
        pieces += [text[last:m.start()], meant.capitalize() if shown[0].isupper() else meant]
        slips.append((shown, meant))
        last = m.end()
    if not slips:
        return text, ()
    return "".join(pieces) + text[last:], tuple(slips)


_KEPT = re.compile(r"MONTH(\d+)X")
_ORDINAL = re.compile(r"\d+\D{1,3}")


_NUMBER_PAIR = re.compile(r"(?<![\w-])([^\W\d_]+)-([^\W\d_]+)(?![\w-])")


def _number_pair(m: re.Match, number_words: str) -> str:
    """``dix-huit``, ``twenty-one`` -> ``18``, ``21``: one number written in two words;
    ``zwei-drei Wochen`` -> ``2-3 Wochen``: two amounts, never the second alone."""
    try:
        whole = alpha2digit(" ".join(m.groups()), number_words, threshold=0)
        if whole.isdigit():
            return whole
        pair = [alpha2digit(word, number_words, threshold=0) for word in m.groups()]
    except Exception:  # noqa: BLE001 - text2num on odd text is never worth a crash
        return m.group()
    return "-".join(pair) if all(p.isdigit() for p in pair) else m.group()


def said_above(norm: str, text: str, begin: int, lex: Lexicon) -> str:
    """The words of a reactivation or of a word that changes a value (cancelled, doubt …)
    written above the note's first pause statement; "" when there are none."""
    if begin == 0:
        return ""
    above = norm[:begin]
    hits = list(lex.closed_markers(above)) + [
        h for h in lex.modifiers.find(above)  # a word: "Allergies ?" is no doubt
        if any(ch.isalpha() for ch in h.text or norm[h.start:h.end])] + [
        # a resume, an end or an amount owed: "Kommt erst am 01.12.", "Noch 5 Tage."
        h for h in lex.date_keywords.find(above) + lex.duration_keywords.find(above)
        if h.concept in ("resume", "end", "extended", "remaining_before")]
    return " … ".join(dict.fromkeys(text[h.start:h.end] for h in sorted(hits)))


def dated_other_sense(norm: str, text: str, lex: Lexicon) -> str:
    """A pause word in another sense (``Zahlung pausiert``, ``kurze Pause``) with a date in
    its sentence: "Abo und Zahlung pausiert ab 03.11." may pause the pass too. Returns
    the words, for a person to decide; "" when there is none (a lunch break's hours,
    "Mittagspause 12-13 Uhr", are no date)."""
    g = grammar(lex)
    for other in lex.not_pause.find(norm):
        cut = _OWN_SENTENCE_END.search(text, other.end)
        end = cut.start() if cut else len(norm)
        keywords = lex.date_keywords.find(norm[other.start:])
        events = [h for h in keywords if h.concept == "other_date"]
        pause = [h for h in keywords if h.concept in ("start", "end", "resume", "extended")]
        for d in g.dates(norm[other.start:], month_first=False)[0]:
            if any(0 <= d.start - h.end <= 12 for h in events):
                continue  # "paiement du 05/04": another event's
            # in its sentence, or a pause's own date further on ("Zahlung pausiert. Abo
            # ebenfalls ab 03.11.")
            if d.start < end - other.start or any(0 <= d.start - h.end <= 3 for h in pause):
                return text[other.start:other.end]
    return ""


# its sentence (a full stop after a number ends it when a capital follows: "um 12:15.
# Geburtstag"): "Kurze Pause wegen Urlaub, zurück am 01.12."
_OWN_SENTENCE_END = re.compile(r"[;!?\n]|\.(?=\s|$)(?<!\d\.)|\.\s+(?=[A-ZÀ-Ý])")


def parse_statement(comment: str, norm: str, statement: Statement, lex: Lexicon, *,
                    month_first: bool = False, default_lang: str = "") -> list[PauseStatement]:
    """The statements one pause note makes: one, or one per product when a note pauses two
    products at once and says what is left on each."""
    begin, end = statement.span
    original = comment[begin:end]
    lang = detect_language(norm[begin:end], lex, default_lang)
    g = grammar(lex)
    fixed, word_slips = _read_slips(original, norm[begin:end], lex, lang)
    written = Written(g.unit_first(spell_numbers(
        fixed, normalize(fixed) if word_slips else norm[begin:end],
        lex.language(lang).number_words, g)), original)
    work = g.spell_one(normalize(written), lang)

    masked, products, reason, asides, sized, size_questions = _mask_asides(written, work, lex, g)
    written_on, masked = _writing_date(written, masked, month_first, lex)
    closed = bool(lex.closed_markers(masked))
    pauses = anchors(work, lex)
    anchor = (pauses[0].start, pauses[0].end) if pauses else (0, 0)

    names = list(g.month_or_weekday.finditer(masked))
    dates, problems = g.dates(masked, month_first=month_first, named=bool(names))
    closed_on = _closed_on(masked, dates, lex, g) if closed else None
    problems += sized
    cuts = _sentence_spans(written, lex.abbreviations)
    sentences = sentences_of_pause = _pause_sentences(cuts, pauses)
    times = g.durations(masked, dates)
    problems += _vague_dates(masked, written, names, dates + times, lex, g, sentences)
    if g.alternatives.search(masked):
        problems.append(Problem.of("uncertain_note"))  # "13 ou 15 jours"
    modifiers = tuple(h for h in lex.modifiers.find(work)
                      if not _relative_in_reason(h, work, lex, g)
                      and not _return_after_pause(h, masked, dates, lex, g))
    found, is_range, assumed, more, elsewhere = _assign(
        masked, written, anchor, dates, times, lex, g, sentences, {hit.text for hit in modifiers})
    problems += more
    # a product's size in months, or the pause's length? Asked unless the pause has an end of
    # its own ("Abo 3 Monate pausiert ab 03.11." asks; "… vom 03.11. bis 16.11." does not)
    problems += [question for question, settled_by in size_questions
                 if not any(found[role] for role in settled_by)][:1]
    open_ended = lex.open_ended.find(work)
    if open_ended and any(found[role] for role in ("end", "resume", "extended", "length")):
        # "du 03/11 au 17/11 (jusqu'à nouvel avis)": an end, and none
        problems.append(Problem.of("open_and_end",
                                   words=written.quote(open_ended[0].start, open_ended[0].end)))
    extension = [h for h in lex.date_keywords.find(masked) if h.concept == "extended"]
    if extension and not found["extended"] and not any(
            p.code == "modifier_settled" for p in more):  # "(prolongée)": until when?
        problems.append(Problem.of("extension_without_date",
                                   words=written.quote(extension[0].start, extension[0].end)))
    # words that change a value come first: they are the reason a person reads first. They
    # count anywhere in the statement ("... il reste 9 jours\nà vérifier"), and a number
    # anywhere in a sentence that holds a value or the pause word
    worded: list[Problem] = []
    today = _modifier_problems(modifiers, written, [(0, len(written))], worded)
    # (a sentence about another event is none: "Paiement 2e échéance reçu le 10/06.")
    sentences = _value_sentences(cuts, sentences, [t for t in dates + times if t not in elsewhere])
    worded += _amounts_read_whole(masked, written, times, g)
    problems[:0] = worded
    if today and written_on is not None and not closed:
        _start_from_writing_date(found, written_on, today, problems)
    elif today:
        problems.append(Problem.of("modifier_relative", words=today))
    problems += _unread_numbers(masked, written, sentences, dates + times, g)
    problems += _numbers_aside(work, written, asides, products, g)
    problems += _after_units(masked, written, times, g, lang)
    problems += _units_without_amount(masked, written, dates + times, sentences, lex)
    problems += _pause_time_left(masked, written, found["remaining"], pauses, g)
    problems += _owed_on_another_date(found, dates, cuts, sentences_of_pause, written_on,
                                      written)
    unread = _unread_words(masked, sentences, lex)
    problems[:0] = _slipped_modifiers(masked, written, lex, lang)
    statements = []
    for product, owned, more in _split_by_product(found, products, masked, written, g,
                                                 _pause_clauses(masked, sentences_of_pause,
                                                                pauses, g)):
        fields, ambiguous = _values(owned)
        trouble = list(dict.fromkeys(ambiguous + more + problems))
        if not closed and not any(fields.values()) and not trouble:
            trouble.append(Problem.of("no_details"))
        statements.append(PauseStatement(
            text=original, span=statement.span, lang=lang,
            start=fields["start"], end=fields["end"], resume=fields["resume"],
            original_end=fields["original_end"], extended=fields["extended"],
            written_on=written_on, planned=bool(lex.planned.find(work)), is_range=is_range,
            length=fields["length"], remaining=fields["remaining"],
            remaining_classes=fields["classes"],
            product=written.quote(product.start, product.end) if product else "",
            product_kind=product.concept if product else "",
            reason=reason, closed=closed, closed_on=closed_on, problems=tuple(trouble),
            read=tuple(role for role, tokens in owned.items() if tokens and role not in assumed),
            assumed=tuple(role for role in assumed if owned.get(role)),
            unread=unread,
            slip=next((written.quote(p.start, p.end) for p in pauses if p.concept == "slip"), ""),
            word_slips=word_slips,
        ))
    return statements


def _vague_dates(text: str, written: str, names: list[re.Match], dates: list[Token],
                 lex: Lexicon, g: Grammar, sentences: list[tuple[int, int]]) -> list[Problem]:
    """"bis Ende Juni", "jusqu'à mi-juillet", "from Monday", "Pause im Jänner": no calendar
    date, so a person decides (never the as-of date standing in for it). A month without a
    day is never a date, wherever it stands in a sentence about the pause."""
    keywords = lex.date_keywords.find(text)
    for hit in lex.holidays.find(text):
        # "bis Weihnachten", "(til Christmas)": a feast after a date's keyword ("(Ostern)"
        # alone is the pause's reason)
        keyword = _nearest(keywords, hit.start, text, g)
        if _inside(hit.start, sentences) and keyword and keyword.end <= hit.start \
                and keyword.concept in ("start", "end", "resume", "extended") \
                and not _DIGIT.search(text, keyword.end, hit.start) \
                and g.close(text[keyword.end:hit.start]):
            return [Problem.of("vague_date", text=written.quote(keyword.start, hit.end))]
    for match in names:
        if any(t.start <= match.start() < t.end for t in dates):
            continue
        if any(k.start <= match.start() < k.end for k in keywords):
            continue  # "dès le" is no "des." (desembre)
        if not _inside(match.start(), sentences):
            continue  # "Cours du jeudi 19h. Pause du ...": another sentence's business
        if g.class_time.match(text, match.end()):
            continue  # "cours du mardi 18h30", "Di 19 Uhr": when a class is, not a date
        keyword = _nearest(keywords, match.start(), text, g)
        if keyword:
            return [Problem.of("vague_date", text=written.quote(keyword.start, match.end()))]
        if text.startswith(":", match.end()) and text[:match.start()].rstrip()[-1:] in (
                "", ".", ";", "\n") and _entry_has_date(text, match.end(), dates):
            continue  # "Octubre: pausa 05/10 ... Gener: en pausa del 22/01": an entry's label
        # three-letter names ("may", "mar") are also ordinary words
        if len(match.group()) > 3 and match.group() in lex.month_of:
            return [Problem.of("vague_date", text=written.quote(match.start(), match.end()))]
    return []


def _entry_has_date(text: str, start: int, dates: list[Token]) -> bool:
    """Whether a date of its own is written in the sentence that begins at ``start``."""
    cut = _SENTENCE_END.search(text, start)
    end = cut.start() if cut else len(text)
    return any(start <= t.start < end and t.kind == "date" for t in dates)


def _split_by_product(found: dict[str, list[Token]], products: list[Hit], text: str,
                      written: str, g: Grammar, sentences: list[tuple[int, int]]):
    """Two products paused at once, each with what is left on it: one group per product.

    Each amount owed (or a list of them, "4 cours et 30 jours") and each original end
    ("valable jusqu'au") goes to the product named right after it ("sur le carnet"), else
    right before it ("carnet : 4 cours"), else the nearest; the pause dates are shared. A
    product left with nothing owed goes to review.
    """
    groups = _product_groups(products, text, g)
    denied = [m for m in products if set(_words_before(m, text, g)[-2:]) & g.lex.not_product]
    if denied:
        # "…, but not the class pack (valid until …)", "No solo el abono, también el bono":
        # which product owes what, a person decides
        names = " / ".join(written.quote(group[0].start, group[0].end) for group in groups)
        return [(groups[0][0], found, [Problem.of("products_share_amount", words=names)])]
    owed = sorted(found["remaining"] + found["classes"] + found["original_end"],
                  key=lambda t: t.start)
    # a product named only outside the sentences about the pause, while another is named
    # inside them, is not paused: "Heeft ook een rittenkaart. Maandabonnement gepauzeerd"
    # (a product said not to be paused is not: "class pack not paused (valid until …)")
    negated = [h for h in g.lex.not_pause.find(text)]
    paused = [any(_inside(m.start, sentences) for m in group)
              and not any(0 <= h.start - m.end <= 3 and not text[m.end:h.start].strip()
                          for m in group for h in negated)
              and not (index and _another_product(group[0], text, g))
              for index, group in enumerate(groups)]
    if any(paused) and len(owed) < 2:
        # a value in a sentence of the product not paused is that product's: "Monthly pass
        # paused 03/11 - 16/11. New pass valid until 31/12."
        theirs = {t for t in owed if not _inside(t.start, sentences) and any(
            not _SENTENCE_END.search(text, *sorted((m.end, t.start)))
            for group, inside in zip(groups, paused) if not inside for m in group)}
        if theirs:
            found = {role: [t for t in tokens if t not in theirs]
                     for role, tokens in found.items()}
        groups = [group for group, inside in zip(groups, paused) if inside]
        paused = [True] * len(groups)
    kinds = {group[0].concept for group in groups}
    another = any(_another_product(group[0], text, g) for group in groups[1:])
    if len(kinds) > 1 and len(owed) < len(kinds) or another and len(owed) < len(groups):
        # ("Monatskarte pausiert …. Neue Monatskarte gültig bis 31.12.": which one's?)
        # "Pass mensuel + carnet en pause ..., reste 12 jours": whose 12 days?
        names = " / ".join(written.quote(group[0].start, group[0].end) for group in groups)
        return [(groups[0][0], found, [Problem.of("products_share_amount", words=names)])]
    if len(groups) < 2 or len(owed) < 2:
        return [(groups[0][0] if groups else None, found, [])]
    owner: dict[Token, int] = {}  # tokens are values: a position makes each one unique
    for items in _lists(owed, text, g):
        mention = _owning_mention(items, [m for group in groups for m in group], text, g)
        if mention is None:
            # "Monatsabo und 10er-Karte pausiert ..., noch 12 Tage und 4 Einheiten": whose?
            names = " / ".join(written.quote(group[0].start, group[0].end) for group in groups)
            return [(groups[0][0], found, [Problem.of("products_share_amount", words=names)])]
        index = next(i for i, group in enumerate(groups) if mention in group)
        owner.update({t: index for t in items})
    # "Pass mensuel : reste 12 jours. Carnet en pause du ...": only the pack is paused
    split = []
    for index, group in enumerate(groups):
        mine = [t for t in owed if owner[t] == index]
        more = [] if paused[index] or not any(paused) else [
            Problem.of("product_not_paused", words=written.quote(group[0].start, group[0].end))]
        split.append((group[0], {**found,
                                 "remaining": [t for t in mine if t.kind == "time"],
                                 "classes": [t for t in mine if t.kind == "classes"],
                                 "original_end": [t for t in mine if t.kind == "date"]},
                      more))
    return split


def _product_groups(products: list[Hit], text: str, g: Grammar) -> list[list[Hit]]:
    """Mentions of the same product together: "pass mensuel" ... "le pass", and "10-class
    pass" ... "pass valid until" (a word of the name said again in the same sentence, when
    no product of that word's own kind is named). A mention after a word the language
    data does not know, or one that makes it another product ("New pass valid until",
    "her other pass"), is another product."""
    groups: list[list[Hit]] = []
    for hit in products:
        before = _WORDS.findall(text, max(0, hit.start - MAX_GAP), hit.start)
        if before and before[-1] not in g.lex.known_words or _another_product(hit, text, g):
            groups.append([hit])
            continue
        same = next((group for group in groups if group[0].concept == hit.concept
                     and (group[0].text in hit.text or hit.text in group[0].text)), None)
        if same is None and not any(group[0].concept == hit.concept for group in groups):
            same = next((group for group in groups
                         if re.search(rf"{re.escape(hit.text)}(?![a-z])", group[0].text)
                         and not _SENTENCE_END.search(text, group[0].end, hit.start)), None)
        if same is None:
            groups.append([hit])
        else:
            same.append(hit)
    return groups


def _words_before(hit: Hit, text: str, g: Grammar) -> list[str]:
    """The words in front of a product's name, past fillers ("not the class pack", "no
    solo el abono", "die neue Monatskarte")."""
    return [w for w in _WORDS.findall(text, max(0, hit.start - MAX_GAP), hit.start)
            if not (g.filler and g.filler.fullmatch(w))]


def _another_product(hit: Hit, text: str, g: Grammar) -> bool:
    """Whether the word in front of a product's name makes it another product than the one
    paused: "New pass", "son autre carnet", "neue Monatskarte"."""
    return any(word in g.lex.other_product for word in _words_before(hit, text, g)[-1:])


def _lists(tokens: list[Token], text: str, g: Grammar) -> list[list[Token]]:
    lists: list[list[Token]] = []
    for token in tokens:
        if lists and MASK not in text[lists[-1][-1].end:token.start] and g.joined(
                text, lists[-1][-1].end, token.start):
            lists[-1].append(token)
        else:
            lists.append([token])
    return lists


def _owning_mention(items: list[Token], mentions: list[Hit], text: str, g: Grammar
                    ) -> Hit | None:
    """The product mention a list of values belongs to, None when two products could own
    it equally."""
    first, last = items[0].start, items[-1].end

    def same_phrase(gap: str) -> bool:
        # "13 jours sur le carnet", never "9 jours, carte il reste 4 cours"
        return g.close(gap) and not _PHRASE_END.search(gap)

    tail = last - 1 if text[last - 1] == "." else last  # "13 jours." may end a sentence
    after = [m for m in mentions if m.start >= last and same_phrase(text[tail:m.start])]
    if after:
        return min(after, key=lambda m: m.start)
    # "Pass en pause du 1/11 au 20/11, reste 10 jours ; carnet ...": the product named
    # earlier in the same clause, never one across a semicolon or a new sentence
    before = [m for m in mentions if m.end <= first and not _CLAUSE_END.search(text, m.end, first)]
    if before:
        nearest = max(before, key=lambda m: m.end)
        # two products named together in front ("X und Y pausiert, noch ..."): either
        if any(m.concept != nearest.concept and g.joined(text, m.end, nearest.start)
               for m in before):
            return None
        return nearest
    earlier = [m for m in mentions if m.end <= first]
    return max(earlier, key=lambda m: m.end) if earlier else min(mentions,
                                                                   key=lambda m: m.start)


def _mask_asides(written: str, work: str, lex: Lexicon, g: Grammar):
    """Hide the product names and the reason so their numbers and dates are not read as
    fields. Returns the masked text, the product mentions, the reason, the brackets' spans,
    the problems found, and the questions a product's size asks unless the pause has one of
    the fields listed with each (size or length?)."""
    spans: list[tuple[int, int]] = []
    reason = ""
    problems: list[Problem] = []
    questions: list[tuple[Problem, tuple[str, ...]]] = []
    products = lex.products.find(work)
    for hit in products:
        # "abonnement 3 mois": the duration names the product, it is no pause length
        size = g.product_size.match(work, hit.end)
        if size and _following(lex.remaining_after.find(work), size.end(), work, g):
            size = None  # "pass mensuel 13 jours restants": that is the time left
        elif size and (g.short_size.fullmatch(size.group()) or g.month_size.fullmatch(
                size.group())) and any(not _NO_DOT_PHRASE_END.search(work, size.end(), a.start)
                                       for a in anchors(work, lex) if a.start >= size.end()):
            # "abonnement 2 weken gepauzeerd": a two-week pass, or paused for two weeks?
            # "Abo 14 Tage ab 03.11. pausiert" asks the same question. Passes are sold by
            # the month: "Abo 3 Monate pausiert" names the product when the pause has an
            # end of its own (the caller checks), and asks it otherwise.
            problem = Problem.of("size_or_length",
                                 words=written.quote(hit.start, size.end()).strip())
            if g.short_size.fullmatch(size.group()):
                problems.append(problem)
            else:
                questions.append((problem, ("end", "resume", "extended", "length")))
        joined = None if size else g.joined_month_size.match(work, hit.end)
        if joined:  # "l'abonnement de 3 mois à partir du 01/09": the months read as a length
            questions.append((Problem.of("size_or_length", words=written.quote(
                hit.start, joined.end()).strip()), ("end", "resume", "extended")))
        spans.append((hit.start, size.end() if size else hit.end))
    reasons = lex.reason.find(work)
    # (a reason ends before a keyword, and before a month's or weekday's name: "zur Pflege
    # der Mutter im Dezember" says when)
    field_words = sorted([h.start for h in _field_hits(work, lex)]
                         + [m.start() for m in g.month_or_weekday.finditer(work)]) \
        if reasons else []
    for hit in reasons:
        if _DIGIT_NEXT.match(work, hit.end):
            continue  # "per 2 settimane" is a pause length, not a reason
        stop = _REASON_END.search(work, hit.end).start()
        stop = min([stop] + [start for start in field_words if start > hit.end])
        reason = reason or written.quote(hit.end, stop).strip(" :=-\t")
        spans.append((hit.start, stop))
    asides = []
    for m in g.parens.finditer(work):
        inside = m.group(1)
        if g.month_or_weekday.search(inside):
            continue  # "(a metà dicembre)", "(ab Montag)": a vague date, never a reason
        if _has_field_words(inside, lex, digits=_DIGIT.search(inside) is not None) \
                or _previously(inside, lex, g):
            if not reason and lex.date_keywords.find(inside) and all(
                    h.concept == "other_date" for h in _field_hits(inside, lex)):
                # "(opération le 12/11)": the reason, its date read as the event's
                reason = written.quote(m.start(1), m.end(1)).strip()
            continue
        reason = reason or written.quote(m.start(1), m.end(1)).strip()
        spans.append((m.start(), m.end()))
        asides.append(m.span(1))
    masked = list(work)
    for s, e in spans:
        masked[s:e] = MASK * (e - s)
    return "".join(masked), products, reason, asides, problems, questions


def _previously(inside: str, lex: Lexicon, g: Grammar) -> bool:
    """``(was 6 July)``, ``(vorher 30.06.)``: a word for "before" and a date, nothing else —
    an end replaced (after an extension's) or a date a person reads, never a reason."""
    words = lex.previously.find(inside)
    if not words:
        return False
    dates = g.dates(inside, month_first=False)[0]
    return len(dates) == 1 and not g.unread(_blank(inside, [*words, *dates]))


def _return_after_pause(hit: Hit, text: str, dates: list[Token], lex: Lexicon, g: Grammar
                        ) -> bool:
    """``Rientra il 27/06 dopo la pausa``, ``back 27/06 after the hold``: the words that may
    say a pause is over and dealt with ("dopo la pausa", "after the hold") right after a
    return's date say when the client is back."""
    if hit.concept != "settled":
        return False
    cut = _AFTER_VALUE_END.search(text, hit.end)
    after = text[hit.end:cut.start() if cut else len(text)]
    if _DIGIT.search(after) or lex.date_keywords.find(after) or g.unread(after):
        return False  # "Back 01/12 after the hold valid until 31/12": a new validity
    date = next((d for d in dates if d.end <= hit.start and not text[d.end:hit.start].strip()),
                None)
    return date is not None and any(
        k.concept == "resume" and k.end <= date.start and g.close(text[k.end:date.start])
        for k in lex.date_keywords.find(text[:date.start]))


def _closed_on(text: str, dates: list[Token], lex: Lexicon, g: Grammar) -> DateRef | None:
    """The date right beside a reactivation marker: "reaktiviert am 17.11.", "ab 01.12.
    wieder aktiv" (one that lies ahead is no reactivation yet: the dates check)."""
    def beside(gap: str) -> bool:
        return len(gap) <= MAX_GAP and not _DIGIT.search(gap) and "[" not in gap and (
            g.close(gap) or bool(lex.date_keywords.find(gap)) and len(g.unread(gap)) <= 2)

    for hit in lex.closed_markers(text):
        if text[:hit.start].rstrip().endswith("["):
            continue  # passpause's own marker: the new dates are entered, whatever their day
        # after the marker first ("réactivé le 10/11"), then before it ("ab 01.12. wieder
        # aktiv"; "active again from 01/12" has its keyword between)
        after = [t for t in dates if t.start >= hit.end and beside(text[hit.end:t.start])]
        before = [t for t in dates if t.end <= hit.start and beside(text[t.end:hit.start])]
        if after:
            return after[0].value
        if before:
            return before[-1].value
    return None


def _relative_in_reason(hit: Hit, work: str, lex: Lexicon, g: Grammar) -> bool:
    """``para cuidar a su madre``, ``zur Pflege ihrer Mutter``, ``to look after her mother``:
    a relative named right after a word for caring is why the pause was taken, not whose
    product it is. Anywhere else ("(de sa fille)", "(her daughter's)", "Reason: it's her
    son's card") the product may be the relative's: a person reads it."""
    return hit.concept == "other_person" and any(
        care.concept == "care" and care.end <= hit.start and not g.unread(work[care.end:hit.start])
        for care in lex.reason.find(work)) and not any(
        0 <= p.start - hit.end <= 3 for p in lex.products.find(work))  # "her husband's pass"


def _field_hits(text: str, lex: Lexicon) -> list[Hit]:
    return [hit for phrases in (lex.date_keywords, lex.duration_keywords, lex.remaining_after,
                                lex.pause, lex.closed) for hit in phrases.find(text)]


def _has_field_words(text: str, lex: Lexicon, digits: bool = True) -> bool:
    """Whether ``text`` holds a keyword; without a digit or a month's or weekday's name, a
    duration's short keyword ("de", "per") is a little word: "(naissance de sa fille)" is a
    reason."""
    return any(digits or hit.end - hit.start > 3 or hit.concept not in _VALUE_ROLES
               for hit in _field_hits(text, lex))


# (a date's keyword is never a little word: "(bis Weihnachten)", "(ab Montag)")
_VALUE_ROLES = frozenset(("other_date", "length", "remaining_before"))


def _nearest(hits: list[Hit], position: int, text: str, g: Grammar) -> Hit | None:
    """The keyword just before ``position``, if only filler words stand between."""
    before = [h for h in hits if 0 <= position - h.end <= MAX_GAP
              and g.close(text[h.end:position])]
    return max(before, key=lambda h: (h.end, h.end - h.start)) if before else None


def _following(hits: list[Hit], position: int, text: str, g: Grammar) -> Hit | None:
    after = [h for h in hits if 0 <= h.start - position <= MAX_GAP
             and g.close(text[position:h.start])
             and not _PHRASE_END.search(text, position, h.start)]  # "6 Tage, Ende offen"
    return min(after, key=lambda h: h.start) if after else None


def _next_to(anchor: tuple[int, int], token: Token, text: str, g: Grammar) -> bool:
    """``Pause 17/06/2025``, ``3 Wochen Pause``: a value right beside the pause word."""
    if token.start >= anchor[1]:
        return g.close(text[anchor[1]:token.start])
    gap = text[token.end:anchor[0]]  # "17/06 Pause", never "réglé le 04/10. Pause"
    if token.end > anchor[0] or not g.close(gap) or _SENTENCE_END.search(gap):
        return False
    # "Bezahlt am 01.10. Abo pausiert": the date of the word in front of it
    return not _said_of_another_word(token, text, g)


def _said_of_another_word(token: Token, text: str, g: Grammar) -> bool:
    """Whether the words right in front of a date (past small words) hold one the language
    data does not know: ``charged 2 Feb``, ``bar am 01.02.``."""
    before = g.unread(text[max(0, token.start - MAX_GAP):token.start])
    return bool(before) and before[-1] not in g.lex.known_words


def _clause_begin(text: str, position: int, ends: tuple[str, ...]) -> int:
    """Where the clause holding ``position`` begins: after the last of ``ends`` before it."""
    return max(text.rfind(end, 0, position) for end in ends) + 1


def _value_sentences(spans: list[tuple[int, int]], sentences: list[tuple[int, int]],
                     tokens: list[Token]) -> list[tuple[int, int]]:
    """The sentences about the pause, and those holding a value read for it."""
    if len(spans) == 1:
        return spans if tokens or sentences != [(0, 0)] else sentences
    return sorted(set(sentences) | {(a, b) for a, b in spans
                                    if any(a <= t.start < b for t in tokens)})


def _pause_clauses(text: str, sentences: list[tuple[int, int]], pauses: list[Hit],
                   g: Grammar) -> list[tuple[int, int]]:
    """The pause sentences, up to a part (cut at semicolons) after the pause word that says
    something the language data does not know: "Monatskarte pausiert …, noch 8 Tage;
    10er-Karte läuft normal weiter" pauses one product; "Monatsabo: noch 12 Tage;
    10er-Karte: … – beide pausiert" and "pass 9 days left; 10-pack 6 classes left" both."""
    clauses = []
    for begin, end in sentences:
        stop = end
        first = min((p.start for p in pauses if begin <= p.start < end), default=end)
        for m in re.finditer(";", text[begin:end]):
            cut = begin + m.end()
            nxt = text.find(";", cut, end)
            part = text[cut:nxt if nxt >= 0 else end]
            if cut > first and not any(cut <= p.start < (nxt if nxt >= 0 else end)
                                       for p in pauses) and any(
                    w not in g.lex.known_words for w in g.unread(part)):
                stop = cut
                break
        clauses.append((begin, stop))
    return clauses


def _pause_sentences(spans: list[tuple[int, int]], pauses: list[Hit]) -> list[tuple[int, int]]:
    """The spans of the sentences that carry a pause word."""
    return [(a, b) for a, b in spans if any(a <= p.start < b for p in pauses)] or [(0, 0)]


def _assign(text, written, anchor, dates, times, lex, g, sentences, modifier_words):
    """Give each date and duration its role from the keyword in front of (or after) it.

    A pause start (or a range) must sit in a sentence that speaks of the pause: "En pause,
    il reste 10 jours. Stage du 20/11 au 22/11." is not a pause from the 20th.
    """
    def in_pause_sentence(token: Token) -> bool:
        return any(a <= token.start < b for a, b in sentences)

    found: dict[str, list] = {k: [] for k in
                              ("start", "end", "resume", "original_end", "extended", "length",
                               "remaining", "classes")}
    problems: list[Problem] = []
    assumed: list[str] = []  # roles read from position next to the pause word, not a keyword
    elsewhere: list[Token] = []  # the dates of another event (a payment): not the pause's
    is_range = False
    date_words = lex.date_keywords.find(text) + tuple(lex.closed_markers(text))
    # another event's date ("payé par carte le 05/01"): its words may hold a product name
    # the masked text hides ("carte"), so they are looked for in the words as written
    others = [h for h in lex.date_keywords.find(normalize(written)) if h.concept == "other_date"]
    date_words += tuple(h for h in others if h not in date_words)
    pause_words = [h for h in date_words if h.concept in ("start", "end", "resume", "extended")]

    def clause_start(token: Token, ends=(". ", "; ", "\n")) -> int:
        return _clause_begin(text, token.start, ends)

    def said_of_another_event(token: Token) -> bool:
        """A date in a sentence of its own that names another event before it ("Pagó con
        Bizum el 05/01."): that event's date, never the pause's."""
        begin = clause_start(token)
        return not in_pause_sentence(token) and any(begin <= h.start < token.start
                                                    for h in others)

    def after_another_event(token: Token) -> bool:
        """A date after another event's word in its own clause ("Paid £65 cash 3 Feb.")."""
        begin = clause_start(token, (". ", "; ", "\n", ", "))
        return any(begin <= h.start < token.start for h in others)

    index = 0
    def skipped(start: int, token: Token) -> None:
        """Words between a keyword (or the pause word) and its value are never skipped."""
        words = [w for w in g.unread(text[start:token.start]) if w not in modifier_words]
        if words:
            problems.append(Problem.of("unread_words", words=" ".join(words), value=token.text))

    while index < len(dates):
        token = dates[index]
        if found["extended"] and _earlier_end(found["extended"][-1], token, text, g):
            elsewhere.append(token)  # "verlängert bis 15.07. (vorher bis 30.06.)"
            index += 1
            continue
        keyword = _nearest(date_words, token.start, text, g)
        role = keyword.concept if keyword else None
        if role == "start" and not token.links_next \
                and _event_before(keyword, others, text, g, in_pause_sentence(token)):
            role = "other_date"  # "(certificado médico del 25/02)", "Lastschrift vom 01.03."
        extension = None
        if role == "end" and in_pause_sentence(token):
            extension = next((h for h in pause_words if h.concept == "extended"
                              and h.end <= keyword.start
                              and not text[h.end:keyword.start].strip()), None)
            if extension is not None:  # "prorrogada fins a l'11/03": the extension's end
                role = "extended"
        if keyword and role != "other_date":  # words about another event change nothing
            skipped(keyword.end, token)
        if token.links_next and index + 1 < len(dates):
            second = dates[index + 1]
            if role not in ("original_end", "closed", "other_date") \
                    and not in_pause_sentence(token):
                problems.append(Problem.of("unclear_date", text=token.text))
            elif role == "original_end":
                found["original_end"].append(second)
            elif role not in ("closed", "other_date"):
                found["start"].append(token)
                found["end"].append(second)
                is_range = True
            elif role == "other_date" and in_pause_sentence(token):
                # "Pause (Attest 03.11.–30.11.)", "Hold, certificate 03/11 to 30/11": the
                # event's range, or the pause's?
                problems.append(Problem.of("unclear_date", text=token.text))
            elif role == "other_date":
                elsewhere += [token, second]
            index += 2
            continue
        index += 1
        if role == "other_date" and any(
                _clause_begin(text, keyword.start, _PHRASE_ENDS) <= h.start < keyword.start
                and not _DIGIT.search(text, h.end, keyword.start) for h in pause_words):
            # "until appointment 30/11", "bis zur Zahlung 30.11.", "Zurück erst nach dem
            # Termin am 01.12.", "from the date of the certificate, 01/12": the pause's
            # date, or the other event's?
            problems.append(Problem.of("unclear_date", text=token.text))
            continue
        if role == "other_date":
            elsewhere.append(token)
        if role in ("closed", "other_date"):
            continue  # a reactivation's date, a payment's: not the pause's
        if role is None and token.end <= anchor[0] and after_another_event(token):
            elsewhere.append(token)  # "Paid £65 cash 3 Feb. Membership frozen ..."
            continue
        if role is None and _next_to(anchor, token, text, g):
            role = "start"
            assumed.append("start")
            if token.start >= anchor[1]:
                skipped(anchor[1], token)
        if role == "start" and not in_pause_sentence(token) \
                and not _start_of_extended(keyword, token, pause_words, text, g):
            problems.append(Problem.of("unclear_date", text=token.text))
        elif role == "extended" and keyword and text[:(extension or keyword).start].rstrip(
                ).endswith(MASK):
            # "Membership extended to 27/11": the product's new validity, already entered?
            problems.append(Problem.of("modifier_settled", words=written.quote(
                (extension or keyword).start, token.end).strip()))
        elif role in ("end", "extended", None) and found["extended"] and _then_extended(
                found["extended"][-1], keyword, token, text, g):
            # "verlängert bis 10.05., dann nochmal verlängert bis 24.05.": the latest end
            # written is the pause's; the one before is history (or its first end, which
            # the dates then check comes first)
            earlier = found["extended"].pop()
            (elsewhere if found["end"] else found["end"]).append(earlier)
            found["extended"].append(token)
        elif role == "end" and any(t.end <= token.start for t in found["extended"]):
            # "verlängert bis 30.11., dann doch nur bis 20.11.": shortened? a person reads it
            problems.append(Problem.of("unclear_date", text=token.text))
        elif role is not None:
            found[role].append(token)
            if role == "resume":
                problems += _return_doubts(keyword, token, text, written, others, lex, g)
        elif token.start > anchor[0] and said_of_another_event(token):
            if any(clause_start(token) <= h.start < token.start
                   and not _DIGIT.search(text, h.end, token.start) for h in pause_words):
                # "Zurück erst nach dem Termin am 01.12.": the resume's, or the event's?
                problems.append(Problem.of("unclear_date", text=token.text))
            else:
                elsewhere.append(token)
        elif token.start > anchor[0]:
            # (even in a sentence of its own, after a word of its own: "Réactvé le 17/11",
            # "Unfroze 17/11" may be the reactivation, misspelt or in words not listed)
            problems.append(Problem.of("unclear_date", text=token.text))

    for token, role, keyword_end in _duration_roles(text, anchor, times, lex, g):
        if keyword_end is not None:
            gap = (text[keyword_end:token.start] if keyword_end <= token.start
                   else text[token.end:keyword_end])
            words = [w for w in g.unread(gap) if w not in modifier_words]
            if words:
                problems.append(Problem.of("unread_words", words=" ".join(words),
                                           value=token.text))
            elif "-" in gap and keyword_end <= token.start:
                # "il reste – 9 jours": a minus sign or a dash, a person decides
                problems.append(Problem.of("signed_amount",
                                           text=written.quote(keyword_end, token.end).strip()))
        if token.kind == "classes":
            if role == "remaining":
                found["classes"].append(token)
        elif role is None and _next_to(anchor, token, text, g):
            found["length"].append(token)
            assumed.append("length")
            if token.start >= anchor[1]:
                skipped(anchor[1], token)
        elif role is None:
            problems.append(Problem.of("unclear_duration", text=token.text))
        else:
            found[role].append(token)

    return found, is_range, assumed, problems, elsewhere


def _values(found: dict[str, list[Token]]) -> tuple[dict[str, object], list[Problem]]:
    """One value per field; two different values for one field is a question for a person."""
    fields: dict[str, object] = {}
    problems = []
    for role, tokens in found.items():
        if len(tokens) > 1 and len({_identity(t.value) for t in tokens}) > 1:
            problems.append(Problem.of("ambiguous", field=role,
                                       values=" / ".join(dict.fromkeys(t.text for t in tokens))))
        fields[role] = tokens[0].value if tokens else None
    return fields, problems


def _return_doubts(keyword: Hit | None, token: Token, text: str, written: str,
                   others: list[Hit], lex: Lexicon, g: Grammar) -> list[Problem]:
    """Words around a return's date that may say it is no return of the client.

    Before its verb, in its clause, only the client, a pronoun, a "then" or a keyword's
    words may stand: "Rechnung kommt am 17.11.", "chemo begint weer op 17/11", "la mare
    torna a venir el 17/11" say who (or what) comes back. After its date, a word the
    language data does not know ("Revient au studio le 01/12 pour payer") or another
    event's words in its sentence ("…, pour le paiement", "(for payment)") say why."""
    words: list[str] = []
    if keyword is not None:
        begin = _clause_begin(text, keyword.start, _CLAUSE_ENDS)
        front = "" if text[begin:keyword.start].strip() else None
        if front is None:  # the verb opens its clause: a label's colon or a dash before it
            label = _LABEL_BEFORE.search(text, 0, begin)  # ("Rechnung: kommt am 17.11.")
            front = label.group(1) if label else ""
        words = [w for w in _WORDS_ONLY.findall(text[begin:keyword.start] + " " + front)
                 if len(w) > 1 and w not in lex.before_return]
    # (a date's own dot before a small letter: "kommt 17.11. per Post")
    after = token.end + 1 if _DATE_DOT.match(written, token.end) else token.end
    cut = _AFTER_VALUE_END.search(text, after)
    words += [w for w in g.unread(text[after:cut.start() if cut else len(text)])
              if w not in lex.known_words]
    stop = _SENTENCE_END.search(text, after)
    words += [h.text for h in others
              if after <= h.start < (stop.start() if stop else len(text))
              and not _OWN_DATE_NEXT.match(text, h.end)]  # "payé le 02/11" has its own date
    return [Problem.of("unread_words", words=" ".join(words), value=token.text)] if words \
        else []


def _event_before(keyword: Hit, others: list[Hit], text: str, g: Grammar,
                  pause_sentence: bool) -> bool:
    """Whether another event's word stands right in front of a start's keyword, in brackets
    or in a sentence of its own: "(certificado médico del 25/02)", "Lastschrift vom 01.03."
    — the event's date. (In the pause's sentence, "Pause mit Attest vom 03.11." or "pour
    arrêt maladie à partir du 01/12" may give the pause's start: the usual reading.)"""
    begin = _clause_begin(text, keyword.start, _PHRASE_ENDS)
    if pause_sentence and text[begin - 1:begin] != "(" or ")" in text[begin:keyword.start]:
        return False  # ("Abo pausiert (Attest) ab 01.12.": the pause's start)
    return any(begin <= h.start and h.end <= keyword.start
               and not _DIGIT.search(text, h.end, keyword.start)
               and not g.unread(text[h.end:keyword.start]) for h in others)


def _then_extended(earlier: Token, keyword: Hit | None, token: Token, text: str, g: Grammar
                   ) -> bool:
    """Whether ``token`` (or its keyword) follows an extension's end with only a word for
    "then" between: "prorrogada fins al 10/01 i després fins al 24/01", "extended to 9 Nov
    and then to 16 Nov"."""
    keyworded = keyword is not None and keyword.start >= earlier.end
    gap = text[earlier.end:keyword.start if keyworded else token.start]
    if g.filler:
        gap = g.filler.sub(" ", gap)
    # ... and nothing after it in its phrase: "dann bis 25.11. gültig", "then until 28 Nov
    # only mornings" say what else that date is
    cut = _PHRASE_END.search(text, token.end)
    return (g.then_gap if keyworded else g.then_to_gap).fullmatch(gap) is not None \
        and not g.unread(text[token.end:cut.start() if cut else len(text)])


def _start_of_extended(keyword: Hit, token: Token, pause_words: list[Hit], text: str,
                       g: Grammar) -> bool:
    """Whether a start in a sentence of its own is the start of a pause extended before it:
    "Pausa prorrogada hasta el 12/07 (antes hasta el 30/06). Inicio: 10/06/2029.", "Pause
    verlängert bis 15.07. Beginn war 10.06.2029, …". The sentence opens with the start's
    keyword (a known word at most before it) and the extension is the pause's only end word
    before it; without an extension ("Paused until 30/11. Started 01/11.") the date may be
    the product's own start, and a person decides."""
    if not any(h.concept == "extended" and h.end <= keyword.start for h in pause_words):
        return False
    if any(h.concept in ("start", "resume") and h.end <= keyword.start for h in pause_words):
        return False
    begin = _clause_begin(text, keyword.start, (". ", "\n"))
    cut = _SENTENCE_END.search(text, token.end)
    after = text[token.end:cut.start() if cut else len(text)]
    # nothing in front of the keyword ("Abo ab 01.09.", "Member since 1 Sep", "Extension
    # starting 16 Nov" are another start), and after the date nothing but known words — the
    # time left at most ("Beginn war 10.06.2029, Restlaufzeit 1 Monat"), never a product or
    # another date ("Seit 01.09.2025 Monatsabo", "Desde el 01/09 bono trimestral")
    return begin > 0 and not text[begin:keyword.start].strip(" :-") \
        and MASK not in after and not _DAY_MONTH.search(after) \
        and not g.month_or_weekday.search(after) \
        and all(w in g.lex.known_words for w in g.unread(after))


def _earlier_end(extended: Token, token: Token, text: str, g: Grammar) -> bool:
    """Whether ``token`` is the end an extension replaced, written in brackets right after
    it with an end's keyword: "verlängert bis 15.07.2029 (vorher bis 30.06.)", "prorrogada
    hasta el 12/07 (antes hasta el 30/06)" — one other word at most, nothing after it; or
    only a word for "before": "(was 6 July)"."""
    gap = text[extended.end:token.start]
    if not re.fullmatch(r"\s*\(\s*[^()\d]{0,25}", gap) or not re.match(r"\s*\)", text[token.end:]):
        return False
    if not any(h.concept == "end" for h in g.lex.date_keywords.find(gap)):
        # "(was 6 July)", "(vorher 30.06.)": nothing but a word for "before"
        words = g.lex.previously.find(gap)
        return bool(words) and not g.unread(_blank(gap, words).lstrip(" ("))
    words = [w for w in g.unread(gap) if w not in g.lex.known_words]
    return len(words) <= 1


def _duration_roles(text, anchor, times, lex, g
                    ) -> list[tuple[Token, str | None, int | None]]:
    """``il reste 13 jours``, ``13 days left``, ``pour 3 semaines``; a list joined by a
    conjunction shares its keyword (``il reste 3 séances et 40 jours``, ``4 classes and 30
    days left``)."""
    before = lex.duration_keywords.find(text)
    after = lex.remaining_after.find(text)
    roles: list[str | None] = []
    ends: list[int | None] = []  # where the keyword that gave the role stands
    for token in times:
        following = _following(after, token.end, text, g)
        if following and (_FULL_STOP_AFTER_WORD.search(text, token.start, token.end)
                          or text.startswith(":", len(text) - len(
                              text[following.end:].lstrip()))):
            # "for 3 weeks. Remaining 19 days", "Remaining: 19 days": the word is of what
            # follows (a unit's abbreviation keeps its dot: "2 sem. restantes")
            following = None
        keyword = _nearest(before, token.start, text, g)
        if following and not (keyword and keyword.end <= token.start
                              and _NO_WORD.fullmatch(text, keyword.end, token.start)
                              and not _NO_WORD.fullmatch(text, token.end, following.start)):
            roles.append("remaining")  # (a keyword right in front wins over one a word away:
            ends.append(following.start)  # "noch 2 Monate – Rückkehr offen")
            continue
        roles.append({"length": "length", "remaining_before": "remaining"}.get(
            keyword.concept if keyword else ""))
        ends.append(keyword.end if keyword else None)
    joined = [g.joined(text, a.end, b.start) for a, b in zip(times, times[1:])]
    for index in range(1, len(times)):  # forwards: the keyword stands in front
        if roles[index] is None and joined[index - 1]:
            roles[index] = roles[index - 1]
    for index in range(len(times) - 2, -1, -1):  # backwards: the keyword stands behind
        if roles[index] is None and joined[index]:
            roles[index] = roles[index + 1]
    return list(zip(times, roles, ends))

