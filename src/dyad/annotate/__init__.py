"""Annotation: spaCy, actors and the knowledge base, coreference."""
