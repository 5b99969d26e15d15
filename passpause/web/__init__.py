"""``passpause serve``: the weekly run in a page of the manager's browser, on this computer.

A Starlette application served by uvicorn on the loopback address only. The page sends the
exports; the library (``analyse`` + ``Analysis.write``) reads them and writes the usual
files into a private temporary folder, removed when the server stops; the page shows the
result and offers the files. Every asset ships in the package: it works offline.

Safe by construction: only 127.0.0.1 listens; a request whose ``Host`` is not the
loopback name it serves is refused (DNS rebinding); a request that changes anything must
carry this server's token and, when the browser says where it comes from, this page's
``Origin``; an upload has a size limit; the page never takes a path from the browser.
"""

from __future__ import annotations

import contextlib
import io
import os
import secrets
import shutil
import tempfile
import zipfile
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from ..errors import PasspauseError
from ..models import STATUSES
from ..write.labels import Labels, languages

MAX_UPLOAD_MB = 200  # a million-row export is about 150 MB of CSV
FOLDER_PREFIX = "passpause-serve-"
OWNER = ".pid"  # the process a private folder belongs to
DOWNLOADS = ("worksheet", "import", "calendar", "errors")
SHOWN_ROWS = 500  # rows a tab shows; a chain's export has thousands, all in the worksheet


@dataclass
class Run:
    """One press of the button: each export's result, in its own folder."""

    folder: Path
    results: list = field(default_factory=list)  # (export name, Result)
    errors: list = field(default_factory=list)  # (export name, message)


@dataclass
class ServeSettings:
    port: int = 0
    max_upload_mb: int = MAX_UPLOAD_MB
    ledger: Path | None = None
    token: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    folder: Path | None = None  # the private temporary folder; made at start-up


def choose_lang(accept: str, asked: str | None) -> str:
    """``?lang=``, else the first of the browser's languages passpause speaks, else English."""
    if asked in languages():
        return asked
    for part in (accept or "").split(","):
        code = part.split(";")[0].strip()[:2].lower()
        if code in languages():
            return code
    return "en"


def create_app(serve: ServeSettings):
    from jinja2 import Environment, PackageLoader, select_autoescape
    from starlette.applications import Starlette
    from starlette.middleware import Middleware
    from starlette.middleware.trustedhost import TrustedHostMiddleware
    from starlette.requests import Request
    from starlette.responses import HTMLResponse, RedirectResponse, Response
    from starlette.routing import Route

    from starlette.concurrency import run_in_threadpool

    from .chart import weekly_svg

    pages = Environment(loader=PackageLoader("passpause.web", "templates"),
                        autoescape=select_autoescape(["html"]))
    runs: dict[str, Run] = {}
    if serve.folder is None:
        serve.folder = Path(tempfile.mkdtemp(prefix=FOLDER_PREFIX))
        (serve.folder / OWNER).write_text(str(os.getpid()))

    def render(request: Request, name: str, status: int = 200, **values) -> HTMLResponse:
        lang = choose_lang(request.headers.get("accept-language", ""),
                           request.query_params.get("lang"))
        labels = Labels(lang)
        body = pages.get_template(name).render(
            t=labels, lang=lang, languages=languages(), token=serve.token, statuses=STATUSES,
            max_upload_mb=serve.max_upload_mb, **values)
        return HTMLResponse(body, status_code=status, headers=_SAFE_HEADERS)

    def refused(request: Request, message: str, status: int, **kept) -> HTMLResponse:
        """The form again, with what the manager entered, and the message above it."""
        values = {"today": date.today().isoformat(), "horizon": "7", "include_open": False}
        return render(request, "page.html", status=status, error=message, **(values | kept))

    def same_origin(request: Request) -> bool:
        origin = request.headers.get("origin")
        if origin is None:
            return True  # no Origin said (an old browser): the token alone decides
        return origin in {f"http://{host}:{serve.port}" for host in ("127.0.0.1", "localhost")}

    async def home(request: Request):
        return render(request, "page.html", today=date.today().isoformat(), horizon="7",
                      include_open=False)

    async def back_home(request: Request):  # a language link on a page the form answered
        lang = request.query_params.get("lang")
        return RedirectResponse("/" + (f"?lang={lang}" if lang in languages() else ""), 303)

    async def run(request: Request):
        labels = Labels(choose_lang(request.headers.get("accept-language", ""),
                                    request.query_params.get("lang")))
        limit = serve.max_upload_mb << 20
        length = request.headers.get("content-length", "")
        if not length.isdigit():  # a browser always says how big its upload is
            return refused(request, labels["web_too_big"].format(limit=serve.max_upload_mb),
                           411)
        if int(length) > limit:
            return refused(request, labels["web_too_big"].format(limit=serve.max_upload_mb),
                           413)
        try:
            form = await request.form(max_files=500, max_fields=50, max_part_size=limit)
        except Exception:  # noqa: BLE001 - a malformed body, said in words
            return refused(request, labels["web_expired"], 400)
        if not secrets.compare_digest(str(form.get("token", "")), serve.token) \
                or not same_origin(request):
            return refused(request, labels["web_expired"], 403)
        kept = {"today": str(form.get("as_of") or date.today().isoformat()),
                "horizon": str(form.get("horizon") or 7),
                "include_open": form.get("include_open") == "on"}
        uploads = [f for f in form.getlist("exports") if getattr(f, "filename", "")]
        if not uploads:
            return refused(request, labels["web_no_file"], 400, **kept)
        exports = [(Path(f.filename.replace("\\", "/")).name, await f.read()) for f in uploads]
        config_upload = form.get("config")
        config_bytes = await config_upload.read() if getattr(config_upload, "filename", "") \
            else b""
        run_id = secrets.token_urlsafe(12)
        folder = serve.folder / run_id
        folder.mkdir()
        done = Run(folder)
        try:
            settings = _settings(form, config_bytes, folder, serve.ledger, labels.lang)
        except PasspauseError as error:
            shutil.rmtree(folder, ignore_errors=True)
            return refused(request, labels.error(error), 400, **kept)
        for index, (name, data) in enumerate(exports):
            try:  # in a worker thread: the page stays responsive while a big export is read
                done.results.append((name, await run_in_threadpool(
                    _run_one, name, data, settings, folder / str(index))))
            except PasspauseError as error:
                done.errors.append((name, labels.error(error)))
        runs[run_id] = done
        lang = request.query_params.get("lang")
        return RedirectResponse(f"/run/{run_id}" + (f"?lang={lang}" if lang else ""), 303)

    async def result(request: Request):
        done = runs.get(request.path_params["run_id"])
        if done is None:
            return refused(request, Labels("en")["web_expired"], 404)
        history = _history(serve.ledger)
        page = Labels(choose_lang(request.headers.get("accept-language", ""),
                                  request.query_params.get("lang")))
        shown = [(index, name, res, weekly_svg(res, page), _messages(res), _counted(res))
                 for index, (name, res) in enumerate(done.results)]
        return render(request, "result.html", run_id=request.path_params["run_id"],
                      shown=shown, errors=done.errors, history=history,
                      rows=_rows, mailto=_mailto, shown_rows=SHOWN_ROWS)

    async def download(request: Request):
        done = runs.get(request.path_params["run_id"])
        index, kind = int(request.path_params["index"]), request.path_params["kind"]
        if done is None or not 0 <= index < len(done.results):
            return Response(status_code=404)
        res = done.results[index][1]
        if kind == "zip":
            buffer = io.BytesIO()
            with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
                for path in res.outputs.values():
                    archive.write(path, Path(path).name)
            name = f"{Path(done.results[index][0]).stem}_{res.as_of.isoformat()}.zip"
            return Response(buffer.getvalue(), media_type="application/zip",
                            headers=_attachment(name))
        if kind not in DOWNLOADS or kind not in res.outputs:
            return Response(status_code=404)
        path = Path(res.outputs[kind])
        return Response(path.read_bytes(), media_type=_MEDIA.get(path.suffix,
                                                                 "application/octet-stream"),
                        headers=_attachment(path.name))

    @contextlib.asynccontextmanager
    async def lifespan(app):
        try:
            yield
        finally:  # uploads and results go with the server
            shutil.rmtree(serve.folder, ignore_errors=True)

    hosts = ["127.0.0.1", "localhost"]
    return Starlette(
        routes=[Route("/", home), Route("/run", run, methods=["POST"]),
                Route("/run", back_home, methods=["GET"]),
                Route("/run/{run_id}", result),
                Route("/run/{run_id}/{index:int}/{kind}", download)],
        middleware=[Middleware(TrustedHostMiddleware, allowed_hosts=hosts)],
        lifespan=lifespan)


_SAFE_HEADERS = {
    # nothing from elsewhere: every style and script is in the page itself
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; "
                               "script-src 'unsafe-inline'; img-src data:; form-action 'self'; "
                               "base-uri 'none'; frame-ancestors 'none'",
    # same-origin, not no-referrer: with no-referrer a browser posts "Origin: null"
    "X-Content-Type-Options": "nosniff", "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}
_MEDIA = {".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          ".csv": "text/csv; charset=utf-8", ".ics": "text/calendar; charset=utf-8",
          ".log": "text/plain; charset=utf-8"}


def _attachment(name: str) -> dict[str, str]:
    from urllib.parse import quote

    return {"Content-Disposition": f"attachment; filename*=UTF-8''{quote(name)}",
            "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"}


def _settings(form, config_bytes: bytes, folder: Path, ledger: Path | None, lang: str):
    """The run's settings from the form: only values, never a path from the browser."""
    from ..config import Config, load_config
    from ..dates import check_as_of
    from ..pipeline import Settings

    try:
        as_of = date.fromisoformat(str(form.get("as_of") or date.today().isoformat()))
    except ValueError:
        raise PasspauseError(f"'{form.get('as_of')}' is not a date.") from None
    if check_as_of(as_of):
        raise PasspauseError(check_as_of(as_of))
    try:
        horizon = int(form.get("horizon") or 7)
    except ValueError:
        horizon = 7
    config = Config()
    if config_bytes:
        path = folder / "passpause.toml"
        path.write_bytes(config_bytes)
        config = load_config(path)
    return Settings(Path("export"), as_of, horizon=max(0, min(horizon, 365)),
                    include_open=form.get("include_open") == "on", config=config,
                    ledger=ledger, lang=config.lang or lang)


def _run_one(name: str, data: bytes, settings, folder: Path):
    from ..pipeline import analyse

    stem = Path(name).stem or "export"
    analysis = analyse(_Named(data, name),
                       replace(settings, export=Path(name), out_dir=folder, studio=stem))
    return analysis.write(folder)


class _Named(io.BytesIO):
    """An upload as the library reads it: bytes with the name they came with."""

    def __init__(self, data: bytes, name: str):
        super().__init__(data)
        self.name = name


def _sweep_stale_folders() -> None:
    """Private folders of servers that died without cleaning up (the machine was switched
    off): removed at the next start, so no client file lingers in the temporary folder."""
    for folder in Path(tempfile.gettempdir()).glob(FOLDER_PREFIX + "*"):
        try:
            pid = int((folder / OWNER).read_text())
        except (OSError, ValueError):
            continue  # not one of ours, or not ours to judge
        if pid != os.getpid() and not _alive(pid):
            shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's process, or a system that cannot tell: leave it
    return True


def _history(ledger: Path | None) -> list:
    if ledger is None or not Path(ledger).is_file():
        return []
    from ..ledger import Ledger

    try:
        found = Ledger(ledger, read_only=True)
        return found.runs(20) if found.readable else []
    except PasspauseError:
        return []


def _rows(res, *statuses):
    from ..write import sorted_records

    return sorted_records(res, statuses)


def _counted(res) -> dict:
    """The notes that mention a pause, where they ended, over every column looked at."""
    columns = res.by_field()
    return {key: sum(column[key] for column in columns)
            for key in ("mentions", "statements", "review", "other_sense")}


def _messages(res) -> list:
    """The messages of the import file's clients, as the worksheet's Messages sheet."""
    from ..lexicon import load_lexicon
    from ..write import sorted_records
    from ..write.messages import compose

    settings = res.settings
    config = settings.config
    return [compose(row, record, load_lexicon(), config.studio,
                    tuple(p.name for p in config.products))
            for row, record in sorted_records(res, settings.imported_statuses)]


def _mailto(message) -> str:
    from urllib.parse import quote

    return (f"mailto:{quote(message.email)}?subject={quote(message.subject)}"
            f"&body={quote(message.body)}")


def serve(port: int = 0, *, open_browser: bool = True, max_upload_mb: int = MAX_UPLOAD_MB,
          ledger: Path | None = None, started=None) -> None:
    """Listen on 127.0.0.1 (a free port when ``port`` is 0), open the browser on the page,
    serve until Ctrl+C; the temporary folder goes with the server."""
    import signal
    import socket
    import webbrowser

    import uvicorn

    _sweep_stale_folders()
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", port))
    port = listener.getsockname()[1]
    settings = ServeSettings(port=port, max_upload_mb=max_upload_mb, ledger=ledger)
    app = create_app(settings)
    address = f"http://127.0.0.1:{port}/"
    if started:
        started(address)
    if open_browser:
        webbrowser.open(address)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    if hasattr(signal, "SIGHUP"):  # the terminal window closed: stop, and clean up, as on Ctrl+C
        signal.signal(signal.SIGHUP, lambda *_: setattr(server, "should_exit", True))
    try:
        server.run(sockets=[listener])
    finally:
        shutil.rmtree(settings.folder, ignore_errors=True)
