"""The HTML shell of every dashboard page.

The page's context goes in as JSON inside a ``<script type="application/json">`` element, with
``<``, ``>`` and ``&`` escaped, so no text from the store can close the element or become markup;
``static/app.js`` reads it and builds the page with ``textContent`` only.
"""

from __future__ import annotations

import html
import json

from fastapi.encoders import jsonable_encoder

NAV = (
    ("graph", "Network"),
    ("dyads", "Dyad timeline"),
    ("events", "Events"),
    ("merged", "Merged"),
    ("quotes", "Quotes"),
    ("actors", "Actors"),
    ("places", "Places"),
    ("map", "Map"),
    ("articles", "Articles"),
)


def embed_json(data: dict) -> str:
    text = json.dumps(jsonable_encoder(data), ensure_ascii=False)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def render_page(context: dict) -> str:
    title = html.escape(str(context.get("title") or "dyad"))
    here = ' class="here"'
    nav = "".join(
        f'<a href="/{name}"{here if name == context.get("page") else ""}>{label}</a>' for name, label in NAV
    )
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} · dyad</title><link rel="stylesheet" href="/static/style.css"></head>
<body data-page="{html.escape(str(context.get("page")))}">
<header><a class="brand" href="/">dyad</a><nav>{nav}</nav></header>
<main id="app"><h1>{title}</h1><noscript>This dashboard needs JavaScript; the same data is at the
.json address of this page.</noscript></main>
<script type="application/json" id="context">{embed_json(context)}</script>
<script src="/static/vendor/d3.min.js"></script>
<script src="/static/vendor/topojson-client.min.js"></script>
<script src="/static/app.js"></script>
</body></html>
"""
