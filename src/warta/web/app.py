"""The FastAPI application: JSON API under ``/api/``, offline OpenAPI docs, static pages.

``create_app(db_path)`` builds the app over one SQLite store; every query goes through
:mod:`warta.store` opened read-only (one connection per worker thread).
"""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from warta.web.cache import StampedCache, file_stamp
from warta.web.limits import DEFAULT_MAX_BODY, LOOPBACK_HOSTS, BodyLimitMiddleware, HostCheckMiddleware
from warta.web.routes import graph_answer, router

__all__ = ["CSP", "SecurityHeaders", "create_app", "static_dir"]

#: No inline scripts, no third-party origins: even a rendering bug cannot run article text.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]

DOCS_HTML = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>warta API</title>
<link rel="stylesheet" href="/vendor/swagger-ui.css"><link rel="stylesheet" href="/css/style.css">
<link rel="icon" href="/favicon.svg" type="image/svg+xml"></head>
<body><div id="swagger-ui"><p>Swagger UI assets are installed by scripts/setup.d/25-frontend.sh;
the schema itself is at <a href="/openapi.json">/openapi.json</a>.</p></div>
<script src="/js/common.js"></script>
<script src="/vendor/swagger-ui-bundle.js"></script>
<script src="/js/docs.js"></script></body></html>
"""


def static_dir() -> Path:
    """The folder of static pages shipped inside the package."""
    return Path(str(resources.files("warta.web") / "static"))


class SecurityHeaders:
    """Adds CSP and friends to every HTTP response (pure ASGI)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + SECURITY_HEADERS
            await send(message)

        await self.app(scope, receive, send_with_headers)


async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
    """422 naming what is wrong, without echoing the input: a NaN, an Infinity or a lone surrogate in
    it cannot be written as JSON (FastAPI's own answer would fail with a 500)."""
    errors = [{"loc": list(e.get("loc", ())), "msg": str(e.get("msg", "")), "type": str(e.get("type", ""))}
              for e in exc.errors()]
    return JSONResponse({"detail": errors}, status_code=422)


async def _internal(request: Request, exc: Exception) -> JSONResponse:
    """A 500 is answered by Starlette's outermost middleware, past :class:`SecurityHeaders`: add them here."""
    headers = {k.decode(): v.decode() for k, v in SECURITY_HEADERS}
    return JSONResponse({"detail": "internal server error"}, status_code=500, headers=headers)


def _warm(app: FastAPI) -> None:
    key = (None, None, (), None, "country", 1, 400)
    app.state.graph_cache.get(key, lambda: graph_answer(app.state.store))


def create_app(db_path: str | Path, *, max_body: int = DEFAULT_MAX_BODY, allow_save: bool = False,
               warm: bool = True, hosts: tuple[str, ...] | None = LOOPBACK_HOSTS, port: int | None = None) -> FastAPI:
    """The web app over the store at ``db_path``, which must exist (the server never creates one).

    Queries use a read-only store (``mode=ro`` connections, one per worker thread); only the
    paste page's "save" opens a writable store, and only when ``allow_save``.  Requests whose
    ``Host`` is not one of ``hosts`` (on ``port``, when given) get 400; ``hosts=None`` answers any
    name (behind a proxy that checks it).
    """
    path = Path(db_path)
    if not path.is_file():
        raise FileNotFoundError(f"no warta database at {path} (create one with `warta ingest`)")
    from warta import store as store_mod

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if warm:
            # The default graph view is what the first visitor asks for: aggregate it now.
            threading.Thread(target=_warm, args=(app,), name="warta-warm-graph", daemon=True).start()
        yield
        app.state.store.close()

    app = FastAPI(
        title="warta",
        summary="Sourced event data from Indonesian and English news",
        version="0.1.0",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.db_path = path
    app.state.store = store_mod.open(path, readonly=True)
    app.state.allow_save = allow_save
    app.state.save_lock = threading.Lock()
    app.state.graph_cache = StampedCache(lambda: file_stamp(path))
    app.include_router(router)

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(DOCS_HTML)

    # Mounted last so the API routes win (STACK.md).
    app.mount("/", StaticFiles(directory=static_dir(), html=True), name="static")
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_exception_handler(Exception, _internal)
    app.add_middleware(BodyLimitMiddleware, max_body=max_body)
    if hosts is not None:
        app.add_middleware(HostCheckMiddleware, hosts=hosts, port=port)
    app.add_middleware(SecurityHeaders)
    return app
