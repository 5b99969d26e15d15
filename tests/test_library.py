"""The library, as a web page or a notebook calls it: analyse without writing, then write;
an export given as a path, as bytes or as a file object gives the same result."""

import gc
import io
from datetime import date
from pathlib import Path

import pytest

import passpause
from passpause import Settings, analyse

EXAMPLE = Path(__file__).parents[1] / "examples" / "kunden-export.csv"
AS_OF = date(2025, 11, 24)


def _records(result):
    return [(row.client.source_row, r.status, r.new_valid_from, r.new_valid_until)
            for row, r in result.records()]


def test_analyse_writes_nothing_and_write_writes_once(tmp_path):
    settings = Settings(EXAMPLE, AS_OF, out_dir=tmp_path / "out", ledger=tmp_path / "l.sqlite3")
    analysis = analyse(EXAMPLE, settings)
    assert list(tmp_path.iterdir()) == []  # no outputs, and no ledger file yet
    assert analysis.outputs == {} and analysis.counts["overdue"] > 0
    written = analysis.write(tmp_path / "elsewhere")
    assert sorted(Path(p).parent.name for p in written.outputs.values()) == ["elsewhere"] * 3
    assert all(Path(p).is_file() for p in written.outputs.values())
    assert (tmp_path / "l.sqlite3").is_file()  # the run is remembered once written
    assert _records(written) == _records(analysis)


@pytest.mark.parametrize("form", ["path", "str", "bytes", "file"])
def test_an_export_as_bytes_or_a_file_object_reads_like_the_file(form, tmp_path):
    settings = Settings(Path("kunden-export.csv"), AS_OF, out_dir=tmp_path)
    source = {"path": EXAMPLE, "str": str(EXAMPLE), "bytes": EXAMPLE.read_bytes(),
              "file": EXAMPLE.open("rb")}[form]
    analysis = analyse(source, settings)
    assert _records(analysis) == _records(analyse(EXAMPLE, settings))
    assert Path(analysis.input_path).name == "kunden-export.csv"
    assert not list(tmp_path.iterdir())  # nothing written, no copy left behind


def test_a_file_object_gives_its_own_name(tmp_path):
    data = io.BytesIO(EXAMPLE.read_bytes())
    data.name = "studio-lyon.csv"
    analysis = analyse(data, Settings(Path("x.csv"), AS_OF, out_dir=tmp_path))
    assert analysis.input_path == "studio-lyon.csv"


def test_the_library_leaves_the_garbage_collector_alone(tmp_path):
    """Switching it off is the command line's choice, in an explicit block."""
    seen = []
    passpause.run(Settings(EXAMPLE, AS_OF, out_dir=tmp_path,
                           progress=lambda _: seen.append(gc.isenabled())))
    assert seen and all(seen) and gc.isenabled()
    with passpause.pipeline.no_cyclic_gc():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_records_and_reviews_as_dataframes():
    pd = pytest.importorskip("pandas")
    analysis = analyse(EXAMPLE, Settings(EXAMPLE, AS_OF))
    records = analysis.records_frame()
    assert len(records) == sum(analysis.counts[s] for s in ("overdue", "due", "upcoming",
                                                            "open"))
    assert str(records["new_valid_until"].dtype).startswith("datetime64")
    assert str(records["remaining_days"].dtype) == "Int64"
    first = records.iloc[0]
    row, record = next((r, rec) for r, rec in analysis.records()
                       if r.client.source_row == first["source_row"])
    assert first["new_valid_until"].date() == record.new_valid_until
    reviews = analysis.review_frame("en")
    assert len(reviews) == analysis.counts["review"]
    assert reviews["reasons"].str.len().min() > 10 and "phone" in reviews
    assert isinstance(records, pd.DataFrame)


def test_a_dataframe_is_analysed_like_the_export_it_came_from():
    pd = pytest.importorskip("pandas")
    frame = pd.read_csv(EXAMPLE, sep=";", dtype=str, keep_default_na=False, encoding="cp1252")
    from_frame = passpause.analyse_frame(frame, Settings(Path("kunden"), AS_OF))
    assert _records(from_frame) == _records(analyse(EXAMPLE, Settings(EXAMPLE, AS_OF)))


@pytest.mark.parametrize("name, expected", [
    ("C:\\Users\\me\\Kunden.xlsx", "Kunden.xlsx"),  # an older browser sends the whole path
    ("../../evil.xlsx", "evil.xlsx"), ("..", "kunden-export.csv"), ("a\x00b.xlsx", "ab.xlsx"),
    ("x" * 300 + ".xlsx", "kunden-export.csv"), (3, "kunden-export.csv"),  # TemporaryFile
    (b"clients.xlsx", "kunden-export.csv"), ("upload", "upload.csv"),  # the content decides
])
def test_an_upload_gets_a_safe_name(name, expected, tmp_path):
    data = io.BytesIO(EXAMPLE.read_bytes())
    data.name = name
    analysis = analyse(data, Settings(EXAMPLE, AS_OF, out_dir=tmp_path))
    assert analysis.input_path == expected
    assert analysis.counts["overdue"] > 0


def test_a_file_read_before_is_read_whole_and_odd_sources_are_refused():
    handle = EXAMPLE.open("rb")
    handle.read()
    assert analyse(handle, Settings(EXAMPLE, AS_OF)).counts["overdue"] > 0
    assert analyse(bytearray(EXAMPLE.read_bytes()), Settings(EXAMPLE, AS_OF)).rows
    with pytest.raises(TypeError, match="path, bytes or a binary file"):
        analyse(42, Settings(EXAMPLE, AS_OF))


@pytest.mark.parametrize("as_of", [date(2025, 11, 24), "2025-11-24",
                                   __import__("datetime").datetime(2025, 11, 24, 9, 30)])
def test_the_as_of_date_may_be_a_datetime_or_iso_text(as_of):
    assert analyse(EXAMPLE, Settings(EXAMPLE, as_of)).as_of == AS_OF


def test_an_unknown_interface_language_is_an_error_before_anything_is_read():
    with pytest.raises(passpause.PasspauseError, match="the languages are"):
        analyse(EXAMPLE, Settings(EXAMPLE, AS_OF, lang="xx"))
    assert analyse(EXAMPLE, Settings(EXAMPLE, AS_OF, lang="DE")).lang == "de"


def test_analyse_only_reads_an_existing_ledger(tmp_path):
    """An empty or older ledger file is not changed by analyse(): write() brings it up to
    date."""
    ledger = tmp_path / "ledger.sqlite3"
    ledger.touch()
    analysis = analyse(EXAMPLE, Settings(EXAMPLE, AS_OF, ledger=ledger))
    assert ledger.stat().st_size == 0 and analysis.changes.previous is None
    analysis.write(tmp_path / "out")
    assert ledger.stat().st_size > 0


def test_a_library_caller_may_keep_the_work_in_this_process(tmp_path, monkeypatch):
    """workers=1: no helper process is started, however many notes there are."""
    import subprocess

    from passpause import notes

    monkeypatch.setattr(notes, "PARALLEL_MIN_NOTES", 1)
    started = []
    monkeypatch.setattr(subprocess, "Popen", lambda *a, **k: started.append(a) or None)
    analysis = analyse(EXAMPLE, Settings(EXAMPLE, AS_OF, workers=1))
    assert analysis.counts["overdue"] > 0 and started == []
