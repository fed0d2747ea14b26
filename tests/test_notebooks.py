"""Every notebook in notebooks/ runs top to bottom on the real corpus and exports its results."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from conftest import ROOT

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
CELL_TIMEOUT = 300  # seconds per cell; a whole notebook takes well under a minute on the corpus


def test_there_are_notebooks():
    assert [p.name for p in NOTEBOOKS][:2] == ["01_review_clusters.ipynb", "02_compare_subgroups.ipynb"]


def venv_kernel(root: Path) -> Path:
    """A "python3" kernelspec that runs this interpreter (the venv's), ahead of any user-installed one."""
    spec = root / "kernels" / "python3"
    spec.mkdir(parents=True)
    argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
    (spec / "kernel.json").write_text(json.dumps({"argv": argv, "display_name": "Python 3", "language": "python"}))
    return root


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs_and_exports(path: Path, tmp_path, monkeypatch):
    notebook = nbformat.read(path, as_version=4)
    assert all(not c.get("outputs") for c in notebook.cells if c.cell_type == "code"), "commit notebooks without outputs"
    out = tmp_path / "out"
    monkeypatch.setenv("OPENANSWERS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("OPENANSWERS_NOTEBOOK_OUT", str(out))
    monkeypatch.setenv("JUPYTER_PATH", str(venv_kernel(tmp_path / "jupyter")))
    client = nbclient.NotebookClient(
        notebook, timeout=CELL_TIMEOUT, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    )
    client.execute()  # raises CellExecutionError on the first failing cell
    assert notebook.metadata["language_info"]["version"].startswith(".".join(map(str, sys.version_info[:2])))
    errors = [o for c in notebook.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors
    html = [o["data"]["text/html"] for c in notebook.cells for o in c.get("outputs", []) if "text/html" in o.get("data", {})]
    if path.stem.startswith("01"):
        assert any('class="oa-card"' in h for h in html), "the review's theme cards were not shown"
    exported = sorted(out.rglob("themes.json"))
    assert exported, f"{path.name} exported nothing under {out}"
    for themes_json in exported:
        data = json.loads(themes_json.read_text(encoding="utf-8"))
        assert data["themes"] and data["n_answers"] > 0
        assert (themes_json.parent / "answers.csv").is_file()
