"""Helpers shared by several parts of dyad: regexes over word lists (``word_regex``), the time
limit on one document's work (``time_limit``), Rich tables for the terminal (``tables``)."""
