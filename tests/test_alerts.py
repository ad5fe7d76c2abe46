"""Alert rules: the burst window, and rule files that are wrong say so."""

from __future__ import annotations

from datetime import date

import pytest

from dyad.monitor.alerts import BadRules, in_bursts, load_rules


def days(*numbers):
    return [date(2024, 6, n) for n in numbers]


def test_more_than_three_in_seven_days_marks_every_event_of_the_burst():
    assert in_bursts(days(1, 2, 3), 3, 7) == [False] * 3
    assert in_bursts(days(1, 2, 3, 7), 3, 7) == [True] * 4
    assert in_bursts(days(1, 2, 3, 8), 3, 7) == [False] * 4  # 1 and 8 are eight days apart
    assert in_bursts(days(1, 10, 11, 12, 13, 20), 3, 7) == [False, True, True, True, True, False]


def test_more_than_zero_fires_every_event():
    assert in_bursts(days(1, 15), 0, 7) == [True, True]


def test_rules_are_read_and_checked(tmp_path):
    good = tmp_path / "rules.yaml"
    good.write_text("rules:\n  - {dyad: PRK-RUS, quad_class: 4, more_than: 3, within_days: 7, jsonl: out.jsonl}\n")
    (rule,) = load_rules(good)
    assert (rule.dyad, rule.quad_class, rule.more_than, rule.within_days) == (("PRK", "RUS"), 4, 3, 7)
    for text in ("rules: []", "rules:\n  - {dyad: PRK, jsonl: x}", "rules:\n  - {dyad: PRK-RUS}",
                 "rules:\n  - {dyad: PRK-RUS, jsonl: x, quad_class: four}", "{{{"):
        good.write_text(text)
        with pytest.raises(BadRules):
            load_rules(good)
