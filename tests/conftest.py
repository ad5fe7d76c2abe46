"""Shared fixtures: the founding article, the shared data folder, one spaCy load per session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
KINU = SHARED / "reference" / "kinu-interview.txt"
KINU_GOLD = SHARED / "reference" / "kinu-interview.gold.json"


@pytest.fixture(scope="session")
def kinu_article():
    """The founding article analysed once for the whole session (published 2023-11-05)."""
    from dyad.run.analysis import analyze

    return analyze(KINU.read_text(encoding="utf-8"), published="2023-11-05")


@pytest.fixture(scope="session")
def analyze_text():
    from dyad.run.analysis import analyze

    return analyze
