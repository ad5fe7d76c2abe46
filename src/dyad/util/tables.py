"""Readable tables for the terminal (Rich), built from plain rows or an Article."""

from __future__ import annotations

from rich.table import Table

from dyad.article import Article


def rows_table(rows, title: str, columns: tuple[str, ...] | None = None) -> Table:
    rows = list(rows)
    if rows and isinstance(rows[0], dict):
        columns = columns or tuple(rows[0])
        rows = [tuple(r.get(c) for c in columns) for r in rows]
    table = Table(title=title, show_lines=False)
    for name in columns or ():
        table.add_column(name, overflow="fold", max_width=60)
    for row in rows:
        table.add_row(*("" if v is None else _short(str(v)) for v in row))
    return table


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def article_tables(article: Article) -> list[Table]:
    names = {a.id: a.name for a in article.actors}
    places = {p.id: p.name for p in article.places}
    text = article.text
    return [
        rows_table([(a.name, a.kind, a.country, a.code, "; ".join(a.roles), len(a.mentions)) for a in article.actors],
                   f"Actors — {article.title or article.id}", ("actor", "kind", "country", "code", "roles", "mentions")),
        rows_table([(e.date.value if e.date else "", names.get(e.source, ""), e.cameo, e.plover,
                     names.get(e.target, ""), e.modality, places.get(e.place, ""),
                     text[e.evidence.start : e.evidence.end]) for e in article.events],
                   "Events", ("date", "source", "cameo", "plover", "target", "modality", "place", "evidence")),
        rows_table([(names.get(q.speaker, ""), "direct" if q.direct else "reported", q.cue, q.text)
                    for q in article.quotes], "Quotes", ("speaker", "kind", "cue", "text")),
        rows_table([(t.text, t.value, t.precision) for t in article.times], "Times", ("text", "value", "precision")),
        rows_table([(p.name, p.kind, p.country, p.lat, p.lon) for p in article.places], "Places",
                   ("place", "kind", "country", "lat", "lon")),
    ]
