"""``warta serve``: the web UI and JSON API over a store."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from warta.cli import app

__all__ = ["serve"]


@app.command()
def serve(
    db: Annotated[Path, typer.Option("--db", help="The warta database to browse (made by `warta ingest`).")] = Path(
        "warta.db"),
    host: Annotated[str, typer.Option("--host", help="Address to bind; loopback unless told otherwise.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="TCP port.")] = 8000,
    no_save: Annotated[bool, typer.Option("--no-save", help="Refuse the paste page's 'save into the database'.")] = False,
) -> None:
    """Serve the web UI (graph, timeline, events, articles, map, paste-and-extract) and the JSON API."""
    import uvicorn

    from warta.store import StoreError
    from warta.web.app import create_app

    try:
        web_app = create_app(db, allow_save=not no_save)
    except (FileNotFoundError, StoreError) as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(2) from err
    typer.echo(f"warta: http://{host}:{port}/  (API docs at /docs)", err=True)
    uvicorn.run(web_app, host=host, port=port, log_level="warning")
