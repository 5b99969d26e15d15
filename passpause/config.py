"""passpause.toml: a studio's products, rules, pause policy and import profile.

Loaded from the current directory or ``--config PATH`` and validated in full: a mistake
stops the run with one line that names the key, the value and what is allowed.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import tomllib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .errors import PasspauseError
from .lexicon import COLUMN_KEYS, LETTER
from .catalogue import Product, product_for
from .models import ACTIONABLE, IMPORT_COLUMNS, Duration

FILE_NAME = "passpause.toml"
TEMPLATES = Path(__file__).parent / "templates"
COUNTING = {"resume + remaining": False, "resume + remaining - 1 day": True}
DATE_ORDERS = {"day-first": False, "month-first": True}
SECTIONS = {
    "product": "products of the catalogue",
    "rules": "counting, horizon, date_order, language, import_statuses",
    "columns": "extra header names per column",
    "policy": "max_pause, max_pauses_per_year, min_notice",
    "import": "columns, date_format, delimiter, encoding",
    "studio": "name, signature, reply_to (how messages to clients are signed)",
}


class ConfigError(PasspauseError):
    """passpause.toml says something passpause cannot use."""


@dataclass(frozen=True)
class Policy:
    """The studio's pause policy: broken rules are warnings, never silent changes."""

    max_pause: Duration | None = None
    max_pauses_per_year: int | None = None
    min_notice: Duration | None = None


@dataclass(frozen=True)
class Studio:
    """How the studio signs its messages to clients."""

    name: str = ""
    signature: str = ""  # the closing lines, e.g. "Anna and the team"
    reply_to: str = ""  # the address clients answer to


@dataclass(frozen=True)
class ImportProfile:
    """How the target system wants the import file; the default is the documented contract."""

    columns: dict[str, str] = field(default_factory=dict)  # contract name -> their name
    date_format: str = "%Y-%m-%d"
    delimiter: str = ","
    encoding: str = "utf-8"


@dataclass(frozen=True)
class Config:
    path: Path | None = None
    sha256: str = ""
    products: tuple[Product, ...] = ()
    count_resume_day: bool | None = None  # None: not set here
    horizon: int | None = None
    month_first: bool | None = None
    lang: str | None = None
    import_statuses: tuple[str, ...] | None = None
    column_names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    policy: Policy = Policy()
    import_profile: ImportProfile = ImportProfile()
    studio: Studio = Studio()

    def product_for(self, product_text: str, note: str) -> Product | None:
        return product_for(self.products, product_text, note)


def find_config(explicit: Path | None, cwd: Path | None = None) -> Config:
    """--config PATH, else passpause.toml in the current directory, else defaults."""
    if explicit is not None:
        if not Path(explicit).is_file():
            raise ConfigError(f"The configuration file '{explicit}' does not exist. Check the "
                              "path, or run 'passpause init' to create one.")
        return load_config(Path(explicit))
    candidate = (cwd or Path.cwd()) / FILE_NAME
    return load_config(candidate) if candidate.is_file() else Config()


def load_config(path: Path) -> Config:
    from .write.labels import languages  # the interface languages: the columns of labels.csv

    raw = path.read_bytes()
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError) as exc:
        raise ConfigError(f"{path.name} is not valid TOML ({exc}). Fix the line it names, or "
                          "run 'passpause init --force' for a fresh template.") from None
    check = _Checker(path.name)
    check.only(data, SECTIONS, "top level")
    rules = check.table(data, "rules")
    policy = check.table(data, "policy")
    columns = check.table(data, "columns")
    profile = check.table(data, "import")
    studio = check.table(data, "studio")
    check.only(rules, {"counting", "horizon", "date_order", "language", "import_statuses"},
               "[rules]")
    check.only(policy, {"max_pause", "max_pauses_per_year", "min_notice"}, "[policy]")
    check.only(columns, set(COLUMN_KEYS), "[columns]")
    check.only(profile, {"columns", "date_format", "delimiter", "encoding"}, "[import]")
    check.only(studio, {"name", "signature", "reply_to"}, "[studio]")
    return Config(
        path=path, sha256=hashlib.sha256(raw).hexdigest(),
        products=tuple(_product(check, i, entry)
                       for i, entry in enumerate(check.array(data, "product"), 1)),
        count_resume_day=check.choice(rules, "counting", COUNTING, "[rules]"),
        horizon=check.integer(rules, "horizon", 0, 365, "[rules]"),
        month_first=check.choice(rules, "date_order", DATE_ORDERS, "[rules]"),
        lang=check.choice(rules, "language", {code: code for code in languages()}, "[rules]"),
        import_statuses=check.statuses(rules),
        column_names={key: check.names(columns, key) for key in columns},
        policy=Policy(
            max_pause=check.duration(policy, "max_pause", "[policy]"),
            max_pauses_per_year=check.integer(policy, "max_pauses_per_year", 1, 52,
                                              "[policy]"),
            min_notice=check.duration(policy, "min_notice", "[policy]"),
        ),
        import_profile=_import_profile(check, profile),
        studio=Studio(check.text(studio, "name", 80, "[studio]"),
                      check.text(studio, "signature", 300, "[studio]"),
                      check.email(studio, "reply_to", "[studio]")),
    )


def _product(check: _Checker, number: int, entry) -> Product:
    where = f"[[product]] number {number}"
    if not isinstance(entry, dict):
        raise ConfigError(f"{check.file}: {where} must be a table of name, kind, validity "
                          "and action.")
    check.only(entry, {"name", "kind", "validity", "action"}, where)
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ConfigError(f"{check.file}: {where}: name = {_shown(name)} is not allowed; write the "
                          "product's name as staff write it in notes, e.g. \"carnet 10 cours\".")
    where = f"[[product]] \"{name}\""
    kind = check.choice(entry, "kind", {"pack": "pack", "pass": "pass"}, where, required=True)
    validity = check.duration(entry, "validity", where, required=True)
    action = check.choice(entry, "action", {"extend": "extend", "reissue": "reissue"}, where,
                          required=False) or "extend"
    return Product(name.strip(), kind, validity, action)


def _import_profile(check: _Checker, profile: dict) -> ImportProfile:
    from .write.safety import is_formula_like  # the writers import this module

    renames = profile.get("columns", {})
    if not isinstance(renames, dict):
        raise ConfigError(f"{check.file}: [import] columns must be a table such as "
                          "{ customer_id = \"Kundennummer\" }.")
    for key, value in renames.items():
        if key not in IMPORT_COLUMNS:
            raise ConfigError(f"{check.file}: [import] columns: '{key}' is not a column of the "
                              f"import file; allowed: {', '.join(IMPORT_COLUMNS)}.")
        if not isinstance(value, str) or not value.strip() or len(value) > 100 \
                or is_formula_like(value.strip()):
            raise ConfigError(f"{check.file}: [import] columns: {key} = {_shown(value)} is not "
                              "allowed; give the column's name in the target system (not "
                              "starting with =, +, - or @, which spreadsheets run as a formula).")
    date_format = profile.get("date_format", "%Y-%m-%d")
    if not _gives_dates(date_format):
        raise ConfigError(f"{check.file}: [import] date_format = {_shown(date_format)} is not "
                          "allowed; use strftime codes that give a whole date, such as "
                          "\"%d.%m.%Y\" or \"%Y-%m-%d\".")
    delimiter = profile.get("delimiter", ",")
    if delimiter not in (",", ";", "\t", "|"):
        raise ConfigError(f"{check.file}: [import] delimiter = {_shown(delimiter)} is not allowed; "
                          "use \",\", \";\", \"\\t\" or \"|\".")
    encoding = profile.get("encoding", "utf-8")
    if not _text_encoding(encoding):
        raise ConfigError(f"{check.file}: [import] encoding = {_shown(encoding)} is not a text "
                          "encoding passpause can write; use \"utf-8\", \"utf-8-sig\" (Excel) or "
                          "\"cp1252\".")
    return ImportProfile({k: v.strip() for k, v in renames.items()}, date_format, delimiter,
                         encoding)


def _shown(value) -> str:
    """A value as a message quotes it: short, whatever its size."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


# The longest length a configuration may give (a validity, a pause): ten years.
MAX_DAYS = 3660


# The character sets a spreadsheet or an import tool reads; not the codecs Python also has
# for other jobs (punycode, unicode_escape, utf-7, idna), which would write something else.
_CHARSETS = re.compile(r"utf_(8|8_sig|16|16_[bl]e|32|32_[bl]e)|cp\d+|latin_1|iso8859_\d+|"
                       r"mac_\w+|ascii|koi8_\w+|shift_jis\w*|euc_\w+|gb\w+|big5\w*")


def _text_encoding(name) -> bool:
    """A character set that writes text and reads it back (not rot13, base64, idna,
    punycode, unicode_escape or utf-7)."""
    try:
        info = codecs.lookup(name)
        if not info._is_text_encoding or not _CHARSETS.fullmatch(info.name.replace("-", "_")):
            return False
        sample = "customer_id,Zoe,2025-07-14\r\n" * 3
        return sample.encode(name).decode(name) == sample
    except (LookupError, TypeError, UnicodeError, ValueError):
        return False


def _gives_dates(date_format) -> bool:
    """A date format that writes a whole date that reads back as the same day."""
    from datetime import datetime

    if not isinstance(date_format, str) or "%" not in date_format or len(date_format) > 40:
        return False
    sample = date(2025, 7, 14)
    try:
        written = sample.strftime(date_format)
        return len(written) <= 40 and datetime.strptime(written, date_format).date() == sample
    except (ValueError, OverflowError):
        return False


class _Checker:
    """Checks one value at a time; every message names file, key, value and what is allowed."""

    def __init__(self, file: str):
        self.file = file

    def fail(self, where: str, key: str, value, allowed: str):
        raise ConfigError(f"{self.file}: {where} {key} = {_shown(value)} is not allowed; "
                          f"{allowed}.")

    def only(self, table: dict, allowed, where: str) -> None:
        for key in table:
            if key not in allowed:
                raise ConfigError(f"{self.file}: unknown key '{key}' in {where}; allowed: "
                                  f"{', '.join(sorted(allowed))}.")

    def table(self, data: dict, key: str) -> dict:
        value = data.get(key, {})
        if not isinstance(value, dict):
            raise ConfigError(f"{self.file}: [{key}] must be a table ([{key}] on its own line, "
                              "then key = value lines).")
        return value

    def array(self, data: dict, key: str) -> list:
        value = data.get(key, [])
        if not isinstance(value, list):
            raise ConfigError(f"{self.file}: products are written as [[{key}]] tables.")
        return value

    def choice(self, table: dict, key: str, options: dict, where: str, required=False):
        if key not in table:
            if required:
                raise ConfigError(f"{self.file}: {where} needs {key}; allowed: "
                                  f"{', '.join(repr(o) for o in options)}.")
            return None
        value = table[key]
        if not isinstance(value, (str, int)) or value not in options:
            self.fail(where, key, value, "allowed: " + ", ".join(repr(o) for o in options))
        return options[value]

    def text(self, table: dict, key: str, longest: int, where: str) -> str:
        if key not in table:
            return ""
        value = table[key]
        if not isinstance(value, str) or len(value) > longest:
            self.fail(where, key, value, f"write a text of at most {longest} characters")
        return value.strip()

    def email(self, table: dict, key: str, where: str) -> str:
        value = self.text(table, key, 200, where)
        if value and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", value):
            self.fail(where, key, value, "write an e-mail address such as studio@example.com")
        return value

    def integer(self, table: dict, key: str, low: int, high: int, where: str) -> int | None:
        if key not in table:
            return None
        value = table[key]
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            self.fail(where, key, value, f"use a whole number from {low} to {high}")
        return value

    def duration(self, table: dict, key: str, where: str, required=False) -> Duration | None:
        if key not in table:
            if required:
                raise ConfigError(f"{self.file}: {where} needs {key}, e.g. \"6 months\".")
            return None
        value = table[key]
        parsed = parse_duration(value) if isinstance(value, str) and len(value) < 60 else None
        if not parsed or parsed.months * 31 + parsed.days > MAX_DAYS:
            self.fail(where, key, value, "write a length up to 10 years, such as \"6 months\", "
                                         "\"3 weeks\", \"45 days\" or \"1 month 15 days\"")
        return parsed

    def names(self, table: dict, key: str) -> tuple[str, ...]:
        value = table[key]
        names = [value] if isinstance(value, str) else value
        if not isinstance(names, list) or not names or not all(
                isinstance(n, str) and n.strip() for n in names):
            self.fail("[columns]", key, value, "give a header name or a list of header names")
        return tuple(n.strip() for n in names)

    def statuses(self, rules: dict) -> tuple[str, ...] | None:
        if "import_statuses" not in rules:
            return None
        value = rules["import_statuses"]
        if not isinstance(value, list) or not value or not all(v in ACTIONABLE
                                                              for v in value):
            self.fail("[rules]", "import_statuses", value,
                      "list some of " + ", ".join(f'"{s}"' for s in ACTIONABLE)
                      + " (review and closed never go to the import file)")
        return tuple(s for s in ACTIONABLE if s in value)


# A year is no unit of a pause note (the language files have none), but a validity is
# written in years: "1 year", "1 an", "1 Jahr".
_YEARS = ("year", "years", "an", "ans", "annee", "annees", "jahr", "jahre", "ano", "anos",
          "anno", "anni", "jaar", "jaren", "any", "anys")
_DURATION_PART = re.compile(rf"\s*(\d+)\s*({LETTER}+)\.?\s*")


def parse_duration(text: str) -> Duration | None:
    """``6 months``, ``3 weeks``, ``1 month 15 days``, ``45 jours``, ``1 Jahr``: the units
    of the language files, and years."""
    from .lexicon import load_lexicon, normalize

    lex = load_lexicon()
    and_ = re.compile(rf"(?:,|(?:{lex.conjunctions})(?![a-z]))?")
    months = days = 0
    position, text = 0, normalize(text.strip())
    while position < len(text):
        part = _DURATION_PART.match(text, position)
        if not part:
            return None
        number, unit = int(part.group(1)), part.group(2)
        kind = "year" if unit in _YEARS else lex.units.concept_of.get(unit)
        if kind in (None, "class"):
            return None
        months += {"year": 12 * number, "month": number}.get(kind, 0)
        days += {"day": number, "week": 7 * number, "fortnight": 14 * number}.get(kind, 0)
        position = and_.match(text, part.end()).end()
        position += len(text[position:]) - len(text[position:].lstrip())
    duration = Duration(months, days)
    return duration if duration else None


def write_template(directory: Path, lang: str, force: bool) -> Path:
    path = directory / FILE_NAME
    if path.exists() and not force:
        raise ConfigError(f"'{path}' already exists. Edit it, or use --force to replace it "
                          "with a fresh template.")
    path.write_text((TEMPLATES / f"passpause.{lang}.toml").read_text(encoding="utf-8"),
                    encoding="utf-8")
    return path
