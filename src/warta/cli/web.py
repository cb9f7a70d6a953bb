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
    no_save: Annotated[bool, typer.Option("--no-save", help="Refuse the paste page's 'save into the database'.")] = False,
) -> None:
    """Serve the web UI (graph, timeline, events, articles, map, paste-and-extract) and the JSON API."""
    try:
        import uvicorn

        from warta.web.app import create_app, static_dir
    except ImportError as err:
        typer.echo(f"error: the web UI needs the 'web' extra ({err.name} is missing): "
                   "pip install 'warta[web]', or run `./run serve` from a checkout", err=True)
        raise typer.Exit(2) from err
    from warta.web.vendor import vendor_warning

    try:
        web_app = create_app(db, allow_save=not no_save)
    except FileNotFoundError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(2) from err
    warning = vendor_warning(static_dir())
    if warning:
        typer.secho(warning, err=True, fg="yellow")
    typer.echo(f"warta: http://{host}:{port}/  (API docs at /docs)", err=True)
    uvicorn.run(web_app, host=host, port=port, log_level="warning")
