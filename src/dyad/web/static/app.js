// dyad dashboard: builds each page from the JSON context the server embedded in the page.
// Every value from the store goes in through textContent or setAttribute, never as HTML.
"use strict";

(function () {
  const ctx = JSON.parse(document.getElementById("context").textContent);
  const app = document.getElementById("app");
  const SVGNS = "http://www.w3.org/2000/svg";
  const QUAD = [
    [1, "verbal_coop", "Verbal cooperation", "#7fbf7b"],
    [2, "material_coop", "Material cooperation", "#1b7837"],
    [3, "verbal_conflict", "Verbal conflict", "#f4a582"],
    [4, "material_conflict", "Material conflict", "#b2182b"],
  ];

  // -- building blocks ------------------------------------------------------------------------
  function append(node, kids) {
    for (const kid of kids.flat(Infinity)) {
      if (kid === null || kid === undefined || kid === false) continue;
      node.appendChild(kid instanceof Node ? kid : document.createTextNode(String(kid)));
    }
    return node;
  }

  function setAttrs(node, attrs) {
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else if (key === "class") node.setAttribute("class", value);
      else node.setAttribute(key, String(value));
    }
    return node;
  }

  function el(tag, attrs, ...kids) {
    return append(setAttrs(document.createElement(tag), attrs), kids);
  }

  function svg(tag, attrs, ...kids) {
    return append(setAttrs(document.createElementNS(SVGNS, tag), attrs), kids);
  }

  function href(path, params) {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params || {})) {
      if (value !== null && value !== undefined && value !== "") query.set(key, value);
    }
    const text = query.toString();
    return text ? `${path}?${text}` : path;
  }

  function safeUrl(url) {
    return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null;
  }

  const articleHref = (id, anchor) => `/articles/${encodeURIComponent(id)}${anchor ? "#" + anchor : ""}`;
  const here = (changes) => href(location.pathname, Object.assign({}, ctx.params, changes));

  // -- filters, tables, paging ----------------------------------------------------------------
  const MODALITIES = ["", "asserted", "reported", "negated", "hypothetical", "conditional", "intended",
    "predicted", "any"];

  function field(name, label, options) {
    const value = ctx.params[name] ?? "";
    let input;
    if (options) {
      input = el("select", { name });
      for (const option of options) {
        input.appendChild(el("option", { value: option, selected: String(value) === option }, option || "(all)"));
      }
    } else {
      input = el("input", { name, value, type: name === "since" || name === "until" ? "date" : "text" });
    }
    return el("label", {}, label, input);
  }

  function filters(...fields) {
    const keep = ["sort", "by"].filter((k) => ctx.params[k] && !fields.some((f) => f.querySelector(`[name=${k}]`)));
    const dropBlanks = (ev) => {  // an empty field means no filter: keep it out of the address
      for (const input of ev.target.querySelectorAll("input, select")) if (!input.value) input.disabled = true;
    };
    return el("form", { class: "filters", method: "get", action: location.pathname, onsubmit: dropBlanks },
      fields, keep.map((k) => el("input", { type: "hidden", name: k, value: ctx.params[k] })),
      el("button", { type: "submit" }, "Filter"), el("a", { href: location.pathname, class: "reset" }, "Reset"));
  }

  function table(rows, columns) {
    const sorts = ctx.sorts || [];
    const head = el("tr", {}, columns.map(([key, label]) => {
      if (!sorts.includes(key)) return el("th", {}, label);
      const next = ctx.params.sort === key ? `-${key}` : key;
      const mark = ctx.params.sort === key ? " ▲" : ctx.params.sort === `-${key}` ? " ▼" : "";
      return el("th", {}, el("a", { href: here({ sort: next, offset: 0 }) }, label + mark));
    }));
    const body = rows.map((row) => el("tr", {}, columns.map(([key, , render]) =>
      el("td", { class: `c-${key}` }, render ? render(row) : row[key] ?? ""))));
    return el("table", { class: "rows" }, el("thead", {}, head), el("tbody", {}, body));
  }

  function pager() {
    const { total, limit, offset } = ctx;
    const last = Math.min(offset + limit, total);
    return el("p", { class: "pager" },
      offset > 0 ? el("a", { href: here({ offset: Math.max(0, offset - limit) }), rel: "prev" }, "← previous") : null,
      el("span", { class: "count" }, total ? ` rows ${offset + 1}–${last} of ${total} ` : " no rows "),
      last < total ? el("a", { href: here({ offset: offset + limit }), rel: "next" }, "next →") : null);
  }

  function jsonLink() {
    return el("a", { class: "json", href: href(`${location.pathname}.json`, ctx.params) }, "JSON");
  }

  function heading(...extra) {
    return el("div", { class: "heading" }, el("h1", {}, ctx.title), extra, jsonLink());
  }

  const actorLink = (name, id) => (id ? el("a", { href: href("/events", { actor: id }) }, name || id) : name ?? "");

  // -- pages ----------------------------------------------------------------------------------
  const pages = {};

  pages.events = () => [
    heading(),
    filters(field("actor", "Actor"), field("between", "Between (A,B)"), field("cameo", "CAMEO"),
      field("modality", "Modality", MODALITIES), field("since", "Since"), field("until", "Until"),
      field("q", "Evidence contains")),
    pager(),
    table(ctx.rows, [
      ["date", "Date"], ["source", "Source", (r) => actorLink(r.source, r.source_id)],
      ["cameo", "CAMEO", (r) => `${r.cameo} ${r.plover || ""}`],
      ["target", "Target", (r) => actorLink(r.target, r.target_id)],
      ["modality", "Modality"], ["goldstein", "Goldstein"], ["place", "Place"],
      ["evidence", "Evidence", evidence],
      ["article", "Article", (r) => el("a", { href: articleHref(r.article_id, `ev-${r.id}`) }, r.article_title || r.article_id)],
    ]),
  ];

  function evidence(r) {
    const text = r.evidence || "";
    if (r.trigger_start === null || r.trigger_start === undefined) return text;
    const a = r.trigger_start - r.evidence_start;
    const b = r.trigger_end - r.evidence_start;
    if (a < 0 || b > text.length) return text;
    return el("span", {}, text.slice(0, a), el("mark", { class: "trigger" }, text.slice(a, b)), text.slice(b));
  }

  pages.merged = () => [
    heading(),
    filters(field("actor", "Actor"), field("cameo", "CAMEO"), field("since", "Since"), field("until", "Until")),
    pager(),
    table(ctx.rows, [
      ["date", "Date", (r) => (r.first_date === r.last_date ? r.event_date : `${r.first_date} … ${r.last_date}`)],
      ["source", "Source", (r) => r.source || r.source_unit], ["cameo", "CAMEO", (r) => `${r.cameo} ${r.plover || ""}`],
      ["target", "Target", (r) => r.target || r.target_unit], ["reports", "Reports", (r) => r.n_reports],
      ["dates", "Dates reported", (r) => (r.dates || []).join(" · ")],
      ["places", "Places reported", (r) => (r.places || []).join(" · ")],
      ["articles", "Articles", (r) => (r.articles || []).map((id) => el("a", { href: articleHref(id) }, id))],
    ]),
  ];

  pages.quotes = () => [
    heading(),
    el("div", { class: "split" },
      el("aside", { class: "speakers" }, el("h2", {}, "Speakers"),
        el("ul", {}, ctx.speakers.map((s) => el("li", { class: ctx.params.actor === s.id ? "here" : null },
          el("a", { href: here({ actor: s.id, offset: 0 }) }, s.name || s.id), ` ${s.quotes}`)))),
      el("section", {},
        filters(field("actor", "Speaker"), field("q", "Text contains"), field("since", "Since"), field("until", "Until")),
        pager(),
        table(ctx.rows, [
          ["speaker", "Speaker", (r) => (r.speaker_id ? el("a", { href: here({ actor: r.speaker_id, offset: 0 }) }, r.speaker || r.speaker_id) : "")],
          ["text", "Quote", (r) => el("q", {}, r.text)],
          ["direct", "Kind", (r) => (r.direct ? "direct" : "reported")], ["cue", "Cue"], ["published", "Published"],
          ["article", "Article", (r) => el("a", { href: articleHref(r.article_id) }, r.title || r.article_id)],
        ]))),
  ];

  pages.actors = () => [
    heading(), filters(field("q", "Name contains")), pager(),
    table(ctx.rows, [
      ["name", "Name", (r) => actorLink(r.name, r.id)], ["kind", "Kind"], ["country", "Country"], ["code", "Code"],
      ["mentions", "Mentions"], ["articles", "Articles"],
      ["timeline", "", (r) => el("a", { href: href("/dyads", { actor: r.id }) }, "timeline")],
    ]),
  ];

  pages.places = () => [
    heading(), filters(field("q", "Name contains")), pager(),
    table(ctx.rows, [["name", "Name"], ["country", "Country"], ["kind", "Kind"],
      ["coords", "Lat, lon", (r) => (r.lat === null ? "" : `${r.lat.toFixed(3)}, ${r.lon.toFixed(3)}`)],
      ["mentions", "Mentions"], ["articles", "Articles"]]),
  ];

  pages.articles = () => [
    heading(), filters(field("q", "Text contains"), field("actor", "Mentions actor"), field("since", "Since"),
      field("until", "Until")),
    pager(),
    table(ctx.rows, [["published", "Published"],
      ["title", "Title", (r) => el("a", { href: articleHref(r.id) }, r.title || r.id)],
      ["outlet", "Outlet"], ["events", "Events"], ["quotes", "Quotes"]]),
  ];

  pages.error = () => [el("h1", {}, ctx.title), el("p", { class: "error" }, ctx.error.message),
    ctx.error.hint ? el("p", { class: "hint" }, ctx.error.hint) : null];

  // -- the network ----------------------------------------------------------------------------
  pages.graph = () => {
    const view = el("div", { class: "network" });
    const result = [heading(),
      filters(field("since", "Since"), field("until", "Until"), field("modality", "Modality", MODALITIES.slice(1)),
        field("min_events", "Min. events")),
      legend([["#1b7837", "mostly cooperation"], ["#999", "mixed"], ["#b2182b", "mostly conflict"]]), view];
    if (!ctx.nodes.length) view.appendChild(el("p", { class: "empty" }, "No events between actors in this period."));
    else view.appendChild(network(ctx.nodes.slice(0, 150), ctx.edges));
    const name = new Map(ctx.nodes.map((n) => [n.id, n.name]));
    result.push(table(ctx.edges.slice(0, 100), [["source", "Actor", (e) => name.get(e.source) || e.source],
      ["target", "Actor", (e) => name.get(e.target) || e.target], ["events", "Events"],
      ["cooperation", "Cooperation"], ["conflict", "Conflict"], ["balance", "Balance"],
      ["timeline", "", (e) => el("a", { href: href("/dyads", { actor: e.source, with: e.target }) }, "timeline")]]));
    return result;
  };

  function legend(items) {
    return el("p", { class: "legend" }, items.map(([colour, label]) =>
      el("span", {}, svgSwatch(colour), label)));
  }

  function svgSwatch(colour) {
    return svg("svg", { width: 14, height: 10, class: "swatch" }, svg("rect", { width: 14, height: 10, fill: colour }));
  }

  function edgeColour(balance) {
    if (balance > 0.2) return "#1b7837";
    if (balance < -0.2) return "#b2182b";
    return "#999";
  }

  function layout(nodes, edges, width, height) {
    // Fruchterman-Reingold: nodes repel, edges pull, a little gravity keeps islands on screen.
    const index = new Map(nodes.map((n, i) => [n.id, i]));
    const pos = nodes.map((_, i) => {
      const angle = (2 * Math.PI * i) / nodes.length;
      return { x: width / 2 + (width / 3) * Math.cos(angle), y: height / 2 + (height / 3) * Math.sin(angle) };
    });
    const links = edges.filter((e) => index.has(e.source) && index.has(e.target))
      .map((e) => [index.get(e.source), index.get(e.target)]);
    const k = Math.sqrt((width * height) / Math.max(nodes.length, 1)) * 0.9;
    for (let step = 0; step < 300; step++) {
      const heat = (width / 10) * (1 - step / 300) + 1;
      const move = pos.map(() => ({ x: 0, y: 0 }));
      for (let i = 0; i < pos.length; i++) {
        for (let j = i + 1; j < pos.length; j++) {
          const dx = pos[i].x - pos[j].x || 0.01, dy = pos[i].y - pos[j].y || 0.01;
          const d = Math.max(Math.hypot(dx, dy), 0.01), f = (k * k) / d;
          move[i].x += (dx / d) * f; move[i].y += (dy / d) * f;
          move[j].x -= (dx / d) * f; move[j].y -= (dy / d) * f;
        }
      }
      for (const [a, b] of links) {
        const dx = pos[a].x - pos[b].x, dy = pos[a].y - pos[b].y;
        const d = Math.max(Math.hypot(dx, dy), 0.01), f = (d * d) / k;
        move[a].x -= (dx / d) * f; move[a].y -= (dy / d) * f;
        move[b].x += (dx / d) * f; move[b].y += (dy / d) * f;
      }
      pos.forEach((p, i) => {
        move[i].x += (width / 2 - p.x) * 0.05 * k / 10; move[i].y += (height / 2 - p.y) * 0.05 * k / 10;
        const d = Math.max(Math.hypot(move[i].x, move[i].y), 0.01), step2 = Math.min(d, heat);
        p.x += (move[i].x / d) * step2; p.y += (move[i].y / d) * step2;
      });
    }
    return fit(pos, width, height, 40, 170);  // room on the right for the labels
  }

  function fit(pos, width, height, margin, right) {
    const xs = pos.map((p) => p.x), ys = pos.map((p) => p.y);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const sx = (width - margin - right) / Math.max(x1 - x0, 1), sy = (height - 2 * margin) / Math.max(y1 - y0, 1);
    return pos.map((p) => ({
      x: x1 === x0 ? width / 2 : margin + (p.x - x0) * sx,
      y: y1 === y0 ? height / 2 : margin + (p.y - y0) * sy,
    }));
  }

  function network(nodes, edges) {
    const width = 900, height = 560;
    const pos = layout(nodes, edges, width, height);
    const at = new Map(nodes.map((n, i) => [n.id, pos[i]]));
    const root = svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "graph", role: "img", "aria-label": "Actor network" });
    const lines = svg("g", { class: "edges" });
    for (const e of edges) {
      const a = at.get(e.source), b = at.get(e.target);
      if (!a || !b) continue;
      const line = svg("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: edgeColour(e.balance),
        "stroke-width": 1 + 1.5 * Math.log2(1 + e.events), "data-source": e.source, "data-target": e.target },
      svg("title", {}, `${e.source} – ${e.target}: ${e.events} events (${e.cooperation} cooperation, ${e.conflict} conflict)`));
      line.addEventListener("click", () => { location.href = href("/dyads", { actor: e.source, with: e.target }); });
      lines.appendChild(line);
    }
    const dots = svg("g", { class: "nodes" });
    nodes.forEach((n, i) => {
      const link = svg("a", { href: href("/dyads", { actor: n.id }) },
        svg("circle", { cx: pos[i].x, cy: pos[i].y, r: 4 + 2 * Math.sqrt(n.events), "data-id": n.id },
          svg("title", {}, `${n.name}: ${n.events} events`)),
        svg("text", { x: pos[i].x + 8 + 2 * Math.sqrt(n.events), y: pos[i].y + 4 }, n.name));
      dots.appendChild(link);
    });
    return append(root, [lines, dots]);
  }

  // -- the dyad timeline ----------------------------------------------------------------------
  pages.dyads = () => {
    const result = [heading(),
      filters(field("actor", "Actor"), field("with", "With"), field("by", "By", ["day", "week", "month", "year"]),
        field("modality", "Modality", MODALITIES.slice(1)), field("since", "Since"), field("until", "Until"))];
    if (ctx.notice) result.push(el("p", { class: "notice" }, ctx.notice));
    if (ctx.rows.length) {
      result.push(legend(QUAD.map(([, , label, colour]) => [colour, label]).concat([["#333", "Goldstein mean"]])));
      result.push(chart(ctx.rows));
    } else if (ctx.params.actor) {
      result.push(el("p", { class: "empty" }, "No events in this period."));
    }
    result.push(table(ctx.rows, [["period", "Period"], ["events", "Events"], ["from_actor", "From actor"],
      ["to_actor", "To actor"], ...QUAD.map(([, key, label]) => [key, label]), ["goldstein_sum", "Goldstein sum"],
      ["goldstein_mean", "Goldstein mean"]]));
    return result;
  };

  function chart(rows) {
    const width = 900, height = 320, left = 48, right = 48, top = 16, bottom = 40;
    const plotW = width - left - right, plotH = height - top - bottom;
    const most = Math.max(1, ...rows.map((r) => r.events));
    const band = plotW / rows.length, barW = Math.max(2, Math.min(40, band * 0.7));
    const y = (n) => top + plotH - (n / most) * plotH;
    const g = (v) => top + plotH / 2 - (v / 10) * (plotH / 2);
    const root = svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "chart", role: "img", "aria-label": "Dyad timeline" });
    for (const tick of ticks(most)) {
      root.appendChild(svg("line", { x1: left, x2: width - right, y1: y(tick), y2: y(tick), class: "grid" }));
      root.appendChild(svg("text", { x: left - 6, y: y(tick) + 4, "text-anchor": "end", class: "axis" }, tick));
    }
    for (const v of [-10, 0, 10]) {
      root.appendChild(svg("text", { x: width - right + 6, y: g(v) + 4, class: "axis" }, v));
    }
    const points = [];
    rows.forEach((r, i) => {
      const cx = left + band * i + band / 2;
      let base = 0;
      for (const [, key, label, colour] of QUAD) {
        const n = r[key] || 0;
        if (!n) continue;
        root.appendChild(svg("rect", { x: cx - barW / 2, y: y(base + n), width: barW, height: y(base) - y(base + n),
          fill: colour, class: "bar" }, svg("title", {}, `${r.period}: ${n} ${label.toLowerCase()}`)));
        base += n;
      }
      if (i % Math.ceil(rows.length / 12) === 0) {
        root.appendChild(svg("text", { x: cx, y: height - bottom + 16, "text-anchor": "middle", class: "axis" }, r.period));
      }
      if (r.goldstein_mean !== null) points.push([cx, g(r.goldstein_mean), r]);
    });
    if (points.length) {
      root.appendChild(svg("polyline", { points: points.map(([px, py]) => `${px},${py}`).join(" "), class: "mean" }));
      for (const [px, py, r] of points) {
        root.appendChild(svg("circle", { cx: px, cy: py, r: 3, class: "mean-dot" },
          svg("title", {}, `${r.period}: Goldstein mean ${r.goldstein_mean}`)));
      }
    }
    return root;
  }

  function ticks(most) {
    const step = Math.max(1, Math.ceil(most / 5));
    const out = [];
    for (let t = 0; t <= most; t += step) out.push(t);
    return out;
  }

  // -- the article view -----------------------------------------------------------------------
  pages.article = () => {
    const a = ctx.article;
    const lit = new Set();
    const spans = { actor: new Map(), event: new Map(), quote: new Map(), place: new Map(), evidence: new Map() };
    const text = el("div", { class: "text", id: "text" });
    for (const piece of pieces(a)) text.appendChild(renderPiece(piece, spans));
    const clear = () => { for (const node of lit) node.classList.remove("lit", "lit-ev"); lit.clear(); };
    const light = (nodes, cls = "lit") => { for (const node of nodes || []) { node.classList.add(cls); lit.add(node); } };
    const selectActor = (id) => {
      clear(); light(spans.actor.get(id));
      light(Array.from(document.querySelectorAll(".side [data-actor-row]")).filter((n) => n.dataset.actorRow === id));
    };
    const selectEvent = (e) => {
      clear(); light(spans.evidence.get(e.id), "lit-ev"); light(spans.event.get(e.id)); light(spans.place.get(e.place_id));
      const row = document.getElementById(`ev-${e.id}`); light([row]);
      const first = (spans.evidence.get(e.id) || [])[0];
      if (first) first.scrollIntoView({ block: "center", behavior: "smooth" });
    };
    const selectQuote = (i) => { clear(); light(spans.quote.get(i)); light([document.getElementById(`q-${i}`)]); };
    text.addEventListener("click", (ev) => {
      const node = ev.target.closest("[data-actor],[data-event],[data-quote]");
      if (!node) return;
      if (node.dataset.event) selectEvent(a.events.find((e) => e.id === node.dataset.event));
      else if (node.dataset.actor) selectActor(node.dataset.actor);
      else selectQuote(node.dataset.quote);
    });
    const meta = [a.outlet, a.published, safeUrl(a.url) ? el("a", { href: safeUrl(a.url), rel: "noopener noreferrer" }, "source") : a.url];
    const side = el("aside", { class: "side" },
      el("h2", {}, "Events"), el("ol", {}, a.events.map((e) => el("li", { id: `ev-${e.id}`, class: "pick", onclick: () => selectEvent(e) },
        el("b", {}, e.source_name || e.source || "?"), ` ${e.cameo} ${e.plover || ""} `, el("b", {}, e.target_name || e.target || "?"),
        el("span", { class: "small" }, ` ${e.modality}${e.date_reading ? " · " + e.date_reading : ""}`)))),
      el("h2", {}, "Actors"), el("ul", {}, a.actors.map((x) => el("li", { class: "pick", "data-actor-row": x.id, onclick: () => selectActor(x.id) },
        x.name, el("span", { class: "small" }, ` ${x.kind || ""} ${x.country || ""}`)))),
      el("h2", {}, "Quotes"), el("ol", {}, a.quotes.map((q, i) => el("li", { id: `q-${i}`, class: "pick", onclick: () => selectQuote(String(i)) },
        el("b", {}, q.speaker_name || "unknown"), ": ", el("q", {}, q.text)))),
      el("h2", {}, "Times"), el("ul", {}, a.times.map((t) => el("li", { title: t.value }, `${t.text} → ${t.reading}`))),
      el("h2", {}, "Places"), el("ul", {}, a.places.map((p) => el("li", {}, `${p.text} → ${p.name || p.place_id}${p.country ? " (" + p.country + ")" : ""}`))));
    const keys = legend([["#fde68a", "actor"], ["#bfdbfe", "place"], ["#ddd6fe", "time"], ["#e5e7eb", "quote"], ["#fca5a5", "event trigger"]]);
    setTimeout(() => { if (location.hash.startsWith("#ev-")) { const e = a.events.find((x) => `ev-${x.id}` === location.hash.slice(1)); if (e) selectEvent(e); } }, 0);
    return [el("div", { class: "heading" }, el("h1", {}, a.title || a.id), jsonLink()),
      el("p", { class: "meta" }, meta.filter(Boolean).map((m, i) => [i ? " · " : "", m])), keys,
      el("div", { class: "split article" }, text, side)];
  };

  function annotations(a) {
    const out = [];
    a.mentions.forEach((m, i) => out.push({ start: m.start_char, end: m.end_char, kind: "actor", id: m.actor_id, mention: i }));
    a.places.forEach((p) => out.push({ start: p.start_char, end: p.end_char, kind: "place", id: p.place_id }));
    a.times.forEach((t) => out.push({ start: t.start_char, end: t.end_char, kind: "time", id: t.value }));
    a.quotes.forEach((q, i) => {
      out.push({ start: q.start_char, end: q.end_char, kind: "quote", id: String(i) });
      if (q.speaker_start !== null) out.push({ start: q.speaker_start, end: q.speaker_end, kind: "speaker", id: String(i) });
    });
    a.events.forEach((e) => {
      out.push({ start: e.evidence_start, end: e.evidence_end, kind: "evidence", id: e.id });
      if (e.trigger_start !== null) out.push({ start: e.trigger_start, end: e.trigger_end, kind: "trigger", id: e.id });
    });
    (JSON.parse(a.segments || "[]")).forEach((s) => out.push({ start: s.start, end: s.end, kind: "seg", id: s.kind }));
    return out.filter((x) => Number.isInteger(x.start) && Number.isInteger(x.end) && x.end > x.start);
  }

  function pieces(a) {
    // Cut the text at every annotation boundary; each piece knows every annotation covering it.
    const marks = annotations(a);
    const cuts = new Set([0, a.text.length]);
    for (const m of marks) { cuts.add(Math.max(0, m.start)); cuts.add(Math.min(a.text.length, m.end)); }
    const sorted = [...cuts].sort((x, y) => x - y);
    const out = [];
    for (let i = 0; i + 1 < sorted.length; i++) {
      const [s, e] = [sorted[i], sorted[i + 1]];
      out.push({ text: a.text.slice(s, e), covers: marks.filter((m) => m.start <= s && m.end >= e) });
    }
    return out;
  }

  function renderPiece(piece, spans) {
    if (!piece.covers.length) return document.createTextNode(piece.text);
    const node = el("span", {}, piece.text);
    const classes = new Set();
    for (const m of piece.covers) {
      if (m.kind === "seg") { classes.add(`seg-${m.id}`); continue; }
      classes.add(m.kind);
      if (m.kind === "actor") { node.dataset.actor = m.id; node.dataset.mention = m.mention; remember(spans.actor, m.id, node); }
      if (m.kind === "trigger") { node.dataset.event = m.id; remember(spans.event, m.id, node); }
      if (m.kind === "quote" || m.kind === "speaker") { node.dataset.quote = m.id; remember(spans.quote, m.id, node); }
      if (m.kind === "place") { node.dataset.place = m.id; remember(spans.place, m.id, node); }
      if (m.kind === "time") node.dataset.time = m.id;
      if (m.kind === "evidence") remember(spans.evidence, m.id, node);
    }
    node.setAttribute("class", [...classes].join(" "));
    return node;
  }

  function remember(map, key, node) {
    if (!map.has(key)) map.set(key, []);
    map.get(key).push(node);
  }

  // -- go -------------------------------------------------------------------------------------
  const build = pages[ctx.page];
  if (build) {
    app.replaceChildren(...build().flat().filter(Boolean));
    document.body.dataset.ready = "1";
  }
})();
