"""HTML for Jupyter: the review at a glance, a topic table and one compact card per theme.

Every text from the answers is html-escaped: answers are user input and may contain markup.
"""

from __future__ import annotations

from html import escape

import pandas as pd

_STYLE = (
    "<style>.oa-card{border:1px solid #ccc;border-radius:6px;padding:8px 12px;margin:6px 0;max-width:900px}"
    ".oa-card h4{margin:0 0 4px 0}.oa-muted{color:#666;font-size:90%}"
    ".oa-quote{margin:4px 0 4px 12px;padding-left:8px;border-left:3px solid #9ab;font-style:italic}"
    ".oa-table td,.oa-table th{text-align:left;vertical-align:top;padding:4px 8px}</style>"
)


def _e(value) -> str:
    return escape(str(value), quote=True)


def _words(items, n: int = 8) -> str:
    return _e(", ".join(str(i) for i in list(items)[:n]))


def _share(value) -> str:
    return f"{value:.0%}" if isinstance(value, (int, float)) and not pd.isna(value) else ""


def theme_card(row) -> str:
    quotes = "".join(
        f'<div class="oa-quote">‘{_e(q)}’ <span class="oa-muted">({_e(i)})</span></div>'
        for q, i in zip(row["quotes"], row["quote_ids"])
    )
    extra = []
    if row["topics"]:
        extra.append(f"topics {_words(row['topics'], 50)}")
    if row["codes"]:
        extra.append(f"codes {_words(row['codes'], 20)}")
    return (
        f'<div class="oa-card"><h4>{_e(row["label"])} <span class="oa-muted">n={_e(row["n"])}, {_share(row["share"])}</span></h4>'
        f'<div class="oa-muted">{_words(row["keywords"])}</div><div>{_e(row["description"])}</div>{quotes}'
        f'<div class="oa-muted">{" · ".join(extra)}</div></div>'
    )


def themes_html(frame: pd.DataFrame) -> str:
    needed = {"label", "n", "share", "keywords", "description", "quotes", "quote_ids", "topics", "codes"}
    if not needed <= set(frame.columns):
        return pd.DataFrame(frame).to_html(escape=True)
    cards, rest = [], []
    for _, row in frame.iterrows():
        if row["quotes"] or row["description"]:
            cards.append(theme_card(row))
        else:
            rest.append(f"{_e(row['label'])}: {_e(row['n'])} ({_share(row['share'])})")
    return _STYLE + "".join(cards) + (f'<div class="oa-muted">{" · ".join(rest)}</div>' if rest else "")


def topics_html(frame: pd.DataFrame) -> str:
    needed = {"topic", "name", "size", "keywords", "examples", "closed", "codes", "theme"}
    if not needed <= set(frame.columns):
        return pd.DataFrame(frame).to_html(escape=True)
    head = "".join(f"<th>{h}</th>" for h in ("topic", "naam", "n", "keywords", "voorbeelden", "gesloten", "codes", "thema"))
    body = []
    for _, r in frame.iterrows():
        examples = "".join(f'<div class="oa-quote">‘{_e(x)}’</div>' for x in r["examples"])
        closed = ", ".join(f"{_e(k)} {_e(v)}" for k, v in r["closed"].items())
        body.append(
            f"<tr><td>{_e(r['topic'])}</td><td><b>{_e(r['name'])}</b></td><td>{_e(r['size'])}</td>"
            f"<td>{_words(r['keywords'])}</td><td>{examples}</td><td>{closed}</td>"
            f"<td>{_words(r['codes'], 20)}</td><td>{_e(r['theme'])}</td></tr>"
        )
    return f'{_STYLE}<table class="oa-table"><tr>{head}</tr>{"".join(body)}</table>'


def review_html(review) -> str:
    from .store import live

    log = review.log.ops()
    n = len(live(log))
    last = f"; laatste: {_e(log[-1].op)} door {_e(log[-1].by)} op {_e(log[-1].at)}" if log else ""
    where = "alleen in dit geheugen" if review.log.path == ":memory:" else _e(review.log.path)
    skipped = f"; {len(review.skipped)} overgeslagen" if review.skipped else ""
    header = (
        f'<div class="oa-card"><h4>Review van {len(review.base.answers)} antwoorden</h4>'
        f"<div>{len(review.state.topic_ids)} topics, {len(review.theme_list)} thema's, "
        f"{n} {'bewerking' if n == 1 else 'bewerkingen'} van kracht{skipped} ({where}){last}</div></div>"
    )
    return header + themes_html(review.themes)
