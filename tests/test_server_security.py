"""The server's security: the write token, body limits, SSRF through the API, hostile filter
values against every JSON endpoint (hypothesis), /docs without a CDN, and the store's single
writer while reads go on.

The write endpoints run the real pipeline in the server's worker process (started once per module).
"""

import re

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from dyad.settings import settings
from dyad.web import create_app
from tests.test_api import build_store
from tests.web_origin import serve

TOKEN = "test-token-7f3a"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
NEWS = (
    "Russian President Vladimir Putin met North Korean leader Kim Jong-un in Moscow on Tuesday. "
    '"We are old friends," Putin said.'
)
PAGE = (
    f"<html><head><title>Summit</title></head><body><article><p>{NEWS}</p></article></body></html>".encode()
)


def routes(_port: int) -> dict:
    return {
        "/page": (200, {"Content-Type": "text/html"}, PAGE),
        "/to-private": (302, {"Location": "http://10.1.2.3/secret"}, b""),
        "/to-metadata": (301, {"Location": "http://169.254.169.254/latest/meta-data/"}, b""),
    }


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("security") / "s.duckdb")


@pytest.fixture(scope="module")
def client(db):
    with TestClient(create_app(db, token=TOKEN)) as c:
        yield c


@pytest.fixture
def origin(monkeypatch):
    """A local web server; 127.0.0.1 is allowed only where a test says so."""
    settings.cache_clear()
    with serve(routes) as url:
        yield url
    settings.cache_clear()


def allow_loopback(monkeypatch):
    monkeypatch.setenv("DYAD_FETCH_ALLOW_HOSTS", "127.0.0.1")
    settings.cache_clear()


# -- the token ---------------------------------------------------------------------------------
def test_writing_is_disabled_without_a_token(db):
    with TestClient(create_app(db, token="")) as c:
        refused = c.post("/api/ingest", json={"text": NEWS}, headers=AUTH)
    assert refused.status_code == 403 and refused.json()["error"] == "E403"
    assert "api_token" in refused.json()["hint"]


def test_a_read_only_server_never_writes(db):
    with TestClient(create_app(db, read_only=True, token=TOKEN)) as c:
        assert c.post("/api/analyze", json={"text": NEWS}, headers=AUTH).status_code == 403
        assert c.get("/events.json").status_code == 200


@pytest.mark.parametrize(
    "headers", [{}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN}, {"X-Token": TOKEN}]
)
def test_a_missing_or_wrong_token_is_401(client, headers):
    for path in ("/api/ingest", "/api/analyze"):
        refused = client.post(path, json={"text": NEWS}, headers=headers)
        assert refused.status_code == 401 and refused.json()["error"] == "E401", path


def test_analyze_returns_the_contract_and_stores_nothing(client):
    before = client.get("/articles.json").json()["total"]
    result = client.post("/api/analyze", json={"text": NEWS, "published": "2023-09-13"}, headers=AUTH)
    assert result.status_code == 200, result.text
    contract = result.json()
    assert contract["schema_version"] == 1 and contract["text"].startswith("Russian President")
    assert {"vladimir-putin", "kim-jong-un"} <= {a["id"] for a in contract["actors"]}
    assert client.get("/articles.json").json()["total"] == before


def test_ingest_stores_once_and_the_article_is_readable(client):
    body = {"text": NEWS, "title": "Putin hosts Kim", "published": "2023-09-13", "id": "api-1"}
    before = client.get("/articles.json").json()["total"]  # cached until the next write
    first = client.post("/api/ingest", json=body, headers=AUTH).json()
    assert first["id"] == "api-1" and first["new"] is True and first["actors"] >= 2
    again = client.post("/api/ingest", json=body, headers=AUTH).json()
    assert again == {"id": "api-1", "new": False}
    assert client.get("/articles.json").json()["total"] == before + 1  # the write refreshed the cache
    stored = client.get("/articles/api-1.json").json()["article"]
    assert stored["title"] == "Putin hosts Kim" and stored["published"] == "2023-09-13"


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"text": NEWS, "url": "https://example.org/"},
        {"text": NEWS, "id": "../../etc/passwd"},
        {"text": NEWS, "published": "yesterday"},
        {"text": NEWS, "extra": 1},
    ],
)
def test_a_malformed_article_is_400(client, body):
    refused = client.post("/api/ingest", json=body, headers=AUTH)
    assert refused.status_code == 400 and refused.json()["error"] == "E100", refused.text


def test_a_body_over_the_limit_is_413(db, monkeypatch):
    monkeypatch.setenv("DYAD_MAX_REQUEST_BYTES", "10000")
    settings.cache_clear()
    try:
        with TestClient(create_app(db, token=TOKEN)) as c:
            refused = c.post("/api/ingest", json={"text": "word " * 5000}, headers=AUTH)
            chunked = c.post("/api/ingest", content=iter([b'{"text": "', b"a" * 20000, b'"}']), headers=AUTH)
    finally:
        settings.cache_clear()
    assert refused.status_code == 413 and chunked.status_code == 413


# -- fetching through the API --------------------------------------------------------------------
def test_a_url_on_the_loopback_is_refused(client, origin):
    refused = client.post("/api/ingest", json={"url": f"{origin}/page"}, headers=AUTH)
    assert refused.status_code == 400 and refused.json()["error"] == "E108"
    assert "local or private" in refused.json()["message"]


@pytest.mark.parametrize("path", ["/to-private", "/to-metadata"])
def test_a_redirect_to_a_private_address_is_refused(client, origin, monkeypatch, path):
    allow_loopback(monkeypatch)  # the first hop may go through; the redirect may not
    refused = client.post("/api/ingest", json={"url": f"{origin}{path}"}, headers=AUTH)
    assert refused.status_code == 400 and refused.json()["error"] == "E108", refused.text


def test_an_allowed_url_is_fetched_and_stored(client, origin, monkeypatch):
    allow_loopback(monkeypatch)
    stored = client.post(
        "/api/ingest", json={"url": f"{origin}/page", "published": "2023-09-13"}, headers=AUTH
    )
    assert stored.status_code == 200, stored.text
    article = client.get(f"/articles/{stored.json()['id']}.json").json()["article"]
    assert article["url"] == f"{origin}/page" and "Vladimir Putin met" in article["text"]


# -- hostile filter values -----------------------------------------------------------------------
ENDPOINTS = {
    "/events.json": ("actor", "between", "cameo", "q", "sort", "since", "until", "modality"),
    "/merged.json": ("actor", "cameo", "sort", "since"),
    "/quotes.json": ("actor", "q", "sort", "until"),
    "/actors.json": ("q", "sort"),
    "/places.json": ("q", "sort"),
    "/articles.json": ("actor", "q", "sort", "since"),
    "/graph.json": ("modality", "since", "min_events"),
    "/dyads.json": ("actor", "with", "by", "modality"),
}
HOSTILE = st.one_of(
    st.sampled_from(["'", '"', ";", "--", "' OR 1=1 --", "'; DROP TABLE events; --", "%", "_", "\\", "NULL"]),
    st.sampled_from(["SELECT * FROM actors", "UNION SELECT 1", "-goldstein", "1e309", "0", "-1", "9" * 40]),
    st.text(min_size=1, max_size=60),
    st.text(alphabet="'\";%_-\\ ,()*/ñ北𝔘\u202e\u0000", min_size=1, max_size=30),
    st.text(min_size=300, max_size=3000),
)
FUZZ = hsettings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@FUZZ
@given(path=st.sampled_from(sorted(ENDPOINTS)), data=st.data())
def test_hostile_filter_values_are_200_or_400_never_500(client, path, data):
    names = data.draw(st.lists(st.sampled_from(ENDPOINTS[path]), min_size=1, max_size=3, unique=True))
    params = {name: data.draw(HOSTILE) for name in names}
    response = client.get(path, params=params)
    assert response.status_code in (200, 400), (params, response.text)
    body = response.json()
    if response.status_code == 200:
        assert isinstance(body.get("rows", body.get("edges")), list)
    else:
        assert body["error"].startswith("E") and body["message"]


def test_the_store_is_intact_after_hostile_values(client):
    events, actors = (client.get(p).json()["total"] for p in ("/events.json", "/actors.json"))
    for value in ("'; DROP TABLE events; --", "x'); DELETE FROM actors; --"):
        client.get("/events.json", params={"actor": value, "q": value})
    assert client.get("/events.json").json()["total"] == events > 0
    assert client.get("/actors.json").json()["total"] == actors > 0


# -- /docs without a CDN -------------------------------------------------------------------------
def test_docs_load_from_this_server_only(client):
    docs = client.get("/docs")
    assert docs.status_code == 200
    sources = re.findall(r'(?:src|href)="([^"]+)"', docs.text)
    assert sources and all(s.startswith("/") for s in sources), sources
    assert all(client.get(s).status_code == 200 for s in sources)
    assert "/api/ingest" in client.get("/openapi.json").json()["paths"]


# -- one writer, reads go on -----------------------------------------------------------------------
def test_reads_go_on_while_a_write_is_open(client):
    owner = client.app.state.owner
    with owner.cursor() as writer:
        writer.con.execute("BEGIN TRANSACTION")
        writer.con.execute("INSERT INTO actors (id, name) VALUES ('pending-actor', 'Pending')")
        during = client.get("/actors.json", params={"q": "Pending"})
        assert during.status_code == 200 and during.json()["rows"] == []  # its own snapshot
        writer.con.execute("ROLLBACK")
    assert client.get("/events.json").status_code == 200


# -- an id already stored with another text; the Host header; slow clients ---------------------------
def test_an_existing_id_with_another_text_is_a_409(client):
    body = {"text": NEWS, "id": "api-conflict"}
    assert client.post("/api/ingest", json=body, headers=AUTH).json()["new"] is True
    assert client.post("/api/ingest", json=body, headers=AUTH).json() == {"id": "api-conflict", "new": False}
    changed = client.post("/api/ingest", json={**body, "text": NEWS + " Talks went on for hours."}, headers=AUTH)
    assert changed.status_code == 409 and changed.json()["error"] == "E409"
    assert "own id" in changed.json()["hint"]
    kept = client.get("/articles/api-conflict.json").json()["article"]["text"]
    assert "hours" not in kept


@pytest.mark.parametrize("host, status", [
    ("127.0.0.1:8000", 200), ("localhost:8000", 200), ("[::1]:8000", 200), ("192.168.1.20", 200),
    ("evil.example", 421), ("evil.example:8000", 421), ("localhost.evil.example", 421), ("", 421),
    ("news.internal", 200),  # named in the allowed_hosts setting
])
def test_the_server_answers_only_to_its_own_names(db, monkeypatch, host, status):
    monkeypatch.setenv("DYAD_ALLOWED_HOSTS", "news.internal, dash.internal")
    settings.cache_clear()
    try:
        app = create_app(db, bound="127.0.0.1")
    finally:
        settings.cache_clear()
    with TestClient(app) as c:
        answer = c.get("/events.json", headers={"Host": host})
    assert answer.status_code == status, answer.text
    if status == 421:
        assert answer.json()["error"] == "E421" and "allowed_hosts" in answer.json()["hint"]


def test_a_slow_client_is_answered_408_and_closed(tmp_path):
    """A real server (uvicorn) with read_timeout 1 s: a client that sends half its headers and
    waits gets 408 and a closed connection, while a whole request still gets its answer."""
    import os
    import socket
    import subprocess
    import sys
    import time

    from tests.test_lifeline import free_port, kill_and_expect_no_orphans, wait_for

    db = build_store(tmp_path / "slow.duckdb")
    port = free_port()
    env = {**os.environ, "DYAD_READ_TIMEOUT": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "dyad.cli", "serve", "--db", str(db), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, start_new_session=True)
    try:
        wait_for(lambda: _request(port, b"GET /articles.json HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").startswith(
            b"HTTP/1.1 200"), "the server to answer")
        with socket.create_connection(("127.0.0.1", port), timeout=120) as slow:
            slow.sendall(b"GET /articles.json HTTP/1.1\r\nHo")
            started = time.monotonic()
            answer = _read_all(slow)
        assert answer.startswith(b"HTTP/1.1 408") and b"E408" in answer
        assert time.monotonic() - started >= 1  # not before its time
    finally:
        kill_and_expect_no_orphans(proc)


def _request(port: int, raw: bytes) -> bytes:
    import socket

    try:
        with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
            s.sendall(raw)
            return s.recv(65536)
    except OSError:
        return b""


def _read_all(sock) -> bytes:
    data = b""
    while chunk := sock.recv(65536):
        data += chunk
    return data


def test_a_refused_document_answers_with_its_own_code_and_hint(client):
    from tests.test_hostile import GERMAN

    answer = client.post("/api/analyze", json={"text": GERMAN}, headers=AUTH)
    assert answer.status_code == 400
    body = answer.json()
    assert body["error"] == "E106" and "[E" not in body["message"] and "translate" in body["hint"]
