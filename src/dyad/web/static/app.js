// dyad dashboard: builds each page from the JSON context the server embedded in the page.
// Every value from the store goes in through textContent or setAttribute, never as HTML.
"use strict";

(function () {
  const ctx = JSON.parse(document.getElementById("context").textContent);
  const app = document.getElementById("app");
  const waits = [];  // views drawn after a fetch: the page is ready when they are
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

  function field(name, label, options, type) {
    // options: values, or [value, label] pairs; type: the input's type (date for since/until)
    const value = ctx.params[name] ?? "";
    let input;
    if (options) {
      input = el("select", { name });
      for (const option of options) {
        const [v, text] = Array.isArray(option) ? option : [option, option];
        input.appendChild(el("option", { value: v, selected: String(value) === String(v) }, text || "(all)"));
      }
    } else {
      const kind = type || (name === "since" || name === "until" ? "date" : "text");
      input = el("input", { name, value, type: kind, step: kind === "number" ? "any" : null });
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

  function csvLink() {
    // the page's filters and order, every row
    const params = Object.assign({}, ctx.params, { limit: null, offset: null });
    return el("a", { class: "csv", href: href(`${location.pathname}.csv`, params), download: "" }, "CSV");
  }

  function heading(...extra) {
    return el("div", { class: "heading" }, el("h1", {}, ctx.title), extra, csvLink(), jsonLink());
  }

  const actorLink = (name, id) => (id ? el("a", { href: href("/events", { actor: id }) }, name || id) : name ?? "");

  // -- pages ----------------------------------------------------------------------------------
  const pages = {};

  pages.events = () => [
    heading(),
    filters(field("actor", "Actor"), field("between", "Between (A,B)"), field("country", "Actor country"),
      field("cameo", "CAMEO"), field("plover", "PLOVER type", [""].concat(ctx.plover_types || [])),
      field("quad_class", "QuadClass", [["", "(all)"]].concat(QUAD.map(([q, , label]) => [String(q), label]))),
      field("goldstein_min", "Goldstein from", null, "number"), field("goldstein_max", "Goldstein to", null, "number"),
      field("modality", "Modality", MODALITIES), field("since", "Since"), field("until", "Until"),
      field("q", "Evidence contains")),
    pager(),
    table(ctx.rows, [
      ["date", "Date"], ["source", "Source", (r) => actorLink(r.source, r.source_id)],
      ["cameo", "CAMEO", (r) => `${r.cameo} ${r.plover || ""}`],
      ["target", "Target", (r) => actorLink(r.target, r.target_id)],
      ["modality", "Modality"], ["goldstein", "Goldstein"], ["place", "Place"],
      ["num_articles", "Articles / outlets", reach],
      ["evidence", "Evidence", evidence],
      ["article", "Article", (r) => el("a", { href: articleHref(r.article_id, `ev-${r.id}`) }, r.article_title || r.article_id)],
    ]),
  ];

  // GDELT's NumArticles / NumSources of the event: every article reporting it, syndicated copies
  // included, and the distinct outlets among them.
  function reach(r) {
    return r.num_articles ? `${r.num_articles} / ${r.num_sources}` : "";
  }

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
      ["num_articles", "Articles / outlets", reach],
      ["dates", "Dates reported", (r) => (r.dates || []).join(" · ")],
      ["places", "Places reported", (r) => (r.places || []).join(" · ")],
      ["articles", "Articles", (r) => (r.articles || []).map((id, i) =>
        el("a", { href: articleHref(id) }, (r.article_titles || [])[i] || id))],
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

  // -- the network (d3-force layout, labels placed so that none overlaps) ----------------------
  const KINDS = [["state", "State", "#1d4ed8"], ["person", "Person", "#d97706"], ["organization", "Organisation", "#059669"],
    ["igo", "International organisation", "#7c3aed"], ["group", "Group", "#db2777"], ["", "Other", "#6b7280"]];
  const kindColour = (kind) => (KINDS.find(([k]) => k === kind) || KINDS[KINDS.length - 1])[2];
  const quadColour = (q) => (QUAD.find(([n]) => n === q) || [0, "", "", "#999"])[3];
  const quadName = (q) => (QUAD.find(([n]) => n === q) || [0, "", "no QuadClass"])[2];

  pages.graph = () => {
    const view = el("div", { class: "network" });
    const level = ctx.params.level || "state";
    const other = level === "state" ? "actor" : "state";
    const toggle = el("a", { class: "toggle", href: here({ level: other }) },
      level === "state" ? "Show people and organisations apart from their states" : "Roll people up to their states");
    const egoName = ctx.ego ? ((ctx.nodes.find((n) => n.id === ctx.ego) || {}).name || ctx.ego) : null;
    const result = [heading(),
      filters(field("level", "Level", [["state", "states"], ["actor", "actors"]]), field("actor", "Ego (one actor)"),
        field("cameo", "CAMEO"), field("since", "Since"), field("until", "Until"),
        field("modality", "Modality", MODALITIES.slice(1)), field("min_events", "Min. events", null, "number")),
      el("p", { class: "controls" }, toggle, egoName ? [" · ", el("span", { class: "ego" }, `Relations of ${egoName}`), " · ",
        el("a", { href: here({ actor: null }) }, "whole network")] : null),
      legend(KINDS.map(([, label, colour]) => [colour, label]), "circle"),
      legend(QUAD.map(([, , label, colour]) => [colour, label]).concat([["#999", "arrow: from the actor to the one acted on; size: events"]])),
      view];
    if (ctx.notice) result.splice(2, 0, el("p", { class: "notice" }, ctx.notice));
    if (!ctx.nodes.length) view.appendChild(el("p", { class: "empty" }, "No events between actors here."));
    else view.appendChild(network(ctx.nodes.slice(0, 150), ctx.edges, level));
    const name = new Map(ctx.nodes.map((n) => [n.id, n.name]));
    result.push(table(ctx.edges.slice(0, 100), [["source", "From", (e) => name.get(e.source) || e.source],
      ["target", "To", (e) => name.get(e.target) || e.target], ["events", "Events"],
      ["quad_class", "Mostly", (e) => quadName(e.quad_class)],
      ...QUAD.map(([, key, label]) => [key, label]), ["goldstein_sum", "Goldstein sum"],
      ["timeline", "", (e) => el("a", { href: href("/dyads", { actor: e.source, with: e.target }) }, "timeline")]]));
    return result;
  };

  function legend(items, shape) {
    return el("p", { class: "legend" }, items.map(([colour, label]) => el("span", {}, swatch(colour, shape), label)));
  }

  function swatch(colour, shape) {
    const mark = shape === "circle" ? svg("circle", { cx: 6, cy: 6, r: 5, fill: colour }) : svg("rect", { width: 14, height: 10, y: 1, fill: colour });
    return svg("svg", { width: 14, height: 12, class: "swatch" }, mark);
  }

  function network(nodes, edges, level) {
    const width = 1000, height = 640, margin = 30;
    const radius = (n) => 4 + 2.5 * Math.sqrt(n.events);
    const sim = nodes.map((n) => Object.assign({}, n));
    const byId = new Map(sim.map((n) => [n.id, n]));
    const links = edges.filter((e) => byId.has(e.source) && byId.has(e.target)).map((e) => Object.assign({}, e));
    d3.forceSimulation(sim)
      .force("link", d3.forceLink(links).id((d) => d.id).distance(110).strength(0.3))
      .force("charge", d3.forceManyBody().strength(-320))
      .force("x", d3.forceX(0).strength(0.05)).force("y", d3.forceY(0).strength(0.07))
      .force("collide", d3.forceCollide((d) => radius(d) + 8))
      .stop().tick(400);
    const [x0, x1] = d3.extent(sim, (d) => d.x), [y0, y1] = d3.extent(sim, (d) => d.y);
    const k = Math.min((width - 2 * margin - 160) / Math.max(x1 - x0, 1), (height - 2 * margin) / Math.max(y1 - y0, 1), 2.5);
    for (const d of sim) { d.px = margin + 80 + (d.x - x0) * k; d.py = margin + (d.y - y0) * k; }
    const root = svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "graph", role: "img", "aria-label": "Actor network" });
    root.appendChild(svg("defs", {}, QUAD.map(([q, , , colour]) => svg("marker", { id: `arrow-${q}`, viewBox: "0 0 10 10",
      refX: 9, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: "userSpaceOnUse", orient: "auto" }, svg("path", { d: "M0,0L10,5L0,10z", fill: colour })))));
    const pairs = new Set(links.map((l) => `${l.source.id}|${l.target.id}`));
    const lines = svg("g", { class: "edges" });
    for (const e of links) {
      const a = e.source, b = e.target, both = pairs.has(`${b.id}|${a.id}`);
      const line = svg("path", { d: edgePath(a, b, radius(b), both), stroke: quadColour(e.quad_class), fill: "none",
        "stroke-width": 1 + 1.5 * Math.log2(1 + e.events), "marker-end": `url(#arrow-${e.quad_class})`,
        "data-source": a.id, "data-target": b.id, "data-quad": e.quad_class, class: "edge" },
      svg("title", {}, `${a.name} → ${b.name}: ${e.events} events, mostly ${quadName(e.quad_class).toLowerCase()}`));
      line.addEventListener("click", () => { location.href = href("/dyads", { actor: a.id, with: b.id }); });
      lines.appendChild(line);
    }
    const dots = svg("g", { class: "nodes" });
    for (const n of sim) {
      dots.appendChild(svg("a", { href: here({ actor: n.id, level }) },
        svg("circle", { cx: n.px, cy: n.py, r: radius(n), fill: kindColour(n.kind), "data-id": n.id, "data-kind": n.kind || "" },
          svg("title", {}, `${n.name} (${n.kind || "actor"}): ${n.events} events, ${n.out_events} as source, ${n.in_events} as target`))));
    }
    const labels = svg("g", { class: "labels" }, placeLabels(sim.map((n) => ({ x: n.px, y: n.py, r: radius(n), text: n.name, weight: n.events })), width, height));
    return append(root, [lines, dots, labels]);
  }

  function edgePath(a, b, rb, curved) {
    // a straight line (or a gentle arc when the pair acts both ways) that stops at the target's edge
    const dx = b.px - a.px, dy = b.py - a.py, d = Math.max(Math.hypot(dx, dy), 1);
    const ex = b.px - (dx / d) * (rb + 2), ey = b.py - (dy / d) * (rb + 2);
    if (!curved) return `M${a.px},${a.py}L${ex},${ey}`;
    const mx = (a.px + ex) / 2 - (dy / d) * d * 0.12, my = (a.py + ey) / 2 + (dx / d) * d * 0.12;
    return `M${a.px},${a.py}Q${mx},${my} ${ex},${ey}`;
  }

  const measure = document.createElement("canvas").getContext("2d");

  function placeLabels(points, width, height) {
    // Greedy: the busiest points first; each label tries right, left, above, below its point and is
    // kept only where it overlaps no label and no point; the others stay in the points' tooltips.
    measure.font = "12px system-ui, sans-serif";
    const taken = points.map((p) => ({ x0: p.x - p.r, y0: p.y - p.r, x1: p.x + p.r, y1: p.y + p.r }));
    const clash = (b) => b.x0 < 0 || b.y0 < 0 || b.x1 > width || b.y1 > height ||
      taken.some((t) => b.x0 < t.x1 && b.x1 > t.x0 && b.y0 < t.y1 && b.y1 > t.y0);
    const out = [];
    for (const p of [...points].sort((a, b) => b.weight - a.weight)) {
      const w = measure.measureText(p.text).width + 4, h = 14;
      const spots = [[p.x + p.r + 3, p.y - h / 2], [p.x - p.r - 3 - w, p.y - h / 2], [p.x - w / 2, p.y - p.r - 2 - h], [p.x - w / 2, p.y + p.r + 2]];
      for (const [x, y] of spots) {
        const box = { x0: x, y0: y, x1: x + w, y1: y + h };
        if (clash(box)) continue;
        taken.push(box);
        out.push(svg("text", { x: x + 2, y: y + h - 3, class: "label" }, p.text));
        break;
      }
    }
    return out;
  }

  // -- the dyad timeline (d3 scales and axes; every period shown, empty ones as zero) ------------
  pages.dyads = () => {
    const by = ctx.params.by || "month";
    const series = fillPeriods(ctx.rows, by);
    const result = [heading(),
      filters(field("actor", "Actor"), field("with", "With"), field("by", "By", ["day", "week", "month", "year"]),
        field("modality", "Modality", MODALITIES.slice(1)), field("since", "Since"), field("until", "Until"))];
    if (ctx.notice) result.push(el("p", { class: "notice" }, ctx.notice));
    if (ctx.rows.length) {
      result.push(legend(QUAD.map(([, , label, colour]) => [colour, label]).concat([["#333", "Goldstein mean"]])));
      result.push(chart(series, by));
    } else if (ctx.params.actor) {
      result.push(el("p", { class: "empty" }, "No events in this period."));
    }
    result.push(table(series, [["period", PERIOD_NAME[by], (r) => periodLabel(r.date, by)], ["events", "Events"],
      ["from_actor", "From actor"], ["to_actor", "To actor"], ...QUAD.map(([, key, label]) => [key, label]),
      ["goldstein_sum", "Goldstein sum"], ["goldstein_mean", "Goldstein mean"]]));
    return result;
  };

  const PERIOD_NAME = { day: "Day", week: "Week", month: "Month", year: "Year" };
  const STEP = () => ({ day: d3.utcDay, week: d3.utcMonday, month: d3.utcMonth, year: d3.utcYear });
  const FORMAT = { day: "%-d %b %Y", week: "%-d %b %Y", month: "%b %Y", year: "%Y" };
  const periodLabel = (date, by) => (by === "week" ? "week of " : "") + d3.utcFormat(FORMAT[by])(date);

  function fillPeriods(rows, by) {
    if (!rows.length) return [];
    const step = STEP()[by];
    const known = new Map(rows.map((r) => [String(r.period).slice(0, 10), r]));
    const dates = rows.map((r) => step.floor(new Date(`${String(r.period).slice(0, 10)}T00:00:00Z`)));
    const all = step.range(d3.min(dates), step.offset(d3.max(dates), 1));
    return all.map((date) => {
      const key = d3.utcFormat("%Y-%m-%d")(date);
      const zero = { period: key, events: 0, from_actor: 0, to_actor: 0, verbal_coop: 0, material_coop: 0,
        verbal_conflict: 0, material_conflict: 0, goldstein_sum: 0, goldstein_mean: null };
      return Object.assign(zero, known.get(key) || {}, { date });
    });
  }

  function chart(rows, by) {
    const width = 960, height = 360, m = { left: 64, right: 64, top: 16, bottom: 56 };
    const x = d3.scaleBand(rows.map((r) => r.period), [m.left, width - m.right]).padding(0.2);
    const y = d3.scaleLinear([0, Math.max(1, d3.max(rows, (r) => r.events))], [height - m.bottom, m.top]).nice();
    const g = d3.scaleLinear([-10, 10], [height - m.bottom, m.top]);
    const root = d3.create("svg").attr("viewBox", `0 0 ${width} ${height}`).attr("class", "chart")
      .attr("role", "img").attr("aria-label", "Dyad timeline");
    const every = Math.ceil(rows.length / 12);
    const labels = new Map(rows.map((r) => [r.period, periodLabel(r.date, by)]));
    const counts = y.ticks(5).filter(Number.isInteger);
    root.append("g").attr("class", "grid").selectAll("line").data(counts).join("line")
      .attr("x1", m.left).attr("x2", width - m.right).attr("y1", y).attr("y2", y);
    root.append("g").attr("class", "axis x").attr("transform", `translate(0,${height - m.bottom})`)
      .call(d3.axisBottom(x).tickValues(rows.filter((_, i) => i % every === 0).map((r) => r.period)).tickFormat((p) => labels.get(p)));
    root.append("g").attr("class", "axis y").attr("transform", `translate(${m.left},0)`)
      .call(d3.axisLeft(y).tickValues(counts).tickFormat(d3.format("d")));
    root.append("g").attr("class", "axis g").attr("transform", `translate(${width - m.right},0)`)
      .call(d3.axisRight(g).tickValues([-10, -5, 0, 5, 10]));
    root.append("text").attr("class", "axis-title").attr("x", (m.left + width - m.right) / 2).attr("y", height - 12)
      .attr("text-anchor", "middle").text(PERIOD_NAME[by]);
    root.append("text").attr("class", "axis-title").attr("transform", `translate(16,${(m.top + height - m.bottom) / 2}) rotate(-90)`)
      .attr("text-anchor", "middle").text(`Events per ${by}`);
    root.append("text").attr("class", "axis-title").attr("transform", `translate(${width - 14},${(m.top + height - m.bottom) / 2}) rotate(90)`)
      .attr("text-anchor", "middle").text("Goldstein mean (−10 to +10)");
    const bars = root.append("g");
    for (const r of rows) {
      let base = 0;
      for (const [, key, label, colour] of QUAD) {
        const n = r[key] || 0;
        if (!n) continue;
        bars.append("rect").attr("class", "bar").attr("x", x(r.period)).attr("width", x.bandwidth())
          .attr("y", y(base + n)).attr("height", y(base) - y(base + n)).attr("fill", colour)
          .append("title").text(`${labels.get(r.period)}: ${n} ${label.toLowerCase()}`);
        base += n;
      }
    }
    const points = rows.filter((r) => r.goldstein_mean !== null && r.goldstein_mean !== undefined);
    const cx = (r) => x(r.period) + x.bandwidth() / 2;
    root.append("polyline").attr("class", "mean").attr("points", points.map((r) => `${cx(r)},${g(r.goldstein_mean)}`).join(" "));
    root.append("g").selectAll("circle").data(points).join("circle").attr("class", "mean-dot")
      .attr("cx", cx).attr("cy", (r) => g(r.goldstein_mean)).attr("r", 3)
      .append("title").text((r) => `${labels.get(r.period)}: Goldstein mean ${r.goldstein_mean}`);
    return root.node();
  }

  // -- the map (Natural Earth boundaries shipped with dyad, d3-geo; no tiles) --------------------
  pages.map = () => {
    const view = el("div", { class: "map" });
    waits.push(drawMap(view, ctx.places));
    return [heading(),
      filters(field("actor", "Actor"), field("cameo", "CAMEO"), field("modality", "Modality", MODALITIES),
        field("since", "Since"), field("until", "Until")),
      legend([["#dc2626", "events at a place (area: how many)"]], "circle"), view,
      table(ctx.places, [["name", "Place"], ["country", "Country"], ["kind", "Kind"], ["events", "Events"],
        ["articles", "Articles"]])];
  };

  async function drawMap(view, places) {
    const width = 1000, height = 520;
    const world = await (await fetch("/static/vendor/countries-110m.json")).json();
    const land = topojson.feature(world, world.objects.countries);
    const projection = d3.geoNaturalEarth1().fitExtent([[8, 8], [width - 8, height - 8]], { type: "Sphere" });
    const path = d3.geoPath(projection);
    const root = d3.create("svg").attr("viewBox", `0 0 ${width} ${height}`).attr("class", "worldmap")
      .attr("role", "img").attr("aria-label", "World map of events");
    root.append("path").attr("class", "sphere").attr("d", path({ type: "Sphere" }));
    root.append("path").attr("class", "graticule").attr("d", path(d3.geoGraticule10()));
    root.append("g").selectAll("path").data(land.features).join("path").attr("class", "country").attr("d", path)
      .append("title").text((f) => f.properties.name);
    const size = d3.scaleSqrt([0, Math.max(1, d3.max(places, (p) => p.events) || 1)], [0, 22]);
    const points = [];
    const dots = root.append("g").attr("class", "places");
    for (const p of places) {
      const xy = projection([p.lon, p.lat]);
      if (!xy) continue;
      const r = Math.max(3, size(p.events));
      dots.append("circle").attr("class", "place").attr("cx", xy[0]).attr("cy", xy[1]).attr("r", r)
        .attr("data-id", p.id).attr("data-events", p.events)
        .append("title").text(`${p.name}${p.country ? " (" + p.country + ")" : ""}: ${p.events} event${p.events === 1 ? "" : "s"}`);
      points.push({ x: xy[0], y: xy[1], r, text: `${p.name} ${p.events}`, weight: p.events });
    }
    const labels = root.append("g").attr("class", "labels").node();
    append(labels, placeLabels(points.slice(0, 40), width, height));
    view.appendChild(root.node());
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
    Promise.all(waits).then(() => { document.body.dataset.ready = "1"; },
      (err) => { app.appendChild(el("p", { class: "error" }, `Could not draw this view: ${err}`)); document.body.dataset.ready = "1"; });
  }
})();
