"""Executors: how the pipeline runs (in this process, in worker processes, on Ray)."""
