"""A self-contained HTML report: text escaped, plotly.js embedded once (no network needed to view),
a bar chart of theme shares and a heatmap of themes by subgroup."""

from __future__ import annotations

from pathlib import Path

from .markup import html_text
from .sheets import neutralise
from ..themes.writers import theme_figures
from ..report.build import Report
from ..report import sections
from ..report.subgroups import format_test
from .text import NPS_NOTE, nps_rows, subgroup_note
from ..report.waves import wave_rows

CSS = """
body{font-family:Calibri,'DejaVu Sans',Arial,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.45}
h1{font-size:1.8rem;margin-bottom:.3rem}h2{font-size:1.3rem;margin-top:2rem;border-bottom:1px solid #ccd}
.meta,.note{color:#666;font-size:.85rem}.theme{margin-bottom:1.5rem}
blockquote{margin:.4rem 0 .4rem 0;padding:.3rem .8rem;border-left:4px solid #4a78b0;background:#f5f7fb}
blockquote .id{color:#666;font-size:.8rem;margin-left:.4rem;white-space:nowrap}
table{border-collapse:collapse;font-size:.85rem;margin:.6rem 0}th,td{border:1px solid #ccd;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#eef2f8}td.num{text-align:right}td.short{white-space:nowrap}tr.indicative td{color:#888;font-style:italic}
"""


def esc(value) -> str:
    """Literal HTML text; a formula start keeps its apostrophe (tables get pasted into Excel)."""
    return html_text(neutralise(str(value)))


def _table(header: list[str], rows: list[list[str]]) -> str:
    out = ["<table><thead><tr>", *(f"<th>{esc(h)}</th>" for h in header), "</tr></thead><tbody>"]
    for row in rows:
        indicative = "richtinggevend" in str(row[0])
        out.append('<tr class="indicative">' if indicative else "<tr>")
        out += [f'<td class="num">{esc(c)}</td>' if i and _numeric(c) else f'<td class="short">{esc(c)}</td>' if len(str(c)) <= 16
                else f"<td>{esc(c)}</td>" for i, c in enumerate(row)]
        out.append("</tr>")
    return "".join(out) + "</tbody></table>"


def _numeric(cell) -> bool:
    text = str(cell).strip().rstrip("%").replace(",", ".").lstrip("+-\u2212")
    return text.replace(".", "", 1).isdigit()


def _quotes(quotes) -> str:
    return "".join(f'<blockquote>‘{esc(q.text)}’<span class="id">({esc(q.id)})</span></blockquote>' for q in quotes)


def _figure_html(figure, first: bool) -> str:
    # plotly.js goes in once, inline, with the first chart: the file opens offline.
    return figure.to_html(full_html=False, include_plotlyjs=True if first else False,
                          config={"displaylogo": False, "responsive": True})


def share_chart(report: Report):
    import plotly.graph_objects as go

    themes = list(reversed(report.themes))
    figure = go.Figure(go.Bar(
        x=[100 * t.share for t in themes], y=[html_text(t.label) for t in themes], orientation="h",
        text=[f"{t.share:.0%} (n={t.n})" for t in themes], textposition="auto", marker_color="#4a78b0",
        hovertemplate="%{y}: %{x:.0f}%<extra></extra>"))
    figure.update_layout(title="Aandeel per hoofdlijn (% van alle antwoorden)", xaxis_title="%",
                         height=120 + 60 * len(themes), margin=dict(l=10, r=10, t=50, b=40), template="plotly_white")
    figure.update_yaxes(automargin=True)
    return figure


def subgroup_heatmap(report: Report):
    import plotly.graph_objects as go

    table = report.subgroups
    groups = [f"{g} (n={int(table.n_answers[g])}){' *' if table.indicative(g) else ''}" for g in table.groups]
    z = [[round(100 * table.share(g, item)) for item in table.items] for g in table.groups]
    figure = go.Figure(go.Heatmap(
        z=z, x=[html_text(i) for i in table.items], y=[html_text(g) for g in groups], colorscale="Blues",
        zmin=0, zmax=100, text=[[f"{v}%" for v in row] for row in z], texttemplate="%{text}",
        colorbar=dict(title="%"), hovertemplate="%{y} – %{x}: %{z}%<extra></extra>"))
    figure.update_layout(title=f"Hoofdlijnen per {html_text(table.column)} (* = richtinggevend)",
                         height=160 + 32 * len(groups), margin=dict(l=10, r=10, t=50, b=40), template="plotly_white")
    figure.update_yaxes(autorange="reversed", type="category", automargin=True)
    figure.update_xaxes(automargin=True)
    return figure


def report_html(report: Report) -> str:
    parts = [f"<h1>{esc(report.title)}</h1>"]
    if (line := report.selection_line()):
        parts.append(f'<p class="meta">{esc(line)}</p>')
    parts.append(f"<p>{esc(report.intro())}</p><ol>")
    parts += [f"<li><strong>{esc(t.label)}</strong> ({esc(theme_figures(t.n, t.share, t.share_ci, t.stability))})</li>" for t in report.themes]
    parts.append("</ol>")
    parts.append(_figure_html(share_chart(report), first=True))
    for i, theme in enumerate(report.themes, 1):
        parts.append(f'<div class="theme"><h2>{esc(report.heading(i, theme))}</h2><p>{esc(theme.description)}</p>')
        parts.append(_quotes(theme.quotes))
        parts.append(f'<p class="note">Trefwoorden: {esc(", ".join(theme.keywords[:8]))}</p></div>')
    parts.append(f"<p>{esc(report.counts_line())}</p>")
    for block in report.blocks:
        parts.append(f"<h2>{esc(block.title)}</h2>{_table(block.header, block.rows)}")
        parts += [f'<p class="note">{esc(block.note)}</p>'] if block.note else []
        parts += [f"<h3>{esc(heading)}</h3>{_quotes(quotes)}" for heading, quotes in block.quotes if quotes]
    for name in sections.present(report):
        parts.append(f"<h2>{esc(sections.title(report, name))}</h2>")
        parts += _section(report, name)
    parts.append(f'<p class="meta">{esc(report.privacy_line())}</p>')
    parts += [f'<p class="meta">{esc(n)}</p>' for n in report.notes]
    body = "\n".join(parts)
    return (f'<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8"><title>{esc(report.title)}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><style>{CSS}</style></head>'
            f"<body>\n{body}\n</body></html>\n")


def _section(report: Report, name: str) -> list[str]:
    if name == "subgroups":
        return [_figure_html(subgroup_heatmap(report), first=False), _table(*report.subgroups.text_rows()),
                f'<p class="note">{esc(subgroup_note(report))}</p>']
    if name == "code_subgroups":
        return [_table(*report.code_subgroups.text_rows())]
    if name == "closed":
        return [_table(*report.closed.text_rows()), f'<p class="note">Toets over de hoofdlijnen: {esc(format_test(report.closed.test))}.</p>']
    if name == "nps":
        return [_table(*nps_rows(report.nps)), f'<p class="note">{esc(NPS_NOTE)}</p>']
    waves = report.waves
    parts = [f"<p>{esc(f'Eerder: {waves.name_before} (n={waves.n_before}); later: {waves.name_after} (n={waves.n_after}).')}</p>",
             _table(*wave_rows(waves))]
    return parts + [f"<h3>{esc(c.label)} ({esc(c.status)})</h3>{_quotes(c.quotes)}" for c in waves.changes if c.quotes]


def write_report_html(report: Report, path: Path) -> None:
    path.write_text(report_html(report), encoding="utf-8")
