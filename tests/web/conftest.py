"""Fixtures for the web tests: a real SQLite store and the app over it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from handmade import build_store  # noqa: E402


@pytest.fixture(scope="session")
def handmade_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("web") / "handmade.db")


@pytest.fixture(scope="session")
def client(handmade_db: Path):
    from fastapi.testclient import TestClient

    from warta.web.app import create_app

    # the app answers to the loopback names only: the client says it called 127.0.0.1
    with TestClient(create_app(handmade_db, max_body=64 * 1024), base_url="http://127.0.0.1") as c:
        yield c
