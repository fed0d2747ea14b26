"""How long steps report progress, without the library knowing about terminals."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator, Protocol


class Reporter(Protocol):
    """Receives progress of the pipeline's steps; the CLI draws rich progress bars from it."""

    def start(self, step: str, total: int | None) -> None: ...

    def advance(self, step: str, amount: int = 1) -> None: ...

    def finish(self, step: str) -> None: ...


class SilentReporter:
    def start(self, step: str, total: int | None) -> None:
        pass

    def advance(self, step: str, amount: int = 1) -> None:
        pass

    def finish(self, step: str) -> None:
        pass


@contextmanager
def step(reporter: Reporter, name: str, total: int | None = None) -> Iterator[None]:
    reporter.start(name, total)
    try:
        yield
    finally:
        reporter.finish(name)
