"""The TimeML reader and scorer of ``dyad eval times``, on small documents written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyad.evaluate.times import TimeMLDocument, read_timeml, score
from dyad.extract.times.values import timex_type

MEANTIME_STYLE = """<?xml version="1.0" encoding="UTF-8"?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2011-03-02" functionInDocument="CREATION_TIME">March 2 , 2011</TIMEX3></DCT>
<TEXT>Ferry service resumes after <TIMEX3 tid="t1" type="DURATION" value="P2D">two days</TIMEX3>
<TIMEX3 tid="t2" type="DATE" value="2011-03-02" functionInDocument="CREATION_TIME">March 2 , 2011</TIMEX3>
The ferry left port <TIMEX3 tid="t3" type="DATE" value="2011-03-02">today</TIMEX3> .
It sails <TIMEX3 tid="t4" type="SET" value="P1W">weekly</TIMEX3> <TIMEX3 tid="t9" type="DATE" value="XXXX"></TIMEX3>.
Line five .
Line six at <TIMEX3 tid="t5" type="TIME" value="2011-03-02T08:00">0800 UTC</TIMEX3> .
Line seven was not annotated : <TIMEX3 tid="t6" type="DATE" value="2010">2010</TIMEX3> .
</TEXT>
</TimeML>
"""

TE3_STYLE = """<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2013-03-22">March 22, 2013</TIMEX3></DCT>
<TEXT>
The talks ended <TIMEX3 tid="t1" type="DATE" value="2013-03-21">Thursday</TIMEX3>.
They resume in <TIMEX3 tid="t2" type="DATE" value="2013-05">May</TIMEX3>.
</TEXT>
</TimeML>
"""


@pytest.fixture
def meantime(tmp_path: Path) -> TimeMLDocument:
    file = tmp_path / "123_Ferry.tml"
    file.write_text(MEANTIME_STYLE, "utf-8")
    return read_timeml(file)


def test_meantime_style_scores_only_the_annotated_lines_without_the_dateline(meantime):
    assert meantime.dct == "2011-03-02"
    assert [t.text for t in meantime.times] == ["two days", "today", "weekly", "0800 UTC"]
    assert [t.type for t in meantime.times] == ["DURATION", "DATE", "SET", "TIME"]
    dateline = meantime.text.index("March 2 , 2011")
    seventh = meantime.text.index("2010")
    assert not meantime.in_scope(dateline) and not meantime.in_scope(seventh)
    assert meantime.in_scope(meantime.text.index("0800"))


def test_a_plain_timeml_file_is_scored_whole(tmp_path):
    file = tmp_path / "x.tml"
    file.write_text(TE3_STYLE, "utf-8")
    document = read_timeml(file)
    assert [t.value for t in document.times] == ["2013-03-21", "2013-05"]
    assert document.in_scope(document.text.index("May"))


class Prediction:
    def __init__(self, document, text, value, precision):
        self.start = document.text.index(text)
        self.end = self.start + len(text)
        self.text, self.value, self.precision = text, value, precision


def test_figures_per_type_and_part(meantime):
    predicted = [
        Prediction(meantime, "two days", "P2D", "duration"),
        Prediction(meantime, "today", "2011-03-01", "day"),  # wrong value
        Prediction(meantime, "Line five", "2011", "year"),  # nothing there
    ]
    result = score([(meantime, predicted)])
    assert result["gold"] == 4 and result["predicted"] == 3
    assert result["relaxed_match_recall"] == 0.5 and result["value_f1"] == round(
        2 * (1 / 3 * 1 / 4) / (1 / 3 + 1 / 4), 4
    )
    assert result["types"]["DURATION"]["value_f1"] == 1.0
    assert result["types"]["DATE"]["value_f1"] == 0.0 and result["types"]["SET"]["gold"] == 1
    assert sum(result[p]["documents"] for p in ("tune", "check")) == 1


@pytest.mark.parametrize(
    ("value", "precision", "kind"),
    [
        ("P3W", "duration", "DURATION"),
        ("P1W", "set", "SET"),
        ("2011-03-02T08:00", "minute", "TIME"),
        ("2011-03-02TNI", "day", "TIME"),
        ("PRESENT_REF", "unknown", "DATE"),
        ("2011-W09", "week", "DATE"),
    ],
)
def test_timex_type_of_a_value(value, precision, kind):
    assert timex_type(value, precision) == kind
