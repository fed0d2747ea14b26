"""The files of the output contract (documented in the README): themes.json, answers.csv,
themes.md and quotes.xlsx, all written from a :class:`PublicRun`."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from .. import schema
from ..schema import THEME, TOPIC
from ..themes.mentions import ALSO
from ..themes.writers import answers as n_answers_text, theme_figures
from .markup import md_text
from .safety import PublicRun
from .sheets import write_csv, xlsx_row

NUMBER_WORDS = {1: "één", 2: "twee", 3: "drie", 4: "vier", 5: "vijf", 6: "zes", 7: "zeven", 8: "acht", 9: "negen", 10: "tien"}


def themes_json(run: PublicRun) -> dict:
    answers = run.answers
    overig = answers.loc[answers[THEME] == schema.OTHER, schema.ID].tolist()
    leeg = answers.loc[answers[THEME] == schema.EMPTY, schema.ID].tolist()
    return {
        "n_answers": len(answers),
        "n_respondents": int(answers[schema.RESPONDENT].nunique()),
        "pipeline": run.info,
        "themes": [
            {
                "label": t.label,
                "keywords": t.keywords,
                "n": t.n,
                "n_mentions": t.n_mentions,  # n + answers naming it beside their main theme; null: not computed
                "n_respondents": t.n_respondents,
                "share": round(t.share, 4),
                "share_ci": t.share_ci,
                "stability": t.stability,
                "description": t.description,
                "aspects": t.aspects,
                "label_candidates": t.label_candidates,
                "quotes": [{"id": q.id, "text": q.text} for q in t.quotes],
                "topics": t.topics,
            }
            for t in run.themes
        ],
        "overig": {"n": len(overig), "ids": overig},
        "leeg": {"n": len(leeg), "ids": leeg},
    }


def answers_table(run: PublicRun) -> pd.DataFrame:
    """One row per input answer, in input order."""
    a = run.answers
    table = pd.DataFrame(
        {
            "id": a[schema.ID],
            "respondent": a[schema.RESPONDENT],
            "question": a[schema.QUESTION],
            "closed": a[schema.CLOSED],
            "text": a[schema.TEXT],
            "status": a[schema.STATUS],
            "rank": a[schema.RANK],
            "theme": a[THEME],
            **({ALSO: a[ALSO]} if ALSO in a else {}),
            "topic": a[TOPIC],
        }
    )
    for column in schema.metadata_columns(a):
        if column not in (THEME, TOPIC, ALSO) and column not in table.columns:
            table[column] = a[column]
    return table


def quotes_table(run: PublicRun) -> pd.DataFrame:
    """Every substantive answer under its theme, representative quotes first, for a quote list."""
    a = run.answers
    representative = {q.id: (i, j) for i, t in enumerate(run.themes) for j, q in enumerate(t.quotes)}
    quote_text = {q.id: q.text for t in run.themes for q in t.quotes}
    order = {t.label: i for i, t in enumerate(run.themes)}
    rows = a[a[schema.STATUS] == schema.ANSWERED]
    table = pd.DataFrame(
        {
            "thema": rows[THEME],
            "citaat": [quote_text.get(i, t) for i, t in zip(rows[schema.ID], rows[schema.TEXT])],
            "representatief": ["ja" if i in representative else "nee" for i in rows[schema.ID]],
            "respondent": rows[schema.RESPONDENT],
            "id": rows[schema.ID],
            "gesloten antwoord": rows[schema.CLOSED],
            # the other themes the answer makes a point about (themes_also), for a quote list per point
            **({"ook over": rows[ALSO].fillna("")} if ALSO in rows else {}),
        }
    )
    for column in schema.metadata_columns(a):
        if column not in (THEME, TOPIC, ALSO):
            table[column] = rows[column].to_numpy()
    key = [
        (order.get(th, len(order)), representative.get(i, (0, 10**6))[1])
        for th, i in zip(table["thema"], table["id"])
    ]
    table["_key"] = key
    return table.sort_values("_key", kind="stable").drop(columns="_key").reset_index(drop=True)


def summary_sentence(n_answers: int, n_themes: int) -> str:
    """"De antwoorden (n=…) zijn samen te vatten in drie hoofdlijnen:", as monitor reports open."""
    noun = "hoofdlijn" if n_themes == 1 else "hoofdlijnen"
    return f"De antwoorden (n={n_answers}) zijn samen te vatten in {NUMBER_WORDS.get(n_themes, str(n_themes))} {noun}:"


def themes_markdown(run: PublicRun, question: str | None = None) -> str:
    lines = []
    if question:
        lines += [f"# {md_text(question)}", ""]
    n = len(run.answers)
    leeg = int((run.answers[THEME] == schema.EMPTY).sum())
    overig = int((run.answers[THEME] == schema.OTHER).sum())
    lines += [summary_sentence(n, len(run.themes)), ""]
    for i, t in enumerate(run.themes, 1):
        figures = md_text(theme_figures(t.n, t.share, t.share_ci, t.stability))
        lines += [f"{i}. **{md_text(t.label)}** ({figures}). {md_text(t.description)}{_mentioned(t)}"]
        lines += [f"   - ‘{md_text(q.text)}’ ({md_text(q.id)})" for q in t.quotes]
        lines.append("")
    lines.append(f"Overig: {overig} {'antwoord past' if overig == 1 else 'antwoorden passen'} in geen hoofdlijn; leeg of niet inhoudelijk: {leeg}.")
    lines.append("")
    keywords = "; ".join(f"{md_text(t.label)}: " + ", ".join(md_text(k) for k in t.keywords[:6]) for t in run.themes)
    lines.append(f"_Trefwoorden: {keywords}_")
    return "\n".join(lines) + "\n"


def _mentioned(theme) -> str:
    """" Genoemd in 34 antwoorden, waarvan 8 als tweede punt." when other answers name it too."""
    extra = (theme.n_mentions or 0) - theme.n
    if extra <= 0:
        return ""
    return f" Genoemd in {n_answers_text(theme.n_mentions)}, waarvan {extra} als tweede punt."


def write_xlsx(table: pd.DataFrame, path: Path, sheet: str) -> None:
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    safe = table
    # Write-only mode streams rows to disk: a normal workbook holds a Python object per cell
    # (hundreds of MB at 100k answers); layout must then be set before the first row.
    workbook = Workbook(write_only=True)
    sheet_ = workbook.create_sheet(sheet)
    sheet_.freeze_panes = "A2"
    sheet_.auto_filter.ref = f"A1:{get_column_letter(max(1, len(safe.columns)))}{len(safe) + 1}"
    for i, column in enumerate(safe.columns, 1):
        longest = max([len(str(column))] + [len(str(v)) for v in safe[column].head(200)])
        sheet_.column_dimensions[get_column_letter(i)].width = min(80, max(10, longest + 2))
    sheet_.append(xlsx_row(sheet_, [str(c) for c in safe.columns]))
    for row in safe.itertuples(index=False, name=None):
        sheet_.append(xlsx_row(sheet_, row))
    workbook.save(path)


def write_contract(run: PublicRun, out_dir: Path, question: str | None = None) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {name: out_dir / name for name in ("themes.json", "answers.csv", "themes.md", "quotes.xlsx")}
    paths["themes.json"].write_text(json.dumps(themes_json(run), ensure_ascii=False, indent=2), encoding="utf-8")
    write_csv(answers_table(run), paths["answers.csv"])
    paths["themes.md"].write_text(themes_markdown(run, question), encoding="utf-8")
    write_xlsx(quotes_table(run), paths["quotes.xlsx"], "Citaten")
    return list(paths.values())
