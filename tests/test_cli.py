"""The command line: exit codes, exact error lines, the JSON outputs."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from passpause import __version__
from passpause.cli import main

FIXTURES = Path(__file__).parent / "fixtures"
SEED = "Pause à partir du 17 juin 2025 ; il reste 13 jours sur le pass mensuel"


@pytest.fixture
def cli():
    runner = CliRunner()

    def invoke(*args):
        return runner.invoke(main, [str(a) for a in args])

    return invoke


def test_version(cli):
    result = cli("--version")
    assert result.exit_code == 0
    assert result.output == f"passpause, version {__version__}\n"


def test_python_dash_m_works():
    done = subprocess.run([sys.executable, "-m", "passpause", "--version"],
                          capture_output=True, text=True, check=True)
    assert done.stdout.strip() == f"passpause, version {__version__}"


def test_parse_the_seed_note_as_json(cli):
    result = cli("parse", SEED, "--as-of", "2025-07-01", "--json")
    assert result.exit_code == 0
    [record] = json.loads(result.output)["records"]
    assert record["pause_start"] == "2025-06-17"
    assert record["status"] == "open"
    assert (record["new_valid_from"], record["new_valid_until"]) == ("2025-07-01", "2025-07-14")


def test_parse_explains_a_review_in_words(cli):
    result = cli("parse", "Pause depuis le 31/09/2025, reste 4 jours", "--lang", "fr")
    assert result.exit_code == 0
    assert "Pause 1: review" in result.output
    assert "La date 31/09/2025 n'existe pas" in result.output


def test_parse_reads_the_configuration_as_run_does(cli, tmp_path, monkeypatch):
    """A studio whose exports write month first: 'parse' and 'run' read the note alike."""
    note = "Pause du 11/03/2025 au 11/20/2025, il reste 9 jours"
    (tmp_path / "passpause.toml").write_text('[rules]\ndate_order = "month-first"\n',
                                             encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    [record] = json.loads(cli("parse", note, "--as-of", "2025-11-24", "--json").output)["records"]
    assert (record["status"], record["resume_date"]) == ("overdue", "2025-11-21")
    (tmp_path / "export.csv").write_text(f"N° client;Commentaire\n1;{note}\n", encoding="utf-8")
    result = cli("run", "export.csv", "--as-of", "2025-11-24", "--no-ledger", "--json")
    assert json.loads(result.output)["counts"]["overdue"] == 1
    monkeypatch.chdir(FIXTURES)  # no configuration here: day first, an impossible date
    [record] = json.loads(cli("parse", note, "--as-of", "2025-11-24", "--json").output)["records"]
    assert record["status"] == "review"


def test_parse_says_when_there_is_no_pause(cli):
    result = cli("parse", "pause déjeuner à midi")
    assert result.output == "No pause statement in this comment.\n"


def test_run_prints_a_summary_and_writes_its_files(cli, tmp_path):
    result = cli("run", FIXTURES / "cp1252_semicolon.csv", "--as-of", "2025-11-24",
                 "--out", tmp_path, "--lang", "en")
    assert result.exit_code == 0, result.output
    assert ("3 rows read. Notes that mention a pause: 1 (1 with a pause statement, 0 in "
            "another sense), all accounted for.") in result.output
    assert "1 due" in result.output
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != ".passpause.lock") == [
        "import_2025-11-24.csv", "reactivations_2025-11-24.ics",
        "reactivations_2025-11-24.xlsx"]


def test_run_json_summary(cli, tmp_path):
    result = cli("run", FIXTURES / "utf8_bom_comma.csv", "--as-of", "2025-11-24",
                 "--out", tmp_path, "--json")
    summary = json.loads(result.output)
    assert summary["rows_read"] == 3
    assert summary["pause_mentions"] == 1
    assert summary["counts"]["due"] == 1
    assert Path(summary["outputs"]["import"]).exists()


def test_run_never_replaces_an_earlier_run_without_force(cli, tmp_path):
    args = ("run", FIXTURES / "utf8_bom_comma.csv", "--as-of", "2025-11-24", "--out", tmp_path)
    assert cli(*args).exit_code == 0
    again = cli(*args)
    assert again.exit_code == 2
    assert again.output.startswith("Error: ") and "already exists" in again.output
    assert "--force" in again.output
    assert cli(*args, "--force").exit_code == 0


@pytest.mark.parametrize("name, line", [
    ("missing.xlsx", "Error: '{path}' does not exist. Check the path of the export file."),
    ("no_comment_column.csv", "Error: No note column (comment, note, warning) found in 'no_comment_column.csv'. "
                              "Columns are: N° client, Prénom, Nom, E-mail. "
                              "Use --comment-column NAME."),
    ("encrypted.xlsx", "Error: 'encrypted.xlsx' is protected by a password. Open it in Excel, "
                       "remove the password (File > Info > Protect Workbook) and save it, "
                       "then run again."),
])
def test_bad_input_is_one_error_line_and_nothing_written(cli, tmp_path, name, line):
    out = tmp_path / "out"
    result = cli("run", FIXTURES / name, "--out", out)
    assert result.exit_code == 2
    assert result.output == line.format(path=FIXTURES / name) + "\n"
    assert not out.exists()


def test_a_bad_date_option_is_a_usage_error(cli):
    result = cli("run", FIXTURES / "utf8_bom_comma.csv", "--as-of", "24/11/2025")
    assert result.exit_code == 2
    assert "is not a date; write it as YYYY-MM-DD" in result.output
    assert "Traceback" not in result.output


def test_every_command_help_shows_an_example(cli):
    for command in [[]] + [[name] for name in main.commands]:
        result = cli(*command, "--help")
        assert result.exit_code == 0
        assert "Example" in result.output and "passpause " in result.output


def test_run_lists_every_output_of_the_table(cli, tmp_path):
    from passpause.write import OUTPUTS
    from passpause.write.labels import Labels

    result = cli("run", FIXTURES.parent.parent / "examples" / "kunden-export.csv", "--as-of",
                 "2025-11-24", "--out", tmp_path, "--no-ledger")
    assert result.exit_code == 0, result.output
    for output in OUTPUTS:
        path = tmp_path / output.pattern.format(as_of="2025-11-24")
        assert path.is_file()
        title = Labels("de")[f"title_{output.name}"]  # the export's headers are German
        assert f"{title}:" in result.output and str(path) in result.output
