"""Live monitoring: feeds read on a schedule (watch), what changed since a time (changes), and
alert rules that fire once per matching event (alerts)."""
