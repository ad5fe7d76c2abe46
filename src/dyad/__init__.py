"""dyad: who did what to whom, when and where, read from the news with its evidence."""

__version__ = "0.1.0"
