"""Extraction stages: events, quotes, times, places."""
