"""Readable tables for the terminal (Rich), built from plain rows or an Article."""

from __future__ import annotations

from rich.table import Table

from dyad.article import Article
from dyad.util.timeml import reading


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
        rows_table([(_event_date(e.date), names.get(e.source, ""), e.cameo, e.plover,
                     names.get(e.target, ""), e.modality, places.get(e.place, ""),
                     text[e.evidence.start : e.evidence.end]) for e in article.events],
                   "Events", ("date", "source", "cameo", "plover", "target", "modality", "place", "evidence")),
        rows_table([(names.get(q.speaker, ""), "direct" if q.direct else "reported", q.cue, q.text)
                    for q in article.quotes], "Quotes", ("speaker", "kind", "cue", "text")),
        rows_table([(t.text, reading(t.value, t.precision), t.value, t.precision) for t in article.times], "Times",
                   ("text", "reads as", "TimeML value", "precision")),
        rows_table([(p.name, p.kind, p.country, p.lat, p.lon) for p in article.places], "Places",
                   ("place", "kind", "country", "lat", "lon")),
    ]


def _event_date(date) -> str:
    """An event's date as ISO days ("2019-02-27", "2018-09-23/2018-12-20"); empty when undated."""
    if date is None or date.start is None:
        return ""
    return date_cell(date.start if date.start == date.end else f"{date.start}/{date.end}", date.precision)


def date_cell(iso: str | None, precision: str | None) -> str:
    """An event's ISO date with its precision where it is not a day: "2023-09-04/2023-09-10 (week)"."""
    if not iso:
        return ""
    return iso if precision in (None, "day", "hour", "minute", "second") else f"{iso} ({precision})"
