"""The language files follow one schema; a new language is a data file, no Python."""

import shutil
from datetime import date

import pytest

from passpause.dates import Rules
from passpause.errors import LanguageDataError
from passpause.lexicon import (LANGUAGE_DIR, Lexicon, language_files, load_language, load_lexicon,
                               normalize)
from passpause.pipeline import analyse_comment

SHIPPED = ("ca", "de", "en", "es", "fr", "it", "nl")


def test_every_shipped_language_loads_and_validates():
    assert tuple(p.stem for p in language_files()) == SHIPPED
    lexicon = Lexicon([load_language(p) for p in language_files()])
    assert set(lexicon.languages) == set(SHIPPED)
    assert lexicon.month_of["juin"] == lexicon.month_of["juni"] == 6
    assert lexicon.month_of["marz"] == 3  # accents are folded: "März" == "Marz"


def test_normalize_keeps_offsets():
    text = "Pausé l’ÉTÉ – ＝dès"
    folded = normalize(text)
    assert len(folded) == len(text)
    assert folded == "pause l'ete - =des"


def _copy_languages(tmp_path, *codes):
    for code in codes:
        shutil.copy(LANGUAGE_DIR / f"{code}.toml", tmp_path / f"{code}.toml")


PORTUGUESE = """
[language]
code = "pt"
name = "português"
number_words = "pt"
capitalised_nouns = false
spelled_numbers = []
[pause]
words = ["pausa", "congelado"]
compound_suffixes = []
stems = ["paus", "congel"]
not_pause = ["pausa para almoço"]
closed = ["reativado"]
not_closed = ["ainda não reativado"]
[fields]
start = ["desde", "a partir de"]
end = ["até"]
resume = ["volta em"]
length = ["durante"]
remaining_before = ["faltam", "restam"]
remaining_after = ["restantes"]
original_end = ["válido até"]
reason = ["motivo"]
care = ["para cuidar de"]
client = ["cliente"]
range_to = ["a", "até"]
including = ["incluindo"]
conjunctions = ["e"]
fillers = ["o", "de"]
one = ["um", "uma"]
alternatives = ["ou"]
planned = ["prevista", "previsto"]
extended = ["prorrogada até"]
then = ["depois"]
previously = ["antes"]
open_ended = ["até novo aviso"]
other_date = ["pago em"]
other_product = ["novo", "nova", "outro", "outra"]
not_product = ["não"]
[modifiers]
cancelled = ["cancelada", "cancelado"]
settled = ["nova data de fim"]
moved = ["adiada"]
requested = ["pediu"]
unchanged = ["a pedido do cliente", "a pedido da cliente"]
condition = ["salvo se"]
other_person = ["do marido"]
excluded = ["excluído"]
approximate = ["cerca de", "aproximadamente"]
fraction = ["e meio", "e meia"]
relative = ["amanhã", "próxima semana"]
today = ["hoje"]
doubt = ["a confirmar"]
consumed = ["usados", "usadas"]
[units]
day = ["dias", "dia"]
week = ["semanas", "semana"]
fortnight = []
month = ["meses", "mês"]
class = ["aulas", "aula"]
[dates]
months = [["janeiro"], ["fevereiro"], ["março"], ["abril"], ["maio"], ["junho"], ["julho"],
          ["agosto"], ["setembro"], ["outubro"], ["novembro"], ["dezembro"]]
weekdays = [["segunda"], ["terça"], ["quarta"], ["quinta"], ["sexta"], ["sábado"], ["domingo"]]
ordinal_suffixes = ["º"]
joiners = ["de"]
clock_after = ["h", "horas"]
clock_before = ["às"]
holidays = ["natal"]
[products]
pass = ["passe mensal"]
pack = ["pacote {n} aulas"]
[columns]
customer_id = ["número do cliente"]
first_name = ["nome próprio"]
last_name = ["apelido"]
full_name = ["nome completo"]
email = ["correio eletrónico"]
phone = ["telemóvel"]
comment = ["comentário"]
[output]
marker = "[reativado em {resume}, válido até {until}]"
date_format = "%d/%m/%Y"
long_date = "{day} de {month} de {year}"
first_day = ""
month_names = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
               "setembro", "outubro", "novembro", "dezembro"]
generic_product = "passe"
subject = "O seu {product} foi reativado"
greeting = "Olá {first_name},"
greeting_no_name = "Olá,"
body = "Reativámos o seu {product} a partir de {valid_from}. É válido até {valid_until}."
body_overdue = "O seu {product} está ativo desde {valid_from}, até {valid_until}."
classes_line = "Ainda tem {classes} aulas."
classes_line_one = "Ainda tem 1 aula."
closing = "Até breve!"
"""


def test_a_seventh_language_is_one_data_file(tmp_path):
    _copy_languages(tmp_path, "en")
    (tmp_path / "pt.toml").write_text(PORTUGUESE, encoding="utf-8")
    lexicon = Lexicon([load_language(p) for p in language_files(tmp_path)])
    records, _ = analyse_comment("Pausa desde 17 de junho de 2025, faltam treze dias no passe "
                                 "mensal", Rules(date(2025, 11, 24)), lexicon=lexicon)
    [record] = records
    assert record.statement.lang == "pt"
    assert record.pause_start == date(2025, 6, 17)
    assert record.remaining_days == 13
    assert record.statement.product_kind == "pass"


@pytest.mark.parametrize("change, message", [
    (lambda t: t.replace('[units]', '[units]\nhour = ["h"]'), "unknown key(s) ['hour']"),
    (lambda t: t.replace('code = "pt"', 'code = "br"'), "code must be 'pt'"),
    (lambda t: t.replace('["janeiro"], ', ''), "must be 12 non-empty lists"),
    (lambda t: t.replace('{until}', '{end}'), "marker must contain"),
    (lambda t: t.replace('words = ["pausa", "congelado"]', 'words = "pausa"'),
     "must be a list of non-empty strings"),
    (lambda t: t.replace('[products]', '[products]\n').replace('pass = ["passe mensal"]',
                                                               'pass = ["pacote {n} aulas"]'),
     "means both"),
])
def test_schema_mistakes_name_the_file_and_key(tmp_path, change, message):
    (tmp_path / "pt.toml").write_text(change(PORTUGUESE), encoding="utf-8")
    with pytest.raises(LanguageDataError, match=__import__("re").escape(message)):
        Lexicon([load_language(p) for p in language_files(tmp_path)])


def test_a_month_name_may_not_mean_two_months(tmp_path):
    _copy_languages(tmp_path, "en")
    (tmp_path / "pt.toml").write_text(PORTUGUESE.replace('["janeiro"]', '["janeiro", "may"]'),
                                      encoding="utf-8")
    with pytest.raises(LanguageDataError, match="'may' is number 1 here but 5"):
        Lexicon([load_language(p) for p in language_files(tmp_path)])


def test_every_marker_is_read_back_as_closed():
    """What passpause writes into comment_update must close the pause next week."""
    for path in language_files():
        language = load_language(path)
        marker = language.marker.format(resume="01/07/2025", until="14/07/2025")
        records, _ = analyse_comment(f"Pause 17/06/2025 {marker}", Rules(date(2025, 11, 24)))
        assert [r.status for r in records] == ["closed"], (path.name, marker)


def test_normalize_keeps_length_and_folds_every_character_the_same_way():
    """One translation table does what folding character by character did."""
    import unicodedata

    from passpause.lexicon import normalize

    text = "".join(chr(c) for c in range(32, 0x3000) if not 0xD800 <= c < 0xE000)
    folded = normalize(text)
    assert len(folded) == len(text)
    for original, char in zip(text, folded):
        expected = original
        if original in "\u2019\u2018\u02bc`\u00b4\u2032":
            expected = "'"
        elif original in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212":
            expected = "-"
        elif original in "\u00a0\u202f\u2007\u2009\t\r":
            expected = " "
        else:
            base = "".join(c for c in unicodedata.normalize("NFKD", original)
                           if not unicodedata.combining(c))
            base = base if len(base) == 1 else original
            expected = base.lower() if len(base.lower()) == 1 else base
        assert char == expected, (original, char, expected)
    assert normalize("Gelé À PARTIR du 17 Juin") == "gele a partir du 17 juin"
    assert normalize("ASCII `quote`\tTab") == "ascii 'quote' tab"


@pytest.mark.parametrize("word, lang, meant", [
    ("abonement", "fr", "abonnement"),
    ("remaning", "en", "remaining"),
    ("qeudan", "es", "quedan"),
    ("resterned", "nl", "resterend"),
    # another form or another word, never a slip: an ending added, dropped or changed
    ("reprises", "fr", None),
    ("quedar", "es", None),
    ("monate", "de", None),
    # the first letter is never the slip, and a short word has too many neighbours
    ("pemaining", "en", None),
    ("dagne", "nl", None),
    # a word another language knows is that word
    ("restant", "es", None),
])
def test_a_word_naming_a_value_written_one_letter_wrong(word, lang, meant):
    assert load_lexicon().slipped_word(word, lang) == meant
