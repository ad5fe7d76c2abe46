"""What the benchmarks share: the real-text corpus, the machine, a clock.

The corpus is read from the development data next to the repository (never copied into it):
  ../shared/quotes/polnear-dev  84 US political news articles (BRAT .txt files)
  ../shared/geo/GeoVirus.xml    229 Wikinews articles
"""

from __future__ import annotations

import os
import platform
import re
import time
import xml.etree.ElementTree as ET
from contextlib import contextmanager
from pathlib import Path

from dyad.article import Article

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
POLNEAR = SHARED / "quotes" / "polnear-dev"
GEOVIRUS = SHARED / "geo" / "GeoVirus.xml"


def texts(limit: int | None = None) -> list[tuple[str, str]]:
    """(source id, text) of every article of both sets, PolNeAR first, in a stable order."""
    found = [
        (str(p.relative_to(POLNEAR)), p.read_text(encoding="utf-8")) for p in sorted(POLNEAR.rglob("*.txt"))
    ]
    root = ET.parse(GEOVIRUS).getroot()
    found += [
        (a.findtext("source") or f"geovirus-{i}", a.findtext("text") or "")
        for i, a in enumerate(root.iter("article"))
    ]
    if not found:
        raise SystemExit(f"No articles found under {SHARED}; the benchmarks read ../shared/ (see DATA.md).")
    return interleave(found)[:limit] if limit else interleave(found)


def interleave(items: list) -> list:
    """Mix the two sets, so that any prefix of the corpus holds articles of both."""
    polnear = [x for x in items if not x[0].startswith("http")]
    geo = [x for x in items if x[0].startswith("http")]
    out = []
    for i in range(max(len(polnear), len(geo))):
        out += ([polnear[i]] if i < len(polnear) else []) + ([geo[i]] if i < len(geo) else [])
    return out


def articles(corpus: list[tuple[str, str]], copy: int = 0) -> list[Article]:
    """Raw Articles; ``copy`` > 0 gives each a distinct URL, so that copies are stored apart."""
    return [
        Article(text=text, source_id=source, url=f"https://bench.invalid/{copy}/{i}" if copy else None)
        for i, (source, text) in enumerate(corpus)
    ]


def words(corpus: list[tuple[str, str]]) -> int:
    return sum(len(re.findall(r"\S+", text)) for _, text in corpus)


def machine() -> str:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in _read("/proc/cpuinfo").splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    ram = next(
        (
            int(line.split()[1]) // 1024 // 1024
            for line in _read("/proc/meminfo").splitlines()
            if line.startswith("MemTotal")
        ),
        0,
    )
    return f"{os.cpu_count()} CPUs ({cpu}), {ram} GiB RAM, Python {platform.python_version()}"


def _read(path: str) -> str:
    try:
        return Path(path).read_text()
    except OSError:
        return ""


_TIMER = [time.perf_counter]


def use_cpu_time() -> None:
    """Measure CPU time of this process (``time.process_time``) instead of wall time from now on:
    on shared cores the load stretches wall time; CPU time moves much less with it."""
    _TIMER[0] = time.process_time


def now() -> float:
    return _TIMER[0]()


@contextmanager
def clock(into: dict, key: str):
    start = now()
    yield
    into[key] = into.get(key, 0.0) + now() - start


def peak_rss_mib(pid: int | str = "self") -> float:
    """Peak resident memory of a process (Linux VmHWM), in MiB."""
    for line in _read(f"/proc/{pid}/status").splitlines():
        if line.startswith("VmHWM"):
            return int(line.split()[1]) / 1024
    return float("nan")
