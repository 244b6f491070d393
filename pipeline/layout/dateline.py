"""Datelines: "WASHINGTON (Reuters) -", "SRINAGAR, India (Reuters) -", "NEW YORK (AP) —"."""

from __future__ import annotations

import re
from dataclasses import dataclass

DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’\- ]*[A-Z.](?:,\s*(?P<region>[A-Z][\w.'’\- ]*?))?)"
    r"\s*\((?P<agency>[A-Z][A-Za-z.&' ]{0,30})\)\s*"
    r"(?:[-–—]{1,2}|:)\s*")


@dataclass(frozen=True)
class DatelineMatch:
    """A dateline found at the start of a paragraph; end is where the story text begins."""

    place: str
    region: str | None
    agency: str
    end: int


_AGENCY_NAMES = {"AP": "AP", "REUTERS": "Reuters", "AFP": "AFP", "BLOOMBERG": "Bloomberg",
                 "XINHUA": "Xinhua", "DPA": "dpa", "EFE": "EFE", "ANSA": "ANSA", "UPI": "UPI"}


def match_dateline(paragraph: str) -> DatelineMatch | None:
    """The dateline at the start of the paragraph, if there is one."""
    match = DATELINE.match(paragraph)
    if not match:
        return None
    place = match["place"].split(",")[0].strip()
    agency = match["agency"].strip()
    return DatelineMatch(place=place, region=(match["region"] or "").strip() or None,
                         agency=_AGENCY_NAMES.get(agency.upper(), agency), end=match.end())
