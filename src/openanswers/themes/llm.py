"""A language model the user runs on this machine as label writer, checked against the evidence.

The extractive writer stays the default and the fallback. This writer sends one theme's evidence
(its phrases with counts, keywords, size and most typical sentence: never the answers themselves)
to an OpenAI-compatible chat endpoint on localhost (Ollama, llama.cpp's llama-server, vLLM) and
asks for a report-style label and a two- or three-sentence description. The reply is kept only
when every content word of the label and every number, name and quotation of the description can
be traced to that evidence; otherwise, and when no server answers in time, the theme keeps the
extractive text and a warning says why. Answers must not leave the machine (AVG), so only
loopback addresses are accepted and proxies are bypassed. Standard library only: no client
package for one POST.
"""

from __future__ import annotations

import ipaddress
import json
import os
import re
import urllib.error
import urllib.request
import warnings
from functools import lru_cache
from urllib.parse import urlsplit

from ..errors import ConfigError, OpenAnswersWarning
from .writers import UNSTABLE, PhraseWriter, ThemeEvidence, Written, answers, decimal

ENV_URL = "OPENANSWERS_LLM_URL"
ENV_MODEL = "OPENANSWERS_LLM_MODEL"
ENV_TIMEOUT = "OPENANSWERS_LLM_TIMEOUT"
DEFAULT_URL = "http://127.0.0.1:8080/v1"  # llama-server's default port; Ollama: http://127.0.0.1:11434/v1
DEFAULT_TIMEOUT = 300.0  # seconds per theme: gemma3-270m on 2 busy cores took up to 152 s
SEED = 0
MAX_TOKENS = 300  # a label and three sentences; a runaway reply ends here
N_PHRASES = 6  # phrases (with counts) the model sees
N_KEYWORDS = 8
MAX_LABEL_WORDS = 8  # the prompt asks for at most 6
MAX_DESCRIPTION = 700  # characters

SYSTEM = (
    "Je schrijft hoofdlijnen voor een onderzoeksrapport over open antwoorden uit een enquête. "
    "Je krijgt alleen het bewijs van één thema: zinsdelen die respondenten gebruiken, met het aantal "
    "antwoorden dat ze noemt, trefwoorden en een typerende zin. Gebruik alleen woorden, namen en "
    "getallen uit dat bewijs en verzin niets. Schrijf correct Nederlands. Antwoord alleen met JSON."
)


SCHEMA = {  # the reply's form; servers that support structured output hold the model to it
    "type": "object",
    "properties": {"label": {"type": "string", "maxLength": 80}, "beschrijving": {"type": "string", "maxLength": 600}},
    "required": ["label", "beschrijving"],
    "additionalProperties": False,
}


class LLMWriter:
    """Label and description by a local chat model, or the extractive ones when it fails.

    ``url`` is the OpenAI-compatible base URL (default ``$OPENANSWERS_LLM_URL``, else
    :data:`DEFAULT_URL`), ``model`` the model name (default ``$OPENANSWERS_LLM_MODEL``, else the
    first the server lists), ``timeout`` seconds per theme (default ``$OPENANSWERS_LLM_TIMEOUT``).
    """

    name = "llm"

    def __init__(self, url: str | None = None, model: str | None = None, timeout: float | None = None):
        self.url, self.model, self.timeout = url, model, timeout
        self.fallback = PhraseWriter()
        self.stats = {"accepted": 0, "rejected": 0, "unreachable": 0}
        self.replies: list[dict] = []  # per theme asked: the model's raw reply and why it was not kept
        self._down = False  # the server failed once: later themes do not wait for it again

    def write(self, evidence: ThemeEvidence) -> Written:
        extractive = self.fallback.write(evidence)
        base = loopback_url(self.url or os.environ.get(ENV_URL) or DEFAULT_URL)
        if self._down:
            self.stats["unreachable"] += 1
            return extractive
        try:
            reply = chat(base, self._model(base), messages(evidence), self._timeout())
        except LLMUnavailable as error:
            self._down = True
            self.stats["unreachable"] += 1
            _warn(f"no language model answered at {base} ({error}); the themes keep their extractive labels")
            return extractive
        parsed = parse_reply(reply)
        problem = parsed if isinstance(parsed, str) else check(*parsed, evidence)
        self.replies.append({"reply": reply, "problem": problem})
        if problem:
            self.stats["rejected"] += 1
            _warn(f"the language model's label was not kept ({problem}); the theme keeps its extractive label")
            return extractive
        label, description = parsed
        if evidence.stability is not None and evidence.stability < UNSTABLE:
            description += (
                f" Let op: deze hoofdlijn is wankel (stabiliteit {decimal(evidence.stability)}): bij herhaling op "
                "een andere steekproef van de antwoorden valt ze vaak anders uit."
            )
        self.stats["accepted"] += 1
        candidates = [c for c in dict.fromkeys([extractive.label, *extractive.candidates]) if c != label]
        return Written(label, description, candidates[:6])

    def _model(self, base: str) -> str:
        return self.model or os.environ.get(ENV_MODEL) or served_model(base, self._timeout())

    def _timeout(self) -> float:
        if self.timeout is not None:
            return float(self.timeout)
        raw = os.environ.get(ENV_TIMEOUT)
        try:
            return float(raw) if raw else DEFAULT_TIMEOUT
        except ValueError:
            raise ConfigError(f"{ENV_TIMEOUT} must be a number of seconds, not {raw!r}") from None


class LLMUnavailable(Exception):
    """No usable reply: connection refused, timeout, an HTTP error or a malformed response."""


def loopback_url(url: str) -> str:
    """``url`` without a trailing slash, or a ConfigError when it would leave this machine."""
    parts = urlsplit(url.strip())
    host = parts.hostname or ""
    if parts.scheme not in ("http", "https") or not host:
        raise ConfigError(f"{ENV_URL} must be an http URL on this machine, such as {DEFAULT_URL}; got {url!r}")
    if host != "localhost":
        try:
            local = ipaddress.ip_address(host).is_loopback
        except ValueError:
            local = False
        if not local:
            raise ConfigError(
                f"the language model must run on this machine (localhost, 127.0.0.1 or ::1): answers may not "
                f"leave it; got host {host!r}"
            )
    return url.strip().rstrip("/")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):  # a redirect could point off the machine
        return None


@lru_cache(maxsize=1)
def _opener() -> urllib.request.OpenerDirector:
    # No proxy handler from the environment: http_proxy would send the evidence elsewhere.
    return urllib.request.build_opener(urllib.request.ProxyHandler({}), _NoRedirect())


def _request(url: str, payload: dict | None, timeout: float) -> dict:
    data = None if payload is None else json.dumps(payload).encode("utf-8")
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    try:
        with _opener().open(request, timeout=timeout) as response:
            return json.loads(response.read().decode("utf-8"))
    except (urllib.error.URLError, OSError, ValueError) as error:  # URLError, timeouts, bad JSON
        reason = getattr(error, "reason", None) or error
        text = re.sub(r"[^\w\s:.,'()/-]", "", str(reason))  # shown in the terminal: no markup from a server
        raise LLMUnavailable(text or type(error).__name__) from None


def served_model(base: str, timeout: float) -> str:
    """The first model the server lists (llama-server serves one; Ollama needs a name)."""
    listing = _request(f"{base}/models", None, timeout)
    try:
        return str(listing["data"][0]["id"])
    except (KeyError, IndexError, TypeError):
        raise LLMUnavailable(f"no model listed at {base}/models; set {ENV_MODEL}") from None


def chat(base: str, model: str, chat_messages: list[dict], timeout: float) -> str:
    """The model's reply to ``chat_messages``: greedy (temperature 0), seeded, JSON in :data:`SCHEMA`."""
    payload = {
        "model": model,
        "messages": chat_messages,
        "temperature": 0,
        "seed": SEED,
        "max_tokens": MAX_TOKENS,
        "response_format": {"type": "json_schema", "json_schema": {"name": "hoofdlijn", "strict": True, "schema": SCHEMA}},
    }
    reply = _request(f"{base}/chat/completions", payload, timeout)
    try:
        return str(reply["choices"][0]["message"]["content"])
    except (KeyError, IndexError, TypeError):
        raise LLMUnavailable("the reply has no choices[0].message.content") from None


def messages(evidence: ThemeEvidence) -> list[dict]:
    """The prompt: the evidence and nothing else, in Dutch."""
    lines = [f"Thema met {answers(evidence.n)} ({evidence.share:.0%} van alle antwoorden)."]
    phrases = evidence.aspects[:N_PHRASES]
    if phrases:
        lines.append("Zinsdelen (aantal antwoorden dat ze gebruikt):")
        lines += [f"- {a.text} ({a.n})" for a in phrases]
    if evidence.keywords:
        lines.append(f"Trefwoorden: {', '.join(evidence.keywords[:N_KEYWORDS])}")
    if evidence.typical:
        lines.append(f"Typerende zin: ‘{evidence.typical}’")
    lines += [
        "",
        "Geef JSON met twee velden:",
        "- label: de naam van dit thema zoals in een rapport, hoogstens 6 woorden, geen volzin, "
        "gemaakt van de zinsdelen hierboven (zoals ‘Tariefbezwaren en financiële onduidelijkheid’ "
        "of ‘Dialoog en samenwerking’).",
        "- beschrijving: twee of drie zinnen over wat respondenten zeggen, met aantallen uit het bewijs.",
    ]
    return [{"role": "system", "content": SYSTEM}, {"role": "user", "content": "\n".join(lines)}]


def parse_reply(text: str) -> tuple[str, str] | str:
    """(label, description) from the model's JSON, or the reason it cannot be read."""
    match = re.search(r"\{.*\}", text, flags=re.DOTALL)  # tolerate ```json fences and chatter
    if not match:
        return "the reply is not JSON"
    try:
        reply = json.loads(match.group(0))
    except ValueError:
        return "the reply is not valid JSON"
    if not isinstance(reply, dict):
        return "the reply is not a JSON object"
    label = reply.get("label") or reply.get("titel")
    description = reply.get("beschrijving") or reply.get("description")
    if not isinstance(label, str) or not isinstance(description, str):
        return "the reply lacks a label or a description"
    label = " ".join(label.replace("*", "").split()).strip(" .:;")
    description = " ".join(description.replace("*", "").split())
    return label[:1].upper() + label[1:], description


WORD = re.compile(r"[^\W_]+(?:[-’'][^\W_]+)*")
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
QUOTED = re.compile(r"[‘“\"]([^‘’“”\"]{8,})[’”\"]")
MARKUP = set("<>[]{}|`#\\=")


def check(label: str, description: str, evidence: ThemeEvidence) -> str | None:
    """Why the label or description goes beyond the evidence or is not a usable text; None: fine.

    A label word counts as evidence when it is a word of the evidence or an inflection of one
    ("tarief", "tarieven"), a part of a compound there ("zorg" of "zorgverzekeraar") or a compound
    of such parts ("tariefbezwaren" when "tarief" and "bezwaren" are both there). Each number in
    the description must be a count or share of the evidence, each capitalised word inside a
    sentence (a name) must be evidence, and a quotation must be taken from the typical sentence.
    """
    vocabulary = evidence_words(evidence)
    words = WORD.findall(label)
    if not words or len(words) > MAX_LABEL_WORDS:
        return f"a label of {len(words)} words"
    if any(c in MARKUP or not c.isprintable() for c in label + description):
        return "markup or control characters"
    unknown = [w for w in words if w.lower() not in _function_words() and not supported(w.lower(), vocabulary)]
    if unknown:
        return f"label words absent from the evidence: {', '.join(unknown)}"
    if not description or len(description) > MAX_DESCRIPTION:
        return f"a description of {len(description)} characters"
    counts = allowed_numbers(evidence)
    numbers = [n for n in NUMBER.findall(description) if n not in counts]
    if numbers:
        return f"numbers absent from the evidence: {', '.join(numbers)}"
    if re.search(r"(?<![\d.,])1 antwoorden\b", description):
        return "'1 antwoorden'"
    names = [w for w in _inner_capitalised(description) if not supported(w.lower(), vocabulary)]
    if names:
        return f"names absent from the evidence: {', '.join(names)}"
    typical = " ".join(evidence.typical.split()).lower()
    invented = [q for q in QUOTED.findall(description) if " ".join(q.split()).strip(" .…").lower() not in typical]
    if invented:
        return "a quotation that is not the typical sentence"
    if evidence.aspects and not any(supported(w.lower(), _phrase_words(evidence)) for w in WORD.findall(description)
                                    if w.lower() not in _function_words()):
        return "a description that names none of the theme's phrases"
    return None


def evidence_words(evidence: ThemeEvidence) -> frozenset[str]:
    """The lower-case words of everything the model was shown."""
    texts = [a.text for a in evidence.aspects[:N_PHRASES]] + evidence.keywords[:N_KEYWORDS] + [evidence.typical]
    return frozenset(w.lower() for text in texts for w in WORD.findall(text))


def _phrase_words(evidence: ThemeEvidence) -> frozenset[str]:
    return frozenset(w.lower() for a in evidence.aspects[:N_PHRASES] for w in WORD.findall(a.text))


def allowed_numbers(evidence: ThemeEvidence) -> set[str]:
    """The numbers the model was shown: counts, the theme's size and share, numbers in the text."""
    numbers = {str(a.n) for a in evidence.aspects[:N_PHRASES]} | {str(evidence.n), f"{evidence.share:.0%}".rstrip("%")}
    texts = [a.text for a in evidence.aspects[:N_PHRASES]] + evidence.keywords[:N_KEYWORDS] + [evidence.typical]
    return numbers | {n for text in texts for n in NUMBER.findall(text)}


def supported(word: str, vocabulary: frozenset[str]) -> bool:
    """Whether ``word`` is in ``vocabulary``, an inflection or compound part of a word there, or a
    compound of two such words (see :func:`check`)."""
    if _matches(word, vocabulary):
        return True
    for cut in range(4, len(word) - 3):
        head, tail = word[:cut], word[cut:]
        for link in ("", "s", "e", "en"):
            if head.endswith(link) and len(head) - len(link) >= 4 and _matches(head[: len(head) - len(link)], vocabulary):
                if _matches(tail, vocabulary):
                    return True
    return False


def _matches(word: str, vocabulary: frozenset[str]) -> bool:
    if word in vocabulary:
        return True
    if len(word) < 4:
        return False
    for known in vocabulary:
        common = len(os.path.commonprefix([word, known]))
        if common >= 4 and len(word) - common <= 3 and len(known) - common <= 3:
            return True  # inflection: tarief / tarieven, financieel / financiële
        if known.startswith(word) or (len(word) >= 5 and known.endswith(word)):
            return True  # a part of a compound: zorg / zorgverzekeraar / verzekeraar
    return False


def _inner_capitalised(text: str) -> list[str]:
    """Words with a capital that do not open a sentence: names, acronyms."""
    out = []
    for sentence in re.split(r"(?<=[.!?:])\s+", text):
        words = WORD.findall(sentence)
        out += [w for w in words[1:] if any(c.isupper() for c in w)]
        out += [w for w in words[:1] if sum(c.isupper() for c in w) > 1]
    return out


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    from ..language.lexicon import dutch_stop_words

    return dutch_stop_words()


def _warn(message: str) -> None:
    warnings.warn(message, OpenAnswersWarning, stacklevel=4)
