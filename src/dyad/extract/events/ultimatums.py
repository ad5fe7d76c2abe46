"""A time given to leave is an expulsion: "gave the envoy two days to quit the capital",
"granted the envoys a week to depart", "giving them 48 hours to quit the country" (CAMEO 161 for
diplomats, as "expelled the ambassador"; 174, expel or deport individuals, for anyone else), not a
gift (070) nor an ultimatum of PETRARCH2's GIVE * HOURS (139). The words (the giving verbs, the
units of time, the verbs of leaving, the diplomats' words, the codes) are the event patterns'
defaults (data/events/patterns.yaml: leave_time_*).
"""

from __future__ import annotations


def _words(defaults: dict, key: str):
    return defaults.get(key, ())


def _to_leave(unit, verbs) -> bool:
    """The unit of time has its own "to leave" clause ("two days to quit the capital")."""
    return any(
        c.dep_ in ("relcl", "acl", "xcomp", "advcl") and c.lemma_.lower() in verbs
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in unit.children
    )


def given_time_to_leave(match, code: str, defaults: dict) -> str:
    """The code of a verb of giving whose time is given to leave ("gave X 48 hours to leave"):
    an expulsion; else the code as it was."""
    trigger = match.trigger
    if match.pattern.kind != "verb" or trigger.lemma_.lower() not in _words(defaults, "leave_time_triggers"):
        return code
    units, verbs = _words(defaults, "leave_time_units"), _words(defaults, "leave_time_verbs")
    times = [c for c in trigger.children if c.dep_ in ("dobj", "npadvmod") and c.lemma_.lower() in units]
    if not any(_to_leave(t, verbs) for t in times) and not (times and _to_leave(trigger, verbs)):
        return code  # the "to leave" clause on the time, or on the verb ("gave him two days to leave", parsed so too)
    diplomats = _words(defaults, "leave_time_diplomats")
    recipients = [c for c in trigger.children if c.dep_ in ("dative", "dobj", "nsubjpass") and c not in times]  # "were given"
    envoy = any(t.lemma_.lower() in diplomats for r in recipients for t in r.subtree)
    return next(iter(_words(defaults, "leave_time_envoy_code" if envoy else "leave_time_code")), code)
