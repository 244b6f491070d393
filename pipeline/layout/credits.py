"""Credits lines of wire copy: who reported, wrote, edited and photographed a story."""

from __future__ import annotations

import re

from schemas import Credits

# "(Reporting by A and B in Caracas; Additional reporting by C; Editing by D)"
REUTERS_CREDITS = re.compile(
    r"^\((?:[A-Z][a-z]+ )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Ww]ritten|[Aa]dditional)"
    r"[^()]*\)\.?$", re.DOTALL)
AP_CONTRIBUTED = re.compile(
    r"^(?:The )?Associated Press (?:[a-z]+ )*?(?:writers?|reporters?|journalists?|correspondents?)"
    r"\s+(?P<names>.+?)\s+contributed(?: to this (?:report|story))?\.?$", re.DOTALL)
AFP_SIGNOFF = re.compile(r"^(?:burs?|[a-z]{2,4})-[a-z]{1,4}(?:/[a-z]{1,4})+$")
BY_LINE = re.compile(r"^\(?By (?P<names>[A-Z][^()]{1,120}?)\)?$")

_ROLE_OF = {
    "reporting": "reporters", "additional reporting": "reporters", "writing": "reporters",
    "written": "reporters", "compiled": "reporters", "editing": "editors",
}
_NAME_SPLIT = re.compile(r"\s*(?:,|\band\b|&)\s*")
_PLACE_TAIL = re.compile(r"\s+(?:in|from)\s+[A-Z][\w.' -]*$")


def split_names(text: str) -> list[str]:
    """`A and B in Caracas, C in Paris` -> [A, B, C]: person names without their places."""
    names: list[str] = []
    # Place tails may follow each group: "A in X and B in Y".
    groups = re.split(r"\s+(?:in|from)\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*", text)
    for group in groups:
        for part in _NAME_SPLIT.split(group):
            name = _PLACE_TAIL.sub("", part).strip(" .;:")
            if name and name[0].isupper() and len(name.split()) <= 5:
                names.append(name)
    return names


def parse_reuters_credits(paragraph: str) -> Credits:
    """Parse "(Reporting by ...; Editing by ...)" into reporters and editors."""
    credits = Credits()
    inner = paragraph.strip().rstrip(".").strip("()")
    for segment in inner.split(";"):
        match = re.match(r"\s*(?P<role>[A-Za-z ]+?)\s+by\s+(?P<names>.+)", segment, re.DOTALL)
        if not match:
            continue
        role = _ROLE_OF.get(match["role"].strip().lower())
        if role is None:
            role = "editors" if "edit" in match["role"].lower() else "reporters"
        getattr(credits, role).extend(split_names(match["names"]))
    return credits


def parse_credits(paragraph: str) -> Credits | None:
    """Credits in any agency style, or None when the paragraph is not a credits line."""
    text = paragraph.strip()
    if REUTERS_CREDITS.match(text):
        return parse_reuters_credits(text)
    if match := AP_CONTRIBUTED.match(text):
        return Credits(reporters=split_names(match["names"]))
    if AFP_SIGNOFF.match(text):
        return Credits()
    if match := BY_LINE.match(text):
        return Credits(reporters=split_names(match["names"]))
    return None


def merge(first: Credits, second: Credits) -> Credits:
    """Both credits, names in order of appearance, without repeats."""
    def union(a: list[str], b: list[str]) -> list[str]:
        return list(dict.fromkeys([*a, *b]))
    return Credits(reporters=union(first.reporters, second.reporters),
                   editors=union(first.editors, second.editors),
                   photographers=union(first.photographers, second.photographers))
