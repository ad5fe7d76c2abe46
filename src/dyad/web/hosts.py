"""The server answers only to its own names: a guard against DNS rebinding.

A page on another site can point its own host name at 127.0.0.1 and have the browser read the
dashboard as if it were that site. Such a request carries the other site's name in its ``Host``
header, so the server refuses (421) any ``Host`` that is not an IP address, ``localhost``, the
name the server is bound to, or one of the names of the ``allowed_hosts`` setting.
"""

from __future__ import annotations

import ipaddress

from dyad.errors import DyadError


class WrongHost(DyadError):
    code = "E421"
    hint = ("Open the server by its address (e.g. http://127.0.0.1:8000/), or add the name you use to the "
            "allowed_hosts setting (env DYAD_ALLOWED_HOSTS, comma-separated).")


def host_names(bound: str, configured: str) -> frozenset[str]:
    names = {"localhost", bound.strip().lower().rstrip(".")}
    names |= {n.strip().lower().rstrip(".") for n in configured.split(",") if n.strip()}
    return frozenset(n for n in names if n)


def host_of(header: str) -> str:
    """The host of a ``Host`` header, without the port: ``[::1]:8000`` -> ``::1``."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1:header.find("]")] if "]" in header else ""
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


def allowed(header: str | None, names: frozenset[str]) -> bool:
    host = host_of(header or "").rstrip(".")
    if not host:
        return False
    try:
        ipaddress.ip_address(host)
        return True  # a rebinding attack needs a name; an address is what the client dialled
    except ValueError:
        return host in names
