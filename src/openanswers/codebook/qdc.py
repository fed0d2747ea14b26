"""REFI-QDA codebook exchange (``.qdc``): what ATLAS.ti, MAXQDA, NVivo, QualCoder and Taguette read.

The schema (``urn:QDA-XML:codebook:1.0``) gives a code only a GUID, a name, a colour, a
``Description`` and child codes. Our extra fields travel losslessly in the Description, after the
definition, as a block that starts with the line ``[openanswers]`` followed by YAML::

    Vragen over de hoogte van tarieven ...

    [openanswers]
    id: tarieven
    include:
    - tarie*

Other programs show that block as part of the code's comment, which is useful to coders (the rules
and examples are right there). The codebook's own name, version and description travel the same
way in a ``Set`` named after the codebook whose members are all its codes (a "code group" in
ATLAS.ti/MAXQDA). A ``.qdc`` written elsewhere, without these blocks, imports too: ids are made
from the code names and the definition is the whole Description.

Export is deterministic: export, import, export gives byte-identical files.
"""

from __future__ import annotations

import re
import uuid
from pathlib import Path

import yaml
from lxml import etree

from ..errors import InputError
from .model import GUID_NAMESPACE, Code, Codebook, validate

CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
PROJECT_NS = "urn:QDA-XML:project:1.0"
MARKER = "[openanswers]"
ORIGIN = "openanswers"


def codebook_element(codebook: Codebook, *, namespace: str = CODEBOOK_NS, sets: bool = True) -> etree._Element:
    """The ``<CodeBook>`` element, nested by parent, in ``namespace``.

    Pass ``namespace=PROJECT_NS`` to embed it in a ``.qdpx`` project's ``project.qde``; there the
    ``Sets`` belong to the project, so pass ``sets=False`` and add :func:`set_element` yourself.
    Raises InputError when the codebook has duplicate ids, unknown parents or cycles, which a tree
    cannot hold.
    """
    problems = [p for p in validate(codebook) if p.severity == "error"]
    if problems:
        raise InputError(f"cannot export codebook {codebook.name!r}: {problems[0].message}")
    q = f"{{{namespace}}}"
    # The codebook schema allows an origin attribute on <CodeBook>; the project schema does not.
    extra = {"origin": ORIGIN} if namespace == CODEBOOK_NS else {}
    root = etree.Element(q + "CodeBook", nsmap={None: namespace}, **extra)
    codes = etree.SubElement(root, q + "Codes")

    def add(parent: etree._Element, code: Code) -> None:
        element = etree.SubElement(parent, q + "Code", guid=code.guid, name=code.label, isCodable="true")
        if code.color:
            element.set("color", code.color)
        etree.SubElement(element, q + "Description").text = _code_description(code)
        for child in codebook.children(code.id):
            add(element, child)

    for code in codebook.roots():
        add(codes, code)
    if sets:
        etree.SubElement(root, q + "Sets").append(set_element(codebook, namespace=namespace))
    return root


def set_element(codebook: Codebook, *, namespace: str = CODEBOOK_NS) -> etree._Element:
    """A ``<Set>`` named after the codebook with all its codes: carries name, version, description."""
    q = f"{{{namespace}}}"
    element = etree.Element(q + "Set", nsmap={None: namespace}, guid=codebook_guid(codebook.name), name=codebook.name)
    block = {"version": codebook.version, "description": codebook.description}
    etree.SubElement(element, q + "Description").text = MARKER + "\n" + _dump(block)
    for code in codebook.in_tree_order():
        # Codebook schema: MemberCode/@guid; project schema (CodeRefType): MemberCode/@targetGUID.
        reference = "guid" if namespace == CODEBOOK_NS else "targetGUID"
        etree.SubElement(element, q + "MemberCode", {reference: code.guid})
    return element


def codebook_guid(name: str) -> str:
    return str(uuid.uuid5(GUID_NAMESPACE, f"codebook/{name}"))


def to_qdc_bytes(codebook: Codebook) -> bytes:
    """The ``.qdc`` file as bytes (UTF-8, pretty-printed, with an XML declaration)."""
    root = codebook_element(codebook)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def write_qdc(codebook: Codebook, path: str | Path) -> None:
    """Write a REFI-QDA codebook; codes are written parents first (see ``Codebook.in_tree_order``)."""
    Path(path).write_bytes(to_qdc_bytes(codebook))


def read_qdc(path: str | Path) -> Codebook:
    """Read a REFI-QDA codebook, ours or one exported by another QDA program."""
    path = Path(path)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_blank_text=True)
    try:
        root = etree.parse(str(path), parser).getroot()
    except etree.XMLSyntaxError as exc:
        raise InputError(f"not valid XML: {exc.msg}", path=path, row=exc.lineno) from exc
    except OSError as exc:
        raise InputError(f"cannot read codebook: {exc}", path=path) from exc
    return codebook_from_element(root, path=path, name=path.stem)


def codebook_from_element(root: etree._Element, *, path: str | Path | None = None, name: str = "codebook", sets: etree._Element | None = None) -> Codebook:
    """A Codebook from a ``<CodeBook>`` element in either REFI namespace (``.qdc`` or ``.qde``)."""
    namespace = etree.QName(root).namespace
    if etree.QName(root).localname != "CodeBook" or namespace not in (CODEBOOK_NS, PROJECT_NS):
        raise InputError(f"not a REFI-QDA codebook: root element is {root.tag!r}", path=path, row=root.sourceline)
    q = f"{{{namespace}}}"
    version, description = "", ""
    sets = sets if sets is not None else root.find(q + "Sets")
    for element in sets.findall(q + "Set") if sets is not None else []:
        block = _split_block(element.findtext(q + "Description") or "")[1]
        if block is not None:
            data = _load(block, path, element.sourceline)
            name = element.get("name") or name
            version, description = str(data.get("version") or ""), str(data.get("description") or "")
            break
    codes: list[Code] = []
    used: set[str] = set()

    def visit(element: etree._Element, parent: str | None) -> None:
        for child in element.findall(q + "Code"):
            code = _code(child, q, parent, used, path)
            used.add(code.id)
            codes.append(code)
            visit(child, code.id)

    codes_element = root.find(q + "Codes")
    if codes_element is None:
        raise InputError("codebook has no <Codes> element", path=path, row=root.sourceline)
    visit(codes_element, None)
    return Codebook(name=name, version=version, codes=codes, description=description)


def _code(element: etree._Element, q: str, parent: str | None, used: set[str], path) -> Code:
    label = element.get("name") or ""
    guid = element.get("guid") or ""
    if not label or not guid:
        raise InputError("<Code> needs a name and a guid", path=path, row=element.sourceline, column="name" if not label else "guid")
    definition, block = _split_block(element.findtext(q + "Description") or "")
    data = _load(block, path, element.sourceline) if block is not None else {}
    code_id = str(data.get("id") or _unique(_slug(label), used))
    lists = {key: [str(v) for v in data.get(key) or []] for key in ("include", "exclude", "examples")}
    return Code(id=code_id, label=label, definition=definition, parent=parent, guid=guid.strip("{}").lower(), color=element.get("color"), **lists)


def _code_description(code: Code) -> str:
    block = {"id": code.id}
    for key in ("include", "exclude", "examples"):
        if getattr(code, key):
            block[key] = list(getattr(code, key))
    return (code.definition + "\n\n" if code.definition else "") + MARKER + "\n" + _dump(block)


def _split_block(description: str) -> tuple[str, str | None]:
    """Definition and our YAML block (None when the Description has none)."""
    if description.startswith(MARKER + "\n"):
        return "", description[len(MARKER) + 1:]
    definition, found, block = description.rpartition("\n\n" + MARKER + "\n")
    return (definition, block) if found else (description, None)


def _dump(data: dict) -> str:
    # No line wrapping: QDA programs show the block as the code's comment, one example a line.
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1_000_000, default_flow_style=False)


def _load(block: str, path, row: int | None) -> dict:
    try:
        data = yaml.safe_load(block)
    except yaml.YAMLError as exc:
        raise InputError(f"unreadable {MARKER} block in a Description: {exc}", path=path, row=row) from exc
    if not isinstance(data, dict):
        raise InputError(f"the {MARKER} block in a Description must be a mapping", path=path, row=row)
    return data


def _slug(label: str) -> str:
    slug = re.sub(r"[^\w.-]+", "_", label.strip().lower(), flags=re.UNICODE).strip("_")
    return slug or "code"


def _unique(slug: str, used: set[str]) -> str:
    candidate, n = slug, 2
    while candidate in used:
        candidate, n = f"{slug}_{n}", n + 1
    return candidate
