"""The coding session without a terminal: keys, key map, screen layout, resume, double coding."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from openanswers.codebook import read_codebook
from openanswers.coding.controls import KeyHandler
from openanswers.coding.keymap import COMMAND_KEYS, KeyMap, assign_keys
from openanswers.coding.keys import SEQUENCES, split_keys
from openanswers.coding.screen import layout
from openanswers.coding.session import CodingSession
from openanswers.errors import InputError
from openanswers.project import create_project
from openanswers.project.lock import CoderLock

ROOT = Path(__file__).resolve().parents[1]
CODEBOOK = ROOT / "codebooks" / "wlz_zorgcontractering.yaml"


@pytest.fixture(scope="module")
def codebook():
    return read_codebook(CODEBOOK)


@pytest.fixture()
def project(tmp_path, nvi_answers, codebook):
    with create_project(tmp_path / "wlz.oaproj", nvi_answers, codebook) as opened:
        yield opened


KEYS = st.sampled_from(["a", "t", "1", "é", " ", "enter", "up", "down", "pageup", "pagedown", "escape", "backspace"])
TYPED = {"enter": "\r", "up": "\x1b[A", "down": "\x1b[B", "pageup": "\x1b[5~", "pagedown": "\x1b[6~",
         "escape": "\x1b", "backspace": "\x7f"}


@settings(max_examples=200, deadline=None)
@given(st.lists(KEYS, max_size=30), st.integers(min_value=0, max_value=200))
def test_typed_bytes_split_back_into_the_same_keys_however_they_are_cut(keys, cut):
    # A burst of keys read at once, cut anywhere by the reads, gives every key back in order.
    text = "".join(TYPED.get(k, k) for k in keys)
    cut = min(cut, len(text))
    first, rest = split_keys(text[:cut], final=False)
    second, left = split_keys(rest + text[cut:])
    assert first + second == keys and left == ""


def test_every_code_has_a_unique_key_sequence_that_starts_no_other(codebook):
    keymap = KeyMap(codebook)
    sequences = [keymap.toggle_key(c.id) for c in codebook]
    assert all(sequences) and len(set(sequences)) == len(sequences)
    assert not any(a != b and b.startswith(a) for a in sequences for b in sequences)
    assert not {s[0] for s in sequences} & COMMAND_KEYS
    assert keymap.toggle_key("tarieven.vastgoed").startswith(keymap.keys["tarieven"])
    assert assign_keys(codebook) == assign_keys(read_codebook(CODEBOOK))  # derived from the codebook alone


def test_the_screen_fits_80_by_24_and_scrolls_a_long_answer(project):
    long_text = " ".join(f"zin{i} over tarieven en de wachtlijst." for i in range(120))
    project.connection.execute("UPDATE answers SET text = ? WHERE id = 'nvi-0001'", (long_text,))
    session = CodingSession(project, "anna", learn_every=None)
    handler = KeyHandler(session)
    lines = layout(session, handler, 80, 24)
    rendered = ["".join(text for text, _ in line) for line in lines]
    assert len(rendered) <= 24 and all(len(line) <= 80 for line in rendered)
    assert "antwoord nvi-0001" in rendered[0] and "q=stop" in rendered[-1]
    assert any("zin0 " in line for line in rendered) and not any("zin119" in line for line in rendered)
    for _ in range(200):
        handler.press("pagedown")
    rendered = ["".join(text for text, _ in line) for line in layout(session, handler, 80, 24)]
    assert len(rendered) <= 24 and "antwoord nvi-0001" in rendered[0]
    assert any("zin119" in line for line in rendered)


def test_the_screen_shows_control_characters_from_the_data_as_text(project):
    project.connection.execute("UPDATE answers SET text = ? WHERE id = 'nvi-0001'",
                               ("\x1b[2J\x1b[31mrood\x1b[0m\tkolom\rterug\x08",))
    session = CodingSession(project, "anna", learn_every=None)
    handler = KeyHandler(session)
    for key in ["m", *"memo\x07", "enter"]:
        handler.press(key)
    rendered = "".join(text for line in layout(session, handler, 80, 24) for text, _ in line)
    assert not any(ch in rendered for ch in "\x1b\r\x08\x07\t") and "rood" in rendered and "\ufffd" in rendered


def test_digits_stay_put_while_the_answer_is_on_screen(project):
    session = CodingSession(project, "anna", learn_every=None)
    digits = list(session.screen.digits)
    handler = KeyHandler(session)
    for key in ["/", *"zorg", "enter", "1", "a", "escape", "3"]:
        handler.press(key)
    assert session.screen.digits == digits
    assert set(session.screen.selected) == {digits[0], digits[2]}


def test_keys_work_through_chords_memo_undo_and_resume(project, codebook):
    keymap = KeyMap(codebook)
    session = CodingSession(project, "anna", learn_every=None)
    first = session.answer_id
    handler = KeyHandler(session)
    for key in [*keymap.toggle_key("tarieven.vastgoed"), *keymap.toggle_key("tarieven"), "m", *"twijfel", "enter", "enter"]:
        handler.press(key)
    assert set(project.codes_of(first, "anna")) == {"tarieven", "tarieven.vastgoed"}
    handler.press("u")
    assert session.answer_id == first and session.screen.memo == "twijfel"
    session.close()
    # The next session, even in another order, keeps its own position; this order's draft is intact.
    other = CodingSession(project, "anna", order="uncertainty", learn_every=None)
    other.toggle(1)
    other.close()
    again = CodingSession(project, "anna", learn_every=None)
    assert again.answer_id == first
    assert set(again.screen.selected) == {"tarieven", "tarieven.vastgoed"} and again.screen.memo == "twijfel"


def test_only_coded_by_offers_just_the_other_coders_answers(project):
    ids = project.answers()["id"].tolist()
    for answer_id in (ids[3], ids[10], ids[20]):
        project.record(answer_id, ["tarieven"], "anna")
    session = CodingSession(project, "bram", only_coded_by="anna", learn_every=None)
    seen = []
    while not session.finished:
        seen.append(session.answer_id)
        assert session.screen.total == 3
        session.save()
    assert seen == [ids[3], ids[10], ids[20]]


def test_undo_takes_back_only_this_sessions_saves(project):
    ids = project.answers()["id"].tolist()
    session = CodingSession(project, "anna", learn_every=None)
    session.toggle(1)
    session.save()
    project.record(ids[5], ["capaciteit"], "anna")  # written elsewhere (a script, autocode) meanwhile
    session.undo()
    assert session.answer_id == ids[0]
    assert project.codes_of(ids[5], "anna") == ["capaciteit"]


def test_a_second_lock_for_the_same_coder_fails(tmp_path):
    path = tmp_path / "p.oaproj"
    with CoderLock(path, "anna"), CoderLock(path, "bram"):
        with pytest.raises(InputError, match="andere sessie"):
            CoderLock(path, "anna").acquire()
    with CoderLock(path, "anna"):
        pass
