"""Cleaning: raw documents to one clean text with segments (title, body, caption, credit)."""

from dyad.clean.stage import CleanStage, clean_article

__all__ = ["CleanStage", "clean_article"]
