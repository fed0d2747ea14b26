"""One interactive session per coder per project: an OS file lock next to the project file.

Two sessions of the same coder would show the same answer and overwrite each other's codes, so
the second is refused. The lock is an advisory ``flock`` on ``<project>.<coder>.lock``: the
operating system releases it when the process ends, however it ends (``kill -9`` included), so
a crashed session never leaves a stale lock. Different coders take different locks and work at
once; the project file itself serialises their writes (WAL, ``BEGIN IMMEDIATE``). The empty lock
file stays behind: deleting it on release would race with a session taking it.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from ..errors import InputError

try:  # POSIX; elsewhere sessions are not locked (documented in docs/coding.md)
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None


def lock_path(project: str | Path, coder: str) -> Path:
    """The lock file of ``coder`` on ``project``: readable name, plus a hash when the name is not."""
    project = Path(project)
    slug = re.sub(r"[^A-Za-z0-9_-]+", "_", coder).strip("_")[:40]
    if slug != coder:
        slug = f"{slug}-{hashlib.blake2b(coder.encode('utf-8'), digest_size=4).hexdigest()}"
    return project.with_name(f"{project.name}.{slug}.lock")


class CoderLock:
    """Held while a coder's session runs; a second :meth:`acquire` for the same coder fails.

    Example::

        with CoderLock("wlz.oaproj", "anna"):
            ...  # code
    """

    def __init__(self, project: str | Path, coder: str) -> None:
        self.project = project
        self.coder = coder

    def acquire(self) -> CoderLock:
        self.path_ = lock_path(self.project, self.coder)
        self._fd = os.open(self.path_, os.O_RDWR | os.O_CREAT, 0o644)
        if fcntl is not None:
            try:
                fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                os.close(self._fd)
                self._fd = None
                raise InputError(f"{self.coder} codeert dit project al in een andere sessie; "
                                 f"sluit die eerst af (of kies een andere --coder)", path=self.project) from None
        return self

    def release(self) -> None:
        if getattr(self, "_fd", None) is not None:
            os.close(self._fd)  # closing the descriptor drops the flock
            self._fd = None

    def __enter__(self) -> CoderLock:
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()
