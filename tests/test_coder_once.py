"""``warta.api``: the extractor is built once per process, even under concurrent first calls."""

from __future__ import annotations

import threading

import warta.api as api
from warta.pipeline.events import EventCoder


def test_sixteen_concurrent_first_calls_build_one_coder(monkeypatch):
    built: list[str] = []

    class CountedCoder(EventCoder):
        def __init__(self, lang: str) -> None:
            built.append(lang)
            super().__init__(lang)

    monkeypatch.setattr(api, "EventCoder", CountedCoder)
    api.coder.cache_clear()
    start = threading.Barrier(16)
    got: list[EventCoder] = []

    def first_call() -> None:
        start.wait()
        got.append(api.coder("en"))

    try:
        threads = [threading.Thread(target=first_call) for _ in range(16)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert built == ["en"]
        assert len(got) == 16 and all(c is got[0] for c in got)
        assert api.extract("The United States sent aid to Ukraine.", lang="en") is not None
        assert built == ["en"]  # later calls reuse it
    finally:
        api.coder.cache_clear()  # later tests build a plain coder
