"""The dashboard in a real browser: Playwright driving the system Chromium (/usr/bin/chromium).

The server runs uvicorn on 127.0.0.1 in a background thread over a store built here, plus one
article with markup in its title and text ingested through ``POST /api/ingest`` (the real
pipeline). Screenshots go to test-artifacts/. Without Chromium these tests fail and say how to install it.
"""

import socket
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
import uvicorn

from dyad.store import Store
from dyad.web import create_app
from tests.test_api import XSS_NAME, XSS_TITLE, build_store

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
TOKEN = "browser-token"
INGESTED_TITLE = '"><img src=x onerror="window.__xss=1"> Putin hosts Kim'
INGESTED_TEXT = (
    "<script>window.__xss=1</script> Russian President Vladimir Putin met North Korean leader "
    "Kim Jong-un in Moscow on Tuesday, and the two men said that they would work together on the "
    'economy. "><img src=x onerror="window.__xss=1"> "We are old friends, and we will stay '
    'close," Putin said after the talks. Kim thanked him for the welcome and invited him to Pyongyang.'
)
XSS_PROBE = "() => window.__xss === undefined && !document.querySelector('main img, main script')"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serving(db, token=""):
    port = free_port()
    config = uvicorn.Config(create_app(db, token=token), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert srv.started, "uvicorn did not start within 10 s"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with serving(build_store(tmp_path_factory.mktemp("browser") / "b.duckdb")) as base:
        yield base


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    """A server over a store that holds one article posted through the API."""
    db = tmp_path_factory.mktemp("ingested") / "i.duckdb"
    Store(db).close()
    with serving(db, TOKEN) as base:
        body = {
            "text": INGESTED_TEXT,
            "title": INGESTED_TITLE,
            "published": "2023-09-13",
            "id": "xss-ingested",
        }
        auth = {"Authorization": f"Bearer {TOKEN}"}
        stored = httpx.post(f"{base}/api/ingest", json=body, headers=auth, timeout=60)
        assert stored.status_code == 200 and stored.json()["new"], stored.text
        yield base


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(
            f"Chromium is missing at {CHROMIUM}: install it with `apt-get install -y chromium` "
            "(the browser tests drive the system Chromium, never a downloaded one)."
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    ARTIFACTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.dialogs, pg.errors = [], []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    yield pg
    context.close()


def visit(page, url):
    page.goto(url)
    page.wait_for_selector("body[data-ready='1']", timeout=10_000)
    assert page.errors == [], page.errors


def submit(page):
    with page.expect_navigation():
        page.click("form.filters button[type=submit]")
    page.wait_for_selector("body[data-ready='1']")
    assert page.errors == [], page.errors


def test_network_renders_an_svg_graph(page, server):
    visit(page, f"{server}/graph?modality=any")
    assert page.locator("svg.graph circle").count() == 5
    assert page.locator("svg.graph path.edge").count() == 5  # directed: Japan's denied strike is its own edge
    conflict = page.locator("svg.graph path.edge[data-source='JPN']")
    assert conflict.get_attribute("stroke") == "#b2182b" and conflict.get_attribute("data-quad") == "4"
    page.screenshot(path=ARTIFACTS / "graph.png", full_page=True)


def test_dyad_timeline_chart_renders_bars(page, server):
    visit(page, f"{server}/dyads?actor=PRK&by=month")
    # September: verbal cooperation and verbal conflict; October: verbal cooperation and material conflict
    assert page.locator("svg.chart rect.bar").count() == 4
    assert page.locator("svg.chart polyline.mean").count() == 1
    page.screenshot(path=ARTIFACTS / "dyads.png", full_page=True)


def test_event_filters_narrow_the_table(page, server):
    visit(page, f"{server}/events")
    assert page.locator("table.rows tbody tr").count() == 6
    page.fill("form.filters input[name=cameo]", "19")
    submit(page)
    assert page.locator("table.rows tbody tr").count() == 2
    assert page.url.endswith("/events?cameo=19")  # blank fields stay out of the address
    page.select_option("form.filters select[name=modality]", "negated")
    submit(page)
    assert page.locator("table.rows tbody tr").count() == 1
    assert page.locator("mark.trigger").inner_text() == "retaliate"


def test_quote_explorer_lists_speakers(page, server):
    visit(page, f"{server}/quotes")
    with page.expect_navigation():
        page.click("aside.speakers a")
    page.wait_for_selector("body[data-ready='1']")
    assert "actor=vladimir-putin" in page.url
    assert page.locator("td.c-text").inner_text() == "We will deepen our ties,"


def test_article_view_highlights_the_right_words(page, server):
    visit(page, f"{server}/articles/a1")
    kim = page.locator("#text span.actor[data-actor='kim-jong-un']").all_inner_texts()
    assert "".join(kim) == "Kim Jong-un"
    putin = page.eval_on_selector_all(
        "#text span.actor[data-actor='vladimir-putin']",
        "ns => ns.map(n => n.dataset.mention + ':' + n.textContent)",
    )
    assert sorted(putin) == ["1:Vladimir Putin"]
    assert page.locator("#text span.trigger").inner_text() == "met"
    assert page.locator("#text span.time").inner_text() == "Wednesday"
    assert page.locator("#text span.place").inner_text() == "Vostochny"
    assert "".join(page.locator("#text span.quote").all_inner_texts()) == "We will deepen our ties,"
    page.click("aside.side li#ev-a1-e0")  # an event lights its evidence and its place
    evidence = "".join(page.locator("#text .lit-ev").all_inner_texts())
    assert evidence == "Kim Jong-un met Vladimir Putin at Vostochny on Wednesday."
    assert page.locator("#text .lit").all_inner_texts() == ["met", "Vostochny"]  # its trigger and place
    page.screenshot(path=ARTIFACTS / "article.png", full_page=True)


PAGES = ("/graph", "/dyads?actor=PRK", "/events", "/merged", "/quotes", "/actors", "/places", "/map", "/articles")


def test_injected_markup_shows_as_text(page, server):
    for path in (*PAGES, "/events?q=cheered", "/articles/a1", "/articles/a3"):
        visit(page, f"{server}{path}")
        assert page.evaluate(XSS_PROBE), path
    visit(page, f"{server}/articles/a1")
    assert page.locator("h1").inner_text() == XSS_TITLE
    assert page.title().startswith(XSS_TITLE)
    assert "<script>window.__xss = 'text'</script>" in page.locator("#text").inner_text()
    visit(page, f"{server}/actors")
    assert XSS_NAME in page.locator("table.rows").inner_text()
    assert page.dialogs == []


def test_an_ingested_article_with_markup_shows_it_as_text(page, ingested):
    for path in (*PAGES, "/dyads?actor=RUS", "/articles/xss-ingested"):
        visit(page, f"{ingested}{path}")
        assert page.evaluate(XSS_PROBE), path
    assert page.locator("h1").inner_text() == INGESTED_TITLE
    text = page.locator("#text").inner_text()
    assert "<script>window.__xss=1</script>" in text and '<img src=x onerror="window.__xss=1">' in text
    assert (
        page.locator("#text span.actor[data-actor='vladimir-putin']").count() >= 1
    )  # analysed, not just stored
    visit(page, f"{ingested}/articles")
    assert INGESTED_TITLE in page.locator("table.rows").inner_text()
    assert page.dialogs == []


# -- the analyst's views: network, timeline, map, downloads, filters ------------------------------
LABELS_APART = """() => {
  const boxes = [...document.querySelectorAll('svg text.label')].map((t) => t.getBBox());
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const a = boxes[i], b = boxes[j];
    if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) return false;
  }
  return boxes.length > 0;
}"""


def test_network_rolls_up_to_states_colours_kinds_and_toggles(page, server):
    visit(page, f"{server}/graph")
    ids = set(page.eval_on_selector_all("svg.graph circle", "cs => cs.map(c => c.dataset.id)"))
    assert ids == {"PRK", "RUS", "KOR", "JPN", "evil-group"}  # Kim and Putin count for their states
    kinds = dict(page.eval_on_selector_all("svg.graph circle", "cs => cs.map(c => [c.dataset.kind, c.getAttribute('fill')])"))
    assert kinds["state"] != kinds["group"]
    assert page.evaluate(LABELS_APART)
    with page.expect_navigation():
        page.click("a.toggle")
    page.wait_for_selector("body[data-ready='1']")
    assert "level=actor" in page.url
    people = set(page.eval_on_selector_all("svg.graph circle", "cs => cs.map(c => c.dataset.id)"))
    assert {"kim-jong-un", "vladimir-putin"} <= people
    page.screenshot(path=ARTIFACTS / "graph-actors.png", full_page=True)


def test_network_ego_view_and_cameo_filter(page, server):
    visit(page, f"{server}/graph")
    with page.expect_navigation():
        page.click("svg.graph circle[data-id='KOR']")
    page.wait_for_selector("body[data-ready='1']")
    assert "actor=KOR" in page.url and "Relations of South Korea" in page.locator(".controls").inner_text()
    ends = page.eval_on_selector_all("svg.graph path.edge", "ps => ps.map(p => [p.dataset.source, p.dataset.target])")
    assert ends and all("KOR" in pair for pair in ends)
    page.screenshot(path=ARTIFACTS / "graph-ego.png", full_page=True)
    visit(page, f"{server}/graph?cameo=19")
    assert page.locator("input[name=cameo]").input_value() == "19"
    assert page.eval_on_selector_all("svg.graph path.edge", "ps => ps.map(p => p.dataset.quad)") == ["4"]


def test_dyad_timeline_has_every_period_axis_titles_and_dates(page, server):
    visit(page, f"{server}/dyads?actor=PRK&by=week")
    periods = page.locator("table.rows td.c-period").all_inner_texts()
    assert periods[0] == "week of 11 Sep 2023" and periods[-1] == "week of 16 Oct 2023"
    assert len(periods) == 6  # the weeks between, with no event, are there as zero
    assert page.locator("table.rows tbody tr").nth(2).locator("td.c-events").inner_text() == "0"
    titles = page.locator("svg.chart text.axis-title").all_text_contents()
    assert titles[0] == "Week" and "Events per week" in titles and any("Goldstein" in t for t in titles)
    visit(page, f"{server}/dyads?actor=PRK&by=month")
    assert page.locator("svg.chart .axis.x .tick text").first.text_content() == "Sep 2023"
    page.screenshot(path=ARTIFACTS / "dyads-month.png", full_page=True)
    visit(page, f"{server}/dyads?actor=PRK&by=year")
    assert page.locator("svg.chart .axis.x .tick text").all_text_contents() == ["2023"]


def test_map_is_drawn_offline_with_event_counts(page, server):
    asked = []
    page.on("request", lambda r: asked.append(r.url))
    visit(page, f"{server}/map")
    assert page.locator("svg.worldmap path.country").count() > 150  # Natural Earth's countries, shipped
    place = page.locator("svg.worldmap circle.place")
    assert place.count() == 1 and place.get_attribute("data-events") == "1"
    assert "Vostochny Cosmodrome 1" in page.locator("svg.worldmap text.label").all_text_contents()
    assert all(u.startswith(server) for u in asked), [u for u in asked if not u.startswith(server)]
    page.screenshot(path=ARTIFACTS / "map.png", full_page=True)


def test_every_table_page_downloads_its_rows_as_csv(page, server):
    for path, rows in (("/events?cameo=19", 2), ("/merged", 5), ("/quotes", 1), ("/actors", 7), ("/places", 1),
                       ("/articles", 3), ("/graph", 4), ("/dyads?actor=PRK&by=month", 2), ("/map", 1)):
        visit(page, f"{server}{path}")
        link = page.locator(".heading a.csv").get_attribute("href")
        assert link.split("?")[0] == path.split("?")[0] + ".csv"
        body = page.request.get(f"{server}{link}")
        assert body.ok and body.headers["content-type"].startswith("text/csv")
        assert len(body.text().strip().splitlines()) == rows + 1, (path, body.text())


def test_event_filters_for_quadclass_plover_goldstein_and_country(page, server):
    visit(page, f"{server}/events")
    page.select_option("form.filters select[name=quad_class]", "4")
    submit(page)
    assert page.locator("table.rows tbody tr").count() == 2
    visit(page, f"{server}/events")
    page.select_option("form.filters select[name=plover]", "CONSULT")
    page.fill("form.filters input[name=goldstein_min]", "2")
    submit(page)
    assert page.locator("table.rows tbody tr").count() == 1  # the hosted visit (2.8), not the meeting (1.0)
    visit(page, f"{server}/events?country=JPN")
    assert page.locator("table.rows tbody tr").count() == 2
    assert page.locator("input[name=country]").input_value() == "JPN"
    page.screenshot(path=ARTIFACTS / "events-filtered.png", full_page=True)


def test_merged_events_show_article_titles(page, server):
    visit(page, f"{server}/merged?cameo=04")
    links = page.locator("td.c-articles a").all_inner_texts()
    assert XSS_TITLE in links and "Seoul condemns the summit" in links
    page.screenshot(path=ARTIFACTS / "merged.png", full_page=True)
