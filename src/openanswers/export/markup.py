"""Texts from the data inside Markdown and HTML: always shown as text, never rendered as markup.

An answer, label, id, question or group name may hold ``<script>``, ``<img onerror=…>``,
``[x](javascript:…)``, backticks, ``*`` or a ``#`` at a line start. :func:`md_text` makes any of
them literal in every common Markdown renderer (CommonMark, GitHub, Python-Markdown);
:func:`html_text` does the same for HTML and for plotly labels, which render a subset of HTML.
"""

from __future__ import annotations

import html
import re

from .sheets import xml_clean

# Inline markup (emphasis, code, links, images, strikethrough, tables) needs one of these.
_INLINE = re.compile(r"([\\`*_\[\]|~])")
# Raw HTML and autolinks need "<"; ">" opens a block quote; "&" an entity that would be decoded.
_ENTITY = re.compile(r"&(?=#?\w+;)")
# Block markers at the start of a line: heading, list item, ordered list item, thematic break.
_BLOCK_START = re.compile(r"^(#|[-+=]|\d+(?=[.)]))")
_LINE_BREAKS = re.compile(r"[\r\n\u2028\u2029\x0b\x0c\x85]+")


def md_text(value) -> str:
    """``value`` as literal Markdown text on one line (line breaks become spaces).

    Example: ``md_text("<b>*x*</b>")`` gives ``&lt;b&gt;\\*x\\*&lt;/b&gt;``, shown as typed."""
    text = _LINE_BREAKS.sub(" ", str(xml_clean(value))).strip()  # 4 leading spaces: a code block
    text = _ENTITY.sub("&amp;", text).replace("<", "&lt;").replace(">", "&gt;")
    text = _INLINE.sub(r"\\\1", text)
    match = _BLOCK_START.match(text)
    if match is None:
        return text
    # "# x", "- x", "+ x": escape the marker; "2024. x", "1) x": escape the dot or parenthesis.
    cut = match.end() if match.group(1).isdigit() else 0
    return text[:cut] + "\\" + text[cut:]


def html_text(value) -> str:
    """``value`` as literal HTML text (also for plotly titles, labels and hover text)."""
    return html.escape(str(xml_clean(value)), quote=True)
