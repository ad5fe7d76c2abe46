"""dyad's version, in one place (read by the package, the pipeline's provenance and the API)."""

__version__ = "0.1.0"
