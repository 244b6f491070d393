"""Split a wire article body into caption, dateline, story text and credits."""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.layout._paragraphs import paragraphs
from pipeline.layout.caption import caption_photographer
from pipeline.layout.credits import merge, parse_credits
from pipeline.layout.dateline import DatelineMatch, match_dateline
from schemas import Credits


@dataclass
class Layout:
    """The parts of a wire body; every span is [start, end) into the body."""

    caption: str | None = None
    caption_span: tuple[int, int] | None = None
    dateline: DatelineMatch | None = None
    dateline_span: tuple[int, int] | None = None
    story_span: tuple[int, int] = (0, 0)
    credits: Credits = field(default_factory=Credits)
    credit_spans: list[tuple[int, int]] = field(default_factory=list)

    def story(self, body: str) -> str:
        """The story text alone."""
        return body[self.story_span[0]:self.story_span[1]]


_HEAD_PARAGRAPHS = 3  # caption and byline come before the dateline, within the first few


def parse_layout(body: str) -> Layout:
    """Find caption, dateline and credits; the story is what lies between."""
    paras = paragraphs(body)
    layout = Layout()
    if not paras:
        return layout
    first_story = 0
    credits = Credits()
    for index, para in enumerate(paras[:_HEAD_PARAGRAPHS]):
        dateline = match_dateline(para.text)
        if dateline:
            layout.dateline = dateline
            layout.dateline_span = (para.start, para.start + dateline.end)
            first_story = index
            break
    if layout.dateline is not None:
        for para in paras[:first_story]:
            photographer = caption_photographer(para.text)
            if photographer is not None and layout.caption is None:
                layout.caption = para.text
                layout.caption_span = (para.start, para.end)
                credits.photographers.append(photographer)
            elif (byline := parse_credits(para.text)) is not None:
                credits = merge(credits, byline)
                layout.credit_spans.append((para.start, para.end))
    else:
        photographer = caption_photographer(paras[0].text)
        if photographer is not None and len(paras) > 1:
            layout.caption = paras[0].text
            layout.caption_span = (paras[0].start, paras[0].end)
            credits.photographers.append(photographer)
            first_story = 1
    last_story = len(paras) - 1
    while last_story > first_story:
        tail = parse_credits(paras[last_story].text)
        if tail is None:
            break
        credits = merge(tail, credits)
        layout.credit_spans.append((paras[last_story].start, paras[last_story].end))
        last_story -= 1
    start = layout.dateline_span[1] if layout.dateline_span else paras[first_story].start
    layout.story_span = (start, paras[last_story].end)
    layout.credits = credits
    return layout
