"""Request limits checked before the app reads a request: body size (413) and the Host header (400)."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

__all__ = ["DEFAULT_MAX_BODY", "LOOPBACK_HOSTS", "BodyLimitMiddleware", "HostCheckMiddleware", "host_name"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

#: 1 MiB: a long news article is ~50 KB of text.
DEFAULT_MAX_BODY = 1 << 20


class BodyLimitMiddleware:
    """Pure ASGI middleware: a declared or streamed body over ``max_body`` bytes gets 413.

    The body is read (up to the limit) before the app sees it, so a chunked upload without
    Content-Length is refused as soon as it passes the limit, never buffered whole.
    """

    def __init__(self, app: ASGIApp, max_body: int = DEFAULT_MAX_BODY) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", ()):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = -1
                if declared < 0 or declared > self.max_body:
                    await self._refuse(send)
                    return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                await self._refuse(send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _refuse(self, send: Send) -> None:
        payload = json.dumps({"detail": f"request body over {self.max_body} bytes"}).encode()
        await send({
            "type": "http.response.start",
            "status": 413,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode()),
                        (b"connection", b"close")],
        })
        await send({"type": "http.response.body", "body": payload})


#: The names a server bound to loopback answers to (``warta serve`` adds its ``--host``).
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "[::1]")


def host_name(host: str) -> str:
    """A bind address as it appears in a Host header: IPv6 addresses in brackets, lower case."""
    host = host.strip().lower()
    return f"[{host}]" if ":" in host and not host.startswith("[") else host


def _split_host(value: str) -> tuple[str, int | None] | None:
    """``name[:port]`` of a Host header; None when it is malformed."""
    value = value.strip().lower()
    if value.startswith("["):
        if "]" not in value:
            return None
        name, _, rest = value.partition("]")
        name += "]"
        port = rest[1:] if rest.startswith(":") else None
        if rest and port is None:
            return None
    else:
        name, colon, port_text = value.partition(":")
        port = port_text if colon else None
    if port is None:
        return name, None
    if not port.isdigit() or len(port) > 5:
        return None
    return name, int(port)


class HostCheckMiddleware:
    """Pure ASGI middleware: a request whose ``Host`` header names another server gets 400.

    A page on another site can point its own domain name at 127.0.0.1 (DNS rebinding) and then
    talk to this server as if it were same-origin; its requests still carry that domain in
    ``Host``, so only the names this server is bound to are answered.  With ``port`` set, the
    Host's port (80 when absent) must be that port too.
    """

    def __init__(self, app: ASGIApp, hosts: tuple[str, ...] = LOOPBACK_HOSTS, port: int | None = None) -> None:
        self.app = app
        self.hosts = frozenset(host_name(h) for h in hosts)
        self.port = port

    def allowed(self, value: str | None) -> bool:
        parsed = _split_host(value) if value else None
        if parsed is None:
            return False
        name, port = parsed
        return name in self.hosts and (self.port is None or (port or 80) == self.port)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        value = next((v.decode("latin-1") for k, v in scope.get("headers", ()) if k == b"host"), None)
        if self.allowed(value):
            await self.app(scope, receive, send)
            return
        where = ", ".join(sorted(f"{h}:{self.port}" if self.port else h for h in self.hosts))
        payload = json.dumps({"detail": f"Host {value!r} is not this server (it answers to {where}); "
                                        "start `warta serve --allow-host NAME` to answer to another name"}).encode()
        await send({
            "type": "http.response.start",
            "status": 400,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode())],
        })
        await send({"type": "http.response.body", "body": payload})
