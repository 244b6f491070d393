"""Readers for wire text, JSON Lines and ninjs files: articles in, problems reported."""

from pipeline.readers.discover import expand_paths, read_articles
from pipeline.readers.problems import ReadProblem

__all__ = ["ReadProblem", "expand_paths", "read_articles"]
