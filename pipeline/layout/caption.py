"""Photo captions: "... REUTERS/Name", "(AP Photo/Name)", "(Photo by Name / AFP)"."""

from __future__ import annotations

import re

_CREDIT_PATTERNS = [
    re.compile(r"REUTERS/(?P<name>[^/\n]+?)(?:/(?:File(?: Photo)?|Pool|Handout)[^\n]*)?\s*$"),
    re.compile(r"\((?:AP|AFP|Reuters) Photo/(?P<name>[^,)\n]+)(?:,[^)]*)?\)\s*$"),
    re.compile(r"\(Photo(?:graph)? by (?P<name>[^/()\n]+?)\s*/\s*(?:AFP|Reuters|AP)[^)]*\)\s*$"),
    re.compile(r"\bAFP/(?P<name>[^/\n)]+?)\)?\s*$"),
    re.compile(r"\((?P<name>[A-Z][^()/\n]+?)\s*/\s*(?:AFP|Reuters|AP)(?: Photo)?\)\s*$"),
]


def caption_photographer(paragraph: str) -> str | None:
    """The photographer when the paragraph is a photo caption, else None."""
    text = paragraph.strip()
    for pattern in _CREDIT_PATTERNS:
        match = pattern.search(text)
        if match:
            name = match["name"].strip(" .")
            if (name and not name.isupper()) or len(name.split()) >= 2:
                return name
    return None
