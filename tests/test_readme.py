"""The README's commands are the ones that work: the example runs, CI runs the test command."""

import re
import shlex
from pathlib import Path

from click.testing import CliRunner

from passpause.cli import main

ROOT = Path(__file__).parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = re.findall(r"```sh\n(.+?)\n```", README, flags=re.S)


def test_the_readme_has_its_two_setup_commands():
    setup = [c for c in COMMANDS if c.startswith("python3 -m venv")]
    assert len(setup) == 2
    assert "passpause run examples/" in setup[0]
    assert "pytest" in setup[1]


def test_ci_runs_the_readmes_test_command():
    test_command = [c for c in COMMANDS if "pytest" in c][0]
    assert test_command in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_the_readmes_example_runs(tmp_path, monkeypatch):
    example = COMMANDS[0].split("&&")[-1].strip()
    args = shlex.split(example)
    assert args[0].endswith("passpause")
    monkeypatch.chdir(tmp_path)
    args = [str(ROOT / a) if a.startswith("examples/") else a for a in args[1:]]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "passpause-output" / "import_2025-11-24.csv").exists()
    assert "Import:" in result.output and "(23 lignes)" in result.output  # the export's French


def test_the_readmes_worked_example_is_what_passpause_reads():
    parse = next(c for c in COMMANDS if c.startswith("passpause parse"))
    result = CliRunner().invoke(main, shlex.split(parse)[1:] + ["--json"])
    assert '"new_valid_from": "2025-07-01"' in result.output
    assert '"new_valid_until": "2025-07-14"' in result.output
    assert "1 July 2025 →\n14 July 2025" in README


def test_the_readmes_configuration_example_is_valid(tmp_path):
    from passpause.config import load_config

    [example] = re.findall(r"```toml\n(.+?)\n```", README, flags=re.S)
    path = tmp_path / "passpause.toml"
    path.write_text(example, encoding="utf-8")
    config = load_config(path)
    assert [p.action for p in config.products] == ["reissue", "extend"]
    assert config.import_profile.delimiter == ";"


def test_the_readmes_python_example_runs(tmp_path, monkeypatch, capsys):
    [code] = re.findall(r"## From Python\n\n```python\n(.+?)\n```", README, flags=re.S)
    (tmp_path / "export-clients.xlsx").write_bytes(
        (ROOT / "examples" / "export-clients.xlsx").read_bytes())
    monkeypatch.chdir(tmp_path)
    exec(compile(code, "README.md", "exec"), {})  # noqa: S102 - the README's own example
    printed = capsys.readouterr().out
    assert printed.startswith("{'overdue': 13, 'due': 10,")
    assert sorted(p.name for p in (tmp_path / "reactivations").iterdir() if p.name != ".passpause.lock") == [
        "import_2025-11-24.csv", "reactivations_2025-11-24.ics",
        "reactivations_2025-11-24.xlsx"]
