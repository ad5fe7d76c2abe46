"""The HTTP API: filters, pagination, the sorting whitelist, 404s, and hostile filter values.

``build_store`` writes a small hand-built corpus (also used by the dyad, export and browser
tests); some of its titles, texts and actor names carry markup that must never run.
"""

import json
import re

import pytest
from fastapi.testclient import TestClient

from dyad.article import Actor, Article, Event, Mention, Place, Quote, Segment, Span, TimeRef, TimeValue
from dyad.store import Store
from dyad.store.merge import merge_pending
from dyad.store.writer import write_article
from dyad.web import create_app

VERSIONS = {"pipeline": "test", "model": "none"}
XSS_TITLE = "Kim meets Putin <script>window.__xss = 'title'</script>"
XSS_NAME = '"><img src=x onerror="window.__xss=\'name\'">'
XSS_TEXT = "<script>window.__xss = 'text'</script> and \"><img src=x onerror=window.__xss='img'>"

KIM = Actor("kim-jong-un", "Kim Jong-un", "person", "PRK", None, "PRKGOV")
PUTIN = Actor("vladimir-putin", "Vladimir Putin", "person", "RUS", None, "RUSGOV")
PRK = Actor("PRK", "North Korea", "state", "PRK", None, "PRK")
RUS = Actor("RUS", "Russia", "state", "RUS", None, "RUS")
KOR = Actor("KOR", "South Korea", "state", "KOR", None, "KOR")
JPN = Actor("JPN", "Japan", "state", "JPN", None, "JPN")
EVIL = Actor("evil-group", XSS_NAME, "group", None, None, None)


def at(text, phrase, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def sentence(text, offset):
    """The sentence around an offset: from after the previous full stop to the next one."""
    dot = text.rfind(". ", 0, offset)
    start = max(dot + 2 if dot >= 0 else 0, text.rfind("\n", 0, offset) + 1)
    end = text.find(".", offset)
    return Span(start, end + 1 if end >= 0 else len(text))


def article(aid, published, title, text, actors, events=(), quotes=(), times=(), places=()):
    a = Article(
        text=text,
        id=aid,
        published=published,
        title=title,
        outlet="Test Wire",
        url=f"https://example.org/{aid}",
    )
    a.segments, a.sentences = [Segment("body", 0, len(text))], [Span(0, len(text))]
    for actor, surface in actors:
        mentions = [Mention(*at(text, surface), surface)]
        a.actors.append(
            Actor(
                actor.id, actor.name, actor.kind, actor.country, actor.sector, actor.code, mentions=mentions
            )
        )
    for i, (src, tgt, cameo, plover, gold, quad, modality, day, trigger, place) in enumerate(events):
        trig = Mention(*at(text, trigger), trigger)
        a.events.append(
            Event(
                f"{aid}-e{i}",
                src.id,
                tgt.id,
                cameo,
                plover,
                gold,
                quad,
                modality,
                sentence(text, trig.start),
                trigger=trig,
                date=TimeValue(day, "day"),
                place=place,
            )
        )
    for speaker, said in quotes:
        start, end = at(text, said)
        a.quotes.append(Quote(start, end, said, direct=True, speaker=speaker.id, cue="said"))
    a.times = [TimeRef(*at(text, word), word, value, "day") for word, value in times]
    for pid, name, surface in places:
        a.places.append(
            Place(pid, name, "RUS", 51.88, 128.33, "site", [Mention(*at(text, surface), surface)])
        )
    return a


def corpus() -> list[Article]:
    one_text = (
        f"Kim Jong-un met Vladimir Putin at Vostochny on Wednesday. {XSS_TEXT}\n"
        '"We will deepen our ties," Vladimir Putin said.'
    )
    one = article(
        "a1",
        "2023-09-14",
        XSS_TITLE,
        one_text,
        [(KIM, "Kim Jong-un"), (PUTIN, "Vladimir Putin")],
        events=[(KIM, PUTIN, "040", "CONSULT", 1.0, 1, "asserted", "2023-09-13", "met", "site:vostochny")],
        quotes=[(PUTIN, "We will deepen our ties,")],
        times=[("Wednesday", "2023-09-13")],
        places=[("site:vostochny", "Vostochny Cosmodrome", "Vostochny")],
    )
    two_text = "Russia hosted North Korea for talks. South Korea condemned the meeting."
    two = article(
        "a2",
        "2023-09-14",
        "Seoul condemns the summit",
        two_text,
        [(RUS, "Russia"), (PRK, "North Korea"), (KOR, "South Korea")],
        events=[
            (RUS, PRK, "043", "CONSULT", 2.8, 1, "asserted", "2023-09-14", "hosted", None),
            (KOR, PRK, "122", "ACCUSE", -2.0, 3, "asserted", "2023-09-14", "condemned", None),
        ],
    )
    three_text = f"North Korea fired a missile toward Japan. Japan did not retaliate. The {XSS_NAME} cheered."
    three = article(
        "a3",
        "2023-10-20",
        "Missile launch",
        three_text,
        [(PRK, "North Korea"), (JPN, "Japan"), (EVIL, XSS_NAME)],
        events=[
            (PRK, JPN, "190", "ASSAULT", -10.0, 4, "asserted", "2023-10-20", "fired", None),
            (JPN, PRK, "190", "ASSAULT", -10.0, 4, "negated", "2023-10-20", "retaliate", None),
            (EVIL, PRK, "051", "SUPPORT", 3.4, 1, "asserted", "2023-10-20", "cheered", None),
        ],
    )
    return [one, two, three]


def build_store(path):
    with Store(path) as store:
        for a in corpus():
            write_article(store, a, VERSIONS)
        merge_pending(store)
    return path


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("api") / "api.duckdb")


@pytest.fixture(scope="module")
def client(db):
    return TestClient(create_app(db))


def rows(client, path, **params):
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    return response.json()["rows"]


def test_event_filters(client):
    assert len(rows(client, "/events.json")) == 6
    assert {r["id"] for r in rows(client, "/events.json", actor="North Korea")} == {
        "a2-e0",
        "a2-e1",
        "a3-e0",
        "a3-e1",
        "a3-e2",
    }
    assert len(rows(client, "/events.json", actor="PRK")) == 6  # a country code takes in its people
    assert {r["id"] for r in rows(client, "/events.json", between="RUS,PRK")} == {"a1-e0", "a2-e0"}
    assert {r["id"] for r in rows(client, "/events.json", cameo="19")} == {"a3-e0", "a3-e1"}
    assert {r["id"] for r in rows(client, "/events.json", modality="negated")} == {"a3-e1"}
    assert {r["id"] for r in rows(client, "/events.json", since="2023-10-01")} == {"a3-e0", "a3-e1", "a3-e2"}
    assert {r["id"] for r in rows(client, "/events.json", until="2023-09-13")} == {"a1-e0"}
    assert {r["id"] for r in rows(client, "/events.json", q="condemned")} == {"a2-e1"}


def test_pagination_and_total(client):
    page = client.get("/events.json", params={"limit": 2, "offset": 2, "sort": "goldstein"}).json()
    assert page["total"] == 6 and len(page["rows"]) == 2
    everything = rows(client, "/events.json", sort="goldstein")
    assert [r["id"] for r in page["rows"]] == [r["id"] for r in everything[2:4]]
    too_small = client.get("/events.json", params={"limit": 0})
    assert too_small.status_code == 400 and "limit" in too_small.json()["message"]
    assert client.get("/events.json", params={"between": "PRK"}).status_code == 400


def test_sorting_follows_the_whitelist(client):
    up = [r["goldstein"] for r in rows(client, "/events.json", sort="goldstein")]
    down = [r["goldstein"] for r in rows(client, "/events.json", sort="-goldstein")]
    assert up == sorted(up) and down == sorted(up, reverse=True)
    refused = client.get("/events.json", params={"sort": "id; DROP TABLE events"})
    assert refused.status_code == 400 and refused.json()["error"] == "E100"
    assert "goldstein" in refused.json()["hint"]
    assert len(rows(client, "/events.json")) == 6  # still there


@pytest.mark.parametrize(
    "path,param",
    [
        ("/events.json", "actor"),
        ("/events.json", "q"),
        ("/events.json", "between"),
        ("/quotes.json", "actor"),
        ("/quotes.json", "q"),
        ("/actors.json", "q"),
        ("/articles.json", "q"),
        ("/articles.json", "actor"),
        ("/places.json", "q"),
        ("/merged.json", "actor"),
    ],
)
def test_injection_looking_values_match_nothing(client, path, param):
    for value in ("' OR 1=1 --", "x' OR 'a'='a", "a,' OR ''='"):
        value = {"between": f"PRK,{value}"}.get(param, value)
        assert rows(client, path, **{param: value}) == []


def test_unknown_article_is_404_in_json_and_html(client):
    missing = client.get("/articles/nope.json")
    assert missing.status_code == 404 and missing.json()["error"] == "E404"
    page = client.get("/articles/nope", headers={"accept": "text/html"})
    assert page.status_code == 404 and "No article with id" in page.text


def test_one_article_has_its_text_and_annotations(client):
    data = client.get("/articles/a1.json").json()["article"]
    assert data["text"].startswith("Kim Jong-un met")
    assert [(m["actor_id"], m["text"]) for m in data["mentions"]] == [
        ("kim-jong-un", "Kim Jong-un"),
        ("vladimir-putin", "Vladimir Putin"),
    ]
    assert (
        data["events"][0]["trigger_text"] == "met" and data["quotes"][0]["speaker_name"] == "Vladimir Putin"
    )
    assert data["times"][0]["value"] == "2023-09-13" and data["places"][0]["name"] == "Vostochny Cosmodrome"


def test_every_page_is_its_json_twin_and_embeds_no_live_markup(client):
    for path in (
        "/graph",
        "/dyads?actor=PRK",
        "/events",
        "/merged",
        "/quotes",
        "/actors",
        "/places",
        "/articles",
        "/articles/a1",
        "/articles/a3",
    ):
        page = client.get(path)
        assert page.status_code == 200, path
        assert "<script>window" not in page.text and "<img" not in page.text
        embedded = re.search(r'<script type="application/json" id="context">(.*?)</script>', page.text, re.S)
        base, _, query = path.partition("?")
        twin = client.get(f"{base}.json" + (f"?{query}" if query else "")).json()
        assert json.loads(embedded.group(1)) == twin, path
        assert "script-src 'self'" in page.headers["content-security-policy"]


def test_merged_events_list_every_report(client):
    merged = rows(client, "/merged.json", actor="PRK", cameo="04")
    assert len(merged) == 1
    assert merged[0]["articles"] == ["a1", "a2"] and merged[0]["dates"] == ["2023-09-13", "2023-09-14"]


def test_graph_dyads_quotes_actors_places(client):
    graph = client.get("/graph.json").json()
    assert {(e["source"], e["target"]) for e in graph["edges"]} == {  # directed: who acted on whom
        ("PRK", "RUS"),  # Kim met Putin (and Russia hosted North Korea: the same meeting, first reported so)
        ("KOR", "PRK"),
        ("PRK", "JPN"),  # Japan did not retaliate: not asserted, no edge
        ("evil-group", "PRK"),
    }
    actors = client.get("/graph.json", params={"level": "actor", "actor": "Kim Jong-un"}).json()
    assert [(e["source"], e["target"]) for e in actors["edges"]] == [("kim-jong-un", "vladimir-putin")]
    assert client.get("/graph.json", params={"actor": "Narnia"}).json()["notice"].startswith("No actor")
    places = client.get("/map.json").json()["places"]
    assert [(p["name"], p["events"]) for p in places] == [("Vostochny Cosmodrome", 1)]
    series = rows(client, "/dyads.json", actor="North Korea", by="month", **{"with": "RUS"})
    assert [(r["period"], r["events"]) for r in series] == [("2023-09-01", 1)]  # two reports, one meeting
    unknown = client.get("/dyads.json", params={"actor": "' OR 1=1 --"}).json()
    assert unknown["rows"] == [] and "No actor" in unknown["notice"]
    assert rows(client, "/quotes.json", actor="vladimir-putin")[0]["text"] == "We will deepen our ties,"
    assert rows(client, "/actors.json", sort="-mentions", limit=1)[0]["mentions"] == 2
    assert rows(client, "/places.json")[0]["name"] == "Vostochny Cosmodrome"


def test_the_server_opens_the_store_with_its_migrations(client):
    from dyad.store.db import migrations

    with client.app.state.owner.cursor() as store:
        assert store.schema_version() == migrations()[-1][0]
    assert {"/events.json", "/api/ingest"} <= set(client.get("/openapi.json").json()["paths"])


def test_a_missing_database_is_a_503_with_a_hint(tmp_path):
    response = TestClient(create_app(tmp_path / "none.duckdb")).get("/events.json")
    assert response.status_code == 503 and "dyad ingest" in response.json()["hint"]


def test_blank_form_fields_mean_no_filter(client):
    assert len(rows(client, "/events.json", since="", until="", actor="", modality="", cameo="")) == 6


def test_one_name_per_concept_and_unknown_parameters_are_refused(client):
    """The API takes the command line's names (--between, --cameo, --with); others are a 400
    that names the parameters the page takes."""
    assert rows(client, "/dyads.json", actor="PRK", **{"with": "RUS"})
    for path, old, new in (("/events.json", "pair", "between"), ("/events.json", "code", "cameo"),
                           ("/dyads.json", "other", "with")):
        refused = client.get(path, params={"actor": "PRK", old: "RUS,PRK" if old == "pair" else "04"})
        assert refused.status_code == 400 and refused.json()["error"] == "E100"
        assert f"'{old}' is now '{new}'" in refused.json()["hint"]
    typo = client.get("/graph.json", params={"sinse": "2023-01-01"})
    assert typo.status_code == 400 and "since" in typo.json()["hint"]
    bad_code = client.get("/events.json", params={"cameo": "XYZ"})
    assert bad_code.status_code == 400 and "04 Consult" in bad_code.json()["hint"]


def test_the_filter_boxes_show_the_filters_of_the_address(client):
    page = client.get("/events", params={"cameo": "04"}, headers={"accept": "text/html"})
    assert page.status_code == 200
    context = json.loads(re.search(r'<script type="application/json" id="context">(.*?)</script>', page.text,
                                   re.S).group(1))
    assert context["params"]["cameo"] == "04"  # the CAMEO box (name=cameo) is filled from it


def test_event_filters_by_quadclass_plover_goldstein_and_country(client):
    assert {r["id"] for r in rows(client, "/events.json", quad_class=4)} == {"a3-e0", "a3-e1"}
    assert {r["id"] for r in rows(client, "/events.json", plover="consult", goldstein_min=2)} == {"a2-e0"}
    assert {r["id"] for r in rows(client, "/events.json", goldstein_max=-5)} == {"a3-e0", "a3-e1"}
    assert {r["id"] for r in rows(client, "/events.json", country="JPN")} == {"a3-e0", "a3-e1"}
    refused = client.get("/events.json", params={"plover": "HUG"})
    assert refused.status_code == 400 and "CONSULT" in refused.json()["hint"]
    assert client.get("/events.json", params={"quad_class": 5}).status_code == 400
    assert rows(client, "/merged.json", cameo="04")[0]["article_titles"] == [XSS_TITLE, "Seoul condemns the summit"]


def test_every_table_has_a_csv_twin_with_the_same_filters(client):
    body = client.get("/events.csv", params={"cameo": "19", "limit": 1})
    assert body.status_code == 200 and body.headers["content-type"].startswith("text/csv")
    lines = body.text.strip().splitlines()
    assert lines[0].startswith("id,date,cameo") and len(lines) == 3  # every matching row, not one page
    assert client.get("/events.csv", params={"code": "19"}).status_code == 400
    merged = client.get("/merged.csv").text
    assert "Seoul condemns the summit" in merged


LIST_PAGES = ("/events.json", "/merged.json", "/quotes.json", "/actors.json", "/places.json", "/articles.json")


@pytest.mark.parametrize("path", LIST_PAGES)
@pytest.mark.parametrize("params", [{"offset": 2**63}, {"offset": 2**64 + 5}, {"offset": -1},
                                    {"limit": 2**63}, {"limit": -5}, {"offset": "1e400"}])
def test_out_of_range_limit_or_offset_is_a_400_in_json(client, path, params):
    response = client.get(path, params=params)
    assert response.status_code == 400, response.text
    assert response.json()["error"] == "E100" and next(iter(params)) in response.json()["message"]


def test_a_large_offset_within_bounds_is_an_empty_page(client):
    page = client.get("/events.json", params={"offset": 1_000_000_000}).json()
    assert page["rows"] == [] and page["total"] == 6


def test_merged_events_honour_between_q_and_modality(client):
    everything = {r["id"] for r in rows(client, "/merged.json")}
    pair = {r["id"] for r in rows(client, "/merged.json", between="RUS,PRK")}
    assert pair and pair < everything
    assert pair == {r["id"] for r in rows(client, "/merged.json", between="PRK,RUS")}  # either direction
    assert all({r["source_unit"], r["target_unit"]} == {"RUS", "PRK"} for r in rows(client, "/merged.json",
                                                                                   between="RUS,PRK"))
    condemned = rows(client, "/merged.json", q="condemned")
    assert len(condemned) == 1 and condemned[0]["cameo"] == "122"
    negated = rows(client, "/merged.json", modality="negated")
    assert len(negated) == 1 and negated[0]["source"] == "Japan"
    assert len(rows(client, "/merged.json", modality="any")) == len(everything)
    assert client.get("/merged.json", params={"between": "PRK"}).status_code == 400
