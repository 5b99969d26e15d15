"""passpause serve: the page, its safety, and a real browser going through it."""

import os
import re
import shutil
import socket
import threading
import time
import zipfile
from io import BytesIO
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from passpause.web import ServeSettings, choose_lang, create_app

EXAMPLE = Path(__file__).parents[1] / "examples" / "export-clients.xlsx"
PORT = 8123
ORIGIN = f"http://127.0.0.1:{PORT}"


@pytest.fixture()
def served(tmp_path):
    settings = ServeSettings(port=PORT, ledger=None, folder=tmp_path / "private",
                             max_upload_mb=5)
    settings.folder.mkdir()
    with TestClient(create_app(settings), base_url=ORIGIN) as client:
        yield settings, client


def _post(client, settings, files, **form):
    data = {"token": settings.token, "as_of": "2025-11-24", "horizon": "7"} | form
    return client.post("/run?lang=fr", data=data, files=files, headers={"origin": ORIGIN},
                       follow_redirects=True)


def test_the_page_speaks_the_browsers_language():
    assert choose_lang("de-CH,de;q=0.9,en;q=0.8", None) == "de"
    assert choose_lang("pt-BR,nl;q=0.5", None) == "nl"
    assert choose_lang("ja", None) == "en"
    assert choose_lang("fr", "it") == "it"  # switched on the page


def test_an_export_gives_the_weeks_work_and_its_files(served):
    settings, client = served
    page = client.get("/", headers={"accept-language": "fr"})
    assert page.status_code == 200 and "Calculer les réactivations" in page.text
    assert "http://" not in page.text.replace(ORIGIN, "")  # nothing from the internet
    result = _post(client, settings, {"exports": ("export-clients.xlsx",
                                                  EXAMPLE.read_bytes())})
    assert result.status_code == 200
    assert "13 En retard" in result.text and "toutes sont prises en compte" in result.text
    assert result.text.count('class="small copy" data-copy="') > 40  # a button a date
    assert "<svg" in result.text and "mailto:" in result.text
    links = dict((kind, link) for link, kind in
                 re.findall(r'href="(/run/[^"]+/0/(\w+))"', result.text))
    workbook = client.get(links["worksheet"])
    assert workbook.status_code == 200 and workbook.content.startswith(b"PK")
    imported = client.get(links["import"]).text
    assert imported.startswith("customer_id,first_name") and imported.count("\n") == 24
    archive = zipfile.ZipFile(BytesIO(client.get(links["zip"]).content))
    assert sorted(archive.namelist()) == ["import_2025-11-24.csv",
                                          "reactivations_2025-11-24.ics",
                                          "reactivations_2025-11-24.xlsx"]


def test_a_bad_file_is_a_sentence_on_the_page(served):
    settings, client = served
    result = _post(client, settings, {"exports": ("clients.xlsx", b"not a workbook at all")})
    assert result.status_code == 200
    assert "clients.xlsx" in result.text and "Traceback" not in result.text
    assert 'class="error"' in result.text


def test_requests_from_elsewhere_are_refused(served):
    settings, client = served
    files = {"exports": ("export-clients.xlsx", EXAMPLE.read_bytes())}
    # another site's page posting here, with or without the token
    assert client.post("/run", data={"token": "guess"}, files=files,
                       headers={"origin": ORIGIN}).status_code == 403
    assert client.post("/run", data={"token": settings.token}, files=files,
                       headers={"origin": "http://evil.example"}).status_code == 403
    # DNS rebinding: a name that resolves here, but is not this server's
    assert client.get("/", headers={"host": "evil.example"}).status_code == 400
    assert client.get("/", headers={"host": f"localhost:{PORT}"}).status_code == 200
    assert list(settings.folder.iterdir()) == []


def test_an_upload_past_the_limit_is_refused(served):
    settings, client = served
    big = b"N\xc2\xb0 client,Commentaire\n" + b"1,Pause\n" * 800_000  # 6.4 MB > 5 MB
    result = client.post("/run", data={"token": settings.token},
                         files={"exports": ("big.csv", big)}, headers={"origin": ORIGIN})
    assert result.status_code == 413 and "5 MB" in result.text


def test_the_private_folder_goes_with_the_server(tmp_path):
    settings = ServeSettings(port=PORT, ledger=None)
    with TestClient(create_app(settings), base_url=ORIGIN) as client:
        _post(client, settings, {"exports": ("export-clients.xlsx", EXAMPLE.read_bytes())})
        assert any(settings.folder.rglob("import_2025-11-24.csv"))
    assert not settings.folder.exists()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


NO_CHROMIUM = ("no Chromium on this machine: install it (Debian/Ubuntu: apt-get install "
               "chromium) to run the page's browser tests")


@pytest.fixture()
def browser_page(tmp_path):
    """The server on a free port and a Chromium page, German unless told otherwise."""
    if shutil.which("chromium") is None:
        pytest.skip(NO_CHROMIUM)
    import uvicorn
    from playwright.sync_api import sync_playwright

    port = _free_port()
    settings = ServeSettings(port=port, ledger=None, folder=tmp_path / "private")
    settings.folder.mkdir()
    server = uvicorn.Server(uvicorn.Config(create_app(settings), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    try:
        with sync_playwright() as driver:
            browser = driver.chromium.launch(executable_path=shutil.which("chromium"),
                                             args=["--no-sandbox"])
            context = browser.new_context(locale="de-DE", accept_downloads=True,
                                          viewport={"width": 1200, "height": 900})
            context.grant_permissions(["clipboard-read", "clipboard-write"])
            page = context.new_page()
            page.goto(f"http://127.0.0.1:{port}/")
            yield page
            browser.close()
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def _submit(page, export: Path) -> None:
    page.set_input_files("#exports", str(export))
    page.fill("#as_of", "2025-11-24")
    page.click("#go")
    page.wait_for_selector("h2, .error")


def test_a_manager_goes_through_the_page_in_a_real_browser(browser_page, tmp_path):
    """The real thing: choosing the export, pressing the button, reading the counts and a
    client's dates, switching tabs, copying a date, downloading each file."""
    from click.testing import CliRunner

    from passpause.cli import main

    page = browser_page
    assert "Reaktivierungen berechnen" in page.content()
    _submit(page, EXAMPLE)
    assert "13 Überfällig" in page.inner_text(".counts")
    camille = page.locator("#p0-1 tr", has_text="Camille Faure")
    assert "10.11.2025" in camille.inner_text() and "21.12.2025" in camille.inner_text()
    page.click(".tabs button:has-text('Zu prüfen')")
    assert page.is_visible("#p0-2") and not page.is_visible("#p0-1")
    page.click(".tabs button:has-text('Zu reaktivieren')")
    camille.locator("button.copy").first.click()
    assert page.evaluate("navigator.clipboard.readText()") == "10.11.2025"
    # the files are the command line's: the import file byte for byte
    cli = tmp_path / "cli"
    assert CliRunner().invoke(main, ["run", str(EXAMPLE), "--as-of", "2025-11-24", "--out",
                                     str(cli), "--no-ledger"]).exit_code == 0
    for link, name in (("Importdatei", "import_2025-11-24.csv"),
                       ("Liste", "reactivations_2025-11-24.xlsx"),
                       ("Kalender", "reactivations_2025-11-24.ics")):
        with page.expect_download() as download:
            page.click(f"a:has-text('{link}')")
        saved = tmp_path / download.value.suggested_filename
        download.value.save_as(saved)
        assert saved.name == name
        if name.endswith(".csv"):
            assert saved.read_bytes() == (cli / name).read_bytes()
        else:
            assert saved.stat().st_size > 1000
    if os.environ.get("PASSPAUSE_SCREENSHOTS"):  # the README's picture
        page.screenshot(path=str(Path(__file__).parents[1] / "docs" / "page.png"))


def test_the_page_switches_language_and_says_what_went_wrong(browser_page):
    page = browser_page
    page.click("header a[lang=nl]")
    assert "Heractiveringen berekenen" in page.content()
    _submit(page, Path(__file__).parent / "fixtures" / "truncated.xlsx")
    assert page.is_visible(".error") and "truncated.xlsx" in page.inner_text(".error")
    assert "Traceback" not in page.content()


def test_the_page_works_with_the_keyboard_and_a_screen_reader(browser_page):
    """Every field has a label a screen reader reads; the tabs are buttons the keyboard
    reaches and presses."""
    page = browser_page
    for label in ("Stand", "Kundenexporte (.xlsx, .csv…)"):
        assert page.get_by_label(label).count() == 1
    _submit(page, EXAMPLE)
    assert page.get_by_role("tablist").count() == 1
    review = page.get_by_role("tab", name="Zu prüfen")
    review.focus()
    page.keyboard.press("Enter")
    assert page.get_by_role("tabpanel", name="Zu prüfen").is_visible()
    assert not page.get_by_role("tabpanel", name="Zu reaktivieren").is_visible()


def test_the_serve_command_listens_here_only_and_cleans_up(tmp_path):
    """The command as a manager starts it: it prints its address, serves the page, refuses
    another host name, and removes its private folder when stopped with Ctrl+C."""
    import signal
    import subprocess
    import sys
    import urllib.error
    import urllib.request

    port = _free_port()
    env = dict(os.environ, TMPDIR=str(tmp_path))
    server = subprocess.Popen([sys.executable, "-m", "passpause", "serve", "--no-browser",
                               "--port", str(port), "--no-ledger"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=env)
    try:
        line = server.stdout.readline()
        assert f"http://127.0.0.1:{port}/" in line
        for _ in range(100):
            try:
                page = urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2).read()
                break
            except urllib.error.URLError:
                time.sleep(0.1)
        assert b"passpause" in page
        assert [p.name.startswith("passpause-serve-") for p in tmp_path.iterdir()] == [True]
        evil = urllib.request.Request(f"http://127.0.0.1:{port}/",
                                      headers={"Host": "evil.example"})
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(evil, timeout=2)
        assert 400 <= refused.value.code < 500
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=20)
    assert list(tmp_path.iterdir()) == []


def test_closing_the_terminal_window_cleans_up_too(tmp_path, monkeypatch):
    """A closed window sends SIGHUP: the server stops and its folder goes, as on Ctrl+C;
    the folder of a server that died anyway is swept at the next start."""
    import signal
    import subprocess
    import sys

    from passpause.web import FOLDER_PREFIX, OWNER, _sweep_stale_folders

    env = dict(os.environ, TMPDIR=str(tmp_path))
    server = subprocess.Popen([sys.executable, "-m", "passpause", "serve", "--no-browser",
                               "--port", str(_free_port()), "--no-ledger"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    assert "http://127.0.0.1:" in server.stdout.readline()
    time.sleep(0.5)
    server.send_signal(signal.SIGHUP)
    server.wait(timeout=20)
    assert list(tmp_path.iterdir()) == []
    dead = tmp_path / (FOLDER_PREFIX + "old")
    dead.mkdir()
    (dead / OWNER).write_text("999999999")  # no such process
    (dead / "import_2025-11-24.csv").write_text("client data")
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # where the sweep looks
    _sweep_stale_folders()
    assert not dead.exists()


def test_an_upload_that_does_not_say_its_size_is_refused(served):
    settings, client = served

    def chunks():
        yield b"--x\r\nContent-Disposition: form-data; name=\"token\"\r\n\r\n"
        yield settings.token.encode() + b"\r\n--x--\r\n"

    result = client.post("/run", content=chunks(), headers={
        "origin": ORIGIN, "content-type": "multipart/form-data; boundary=x"})
    assert result.status_code == 411


def test_a_mistake_keeps_what_the_manager_entered(served):
    settings, client = served
    result = _post(client, settings, {"exports": ("export-clients.xlsx", EXAMPLE.read_bytes()),
                                      "config": ("passpause.toml", b"[rules]\nhorizon = -3\n")},
                   as_of="2025-11-24", horizon="12", include_open="on")
    assert result.status_code == 400 and "horizon = -3" in result.text
    assert 'value="2025-11-24"' in result.text and 'value="12"' in result.text
    assert 'name="include_open" checked' in result.text
    assert client.get("/run?lang=nl", follow_redirects=True).status_code == 200


def test_a_big_export_shows_the_first_rows_and_says_where_the_rest_is(served, monkeypatch):
    from passpause import web

    monkeypatch.setattr(web, "SHOWN_ROWS", 5)
    settings, client = served
    result = _post(client, settings, {"exports": ("export-clients.xlsx", EXAMPLE.read_bytes())})
    assert "5 sur 34 affichés ici" in result.text  # the reactivations
    assert "5 sur 10 affichés ici" in result.text  # the notes to review
    assert "5 sur 23 affichés ici" in result.text  # the messages
