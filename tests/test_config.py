"""passpause.toml: loading, validation, catalogue, rules, policy, import profile, init."""

import csv
import datetime as dt
import hashlib
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from passpause import parse_comment
from passpause.cli import main
from passpause.config import ConfigError, Product, find_config, load_config, parse_duration
from passpause.dates import Rules
from passpause.models import Duration
from passpause.pipeline import Settings, analyse_comment, run

AS_OF = dt.date(2025, 11, 24)
CARNET = """
[[product]]
name = "carnet 10 cours"
kind = "pack"
validity = "6 months"
action = "reissue"
"""


def config_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "passpause.toml"
    path.write_text(text, encoding="utf-8")
    return path


def export(tmp_path: Path, rows: list[list[str]],
           header=("N° client", "Prénom", "Nom", "E-mail", "Commentaire")) -> Path:
    path = tmp_path / "clients.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([list(header)] + rows)
    return path


def records(note: str, config_text: str, tmp_path: Path, as_of=AS_OF):
    config = load_config(config_file(tmp_path, config_text))
    settings = Settings(Path("x"), as_of, config=config)
    found, _ = analyse_comment(note, settings.rules, month_first=settings.reads_month_first)
    return found


def test_the_catalogue_turns_a_pack_without_time_into_a_reissue(tmp_path):
    [record] = records("Carnet 10 cours en pause depuis le 01/10/2025, reste 4 cours",
                       CARNET, tmp_path)
    assert record.action == "reissue"
    assert record.statement.remaining_classes == 4
    assert (record.new_valid_from, record.new_valid_until) == (dt.date(2025, 11, 24),
                                                               dt.date(2026, 5, 24))
    # without the catalogue the same note needs a person
    [plain] = parse_comment("Carnet 10 cours en pause depuis le 01/10/2025, reste 4 cours",
                            as_of=AS_OF)
    assert plain.status == "review"


def test_the_catalogue_finds_its_own_product_names_in_notes(tmp_path):
    text = CARNET.replace("carnet 10 cours", "Yoga Flow Vingt").replace("6 months", "3 months")
    [record] = records("Yoga flow vingt en pause du 01/11 au 20/11/2025, reste 4 cours", text,
                       tmp_path)
    assert (record.status, record.action, record.product_kind) == ("overdue", "reissue", "pack")
    assert record.new_valid_until == dt.date(2026, 2, 21)


def test_a_reissue_row_in_the_import_file(tmp_path):
    config = load_config(config_file(tmp_path, CARNET))
    result = run(Settings(export(tmp_path, [["0001", "Léa", "Martin", "lea@x.fr",
                                             "Carnet 10 cours en pause du 01/11 au 20/11/2025, "
                                             "reste 4 cours"]]),
                          AS_OF, out_dir=tmp_path / "out", config=config))
    [row] = list(csv.DictReader(open(result.outputs["import"], encoding="utf-8")))
    assert (row["action"], row["remaining_classes"], row["discount_percent"],
            row["new_valid_from"], row["new_valid_until"]) == (
        "reissue", "4", "100", "2025-11-21", "2026-05-21")


def test_extend_keeps_editing_the_paused_product(tmp_path):
    [record] = records("Carnet 10 cours en pause du 01/11 au 20/11/2025, reste 4 cours et "
                       "30 jours", CARNET.replace("reissue", "extend"), tmp_path)
    assert (record.action, record.new_valid_until) == ("extend", dt.date(2025, 12, 21))


@pytest.mark.parametrize("counting, until", [
    ("resume + remaining", dt.date(2025, 7, 14)),
    ("resume + remaining - 1 day", dt.date(2025, 7, 13)),
])
def test_both_counting_rules(tmp_path, counting, until):
    [record] = records("Pause du 17/06 au 30/06/2025, il reste 13 jours",
                       f'[rules]\ncounting = "{counting}"\n', tmp_path)
    assert record.new_valid_until == until


def test_rules_horizon_and_date_order(tmp_path):
    text = '[rules]\nhorizon = 30\ndate_order = "month-first"\n'
    [record] = records("Pause from 06/17/2025 to 12/10/2025, 5 days left", text, tmp_path)
    assert (record.pause_start, record.status) == (dt.date(2025, 6, 17), "due")


def test_import_profile(tmp_path):
    config = load_config(config_file(tmp_path, """
[import]
columns = { customer_id = "Kundennummer", new_valid_until = "Gültig bis" }
date_format = "%d.%m.%Y"
delimiter = ";"
encoding = "utf-8-sig"
"""))
    result = run(Settings(export(tmp_path, [["0042", "Jörg", "Weiß", "j@x.de",
                                             "Pause vom 01.11. bis 20.11.2025, noch 9 Tage"]]),
                          AS_OF, out_dir=tmp_path / "out", config=config))
    raw = Path(result.outputs["import"]).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    header = lines[0].split(";")
    assert header[0] == "Kundennummer" and header[12] == "Gültig bis"
    assert header[1:12] == ["first_name", "last_name", "email", "product", "product_kind",
                            "action", "pause_start", "resume_date", "remaining_days",
                            "remaining_classes", "new_valid_from"]
    values = next(csv.reader(lines[1:], delimiter=";"))
    assert (values[0], values[7], values[12]) == ("0042", "01.11.2025", "30.11.2025")


def test_the_default_profile_is_the_contract(tmp_path):
    result = run(Settings(export(tmp_path, [["1", "A", "B", "a@b.c",
                                             "Pause du 01/11 au 20/11/2025, reste 9 jours"]]),
                          AS_OF, out_dir=tmp_path / "out"))
    first = Path(result.outputs["import"]).read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("customer_id,first_name,last_name,email,product,")


def test_an_encoding_that_cannot_hold_the_text_stops_cleanly(tmp_path):
    config_file(tmp_path, '[import]\nencoding = "cp1252"\n')
    path = export(tmp_path, [["1", "Ana", "Ng", "a@b.c",
                              "Pause du 01/11 au 20/11/2025, reste 9 jours 🧘"]])
    result = CliRunner().invoke(main, ["run", str(path), "--as-of", "2025-11-24", "--out",
                                       str(tmp_path / "out"), "--config",
                                       str(tmp_path / "passpause.toml")])
    assert result.exit_code == 2
    assert result.output.startswith("Error: The import file cannot be written in cp1252: "
                                    "'🧘' has no place in it.")
    assert not (tmp_path / "out" / "import_2025-11-24.csv").exists()


def test_extra_column_names_and_several_comment_columns(tmp_path):
    config = load_config(config_file(tmp_path, """
[columns]
customer_id = "Code adhérent"
comment = ["Notes internes", "Suivi"]
"""))
    path = export(tmp_path, [["A-7", "Léa", "Martin", "Pause du 01/11 au 20/11/2025, reste "
                              "9 jours", "Pause du 03/11 au 23/11/2025, reste 4 jours"]],
                  header=("Code adhérent", "Prénom", "Nom", "Notes internes", "Suivi"))
    result = run(Settings(path, AS_OF, out_dir=tmp_path / "out", config=config))
    # two pauses of one client in two note fields are read together by a person
    assert [r.status for _, r in result.records()] == ["review", "review"]
    assert {row.field: r.problems[0].values["fields"] for row, r in result.records()} == {
        "Notes internes": "Suivi", "Suivi": "Notes internes"}
    assert {row.client.customer_id for row in result.rows} == {"A-7"}


def test_policy_max_pause(tmp_path):
    [record] = records("Pause du 01/06 au 20/11/2025, reste 9 jours",
                       '[policy]\nmax_pause = "3 months"\n', tmp_path)
    assert [w.code for w in record.warnings] == ["policy_max_pause"]
    assert record.status == "overdue"  # a warning, never a changed date


def test_policy_needing_the_ledger(tmp_path):
    config = load_config(config_file(tmp_path, """
[policy]
max_pauses_per_year = 1
min_notice = "7 days"
"""))
    ledger = tmp_path / "ledger.sqlite3"
    week1 = export(tmp_path, [["1", "Léa", "M", "l@x.fr", "Pause du 01/09 au 30/09/2025, "
                               "reste 9 jours [réactivé le 01/10/2025, valable jusqu'au "
                               "10/10/2025]"]])
    run(Settings(week1, AS_OF, out_dir=tmp_path / "1", config=config, ledger=ledger))
    week2 = export(tmp_path, [["1", "Léa", "M", "l@x.fr", "Pause du 01/09 au 30/09/2025, "
                               "reste 9 jours [réactivé le 01/10/2025, valable jusqu'au "
                               "10/10/2025]\nPause du 26/11 au 30/11/2025, reste 9 jours"]])
    result = run(Settings(week2, dt.date(2025, 12, 1), out_dir=tmp_path / "2", config=config,
                          ledger=ledger))
    [new] = [r for _, r in result.records() if r.status != "closed"]
    assert {w.code for w in new.warnings} == {"policy_max_per_year", "policy_min_notice"}


def test_command_line_wins_over_the_file(tmp_path):
    config_file(tmp_path, '[rules]\nhorizon = 0\nlanguage = "de"\n')
    path = export(tmp_path, [["1", "A", "B", "a@b.c", "Pause du 01/11 au 25/11/2025, reste "
                              "9 jours"]])
    runner = CliRunner()
    args = ["run", str(path), "--as-of", "2025-11-24", "--config",
            str(tmp_path / "passpause.toml"), "--json"]
    from_file = runner.invoke(main, args + ["--out", str(tmp_path / "a")])
    assert '"upcoming": 1' in from_file.output
    from_cli = runner.invoke(main, args + ["--out", str(tmp_path / "b"), "--horizon", "7"])
    assert '"due": 1' in from_cli.output
    book = openpyxl.load_workbook(tmp_path / "a" / "reactivations_2025-11-24.xlsx")
    assert book.sheetnames[0] == "Reaktivierungen"


def test_the_summary_names_the_configuration(tmp_path):
    path = config_file(tmp_path, CARNET)
    result = run(Settings(export(tmp_path, [["1", "A", "B", "a@b.c", "Pause"]]), AS_OF,
                          out_dir=tmp_path / "out", config=load_config(path)))
    summary = openpyxl.load_workbook(result.outputs["worksheet"]).worksheets[3]
    values = [c for row in summary.iter_rows(values_only=True) for c in row]
    assert str(path) in values
    assert hashlib.sha256(path.read_bytes()).hexdigest() in values


def test_a_file_in_the_current_folder_is_found(tmp_path):
    config_file(tmp_path, CARNET)
    assert find_config(None, cwd=tmp_path).products[0].name == "carnet 10 cours"
    assert find_config(None, cwd=tmp_path / "elsewhere").products == ()


BAD = [
    ("[rules]\nhorizon = -3\n",
     "passpause.toml: [rules] horizon = -3 is not allowed; use a whole number from 0 to 365."),
    ('[rules]\ncounting = "resume"\n',
     "passpause.toml: [rules] counting = 'resume' is not allowed; allowed: "
     "'resume + remaining', 'resume + remaining - 1 day'."),
    ('[rules]\ndate_order = "US"\n',
     "passpause.toml: [rules] date_order = 'US' is not allowed; allowed: 'day-first', "
     "'month-first'."),
    ('[rules]\nimport_statuses = ["review"]\n',
     "passpause.toml: [rules] import_statuses = ['review'] is not allowed; list some of "
     '"overdue", "due", "upcoming", "open" (review and closed never go to the import file).'),
    ("[rules]\nhorizont = 7\n",
     "passpause.toml: unknown key 'horizont' in [rules]; allowed: counting, date_order, "
     "horizon, import_statuses, language."),
    (CARNET.replace('"6 months"', '"six months"'),
     "passpause.toml: [[product]] \"carnet 10 cours\" validity = 'six months' is not allowed; "
     'write a length up to 10 years, such as "6 months", "3 weeks", "45 days" or "1 month 15 days".'),
    (CARNET.replace('"pack"', '"bundle"'),
     "passpause.toml: [[product]] \"carnet 10 cours\" kind = 'bundle' is not allowed; "
     "allowed: 'pack', 'pass'."),
    ('[[product]]\nkind = "pack"\n',
     "passpause.toml: [[product]] number 1: name = None is not allowed; write the product's "
     'name as staff write it in notes, e.g. "carnet 10 cours".'),
    ('[import]\ncolumns = { client = "Kunde" }\n',
     "passpause.toml: [import] columns: 'client' is not a column of the import file;"),
    ('[import]\ndate_format = "dd.mm.yyyy"\n',
     "passpause.toml: [import] date_format = 'dd.mm.yyyy' is not allowed; use strftime codes"),
    ('[import]\ndelimiter = "::"\n',
     "passpause.toml: [import] delimiter = '::' is not allowed;"),
    ('[import]\nencoding = "klingon"\n',
     "passpause.toml: [import] encoding = 'klingon' is not a text encoding"),
    ('[import]\nencoding = "rot13"\n',
     "passpause.toml: [import] encoding = 'rot13' is not a text encoding"),
    ('[import]\nencoding = "idna"\n',
     "passpause.toml: [import] encoding = 'idna' is not a text encoding"),
    ('[import]\nencoding = "punycode"\n',
     "passpause.toml: [import] encoding = 'punycode' is not a text encoding"),
    ('[import]\nencoding = "unicode_escape"\n',
     "passpause.toml: [import] encoding = 'unicode_escape' is not a text encoding"),
    ('[import]\nencoding = "utf-7"\n',
     "passpause.toml: [import] encoding = 'utf-7' is not a text encoding"),
    ("[rules]\nhorizon = " + "[" * 3000 + "]" * 3000 + "\n", "passpause.toml is not valid TOML"),
    ('[import]\ndate_format = "%9999Y"\n',
     "passpause.toml: [import] date_format = '%9999Y' is not allowed; use strftime codes that "
     "give a whole date"),
    ('[import]\ndate_format = "%d/%m"\n',
     "passpause.toml: [import] date_format = '%d/%m' is not allowed;"),
    ('[import]\ncolumns = { customer_id = "=1+1" }\n',
     "passpause.toml: [import] columns: customer_id = '=1+1' is not allowed;"),
    ('[rules]\nlanguage = ["fr"]\n',
     "passpause.toml: [rules] language = ['fr'] is not allowed; allowed: 'en', 'fr', 'de', "
     "'es', 'it', 'nl'."),
    ('[rules]\nlanguage = "' + "x" * 5000 + '"\n',
     "passpause.toml: [rules] language = 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx..."
     " is not allowed;"),
    ('[policy]\nmax_pause = "999999999 years"\n',
     "passpause.toml: [policy] max_pause = '999999999 years' is not allowed; write a length up "
     "to 10 years"),
    ('[policy]\nmax_pauses_per_year = 0\n',
     "passpause.toml: [policy] max_pauses_per_year = 0 is not allowed; use a whole number "
     "from 1 to 52."),
    ("[rules\nhorizon = 7\n", "passpause.toml is not valid TOML"),
    ('[colors]\nred = 1\n', "passpause.toml: unknown key 'colors' in top level;"),
]


@pytest.mark.parametrize("text, message", BAD, ids=[m[:50] for _, m in BAD])
def test_mistakes_stop_with_one_line_naming_key_value_and_what_is_allowed(tmp_path, text,
                                                                         message):
    with pytest.raises(ConfigError) as caught:
        load_config(config_file(tmp_path, text))
    assert str(caught.value).startswith(message)
    assert "\n" not in str(caught.value)


def test_a_mistake_stops_the_run_with_an_error_line(tmp_path):
    config_file(tmp_path, "[rules]\nhorizon = -3\n")
    path = export(tmp_path, [["1", "A", "B", "a@b.c", "Pause"]])
    result = CliRunner().invoke(main, ["run", str(path), "--config",
                                       str(tmp_path / "passpause.toml")])
    assert result.exit_code == 2
    assert result.output == ("Error: passpause.toml: [rules] horizon = -3 is not allowed; use "
                             "a whole number from 0 to 365.\n")


@pytest.mark.parametrize("lang, comment", [("fr", "# Configuration de passpause"),
                                           ("en", "# passpause configuration"),
                                           ("de", "# passpause-Konfiguration")])
def test_init_writes_a_valid_commented_template(tmp_path, monkeypatch, lang, comment):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["init", "--lang", lang])
    assert result.exit_code == 0, result.output
    text = (tmp_path / "passpause.toml").read_text(encoding="utf-8")
    assert text.startswith(comment)
    config = load_config(tmp_path / "passpause.toml")
    assert (config.horizon, config.import_statuses) == (7, ("overdue", "due"))
    assert config.import_profile.date_format == "%Y-%m-%d"
    again = CliRunner().invoke(main, ["init", "--lang", lang])
    assert again.exit_code == 2 and "already exists" in again.output


def test_the_commented_product_example_of_the_template_is_valid(tmp_path):
    for lang in ("fr", "en", "de"):
        text = (Path(__file__).parents[1] / "passpause" / "templates" /
                f"passpause.{lang}.toml").read_text(encoding="utf-8")
        uncommented = "\n".join(line[2:] if line.startswith("# ") and "=" in line
                                and line[2:].split("=")[0].strip() in
                                ("name", "kind", "validity", "action", "max_pause",
                                 "max_pauses_per_year", "min_notice")
                                else ("[[product]]" if line == "# [[product]]" else line)
                                for line in text.splitlines())
        config = load_config(config_file(tmp_path, uncommented))
        assert len(config.products) == 1 and config.policy.max_pauses_per_year == 2


@pytest.mark.parametrize("text, duration", [
    ("6 months", Duration(6, 0)), ("3 weeks", Duration(0, 21)),
    ("1 month 15 days", Duration(1, 15)), ("45 jours", Duration(0, 45)),
    ("2 Wochen", Duration(0, 14)), ("1 year", Duration(12, 0)), ("soon", None), ("0 days", None),
    # every language file's units, and its "and"
    ("1 mois et 15 jours", Duration(1, 15)), ("1 mes y 5 días", Duration(1, 5)),
    ("6 mesi", Duration(6, 0)), ("3 weken", Duration(0, 21)), ("2 setmanes", Duration(0, 14)),
    ("1 Jahr", Duration(12, 0)), ("10 cours", None),
])
def test_parse_duration(text, duration):
    assert parse_duration(text) == duration


def test_product_names_match_whatever_the_case_and_accents():
    product = Product("Carnet 10 séances", "pack", Duration(6), "reissue")
    assert product.named_in("CARNET 10 SEANCES en pause")
    assert not product.named_in("carnet 100 séances")
    assert Rules(AS_OF, products=(product,)).products == (product,)
