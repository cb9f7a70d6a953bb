"""The front-end libraries the pages load from ``static/vendor/`` (gitignored: copied from npm by
``scripts/setup.d/25-frontend.sh``), and which of them are missing."""

from __future__ import annotations

from pathlib import Path

__all__ = ["VENDOR_FILES", "missing_vendor_files", "vendor_warning"]

#: file → the pages that need it
VENDOR_FILES: dict[str, str] = {
    "cytoscape.min.js": "graph",
    "topojson-client.min.js": "map",
    "countries-110m.json": "map",
    "swagger-ui-bundle.js": "/docs",
    "swagger-ui.css": "/docs",
}


def missing_vendor_files(static: Path) -> list[str]:
    """The front-end library files absent from ``static/vendor/``."""
    return [name for name in VENDOR_FILES if not (static / "vendor" / name).is_file()]


def vendor_warning(static: Path) -> str | None:
    """A start-up warning naming what is missing and how to get it, or None when all is there."""
    missing = missing_vendor_files(static)
    if not missing:
        return None
    pages = ", ".join(dict.fromkeys(VENDOR_FILES[m] for m in missing))
    return (f"warning: the front-end libraries are missing from {static / 'vendor'} ({', '.join(missing)}): "
            f"the {pages} page(s) will not work. Install them with `./run setup` (or "
            "`bash scripts/setup.d/25-frontend.sh`, which needs npm), or use `./run serve`.")
