"""The coding screen as lines that fit the terminal, down to 80x24.

The header (progress, answer id, "suggesties bijwerken…") and the key help always stay on
screen; the answer text gets the rows left over and scrolls (arrows, PgUp/PgDn), with a line
saying how much more there is. Codes are laid out in columns, each with its key. Every text
from the data is plain text here: the CLI prints the lines as ``rich.text.Text``, never markup.
"""

from __future__ import annotations

import re
import textwrap

from .. import schema
from .controls import HELP

Line = list[tuple[str, str]]  # (text, style) segments
# Control characters from the data (escape sequences, bare CR, backspace) could redraw the
# terminal: shown as U+FFFD, as openanswers.cli.render.data_text does; tabs and newlines as spaces.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _crop(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(0, width - 1)] + "…"


def _columns(cells: list[Line], width: int, columns: int) -> list[Line]:
    if not cells:
        return []
    col = width // columns
    rows = -(-len(cells) // columns)
    lines: list[Line] = []
    for r in range(rows):
        line: Line = []
        for c in range(columns):
            k = c * rows + r  # down the columns, as a reader scans a list
            if k < len(cells):
                used = 0
                for text, style in cells[k]:
                    text = _crop(text, col - 1 - used)
                    line.append((text, style))
                    used += len(text)
                line.append((" " * max(1, col - used), ""))
        lines.append(line)
    return lines


def _code_cell(session, code_id: str, key: str) -> Line:
    s = session.screen
    tick = "x" if code_id in s.selected else " "
    label = session.codebook.get(code_id).label
    cell: Line = [(f"{key:>2} [{tick}] {label}", "bold" if tick == "x" else "")]
    if code_id in s.scores:
        confidence, source = s.scores[code_id]
        cell.append((f" {confidence:.2f}{source[:1]}", "green" if confidence >= session.threshold else "yellow"))
    return cell


def layout(session, handler, width: int = 80, height: int = 24) -> list[Line]:
    """The screen for ``session`` (keys typed so far in ``handler``) as at most ``height`` lines
    of at most ``width`` characters."""
    s = session.screen
    width, height = max(width, 40), max(height, 16)
    answer = s.answer
    status = "  suggesties bijwerken…" if session.learning else ""
    double = f" (dubbel op {session.only_coded_by})" if session.only_coded_by else ""
    header: list[Line] = [[(_crop(f"[{min(s.done + 1, s.total)}/{s.total}] antwoord {answer['id']}{double}", width - len(status)), "bold"),
                           (status, "bold magenta")]]
    question = str(answer.get("question") or "")
    if answer.get("closed"):
        question = f"{question} · gesloten antwoord: {answer['closed']}" if question else f"gesloten antwoord: {answer['closed']}"
    if question:
        header.append([(_crop(question, width), "dim")])

    digits = _columns([_code_cell(session, c, str(n)) for n, c in enumerate(s.digits, 1)], width, 3 if width >= 120 else 2)
    keymap = session.keymap
    if keymap.open_code is not None:
        parent = session.codebook.get(keymap.open_code)
        title = f"{parent.label} › kies een subcode (esc = terug)"
        codes = [parent.id] + [c.id for c in session.codebook.children(parent.id)]
    elif s.search:
        title, codes = "gevonden (typ de toetsen):", s.search
    else:
        title, codes = "codes (toets, subcodes met twee toetsen):", [c.id for c in session.codebook.roots()]
    columns = 3 if width >= 100 else 2 if len(codes) <= 10 or width < 80 else 3
    code_lines = [[(title, "dim")]] + _columns([_code_cell(session, c, keymap.toggle_key(c)) for c in codes], width, columns)

    footer: list[Line] = []
    chosen = [session.codebook.get(c).label for c in s.selected if c in session.codebook]
    footer.append([(_crop("gekozen: " + (", ".join(chosen) if chosen else "(niets: geen code van toepassing)"), width), "")])
    if handler.mode != "codes":
        footer.append([(_crop(f"{'memo' if handler.mode == 'memo' else 'zoek code'}: {handler.buffer}_", width), "bold")])
    elif s.memo:
        footer.append([(_crop(f"memo: {s.memo}", width), "italic")])
    footer.append([(_crop(s.message, width), "bold yellow")])
    footer.append([(_crop(HELP, width), "dim")])

    room = height - len(header) - len(digits) - len(code_lines) - len(footer) - 2
    if room < 3:  # very short terminal: fewer code rows, the answer keeps three lines
        code_lines = code_lines[: max(1, len(code_lines) - (3 - room))]
        room = height - len(header) - len(digits) - len(code_lines) - len(footer) - 2
    body = _wrap(answer, width - 2)
    s.scroll = min(s.scroll, max(0, len(body) - room))
    shown = body[s.scroll: s.scroll + room]
    if s.scroll + room < len(body):
        shown[-1] = f"↓ nog {len(body) - s.scroll - room + 1} regels (↓ / PgDn)"
    if s.scroll:
        shown[0] = f"↑ {s.scroll + 1} regels hoger (↑ / PgUp)"
    text_lines = [[("  " + line, "dim" if line.startswith(("↓", "↑")) else "")] for line in shown]
    lines = header + [[("", "")]] + text_lines + [[("", "")]] + digits + code_lines + footer
    return [[(_CONTROL.sub("\ufffd", text.replace("\t", " ").replace("\n", " ")), style) for text, style in line]
            for line in lines]


def _wrap(answer: dict, width: int) -> list[str]:
    lines: list[str] = []
    for paragraph in str(answer.get("text") or "").splitlines() or [""]:
        lines += textwrap.wrap(paragraph, width) or [""]
    meta = [f"{k}: {v}" for k, v in answer.items() if k not in schema.CANONICAL and v is not None and str(v) != "nan"]
    if meta:
        lines += [""] + textwrap.wrap("  ".join(meta), width)
    return lines
