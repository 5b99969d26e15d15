"""passpause serve: the page, its safety, and a real browser going through it."""

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


@pytest.mark.skipif(shutil.which("chromium") is None, reason="no Chromium on this machine")
def test_a_manager_goes_through_the_page_in_a_real_browser(tmp_path):
    """The real thing: the server on a free port, Chromium choosing the export, pressing
    the button, reading the result, switching tabs, copying a date."""
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
            context = browser.new_context(locale="de-DE")
            context.grant_permissions(["clipboard-read", "clipboard-write"])
            page = context.new_page()
            page.goto(f"http://127.0.0.1:{port}/")
            assert "Reaktivierungen berechnen" in page.content()
            page.set_input_files("#exports", str(EXAMPLE))
            page.fill("#as_of", "2025-11-24")
            page.click("#go")
            page.wait_for_selector("h2")
            assert "13 Überfällig" in page.inner_text(".counts")
            page.click(".tabs button:has-text('Zu prüfen')")
            assert page.is_visible("#p0-2") and not page.is_visible("#p0-1")
            page.click(".tabs button:has-text('Zu reaktivieren')")  # back again
            page.click("#p0-1 button.copy >> nth=0")
            copied = page.evaluate("navigator.clipboard.readText()")
            assert re.fullmatch(r"\d\d\.\d\d\.\d{4}", copied)
            browser.close()
    finally:
        server.should_exit = True
        thread.join(timeout=10)
