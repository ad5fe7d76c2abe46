"""Fetching one URL safely: http(s) only, every address checked after DNS resolution and on every
redirect (no loopback, private, link-local, multicast or reserved addresses, unless the host is in
the fetch_allow_hosts setting), with size and time limits. The connection goes to the address that
was checked, so a second DNS answer cannot slip past the check."""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from dyad.errors import InputError, TooLarge, UnsupportedInput
from dyad.ingest.decode import decode_bytes
from dyad.settings import settings

MAX_REDIRECTS = 5


class BlockedAddress(UnsupportedInput):
    code = "E108"
    hint = "dyad does not fetch from local or private networks; add the host to fetch_allow_hosts if you trust it."


@dataclass(slots=True)
class Response:
    url: str  # after redirects
    status: int
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)  # names in lower case


def fetch(url: str) -> str:
    response = fetch_response(url)
    if response.status >= 400:
        raise InputError(f"Fetching {response.url} failed with HTTP status {response.status}.")
    return decode_bytes(response.body, response.url)


def fetch_response(url: str, headers: dict[str, str] | None = None) -> Response:
    """GET with redirects followed (each hop checked); any final status is returned, so that a
    caller sending If-None-Match sees its 304."""
    limit = settings().fetch_max_bytes
    for _ in range(MAX_REDIRECTS + 1):
        response = send(url, headers=headers, limit=limit)
        location = response.headers.get("location")
        if response.status in (301, 302, 303, 307, 308) and location:
            url = urljoin(url, location)
            continue
        return response
    raise InputError(f"Fetching {url} redirected more than {MAX_REDIRECTS} times.")


def check_url(url: str) -> tuple[str, str, int, str]:
    """(scheme, host, port, address to connect to) for an allowed URL; raises otherwise."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise UnsupportedInput(f"Only http and https URLs can be fetched, not {url!r}.")
    host = parts.hostname
    if not host:
        raise UnsupportedInput(f"The URL {url!r} names no host.")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return parts.scheme, host, port, resolve_allowed(host, port)


def resolve_allowed(host: str, port: int) -> str:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise InputError(f"Cannot resolve {host}: {exc}") from exc
    addresses = [info[4][0] for info in infos]
    if host not in allowed_hosts():
        for address in addresses:
            if not is_public(address):
                raise BlockedAddress(f"{host} resolves to {address}, a local or private address.")
    return addresses[0]


def is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not (ip.is_multicast or ip.is_reserved or ip.is_link_local)


def allowed_hosts() -> set[str]:
    return {h.strip().lower() for h in settings().fetch_allow_hosts.split(",") if h.strip()}


def send(url: str, method: str = "GET", headers: dict[str, str] | None = None, body: bytes | None = None,
         limit: int | None = None) -> Response:
    """One request to a checked address, no redirect followed (webhooks post through here too)."""
    scheme, host, port, address = check_url(url)
    timeout = settings().fetch_timeout
    limit = settings().fetch_max_bytes if limit is None else limit
    parts = urlsplit(url)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    conn = _connection(scheme, host, port, address, timeout)
    sent = {"Host": parts.netloc, "User-Agent": "dyad/0.1 (+news analysis)", **(headers or {})}
    try:
        conn.request(method, path, body=body, headers=sent)
        response = conn.getresponse()
        data = response.read(limit + 1)
    except (OSError, http.client.HTTPException) as exc:  # refused, timed out, or no HTTP answer at all
        raise InputError(f"Could not fetch {url}: {exc or type(exc).__name__}",
                         "Check the address and the network.") from exc
    finally:
        conn.close()
    if len(data) > limit:
        raise TooLarge(f"{url} is too large: more than {limit:,} bytes.")
    return Response(url, response.status, data, {k.lower(): v for k, v in response.getheaders()})


def _connection(scheme: str, host: str, port: int, address: str, timeout: float):
    if scheme == "http":
        conn = http.client.HTTPConnection(host, port, timeout=timeout)
        conn.sock = socket.create_connection((address, port), timeout=timeout)
        return conn
    conn = http.client.HTTPSConnection(host, port, timeout=timeout, context=ssl.create_default_context())
    raw = socket.create_connection((address, port), timeout=timeout)
    conn.sock = conn._context.wrap_socket(raw, server_hostname=host)  # certificate checked for the host
    return conn
