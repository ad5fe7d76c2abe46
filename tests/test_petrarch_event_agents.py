"""The PETRARCH2 agents converter (scripts/convert_petrarch_event_agents.py), on records written for
these tests in the agents dictionary's format."""

import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "convert_petrarch_event_agents.py"

SAMPLE = """\
# a comment
!PERSON! = MAN, MEN, WOMAN
BUSINESS!PERSON! [~BUS]
RIOT_POLICE {} [~COP]
GOOSE_HERDER {GEESE_HERDERS} [~AGR]
HEALTH_MINISTER [~GOVHLH]
PEACE_MONITOR [IGO~]
PARISH_PRIEST [~CHR]
ARMED MEN [~UAF]
# OLD_AGENT [~CVL]
"""


@pytest.fixture(scope="module")
def conv():
    spec = importlib.util.spec_from_file_location("convert_petrarch_event_agents", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_records_substitutions_and_plurals(conv, tmp_path):
    path = tmp_path / "agents.txt"
    path.write_text(SAMPLE, encoding="latin-1")
    pairs = dict(conv.read_agents(path))
    assert pairs["businessman"] == pairs["businesswoman"] == "~BUS"
    assert pairs["riot police"] == "~COP"
    assert pairs["geese herders"] == "~AGR"  # the irregular plural kept
    assert "armed men" not in pairs  # a gap between words: not one phrase
    assert "old agent" not in pairs  # commented out


def test_primary_sector_only_and_known_codes_only(conv):
    known = {"GOV", "IGO", "COP"}
    assert conv.sector("~GOVHLH", known) == "GOV"
    assert conv.sector("IGO~", known) == "IGO"
    assert conv.sector("~CHR", known) is None  # religion codes are no actor type of dyad's table
