"""Export a coding project as a REFI-QDA project (``.qdpx``) for ATLAS.ti, MAXQDA, NVivo, QualCoder.

The archive holds ``project.qde`` (XML, ``urn:QDA-XML:project:1.0``) and one plain-text file per
answer in ``sources/``. Each answer is a ``TextSource`` named after its id; each coder's codes for
it are ``Coding`` elements on one ``PlainTextSelection`` spanning the whole answer (coding in this
tool is per answer), with the coder's memo as the selection's description. The codebook comes from
:func:`openanswers.codebook.codebook_element`, so code GUIDs match a ``.qdc`` export.

The texts leave the tool, so they are pseudonymised by default, like every other export; GUIDs are
derived from ids (uuid5), so exporting twice gives the same archive apart from nothing.
"""

from __future__ import annotations

import uuid
import zipfile
from pathlib import Path

from lxml import etree

from .. import schema
from ..errors import InputError
from ..project.store import AUTO_CODER

NS = "urn:QDA-XML:project:1.0"
Q = f"{{{NS}}}"
_NAMESPACE = uuid.UUID("0b6f4f4e-31b8-5c1e-9d0f-6a2f4b1f7e21")  # fixed: GUIDs depend on ids only
EPOCH = "2000-01-01T00:00:00Z"


def _guid(*parts: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, "/".join(parts)))


def _time(created: str | None) -> str:
    """xsd:dateTime in UTC without fractions, as every QDA program parses it."""
    return (created or EPOCH)[:19] + "Z"


def _scrubber(pseudonymise: bool):
    """The export gate: free text, ids and metadata values (see :func:`openanswers.export.safety.text_gate`)."""
    from .safety import text_gate

    return text_gate(pseudonymise=pseudonymise)


def project_element(project, *, pseudonymise: bool = True, include_auto: bool = False) -> tuple[etree._Element, dict[str, str]]:
    """The ``<Project>`` element and the source files (archive path -> text) it refers to."""
    from ..codebook.qdc import PROJECT_NS, codebook_element, set_element

    codebook = project.codebook()
    decisions = project.decisions()
    if not include_auto:
        decisions = decisions[decisions["coder"] != AUTO_CODER]
    decisions = decisions[decisions["code_id"].notna()]
    clean = _scrubber(pseudonymise)
    name = project.path.stem
    coders = sorted(set(decisions["coder"]))
    users = {c: _guid(name, "user", c) for c in coders}
    stamp = _time(decisions["created"].max() if len(decisions) else None)
    root = etree.Element(Q + "Project", nsmap={None: NS}, name=name, origin="openanswers", creationDateTime=stamp)
    if coders:
        root.set("creatingUserGUID", users[coders[0]])
    users_el = etree.SubElement(root, Q + "Users")
    for coder in coders:
        etree.SubElement(users_el, Q + "User", guid=users[coder], name=coder)
    codebook_el = codebook_element(codebook, namespace=PROJECT_NS, sets=False)
    root.append(codebook_el)
    guids = {c.id: c.guid for c in codebook}
    sources = etree.SubElement(root, Q + "Sources")
    files: dict[str, str] = {}
    by_answer = {a: g for a, g in decisions.groupby("answer_id")}
    answers = project.answers()
    metadata = schema.metadata_columns(answers)
    public = clean.frame(answers).to_dict("records")  # every field through the gate; raw ids only for GUIDs
    for row, shown in zip(answers.to_dict("records"), public):
        if row[schema.STATUS] == schema.EMPTY and row[schema.ID] not in by_answer:
            continue
        text = clean(shown[schema.TEXT])
        source_guid = _guid(name, "source", row[schema.ID])
        files[f"sources/{source_guid}.txt"] = text
        public_id = clean(str(shown[schema.ID]))
        element = etree.SubElement(sources, Q + "TextSource", guid=source_guid, name=public_id,
                                   plainTextPath=f"internal://{source_guid}.txt")
        about = [f"vraag: {shown[schema.QUESTION]}"] if shown[schema.QUESTION] else []
        about += [f"gesloten antwoord: {shown[schema.CLOSED]}"] if shown[schema.CLOSED] else []
        about += [f"{c}: {shown[c]}" for c in metadata if shown[c] is not None and str(shown[c]) != "nan"]
        if about:
            etree.SubElement(element, Q + "Description").text = clean("\n".join(about))
        for coder, group in (by_answer.get(row[schema.ID]).groupby("coder") if row[schema.ID] in by_answer else []):
            selection = etree.SubElement(
                element, Q + "PlainTextSelection", guid=_guid(name, "selection", row[schema.ID], coder),
                name=public_id, startPosition="0", endPosition=str(len(text)),
                creatingUser=users[coder], creationDateTime=_time(group["created"].max()))
            memos = [m for m in dict.fromkeys(group["memo"]) if isinstance(m, str) and m]
            if memos:
                etree.SubElement(selection, Q + "Description").text = clean("\n".join(memos))
            for code, created in zip(group["code_id"], group["created"]):
                coding = etree.SubElement(selection, Q + "Coding", guid=_guid(name, "coding", row[schema.ID], coder, code),
                                          creatingUser=users[coder], creationDateTime=_time(created))
                etree.SubElement(coding, Q + "CodeRef", targetGUID=guids[code])
    etree.SubElement(root, Q + "Sets").append(set_element(codebook, namespace=PROJECT_NS))
    return root, files


def write_qdpx(project, path: str | Path, *, pseudonymise: bool = True, include_auto: bool = False) -> Path:
    """Write ``project`` as a ``.qdpx`` archive; returns the path.

    Example: ``write_qdpx(Project.open("wlz.oaproj"), "wlz.qdpx")``
    """
    path = Path(path)
    root, files = project_element(project, pseudonymise=pseudonymise, include_auto=include_auto)
    xml = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    try:
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(zipfile.ZipInfo("project.qde", (2000, 1, 1, 0, 0, 0)), xml, zipfile.ZIP_DEFLATED)
            for name in sorted(files):
                archive.writestr(zipfile.ZipInfo(name, (2000, 1, 1, 0, 0, 0)), files[name].encode("utf-8"), zipfile.ZIP_DEFLATED)
    except OSError as exc:
        raise InputError(f"cannot write the project: {exc.strerror or exc}", path=path) from exc
    return path
