"""Language data: load and validate ``languages/*.toml``, and turn text into canonical tokens.

Every language is data. This module merges all language files into one set of
compiled patterns whose matches map back to canonical concepts ("start",
"week", month 6, ...). Nothing outside this module knows which language a
phrase came from, except through :attr:`Match.langs`.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
import weakref
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

from rapidfuzz.distance import OSA

from .errors import LanguageDataError

LANGUAGE_DIR = Path(__file__).parent / "languages"

# The schema, defined once: section -> key -> kind.
#   "str"        a string
#   "bool"       true or false
#   "phrases"    a list of strings
#   "groups:N"   a list of exactly N lists of strings (months, weekdays)
#   "names:N"    a list of exactly N strings
SCHEMA: dict[str, dict[str, str]] = {
    "language": {"code": "str", "name": "str", "number_words": "str",
                 # German writes nouns with a capital: "12 Tage Auszeit" is no new sentence
                 "capitalised_nouns": "bool",
                 # one to thirty-one in words, for a language text2num does not know
                 # (number_words = ""): read in front of a unit ("queden onze dies"); else []
                 "spelled_numbers": "groups?:31"},
    "pause": {
        "words": "phrases",
        "compound_suffixes": "phrases",
        # word beginnings that make a word look like a pause ("Pausenbeginn", "Suspendierung"):
        # a note holding one that cannot be read goes to review, never nowhere
        "stems": "phrases",
        "not_pause": "phrases",
        "closed": "phrases",
        "not_closed": "phrases",  # "pas encore réactivé", "to be reactivated": still paused
    },
    "fields": {
        "start": "phrases",
        "end": "phrases",
        "resume": "phrases",
        "length": "phrases",
        "remaining_before": "phrases",
        "remaining_after": "phrases",
        "original_end": "phrases",
        "reason": "phrases",
        # the client, and the little verbs around a return ("Kundin kommt", "she is back"):
        # the only words, with pronouns and keywords, that may stand before a return's verb
        "client": "phrases",
        # a reason that is caring for someone ("para cuidar a", "zur Pflege"): the relative
        # named right after it is why the pause was taken, not whose product it is
        "care": "phrases",
        "range_to": "phrases",
        "conjunctions": "phrases",
        # between two products, both paused ("Abo inkl. 10er-Karte"): never a sum of amounts
        "including": "phrases",
        "fillers": "phrases",
        "one": "phrases",  # words for 1 in front of a unit: "a week", "eine Woche"
        "alternatives": "phrases",  # "13 ou 15 jours": the note is not sure
        "planned": "phrases",  # "reprise prévue": a yearless date lies ahead, not behind
        "extended": "phrases",  # "prolongée jusqu'au": the latest end is the pause end
        # between two ends of one extension, the later one replaces the earlier:
        # "prolongée jusqu'au 10/01 puis jusqu'au 24/01", "dann nochmal verlängert bis"
        "then": "phrases",
        # in brackets right after an extension's end, the end it replaced: "(was 6 July)",
        # "(vorher 30.06.)" — history, like "(vorher bis 30.06.)"
        "previously": "phrases",
        "open_ended": "phrases",  # "bis auf weiteres": open; with an end it contradicts itself
        "other_date": "phrases",  # "payé le", "bezahlt am": a date of another event
        # in front of a product's name, words that make it another product than the one
        # paused: "New pass valid until 31/12", "son autre carnet"
        "other_product": "phrases",
        # in front of a product's name, words that deny it ("not the class pack", "no solo
        # el abono"): whose values are whose, a person decides
        "not_product": "phrases",
    },
    # Words that change a value. Each class has its own review reason, quoting the words.
    "modifiers": {
        # the order is the order of the reasons a person reads
        "cancelled": "phrases",  # "pause annulée", "storniert", "do not reactivate"
        "settled": "phrases",  # "nouvelle fin de validité", "neues Ablaufdatum", "done"
        "moved": "phrases",  # "reportée au 23/11", "verschoben", "pushed to": a date moved
        "requested": "phrases",  # "souhaite une pause", "angefragt": asked, not granted
        "condition": "phrases",  # "sauf si", "falls", "unless": the resume may move
        "other_person": "phrases",  # "sur le pass de son mari": someone else's product
        "excluded": "phrases",  # "au 16/11 exclu": the end day is not part of the pause
        "approximate": "phrases",  # "environ 10 jours", "ca. 2 Wochen"
        "fraction": "phrases",  # "trois semaines et demie", "anderthalb"
        "relative": "phrases",  # "la semaine prochaine", "next week": no calendar date
        "today": "phrases",  # "ab heute": the date the note was written, when it says one
        "doubt": "phrases",  # "à vérifier", "bitte prüfen", "?"
        "consumed": "phrases",  # "13 jours utilisés": what was used up, never the time left
        # a modifier's word in a phrase that changes nothing: "à la demande du client" (the
        # pause was made at the client's request, not asked for), "auf Anfrage"
        "unchanged": "phrases",
    },
    "units": {"day": "phrases", "week": "phrases", "fortnight": "phrases",  # "a fortnight"
              "month": "phrases", "class": "phrases"},
    "dates": {
        "months": "groups:12",
        "weekdays": "groups:7",
        "ordinal_suffixes": "phrases",
        "joiners": "phrases",
        "clock_after": "phrases",  # "19h", "18 Uhr", "7pm": a time of day
        "clock_before": "phrases",  # "um 18", "alle 19": a time of day
        # feasts and school holidays: a vague date ("bis Weihnachten", "til Christmas")
        "holidays": "phrases",
    },
    "products": {"pass": "phrases", "pack": "phrases"},
    "columns": {
        "customer_id": "phrases",
        "first_name": "phrases",
        "last_name": "phrases",
        "full_name": "phrases",
        "email": "phrases",
        "phone": "phrases",
        "comment": "phrases",
    },
    "output": {
        "marker": "str",
        "date_format": "str",
        # the message to the client when the product is reactivated
        "long_date": "str",  # "{day} {month} {year}"
        "first_day": "str",  # how the 1st of a month is written in a long date ("1er"), or ""
        "month_names": "names:12",
        "generic_product": "str",
        "subject": "str",
        "greeting": "str",
        "greeting_no_name": "str",
        "body": "str",
        "body_overdue": "str",  # the new validity began in the past: book right away
        "classes_line": "str",
        "classes_line_one": "str",
        "closing": "str",
    },
}

# Keywords that give a date its role, and keywords that give a duration its role.
DATE_ROLES = ("start", "end", "resume", "original_end", "extended", "other_date")
MODIFIERS = tuple(key for key in SCHEMA["modifiers"] if key != "unchanged")
DURATION_ROLES = ("length", "remaining_before")
COLUMN_KEYS = tuple(SCHEMA["columns"])

_QUOTES = dict.fromkeys(map(ord, "\u2019\u2018\u02bc`\u00b4\u2032"), "'")
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")
_SPACES = dict.fromkeys(map(ord, "\u00a0\u202f\u2007\u2009\t\r"), " ")


@cache
def _fold_char(char: str) -> str:
    decomposed = unicodedata.normalize("NFKD", char)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    if len(base) != 1:
        # Ligatures and the like: keep the character so offsets stay aligned.
        base = char
    lowered = base.lower()
    return lowered if len(lowered) == 1 else base


# A letter of a normalized text: normalize() folds most letters to a-z and keeps those that
# have no one-letter fold (German ß, œ, æ), so patterns on normalized text take any letter.
LETTER = r"[^\W\d_]"


def normalize(text: str) -> str:
    """Lower-case, strip accents, unify quotes, dashes and spaces.

    The result has exactly the length of ``text``, so a span found in the
    normalized text is the same span in the original.
    """
    if text.isascii():
        return text.translate(_ASCII).lower()
    return text.translate(_FOLD)


class _Folding(dict):
    """A ``str.translate`` table from each character to its normalized form (always one
    character), filled the first time a character is seen: one pass in C per text."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        return folded


_ASCII = {code: char for code, char in (_QUOTES | _DASHES | _SPACES).items() if code < 128}
_FOLD = _Folding(_QUOTES | _DASHES | _SPACES)


def fold_header(text: str) -> str:
    """Header names compare on letters and digits only: ``N° Client`` == ``n client``."""
    return " ".join(re.findall(r"[^\W_]+", normalize(text)))


def phrase_key(text: str) -> str:
    """The lookup key of a matched phrase: spacing and apostrophes do not matter."""
    return re.sub(r"[\s']+", " ", text.strip(" .:")).strip()


def phrase_pattern(phrase: str) -> str:
    """Regex for one normalized phrase: flexible spacing, optional apostrophe, ``{n}`` a number."""
    return "".join(_pieces(phrase))


def _pieces(phrase: str) -> list[str]:
    """The regex of each character of a phrase (a space run, an apostrophe, {n} count as one)."""
    pieces = []
    for token in re.split(r"(\{n\}|\s+|')", phrase):
        if token == "{n}":
            pieces.append(r"\d{1,3}")
        elif token == "'":
            pieces.append(r"(?:'\s*|\s+)")
        elif token.isspace():
            pieces.append(r"\s+")
        else:
            pieces += [re.escape(char) for char in token]
    return pieces


def alternation(phrases) -> str:
    """One regex for many phrases, as a trie: ``ju(?:in|il(?:let)?)`` rather than a list.

    Python's regex engine tries list alternatives one by one at every position; a trie
    shares prefixes, which makes the language data several times faster to search.
    Longer phrases still win: ``jusqu'au`` over ``jusqu'a``.
    """
    trie: dict = {}
    for phrase in set(phrases):
        node = trie
        for piece in _pieces(phrase):
            node = node.setdefault(piece, {})
        node[""] = {}
    return _emit(trie)


def _emit(node: dict) -> str:
    branches = [piece + _emit(child) for piece, child in sorted(node.items()) if piece]
    if not branches:
        return ""
    optional = "" in node
    if len(branches) == 1 and not optional:
        return branches[0]
    return "(?:" + "|".join(branches) + ")" + ("?" if optional else "")


# A word this long with one letter wrong is still that word ("verifer" for "verifier");
# shorter ones are too often another word ("forse" / "force", "heute" / "heure").
SLIP_MIN_LENGTH = 6
# A pause word's slips are read from five letters on ("Paues", "Pauzze"): a note that is
# otherwise well formed shows what it means, and the record says it was a slip.
SLIP_PAUSE_LENGTH = 5
# ... but one letter wrong in a short one is too often a word of its own ("passe", "rufen"):
# from seven letters on only.
SLIP_SWAP_LENGTH = 7
PREFILTER_SLIPS = 20  # slip words per prefilter pattern



def _one_out(word: str) -> set[str]:
    """``word`` and each spelling of it with one letter left out."""
    return {word} | {word[:i] + word[i + 1:] for i in range(len(word))}


WORD_START = r"(?<![a-z0-9])"
WORD_END = r"(?![a-z0-9])"


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    number_words: str
    marker: str
    date_format: str
    data: dict = field(repr=False, compare=False)

    @property
    def output(self) -> dict:
        return self.data["output"]

    @property
    def capitalised_nouns(self) -> bool:
        return self.data["language"]["capitalised_nouns"]

    def long_date(self, day) -> str:
        """``14 juillet 2025``, ``14. Juli 2025``, ``14 de julio de 2025``."""
        out = self.output
        number = out["first_day"] if day.day == 1 and out["first_day"] else str(day.day)
        return out["long_date"].format(day=number, month=out["month_names"][day.month - 1],
                                       year=day.year)


class Hit(NamedTuple):
    """A phrase found in normalized text (a named tuple: notes make thousands of them)."""

    start: int
    end: int
    concept: str
    langs: frozenset[str]
    text: str = ""


_PHRASE_SETS: weakref.WeakSet = weakref.WeakSet()  # so that their caches can be cleared


class PhraseSet:
    """Phrases of several languages, each mapped to one concept, found in one regex pass."""

    def __init__(self, name: str, entries: list[tuple[str, str, str]], *, word_bounded=True,
                 quiet: frozenset[str] = frozenset()):
        # entries: (normalized phrase, concept, language code); a phrase of a ``quiet``
        # concept is matched, so that no shorter phrase inside it is, and never reported
        self.name = name
        self.quiet = quiet
        self.concept_of: dict[str, str] = {}
        self.langs_of: dict[str, set[str]] = {}
        for phrase, concept, lang in entries:
            key = phrase_key(phrase)
            known = self.concept_of.setdefault(key, concept)
            if known != concept:
                raise LanguageDataError(
                    f"'{phrase}' ({lang}) means both '{known}' and '{concept}' in [{name}]; "
                    "one phrase must mean one thing across all languages"
                )
            self.langs_of.setdefault(key, set()).add(lang)
        # Phrases with a {n} placeholder are looked up by pattern, the rest by text.
        self.templates = [(re.compile(phrase_pattern(p)), phrase_key(p))
                          for p in dict.fromkeys(p for p, _, _ in entries if "{n}" in p)]
        # "~", "±", "?" are phrases of their own, with no word around them: "±7 jours"
        words = [p for p, _, _ in entries if re.search(r"[a-z0-9]", p)]
        symbols = [p for p, _, _ in entries if not re.search(r"[a-z0-9]", p)]
        body = alternation(words) or r"(?!x)x"
        # a phrase ending in an elision ends its word: "dall'1 marzo", "de l'1er"
        self.pattern = (f"{WORD_START}(?:{body})(?:(?<=')|{WORD_END})" if word_bounded
                        else f"(?:{body})")
        if symbols:
            self.pattern = f"{self.pattern}|{alternation(symbols)}"
        self.regex = re.compile(self.pattern)
        self._known: dict[str, tuple[str, frozenset[str], str]] = {}  # written -> hit's meaning
        # Every phrase in a text. A note is scanned by several steps, often in the same
        # form, so the last few texts' hits are kept.
        self.find = lru_cache(maxsize=256)(self._scan)
        _PHRASE_SETS.add(self)

    def _meaning(self, written: str) -> tuple[str, frozenset[str], str]:
        """What a written phrase means: its concept, languages and normalized key."""
        key = phrase_key(written)
        if key not in self.concept_of:
            key = next(k for regex, k in self.templates if regex.fullmatch(written))
        found = self._known[written] = (self.concept_of[key], frozenset(self.langs_of[key]),
                                        key)
        return found

    def _scan(self, text: str) -> tuple[Hit, ...]:
        known, hits = self._known, []
        for m in self.regex.finditer(text):
            written = m.group()
            hits.append(Hit(m.start(), m.end(), *(known.get(written)
                                                   or self._meaning(written))))
        if self.quiet:
            return tuple(hit for hit in hits if hit.concept not in self.quiet)
        return tuple(hits)


def _check(data: dict, path: Path) -> None:
    """Validate one language file against SCHEMA; the message names file, key and fix."""
    where = path.name
    for section, keys in SCHEMA.items():
        if not isinstance(data.get(section), dict):
            raise LanguageDataError(f"{where}: missing section [{section}]")
        extra = set(data[section]) - set(keys)
        if extra:
            raise LanguageDataError(
                f"{where}: unknown key(s) {sorted(extra)} in [{section}]; allowed: {sorted(keys)}"
            )
        for key, kind in keys.items():
            value = data[section].get(key)
            label = f"{where}: [{section}] {key}"
            if value is None:
                raise LanguageDataError(f"{label} is missing")
            if kind == "str":
                if not isinstance(value, str):
                    raise LanguageDataError(f"{label} must be a string")
            elif kind == "bool":
                if not isinstance(value, bool):
                    raise LanguageDataError(f"{label} must be true or false")
            elif kind == "phrases":
                if not isinstance(value, list) or not all(
                    isinstance(v, str) and v.strip() for v in value
                ):
                    raise LanguageDataError(f"{label} must be a list of non-empty strings")
            elif kind.startswith("names:"):
                size = int(kind.split(":")[1])
                if not isinstance(value, list) or len(value) != size or not all(
                        isinstance(v, str) and v for v in value):
                    raise LanguageDataError(f"{label} must be {size} non-empty strings")
            else:
                size = int(kind.split(":")[1])
                if kind.startswith("groups?:") and value == []:
                    continue
                if (
                    not isinstance(value, list)
                    or len(value) != size
                    or not all(isinstance(g, list) and g and all(isinstance(v, str) for v in g)
                               for g in value)
                ):
                    raise LanguageDataError(f"{label} must be {size} non-empty lists of strings"
                                            + (" or []" if kind.startswith("groups?:") else ""))
    extra_sections = set(data) - set(SCHEMA)
    if extra_sections:
        raise LanguageDataError(f"{where}: unknown section(s) {sorted(extra_sections)}")
    if data["language"]["code"] != path.stem:
        raise LanguageDataError(f"{where}: [language] code must be '{path.stem}' (the file name)")
    marker = data["output"]["marker"]
    if "{resume}" not in marker or "{until}" not in marker:
        raise LanguageDataError(f"{where}: [output] marker must contain {{resume}} and {{until}}")
    body = data["output"]["body"]
    if "{valid_until}" not in body:
        raise LanguageDataError(f"{where}: [output] body must contain {{valid_until}}")
    if not data["pause"]["words"] or not data["pause"]["closed"]:
        raise LanguageDataError(f"{where}: [pause] words and closed must not be empty")


def load_language(path: Path) -> Language:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise LanguageDataError(f"{path.name}: not valid TOML: {exc}") from None
    _check(data, path)
    lang = data["language"]
    out = data["output"]
    return Language(lang["code"], lang["name"], lang["number_words"], out["marker"],
                    out["date_format"], data)


class Lexicon:
    """All languages merged into compiled patterns."""

    def __init__(self, languages: list[Language]):
        if not languages:
            raise LanguageDataError("no language files found")
        self.languages = {lang.code: lang for lang in languages}
        self.directory: Path | None = None  # where the language files came from, if known

        def entries(section, keys=None):
            rows = []
            for lang in languages:
                for key, phrases in lang.data[section].items():
                    if keys is None or key in keys:
                        rows += [(normalize(p), key, lang.code) for p in phrases]
            return rows

        self.pause = PhraseSet("pause words", [(p, "pause", c) for p, _, c in
                                              entries("pause", {"words"})])
        suffixes = [p for p, _, _ in entries("pause", {"compound_suffixes"})]
        self.compound = (
            re.compile(rf"{WORD_START}{LETTER}{{3,}}(?:{alternation(suffixes)}){WORD_END}")
            if suffixes else None
        )
        self.not_pause = PhraseSet("not_pause", entries("pause", {"not_pause"}))
        # one scan, so that "pas encore réactivé" is never read as "réactivé"
        self.closed = PhraseSet("closed", entries("pause", {"closed", "not_closed"}))
        self.date_keywords = PhraseSet("date keywords", entries("fields", set(DATE_ROLES)))
        self.duration_keywords = PhraseSet("duration keywords",
                                           entries("fields", set(DURATION_ROLES)))
        self.remaining_after = PhraseSet("remaining_after", entries("fields", {"remaining_after"}))

        self.other_product = frozenset(p for p, _, _ in entries("fields", {"other_product"}))
        self.not_product = frozenset(p for p, _, _ in entries("fields", {"not_product"}))
        self.reason = PhraseSet("reason", entries("fields", {"reason", "care"}))
        self.holidays = PhraseSet("holidays", entries("dates", {"holidays"}))
        self.planned = PhraseSet("planned", entries("fields", {"planned"}))
        self.open_ended = PhraseSet("open ended", entries("fields", {"open_ended"}))
        self.modifiers = PhraseSet("modifiers", entries("modifiers"), quiet=frozenset({"unchanged"}))
        self.units = PhraseSet("units", entries("units"))
        self.products = PhraseSet("products", entries("products"))
        self.columns = {}
        for phrase, concept, code in entries("columns"):
            key = fold_header(phrase)
            known = self.columns.setdefault(key, (concept, set()))
            if known[0] != concept:
                raise LanguageDataError(
                    f"column name '{phrase}' ({code}) means both '{known[0]}' and '{concept}'"
                )
            known[1].add(code)

        # One scan that tells which languages a note's words belong to.
        voting = (entries("pause", {"words", "closed", "not_closed"}) + entries("units")
                  + entries("fields", set(DATE_ROLES) | set(DURATION_ROLES)
                            | {"remaining_after"}))
        self.languages_of: dict[str, frozenset[str]] = {}
        for phrase, _, code in voting:
            key = phrase_key(phrase)
            self.languages_of[key] = self.languages_of.get(key, frozenset()) | {code}
        self.voter = re.compile(
            f"{WORD_START}(?:{alternation(p for p, _, _ in voting)}){WORD_END}")
        self._voted: dict[str, frozenset[str]] = {}  # written -> languages, as PhraseSet._known
        # One-word pause words long enough that one letter wrong ("Pausse", "pausirt") is
        # still that word; the first letter is never the slip ("cause" is no pause).
        self.pause_slips = sorted({p for p, _, _ in entries("pause", {"words"})
                                   if re.fullmatch(LETTER + "+", p) and len(p) >= SLIP_PAUSE_LENGTH})
        self._pause_slip_keys: dict[str, set[str]] = {}
        for word in self.pause_slips:
            for key in _one_out(word[1:]):
                self._pause_slip_keys.setdefault(word[0] + key, set()).add(word)
        # RE2 patterns whose union finds every cell that may hold a pause word; the slips
        # are spread over several (one pattern with all of them outgrows RE2's fast path).
        self.prefilters = (
            prefilter_pattern([p for p, _, _ in entries("pause", {"words", "compound_suffixes",
                                                                  "stems"})]),
            *(prefilter_pattern([], slips=self.pause_slips[i:i + PREFILTER_SLIPS])
              for i in range(0, len(self.pause_slips), PREFILTER_SLIPS)))
        stems = alternation(p for p, _, _ in entries("pause", {"stems"}))
        self.pause_like = re.compile(f"(?<!{LETTER}){stems}{LETTER}*")  # the whole word
        self.month_of = self._numbered("months")
        self.weekday_of = self._numbered("weekdays")
        # Every word the language data knows: a word right after a value that is none of
        # these is one the parser cannot account for.
        # (not the other senses of a pause word: "prélèvement suspendu" explains no value)
        # (nor another event's words: "10 days left on the gift card" is not the pass's)
        phrases = [p for section in ("fields", "modifiers", "units", "products")
                   for p, key, _ in entries(section) if key != "other_date"] + [
            p for p, _, _ in entries("pause", {"words", "compound_suffixes", "closed",
                                               "not_closed"})]
        self.known_words = frozenset(
            word for phrase in [*phrases, *self.month_of, *self.weekday_of]
            for word in re.findall(LETTER + "+", phrase))
        # words the data writes with their full stop ("wg.", "susp.", "sem."): it ends none
        # of the note's sentences
        # (a short one; "fait." is "done." at the end of a sentence, "pausiert." a word, and
        # a unit often ends one: "noch 10 Tg. 10er-Karte gültig bis …")
        self.abbreviations = frozenset(
            p for section in ("pause", "fields", "modifiers")
            for p, concept, _ in entries(section)
            if re.fullmatch(LETTER + r"{1,5}\.", p) and concept != "settled")
        # The one-word modifiers of each language, which a slip of one letter may hide
        # ("a verifer"); a word of a longer phrase may mean the opposite alone ("inklusive"
        # in "nicht inklusive"), and a word other sections use ("semaine") is no modifier.
        # Each is filed under itself and with any one letter left out: two words one slip
        # apart share a key, so the slips of a word are looked up, not searched for.
        # (a phrase that quiets a modifier, "vuelta sin confirmar", counts for neither)
        quieted = {phrase for phrase, _, _ in entries("modifiers", {"unchanged"})}
        others = {word for section in ("pause", "fields", "units", "products")
                  for phrase, _, _ in entries(section) if phrase not in quieted
                  for word in re.findall(LETTER + "+", phrase)}
        self.modifier_words: dict[str, dict[str, str]] = {}
        self._slips: dict[str, dict[str, set[str]]] = {}
        for phrase, concept, code in entries("modifiers", set(MODIFIERS)):
            if (len(phrase) >= SLIP_MIN_LENGTH and phrase not in others
                    and re.fullmatch(LETTER + "+", phrase)):
                self.modifier_words.setdefault(code, {})[phrase] = concept
                for key in _one_out(phrase):
                    self._slips.setdefault(code, {}).setdefault(key, set()).add(phrase)
        # The words that say a value is time left, its unit or its product ("remaining",
        # "abonnement"), filed as the modifiers are: a letter left out or two swapped
        # ("remaning", "abonement", "qeudan"), such a word is read as the word it misspells,
        # and the record says so. Never a word that gives a date its role: "venía" is no
        # "vencía", "verlagert" no "verlängert", "stated" no "started".
        self._word_slips: dict[str, dict[str, set[str]]] = {}
        # (and a month's name: "10 Janaury", "7 Febuary", "3 settmbre")
        months = [(normalize(name), "month", lang.code) for lang in languages
                  for names in lang.data["dates"]["months"] for name in names]
        for phrase, _, code in (entries("fields", {"remaining_before", "remaining_after"})
                                + entries("units") + entries("products") + months):
            if len(phrase) >= SLIP_MIN_LENGTH and re.fullmatch(LETTER + "+", phrase):
                for key in _one_out(phrase[1:]):
                    self._word_slips.setdefault(code, {}).setdefault(phrase[0] + key,
                                                                     set()).add(phrase)
        self.range_to = alternation(p for p, _, _ in entries("fields", {"range_to"}))
        self.conjunctions = alternation(p for p, _, _ in entries("fields", {"conjunctions"}))
        self.alternatives = alternation(p for p, _, _ in entries("fields", {"alternatives"}))
        self.then = alternation(p for p, _, _ in entries("fields", {"then"}))
        self.previously = PhraseSet("previously", entries("fields", {"previously"}))
        self.fillers = alternation(p for p, _, _ in entries("fields", {"fillers"}))
        # the words that may stand before a return's verb in its clause: a filler or a pronoun
        # ("sie kommt am"), a conjunction, a "then", the client ("Kundin kommt am"), a word
        # of a keyword or of a pause word ("komt terug op")
        # (never a word of another event's keyword: "Attest kommt am", "Physio resumes")
        events = {word for phrase, _, _ in entries("fields", {"other_date"})
                  for word in re.findall(LETTER + "+", phrase) if len(word) > 3}
        self.before_return = frozenset(
            word for phrase, _, _ in (
                entries("fields", {"fillers", "conjunctions", "then", "client"})
                + entries("fields", {"start", "end", "resume", "extended"})
                + entries("pause", {"words"}))
            for word in re.findall(LETTER + "+", phrase) if len(word) > 1) - events
        self.ordinals = alternation(p for p, _, _ in entries("dates", {"ordinal_suffixes"}))
        self.joiners = alternation(p for p, _, _ in entries("dates", {"joiners"}))
        self.clock_after = alternation(p for p, _, _ in entries("dates", {"clock_after"}))
        self.clock_before = alternation(p for p, _, _ in entries("dates", {"clock_before"}))
        self.month_names = alternation(self.month_of)
        self.weekday_names = alternation(self.weekday_of)

    def languages_voting(self, written: str) -> frozenset[str]:
        """The languages a word found by :attr:`voter` belongs to."""
        found = self._voted.get(written)
        if found is None:
            found = self._voted[written] = self.languages_of[phrase_key(written)]
        return found

    @lru_cache(maxsize=4096)  # noqa: B019 - words recur from note to note; one lexicon
    def slipped_pause(self, word: str) -> bool:
        """Whether an unknown ``word`` is a pause word with one letter wrong, missing, extra
        or two swapped (never the first)."""
        if len(word) < SLIP_PAUSE_LENGTH - 1 or word in self.known_words:
            return False
        near = {near for key in _one_out(word[1:])
                for near in self._pause_slip_keys.get(word[0] + key, ())}
        return any(OSA.distance(word, candidate, score_cutoff=1) <= 1
                   and (len(candidate) >= SLIP_SWAP_LENGTH or len(word) != len(candidate)
                        or sorted(word) == sorted(candidate))
                   for candidate in near)

    def closed_markers(self, text: str) -> list[Hit]:
        """``réactivé le``, ``pause terminée``; never ``pas encore réactivé``."""
        return [hit for hit in self.closed.find(text) if hit.concept == "closed"]

    @lru_cache(maxsize=4096)  # noqa: B019 - words recur from note to note; one lexicon
    def slipped_modifier(self, word: str, lang: str) -> str | None:
        """The class of the modifier word ``word`` misspells by one letter, missing, extra,
        wrong or two swapped (``verifer``: doubt), in language ``lang``, for an unknown word
        one letter short of a slip's length or longer."""
        if len(word) < SLIP_MIN_LENGTH - 1 or word in self.known_words:
            return None
        slips = self._slips.get(lang, {})
        near = {near for key in _one_out(word) for near in slips.get(key, ())}
        for candidate in sorted(near):
            if word == candidate + "s":
                continue  # a plural is a word of its own ("mañanas": mornings)
            if OSA.distance(word, candidate, score_cutoff=1) <= 1:
                return self.modifier_words[lang][candidate]
        return None

    @lru_cache(maxsize=4096)  # noqa: B019 - words recur from note to note; one lexicon
    def slipped_word(self, word: str, lang: str) -> str | None:
        """The one word of language ``lang`` saying a value is time left, naming its unit
        or its product, that the unknown ``word`` misspells with a letter left out or two
        neighbours swapped (never the first or the last letter). A letter changed or added
        makes too many real words (``Ancona`` / ``ancora``, ``mouths`` / ``months``); a
        word that adds, drops or changes an ending (``reprises``, ``quedar``) is another
        word or another form of it: the language data lists the forms it reads. Two
        candidates, no reading."""
        if len(word) < SLIP_MIN_LENGTH - 1 or word in self.known_words:
            return None
        near = {near for key in _one_out(word[1:])
                for near in self._word_slips.get(lang, {}).get(word[0] + key, ())}
        found = [candidate for candidate in near
                 if word[-1] == candidate[-1]
                 and not (word.startswith(candidate) or candidate.startswith(word))
                 and (len(word) == len(candidate) - 1 or sorted(word) == sorted(candidate))
                 and OSA.distance(word, candidate, score_cutoff=1) <= 1]
        return found[0] if len(found) == 1 else None

    def _numbered(self, key: str) -> dict[str, int]:
        numbered: dict[str, int] = {}
        for lang in self.languages.values():
            for number, names in enumerate(lang.data["dates"][key], start=1):
                for name in names:
                    norm = normalize(name).rstrip(".")
                    if numbered.setdefault(norm, number) != number:
                        raise LanguageDataError(
                            f"{lang.code}.toml: [dates] {key} '{name}' is number {number} here "
                            f"but {numbered[norm]} in another language"
                        )
        return numbered

    def language(self, code: str) -> Language:
        return self.languages[code]


_ACCENTED = {"a": "aàáâãäå", "e": "eèéêë", "i": "iìíîï", "o": "oòóôõö", "u": "uùúûü",
             "c": "cç", "n": "nñ", "y": "yýÿ"}


def prefilter_pattern(words: list[str], slips: list[str] = ()) -> str:
    """An RE2 pattern (for Arrow) that finds every pause word in lower-cased raw text, and
    every spelling of a ``slips`` word with one letter after the first wrong, missing, extra
    or two swapped.

    No word boundaries and any accent on a letter: it may find more than the parser keeps
    (``Regel`` for ``gel``), never less.
    """
    def one(word: str) -> str:
        out = []
        for char in word:
            if char in _ACCENTED:
                out.append(f"[{_ACCENTED[char]}]")
            elif char.isspace():
                out.append(r"[\s\x{a0}]+")
            elif char == "'":
                out.append("['’]")
            else:
                out.append(re.escape(char))
        return "".join(out)

    variants = set()
    for word in slips:
        for i in range(1, len(word) + 1):
            variants.add(one(word[:i]) + "[a-z]" + one(word[i:]))  # one letter extra
            if i < len(word) and len(word) >= SLIP_SWAP_LENGTH:
                variants.add(one(word[:i]) + "[a-z]" + one(word[i + 1:]))  # one wrong
                variants.add(one(word[:i] + word[i + 1:]))  # one missing
            if i < len(word) - 1:
                variants.add(one(word[:i] + word[i + 1] + word[i] + word[i + 2:]))  # swapped
    return "|".join([one(w) for w in sorted(set(words), key=len, reverse=True)]
                    + sorted(variants))


def language_files(directory: Path = LANGUAGE_DIR) -> list[Path]:
    return sorted(directory.glob("*.toml"))


def clear_caches() -> None:
    """Forget the texts scanned so far (for measuring cold parsing speed)."""
    for phrases in _PHRASE_SETS:
        phrases.find.cache_clear()


@lru_cache(maxsize=4)
def load_lexicon(directory: Path = LANGUAGE_DIR) -> Lexicon:
    lexicon = Lexicon([load_language(path) for path in language_files(directory)])
    lexicon.directory = directory  # so that worker processes can load the same one
    return lexicon
