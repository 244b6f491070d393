"""Wire copy layout: photo caption, dateline, story text and credits, with offsets into the body."""

from pipeline.layout.parse import Layout, parse_layout

__all__ = ["Layout", "parse_layout"]
