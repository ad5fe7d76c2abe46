"""Evaluation of each stage against development sets in ../shared/."""
