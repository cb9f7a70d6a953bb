"""``warta serve``: the web UI and JSON API over a store."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from warta.cli import app

__all__ = ["serve"]


@app.command()
def serve(
    db: Annotated[Path, typer.Option("--db", envvar="WARTA_DB",
                                     help="The warta database to browse (made by `warta ingest`; default $WARTA_DB "
                                          "or warta.db).")] = Path("warta.db"),
    host: Annotated[str, typer.Option("--host", help="Address to bind; loopback unless told otherwise.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="TCP port.")] = 8000,
    allow_save: Annotated[bool, typer.Option(
        "--allow-save", help="Let the paste page save articles into the database (refused with 403 without it).")] = False,
    allow_host: Annotated[list[str] | None, typer.Option(
        "--allow-host", help="Also answer requests for this Host name (the machine's name or LAN address when "
                             "--host is 0.0.0.0); repeatable. Other names get 400 (DNS-rebinding defence).")] = None,
) -> None:
    """Serve the web UI (graph, timeline, events, articles, map, paste-and-extract) and the JSON API."""
    try:
        import uvicorn

        from warta.web.app import create_app, static_dir
    except ImportError as err:
        typer.echo(f"error: the web UI needs the 'web' extra ({err.name} is missing): "
                   "pip install 'warta[web]', or run `./run serve` from a checkout", err=True)
        raise typer.Exit(2) from err
    from warta.store import StoreError
    from warta.web.limits import LOOPBACK_HOSTS
    from warta.web.vendor import vendor_warning

    hosts = tuple(dict.fromkeys((*LOOPBACK_HOSTS, host, *(allow_host or ()))))
    try:
        web_app = create_app(db, allow_save=allow_save, hosts=hosts, port=port)
    except (FileNotFoundError, StoreError) as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(2) from err
    warning = vendor_warning(static_dir())
    if warning:
        typer.secho(warning, err=True, fg="yellow")
    typer.echo(f"warta: http://{host}:{port}/  (API docs at /docs)", err=True)
    uvicorn.run(web_app, host=host, port=port, log_level="warning")
